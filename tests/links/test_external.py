"""`--external`: local HTTP servers only; rate limit, cache with expiry, no private addresses."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from briefings.findings import Severity
from briefings.links import external, guard
from tests.conftest import briefing_text, run_git

CliRunner = Callable[..., tuple[int, str, str]]
NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


class _Server:
    """A local HTTP server that records each request as 'METHOD /path'."""

    def __init__(self, redirect_to: str = "") -> None:
        self.hits: list[str] = []
        self.redirect_to = redirect_to
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                owner.hits.append(f"{self.command} {self.path}")
                if self.path == "/nohead" and self.command == "HEAD":
                    self.send_response(405)
                elif self.path == "/gone":
                    self.send_response(404)
                elif self.path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", owner.redirect_to)
                else:
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_HEAD = _answer  # noqa: N815 - the stdlib's names

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.server.server_address[1]}"


@contextmanager
def _running(server: _Server) -> Iterator[_Server]:
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


def _uses(host: str, *paths: str) -> list[external.Use]:
    return [external.Use(f"http://{host}{p}", "docs/A/page.md", n) for n, p in enumerate(paths, 1)]


def test_statuses_head_fallback_and_guarded_redirects(tmp_path: Path) -> None:
    with _running(_Server()) as other, _running(_Server(redirect_to="")) as site:
        site.redirect_to = f"http://{other.host}/secret"
        settings = external.Settings(tmp_path / "cache.json", seconds_per_host=0.0, allow=frozenset({site.host}))
        findings = external.check(_uses(site.host, "/ok", "/gone", "/nohead", "/redirect"), settings, now=NOW)
    assert [(f.line, f.severity, f.rule) for f in findings] == [
        (2, Severity.ERROR, "external-link"), (4, Severity.WARNING, "external-link")]
    assert findings[0].message.endswith("/gone: answered HTTP 404")
    assert "not followed" in findings[1].message and "non-public address 127.0.0.1" in findings[1].message
    assert "GET /nohead" in site.hits  # HEAD refused, asked again with GET
    assert other.hits == []  # the redirect to a loopback address that is not allowed was never followed


def test_loopback_and_private_addresses_are_never_requested(tmp_path: Path) -> None:
    with _running(_Server()) as server:
        settings = external.Settings(tmp_path / "cache.json", seconds_per_host=0.0)  # nothing allowed
        findings = external.check(_uses(server.host, "/ok"), settings, now=NOW)
    assert server.hits == []
    assert findings[0].severity is Severity.WARNING and "not checked" in findings[0].message


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.7", "169.254.169.254", "127.0.0.1", "::1",
                                     "fe80::1", "fd00::5", "0.0.0.0", "100.64.0.1"])
def test_guard_refuses_non_public_addresses(address: str) -> None:
    with pytest.raises(guard.Refused):
        guard.check_url("https://example.invalid/x", set(), resolver=lambda host, port: [address])


def test_guard_accepts_public_addresses_and_explicit_allows() -> None:
    guard.check_url("https://example.invalid/x", set(), resolver=lambda host, port: ["93.184.215.14"])
    guard.check_url("http://127.0.0.1:8123/", {"127.0.0.1:8123"}, resolver=lambda host, port: ["127.0.0.1"])


def test_good_results_are_cached_until_they_expire(tmp_path: Path) -> None:
    with _running(_Server()) as server:
        settings = external.Settings(tmp_path / "cache.json", seconds_per_host=0.0, cache_days=7,
                                     allow=frozenset({server.host}))
        uses = _uses(server.host, "/ok", "/gone")
        external.check(uses, settings, now=NOW)
        first = len(server.hits)
        external.check(uses, settings, now=NOW + dt.timedelta(days=6))
        assert len(server.hits) == first + 1  # only the failing URL was asked again
        external.check(uses, settings, now=NOW + dt.timedelta(days=8))
        assert len(server.hits) == first + 3  # the cached good result expired


def test_requests_to_one_host_are_rate_limited(tmp_path: Path) -> None:
    with _running(_Server()) as server:
        settings = external.Settings(tmp_path / "cache.json", seconds_per_host=0.3, allow=frozenset({server.host}))
        started = dt.datetime.now()
        external.check(_uses(server.host, "/a", "/b", "/c", "/d"), settings, now=NOW)
        elapsed = (dt.datetime.now() - started).total_seconds()
    assert elapsed >= 0.9  # four requests, three waits of 0.3 s, although four workers were free


def test_cli_external_checks_sources_and_links(make_library: Callable[..., Path], cli: CliRunner) -> None:
    with _running(_Server()) as server:
        body = f"See [gone](http://{server.host}/gone).\n"
        sources = [{"id": "s1", "title": "Report", "url": f"http://{server.host}/ok"}]
        root = make_library({"A/page.md": briefing_text("Page", body, sources=sources)})
        (root / "pyproject.toml").write_text(
            f'[tool.briefings]\nexternal_allow = ["{server.host}"]\nexternal_seconds_per_host = 0\n')
        code, out, _ = cli("--root", root, "links", "--external")
        assert code == 1
        assert f"http://{server.host}/gone: answered HTTP 404" in out
        assert sorted(set(server.hits)) == ["HEAD /gone", "HEAD /ok"]
        assert (root / ".briefings-cache/external-links.json").exists()
        code, out, _ = cli("--root", root, "links")  # off by default: no requests
        assert code == 0 and server.hits.count("HEAD /gone") == 1


@pytest.mark.parametrize("url", ["https://example.com:99999/", "http://[::1/", "http://example.com:port/"])
def test_guard_raises_invalid_url_without_resolving(url: str) -> None:
    asked: list[str] = []
    with pytest.raises(guard.InvalidURL, match="invalid URL"):
        guard.check_url(url, set(), resolver=lambda host, port: asked.append(host) or ["93.184.215.14"])
    assert asked == []


def test_cli_reports_invalid_urls_at_their_line(make_library: Callable[..., Path], cli: CliRunner) -> None:
    body = "First line.\n\nSee [x](https://example.com:99999/).\n\nAnd [y](http://[::1/).\n"
    root = make_library({"A/page.md": briefing_text("Page", body)})
    code, out, err = cli("--root", root, "links", "--external")
    assert code == 1, err
    assert "internal error" not in err
    lines = [line for line in out.splitlines() if "invalid URL" in line]
    assert len(lines) == 2 and all("error" in line for line in lines) and "A/page.md" in out
    assert "https://example.com:99999/: invalid URL" in out and "http://[::1/: invalid URL" in out


def test_cli_cache_is_ignored_by_git_and_unchanged_runs_do_not_rewrite_it(
        make_library: Callable[..., Path], cli: CliRunner) -> None:
    with _running(_Server()) as server:
        root = make_library({"A/page.md": briefing_text("Page", f"See [ok](http://{server.host}/ok).\n")},
                            git=True)
        (root / "pyproject.toml").write_text(
            f'[tool.briefings]\nexternal_allow = ["{server.host}"]\nexternal_seconds_per_host = 0\n')
        run_git(root, "add", "-A")
        run_git(root, "commit", "-qm", "settings")
        assert cli("--root", root, "links", "--external")[0] == 0
        cache = root / ".briefings-cache/external-links.json"
        assert cache.exists() and not (root / ".cache").exists()
        assert run_git(root, "status", "--porcelain") == ""  # the next publish sees a clean tree
        written = cache.stat().st_mtime_ns
        os.utime(cache, ns=(written - 10**9, written - 10**9))
        assert cli("--root", root, "links", "--external")[0] == 0  # all cached: nothing requested
        assert cache.stat().st_mtime_ns == written - 10**9
        assert server.hits == ["HEAD /ok"]


@pytest.mark.parametrize("setting", ['external_cache_days = "week"', "external_cache_days = 1e300",
                                     "external_cache_days = -1", "external_cache_days = nan",
                                     "external_cache_days = true", 'external_seconds_per_host = "1s"',
                                     "external_seconds_per_host = inf"])
def test_bad_external_settings_are_config_errors(setting: str, make_library: Callable[..., Path],
                                                 cli: CliRunner) -> None:
    root = make_library({"A/page.md": briefing_text("Page", "See [x](https://example.invalid/).\n")})
    (root / "pyproject.toml").write_text(f"[tool.briefings]\n{setting}\n")
    code, _, err = cli("--root", root, "links", "--external")
    assert code == 2
    assert "internal error" not in err and "Traceback" not in err
    assert "pyproject.toml" in err and setting.split(" =")[0] in err
