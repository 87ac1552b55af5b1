"""release/ must equal a fresh build (slow: runs nbgrader)."""

from __future__ import annotations

import json

import pytest

from check.check_helpers import matching, read_nb, run, write_nb

pytestmark = pytest.mark.slow
RELEASED = "release/00-orientation/00-orientation.ipynb"


def test_stale_release_missing_and_leftover_files_are_errors(course):
    clean = run(course, only=["release"], release=True)
    assert clean.errors == [], clean.text()

    nb = read_nb(course)
    nb.cells[0].source += "\n\nA new sentence."
    write_nb(course, nb)
    (course / "release/00-orientation/notes.txt").write_text("old", encoding="utf-8")
    (course / "release/00-orientation/exercises.json").unlink()
    (course / "release/99-gone").mkdir()
    (course / "release/99-gone/99-gone.ipynb").write_text(json.dumps({}), encoding="utf-8")
    report = run(course, only=["release"], release=True)

    stale = matching(report, "error", "out of date", "cell 1 differs", file=RELEASED)
    assert stale and "soplab build --no-db 00-orientation" in stale[0].fix, report.text()
    assert matching(report, "error", "is missing", file="release/00-orientation/exercises.json")
    assert matching(report, "error", "leftover", file="release/00-orientation/notes.txt")
    assert matching(report, "error", "no source notebook", file="release/99-gone")
    # The committed release folder is left as it was.
    assert "A new sentence" not in (course / RELEASED).read_text(encoding="utf-8")


def test_release_is_skipped_without_building_when_asked(course):
    (course / RELEASED).unlink()
    report = run(course, release=False)
    assert "release" not in report.checks
    assert not matching(report, "error", "is missing")
