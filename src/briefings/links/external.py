"""`briefings links --external`: check external URLs (links and sources) politely and safely.

Requests go only to public addresses (see guard), connected to the address that was checked (see
fetch), one host at a time at a limited rate, with a deadline for each request (redirects and slow
answers included) and one for the run; good results are cached on disk with an expiry.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from briefings.config import Project
from briefings.errors import ConfigError
from briefings.findings import Finding, Severity
from briefings.frontcache import CACHE_ROOT
from briefings.links import fetch, guard, url_cache
from briefings.links.graph import LinkGraph

CACHE_FILE = CACHE_ROOT / "external-links.json"
USER_AGENT = "briefings-linkcheck/0.1 (+https://pypi.org/project/briefings/)"
RULES = {"external-link": "an external URL that does not answer, or answers with an error"}


@dataclass(frozen=True)
class Use:
    """Where an external URL is used: file label and line."""

    url: str
    path: str
    line: int


@dataclass
class Settings:
    """Limits for external checks."""

    cache_file: Path
    timeout: float = 10.0  # per request, all redirects and slow answers included
    seconds_per_host: float = 1.0
    cache_days: float = 7.0
    total_seconds: float = 300.0
    workers: int = 4
    allow: frozenset[str] = field(default_factory=frozenset)  # host:port allowed although not public
    resolver: guard.Resolver = guard.resolve_host  # the one DNS lookup per hop (a seam for tests)


def settings_for(project: Project) -> Settings:
    """Settings from `[tool.briefings]`: external_cache_days, external_seconds_per_host, external_allow."""
    get = project.settings.get
    where = project.root / "pyproject.toml"
    allow = get("external_allow", [])
    if not isinstance(allow, list) or not all(isinstance(a, str) for a in allow):
        raise ConfigError(f"{where}: [tool.briefings] external_allow must be a list of \"host:port\" texts")
    return Settings(
        cache_file=project.root / CACHE_FILE,
        cache_days=_number(get("external_cache_days", 7), "external_cache_days", 3650, "days", where),
        seconds_per_host=_number(get("external_seconds_per_host", 1.0), "external_seconds_per_host", 60,
                                 "seconds", where),
        allow=frozenset(allow),
    )


def _number(value: object, name: str, most: float, unit: str, where: Path) -> float:
    """A setting that must be a number from 0 to `most` (larger values would overflow a timedelta)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
            and 0 <= value <= most:
        return float(value)
    raise ConfigError(f"{where}: [tool.briefings] {name} must be a number of {unit} from 0 to {most}, "
                      f"not {value!r}", hint=f"fix {name} in pyproject.toml")


def uses(graph: LinkGraph) -> list[Use]:
    """Every http(s) URL in link targets and front matter sources, with where it is used."""
    found = [Use(link.href, pl.page.label, link.line) for pl in graph.pages.values() for link in pl.links
             if link.href.startswith(("http://", "https://"))]
    for page in graph.library.pages:
        for index, source in enumerate(page.sources):
            url = source.get("url")
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                found.append(Use(url, page.label, page.front.line_of(("sources", index, "url"))))
    return found


def check(found: list[Use], settings: Settings, *, now: dt.datetime | None = None) -> list[Finding]:
    """Findings for the URLs that fail; each distinct URL is requested at most once."""
    now = now or dt.datetime.now(dt.timezone.utc)
    cache = url_cache.load(settings.cache_file, now, settings.cache_days)
    pending = sorted({u.url for u in found} - set(cache))
    limiter = _HostLimiter(settings.seconds_per_host)
    deadline = time.monotonic() + settings.total_seconds
    with ThreadPoolExecutor(max_workers=settings.workers) as pool:
        results = dict(zip(pending, pool.map(lambda url: _probe(url, settings, limiter, deadline), pending)))
    answered = [url for url, problem in results.items() if problem is None]
    for url in answered:
        cache[url] = now.isoformat()
    if answered:  # an unchanged cache is not rewritten
        url_cache.save(settings.cache_file, cache)
    return sorted(_findings(found, results))


def _findings(found: list[Use], results: dict[str, tuple[Severity, str] | None]) -> Iterator[Finding]:
    for use in found:
        problem = results.get(use.url)
        if problem:
            severity, message = problem
            yield Finding(use.path, use.line, 1, "external-link", severity, f"{use.url}: {message}")


def _probe(url: str, settings: Settings, limiter: _HostLimiter, deadline: float) -> tuple[Severity, str] | None:
    """None when the URL answers; else (severity, what went wrong). 404/410, redirect loops and
    redirects to non-http URLs are errors, the rest warnings."""
    try:
        guard.host_and_port(url)
    except guard.InvalidURL as exc:
        return Severity.ERROR, str(exc)
    answer = fetch.Answer()
    for method in ("HEAD", "GET"):
        if not limiter.wait(urlsplit(url).netloc, deadline):
            return Severity.WARNING, "not checked: the time cap for external checks was reached"
        request_deadline = min(deadline, time.monotonic() + settings.timeout)
        answer = fetch.fetch(url, method, allow=settings.allow, deadline=request_deadline, user_agent=USER_AGENT,
                             resolver=settings.resolver)
        if answer.problem:
            return (Severity.ERROR if answer.broken else Severity.WARNING), answer.problem
        if answer.status not in (403, 405, 501):  # some servers refuse HEAD; ask again with GET
            break
    if answer.status < 400:
        return None
    return (Severity.ERROR if answer.status in (404, 410) else Severity.WARNING), f"answered HTTP {answer.status}"


class _HostLimiter:
    """At most one request per `interval` seconds to each host."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.lock = threading.Lock()
        self.next_slot: dict[str, float] = {}

    def wait(self, host: str, deadline: float) -> bool:
        """Wait for this host's next slot; False (without waiting) when that slot is past `deadline`."""
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot.get(host, now))
            if slot >= deadline:
                return False
            self.next_slot[host] = slot + self.interval
        time.sleep(max(0.0, slot - now))
        return True
