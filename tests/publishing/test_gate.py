"""The publish gate runs lint (error level) and links --strict too, and the sample library passes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import briefing_text, init_repo, run_git
from tests.publishing.conftest import NOW, branch_tip, cited, commit_all, show, versions

pytestmark = pytest.mark.slow
CLI = Callable[..., tuple[int, str, str]]


def test_a_lint_error_blocks_the_gate(library: Path, cli: CLI) -> None:
    (library / "docs/RESEARCH/Claims.md").write_text(
        briefing_text("Claims", "The ministry spent 4 billion euros on the programme in 2024."), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    assert "docs/RESEARCH/Claims.md" in out and "[unsourced-assertion]" in out
    assert "the gate refused edition 2025.01" in err
    assert branch_tip(library) is None


def test_an_undeclared_placeholder_blocks_the_gate(library: Path, cli: CLI) -> None:
    text = cited("Links", "The study is summarised in the overview report from March.")
    text = text.replace("\n[^s1]:", "\nSee [Future Overview](#) (to be written).\n\n[^s1]:")
    (library / "docs/RESEARCH/Links.md").write_text(text, "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    assert "[placeholder-undeclared]" in out and "Future Overview" in out
    assert branch_tip(library) is None


def test_a_link_to_a_left_out_page_is_named_as_such_by_the_gate(library: Path, cli: CLI) -> None:
    text = cited("Links", "The study is summarised in the overview report from March.")
    text = text.replace("\n[^s1]:", "\nSee [the draft](Draft%20Piece.md), [later](Later.md) and [odd](Odd.md)."
                        "\n\n[^s1]:")
    (library / "docs/RESEARCH/Links.md").write_text(text, "utf-8")
    (library / "docs/RESEARCH/Draft Piece.md").write_text(briefing_text("Draft Piece", status="draft"), "utf-8")
    (library / "docs/RESEARCH/Later.md").write_text(
        briefing_text("Later", embargo_until="2099-01-01T00:00:00+00:00"), "utf-8")
    (library / "docs/RESEARCH/Odd.md").write_text(briefing_text("Odd", status="final"), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    for href, page, why in [("Draft%20Piece.md", "Draft Piece.md", "draft"),
                            ("Later.md", "Later.md", "embargoed until 2099-01-01T00:00:00+00:00"),
                            ("Odd.md", "Odd.md", "status 'final' is not one of review, published, planned, "
                                                 "so it stays out")]:
        assert (f"error    link '{href}' points at docs/RESEARCH/{page}, which exists but is left out of this "
                f"edition ({why})  [link-unpublished]") in out
    assert out.count("why: publish that page first (or wait for its embargo), or remove the link") == 3
    assert "no file" not in out and "[link-broken]" not in out  # the lint's link findings too
    assert branch_tip(library) is None


def test_a_symlink_out_of_the_library_is_refused_not_published(library: Path, cli: CLI, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("API_KEY=never-publish-me\n", "utf-8")
    (library / "docs/notes.txt").symlink_to(secret)
    commit_all(library)
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 0, out + err
    assert "not published: docs/notes.txt: symlink to a file outside the library" in out
    assert "notes.txt" not in run_git(library, "ls-tree", "-r", "--name-only", "gh-pages")
    assert "never-publish-me" not in run_git(library, "log", "-p", "gh-pages")


def test_the_sample_library_publishes_cleanly_through_the_gate(sample_library: Path, cli: CLI) -> None:
    init_repo(sample_library)
    code, out, err = cli("--root", sample_library, "publish", "2025.03", "--now", NOW)
    assert code == 0, out + err
    assert "error" not in out.lower()
    assert [v["version"] for v in versions(sample_library)] == ["2025.03"]
    page = show(sample_library, "2025.03/RUSSIA/Trump-Putin Relationship and 2025 Developments/index.html")
    assert "Updated <time datetime=\"2025-03-31\">31 March 2025</time>" in page


def test_a_placeholder_naming_a_draft_is_refused_by_the_gate_as_such(library: Path, cli: CLI) -> None:
    """An edition never shows a left-out briefing's title (the leak scan's rule): the lint warns, the
    gate names the draft, and nothing of it reaches the branch."""
    text = cited("Links", "The study is summarised in the overview report from March.")
    text = text.replace("\n[^s1]:", "\nSee [Merger Terms](#).\n\n[^s1]:")
    (library / "docs/RESEARCH/Links.md").write_text(text, "utf-8")
    (library / "docs/RESEARCH/merger-wip.md").write_text(briefing_text("Merger Terms", status="draft"), "utf-8")
    commit_all(library)
    code, out, err = cli("--root", library, "lint")
    assert code == 0 and "which is left out of editions (draft): an edition may not show its title" in out, out + err
    code, out, err = cli("--root", library, "publish", "2025.01", "--now", NOW)
    assert code == 1, out + err
    assert ("error    placeholder 'Merger Terms' names docs/RESEARCH/merger-wip.md, which exists but is left out "
            "of this edition (draft)  [link-unpublished]") in out
    assert "placeholder-undeclared" not in out and "planned.yml" not in out  # declaring it would not help
    assert branch_tip(library) is None
