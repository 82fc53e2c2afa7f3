"""`briefings serve --live` as a real process on a free 127.0.0.1 port."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, briefing_text

START_SECONDS = 120


@dataclass
class Live:
    """A running live preview."""

    root: Path
    port: int
    process: subprocess.Popen[str]
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def get(self, path: str, *, host: str | None = None) -> tuple[int, dict[str, str], str]:
        """(status, headers, body) of a raw GET (the path is sent exactly as given)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", host or f"127.0.0.1:{self.port}")
            conn.endheaders()
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text("utf-8")
            try:
                if self.get("/")[0] != 503:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("the preview did not start:\n" + self.log.read_text("utf-8"))

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            os.kill(self.process.pid, sig)
        return self.process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_live(root: Path, log: Path, port: int | None = None) -> Live:
    port = port or free_port()
    out = log.open("w", encoding="utf-8")
    temp = log.parent / f"{log.stem}-tmp"  # the preview's temporary site goes here, not in the machine's /tmp
    temp.mkdir(exist_ok=True)
    process = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "serve", "--live",
                                "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp)},
                               start_new_session=True)
    return Live(root, port, process, log)


UNSOURCED = "The ministry cut the budget by 40% in 2023."
CITED = "The parliament approved the plan on 3 March 2024.[^1]"
NOTE = "[^1]: Ministry of Finance, *Budget report*, 2024."


def draft(extra: str = "") -> str:
    """A briefing with one unsourced and one cited assertion."""
    return briefing_text("Budget Cuts", f"{UNSOURCED}\n\n{CITED}\n\n{extra}\n\n{NOTE}\n")


def write_library(root: Path) -> Path:
    """A small library with the repository's mkdocs.yml, a section index and a briefing to edit."""
    files = {
        "index.md": "# Home\n\nWelcome.\n",
        "RESEARCH/index.md": "---\ntitle: Research\n---\n\n# Research\n\n<!-- briefings: section-list -->\n",
        "RESEARCH/Budget Cuts.md": draft(),
        "RESEARCH/Other.md": briefing_text("Other", "See [Budget Cuts](Budget%20Cuts.md) for the numbers."),
    }
    for rel, text in files.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


def _running(root: Path, log: Path) -> Iterator[Live]:
    running = start_live(root, log)
    try:
        running.wait_ready()
        yield running
    finally:
        if running.process.poll() is None:  # stopped as a user would, so that it removes its temporary site
            os.kill(running.process.pid, signal.SIGTERM)
            try:
                running.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(running.process.pid, signal.SIGKILL)
                running.process.wait(timeout=30)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    """A preview of its own library: for tests that save files or stop the server."""
    yield from _running(write_library(tmp_path / "lib"), tmp_path / "live.log")


@pytest.fixture(scope="module")
def shared_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """One preview for the tests of a module that only read."""
    tmp = tmp_path_factory.mktemp("shared-live")
    yield from _running(write_library(tmp / "lib"), tmp / "live.log")
