"""`briefings editions`, `retire` and `serve` (the branch over HTTP on 127.0.0.1), and what readers see."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import run_git
from tests.publishing.conftest import NOW, commit_all, versions
from tests.webserver import chromium_page

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]


@pytest.fixture
def two_editions(library: Path, cli: CLI) -> Path:
    """2025.01 then 2025.02 (latest), with a change in between."""
    assert cli("--root", library, "publish", "2025.01", "--now", NOW)[0] == 0
    alpha = library / "docs/RESEARCH/Alpha.md"
    alpha.write_text(alpha.read_text("utf-8").replace("14 January", "15 January"), "utf-8")
    commit_all(library)
    assert cli("--root", library, "publish", "2025.02", "--now", NOW)[0] == 0
    return library


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, deadline: float) -> tuple[int, str]:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, ""
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def served(two_editions: Path) -> Iterator[str]:
    """`briefings serve` on a free port; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(two_editions), "serve",
                             "--port", str(port)], env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_editions_lists_name_title_date_commit_and_aliases(two_editions: Path, cli: CLI) -> None:
    code, out, _ = cli("--root", two_editions, "editions")
    assert code == 0
    head = run_git(two_editions, "rev-parse", "HEAD").strip()
    lines = out.splitlines()
    assert lines[0].split() == ["2025.02", "February", "2025", "edition", "[latest]"]
    assert lines[1].split() == ["published", "2025-02-01T00:00:00+00:00", "from", head[:12]]
    assert lines[2].startswith("2025.01") and "[latest]" not in lines[2]
    code, out, _ = cli("--root", two_editions, "editions", "--format", "json")
    assert [e["properties"]["source_commit"] for e in json.loads(out)][0] == head


def test_retire_hides_and_delete_removes(two_editions: Path, cli: CLI) -> None:
    code, out, _ = cli("--root", two_editions, "retire", "2025.01")
    assert code == 0 and "hidden from the version selector" in out
    assert versions(two_editions)[1]["properties"]["hidden"] is True
    assert "(retired: hidden from the selector)" in cli("--root", two_editions, "editions")[1]
    assert cli("--root", two_editions, "retire", "2025.01", "--restore")[0] == 0
    assert versions(two_editions)[1]["properties"]["hidden"] is False
    code, out, _ = cli("--root", two_editions, "retire", "2025.01", "--delete")
    assert code == 0 and [v["version"] for v in versions(two_editions)] == ["2025.02"]
    assert "2025.01" not in run_git(two_editions, "ls-tree", "--name-only", "gh-pages")
    code, _, err = cli("--root", two_editions, "retire", "2025.02", "--delete")
    assert code == 2 and "carries the alias latest" in err
    code, _, err = cli("--root", two_editions, "retire", "2024.12")
    assert code == 2 and "no edition 2024.12" in err and "2025.02" in err


def test_serve_without_editions_says_how_to_publish(library: Path, cli: CLI) -> None:
    code, _, err = cli("--root", library, "serve")
    assert code == 2 and "nothing is published yet" in err and "--live" in err


def test_serve_serves_the_branch_with_the_root_opening_latest(served: str) -> None:
    deadline = time.monotonic() + 60
    status, root = _get(served, deadline)
    assert status == 200 and '<meta http-equiv="refresh" content="0; url=latest/">' in root
    status, page = _get(served + "latest/RESEARCH/Alpha/", deadline)
    assert status == 200 and "15 January" in page
    status, page = _get(served + "2025.01/RESEARCH/Alpha/", deadline)
    assert status == 200 and "15 January" not in page and "14 January" in page
    status, data = _get(served + "versions.json", deadline)
    assert [v["version"] for v in json.loads(data)] == ["2025.02", "2025.01"]
    assert _get(served + "2025.01/nothing-here/", deadline)[0] == 404
    for malformed in ("/%00", "/latest/%00/", "/%ff%fe", "/..%2f..%2fetc/passwd", "/%01"):
        status, headers = _raw_get(served, malformed)
        assert status in (400, 404), malformed
        assert headers["X-Content-Type-Options"] == "nosniff"
    status, headers = _raw_get(served, "/latest/RESEARCH/Alpha/")
    assert status == 200 and "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"


def _raw_get(base: str, path: str) -> tuple[int, dict[str, str]]:
    """A GET of a path as written, without the client quoting or checking it."""
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(base)
    connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        response.read()
        return response.status, dict(response.getheaders())
    finally:
        connection.close()


@pytest.mark.parametrize(("args", "says"), [
    (["--host", "0.0.0.0"], "add --public"),
    (["--host", "192.168.1.5", "--live"], "only listens on loopback"),
    (["--host", "0.0.0.0", "--public", "--live"], "only listens on loopback"),
    (["--host", "::", "--live"], "only listens on loopback"),
])
def test_serve_refuses_a_public_address_without_public_and_always_for_live(library: Path, cli: CLI,
                                                                            args: list[str], says: str) -> None:
    code, _, err = cli("--root", library, "serve", *args)
    assert code == 2 and says in err


