"""Fixtures of the LMS tests: the analytics tests' tiny fictional course, in tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analytics.analytics_course import build_course


@pytest.fixture(scope="session")
def lms_course_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_course(tmp_path_factory.mktemp("lmscourse") / "course")


@pytest.fixture
def lms_course(tmp_path: Path, lms_course_template: Path) -> Path:
    """A private copy of the tiny course (8 learners s01..s08, lms_id 1001..1008;
    01-a worth 6 with s07 waiting for hand grading and s08 not submitted; 02-b worth 2,
    only s01, late by 0.5)."""
    target = tmp_path / "course"
    shutil.copytree(lms_course_template, target)
    return target


@pytest.fixture(scope="module")
def tool_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tool's RSA key (key id ``tool-key-1``)."""
    from soplab.cohort.lms.keys import generate_key

    return generate_key(tmp_path_factory.mktemp("key") / "tool.pem")


@pytest.fixture
def lms(tool_key: Path):
    """The fake LTI 1.3 platform on 127.0.0.1 (fakeplatform.py), trusting ``tool_key``."""
    from lms.fakeplatform import FakePlatform
    from soplab.cohort.lms.keys import jwks, load_private_key

    with FakePlatform(client_id="soplab-tool",
                      tool_jwks=jwks(load_private_key(tool_key), "tool-key-1")) as platform:
        yield platform


@pytest.fixture(scope="session")
def lms_pg_server():
    """A throwaway PostgreSQL server (tests/pgserver.py); skipped without PostgreSQL unless
    SOPLAB_REQUIRE_SERVICES=1."""
    import os

    from pgserver import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if os.environ.get("SOPLAB_REQUIRE_SERVICES") == "1":
            pytest.fail(f"PostgreSQL is required (SOPLAB_REQUIRE_SERVICES=1): {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server
    server.stop()
