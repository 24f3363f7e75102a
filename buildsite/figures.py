"""Line drawings for the guidance, drawn at build time from one stick figure.

Every picture is the same body (BODY: segment lengths) in a pose given by
joint angles (POSE), drawn in one style (STYLE) in the site's colours (buildsite/palette.py). A change of
proportion, line weight or colour is one edit here and reaches every figure.

The body is posed in 3-D (x forward, y to its left, z up; angles in degrees),
turned to the panel's view and flattened; limbs further away than the trunk
are drawn in a lighter ink, and every part gets a thin background-coloured
outline so crossing lines stay readable.

Use: FIGURES (the table), svg(name), write_figures(site_dir), figure_html(name,
url_prefix). The pictures carry only short labels; the alt text says what
they show, and figure_html adds no caption, so a screen reader hears it once.
"""

import html
import math
import re
from pathlib import Path

from buildsite import palette

ASSET_DIR = "assets/figures"

STYLE = {"limb": 8, "trunk": 15, "gap": 3, "head": 10.5, "fist": 5, "prop": 3,
         "floor": 2, "font": 15, "caption": 26, "margin": 8}

BODY = {"neck": 6, "lower_back": 25, "upper_back": 27, "shoulder": 15, "shoulder_drop": 5,
        "hip": 8, "upper_arm": 27, "forearm": 24, "hand": 7, "thigh": 40, "shin": 39, "foot": 12}

# A pose. Arms: (shoulder forward, out to the side, turned in, elbow, wrist).
# Legs: (hip forward, out to the side, turned in, knee, ankle: toes down).
# "curve" rounds the upper back; "neck" tips the head forward of the chest;
# "hunch" and "shrug" move the shoulders forward and up; "pitch" tips the
# whole body forward (negative: back); "twist" turns the chest to its left.
POSE = {"lean": 0, "curve": 0, "neck": 0, "twist": 0, "hunch": 0, "shrug": 0, "pitch": 0,
        "fists": False, "arm_r": (0, 6, 0, 10, 0), "arm_l": (0, 6, 0, 10, 0),
        "leg_r": (0, 3, 0, 2, 0), "leg_l": (0, 3, 0, 2, 0)}


def pose(**changes):
    """A pose: the standing one with some joints changed."""
    unknown = set(changes) - set(POSE)
    if unknown:
        raise KeyError("no such joint: {}".format(", ".join(sorted(unknown))))
    return {**POSE, **changes}


def run(**changes):
    """Mid-stride, seen from the side: right arm and left leg forward."""
    stride = {"lean": 8, "arm_r": (40, 8, 0, 85, 10), "arm_l": (-45, 8, 0, 80, 10),
              "leg_r": (-22, 0, 0, 75, 25), "leg_l": (38, 0, 0, 25, -10)}
    return pose(**{**stride, **changes})


TALL = {"lean": 6, "curve": -4}
SLOUCHED = {"lean": 4, "curve": 40, "neck": -24, "hunch": 5, "shrug": 2,
            "arm_r": (20, 8, 0, 80, 10), "arm_l": (-35, 8, 0, 80, 10)}

# --- vectors -----------------------------------------------------------------


def add(*vectors):
    """The sum of vectors."""
    return tuple(sum(parts) for parts in zip(*vectors))


def scale(v, k):
    """A vector times a number."""
    return tuple(k * c for c in v)


