"""Placeholders: resolution by title, stale placeholders, planned.yml, --fix and --scaffold."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings import links, metadata
from briefings.findings import Finding, Severity
from briefings.library import Library
from tests.conftest import briefing_text

CliRunner = Callable[..., tuple[int, str, str]]
CASE_ONE = "docs/CASES/Case One.md"
CASE_TWO = "docs/CASES/Case Two.md"
GUIDE = "docs/RESEARCH/Field Guide.md"


def _summary(findings: list[Finding]) -> list[tuple[str, int, str, Severity]]:
    return [(f.path, f.line, f.rule, f.severity) for f in findings]


def test_placeholder_kinds_and_severities(fixture_library: Callable[[str], Path]) -> None:
    findings = links.check(Library.load(fixture_library("planned")))
    assert _summary(findings) == [
        (CASE_ONE, 13, "placeholder-stale", Severity.WARNING),  # [Field guide!](#): the page exists
        (CASE_ONE, 14, "placeholder-undeclared", Severity.WARNING),  # [Wartime Energy Supply](#)
        (CASE_TWO, 11, "placeholder-undeclared", Severity.WARNING),
        (GUIDE, 11, "placeholder-planned", Severity.INFO),  # [sanctions and trade](#todo) is in planned.yml
    ]
    assert findings[0].message == "placeholder 'Field guide!' now has a page: ../RESEARCH/Field%20Guide.md"


def test_strict_makes_only_undeclared_placeholders_errors(fixture_library: Callable[[str], Path]) -> None:
    findings = links.check(Library.load(fixture_library("planned")), strict=True)
    errors = [(f.path, f.line) for f in findings if f.severity is Severity.ERROR]
    assert errors == [(CASE_ONE, 14), (CASE_TWO, 11)]


def test_plan_sections_notes_and_wanting_briefings(fixture_library: Callable[[str], Path]) -> None:
    plan = links.build(Library.load(fixture_library("planned"))).plan
    wartime, sanctions = plan["wartime energy supply"], plan["sanctions and trade"]
    assert wartime.rel == "CASES/Wartime Energy Supply.md"  # section of the first briefing that wants it
    assert wartime.notes == ["to be written from the energy file"]
    # two placeholders, plus an ordinary link to the planned page's path
    assert wartime.wanted_by == ["CASES/Case One.md", "CASES/Case Two.md", "RESEARCH/Field Guide.md"]
    assert (sanctions.rel, sanctions.declared, sanctions.title) == ("RESEARCH/Sanctions & Trade.md", True,
                                                                      "Sanctions & Trade")
    assert sanctions.notes == ["Will cover the 2017 sanctions law."]


def test_fix_rewrites_only_the_stale_link_target(fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("planned")
    before = {p: p.read_bytes() for p in (root / "docs").rglob("*.md")}
    code, out, err = cli("--root", root, "links", "--fix")
    assert code == 0, out + err
    after = {p: p.read_bytes() for p in (root / "docs").rglob("*.md")}
    changed = [p.name for p in before if before[p] != after[p]]
    assert changed == ["Case One.md"]
    case_one = root / "docs/CASES/Case One.md"
    expected = before[case_one].replace(b"[Field guide!](#) (method notes)",
                                        b"[Field guide!](../RESEARCH/Field%20Guide.md) (method notes)")
    assert after[case_one] == expected
    assert "fixed docs/CASES/Case One.md line 13" in err
    assert "placeholder-stale" not in out
    assert not list((root / "docs/CASES").glob(".*.tmp"))  # the atomic write left nothing behind
    assert cli("--root", root, "links", "--fix")[2] == ""  # nothing left to fix


def _links_fix(make_library: Callable[..., Path], cli: CliRunner, body: str) -> tuple[str, str, str]:
    """`links --fix` on a page holding `body`, with a published "Target Page": its text before and after, stderr."""
    root = make_library({"RESEARCH/target.md": briefing_text("Target Page", "We think so."),
                         "RESEARCH/src.md": briefing_text("Source", body)})
    path = root / "docs/RESEARCH/src.md"
    before = path.read_text("utf-8")
    code, out, err = cli("--root", root, "links", "--fix")
    assert code == 0, out + err
    return before, path.read_text("utf-8"), err


def test_fix_keeps_a_link_title_and_leaves_code_and_html_blocks_alone(make_library: Callable[..., Path],
                                                                    cli: CliRunner) -> None:
    """The site shows `[Target Page](#)` in an indented code block or an HTML block as written: no link to point."""
    body = ("Example of the syntax, as an indented code block:\n\n    [Target Page](#)\n\n"
            "<div>[Target Page](#)</div>\n\nSee [Target Page](# \"the planned page\") for more.\n")
    before, after, err = _links_fix(make_library, cli, body)
    assert after == before.replace('[Target Page](# "the planned page")', '[Target Page](target.md "the planned page")')
    assert err.count("fixed docs/RESEARCH/src.md") == 1


def test_fix_leaves_an_indented_code_block_in_a_block_quote_alone(make_library: Callable[..., Path],
                                                                  cli: CliRunner) -> None:
    """The site shows it as written, with or without another HTML block on the page."""
    body = "> Example of the syntax:\n>\n>     [Target Page](#)\n\nSee [Target Page](#).\n"
    before, after, _ = _links_fix(make_library, cli, body)
    assert after == before.replace("See [Target Page](#)", "See [Target Page](target.md)")


def test_fix_and_scaffold_leave_symlinks_alone(make_library: Callable[..., Path], cli: CliRunner) -> None:
    """The page a symlink points to is fixed once, through its own path; a symlink where a stub would go stays."""
    root = make_library({"RESEARCH/target.md": briefing_text("Target Page", "We think so."),
                         "RESEARCH/real.md": briefing_text("Real", "See [Target Page](#) and [Later Page](#).")})
    alias = root / "docs/RESEARCH/alias.md"
    alias.symlink_to("real.md")
    stub = root / "docs/RESEARCH/Later Page.md"
    stub.symlink_to("nowhere.md")
    code, out, err = cli("--root", root, "links", "--scaffold", "--fix")
    assert alias.is_symlink() and alias.readlink() == Path("real.md")
    assert stub.is_symlink() and stub.readlink() == Path("nowhere.md")
    assert "See [Target Page](target.md)" in (root / "docs/RESEARCH/real.md").read_text("utf-8")
    assert err.count("fixed docs/RESEARCH/real.md line") == 1 and "fixed docs/RESEARCH/alias.md" not in err
    assert "left docs/RESEARCH/alias.md as it is: a symlink (to real.md)" in err


def test_scaffold_writes_valid_stubs_that_placeholders_then_resolve_to(
        fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("planned")
    code, _, err = cli("--root", root, "links", "--scaffold")
    assert "wrote docs/CASES/Wartime Energy Supply.md" in err
    assert "wrote docs/RESEARCH/Sanctions & Trade.md" in err
    library = Library.load(root)
    stub = library.get("CASES/Wartime Energy Supply.md")
    assert stub is not None
    assert stub.meta["status"] == "planned"
    assert stub.meta["plan"] == "to be written from the energy file"
    assert stub.meta["wanted_by"] == ["CASES/Case One.md", "CASES/Case Two.md", "RESEARCH/Field Guide.md"]
    assert "- [Case Two](Case%20Two.md)" in stub.body
    assert metadata.validate(stub.front, stub.label) == []
    assert links.check(library, only={"CASES/Wartime Energy Supply.md"}) == []  # its own links work
    findings = links.check(library, strict=True)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    assert {f.rule for f in findings} == {"placeholder-stale"}
    # once fixed, the placeholders point at the stubs and nothing is left to report
    cli("--root", root, "links", "--fix")
    assert links.check(Library.load(root), strict=True) == []
    assert "(Wartime%20Energy%20Supply.md) (to be written" in (root / "docs/CASES/Case One.md").read_text()


def _bracketed_library(make_library: Callable[..., Path]) -> Path:
    """Briefings whose file names hold a lone bracket, wanted by placeholders and wanting a planned one."""
    return make_library({
        "A/Budget (draft.md": briefing_text("Budget (draft", "See [Future Plan](#) (soon)."),
        "A/Notes) 2024.md": briefing_text("Notes] 2024", "See [Future Plan](#)."),
        "A/Report (2024).md": briefing_text("Report (2024)", "Text."),
        "A/Public.md": briefing_text("Public", "See [Budget (draft](#), [Notes\\] 2024](#), [Report (2024)](#)."),
    })


def _scaffold_and_fix(root: Path, cli: CliRunner) -> None:
    code, out, err = cli("--root", root, "links", "--scaffold", "--fix", "--strict")
    assert code == 0 and "wrote docs/A/Future Plan.md" in err, out + err
    assert "See [Budget (draft](Budget%20%28draft.md), [Notes\\] 2024](Notes%29%202024.md), " \
           "[Report (2024)](Report%20(2024).md)." in (root / "docs/A/Public.md").read_text("utf-8")
    assert "- [Budget (draft](Budget%20%28draft.md)\n- [Notes\\] 2024](Notes%29%202024.md)\n" in \
           (root / "docs/A/Future Plan.md").read_text("utf-8")


def test_fix_and_scaffold_link_file_names_with_a_lone_bracket(make_library: Callable[..., Path],
                                                             cli: CliRunner) -> None:
    root = _bracketed_library(make_library)
    _scaffold_and_fix(root, cli)
    library = Library.load(root)
    assert links.check(library, strict=True) == []
    graph = links.build(library)  # every link written is a link, to the right page
    written = {(rel, link.href) for rel, page in graph.pages.items() for link in page.links}
    assert {("A/Public.md", "Budget%20%28draft.md"), ("A/Public.md", "Notes%29%202024.md"),
            ("A/Future Plan.md", "Budget%20%28draft.md"), ("A/Future Plan.md", "Notes%29%202024.md"),
            ("A/Budget (draft.md", "Future%20Plan.md"), ("A/Notes) 2024.md", "Future%20Plan.md")} <= written


@pytest.mark.slow
def test_links_to_file_names_with_a_lone_bracket_build_strict_to_the_right_pages(
        make_library: Callable[..., Path], cli: CliRunner) -> None:
    root = _bracketed_library(make_library)
    _scaffold_and_fix(root, cli)
    code, out, err = cli("build", "--root", root)
    assert code == 0, out + err
    public = (root / "site/A/Public/index.html").read_text("utf-8")
    assert '<a href="../Budget%20%28draft/">Budget (draft</a>' in public
    assert '<a href="../Notes%29%202024/">Notes] 2024</a>' in public
    assert '<a href="../Budget%20%28draft/">Budget (draft</a>' in (root / "site/A/Future Plan/index.html").read_text()


def test_scaffold_takes_nothing_from_drafts_or_embargoed_briefings(make_library: Callable[..., Path],
                                                                     cli: CliRunner) -> None:
    """A stub is published: a draft's placeholder (its title, plan note, the link back) never makes one."""
    root = make_library({
        "A/Plan.md": briefing_text("Acme Takeover Plan", "We need [Merger Terms](#) (Acme buys Globex quietly).",
                                   status="draft"),
        "A/Later.md": briefing_text("Later", "See [Quiet Deal](#) (the hidden price).",
                                    embargo_until="2099-01-01T00:00:00+00:00"),
        "A/Public.md": briefing_text("Public", "See [Open Review](#) (due in March) and [Merger Terms](#)."),
    })
    code, _, err = cli("--root", root, "links", "--scaffold")
    assert "wrote docs/A/Open Review.md" in err and "wrote docs/A/Merger Terms.md" in err and "Quiet Deal" not in err
    assert not (root / "docs/A/Quiet Deal.md").exists()
    stub = (root / "docs/A/Merger Terms.md").read_text("utf-8")
    for secret in ("Acme", "Globex", "Plan.md", "plan:"):
        assert secret not in stub, secret
    assert "wanted_by:\n- A/Public.md" in stub


