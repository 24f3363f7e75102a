"""The pictures: each figure's page and section, size and panels. Their words are the
catalogue's (pyapp/texts_<lang>.py): the alt text under "figure.<name>", each caption a key."""

from buildsite.figures.body import SLOUCHED, TALL, pose, run


def _panel(p, view=0, tilt=0, caption=None, mark=None, under=(), over=()):
    """One drawing in a picture: a pose seen from `view` and `tilt`, props under and over it."""
    return {"pose": p, "view": view, "tilt": tilt, "caption": caption, "mark": mark,
            "under": under, "over": over}


# --- the pictures ------------------------------------------------------------
# Each figure: name (its file, and its alt text's key: "figure.<name>", what it shows and what
# to notice), page and section (where it goes), width and height (css px, the viewBox too) and
# panels (drawn side by side, sharing one floor line; a caption is a catalogue key).

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


def _vest(back, strap):
    """A vest: its back panel (corners from the pelvis) and the near strap over the shoulder."""
    corners = [("pelvis", x, y) for x, y in back]
    return [("shape", "accent", corners),
            ("line", "accent", [corners[0], ("shoulder_r", -1, -5), ("shoulder_r", 8, 4),
                                ("mid", strap, -4)])]


SNUG_VEST = _vest([(-6, -48), (-14, -47), (-13, -25), (-5, -26)], 9)
LOOSE_VEST = _vest([(-9, -40), (-18, -41), (-24, -14), (-14, -12)], 12)


FIGURES = [
    {"name": "running-tall", "page": "adjustments", "section": "run-tall",
     "width": 340, "height": 230,
     "panels": [_panel(run(**TALL), caption="figure.tall", mark="yes"),
                _panel(run(**SLOUCHED), caption="figure.slouched", mark="no")]},
    {"name": "shoulders", "page": "adjustments", "section": "shoulders-back-and-down",
     "width": 340, "height": 230,
     "panels": [_panel(pose(shrug=-2, **HANG), view=FRONT, tilt=10, caption="figure.relaxed", mark="yes"),
                _panel(pose(shrug=12, hunch=6, curve=10, fists=True, **HANG), view=FRONT, tilt=10,
                      caption="figure.shrugged", mark="no")]},
    {"name": "arm-swing", "page": "adjustments", "section": "arm-swing",
     "width": 340, "height": 230,
     "panels": [_panel(pose(**SWING), view=FRONT, tilt=30, caption="figure.straight", mark="yes",
                      over=[MIDLINE]),
                _panel(pose(**CROSSING), view=FRONT, tilt=30, caption="figure.crossing", mark="no",
                      over=[MIDLINE])]},
    {"name": "arm-circles", "page": "adjustments", "section": "warm-up",
     "width": 240, "height": 200,
     "panels": [_panel(pose(**ARMS_OUT), view=FRONT,
                      over=[("arrow", "accent", ("hand_r", 0, 0), 11, 11, -70, 220, False),
                            ("arrow", "accent", ("hand_l", 0, 0), 11, 11, 250, -40, False)])]},
    {"name": "torso-twists", "page": "adjustments", "section": "warm-up",
     "width": 240, "height": 210,
     "panels": [_panel(pose(twist=45, **ARMS_OUT), view=FRONT, tilt=15,
                      over=[("arrow", "accent", ("head", 0, -22), 28, 7, 200, 340, True)])]},
    {"name": "foam-rolling", "page": "adjustments", "section": "after-your-run",
     "width": 240, "height": 120,
     "panels": [_panel(pose(**ON_ROLLER), under=[("ring", "accent", ("back", -4, 18), 10)])]},
    {"name": "vest-fit", "page": "causes", "section": "gear-that-pulls",
     "width": 340, "height": 230,
     "panels": [_panel(run(**TALL), caption="figure.fits", mark="yes", over=SNUG_VEST),
                _panel(run(**PULLED), caption="figure.loose", mark="no", over=LOOSE_VEST)]},
    {"name": "sitting", "page": "causes", "section": "sitting-and-posture",
     "width": 260, "height": 180,
     "panels": [_panel(pose(**SLUMPED), under=CHAIR_AND_DESK)]},
]

FIGURE_BY_NAME = {figure["name"]: figure for figure in FIGURES}
