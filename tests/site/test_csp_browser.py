"""Material still works under the Content-Security-Policy, in Chromium: search, the edition
selector and the palette toggle, with no violation reported (and a violation would be seen)."""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, run_git
from tests.publishing.conftest import BASE_FILES, NOW, commit_all
from tests.webserver import CHROMIUM, chromium_page, serve_dir

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")]
Cli = Callable[..., tuple[int, str, str]]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sample || ""));
});
"""


def checkout(root: Path, branch: str, target: Path) -> Path:
    """The files of a branch, as a web server would serve them."""
    import subprocess

    archive = subprocess.run(["git", "archive", "--format=tar", branch], cwd=root, capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def test_search_selector_and_palette_work_under_the_policy(make_library: Callable[..., Path], cli: Cli,
                                                           tmp_path: Path) -> None:
    mkdocs = (REPO / "mkdocs.yml").read_text("utf-8")
    root = make_library(dict(BASE_FILES), mkdocs=mkdocs, git=True)
    assert cli("--root", root, "publish", "2025.01", "--now", NOW)[0] == 0
    alpha = root / "docs/RESEARCH/Alpha.md"
    alpha.write_text(alpha.read_text("utf-8").replace("14 January", "15 January"), "utf-8")
    commit_all(root)
    assert cli("--root", root, "publish", "2025.02", "--now", NOW)[0] == 0
    assert "Content-Security-Policy" in run_git(root, "show", "gh-pages:2025.02/RESEARCH/Alpha/index.html")
    site = checkout(root, "gh-pages", tmp_path / "served")

    messages: list[str] = []
    errors: list[str] = []
    with serve_dir(site) as base, chromium_page() as page:
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", lambda m: messages.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "2025.01/RESEARCH/Alpha/")
        page.wait_for_load_state("networkidle")

        # palette toggle (an inline script restores it, the bundle switches it)
        before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        page.locator("label.md-header__button[for^='__palette']:visible").first.click()
        after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert {before, after} == {"default", "slate"}
        page.reload()
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == after  # restored inline


        # the edition selector, fed by versions.json, switches to the other edition
        page.locator(".md-version__current").wait_for(timeout=20000)
        page.locator(".md-version").hover()
        page.locator(".md-version__link", has_text="February").first.click()
        page.wait_for_url(base + "2025.02/**", timeout=20000)
        page.wait_for_load_state("networkidle")
        # search runs in a web worker loaded from the site
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially("Beta")
        page.locator(".md-search-result__item").first.wait_for(timeout=20000)
        assert page.locator(".md-search-result__item").count() >= 1

        violations = page.evaluate("window.__violations")
        assert violations == [], violations
        assert errors == [], errors  # no script of the theme or ours throws (Material's outdated check did)
        assert not [m for m in messages if "Content Security Policy" in m], messages

        # the check would see one: an inline script the policy does not list is refused
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                      " document.body.appendChild(s); }")
        page.wait_for_function("() => window.__violations.length > 0", timeout=5000)
        assert page.evaluate("window.__ran") is None


def test_live_preview_reloads_under_the_policy(make_library: Callable[..., Path]) -> None:
    """MkDocs injects its reload script into each preview response: the preview's policy lets it run."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    root = make_library(dict(BASE_FILES), mkdocs=(REPO / "mkdocs.yml").read_text("utf-8"), git=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(root), "serve", "--live",
                             "--port", str(port)], env=dict(os.environ), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/RESEARCH/Alpha/"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                    assert "Content-Security-Policy" in response.read().decode("utf-8")
                    break
            except OSError:
                assert time.monotonic() < deadline, "the preview did not start"
                time.sleep(0.3)
        with chromium_page() as page:
            page.add_init_script(RECORD_VIOLATIONS)
            page.goto(url)  # not "networkidle": the reload script keeps a request open
            page.wait_for_timeout(1000)
            alpha = root / "docs/RESEARCH/Alpha.md"
            alpha.write_text(alpha.read_text("utf-8").replace("12 findings", "13 findings"), "utf-8")
            page.wait_for_function("() => document.body.innerText.includes('13 findings')", timeout=60000)
            assert page.evaluate("window.__violations") == []
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
