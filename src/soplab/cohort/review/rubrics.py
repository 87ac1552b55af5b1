"""The instructor's rubric line of every graded writing item (``data/rubrics/writing.csv``).

A person who checks a writing answer (in ``soplab review`` or formgrader) reads
it against one short line: what earns full credit, what half, and what earns at
most a quarter (harmful practice, the wrong kind). The lines live beside the
item banks, on the instructor's side only: learners never see them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from soplab.engine.items import ItemBank

from .reading import writing_sets

__all__ = ["RUBRIC_FILE", "RubricError", "load_rubrics", "missing_rubrics"]

RUBRIC_FILE = Path("data") / "rubrics" / "writing.csv"


class RubricError(ValueError):
    """The rubric file cannot be read; the message names the file, row and field."""


def load_rubrics(root: Path) -> dict[str, str]:
    """Item id -> rubric line (an empty dict when the course has no rubric file)."""
    path = Path(root) / RUBRIC_FILE
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or not {"item", "rubric"} <= set(reader.fieldnames):
            raise RubricError(f"{RUBRIC_FILE}: the first row must name the columns item,rubric")
        for number, row in enumerate(reader, start=2):
            item, text = (row.get("item") or "").strip(), (row.get("rubric") or "").strip()
            if not item or not text:
                raise RubricError(f"{RUBRIC_FILE}:{number}: {'rubric' if item else 'item'}: "
                                  "is empty; give each row an item id and its rubric line")
            if item in out:
                raise RubricError(f"{RUBRIC_FILE}:{number}: item: '{item}' is listed twice")
            out[item] = text
    return out


def missing_rubrics(bank: ItemBank, rubrics: dict[str, str]) -> list[str]:
    """Graded writing items (not reflections) that have no rubric line."""
    missing = []
    for assignment in sorted({ex.assignment for ex in bank.exercises.values()}):
        for ex_id in writing_sets(bank, assignment):
            missing += [i.id for i in bank.items_for(ex_id)
                        if i.label != "reflection" and i.id not in rubrics]
    return missing
