"""Generate learner versions (``release/``) of every assignment with nbgrader.

nbgrader's own ``generate_assignment`` converter runs in this process, with the
course's ``nbgrader_config.py``, for every assignment in turn: what
``nbgrader generate_assignment NAME --force`` does, without starting (and
importing nbgrader into) a new Python for each assignment.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soplab._core.paths import tool_env, tools_on_path
from soplab.engine.content import shown_sets, write_learner_content
from soplab.engine.items import load_bank
from soplab.engine.progress import MAP_FILE, write_course_map

from .config import course_config

__all__ = ["BuildError", "Built", "assignments", "build", "generate", "nbgrader_command"]


class BuildError(RuntimeError):
    """nbgrader could not generate an assignment; the message says which and why."""


@dataclass(frozen=True)
class Built:
    assignment: str
    folder: Path


def assignments(root: Path) -> list[str]:
    """Assignment folders under ``source/``, in teaching order."""
    return sorted(p.name for p in (root / "source").iterdir()
                  if p.is_dir() and any(p.glob("*.ipynb")))


def nbgrader_command(*args: str) -> list[str]:
    """The nbgrader command line of this Python environment."""
    return [sys.executable, "-m", "nbgrader", *args]


def generate(root: Path, assignment: str, *, use_db: bool = True,
             own_process: bool = False) -> None:
    """``nbgrader generate_assignment ASSIGNMENT --force`` (``--no-db`` unless ``use_db``)
    in this process, or with ``own_process`` as that command in a new one; raises
    :class:`BuildError` with nbgrader's reason."""
    if own_process:
        args = ["generate_assignment", assignment, "--force", "--log-level=WARN"]
        if not use_db:
            args.append("--no-db")
        done = subprocess.run(nbgrader_command(*args), cwd=root, capture_output=True, text=True,
                              env=tool_env())
        if done.returncode != 0:
            raise BuildError(f"source/{assignment}: nbgrader could not generate it: "
                             f"{_reason(done.stderr or done.stdout, '')}")
        return
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    cfg = course_config(root)
    cfg.CourseDirectory.root = str(root)
    cfg.BaseConverter.force = True
    if not use_db:
        cfg.GenerateAssignment.no_database = True
        cfg.SaveCells.enabled = False
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = assignment
    result = capture_log(GenerateAssignment(coursedir=coursedir, config=cfg))
    if not result["success"]:
        raise BuildError(f"source/{assignment}: nbgrader could not generate it: "
                         f"{_reason(result.get('log', ''), result.get('error', ''))}")


def _reason(log: str, error: str) -> str:
    """The first error nbgrader raised (e.g. "Duplicate grade id: ..."), else its first
    error message, else the last line of the traceback."""
    raised = _RAISED.findall(log)
    if raised:
        return raised[0].strip()
    said = [m for m in _SAID.findall(log) if not m.startswith("Traceback")]
    trace = [ln for ln in error.splitlines() if ln.strip()]
    return said[0] if said else trace[-1].strip() if trace else "no message"


#: nbgrader's log lines: "[ERROR] ..." (in this process), "[App | ERROR] ..." (a command)
_SAID = re.compile(r"^\[(?:[^]|]*\| )?(?:ERROR|CRITICAL)\] (.*)$", re.MULTILINE)
_RAISED = re.compile(r"^\s*(?:\w+\.)*\w*(?:Error|Exception): (.+)$", re.MULTILINE)


def build(root: Path | str, only: list[str] | None = None, *, use_db: bool = True,
          progress: Callable[[str], object] = print, keep_going: bool = False,
          own_process: bool = False) -> list[Built]:
    """Regenerate ``release/<assignment>/`` for each assignment and add its
    learner-safe ``exercises.json``. An assignment that ships ``course-map.json``
    (My progress) gets it rewritten from the item banks first.

    ``use_db=False`` leaves the gradebook alone (for checking the committed release).
    ``keep_going=True`` skips an assignment nbgrader cannot generate (saying so through
    ``progress``) instead of stopping; the result lists those built. ``own_process=True``
    runs ``nbgrader generate_assignment`` as a command for each assignment (what
    ``soplab demo --full`` shows), which takes a new Python each time.
    """
    root = Path(root).resolve()
    bank = load_bank(root)
    names = assignments(root)
    if only:
        unknown = [a for a in only if a not in names]
        if unknown:
            raise BuildError(f"source/{unknown[0]}: no such assignment; choose from "
                             f"{', '.join(names)}")
        names = [a for a in names if a in only]
    tools_on_path()  # nbgrader runs alembic by name when it creates a gradebook
    built = []
    for number, name in enumerate(names, start=1):
        progress(f"[{number}/{len(names)}] building release/{name}")
        shipped_map = root / "source" / name / MAP_FILE
        if shipped_map.exists():  # My progress's objectives, for learners without the banks
            write_course_map(bank, shipped_map)
        try:
            generate(root, name, use_db=use_db, own_process=own_process)
        except BuildError as exc:
            if not keep_going:
                raise
            progress(f"skipped {name}: {str(exc).splitlines()[0]}")
            continue
        folder = root / "release" / name
        for junk in folder.glob("**/.ipynb_checkpoints"):
            shutil.rmtree(junk)
        masters = [json.loads(path.read_text(encoding="utf-8"))
                   for path in sorted((root / "source" / name).glob("*.ipynb"))]
        order = [set_id for nb in masters for set_id in shown_sets(nb)]
        titles = [nb.get("metadata", {}).get("soplab", {}).get("title", "") for nb in masters]
        write_learner_content(bank, name, folder, order, next(filter(None, titles), ""))
        built.append(Built(name, folder))
    return built
