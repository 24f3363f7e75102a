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

Use: FIGURES (the table), svg(name, lang), write_figures(site_dir), figure_html(name,
url_prefix, lang=lang). The pictures carry only short labels; the alt text says what
they show, and figure_html adds no caption, so a screen reader hears it once. Their words
are the catalogue's, so each language has its own copy of every picture, under its own folder.
"""

import html
from pathlib import Path

from buildsite.figures.body import BODY, pose, skeleton  # noqa: F401 (what the tests pose and measure)
from buildsite.figures.drawing import document, draw  # noqa: F401
from buildsite.figures.pictures import FIGURE_BY_NAME, FIGURES
from buildsite.site_pages import language_root
from pyapp.texts import DEFAULT, LANGUAGES, text

ASSET_DIR = "assets/figures"


def alt(name, lang=DEFAULT):
    """What a figure shows, in words: its alt text."""
    return text(lang, "figure." + name)


def in_words(name, lang=DEFAULT):
    """The figure with its captions in lang."""
    figure = FIGURE_BY_NAME[name]
    panels = [dict(panel, caption=panel["caption"] and text(lang, panel["caption"])) for panel in figure["panels"]]
    return dict(figure, panels=panels)


def svg(name, lang=DEFAULT):
    """The figure as a standalone svg document (the same text on every build)."""
    return document(in_words(name, lang))


def path(name, lang=DEFAULT):
    """Where a figure lives in the site: assets/figures/<name>.svg, es/assets/figures/<name>.svg."""
    return "{}{}/{}.svg".format(language_root(lang), ASSET_DIR, FIGURE_BY_NAME[name]["name"])


def write_figures(site_dir):
    """Write every figure, in every language, under site_dir; returns the files written."""
    written = []
    for lang in LANGUAGES:
        for figure in FIGURES:
            target = Path(site_dir) / path(figure["name"], lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(svg(figure["name"], lang).encode("utf-8"))
            written.append(target)
    return written


def figure_html(name, url_prefix="", lazy=True, lang=DEFAULT):
    """The <img> for a figure; url_prefix leads from the page to the site root ('', '../', '/').

    lazy=False for a picture that may be in the first screen: a lazy one there
    would load late and could be the page's largest paint.
    """
    figure = FIGURE_BY_NAME[name]
    prefix = url_prefix if not url_prefix or url_prefix.endswith("/") else url_prefix + "/"
    return ('<img src="{}" alt="{}" width="{}" height="{}"{} decoding="async" '
            'class="figure">').format(html.escape(prefix + path(name, lang)), html.escape(alt(name, lang)),
                                      figure["width"], figure["height"],
                                      ' loading="lazy"' if lazy else "")
