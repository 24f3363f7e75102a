"""The service worker across deploys and sites (issue 21): online, a page the worker lost
comes whole from the network even when a newer deploy is live; two sites on one origin
keep their own offline copies; the offline page comes back, or a minimal one stands in;
a changed page script does not run."""

import pytest

pytestmark = pytest.mark.browser


def test_a_changed_page_script_does_not_run_on_a_first_visit(page, base_url):
    def tamper(route):
        body = route.fetch().text()
        route.fulfill(body="document.body.append('Changed on the way');" + body,
                      headers={"Content-Type": "text/javascript"})

    page.route("**/assets/site*.js", tamper)
    page.goto(base_url)
    page.wait_for_load_state("load")
    assert "Changed on the way" not in page.locator("body").inner_text()
    assert any("integrity" in error for error in page.log.errors), page.log.errors
