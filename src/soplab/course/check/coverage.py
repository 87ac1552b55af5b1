"""Coverage checks: objectives taught and assessed, item counts, sets in notebooks."""

from __future__ import annotations

from collections.abc import Iterator

from soplab.engine.items import ItemBank

from .config import CheckConfig
from .course import MAP_FILE, Course
from .report import Finding

__all__ = ["CHECK", "ROLES", "check_counts", "check_objectives", "check_sets_used", "run"]

CHECK = "coverage"
ROLES = ("teach", "practice", "assess")


def _finding(severity: str, file: str, place: object, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "" if place is None else str(place), message, fix)


def _items_file(bank: ItemBank, set_id: str) -> str:
    items = bank.items_for(set_id)
    return items[0].source if items else "data/exercises.csv"


def check_objectives(course: Course, config: CheckConfig) -> Iterator[Finding]:
    """Every objective is taught (map or practice items) and assessed (graded items)."""
    bank = course.bank
    assert bank is not None
    taught: dict[str, set[str]] = {o: set() for o in bank.objectives}
    assessed: dict[str, set[str]] = {o: set() for o in bank.objectives}
    for item in bank.items.values():
        target = assessed if item.kind == "assessment" else taught
        target.setdefault(item.objective, set()).add(item.exercise)
    if course.map_error:
        yield _finding("error", MAP_FILE, None, course.map_error)
    for row in course.objectives_map or []:
        if row.objective not in bank.objectives:
            yield _finding("error", MAP_FILE, row.row,
                           f"objective '{row.objective}' is not in data/objectives.csv",
                           f"use one of {', '.join(bank.objectives)}")
            continue
        if row.role not in ROLES:
            yield _finding("error", MAP_FILE, row.row,
                           f"role '{row.role}' is not one of {', '.join(ROLES)}")
        if row.exercise:
            ex = bank.exercises.get(row.exercise)
            if ex is None:
                yield _finding("error", MAP_FILE, row.row,
                               f"exercise set '{row.exercise}' is not in data/exercises.csv",
                               "correct the set id or add the set")
                continue
            if not any(i.objective == row.objective for i in bank.items_for(ex.id)):
                yield _finding("warning", MAP_FILE, row.row,
                               f"set '{ex.id}' has no items of {row.objective}, but the map "
                               f"says it does ({row.role})",
                               "correct the map row or the items' objective column")
        if row.assignment and not course.notebooks_for(row.assignment):
            yield _finding("warning", MAP_FILE, row.row,
                           f"assignment '{row.assignment}' has no notebook in source/ yet")
        if row.role in ("teach", "practice"):
            taught[row.objective].add(row.exercise or row.assignment)
    for objective in bank.objectives:
        if objective in config.exempt_objectives:
            continue
        missing = [word for word, where in (("taught", taught), ("assessed", assessed))
                   if not where.get(objective)]
        if missing:
            yield _finding(
                "warning", "data/objectives.csv", course.objective_rows.get(objective),
                f"{objective} ({bank.objectives[objective].short_title}) is not "
                f"{' or '.join(missing)} anywhere in the course",
                "add practice items (taught) and graded items (assessed) with this objective, "
                f"and rows in {MAP_FILE}")


def check_counts(course: Course, config: CheckConfig) -> Iterator[Finding]:
    """Enough practice per classification skill, enough graded items per notebook
    (a notebook with no graded set at all is a practice-only page and gets a note)."""
    bank = course.bank
    assert bank is not None
    for ex in bank.exercises.values():
        settings = config.for_assignment(ex.assignment)
        n = len(bank.items_for(ex.id))
        if ex.is_practice and ex.widget == "classify" and n < settings.min_practice_classify:
            yield _finding("error", _items_file(bank, ex.id), None,
                           f"practice set '{ex.id}' has {n} items; a classification skill "
                           f"needs at least {settings.min_practice_classify}",
                           "add practice items (or, for a deliberately short set, lower "
                           "min_practice_classify for this assignment in the check settings)")
    for notebook in course.notebooks:
        settings = config.for_assignment(notebook.assignment)
        graded = {s for _, s in notebook.shown()
                  if s in bank.exercises and bank.exercises[s].kind == "assessment"}
        n = sum(len(bank.items_for(s)) for s in graded)
        if notebook.nb is None:
            continue
        if not graded:
            yield _finding("note", notebook.rel, None,
                           "the notebook has no graded sets (a practice-only page); item "
                           "minimums do not apply")
        elif n < settings.min_graded_items:
            yield _finding("error", notebook.rel, None,
                           f"the notebook has {n} graded items; each notebook needs at least "
                           f"{settings.min_graded_items}",
                           "add graded items (or lower min_graded_items for this assignment in "
                           "the check settings)")


