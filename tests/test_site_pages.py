"""Every page of ARCHITECTURE.md rule 5, in every language, in the real Chromium, over http."""

import pytest

from buildsite.site_pages import ALL_PAGES, PYTHON_PAGES, in_language
from pyapp import assess
from pyapp.texts import text
from tests.checker import outcome_level, wait_for_engine, whole_link

pytestmark = pytest.mark.browser


# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True


def language_of(path):
    return "es" if path.startswith("es/") else "en"


def is_python_page(path):
    return path.split("#")[0].removeprefix("es/") in PYTHON_PAGES


@pytest.mark.parametrize("path", ALL_PAGES)
def test_page_renders_with_one_h1_and_no_console_errors_and_nothing_scrolls_sideways(page, base_url, path):
    """Each page loaded once on a phone for all its checks here."""
    response = page.goto(base_url + path)
    assert response.status == 200
    if is_python_page(path):
        assert wait_for_engine(page) == "ready"
    assert page.locator("h1").count() == 1
    assert page.title()
    assert page.locator("html").get_attribute("lang") == language_of(path)
    assert page.locator("main").count() == 1 and page.locator("nav").count() >= 1
    assert page.log.errors == []
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "{} scrolls sideways on a phone by {} px".format(path, overflow)


def test_no_page_asks_another_host_for_anything(page, base_url):
    for path in ALL_PAGES + ("check/#pain=5&neuro=1", "es/check/#pain=5&neuro=1", "no-such-page/",
                             "es/no-such-page/"):
        page.goto(base_url + path)
        if is_python_page(path):
            wait_for_engine(page)
    assert page.log.requests, "the log must have seen the site's own requests"
    # PyScript starts the check's worker from a blob: URL this page made: memory, not a host
    assert [url for url in page.log.requests if not url.startswith((base_url, "blob:" + base_url))] == []
    assert any(url.endswith("/py/worker.py") for url in page.log.requests), "the worker's own requests too"


@pytest.mark.parametrize("lang", ("en", "es"))
def test_the_skip_link_moves_to_the_main_content(page, base_url, lang):
    page.goto(base_url + in_language("causes/", lang))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name=text(lang, "frame.skip"))
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("lang", ("en", "es"))
def test_unknown_address_gets_the_not_found_page_in_its_language(page, base_url, lang):
    response = page.goto(base_url + in_language("no-such-page/", lang))
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").inner_text() == text(lang, "frame.not_found")
    page.get_by_role("link", name=text(lang, "frame.the_check")).click()
    assert page.url == base_url + in_language("check/", lang)


@pytest.mark.parametrize("start,other", (("check/", "es"), ("es/check/", "en")))
def test_the_language_link_keeps_the_share_links_answers(page, base_url, start, other):
    answers = {"pain": 2, "neuro": True}
    fragment = "#" + whole_link(answers)
    page.goto(base_url + start + fragment)
    assert wait_for_engine(page) == "ready"
    with page.expect_navigation():
        page.get_by_role("link", name=text(other, "site.language_name"), exact=True).click()
    assert page.url == base_url + in_language("check/", other) + fragment
    assert page.locator("html").get_attribute("lang") == other
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == assess(answers)["level"]


def test_the_language_link_keeps_the_section_being_read_and_leads_home_from_home(page, base_url):
    page.goto(base_url + "warning-signs/#chest-pain-or-trouble-breathing")
    page.get_by_role("link", name="Español", exact=True).click()
    page.wait_for_url(base_url + "es/warning-signs/#chest-pain-or-trouble-breathing")
    assert page.locator("#chest-pain-or-trouble-breathing").is_visible()
    page.goto(base_url + "es/")
    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(base_url)
    assert page.locator("html").get_attribute("lang") == "en"
