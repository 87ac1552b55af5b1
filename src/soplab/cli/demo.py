"""``soplab demo``: the whole instructor loop on a synthetic cohort (argparse only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_course

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab._core.paths import course_root, repo_root
    from soplab.cohort.demo import DemoError, run_demo
    from soplab.engine.items import BankError

    course = course_root(args.course) if args.course else (course_root() or repo_root())
    if course is None or not (Path(course) / "nbgrader_config.py").is_file():
        print("soplab demo: no course folder found; use --course DIR", file=sys.stderr)
        return 1
    workspace = Path(args.workspace) if args.workspace else Path(course) / "demo-workspace"
    if args.learners < 1:
        print("soplab demo: --learners must be at least 1", file=sys.stderr)
        return 1
    try:
        result = run_demo(Path(course), workspace, learners=args.learners, seed=args.seed,
                          assignments=args.assignment or None, full=args.full)
    except (DemoError, BankError) as exc:
        print(f"soplab demo: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    print(result.report)
    return 0


def register(sub) -> None:
    p = sub.add_parser("demo", help="run the whole instructor loop on a synthetic cohort",
                       description="Copy the course into a demo workspace and run build, "
                                   "release, simulated learners, collect, sealed autograde, "
                                   "simulated hand grading (marked as such), feedback, export "
                                   "and the cohort report, in about a minute. Prints the wall "
                                   "time, then the report's path last.")
    add_course(p)
    p.add_argument("assignment", nargs="*", help="assignments (default: all in source/)")
    p.add_argument("--workspace", metavar="DIR",
                   help="where to run (default: demo-workspace/ in the course folder; "
                        "replaced on each run)")
    p.add_argument("--learners", "-n", type=int, default=30, help="cohort size (default 30)")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.add_argument("--full", action="store_true",
                   help="the long version: run every instructor step as nbgrader's own command "
                        "(generate_assignment, release_assignment, collect, autograde, "
                        "generate_feedback, export), a new process for each assignment, as "
                        "formgrader's buttons do (several minutes)")
    p.set_defaults(func=run)
