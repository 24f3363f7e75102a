"""What the pages say to the browser about themselves: the CSP's hash of each page's one inline
<style>, the same policy as HTTP headers in _headers, and the offline pages' links from the root."""

import re
from urllib.parse import urljoin, urlsplit

from buildsite import BuildError, digest

CSP_STYLE_HASH = "'style-hash'"  # placeholder the page's own inline style replaces
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)
_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
_RELATIVE = re.compile(r'(href|src)="(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')  # not "https:", "/x", "#x"


def _style_hash(html):
    """The CSP source that allows exactly the page's inline <style>."""
    styles = _STYLE.findall(html)
    if len(styles) != 1:
        raise BuildError("a page must have exactly one inline <style>, found {}".format(len(styles)))
    return "'{}'".format(digest.integrity(styles[0].encode()))


def with_style_hash(html):
    """The page with its CSP's placeholder replaced by the hash of its inline <style>."""
    if CSP_STYLE_HASH not in html:
        return html
    return html.replace(CSP_STYLE_HASH, _style_hash(html))


def with_root_links(html, config, page_url):
    """The page's relative links as paths from the site's root, so they lead where they did from
    the page's own address (page_url, e.g. 'es/offline/') when it is shown at any other."""
    here = (urlsplit(config["site_url"]).path or "/") + page_url
    return _RELATIVE.sub(lambda match: '{}="{}"'.format(match[1], urljoin(here, match[2])), html)


def write_headers(site):
    """_headers, which Netlify and Cloudflare Pages read: the pages' own CSP as a header,
    plus what a <meta> cannot say (no framing by other sites; no hold on a page another site
    opened, so it cannot later set that tab's address to a share link: H-LINK-2)."""
    policies = {_CSP_META.search(page.read_text())[1] for page in site.rglob("*.html")}
    if len(policies) != 1:
        raise BuildError("every page must have the same Content-Security-Policy, found {}".format(len(policies)))
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
