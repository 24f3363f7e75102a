"""Each page's CSS: the theme's component files (theme/css/) its template uses, joined into the one
inline <style> of the page, and the CSP's hashes of every such style the site ships.

A page carries the CSS of its own components only: a guidance page no form, the check no log.
"""

import jinja2
from markupsafe import Markup

from buildsite import BuildError, digest, palette
from buildsite.install import ROOT

CSS_DIR = ROOT / "theme" / "css"
# Every component, in the order its rules cascade: a page's style keeps this order.
COMPONENTS = ("base", "header", "figures", "stop-card", "engine", "form", "outcome", "log", "print")
_EVERY_PAGE = ("base", "header", "print")  # every page is printable
# Each page template's components: the one place that says which page carries which CSS.
TEMPLATES = {
    "main.html": _EVERY_PAGE + ("figures", "stop-card"),  # the guidance, the offline page
    "404.html": _EVERY_PAGE,
    "check.html": _EVERY_PAGE + ("stop-card", "engine", "form", "outcome"),
    "log.html": _EVERY_PAGE + ("engine", "log"),
}
_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(CSS_DIR)), undefined=jinja2.StrictUndefined,
                          autoescape=False)


def css(components):
    """The CSS of these components, in the cascade's order."""
    unknown = set(components) - set(COMPONENTS)
    if unknown:
        raise BuildError("no such CSS component in theme/css/: {}".format(", ".join(sorted(unknown))))
    return "".join(_ENV.get_template(name + ".css").render(palette_css=palette.custom_properties())
                   for name in COMPONENTS if name in components)


def style(template):
    """The inline <style>'s text for a page made from this template (e.g. "check.html")."""
    if template not in TEMPLATES:
        raise BuildError("{} has no CSS components: list them in buildsite/styles.py's TEMPLATES".format(template))
    return Markup(css(TEMPLATES[template]))


def csp_sources():
    """The CSP's style-src hash sources: exactly the styles the site's pages may carry."""
    return " ".join(sorted({"'{}'".format(digest.integrity(style(t).encode())) for t in TEMPLATES}))
