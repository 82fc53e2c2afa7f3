"""The preview's in-process builder: after each kind of save, every page it serves equals what a
full `mkdocs build` of the same files writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.config import load_project
from briefings.library import Briefing
from briefings.preview.changes import Impact
from briefings.preview.session import Session
from briefings.tools import mkdocs

pytestmark = pytest.mark.slow
PLAYBOOK = "docs/RESEARCH/Authoritarian Playbook.md"


def _full_build(root: Path, site: Path) -> None:
    mkdocs.build(root, site_dir=site, strict=False)


def _save(session: Session, root: Path, rel: str, text: str) -> Impact:
    path = root / rel
    path.write_text(text, "utf-8")
    docs_rel = path.relative_to(root / "docs").as_posix()
    return session.update(Briefing.read(path, docs_rel, label=rel, max_bytes=10_000_000))[0]


def _assert_same_as_full_build(session: Session, root: Path, site: Path) -> int:
    _full_build(root, site)
    compared = 0
    for url in session.urls():
        file = session.page_file(url)
        assert file is not None
        ours = session.render(file).read_text("utf-8")
        theirs = (site / file.dest_uri).read_text("utf-8")
        assert ours == theirs, f"{file.src_uri} differs from a full build"
        compared += 1
    assert session.search_json() == (site / "search/search_index.json").read_text("utf-8")
    return compared


def test_pages_equal_a_full_build_after_each_kind_of_save(sample_library: Path, tmp_path: Path) -> None:
    root = sample_library
    session = Session(load_project(root), tmp_path / "preview-site")
    session.load()
    for url in session.urls():  # every page written once, as an open preview would have
        file = session.page_file(url)
        assert file is not None
        session.render(file)

    playbook = (root / PLAYBOOK).read_text("utf-8")
    edited = playbook.rstrip() + "\n\nA new closing paragraph written in the preview.\n"
    assert _save(session, root, PLAYBOOK, edited) is Impact.PAGE
    assert _assert_same_as_full_build(session, root, tmp_path / "full-1") >= 7

    retitled = edited.replace("title: Authoritarian Playbook", "title: The Autocrat's Playbook & <Co>", 1)
    assert retitled != edited
    assert _save(session, root, PLAYBOOK, retitled) in (Impact.META, Impact.STRUCTURE)
    section = session.render(session.page_file("RESEARCH/"))  # type: ignore[arg-type]
    assert "Autocrat&#39;s Playbook &amp; &lt;Co&gt;" in section.read_text("utf-8")
    assert "<Co>" not in section.read_text("utf-8")
    _assert_same_as_full_build(session, root, tmp_path / "full-2")

    wanting = retitled.rstrip() + "\n\nSee [Elon Musk Fascism Controversies](#) when it is written.\n"
    assert _save(session, root, PLAYBOOK, wanting) is Impact.PAGE  # the planned page lists one more
    planned_page = session.page_file("AUTHORITARIANISM/Elon Musk Fascism Controversies/")
    assert planned_page is not None and "Playbook" in session.render(planned_page).read_text("utf-8")
    _assert_same_as_full_build(session, root, tmp_path / "full-3")

    new = root / "docs/RESEARCH/Fresh Briefing.md"
    new.write_text("---\ntitle: Fresh Briefing\nstatus: draft\nsummary: New.\n---\n\n# Fresh Briefing\n\nText.\n",
                   "utf-8")
    assert _save(session, root, "docs/RESEARCH/Fresh Briefing.md", new.read_text("utf-8")) is Impact.STRUCTURE
    assert session.url_of("RESEARCH/Fresh Briefing.md") == "RESEARCH/Fresh Briefing/"
    _assert_same_as_full_build(session, root, tmp_path / "full-4")


def test_unchanged_save_changes_nothing(sample_library: Path, tmp_path: Path) -> None:
    session = Session(load_project(sample_library), tmp_path / "preview-site")
    session.load()
    text = (sample_library / PLAYBOOK).read_text("utf-8")
    assert _save(session, sample_library, PLAYBOOK, text) is Impact.NONE