def cross(a, b):
    """The cross product of two 3-D vectors."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def turn(v, axis, degrees):
    """v turned about a unit axis (right-hand rule)."""
    a = math.radians(degrees)
    along = scale(axis, sum(x * y for x, y in zip(axis, v)) * (1 - math.cos(a)))
    return add(scale(v, math.cos(a)), scale(cross(axis, v), math.sin(a)), along)


FORWARD, LEFT, UP = (1, 0, 0), (0, 1, 0), (0, 0, 1)

# --- the posed body ----------------------------------------------------------


def limb(joints, names, root, frame, side, angles, lengths):
    """Joint positions down one arm or leg; side is +1 left, -1 right."""
    forward, left, up = frame
    swing, spread, inward, bend, tip = angles
    upper = turn(turn(scale(up, -1), left, -swing), forward, side * spread)
    hinge = turn(turn(left, forward, side * spread), upper, side * inward)
    leg = names[0].startswith("hip")
    lower = turn(upper, hinge, bend if leg else -bend)  # knees bend back, elbows forward
    end = turn(lower, hinge, tip - 90 if leg else -tip)  # feet start at a right angle
    point = root
    for name, direction, length in zip(names, (None, upper, lower, end), (0,) + lengths):
        point = add(point, scale(direction, length)) if direction else point
        joints[name] = point


def chest_frame(p):
    """The chest's (forward, left, up) after lean, rounding and twist."""
    tilt = p["lean"] + p["curve"]
    up = turn(UP, LEFT, tilt)
    forward = turn(FORWARD, LEFT, tilt)
    return turn(forward, up, p["twist"]), turn(LEFT, up, p["twist"]), up


def skeleton(p):
    """3-D joint positions of a pose, the pelvis at the origin."""
    b = BODY
    forward, left, up = chest = chest_frame(p)
    j = {"pelvis": (0, 0, 0), "mid": scale(turn(UP, LEFT, p["lean"]), b["lower_back"])}
    j["back"] = add(j["mid"], scale(turn(UP, LEFT, p["lean"]), b["upper_back"] / 2))
    j["neck"] = add(j["back"], scale(up, b["upper_back"] / 2))
    neck = turn(up, left, p["neck"])
    j["head"] = add(j["neck"], scale(neck, b["neck"] + STYLE["head"]))
    for side, s in (("l", 1), ("r", -1)):
        shoulder = add(j["neck"], scale(up, p["shrug"] - b["shoulder_drop"]),
                       scale(forward, p["hunch"]), scale(left, s * b["shoulder"]))
        hip = scale(LEFT, s * b["hip"])
        limb(j, [n + side for n in ("shoulder_", "elbow_", "wrist_", "hand_")], shoulder, chest, s,
             p["arm_" + side], (b["upper_arm"], b["forearm"], b["hand"]))
        limb(j, [n + side for n in ("hip_", "knee_", "ankle_", "toe_")], hip,
             (FORWARD, LEFT, UP), s, p["leg_" + side], (b["thigh"], b["shin"], b["foot"]))
    return {name: turn(v, LEFT, p["pitch"]) for name, v in j.items()}


def flatten(joints, view, tilt):
    """Screen (x, y, depth) of each joint, seen from `view` degrees round from the body's
    right and `tilt` degrees from above."""
    seen = {}
    for name, v in joints.items():
        x, y, z = turn(turn(v, UP, -view), FORWARD, tilt)
        seen[name] = (x, -z, y)
    return seen


# --- shapes ------------------------------------------------------------------
# A shape is (colour class, stroke width, svg element name, attributes); a
# group is a list of shapes drawn on one background-coloured outline.

ARM, LEG = ("shoulder_", "elbow_", "wrist_", "hand_"), ("hip_", "knee_", "ankle_", "toe_")


def num(v):
    """A coordinate as short, stable text."""
    text = "{:.1f}".format(v).rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pt(p):
    """A point as svg path text."""
    return num(p[0]) + " " + num(p[1])


def polyline(points):
    """Svg path data through points."""
    return "M" + "L".join(pt(p) for p in points)


def stroke(cls, width, d):
    """A stroked path."""
    return (cls, width, "path", {"d": d})


def dot(cls, centre, r):
    """A filled circle."""
    return ("f" + cls, 0, "circle", {"cx": num(centre[0]), "cy": num(centre[1]), "r": num(r)})


def halo(shape):
    """The background-coloured outline under a shape."""
    cls, width, tag, attrs = shape
    if tag == "circle":
        return ("fbg", 0, tag, {**attrs, "r": num(float(attrs["r"]) + STYLE["gap"])})
    return ("bg", width + 2 * STYLE["gap"], tag, attrs)


