"""`briefings links --external`: check external URLs (links and sources) politely and safely.

Requests go only to public addresses (see guard), one host at a time at a limited rate, with a
timeout each and an overall time cap; good results are cached on disk with an expiry.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from briefings.config import Project
from briefings.errors import ConfigError
from briefings.findings import Finding, Severity
from briefings.frontcache import CACHE_ROOT
from briefings.links import guard, url_cache
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
    timeout: float = 10.0
    seconds_per_host: float = 1.0
    cache_days: float = 7.0
    total_seconds: float = 300.0
    workers: int = 4
    allow: frozenset[str] = field(default_factory=frozenset)  # host:port allowed although not public


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
    """None when the URL answers; else (severity, what went wrong). 404/410 are errors, the rest warnings."""
    if time.monotonic() > deadline:
        return Severity.WARNING, "not checked: the time cap for external checks was reached"
    try:
        guard.check_url(url, settings.allow)
    except guard.InvalidURL as exc:
        return Severity.ERROR, str(exc)
    except guard.Refused as exc:
        return Severity.WARNING, f"not checked: {exc}"
    opener = urllib.request.build_opener(guard.GuardedRedirects(settings.allow))
    status = 0
    for method in ("HEAD", "GET"):
        limiter.wait(urlsplit(url).netloc)
        status, error = _request(opener, url, method, settings.timeout)
        if error:
            return Severity.WARNING, error
        if status not in (403, 405, 501):  # some servers refuse HEAD; ask again with GET
            break
    if status < 400:
        return None
    return (Severity.ERROR if status in (404, 410) else Severity.WARNING), f"answered HTTP {status}"


def _request(opener: urllib.request.OpenerDirector, url: str, method: str, timeout: float) -> tuple[int, str]:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            return int(response.status), ""
    except urllib.error.HTTPError as exc:
        return int(exc.code), ""
    except guard.Refused as exc:
        return 0, f"not followed: {exc}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return 0, f"no answer: {reason}"


class _HostLimiter:
    """At most one request per `interval` seconds to each host."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.lock = threading.Lock()
        self.next_slot: dict[str, float] = {}

    def wait(self, host: str) -> None:
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot.get(host, now))
            self.next_slot[host] = slot + self.interval
        time.sleep(max(0.0, slot - now))
