"""The body and the props beside it as svg shapes, every part on a thin background-coloured
outline so crossing lines stay readable."""

import math

from buildsite.figures.body import STYLE, flatten, skeleton


# --- shapes ------------------------------------------------------------------
# A shape is (colour class, stroke width, svg element name, attributes); a
# group is a list of shapes drawn on one background-coloured outline.

_ARM, _LEG = ("shoulder_", "elbow_", "wrist_", "hand_"), ("hip_", "knee_", "ankle_", "toe_")


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


def _dot(cls, centre, r):
    """A filled circle."""
    return ("f" + cls, 0, "circle", {"cx": num(centre[0]), "cy": num(centre[1]), "r": num(r)})


def _halo(shape):
    """The background-coloured outline under a shape."""
    cls, width, tag, attrs = shape
    if tag == "circle":
        return ("fbg", 0, tag, {**attrs, "r": num(float(attrs["r"]) + STYLE["gap"])})
    return ("bg", width + 2 * STYLE["gap"], tag, attrs)


def outlined(shapes, trimmed=None):
    """Shapes over their outlines; `trimmed` replaces the first outline."""
    halos = [_halo(s) for s in shapes]
    if trimmed:
        halos[0] = ("bg", halos[0][1], "path", {"d": polyline(trimmed)})
    return halos + shapes


def _trim(points, length):
    """Points with the first `length` units cut off the start."""
    (x0, y0), (x1, y1) = points[0], points[1]
    whole = math.hypot(x1 - x0, y1 - y0) or 1
    k = min(length / whole, 0.9)
    return [(x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)] + points[1:]


def _chain(j, side, names, ink, fists):
    """One arm or leg as a group, its outline clear of the joint it hangs from."""
    points = [j[n + side] for n in names]
    if fists and names is _ARM:
        points = points[:3]
    shapes = [stroke(ink, STYLE["limb"], polyline(points))]
    if fists and names is _ARM:
        shapes.append(_dot(ink, points[2], STYLE["fist"]))
    return outlined(shapes, _trim(points, STYLE["trunk"] / 2 + STYLE["limb"] + STYLE["gap"]))


def _trunk(j):
    """Trunk and head as one group: a curved spine inside a shoulders-to-hips outline."""
    spine = "M{}L{}Q{} {}".format(*(pt(j[n]) for n in ("pelvis", "mid", "back", "neck")))
    outline = polyline([j[n] for n in ("shoulder_l", "neck", "shoulder_r", "hip_r", "hip_l")])
    return outlined([stroke("ink", STYLE["trunk"], spine),
                     stroke("ink fink", STYLE["limb"], outline + "Z"),
                     _dot("ink", j["head"], STYLE["head"])])


def body_groups(p, view, tilt):
    """The body's shapes, furthest part first, and its flat joints."""
    seen = flatten(skeleton(p), view, tilt)
    j = {name: v[:2] for name, v in seen.items()}
    groups = [(seen["mid"][2], 0, _trunk(j))]
    for order, (side, names) in enumerate([(s, n) for s in "lr" for n in (_LEG, _ARM)], 1):
        depth = sum(seen[n + side][2] for n in names) / len(names)
        behind = seen[names[0] + side][2] - seen["pelvis" if names is _LEG else "neck"][2]
        ink = "far" if behind > 3 else "ink"
        groups.append((depth, order, _chain(j, side, names, ink, p["fists"])))
    groups.sort(key=lambda g: (-g[0], g[1]))
    return [shape for _d, _o, group in groups for shape in group], j


# --- props -------------------------------------------------------------------
# Things beside the body, placed by joints: an anchor is (joint, dx, dy), or
# (joint for x, dx, joint for y, dy), in screen units. Kinds:
# ("line", cls, anchors), ("shape", cls, anchors) closed and filled,
# ("dashes", cls, anchors), ("ring", cls, anchor, r) filled with the
# background, and ("arrow", cls, anchor, rx, ry, from_degrees, to_degrees,
# both_ends) along an ellipse.


def _at(j, anchor):
    """The point an anchor names."""
    if len(anchor) == 3:
        anchor = (anchor[0], anchor[1], anchor[0], anchor[2])
    x_joint, dx, y_joint, dy = anchor
    return (j[x_joint][0] + dx, j[y_joint][1] + dy)


def _on_ellipse(centre, rx, ry, degrees):
    """A point on an ellipse (0 degrees: right; 90: down)."""
    a = math.radians(degrees)
    return (centre[0] + rx * math.cos(a), centre[1] + ry * math.sin(a))


def _arrowhead(cls, centre, rx, ry, degrees, heading):
    """A filled arrowhead at an ellipse point, pointing along it (heading +1/-1)."""
    a, size = math.radians(degrees), STYLE["prop"] * 1.8
    tx, ty = -rx * math.sin(a) * heading, ry * math.cos(a) * heading
    k = size / (math.hypot(tx, ty) or 1)
    tx, ty = tx * k, ty * k
    x, y = _on_ellipse(centre, rx, ry, degrees)
    corners = [(x + tx, y + ty), (x - tx - ty, y - ty + tx), (x - tx + ty, y - ty - tx)]
    return ("f" + cls, 0, "path", {"d": polyline(corners) + "Z"})


def _arrow(cls, centre, rx, ry, start, end, both):
    """An arc with a head at its end (and its start when both)."""
    p0, p1 = _on_ellipse(centre, rx, ry, start), _on_ellipse(centre, rx, ry, end)
    d = "M{}A{} {} 0 {} {} {}".format(pt(p0), num(rx), num(ry), int(abs(end - start) > 180),
                                     int(end > start), pt(p1))
    heading = 1 if end > start else -1
    shapes = [stroke(cls, STYLE["prop"], d), _arrowhead(cls, centre, rx, ry, end, heading)]
    if both:
        shapes.append(_arrowhead(cls, centre, rx, ry, start, -heading))
    return shapes, [(centre[0] - rx, centre[1] - ry), (centre[0] + rx, centre[1] + ry)]


def prop(j, item):
    """A prop's shapes and the points it reaches."""
    kind, cls = item[:2]
    if kind == "ring":
        (x, y), r = _at(j, item[2]), item[3]
        ring = (cls + " fbg", STYLE["prop"], "circle", {"cx": num(x), "cy": num(y), "r": num(r)})
        return [ring], [(x - r, y - r), (x + r, y + r)]
    if kind == "arrow":
        return _arrow(cls, _at(j, item[2]), *item[3:])
    points = [_at(j, a) for a in item[2]]
    if kind == "shape":
        return [(cls + " f" + cls, STYLE["prop"], "path", {"d": polyline(points) + "Z"})], points
    shape = stroke(cls, STYLE["prop"], polyline(points))
    if kind == "dashes":
        shape[3]["stroke-dasharray"] = "6 6"
    return [shape], points
