"""The live preview's HTTP server (the standard library's threading server on 127.0.0.1).

Pages are written by the session when asked for; the preview's own files and endpoints live
under /_preview/. Malformed paths get 400, unknown ones 404; a Host header other than the
address served gets 400 (so a web page cannot reach the preview through DNS rebinding); every
answer carries the security headers of `briefings.webguard`, shared with the editions server.
"""

from __future__ import annotations

import json
import mimetypes
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from briefings import webguard
from briefings.preview import overlay, pages
from briefings.preview.live import Preview

LONG_POLL_SECONDS = 25.0
SEARCH_INDEX = "/search/search_index.json"
OWN_FILES = {"overlay.js": "text/javascript; charset=utf-8", "overlay.css": "text/css; charset=utf-8"}


class BadRequest(Exception):
    """A request path that cannot name a file of the site."""


class PreviewServer(ThreadingHTTPServer):
    """Serves one Preview; quiet when a browser drops a connection."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], preview: Preview) -> None:
        self.preview = preview
        super().__init__(address, PreviewHandler)
        host, port = self.server_address[:2]
        self.allowed_hosts = {f"{h}:{port}" for h in (str(host), "localhost", "127.0.0.1", "[::1]")}

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class PreviewHandler(BaseHTTPRequestHandler):
    """GET and HEAD of pages, static files and the preview's endpoints."""

    server: PreviewServer
    protocol_version = "HTTP/1.1"
    _etag = ""

    def do_HEAD(self) -> None:  # noqa: N802 - the standard library's naming
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _answer(self, *, head: bool) -> None:
        self._etag = ""
        if self.headers.get("Host", "") not in self.server.allowed_hosts:
            return self._send(HTTPStatus.BAD_REQUEST, b"unexpected Host header\n", "text/plain", head)
        try:
            path, query = _split(self.path)
        except BadRequest as exc:
            return self._send(HTTPStatus.BAD_REQUEST, f"{exc}\n".encode(), "text/plain", head)
        status, body, kind = self._route(path, query)
        self._send(status, body, kind, head)

    def _route(self, path: str, query: dict[str, list[str]]) -> tuple[HTTPStatus, bytes, str]:
        preview = self.server.preview
        if path.startswith(overlay.PREFIX):
            return self._own(path.removeprefix(overlay.PREFIX), query)
        if path == "/versions.json":  # the work tree is no edition: no edition selector, and no 404
            return HTTPStatus.NO_CONTENT, b"", "application/json"
        if not preview.ready.is_set():
            return HTTPStatus.SERVICE_UNAVAILABLE, pages.starting_page(script=self._script("")).encode(), _HTML
        url = path.lstrip("/")
        if url.endswith("index.html"):
            url = url[: -len("index.html")]
        file = preview.session.page_file(url)
        problem = preview.problem
        if problem is not None and (file is not None or path.endswith("/")):
            html = pages.problem_page(problem, script=self._script(url, error=True))
            return HTTPStatus.INTERNAL_SERVER_ERROR, html.encode(), _HTML
        if file is not None:
            return self._page(file, url)
        if path == SEARCH_INDEX:
            index = preview.session.search_json()
            if index is not None:
                return HTTPStatus.OK, index.encode("utf-8"), _JSON
        return self._static(path)

    def _page(self, file: Any, url: str) -> tuple[HTTPStatus, bytes, str]:
        preview = self.server.preview
        preview.busy()
        generation = preview.notifier.generation
        try:
            written = preview.session.render(file)
        except Exception as exc:  # noqa: BLE001 - a page that fails to render is shown, not raised
            from briefings.preview.problems import from_exception

            problem = from_exception(exc, preview.project.label(Path(file.abs_src_path)))
            html = pages.problem_page(problem, script=self._script(url, error=True))
            return HTTPStatus.INTERNAL_SERVER_ERROR, html.encode(), _HTML
        text = overlay.inject(written.read_text("utf-8"), page_url=url, generation=generation)
        return HTTPStatus.OK, text.encode("utf-8"), _HTML

    def _static(self, path: str) -> tuple[HTTPStatus, bytes, str]:
        self.server.preview.session.write_templates(path.lstrip("/"))  # the 404 page or sitemap, if asked for
        root = self.server.preview.session.site_dir.resolve()
        target = (root / path.lstrip("/")).resolve()
        if not target.is_relative_to(root):
            return HTTPStatus.NOT_FOUND, b"not found\n", "text/plain"
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return HTTPStatus.NOT_FOUND, b"not found\n", "text/plain"
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        stat = target.stat()
        self._etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'  # theme files: the browser may keep them
        if self.headers.get("If-None-Match") == self._etag:
            return HTTPStatus.NOT_MODIFIED, b"", kind
        return HTTPStatus.OK, target.read_bytes(), kind

    def _own(self, name: str, query: dict[str, list[str]]) -> tuple[HTTPStatus, bytes, str]:
        preview = self.server.preview
        if name in OWN_FILES:
            return HTTPStatus.OK, (overlay.ASSETS / name).read_bytes(), OWN_FILES[name]
        page = query.get("page", [""])[0]
        if name == "events":
            since = _int(query.get("generation", ["0"])[0])
            generation = preview.notifier.wait(since, LONG_POLL_SECONDS)
            showing_error = query.get("error", ["0"])[0] == "1"
            reload = (preview.notifier.changed_since(since, page)
                      or showing_error != (preview.problem is not None))
            return HTTPStatus.OK, json.dumps({"generation": generation, "reload": reload}).encode(), _JSON
        if name == "findings":
            if preview.session.page_file(page) is None:
                return HTTPStatus.NOT_FOUND, b"[]", _JSON
            return HTTPStatus.OK, json.dumps(preview.findings(page)).encode(), _JSON
        return HTTPStatus.NOT_FOUND, b"not found\n", "text/plain"

    def _script(self, url: str, *, error: bool = False) -> str:
        return overlay.script_tag(url, self.server.preview.notifier.generation, error=error)

    def _send(self, status: HTTPStatus, body: bytes, kind: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        webguard.send_security_headers(self)
        if self._etag:  # a file of the site: revalidate each time (cheap: 304), never serve it stale
            self.send_header("Cache-Control", "no-cache")
            self.send_header("ETag", self._etag)
        else:
            self.send_header("Cache-Control", "no-store")  # pages and answers are never current for long
        self.end_headers()
        if not head and status != HTTPStatus.NOT_MODIFIED:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the preview prints what it rebuilt, not every request."""


_HTML = "text/html; charset=utf-8"
_JSON = "application/json"


def _split(raw: str) -> tuple[str, dict[str, list[str]]]:
    """The decoded, normalised path and the query; BadRequest for anything that is not a clean path."""
    if not raw.startswith("/") or len(raw) > 4096:
        raise BadRequest("the request path must start with / and be short")
    path = webguard.request_path(raw)
    if path is None:
        raise BadRequest("a malformed path (bad percent-encoding or control characters)")
    written = unquote(urlsplit(raw).path)
    if "\\" in written or ".." in written.split("/"):
        raise BadRequest("'..' or backslashes in the path")
    return path, parse_qs(urlsplit(raw).query)


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0
