"""Every use of mike goes through here: versions.json, deploys, aliases, the default and serving.

mike's Python API is used rather than its CLI because the CLI builds and commits in one go: we
need to commit a site that we built and scanned ourselves, inside our own lock. mike runs git in
the current directory, so every call runs inside `_in_repo(root)`.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from mike import commands, git_utils, server

from briefings import filenames, webguard
from briefings.errors import GateError, ToolError
from briefings.terminal import shown_name

DEFAULT_BRANCH = "gh-pages"
# The site root's redirect: mike's own page runs an inline script and has no Content-Security-Policy;
# ours needs no script at all (a meta refresh) and allows nothing but the redirect.
REDIRECT_TEMPLATE = Path(__file__).parent / "templates" / "redirect.html"


@contextlib.contextmanager
def _in_repo(root: Path) -> Iterator[None]:
    """Run mike in the library's repository; its git and value errors become ToolError."""
    with contextlib.chdir(root):
        try:
            yield
        except git_utils.GitEmptyCommit:
            raise
        except (git_utils.GitError, ValueError, KeyError) as exc:
            hint = ("tell git who commits: `git config user.name NAME` and `git config user.email EMAIL`"
                    if "user." in str(exc) else "")
            raise ToolError(f"mike: {exc}", hint=hint) from None


def list_versions(root: Path, *, branch: str = DEFAULT_BRANCH) -> list[dict[str, Any]]:
    """versions.json of the branch, newest first (mike's order); [] when there is none."""
    with _in_repo(root):
        return list(commands.list_versions(branch).to_json())


def deploy(root: Path, site_dir: Path, *, edition: str, title: str, aliases: list[str],
           properties: dict[str, Any], message: str, branch: str = DEFAULT_BRANCH,
           use_directory_urls: bool = True) -> bool:
    """Commit an already built site as `edition`; False when nothing changed on the branch.
    GateError, before mike runs, when a path would not reach git as written (`_require_plain`)."""
    _require_plain([edition, *aliases, *_site_paths(site_dir)], what=f"edition {edition}")
    cfg = {"site_dir": str(site_dir), "use_directory_urls": use_directory_urls}
    props = list(properties.items())
    with _in_repo(root):
        try:
            with commands.deploy(cfg, edition, title, aliases, update_aliases=True, branch=branch,
                                 message=message, set_props=props):
                pass  # the site is already built and checked: mike only records and commits it
        except git_utils.GitEmptyCommit:
            return False
    return True


def _site_paths(site_dir: Path) -> list[str]:
    """Every file and folder under `site_dir` as mike walks it (its `.git` folders aside), relative, posix."""
    found = []
    for folder, dirs, files in os.walk(site_dir):
        if ".git" in dirs:
            dirs.remove(".git")
        found += [Path(folder, name).relative_to(site_dir).as_posix() for name in dirs + files]
    return found


def _require_plain(paths: list[str], *, what: str) -> None:
    """GateError when a path would not reach the branch as written: mike writes each path on a line
    of a `git fast-import` stream, which misreads a name with a control character, bytes that are
    not UTF-8 or a double quote (see `filenames`; a line break injects commands). The last line of
    defence, whatever the checks before found: nothing is committed."""
    bad = [(path, problem) for path in paths if (problem := filenames.problem(path))]
    if bad:
        listed = "\n".join(f"  {shown_name(path)}: {problem}" for path, problem in bad[:20])
        raise GateError(f"refusing to commit {what}: {len(bad)} path(s) that git fast-import could misread; "
                        f"nothing was deployed:\n{listed}",
                        hint="rename the files they come from (`briefings lint` names those under docs/) "
                             "and publish again")


def set_default(root: Path, identifier: str, *, branch: str = DEFAULT_BRANCH) -> None:
    """Make the site root redirect to `identifier` (an edition or alias)."""
    with _in_repo(root):
        commands.set_default(identifier, str(REDIRECT_TEMPLATE), branch=branch,
                             message=f"Site root opens {identifier}")


def write_files(root: Path, files: dict[str, str], *, message: str, branch: str = DEFAULT_BRANCH) -> bool:
    """Commit files (path on the branch -> text) in one commit; False when they were already so."""
    _require_plain(list(files), what="the branch's shared files")
    with _in_repo(root):
        try:
            with git_utils.Commit(branch, message) as commit:
                for path, text in sorted(files.items()):
                    commit.add_file(git_utils.FileInfo(path, text))
        except git_utils.GitEmptyCommit:
            return False
    return True


def set_property(root: Path, edition: str, name: str, value: Any, *, branch: str = DEFAULT_BRANCH) -> bool:
    """Set one property of an edition in versions.json; False when it already had that value."""
    with _in_repo(root):
        try:
            commands.set_properties(edition, [(name, value)], branch=branch,
                                    message=f"Set {name}={value!r} on edition {edition}")
        except git_utils.GitEmptyCommit:
            return False
    return True


def delete(root: Path, edition: str, *, branch: str = DEFAULT_BRANCH) -> None:
    """Remove an edition, its files and its aliases from the branch."""
    with _in_repo(root):
        commands.delete([edition], branch=branch, message=f"Removed edition {edition}")


def read_file(root: Path, path: str, *, branch: str = DEFAULT_BRANCH) -> bytes | None:
    """A file of the branch (following mike's alias symlinks), or None when it is missing."""
    with contextlib.chdir(root):
        try:
            data: bytes = git_utils.read_file(branch, path)
        except git_utils.GitError:
            return None
    return data


def not_found_page(branch: str, url_path: str) -> bytes | None:
    """The 404 page for a request: the 404.html of the edition its path starts with, else the root's."""
    first = urllib.parse.unquote(urllib.parse.urlsplit(url_path).path).lstrip("/").split("/", 1)[0]
    candidates = [f"{first}/404.html", "404.html"] if first and ".." not in first else ["404.html"]
    for candidate in candidates:
        try:
            data: bytes = git_utils.read_file(branch, candidate)
            return data
        except git_utils.GitError:
            continue
    return None


def has_branch(root: Path, branch: str = DEFAULT_BRANCH) -> bool:
    """True when the branch exists locally."""
    with contextlib.chdir(root):
        return bool(git_utils.has_branch(branch))


def serve(root: Path, *, host: str, port: int, branch: str = DEFAULT_BRANCH) -> None:
    """Serve the branch over HTTP on host:port until interrupted (mike's git-backed server)."""

    class Handler(server.GitBranchHTTPHandler):  # type: ignore[misc]
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            pass  # one line per request drowns the useful output

        def end_headers(self) -> None:
            webguard.send_security_headers(self)
            super().end_headers()

        def send_headers(self) -> str | None:
            """mike's answer, except that a path that cannot name a file is 400, not a crash (500)."""
            if webguard.request_path(self.path) is None:
                self.send_error(400, "Malformed path")
                return None
            return cast("str | None", super().send_headers())

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            page = not_found_page(self.branch, self.path) if code == 404 else None
            if page is None:
                super().send_error(code, message, explain)
                return
            self.send_response(404)  # the site's own 404 page: the edition's, else the branch root's
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(page)

    Handler.branch = branch
    with contextlib.chdir(root):
        try:
            httpd = http.server.ThreadingHTTPServer((host, port), Handler)
        except OSError as exc:
            raise ToolError(f"cannot listen on {host}:{port}: {exc.strerror}",
                            hint="pick another port with --port") from None
        with httpd:
            try:
                httpd.serve_forever()
            except KeyboardInterrupt:
                pass  # Ctrl-C is how a reader stops the server: not an error
