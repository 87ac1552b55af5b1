"""Notebook checks: nbgrader metadata, no outputs, hidden code, cell order."""

from __future__ import annotations

import re
from collections.abc import Iterator

import nbformat

from soplab.engine.scoring import max_points

from .course import CHECK_CALL, SHOW_CALL, Course, Notebook
from .report import Finding

__all__ = [
    "CHECK", "NBGRADER_SCHEMA", "check_file", "check_layout", "check_metadata",
    "check_outputs", "place", "run",
]

CHECK = "notebooks"
NBGRADER_SCHEMA = 3
_CHECK_HEADING = re.compile(r"^#+\s*check your work", re.IGNORECASE | re.MULTILINE)


def place(number: int, cell) -> str:
    """``cell 5 (grade-id)``: cells count from 1, as a person counts them."""
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    return f"cell {number}" + (f" ({grade_id})" if grade_id else "")


def _finding(severity: str, notebook: Notebook, where: str, message: str,
             fix: str = "") -> Finding:
    return Finding(severity, CHECK, notebook.rel, where, message, fix)


def _hidden(cell) -> bool:
    return bool(cell.metadata.get("jupyter", {}).get("source_hidden"))


def check_file(notebook: Notebook) -> Iterator[Finding]:
    if notebook.nb is None:
        yield _finding("error", notebook, "", f"cannot be read as a notebook ({notebook.error})",
                       "restore it from git or rebuild it with soplab.course.authoring")
        return
    try:
        nbformat.validate(notebook.nb)
    except nbformat.ValidationError as exc:
        yield _finding("error", notebook, "", f"is not a valid notebook: "
                       f"{str(exc).splitlines()[0]}", "restore it from git or rebuild it")
    stem = notebook.path.stem
    if stem != notebook.assignment:
        yield _finding("warning", notebook, "", f"is named '{stem}.ipynb' in folder "
                       f"'{notebook.assignment}'", f"name it {notebook.assignment}.ipynb")
    if "kernelspec" not in notebook.nb.metadata:
        yield _finding("warning", notebook, "", "has no kernelspec, so it may open with a "
                       "different kernel", "write it with soplab.course.authoring.notebook()")


def check_outputs(notebook: Notebook) -> Iterator[Finding]:
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count")):
            yield _finding("error", notebook, place(number, cell),
                           "has saved outputs; source notebooks are committed without outputs",
                           "in JupyterLab choose Edit > Clear Outputs of All Cells, then save "
                           "(or write the notebook with soplab.course.authoring.write)")


def _zero_point_set(course: Course, source: str) -> bool:
    """True when the cell checks a set that the item banks make worth 0 points."""
    bank = course.bank
    if bank is None:
        return False
    ids = [s for s in dict.fromkeys(CHECK_CALL.findall(source)) if s in bank.exercises]
    return bool(ids) and all(
        max_points(bank.exercises[s], len(bank.items_for(s))) == 0 for s in ids)


def check_metadata(course: Course, notebook: Notebook) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    bank = course.bank
    for number, cell in enumerate(notebook.cells, start=1):
        where = place(number, cell)
        meta = cell.metadata.get("nbgrader")
        if meta is None:
            yield _finding("warning", notebook, where,
                           "has no nbgrader metadata, so it is not locked and learners can "
                           "delete it", "build the cell with soplab.course.authoring")
            continue
        grade_id = meta.get("grade_id")
        if not grade_id:
            yield _finding("error", notebook, where, "nbgrader metadata has no grade_id",
                           "give the cell a unique grade_id (soplab.course.authoring does this)")
        elif grade_id in seen:
            yield _finding("error", notebook, where,
                           f"grade_id '{grade_id}' is already used by cell {seen[grade_id]}",
                           "give every cell its own grade_id")
        else:
            seen[grade_id] = number
        if meta.get("schema_version") != NBGRADER_SCHEMA:
            yield _finding("error", notebook, where,
                           f"nbgrader schema_version is {meta.get('schema_version')!r}, not "
                           f"{NBGRADER_SCHEMA}", "rebuild the cell with soplab.course.authoring")
        graded = meta.get("grade") or meta.get("task")
        points = meta.get("points")
        is_test = cell.cell_type == "code" and meta.get("grade") and not meta.get("solution")
        if graded:
            number_ok = isinstance(points, (int, float)) and not isinstance(points, bool)
            # A check cell of a set graded only by a person (reflections) is worth 0;
            # the points-versus-set comparison below keeps that honest.
            zero_ok = is_test and _zero_point_set(course, cell.source)
            if not number_ok or points < 0 or (points == 0 and not zero_ok):
                yield _finding("error", notebook, where,
                               f"is graded but its points are {points!r}",
                               "give the cell a positive number of points")
        if is_test and not meta.get("locked"):
            yield _finding("error", notebook, where,
                           "is a test cell that is not locked; a learner could change it",
                           "set locked: true (soplab.course.authoring.graded_check does)")
        if meta.get("solution") and cell.cell_type == "code":
            yield _finding("warning", notebook, where,
                           "is a code answer cell; learners in this course never write code",
                           "use an exercise cell with a widget instead")
        if is_test and bank is not None:
            for set_id in dict.fromkeys(CHECK_CALL.findall(cell.source)):
                ex = bank.exercises.get(set_id)
                if ex is None:
                    continue
                expected = max_points(ex, len(bank.items_for(set_id)))
                if isinstance(points, (int, float)) and float(points) != expected:
                    yield _finding("error", notebook, where,
                                   f"is worth {points:g} points, but set '{set_id}' is worth "
                                   f"{expected:g}",
                                   f"set the cell's points to {expected:g} (rebuild it with "
                                   "soplab.course.authoring.graded_check)")


