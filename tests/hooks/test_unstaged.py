"""Hooks never lose or alter unstaged work, and fixing hooks change only what they say."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import briefing_text
from tests.hooks.conftest import HookRepo
from tests.hooks.examples import SOURCED, UNSOURCED

NEW = "docs/RESEARCH/Program Spending.md"
OTHER = "docs/RESEARCH/Authoritarian Playbook.md"


def snapshot(repo: HookRepo, *rels: str) -> dict[str, object]:
    """Everything a contributor could lose: work tree bytes, the index, HEAD, stashes."""
    return {
        "files": {rel: (repo.root / rel).read_bytes() for rel in rels},
        "index": repo.git("diff", "--cached", "--binary"),
        "unstaged": repo.git("diff", "--binary"),
        "untracked": repo.git("ls-files", "--others", "--exclude-standard"),
        "head": repo.head(),
        "stashes": repo.git("stash", "list"),
    }


def setup_commit(repo: HookRepo, rel: str, content: str | bytes) -> None:
    """Commit a file without running the hooks (test set-up only)."""
    repo.write(rel, content)
    repo.git("add", rel)
    repo.git("commit", "-q", "--no-verify", "-m", f"add {rel}")


def test_unstaged_edits_survive_a_failing_run_byte_for_byte(hook_repo: HookRepo) -> None:
    setup_commit(hook_repo, NEW, SOURCED)
    hook_repo.write(NEW, UNSOURCED)  # staged: an unsourced claim, which the lint rejects
    hook_repo.git("add", NEW)
    # Unstaged on top: more text with CRLF endings, trailing spaces and no final newline, in the
    # staged file and in another tracked file, plus an untracked draft.
    (hook_repo.root / NEW).write_bytes(UNSOURCED.encode() + b"Draft paragraph, unfinished  \r\nstill typing")
    other = (hook_repo.root / OTHER).read_bytes()
    (hook_repo.root / OTHER).write_bytes(other.replace(b"recurring", b"recurring  \t", 1))
    hook_repo.write("docs/RESEARCH/Untracked draft.md", b"half a thought \xe2\x80\x94 ")
    before = snapshot(hook_repo, NEW, OTHER, "docs/RESEARCH/Untracked draft.md")

    result = hook_repo.commit("unsourced claim")

    assert result.returncode != 0, result.stdout
    assert "unsourced-assertion" in result.stdout
    assert "Unstaged files detected" in result.stdout
    assert snapshot(hook_repo, NEW, OTHER, "docs/RESEARCH/Untracked draft.md") == before


def test_unstaged_edits_win_when_they_conflict_with_a_fix(hook_repo: HookRepo) -> None:
    text = briefing_text("Whitespace", "First line.\n\nSecond line.")
    setup_commit(hook_repo, "docs/RUSSIA/Whitespace.md", text)
    staged = text.replace("Second line.", "Second line.   ")  # the fixer will trim this line
    hook_repo.write("docs/RUSSIA/Whitespace.md", staged)
    hook_repo.git("add", "docs/RUSSIA/Whitespace.md")
    hook_repo.write("docs/RUSSIA/Whitespace.md", staged.replace("Second line.   ", "Second line, rewritten.   "))
    before = snapshot(hook_repo, "docs/RUSSIA/Whitespace.md")

    result = hook_repo.commit("trailing whitespace")

    assert result.returncode != 0, result.stdout
    assert "Rolling back fixes" in result.stdout
    assert snapshot(hook_repo, "docs/RUSSIA/Whitespace.md") == before


def test_fixers_change_only_what_they_say(hook_repo: HookRepo) -> None:
    rel = "docs/RUSSIA/Fixes.md"
    body = ("One trailing space. \n\nA hard line break   \nkeeps two of its spaces.\n\n"
            "Tabs too.\t\n\nUnicode stays: \u201cquoted\u201d \u2014 caf\u00e9.")
    text = briefing_text("Fixes", body).rstrip("\n")  # and no final newline
    hook_repo.write(rel, text)
    hook_repo.write("extra.yml", "key: value   \nother: 1\n")
    hook_repo.git("add", rel, "extra.yml")

    result = hook_repo.commit("needs fixes")

    assert result.returncode != 0, result.stdout
    assert "files were modified by this hook" in result.stdout
    expected = (text.replace("One trailing space. ", "One trailing space.")
                .replace("A hard line break   ", "A hard line break  ")
                .replace("Tabs too.\t", "Tabs too.") + "\n")
    assert (hook_repo.root / rel).read_text(encoding="utf-8") == expected
    assert (hook_repo.root / "extra.yml").read_bytes() == b"key: value\nother: 1\n"
    # The fixes are left unstaged for the contributor to review; the index is untouched.
    assert hook_repo.git("show", f":{rel}") == text


def test_mixed_line_endings_become_the_majority_ending(hook_repo: HookRepo) -> None:
    rel = "docs/RUSSIA/Endings.md"
    text = briefing_text("Endings", "One.\n\nTwo.").replace("\n", "\r\n").replace("One.\r\n", "One.\n")
    hook_repo.write(rel, text.encode())
    hook_repo.git("add", rel)

    result = hook_repo.commit("mixed endings")

    assert result.returncode != 0, result.stdout
    assert (hook_repo.root / rel).read_bytes() == text.replace("One.\n", "One.\r\n").encode()


def test_cache_stays_out_of_git(hook_repo: HookRepo) -> None:
    hook_repo.write(NEW, SOURCED)
    hook_repo.git("add", NEW)
    hook_repo.pre_commit("run", "briefings-lint")
    assert (hook_repo.root / ".briefings-cache").is_dir()
    (hook_repo.root / ".gitignore").unlink()  # even a library that does not ignore it
    assert ".briefings-cache" not in hook_repo.git("status", "--porcelain", "--untracked-files=all")
    assert Path(hook_repo.root / ".briefings-cache" / ".gitignore").is_file()
