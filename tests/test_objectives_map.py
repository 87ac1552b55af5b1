"""data/objectives_map.csv agrees with the item banks and the notebooks.

The map says which assignments teach each learning objective and which
exercise sets practise and assess it. These tests check what exists: every
row must point at a real notebook and a real set holding items of that
objective, and every objective that has started (has any row) must be taught,
practised and assessed. The full check, that all eight objectives are covered,
turns itself on once the last assignment (08-capstone) exists.
"""

from __future__ import annotations

import csv
import re
import shutil
from collections import defaultdict
from pathlib import Path

import nbformat
import pytest

from soplab.engine.items import load_bank

from coursekit import REPO

MAP = Path("data") / "objectives_map.csv"
COLUMNS = ["objective", "assignment", "exercise", "role"]
ROLES = ("teach", "practice", "assess")
ROLE_KIND = {"practice": "practice", "assess": "assessment"}
SHOW = re.compile(r"""show\(\s*["']([^"']+)["']""")
#: Objectives the map covers; ORIENTATION belongs to 00 only and is not mapped.
COURSE_OBJECTIVES = tuple(f"LO{n}" for n in range(1, 9))


def read_map(root: Path) -> tuple[list[str], list[dict[str, str]]]:
    with (root / MAP).open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in reader]
        return list(reader.fieldnames or []), rows


def shown_sets(root: Path, assignment: str) -> set[str] | None:
    path = root / "source" / assignment / f"{assignment}.ipynb"
    if not path.is_file():
        return None
    nb = nbformat.read(path, as_version=4)
    return {m for c in nb.cells if c.cell_type == "code" for m in SHOW.findall(c.source)}


def map_problems(root: Path) -> list[str]:
    """Every way the map disagrees with the banks and notebooks in ``root``."""
    header, rows = read_map(root)
    if header != COLUMNS:
        return [f"{MAP}: header is {header}, expected {COLUMNS}"]
    bank = load_bank(root)
    problems: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for number, row in enumerate(rows, start=2):
        where = f"{MAP}:{number}"
        key = tuple(row[c] for c in COLUMNS)
        if key in seen:
            problems.append(f"{where}: the same row appears twice")
        seen.add(key)
        objective, assignment, set_id, role = key
        if objective not in COURSE_OBJECTIVES:
            problems.append(f"{where}: objective '{objective}' is not one of LO1..LO8")
        if role not in ROLES:
            problems.append(f"{where}: role '{role}' is not one of {', '.join(ROLES)}")
        shown = shown_sets(root, assignment)
        if shown is None:
            problems.append(f"{where}: assignment '{assignment}' has no notebook "
                            f"source/{assignment}/{assignment}.ipynb")
        if role == "teach":
            if set_id:
                problems.append(f"{where}: a teach row names an assignment, not a set")
            continue
        if not set_id:
            problems.append(f"{where}: a {role} row needs an exercise set")
            continue
        ex = bank.exercises.get(set_id)
        if ex is None:
            problems.append(f"{where}: set '{set_id}' is not in data/exercises.csv")
            continue
        if ex.assignment != assignment:
            problems.append(f"{where}: set '{set_id}' belongs to {ex.assignment}")
        if role in ROLE_KIND and ex.kind != ROLE_KIND[role]:
            problems.append(f"{where}: set '{set_id}' is {ex.kind}, but the row says {role}")
        if not any(item.objective == objective for item in bank.items_for(set_id)):
            problems.append(f"{where}: set '{set_id}' has no items of {objective}")
        if shown is not None and set_id not in shown:
            problems.append(f"{where}: the notebook of {assignment} does not show '{set_id}'")
    # Sets of mapped assignments must be mapped for every objective their items carry.
    mapped = {(r["objective"], r["exercise"]) for r in rows if r["exercise"]}
    for assignment in {r["assignment"] for r in rows}:
        for ex in bank.exercises_for(assignment):
            for objective in sorted({i.objective for i in bank.items_for(ex.id)}):
                if objective in COURSE_OBJECTIVES and (objective, ex.id) not in mapped:
                    problems.append(f"{MAP}: set '{ex.id}' has items of {objective} but no "
                                    "row for it")
    return problems


def coverage(rows: list[dict[str, str]]) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        roles[row["objective"]].add(row["role"])
    return roles


def gaps(rows: list[dict[str, str]], objectives) -> dict[str, list[str]]:
    """Objective -> the roles it still lacks (teach, practice, assess)."""
    roles = coverage(rows)
    return {o: [r for r in ROLES if r not in roles.get(o, set())] for o in objectives
            if any(r not in roles.get(o, set()) for r in ROLES)}


def test_map_agrees_with_banks_and_notebooks() -> None:
    problems = map_problems(REPO)
    assert not problems, "\n".join(problems)


def test_started_objectives_are_taught_practised_and_assessed() -> None:
    _, rows = read_map(REPO)
    started = sorted({row["objective"] for row in rows})
    assert started, "the map has no rows"
    missing = gaps(rows, started)
    assert not missing, f"objectives with rows but incomplete: {missing}"


def test_curriculum_one_objectives_are_mapped() -> None:
    _, rows = read_map(REPO)
    assert not gaps(rows, ("LO1", "LO2", "LO3", "LO8"))
    lo8 = {row["assignment"] for row in rows if row["objective"] == "LO8"}
    assert len(lo8) >= 2, "LO8 runs across the course; map it in more than one assignment"


@pytest.mark.skipif(not (REPO / "source" / "08-capstone").is_dir(),
                    reason="turns on when the last assignment, 08-capstone, exists")
def test_every_objective_taught_and_assessed() -> None:
    _, rows = read_map(REPO)
    missing = gaps(rows, COURSE_OBJECTIVES)
    assert not missing, "not yet taught, practised and assessed: " + "; ".join(
        f"{o} lacks {', '.join(r)}" for o, r in missing.items())


# -- the checks themselves can fail -------------------------------------------------
@pytest.fixture()
def course_copy(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", root)
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "source", root / "source",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return root


def _append(root: Path, *lines: str) -> None:
    with (root / MAP).open("a", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))


def test_map_problems_are_found(course_copy: Path) -> None:
    _append(course_copy,
            "LO9,01-sop-foundations,,teach",
            "LO1,01-sop-foundations,01-no-such-set,practice",
            "LO3,01-sop-foundations,01-three-columns,practice",
            "LO1,01-sop-foundations,01-three-columns,assess",
            "LO4,99-missing,,teach")
    text = "\n".join(map_problems(course_copy))
    assert "'LO9' is not one of" in text
    assert "'01-no-such-set' is not in data/exercises.csv" in text
    assert "'01-three-columns' has no items of LO3" in text
    assert "is practice, but the row says assess" in text
    assert "'99-missing' has no notebook" in text


def test_unmapped_set_is_found(course_copy: Path) -> None:
    header, rows = read_map(course_copy)
    kept = [r for r in rows if r["exercise"] != "01-worry-kinds"]
    with (course_copy / MAP).open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    assert any("'01-worry-kinds' has items of LO1 but no row" in p
               for p in map_problems(course_copy))


def test_gaps_name_the_missing_roles() -> None:
    rows = [{"objective": "LO1", "role": "teach"}, {"objective": "LO1", "role": "assess"}]
    assert gaps(rows, ("LO1", "LO2")) == {"LO1": ["practice"],
                                          "LO2": ["teach", "practice", "assess"]}
