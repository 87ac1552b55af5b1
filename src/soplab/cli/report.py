"""``soplab report`` and ``soplab export`` (argparse only).

The cohort analytics (pandas, matplotlib) are imported when the command runs;
:func:`run_report` and :func:`run_export` call the library and turn its errors into
one-line messages and exit codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_db

__all__ = [
    "EXPORT_HELP", "MIN_GROUP", "REPORT_HELP", "add_export_arguments", "add_report_arguments",
    "register_export", "register_report", "run_export", "run_report",
]

REPORT_HELP = "write the cohort report (index.html and CSV files) into a folder"
EXPORT_HELP = "write grades as a CSV file for Canvas import"

#: The smallest group the report shows on its own, by default (the same as
#: ``soplab.cohort.analytics.privacy.MIN_GROUP``, which a test keeps equal).
MIN_GROUP = 5

_REPORT_EPILOG = """\
Writes DIR/index.html (self-contained page for trainers, opening with the next
steps: hand grading waiting, feedback ready, keys to check, learners to call),
DIR/item_analysis.csv and DIR/mastery.csv. Learners appear as pseudonyms unless
--names is given; groups under 5 learners are not shown. The grades for Canvas
carry REAL learner ids and names because the LMS needs them, so they are NOT in
DIR: they go to lms-export/canvas_grades.csv beside DIR (keep that folder out of
shared places; soplab export writes the same file where you say).
"""

_EXPORT_EPILOG = """\
The file carries REAL learner names and ids (Student, ID, SIS User ID, SIS Login
ID, Section), because Canvas matches grades to people by them: it is for the LMS
only. Work not submitted, or still waiting for manual grading, is left blank so
that Canvas keeps its current grade (use --missing-zero to write 0 for work not
submitted).

So that Canvas UPDATES its assignments instead of creating new ones, give the
Canvas ids: keep lms/canvas-assignments.csv in the course (assignment,canvas_id;
used by itself when present) or pass --canvas-map, and/or pass --canvas-gradebook
with a gradebook exported from Canvas (Grades > Export). Columns are then
"Title (id)", only mapped assignments are written, and learners are matched by
the Canvas IDs. Work listed in lms/excused.csv (learner,assignment) is "EX".
"""


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", metavar="DIR", type=Path, default=None,
                        help="course folder (holds nbgrader_config.py); default: found from "
                             "the current folder or $SOPLAB_COURSE_ROOT")
    add_db(parser)


def add_report_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``report`` options to ``parser`` (a sub-command parser)."""
    parser.description = REPORT_HELP
    parser.epilog = _REPORT_EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    _add_common(parser)
    parser.add_argument("--out", metavar="DIR", type=Path, required=True,
                        help="folder to write the report into (created if needed)")
    parser.add_argument("--names", action="store_true",
                        help="show learners' names instead of pseudonyms (do not share the "
                             "result)")
    parser.add_argument("--min-group", metavar="N", type=int, default=MIN_GROUP,
                        help=f"smallest group shown on its own (default {MIN_GROUP}; "
                             "smaller groups are suppressed)")
    parser.add_argument("--quiet", action="store_true", help="no progress messages")
    return parser


def add_export_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``export`` options to ``parser`` (a sub-command parser)."""
    parser.description = EXPORT_HELP + " (real ids: for the LMS only)"
    parser.epilog = _EXPORT_EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    _add_common(parser)
    parser.add_argument("--out", metavar="FILE", type=Path, required=True,
                        help="CSV file to write, e.g. canvas_grades.csv")
    parser.add_argument("--missing-zero", action="store_true",
                        help="write 0 for work not submitted instead of leaving it blank")
    parser.add_argument("--canvas-map", metavar="CSV", type=Path, default=None,
                        help="assignment,canvas_id map (default: lms/canvas-assignments.csv "
                             "in the course, when present)")
    parser.add_argument("--canvas-gradebook", metavar="CSV", type=Path, default=None,
                        help="a gradebook exported from Canvas: take assignment ids, points "
                             "and the learners' Canvas IDs from it")
    return parser


def _fail(message: str) -> int:
    print(f"soplab: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return 2


def run_report(args: argparse.Namespace) -> int:
    """Run ``soplab report``; returns the exit status."""
    from soplab.cohort.analytics import (
        CourseError,
        GradebookError,
        load_course_data,
        write_report,
    )
    from soplab.engine.items import BankError

    quiet = bool(getattr(args, "quiet", False))

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    if getattr(args, "min_group", MIN_GROUP) < 1:
        return _fail("--min-group: must be 1 or more")
    try:
        data = load_course_data(args.course, args.db, progress=not quiet and sys.stderr.isatty(),
                                 say=say)
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
    from soplab.cohort.analytics import (
        CanvasMapError,
        CourseError,
        GradebookError,
        assignment_scores,
        course_canvas_table,
        find_course,
        read_config,
        read_gradebook,
        read_roster,
        write_canvas_csv,
    )
    try:
        root = find_course(args.course)
        config = read_config(root, args.db)
        scores = assignment_scores(read_gradebook(config.db_url, config.course_id))
        table = course_canvas_table(root, scores, read_roster(root),
                                    canvas_map=getattr(args, "canvas_map", None),
                                    canvas_gradebook=getattr(args, "canvas_gradebook", None),
                                    missing_as_zero=getattr(args, "missing_zero", False),
                                    db_url=config.db_url, course=config.course_id)
        path = write_canvas_csv(table, args.out)
    except CanvasMapError as exc:
        more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        return _fail(f"{exc.problems[0]}{more}; nothing written")
    except (CourseError, GradebookError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or args.out}: {exc.strerror}; choose a file you can "
                     "write with --out")
    for note in table.attrs.get("notes", []):
        print(f"soplab: note: {note}", file=sys.stderr)
    print(f"wrote {len(table) - 1 if len(table) else 0} learners to {path} (real ids: for "
          "the LMS only)", file=sys.stderr)
    return 0


def register_report(sub) -> None:
    p = sub.add_parser("report", help="cohort report: mastery, item quality, misconceptions")
    add_report_arguments(p)
    p.set_defaults(func=run_report)


def register_export(sub) -> None:
    p = sub.add_parser("export", help="grades as a CSV that Canvas imports")
    add_export_arguments(p)
    p.set_defaults(func=run_export)
