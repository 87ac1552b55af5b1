"""Fixtures of the instructor-pipeline tests."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline_kit import course_subset  # noqa: E402


@pytest.fixture(scope="session")
def orientation_template(tmp_path_factory) -> Path:
    """A built course holding only the orientation (made once per session)."""
    return course_subset(tmp_path_factory.mktemp("template") / "course")


@pytest.fixture
def mini_course(orientation_template: Path, tmp_path: Path) -> Path:
    """A private copy of the built orientation course with its gradebook."""
    target = tmp_path / "course"
    shutil.copytree(orientation_template, target, symlinks=True)
    return target


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server; skipped when PostgreSQL is missing, unless
    SOPLAB_REQUIRE_SERVICES=1 (then the test fails)."""
    from pgserver import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if os.environ.get("SOPLAB_REQUIRE_SERVICES") == "1":
            pytest.fail(f"PostgreSQL is required (SOPLAB_REQUIRE_SERVICES=1): {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server
    server.stop()
