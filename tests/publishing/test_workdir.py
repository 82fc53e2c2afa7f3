"""Temporary staging folders: removed on SIGTERM, and those of publishes killed with SIGKILL are removed
by the next run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefings.publishing import workdir
from tests.publishing.conftest import NOW, branch_tip

pytestmark = pytest.mark.slow


def _start(root: Path, tmp: Path, edition: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "publish", edition,
                             "--now", NOW], cwd=root, env={**os.environ, "TMPDIR": str(tmp)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _folders(tmp: Path) -> list[Path]:
    return sorted(tmp.glob(f"{workdir.PREFIX}*"))


def _wait_for_folder(tmp: Path, proc: subprocess.Popen[str], known: int) -> None:
    deadline = time.monotonic() + 120
    while len(_folders(tmp)) <= known and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def _wait_until_gone(group: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def test_sigterm_removes_the_temporary_folder(library: Path, tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = _start(library, tmp, "2025.01")
    _wait_for_folder(tmp, proc, 0)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)  # to the publish alone, as `kill PID` does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "stopped by SIGTERM" in err
    assert _folders(tmp) == []
    assert branch_tip(library) is None


def test_kill_9_at_random_points_then_the_next_run_leaves_no_folder(library: Path, tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    rng = random.Random(9)
    for number in range(1, 6):
        proc = _start(library, tmp, f"2025.{number:02d}")
        _wait_for_folder(tmp, proc, len(_folders(tmp)))
        time.sleep(rng.uniform(0, 2.5))  # staging, the gate, the build or mike's commit
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        _wait_until_gone(proc.pid)  # its workers and MkDocs too, as when a person runs the next publish
        assert proc.returncode in (0, -signal.SIGKILL), out + err
    left = len(_folders(tmp))
    assert left >= 1  # the last kill really left its folder (each run removed those of the runs before)
    proc = _start(library, tmp, "2026.01")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, out + err
    assert _folders(tmp) == [], [(p.name, sorted(str(x.relative_to(p)) for x in p.rglob("*"))[:12]) for p in _folders(tmp)]
    assert f"removed {left} temporary folder(s) left by publishes that were killed" in out


def test_a_folder_held_by_a_live_publish_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    with workdir.temporary() as mine:
        assert workdir.remove_stale() == [] and mine.is_dir()
        orphan = tmp_path / f"{workdir.PREFIX}orphan"
        orphan.mkdir()
        (orphan / workdir.OWNED).write_text("1", "utf-8")
        assert workdir.remove_stale() == [orphan] and mine.is_dir()
    assert not mine.exists()


FORKED_WORKERS = """
from briefings.linting import parallel
from briefings.publishing import workdir
with workdir.temporary() as path:
    for _ in range(8):  # the lint's and the leak scan's workers, inside a publish
        parts, extra = parallel.run(64, lambda r: list(r), lambda: "side", processes=2)
        assert parts == list(range(64)) and extra == "side"
    print("kept" if path.is_dir() else "removed")
"""


def test_a_forked_worker_stopped_with_sigterm_neither_speaks_for_the_publish_nor_removes_its_folder() -> None:
    """The lint's workers, forked inside a publish, end without interrupting it, speaking for it or
    removing its folder. (In a process of its own: forking a test worker, which runs threads, could hang.)"""
    result = subprocess.run([sys.executable, "-c", FORKED_WORKERS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "kept"
    assert "stopped by SIGTERM" not in result.stderr


def test_a_removal_cut_short_by_a_late_write_is_finished_by_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process of a killed publish may finish one last write while the next run removes its folder:
    the folder keeps its owner mark until it is empty, so the run after removes it at once (a folder
    without the mark looks brand new and would be kept for half a minute)."""
    orphan = tmp_path / f"{workdir.PREFIX}killed"
    (orphan / "site" / "RESEARCH").mkdir(parents=True)
    (orphan / "site" / "RESEARCH" / "index.html").write_text("<p>x</p>", "utf-8")
    (orphan / workdir.OWNED).write_text("1", "utf-8")
    real = workdir.shutil.rmtree

    def late_write(path: Path, ignore_errors: bool = False) -> None:
        real(path, ignore_errors=ignore_errors)
        if Path(path).name == "site":  # the dying build writes one more page as the folder goes
            (Path(path) / "late.html").parent.mkdir(parents=True, exist_ok=True)
            (Path(path) / "late.html").write_text("<p>late</p>", "utf-8")

    monkeypatch.setattr(workdir.shutil, "rmtree", late_write)
    assert workdir.remove_stale(tmp_path) == []
    assert (orphan / workdir.OWNED).is_file()  # still claimed
    monkeypatch.setattr(workdir.shutil, "rmtree", real)
    assert workdir.remove_stale(tmp_path) == [orphan]
    assert not orphan.exists()
