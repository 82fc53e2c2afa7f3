"""What every briefings web server does for safety: security headers, path checks, where it may listen.

Shared by the editions server (`briefings serve`) and the live preview (`briefings serve --live`).
Why: a local server is still reachable by any page the reader's browser opens, and a server bound
to a public address shows drafts to the network. So every answer says what its bytes are
(`nosniff`), what a page may load (CSP) and what it may tell other sites (Referrer-Policy); a path
that cannot be a file (a NUL byte, bad percent-encoding) gets 400, never a crash; and a
non-loopback address needs `--public`, which the live preview of drafts never accepts.
"""

from __future__ import annotations

import ipaddress
import posixpath
from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote, urlsplit

from briefings.errors import UsageError

# Material for MkDocs inlines small scripts and styles; everything else comes from the site itself.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)


def send_security_headers(handler: BaseHTTPRequestHandler) -> None:
    """Add SECURITY_HEADERS to a response (call from `end_headers`)."""
    for name, value in SECURITY_HEADERS:
        handler.send_header(name, value)


def request_path(raw: str) -> str | None:
    """The decoded, normalised path of a request target ('/a/b.html'); None when it is malformed."""
    try:
        path = unquote(urlsplit(raw).path, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    if not path.startswith("/") or any(ord(c) < 32 or ord(c) == 127 for c in path):
        return None
    normal = posixpath.normpath(path)
    return normal + "/" if path.endswith("/") and normal != "/" else normal


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, *, public: bool, live: bool) -> None:
    """UsageError unless `host` is loopback, or `public` is given for the editions (never for --live)."""
    if is_loopback(host):
        return
    if live:
        raise UsageError(f"--live serves drafts and embargoed briefings: it only listens on loopback, not {host}",
                         hint="drop --host, or publish an edition and serve that with --host HOST --public")
    if not public:
        raise UsageError(f"--host {host} would show the editions to every machine that can reach it",
                         hint="add --public if that is what you want, or drop --host to stay on 127.0.0.1")
