"""No broken internal link or anchor anywhere in the built site (a static crawl, no browser)."""

from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

from buildsite.site_pages import ALL_PAGES

URL_ATTRIBUTES = ("href", "src")
ORIGIN = "http://site.invalid"  # only to resolve relative URLs against a page's address


class PageLinks(HTMLParser):
    """The ids of one page, and every URL it points at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.urls = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in URL_ATTRIBUTES and value is not None:
                self.urls.append((tag, name, value))


def parse(path):
    parser = PageLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def site_path(site_dir, html_file):
    """The address a page is served at: 'causes/index.html' -> '/causes/', '404.html' -> '/404.html'."""
    relative = html_file.relative_to(site_dir).as_posix()
    if relative == "index.html":
        return "/"
    return "/" + (relative[:-len("index.html")] if relative.endswith("/index.html") else relative)


def target_file(site_dir, path):
    """The file a server sends for a site path, or None."""
    candidate = site_dir / path.lstrip("/")
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(site_dir):
    """'page: url (what is wrong)' for every internal URL or #fragment that does not resolve."""
    pages = {html: parse(html) for html in sorted(site_dir.rglob("*.html"))}
    problems = []
    for html, links in pages.items():
        base = site_path(site_dir, html)
        for tag, attribute, url in links.urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc:
                if parts.scheme == "javascript":
                    problems.append("{}: <{} {}={!r}> (a javascript: URL)".format(base, tag, attribute, url))
                continue  # another host; the pages test checks nothing is fetched from one
            resolved = urlsplit(urljoin(ORIGIN + base, url)).path
            target = target_file(site_dir, unquote(resolved))
            if target is None:
                problems.append("{}: {} -> {} (no such file)".format(base, url, resolved))
                continue
            if "#" in url:
                fragment = unquote(parts.fragment)
                if target.suffix != ".html":
                    problems.append("{}: {} (a #fragment on a file that is not a page)".format(base, url))
                elif not fragment or fragment not in (pages.get(target) or parse(target)).ids:
                    problems.append("{}: {} (no id {!r} on {})".format(base, url, fragment, resolved))
    return problems


def test_the_crawler_finds_a_missing_page_and_a_missing_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<p id="top"><a href="a/#here">ok</a> <a href="#top">ok</a> <a href="a/#gone">no anchor</a>'
        ' <a href="b/">no page</a> <img src="/pic.png" alt=""> <a href="https://example.org/x">other host</a>'
        ' <a href="javascript:alert(1)">js</a>')
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">x</h2><a href="../#top">ok</a><a href="..">ok</a>')
    assert broken_links(tmp_path) == [
        "/: a/#gone (no id 'gone' on /a/)",
        "/: b/ -> /b/ (no such file)",
        "/: /pic.png -> /pic.png (no such file)",
        "/: <a href='javascript:alert(1)'> (a javascript: URL)",
    ]


def test_the_crawl_covers_every_page_of_the_site_in_every_language(site_dir):
    served = {site_path(site_dir, html) for html in site_dir.rglob("*.html")}
    assert {"/" + page for page in ALL_PAGES} | {"/404.html", "/es/404.html"} <= served


def test_every_internal_link_and_anchor_resolves(site_dir):
    assert broken_links(site_dir) == []
