"""Every call to git goes through here.

Paths come back from git NUL-separated and as bytes (`-z`, `_paths`), decoded as Python names
files (`os.fsdecode`), so that a name with a carriage return, a line break or bytes that are not
UTF-8 is the same name here as on disk. Revisions, remotes and paths from the user come after
`--end-of-options` or `--` (a name starting with `-` is never an option), and pathspecs are
literal where git allows it (`--literal-pathspecs`: `*`, `[` and `:(...)` in a name mean themselves).
"""

from __future__ import annotations

import os
from pathlib import Path

from briefings.errors import ToolError
from briefings.tools import process


def git(args: list[str], *, cwd: Path, check: bool = True, timeout: float = 120) -> str:
    """Run `git ARGS` in `cwd` and return its stdout."""
    return process.run(["git", *args], cwd=cwd, check=check, timeout=timeout).stdout


def _answer(args: list[str], cwd: Path) -> str | None:
    """Stripped stdout of a git query, or None when git says no (non-zero exit)."""
    result = process.run(["git", *args], cwd=cwd, check=False, timeout=120)
    return result.stdout.strip() if result.returncode == 0 else None


def _output(args: list[str], cwd: Path, *, data: bytes = b"", ok: tuple[int, ...] = (0,)) -> bytes:
    """Stdout of `git ARGS` as bytes; ToolError when git exits with a code not in `ok`."""
    return process.run_binary(["git", *args], cwd=cwd, data=data, timeout=120, ok=ok)


def _answer_bytes(args: list[str], cwd: Path) -> bytes | None:
    """Stdout of a git query as bytes, or None when git says no (non-zero exit)."""
    result = process.run_bytes(["git", *args], cwd=cwd, timeout=120)
    return result.stdout if result.returncode == 0 else None


def _paths(out: bytes) -> list[str]:
    """NUL-separated paths as the file system names them (bytes that are not UTF-8 kept, as
    `os.fsdecode` keeps them)."""
    return [os.fsdecode(name) for name in out.split(b"\0") if name]


def _tree_entries(out: bytes) -> list[tuple[list[str], str]]:
    """`git ls-tree -z` output as (mode, type, id) and path of each entry."""
    entries = []
    for entry in out.split(b"\0"):
        meta, _, path = entry.partition(b"\t")
        if path:
            entries.append((meta.decode("ascii").split(), os.fsdecode(path)))
    return entries


def _folder(args: list[str], cwd: Path) -> Path | None:
    """A path git prints on one line (only its line break removed: a name may end in a space)."""
    found = _answer_bytes(args, cwd)
    return Path(os.fsdecode(found.removesuffix(b"\n"))) if found and found.strip() else None


def toplevel(path: Path) -> Path | None:
    """The work tree root containing `path`, or None outside a repository."""
    return _folder(["rev-parse", "--show-toplevel"], path)


def rev(root: Path, ref: str) -> str | None:
    """The commit a ref points at, or None when it does not exist."""
    return _answer(["rev-parse", "--verify", "-q", "--end-of-options", f"{ref}^{{commit}}"], root) or None


def tree_id(root: Path, treeish: str) -> str | None:
    """The id of the tree `treeish` names (e.g. `TIP:2025.01`), or None when there is none."""
    return _answer(["rev-parse", "--verify", "-q", "--end-of-options", f"{treeish}^{{tree}}"], root) or None


def head_commit(cwd: Path) -> str | None:
    """The full hash of HEAD, or None before the first commit."""
    return rev(cwd, "HEAD")


def ref_exists(cwd: Path, ref: str) -> bool:
    """True when `ref` names a commit."""
    return rev(cwd, ref) is not None


def merge_base(cwd: Path, ref: str, other: str = "HEAD") -> str:
    """The best common ancestor of `ref` and `other`."""
    return git(["merge-base", "--end-of-options", ref, other], cwd=cwd).strip()


def _raw(args: list[str], cwd: Path) -> str:
    """Stdout of `git ARGS` as git wrote it: a CR stays a CR (text mode would make it a line break,
    splitting a changed line or a file name in two), and bytes that are not UTF-8 stay as Python
    names files (surrogateescape), so that a file name in it is the name on disk."""
    return _output(args, cwd).decode("utf-8", "surrogateescape")


def diff_zero_context(cwd: Path, base: str) -> str:
    """`git diff -U0` of the work tree against `base`: only changed lines, renames detected (its
    text as `_raw` decodes it: for the file names and line numbers, never shown as it is)."""
    return _raw(["-c", "core.quotepath=false", "diff", "-U0", "-M", "--no-color", "--no-ext-diff",
                 "--src-prefix=a/", "--dst-prefix=b/", "--end-of-options", base, "--"], cwd)


