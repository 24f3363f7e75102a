"""A figure drawn: each panel's shapes placed in its share of the width, its label under it,
and the colours for the light and the dark scheme (buildsite/palette.py)."""

import html
import re

from buildsite import palette
from buildsite.figures.body import STYLE
from buildsite.figures.shapes import body_groups, num, outlined, polyline, prop, pt, stroke


def _body_reach(j):
    """Points on the edge of the body's ink."""
    half = {"pelvis": STYLE["trunk"] / 2, "mid": STYLE["trunk"] / 2, "neck": STYLE["trunk"] / 2,
            "head": STYLE["head"]}
    return [(x + d * half.get(name, STYLE["limb"] / 2), y + d * half.get(name, STYLE["limb"] / 2))
            for name, (x, y) in j.items() for d in (-1, 1)]


def _panel_shapes(item):
    """A panel's shapes in drawing order and its ink box (x0, y0, x1, y1), floor included."""
    body, j = body_groups(item["pose"], item["view"], item["tilt"])
    points = _body_reach(j)
    layers = [[], []]
    for layer, things in enumerate((item["under"], item["over"])):
        for thing in things:
            shapes, reach = prop(j, thing)
            # over the body, a prop needs an outline to stand out; a dashed line stays see-through
            layers[layer] += outlined(shapes) if layer and thing[0] != "dashes" else shapes
            points += reach
    xs, ys = [x for x, _ in points], [y for _, y in points]
    floor = max(ys) + STYLE["floor"] / 2
    ground = stroke("far", STYLE["floor"], polyline([(min(xs), floor), (max(xs), floor)]))
    box = (min(xs), min(ys), max(xs), floor + STYLE["floor"])
    return [ground] + layers[0] + body + layers[1], box


_MARKS = {"yes": [(0, 6), (4.5, 10.5), (13, 1)], "no": [(1, 1), (11, 11), (6, 6), (11, 1), (1, 11)]}
_MARK_SPACE = 19  # a mark and the gap after it


def _caption(text, mark, centre, y):
    """A short label under a panel, after a tick or a cross."""
    font, space = STYLE["font"], _MARK_SPACE if mark else 0
    x = centre - (0.56 * font * len(text) + space) / 2  # 0.56 em: about a system-ui letter
    parts = ['<text class="fink" x="{}" y="{}">{}</text>'.format(
        num(x + space), num(y), html.escape(text))]
    if mark:
        points = [(x + px, y - font * 0.8 + py) for px, py in _MARKS[mark]]
        parts.insert(0, _element((mark, STYLE["prop"], "path", {"d": polyline(points)})))
    return parts


def _element(shape):
    """A shape as svg text."""
    cls, width, tag, attrs = shape
    extra = {"stroke-width": num(width)} if width else {}
    return "<{} class=\"{}\"{}/>".format(tag, cls, "".join(
        ' {}="{}"'.format(k, v) for k, v in {**extra, **attrs}.items()))


def _css(used):
    """Colours for the light and the dark scheme, for the classes used only."""
    schemes = ["", ""]
    for name, colours in palette.drawing_colours().items():
        for scheme, colour in enumerate(colours):
            if name in used:
                schemes[scheme] += ".%s{stroke:%s}" % (name, colour)
            if "f" + name in used:
                schemes[scheme] += ".f%s{fill:%s}" % (name, colour)
    return ("path{fill:none;stroke-linecap:round;stroke-linejoin:round}"
            "text{font-family:system-ui,sans-serif;font-size:%spx;font-weight:600}" % STYLE["font"]
            + schemes[0] + "@media (prefers-color-scheme:dark){" + schemes[1] + "}")


def draw(figure):
    """The svg elements of a figure, each panel centred in its share of the width."""
    width, height, panels = figure["width"], figure["height"], figure["panels"]
    cell, margin = width / len(panels), STYLE["margin"]
    labelled = any(p["caption"] for p in panels)
    base = height - margin - (STYLE["caption"] if labelled else 0)
    parts = []
    for i, item in enumerate(panels):
        shapes, (x0, y0, x1, y1) = _panel_shapes(item)
        dx, dy = cell * i + (cell - x1 - x0) / 2, base - y1
        if x1 - x0 > cell - 2 * margin or y1 - y0 > base - margin:
            raise ValueError("figure {}: panel {} needs {:.0f} x {:.0f} but has {:.0f} x {:.0f}"
                             .format(figure["name"], i + 1, x1 - x0, y1 - y0,
                                     cell - 2 * margin, base - margin))
        parts.append('<g transform="translate({})">'.format(pt((dx, dy))))
        parts += [_element(s) for s in shapes] + ["</g>"]
        if item["caption"]:
            parts += _caption(item["caption"], item["mark"], cell * (i + 0.5), height - margin - 4)
    return parts


def document(figure):
    """The figure as a standalone svg document (the same text on every build)."""
    body = draw(figure)
    used = set(" ".join(re.findall(r'class="([^"]*)"', "".join(body))).split())
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            'viewBox="0 0 {w} {h}"><style>{css}</style>\n{body}\n</svg>\n').format(
        w=figure["width"], h=figure["height"], css=_css(used), body="\n".join(body))
