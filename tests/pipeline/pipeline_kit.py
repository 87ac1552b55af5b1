"""Helpers for the instructor-pipeline tests: small course copies and submissions."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ORIENTATION = "00-orientation"
COURSE = "sop-er-best-practices"


def course_subset(target: Path, assignments=(ORIENTATION,), *, build: bool = True) -> Path:
    """A course copy holding only ``assignments`` (their sets, items and sources)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "nbgrader_config.py", target / "nbgrader_config.py")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "answers", "__pycache__")
    shutil.copytree(REPO / "data", target / "data", ignore=ignore)
    for path in (target / "data" / "items").glob("*.csv"):
        if path.stem not in assignments:
            path.unlink()
    with (REPO / "data" / "exercises.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    with (target / "data" / "exercises.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([r for r in rows[:1] + [r for r in rows[1:]
                                                         if r and r[1] in assignments]])
    for name in assignments:
        shutil.copytree(REPO / "source" / name, target / "source" / name, ignore=ignore)
    if build:
        done = subprocess.run([sys.executable, "-m", "soplab", "build", *assignments],
                              cwd=target, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return target


def release_copy(root: Path, student: str, assignment: str = ORIENTATION) -> Path:
    """``submitted/<student>/<assignment>`` as a fresh copy of the release."""
    folder = root / "submitted" / student / assignment
    shutil.copytree(root / "release" / assignment, folder)
    (folder / "timestamp.txt").write_text("2026-01-10 09:00:00.000000 UTC")
    return folder


def sqlite_url(root: Path) -> str:
    return f"sqlite:///{root / 'gradebook.db'}"


def sequential_autograde(root: Path, assignment: str = ORIENTATION, *,
                         check: bool = True) -> subprocess.CompletedProcess:
    """Plain ``nbgrader autograde`` (one process, one learner after another).

    ``check=False`` allows failures (nbgrader exits 1 when any submission failed).
    """
    done = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment,
                           "--create", "--force", "--log-level=ERROR"], cwd=root,
                          capture_output=True, text=True, timeout=900)
    if check:
        assert done.returncode == 0, done.stderr[-2000:]
    return done


#: nbgrader's stock grading, as the course ran before sealed grading: the
#: learner's notebook is executed and each grade cell's last value is its score.
#: Only the tests and the benchmark use it, as the honest baseline.
KERNEL_CONFIG = '''\
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "sop-er-best-practices"
c.Execute.timeout = 60
c.Execute.store_widget_state = False
c.IgnorePattern.pattern = r"\\w*Warning: "
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
'''


def kernel_twin(root: Path, target: Path) -> Path:
    """A copy of the course graded the old way (stock nbgrader, kernels run the notebooks)."""
    shutil.copytree(root, target, symlinks=True)
    (target / "nbgrader_config.py").write_text(KERNEL_CONFIG)
    return target
