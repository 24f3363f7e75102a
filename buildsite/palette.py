"""The site's colours, each defined once: the pages' CSS custom properties, the drawings, the
app's manifest and icons, and the link previews all read them here.

A colour is "#rrggbb"; in its place a name means that entry's colour in the same scheme, so a
colour shared by two roles (the focus ring is the accent) is still written once.
"""

LIGHT, DARK = 0, 1

# name: (light, dark). Every page has each one as a CSS custom property, --name, in this order.
PAGE = {
    "bg": ("#ffffff", "#121316"),
    "fg": ("#1b1d21", "#e8e9ec"),
    "muted": ("#555b66", "#b0b5bf"),
    "line": ("#d5d8de", "#3a3d44"),
    "card": ("#f5f6f8", "#1d1f24"),
    "accent": ("#0b57d0", "#a8c7fa"),
    "accent-fg": ("bg", "#0a1a33"),
    "focus": ("accent", "accent"),
    # the outcome levels, each with its background
    "urgent": ("#b3261e", "#ffb4ab"),
    "urgent-bg": ("#fde7e6", "#3b1412"),
    "professional": ("#8a4b00", "#ffcf99"),
    "professional-bg": ("#fff0d9", "#33230f"),
    "stop": ("#7a4d00", "#f3d27a"),
    "stop-bg": ("#fff6d6", "#2e2710"),
    "modify": ("accent", "accent"),
    "modify-bg": ("#e6effc", "#132440"),
    "run": ("#146c2e", "#8fd6a0"),
    "run-bg": ("#e4f4e8", "#12291a"),
}

# Paper is printed in the light scheme's colours, whatever the screen's: each a custom property too.
PRINT = {"print-ink": "#000000", "print-paper": "bg"}

# The drawings' colour classes (buildsite/figures/): name: (light, dark).
DRAWING = {
    "ink": ("fg", "fg"),
    "far": ("#7d838d", "#8a909a"),  # limbs behind the body
    "bg": ("bg", "bg"),
    "accent": ("accent", "accent"),
    "yes": ("run", "run"),
    "no": ("urgent", "urgent"),
}

# The installed app and the link previews, which have the light scheme only.
APP = {"theme": "accent", "background": "bg", "preview-title": "fg", "preview-site-name": "#444a55"}


def colour(value, scheme=LIGHT):
    """A colour as "#rrggbb": value itself, or the colour of the PAGE entry it names."""
    while not value.startswith("#"):
        value = PAGE[value][scheme]
    return value


def app_colour(name):
    """One of APP's colours."""
    return colour(APP[name])


def drawing_colours():
    """{class: (light, dark)} for the drawings."""
    return {name: tuple(colour(value, scheme) for scheme, value in enumerate(colours))
            for name, colours in DRAWING.items()}


def _properties(scheme):
    return "".join("--{}:{};".format(name, colour(colours[scheme], scheme)) for name, colours in PAGE.items())


def custom_properties():
    """The CSS that defines every colour as a custom property, for the light and the dark scheme."""
    printed = "".join("--{}:{};".format(name, colour(value)) for name, value in PRINT.items())
    return (":root{" + _properties(LIGHT) + printed + "color-scheme:light dark}\n"
            "@media (prefers-color-scheme:dark){:root{" + _properties(DARK).rstrip(";") + "}}")