def outlined(shapes, trimmed=None):
    """Shapes over their outlines; `trimmed` replaces the first outline."""
    halos = [halo(s) for s in shapes]
    if trimmed:
        halos[0] = ("bg", halos[0][1], "path", {"d": polyline(trimmed)})
    return halos + shapes


def trim(points, length):
    """Points with the first `length` units cut off the start."""
    (x0, y0), (x1, y1) = points[0], points[1]
    whole = math.hypot(x1 - x0, y1 - y0) or 1
    k = min(length / whole, 0.9)
    return [(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)] + points[1:]


def chain(j, side, names, ink, fists):
    """One arm or leg as a group, its outline clear of the joint it hangs from."""
    points = [j[n + side] for n in names]
    if fists and names is ARM:
        points = points[:3]
    shapes = [stroke(ink, STYLE["limb"], polyline(points))]
    if fists and names is ARM:
        shapes.append(dot(ink, points[2], STYLE["fist"]))
    return outlined(shapes, trim(points, STYLE["trunk"] / 2 + STYLE["limb"] + STYLE["gap"]))


def trunk(j):
    """Trunk and head as one group: a curved spine inside a shoulders-to-hips outline."""
    spine = "M{}L{}Q{} {}".format(*(pt(j[n]) for n in ("pelvis", "mid", "back", "neck")))
    outline = polyline([j[n] for n in ("shoulder_l", "neck", "shoulder_r", "hip_r", "hip_l")])
    return outlined([stroke("ink", STYLE["trunk"], spine),
                     stroke("ink fink", STYLE["limb"], outline + "Z"),
                     dot("ink", j["head"], STYLE["head"])])


def body_groups(p, view, tilt):
    """The body's shapes, furthest part first, and its flat joints."""
    seen = flatten(skeleton(p), view, tilt)
    j = {name: v[:2] for name, v in seen.items()}
    groups = [(seen["mid"][2], 0, trunk(j))]
    for order, (side, names) in enumerate([(s, n) for s in "lr" for n in (LEG, ARM)], 1):
        depth = sum(seen[n + side][2] for n in names) / len(names)
        behind = seen[names[0] + side][2] - seen["pelvis" if names is LEG else "neck"][2]
        ink = "far" if behind > 3 else "ink"
        groups.append((depth, order, chain(j, side, names, ink, p["fists"])))
    groups.sort(key=lambda g: (-g[0], g[1]))
    return [shape for _d, _o, group in groups for shape in group], j


# --- props -------------------------------------------------------------------
# Things beside the body, placed by joints: an anchor is (joint, dx, dy), or
# (joint for x, dx, joint for y, dy), in screen units. Kinds:
# ("line", cls, anchors), ("shape", cls, anchors) closed and filled,
# ("dashes", cls, anchors), ("ring", cls, anchor, r) filled with the
# background, and ("arrow", cls, anchor, rx, ry, from_degrees, to_degrees,
# both_ends) along an ellipse.


def at(j, anchor):
    """The point an anchor names."""
    if len(anchor) == 3:
        anchor = (anchor[0], anchor[1], anchor[0], anchor[2])
    x_joint, dx, y_joint, dy = anchor
    return (j[x_joint][0] + dx, j[y_joint][1] + dy)


def on_ellipse(centre, rx, ry, degrees):
    """A point on an ellipse (0 degrees: right; 90: down)."""
    a = math.radians(degrees)
    return (centre[0] + rx * math.cos(a), centre[1] + ry * math.sin(a))


def arrowhead(cls, centre, rx, ry, degrees, heading):
    """A filled arrowhead at an ellipse point, pointing along it (heading +1/-1)."""
    a, size = math.radians(degrees), STYLE["prop"] * 1.8
    tx, ty = -rx * math.sin(a) * heading, ry * math.cos(a) * heading
    k = size / (math.hypot(tx, ty) or 1)
    tx, ty = tx * k, ty * k
    x, y = on_ellipse(centre, rx, ry, degrees)
    corners = [(x + tx, y + ty), (x - tx - ty, y - ty + tx), (x - tx + ty, y - ty - tx)]
    return ("f" + cls, 0, "path", {"d": polyline(corners) + "Z"})


