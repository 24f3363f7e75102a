"""What makes the site an installable app with good link previews.

Icons come from one source image (buildsite/media/icon.png) resized with
Pillow; each page's 1200x630 preview image is drawn, in the page's language, with
the font kept beside it (DejaVu Sans cut to Latin-1: Pillow's own has no "¿" or "ñ"),
so nothing is fetched from anywhere.
"""

import io
import json
from functools import cache
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont

from buildsite import cached, palette
from buildsite.site_pages import language_root, to_root
from pyapp.texts import text

ICON_SOURCE = Path(__file__).resolve().parent / "media" / "icon.png"
# The previews' fonts by the letters they have, as a language declares it (buildsite.languages.DECLARED).
PREVIEW_FONTS = {"latin-1": Path(__file__).resolve().parent / "media" / "DejaVuSans-Latin1.ttf"}  # its licence: DejaVuSans-LICENSE.txt
PREVIEW_FONT = PREVIEW_FONTS["latin-1"]
THEME_COLOR = palette.app_colour("theme")
BACKGROUND_COLOR = palette.app_colour("background")
ICONS = (  # site path, size, purpose
    ("assets/icons/icon-192.png", 192, "any"),
    ("assets/icons/icon-512.png", 512, "any"),
    ("assets/icons/maskable-512.png", 512, "maskable"),
)
APPLE_TOUCH_ICON = ("assets/icons/apple-touch-icon.png", 180)
FAVICON = ("assets/icons/favicon-48.png", 48)
SHORTCUT_ICON = ("assets/icons/shortcut-96.png", 96)
# What a long press on the installed app offers: (its name's catalogue key, address from the language's root).
SHORTCUTS = (
    ("nav.check", "check/"),
    ("nav.log", "log/"),
    ("nav.warning-signs", "warning-signs/"),
    ("stop.card", "adjustments/#when-to-stop"),
)
MANIFEST = "manifest.webmanifest"
OG_SIZE = (1200, 630)
MASKABLE_SAFE_ZONE = 0.8  # the middle 80% survives any mask shape


def og_image_path(page_url):
    """Where a page's preview image lives: '' -> assets/og/home.png, 'check/' -> assets/og/check.png."""
    return "assets/og/{}.png".format(page_url.strip("/").replace("/", "-") or "home")


@cache
def _drawing_inputs():
    """Everything an image here is drawn from besides its own words: this code, Pillow, the
    source icon, the font and the colours. Any change to one draws every image anew."""
    return (Path(__file__).read_bytes(), PIL.__version__, ICON_SOURCE.read_bytes(),
            *(path.read_bytes() for _name, path in sorted(PREVIEW_FONTS.items())),
            *("{}={}".format(name, palette.app_colour(name)) for name in sorted(palette.APP)))


def _save(draw, parts, site_dir, site_path):
    """Write the PNG of the image draw() returns into the site, its folder made if need be; drawn
    only the first time for these parts (the build cache), as drawing one takes a while."""
    def png():
        data = io.BytesIO()
        draw().save(data, format="PNG", optimize=True)
        return data.getvalue()

    target = Path(site_dir) / site_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(cached("png", _drawing_inputs() + parts, png))


def _icon(size, purpose):
    source = Image.open(ICON_SOURCE).convert("RGBA")
    if purpose != "maskable":
        return source.resize((size, size), Image.LANCZOS)
    inner = round(size * MASKABLE_SAFE_ZONE)
    image = Image.new("RGBA", (size, size), THEME_COLOR)
    image.alpha_composite(source.resize((inner, inner), Image.LANCZOS), ((size - inner) // 2,) * 2)
    return image


def write_icons(site_dir):
    for site_path, size, purpose in ICONS + tuple(icon + ("any",) for icon in (APPLE_TOUCH_ICON, FAVICON, SHORTCUT_ICON)):
        _save(lambda: _icon(size, purpose), ("icon", size, purpose), site_dir, site_path)


def manifest_path(lang):
    """Where a language's manifest lives: manifest.webmanifest, es/manifest.webmanifest."""
    return language_root(lang) + MANIFEST


def write_manifest(site_dir, lang):
    """A language's app: its pages (start_url and scope are its own folder), named in its words;
    the icons are the site's, one set for every language."""
    root = to_root(language_root(lang))
    manifest = {
        "name": text(lang, "site.name"),
        "short_name": text(lang, "site.short_name"),
        "description": text(lang, "site.description"),
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "lang": lang,
        "icons": [{"src": root + path, "sizes": "{0}x{0}".format(size), "type": "image/png", "purpose": purpose}
                  for path, size, purpose in ICONS],
        "shortcuts": [{"name": text(lang, key), "url": url, "icons": [
            {"src": root + SHORTCUT_ICON[0], "sizes": "{0}x{0}".format(SHORTCUT_ICON[1]), "type": "image/png"}]}
            for key, url in SHORTCUTS],
    }
    (Path(site_dir) / manifest_path(lang)).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")


def _wrap(text, font, width, draw):
    """Split text into lines that fit width pixels."""
    lines, line = [], ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def write_preview_image(site_dir, page_url, title, site_name, font="latin-1"):
    """A 1200x630 card: the page title large, the site name and icon below, in the font of the letters
    its language declares."""
    _save(lambda: _preview_image(title, site_name, font), ("preview", title, site_name, font), site_dir,
          og_image_path(page_url))


def _preview_image(title, site_name, font):
    image = Image.new("RGB", OG_SIZE, BACKGROUND_COLOR)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, OG_SIZE[0], 24], fill=THEME_COLOR)
    title_font = ImageFont.truetype(str(PREVIEW_FONTS[font]), size=72)
    y = 110
    for line in _wrap(title, title_font, OG_SIZE[0] - 160, draw)[:4]:
        draw.text((80, y), line, font=title_font, fill=palette.app_colour("preview-title"))
        y += 92
    icon = Image.open(ICON_SOURCE).convert("RGBA").resize((96, 96), Image.LANCZOS)
    image.paste(icon, (80, 470), icon)
    name_font = ImageFont.truetype(str(PREVIEW_FONTS[font]), size=36)
    lines = _wrap(site_name, name_font, OG_SIZE[0] - 280, draw)[:2]
    for i, line in enumerate(lines):  # beside the icon, centred on it
        draw.text((200, 518 - 22 * len(lines) + 44 * i), line, font=name_font,
                  fill=palette.app_colour("preview-site-name"))
    return image
