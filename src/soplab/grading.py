"""Scoring answer files inside locked nbgrader test cells.

A graded set's test cell looks like this in the instructor's source notebook::

    ### BEGIN HIDDEN TESTS
    from soplab.grading import grade; grade("00-graded")
    ### END HIDDEN TESTS
    from soplab.grading import check; check("00-graded")

Learners receive only the ``check`` line. ``check`` confirms that every item is
answered with a valid choice. When one is not, it prints a plain reminder in the
learner's own "Run All" (so the rest of the page keeps running), and under an
automatic runner such as nbgrader's Validate button it stops with that plain
message (no traceback), so Validate explains what is left to do.

The course grades sealed (see :mod:`soplab.autograde`): scores are computed
from the answer files as data, outside any kernel, and these cells are not run
for grading. They stay so that nbgrader's own commands keep working with a
stock configuration: there the hidden ``grade`` reads the key from the course's
item banks (never shipped to learners), prints a short summary and records the
score; ``check`` then returns it as the cell's last value, which nbgrader takes
as partial credit. Both paths score through :mod:`soplab.scoring`.

Nothing here writes to stderr: nbgrader gives 0 points to a test cell that does.
"""

from __future__ import annotations

import os
from pathlib import Path

from .answers import read_values
from .content import ContentMissing, load_exercise
from .items import ItemBank, load_bank
from .paths import course_root
from .scoring import DEFAULT_TEXT_POINTS, SCORERS, SetScore, max_points, score_values

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

    Raises :class:`NotReady` with a plain message when items are unanswered.
    """
    if exercise_id in _GRADED:
        return _GRADED.pop(exercise_id)
    try:
        ex = load_exercise(exercise_id, _folder())
    except ContentMissing as exc:
        raise NotReady(str(exc)) from None
    values, _note = read_values(_folder(), exercise_id)
    missing = [
        number
        for number, item in enumerate(ex.items, start=1)
        if not ex.valid_value(item, values.get(item.id))
    ]
    if missing:
        which = ", ".join(str(n) for n in missing)
        message = (
            f"'{ex.title}': {len(ex.items) - len(missing)} of {len(ex.items)} answered. "
            f"Still to answer: number {which}. Scroll up to the exercise, answer these, "
            "then check again.")
        if validating():
            raise NotReady(message)
        print(f"⚠ {message}")
        return None
    print(f"✓ '{ex.title}': all {len(ex.items)} answered and saved.")
    return None


def validating() -> bool:
    """True when an automatic runner (nbgrader's Validate button, nbclient) runs the notebook.

    Such runners start the kernel with an in-memory IPython history; a learner's
    own JupyterLab kernel does not. There, an unanswered item must fail the
    check so Validate can say what is missing; in a learner's own "Run All" it
    only prints a reminder, so the rest of the page keeps running.
    ``SOPLAB_CHECK_STRICT=1`` or ``0`` overrides the guess.
    """
    forced = os.environ.get("SOPLAB_CHECK_STRICT")
    if forced in ("0", "1"):
        return forced == "1"
    try:
        shell = get_ipython()  # type: ignore[name-defined]  # noqa: F821
    except NameError:
        return True
    history = getattr(shell, "history_manager", None)
    return str(getattr(history, "hist_file", "")) == ":memory:"
