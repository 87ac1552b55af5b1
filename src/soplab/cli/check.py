"""``soplab check``: the command line of the course checker (argparse only)."""

from __future__ import annotations

import argparse
import json
import sys

from .common import add_course, course_folder

__all__ = ["CHECK_NAMES", "register", "run"]

#: The checks ``--only`` accepts, for the help text (the same as
#: ``soplab.course.check.CHECKS``, which a test keeps equal; the checker is imported only
#: when the command runs).
CHECK_NAMES = ("banks", "flaws", "testwise", "cast", "coverage", "notebooks", "text", "release")


def run(args: argparse.Namespace) -> int:
    from soplab.course.check import CHECKS, ConfigError, check_course, load_config

    root = course_folder(args)
    try:
        config = load_config(root, args.config)
    except ConfigError as exc:
        print(f"soplab check: {exc}", file=sys.stderr)
        return 2
    if args.max_grade is not None:
        from dataclasses import replace

        config = replace(config, max_reading_grade=args.max_grade)
    only = args.only.split(",") if args.only else None
    unknown = [c for c in only or [] if c not in CHECKS]
    if unknown:
        print(f"soplab check: unknown check '{unknown[0]}'; choose from {', '.join(CHECKS)}",
              file=sys.stderr)
        return 2

    def progress(line: str) -> None:
        if not args.json:
            print(f"soplab check: {line}", file=sys.stderr, flush=True)

    report = check_course(root, config=config, release=not args.no_release, only=only,
                          progress=progress)
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(report.text(notes=not args.no_notes))
    failed = report.failed(strict=args.strict)
    if failed and not args.json:
        why = "errors" if report.errors else "warnings (--strict)"
        print(f"The course has {why} to fix before it can land.", file=sys.stderr)
    return 1 if failed else 0


def register(sub) -> None:
    p = sub.add_parser(
        "check", help="check the whole course: banks, coverage, notebooks, text, release",
        description="Check the course before it lands: item banks, learning-objective "
                    "coverage, notebooks, learner-facing text and whether release/ equals a "
                    "fresh build. Prints every problem with its file, place and what to do. "
                    "Exits 1 when there is an error (or, with --strict, a warning).")
    add_course(p)
    p.add_argument("--no-release", action="store_true",
                   help="skip the slow comparison of release/ with a fresh build")
    p.add_argument("--strict", action="store_true", help="warnings fail the check too")
    p.add_argument("--only", metavar="CHECKS",
                   help=f"run only these checks, separated by commas ({', '.join(CHECK_NAMES)})")
    p.add_argument("--max-grade", type=float, metavar="GRADE",
                   help="reading level (Flesch-Kincaid grade) above which a notebook is "
                        "flagged (default 12, or the settings file)")
    p.add_argument("--config", metavar="FILE",
                   help="settings file (TOML); default: [tool.soplab.check] in the course's "
                        "pyproject.toml, if any")
    p.add_argument("--no-notes", action="store_true",
                   help="print only errors and warnings")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.set_defaults(func=run)
