"""``soplab autograde``: the command line of sealed grading (argparse only)."""

from __future__ import annotations

import argparse
import sys

from .common import add_course, add_db, course_folder

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.autograde import AutogradeError, autograde_many

    root = course_folder(args)
    try:
        reports = autograde_many(root, args.assignment, db_url=args.db,
                                 students=args.student or None,
                                 progress=not args.quiet and sys.stderr.isatty(),
                                 render=not args.scores_only, jobs=args.jobs,
                                 time_budget=args.time_budget or None)
    except AutogradeError as exc:
        print(f"soplab autograde: {exc}", file=sys.stderr)
        return 1
    failed = False
    for report in reports:
        for line in report.lines():
            print(line)
        failed |= bool(report.failed)
    return 2 if failed else 0


def register(sub) -> None:
    p = sub.add_parser(
        "autograde", help="grade submissions from their answers (no learner code runs)",
        description="Grade submitted/<learner>/<assignment>/ sealed: each graded part's score "
                    "is computed from the learner's answer files against the item banks, "
                    "outside any kernel, and written to nbgrader's gradebook (hand grades "
                    "kept). Only the notebook and answers/<set>.json are read; anything else "
                    "in a submission is ignored and reported. The view formgrader shows is "
                    "rebuilt from the master in source/. A submission that cannot be graded "
                    "is reported with the reason and the others are graded; exit status 2 "
                    "means some were not graded.")
    add_course(p)
    p.add_argument("assignment", nargs="+", help="assignment name(s), e.g. 00-orientation")
    add_db(p)
    p.add_argument("--student", action="append", metavar="ID",
                   help="grade only this learner (repeatable)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes that score a large cohort (default: one per core)")
    p.add_argument("--scores-only", action="store_true",
                   help="record the scores only; do not write the formgrader views in "
                        "autograded/")
    p.add_argument("--time-budget", type=float, default=60.0, metavar="SECONDS",
                   help="seconds of scoring per learner and assignment (default 60; 0: no "
                        "limit); a learner over it is reported and not scored")
    p.add_argument("--quiet", action="store_true",
                   help="no progress bars (there are none when output is not a terminal)")
    p.set_defaults(func=run)
