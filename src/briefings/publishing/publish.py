"""`briefings publish`: stage the work tree without drafts and embargoes, gate it, build, scan, deploy."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefings.config import Project, load_project
from briefings.errors import ConfigError, GateError
from briefings.library import Briefing, Library
from briefings.linting import LintResult
from briefings.publishing import changes, deploy, exclusion, gate, manifest, remote, replacement, search_shards, timing
from briefings.publishing.editions import Edition, previous, sort_key
from briefings.publishing.site import edition_env
from briefings.tools import git, mike


@dataclass
class Request:
    """What to publish and where."""

    edition: str
    title: str
    now: dt.datetime
    root: Path | None = None
    alias: str | None = "latest"
    force: bool = False
    push_to: str | None = None
    branch: str = mike.DEFAULT_BRANCH


@dataclass
class Outcome:
    """What a publish did, for the command's report."""

    changes: changes.Changes
    alias: str | None
    excluded: list[Briefing] = field(default_factory=list)
    deployed: deploy.Deployed | None = None


def publish(request: Request) -> Outcome:
    """Publish one edition; GateError (nothing deployed) when a check, the build or the scan fails."""
    project = load_project(request.root)
    _require_commit(project)
    left_out = exclusion.excluded(Library.load(project=project), request.now)
    for briefing in left_out:
        print(f"leaving out {briefing.label}: {exclusion.reason(briefing)}")
    if request.push_to:
        remote.sync(project.root, request.push_to, request.branch)
    known = deploy.editions(project.root, request.branch)
    existing = next((e for e in known if e.name == request.edition), None)
    if existing is not None and not request.force:
        raise deploy.refuse_existing(existing)
    request = replace(request, alias=_alias_for(request, known))
    with tempfile.TemporaryDirectory(prefix="briefings-edition-") as tmp:
        diff, site_dir = _stage_and_build(project, Path(tmp), request, known, left_out)
        if existing is not None:
            print(replacement.describe(project.root, existing, diff.edition, site_dir, request.branch))
        target = deploy.Target(project.root, request.branch, request.edition, request.title, request.alias,
                               request.force, request.push_to)
        with timing.step("commit"):
            done = deploy.deploy(target, site_dir, _properties(diff.edition), _message(diff.edition))
    return Outcome(diff, request.alias, left_out, done)


def _stage_and_build(project: Project, work: Path, request: Request, known: list[Edition],
                     left_out: list[Briefing]) -> tuple[changes.Changes, Path]:
    """Copy the work tree without `left_out`, record it, compare it with the previous edition, build it."""
    with timing.step("stage"):
        exclusion.stage(project, work / "library", left_out)
        staged = Library.load(work / "library")
    with timing.step("gate"):
        linted = gate.require_clean(staged, edition=request.edition)  # its assertions feed the record: one parse
        record = _record(project, staged, request, linted)
    before = _manifest_of(project.root, previous(known, request.edition), request.branch)
    diff = changes.compare(before, record)
    site_dir = _build(staged, work, request, diff, left_out)
    for name, text in record.files().items():
        (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / name).write_text(text, encoding="utf-8")
    return diff, site_dir


def _alias_for(request: Request, known: list[Edition]) -> str | None:
    """The alias stays on a newer edition: publishing a correction to an older one must not move it."""
    newer = [e.name for e in known if sort_key(e.name) > sort_key(request.edition)]
    if request.alias and newer:
        print(f"note: {max(newer, key=sort_key)} is newer than {request.edition}, so {request.alias} stays on it")
        return None
    return request.alias


def _require_commit(project: Project) -> None:
    if git.toplevel(project.root) is None or git.head_commit(project.root) is None:
        raise ConfigError(f"{project.root} is not a git repository with at least one commit",
                          hint="editions are kept on a branch of the library's repository and record "
                               "the commit they come from: run `git init` and commit the library first")


def _record(project: Project, staged: Library, request: Request, linted: LintResult) -> manifest.Manifest:
    commit = git.head_commit(project.root) or ""
    dirty = git.is_dirty(project.root)
    if dirty:
        print(f"note: the work tree has uncommitted changes; the edition records {commit[:12]} plus them")
    return manifest.of_library(staged, edition=request.edition, title=request.title, source_commit=commit,
                               published=request.now.isoformat(timespec="seconds"), dirty=dirty,
                               directory_urls=_directory_urls(staged), claims=linted.claims)


def _build(staged: Library, work: Path, request: Request, diff: changes.Changes,
           left_out: list[Briefing]) -> Path:
    """Build the staged library (its checks passed), then prove no excluded text made it in."""
    page = work / changes.PAGE_URI
    page.write_text(changes.page(diff, directory_urls=_directory_urls(staged)), encoding="utf-8")
    site_dir = work / "site"
    env = edition_env(edition=request.edition, title=request.title, alias=request.alias, changes_page=page)
    with timing.step("build"):
        gate.build(staged, site_dir=site_dir, env=env, edition=request.edition)
        search_shards.split(site_dir)  # one edited briefing rewrites one shard, not the whole index
    with timing.step("scan"):
        leaks = exclusion.scan(site_dir, left_out, directory_urls=_directory_urls(staged))
    if leaks:
        shown = "\n".join(f"  {leak}" for leak in leaks[:20])
        raise GateError(f"the built edition {request.edition} contains excluded briefings; nothing was "
                        f"deployed:\n{shown}", hint="remove the quoted or included text from the published "
                        "briefings, or publish the briefing itself (status and embargo_until)")
    return site_dir


def _manifest_of(root: Path, edition: Edition | None, branch: str) -> manifest.Manifest | None:
    if edition is None:
        return None
    found = manifest.Manifest.read(lambda name: mike.read_file(root, f"{edition.name}/{name}", branch=branch),
                                   f"{branch}:{edition.name}")
    if found is None:  # published by plain mike: no record, so describe it as empty
        return manifest.Manifest(edition.name, edition.title, edition.source_commit, edition.published)
    return found


def _directory_urls(library: Library) -> bool:
    return bool(library.project.mkdocs.get("use_directory_urls", True))


def _properties(record: manifest.Manifest) -> dict[str, object]:
    props: dict[str, object] = {"source_commit": record.source_commit, "published": record.published}
    if record.dirty:
        props["dirty"] = True
    return props


def _message(record: manifest.Manifest) -> str:
    dirty = " plus uncommitted changes" if record.dirty else ""
    return f"Publish edition {record.edition} ({record.title}) from {record.source_commit[:12]}{dirty}"
