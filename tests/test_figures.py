"""The guidance's drawings: all there, described, small, safe, stable, and readable light or dark."""

import gzip
import hashlib
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jinja2
import pytest

from buildsite import figures, palette, render
from pyapp import texts_en
from pyapp.texts import LANGUAGES, text
from tests.plain_words import too_hard

ROOT = Path(__file__).resolve().parent.parent
SVG_NS = "{http://www.w3.org/2000/svg}"
MAX_GZIP = 4096
REQUIRED = {  # name: page
    "running-tall": "adjustments", "shoulders": "adjustments", "arm-swing": "adjustments",
    "arm-circles": "adjustments", "torso-twists": "adjustments", "foam-rolling": "adjustments",
    "vest-fit": "causes", "sitting": "causes",
}
NAMES = [figure["name"] for figure in figures.FIGURES]
GUIDES = {"adjustments": "docs/adjustments.md", "causes": "docs/causes.md"}


def parsed(name, lang="en"):
    return ET.fromstring(figures.svg(name, lang))


def test_the_table_has_every_required_figure_once():
    assert len(NAMES) == len(set(NAMES))
    assert {f["name"]: f["page"] for f in figures.FIGURES} == REQUIRED


@pytest.mark.parametrize("name", NAMES)
def test_each_figure_belongs_to_a_real_section(name):
    figure = figures.FIGURE_BY_NAME[name]
    guide = (ROOT / GUIDES[figure["page"]]).read_text()
    assert "{#" + figure["section"] + "}" in guide


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_alt_text_is_plain_in_every_language(name, lang):
    alt = figures.alt(name, lang)
    assert alt.endswith(".") and len(alt.split()) >= 8
    assert not re.match(r"(?i)(image|picture|figure|illustration|imagen|dibujo|figura|ilustración) (of|de)", alt)
    assert not too_hard(lang, alt), "{} alt in {}: {}: {!r}".format(name, lang, too_hard(lang, alt), alt)


@pytest.mark.parametrize("name", NAMES)
def test_width_and_height_are_set_and_match_the_viewbox(name):
    figure, root = figures.FIGURE_BY_NAME[name], parsed(name)
    width, height = int(root.get("width")), int(root.get("height"))
    assert (width, height) == (figure["width"], figure["height"])
    x, y, vw, vh = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0)
    assert math.isclose(width / height, vw / vh)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_gzipped_under_4_kb(name, lang):
    assert len(gzip.compress(figures.svg(name, lang).encode(), 9)) < MAX_GZIP


@pytest.mark.parametrize("name", NAMES)
def test_drawing_twice_gives_the_same_bytes(name):
    assert figures.svg(name) == figures.svg(name)


def test_the_same_bytes_in_another_process_with_another_hash_seed():
    code = ("import hashlib; from buildsite import figures; "
            "print([hashlib.sha256(figures.svg(n).encode()).hexdigest() for n in {!r}])").format(NAMES)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "12345"}, check=True).stdout
    assert out.strip() == str([hashlib.sha256(figures.svg(n).encode()).hexdigest() for n in NAMES])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_well_formed_and_self_contained(name, lang):
    text, root = figures.svg(name, lang), parsed(name, lang)
    assert root.tag == SVG_NS + "svg"
    for element in root.iter():
        assert element.tag.startswith(SVG_NS)
        assert element.tag[len(SVG_NS):] not in {"script", "foreignObject", "image", "use", "a"}
        for attribute in element.attrib:
            assert not attribute.lower().startswith("on"), attribute
            assert "href" not in attribute.lower(), attribute
    assert not re.search(r"(?i)url\(|@import|@font-face|javascript:", text)
    assert re.findall(r"https?://[^\"']+", text) == ["http://www.w3.org/2000/svg"]


