"""The Vale hook shows the Vale rules' findings; the lint hook shows the rest; nothing twice."""

from __future__ import annotations

from tests.hooks.conftest import HookRepo
from tests.hooks.examples import SOURCED, line_of

NEW = "docs/RESEARCH/Program Spending.md"


def section(output: str, title: str) -> str:
    """The output pre-commit printed for one hook, from its status line to the next one."""
    start = output.index(title)
    rest = output[start:].split("\n", 1)[1]
    ends = [i for i in (rest.find("...."),) if i >= 0]
    return rest[: rest.rfind("\n", 0, ends[0])] if ends else rest


def test_vale_warnings_show_under_the_vale_hook_only(hook_repo: HookRepo) -> None:
    text = SOURCED.replace("This briefing follows", "This briefing clearly follows")
    hook_repo.write(NEW, text)
    hook_repo.git("add", NEW)
    result = hook_repo.commit("a certainty word")
    assert result.returncode == 0, result.stdout  # warnings do not fail a commit
    vale = section(result.stdout, "Vale style rules")
    lint = section(result.stdout, "briefings lint")
    assert f"  {line_of(text, 'clearly')}:" in vale
    assert "[Briefings.Certainty]" in vale
    assert "Briefings." not in lint