def binary_changes(cwd: Path, base: str) -> list[str]:
    """Files changed since `base` that git compares as binary (a NUL byte): `git diff` gives them no lines."""
    out = _output(["diff", "--numstat", "-z", "-M", "--no-ext-diff", "--end-of-options", base, "--"], cwd)
    fields = iter(out.split(b"\0"))
    found = []
    for entry in fields:  # "added<TAB>deleted<TAB>path"; for a rename "added<TAB>deleted<TAB>", old, new
        parts = entry.split(b"\t", 2)
        if len(parts) < 3:
            continue
        added, _, path = parts
        if not path:
            next(fields, b"")
            path = next(fields, b"")
        if added == b"-":
            found.append(os.fsdecode(path))
    return found


def untracked_files(cwd: Path) -> list[str]:
    """Files git does not track and does not ignore, relative to the work tree root."""
    return _paths(_output(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], cwd))


# --- publishing (issue 5) ---

def is_repository(folder: Path) -> bool:
    """True when `folder` is the work tree of a repository of its own (a submodule or a nested
    clone): the enclosing repository tracks none of its files, and `git check-ignore` refuses them."""
    return os.path.lexists(folder / ".git")


def worktree_files(root: Path) -> list[str]:
    """Tracked and untracked-but-not-ignored files of the work tree, relative to `root`."""
    return sorted(set(_paths(_output(["ls-files", "-z", "-c", "-o", "--exclude-standard", "--", "."], root))))


def is_dirty(root: Path) -> bool:
    """True when the work tree has changes not yet committed (untracked files included)."""
    return bool(git(["status", "--porcelain", "--untracked-files=normal", "--", "."], cwd=root).strip())


def common_dir(root: Path) -> Path:
    """The repository's shared .git folder (the same for every worktree)."""
    out = _output(["rev-parse", "--path-format=absolute", "--git-common-dir"], root)
    return Path(os.fsdecode(out.removesuffix(b"\n")))


def fetch_branch(root: Path, remote: str, branch: str) -> str | None:
    """Fetch remote's branch into refs/remotes/REMOTE/BRANCH; its commit, or None if it has none."""
    _require_name(remote, "remote")
    _require_name(branch, "branch")
    heads = git(["ls-remote", "--heads", "--end-of-options", remote, f"refs/heads/{branch}"], cwd=root, timeout=300)
    if not heads.strip():
        return None
    git(["fetch", "-q", "--end-of-options", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}"],
        cwd=root, timeout=600)
    return rev(root, f"refs/remotes/{remote}/{branch}")


def is_ancestor(root: Path, older: str, newer: str) -> bool:
    """True when `older` is reachable from `newer` (a fast-forward is possible)."""
    return _answer(["merge-base", "--is-ancestor", "--end-of-options", older, newer], root) is not None


def set_branch(root: Path, branch: str, commit: str | None, *, expected: str | None) -> None:
    """Point a local branch at `commit` (None: delete it), only if it still points at `expected`."""
    _require_name(branch, "branch")
    ref = f"refs/heads/{branch}"
    if commit is None:
        git(["update-ref", "-d", "--end-of-options", ref, expected or ""], cwd=root)
        return
    git(["update-ref", "-m", "briefings publish: sync with remote", "--end-of-options", ref, commit,
         expected or "0" * 40], cwd=root)


