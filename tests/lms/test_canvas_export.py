"""`soplab export` with Canvas ids: golden files, read back with Canvas's importer rules.

Golden files live in tests/lms/golden/; after an intended change, rewrite them with
``SOPLAB_UPDATE_GOLDENS=1`` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lms.canvas_importer import CanvasCourse, InvalidHeaderRow, import_gradebook
from soplab.cli import main
from soplab.cohort.analytics import (
    CanvasMapError,
    assignment_scores,
    course_canvas_table,
    read_config,
    read_gradebook,
    read_roster,
    write_canvas_csv,
)

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
CANVAS_EXPORT = HERE / "data" / "canvas_export.csv"

#: The Canvas course the exports go to: assignments and people as Canvas knows them.
CANVAS = CanvasCourse(
    assignments={48213: ("Harm or danger", 12.0), 48214: ("At the door", 2.0),
                 50000: ("Reading quiz", 10.0)},
    students={
        1001: dict(name="First1 Last1", sortable_name="Last1, First1", sis_user_id="s01",
                   login_id="s01@example.org"),
        2002: dict(name="First2 Last2", sortable_name="Last2, First2", sis_user_id="",
                   login_id="s02@example.org"),
        1003: dict(name="First3 Last3", sortable_name="Last3, First3", sis_user_id="AG-77",
                   login_id="x3@agency.example"),
        **{1000 + i: dict(name=f"First{i} Last{i}", sortable_name=f"Last{i}, First{i}",
                          sis_user_id=f"s0{i}", login_id=f"s0{i}@example.org")
           for i in range(4, 9)},
        12: dict(name="Someone Else", sortable_name="Else, Someone", sis_user_id="x12",
                 login_id="x12@example.org"),
    })


def _scores(course: Path):
    config = read_config(course)
    return assignment_scores(read_gradebook(config.db_url, config.course_id))


def _export(course: Path, tmp_path: Path, **kwargs) -> tuple[str, list[str]]:
    scores = _scores(course)
    table = course_canvas_table(course, scores, read_roster(course), **kwargs)
    path = write_canvas_csv(table, tmp_path / "canvas.csv")
    return path.read_text(encoding="utf-8"), table.attrs["notes"]


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("SOPLAB_UPDATE_GOLDENS") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path}"


def _write_map(course: Path, text: str) -> Path:
    path = course / "lms" / "canvas-assignments.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_map_gives_title_id_headers_and_canvas_updates_not_creates(lms_course, tmp_path):
    _write_map(lms_course, "assignment,canvas_id,title\n01-a,48213,Harm or danger\n"
                           "02-b,48214,\n")
    (lms_course / "lms" / "excused.csv").write_text("learner,assignment\ns08,02-b\n",
                                                    encoding="utf-8")
    text, notes = _export(lms_course, tmp_path)
    _golden("canvas_map.csv", text)
    assert text.splitlines()[0].endswith('"Harm or danger (48213)","02 · B (48214)"')
    result = import_gradebook(text, CANVAS)
    assert result.new_assignments == [] and result.new_students == []
    assert set(result.matched_assignments.values()) == {48213, 48214}
    # lms_id are Canvas user ids: found by ID; s02's 1002 is no Canvas user, so Canvas
    # falls back to the SIS Login ID (the e-mail)
    assert result.matched_students == {**{1000 + i: "ID" for i in (1, 3, 4, 5, 6, 7, 8)},
                                       2002: "SIS Login ID"}
    assert result.grades[(1001, 48213)] == "6" and result.grades[(1001, 48214)] == "1.5"
    assert result.grades[(1003, 48213)] == "4"
    assert (1007, 48213) not in result.grades  # waiting for hand grading: Canvas keeps its own
    assert (1008, 48214) in result.excused and (1008, 48213) not in result.excused
    assert notes == []


def test_canvas_gradebook_gives_ids_people_and_points(lms_course, tmp_path):
    text, notes = _export(lms_course, tmp_path, canvas_gradebook=CANVAS_EXPORT)
    _golden("canvas_from_gradebook.csv", text)
    header = text.splitlines()[0]
    assert "Reading quiz" not in header and "Current Score" not in header  # no unknown column
    result = import_gradebook(text, CANVAS)
    assert result.new_assignments == [] and result.new_students == []
    assert result.matched_students == {1001: "ID", 2002: "ID", 1003: "ID", 1004: "ID",
                                       1005: "ID", 1006: "ID", 1007: "ID"}
    # Canvas's 01-a is worth 12, the course's 6: scores are scaled, points kept as Canvas has them
    assert result.points[48213] == "12" and result.grades[(1001, 48213)] == "12"
    assert result.grades[(2002, 48213)] == "12"  # s02 (Canvas 2002), found by SIS Login ID
    assert result.grades[(1003, 48213)] == "8"  # s03: 4 of 6, found by ID (SIS ids differ)
    assert any("s08: not in canvas_export.csv" in n for n in notes)
    assert any("scaled from 6 to Canvas's 12" in n for n in notes)


def test_map_with_canvas_gradebook_uses_the_map_ids(lms_course, tmp_path):
    _write_map(lms_course, "assignment,canvas_id\n01-a,48213\n")
    text, notes = _export(lms_course, tmp_path, canvas_gradebook=CANVAS_EXPORT)
    header = text.splitlines()[0]
    assert header.endswith('"Section","01-a (48213)"')  # 02-b has no id: left out
    assert any("02-b: no Canvas id" in n for n in notes)
    assert import_gradebook(text, CANVAS).new_assignments == []


def test_non_numeric_lms_id_is_never_written_as_canvas_id(lms_course, tmp_path):
    roster = (lms_course / "roster.csv").read_text(encoding="utf-8")
    (lms_course / "roster.csv").write_text(roster.replace(",1003,", ",12ab-lti-sub,"),
                                           encoding="utf-8")
    _write_map(lms_course, "assignment,canvas_id\n01-a,48213\n02-b,48214\n")
    text, _ = _export(lms_course, tmp_path)
    result = import_gradebook(text, CANVAS)
    # Canvas reads "12ab..." as user 12 (someone else); the export leaves ID empty instead,
    # so s03 is found by SIS Login ID / name, never given to user 12
    assert 12 not in result.matched_students
    assert '"Last3, First3","","s03"' in text


def test_canvas_would_create_a_new_assignment_from_a_bare_title():
    # the emulated importer can fail: a bare name that is no assignment's title is NEW
    text = ('"Student","ID","SIS User ID","SIS Login ID","Section","01-a"\n'
            '"Last1, First1","1001","s01","s01@example.org","A","3"\n')
    assert import_gradebook(text, CANVAS).new_assignments == ["01-a"]
    with pytest.raises(InvalidHeaderRow):
        import_gradebook('"Name","ID","SIS User ID","SIS Login ID","01-a"\n', CANVAS)


def test_map_naming_an_unknown_assignment_is_refused_in_one_line(lms_course, tmp_path, capsys):
    _write_map(lms_course, "assignment,canvas_id\n01-a,48213\n09-capstone,48299\n")
    with pytest.raises(CanvasMapError) as err:
        _export(lms_course, tmp_path)
    assert err.value.problems == [
        "canvas-assignments.csv:3: assignment: '09-capstone' is not an assignment of this "
        "course (it has 01-a, 02-b); fix the name or remove the row"]
    out = tmp_path / "grades.csv"
    out.write_text("kept", encoding="utf-8")
    status = main(["export", "--course", str(lms_course), "--out", str(out)])
    message = capsys.readouterr().err.strip()
    assert status == 2 and "\n" not in message
    assert message.startswith("soplab: canvas-assignments.csv:3: assignment: '09-capstone'")
    assert out.read_text(encoding="utf-8") == "kept"  # nothing written over


@pytest.mark.parametrize("text, problem", [
    ("assignment,id\n01-a,1\n", "canvas-assignments.csv:1: header: missing column(s) canvas_id"),
    ("assignment,canvas_id\n01-a,4821x\n", "canvas-assignments.csv:2: canvas_id: '4821x' is not"),
    ("assignment,canvas_id\n01-a,5\n02-b,5\n", "canvas-assignments.csv:3: canvas_id: 5 is "
     "already used on row 2"),
    ("assignment,canvas_id,points\n01-a,5,ten\n", "canvas-assignments.csv:2: points: 'ten'"),
])
def test_bad_maps_name_the_row_and_field(lms_course, tmp_path, text, problem):
    _write_map(lms_course, text)
    with pytest.raises(CanvasMapError) as err:
        _export(lms_course, tmp_path)
    assert err.value.problems[0].startswith(problem)


def test_excused_list_names_unknown_learners(lms_course, tmp_path):
    (lms_course / "lms").mkdir()
    (lms_course / "lms" / "excused.csv").write_text("learner,assignment\ns99,01-a\n",
                                                    encoding="utf-8")
    with pytest.raises(CanvasMapError, match="excused.csv:2: learner: 's99' is not in the"):
        _export(lms_course, tmp_path)


def test_cli_export_with_canvas_gradebook(lms_course, tmp_path, capsys):
    out = tmp_path / "out.csv"
    status = main(["export", "--course", str(lms_course), "--out", str(out),
                   "--canvas-gradebook", str(CANVAS_EXPORT)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "note: s08: not in canvas_export.csv" in err and "wrote 7 learners" in err
    assert out.read_text(encoding="utf-8") == (GOLDEN / "canvas_from_gradebook.csv").read_text(
        encoding="utf-8")


def test_report_canvas_file_uses_the_map_too(lms_course, tmp_path):
    from soplab.cohort.analytics import load_course_data, write_report

    _write_map(lms_course, "assignment,canvas_id\n01-a,48213\n02-b,48214\n")
    data = load_course_data(lms_course, progress=False)
    result = write_report(data, tmp_path / "report", coach=None, say=lambda _m: None)
    text = result.files["canvas_grades.csv"].read_text(encoding="utf-8")
    assert text.splitlines()[0].endswith('"01 · A (48213)","02 · B (48214)"')
    assert import_gradebook(text, CANVAS).new_assignments == []


def test_report_with_a_bad_map_stops_in_one_line(lms_course, tmp_path, capsys):
    _write_map(lms_course, "assignment,canvas_id\n01-a,x\n")
    assert main(["report", "--course", str(lms_course), "--out", str(tmp_path / "r"),
                 "--quiet"]) == 2
    assert capsys.readouterr().err.strip() == (
        "soplab: canvas-assignments.csv:2: canvas_id: 'x' is not a Canvas assignment id (the "
        "number at the end of the assignment's address)")
