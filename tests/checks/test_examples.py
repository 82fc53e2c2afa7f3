"""Every registered check flags its must-flag examples and passes its must-pass examples."""

from __future__ import annotations

import pkgutil
import re

import pytest

import briefings.checks
from briefings.checks import registry
from briefings.linting import lint_text

FRONT = "---\ntitle: Example\nstatus: draft\n---\n\n"
CHECKS = registry()


def as_file(example: str) -> str:
    """An example is a body, or a whole file when it starts with front matter."""
    return example if example.startswith("---\n") else f"{FRONT}{example}\n"


def rules_found(example: str) -> set[str]:
    return {f.rule for f in lint_text(as_file(example))}


@pytest.mark.parametrize(("rule", "example"), [(c.id, e) for c in CHECKS for e in c.must_flag],
                         ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_must_flag(rule: str, example: str) -> None:
    assert rule in rules_found(example)


@pytest.mark.parametrize(("rule", "example"), [(c.id, e) for c in CHECKS for e in c.must_pass],
                         ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_must_pass(rule: str, example: str) -> None:
    assert rule not in rules_found(example)


def test_every_check_has_both_kinds_of_example() -> None:
    missing = [c.id for c in CHECKS if not c.must_flag or not c.must_pass]
    assert missing == []


def test_every_check_module_is_registered_once() -> None:
    modules = {m.name for m in pkgutil.iter_modules(briefings.checks.__path__)}
    registered = [c.run.__module__.rsplit(".", 1)[1] for c in CHECKS]
    assert sorted(registered) == sorted(modules)
    assert len({c.id for c in CHECKS}) == len(CHECKS)


def test_rule_ids_are_stable_kebab_case_with_a_summary_and_a_why() -> None:
    for check in CHECKS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", check.id), check.id
        assert check.summary
        module = __import__(check.run.__module__, fromlist=["_"])
        assert "Why:" in (module.__doc__ or ""), f"{check.id} does not say why it exists"


def test_each_finding_says_which_signal_fired() -> None:
    for check in CHECKS:
        for example in check.must_flag:
            found = [f for f in lint_text(as_file(example)) if f.rule == check.id]
            assert all(f.reason for f in found), check.id
