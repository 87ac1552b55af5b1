"""Notebook checks: nbgrader metadata, outputs, hidden code and cell order."""

from __future__ import annotations

from nbformat.v4 import new_output

from check.check_helpers import NOTEBOOK, cell_index, matching, read_nb, run, write_nb


def _break(course, change):
    nb = read_nb(course)
    change(nb)
    write_nb(course, nb)
    return run(course)


def test_duplicate_grade_id_is_an_error(course):
    def change(nb):
        nb.cells[1].metadata.nbgrader.grade_id = nb.cells[0].metadata.nbgrader.grade_id

    report = _break(course, change)
    found = matching(report, "error", "is already used by cell 1", file=NOTEBOOK)
    assert found and found[0].place.startswith("cell 2"), report.text()


def test_grade_cell_without_points_is_an_error(course):
    def change(nb):
        del nb.cells[cell_index(nb, "score-00-how-it-works")].metadata.nbgrader["points"]

    report = _break(course, change)
    assert matching(report, "error", "graded but its points are None"), report.text()


def test_unlocked_test_cell_is_an_error(course):
    def change(nb):
        nb.cells[cell_index(nb, "score-00-how-it-works")].metadata.nbgrader.locked = False

    report = _break(course, change)
    assert matching(report, "error", "test cell that is not locked"), report.text()


def test_check_cell_points_must_equal_the_sets_points(course):
    def change(nb):
        nb.cells[cell_index(nb, "score-00-how-it-works")].metadata.nbgrader.points = 3.0

    report = _break(course, change)
    found = matching(report, "error", "worth 3 points", "worth 5")
    assert found and "score-00-how-it-works" in found[0].place, report.text()


def test_outputs_in_source_are_an_error(course):
    def change(nb):
        cell = nb.cells[cell_index(nb, "show-00-privacy")]
        cell.outputs = [new_output("stream", name="stdout", text="hello\n")]
        cell.execution_count = 3

    report = _break(course, change)
    assert matching(report, "error", "saved outputs", "Clear Outputs"), report.text()


def test_visible_widget_code_is_an_error(course):
    def change(nb):
        nb.cells[cell_index(nb, "show-00-saving")].metadata.jupyter.source_hidden = False

    report = _break(course, change)
    found = matching(report, "error", "code is visible to learners")
    assert found and "show-00-saving" in found[0].place, report.text()


def test_check_cell_before_a_widget_is_an_error(course):
    def change(nb):
        check = nb.cells.pop(cell_index(nb, "score-00-how-it-works"))
        nb.cells.insert(cell_index(nb, "show-00-saving"), check)

    report = _break(course, change)
    assert matching(report, "error", "graded check comes before the exercise"), report.text()


def test_unreadable_notebook_is_an_error(course):
    (course / NOTEBOOK).write_text("{ not json", encoding="utf-8")
    report = run(course)
    assert matching(report, "error", "cannot be read as a notebook", file=NOTEBOOK)


def test_zero_points_on_a_set_worth_points_is_an_error(course):
    def change(nb):
        nb.cells[cell_index(nb, "score-00-how-it-works")].metadata.nbgrader.points = 0

    report = _break(course, change)
    assert matching(report, "error", "graded but its points are 0"), report.text()
    assert matching(report, "error", "worth 0 points", "worth 5")


def test_graded_notebook_without_page_header_is_a_warning(course):
    assert not matching(run(course), "warning", "has no page header")

    def change(nb):
        del nb.cells[cell_index(nb, "page-header")]

    report = _break(course, change)
    assert matching(report, "warning", "has no page header", "page_header()",
                    file=NOTEBOOK), report.text()
