"""Which hosts `--external` may contact: global addresses only, unless a host:port is explicitly allowed.

The host is resolved once, every address is checked, and the request then connects to the checked
address (see `fetch`), so a second DNS answer cannot point the request at 127.0.0.1 (DNS rebinding).
Python's `is_global` misses several forms that reach a private or loopback host through an
embedded IPv4 address (IPv4-compatible `::127.0.0.1`, NAT64 `64:ff9b::7f00:1`, 6to4, Teredo), so
those ranges are refused outright.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from urllib.parse import urlsplit

Resolver = Callable[[str, int], list[str]]

_NOT_GLOBAL_V6 = tuple(ipaddress.IPv6Network(n) for n in (
    "::/96",  # unspecified, loopback and IPv4-compatible addresses
    "::ffff:0:0/96",  # IPv4-mapped
    "::ffff:0:0:0/96",  # IPv4-translated
    "64:ff9b::/96", "64:ff9b:1::/48",  # NAT64
    "100::/64",  # discard
    "2001::/32",  # Teredo
    "2001:db8::/32",  # documentation
    "2002::/16",  # 6to4
    "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",  # unique local, link-local, site-local, multicast
))


class Refused(Exception):
    """A URL whose host resolves to a private, loopback, link-local or otherwise non-public address."""


class InvalidURL(Refused):
    """A URL that cannot be parsed (a bad port, an unclosed IPv6 bracket): never requested."""


def resolve_host(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """True only for a globally routable unicast address that embeds no other address."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and any(ip in net for net in _NOT_GLOBAL_V6):
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_loopback
                                 or ip.is_private or ip.is_unspecified)


def check_url(url: str, allow: Collection[str], resolver: Resolver = resolve_host) -> list[str]:
    """The addresses to connect to for the URL's host; Refused unless every one is public (or host:port
    is allowed)."""
    host, port = host_and_port(url)
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"cannot resolve {host}: {exc}") from None
    if not addresses:
        raise Refused(f"cannot resolve {host}")
    if f"{host}:{port}" in allow:
        return addresses
    for address in addresses:
        if not is_public(address):
            raise Refused(f"{host} resolves to the non-public address {address}")
    return addresses


def host_and_port(url: str) -> tuple[str, int]:
    """The host and port a URL points at; raise InvalidURL when it cannot be parsed."""
    try:
        parts = urlsplit(url)
        port = parts.port  # urllib checks the port (and IPv6 brackets) only when asked
    except ValueError as exc:
        raise InvalidURL(f"invalid URL: {exc}") from None
    if not parts.hostname:
        raise InvalidURL("invalid URL: no host")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)
