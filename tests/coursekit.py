"""Helpers for tests: a throwaway copy of the course, and answer-file writers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COURSE_FILES = ("nbgrader_config.py", "data", "source", "release")


def copy_course(target: Path, parts=COURSE_FILES) -> Path:
    """Copy the course's own files (not workspaces or gradebooks) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for name in parts:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, target / name,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
        elif src.exists():
            shutil.copy2(src, target / name)
    return target


def write_answers(folder: Path, exercise: str, values: dict) -> Path:
    """Write an answer file as the widgets would (the CONTRACT schema)."""
    from soplab.engine.answers import AnswerFile

    store = AnswerFile(exercise=exercise, folder=folder)
    for item_id, value in values.items():
        store.answers[item_id] = {"value": value, "changed": "2026-11-27T10:00:00+00:00",
                                  "changes": 1}
    store.save()
    return store.path


def write_raw(folder: Path, exercise: str, data) -> Path:
    path = folder / "answers" / f"{exercise}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path
