"""What ``soplab report`` and ``soplab export`` run.

Their options are defined in :mod:`soplab.cli.report` (argparse only, so the
command starts without loading pandas); these functions take the parsed
arguments and return the exit status.
"""

from __future__ import annotations

import argparse
import sys

from soplab.engine.items import BankError

from .canvas import canvas_grades, write_canvas_csv
from .course import CourseError, find_course, read_config, read_roster
from .gradebook import GradebookError, assignment_scores, read_gradebook
from .privacy import MIN_GROUP


def _fail(message: str) -> int:
    print(f"soplab: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return 2


def run_report(args: argparse.Namespace) -> int:
    """Run ``soplab report``; returns the exit status."""
    from .data import load_course_data
    from .report import write_report

    quiet = bool(getattr(args, "quiet", False))

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    if getattr(args, "min_group", MIN_GROUP) < 1:
        return _fail("--min-group: must be 1 or more")
    try:
        data = load_course_data(args.course, args.db, progress=not quiet, say=say)
        result = write_report(data, args.out, names=args.names,
                              min_group=getattr(args, "min_group", MIN_GROUP), say=say)
    except BankError as exc:
        first = exc.problems[0] if exc.problems else exc
        more = f" (and {len(exc.problems) - 1} more problems)" if len(exc.problems) > 1 else ""
        return _fail(f"{first}{more}")
    except (CourseError, GradebookError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or args.out}: {exc.strerror}; choose a folder you can "
                     "write to with --out")
    print(result.index)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Run ``soplab export``; returns the exit status."""
    try:
        root = find_course(args.course)
        config = read_config(root, args.db)
        scores = assignment_scores(read_gradebook(config.db_url, config.course_id))
        table = canvas_grades(scores, read_roster(root),
                              missing_as_zero=getattr(args, "missing_zero", False))
        path = write_canvas_csv(table, args.out)
    except (CourseError, GradebookError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or args.out}: {exc.strerror}; choose a file you can "
                     "write with --out")
    print(f"wrote {len(table) - 1 if len(table) else 0} learners to {path} (real ids: for "
          "the LMS only)", file=sys.stderr)
    return 0
