"""The build: what it writes, and what it says when it cannot."""

import ast
import html
import json
import re
from html.parser import HTMLParser

import pytest

from buildsite import site, styles
from buildsite import BuildError, digest
from buildsite.engine_files import Engine, compiled
from buildsite.site_pages import PAGES, in_language
from pyapp.texts import LANGUAGES, text
from tests.conftest import ROOT
from tests.patched_copy import patched_copy

SITE_URL = "https://example.org/"


def test_robots_txt_allows_everything_and_names_the_sitemap(site_dir):
    assert (site_dir / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")


def test_the_sitemap_lists_every_page_in_every_language_with_its_alternates(site_dir):
    sitemap = (site_dir / "sitemap.xml").read_text()
    entries = re.findall(r"<url>\s*<loc>([^<]+)</loc>(.*?)</url>", sitemap, re.S)
    assert sorted(loc for loc, _rest in entries) == sorted(
        SITE_URL + in_language(page, lang) for lang in LANGUAGES for page in PAGES)
    for loc, rest in entries:
        page = loc[len(SITE_URL):].removeprefix("es/")
        assert sorted(re.findall(r'hreflang="(\w+)" href="([^"]+)"', rest)) == [
            (lang, SITE_URL + in_language(page, lang)) for lang in LANGUAGES], loc


class Head(HTMLParser):
    """What a page says about its language: <html lang>, its title and description, its
    alternates, and the links to it in another language."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang, self.title, self.description, self.alternates, self.switch = None, "", None, [], []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.description = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "alternate":
            self.alternates.append((attrs["hreflang"], attrs["href"]))
        elif tag == "a" and "hreflang" in attrs:
            self.switch.append({name: attrs.get(name) for name in ("href", "hreflang", "lang", "data-keep-fragment")})

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head_of(site_dir, path):
    parser = Head()
    parser.feed((site_dir / path / "index.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_in_every_language_and_each_names_the_others(site_dir, page):
    english, spanish = head_of(site_dir, page), head_of(site_dir, in_language(page, "es"))
    assert (english.lang, spanish.lang) == ("en", "es")
    assert spanish.title != english.title and spanish.description != english.description
    assert spanish.title.endswith(text("es", "site.name")) and english.title.endswith(text("en", "site.name"))
    both = [("en", SITE_URL + page), ("x-default", SITE_URL + page), ("es", SITE_URL + "es/" + page)]
    assert english.alternates == spanish.alternates == both
    to_root = "/" if page == "offline/" else "../" * page.count("/")  # shown at any address: from the root
    assert english.switch == [{"href": to_root + "es/" + page, "hreflang": "es", "lang": "es",
                               "data-keep-fragment": None}]
    assert spanish.switch == [{"href": (to_root if page == "offline/" else "../" + to_root) + page or "../",
                               "hreflang": "en", "lang": "en", "data-keep-fragment": None}]


def test_each_language_is_its_own_app_named_in_its_words(site_dir):
    for lang, path in (("en", "manifest.webmanifest"), ("es", "es/manifest.webmanifest")):
        manifest = json.loads((site_dir / path).read_text(encoding="utf-8"))
        assert (manifest["lang"], manifest["name"], manifest["start_url"], manifest["scope"]) == (
            lang, text(lang, "site.name"), "./", "./")
        assert [shortcut["name"] for shortcut in manifest["shortcuts"]] == [
            text(lang, key) for key in ("nav.check", "nav.log", "nav.warning-signs", "stop.card")]
        for icon in manifest["icons"]:
            assert (site_dir / path).parent.joinpath(icon["src"]).resolve().is_file(), icon["src"]


def test_each_language_has_its_own_not_found_page(site_dir):
    for lang, path in (("en", "404.html"), ("es", "es/404.html")):
        page = (site_dir / path).read_text(encoding="utf-8")
        assert '<html lang="{}"'.format(lang) in page
        assert "<h1>{}</h1>".format(text(lang, "frame.not_found")) in page


def inline_style(page):
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.S)
    return style


def test_the_csp_allows_exactly_the_inline_styles_the_pages_carry(site_dir):
    """A style the policy does not allow is not applied (the page shows unstyled); one it allows that
    no page carries is one more an injected <style> could be."""
    shipped, allowed = set(), set()
    for path in site_dir.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        shipped.add("'{}'".format(digest.integrity(inline_style(page).encode())))
        allowed |= set(re.search(r"style-src 'self' ([^;]*);", page)[1].split())
    assert allowed == shipped and len(shipped) == len(styles.TEMPLATES)
    assert "style-src 'self' {};".format(" ".join(sorted(shipped))) in (site_dir / "_headers").read_text()


def test_every_css_file_of_the_theme_is_on_the_pages_that_use_it():
    assert {path.stem for path in (ROOT / "theme" / "css").glob("*.css")} == set(styles.COMPONENTS)
    assert set().union(*styles.TEMPLATES.values()) == set(styles.COMPONENTS)


def test_a_guidance_page_and_the_check_carry_less_css_than_the_whole_theme(site_dir):
    """What a phone reads before its first paint: the guidance carries no form, the check no log
    (that each still looks the same is tests/test_page_css.py's)."""
    whole = len(styles.css(styles.COMPONENTS).encode())
    for path, most in (("causes/index.html", 0.5), ("es/causes/index.html", 0.5), ("check/index.html", 0.8),
                       ("log/index.html", 0.7), ("404.html", 0.5)):
        assert len(inline_style((site_dir / path).read_text(encoding="utf-8")).encode()) < most * whole, path


def test_every_page_severs_a_tab_from_the_site_that_opened_it(site_dir, base_url):
    """H-LINK-2: a link arriving after the page loaded replaces the runner's answers. A site that
    opened /check/ with window.open() keeps no handle to set its address later: every page is sent
    with Cross-Origin-Opener-Policy: same-origin (and the local server sends it as a host would)."""
    import urllib.request

    from buildsite.serve import headers_for, read_headers_file

    rules = read_headers_file(site_dir / "_headers")
    for path in ["/"] + ["/" + in_language(page, lang) for lang in LANGUAGES for page in PAGES]:
        assert ("Cross-Origin-Opener-Policy", "same-origin") in headers_for(rules, path), path
    for path in ("check/", "es/check/"):
        with urllib.request.urlopen(base_url + path) as response:
            assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin", path


def engine_folder(site_dir):
    (folder,) = (site_dir / "engine").iterdir()
    return folder


def imported_by(script):
    """The pyapp modules a script imports, and all that they import in turn."""
    found, todo = set(), [script]
    while todo:
        for node in ast.walk(ast.parse(todo.pop().read_text())):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("pyapp"):
                continue
            if node.module == "pyapp":
                names = {alias.name for alias in node.names}  # from pyapp import log
            else:
                names = {node.module[len("pyapp."):]}  # from pyapp.log import csv_text
            for name in names - found:
                found.add(name)
                todo.append(ROOT / "pyapp" / (name + ".py"))
    return found


def page_imports(core, lang):
    """The pyapp modules the worker of a page imports: the package, web/worker.py's, its core (pyapp.pages
    imports it by name) and its language's catalogue (pyapp.texts, by name), and all they import."""
    named = {"__init__", core, "texts_" + lang}
    return named.union(imported_by(ROOT / "web" / "worker.py"), *(imported_by(ROOT / "pyapp" / (name + ".py"))
                                                                     for name in named))


def test_the_browser_gets_the_engine_compiled_but_not_the_command_line(site_dir):
    shipped = sorted(path.name for path in (engine_folder(site_dir) / "py" / "pyapp").iterdir())
    every_page = set().union(*(page_imports(core, lang) for core in ("check_page", "log_page") for lang in LANGUAGES))
    assert shipped == sorted(name + ".mpy" for name in every_page)
    assert "cli.mpy" not in shipped and "__main__.mpy" not in shipped
    for name in shipped:
        source = ROOT / "pyapp" / name.replace(".mpy", ".py")
        assert (engine_folder(site_dir) / "py" / "pyapp" / name).read_bytes() == compiled(source, "pyapp/" + source.name)


def loader_of(site_dir, page, lang):
    text = (site_dir / in_language(page + "/", lang) / "index.html").read_text()
    return json.loads(html.unescape(re.search(r"data-engine-files='([^']+)'", text)[1]))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page,other", (("check", "log"), ("log", "check")))
def test_each_page_loads_and_checks_its_own_modules_and_its_own_languages_words_only(site_dir, page, other, lang):
    """A first visit fetches less: /check/ has no use for the log page's core, nor /es/check/ for English."""
    loader = loader_of(site_dir, page, lang)
    loaded = sorted(path.rpartition("/")[2][:-len(".mpy")] for path in loader["files"].values())
    assert loaded == sorted(page_imports(page + "_page", lang))
    assert other + "_page" not in loaded and [name for name in loaded if name.startswith("texts_")] == ["texts_" + lang]
    # every file the worker loads is checked before it runs on a first visit, and nothing more is fetched for it
    assert set(loader["files"]) <= set(loader["checks"])
    checked = set(loader["checks"]) - set(loader["files"])
    assert sorted(path.rpartition("/")[2] for path in checked) == [
        "micropython-core.mjs", "micropython.mjs", "micropython.wasm", "worker.py"]


def test_the_engine_folder_is_named_by_its_content(site_dir, tmp_path):
    assert engine_folder(site_dir).name == Engine().content_hash()
    other = patched_copy(tmp_path / "source", ("pyapp", "web"), "pyapp/policy.py",
                         lambda text: text + "\nCHANGED = True\n")  # code: bytecode has no comments
    assert Engine(other).content_hash() != Engine().content_hash()


REVIEWED = "---\nreviewed: 2026-11-27\nnext_review: 2027-11-27\n---\n"


@pytest.mark.parametrize("front_matter,message", (
    ("", "front matter 'reviewed' must be a date like 2026-11-27, got None"),
    ("reviewed: 2026-11-27\n", "front matter 'next_review' must be a date like 2026-11-27, got None"),
    ("reviewed: soon\nnext_review: 2027-11-27\n", "front matter 'reviewed' must be a date like 2026-11-27, got 'soon'"),
    ("reviewed: 2026-11-27\nnext_review: 2026-11-27\n", "next_review (2026-11-27) must come after reviewed (2026-11-27)"),
))
def test_a_guidance_page_without_its_review_dates_fails_the_build(tmp_path, front_matter, message):
    docs = patched_copy(tmp_path, ("docs",), "docs/causes.md",
                        lambda _text: "---\n{}title: Causes\n---\n# Causes\n".format(front_matter)) / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert message in str(raised.value) and "causes.md" in str(raised.value)


def test_a_page_naming_an_unknown_engine_value_fails_the_build_and_says_where(tmp_path):
    docs = patched_copy(tmp_path, ("docs",), "docs/causes.md",
                        lambda _text: REVIEWED + "# Causes\n\nStop at {{ PAIN_STOP }}.\n") / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert str(raised.value) == ("page causes.md: 'PAIN_STOP' is undefined (allowed variables: "
                                 "ASK_BEFORE_RUNNING, BACK_TO_RUNNING, CALL_NOW, CONTACT_EMAIL, EMERGENCY_NUMBERS, IF_CHEST, "
                                 "INJURY_CALL, INJURY_CARE, LEGS_CARE, MILD_PAIN_MAX, NOT_SURE, PAIN_SEVERE_AT, PAIN_STOP_AT, "
                                 "SOURCE_TITLE, figure, policy_table, stop_card)")


def test_a_page_missing_in_one_language_fails_the_build_instead_of_showing_english(tmp_path):
    docs = patched_copy(tmp_path, ("docs",), "docs/causes.es.md", lambda _text: "") / "docs"
    (docs / "causes.es.md").unlink()
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert str(raised.value) == "every page must be in every language; docs/ has no causes.es.md"


def test_the_sites_name_in_mkdocs_yml_must_be_the_catalogues(tmp_path, monkeypatch):
    from pyapp import texts_en

    monkeypatch.setitem(texts_en.TEXTS, "site.name", "Another name")
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out")
    assert str(raised.value) == ("mkdocs.yml's site_name must be the catalogue's 'site.name': 'Another name'")


def test_a_broken_link_in_the_guidance_fails_the_build(tmp_path):
    docs = patched_copy(tmp_path, ("docs",), "docs/about.md",
                        lambda text: text + "\nSee [the signs](warning-signs.md#no-such-anchor).\n") / "docs"
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out", docs_dir=docs)
    assert str(raised.value) == (
        "the MkDocs build failed: Aborted with 1 warnings in strict mode!\n"
        "  - Doc file 'about.md' contains a link 'warning-signs.md#no-such-anchor', but the doc "
        "'warning-signs.md' does not contain an anchor '#no-such-anchor'.")


def test_the_preview_images_font_has_every_letter_of_every_title_it_draws(site_dir):
    from PIL import Image, ImageDraw, ImageFont

    from buildsite.app_files import PREVIEW_FONT

    font = ImageFont.truetype(str(PREVIEW_FONT), size=40)

    def drawn(char):
        picture = Image.new("L", (60, 60))
        ImageDraw.Draw(picture).text((5, 5), char, font=font, fill=255)
        return picture.tobytes()

    titles = "".join(re.findall(r'<meta property="og:(?:title|site_name)" content="([^"]+)"',
                                "".join(page.read_text(encoding="utf-8") for page in site_dir.rglob("index.html"))))
    assert "¿" in titles and "ñ" in titles
    no_glyph = drawn("\ufffe")
    assert sorted({char for char in titles if char != " " and drawn(char) == no_glyph}) == []
