"""What a runner, and a physio they show it to, needs to trust a page: the source it
follows, when it was last checked against it and when the next check is due (never a
clinician's review that did not happen, and every page says none has), how the check decides,
what the site added of its own and from where, how it keeps a hazard log, and an accessibility
statement reachable from every page."""

import html
import re
from html.parser import HTMLParser

import pytest

from buildsite.site_pages import ALL_PAGES, NAV_PAGES, PAGES, PYTHON_PAGES, in_language
from pyapp.dates import date_text
from pyapp.policy import PAIN_SEVERE_AT
from pyapp.questions import QUESTIONS
from pyapp.source import SOURCE_TITLE
from pyapp.texts import LANGUAGES, text
from tests.checker import wait_for_engine
from tests.conftest import ROOT

# Every page that gives guidance, the check and the log (ARCHITECTURE.md rule 5): the site's nav.
REVIEWED_PAGES = NAV_PAGES
STATEMENT = {"en": ("(WCAG) 2.2 at level AA", "How we test it", "What does not work well yet",
                    "You do not need an account"),
             "es": ("(WCAG) 2.2, en el nivel AA", "Cómo lo probamos", "Lo que aún no funciona bien")}
# The notice's sentences that may speak of a review at all: each says what the check was (against
# the article, not a medical review) or that no clinician has reviewed the site. Anything else in
# the notice that says "review" reads as a clinical claim (H-TRUST-1).
NOTICE_REVIEW_KEYS = ("frame.review_dates", "frame.not_reviewed")
REVIEW_WORDS = re.compile(r"review|revis", re.I)
# What frame.not_reviewed must say, in each language: a negation naming both professions.
NOT_REVIEWED = {"en": re.compile(r"^No doctor or physio has reviewed this site\.$"),
                "es": re.compile(r"\bno\b.*\bm[ée]dico\b.*\bfisioterapeuta\b", re.I)}
# What the about page says plainly, in its own words, where it says where the guidance comes from.
ABOUT_NOT_REVIEWED = {"en": "No doctor or physio has reviewed this site.",
                      "es": "Ningún médico ni fisioterapeuta ha revisado este sitio, ni en inglés ni en español."}
# What frame.review_dates must say of itself, in each language.
NOT_MEDICAL = {"en": "This is not a medical review.", "es": "Esto no es una revisión médica."}
NHS_PAGE = "nhs.uk/conditions/back-pain"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", REVIEWED_PAGES)
def test_every_page_says_its_source_and_when_it_was_last_and_next_checked(page, base_url, path, lang):
    """H-TRUST-1: a page's notice reads like a clinical review. Every page, in every language,
    says it was checked against the article (not a medical review), when the next check is due,
    and that no doctor or physio has reviewed the site; nothing else in it speaks of a review."""
    page.goto(base_url + in_language(path, lang))
    if path in PYTHON_PAGES:
        assert wait_for_engine(page) == "ready"
    box = page.get_by_role("complementary", name=text(lang, "frame.review"))
    words = box.inner_text()
    assert text(lang, "frame.review_source", source=SOURCE_TITLE) in words
    last, due = [t.get_attribute("datetime") for t in box.locator("time").all()]
    assert last < due
    said = text(lang, "frame.review_dates", reviewed=date_text(lang, last), next_review=date_text(lang, due))
    assert said in words, "the dates in the page's language: " + words
    assert text(lang, "frame.not_reviewed") in words, "no doctor or physio has reviewed it: " + words
    assert page.locator("main[itemscope] [itemprop=lastReviewed]").get_attribute("datetime") == last
    rest = words.replace(said, "").replace(text(lang, "frame.not_reviewed"), "")
    assert not REVIEW_WORDS.search(rest), "only the catalogue's own sentences speak of a review: " + words
    box.get_by_role("link", name=text(lang, "frame.review_how")).click()
    page.wait_for_url(base_url + in_language("warning-signs/", lang) + "#what-the-check-does")
    assert page.locator("#what-the-check-does").is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_notice_words_say_it_is_no_clinical_review(lang):
    """H-TRUST-1: a page's notice reads like a clinical review. The catalogue's notice says the
    check was against the article and is not a medical review, and that no doctor or physio has
    reviewed the site: a negation, never "Reviewed" or "Revisada" as a claim."""
    assert NOT_REVIEWED[lang].search(text(lang, "frame.not_reviewed")), text(lang, "frame.not_reviewed")
    dates = text(lang, "frame.review_dates", reviewed="R", next_review="N")
    assert not re.match(r"(last )?review|revisad", dates, re.I), "a date line that opens like a review: " + dates
    assert NOT_MEDICAL[lang] in dates
    assert SOURCE_TITLE in text(lang, "frame.review_source", source=SOURCE_TITLE)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES + ("no-such-page/",))
def test_the_accessibility_statement_is_linked_from_every_page(page, base_url, path, lang):
    page.goto(base_url + in_language(path, lang))
    page.locator(".site-footer").get_by_role("link", name=text(lang, "frame.accessibility")).click()
    page.wait_for_url(base_url + in_language("accessibility/", lang))
    main = page.locator("main").inner_text()
    for says in STATEMENT[lang]:
        assert says in main
    assert page.get_by_role("link", name=re.compile("@")).get_attribute("href").startswith("mailto:")


