"""`briefings hook CHECK FILE ...` without pre-commit: what each check reports, and bad input."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from tests.hooks.examples import CLAIM, UNSOURCED, line_of

Cli = Callable[..., tuple[int, str, str]]


def test_files_check_names_line_and_column_of_the_first_bad_byte(sample_library: Path, cli: Cli) -> None:
    bad = sample_library / "docs/RESEARCH/Bad.md"
    bad.write_bytes(b"---\ntitle: ok\n---\n\nna\xefve text\n")
    code, out, _ = cli("--root", sample_library, "hook", "--format", "json", "files", bad)
    assert code == 1
    [finding] = json.loads(out)
    assert (finding["path"], finding["line"], finding["column"], finding["rule"]) == \
        ("docs/RESEARCH/Bad.md", 5, 3, "not-utf8")


def test_the_sample_library_passes_every_check(sample_library: Path, cli: Cli) -> None:
    files = sorted(str(p) for p in (sample_library / "docs").rglob("*.md"))
    for check in ("files", "front-matter", "lint", "vale"):
        code, out, err = cli("--root", sample_library, "hook", check, *files)
        assert (code, err) == (0, ""), check
        assert " error " not in out and " warning " not in out, out


def test_files_that_are_not_briefings_are_skipped_by_briefing_checks(sample_library: Path, cli: Cli) -> None:
    outside = sample_library / "notes.md"
    outside.write_text(UNSOURCED, encoding="utf-8")
    assert cli("--root", sample_library, "hook", "lint", outside) == (0, "", "")
    inside = sample_library / "docs/RESEARCH/Spending.md"
    inside.write_text(UNSOURCED, encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "hook", "lint", outside, inside)
    assert code == 1
    assert f"  {line_of(UNSOURCED, CLAIM)}:1  error" in out


def test_a_missing_file_is_a_clear_input_error(sample_library: Path, cli: Cli) -> None:
    code, _, err = cli("--root", sample_library, "hook", "lint", sample_library / "docs/nope.md")
    assert code == 2
    assert "nope.md: no such file" in err
    assert "Traceback" not in err


def test_broken_front_matter_yaml_is_a_finding_with_line(sample_library: Path, cli: Cli) -> None:
    path = sample_library / "docs/RESEARCH/Broken.md"
    path.write_text("---\ntitle: [unclosed\n---\n\n# Broken\n", encoding="utf-8")
    code, out, err = cli("--root", sample_library, "hook", "front-matter", path)
    assert code == 1 and err == ""
    assert "docs/RESEARCH/Broken.md\n  3:1  error    front matter is not valid YAML" in out


def test_symlink_to_a_missing_file_inside_docs_is_rejected(sample_library: Path, cli: Cli) -> None:
    link = sample_library / "docs/RESEARCH/dangling.md"
    os.symlink("Gone.md", link)
    code, out, _ = cli("--root", sample_library, "hook", "files", link)
    assert code == 1
    assert "points to a missing file" in out and "[symlink-outside-docs]" in out


def test_a_briefing_index_page_needs_no_front_matter(sample_library: Path, cli: Cli) -> None:
    index = sample_library / "docs/RESEARCH/index.md"
    index.write_text("# Research\n", encoding="utf-8")
    briefing = sample_library / "docs/RESEARCH/No Front Matter.md"
    briefing.write_text("# No front matter\n", encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "hook", "front-matter", index, briefing)
    assert code == 1
    assert "No Front Matter.md" in out and "index.md" not in out


def test_names_check_rejects_any_file_in_docs_whose_name_git_misreads(sample_library: Path, cli: Cli) -> None:
    docs = sample_library / "docs/RESEARCH"
    (docs / "img\tfolder").mkdir()
    bad = [docs / "img\tfolder/chart.png", docs / "caf\udce9.md", docs / 'q"uote.css', docs / "esc\x1b[2J.svg"]
    for path in bad:
        path.write_bytes(b"\x89PNG\r\n")
    good = docs / "Authoritarian Playbook.md"
    code, out, err = cli("--root", sample_library, "hook", "--format", "json", "names", *bad, good)
    assert code == 1 and err == ""
    found = {f["path"]: f["message"] for f in json.loads(out)}
    assert set(found) == {"docs/RESEARCH/img\ufffdfolder/chart.png", "docs/RESEARCH/caf\ufffd.md",
                          'docs/RESEARCH/q"uote.css', "docs/RESEARCH/esc\ufffd[2J.svg"}
    assert found["docs/RESEARCH/img\ufffdfolder/chart.png"].startswith(
        "path with a control character (shown as \ufffd) in a folder's name; rename the folder")
    assert found["docs/RESEARCH/caf\ufffd.md"].startswith("file name with bytes that are not UTF-8")
    assert cli("--root", sample_library, "hook", "names", good) == (0, "", "")


def test_briefing_hooks_report_a_name_that_is_not_utf8_on_every_run(sample_library: Path, cli: Cli) -> None:
    """Not an internal error, and the lint hook's cache keeps the finding (it is filed under the name shown)."""
    page = sample_library / "docs/RESEARCH/caf\udce9.md"
    page.write_text((sample_library / "docs/RESEARCH/Authoritarian Playbook.md").read_text("utf-8"), "utf-8")
    for check in ("front-matter", "lint", "lint"):
        code, out, err = cli("--root", sample_library, "hook", "--format", "json", check, page)
        assert code == 1 and "internal error" not in err, (check, err)
        [finding] = json.loads(out)
        assert (finding["path"], finding["rule"]) == ("docs/RESEARCH/caf\ufffd.md", "file-name"), check


def test_an_index_page_s_front_matter_is_checked_by_its_own_schema(sample_library: Path, cli: Cli) -> None:
    index = sample_library / "docs/RESEARCH/index.md"
    index.write_text("---\ntitle: Research\nStatus: draft\nhide: [toc]\n---\n\n# Research\n", encoding="utf-8")
    code, out, _ = cli("--root", sample_library, "hook", "front-matter", index)
    assert code == 1
    assert "docs/RESEARCH/index.md\n  3:1  error    unknown field 'Status'; did you mean 'status'?" in out
    assert "1 error in 1 file" in out  # `hide`, a setting Material reads, is no error


def test_options_between_the_check_and_the_files_as_pre_commit_passes_them(sample_library: Path, cli: Cli) -> None:
    """pre-commit runs `entry + args + files`: with the documented `args: [--root, DIR]` that is
    `briefings hook lint --root DIR a.md b.md`; argparse refused the files after the option, so
    every commit failed. Options stay checked: an unknown one is still a usage error."""
    inside = sample_library / "docs/RESEARCH/Spending.md"
    inside.write_text(UNSOURCED, encoding="utf-8")
    good = sample_library / "docs/RESEARCH/index.md"
    for check in ("files", "names", "front-matter", "lint", "vale"):
        code, out, err = cli("hook", check, "--root", sample_library, "--format", "json", good)
        assert (code, err) == (0, ""), (check, err)
    code, out, _ = cli("hook", "lint", "--root", sample_library, "--format", "json", good, inside)
    assert code == 1 and {f["path"] for f in json.loads(out)} == {"docs/RESEARCH/Spending.md"}
    code, out, _ = cli("lint", "--root", sample_library, inside, "--format", "json")
    assert code == 1 and json.loads(out)
    code, _, err = cli("hook", "lint", "--root", sample_library, inside, "--no-such-option")
    assert code == 2 and "unrecognized arguments" in err
