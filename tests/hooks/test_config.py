"""The hook configuration and manifest: valid for pre-commit, local only, pinned, and in step."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import yaml

from tests.conftest import REPO

CONFIG = REPO / ".pre-commit-config.yaml"
MANIFEST = REPO / ".pre-commit-hooks.yaml"
HYGIENE = {"trailing-whitespace", "end-of-file-fixer", "mixed-line-ending", "check-yaml",
           "check-added-large-files", "check-merge-conflict"}


def hooks() -> list[dict[str, Any]]:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    return [hook for repo in config["repos"] for hook in repo["hooks"]]


def test_pre_commit_accepts_the_config_and_the_manifest() -> None:
    for command, path in (("validate-config", CONFIG), ("validate-manifest", MANIFEST)):
        result = subprocess.run([sys.executable, "-m", "pre_commit", command, str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_every_repo_is_local_so_no_github_is_needed() -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert {repo["repo"] for repo in config["repos"]} == {"local"}


def test_every_installed_dependency_is_pinned_to_the_constraints() -> None:
    constraints = dict(line.split("==") for line in (REPO / "constraints.txt").read_text().split()
                       if "==" in line)
    wanted = {name.lower().replace("_", "-"): version for name, version in constraints.items()}
    deps = [dep for hook in hooks() for dep in hook.get("additional_dependencies", [])]
    assert deps, "the hygiene hooks install pre-commit-hooks"
    for dep in deps:
        name, _, version = dep.partition("==")
        assert version == wanted[name], f"{dep} is not pinned to constraints.txt"


def test_the_required_checks_are_all_there() -> None:
    ids = {hook["id"] for hook in hooks()}
    assert HYGIENE <= ids
    assert {"briefings-files", "briefings-symlinks", "briefings-names", "briefings-front-matter", "briefings-lint",
            "briefings-vale"} <= ids
    for hook in hooks():
        if hook["id"] in HYGIENE:
            assert hook["language"] == "python"
        else:
            assert hook["language"] == "unsupported" and hook["entry"].startswith("briefings hook ")


def test_the_manifest_offers_the_same_briefings_hooks() -> None:
    manifest = {hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))}
    local = {hook["id"]: hook for hook in hooks() if hook["id"].startswith("briefings-")}
    assert manifest.keys() == local.keys()
    for hook_id, hook in manifest.items():
        assert hook["language"] == "python"  # pre-commit installs briefings at the pinned rev
        for key in ("entry", "types", "types_or", "files", "require_serial", "verbose"):
            assert hook.get(key) == local[hook_id].get(key), f"{hook_id}: {key} differs"
