"""The gradebook read: one row per learner x graded cell, with a few SQL queries."""

from __future__ import annotations

import math

import pytest
import sqlalchemy as sa

from soplab.cohort.analytics import GradebookError, assignment_scores, read_gradebook
from soplab.cohort.analytics.course import read_config


def _url(tiny_course):
    return read_config(tiny_course).db_url


def test_every_learner_and_cell_is_there(tiny_course):
    gb = read_gradebook(_url(tiny_course), "er-test")
    # 8 learners x (3 cells of 01-a + 1 cell of 02-b)
    assert len(gb) == 32
    assert set(gb["student_id"]) == {f"s0{i}" for i in range(1, 9)}


def test_not_submitted_and_pending_are_not_zero(tiny_course):
    gb = read_gradebook(_url(tiny_course), "er-test")
    gb = gb.set_index(["student_id", "assignment", "cell"])
    row = gb.loc[("s08", "01-a", "auto-hd")]
    assert row["status"] == "not submitted" and math.isnan(row["score"])
    row = gb.loc[("s07", "01-a", "reflection")]
    assert row["status"] == "needs manual grade" and math.isnan(row["score"])
    row = gb.loc[("s07", "01-a", "auto-hd")]
    assert row["status"] == "graded" and row["score"] == 2.0
    assert gb.loc[("s01", "01-a", "reflection"), "score"] == 2.0


def test_assignment_scores_apply_penalty_and_keep_pending(tiny_course):
    sc = assignment_scores(read_gradebook(_url(tiny_course), "er-test"))
    sc = sc.set_index(["student_id", "assignment"])
    assert sc.loc[("s01", "01-a"), "score"] == 6.0
    assert sc.loc[("s01", "01-a"), "max_score"] == 6.0
    # 2 points, late penalty 0.5
    assert sc.loc[("s01", "02-b"), "score"] == 1.5
    assert sc.loc[("s07", "01-a"), "status"] == "pending manual grading"
    assert math.isnan(sc.loc[("s07", "01-a"), "score"])
    assert sc.loc[("s07", "01-a"), "partial_score"] == 3.0
    assert sc.loc[("s08", "01-a"), "status"] == "not submitted"


def test_query_count_does_not_grow_with_the_cohort(tiny_course):
    engine = sa.create_engine(_url(tiny_course))
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute",
                    lambda *a: statements.append(a[2]))
    read_gradebook(engine, "er-test")
    data_queries = [s for s in statements if "FROM" in s and "sqlite_master" not in s]
    assert 1 <= len(data_queries) <= 4


def test_other_course_id_reads_no_assignments(tiny_course):
    gb = read_gradebook(_url(tiny_course), "another-course")
    assert gb.empty


def test_not_a_gradebook_says_so(tmp_path):
    import sqlite3

    sqlite3.connect(tmp_path / "empty.db").execute("CREATE TABLE t (x)").connection.close()
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    with pytest.raises(GradebookError, match="not an nbgrader gradebook"):
        read_gradebook(url)


@pytest.mark.parametrize("url", ["not a url", "nosuchdriver://x/y"])
def test_bad_url_says_so(url):
    with pytest.raises(GradebookError, match="--db"):
        read_gradebook(url)


def test_missing_sqlite_file_is_not_created(tmp_path):
    path = tmp_path / "gradebook.db"
    with pytest.raises(GradebookError, match="not found"):
        read_gradebook(f"sqlite:///{path}")
    assert not path.exists()
