"""The Library model: one read of every page, titles, sections, public visibility."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.config import load_project
from briefings.errors import ConfigError
from briefings.library import Library
from tests.conftest import briefing_text

UTC = dt.timezone.utc


def test_library_reads_pages_and_sections(make_library: Callable[..., Path]) -> None:
    root = make_library({
        "RUSSIA/index.md": "---\ntitle: Russia\n---\n# Russia\n",
        "RUSSIA/A b.md": briefing_text("A b"),
        "RESEARCH/Deep/c.md": briefing_text("C"),
        ".hidden/x.md": "ignored",
    })
    library = Library.load(root)
    assert [p.rel for p in library.pages] == ["RESEARCH/Deep/c.md", "RUSSIA/A b.md", "RUSSIA/index.md", "index.md"]
    assert [b.rel for b in library.briefings] == ["RESEARCH/Deep/c.md", "RUSSIA/A b.md"]
    assert library.sections == ["RESEARCH", "RUSSIA"]
    briefing = library.get("RUSSIA/A b.md")
    assert briefing is not None
    assert (briefing.label, briefing.section, briefing.body_line) == ("docs/RUSSIA/A b.md", "RUSSIA", 9)


def test_title_falls_back_to_heading_then_file_name(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/h.md": "Intro\n\n# From Heading\n", "A/plain name.md": "no heading\n"})
    library = Library.load(root)
    assert library.get("A/h.md").title == "From Heading"  # type: ignore[union-attr]
    assert library.get("A/plain name.md").title == "plain name"  # type: ignore[union-attr]


@pytest.mark.parametrize(("meta", "public"), [
    ({"status": "published"}, True),
    ({"status": "review"}, True),
    ({"status": "draft"}, False),
    ({"status": "planned"}, False),
    ({"embargo_until": "2025-03-01T09:30:00+01:00"}, False),  # 08:30 UTC: still embargoed
    ({"embargo_until": "2025-03-01T08:30:00-01:00"}, False),
    ({"embargo_until": "2025-03-01T08:30:00+01:00"}, True),  # 07:30 UTC
    ({"embargo_until": "2025-03-01T07:00:00+00:00"}, True),
    ({"status": "Draft"}, False),  # not a status: kept out, never read as published
    ({"status": ["draft"]}, False),
    ({"embargo_until": "next Tuesday"}, False),  # an embargo that cannot be read keeps it out
])
def test_public_visibility_respects_status_and_embargo(make_library: Callable[..., Path], meta: dict[str, str],
                                                       public: bool) -> None:
    root = make_library({"A/x.md": briefing_text("X", **meta)})
    briefing = Library.load(root).get("A/x.md")
    assert briefing is not None
    assert briefing.is_public(dt.datetime(2025, 3, 1, 8, 0, tzinfo=UTC)) is public


def test_a_bad_file_is_one_problem_and_the_rest_still_loads(make_library: Callable[..., Path]) -> None:
    root = make_library({"A/bad.md": b"\xff\xfe", "A/good.md": briefing_text("Good")})
    library = Library.load(root)
    assert "A/good.md" in [p.rel for p in library.pages] and library.get("A/bad.md") is None
    problem = library.problems["A/bad.md"]
    assert (problem.path, problem.line, problem.rule) == ("docs/A/bad.md", 1, "unreadable-file")
    assert problem.message.startswith("not valid UTF-8")


def test_missing_docs_dir_is_a_config_error(make_library: Callable[..., Path]) -> None:
    from briefings.errors import ConfigError

    root = make_library({}, mkdocs="site_name: x\ndocs_dir: nowhere\n")
    with pytest.raises(ConfigError, match="docs_dir .* does not exist"):
        Library.load(root)


@pytest.mark.parametrize("suffix", [".markdown", ".mdown", ".mkdn", ".mkd"])
def test_other_markdown_files_are_problems_not_pages(make_library: Callable[..., Path], suffix: str) -> None:
    """MkDocs renders them as pages; the checks read only .md, so each is an error that says what to do."""
    root = make_library({f"A/secret{suffix}": briefing_text("Secret", status="Draft"), "A/good.md": briefing_text("Good")})
    library = Library.load(root)
    assert "A/good.md" in [p.rel for p in library.pages] and library.get(f"A/secret{suffix}") is None
    problem = library.problems[f"A/secret{suffix}"]
    assert (problem.path, problem.line, problem.severity.value, problem.rule) == (
        f"docs/A/secret{suffix}", 1, "error", "markdown-extension")
    assert problem.message == f"MkDocs publishes this {suffix} page but briefings checks only .md files; rename it to .md"


def test_mkdocs_front_matter_expression_is_mkdocs_own() -> None:
    from mkdocs.utils import meta

    from briefings.frontmatter import MKDOCS_FRONT, MKDOCS_META

    assert (MKDOCS_FRONT.pattern, MKDOCS_FRONT.flags) == (meta.YAML_RE.pattern, meta.YAML_RE.flags)
    assert (MKDOCS_META.pattern, MKDOCS_META.flags) == (meta.META_RE.pattern, meta.META_RE.flags)


@pytest.mark.parametrize(("text", "said"), [
    ("---\rtitle: X\rstatus: draft\r---\r\rBody.\r", "MkDocs reads front matter here that briefings cannot"),
    ("---\ntitle: X\n---", "MkDocs does not see this front matter"),
    ("---\r\ntitle: X\rstatus: draft\r\n---\r\n\r\nBody.\r\n", ""),  # a lone CR both read as a line break
    ("---\ntitle: X\n---\n\nA line\rwith a carriage return.\n", ""),  # in the body: both read it alike
    ("# Index\r\rNo front matter.\r", ""),
    # an empty block, then the front matter MkDocs reads (and briefings would not: status unset)
    ("---\n---\ntitle: X\nstatus: draft\n---\n\nBody.\n", "it reads lines 2 to 4 as the page's front matter"),
    ("---\n---\n\n# X\n", "MkDocs does not read an empty front matter block"),
    ("---\n# a comment only\n---\n\n# X\n", "a front matter block without fields"),
    ("Status: draft\n\n# X\n", "MkDocs reads the first line ('Status: draft') as page metadata"),
    # front matter to neither (a rule, text, a rule), but written as front matter: its fields would do nothing
    ("\n---\ntitle: X\n---\n\nBody.\n", "front matter must start on the first line, unindented, between '---' "
                                      "lines: MkDocs and briefings read the '---' block on line 2 as text"),
    ("<!-- wip -->\n---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 2 as text"),
    ("\n---\n\nA rule, then text.\n\n---\n", ""),  # rules around text: no front matter written
    (" ---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("[//]: # (wip)\n---\nstatus: draft\n---\n", "the '---' block on line 2 as text"),
    ("<!-- a --> <!-- b -->\n---\nembargo_until: 2030-01-01\n---\n", "the '---' block on line 2 as text"),
    ("\n---\nUpdated: 3 May 2024\n---\n\nBody.\n", ""),  # no front matter field: a note between two rules
    # indented by a tab or four spaces (a code block), after invisible characters, link reference
    # "comments" of any label, or TOML between `+++` lines: nobody reads it as front matter either
    ("\t---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("    ---\n    status: draft\n    ---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("\ufeff\ufeff---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("\u200b---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("\u00a0---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 1 as text"),
    ("[comment]: <> (wip)\n---\nstatus: draft\n---\n\n# Home\n", "the '---' block on line 2 as text"),
    ("<!-- a\nlong note -->\n\n---\n\u200bstatus: draft\n---\n", "the '---' block on line 4 as text"),
    ("+++\nstatus = \"draft\"\n+++\n\n# Home\n", "the '+++' block on line 1 as text"),
    ("<!-- never closed\n---\nstatus: draft\n---\n", ""),  # all of it is a comment: nothing is published
    ("# Home\n\n---\nstatus: draft\n---\n", ""),  # after the heading: the page's own text
    ("+++\nweight = 3\n+++\n\n# Home\n", ""),  # no front matter field
    # other characters that show nothing, lines that print nothing, a long comment, a longer rule
    ("\u034f---\nstatus: draft\n---\n", "the '---' block on line 1 as text"),
    ("\u3164\n---\nstatus: draft\n---\n", "the '---' block on line 2 as text"),
    ('<a id="top"></a>\n---\nstatus: draft\n---\n', "the '---' block on line 2 as text"),
    ("*[HTML]: Hyper Text\n\n---\nstatus: draft\n---\n", "the '---' block on line 3 as text"),
    ("<!--" + "x" * 9000 + "-->\n---\nstatus: draft\n---\n", "the '---' block on line 2 as text"),
    ("\n-----\nstatus: draft\n-----\n", "the '-----' block on line 2 as text"),
    ("[Note]: this page is old\n---\nstatus: draft\n---\n", ""),  # a paragraph first: the page's own text
    ("\n---\nmeta:\n  status: draft\n---\n", ""),  # a nested key sets no field
    ("\ufe0f---\nstatus: draft\n---\n", "the '---' block on line 1 as text"),  # a variation selector left behind
    ("<https://example.org>\n\n---\ntitle: x\n---\n", ""),  # an autolink is text the page shows
    ('<a id="top" href="mailto:press@example.org"></a>\n---\nstatus: draft\n---\n', "the '---' block on line 2"),
    ('<img src="/img/logo@2x.png" alt="">\n---\nstatus: draft\n---\n', "the '---' block on line 2"),
    ("<svg:rect></svg:rect>\n---\nstatus: draft\n---\n", "the '---' block on line 2"),
    ("<HTTPS://example.org>\n\n---\ntitle: x\n---\n", ""),  # an autolink in any case is text the page shows
    ("<ftps://example.org/f>\n\n---\ntitle: x\n---\n", ""),
])
def test_front_matter_that_mkdocs_reads_otherwise_is_a_problem(make_library: Callable[..., Path], text: str,
                                                              said: str) -> None:
    root = make_library({"A/x.md": text.encode(), "A/good.md": briefing_text("Good")})
    library = Library.load(root)
    if said:
        assert library.get("A/x.md") is None and said in library.problems["A/x.md"].message
        assert library.problems["A/x.md"].rule == "front-matter"  # as the publish gate reports it
    else:
        assert library.get("A/x.md") is not None and "A/x.md" not in library.problems


@pytest.mark.parametrize(("docs_dir", "message"), [
    ("/tmp", "docs_dir /tmp is an absolute path"),
    ("../elsewhere", "docs_dir ../elsewhere is not a folder inside the library"),
    (".", "docs_dir . is not a folder inside the library"),
])
def test_a_docs_dir_outside_the_library_is_refused(make_library: Callable[..., Path], docs_dir: str,
                                                     message: str) -> None:
    # an edition is built from a staged copy of the library: a docs_dir pointing elsewhere would be read as it is
    root = make_library({}, mkdocs=f"site_name: x\ndocs_dir: {docs_dir}\n")
    (root.parent / "elsewhere").mkdir(exist_ok=True)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_project(root)


def test_mkdocs_yml_is_read_with_the_file_it_inherits_as_mkdocs_merges_them(make_library: Callable[..., Path]) -> None:
    root = make_library({}, mkdocs="INHERIT: config/base.yml\nsite_name: Child\ntheme:\n  features: [toc.follow]\n")
    (root / "content").mkdir()
    (root / "config").mkdir()
    (root / "config" / "base.yml").write_text("INHERIT: ../common.yml\ndocs_dir: content\ntheme:\n  name: material\n"
                                              "  language: fr\n", "utf-8")
    (root / "common.yml").write_text("site_name: Base\nsite_dir: public\n", "utf-8")
    project = load_project(root)
    assert project.docs_dir == (root / "content").resolve()  # from the inherited file, relative to mkdocs.yml
    assert project.site_dir == (root / "public").resolve()
    assert project.mkdocs["site_name"] == "Child" and "INHERIT" not in project.mkdocs
    assert project.mkdocs["theme"] == {"name": "material", "language": "fr", "features": ["toc.follow"]}


@pytest.mark.parametrize(("files", "message"), [
    ({"base.yml": "INHERIT: mkdocs.yml\n"}, "makes a loop"),
    ({}, "INHERIT base.yml does not exist"),
    ({"../outside.yml": "docs_dir: docs\n"}, "is outside the library"),
])
def test_a_broken_inherit_is_a_config_error(make_library: Callable[..., Path], files: dict[str, str],
                                           message: str) -> None:
    target = "../outside.yml" if "../outside.yml" in files else "base.yml"
    root = make_library({}, mkdocs=f"INHERIT: {target}\nsite_name: x\n")
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_project(root)


def test_inherit_is_followed_as_mkdocs_follows_it_not_through_symlinks(make_library: Callable[..., Path]) -> None:
    # base.yml -> conf/real.yml says "INHERIT: common.yml": MkDocs reads the common.yml next to base.yml
    # (the path as named), not conf/common.yml next to the link's target
    root = make_library({}, mkdocs="INHERIT: base.yml\nsite_name: x\n")
    (root / "conf").mkdir()
    (root / "content").mkdir()
    (root / "conf" / "real.yml").write_text("INHERIT: common.yml\n", "utf-8")
    (root / "conf" / "common.yml").write_text("docs_dir: docs\n", "utf-8")
    (root / "common.yml").write_text("docs_dir: content\n", "utf-8")
    (root / "base.yml").symlink_to("conf/real.yml")
    assert load_project(root).docs_dir == (root / "content").resolve()


@pytest.mark.parametrize(("inherit", "message"), [
    ('"a\\0b"', "INHERIT must name a file"),
    ("x" * 300 + ".yml", "does not exist"),
    ("[base.yml]", "INHERIT must name a file"),
])
def test_an_odd_inherit_is_a_config_error_not_a_crash(make_library: Callable[..., Path], inherit: str,
                                                      message: str) -> None:
    root = make_library({}, mkdocs=f"INHERIT: {inherit}\nsite_name: x\n")
    with pytest.raises(ConfigError, match=message):
        load_project(root)


def test_an_empty_inherited_file_inherits_nothing(make_library: Callable[..., Path]) -> None:
    root = make_library({}, mkdocs="INHERIT: base.yml\nsite_name: x\n")
    (root / "base.yml").write_text("", "utf-8")
    assert load_project(root).mkdocs == {"site_name": "x"}
