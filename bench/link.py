"""The simulated phone link, and the static server (gzip, ETags, cache headers) that sends through it."""

import gzip
import http.server
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

from buildsite.serve import StaticHandler, read_headers_file

RTT_S = 0.150
DOWN_BYTES_PER_S = 1_600_000 / 8
CHUNK = 4096
COMPRESSED = {".html", ".css", ".js", ".mjs", ".wasm", ".py", ".json", ".svg", ".xml",
              ".txt", ".webmanifest", ".map", ".toml"}


# The simulated link -------------------------------------------------------------

class Link:
    """One phone link: a per-request delay and a download token bucket shared by all connections."""

    def __init__(self, rtt=RTT_S, rate=DOWN_BYTES_PER_S, burst=CHUNK):
        self.rtt, self.rate, self.burst = rtt, rate, burst
        self.lock = threading.Lock()
        self.tokens, self.stamp = float(burst), time.monotonic()
        self.sent, self.requests = [], []

    def delay(self):
        """Wait one round trip before a response starts."""
        if self.rtt:
            time.sleep(self.rtt)

    def take(self, size):
        """Wait until the shared bucket allows `size` more bytes (debt keeps waiters in order)."""
        if not self.rate:
            return
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate) - size
            self.stamp = now
            wait = -self.tokens / self.rate if self.tokens < 0 else 0
        if wait:
            time.sleep(wait)

    def log_sent(self, size, path=None):
        """Note that size bytes of the response to path just left the server."""
        with self.lock:
            self.sent.append((time.time(), size, path))

    def log_request(self, path, status, start):
        """Note a finished response, for the per-visit request log."""
        with self.lock:
            self.requests.append({"path": path, "status": status, "start": start, "end": time.time()})

    def reset(self):
        """Forget what was sent: a new visit starts."""
        with self.lock:
            self.sent, self.requests = [], []

    def until(self, epoch_s):
        """(bytes, requests) the server had sent by wall-clock time epoch_s."""
        with self.lock:
            sent = sum(size for stamp, size, _path in self.sent if stamp <= epoch_s)
            done = [r for r in self.requests if r["end"] <= epoch_s]
        return sent, done

    def by_path(self, epoch_s):
        """{path: [responses begun, bytes sent]} by wall-clock time epoch_s, headers included: what each URL
        cost the link until then (a response still on its way counts with what had left)."""
        costs = {}
        with self.lock:
            for stamp, size, path in self.sent:
                if stamp <= epoch_s:
                    costs.setdefault(path, [0, 0])[1] += size
            for request in self.requests:
                if request["start"] <= epoch_s:
                    costs.setdefault(request["path"], [0, 0])[0] += 1
        return costs


class LinkWriter:
    """A connection's socket writer whose every byte goes through the link."""

    def __init__(self, raw, link):
        self.raw, self.link = raw, link
        self.path = None  # the request whose response is being written

    def write(self, data):
        """Send data chunk by chunk as the shared bucket allows, logging each chunk."""
        view = memoryview(data).cast("B")
        for start in range(0, len(view), CHUNK):
            piece = view[start:start + CHUNK]
            self.link.take(len(piece))
            self.raw.write(piece)
            self.link.log_sent(len(piece), self.path)
        return len(view)

    def __getattr__(self, name):
        return getattr(self.raw, name)  # flush, close, closed


# The server -----------------------------------------------------------------------

_gzip_cache, _gzip_lock = {}, threading.Lock()


def gzipped(path, stat):
    """The file gzip-compressed (level 6, as static hosts do), cached per version."""
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _gzip_lock:
        if key not in _gzip_cache:
            _gzip_cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        return _gzip_cache[key]


class PhoneHandler(StaticHandler):
    """StaticHandler (its _headers handling included) over HTTP/1.1 keep-alive, through the link, with gzip, ETags
    and cache headers."""

    protocol_version = "HTTP/1.1"
    own_headers = ("cache-control",)  # validators() sends it: the _headers rule if there is one, else a default

    def setup(self):
        """Route everything this connection writes (headers, bodies, errors) through the link."""
        super().setup()
        self.wfile = LinkWriter(self.wfile, self.server.link)

    def handle(self):
        """Serve the connection's requests; a browser hanging up is not an error."""
        try:
            super().handle()
        except ConnectionError:
            pass  # the browser dropped the connection mid-response (navigated away, closed)

    def do_GET(self):
        """One round trip, then the response through the link."""
        start = time.time()
        self.wfile.path = self.path
        self.server.link.delay()
        body = self.respond()
        if body and self.command != "HEAD":
            self.wfile.write(body)
        self.server.link.log_request(self.path, getattr(self, "status", 0), start)

    do_HEAD = do_GET

    def send_response_only(self, code, message=None):
        """Remember the status for the request log."""
        self.status = code
        super().send_response_only(code, message)

    def respond(self):
        """Send the headers (or a redirect, 304 or 404); return the body to send, if any."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            url_path = self.path.split("?", 1)[0]
            if not url_path.endswith("/"):
                return self.redirect(url_path + "/")
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        stat = path.stat()
        packed = path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")
        etag = '"{:x}-{:x}{}"'.format(stat.st_mtime_ns, stat.st_size, "-gz" if packed else "")
        if self.not_modified(etag, stat.st_mtime):
            self.send_response(304)
            self.validators(path, etag, stat)
            self.end_headers()
            return None
        body = gzipped(path, stat) if packed else path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.content_type(path))
        self.send_header("Content-Length", str(len(body)))
        if packed:
            self.send_header("Content-Encoding", "gzip")
        self.validators(path, etag, stat)
        self.end_headers()
        return body

    def content_type(self, path):
        """TYPES via StaticHandler's map, with a charset for text."""
        kind = self.guess_type(str(path))
        return kind + "; charset=utf-8" if kind.startswith("text/") or kind == "application/json" else kind

    def header_rules(self):
        """The _headers rules read once when the server started: no file read inside a timed response."""
        return self.server.header_rules

    def cache_control(self, path):
        """The _headers rule's Cache-Control for this path, else the hosts' default: always revalidate."""
        rules = [value for name, value in self.site_headers() if name.lower() == "cache-control"]
        if rules:
            return rules[-1]
        return "no-cache" if path.suffix == ".html" else "max-age=0, must-revalidate"

    def validators(self, path, etag, stat):
        """Caching headers: Cache-Control, ETag, Last-Modified."""
        self.send_header("Cache-Control", self.cache_control(path))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(stat.st_mtime, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")

    def not_modified(self, etag, mtime):
        """Whether the request's validators match this version (If-None-Match wins)."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [tag.strip().removeprefix("W/") for tag in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return int(mtime) <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def redirect(self, location):
        """A directory without its slash: 301 to the slashed URL, as static hosts do."""
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None


def make_server(site_dir, link):
    """A server of site_dir through link, on a free 127.0.0.1 port, in a thread."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *args: PhoneHandler(*args, directory=str(site_dir)))
    server.link = link
    server.header_rules = read_headers_file(Path(site_dir) / "_headers")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server):
    """Stop a server from make_server and free its port."""
    server.shutdown()
    server.server_close()
