"""Roster import: validation first, then one transaction, and a copy as roster.csv."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_kit import course_subset, sqlite_url

from soplab.cohort.roster import RosterError, import_roster, parse_roster

GOOD = """id,first_name,last_name,email,lms_id,cohort,section
aokafor,Amara,Okafor,amara.okafor@example.org,L1,Spring,North
lnguyen,Luis,Nguyen,luis.nguyen@example.org,L2,Spring,South
"""


@pytest.fixture
def course(tmp_path: Path) -> Path:
    return course_subset(tmp_path / "course", build=False)


def _students(url: str) -> dict:
    from nbgrader.api import Gradebook

    from soplab._core.paths import tools_on_path

    tools_on_path()
    with Gradebook(url, "sop-er-best-practices") as gb:
        return {s.id: (s.first_name, s.last_name, s.email, s.lms_user_id) for s in gb.students}


def test_import_loads_gradebook_and_keeps_copy(course: Path, tmp_path: Path):
    src = tmp_path / "cohort.csv"
    src.write_text(GOOD)
    learners = import_roster(course, src)
    assert [p.id for p in learners] == ["aokafor", "lnguyen"]
    assert _students(sqlite_url(course))["lnguyen"] == ("Luis", "Nguyen",
                                                         "luis.nguyen@example.org", "L2")
    kept = (course / "roster.csv").read_text()
    assert "cohort,section" in kept.splitlines()[0] and "Spring,South" in kept


def test_reimport_updates_without_duplicates(course: Path, tmp_path: Path):
    src = tmp_path / "cohort.csv"
    src.write_text(GOOD)
    import_roster(course, src)
    src.write_text(GOOD.replace("L2,Spring", "L9,Spring"))
    import_roster(course, src)
    students = _students(sqlite_url(course))
    assert len(students) == 2 and students["lnguyen"][3] == "L9"


@pytest.mark.parametrize("row, message", [
    ("x1,Ana,Cruz,not-an-email,L3", "roster.csv:4: email: 'not-an-email' is not an email address"),
    ("aokafor,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: 'aokafor' is already used on row 2"),
    ("ana cruz,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: 'ana cruz' may only hold"),
    ("../x,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: '../x' may only hold"),
    ("x2,Ana,Cruz,luis.nguyen@example.org,L3", "roster.csv:4: email: 'luis.nguyen@example.org' "
     "is already used on row 3"),
    ("x3,,Cruz,ana@example.org,L3", "roster.csv:4: first_name: is empty"),
    ("x4,Ana,Cruz,ana@example.org,", "roster.csv:4: lms_id: is empty"),
    # one spelling per learner: no look-alikes of a classmate's id, no markup in names
    ("\u0430okafor,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: '\u0430okafor' holds "
     "'\u0430' (U+0430 CYRILLIC SMALL LETTER A)"),
    ("AOkafor,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: 'AOkafor' has upper-case "
     "letters; ids are lower case: 'aokafor'"),
    ("x5 ,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: 'x5 ' has a space at the start"),
    ("<b>x</b>,Ana,Cruz,ana@example.org,L3", "roster.csv:4: id: '<b>x</b>' holds markup"),
    ("x6,<img src=x onerror=alert(1)>,Cruz,ana@example.org,L3",
     "roster.csv:4: first_name: '<img src=x onerror=alert(1)>' holds markup characters"),
    # formulas never enter: every CSV the course writes is made from the roster
    ("x8,=HYPERLINK(\"http://x\"),Cruz,ana@example.org,L3",
     "roster.csv:4: first_name: '=HYPERLINK(\"http://x\")' starts with '=', which a "
     "spreadsheet runs as a formula"),
    ("x9,Ana,Cruz,ana@example.org,@SUM(1)", "roster.csv:4: lms_id: '@SUM(1)' starts with '@'"),
    ("x10,Ana,+Cruz,ana@example.org,L3", "roster.csv:4: last_name: '+Cruz' starts with '+'"),
])
def test_bad_rows_are_reported_by_row_and_nothing_loads(course, tmp_path, row, message):
    src = tmp_path / "roster.csv"
    src.write_text(GOOD + row + "\n")
    with pytest.raises(RosterError) as err:
        import_roster(course, src)
    assert any(p.startswith(message) for p in err.value.problems), err.value.problems
    assert _students(sqlite_url(course)) == {}
    assert not (course / "roster.csv").exists()


def test_names_with_apostrophes_and_accents_are_kept(course, tmp_path):
    src = tmp_path / "roster.csv"
    src.write_text(GOOD + "x7,Zoë,O'Brien-Núñez,zoe@example.org,L7\n")
    import_roster(course, src)
    assert _students(sqlite_url(course))["x7"][:2] == ("Zoë", "O'Brien-Núñez")


def test_missing_columns():
    with pytest.raises(RosterError, match="missing column"):
        parse_roster("id,first_name\nx,y\n")


def test_every_problem_is_listed():
    text = GOOD + "bad id,A,B,nope,L\nbad id,A,B,nope,L\n"
    with pytest.raises(RosterError) as err:
        parse_roster(text)
    assert len(err.value.problems) >= 4


def test_cli_one_line_errors_and_exit_status(course: Path, tmp_path: Path):
    src = tmp_path / "roster.csv"
    src.write_text(GOOD + "x1,Ana,Cruz,oops,L3\n")
    done = subprocess.run([sys.executable, "-m", "soplab", "roster", "import", str(src),
                           "--course", str(course)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == ("soplab roster: roster.csv:4: email: 'oops' is not an "
                                   "email address")
    src.write_text(GOOD)
    done = subprocess.run([sys.executable, "-m", "soplab", "roster", "import", str(src),
                           "--course", str(course)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Loaded 2 learner(s)" in done.stdout


def test_example_roster_is_valid_and_fictional():
    path = Path(__file__).resolve().parents[2] / "data" / "roster-example.csv"
    learners = parse_roster(path.read_text(encoding="utf-8"))
    assert len(learners) >= 10
    assert all(p.email.endswith("@example.org") for p in learners)
    assert len({p.section for p in learners}) >= 2
