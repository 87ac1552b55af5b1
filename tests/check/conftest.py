"""Fixtures of the checker tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from check.check_helpers import make_small_course


@pytest.fixture
def course(tmp_path: Path) -> Path:
    return make_small_course(tmp_path / "course")