def arrow(cls, centre, rx, ry, start, end, both):
    """An arc with a head at its end (and its start when both)."""
    p0, p1 = on_ellipse(centre, rx, ry, start), on_ellipse(centre, rx, ry, end)
    d = "M{}A{} {} 0 {} {} {}".format(pt(p0), num(rx), num(ry), int(abs(end - start) > 180),
                                     int(end > start), pt(p1))
    heading = 1 if end > start else -1
    shapes = [stroke(cls, STYLE["prop"], d), arrowhead(cls, centre, rx, ry, end, heading)]
    if both:
        shapes.append(arrowhead(cls, centre, rx, ry, start, -heading))
    return shapes, [(centre[0] - rx, centre[1] - ry), (centre[0] + rx, centre[1] + ry)]


def prop(j, item):
    """A prop's shapes and the points it reaches."""
    kind, cls = item[:2]
    if kind == "ring":
        (x, y), r = at(j, item[2]), item[3]
        ring = (cls + " fbg", STYLE["prop"], "circle", {"cx": num(x), "cy": num(y), "r": num(r)})
        return [ring], [(x - r, y - r), (x + r, y + r)]
    if kind == "arrow":
        return arrow(cls, at(j, item[2]), *item[3:])
    points = [at(j, a) for a in item[2]]
    if kind == "shape":
        return [(cls + " f" + cls, STYLE["prop"], "path", {"d": polyline(points) + "Z"})], points
    shape = stroke(cls, STYLE["prop"], polyline(points))
    if kind == "dashes":
        shape[3]["stroke-dasharray"] = "6 6"
    return [shape], points


# --- panels and pictures -----------------------------------------------------


def panel(p, view=0, tilt=0, caption=None, mark=None, under=(), over=()):
    """One drawing in a picture: a pose seen from `view` and `tilt`, props under and over it."""
    return {"pose": p, "view": view, "tilt": tilt, "caption": caption, "mark": mark,
            "under": under, "over": over}


def body_reach(j):
    """Points on the edge of the body's ink."""
    half = {"pelvis": STYLE["trunk"] / 2, "mid": STYLE["trunk"] / 2, "neck": STYLE["trunk"] / 2,
            "head": STYLE["head"]}
    return [(x + d * half.get(name, STYLE["limb"] / 2), y + d * half.get(name, STYLE["limb"] / 2))
            for name, (x, y) in j.items() for d in (-1, 1)]


def panel_shapes(item):
    """A panel's shapes in drawing order and its ink box (x0, y0, x1, y1), floor included."""
    body, j = body_groups(item["pose"], item["view"], item["tilt"])
    points = body_reach(j)
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


MARKS = {"yes": [(0, 6), (4.5, 10.5), (13, 1)], "no": [(1, 1), (11, 11), (6, 6), (11, 1), (1, 11)]}
MARK_SPACE = 19  # a mark and the gap after it


def caption(text, mark, centre, y):
    """A short label under a panel, after a tick or a cross."""
    font, space = STYLE["font"], MARK_SPACE if mark else 0
    x = centre - (0.56 * font * len(text) + space) / 2  # 0.56 em: about a system-ui letter
    parts = ['<text class="fink" x="{}" y="{}">{}</text>'.format(
        num(x + space), num(y), html.escape(text))]
    if mark:
        points = [(x + px, y - font * 0.8 + py) for px, py in MARKS[mark]]
        parts.insert(0, element((mark, STYLE["prop"], "path", {"d": polyline(points)})))
    return parts


def element(shape):
    """A shape as svg text."""
    cls, width, tag, attrs = shape
    extra = {"stroke-width": num(width)} if width else {}
    return "<{} class=\"{}\"{}/>".format(tag, cls, "".join(
        ' {}="{}"'.format(k, v) for k, v in {**extra, **attrs}.items()))