def check_sets_used(course: Course) -> Iterator[Finding]:
    """Every set is shown by a notebook of its assignment; every shown set exists;
    every graded set has its graded check cell."""
    bank = course.bank
    assert bank is not None
    shown_anywhere: set[str] = set()
    for notebook in course.notebooks:
        shown = notebook.shown()
        checked = notebook.checked()
        shown_ids = {s for _, s in shown}
        shown_anywhere |= shown_ids
        for cell, set_id in shown:
            ex = bank.exercises.get(set_id)
            if ex is None:
                yield _finding("error", notebook.rel, f"cell {cell}",
                               f"shows exercise set '{set_id}', which is not in "
                               "data/exercises.csv",
                               "add the set and its items, or correct the id in the cell")
            elif ex.assignment != notebook.assignment:
                yield _finding("error", notebook.rel, f"cell {cell}",
                               f"shows set '{set_id}', which data/exercises.csv puts in "
                               f"assignment '{ex.assignment}'; learners' copies would not "
                               "contain it",
                               f"set the set's assignment to '{notebook.assignment}' or show "
                               "it in its own assignment")
        for cell, set_id in checked:
            ex = bank.exercises.get(set_id)
            if ex is None:
                yield _finding("error", notebook.rel, f"cell {cell}",
                               f"grades exercise set '{set_id}', which is not in "
                               "data/exercises.csv")
            elif set_id not in shown_ids:
                yield _finding("error", notebook.rel, f"cell {cell}",
                               f"grades set '{set_id}', but no cell of this notebook shows it, "
                               "so learners cannot answer it",
                               f'add an exercise cell show("{set_id}") before the check')
            elif ex.kind != "assessment":
                yield _finding("warning", notebook.rel, f"cell {cell}",
                               f"grades practice set '{set_id}'; practice is never graded",
                               "remove the check cell, or make the set an assessment set")
        checked_ids = {s for _, s in checked}
        for set_id in sorted(shown_ids - checked_ids):
            ex = bank.exercises.get(set_id)
            if ex is not None and ex.kind == "assessment":
                yield _finding("error", notebook.rel, None,
                               f"graded set '{set_id}' has no graded check cell, so it is "
                               "never scored",
                               "add soplab.course.authoring.graded_check(bank, "
                               f"'{set_id}') under '## Check your work' at the end")
    with_notebooks = set(course.assignments)
    for ex in bank.exercises.values():
        if ex.id in shown_anywhere:
            continue
        if ex.assignment in with_notebooks:
            message = (f"set '{ex.id}' is not shown in any notebook of {ex.assignment}, so "
                       "learners never see it")
            fix = f'add an exercise cell show("{ex.id}") to the notebook, or remove the set'
        else:
            message = (f"set '{ex.id}' belongs to assignment '{ex.assignment}', which has no "
                       f"notebook in source/{ex.assignment}/")
            fix = "add the notebook, or correct the set's assignment in data/exercises.csv"
        yield _finding("error", "data/exercises.csv", course.exercise_rows.get(ex.id), message,
                       fix)


def run(course: Course, config: CheckConfig) -> list[Finding]:
    if course.bank is None:
        return [_finding("note", "data/items", None,
                         "coverage was not checked because the item banks have errors")]
    return [*check_objectives(course, config), *check_counts(course, config),
            *check_sets_used(course)]