def test_scaffold_writes_no_second_page_for_a_draft_that_has_the_title(make_library: Callable[..., Path],
                                                                      cli: CliRunner) -> None:
    root = make_library({"A/merger-wip.md": briefing_text("Merger Terms", "Text.", status="draft"),
                         "A/Public.md": briefing_text("Public", "See [Merger Terms](#).")})
    _, _, err = cli("--root", root, "links", "--scaffold")
    assert "wrote" not in err and not (root / "docs/A/Merger Terms.md").exists()
    assert err == ("no stub: 'Merger Terms' has a page already, docs/A/merger-wip.md, left out of editions "
                   "(draft): its placeholders stay until that page is published\n")


def test_fix_points_a_published_page_only_at_pages_an_edition_publishes(make_library: Callable[..., Path],
                                                                      cli: CliRunner) -> None:
    """The gate refuses a link from a published page to a left-out one: `--fix` never writes one."""
    root = make_library({
        "A/merger-wip.md": briefing_text("Merger Terms", "Text.", status="draft"),
        "A/later.md": briefing_text("Quiet Deal", "Text.", embargo_until="2099-01-01T00:00:00+00:00"),
        "A/odd.md": briefing_text("Odd One", "Text.", status="final"),
        "A/a-sanctions-wip.md": briefing_text("Sanctions", "Text.", status="draft"),
        "A/z-sanctions.md": briefing_text("Sanctions", "Text."),
        "A/Public.md": briefing_text("Public", "See [Merger Terms](#), [Quiet Deal](#), [Odd One](#), [Sanctions](#)."),
        "A/Notes.md": briefing_text("Notes", "See [Merger Terms](#).", status="draft"),
    })
    found = {f.message: f for f in links.check(Library.load(root)) if f.path == "docs/A/Public.md"}
    warned = found["placeholder 'Merger Terms' names docs/A/merger-wip.md, which is left out of editions (draft): "
                   "an edition may not show its title (the publish gate refuses it)"]
    assert (warned.rule, warned.severity, warned.reason) == ("link-unpublished", Severity.WARNING,
                                                             "publish that page first, or reword it")
    assert "placeholder 'Sanctions' now has a page: z-sanctions.md" in found  # a public page has it too
    code, out, err = cli("--root", root, "links", "--fix")
    assert code == 0, out + err
    assert "See [Merger Terms](#), [Quiet Deal](#), [Odd One](#), [Sanctions](z-sanctions.md)." in \
        (root / "docs/A/Public.md").read_text("utf-8")
    assert "[Merger Terms](merger-wip.md)" in (root / "docs/A/Notes.md").read_text("utf-8")  # a draft links to any
    for words, page, why in [("Merger Terms", "merger-wip.md", "draft"),
                             ("Quiet Deal", "later.md", "embargoed until 2099-01-01T00:00:00+00:00"),
                             ("Odd One", "odd.md", "status 'final' is not one of review, published, planned, "
                                                   "so it stays out")]:
        assert (f"left docs/A/Public.md line 12: [{words}] as a placeholder: its page is docs/A/{page}, left out "
                f"of editions ({why}); `--fix` links it once that page is published\n") in err