def css(used):
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
        shapes, (x0, y0, x1, y1) = panel_shapes(item)
        dx, dy = cell * i + (cell - x1 - x0) / 2, base - y1
        if x1 - x0 > cell - 2 * margin or y1 - y0 > base - margin:
            raise ValueError("figure {}: panel {} needs {:.0f} x {:.0f} but has {:.0f} x {:.0f}"
                             .format(figure["name"], i + 1, x1 - x0, y1 - y0,
                                     cell - 2 * margin, base - margin))
        parts.append('<g transform="translate({})">'.format(pt((dx, dy))))
        parts += [element(s) for s in shapes] + ["</g>"]
        if item["caption"]:
            parts += caption(item["caption"], item["mark"], cell * (i + 0.5), height - margin - 4)
    return parts


def svg(name):
    """The figure as a standalone svg document (the same text on every build)."""
    figure = FIGURE_BY_NAME[name]
    body = draw(figure)
    used = set(" ".join(re.findall(r'class="([^"]*)"', "".join(body))).split())
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            'viewBox="0 0 {w} {h}"><style>{css}</style>\n{body}\n</svg>\n').format(
        w=figure["width"], h=figure["height"], css=css(used), body="\n".join(body))


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


# --- the pictures ------------------------------------------------------------
# Each figure: name (its file), page and section (where it goes), alt text
# (what it shows and what to notice), width and height (css px, the viewBox
# too) and panels (drawn side by side, sharing one floor line).

FRONT = 90  # view: the body faces the reader

MIDLINE = ("dashes", "accent", [("pelvis", 0, "head", -18), ("pelvis", 0, "pelvis", 28)])
SWING = {"arm_r": (40, 12, -12, 100, 0), "arm_l": (-25, 12, -12, 95, 0),
         "leg_r": (-10, 4, 0, 30, 10), "leg_l": (30, 4, 0, 50, 0)}
CROSSING = {**SWING, "arm_r": (40, 5, 50, 100, 0), "arm_l": (-25, 5, 35, 95, 0)}
HANG = {"arm_r": (10, 12, 0, 40, 0), "arm_l": (10, 12, 0, 40, 0)}
ARMS_OUT = {"arm_r": (0, 88, 0, 0, 0), "arm_l": (0, 88, 0, 0, 0),
            "leg_r": (0, 8, 0, 0, 0), "leg_l": (0, 8, 0, 0, 0)}
PULLED = {"lean": 6, "curve": 24, "neck": -14, "hunch": 7, "arm_r": (25, 8, 0, 80, 10)}
ON_ROLLER = {"pitch": -72, "arm_r": (110, 15, 0, 130, 0), "arm_l": (110, 15, 0, 130, 0),
             "leg_r": (62, 3, 0, 100, 25), "leg_l": (62, 3, 0, 100, 25)}
SLUMPED = {"lean": 8, "curve": 42, "neck": -26, "hunch": 5, "arm_r": (75, 8, 0, 70, 0),
           "arm_l": (70, 8, 0, 75, 0), "leg_r": (90, 3, 0, 90, 0), "leg_l": (90, 3, 0, 90, 0)}
CHAIR_AND_DESK = [("line", "far", [("pelvis", -16, 14), ("pelvis", 20, 14)]),
                  ("line", "far", [("pelvis", -16, 14), ("pelvis", -20, -40)]),
                  ("line", "far", [("pelvis", 0, 14), ("pelvis", 0, "toe_r", 4)]),
                  ("line", "far", [("hand_r", -20, 6), ("hand_r", 60, 6)]),
                  ("line", "far", [("hand_r", 50, 6), ("hand_r", 50, "toe_r", 4)]),
                  ("line", "ink", [("hand_r", 2, 3), ("hand_r", 26, 3), ("hand_r", 34, -18)])]


def vest(back, strap):
    """A vest: its back panel (corners from the pelvis) and the near strap over the shoulder."""
    corners = [("pelvis", x, y) for x, y in back]
    return [("shape", "accent", corners),
            ("line", "accent", [corners[0], ("shoulder_r", -1, -5), ("shoulder_r", 8, 4),
                                ("mid", strap, -4)])]


SNUG_VEST = vest([(-6, -48), (-14, -47), (-13, -25), (-5, -26)], 9)
LOOSE_VEST = vest([(-9, -40), (-18, -41), (-24, -14), (-14, -12)], 12)


