"""What the checker reads: the item banks, the objectives map and the notebooks.

Everything is read once into a :class:`Course`; each check module looks at it.
A course whose banks do not load still gets the checks that do not need them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from soplab.engine.items import BankError, ItemBank, Problem, load_bank

__all__ = [
    "CHECK_CALL", "Course", "MAP_FILE", "MapRow", "Notebook", "SHOW_CALL", "key_rows",
    "load_course", "read_map", "read_notebooks",
]

#: ``show("set-id")`` in a widget cell.
SHOW_CALL = re.compile(r"""\bshow\(\s*["']([^"']+)["']""")
#: ``grade("set-id")`` / ``check("set-id")`` in a graded check cell.
CHECK_CALL = re.compile(r"""\b(?:grade|check)\(\s*["']([^"']+)["']""")
MAP_FILE = "data/objectives_map.csv"


@dataclass
class Notebook:
    """One source notebook (``source/<assignment>/<name>.ipynb``)."""

    path: Path
    rel: str
    assignment: str
    nb: nbformat.NotebookNode | None = None
    error: str = ""

    @property
    def cells(self) -> list:
        return list(self.nb.cells) if self.nb is not None else []

    def code_calls(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """(cell number, set id) of every match in code cells; cells count from 1."""
        return [
            (number, match)
            for number, cell in enumerate(self.cells, start=1)
            if cell.cell_type == "code"
            for match in pattern.findall(cell.source)
        ]

    def shown(self) -> list[tuple[int, str]]:
        return self.code_calls(SHOW_CALL)

    def checked(self) -> list[tuple[int, str]]:
        calls = self.code_calls(CHECK_CALL)
        return list(dict.fromkeys(calls))  # grade() and check() of one cell count once


@dataclass(frozen=True)
class MapRow:
    row: int
    objective: str
    assignment: str
    exercise: str
    role: str


@dataclass
class Course:
    root: Path
    bank: ItemBank | None
    bank_problems: list[Problem] = field(default_factory=list)
    notebooks: list[Notebook] = field(default_factory=list)
    objectives_map: list[MapRow] | None = None
    map_error: str = ""
    #: Spreadsheet row of each exercise set in data/exercises.csv.
    exercise_rows: dict[str, int] = field(default_factory=dict)
    #: Spreadsheet row of each objective in data/objectives.csv.
    objective_rows: dict[str, int] = field(default_factory=dict)

    def notebooks_for(self, assignment: str) -> list[Notebook]:
        return [n for n in self.notebooks if n.assignment == assignment]

    @property
    def assignments(self) -> list[str]:
        return sorted({n.assignment for n in self.notebooks})


def read_notebooks(root: Path) -> list[Notebook]:
    found = []
    source = root / "source"
    if not source.is_dir():
        return found
    for path in sorted(source.glob("*/*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        rel = path.relative_to(root).as_posix()
        entry = Notebook(path, rel, path.parent.name)
        try:
            entry.nb = nbformat.read(str(path), as_version=4)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is one finding
            entry.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        found.append(entry)
    return found


def read_map(root: Path) -> list[MapRow] | None:
    path = root / MAP_FILE
    if not path.is_file():
        return None
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            MapRow(number,
                   (row.get("objective") or "").strip(),
                   (row.get("assignment") or "").strip(),
                   (row.get("exercise") or "").strip(),
                   (row.get("role") or "").strip().lower())
            for number, row in enumerate(csv.DictReader(fh), start=2)
            if any((v or "").strip() for v in row.values() if isinstance(v, str))
        ]


def key_rows(path: Path, column: str) -> dict[str, int]:
    """Spreadsheet row (header = 1) of each value in ``column``."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            return {(row.get(column) or "").strip(): number
                    for number, row in enumerate(csv.DictReader(fh), start=2)}
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}


def load_course(root: Path | str) -> Course:
    root = Path(root).resolve()
    try:
        bank, problems = load_bank(root), []
    except BankError as exc:
        bank, problems = None, exc.problems
    map_error = ""
    try:
        objectives_map = read_map(root)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        objectives_map, map_error = [], f"cannot be read ({exc}); save it as 'CSV UTF-8'"
    return Course(root, bank, problems, read_notebooks(root), objectives_map, map_error,
                  key_rows(root / "data" / "exercises.csv", "exercise"),
                  key_rows(root / "data" / "objectives.csv", "objective"))
