"""``soplab roster import FILE``: learners into the gradebook (argparse only)."""

from __future__ import annotations

import argparse
import sys

from .common import add_course, add_db, course_folder

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.roster import ROSTER_FILE, RosterError, import_roster

    root = course_folder(args)
    if args.action != "import":  # pragma: no cover (argparse restricts choices)
        return 2
    try:
        learners = import_roster(root, args.csv, db_url=args.db)
    except RosterError as exc:
        for line in exc.problems:
            print(f"soplab roster: {line}", file=sys.stderr)
        return 1
    except Exception as exc:  # database unreachable and the like
        print(f"soplab roster: {args.csv}: not loaded: {str(exc).splitlines()[0]}",
              file=sys.stderr)
        return 1
    print(f"Loaded {len(learners)} learner(s) into the gradebook; copy kept in "
          f"{root / ROSTER_FILE}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("roster", help="load the cohort's learners from a CSV file",
                       description="Check a roster CSV (id, first_name, last_name, email, "
                                   "lms_id, optional cohort and section) and load it into "
                                   "the gradebook. Nothing is loaded if any row is wrong.")
    add_course(p)
    p.add_argument("action", choices=["import"], help="what to do with the roster")
    p.add_argument("csv", help="the roster file")
    add_db(p)
    p.set_defaults(func=run)
