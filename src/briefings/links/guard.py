"""Which hosts `--external` may contact: public addresses only, unless a host:port is explicitly allowed."""

from __future__ import annotations

import ipaddress
import socket
import urllib.request
from collections.abc import Callable, Collection
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

Resolver = Callable[[str, int], list[str]]


class Refused(Exception):
    """A URL whose host resolves to a private, loopback, link-local or otherwise non-public address."""


class InvalidURL(Refused):
    """A URL that cannot be parsed (a bad port, an unclosed IPv6 bracket): never requested."""


def resolve_host(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, allow: Collection[str], resolver: Resolver = resolve_host) -> None:
    """Raise Refused unless every address of the URL's host is public (or host:port is allowed)."""
    host, port = host_and_port(url)
    if f"{host}:{port}" in allow:
        return
    try:
        addresses = resolver(host, port)
    except OSError as exc:
        raise Refused(f"cannot resolve {host}: {exc}") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise Refused(f"{host} resolves to the non-public address {ip}")


def host_and_port(url: str) -> tuple[str, int]:
    """The host and port a URL points at; raise InvalidURL when it cannot be parsed."""
    try:
        parts = urlsplit(url)
        port = parts.port  # urllib checks the port (and IPv6 brackets) only when asked
    except ValueError as exc:
        raise InvalidURL(f"invalid URL: {exc}") from None
    return parts.hostname or "", port or (443 if parts.scheme == "https" else 80)


class GuardedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only when its target passes the same address check."""

    def __init__(self, allow: Collection[str], resolver: Resolver = resolve_host) -> None:
        self.allow, self.resolver = allow, resolver

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        check_url(newurl, self.allow, self.resolver)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