class Sections(HTMLParser):
    """A page's text under each heading id (h2 and below), and every link's href."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections, self.items, self.hrefs, self.current, self.item = {}, {}, [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("h2", "h3") and attrs.get("id"):
            self.current = attrs["id"]
            self.sections[self.current], self.items[self.current] = "", []
        if tag == "li" and self.current:
            self.item = ""
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "li" and self.item is not None:
            self.items[self.current].append(re.sub(r"\s+", " ", self.item).strip())
            self.item = None

    def handle_data(self, data):
        if self.current:
            self.sections[self.current] += data
            if self.item is not None:
                self.item += data


def about_page(site_dir, lang):
    parser = Sections()
    parser.feed((site_dir / in_language("about/", lang) / "index.html").read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_about_page_says_no_doctor_or_physio_has_reviewed_the_site(site_dir, lang):
    """H-TRUST-1: a page's notice reads like a clinical review. The about page says it plainly
    where it says where the guidance comes from, and that its checks are no medical review."""
    about = about_page(site_dir, lang)
    source = re.sub(r"\s+", " ", about.sections["source"])
    assert ABOUT_NOT_REVIEWED[lang] in source
    assert NHS_PAGE in source, "the one guideline the site takes the safe side from, named"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_about_page_says_how_the_site_is_kept_safe_and_where_the_hazard_log_is(site_dir, lang):
    """H-TRUST-1: a page's notice reads like a clinical review; the about page says what is done
    instead: a hazard log (SAFETY.md, in the manner of DCB0129), named where a reader can find it.
    The log is no page of the site, so the about page names the file (and links to the source
    code when mkdocs.yml gives its address, repo_url), and the file it names exists."""
    about = about_page(site_dir, lang)
    safety = about.sections["safety"]
    assert "SAFETY.md" in safety and "DCB0129" in safety
    assert "#safety" in about.hrefs, "the about page points its reader at the section"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    repo_url = re.search(r"^repo_url:\s*(\S+)", config, re.M)
    if repo_url:
        assert any(href.startswith(repo_url.group(1)) for href in about.hrefs), "a link to the source code"
    assert (ROOT / "SAFETY.md").is_file(), "the hazard log the about page names"


# Every rule of the site's own (SPEC sections 1 and 2): a phrase of its entry under "What we
# added", in each language, and whether it rests on the NHS's page on back pain (then its entry
# names that page, as text). A question whose source names the NHS must be here.
OWN_RULES = (
    # rule, {lang: a phrase of its entry}, named with the NHS's page
    ("legs_or_bladder", {"en": "both legs weak, numb or tingling",
                         "es": "las dos piernas débiles, dormidas o con hormigueo"}, True),
    ("trauma", {"en": "go to the emergency department (A&E) now",
                "es": "vayas ahora a urgencias"}, True),
    ("injury", {"en": "fall, crash or blow", "es": "caída, choque o golpe"}, True),
    ("night", {"en": "worse at night", "es": "peor por la noche"}, True),
    ("pain_8_plus", {"en": "Pain of {} or more out of 10".format(PAIN_SEVERE_AT),
                     "es": "Un dolor de {} o más sobre 10".format(PAIN_SEVERE_AT)}, True),
    ("worsening", {"en": "from one day to the next", "es": "de un día para otro"}, True),
    ("chest_or_breathing", {"en": "pain that makes breathing hard", "es": "o que hace difícil respirar"}, False),
    ("chest_wider", {"en": "chest pressure or tightness", "es": "la presión o la opresión en el pecho"}, False),
    ("neuro", {"en": "your chest or belly, or a leg", "es": "el pecho o la barriga, o una pierna"}, False),
    ("systemic", {"en": "whatever you think caused them", "es": "sea cual sea la causa"}, False),
    ("over_2_weeks", {"en": "two to three weeks", "es": "dos o tres semanas"}, False),
    ("unsure_or_worried", {"en": "unsure or worried? See a doctor or physio",
                           "es": "Si tienes dudas o te preocupa, ve a un médico o fisioterapeuta"}, False),
    ("stop_card", {"en": "The stop card also says", "es": "El recuadro de cuándo parar también dice"}, False),
)


def test_every_question_that_rests_on_the_nhs_is_a_rule_the_about_page_lists():
    nhs = {question["key"] for question in QUESTIONS if "NHS" in question["source"]}
    listed = {rule for rule, _phrases, named in OWN_RULES if named}
    assert nhs <= listed, "missing from OWN_RULES: {}".format(sorted(nhs - listed))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("rule,phrases,nhs", OWN_RULES, ids=[rule for rule, _p, _n in OWN_RULES])
def test_the_about_page_lists_each_rule_of_our_own_with_its_source(site_dir, lang, rule, phrases, nhs):
    """The about page hides no rule of the site's own (SPEC section 2: "the about page lists it"),
    and names the NHS's page on back pain beside each rule that rests on it."""
    items = about_page(site_dir, lang).items["what-we-added"]
    entries = [item for item in items if phrases[lang] in item]
    assert entries, "no entry for {} under What we added".format(rule)
    if nhs:
        assert any(NHS_PAGE in entry for entry in entries), "the NHS's page named for " + rule


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_about_page_lists_not_sure_answer_yes(site_dir, lang):
    items = about_page(site_dir, lang).items["what-we-added"]
    assert any(text(lang, "question.not_sure") in item for item in items)


@pytest.mark.parametrize("page", ALL_PAGES)
def test_the_nhs_page_is_named_as_text_never_linked_or_loaded(site_dir, page):
    """The NHS's page is named so a reader can find it; no page links to it or asks that host
    for anything (SPEC: no page asks another host for anything)."""
    markup = (site_dir / page / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"""(href|src|srcset|action)\s*=\s*["'][^"']*nhs\.uk""", markup, re.I), page
    assert "://nhs.uk" not in markup and "www.nhs.uk" not in markup, page
