"""The installed site offline: a phone profile with service workers, servers a test may stop,
a first visit that leaves the site installed, and the network gone (tests/conftest.py makes
the `app` fixture available to every test module)."""

import pytest

from buildsite import site
from buildsite.serve import serve_in_thread
from tests.patched_copy import patched_copy

CONTROLLED = "navigator.serviceWorker.controller !== null"


@pytest.fixture
def app(profile):
    """A fresh phone browser profile, and a way to serve a build that the test may stop."""
    servers = []

    def serve(site_dir, prefix="/"):
        server = serve_in_thread(site_dir, prefix=prefix)
        servers.append(server)
        return server, "http://127.0.0.1:{}{}".format(server.server_port, prefix)

    yield profile, serve
    for server in servers:
        server.shutdown()
        server.server_close()


def first_visit(context, url):
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(CONTROLLED, timeout=30_000)  # installed, precached, in control
    return page


def go_offline(context, server):
    server.shutdown()
    server.server_close()
    context.set_offline(True)


def offline_tab(app, site_dir, path, first=""):
    """A new tab at path, opened offline after one visit to the site (at first): (page, the site's address)."""
    context, serve = app
    server, base = serve(site_dir)
    first_visit(context, base + first).close()
    go_offline(context, server)
    page = context.new_page()
    page.goto(base + path)
    return page, base


def changed_docs(tmp_path, sentence, page="about.md"):
    """A copy of docs/ with sentence added to one page (a new copy each call)."""
    target = tmp_path / "docs-{}".format(len(list(tmp_path.glob("docs-*"))))
    return patched_copy(target, ("docs",), "docs/" + page, lambda text: text + "\n" + sentence + "\n") / "docs"


def visit_then_redeploy(app, tmp_path, sentence):
    """A tab on /about/ of one deploy, once the next deploy (sentence added to that page) is live: (page, base)."""
    context, serve = app
    live = tmp_path / "live"
    site.build(live)
    _server, base = serve(live)
    page = first_visit(context, base + "about/")
    site.build(live, docs_dir=changed_docs(tmp_path, sentence))
    return page, base
