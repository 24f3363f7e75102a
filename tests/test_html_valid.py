"""The built pages are valid HTML (the Nu Html Checker) and carry their security headers as markup."""

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from buildsite.site_pages import ALL_PAGES
from tests.checker import wait_for_engine
from tests.conftest import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Where PyScript finds Python to run: it must come from a file (src), never from the page.
PYTHON_ELEMENTS = ("mpy-script", "py-script")
PYTHON_SCRIPT_TYPES = ("mpy", "py")
CSP_START = "default-src 'self';"


def nu_check(site_dir):
    """Every message of the Nu Html Checker over the site's pages, as (page, line, type, message)."""
    java = shutil.which("java")
    if not java:
        pytest.fail("the Nu Html Checker needs Java: apt-get install default-jre-headless")
    if not VNU_JAR.exists():
        pytest.fail("no {}: run `python3 build.py test`, which installs the npm dev packages "
                    "(npm ci)".format(VNU_JAR))
    run = subprocess.run([java, "-jar", str(VNU_JAR), "--format", "json", "--skip-non-html", str(site_dir)],
                         capture_output=True, text=True, timeout=300)
    report = json.loads(run.stderr or run.stdout)
    return [(message.get("url", "").split(site_dir.name, 1)[-1], message.get("lastLine"),
             message["type"] + ("/" + message["subType"] if message.get("subType") else ""),
             message["message"])
            for message in report["messages"]]


def errors(messages):
    return [m for m in messages if m[2].split("/")[0] in ("error", "non-document-error")]


@pytest.fixture(scope="module")
def nu_messages(site_dir):
    return nu_check(site_dir)


def test_the_checker_reports_invalid_markup(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "index.html").write_text(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>x</title></head>"
        "<body><p><div>block in a paragraph</div></p><img src=x.png></body></html>")
    found = [m[3] for m in errors(nu_check(tmp_path))]
    assert "An \u201cimg\u201d element must have an \u201calt\u201d attribute, except under certain conditions. "\
           "For details, consult guidance on providing text alternatives for images." in found
    assert "No \u201cp\u201d element in scope but a \u201cp\u201d end tag seen." in found


def test_every_page_is_valid_html(nu_messages):
    assert errors(nu_messages) == []


@pytest.mark.browser
def test_pyscripts_markup_still_turns_its_unused_plugins_off(page, base_url):
    """<py-config>/<mpy-config> are read: the page fetches PyScript's entry and two chunks, no plugin."""
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    chunks = sorted(re.sub(r"-[\w-]+\.js$", "", url.rsplit("/", 1)[1])
                    for url in page.log.requests if "/pyscript/" in url)
    assert chunks == ["core", "core.js", "error"]
    assert page.log.errors == []


def test_no_page_has_an_html_warning(nu_messages):
    """Warnings too, except what the checker says of our CSP: it cannot tell 'self' from a file."""
    warnings = [m for m in nu_messages if m[2] == "info/warning"
                and not m[3].startswith("Resource violates Content Security Policy")]
    assert warnings == []


# Security, read from the markup ---------------------------------------------------


class Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.handlers, self.inline_scripts, self.metas, self.first_loads = [], [], [], []
        self.python, self.inside_python = [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.handlers += ["<{} {}>".format(tag, name) for name, _ in attrs if name.startswith("on")]
        if tag in PYTHON_ELEMENTS or (tag == "script" and attributes.get("type") in PYTHON_SCRIPT_TYPES):
            self.python.append({"tag": tag, "src": attributes.get("src"), "code": ""})
            self.inside_python = tag
        elif tag == "script" and not attributes.get("src"):
            self.inline_scripts.append(self.getpos())
        if tag == "meta":
            self.metas.append(attributes)
        if tag in ("script", "link", "style", "img") and not self.first_loads:
            self.first_loads.append((tag, len(self.metas)))

    def handle_data(self, data):
        if self.inside_python:
            self.python[-1]["code"] += data.strip()

    def handle_endtag(self, tag):
        if tag == self.inside_python:
            self.inside_python = None

    def meta(self, **wanted):
        return [m for m in self.metas if all(m.get(k) == v for k, v in wanted.items())]


def markup_of(site_dir):
    pages = {}
    for html in sorted(site_dir.rglob("*.html")):
        parser = Markup()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html.relative_to(site_dir).as_posix()] = parser
    assert {page + "index.html" for page in ALL_PAGES} | {"404.html", "es/404.html"} <= set(pages)
    return pages


def test_no_page_has_an_inline_event_handler_or_inline_script(site_dir):
    pages = markup_of(site_dir)
    for name, page in pages.items():
        assert page.handlers == [], name
        assert page.inline_scripts == [], name
    assert [name for name, page in pages.items() if page.python] == [], "no Python runs on a page itself"
    # the pages whose Python runs in a worker, from its own file, named by the shell: one engine at
    # the site's root, for every language
    for folder, to_root in (("", "../"), ("es/", "../../")):
        for name in ("check", "log"):
            text = (site_dir / folder / name / "index.html").read_text()
            loader = json.loads(html.unescape(re.search(r"data-engine-files='([^']+)'", text)[1]))
            assert re.fullmatch(re.escape(to_root) + r"engine/[0-9a-f]{12}/py/worker\.py", loader["worker"]), loader
            assert 'data-page="{}"'.format(name) in text


def test_the_security_reading_catches_handlers_and_inline_code():
    parser = Markup()
    parser.feed('<body onload="x()"><script>x()</script><script type="mpy">import js</script>'
                '<mpy-script src="a.py"></mpy-script><img src=x onerror=y()>')
    assert parser.handlers == ["<body onload>", "<img onerror>"]
    assert parser.inline_scripts == [(1, 19)]
    assert parser.python == [{"tag": "script", "src": None, "code": "import js"},
                             {"tag": "mpy-script", "src": "a.py", "code": ""}]


def test_every_page_has_the_content_security_policy_before_it_loads_anything(site_dir):
    for name, page in markup_of(site_dir).items():
        csp = page.meta(**{"http-equiv": "Content-Security-Policy"})
        assert len(csp) == 1, name
        policy = csp[0]["content"]
        assert policy.startswith(CSP_START), name
        assert "'unsafe-inline'" not in policy, name
        assert "object-src 'none'" in policy and "base-uri 'none'" in policy, name
        tag, metas_before = page.first_loads[0]
        assert page.metas.index(csp[0]) < metas_before, "{}: the policy comes after a <{}>".format(name, tag)


def test_every_page_sends_no_referrer(site_dir):
    for name, page in markup_of(site_dir).items():
        assert page.meta(name="referrer") == [{"name": "referrer", "content": "no-referrer"}], name
