"""Line drawings for the guidance, drawn at build time from one stick figure.

Every picture is the same body (BODY: segment lengths) in a pose given by
joint angles (POSE), drawn in one style (STYLE) in the site's colours
(buildsite/palette.py). A change of proportion, line weight or colour is one
edit and reaches every figure.

The body is posed in 3-D (x forward, y to its left, z up; angles in degrees),
turned to the panel's view and flattened; limbs further away than the trunk
are drawn in a lighter ink, and every part gets a thin background-coloured
outline so crossing lines stay readable.

The parts: body.py (the body, its poses, 3-D to flat), shapes.py (the body
and its props as svg shapes), drawing.py (panels placed, labels, colours),
pictures.py (the table of figures), and here what the build and the pages use.

Use: FIGURES (the table), svg(name), write_figures(site_dir), figure_html(name,
url_prefix). The pictures carry only short labels; the alt text says what
they show, and figure_html adds no caption, so a screen reader hears it once.
"""

import html
from pathlib import Path

from buildsite.figures.body import BODY, pose, skeleton  # noqa: F401 (what the tests pose and measure)
from buildsite.figures.drawing import document, draw  # noqa: F401
from buildsite.figures.pictures import FIGURE_BY_NAME, FIGURES

ASSET_DIR = "assets/figures"


def svg(name):
    """The figure as a standalone svg document (the same text on every build)."""
    return document(FIGURE_BY_NAME[name])


def path(name):
    """Where a figure lives in the site: assets/figures/<name>.svg."""
    return "{}/{}.svg".format(ASSET_DIR, FIGURE_BY_NAME[name]["name"])


def write_figures(site_dir):
    """Write every figure under site_dir; returns the files written."""
    written = []
    for figure in FIGURES:
        target = Path(site_dir) / path(figure["name"])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(svg(figure["name"]).encode("utf-8"))
        written.append(target)
    return written


def figure_html(name, url_prefix="", lazy=True):
    """The <img> for a figure; url_prefix leads from the page to the site root ('', '../', '/').

    lazy=False for a picture that may be in the first screen: a lazy one there
    would load late and could be the page's largest paint.
    """
    figure = FIGURE_BY_NAME[name]
    prefix = url_prefix if not url_prefix or url_prefix.endswith("/") else url_prefix + "/"
    return ('<img src="{}" alt="{}" width="{}" height="{}"{} decoding="async" '
            'class="figure">').format(html.escape(prefix + path(name)), html.escape(figure["alt"]),
                                      figure["width"], figure["height"],
                                      ' loading="lazy"' if lazy else "")
