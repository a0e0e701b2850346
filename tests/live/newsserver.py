"""A real HTTP server on 127.0.0.1 (a thread in the test process) serving news pages
written for the tests and fault endpoints. It records every request it answers."""

from __future__ import annotations

import functools
import gzip
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NEWS = Path(__file__).parent / "pages" / "news"


def tiny_pdf(text: str) -> bytes:
    """A valid one-page PDF showing ``text`` in Helvetica (xref offsets computed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


TEASERS = b"""<!DOCTYPE html><html><head><title>News | Eldham Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-consent">We use cookies. <button>Accept</button></div>
<ul class="teasers"><li><a href="/a">Bypass plans go on display</a></li>
<li><a href="/b">School wins regional chess title</a></li><li><a href="/c">Flood warnings lifted</a></li></ul>
<footer>&copy; 2024 Eldham Courier</footer></body></html>"""

PDF_TEXT = "Council report: the Eldham Footbridge cables were found corroded in 2019."


@functools.cache
def _bomb() -> bytes:
    return gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
_REV = '"revid":7,"timestamp":"2024-01-01T00:00:00Z","slots":{"main":{"content":"Text."}}'
API_SHAPES = {
    "null": "null",
    "list": "[]",
    "error-text": '{"error":"s"}',
    "no-revisions": '{"query":{"pages":[{"ns":0,"title":"P"}]}}',
    "pages-dict": '{"query":{"pages":{"1":{"title":"P","revisions":[{"*":"Text."}]}}}}',
    "revid-text": '{"query":{"pages":[{"title":"P","revisions":[{' + _REV.replace('"revid":7', '"revid":"abc"') + '}]}]}}',
    "texthidden": '{"query":{"pages":[{"title":"P","revisions":[{"revid":7,"timestamp":"2024-01-01T00:00:00Z",'
                  '"slots":{"main":{"texthidden":true}}}]}]}}',
    "query-list": '{"query":[]}',
    "redirects-empty": '{"query":{"redirects":[],"pages":[{"title":"P","revisions":[{' + _REV + '}]}]}}',
}


@dataclass
class Seen:
    path: str  # without the query string
    user_agent: str
    accept_encoding: str


@dataclass
class NewsServer:
    """``url(path)`` for a path on the server; ``seen`` lists the requests answered."""

    server: ThreadingHTTPServer
    seen: list[Seen] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    slow_seconds: float = 2.0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def reset(self) -> None:
        self.seen.clear()
        self.counts.clear()

    def hits(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path == path)


def _handler(state: NewsServer):  # noqa: C901 - one branch per endpoint (do_GET) reads best
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # keep pytest output clean
            pass

        def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):  # noqa: C901 - one branch per endpoint reads best
            path, _, query = self.path.partition("?")
            state.seen.append(Seen(path, self.headers.get("User-Agent", ""), self.headers.get("Accept-Encoding", "")))
            state.counts[path] = state.counts.get(path, 0) + 1
            count = state.counts[path]
            if path.startswith("/news/"):
                file = NEWS / path.removeprefix("/news/")
                if not file.is_file():
                    return self.send(404, b"<h1>Not found</h1>")
                ctype = "text/html; charset=iso-8859-1" if "latin1" in file.name else "text/html; charset=utf-8"
                return self.send(200, file.read_bytes(), ctype)
            if path == "/latin1-no-header":
                return self.send(200, (NEWS / "eldham-latin1.html").read_bytes(), "text/html")
            if path == "/report.pdf":
                return self.send(200, tiny_pdf(PDF_TEXT), "application/pdf")
            if path == "/photo.png":
                return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
            if path == "/teasers-only":
                return self.send(200, TEASERS)
            if path == "/":
                return self.send(200, b"<h1>Front page</h1><p>Today's news.</p>")
            if path == "/to-front":  # a removed report sent to the front page (trial-8)
                return self.send(302, b"", headers={"Location": "/"})
            if path == "/moved":
                return self.send(301, b"", headers={"Location": "/news/eldham-footbridge-collapse.html"})
            if path == "/gone":
                return self.send(404, b"<h1>Page not found</h1>")
            if path == "/removed":
                return self.send(410, b"<h1>Gone</h1>")
            if path == "/slow":
                time.sleep(state.slow_seconds)
                return self.send(200, b"<p>too late</p>")
            if path == "/busy-once":  # 429 with Retry-After, then the article
                if count == 1:
                    return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
                return self.send(200, (NEWS / "bridge-inquiry.html").read_bytes())
            if path == "/busy":
                return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            if path == "/busy-long":
                return self.send(429, b"slow down", "text/plain", {"Retry-After": "3600"})
            if path == "/unavailable":
                return self.send(503, b"maintenance", "text/plain")
            if path == "/truncated":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", "50000")
                self.end_headers()
                self.wfile.write(b"<html><body><p>The beginning of a story")
                self.wfile.flush()
                self.close_connection = True
                return
            if path == "/gzip-bomb":  # 64 MiB of zeros, about 64 KiB on the wire
                return self.send(200, _bomb(), "text/html", {"Content-Encoding": "gzip"})
            if path == "/big":  # 9 MiB of markup, uncompressed
                return self.send(200, b"<p>" + b"word " * (9 * 1024 * 1024 // 5) + b"</p>")
            if path.startswith("/api-shape/"):  # answers of unexpected shape, as an api.php might give
                return self.send(200, API_SHAPES[path.removeprefix("/api-shape/")].encode(), "application/json")
            if path.startswith("/hop/"):  # /hop/3 -> /hop/2 -> /hop/1 -> the article
                left = int(path.removeprefix("/hop/"))
                target = f"/hop/{left - 1}" if left > 1 else "/news/eldham-footbridge-collapse.html"
                return self.send(302 if left % 2 else 301, b"", headers={"Location": target})
            if path == "/loop":
                return self.send(302, b"", headers={"Location": "/loop"})
            if path == "/api-maxlag-once":  # the MediaWiki maxlag answer, then a page
                if count == 1:
                    body = b'{"error":{"code":"maxlag","info":"Waiting for a database server: 7 seconds lagged."}}'
                    return self.send(200, body, "application/json", {"Retry-After": "1", "MediaWiki-API-Error": "maxlag"})
                body = (
                    b'{"batchcomplete":true,"query":{"pages":[{"ns":0,"title":"Lagged page","revisions":'
                    b'[{"revid":7,"timestamp":"2024-01-01T00:00:00Z","slots":{"main":{"content":"Text."}}}]}]}}'
                )
                return self.send(200, body, "application/json")
            return self.send(404, b"<h1>Not found</h1>")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up is part of the fault tests (the "slow" endpoint answers after the
    client's timeout): ignore it instead of printing a traceback to ``sys.stderr`` from a
    handler thread, where it could land in another test's captured CLI output."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def start_news_server() -> NewsServer:
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    state = NewsServer(server)
    server.RequestHandlerClass = _handler(state)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state
