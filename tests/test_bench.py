"""The bench's phone server: gzip, types, revalidation, and the simulated link."""

import gzip
import time
import urllib.request

import pytest

from buildsite.bench.link import Link, make_server, stop


@pytest.fixture
def served(tmp_path):
    (tmp_path / "index.html").write_text("<p>hi</p>")
    (tmp_path / "engine.py").write_text("x = 1\n" * 2000)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "index.mjs").write_text("export default 1;\n")
    (tmp_path / "app" / "index.html").write_text("<p>app</p>")
    link = Link(rtt=0.05, rate=100_000)
    server = make_server(tmp_path, link)
    yield "http://127.0.0.1:{}/".format(server.server_port), link
    stop(server)


def get(url, **headers):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_gzip_types_and_cache_headers(served):
    base, _link = served
    status, headers, body = get(base + "engine.py", **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert headers["Content-Type"].startswith("text/x-python")
    assert headers["Cache-Control"] == "max-age=0, must-revalidate"
    assert gzip.decompress(body) == b"x = 1\n" * 2000
    status, headers, _ = get(base, **{"Accept-Encoding": "gzip"})
    assert headers["Cache-Control"] == "no-cache" and headers["Content-Type"].startswith("text/html")
    _status, headers, _ = get(base + "app/index.mjs")
    assert "Content-Encoding" not in headers and headers["Content-Type"].startswith("text/javascript")
    status, headers, _ = get(base + "app")
    assert status == 200 and headers["Content-Type"].startswith("text/html")  # followed the redirect to app/


def test_revalidation_answers_304(served):
    base, _link = served
    _status, headers, _ = get(base + "engine.py")
    assert get(base + "engine.py", **{"If-None-Match": headers["ETag"]})[0] == 304
    assert get(base + "engine.py", **{"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert get(base + "nothing.py")[0] == 404


def test_link_adds_latency_and_limits_bandwidth(served):
    base, link = served
    link.reset()
    start = time.monotonic()
    _status, _headers, body = get(base + "engine.py")  # 50 ms, then 12 kB at 100 kB/s less a 4 kB burst
    elapsed = time.monotonic() - start
    assert len(body) == 12000 and 0.12 <= elapsed < 1.0
    sent, requests = link.until(time.time())
    assert sent > 12000 and [r["path"] for r in requests] == ["/engine.py"]
