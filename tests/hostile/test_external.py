"""`links --external` against hostile servers and addresses: local servers only, nothing leaves the machine."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from briefings.findings import Severity
from briefings.links import external, guard

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


class _Hostile(BaseHTTPRequestHandler):
    """Redirect loops, redirects to file:, long redirect chains and a server that drips its headers."""

    hits: list[str] = []

    def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
        self.hits.append(f"{self.headers.get('Host')} {self.path}")
        if self.path.startswith("/drip"):
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(200):  # one byte every 0.2 s: each read is quick, the answer never ends
                time.sleep(0.2)
                try:
                    self.wfile.write(b"X")
                    self.wfile.flush()
                except OSError:
                    return
            return
        redirects = {"/loop-a": "/loop-b", "/loop-b": "/loop-a", "/to-file": "file:///etc/passwd",
                     **{f"/hop{n}": f"/hop{n + 1}" for n in range(20)}}
        if self.path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[self.path])
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return None


@contextmanager
def _server() -> Iterator[str]:
    _Hostile.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _check(host: str, paths: list[str], tmp_path: Path, **settings: Any) -> list[tuple[int, Severity, str]]:
    config = external.Settings(tmp_path / "cache.json", seconds_per_host=0.0, allow=frozenset({host}), **settings)
    uses = [external.Use(f"http://{host}{p}", "docs/A/x.md", n) for n, p in enumerate(paths, 1)]
    return [(f.line, f.severity, f.message) for f in external.check(uses, config, now=NOW)]


def test_redirect_loops_non_http_redirects_and_long_chains_are_errors(tmp_path: Path) -> None:
    with _server() as host:
        found = _check(host, ["/loop-a", "/to-file", "/hop0", "/hop15", "/fine"], tmp_path)
    assert [(line, severity) for line, severity, _ in found] == [(1, Severity.ERROR), (2, Severity.ERROR),
                                                                (3, Severity.ERROR)]
    assert "redirect loop" in found[0][2] and "non-http URL (file:///etc/passwd)" in found[1][2]
    assert "more than 5 redirects" in found[2][2]
    assert not any(hit.endswith("/hop7") for hit in _Hostile.hits)  # the chain was cut at the limit


def test_a_dripping_server_is_cut_at_the_request_and_run_deadlines(tmp_path: Path) -> None:
    started = time.monotonic()
    with _server() as host:
        found = _check(host, [f"/drip?{n}" for n in range(8)], tmp_path, timeout=1.0, total_seconds=2.5,
                       workers=2)
    elapsed = time.monotonic() - started
    assert elapsed < 15  # uncut, the eight answers would drip for 160 s on the two workers
    assert len(found) == 8 and all(severity is Severity.WARNING for _, severity, _ in found)
    assert any("deadline" in message for *_, message in found)
    assert any("time cap" in message for *_, message in found)


def test_the_host_is_resolved_once_and_the_checked_address_is_the_one_connected(tmp_path: Path) -> None:
    with _server() as real:
        port = int(real.split(":")[1])
        answers = [["127.0.0.1"], ["127.0.0.9"]]  # a second lookup would point elsewhere (rebinding)
        asked: list[str] = []

        def resolver(host: str, _port: int) -> list[str]:
            asked.append(host)
            return answers[min(len(asked) - 1, 1)]

        host = f"rebind.test:{port}"
        found = _check(host, ["/fine"], tmp_path, resolver=resolver)
    assert found == [] and asked == ["rebind.test"]
    assert _Hostile.hits == [f"{host} /fine"]  # reached the checked address, with the URL's Host


@pytest.mark.parametrize("address", [
    "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1",
    "2002:7f00:1::1", "2002:c000:0201::1", "2001:0:4136:e378:8000:63bf:80ff:fffe", "::", "::1", "fe80::1%eth0",
    "fc00::1", "ff02::1", "ff0e::1", "2001:db8::1", "100::1", "127.0.0.1", "10.0.0.1", "172.16.0.1",
    "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1",
    "255.255.255.255", "192.0.2.1", "198.18.0.1", "not-an-address",
])
def test_every_non_global_address_form_is_refused(address: str) -> None:
    with pytest.raises(guard.Refused):
        guard.check_url("https://example.invalid/", set(), resolver=lambda host, port: [address])


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "1.1.1.1"])
def test_global_unicast_addresses_pass(address: str) -> None:
    assert guard.check_url("https://example.invalid/", set(), resolver=lambda host, port: [address]) == [address]


@pytest.mark.parametrize("literal", ["[::127.0.0.1]", "[::ffff:127.0.0.1]", "[64:ff9b::7f00:1]", "2130706433",
                                     "0x7f.1", "127.1"])
def test_literal_loopback_spellings_are_never_requested(literal: str, tmp_path: Path) -> None:
    with _server() as host:
        port = host.split(":")[1]
        config = external.Settings(tmp_path / "cache.json", seconds_per_host=0.0)
        uses = [external.Use(f"http://{literal}:{port}/fine", "docs/A/x.md", 1)]
        found = external.check(uses, config, now=NOW)
    assert _Hostile.hits == []
    assert len(found) == 1 and found[0].severity is Severity.WARNING and "not checked" in found[0].message
