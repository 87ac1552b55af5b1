"""``soplab extend LEARNER ASSIGNMENT``: a later due date for one learner (argparse only;
the work is in :mod:`soplab.cohort.extensions`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_db

__all__ = ["register", "run"]

_EPILOG = """\
The extension is kept in the course's extensions.csv and written to nbgrader's
own field (the submission's extension), which moves that learner's due date and so
the late penalty. Accommodations (extra time as a factor) go in the roster's
accommodation column instead; the later date of the two is in force. The feedback
page, the report's next steps and `soplab export` show it. If the learner's work
was already autograded, autograde it again so the late penalty follows.
"""


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.analytics import CourseError, find_course, read_config
    from soplab.cohort.extensions import grant_extension

    try:
        root = find_course(args.course)
        config = read_config(root, args.db)
        ext = grant_extension(root, args.learner, args.assignment, db_url=config.db_url,
                              course=config.course_id, days=args.days, until=args.until,
                              reason=args.reason or "", remove=args.remove)
    except CourseError as exc:  # ExtensionError is one
        print(f"soplab extend: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    if ext is None:
        print(f"{args.learner}: {args.assignment}: extension removed (the roster's "
              "accommodation, if any, still applies)")
    else:
        print(f"{args.learner}: {args.assignment}: {ext.describe()}")
    print(f"If {args.assignment} was already autograded for {args.learner}, autograde it "
          f"again so the late penalty follows: soplab autograde {args.assignment}",
          file=sys.stderr)
    return 0


def register(sub) -> None:
    p = sub.add_parser("extend", help="give one learner more time on an assignment",
                       description="Give one learner a later due date for one assignment "
                                   "(nbgrader's extension).", epilog=_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("learner", help="the learner's id (as in the roster)")
    p.add_argument("assignment", help="assignment folder name, e.g. 01-sop-foundations")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--days", type=float, metavar="N",
                      help="days after the assignment's due date")
    when.add_argument("--until", metavar="DATE",
                      help="new due date, e.g. 2026-05-08 (end of that day, UTC) or "
                           "2026-05-08T17:00")
    when.add_argument("--remove", action="store_true", help="take the extension back")
    p.add_argument("--reason", metavar="TEXT", help="a short note kept with the extension")
    p.add_argument("--course", metavar="DIR", type=Path, default=None,
                   help="course folder (default: found from the current folder)")
    add_db(p)
    p.set_defaults(func=run)
