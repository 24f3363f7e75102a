"""The bench's one way to start the browser: the system Chromium through Playwright, as the tests start it."""

import contextlib

from buildsite import install


@contextlib.contextmanager
def chromium(doing):
    """The system Chromium, closed once the block is done; a Playwright error becomes a RuntimeError that says
    what the browser could not do (doing, e.g. "measure")."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=install.chromium_path(), args=install.CHROMIUM_ARGS)
            yield browser
            browser.close()
    except PlaywrightError as error:
        raise RuntimeError("the browser could not {}: {}".format(doing, str(error).splitlines()[0])) from error
