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

During autograding the hidden ``grade`` runs first: it reads the key from the
course's item banks (never shipped to learners), prints a short summary, and
records the score; ``check`` then returns that score, so it is
the cell's last value and nbgrader takes it as partial credit.

Nothing here writes to stderr: nbgrader gives 0 points to a test cell that does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .answers import MAX_BYTES, SCHEMA, answers_path
from .content import ContentMissing, load_exercise
from .items import Exercise, Item, ItemBank, load_bank
from .paths import course_root

#: Points a writing item is worth when exercises.csv gives none.
DEFAULT_TEXT_POINTS = 2.0

_GRADED: dict[str, float] = {}


class NotReady(Exception):
    """Some items are unanswered. Shown to learners as plain text, without a traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython uses this instead of a traceback
        return [str(self)]


class GradingSetupError(RuntimeError):
    """The instructor's course files are missing; shown in the autograded notebook."""


@dataclass
class SetScore:
    exercise: str
    points: float
    max_points: float
    answered: int
    total: int
    right: int = 0
    message: str = ""
    per_item: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [self.message] if self.message else []
        if self.max_points:
            lines.append(f"Points for this part: {_fmt(self.points)} of "
                         f"{_fmt(self.max_points)}.")
        else:
            lines.append("Your instructor reads this part and grades it by hand.")
        return "\n".join(lines)


def _fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def max_points(ex: Exercise, n_items: int) -> float:
    """Points a graded set is worth: ``points`` from exercises.csv, else one per item
    (``DEFAULT_TEXT_POINTS`` per writing item)."""
    if ex.points is not None:
        return float(ex.points)
    return float(n_items) * (DEFAULT_TEXT_POINTS if ex.widget == "text" else 1.0)


def read_answers_leniently(path: Path) -> tuple[dict[str, Any], str]:
    """Answers that can be scored, and a plain note about anything that could not.

    Unlike :meth:`AnswerFile.load`, this never moves or changes the file.
    Entries of the wrong shape are skipped (scored as unanswered).
    """
    if not path.exists():
        return {}, "No answers were saved for this part, so it scores 0."
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}, "The saved answers file is far too large to be real answers; it scores 0."
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, "The saved answers file is damaged and cannot be read, so this part scores 0."
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        return {}, "The saved answers file is not in the course's format, so this part scores 0."
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return {}, "The saved answers file is not in the course's format, so this part scores 0."
    values: dict[str, Any] = {}
    skipped = 0
    for item_id, entry in answers.items():
        value = entry.get("value") if isinstance(entry, dict) else None
        if isinstance(value, (str, dict)):
            values[str(item_id)] = value
        else:
            skipped += 1
    note = f"{skipped} saved answer(s) were not in the expected form and were not counted." \
        if skipped else ""
    return values, note


def score_set(bank: ItemBank, exercise_id: str, folder: Path | str | None = None) -> SetScore:
    """Score one exercise set from the answer file in ``folder`` against the bank's key."""
    ex = bank.exercises.get(exercise_id)
    if ex is None:
        raise GradingSetupError(f"exercise set '{exercise_id}' is not in data/exercises.csv")
    items = bank.items_for(exercise_id)
    top = max_points(ex, len(items))
    values, note = read_answers_leniently(answers_path(exercise_id, folder))
    result = SetScore(exercise_id, 0.0, top, 0, len(items))
    per_item_points = top / len(items) if items else 0.0
    scorer = SCORERS[ex.widget]
    for item in items:
        answered, credit = scorer(ex, item, values.get(item.id))
        result.answered += answered
        result.right += credit == 1.0
        result.per_item[item.id] = credit * per_item_points
    result.points = round(sum(result.per_item.values()), 4)
    parts = []
    if note and not result.answered:
        parts.append(note)
    else:
        if ex.widget in ("classify", "scenario"):
            parts.append(f"{result.answered} of {result.total} answered; {result.right} right.")
        elif ex.widget == "text":
            parts.append(f"{result.answered} of {result.total} writing task(s) answered.")
        else:  # forms scored by a checklist (plan and network builders)
            share = round(100 * result.points / top) if top else 0
            parts.append(f"{result.answered} of {result.total} form(s) filled in; "
                         f"{share}% of the checklist met.")
        if note:
            parts.append(note)
    result.message = " ".join(parts)
    return result


def _choice_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """Classify and scenario items: 1 if the saved option is the key, else 0."""
    valid = set(item.options(ex)) if ex.widget == "classify" else {
        chr(65 + i) for i in range(len(item.choices))}
    return value in valid, 1.0 if value == item.label else 0.0


def _text_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """Writing items: the coach's checklist score; reflections are graded by a person."""
    if not (isinstance(value, str) and value.strip()):
        return False, 0.0
    return True, _written_credit(value, item.label)


def _builder_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """Plan and network forms: the share of their rubric's criteria met
    (see ``soplab.widgets.builder``)."""
    from .widgets.builder import builder_credit

    return builder_credit(ex, item, value)


#: How each widget kind turns one saved answer into (answered, credit 0..1).
#: New widget kinds register their scorer here.
SCORERS: dict[str, Callable[[Exercise, Item, Any], tuple[bool, float]]] = {
    "classify": _choice_credit,
    "scenario": _choice_credit,
    "text": _text_credit,
    "plan": _builder_credit,
    "network": _builder_credit,
}


def _written_credit(text: str, expected: str) -> float:
    """Auto credit for writing: the coach's checklist score (0..1).

    Reflections (expected == "reflection") earn their points from a person only.
    """
    if expected == "reflection":
        return 0.0
    try:
        from .coach import written_score
    except ImportError:  # the coach is optional until it is installed
        return 1.0
    return float(written_score(text, expected))


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
    values, note = read_answers_leniently(answers_path(exercise_id, _folder()))
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
