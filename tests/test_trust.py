"""What a runner, and a physio they show it to, needs to trust a page: the source it
follows, when it was last checked against it and when the next check is due (never a
clinician's review that did not happen), how the check decides, and an accessibility
statement reachable from every page."""

import re

import pytest

from buildsite.site_pages import NAV_PAGES, PAGES, PYTHON_PAGES, in_language
from pyapp.dates import date_text
from pyapp.source import SOURCE_TITLE
from pyapp.texts import LANGUAGES, text
from tests.checker import wait_for_engine

# Every page that gives guidance, the check and the log (ARCHITECTURE.md rule 5): the site's nav.
REVIEWED_PAGES = NAV_PAGES
STATEMENT = {"en": ("(WCAG) 2.2 at level AA", "How we test it", "What does not work well yet",
                    "You do not need an account"),
             "es": ("(WCAG) 2.2, en el nivel AA", "Cómo lo probamos", "Lo que aún no funciona bien")}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", REVIEWED_PAGES)
def test_every_page_says_its_source_and_when_it_was_last_and_next_checked(page, base_url, path, lang):
    page.goto(base_url + in_language(path, lang))
    if path in PYTHON_PAGES:
        assert wait_for_engine(page) == "ready"
    box = page.get_by_role("complementary", name=text(lang, "frame.review"))
    words = box.inner_text()
    assert SOURCE_TITLE in words
    last, due = [t.get_attribute("datetime") for t in box.locator("time").all()]
    assert last < due
    said = text(lang, "frame.review_dates", reviewed=date_text(lang, last), next_review=date_text(lang, due))
    assert said in words, "the dates in the page's language: " + words
    assert page.locator("main[itemscope] [itemprop=lastReviewed]").get_attribute("datetime") == last
    assert not re.search(r"review(ed)? by (a|our) (doctor|physio|clinician)", words, re.I)
    box.get_by_role("link", name=text(lang, "frame.review_how")).click()
    page.wait_for_url(base_url + in_language("warning-signs/", lang) + "#what-the-check-does")
    assert page.locator("#what-the-check-does").is_visible()


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


def test_the_about_page_says_no_clinician_has_reviewed_the_site(site_dir):
    text = (site_dir / "about" / "index.html").read_text()
    assert "No doctor or physio has reviewed the site yet." in text