def test_readers_see_titles_the_outdated_banner_and_updated_dates(served: str, two_editions: Path,
                                                                   cli: CLI) -> None:
    _get(served, time.monotonic() + 60)
    with chromium_page() as page:
        page.goto(served + "2025.01/RESEARCH/Alpha/")
        banner = page.locator("[data-md-component=outdated]")
        banner.wait_for(state="visible", timeout=20000)
        latest = page.locator("a.briefings-latest")
        page.wait_for_function("() => document.querySelector('a.briefings-latest').textContent.includes('February')")
        page.wait_for_function("() => document.querySelector('.briefings-outdated strong').textContent.length > 0")
        assert page.locator(".md-banner .briefings-edition").inner_text().startswith("January 2025 edition · ")
        text = " ".join(banner.inner_text().split())
        assert text == "You are reading the January 2025 edition; the latest is February 2025 edition."
        assert latest.get_attribute("href") == served + "2025.02/"
        assert page.locator(".md-version__current").inner_text().strip() == "January 2025 edition"
        titles = [t.strip() for t in page.locator(".md-version__link").all_inner_texts()]
        assert titles == ["February 2025 editionlatest", "January 2025 edition"], titles  # title + alias badge
        assert page.locator(".briefing-updated").inner_text() == "Updated 31 January 2025"
        latest.click()
        page.wait_for_url(served + "2025.02/")

        page.goto(served + "latest/RESEARCH/Alpha/")
        page.locator(".md-version__current").wait_for(timeout=20000)
        assert page.locator("[data-md-component=outdated]").is_hidden()
        assert page.locator(".md-banner a", has_text="What changed in this edition").count() == 1

        assert cli("--root", two_editions, "retire", "2025.01")[0] == 0
        page.goto(served + "2025.02/")
        page.locator(".md-version__current").wait_for(timeout=20000)
        titles = [t.strip() for t in page.locator(".md-version__link").all_inner_texts()]
        assert not any("January" in t for t in titles), titles


_SHOWN = """(selector) => [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null)
    .map(e => e.textContent.trim() || getComputedStyle(e, "::before").content)"""


def test_without_javascript_readers_still_see_the_edition_and_whether_it_is_the_latest(served: str) -> None:
    """Pages are the same file in both editions; the edition's CSS names it, the branch's CSS says if it is old."""
    _get(served, time.monotonic() + 60)
    with chromium_page(javascript=False) as page:
        page.goto(served + "2025.01/RESEARCH/Beta/")
        assert page.evaluate("() => document.documentElement.classList.contains('no-js')")  # really off
        assert page.evaluate(_SHOWN, ".md-banner .briefings-edition-title") == ['"January 2025 edition"'] * 2
        assert page.evaluate(_SHOWN, ".briefing-cite .briefings-edition-title") == ['"January 2025 edition"']
        assert page.evaluate(_SHOWN, ".briefings-latest-title") == ['"February 2025 edition"']
        assert page.locator(".briefings-outdated-nojs a").get_attribute("href") == "../../../"
        assert page.locator(".md-banner a", has_text="What changed in this edition").is_visible()

        for url in ("2025.02/RESEARCH/Beta/", "latest/RESEARCH/Beta/"):
            page.goto(served + url)
            assert page.evaluate(_SHOWN, ".md-banner .briefings-edition-title") == ['"February 2025 edition"'], url
            assert page.locator(".briefings-outdated-nojs").is_hidden()
    old, new = (_get(served + f"{name}/RESEARCH/Beta/", time.monotonic() + 10)[1] for name in ("2025.01", "2025.02"))
    assert old == new  # Beta did not change: the very same page in both editions


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_serve_refuses_bad_ports(library: Path, cli: CLI, port: str) -> None:
    code, _, err = cli("--root", library, "serve", "--port", port)
    assert code == 2 and "port" in err


def test_serve_live_previews_the_work_tree(library: Path) -> None:
    port = _free_port()
    (library / "docs/RESEARCH/Unpublished.md").write_text("# Unpublished\n\nWork in progress here.\n", "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "briefings", "--root", str(library), "serve", "--live",
                             "--port", str(port)], env=dict(os.environ), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        status, page = _get(f"http://127.0.0.1:{port}/RESEARCH/Unpublished/", deadline)
        while status == 503 and time.monotonic() < deadline:  # "reading the library" while it starts
            time.sleep(0.2)
            status, page = _get(f"http://127.0.0.1:{port}/RESEARCH/Unpublished/", deadline)
        assert status == 200 and "Work in progress here." in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_search_finds_briefings_in_an_edition_whose_index_is_in_shards(served: str, two_editions: Path) -> None:
    """The index lists one file per page; the search worker loads them before Material's worker sees it."""
    index = json.loads(run_git(two_editions, "show", "gh-pages:2025.02/search/search_index.json"))
    names = index["config"]["briefings_shards"]
    assert index["docs"] == [] and names and all(n.startswith("pages/") for n in names)
    beta = [n for n in names if "Beta Report" in run_git(two_editions, "show", f"gh-pages:2025.02/search/{n}")]
    assert len(beta) == 1
    _get(served, time.monotonic() + 60)
    with chromium_page() as page:
        with page.expect_response(lambda response: response.url.endswith(beta[0]), timeout=60000):
            page.goto(served + "2025.02/")  # the worker fetches the page files as soon as the page loads
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially("Beta Report")  # Material reads keyup
        hit = page.locator(".md-search-result__item a", has_text="Beta").first
        hit.wait_for(timeout=60000)
        assert hit.get_attribute("href") == served + "2025.02/RESEARCH/Beta/"


def test_search_works_on_the_not_found_page(served: str, two_editions: Path) -> None:
    """An edition built without site_url roots the 404 page's addresses at "/": its search worker's
    address too, which missed the edition's folder, so the search box stayed at "Initializing"."""
    _get(served, time.monotonic() + 60)
    with chromium_page() as page:
        page.goto(served + "2025.02/no/such/page/")
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially("Beta Report")
        hit = page.locator(".md-search-result__item a", has_text="Beta").first
        hit.wait_for(timeout=60000)
        assert hit.get_attribute("href").endswith("/2025.02/RESEARCH/Beta/")
