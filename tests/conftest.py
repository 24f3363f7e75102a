"""Shared fixtures: the built site, a real http server, the system Chromium."""

import os
from pathlib import Path

import pytest

from buildsite.install import CHROMIUM_ARGS

# Fixtures kept in helper modules, available to every test module without an import.
pytest_plugins = ("tests.offline_app",)

ROOT = Path(__file__).resolve().parent.parent
PHONE = {"width": 412, "height": 823}
# A test that asks for any of these drives Chromium: it is marked `browser` for it, so the quick
# lane (`python3 build.py test -m "not browser"`) never starts a browser, whatever a module forgot.
BROWSER_FIXTURES = {"playwright", "browser", "context", "page", "profile"}


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """The site, built once per test session from the working tree."""
    from buildsite import site

    return site.build(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def shipped_pyapp(site_dir):
    """The pyapp modules the built site ships to the browser (MicroPython bytecode)."""
    (engine,) = (site_dir / "engine").iterdir()
    return engine / "py" / "pyapp"


@pytest.fixture(scope="session")
def base_url(site_dir):
    from buildsite.serve import serve_in_thread

    server = serve_in_thread(site_dir)
    try:
        yield "http://127.0.0.1:{}/".format(server.server_port)
    finally:
        server.shutdown()
        server.server_close()


def chromium_path():
    path = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(path).exists():
        pytest.fail("no Chromium at {}: run the tests with `python3 build.py test`, which "
                    "installs it or says how".format(path))
    return path


@pytest.fixture(scope="session")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def profile(playwright, tmp_path):
    """A phone browser with a profile on disk (not incognito) and service workers on."""
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile", executable_path=chromium_path(), args=CHROMIUM_ARGS,
        viewport=PHONE, service_workers="allow")
    yield context
    context.close()


class PageLog:
    """What a page did: console errors, uncaught errors, every request URL."""

    def __init__(self, page):
        self.errors, self.requests = [], []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.log = PageLog(page)
    return page
