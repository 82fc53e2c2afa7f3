"""The preview's in-process builder: after each kind of save, every page it serves equals what a
full `mkdocs build` of the same files writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.config import load_project
from briefings.library import Briefing
from briefings.preview import overlay
from briefings.preview.changes import Impact
from briefings.preview.session import Session
from briefings.tools import mkdocs

pytestmark = pytest.mark.slow
PLAYBOOK = "docs/RESEARCH/Authoritarian Playbook.md"


def _full_build(root: Path, site: Path) -> None:
    mkdocs.build(root, site_dir=site, strict=False)


def _save(session: Session, root: Path, rel: str, text: str) -> Impact:
    """Save as the preview does: the saved briefing's sourcing figures come from its lint check."""
    path = root / rel
    path.write_text(text, "utf-8")
    docs_rel = path.relative_to(root / "docs").as_posix()
    saved = Briefing.read(path, docs_rel, label=rel, max_bytes=10_000_000)
    return session.update(saved, lambda page: overlay.claims(session.library, page))[0]


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
    session.write_templates()
    for name in ("404.html", "sitemap.xml"):
        assert (session.site_dir / name).read_text("utf-8") == (site / name).read_text("utf-8"), name
    return compared


def test_pages_equal_a_full_build_after_each_kind_of_save(sample_library: Path, tmp_path: Path) -> None:
    root = sample_library
    session = Session(load_project(root), tmp_path / "preview-site")
    session.load()
    for url in session.urls():  # every page written once, as an open preview would have
        file = session.page_file(url)
        assert file is not None
        session.render(file)
    assert session.take_moved() == set()  # each page read showed the title and front matter it was given

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


MEDIA = "docs/AUTHORITARIANISM/Media and Disinformation Tactics.md"
RUSSIA = "docs/RUSSIA/Trump-Putin Relationship and 2025 Developments.md"


def test_title_tags_and_file_set_changes_read_only_what_shows_them(sample_library: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A change of title or tags reads again the page, its section's index and the tags page, not
    every page; a new or renamed file reads only the generated pages (the others, the new one too,
    when asked for). Each time every page (the tags page included) is what a full build writes."""
    from mkdocs.commands import build as mkbuild

    root = sample_library
    session = Session(load_project(root), tmp_path / "preview-site")
    session.load()
    read: list[str] = []
    populate = mkbuild._populate_page

    def counted(page: object, *args: object, **kwargs: object) -> None:
        read.append(page.file.src_uri)  # type: ignore[attr-defined]
        populate(page, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mkbuild, "_populate_page", counted)

    media = (root / MEDIA).read_text("utf-8")
    retitled = media.replace("title: Media and Disinformation Tactics", "title: Media Tactics <Revised>", 1)
    untagged = retitled.replace("  - disinformation\n  - media\n  - Russia\n", "  - media\n", 1)
    assert untagged != retitled != media
    assert _save(session, root, MEDIA, untagged) is Impact.META
    assert set(read) == {MEDIA.removeprefix("docs/"), "AUTHORITARIANISM/index.md", "tags.md"}
    read.clear()
    russia = (root / RUSSIA).read_text("utf-8")
    assert _save(session, root, RUSSIA, russia.replace("  - Ukraine\n", "  - Ukraine\n  - sanctions\n", 1)) \
        is Impact.META
    assert set(read) == {RUSSIA.removeprefix("docs/"), "RUSSIA/index.md", "tags.md"}
    _assert_same_as_full_build(session, root, tmp_path / "full-1")

    read.clear()
    (root / RUSSIA).rename(root / "docs/RUSSIA/Renamed Briefing.md")
    fresh = "docs/RESEARCH/Tagged Newcomer.md"
    text = ("---\ntitle: Tagged Newcomer\nstatus: draft\nsummary: New.\ntags:\n  - media\n---\n\n"
            "# Tagged Newcomer\n\nText.\n")
    assert _save(session, root, fresh, text) is Impact.STRUCTURE
    written = {f.src_uri for f in session.built.files.documentation_pages() if not f.generated_by}  # type: ignore[union-attr]
    assert not set(read) & written  # only generated pages (tags, dashboard, planned): the rest when asked for
    assert session.url_of(RUSSIA.removeprefix("docs/")) is None
    assert session.url_of("RUSSIA/Renamed Briefing.md") == "RUSSIA/Renamed Briefing/"
    read.clear()
    _assert_same_as_full_build(session, root, tmp_path / "full-2")
    # read again: the pages that came, the two section lists, the pages linking to the old name
    assert set(read) & written == {fresh.removeprefix("docs/"), "RUSSIA/Renamed Briefing.md", "RESEARCH/index.md",
                                   "RUSSIA/index.md", "RESEARCH/Authoritarian Playbook.md", MEDIA.removeprefix("docs/")}


def test_a_saved_briefing_is_parsed_once(sample_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The saved page's sourcing figures (header, dashboard) and its marks come from one lint parse."""
    from briefings.linting import document

    session = Session(load_project(sample_library), tmp_path / "preview-site")
    session.load()
    parsed: list[str] = []
    init = document.Document.__init__

    def counted(self: document.Document, briefing: Briefing, *args: object, **kwargs: object) -> None:
        parsed.append(briefing.rel)
        init(self, briefing, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(document.Document, "__init__", counted)
    text = (sample_library / PLAYBOOK).read_text("utf-8").replace(
        "\n## Control through law\n", "\n## Budget\n\nThe ministry cut the budget by 40% in 2023.\n\n## Control through law\n", 1)
    assert _save(session, sample_library, PLAYBOOK, text) is Impact.PAGE
    page = session.library.get("RESEARCH/Authoritarian Playbook.md")
    assert page is not None
    html = session.render(session.page_file("RESEARCH/Authoritarian Playbook/")).read_text("utf-8")  # type: ignore[arg-type]
    found = overlay.page_findings(session.library, page, session.graph())
    assert any("budget" in finding["words"] for finding in found)
    assert "40% in 2023" in html
    record = session.plugin.sourcing["RESEARCH/Authoritarian Playbook.md"]  # the page header's and dashboard's figures
    assert any("40% in 2023" in claim.text and not claim.sourced for claim in record.claims)
    assert parsed == ["RESEARCH/Authoritarian Playbook.md"]
