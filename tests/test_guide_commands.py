"""The README and the guide pages cannot drift from the code: every `briefings ...` command they
show names a real command, every option is one that command's real `--help` lists (with a value
among its choices), and every command line in a code block parses as the CLI parses it. Guide
pages link to each other instead of pointing at headings in words."""

from __future__ import annotations

import re
import shlex
from functools import cache
from pathlib import Path

import pytest

from briefings.cli import COMMANDS, build_parser, main
from tests.conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "guide").glob("*.md"))]
GLOBAL = {"--help", "-h", "--root", "--debug", "--version"}
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_INLINE = re.compile(r"`(briefings [^`]+)`")
_OPTION_SPAN = re.compile(r"`(--[a-z][\w-]*)((?:[ =][^`]*)?)`")
_COMMAND_LINE = re.compile(r"(?:^|\brun:\s*)(briefings\s.*)$")
_SHELL_END = {">", ">>", "|", "||", "&&", ";", "2>&1"}


@cache
def help_text(verb: str) -> str:
    """The real `briefings VERB --help` output."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([verb, "--help"]) == 0
    return out.getvalue()


@cache
def options(verb: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", help_text(verb))) | GLOBAL


@cache
def choices(verb: str) -> dict[str, set[str]]:
    return {opt: set(values.split(",")) for opt, values in re.findall(r"(--[\w-]+) \{([^}]*)\}", help_text(verb))}


def prose(text: str) -> str:
    return _FENCE.sub("", text)


def commands() -> list[tuple[str, str, bool]]:
    """(page, command text, whether it is a literal command line from a code block)."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for block in _FENCE.findall(text):
            for line in block.splitlines():
                match = _COMMAND_LINE.search(line.strip())
                if match:
                    found.append((page.name, match.group(1), True))
        found += [(page.name, span, False) for span in _INLINE.findall(prose(text))]
    return found


def tokens(command: str, literal: bool) -> list[str]:
    if literal:
        words = shlex.split(command, comments=True)
    else:  # a synopsis: `briefings links [--fix] [--strict]`, `--format human|json`
        words = command.replace("[", " ").replace("]", " ").replace("\\|", "|").split()
    for index, word in enumerate(words):
        if word in _SHELL_END or word.startswith((">", "2>")):
            return words[:index]
    return words


def check_options(verb: str, words: list[str]) -> list[str]:
    problems = []
    for index, word in enumerate(words):
        if not word.startswith("-") or word == "-":
            continue
        option, _, inline_value = word.partition("=")
        if option not in options(verb):
            problems.append(f"`{option}` is not an option of `briefings {verb}`")
            continue
        value = inline_value or (words[index + 1] if index + 1 < len(words) else "")
        allowed = choices(verb).get(option)
        if allowed and value and not value.isupper() and not value.startswith("-"):
            bad = [v for v in value.split("|") if v not in allowed]
            if bad:
                problems.append(f"`{option} {value}`: {', '.join(bad)} not among {sorted(allowed)}")
    return problems


COMMANDS_SHOWN = commands()


def test_the_pages_show_commands() -> None:
    verbs = {tokens(text, literal)[1] for _, text, literal in COMMANDS_SHOWN if len(tokens(text, literal)) > 1}
    assert {"new", "import", "lint", "publish", "review"} <= verbs


@pytest.mark.parametrize(("page", "command", "literal"), COMMANDS_SHOWN,
                         ids=[f"{p}:{c[:50]}" for p, c, _ in COMMANDS_SHOWN])
def test_command_matches_its_help(page: str, command: str, literal: bool) -> None:
    words = tokens(command, literal)
    if len(words) < 2 or words[1].startswith("-"):
        return  # `briefings` alone, or `briefings --help`
    verb = words[1]
    assert verb in COMMANDS, f"{page}: `{command}`: there is no command `briefings {verb}`"
    assert check_options(verb, words[2:]) == [], f"{page}: `{command}`"
    if literal:
        try:
            build_parser().parse_args(words[1:])
        except SystemExit as exc:
            pytest.fail(f"{page}: `{command}` does not parse (exit {exc.code})")


def command_pages() -> list[tuple[str, str]]:
    """(page, verb) for guide pages about one command: their title names `briefings VERB`."""
    pages = []
    for page in PAGES[1:]:
        title = page.read_text(encoding="utf-8").split("\n", 1)[0]
        match = re.search(r"`briefings (\w+)`", title)
        if match:
            pages.append((page.name, match.group(1)))
    return pages


@pytest.mark.parametrize(("page", "verb"), command_pages())
def test_options_in_a_command_page_are_that_commands(page: str, verb: str) -> None:
    text = prose((REPO / "guide" / page).read_text(encoding="utf-8"))
    spans = [tokens(f"{option}{rest}", False) for option, rest in _OPTION_SPAN.findall(text)]
    problems = [p for words in spans for p in check_options(verb, words)]
    assert problems == [], page


def test_guide_pages_link_to_each_other_instead_of_naming_headings() -> None:
    titles = {p.read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ").split(" (")[0]: p.name for p in PAGES[1:]}
    stale = []
    for page in PAGES:
        text = prose(page.read_text(encoding="utf-8"))
        stale += [f"{page.name}: {m.group(0)}" for m in re.finditer(r"\bsee (?:the )?(?:README[, ]*)?[\"*]([^\"*]+)[\"*]",
                                                                      text, re.IGNORECASE)]
        for target in re.findall(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)", re.sub(r"`[^`]*`", "", text)):
            assert (page.parent / target).resolve().is_file(), f"{page.name}: broken link to {target}"
    assert stale == [], f"write these as links, e.g. [Vale styles](vale.md); pages: {titles}"


def test_readme_stays_short() -> None:
    assert len((REPO / "README.md").read_text(encoding="utf-8").splitlines()) <= 150


def test_no_command_in_the_cli_is_left_out_of_the_commands_page() -> None:
    page = (REPO / "guide" / "commands.md").read_text(encoding="utf-8")
    missing = [verb for verb in COMMANDS if f"`briefings {verb}" not in page and f"`{verb} " not in page]
    assert missing == []


def test_the_checker_catches_drift() -> None:
    assert check_options("lint", ["--colour"]) == ["`--colour` is not an option of `briefings lint`"]
    assert check_options("lint", ["--format", "xml|json"]) != []
    assert check_options("lint", ["--format", "sarif", "--statistics"]) == []


def test_every_guide_page_is_linked_from_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in PAGES[1:] if f"(guide/{p.name})" not in readme] == []


def test_guide_pages_named_in_messages_exist() -> None:
    named = {m for path in (REPO / "src").rglob("*.py")
             for m in re.findall(r"guide/([\w-]+\.md)", path.read_text(encoding="utf-8"))}
    assert named and [name for name in sorted(named) if not (REPO / "guide" / name).is_file()] == []
