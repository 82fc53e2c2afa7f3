"""One external URL requested safely: the address is checked once and connected to, redirects are
followed by hand (http(s) only, checked again, at most MAX_HOPS, no loops), and one deadline bounds
the whole request, however slowly the server drips its answer."""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from briefings.links import guard

MAX_HOPS = 5
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Answer:
    """What a URL answered: an HTTP status, or a problem (status 0) and whether it is a broken link."""

    status: int = 0
    problem: str = ""
    broken: bool = False  # a redirect loop or a redirect to a non-http URL: the reader gets nowhere


class TooSlow(Exception):
    """The deadline passed while connecting or reading."""


def fetch(url: str, method: str, *, allow: Collection[str], deadline: float, user_agent: str,
          resolver: guard.Resolver = guard.resolve_host) -> Answer:
    """The final status of `url` after redirects, or what went wrong; never past `deadline` (monotonic)."""
    seen = {url}
    for _ in range(MAX_HOPS + 1):
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            return Answer(problem=f"redirects to a non-http URL ({url[:80]})", broken=True)
        try:
            addresses = guard.check_url(url, allow, resolver)
        except guard.Refused as exc:
            return Answer(problem=f"not followed: {exc}" if len(seen) > 1 else f"not checked: {exc}")
        try:
            status, location = _one_request(url, addresses[0], method, deadline, user_agent)
        except TooSlow:
            return Answer(problem="no answer before the deadline (slow server)")
        except (OSError, http.client.HTTPException, ValueError) as exc:
            return Answer(problem=f"no answer: {exc or type(exc).__name__}")
        if status not in REDIRECTS or not location:
            return Answer(status=status)
        url = urljoin(url, location)
        if url in seen:
            return Answer(problem=f"redirect loop (back to {url[:80]})", broken=True)
        seen.add(url)
    return Answer(problem=f"more than {MAX_HOPS} redirects", broken=True)


def _one_request(url: str, address: str, method: str, deadline: float, user_agent: str) -> tuple[int, str]:
    """(status, Location) of one request to `url`, connected to `address` only."""
    parts = urlsplit(url)
    host, port = guard.host_and_port(url)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TooSlow
    connection = _connection(parts.scheme.lower(), host, port, address, remaining)
    with _cut_at(deadline, connection):
        try:
            target = parts.path or "/"
            if parts.query:
                target += f"?{parts.query}"
            connection.request(method, target, headers={"User-Agent": user_agent, "Accept": "*/*"})
            response = connection.getresponse()  # the body is never read: the status is the answer
            return response.status, response.getheader("Location") or ""
        finally:
            connection.close()


class _PinnedHTTP(http.client.HTTPConnection):
    """HTTP to a fixed address: the Host header names the host, the socket goes to `address`."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a fixed address, with the certificate checked for the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        raw = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def _connection(scheme: str, host: str, port: int, address: str, timeout: float) -> http.client.HTTPConnection:
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return kind(host, port, address, timeout)


@contextmanager
def _cut_at(deadline: float, connection: http.client.HTTPConnection) -> Iterator[None]:
    """Shut the socket down at `deadline`: a per-read timeout alone lets a server that sends one byte
    every few seconds hold a request for ever."""
    expired = threading.Event()

    def cut() -> None:
        expired.set()
        sock = connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), cut)
    timer.daemon = True
    timer.start()
    try:
        yield
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set():
            raise TooSlow from exc
        raise
    finally:
        timer.cancel()
    if expired.is_set():
        raise TooSlow
