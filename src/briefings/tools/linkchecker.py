"""Every call to LinkChecker goes through here: a loopback crawl with caps, CSV results."""

from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from briefings.errors import ToolError
from briefings.tools import process


@dataclass(frozen=True)
class CrawlSettings:
    """How hard and how long LinkChecker may crawl."""

    threads: int = 4
    requests_per_second: float = 2000.0  # per host; honoured because our server sends a LinkChecker header
    timeout: float = 10.0  # per request, seconds
    max_seconds: int = 240  # LinkChecker stops queueing new URLs after this
    grace_seconds: int = 60  # then we kill it if it still has not finished
    anchors: bool = False  # LinkChecker's AnchorCheck re-fetches a page per #anchor: see links.site_anchors


def executable() -> str:
    """The linkchecker program next to our Python, else on PATH."""
    beside = Path(sys.executable).with_name("linkchecker")
    found = str(beside) if beside.exists() else shutil.which("linkchecker")
    if not found:
        raise ToolError("cannot run linkchecker: not found", hint="pip install linkchecker (it is a dependency)")
    return found


def config_text(site_url: str, settings: CrawlSettings, *, nofollow: str = "") -> str:
    """A linkcheckerrc that checks only URLs under `site_url` (anything else is syntax-checked only).

    `nofollow` is a regular expression of site URLs that are checked but not parsed for more links.
    """
    only_site = "^(?!" + re.escape(site_url) + ")"
    return "\n".join([
        "[checking]",
        f"threads={settings.threads}",
        f"timeout={settings.timeout:g}",
        f"maxrunseconds={settings.max_seconds}",
        f"maxrequestspersecond={settings.requests_per_second:g}",
        "robotstxt=0",
        "recursionlevel=-1",
        "[filtering]",
        "checkextern=0",
        f"ignore={only_site}",
        f"internlinks=^{re.escape(site_url)}",
        *([f"nofollow={nofollow}"] if nofollow else []),
        "[output]",
        "status=0",
        "warnings=1",
        "[csv]",
        "separator=;",
        *(["[AnchorCheck]"] if settings.anchors else []),
        "",
    ])


def crawl(start_url: str, *, workdir: Path, settings: CrawlSettings | None = None, log_all: bool = False,
          site_url: str = "", nofollow: str = "") -> str:
    """Crawl the site from `start_url`; returns LinkChecker's CSV (problems only, or every URL). Never hangs."""
    settings = settings or CrawlSettings()
    config = workdir / "linkcheckerrc"
    config.write_text(config_text(site_url or start_url, settings, nofollow=nofollow), encoding="utf-8")
    verbose = ["--verbose"] if log_all else []
    result = process.run(
        [executable(), "--config", config, "--output", "csv/utf-8", "--no-status", *verbose, start_url],
        cwd=workdir, env={"HOME": str(workdir)}, timeout=settings.max_seconds + settings.grace_seconds, check=False,
    )
    if result.returncode not in (0, 1):
        raise ToolError(process.describe_failure(["linkchecker", start_url], result),
                        hint="run again with --debug, or run linkchecker by hand on the built site")
    return result.stdout
