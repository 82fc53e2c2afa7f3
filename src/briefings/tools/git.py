"""Every call to git goes through here."""

from __future__ import annotations

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


def toplevel(path: Path) -> Path | None:
    """The work tree root containing `path`, or None outside a repository."""
    found = _answer(["rev-parse", "--show-toplevel"], path)
    return Path(found) if found else None


def rev(root: Path, ref: str) -> str | None:
    """The commit a ref points at, or None when it does not exist."""
    return _answer(["rev-parse", "--verify", "-q", f"{ref}^{{commit}}"], root) or None


def tree_id(root: Path, treeish: str) -> str | None:
    """The id of the tree `treeish` names (e.g. `TIP:2025.01`), or None when there is none."""
    return _answer(["rev-parse", "--verify", "-q", f"{treeish}^{{tree}}"], root) or None


def head_commit(cwd: Path) -> str | None:
    """The full hash of HEAD, or None before the first commit."""
    return rev(cwd, "HEAD")


def ref_exists(cwd: Path, ref: str) -> bool:
    """True when `ref` names a commit."""
    return rev(cwd, ref) is not None


def merge_base(cwd: Path, ref: str, other: str = "HEAD") -> str:
    """The best common ancestor of `ref` and `other`."""
    return git(["merge-base", ref, other], cwd=cwd).strip()


def _raw(args: list[str], cwd: Path) -> str:
    """Stdout of `git ARGS` as git wrote it: a CR stays a CR (text mode would make it a line break,
    splitting a changed line or a file name in two)."""
    return process.run_binary(["git", *args], cwd=cwd, timeout=120).decode("utf-8", "replace")


def diff_zero_context(cwd: Path, base: str) -> str:
    """`git diff -U0` of the work tree against `base`: only changed lines, renames detected."""
    return _raw(["-c", "core.quotepath=false", "diff", "-U0", "-M", "--no-color", "--no-ext-diff",
                 "--src-prefix=a/", "--dst-prefix=b/", base, "--"], cwd)


def binary_changes(cwd: Path, base: str) -> list[str]:
    """Files changed since `base` that git compares as binary (a NUL byte): `git diff` gives them no lines."""
    fields = iter(_raw(["diff", "--numstat", "-z", "-M", "--no-ext-diff", base, "--"], cwd).split("\0"))
    found = []
    for entry in fields:  # "added<TAB>deleted<TAB>path"; for a rename "added<TAB>deleted<TAB>", old, new
        parts = entry.split("\t", 2)
        if len(parts) < 3:
            continue
        added, _, path = parts
        if not path:
            next(fields, "")
            path = next(fields, "")
        if added == "-":
            found.append(path)
    return found


def untracked_files(cwd: Path) -> list[str]:
    """Files git does not track and does not ignore, relative to the work tree root."""
    out = _raw(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], cwd)
    return [name for name in out.split("\0") if name]


# --- publishing (issue 5) ---

def worktree_files(root: Path) -> list[str]:
    """Tracked and untracked-but-not-ignored files of the work tree, relative to `root`."""
    out = git(["ls-files", "-z", "-c", "-o", "--exclude-standard", "--", "."], cwd=root)
    return sorted({name for name in out.split("\0") if name})


def is_dirty(root: Path) -> bool:
    """True when the work tree has changes not yet committed (untracked files included)."""
    return bool(git(["status", "--porcelain", "--untracked-files=normal", "--", "."], cwd=root).strip())


def common_dir(root: Path) -> Path:
    """The repository's shared .git folder (the same for every worktree)."""
    out = git(["rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=root).strip()
    return Path(out)


def fetch_branch(root: Path, remote: str, branch: str) -> str | None:
    """Fetch remote's branch into refs/remotes/REMOTE/BRANCH; its commit, or None if it has none."""
    heads = git(["ls-remote", "--heads", remote, f"refs/heads/{branch}"], cwd=root, timeout=300)
    if not heads.strip():
        return None
    git(["fetch", "-q", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}"], cwd=root, timeout=600)
    return rev(root, f"refs/remotes/{remote}/{branch}")


def is_ancestor(root: Path, older: str, newer: str) -> bool:
    """True when `older` is reachable from `newer` (a fast-forward is possible)."""
    return _answer(["merge-base", "--is-ancestor", older, newer], root) is not None


def set_branch(root: Path, branch: str, commit: str | None, *, expected: str | None) -> None:
    """Point a local branch at `commit` (None: delete it), only if it still points at `expected`."""
    ref = f"refs/heads/{branch}"
    if commit is None:
        git(["update-ref", "-d", ref, expected or ""], cwd=root)
        return
    git(["update-ref", "-m", "briefings publish: sync with remote", ref, commit, expected or "0" * 40], cwd=root)


def tree_blobs(root: Path, treeish: str) -> dict[str, str]:
    """path -> blob id of every file under a tree (e.g. `gh-pages:2025.01`); {} when it is missing."""
    listing = _answer(["ls-tree", "-r", "-z", "--full-tree", treeish], root) or ""
    blobs = {}
    for entry in listing.split("\0"):
        meta, _, path = entry.partition("\t")
        if path:
            blobs[path] = meta.split()[2]
    return blobs


def read_tree(root: Path, treeish: str) -> dict[str, bytes]:
    """path -> content of every file under a tree (e.g. `TIP:2025.01/briefings-records`), read
    with two git processes whatever the number of files; {} when the tree is missing."""
    listing = _answer(["ls-tree", "-r", "-z", "--full-tree", treeish], root) or ""
    blobs = {}
    for entry in listing.split("\0"):
        meta, _, path = entry.partition("\t")
        if path and meta.split()[1] == "blob":
            blobs[path] = meta.split()[2]
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
    result = process.run(["git", "push", "--porcelain", remote, f"refs/heads/{branch}:refs/heads/{branch}"],
                         cwd=root, check=False, timeout=600)
    return result.returncode == 0, (result.stderr + result.stdout).strip()


# --- publish safety (issue 9) ---

def show_file(root: Path, spec: str) -> str | None:
    """The text of the file `REV:PATH` (bad bytes replaced), or None when there is no such file."""
    result = process.run(["git", "cat-file", "blob", spec], cwd=root, check=False, timeout=120)
    return result.stdout if result.returncode == 0 else None


def top_folders(root: Path, treeish: str) -> list[str]:
    """Names of the folders at the top of a tree (e.g. a branch); [] when it does not exist."""
    listing = _answer(["ls-tree", "-z", "--full-tree", treeish], root)
    folders = []
    for entry in (listing or "").split("\0"):
        meta, _, name = entry.partition("\t")
        if name and meta.split()[1] == "tree":
            folders.append(name)
    return folders


def has_path(root: Path, treeish: str, path: str) -> bool:
    """True when `path` (a file or folder) exists in the tree of `treeish`."""
    return bool(_answer(["ls-tree", "--full-tree", "--name-only", treeish, "--", path], root))


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
    out = git(["ls-files", "-z", "-c", "--", str(folder)], cwd=root)
    return {name for name in out.split("\0") if name}


def ignored_files(root: Path, paths: list[str]) -> set[str]:
    """Those of `paths` (relative to `root`) that git ignores."""
    if not paths:
        return set()
    result = process.run(["git", "check-ignore", "-z", "--stdin"], cwd=root, check=False,
                         input_text="\0".join(paths) + "\0", timeout=120)
    if result.returncode not in (0, 1):
        raise ToolError(process.describe_failure(["git", "check-ignore"], result))
    return {name for name in result.stdout.split("\0") if name}