def tree_blobs(root: Path, treeish: str) -> dict[str, str]:
    """path -> blob id of every file under a tree (e.g. `gh-pages:2025.01`); {} when it is missing."""
    listing = _answer_bytes(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", treeish], root) or b""
    return {path: meta[2] for meta, path in _tree_entries(listing)}


def read_tree(root: Path, treeish: str) -> dict[str, bytes]:
    """path -> content of every file under a tree (e.g. `TIP:2025.01/briefings-records`), read
    with two git processes whatever the number of files; {} when the tree is missing."""
    listing = _answer_bytes(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", treeish], root) or b""
    blobs = {path: meta[2] for meta, path in _tree_entries(listing) if meta[1] == "blob"}
    if not blobs:
        return {}
    ids = sorted(set(blobs.values()))
    out = process.run_binary(["git", "cat-file", "--batch"], cwd=root, data="".join(f"{i}\n" for i in ids).encode())
    contents: dict[str, bytes] = {}
    at = 0
    for _ in ids:
        end = out.index(b"\n", at)
        oid, _kind, size = out[at:end].decode().split()
        contents[oid] = out[end + 1:end + 1 + int(size)]
        at = end + 1 + int(size) + 1  # the content, then a newline
    return {path: contents[oid] for path, oid in blobs.items()}


def push_branch(root: Path, remote: str, branch: str) -> tuple[bool, str]:
    """Push a branch without force; (accepted, git's message)."""
    _require_name(remote, "remote")
    _require_name(branch, "branch")
    result = process.run(["git", "push", "--porcelain", "--end-of-options", remote,
                          f"refs/heads/{branch}:refs/heads/{branch}"], cwd=root, check=False, timeout=600)
    return result.returncode == 0, (result.stderr + result.stdout).strip()


# --- publish safety (issue 9) ---

def show_file(root: Path, spec: str) -> str | None:
    """The text of the file `REV:PATH` (bad bytes replaced), or None when there is no such file."""
    result = process.run(["git", "cat-file", "blob", "--end-of-options", spec], cwd=root, check=False, timeout=120)
    return result.stdout if result.returncode == 0 else None


def top_folders(root: Path, treeish: str) -> list[str]:
    """Names of the folders at the top of a tree (e.g. a branch); [] when it does not exist."""
    listing = _answer_bytes(["ls-tree", "-z", "--full-tree", "--end-of-options", treeish], root) or b""
    return [name for meta, name in _tree_entries(listing) if meta[1] == "tree"]


def has_path(root: Path, treeish: str, path: str) -> bool:
    """True when `path` (a file or folder) exists in the tree of `treeish`."""
    return bool(_answer_bytes(["--literal-pathspecs", "ls-tree", "-z", "--full-tree", "--name-only",
                               "--end-of-options", treeish, "--", path], root))


def ever_had(root: Path, ref: str, paths: list[str]) -> bool:
    """True when a commit in the history of `ref` added, changed or removed any of `paths`."""
    return bool(_answer(["--literal-pathspecs", "rev-list", "-1", "--end-of-options", ref, "--", *paths], root))


def shares_history(root: Path, ref: str, other: str = "HEAD") -> bool:
    """True when `ref` and `other` have a commit in common."""
    return bool(_answer(["merge-base", "--end-of-options", ref, other], root))


def _require_name(name: str, kind: str) -> None:
    """ToolError for a remote or branch name git would read as an option (or no name at all)."""
    if not name or name.startswith("-"):
        raise ToolError(f"{kind} name {name!r} cannot start with '-' or be empty: git would read it as an option")


def is_valid_branch_name(root: Path, name: str) -> bool:
    """True when git accepts `name` as a branch name (`git check-ref-format --branch`)."""
    return _answer(["check-ref-format", "--branch", name], root) == name


def local_branches(root: Path) -> list[str]:
    """Every local branch name."""
    out = git(["for-each-ref", "--format=%(refname:short)", "refs/heads/"], cwd=root)
    return [name for name in out.splitlines() if name]


def checked_out_branches(root: Path) -> list[str]:
    """Branches checked out in any worktree of the repository."""
    out = git(["worktree", "list", "--porcelain"], cwd=root)
    prefix = "branch refs/heads/"
    return [line[len(prefix):] for line in out.splitlines() if line.startswith(prefix)]


def tracked_files(root: Path, folder: Path) -> set[str]:
    """Files git tracks under `folder`, relative to `root` (posix)."""
    return set(_paths(_output(["--literal-pathspecs", "ls-files", "-z", "-c", "--", str(folder)], root)))


def ignored_files(root: Path, paths: list[str]) -> set[str]:
    """Those of `paths` (relative to `root`) that git ignores."""
    if not paths:
        return set()
    data = b"".join(os.fsencode(path) + b"\0" for path in paths)  # each name as its bytes: a CR stays a CR
    return set(_paths(_output(["check-ignore", "-z", "--stdin"], root, data=data, ok=(0, 1))))  # 1: none is ignored


def ignored_tracked(root: Path, folder: Path) -> dict[str, str]:
    """Files under `folder` that git tracks although its ignore rules match them (committed before
    the rule, or added with `git add -f`), relative to `root`, each with the rule that matches it
    (`.gitignore:3: docs/private/`). Names go to git and come back as bytes (os.fsencode/fsdecode),
    so any file name works."""
    listed = _output(["--literal-pathspecs", "ls-files", "-z", "--cached", "--ignored", "--exclude-standard", "--",
                      str(folder)], root)
    names = [name for name in listed.split(b"\0") if name]
    if not names:
        return {}
    # every name given is ignored, so check-ignore exits 0; --no-index: tracked files too
    out = _output(["check-ignore", "--no-index", "--verbose", "-z", "--stdin"], root, data=b"\0".join(names) + b"\0")
    fields = out.split(b"\0")
    rules = {os.fsdecode(path): f"{os.fsdecode(source)}:{os.fsdecode(line)}: {os.fsdecode(pattern)}"
             for source, line, pattern, path in zip(fields[0::4], fields[1::4], fields[2::4], fields[3::4])}
    return {os.fsdecode(name): rules.get(os.fsdecode(name), "") for name in names}
