"""Reading a published branch the way an attacker would: every file of every commit, HTML parsed."""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import run_git


class Page(HTMLParser):
    """An HTML page parsed: its text, comments, attribute values and links."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.comments: list[str] = []
        self.attributes: list[str] = []
        self.links: list[tuple[str, str]] = []  # (href, text) of every <a>
        self._href: str | None = None
        self._link_text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes += [v for _, v in attrs if v]
        if tag == "a":
            self._href, self._link_text = dict(attrs).get("href") or "", []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._link_text).split())))
            self._href = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._href is not None:
            self._link_text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def everything(self) -> str:
        """Text, comments and attribute values, whitespace collapsed."""
        return " ".join(" ".join(["".join(self.text), *self.comments, *self.attributes]).split())


def branch_files(root: Path, branch: str = "gh-pages") -> dict[str, bytes]:
    """path -> content of every file at the tip of the branch."""
    names = run_git(root, "ls-tree", "-r", "-z", "--name-only", branch).split("\0")
    return {name: subprocess.run(["git", "cat-file", "blob", f"{branch}:{name}"], cwd=root, capture_output=True,
                                 check=True).stdout for name in names if name}


def files_containing(root: Path, text: str, branch: str = "gh-pages") -> list[str]:
    """Files of the branch tip whose text (HTML parsed, whitespace collapsed) contains `text`."""
    found = []
    for name, data in branch_files(root, branch).items():
        content = data.decode("utf-8", errors="replace")
        if name.endswith((".html", ".htm", ".xml")):
            content = Page(content).everything()
        if text in " ".join(content.split()):
            found.append(name)
    return found


def history(root: Path, branch: str = "gh-pages") -> dict[str, str]:
    """commit -> its patch (`git log -p`, binary files as text) for every commit of the branch."""
    log = subprocess.run(["git", "log", "-p", "--text", "--format=@@commit %H", branch], cwd=root,
                         capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
    return {chunk.split("\n", 1)[0]: chunk for chunk in log.split("@@commit ")[1:]}


def commits_containing(patches: dict[str, str], text: str) -> list[str]:
    """The commits of `history` whose patch contains `text`."""
    return [commit for commit, patch in patches.items() if text in patch]
