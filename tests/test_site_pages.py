"""Every page of ARCHITECTURE.md rule 5, in the real Chromium, over http."""

import pytest

from buildsite.site_pages import PAGES, PYTHON_PAGES
from tests.checker import wait_for_engine

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_with_one_h1_and_no_console_errors(page, base_url, path):
    response = page.goto(base_url + path)
    assert response.status == 200
    if path in PYTHON_PAGES:
        assert wait_for_engine(page) == "ready"
    assert page.locator("h1").count() == 1
    assert page.title()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main").count() == 1 and page.locator("nav").count() >= 1
    assert page.log.errors == []


@pytest.mark.parametrize("path", PAGES)
def test_nothing_scrolls_sideways_on_a_phone(page, base_url, path):
    page.goto(base_url + path)
    if path in PYTHON_PAGES:
        wait_for_engine(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_no_page_asks_another_host_for_anything(page, base_url):
    for path in PAGES + ("check/#pain=5&neuro=1", "no-such-page/"):
        page.goto(base_url + path)
        if path.split("#")[0] in PYTHON_PAGES:
            wait_for_engine(page)
    assert page.log.requests, "the log must have seen the site's own requests"
    # PyScript starts the check's worker from a blob: URL this page made: memory, not a host
    assert [url for url in page.log.requests if not url.startswith((base_url, "blob:" + base_url))] == []
    assert any(url.endswith("/py/worker.py") for url in page.log.requests), "the worker's own requests too"


def test_the_skip_link_moves_to_the_main_content(page, base_url):
    page.goto(base_url + "causes/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_unknown_address_gets_the_not_found_page(page, base_url):
    response = page.goto(base_url + "no-such-page/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    page.get_by_role("link", name="the check").click()
    assert page.url == base_url + "check/"
