"""What does autograding the orientation cost compared with a one-cell notebook?

Builds a throwaway course with two assignments, the real 00-orientation and a
notebook with a single graded cell, submits the same number of learners to
each, autogrades each with the real ``nbgrader autograde`` (one process per
assignment, as an instructor would run it), and prints the seconds per
submission and, last, ``autograde_cost_ratio: R`` (orientation / one cell).
Kernel start-up is paid by both, so R shows what the course's own cells and
imports add. Ratios within one run; absolute times depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbformat.v4 import new_code_cell

from soplab.authoring import notebook, write
from soplab.build import build
from soplab.paths import repo_root, tool_env

ONE_CELL = "99-one-cell"


def make_course(root: Path, repo: Path) -> None:
    shutil.copy2(repo / "nbgrader_config.py", root / "nbgrader_config.py")
    shutil.copytree(repo / "data", root / "data")
    (root / "source").mkdir()
    shutil.copytree(repo / "source" / "00-orientation", root / "source" / "00-orientation")
    cell = new_code_cell("1.0")
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "only", "locked": True,
                                 "points": 1, "schema_version": 3, "solution": False,
                                 "task": False}
    write(notebook([cell], "one cell"), root / "source" / ONE_CELL / f"{ONE_CELL}.ipynb")


def autograde_seconds(root: Path, assignment: str, learners: int) -> float:
    for n in range(learners):
        folder = root / "submitted" / f"learner-{n:02d}" / assignment
        shutil.copytree(root / "release" / assignment, folder)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment, "--create"],
                   cwd=root, check=True, capture_output=True, env=tool_env())
    return (time.perf_counter() - started) / learners


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=4, help="submissions per assignment")
    parser.add_argument("--rounds", type=int, default=3, help="repetitions (median is used)")
    parser.add_argument("--repo", type=Path, default=repo_root(),
                        help="course checkout to take the orientation from")
    args = parser.parse_args()
    orientation, one_cell = [], []
    for round_number in range(1, args.rounds + 1):
        with tempfile.TemporaryDirectory(prefix="soplab-bench-") as tmp:
            root = Path(tmp)
            make_course(root, args.repo)
            build(root, progress=lambda line: None)
            # alternate the order so neither side always runs on a warm cache
            pair = [("00-orientation", orientation), (ONE_CELL, one_cell)]
            if round_number % 2 == 0:
                pair.reverse()
            for assignment, bucket in pair:
                bucket.append(autograde_seconds(root, assignment, args.learners))
        print(f"round {round_number}: orientation {orientation[-1]:.2f} s/submission, "
              f"one cell {one_cell[-1]:.2f} s/submission", file=sys.stderr)
    a, b = statistics.median(orientation), statistics.median(one_cell)
    print(f"orientation_seconds_per_submission: {a:.2f}")
    print(f"one_cell_seconds_per_submission: {b:.2f}")
    print(f"autograde_cost_ratio: {a / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
