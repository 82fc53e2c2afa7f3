"""The live preview's state: the site session, the problems of the last saves, lint findings."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from briefings.config import Project
from briefings.library import Briefing
from briefings.preview import changes, overlay
from briefings.preview.events import ALL, Notifier
from briefings.preview.problems import Problem, from_exception
from briefings.preview.session import Session
from briefings.terminal import shown

SITE_KEY = "(site)"  # the problem key of a failed full read (mkdocs.yml, a plugin error)
LINT_ONLY = ("styles", ".vale.ini")  # files that change findings but not the site
QUIET_SECONDS = 2.0  # background reading waits this long after a save or a page request


class Preview:
    """Keeps the site current with the saves; `problem` is what the browser shows instead."""

    def __init__(self, project: Project, site_dir: Path) -> None:
        self.project = project
        self.session = Session(project, site_dir)
        self.notifier = Notifier()
        self.problems: dict[str, Problem] = {}
        self.ready = threading.Event()
        self._findings: dict[str, list[dict[str, Any]]] = {}
        self._findings_lock = threading.Lock()
        self._saved = threading.Event()  # wakes the warming loop after a save
        self._quiet_from = 0.0  # monotonic time from which the background reading may go on

    def busy(self) -> None:
        """A save or a page request: the background reading leaves them the CPU for a while."""
        self._quiet_from = time.monotonic() + QUIET_SECONDS

    def warm(self, stop: threading.Event) -> None:
        """Read the pages that wait to be read, one at a time, while no one saves or asks for pages;
        tell open pages when that changed what they show (the sourcing dashboard, a navigation)."""
        self.ready.wait()
        steps = 0
        while not stop.is_set():
            wait = self._quiet_from - time.monotonic()
            if wait > 0:
                stop.wait(wait)
                continue
            worked = self.session.warm_one()
            moved = self.session.take_moved()
            if moved:
                self.notifier.bump(ALL if ALL in moved else moved)
            if worked:
                steps += 1
                time.sleep(0.001)  # let a save or a request take the lock first
                continue
            if steps:
                print(f"preview: read the waiting pages in the background ({steps} steps): search index and "
                      "sourcing dashboard complete", flush=True)
                steps = 0
            self._saved.wait(timeout=2)
            self._saved.clear()

    @property
    def problem(self) -> Problem | None:
        """The first problem of the pending ones, if any."""
        return next(iter(self.problems.values()), None)

    def start(self) -> None:
        """Read the whole site once."""
        self._reload()
        self.ready.set()
        self.notifier.bump(ALL)

    def on_change(self, paths: set[Path]) -> None:
        """Apply a burst of saves, then tell the open pages."""
        self.busy()
        started = time.perf_counter()
        changed: set[str] = set()
        reload = ""  # "docs": files under docs/ came or went (the rest is kept); "site": read it all again
        gone: set[str] | None = set()  # Markdown files removed (None: other files under docs/ changed)
        for path in sorted(paths):
            kind = self._kind(path)
            if kind == "page" and path.is_file():
                changed |= self._update(path)
            elif kind in ("page", "docs"):
                reload = reload or "docs"
                if gone is not None and kind == "page":
                    gone.add(path.relative_to(self.project.docs_dir).as_posix())
                else:
                    gone = None
            elif kind == "site":
                reload = "site"
            elif kind == "lint":
                changed.add(ALL)
        if reload:
            self._reload(reuse=reload == "docs" and SITE_KEY not in self.problems, changed=gone)
            changed = {ALL}
        with self._findings_lock:
            if ALL in changed:
                self._findings.clear()
            for url in changed:
                self._findings.pop(url, None)
        self.busy()
        self._saved.set()
        if changed:
            self.notifier.bump(ALL if ALL in changed else changed)
            print(shown(f"preview: updated {_describe(changed)} in {time.perf_counter() - started:.2f} s"), flush=True)
            for url in sorted(changed - {ALL})[:3]:  # lint the saved page while the browser reloads
                self._warm(url)

    def _warm(self, url: str) -> None:
        try:
            self.findings(url)
        except Exception as exc:  # noqa: BLE001 - the page's own request reports it again
            print(shown(f"preview: lint of /{url} failed: {type(exc).__name__}: {exc}"), flush=True)

    def _kind(self, path: Path) -> str:
        """"page" (a Markdown file of the site), "docs" (another file under docs/), "site"
        (anything else MkDocs reads), "lint", or ""."""
        site_dir = self.session.site_dir
        if path.is_relative_to(site_dir) or path.is_relative_to(self.project.site_dir):
            return ""
        if path.is_relative_to(self.project.docs_dir):
            return "page" if path.suffix == ".md" else "docs"
        rel = path.relative_to(self.project.root).parts
        if rel and rel[0] in LINT_ONLY:
            return "lint"
        return "site"

    def _update(self, path: Path) -> set[str]:
        label = self.project.label(path)
        rel = path.relative_to(self.project.docs_dir).as_posix()
        try:
            edited = Briefing.read(path, rel, label=label, max_bytes=self.project.settings.max_file_bytes)
            impact, touched = self.session.update(edited, lambda page: overlay.claims(self.session.library, page))
        except Exception as exc:  # noqa: BLE001 - any failure of a save is shown in the browser
            self.problems[label] = from_exception(exc, label)
            print(shown(f"preview: {self.problems[label]}"), flush=True)
            return {ALL}
        had_problem = self.problems.pop(label, None) is not None
        if impact is changes.Impact.NONE:
            return {ALL} if had_problem else set()
        if impact is changes.Impact.PAGE and not had_problem:
            url = self.session.url_of(rel)
            return {url, *touched} if url is not None else {ALL}
        return {ALL}

    def _reload(self, *, reuse: bool = False, changed: set[str] | None = None) -> None:
        try:
            self.session.load(reuse=reuse, changed=changed)
        except Exception as exc:  # noqa: BLE001 - shown in the browser until the next good save
            self.problems[SITE_KEY] = from_exception(exc, self.project.label(self.project.mkdocs_file))
            print(shown(f"preview: {self.problems[SITE_KEY]}"), flush=True)
        else:
            self.problems.clear()

    def findings(self, url: str) -> list[dict[str, Any]]:
        """The lint findings of the page at `url`, placed for the page overlay (cached per save)."""
        with self._findings_lock:
            cached = self._findings.get(url)
        if cached is not None:
            return cached
        with self.session.lock:
            file = self.session.page_file(url)
            graph = self.session.graph()
            library = self.session.library
        page = library.get(file.src_uri) if file is not None else None
        found = overlay.page_findings(library, page, graph) if page is not None else []
        with self._findings_lock:
            self._findings[url] = found
        return found


def _describe(changed: set[str]) -> str:
    if ALL in changed:
        return "the site"
    return ", ".join(sorted(f"/{url}" for url in changed))
