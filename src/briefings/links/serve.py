"""Serve a built site on an ephemeral port of 127.0.0.1 for the crawl, in a background thread."""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files; the LinkChecker header lets LinkChecker lift its per-host rate limit."""

    def end_headers(self) -> None:
        self.send_header("LinkChecker", "allow")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the crawl reports problems itself."""


class _SiteServer(ThreadingHTTPServer):
    """Quiet when a client hangs up early (LinkChecker does that for pages it does not parse)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Yield the base URL (e.g. http://127.0.0.1:41234/) while the site is served."""
    handler = functools.partial(_SiteHandler, directory=str(site_dir))
    server = _SiteServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="briefings-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
