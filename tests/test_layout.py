"""The package's layout keeps its promises (README, "How it fits together"):

* imports run one way between the rooms, the learner's side never loads the
  instructor's libraries, and no room has an import circle (import-linter's
  contracts in pyproject.toml, checked here on the package as it is and on a copy
  with one forbidden import added, so the check is known to bite);
* every ``soplab`` name that a released notebook or ``nbgrader_config.py`` uses
  still imports (learners who hold an older release keep working);
* no module is over about 400 lines, each says what it offers in ``__all__``, and
  no module uses another module's private name.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "soplab"
LINT = Path(sys.executable).with_name("lint-imports")
MAX_LINES = 400


def _lint(cwd: Path, env_path: Path | None = None) -> subprocess.CompletedProcess:
    env = None
    if env_path is not None:
        import os

        env = {**os.environ, "PYTHONPATH": str(env_path)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_import_contracts_hold() -> None:
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and " 0 broken" in done.stdout


@pytest.mark.parametrize("module, line, contract", [
    ("engine/answers.py", "import pandas", "Learner side"),
    ("coach/result.py", "from soplab.engine import items", "Rooms"),
    ("engine/items.py", "from soplab.engine.widgets import base", "Engine: UI on top of data"),
    ("coach/result.py", "from soplab.coach import render", "No import circles"),
    ("course/build.py", "import argparse", "Command-line parsing"),
])
def test_the_import_contracts_catch_a_wrong_import(tmp_path: Path, module: str, line: str,
                                                   contract: str) -> None:
    copy = tmp_path / "src"
    shutil.copytree(PACKAGE, copy / "soplab", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "soplab" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    done = _lint(tmp_path, env_path=copy)
    assert done.returncode != 0, done.stdout[-2000:]
    broken = [row for row in done.stdout.splitlines() if row.rstrip().endswith("BROKEN")]
    assert any(contract in row for row in broken), done.stdout[-2000:]


def _soplab_imports(source: str) -> set[tuple[str, str | None]]:
    """(module, name) for every ``soplab`` import in a piece of Python code."""
    found: set[tuple[str, str | None]] = set()
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and \
                node.module.split(".")[0] == "soplab":
            found.update((node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update((alias.name, None) for alias in node.names
                         if alias.name.split(".")[0] == "soplab")
    return found


def _released_names() -> set[tuple[str, str | None]]:
    names = _soplab_imports((REPO / "nbgrader_config.py").read_text(encoding="utf-8"))
    for notebook in sorted((REPO / "release").glob("*/*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                names |= _soplab_imports("".join(cell["source"]))
    return names


def test_every_name_released_notebooks_and_the_nbgrader_config_use_still_imports() -> None:
    names = _released_names()
    # the release uses at least these; if it stops, this test should be looked at again
    assert {("soplab", "show"), ("soplab.grading", "check"), ("soplab.page", "show_page"),
            ("soplab.progress", "show_progress"), ("soplab.figures", "three_column_map"),
            ("soplab.figures_ii", "three_houses")} <= names
    # and these, which older releases and older course configurations use
    names |= {("soplab.grading", "grade"), ("soplab.grading", "NotReady"),
              ("soplab.nbgrader_ext", "RestoreMissingCells"),
              ("soplab.nbgrader_ext", "configure_sealed_grading"),
              ("soplab.nbgrader_ext", "CourseFeedbackExporter")}
    code = "\n".join(f"import {module}" if name is None else f"from {module} import {name}"
                     for module, name in sorted(names, key=str))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_is_over_about_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long


def test_every_module_with_public_names_lists_them_in_all() -> None:
    missing = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n.name for n in tree.body
                   if isinstance(n, ast.FunctionDef | ast.ClassDef) and not n.name.startswith("_")]
        has_all = any(isinstance(n, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets) for n in tree.body)
        if defined and not has_all:
            missing.append(str(path.relative_to(PACKAGE)))
    assert not missing, missing


def test_no_module_uses_another_modules_private_name() -> None:
    used = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                used += [f"{path.relative_to(PACKAGE)}: {node.module}.{a.name}"
                         for a in node.names
                         if a.name.startswith("_") and not a.name.startswith("__")]
    assert not used, used


def test_no_import_fallback_between_the_packages_own_modules() -> None:
    """A failed import of the course's own code must stop, never quietly do something else
    (a missing coach once meant full marks for writing, and a report without its coach
    table)."""
    fallbacks = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Try):
                continue
            catches = {ast.unparse(h.type) if h.type is not None else "BaseException"
                       for h in node.handlers}
            if not catches & {"ImportError", "ModuleNotFoundError", "Exception",
                              "BaseException"}:
                continue
            ours = [n for stmt in node.body for n in ast.walk(stmt)
                    if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "")
                                                          .startswith("soplab"))]
            if ours:
                fallbacks.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not fallbacks, fallbacks
