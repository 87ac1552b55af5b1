"""Coverage checks: objectives, item counts, sets used and graded."""

from __future__ import annotations

from check.check_helpers import (
    ITEMS,
    NOTEBOOK,
    append_rows,
    cell_index,
    edit_rows,
    matching,
    read_nb,
    run,
    write_nb,
)
from soplab.course.check import CheckConfig


def test_untaught_objective_is_a_warning_until_items_and_map_cover_it(course):
    before = run(course)
    assert matching(before, "warning", "LO2", "not taught or assessed")
    append_rows(course / "data/exercises.csv", [
        {"exercise": "00-door", "assignment": "00-orientation", "widget": "classify",
         "kind": "assessment", "title": "Door", "choices": "Yes|No"}])
    append_rows(course / ITEMS, [
        {"id": "or-d01", "objective": "LO2", "exercise": "00-door", "kind": "assessment",
         "prompt": "Say your name and role at the door.", "label": "Yes"}])
    (course / "data/objectives_map.csv").write_text(
        "objective,assignment,exercise,role\nLO2,00-orientation,,teach\n", encoding="utf-8")
    after = run(course)
    assert not matching(after, "warning", "LO2 ")
    assert matching(after, "warning", "LO3", "not taught or assessed")


def test_map_row_with_unknown_set_is_an_error(course):
    (course / "data/objectives_map.csv").write_text(
        "objective,assignment,exercise,role\nLO1,00-orientation,00-nowhere,assess\n"
        "LO9,00-orientation,,teach\n", encoding="utf-8")
    report = run(course)
    found = matching(report, "error", "'00-nowhere'", file="data/objectives_map.csv")
    assert found and found[0].place == "2", report.text()
    assert matching(report, "error", "'LO9'", file="data/objectives_map.csv")


def test_too_few_practice_items_is_an_error(course):
    edit_rows(course / ITEMS, lambda r: None if r["id"] in ("or-p01", "or-p02", "or-p03") else r)
    report = run(course)
    assert matching(report, "error", "'00-privacy' has 3 items", "at least 4"), report.text()


def test_item_minimums_are_configurable(course):
    strict = CheckConfig(assignments={})
    report = run(course, config=strict)
    assert matching(report, "error", "'00-privacy' has 6 items", "at least 12")
    assert matching(report, "error", "5 graded items", "at least 10", file=NOTEBOOK)


def test_too_few_graded_items_is_an_error(course):
    edit_rows(course / ITEMS, lambda r: None if r["id"] == "or-a05" else r)
    # The set is now worth 4 points; keep the check cell consistent so only the count fails.
    nb = read_nb(course)
    nb.cells[cell_index(nb, "score-00-how-it-works")].metadata.nbgrader.points = 4.0
    write_nb(course, nb)
    report = run(course)
    assert matching(report, "error", "4 graded items", file=NOTEBOOK), report.text()


def test_set_no_notebook_shows_is_an_error(course):
    append_rows(course / "data/exercises.csv", [
        {"exercise": "00-extra", "assignment": "00-orientation", "widget": "classify",
         "kind": "practice", "title": "Extra", "choices": "Yes|No"}])
    append_rows(course / ITEMS, [
        {"id": "or-x01", "objective": "ORIENTATION", "exercise": "00-extra", "kind": "practice",
         "prompt": "An extra question nobody sees.", "label": "Yes", "explanation": "So."}])
    report = run(course)
    found = matching(report, "error", "'00-extra' is not shown in any notebook")
    assert found and found[0].file == "data/exercises.csv" and found[0].place == "6"


def test_notebook_showing_an_unknown_set_is_an_error(course):
    nb = read_nb(course)
    cell = nb.cells[cell_index(nb, "show-00-privacy")]
    cell.source = cell.source.replace("00-privacy", "00-privacyy")
    write_nb(course, nb)
    report = run(course)
    assert matching(report, "error", "'00-privacyy', which is not in", file=NOTEBOOK)
    assert matching(report, "error", "'00-privacy' is not shown")


def test_graded_set_without_check_cell_is_an_error(course):
    nb = read_nb(course)
    del nb.cells[cell_index(nb, "score-00-how-it-works")]
    write_nb(course, nb)
    report = run(course)
    found = matching(report, "error", "'00-how-it-works' has no graded check cell")
    assert found and found[0].file == NOTEBOOK, report.text()


def test_check_cell_for_a_set_not_shown_is_an_error(course):
    nb = read_nb(course)
    del nb.cells[cell_index(nb, "show-00-how-it-works")]
    write_nb(course, nb)
    report = run(course)
    assert matching(report, "error", "grades set '00-how-it-works', but no cell"), report.text()


def test_practice_only_notebook_gets_a_note_not_an_error(course):
    nb = read_nb(course)
    del nb.cells[cell_index(nb, "score-00-how-it-works")]
    del nb.cells[cell_index(nb, "show-00-how-it-works")]
    write_nb(course, nb)
    edit_rows(course / "data/exercises.csv",
              lambda r: None if r["exercise"] == "00-how-it-works" else r)
    edit_rows(course / ITEMS, lambda r: None if r["exercise"] == "00-how-it-works" else r)
    report = run(course)
    assert not matching(report, "error", "graded items"), report.text()
    assert matching(report, "note", "practice-only", file=NOTEBOOK)