FIGURES = [
    {"name": "running-tall", "page": "adjustments", "section": "run-tall",
     "width": 340, "height": 230,
     "alt": "Two runners seen from the side. The runner on the left runs tall. The chest is lifted "
            "and the head is up. The runner on the right slouches. The upper back is rounded, and "
            "the shoulders hunch forward.",
     "panels": [panel(run(**TALL), caption="Tall", mark="yes"),
                panel(run(**SLOUCHED), caption="Slouched", mark="no")]},
    {"name": "shoulders", "page": "adjustments", "section": "shoulders-back-and-down",
     "width": 340, "height": 230,
     "alt": "Two people seen from the front. On the left, the shoulders are low and relaxed, and "
            "the hands are loose. On the right, the shoulders are shrugged up toward the ears, "
            "and the hands are clenched into fists.",
     "panels": [panel(pose(shrug=-2, **HANG), view=FRONT, tilt=10, caption="Relaxed", mark="yes"),
                panel(pose(shrug=12, hunch=6, curve=10, fists=True, **HANG), view=FRONT, tilt=10,
                      caption="Shrugged", mark="no")]},
    {"name": "arm-swing", "page": "adjustments", "section": "arm-swing",
     "width": 340, "height": 230,
     "alt": "Two runners seen from the front, with a dashed line down the middle of the body. "
            "On the left, the arms swing straight back and forward. Each arm stays on its own "
            "side of the line. On the right, the arms swing across the line.",
     "panels": [panel(pose(**SWING), view=FRONT, tilt=30, caption="Straight", mark="yes",
                      over=[MIDLINE]),
                panel(pose(**CROSSING), view=FRONT, tilt=30, caption="Crossing", mark="no",
                      over=[MIDLINE])]},
    {"name": "arm-circles", "page": "adjustments", "section": "warm-up",
     "width": 240, "height": 200,
     "alt": "A person stands with both arms straight out to the sides. Round arrows at the hands "
            "show the arms moving in circles.",
     "panels": [panel(pose(**ARMS_OUT), view=FRONT,
                      over=[("arrow", "accent", ("hand_r", 0, 0), 11, 11, -70, 220, False),
                            ("arrow", "accent", ("hand_l", 0, 0), 11, 11, 250, -40, False)])]},
    {"name": "torso-twists", "page": "adjustments", "section": "warm-up",
     "width": 240, "height": 210,
     "alt": "A person stands with the arms out to the sides and turns the upper body to one side. "
            "A curved arrow shows the turn to one side and back.",
     "panels": [panel(pose(twist=45, **ARMS_OUT), view=FRONT, tilt=15,
                      over=[("arrow", "accent", ("head", 0, -22), 28, 7, 200, 340, True)])]},
    {"name": "foam-rolling", "page": "adjustments", "section": "after-your-run",
     "width": 240, "height": 120,
     "alt": "A person lies face up on a foam roller. The roller is under the upper back. The knees "
            "are bent and the feet are flat on the floor.",
     "panels": [panel(pose(**ON_ROLLER), under=[("ring", "accent", ("back", -4, 18), 10)])]},
    {"name": "vest-fit", "page": "causes", "section": "gear-that-pulls",
     "width": 340, "height": 230,
     "alt": "Two runners wearing a running vest, seen from the side. On the left, the vest fits "
            "close to the back, and the runner runs tall. On the right, the vest is loose and "
            "hangs low. Its straps pull the shoulders forward, and the upper back rounds.",
     "panels": [panel(run(**TALL), caption="Fits", mark="yes", over=SNUG_VEST),
                panel(run(**PULLED), caption="Loose", mark="no", over=LOOSE_VEST)]},
    {"name": "sitting", "page": "causes", "section": "sitting-and-posture",
     "width": 260, "height": 180,
     "alt": "A person sits at a desk and looks at a laptop. The upper back is rounded, and the "
            "shoulders and head lean forward.",
     "panels": [panel(pose(**SLUMPED), under=CHAIR_AND_DESK)]},
]

FIGURE_BY_NAME = {figure["name"]: figure for figure in FIGURES}
