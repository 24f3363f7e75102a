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
BROWSER_FIXTURES = {"playwright", "browser", "context", "page", "profile", "shared_context", "reading_page"}


# The tests that take the longest (half a minute to a few on 2 cores; each run lists its slowest),
# longest first. They are run first, each handed to the next free worker (pyproject.toml: --dist
# load --maxschedchunk 1), so the run never ends with one worker alone on one of them. A name
# that no longer matches only loses that.
LONG_TESTS = (
    "tests/test_partial.py::test_no_run_or_modify_while_any_question_is_open",
    "tests/test_micropython.py::test_every_answer_set_gets_the_identical_decision",
    "tests/test_micropython.py::test_partial_answers_give_the_identical_result",
    "tests/test_languages.py::test_micropython_gives_the_identical_result_in_every_language",
    "tests/test_accessibility.py::test_lighthouse_finds_every_spanish_page_accessible_and_findable",
    "tests/test_micropython.py::test_every_result_the_engine_can_give_is_identical_word_for_word",
    "tests/test_languages.py::test_every_answer_set_gets_the_same_level_and_reasons_in_every_language",
    "tests/test_service_worker_deploys.py::test_two_sites_on_one_origin_each_keep_their_offline_copy",
    "tests/test_log_storage.py::test_the_largest_log_is_whole_on_the_log_page_and_its_export_and_delete_work",
    "tests/test_policy.py::test_every_answer_set_gets_the_spec_level",
    "tests/test_log_storage.py::test_the_largest_old_one_key_log_is_shown_and_moved_when_there_is_room",
    "tests/test_partial.py::test_the_first_five_answers_decide_exactly_when_every_completion_agrees",
    "tests/test_log_storage.py::test_the_largest_log_the_browser_keeps_opens_on_the_log_and_takes_a_save_from_the_check",
    "tests/test_service_worker_deploys.py::test_an_older_worker_online_shows_the_live_deploy_of_a_page_it_lost",
)


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
    items.sort(key=run_order)  # stable: every other test keeps its place


def run_order(item):
    """A long test's place in LONG_TESTS; every other test after them all."""
    return next((i for i, name in enumerate(LONG_TESTS) if item.nodeid.startswith(name)), len(LONG_TESTS))


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
def page(request):
    """A new tab: of a context of its own, or, in a module that says TABS_SHARE_A_CONTEXT, of the
    module's shared context (fresh_tab)."""
    if getattr(request.module, "TABS_SHARE_A_CONTEXT", False):
        page = fresh_tab(request.getfixturevalue("shared_context"), request.getfixturevalue("base_url"))
        yield page
        page.close()
    else:
        page = request.getfixturevalue("context").new_page()
        page.log = PageLog(page)
        yield page


# What a fresh context would not hold either, cleared before each test on a shared one: all the
# site keeps (Storage.clearDataForOrigin's types; the HTTP cache is not among them).
SITE_DATA = "cookies,local_storage,indexeddb,cache_storage,service_workers,file_systems"


@pytest.fixture(scope="module")
def shared_context(browser):
    """One phone browser context for a module's tests that read and tap pages but change nothing
    of the context itself (no clock, no context-wide route, permission or offline switch): its
    tabs share the HTTP cache, so the engine's files are fetched and compiled once, not on every
    test. Each test still gets a new tab with nothing of the site stored (fresh_tab)."""
    context = browser.new_context(viewport=PHONE, service_workers="block")
    yield context
    context.close()


def fresh_tab(context, base_url):
    """A new tab of a shared context with nothing of the site stored, as in a fresh context, and
    its log (PageLog)."""
    page = context.new_page()
    context.new_cdp_session(page).send("Storage.clearDataForOrigin", {
        "origin": base_url.rstrip("/"), "storageTypes": SITE_DATA})
    page.log = PageLog(page)
    return page


@pytest.fixture
def reading_page(shared_context, base_url):
    """A new tab of the module's shared context (fresh_tab), for a test of a module whose other
    tests need contexts of their own."""
    page = fresh_tab(shared_context, base_url)
    yield page
    page.close()
