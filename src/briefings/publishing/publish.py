"""`briefings publish`: stage the allowed files, gate them, then under the lock build, scan and deploy."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from briefings import sourcing
from briefings.config import Project, load_project
from briefings.errors import ConfigError, GateError
from briefings.frontcache import CACHE_ROOT
from briefings.frontmatter import ParseOnce
from briefings.hooks.cache import same_configuration
from briefings.library import Briefing, Library
from briefings.links import addresses
from briefings.linting.runner import Claimed
from briefings.publishing import assetuse, branch, changes, deploy, exclusion, gate, leaks, manifest, remote
from briefings.publishing import replacement
from briefings.publishing import search_shards, staging, timing, versions, workdir
from briefings.publishing.editions import Edition, sort_key
from briefings.publishing.site import edition_env
from briefings.publishing.versions import BranchState
from briefings.site.pages import ENV_HISTORY
from briefings.site import rendercache
from briefings.tools import git, mike
from briefings.terminal import shown


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
    refused: list[staging.Refused] = field(default_factory=list)


def publish(request: Request) -> Outcome:
    """Publish one edition; GateError (nothing deployed) when a check, the build or the scan fails."""
    if request.push_to is not None:
        remote.check_name(request.push_to)
    project = load_project(request.root)
    _require_commit(project)
    _require_untracked_cache(project)
    branch.check_site_branch(project, request.branch)
    gate.require_names(project, edition=request.edition)  # before anything is fetched, staged or built
    target = deploy.Target(project.root, request.branch, request.edition, request.title, request.alias,
                           request.force, request.push_to)
    if request.push_to:
        remote.sync(project.root, request.push_to, request.branch)
    deploy.check_state(versions.read(project.root, request.branch), target)  # fail fast; decided again later
    removed = workdir.remove_stale()
    if removed:
        print(f"removed {len(removed)} temporary folder(s) left by publishes that were killed")
    with workdir.temporary() as work:
        with timing.step("stage"):
            parse = ParseOnce(project.settings.limits).parse  # the staged copy's front matter is not parsed again
            staged = staging.stage(project, work / "library", request.now, parse=parse)
            _report(staged)
            library = Library.load(work / "library", parse=parse)
        with timing.step("gate"):
            # its assertions feed the record; briefings linted before (same text) come from the lint cache
            cached = project.root if same_configuration(project.root, work / "library") else None
            linted = gate.require_clean(library, edition=request.edition, lint_cache=cached, left_out=staged.left_out,
                                        now=request.now, refusals=staged.errors)
            # once: for the record, "What changed" and the sourcing dashboard
            figures = sourcing.of_library(library, claims=linted.claims)
            edition = _Edition(project, library, work, request, staged, figures, linted.claims)
        done = deploy.deploy(target, edition.prepare)
    assert edition.changes is not None  # prepare ran at least once
    return Outcome(edition.changes, edition.alias, staged.left_out, done, staged.refused + edition.unused)


def _report(staged: staging.Staging) -> None:
    for briefing in staged.left_out:
        print(shown(f"leaving out {briefing.label}: {exclusion.reason(briefing)}"))
    for refused in staged.refused:
        print(shown(f"not published: {refused}"))


class _Edition:
    """Builds the edition for a state of the site branch; rebuilds only when that state changes it."""

    def __init__(self, project: Project, library: Library, work: Path, request: Request,
                 staged: staging.Staging, figures: list[sourcing.Sourcing],
                 claims: dict[str, tuple[Claimed, ...]]) -> None:
        self.project, self.library, self.work, self.request = project, library, work, request
        self.staged = staged
        self.left_out = staged.left_out + staged.ignored + staged.unbuilt  # every page kept out whose text the scan looks for
        self.unused: list[staging.Refused] = []  # staged assets no built page uses (removed from the site)
        self.figures = figures
        self.record = _record(project, library, request, figures, claims)
        self.changes: changes.Changes | None = None
        self.alias: str | None = None
        self._built_for: tuple[object, ...] | None = None

    def prepare(self, state: BranchState) -> deploy.Ready:
        """The alias and the previous edition as the branch is now, and a site built for them."""
        request = self.request
        branch.check_history(self.project, request.branch)  # again: a fetch may have brought the remote's history
        with timing.step("record"):
            alias = _alias_for(request, state)
            before_edition = state.previous(request.edition)
            history = history_points(state.editions, request.edition, totals(self.figures), request.title)
            # what the site depends on: the alias, the previous edition's files (by their git tree) and
            # the sourcing history of every earlier edition (its chart)
            key = (alias, _tree_of(self.project.root, before_edition, state), tuple(history))
            before = _manifest_of(self.project.root, before_edition, state) if key != self._built_for else None
        site_dir = self.work / "site"
        if key != self._built_for:
            self.alias, self.changes = alias, changes.compare(before, self.record)
            self._build(site_dir, before, history)
            self._built_for = key
        if state.exists(request.edition):
            existing = state.get(request.edition) or Edition(request.edition, request.edition)
            print(shown(replacement.describe(self.project.root, existing, self.record, site_dir, request.branch)))
        return deploy.Ready(site_dir, alias, _message(self.record), _properties(self.record, self.figures))

    def _build(self, site_dir: Path, before: manifest.Manifest | None, history: list[tuple[str, float]]) -> None:
        """Build, then prove that no excluded text made it into any file of the edition."""
        assert self.changes is not None
        request, urls = self.request, addresses.directory_urls(self.library.project)
        page = self.work / changes.PAGE_URI
        page.write_text(changes.page(self.changes, directory_urls=urls), encoding="utf-8")
        env = edition_env(edition=request.edition, title=request.title, alias=self.alias, changes_page=page,
                          snippets_view=self.work / "snippets")
        (self.work / "sourcing.json").write_text(sourcing.to_json(self.figures), encoding="utf-8")
        (self.work / "sourcing-history.json").write_text(json.dumps(history), encoding="utf-8")
        env[sourcing.ENV_RECORDS] = str(self.work / "sourcing.json")
        env[ENV_HISTORY] = str(self.work / "sourcing-history.json")
        # the work tree's render cache, not the staged copy's (a new folder each time): a page whose
        # Markdown and links are unchanged is not rendered again (site/rendercache.py)
        env[rendercache.ENV_CACHE] = str(self.project.root)
        with timing.step("build"):
            gate.build(self.library, site_dir=site_dir, env=env, edition=request.edition)
            unused = assetuse.remove_unused(site_dir, self.staged, directory_urls=urls)
            for refused in unused if unused != self.unused else []:
                print(shown(f"not published: {refused}"))
            self.unused = unused
        with timing.step("split"):  # one edited briefing rewrites its own files, not the whole index or record
            search_shards.split(site_dir)
            for name, text in self.record.files().items():
                (site_dir / name).parent.mkdir(parents=True, exist_ok=True)
                (site_dir / name).write_text(text, encoding="utf-8")
        titles = [r.title for r in before.briefings.values()] if before else []
        with timing.step("scan"):
            found = leaks.scan(site_dir, self.left_out, extra={versions.VERSIONS_FILE: request.title},
                               public=titles, pages=self.library.pages, directory_urls=urls)
        if found:
            listed = "\n".join(f"  {leak}" for leak in found[:20])
            raise GateError(f"the built edition {request.edition} contains excluded briefings; nothing was "
                            f"deployed:\n{listed}", hint="remove the quoted or included text from the published "
                            "briefings, or publish the briefing itself (status and embargo_until; a page git does "
                            "not track: `git add` it or delete it; one mkdocs.yml leaves out: change exclude_docs "
                            "or draft_docs)")


def _alias_for(request: Request, state: BranchState) -> str | None:
    """The alias stays on a newer edition: publishing a correction to an older one must not move it."""
    newer = state.newer(request.edition)
    if request.alias and newer:
        print(f"note: {newer[-1]} is newer than {request.edition}, so {request.alias} stays on it")
        return None
    return request.alias


def _require_commit(project: Project) -> None:
    if git.toplevel(project.root) is None or git.head_commit(project.root) is None:
        raise ConfigError(f"{project.root} is not a git repository with at least one commit",
                          hint="editions are kept on a branch of the library's repository and record "
                               "the commit they come from: run `git init` and commit the library first")


def _require_untracked_cache(project: Project) -> None:
    """The caches are trusted like the work tree: committed ones would come from whoever committed
    them (a crafted lint entry could hide the gate's findings), so a publish refuses them."""
    committed = git.tracked_files(project.root, CACHE_ROOT)
    if committed:
        raise ConfigError(f"{CACHE_ROOT}/ is committed to the repository ({len(committed)} file(s), e.g. "
                          f"{sorted(committed)[0]}): the publish gate and build trust what it holds",
                          hint=f"remove it from git (`git rm -r --cached {CACHE_ROOT}` and commit); "
                               "it is a local cache, ignored by git")


def totals(figures: list[sourcing.Sourcing]) -> dict[str, int]:
    """Assertions found and sourced in the whole edition (kept in versions.json for the history)."""
    return {"found": sum(f.found for f in figures), "sourced": sum(f.sourced for f in figures)}


def history_points(known: list[Edition], edition: str, own: dict[str, int], title: str) -> list[tuple[str, float]]:
    """(edition title, share sourced) of the editions up to this one, oldest first, from versions.json."""
    points = []
    for other in sorted(known, key=lambda e: sort_key(e.name)):
        figures = other.properties.get("sourcing")
        if sort_key(other.name) >= sort_key(edition) or other.hidden or not isinstance(figures, dict):
            continue
        found, done = figures.get("found"), figures.get("sourced")
        if isinstance(found, int) and isinstance(done, int) and found > 0:
            points.append((other.title, done / found))
    if own["found"]:
        points.append((title, own["sourced"] / own["found"]))
    return points


def _record(project: Project, staged: Library, request: Request, figures: list[sourcing.Sourcing],
            claims: dict[str, tuple[Claimed, ...]]) -> manifest.Manifest:
    commit = git.head_commit(project.root) or ""
    dirty = git.is_dirty(project.root)
    if dirty:
        print(f"note: the work tree has uncommitted changes; the edition records {commit[:12]} plus them")
    return manifest.of_library(staged, edition=request.edition, title=request.title, source_commit=commit,
                               published=request.now.isoformat(timespec="seconds"), dirty=dirty,
                               directory_urls=addresses.directory_urls(staged.project), figures=figures, claims=claims)


def _tree_of(root: Path, edition: Edition | None, state: BranchState) -> tuple[str, str, str | None] | None:
    """The previous edition as the build depends on it: its name, its title (for an edition without
    a record) and the id of its folder's tree (its record: a hash, not a read of every file)."""
    if edition is None or state.tip is None:
        return None
    return edition.name, edition.title, git.tree_id(root, f"{state.tip}:{edition.name}")


def _manifest_of(root: Path, edition: Edition | None, state: BranchState) -> manifest.Manifest | None:
    if edition is None or state.tip is None:
        return None
    tip = state.tip  # the branch as it was read inside the lock, not as it may be now
    found = manifest.from_branch(root, tip, edition.name, f"{state.branch}:{edition.name}")
    if found is None:  # published by plain mike: no record, so describe it as empty
        return manifest.Manifest(edition.name, edition.title, edition.source_commit, edition.published)
    return found


def _properties(record: manifest.Manifest, figures: list[sourcing.Sourcing]) -> dict[str, object]:
    """versions.json properties: the edition's sourcing totals are the dashboard's (`figures`, which
    leave out planned briefings; the record lists those too), as its history chart compares them."""
    props: dict[str, object] = {"source_commit": record.source_commit, "published": record.published,
                                "sourcing": totals(figures)}
    if record.dirty:
        props["dirty"] = True
    return props


def _message(record: manifest.Manifest) -> str:
    dirty = " plus uncommitted changes" if record.dirty else ""
    return f"Publish edition {record.edition} ({record.title}) from {record.source_commit[:12]}{dirty}"
