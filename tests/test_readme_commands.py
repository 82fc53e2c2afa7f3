"""The README's two set-up commands work in a fresh clone (each builds its own .venv)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                return str(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def test_readme_names_exactly_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Set up and run", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["./scripts/start", "./scripts/test"]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fresh") / "briefings"
    subprocess.run(["git", "clone", "-q", str(REPO), str(target)], check=True)
    return target


def test_main_command_serves_the_library_from_a_fresh_clone(clone: Path) -> None:
    port = free_port()
    env = {**os.environ, "PORT": str(port)}
    env.pop("VIRTUAL_ENV", None)
    log = (clone.parent / "start.log").open("w")
    proc = subprocess.Popen(["./scripts/start"], cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        home = fetch(f"http://127.0.0.1:{port}/", time.monotonic() + 600)
        if "http-equiv=\"refresh\"" in home or "window.location" in home:  # a versioned root redirects
            home = fetch(f"http://127.0.0.1:{port}/latest/", time.monotonic() + 30)
        tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', home)
        assert tabs[1:4] == ["Authoritarianism", "Research", "Russia"], (clone.parent / "start.log").read_text()
        assert (clone / ".venv" / "bin" / "briefings").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def test_start_checks_the_port_before_publishing(clone: Path) -> None:
    env = {**os.environ}
    env.pop("PORT", None)
    before = _branch_tip(clone, "local-site")  # another test of this module may have published already
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(["./scripts/start", str(port)], cwd=clone, env=env, capture_output=True,
                                text=True, timeout=120)
        from_env = subprocess.run(["./scripts/start"], cwd=clone, env={**env, "PORT": str(port)},
                                  capture_output=True, text=True, timeout=120)
    for run in (result, from_env):
        assert run.returncode == 2, run.stdout + run.stderr
        assert f"port {port} on 127.0.0.1 is already in use: nothing was published" in run.stderr
        assert "serving" not in run.stdout
    assert _branch_tip(clone, "local-site") == before  # nothing was published
    bad = subprocess.run(["./scripts/start", "http"], cwd=clone, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "not a port number" in bad.stderr


def _branch_tip(root: Path, branch: str) -> str:
    found = subprocess.run(["git", "rev-parse", "--verify", "-q", branch], cwd=root, capture_output=True, text=True)
    return found.stdout.strip()


def test_test_command_installs_and_collects_from_a_fresh_clone(clone: Path) -> None:
    env = {**os.environ, "PYTEST_WORKERS": "0"}
    env.pop("VIRTUAL_ENV", None)
    result = subprocess.run(["./scripts/test", "--collect-only", "-q", "-p", "no:cacheprovider"], cwd=clone,
                            env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"^\d+ tests collected", result.stdout, re.MULTILINE), result.stdout[-2000:]
