"""The stick figure: its proportions (BODY), the style it is drawn in (STYLE), its poses
(POSE, pose(), run()) and the 3-D joint positions of a pose, flattened to a view."""

import math

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


def _add(*vectors):
    """The sum of vectors."""
    return tuple(sum(parts) for parts in zip(*vectors))


def _scale(v, k):
    """A vector times a number."""
    return tuple(k * c for c in v)


def _cross(a, b):
    """The cross product of two 3-D vectors."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _turn(v, axis, degrees):
    """v turned about a unit axis (right-hand rule)."""
    a = math.radians(degrees)
    along = _scale(axis, sum(x * y for x, y in zip(axis, v)) * (1 - math.cos(a)))
    return _add(_scale(v, math.cos(a)), _scale(_cross(axis, v), math.sin(a)), along)


_FORWARD, _LEFT, _UP = (1, 0, 0), (0, 1, 0), (0, 0, 1)

# --- the posed body ----------------------------------------------------------


def _limb(joints, names, root, frame, side, angles, lengths):
    """Joint positions down one arm or leg; side is +1 left, -1 right."""
    forward, left, up = frame
    swing, spread, inward, bend, tip = angles
    upper = _turn(_turn(_scale(up, -1), left, -swing), forward, side * spread)
    hinge = _turn(_turn(left, forward, side * spread), upper, side * inward)
    leg = names[0].startswith("hip")
    lower = _turn(upper, hinge, bend if leg else -bend)  # knees bend back, elbows forward
    end = _turn(lower, hinge, tip - 90 if leg else -tip)  # feet start at a right angle
    point = root
    for name, direction, length in zip(names, (None, upper, lower, end), (0,) + lengths):
        point = _add(point, _scale(direction, length)) if direction else point
        joints[name] = point


def _chest_frame(p):
    """The chest's (forward, left, up) after lean, rounding and twist."""
    tilt = p["lean"] + p["curve"]
    up = _turn(_UP, _LEFT, tilt)
    forward = _turn(_FORWARD, _LEFT, tilt)
    return _turn(forward, up, p["twist"]), _turn(_LEFT, up, p["twist"]), up


def skeleton(p):
    """3-D joint positions of a pose, the pelvis at the origin."""
    b = BODY
    forward, left, up = chest = _chest_frame(p)
    j = {"pelvis": (0, 0, 0), "mid": _scale(_turn(_UP, _LEFT, p["lean"]), b["lower_back"])}
    j["back"] = _add(j["mid"], _scale(_turn(_UP, _LEFT, p["lean"]), b["upper_back"] / 2))
    j["neck"] = _add(j["back"], _scale(up, b["upper_back"] / 2))
    neck = _turn(up, left, p["neck"])
    j["head"] = _add(j["neck"], _scale(neck, b["neck"] + STYLE["head"]))
    for side, s in (("l", 1), ("r", -1)):
        shoulder = _add(j["neck"], _scale(up, p["shrug"] - b["shoulder_drop"]),
                       _scale(forward, p["hunch"]), _scale(left, s * b["shoulder"]))
        hip = _scale(_LEFT, s * b["hip"])
        _limb(j, [n + side for n in ("shoulder_", "elbow_", "wrist_", "hand_")], shoulder, chest, s,
             p["arm_" + side], (b["upper_arm"], b["forearm"], b["hand"]))
        _limb(j, [n + side for n in ("hip_", "knee_", "ankle_", "toe_")], hip,
             (_FORWARD, _LEFT, _UP), s, p["leg_" + side], (b["thigh"], b["shin"], b["foot"]))
    return {name: _turn(v, _LEFT, p["pitch"]) for name, v in j.items()}


def flatten(joints, view, tilt):
    """Screen (x, y, depth) of each joint, seen from `view` degrees round from the body's
    right and `tilt` degrees from above."""
    seen = {}
    for name, v in joints.items():
        x, y, z = _turn(_turn(v, _UP, -view), _FORWARD, tilt)
        seen[name] = (x, -z, y)
    return seen
