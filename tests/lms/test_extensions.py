"""Extensions and accommodations: nbgrader's own extension field, on SQLite and PostgreSQL."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from analytics.analytics_course import venv_on_path
from soplab.cli import main
from soplab.cohort.autograde.gradebook import SubmissionScores, read_layout, write_scores
from soplab.cohort.extensions import (
    ExtensionError,
    extensions_in_force,
    grant_extension,
    read_extensions,
    submission_extensions,
    sync_gradebook,
)

COURSE = "er-test"
DUE_A, DUE_B = datetime(2026, 5, 1, 12), datetime(2026, 6, 1, 12)
ROSTER = ("id,first_name,last_name,email,lms_id,accommodation\n"
          "s01,Ana,Ruiz,s01@example.org,1001,\n"
          "s02,Bo,Li,s02@example.org,1002,1.5\n"
          "s03,Cy,Oduya,s03@example.org,1003,\n")


def _gradebook(url: str) -> None:
    """s01 and s02 submitted 01-a (s01 late); s03 nothing; 02-b has no submissions."""
    from nbgrader.api import Gradebook

    with venv_on_path(), warnings.catch_warnings(), Gradebook(url, course_id=COURSE) as gb:
        warnings.simplefilter("ignore")
        for sid in ("s01", "s02", "s03"):
            gb.add_student(sid)
        gb.add_assignment("01-a", duedate=DUE_A.isoformat(sep=" "))
        gb.add_notebook("01-a", "01-a")
        gb.add_grade_cell("auto", "01-a", "01-a", max_score=2, cell_type="code")
        gb.add_assignment("02-b", duedate=DUE_B.isoformat(sep=" "))
        gb.add_submission("01-a", "s01", timestamp="2026-05-03 09:00:00")
        gb.add_submission("01-a", "s02", timestamp="2026-05-02 09:00:00")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def course(request, tmp_path) -> tuple[Path, str]:
    root = tmp_path / "course"
    root.mkdir()
    (root / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = '{COURSE}'\n", encoding="utf-8")
    (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    if request.param == "sqlite":
        url = f"sqlite:///{root / 'gradebook.db'}"
    else:
        url = request.getfixturevalue("lms_pg_server").create_database(
            f"ext_{tmp_path.name[-12:].replace('-', '_').lower()}")
    _gradebook(url)
    return root, url


def _nbgrader_extension(url: str, assignment: str, learner: str):
    from nbgrader.api import Gradebook, MissingEntry

    with venv_on_path(), Gradebook(url, course_id=COURSE) as gb:
        try:
            sub = gb.find_submission(assignment, learner)
        except MissingEntry:
            return "no submission"
        return sub.extension, sub.duedate


def test_extension_moves_nbgraders_due_date_for_that_learner_only(course):
    root, url = course
    ext = grant_extension(root, "s01", "01-a", db_url=url, course=COURSE, days=3,
                          reason="family emergency")
    assert ext.until == DUE_A + timedelta(days=3)
    assert _nbgrader_extension(url, "01-a", "s01") == (timedelta(days=3),
                                                       DUE_A + timedelta(days=3))
    # s02's accommodation (1.5) is written too; s03 did not submit: no row is made
    assert _nbgrader_extension(url, "01-a", "s02")[0] == timedelta(hours=372)
    assert _nbgrader_extension(url, "01-a", "s03") == "no submission"
    assert read_extensions(root)[("s01", "01-a")].reason == "family emergency"


def test_accommodation_stretches_each_window_and_the_later_date_wins(course):
    root, url = course
    force = extensions_in_force(root, url, COURSE)
    # the window between the due dates is 31 days; x1.5 gives 15.5 days (372 hours) more
    assert force[("s02", "01-a")].until == DUE_A + timedelta(hours=372)
    assert force[("s02", "02-b")].until == DUE_B + timedelta(hours=372)
    assert force[("s02", "01-a")].source == "accommodation 1.5"
    assert ("s01", "01-a") not in force
    grant_extension(root, "s02", "01-a", db_url=url, course=COURSE, until="2026-05-25")
    force = extensions_in_force(root, url, COURSE)
    assert force[("s02", "01-a")].until == datetime(2026, 5, 25, 23, 59)
    assert force[("s02", "01-a")].source == "extension"
    grant_extension(root, "s02", "01-a", db_url=url, course=COURSE, until="2026-05-05")
    assert extensions_in_force(root, url, COURSE)[("s02", "01-a")].source == \
        "accommodation 1.5"  # the accommodation is later than that extension


def test_remove_takes_the_extension_back(course):
    root, url = course
    grant_extension(root, "s01", "01-a", db_url=url, course=COURSE, days=2)
    grant_extension(root, "s01", "01-a", db_url=url, course=COURSE, remove=True)
    assert read_extensions(root) == {}
    assert _nbgrader_extension(url, "01-a", "s01") == (None, DUE_A)


@pytest.mark.parametrize("kwargs, message", [
    (dict(learner="s99", assignment="01-a", days=1), "s99: not a learner of this course"),
    (dict(learner="s01", assignment="09-x", days=1), "09-x: not an assignment of this course"),
    (dict(learner="s01", assignment="01-a", until="2026-04-01"), "--until: 2026-04-01 23:59 is "
     "not after the due date (2026-05-01 12:00 UTC)"),
    (dict(learner="s01", assignment="01-a", until="next week"), "--until: 'next week' is not"),
    (dict(learner="s01", assignment="01-a", days=-2), "--days: -2 must be more than 0"),
])
def test_wrong_requests_change_nothing(course, kwargs, message):
    root, url = course
    with pytest.raises(ExtensionError) as err:
        grant_extension(root, db_url=url, course=COURSE, **kwargs)
    assert str(err.value).startswith(message)
    assert not (root / "extensions.csv").exists()
    assert _nbgrader_extension(url, "01-a", "s01") == (None, DUE_A)


def test_autograde_gives_a_first_submission_the_extension_in_force(course):
    root, url = course
    grant_extension(root, "s03", "01-a", db_url=url, course=COURSE, days=10)
    layout = read_layout(url, COURSE, "01-a")
    layout = type(layout)(**{**layout.__dict__,
                             "extensions": submission_extensions(root, url, COURSE, "01-a")})
    with venv_on_path():
        recorded, errors = write_scores(url, COURSE, layout, [SubmissionScores(
            "s03", {"01-a": {"auto": 2.0}}, datetime(2026, 5, 8, 9))])
    assert errors == {} and recorded["s03"].score == 2.0
    assert _nbgrader_extension(url, "01-a", "s03") == (timedelta(days=10),
                                                       DUE_A + timedelta(days=10))
    assert sync_gradebook(root, url, COURSE) == []  # already in step


def test_cli_extend(course, capsys):
    root, url = course
    assert main(["extend", "s01", "01-a", "--days", "2", "--course", str(root),
                 "--db", url]) == 0
    assert capsys.readouterr().out.strip() == "s01: 01-a: due 3 May 2026 12:00 UTC (extension)"
    assert main(["extend", "s01", "01-a", "--until", "2026-04-01", "--course", str(root),
                 "--db", url]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("soplab extend: --until: 2026-04-01 23:59 is not after") and \
        "\n" not in err


def test_damaged_extensions_file_is_named_by_row(course):
    from soplab.course.config import CourseError

    root, url = course
    (root / "extensions.csv").write_text("learner,assignment,until,reason\n"
                                         "s01,01-a,2026-05-04T12:00,\ns02,01-a,soon,\n",
                                         encoding="utf-8")
    with pytest.raises(CourseError, match=r"^extensions.csv:3: until: 'soon' is not a date"):
        extensions_in_force(root, url, COURSE)


def test_roster_accommodation_must_be_a_time_factor():
    from soplab.cohort.roster import RosterError, parse_roster

    good = parse_roster(ROSTER)
    assert [p.accommodation for p in good] == ["", "1.5", ""]
    with pytest.raises(RosterError) as err:
        parse_roster(ROSTER.replace(",1.5\n", ",2x\n").replace("1003,\n", "1003,9\n"))
    assert err.value.problems == [
        "roster.csv:3: accommodation: '2x' is not extra time as a factor between 1 and 4 "
        "(e.g. 1.5), or empty",
        "roster.csv:4: accommodation: '9' is not extra time as a factor between 1 and 4 "
        "(e.g. 1.5), or empty"]
