"""``soplab build``: regenerate release/ from source/ (argparse only)."""

from __future__ import annotations

import argparse
import sys

from .common import add_course, course_folder

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab.course.build import BuildError, build
    from soplab.engine.items import BankError

    root = course_folder(args)
    try:
        built = build(root, args.assignment or None, use_db=not args.no_db,
                      progress=lambda line: print(line, file=sys.stderr))
    except (BuildError, BankError) as exc:
        print(f"soplab build: {exc}", file=sys.stderr)
        return 1
    print(f"Built {len(built)} assignment(s) into {root / 'release'}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("build", help="regenerate release/ from source/ with nbgrader",
                       description="Regenerate the learner versions in release/ from the "
                                   "instructor notebooks in source/, with nbgrader.")
    add_course(p)
    p.add_argument("assignment", nargs="*", help="assignments to build (default: all)")
    p.add_argument("--no-db", action="store_true",
                   help="do not record the assignments in the gradebook")
    p.set_defaults(func=run)
