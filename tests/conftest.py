"""Shared fixtures: a throwaway copy of the course."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursekit import copy_course


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the course; SOPLAB_COURSE_ROOT points at it."""
    root = copy_course(tmp_path / "course")
    monkeypatch.setenv("SOPLAB_COURSE_ROOT", str(root))
    return root


@pytest.fixture
def bank(course: Path):
    from soplab.engine.items import load_bank

    return load_bank(course)
