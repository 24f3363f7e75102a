"""What the pages say to the browser about themselves: the CSP, which allows the one inline <style>
of each page by its hash (buildsite/styles.py), the same policy as HTTP headers in _headers, and the
offline pages' links from the root."""

import re
from urllib.parse import urljoin, urlsplit

from buildsite import BuildError, digest

_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
_STYLE_SRC = re.compile(r"style-src ([^;]*)")
_RELATIVE = re.compile(r'(href|src)="(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')  # not "https:", "/x", "#x"


def _style_hash(html):
    """The CSP source that allows exactly the page's inline <style>."""
    styles = _STYLE.findall(html)
    if len(styles) != 1:
        raise BuildError("a page must have exactly one inline <style>, found {}".format(len(styles)))
    return "'{}'".format(digest.integrity(styles[0].encode()))


def _allowed_styles(policy):
    return {source for source in _STYLE_SRC.search(policy)[1].split() if source.startswith("'sha256-")}


def check_style(html):
    """A page with a CSP: its one inline <style> must be one the policy allows."""
    policy = _CSP_META.search(html)
    if policy and _style_hash(html) not in _allowed_styles(policy[1]):
        raise BuildError("a page's inline <style> is not one its Content-Security-Policy allows")


def with_root_links(html, config, page_url):
    """The page's relative links as paths from the site's root, so they lead where they did from
    the page's own address (page_url, e.g. 'es/offline/') when it is shown at any other."""
    here = (urlsplit(config["site_url"]).path or "/") + page_url
    return _RELATIVE.sub(lambda match: '{}="{}"'.format(match[1], urljoin(here, match[2])), html)


def write_headers(site):
    """_headers, which Netlify and Cloudflare Pages read: the pages' own CSP as a header,
    plus what a <meta> cannot say (no framing by other sites; no hold on a page another site
    opened, so it cannot later set that tab's address to a share link: H-LINK-2)."""
    pages = [page.read_text() for page in site.rglob("*.html")]
    policies = {_CSP_META.search(page)[1] for page in pages}
    if len(policies) != 1:
        raise BuildError("every page must have the same Content-Security-Policy, found {}".format(len(policies)))
    if _allowed_styles(next(iter(policies))) != {_style_hash(page) for page in pages}:
        raise BuildError("the Content-Security-Policy must allow exactly the inline styles the pages carry")
    (site / "_headers").write_text(
        "/*\n"
        "  Content-Security-Policy: {}; frame-ancestors 'none'\n"
        "  X-Frame-Options: DENY\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Referrer-Policy: no-referrer\n"
        "  Cross-Origin-Opener-Policy: same-origin\n"
        "/sw.js\n"
        "  Cache-Control: no-cache\n"
        "/engine/*\n"  # named by their content hash: a changed file is a new address
        "  Cache-Control: public, max-age=31536000, immutable\n".format(policies.pop()))
