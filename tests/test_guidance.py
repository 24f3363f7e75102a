"""The guidance pages: every link the engine gives resolves, each sign is explained with the
urgency the check gives it, and nothing is written twice."""

import re
from html.parser import HTMLParser

import pytest

from buildsite.site_pages import ALL_PAGES, in_language
from pyapp import outcomes
from pyapp.policy import MILD_PAIN, PAIN_SEVERE_AT, PAIN_STOP_AT
from pyapp.questions import QUESTIONS
from pyapp.texts import LANGUAGES, text


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)


def anchors_of(site_dir, page):
    parser = Anchors()
    parser.feed((site_dir / page / "index.html").read_text())
    return parser.ids


class Sections(HTMLParser):
    """The words of a page's <main> under each heading that has an id, up to the next heading."""

    HEADINGS = ("h1", "h2", "h3", "h4")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words, self.order, self.current, self.in_main = {}, [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_main |= tag == "main"
        if self.in_main and tag in self.HEADINGS:
            self.current = attrs.get("id")
            if self.current:
                self.order.append(self.current)
                self.words[self.current] = ""

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main, self.current = False, None

    def handle_data(self, data):
        if self.in_main and self.current:
            self.words[self.current] += data


def sections_of(site_dir, page):
    parser = Sections()
    parser.feed((site_dir / page / "index.html").read_text(encoding="utf-8"))
    return {anchor: re.sub(r"\s+", " ", words) for anchor, words in parser.words.items()}, parser.order


def main_words(site_dir, page):
    markup = (site_dir / page / "index.html").read_text(encoding="utf-8")
    main = markup.split("<main", 1)[1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    parser = HTMLParser(convert_charrefs=True)
    words = []
    parser.handle_data = words.append
    parser.feed(main)
    return re.sub(r"\s+", " ", " ".join(words))


def guide_links():
    return sorted({outcomes.guide(reason_id) for reason_id in outcomes.REASONS} | {q["guide"] for q in QUESTIONS})


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("guide", guide_links())
def test_every_engine_link_points_at_a_real_guidance_anchor_in_every_language(site_dir, guide, lang):
    page, _, anchor = in_language(guide, lang).partition("#")
    assert (site_dir / page / "index.html").exists(), guide
    if anchor:
        assert anchor in anchors_of(site_dir, page), guide


# Where each warning sign is explained on the warning signs page: the section of the urgency the
# check gives it (SPEC section 2: the same sign, the same urgency, wherever it is named).
WARNING_SIGNS_SECTION = (
    ("chest-pain-or-trouble-breathing", "get-help-now"),
    ("legs-bladder-or-bowel", "get-help-now"),
    ("pain-after-a-fall-or-injury", "get-help-now"),
    ("numbness-tingling-or-weakness", "see-a-doctor-or-physiotherapist"),
    ("fever-chills-or-weight-loss", "see-a-doctor-or-physiotherapist"),
    ("pain-at-night", "see-a-doctor-or-physiotherapist"),
    ("severe-pain", "see-a-doctor-or-physiotherapist"),
    ("pain-that-spreads", "see-a-doctor-or-physiotherapist"),
    ("pain-that-lasts", "see-a-doctor-or-physiotherapist"),
    ("pain-that-gets-worse", "stop-running-and-rest"),
    ("sharp-pain", "stop-running-and-rest"),
    ("pain-after-you-stop", "stop-running-and-rest"),
    ("pain-that-changes-how-you-run", "stop-running-and-rest"),
)
LEVEL_SECTIONS = ("get-help-now", "see-a-doctor-or-physiotherapist", "stop-running-and-rest")


def test_every_warning_sign_the_engine_links_to_has_its_section():
    linked = {guide.partition("#")[2] for guide in guide_links() if guide.startswith("warning-signs/#")}
    assert linked - {"pain-scale"} <= {anchor for anchor, _section in WARNING_SIGNS_SECTION}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("anchor,section", WARNING_SIGNS_SECTION)
def test_each_warning_sign_is_explained_under_the_urgency_the_check_gives_it(site_dir, lang, anchor, section):
    """H-WORDS-2: the same sign, less urgent in another place. On the guidance page a sign's
    section sits under the heading of the level the check gives it, in every language."""
    _words, order = sections_of(site_dir, in_language("warning-signs/", lang))
    assert anchor in order, anchor
    before = [found for found in order[:order.index(anchor)] if found in LEVEL_SECTIONS]
    assert before and before[-1] == section, "{} sits under {}".format(anchor, before[-1:] or "no level")


# What each section must say, with the hazard it guards: the catalogue's own texts for the
# action (typed once, in the engine), then the words that show the sign is named as widely as
# the check asks it.
NHS_PAGE = "nhs.uk/conditions/back-pain"
GUIDE_SAYS = (
    ("H-CHEST-1", "chest-pain-or-trouble-breathing", ("emergency.call_now", "emergency.numbers"),
     {"en": ("pressure or tightness", "trouble breathing", "breathe in", "last run", "even if it has eased"),
      "es": ("presión u opresión", "respirar", "al tomar aire", "la última vez que corriste", "aunque ya se te haya")}),
    ("H-CES-1", "legs-bladder-or-bowel", ("care.legs", "emergency.numbers"),
     {"en": ("both legs", "bottom or genitals", "trouble peeing", "bladder or bowel control", NHS_PAGE),
      "es": ("las dos piernas", "nalgas o los genitales", "orinar", "la orina o las heces", NHS_PAGE)}),
    ("H-INJ-1", "pain-after-a-fall-or-injury", ("care.injury", "care.injury_call"),
     {"en": ("severe pain start suddenly", "a fall, a crash or a blow", "not severe or sudden", "without delay"),
      "es": ("dolor fuerte de repente", "una caída, un choque o un golpe", "no fue fuerte ni de repente",
             "sin demora")}),
    ("H-NEURO-1", "numbness-tingling-or-weakness", (),
     {"en": ("anywhere", "arms and hands as examples", "chest", "belly", "leg"),
      "es": ("alguna parte del cuerpo", "los brazos y las manos", "el pecho", "la barriga", "una pierna")}),
    ("H-SYSTEMIC-1", "fever-chills-or-weight-loss", (),
     {"en": ("whatever you think caused them",), "es": ("sea cual sea la causa",)}),
    ("H-NIGHT-1", "pain-at-night", (),
     {"en": ("worse at night", "wake you up", "without delay", NHS_PAGE),
      "es": ("peor por la noche", "te despierta", "sin demora", NHS_PAGE)}),
    ("H-SEVERE-1", "severe-pain", (),
     {"en": ("{} or more".format(PAIN_SEVERE_AT), "without delay", "even if no other sign", "our own rule"),
      "es": ("{} o más".format(PAIN_SEVERE_AT), "sin demora", "ninguna otra señal", "Esta regla es nuestra")}),
    ("H-WORSE-1", "pain-that-gets-worse", (),
     {"en": ("while you run", "from one day to the next", NHS_PAGE),
      "es": ("mientras corres", "de un día para otro", NHS_PAGE)}),
)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("hazard,anchor,keys,says", GUIDE_SAYS, ids=[row[1] for row in GUIDE_SAYS])
def test_each_warning_sign_says_what_the_check_asks_and_does(site_dir, lang, hazard, anchor, keys, says):
    """H-WORDS-2: the same sign, less urgent in another place; and each row's hazard, a sign
    asked more narrowly than the check asks it. The guidance gives each sign the check's action,
    in the engine's own words, and names it as widely as the question does."""
    words, _order = sections_of(site_dir, in_language("warning-signs/", lang))
    for key in keys:
        assert text(lang, key) in words[anchor], "{} ({}): {}".format(anchor, hazard, key)
    for phrase in says[lang]:
        assert phrase in words[anchor], "{} ({}): {!r}".format(anchor, hazard, phrase)


# "Not sure whether a sign applies? Treat it as yes.": said once, before the first sign.
NOT_SURE = {"en": "Not sure whether a sign applies? Treat it as yes.",
            "es": "¿No sabes si una señal te pasa a ti? Tómala como un sí."}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_warning_signs_page_says_not_sure_means_yes_before_any_sign(site_dir, lang):
    """H-UNSURE-1: an unsure runner answers "no". The guidance says once, before any sign,
    which way to lean."""
    words, order = sections_of(site_dir, in_language("warning-signs/", lang))
    top = words[order[0]]
    assert top.count(NOT_SURE[lang]) == 1, top
    assert sum(found.count(NOT_SURE[lang]) for found in words.values()) == 1


# The emergency blocks outside the warning signs page: every sign that means help now, each
# with the engine's own action.
EMERGENCY_KEYS = ("emergency.call_now", "emergency.numbers", "care.legs", "care.injury", "care.injury_call")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", ("", "about/"))
def test_each_emergency_block_names_every_emergency_sign_with_its_action(site_dir, lang, page):
    """H-EMERG-1 (emergency care named two ways) and H-INJ-2 (after a serious injury, told to
    go "today"): the home and about pages' "In an emergency" give every emergency sign the
    result's own action, now."""
    words, _order = sections_of(site_dir, in_language(page, lang))
    for key in EMERGENCY_KEYS:
        assert text(lang, key) in words["emergency"], key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_puts_the_emergency_before_the_guidance_links(site_dir, lang):
    """H-CARD-1: the stop card leaves out the emergency signs. On the home page a runner meets
    the emergency block before any link away (SPEC section 7: the life-threatening first)."""
    _words, order = sections_of(site_dir, in_language("", lang))
    assert order.index("emergency") < order.index("learn-more")
    assert order.index("emergency") < order.index("what-decides-it")


# What no page may say: a promise that the pain will pass (the source makes none), or an
# emergency sign sent anywhere but the emergency department now ("today", "urgent care"), or a
# warning sign limited to the arms and hands, or "even with rest" on how long the pain has lasted.
NEVER = {
    "en": (r"\bsettle", r"\bwill (pass|go away|get better)\b", r"urgent care", r"emergency[^.]*\btoday\b",
           r"numbness, tingling or weakness in your arms or hands", r"\beven with rest\b",
           r"clear answer"),
    "es": (r"\bcalm(arse|e)\b", r"\bse (te )?pasar[áa]\b", r"\bhoy a urgencias\b", r"\burgencias hoy\b",
           r"hormigueo o (la )?debilidad en los brazos o las manos", r"aunque descanses", r"incluso si descansas",
           r"respuesta clara"),
}


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_page_promises_the_pain_will_pass_or_sends_an_emergency_anywhere_but_now(site_dir, page):
    """H-WORDS-1 (reassurance the article does not give), H-INJ-2 (an emergency sent "today"),
    H-NEURO-1 (numbness asked in the arms or hands only): on no page, in either language."""
    lang = page.split("/", 1)[0] if page.split("/", 1)[0] in LANGUAGES else "en"
    words = main_words(site_dir, page)
    found = [pattern for pattern in NEVER[lang] if re.search(pattern, words, re.I)]
    assert not found, "{}: {}".format(page, found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_is_explained_on_the_warning_signs_page(site_dir, lang):
    html = (site_dir / in_language("warning-signs/", lang) / "index.html").read_text()
    table = html[html.index('id="what-the-check-does"'):]
    for question in QUESTIONS:
        words = text(lang, question["text"])
        assert words.replace("\u2019", "&rsquo;") in table or words in table


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_template_syntax_is_left_in_a_page(site_dir, page):
    html = (site_dir / page / "index.html").read_text()
    assert not re.search(r"\{\{|\{%", html)


@pytest.mark.parametrize("lang,less,more", (("en", "or less", "or more"), ("es", "o menos", "o más")))
def test_thresholds_in_the_guidance_come_from_the_engine(site_dir, lang, less, more):
    html = (site_dir / in_language("warning-signs/", lang) / "index.html").read_text()
    assert "<strong>{} {}:</strong>".format(MILD_PAIN[1], less) in html
    assert "<strong>{} {}:</strong>".format(PAIN_STOP_AT, more) in html
    assert "<strong>{} {}:</strong>".format(PAIN_SEVERE_AT, more) in html