def test_a_published_page_linking_to_a_draft_is_warned_before_the_gate_refuses_it(
        make_library: Callable[..., Path]) -> None:
    root = make_library({
        "A/Public.md": briefing_text("Public", "See [the draft](Draft%20Piece.md) and [later](Later.md)."),
        "A/Draft Piece.md": briefing_text("Draft Piece", "See [the other draft](Other.md).", status="draft"),
        "A/Other.md": briefing_text("Other", "Text.", status="draft"),
        "A/Later.md": briefing_text("Later", "Text.", embargo_until="2099-01-01T00:00:00+00:00"),
    })
    found = [(f.path, f.line, f.rule, f.severity) for f in links.check(Library.load(root))]
    warned = [f for f in found if f[2] == "link-unpublished"]
    assert [(path, severity) for path, _, _, severity in warned] == [("docs/A/Public.md", Severity.WARNING)] * 2
    messages = [f.message for f in links.check(Library.load(root)) if f.rule == "link-unpublished"]
    assert "points at docs/A/Draft Piece.md, which is left out of editions (draft)" in messages[0]
    assert "points at docs/A/Later.md, which is left out of editions (embargoed until 2099-01-01T00:00:00+00:00)" \
        in messages[1]


def test_stale_registry_entry_is_reported_on_its_line(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/Done.md": briefing_text("Done Now"), "planned.yml": "- title: Other\n- title: done now\n"})
    findings = links.check(Library.load(root))
    assert [(f.path, f.line, f.rule) for f in findings] == [("docs/planned.yml", 2, "planned-stale")]


def test_placeholder_without_text_and_note_on_next_line(make_library: Callable[..., Path]) -> None:
    body = "See [](#) and this [Future Thing](#)\n(planned for spring).\n"
    root = make_library({"A/page.md": briefing_text("Page", body)})
    library = Library.load(root)
    assert [f.rule for f in links.check(library)] == ["placeholder-empty", "placeholder-undeclared"]
    assert links.build(library).plan["future thing"].notes == ["planned for spring"]


@pytest.mark.parametrize(("content", "line", "words"), [
    ("- title: A\n  section: [x\n", 3, "not valid YAML"),
    ("title: A\n", 1, "must be a list"),
    ("- title: A\n  colour: red\n", 2, "unknown key 'colour'"),
    ("- section: RESEARCH\n", 1, "entry has no `title`"),
    ("- title: A\n  section: ../up\n", 1, "one folder name"),
])
def test_broken_planned_yml_is_a_clear_input_error(make_library: Callable[..., Path], cli: CliRunner,
                                                   content: str, line: int, words: str) -> None:
    root = make_library({"planned.yml": content})
    code, out, err = cli("--root", root, "links")
    assert code == 2
    assert f"error: docs/planned.yml:{line}: " in err and words in err
    assert "Traceback" not in err


def test_non_utf8_planned_yml(make_library: Callable[..., Path], cli: CliRunner) -> None:
    root = make_library({"planned.yml": b"- title: caf\xe9\n"})
    code, _, err = cli("--root", root, "links")
    assert code == 2 and "docs/planned.yml:1: not valid UTF-8" in err


def test_fix_keeps_crlf_line_ends_and_a_byte_order_mark(make_library: Callable[..., Path], cli: CliRunner) -> None:
    text = briefing_text("Page", "See [Other page](#) (soon) and [x](#).").replace("\n", "\r\n")
    root = make_library({"A/page.md": b"\xef\xbb\xbf" + text.encode(), "A/other.md": briefing_text("Other Page")})
    cli("--root", root, "links", "--fix")
    expected = b"\xef\xbb\xbf" + text.replace("[Other page](#)", "[Other page](other.md)").encode()
    assert (root / "docs/A/page.md").read_bytes() == expected


def test_fix_and_the_site_point_a_wrapped_placeholder_in_a_crlf_file(make_library: Callable[..., Path],
                                                                     cli: CliRunner) -> None:
    """Link text that wraps a "\r\n" line end: the link's destination is replaced, not its "(" and ")"."""
    from briefings.site.planned import rewrite_placeholders

    text = briefing_text("Page", "See the [Target\npage](#) here (soon).").replace("\n", "\r\n")
    root = make_library({"A/page.md": text.encode(), "A/Target page.md": briefing_text("Target page")})
    library = Library.load(root)
    page = library.get("A/page.md")
    assert page is not None
    pointed = rewrite_placeholders(page.body, page.rel, links.build(library))  # the site build's rewrite
    assert "See the [Target\r\npage](Target%20page.md) here (soon)." in pointed
    code, out, err = cli("--root", root, "links", "--fix")
    assert code == 0, out + err
    assert (root / "docs/A/page.md").read_bytes() == text.replace("(#)", "(Target%20page.md)").encode()


@pytest.mark.parametrize("title", ["Plan " + "a" * 300, "計画 " + "報告書" * 60])
def test_a_placeholder_with_a_very_long_title_builds_and_scaffolds(make_library: Callable[..., Path],
                                                                    cli: CliRunner, title: str) -> None:
    # a generated page's file name is cut to what file systems take (255 bytes), as `briefings new` does
    root = make_library({"A/Public.md": briefing_text("Public", f"See [{title}](#).")})
    code, out, err = cli("build", "--root", root)
    assert code == 0, out + err
    code, out, err = cli("links", "--scaffold", "--root", root)
    assert code == 0, out + err
    stubs = [p for p in (root / "docs" / "A").iterdir() if p.name != "Public.md"]
    assert len(stubs) == 1 and len(stubs[0].name.encode()) <= 203  # 200 bytes of stem, then ".md"
    assert title[:40] in stubs[0].read_text("utf-8")  # the stub keeps the whole title


def test_scaffold_writes_titles_and_notes_as_one_line_of_text(make_library: Callable[..., Path],
                                                              cli: CliRunner) -> None:
    """A placeholder's link text may wrap and a planned title may hold markup: the stub's title is one
    line and its heading and plan note show as written (no second heading line, no raw HTML)."""
    from tests.mdrender import site_html

    root = make_library({
        "A/Public.md": briefing_text("Public", "See [multi\nline title](#) and [Tariffs](#todo)."),
        "planned.yml": "- title: Tariffs <script>alert(1)</script>\n  section: A\n"
                       "  note: <img src=x onerror=alert(2)> *soon*\n",
    })
    code, out, err = cli("--root", root, "links", "--scaffold")
    assert "wrote docs/A/multi line title.md" in err, out + err
    library = Library.load(root)
    multi = library.get("A/multi line title.md")
    assert multi is not None and multi.title == "multi line title"
    assert multi.body.lstrip().startswith("# multi line title\n\nThis briefing is planned")
    tariffs = next(p for p in library.pages if p.title.startswith("Tariffs"))
    assert tariffs.title == "Tariffs <script>alert(1)</script>"
    rendered = site_html(tariffs.body)
    assert "<script" not in rendered and "<img" not in rendered and "<em>" not in rendered
    assert html.unescape(rendered).splitlines()[::2] == ["<h1>Tariffs <script>alert(1)</script></h1>",
                                                         "<p>Plan: <img src=x onerror=alert(2)> *soon*</p>"]
    code, out, _ = cli("--root", root, "lint", root / "docs" / tariffs.label.removeprefix("docs/"))
    assert "raw-html" not in out


def test_a_planned_stub_is_published_as_written_so_its_claims_need_sources(
        fixture_library: Callable[[str], Path], cli: CliRunner) -> None:
    root = fixture_library("planned")
    cli("--root", root, "links", "--scaffold")
    stub = root / "docs/CASES/Wartime Energy Supply.md"
    code, out, _ = cli("--root", root, "lint", stub)
    assert code == 0, out  # the scaffold's own text asserts nothing
    stub.write_text(stub.read_text("utf-8") + "\nThe ministry cut gas deliveries by 40% in March 2022.\n",
                    encoding="utf-8")
    code, out, _ = cli("--root", root, "lint", stub)
    assert code == 1 and "unsourced-assertion" in out and "40%" in out, out
