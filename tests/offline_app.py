"""The built site served in a browser profile with service workers on: the fixture and the
steps the offline and update tests share (a visit, the network gone, a redeploy)."""

import shutil

import pytest

from buildsite import site
from buildsite.serve import serve_in_thread
from tests.conftest import ROOT

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


def offline_tab(app, site_dir, path):
    """A new tab at path, opened offline after one visit to the site: (page, the site's address)."""
    context, serve = app
    server, base = serve(site_dir)
    first_visit(context, base).close()
    go_offline(context, server)
    page = context.new_page()
    page.goto(base + path)
    return page, base


def changed_docs(tmp_path, sentence, page="about.md"):
    docs = tmp_path / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.copytree(ROOT / "docs", docs)
    changed = docs / page
    changed.write_text(changed.read_text() + "\n" + sentence + "\n")
    return docs


def visit_then_redeploy(app, tmp_path, sentence):
    """A tab on /about/ of one deploy, once the next deploy (sentence added to that page) is live: (page, base)."""
    context, serve = app
    live = tmp_path / "live"
    site.build(live)
    _server, base = serve(live)
    page = first_visit(context, base + "about/")
    site.build(live, docs_dir=changed_docs(tmp_path, sentence))
    return page, base
