"""Fixtures of the analytics tests: a tiny fictional course in tmp_path."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for analytics_course (helpers, not tests)
from analytics_course import build_course  # noqa: E402


@pytest.fixture(scope="session")
def tiny_course_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_course(tmp_path_factory.mktemp("tiny") / "course")


@pytest.fixture
def tiny_course(tmp_path: Path, tiny_course_template: Path) -> Path:
    """A private copy of the tiny course (8 learners, 2 assignments, 2 cohorts)."""
    target = tmp_path / "course"
    shutil.copytree(tiny_course_template, target)
    return target
