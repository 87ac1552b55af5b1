"""Helpers for the checker tests: a small copy of the course (the orientation only)
that each test breaks in one way, and ways to break it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import nbformat

from soplab._core.paths import repo_root
from soplab.course.check import Report, check_course

ASSIGNMENT = "00-orientation"
NOTEBOOK = f"source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
ITEMS = f"data/items/{ASSIGNMENT}.csv"


def _copy_rows(src: Path, dst: Path, keep) -> None:
    with src.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        rows = [row for row in reader if keep(row)]
        fields = reader.fieldnames
    with dst.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def make_small_course(dest: Path) -> Path:
    """Copy nbgrader_config.py, the shared data files and the orientation into ``dest``."""
    repo = repo_root()
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(repo / "nbgrader_config.py", dest)
    data = dest / "data"
    (data / "items").mkdir(parents=True)
    for name in ("objectives.csv", "misconceptions.csv", "cast.csv"):
        if (repo / "data" / name).is_file():
            shutil.copy2(repo / "data" / name, data / name)
    if (repo / "data" / "lexicon").is_dir():
        shutil.copytree(repo / "data" / "lexicon", data / "lexicon")
    _copy_rows(repo / "data" / "exercises.csv", data / "exercises.csv",
               lambda row: row["assignment"] == ASSIGNMENT)
    shutil.copy2(repo / ITEMS, dest / ITEMS)
    for top in ("source", "release"):
        shutil.copytree(repo / top / ASSIGNMENT, dest / top / ASSIGNMENT,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
    return dest


def run(root: Path, **kwargs) -> Report:
    kwargs.setdefault("release", False)
    return check_course(root, **kwargs)


def matching(report: Report, severity: str, *words: str, file: str | None = None):
    """Findings of ``severity`` whose message (and fix) contain every word."""
    return [f for f in report.findings
            if f.severity == severity and (file is None or f.file == file)
            and all(w.lower() in (f.message + " " + f.fix).lower() for w in words)]


def append_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        fields = csv.DictReader(fh).fieldnames
    with path.open("a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, fieldnames=fields).writerows(rows)


def edit_rows(path: Path, change) -> None:
    """Rewrite a CSV, passing each row (a dict) to ``change``; return None to drop it."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        rows = [change(dict(row)) for row in reader]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(r for r in rows if r is not None)


def read_nb(root: Path):
    return nbformat.read(str(root / NOTEBOOK), as_version=4)


def write_nb(root: Path, nb) -> None:
    nbformat.write(nb, str(root / NOTEBOOK))


def cell_index(nb, grade_id: str) -> int:
    for index, cell in enumerate(nb.cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            return index
    raise KeyError(grade_id)
