"""`briefings serve --live` over HTTP: pages, the preview's endpoints, bad requests, broken saves,
and stopping cleanly."""

from __future__ import annotations

import json
import re
import signal
import socket
import time
from pathlib import Path

import pytest

from tests.conftest import briefing_text
from tests.preview.conftest import UNSOURCED, Live, draft, free_port, start_live, write_library

pytestmark = pytest.mark.slow
PAGE = "/RESEARCH/Budget%20Cuts/"


def _until(check: object, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_page_carries_the_overlay_and_security_headers(shared_live: Live) -> None:
    status, headers, body = shared_live.get(PAGE)
    assert status == 200
    assert UNSOURCED in body
    assert '<script src="/_preview/overlay.js" data-page="RESEARCH/Budget Cuts/"' in body
    assert '<link rel="stylesheet" href="/_preview/overlay.css">' in body
    assert headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" in headers
    assert headers["Cache-Control"] == "no-store"
    assert shared_live.get("/_preview/overlay.js")[0] == 200
    assert shared_live.get("/versions.json")[0] == 204  # no edition selector in the preview, and no 404
    assert shared_live.get("/search/search_index.json")[0] == 200
    assert shared_live.get("/assets/briefings/briefings.css")[0] == 200


@pytest.mark.parametrize("path", ["/../mkdocs.yml", "/%2e%2e/mkdocs.yml", "/a%00b", "/%ff", "/a\\..\\b", "nohost"])
def test_malformed_paths_get_400(shared_live: Live, path: str) -> None:
    assert shared_live.get(path)[0] == 400


def test_unknown_paths_get_404_and_foreign_hosts_400(shared_live: Live) -> None:
    assert shared_live.get("/RESEARCH/Nothing/")[0] == 404
    assert shared_live.get("/_preview/nothing")[0] == 404
    assert shared_live.get(PAGE, host="evil.example:80")[0] == 400


def test_findings_endpoint_places_the_unsourced_sentence(shared_live: Live) -> None:
    status, _, body = shared_live.get("/_preview/findings?page=RESEARCH/Budget%20Cuts/")
    assert status == 200
    found = json.loads(body)
    unsourced = [f for f in found if f["rule"] == "unsourced-assertion"]
    assert len(unsourced) == 1
    assert unsourced[0]["words"] == ["the", "ministry", "cut", "the", "budget", "by", "40", "in", "2023"]


def test_broken_yaml_shows_file_line_and_fix_then_recovers(live: Live) -> None:
    path = live.root / "docs/RESEARCH/Budget Cuts.md"
    good = path.read_text("utf-8")
    path.write_text(good.replace("status: published", "status: [published", 1), "utf-8")
    _until(lambda: live.get(PAGE)[0] == 500)
    status, _, body = live.get("/RESEARCH/Other/")  # every page says what to fix
    assert status == 500
    assert re.search(r"docs/RESEARCH/Budget Cuts.md:[45]\b", body), body  # where YAML notices it
    assert "What to do:" in body and "save" in body
    assert '<script src="/_preview/overlay.js"' in body and 'data-error="1"' in body
    path.write_text(good.replace(UNSOURCED, "The ministry cut the budget by 45% in 2023."), "utf-8")
    _until(lambda: live.get(PAGE)[0] == 200)
    assert "by 45% in 2023" in live.get(PAGE)[2]


def test_events_tell_an_open_page_when_it_changed(live: Live) -> None:
    body = live.get(PAGE)[2]
    generation = int(body.split('data-generation="', 1)[1].split('"', 1)[0])
    path = live.root / "docs/RESEARCH/Budget Cuts.md"
    path.write_text(draft("One more paragraph."), "utf-8")
    answer = json.loads(live.get(f"/_preview/events?generation={generation}&page=RESEARCH/Budget%20Cuts/")[2])
    assert answer["reload"] is True and answer["generation"] > generation
    other = json.loads(live.get(f"/_preview/events?generation={generation}&page=RESEARCH/Other/")[2])
    assert other["reload"] is False  # a body edit does not touch the other pages


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_stopping_exits_0_frees_the_port_and_removes_the_temporary_site(live: Live, sig: int) -> None:
    temp = live.log.parent / f"{live.log.stem}-tmp"
    assert [p.name for p in temp.iterdir() if p.name.startswith("briefings-preview-")]  # the site, while it serves
    assert live.stop(sig) == 0
    output = live.log.read_text("utf-8")
    assert "error" not in output and "Traceback" not in output
    assert not [p.name for p in temp.iterdir() if p.name.startswith("briefings-preview-")]  # SIGHUP: a closed terminal
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", live.port))  # nothing is left listening on the port


def test_busy_port_is_refused_before_serving(make_library: object, tmp_path: Path) -> None:
    root = make_library({})  # type: ignore[operator]
    with socket.socket() as sock:
        port = free_port()
        sock.bind(("127.0.0.1", port))
        sock.listen()
        running = start_live(root, tmp_path / "busy.log", port=port)
        assert running.process.wait(timeout=60) == 2
    output = running.log.read_text("utf-8")
    assert f"port {port} on 127.0.0.1 is already in use" in output
    assert "serving" not in output


def test_console_lines_show_control_characters_from_a_file_as_replacement(tmp_path: Path) -> None:
    """The lines about rebuilds, broken saves and MkDocs' warnings name the file and quote its
    links: an ESC sequence, BEL, CR or U+009B in them would reach the terminal. (Such a name is a
    `file-name` error: a save of that page is reported as one.)"""
    root = write_library(tmp_path / "lib")
    marks = "\x1b[2J\x07\x9b"
    path = root / "docs/RESEARCH" / f"Evil{marks[:-1]}\r{marks[-1]}.md"
    good = briefing_text("Evil", f"Words.{marks}\n\nSee [gone](gone{marks}.md).")
    path.write_text(good, "utf-8")
    page = root / "docs/RESEARCH/Evil.md"
    page.write_text(good.replace("# Evil", "# Evil twin"), "utf-8")
    running = start_live(root, tmp_path / "live.log")
    try:
        running.wait_ready()
        path.write_text(good.replace("Words.", "More words."), "utf-8")
        _until(lambda: "file name with a control character" in running.log.read_text("utf-8"), 60)
        page.write_text(good.replace("Words.", "More words."), "utf-8")
        _until(lambda: "preview: updated /RESEARCH/Evil/" in running.log.read_text("utf-8"), 60)
        page.write_text(good.replace("status: published", "status: [published"), "utf-8")
        _until(lambda: "not valid YAML" in running.log.read_text("utf-8"), 60)
    finally:
        running.stop()
    log = running.log.read_text("utf-8")
    shown = "Evil\ufffd[2J\ufffd\ufffd\ufffd"
    assert f"preview: docs/RESEARCH/{shown}.md: " in log and "preview: docs/RESEARCH/Evil.md:" in log
    assert re.search(rf"mkdocs WARNING: .*'RESEARCH/{re.escape(shown)}\.md' .*'gone\ufffd\[2J\ufffd\ufffd\.md'", log)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", log), repr(log)


def test_a_file_through_a_symlink_out_of_docs_is_not_served(tmp_path: Path) -> None:
    root = write_library(tmp_path / "lib")
    (root / ".env").write_text("SECRET-TOKEN\n", "utf-8")
    (root / "docs/RESEARCH/env.txt").symlink_to("../../.env")
    (root / "docs/RESEARCH/notes.txt").write_text("Our notes.\n", "utf-8")
    (root / "docs/RESEARCH/alias.txt").symlink_to("notes.txt")
    running = start_live(root, tmp_path / "live.log")
    try:
        running.wait_ready()
        status, _, body = running.get("/RESEARCH/env.txt")
        assert status == 404 and "SECRET-TOKEN" not in body
        assert running.get("/RESEARCH/alias.txt")[::2] == (200, "Our notes.\n")
    finally:
        running.stop()
    log = running.log.read_text("utf-8")
    assert "docs/RESEARCH/env.txt leads out of the docs folder through a symlink: left out of the site" in log