@pytest.mark.parametrize("name", NAMES)
def test_every_colour_has_a_dark_mode_twin(name):
    style = parsed(name).find(SVG_NS + "style").text
    light, _, dark = style.partition("@media (prefers-color-scheme:dark){")
    assert dark, "no dark-mode media query"
    selectors = re.compile(r"(\.[\w-]+)\{(?:stroke|fill):#")
    assert selectors.findall(light) == selectors.findall(dark)
    used = set(" ".join(e.get("class", "") for e in parsed(name).iter()).split())
    assert used <= {s[1:] for s in selectors.findall(dark)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_text_is_only_short_labels_in_the_pictures_language(name, lang):
    labels = [e.text for e in parsed(name, lang).iter(SVG_NS + "text")]
    assert labels == [text(lang, p["caption"]) for p in figures.FIGURE_BY_NAME[name]["panels"] if p["caption"]]
    assert all(len(label.split()) <= 2 for label in labels)


@pytest.mark.parametrize("name", [name for name in NAMES if figures.FIGURE_BY_NAME[name]["panels"][0]["caption"]])
def test_a_caption_is_drawn_in_its_language_and_nothing_else_changes(name):
    english, spanish = figures.svg(name, "en"), figures.svg(name, "es")
    assert english != spanish
    captions = re.compile(r"<text[^>]*>[^<]*</text>|<path class=\"(yes|no)\"[^>]*/>")  # a label and its mark
    assert captions.sub("", english) == captions.sub("", spanish)


def luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", [0, 1], ids=["light", "dark"])
@pytest.mark.parametrize("name", [n for n in palette.DRAWING if n != "bg"])
def test_colours_stand_out_from_the_background(name, scheme):
    """WCAG: 3:1 for the parts of a picture; the ink is also the labels' colour, so 4.5:1."""
    needed = 4.5 if name == "ink" else 3
    colours = palette.drawing_colours()
    assert contrast(colours[name][scheme], colours["bg"][scheme]) >= needed


@pytest.mark.parametrize("name", NAMES)
def test_every_body_has_the_same_proportions(name):
    body = figures.BODY
    lengths = {("shoulder_", "elbow_"): body["upper_arm"], ("elbow_", "wrist_"): body["forearm"],
               ("hip_", "knee_"): body["thigh"], ("knee_", "ankle_"): body["shin"],
               ("ankle_", "toe_"): body["foot"]}
    for item in figures.FIGURE_BY_NAME[name]["panels"]:
        joints = figures.skeleton(item["pose"])
        for (a, b), length in lengths.items():
            for side in "lr":
                assert math.dist(joints[a + side], joints[b + side]) == pytest.approx(length)


def test_a_figure_too_small_for_its_drawing_fails_the_build():
    with pytest.raises(ValueError, match="sitting: panel 1 needs"):
        figures.draw({**figures.FIGURE_BY_NAME["sitting"], "width": 80})


def test_a_pose_names_only_real_joints():
    with pytest.raises(KeyError, match="elbowz"):
        figures.pose(elbowz=(0, 0, 0, 0, 0))


def test_write_figures_puts_each_under_its_languages_assets(tmp_path):
    written = figures.write_figures(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(
        ["assets/figures/{}.svg".format(n) for n in NAMES] + ["es/assets/figures/{}.svg".format(n) for n in NAMES])
    for name in NAMES:
        for lang in LANGUAGES:
            assert (tmp_path / figures.path(name, lang)).read_bytes() == figures.svg(name, lang).encode()


@pytest.mark.parametrize("prefix,src", [("", "assets/figures/sitting.svg"),
                                        ("../", "../assets/figures/sitting.svg"),
                                        ("..", "../assets/figures/sitting.svg"),
                                        ("/sub/", "/sub/assets/figures/sitting.svg")])
def test_figure_html_is_one_sized_lazy_img(prefix, src):
    tag = figures.figure_html("sitting", prefix)
    element = ET.fromstring(tag.replace(">", "/>", 1) if not tag.endswith("/>") else tag)
    figure = figures.FIGURE_BY_NAME["sitting"]
    assert element.tag == "img"
    assert element.attrib == {"src": src, "alt": figures.alt("sitting"), "width": str(figure["width"]),
                              "height": str(figure["height"]), "loading": "lazy",
                              "decoding": "async", "class": "figure"}


def test_figure_html_for_the_first_screen_is_not_lazy():
    assert ' loading=' not in figures.figure_html("sitting", "../", lazy=False)
    assert figures.figure_html("sitting", "../", lazy=False) == figures.figure_html(
        "sitting", "../").replace(' loading="lazy"', "")


def test_figure_html_escapes_the_alt_text(monkeypatch):
    monkeypatch.setitem(texts_en.TEXTS, "figure.sitting", 'A "quoted" <b> & more.')
    assert 'alt="A &quot;quoted&quot; &lt;b&gt; &amp; more."' in figures.figure_html("sitting")


def test_figure_html_in_spanish_shows_the_spanish_copy_described_in_spanish():
    tag = figures.figure_html("sitting", "../../", lang="es")
    assert 'src="../../es/assets/figures/sitting.svg"' in tag
    assert 'alt="{}"'.format(text("es", "figure.sitting")) in tag


# On the page: {{ figure("name", ...) }} in the guidance (buildsite.render) ------------

def test_a_pages_first_pictures_load_at_once_and_the_rest_when_near():
    figure = render.figure_function("adjustments/")
    first, later = figure("running-tall"), figure("shoulders")
    assert first == '<p class="figures">{}</p>'.format(figures.figure_html("running-tall", "../", lazy=False))
    assert later == '<p class="figures">{}</p>'.format(figures.figure_html("shoulders", "../"))


def test_a_spanish_page_shows_the_spanish_pictures():
    figure = render.figure_function("es/adjustments/", "es")
    assert figure("running-tall") == '<p class="figures">{}</p>'.format(
        figures.figure_html("running-tall", "../../", lazy=False, lang="es"))


def test_pictures_named_together_share_one_row():
    row = render.figure_function("adjustments/")("arm-circles", "torso-twists")
    assert row == '<p class="figures">{}{}</p>'.format(figures.figure_html("arm-circles", "../", lazy=False),
                                                       figures.figure_html("torso-twists", "../", lazy=False))


@pytest.mark.parametrize("page_url,name", [("causes/", "running-tall"), ("adjustments/", "no-such"),
                                           ("", "sitting")])
def test_a_page_may_show_only_its_own_pictures(page_url, name):
    with pytest.raises(jinja2.TemplateRuntimeError) as raised:
        render.figure_function(page_url)(name)
    own = ", ".join(f["name"] for f in figures.FIGURES if f["page"] == render.page_name(page_url))
    assert str(raised.value) == "no figure {!r} for this page (its figures: {})".format(name, own or "none")


@pytest.mark.parametrize("page_url,name", [("", "index"), ("causes/", "causes"), ("causes.html", "causes"),
                                           ("sub/adjustments/", "adjustments"), ("es/adjustments/", "adjustments")])
def test_page_name(page_url, name):
    assert render.page_name(page_url) == name