def check_layout(notebook: Notebook) -> Iterator[Finding]:
    """Widget code hidden, check cells after every widget, under 'Check your work'; a
    graded notebook has the page header (progress line and outline)."""
    widgets: list[int] = []
    checks: list[int] = []
    heading_at: int | None = None
    has_page = False
    for number, cell in enumerate(notebook.cells, start=1):
        where = place(number, cell)
        if cell.cell_type == "markdown":
            if heading_at is None and _CHECK_HEADING.search(cell.source):
                heading_at = number
            continue
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.get("tags", [])
        has_page |= "soplab-page" in tags or "show_page(" in cell.source
        is_widget = bool(SHOW_CALL.search(cell.source)) or "soplab-widget" in tags
        is_check = bool(CHECK_CALL.search(cell.source)) or "soplab-check" in tags
        if is_widget:
            widgets.append(number)
            if not _hidden(cell):
                yield _finding("error", notebook, where,
                               "is an exercise cell whose code is visible to learners",
                               "hide it: set metadata jupyter.source_hidden to true (View > "
                               "Collapse Selected Code in JupyterLab, or soplab.course.authoring."
                               "exercise)")
            if not cell.metadata.get("nbgrader", {}).get("locked"):
                yield _finding("warning", notebook, where,
                               "is an exercise cell that is not locked; a learner could "
                               "delete it", "set nbgrader locked: true")
        elif is_check:
            checks.append(number)
            if not _hidden(cell):
                yield _finding("warning", notebook, where, "is a check cell whose code is "
                               "visible to learners", "set metadata jupyter.source_hidden to "
                               "true")
        elif not _hidden(cell):
            yield _finding("warning", notebook, where, "shows code to learners",
                           "hide it (metadata jupyter.source_hidden: true) or turn it into text")
    if checks and widgets and max(widgets) > min(checks):
        yield _finding("error", notebook, f"cell {min(checks)}",
                       f"a graded check comes before the exercise in cell {max(widgets)}; 'Run "
                       "All' stops at a check with unanswered items, so later exercises would "
                       "not appear",
                       "move every graded check cell to the end, under '## Check your work'")
    if checks and not has_page:
        yield _finding("warning", notebook, "cell 2",
                       "has no page header, so learners get no progress line or outline and "
                       "Run All does not bring them to the first question",
                       "add soplab.course.authoring.page_header() right after the title cell (a "
                       "locked cell with hidden code: from soplab.page import show_page; "
                       "show_page())")
    if checks and (heading_at is None or heading_at > min(checks)):
        yield _finding("warning", notebook, f"cell {min(checks)}",
                       "the graded checks are not under a '## Check your work' heading",
                       "add a markdown cell '## Check your work' (with a line on what the "
                       "checks do) before them")


def run(course: Course) -> list[Finding]:
    findings: list[Finding] = []
    for notebook in course.notebooks:
        findings += check_file(notebook)
        if notebook.nb is None:
            continue
        findings += check_outputs(notebook)
        findings += check_metadata(course, notebook)
        findings += check_layout(notebook)
    return findings
