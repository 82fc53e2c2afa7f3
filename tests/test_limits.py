"""`[tool.briefings.limits]`: every bad value is a clear configuration error naming the limit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.errors import ConfigError
from briefings.limits import LARGEST, from_settings
from tests.conftest import briefing_text


@pytest.mark.parametrize(("name", "value"), [
    ("file_bytes", "1e308"), ("file_bytes", "99999999999999999999"), ("file_bytes", "-1"), ("file_bytes", "1.5"),
    ("file_bytes", '"big"'), ("file_bytes", "true"), ("build_seconds", "inf"), ("build_seconds", "nan"),
    ("parse_seconds_per_mb", "1e300"),
])
def test_a_bad_limit_is_a_configuration_error_not_a_crash(make_library: Callable[..., Path],
                                                          cli: Callable[..., tuple[int, str, str]],
                                                          name: str, value: str) -> None:
    root = make_library({"A/x.md": briefing_text("X", "Text.")})
    with (root / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n[tool.briefings.limits]\n{name} = {value}\n")
    code, out, err = cli("--root", root, "lint")
    assert code == 2, out + err
    assert f"[tool.briefings.limits] {name} must be a" in err and "internal error" not in err


def test_the_largest_value_is_accepted() -> None:
    assert from_settings({"file_bytes": LARGEST, "build_seconds": float(LARGEST)}).file_bytes == LARGEST
    with pytest.raises(ConfigError):
        from_settings({"file_bytes": LARGEST + 1})
