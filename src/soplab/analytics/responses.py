"""Item-level responses: the learners' answer files joined with the item banks.

Answer files live beside each collected notebook (CONTRACT):
``autograded/<student>/<assignment>/answers/<exercise-set>.json``; for a
learner and assignment not yet autograded, ``submitted/...`` is read instead.
Files are read with :func:`soplab.answers.parse` and never moved or changed
(unlike :meth:`AnswerFile.load`, which sets a damaged file aside for the
learner); an unreadable file is listed in :attr:`Responses.problems`.

A learner *attempted* an assignment when its folder exists. Every item of the
assignment's exercise sets then gets a row, answered or not; an unanswered
assessment item scores 0.

Scoring (``correct``): classify sets store the option text and scenario sets
the option letter, compared with ``Item.label``; 1.0 when equal, else 0.0.
Writing items (text sets) have no automatic key: ``correct`` is NaN and the
text is kept in ``text``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..answers import ANSWERS_DIR, MAX_BYTES, AnswerFileError, parse
from ..items import ItemBank

FOLDERS = ("autograded", "submitted")
RESPONSE_COLUMNS = (
    "student_id", "assignment", "exercise", "widget", "kind", "item_id", "objective",
    "misconception", "label", "correct_option", "answered", "chosen", "chosen_option", "text",
    "changes", "correct",
)


@dataclass
class Responses:
    """Responses of a cohort, one row per attempt x item (see :data:`RESPONSE_COLUMNS`)."""

    frame: pd.DataFrame
    #: One row per learner x assignment folder found: student_id, assignment, source.
    attempts: pd.DataFrame
    #: ``"path: reason"`` for every answer file that could not be used.
    problems: list[str] = field(default_factory=list)


def _scan(root: Path) -> tuple[dict[tuple[str, str], Path], dict[tuple[str, str], str]]:
    found: dict[tuple[str, str], Path] = {}
    source: dict[tuple[str, str], str] = {}
    for name in FOLDERS:
        base = root / name
        if not base.is_dir():
            continue
        with os.scandir(base) as students:
            for student in students:
                if not student.is_dir() or student.name.startswith("."):
                    continue
                with os.scandir(student.path) as assignments:
                    for assignment in assignments:
                        key = (student.name, assignment.name)
                        if (assignment.is_dir() and not assignment.name.startswith(".")
                                and key not in found):
                            found[key] = Path(assignment.path)
                            source[key] = name
    return found, source


def read_answer_files(root: Path | str, bank: ItemBank,
                      progress: Iterable | None = None) -> tuple[pd.DataFrame, pd.DataFrame,
                                                                 list[str]]:
    """Read every answer file under ``root``; return (answers, attempts, problems).

    ``answers`` has one row per stored answer: student_id, assignment,
    exercise, item_id, value, changes. Only the assignments of the item bank
    are read. ``progress`` may wrap the list of folders (e.g. ``tqdm``).
    """
    root = Path(root)
    folders, source = _scan(root)
    assignments = {ex.assignment for ex in bank.exercises.values()}
    keys = sorted(k for k in folders if k[1] in assignments)
    problems: list[str] = []
    rows: list[tuple] = []
    iterator = progress(keys) if progress is not None else keys
    for student, assignment in iterator:
        answers_dir = folders[(student, assignment)] / ANSWERS_DIR
        try:
            entries = list(os.scandir(answers_dir))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            name = entry.name
            if not name.endswith(".json") or ".damaged-" in name or name.startswith("."):
                continue
            exercise = name[:-5]
            ex = bank.exercises.get(exercise)
            rel = os.path.relpath(entry.path, root)
            if ex is None:
                problems.append(f"{rel}: exercise set '{exercise}' is not in "
                                "data/exercises.csv; ignored")
                continue
            if ex.assignment != assignment:
                problems.append(f"{rel}: exercise set '{exercise}' belongs to "
                                f"'{ex.assignment}', not '{assignment}'; ignored")
                continue
            try:
                if entry.stat().st_size > MAX_BYTES:
                    raise AnswerFileError("the file is far larger than expected")
                with open(entry.path, encoding="utf-8") as fh:
                    answers = parse(fh.read(), exercise)
            except (AnswerFileError, UnicodeDecodeError, OSError) as exc:
                problems.append(f"{rel}: {exc}; the learner's answers in it are not counted")
                continue
            for item_id, answer in answers.items():
                rows.append((student, assignment, exercise, item_id, answer.get("value"),
                             answer.get("changes")))
    answers_frame = pd.DataFrame(
        rows, columns=["student_id", "assignment", "exercise", "item_id", "value", "changes"])
    attempts = pd.DataFrame(
        [(s, a, source[(s, a)]) for s, a in keys],
        columns=["student_id", "assignment", "source"])
    return answers_frame, attempts, problems


def score_responses(answers: pd.DataFrame, attempts: pd.DataFrame, bank: ItemBank,
                    problems: list[str] | None = None) -> pd.DataFrame:
    """Join answers with the item bank: one row per attempt x item (answered or not)."""
    items = bank.items_frame()
    if items.empty or attempts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in RESPONSE_COLUMNS})
    items = items.rename(columns={"assignment": "item_assignment"})
    grid = attempts[["student_id", "assignment"]].merge(
        items, left_on="assignment", right_on="item_assignment", how="inner")
    known = answers["item_id"].isin(items["item_id"])
    if problems is not None and (~known).any():
        unknown = answers.loc[~known, "item_id"]
        problems.append(f"answer files: {len(unknown)} answers to items not in data/items "
                        f"(e.g. '{unknown.iloc[0]}'); ignored")
    grid = grid.merge(answers.loc[known, ["student_id", "item_id", "value", "changes"]],
                      on=["student_id", "item_id"], how="left")
    value = grid["value"]
    is_str = value.map(lambda v: isinstance(v, str))
    answered = value.notna() & (~is_str | (value.astype(str).str.strip() != ""))
    grid["answered"] = answered
    keyed = grid["widget"].isin(["classify", "scenario"])
    chosen = value.where(is_str & keyed)
    grid["chosen"] = chosen
    grid["text"] = [_as_text(v) if not k else None for v, k in zip(value, keyed, strict=True)]
    # option text of the chosen answer (a scenario letter -> its option)
    letter_map = {}
    for item in bank.items.values():
        for i, opt in enumerate(item.choices):
            letter_map[(item.id, chr(65 + i))] = opt
    scen = grid["widget"] == "scenario"
    grid["chosen_option"] = chosen
    if scen.any():
        grid.loc[scen, "chosen_option"] = [
            letter_map.get((i, c), c) if isinstance(c, str) else None
            for i, c in zip(grid.loc[scen, "item_id"], chosen[scen], strict=True)]
    correct = np.where(grid["chosen"].eq(grid["label"]) & answered, 1.0, 0.0)
    grid["correct"] = np.where(keyed, correct, np.nan)
    grid["changes"] = pd.to_numeric(grid["changes"], errors="coerce")
    return grid[list(RESPONSE_COLUMNS)].reset_index(drop=True)


def read_responses(root: Path | str, bank: ItemBank,
                   progress: Iterable | None = None) -> Responses:
    """Read and score every answer file of the course at ``root``."""
    answers, attempts, problems = read_answer_files(root, bank, progress)
    frame = score_responses(answers, attempts, bank, problems)
    return Responses(frame=frame, attempts=attempts, problems=problems)


def _as_text(value: object) -> str | None:
    """A writing answer as plain text: strings as they are, builder dicts joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(str(v).strip() for v in value.values() if isinstance(v, str)
                        and v.strip())
    return None


def value_as_text(value: object) -> str:
    """A stored answer value as one line of text (builder dicts as JSON)."""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else str(value)
