"""Pseudonyms, salt file, small-group suppression and the Canvas CSV."""

from __future__ import annotations

import csv
import stat

import pandas as pd

from soplab.cohort.analytics import (
    assignment_scores,
    canvas_grades,
    course_salt,
    pseudonym,
    read_gradebook,
    read_roster,
    suppress_small_groups,
    write_canvas_csv,
)
from soplab.cohort.analytics.course import read_config
from soplab.cohort.analytics.privacy import Identity


def test_salt_created_once_with_0600(tmp_path):
    salt = course_salt(tmp_path)
    path = tmp_path / ".soplab-salt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(salt) == 32 and course_salt(tmp_path) == salt


def test_pseudonyms_are_stable_and_salted(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    p1 = pseudonym("s01", course_salt(a))
    assert p1 == pseudonym("s01", course_salt(a)) and p1.startswith("L-")
    assert p1 != pseudonym("s02", course_salt(a))
    assert p1 != pseudonym("s01", course_salt(b))
    assert "s01" not in p1


def test_identity_drops_real_ids_unless_names(tmp_path):
    frame = pd.DataFrame({"student_id": ["s01"], "first_name": ["Ana"], "last_name": ["Ruiz"],
                          "email": ["a@example.org"], "score": [1.0]})
    hidden = Identity.for_course(tmp_path).apply(frame)
    assert list(hidden.columns) == ["learner", "score"]
    shown = Identity.for_course(tmp_path, names=True).apply(frame)
    assert shown.loc[0, "learner"] == "Ana Ruiz (s01)"


def test_small_groups_are_suppressed():
    frame = pd.DataFrame({"cohort": ["big", "small"], "n": [12, 3], "mean": [71.0, 55.0]})
    out = suppress_small_groups(frame, "n", keep=("cohort",)).set_index("cohort")
    assert out.loc["big", "mean"] == 71.0 and out.loc["big", "note"] == ""
    assert out.loc["small", "mean"] is None and out.loc["small", "n"] == "<5"
    assert "fewer than 5" in out.loc["small", "note"]


def test_canvas_csv_layout(tiny_course, tmp_path):
    config = read_config(tiny_course)
    scores = assignment_scores(read_gradebook(config.db_url, config.course_id))
    path = write_canvas_csv(canvas_grades(scores, read_roster(tiny_course)), tmp_path / "c.csv")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == ('"Student","ID","SIS User ID","SIS Login ID","Section","01-a","02-b"')
    assert lines[1] == '"    Points Possible","","","","","6","2"'
    rows = list(csv.reader(text.splitlines()))
    assert all(line.startswith('"') and line.endswith('"') for line in lines)
    by_sis = {r[2]: r for r in rows[2:]}
    assert by_sis["s01"] == ["Last1, First1", "1001", "s01", "s01@example.org", "A", "6", "1.5"]
    assert by_sis["s07"][5] == ""  # waiting for manual grading: blank, not 0
    assert by_sis["s08"][5] == ""  # not submitted: blank
    zero = canvas_grades(scores, read_roster(tiny_course), missing_as_zero=True)
    assert zero.set_index("SIS User ID").loc["s08", "01-a"] == "0"
    assert zero.set_index("SIS User ID").loc["s07", "01-a"] == ""
