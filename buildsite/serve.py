"""Serve a built site over http on 127.0.0.1, as a static host would.

PyScript, WebAssembly and service workers need http(s), not file://.
"""

import functools
import http.server
import sys
import threading
from pathlib import Path

TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".py": "text/x-python",
    ".webmanifest": "application/manifest+json",
}


def read_headers_file(path):
    """[(path pattern, [(name, value)])] from a _headers file (Netlify / Cloudflare Pages)."""
    rules = []
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip() and not line[0].isspace():
                rules.append((line.strip(), []))
            elif ":" in line and rules:
                name, value = line.strip().split(":", 1)
                rules[-1][1].append((name.strip(), value.strip()))
    return rules


def pattern_matches(pattern, path):
    return path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern


def headers_for(rules, path):
    """The (name, value) pairs that rules from read_headers_file give a URL path, in the file's order."""
    return [pair for pattern, pairs in rules if pattern_matches(pattern, path) for pair in pairs]


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES)
    prefix = "/"  # the sub-path the site is published under, e.g. "/repo/"
    own_headers = ()  # lower-case names a subclass sends itself, so _headers must not send them again

    def header_rules(self):
        """The site's _headers rules, read on every request, so a rebuilt site is served as it is now."""
        return read_headers_file(Path(self.directory) / "_headers")

    def site_headers(self):
        """The (name, value) pairs the site's _headers file gives this request's path."""
        path = "/" + self.path.split("?", 1)[0][len(self.prefix):]
        return headers_for(self.header_rules(), path)

    def end_headers(self):
        """Send what the site's _headers file asks for, as the static hosts that read it do."""
        for name, value in self.site_headers():
            if name.lower() not in self.own_headers:
                self.send_header(name, value)
        super().end_headers()

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no such file")
        return super().translate_path("/" + path[len(self.prefix):])

    def not_found_page(self):
        """The 404.html nearest the address, up its folders (as Cloudflare Pages looks for it):
        /es/x/ gets the Spanish one, es/404.html; anything else the root's."""
        root = Path(self.directory).resolve()
        folder = Path(self.translate_path(self.path.split("?", 1)[0].split("#", 1)[0])).resolve()
        while folder != root and folder.is_relative_to(root):
            if (folder / "404.html").is_file():
                return folder / "404.html"
            folder = folder.parent
        return root / "404.html"

    def send_error(self, code, message=None, explain=None):
        """A missing file gets the site's own 404.html, as static hosts serve it."""
        page = self.not_found_page() if code == 404 else None
        if page is None or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # quiet; tests read their own request logs from the browser


class SiteServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser that leaves mid-download is normal, not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def make_server(site_dir, port=0, host="127.0.0.1", prefix="/"):
    """An http server for site_dir at prefix; port 0 picks a free one (server.server_port)."""
    handler_class = type("SiteHandler", (StaticHandler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(site_dir))
    return SiteServer((host, port), handler)


def serve_in_thread(site_dir, prefix="/"):
    server = make_server(site_dir, prefix=prefix)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_forever(site_dir, port):
    server = make_server(site_dir, port)
    print("Serving {} on http://127.0.0.1:{}/ (Ctrl+C to stop)".format(site_dir, server.server_port), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
