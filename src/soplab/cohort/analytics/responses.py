"""Item-level responses: the learners' answer files joined with the item banks.

Answer files live beside each collected notebook (CONTRACT):
``autograded/<student>/<assignment>/answers/<exercise-set>.json``; for a
learner and assignment not yet autograded, ``submitted/...`` is read instead.
Files are read with :func:`soplab.engine.answers.parse` and never moved or changed
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

import gc
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from soplab.cohort.autograde.submissions import MAX_CHANGES
from soplab.engine.answers import ANSWERS_DIR, AnswerFileError, read_entries
from soplab.engine.items import ItemBank

from .bank import items_frame

__all__ = [
    "FOLDERS", "PARALLEL_FROM", "RESPONSE_COLUMNS", "Responses", "read_answer_files",
    "read_responses", "score_responses", "value_as_text",
]

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


def _scan(root: Path) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    found: dict[tuple[str, str], str] = {}
    source: dict[tuple[str, str], str] = {}
    for name in FOLDERS:
        base = root / name
        if not base.is_dir():
            continue
        with os.scandir(base) as students:
            for student in students:
                if not student.is_dir(follow_symlinks=False) or student.name.startswith("."):
                    continue
                with os.scandir(student.path) as assignments:
                    for assignment in assignments:
                        key = (student.name, assignment.name)
                        if (assignment.is_dir(follow_symlinks=False)
                                and not assignment.name.startswith(".")
                                and key not in found):
                            found[key] = assignment.path
                            source[key] = name
    return found, source


#: Below this many folders the answer files are read in this process; above it,
#: by one worker process per core (reading and parsing JSON is CPU-bound).
PARALLEL_FROM = 4000


def _read_folders(root: str, owners: dict[str, str],
                  jobs: list[tuple[str, str, str]]) -> tuple[list[tuple], list[str]]:
    """Read the answer files of ``jobs`` (student, assignment, folder): (rows, problems)."""
    problems: list[str] = []
    rows: list[tuple] = []
    # A million small tuples make the cyclic garbage collector rescan the growing list
    # again and again (most of the time on a large cohort); nothing here forms cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for student, assignment, folder in jobs:
            answers_dir = os.path.join(folder, ANSWERS_DIR)
            try:
                names = os.listdir(answers_dir)
            except (FileNotFoundError, NotADirectoryError):
                continue
            for name in names:
                if not name.endswith(".json") or ".damaged-" in name or name.startswith("."):
                    continue
                exercise = name[:-5]
                owner = owners.get(exercise)
                if owner != assignment:
                    rel = os.path.relpath(os.path.join(answers_dir, name), root)
                    where = ("is not in data/exercises.csv" if owner is None else
                             f"belongs to '{owner}', not '{assignment}'")
                    problems.append(f"{rel}: exercise set '{exercise}' {where}; ignored")
                    continue
                try:
                    answers = read_entries(folder, exercise)
                except (AnswerFileError, OSError) as exc:
                    rel = os.path.relpath(os.path.join(answers_dir, name), root)
                    problems.append(f"{rel}: {exc}; the learner's answers in it are not "
                                    "counted")
                    continue
                for item_id, answer in answers.items():
                    rows.append((student, assignment, exercise, item_id, answer.get("value"),
                                 _edit_count(answer.get("changes"))))
    finally:
        if gc_was_enabled:
            gc.enable()
    return rows, problems


def _edit_count(value) -> int | None:
    """An answer's edit count if it is a plain whole number in range, else None (a
    400-digit number or a text from a hand-made file must not stop the report)."""
    return value if type(value) is int and 0 <= value <= MAX_CHANGES else None


def read_answer_files(root: Path | str, bank: ItemBank,
                      progress: Callable[[Iterable], Iterable] | None = None,
                      workers: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame,
                                                           list[str]]:
    """Read every answer file under ``root``; return (answers, attempts, problems).

    ``answers`` has one row per stored answer: student_id, assignment,
    exercise, item_id, value, changes. Only the assignments of the item bank
    are read. ``progress`` may wrap an iterable of work chunks (e.g. ``tqdm``).
    ``workers``: processes to use (default: one per core from
    :data:`PARALLEL_FROM` folders on, else 1).
    """
    root = Path(root)
    folders, source = _scan(root)
    owners = {ex.id: ex.assignment for ex in bank.exercises.values()}
    assignments = set(owners.values())
    keys = sorted(k for k in folders if k[1] in assignments)
    jobs = [(s, a, folders[(s, a)]) for s, a in keys]
    if workers is None:
        workers = (os.cpu_count() or 1) if len(jobs) >= PARALLEL_FROM else 1
    size = max(1, min(2000, -(-len(jobs) // max(1, workers * 4))))
    chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    results: list[tuple[list[tuple], list[str]]] = []
    if workers > 1 and len(chunks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            mapped = pool.map(_read_folders, [str(root)] * len(chunks),
                              [owners] * len(chunks), chunks)
            results = list(progress(mapped) if progress is not None else mapped)
    else:
        results = [_read_folders(str(root), owners, c)
                   for c in (progress(chunks) if progress is not None else chunks)]
    problems = [p for _rows, probs in results for p in probs]
    rows = [r for chunk_rows, _p in results for r in chunk_rows]
    answers_frame = pd.DataFrame(
        rows, columns=["student_id", "assignment", "exercise", "item_id", "value", "changes"])
    attempts = pd.DataFrame(
        [(s, a, source[(s, a)]) for s, a in keys],
        columns=["student_id", "assignment", "source"])
    return answers_frame, attempts, problems


def score_responses(answers: pd.DataFrame, attempts: pd.DataFrame, bank: ItemBank,
                    problems: list[str] | None = None) -> pd.DataFrame:
    """Join answers with the item bank: one row per attempt x item (answered or not)."""
    items = items_frame(bank)
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
    values = grid["value"].tolist()
    n = len(values)
    keyed = grid["widget"].isin(["classify", "scenario"]).to_numpy()
    is_str = np.fromiter((isinstance(v, str) for v in values), bool, n)
    answered = np.fromiter(
        ((v.strip() != "") if isinstance(v, str) else isinstance(v, dict) for v in values),
        bool, n)
    grid["answered"] = answered
    chosen = np.array(values, dtype=object)
    chosen[~(is_str & keyed)] = None
    grid["chosen"] = chosen
    grid["text"] = [None if k else _as_text(v) for v, k in zip(values, keyed, strict=True)]
    # option text of the chosen answer (a scenario letter -> its option)
    letter_map = {}
    for item in bank.items.values():
        for i, opt in enumerate(item.choices):
            letter_map[(item.id, chr(65 + i))] = opt
    scen = (grid["widget"] == "scenario").to_numpy()
    chosen_option = chosen.copy()
    if scen.any():
        ids = grid["item_id"].to_numpy(dtype=object)
        chosen_option[scen] = [letter_map.get((i, c), c) if c is not None else None
                               for i, c in zip(ids[scen], chosen[scen], strict=True)]
    grid["chosen_option"] = chosen_option
    labels = grid["label"].to_numpy(dtype=object)
    correct = np.where((chosen == labels) & answered, 1.0, 0.0)
    grid["correct"] = np.where(keyed, correct, np.nan)
    grid["changes"] = pd.to_numeric(grid["changes"], errors="coerce")
    return grid[list(RESPONSE_COLUMNS)].reset_index(drop=True)


def read_responses(root: Path | str, bank: ItemBank,
                   progress: Callable[[Iterable], Iterable] | None = None,
                   workers: int | None = None) -> Responses:
    """Read and score every answer file of the course at ``root``."""
    answers, attempts, problems = read_answer_files(root, bank, progress, workers)
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
