"""Scoring answer files inside locked nbgrader test cells.

A graded set's test cell looks like this in the instructor's source notebook::

    ### BEGIN HIDDEN TESTS
    from soplab.grading import grade; grade("00-graded")
    ### END HIDDEN TESTS
    from soplab.grading import check; check("00-graded")

Learners receive only the ``check`` line. ``check`` looks at whether every item
has a valid answer. In the learner's own kernel it shows a live summary that
updates as they answer (:mod:`soplab.engine.widgets.summary`), so the rest of the page
keeps running; under an automatic runner (nbclient, or nbgrader's stock
Validate outside the learner's server) it stops with a plain message and no
traceback when something is unanswered. The learner's server answers Validate
itself, from the answer files (:mod:`soplab.course.learner_server`).

The course grades sealed (see :mod:`soplab.cohort.autograde`): scores are computed
from the answer files as data, outside any kernel, and these cells are not run
for grading. They stay so that nbgrader's own commands keep working with a
stock configuration: there the hidden ``grade`` reads the key from the course's
item banks (never shipped to learners), prints a short summary and records the
score; ``check`` then returns it as the cell's last value, which nbgrader takes
as partial credit. Both paths score through :mod:`soplab.engine.scoring`.

Nothing here writes to stderr: nbgrader gives 0 points to a test cell that does.
"""

from __future__ import annotations

from pathlib import Path

from soplab._core.paths import course_root
from soplab.engine.answers import read_values
from soplab.engine.completeness import read_status
from soplab.engine.content import ContentMissing, load_assignment, load_exercise
from soplab.engine.items import ItemBank, load_bank
from soplab.engine.runtime import in_kernel, validating
from soplab.engine.scoring import DEFAULT_TEXT_POINTS, SCORERS, SetScore, max_points, score_values

__all__ = [
    "DEFAULT_TEXT_POINTS", "GradingSetupError", "NotReady", "SCORERS", "SetScore", "check",
    "grade", "max_points", "score_set", "validating",
]

_GRADED: dict[str, float] = {}


class NotReady(Exception):
    """Some items are unanswered. Shown to learners as plain text, without a traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython uses this instead of a traceback
        return [str(self)]


class GradingSetupError(RuntimeError):
    """The instructor's course files are missing; shown in the autograded notebook."""


def score_set(bank: ItemBank, exercise_id: str, folder: Path | str | None = None) -> SetScore:
    """Score one exercise set from the answer file in ``folder`` against the bank's key."""
    if exercise_id not in bank.exercises:
        raise GradingSetupError(f"exercise set '{exercise_id}' is not in data/exercises.csv")
    values, note = read_values(Path(folder or Path.cwd()), exercise_id)
    return score_values(bank, exercise_id, values, note)


def _folder() -> Path:
    return Path.cwd()


_BANKS: dict[tuple, ItemBank] = {}


def _course_bank(root: Path) -> ItemBank:
    """The course's item banks, read once per kernel while their files are unchanged.

    A notebook has several graded cells; each would otherwise read and validate
    every bank of the course again while autograding.
    """
    data = root / "data"
    files = sorted([*data.glob("*.csv"), *(data / "items").glob("*.csv")])
    key = (str(root), tuple((str(f), f.stat().st_mtime_ns) for f in files))
    if key not in _BANKS:
        _BANKS.clear()
        _BANKS[key] = load_bank(root)
    return _BANKS[key]


def grade(exercise_id: str) -> None:
    """Hidden-test half: score the set against the key and remember the score."""
    root = course_root(_folder())
    if root is None:
        raise GradingSetupError(
            "The course's item banks were not found, so this set cannot be graded. Run the "
            "autograder inside the course folder or set SOPLAB_COURSE_ROOT.")
    result = score_set(_course_bank(root), exercise_id, _folder())
    _GRADED[exercise_id] = result.points
    print(result.summary())


def check(exercise_id: str) -> float | None:
    """Visible half: during grading, return the score; otherwise check completeness.

    In a learner's own kernel it shows the part's live check (plain words, updated
    as the learner answers, with *Go to question* and *Check again*). Under an
    automatic runner (:func:`validating`) it raises :class:`NotReady` with a plain
    message when items are unanswered, and prints a confirmation otherwise.
    """
    if exercise_id in _GRADED:
        return _GRADED.pop(exercise_id)
    folder = _folder()
    try:
        ex = load_exercise(exercise_id, folder)
    except ContentMissing as exc:
        raise NotReady(str(exc)) from None
    status = read_status(ex, folder)
    if validating():
        if not status.done:
            raise NotReady(f"{status.line()} Scroll up to the exercise, answer these, then "
                           "check again.")
        print(f"✓ {status.line()}")
        return None
    if in_kernel():
        # Widgets only in a learner's kernel: the grader imports this module without them.
        from soplab.engine.widgets.summary import show_check

        show_check(ex, folder, _whole_if_last(ex, folder))
        return None
    print(f"{'✓' if status.done else '⚠'} {status.line()}")
    return None


def _whole_if_last(ex, folder: Path) -> list:
    """Every set of the assignment, when ``ex`` is the last of several graded parts (its
    check also says how the whole assignment stands); otherwise nothing."""
    try:
        exercises = load_assignment(folder)
    except ContentMissing:
        return []
    graded = [e for e in exercises if not e.is_practice]
    return exercises if len(graded) > 1 and graded[-1].id == ex.id else []
