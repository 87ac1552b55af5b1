"""The ``soplab`` command: course building and instructor tools."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from .paths import course_root


def _root(args: argparse.Namespace) -> Path:
    root = course_root(args.course) if args.course else course_root()
    if root is None:
        where = args.course or Path.cwd()
        raise SystemExit(f"soplab: error: {where}: not a course folder (it needs "
                         "nbgrader_config.py and data/items); use --course DIR")
    return root


def _add_course(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", metavar="DIR",
                        help="course folder (default: the folder you are in, or a parent)")


def _build(args: argparse.Namespace) -> int:
    from .build import BuildError, build
    from .items import BankError

    root = _root(args)
    try:
        built = build(root, args.assignment or None, use_db=not args.no_db,
                      progress=lambda line: print(line, file=sys.stderr))
    except (BuildError, BankError) as exc:
        print(f"soplab build: {exc}", file=sys.stderr)
        return 1
    print(f"Built {len(built)} assignment(s) into {root / 'release'}")
    return 0


def _register_build(sub) -> None:
    p = sub.add_parser("build", help="regenerate release/ from source/ with nbgrader",
                       description="Regenerate the learner versions in release/ from the "
                                   "instructor notebooks in source/, with nbgrader.")
    _add_course(p)
    p.add_argument("assignment", nargs="*", help="assignments to build (default: all)")
    p.add_argument("--no-db", action="store_true",
                   help="do not record the assignments in the gradebook")
    p.set_defaults(func=_build)


def _register_coach(sub) -> None:
    from .coach import cli as coach_cli

    p = sub.add_parser("coach", help="feedback on a harm or danger statement, goal, plan step "
                       "or question", description="Read a statement or question the way the "
                       "course's coach does and explain what is there and what is missing.")
    coach_cli.add_arguments(p)
    p.set_defaults(func=coach_cli.run)


def _register_report(sub) -> None:
    from .analytics import cli as analytics_cli

    p = sub.add_parser("report", help="cohort report: mastery, item quality, misconceptions")
    analytics_cli.add_report_arguments(p)
    p.set_defaults(func=analytics_cli.run_report)


def _register_export(sub) -> None:
    from .analytics import cli as analytics_cli

    p = sub.add_parser("export", help="grades as a CSV that Canvas imports")
    analytics_cli.add_export_arguments(p)
    p.set_defaults(func=analytics_cli.run_export)


#: Subcommands: name -> "module:function" that adds the subparser. Each
#: function receives the subparsers object and calls ``set_defaults(func=...)``
#: where ``func(args) -> int``. Modules are imported only when needed.
COMMANDS: dict[str, str] = {
    "build": "soplab.cli:_register_build",
    "coach": "soplab.cli:_register_coach",
    "report": "soplab.cli:_register_report",
    "export": "soplab.cli:_register_export",
    "check": "soplab.check.cli:register",
    "roster": "soplab.roster:register",
    "release": "soplab.exchange:register_release",
    "collect": "soplab.exchange:register_collect",
    "simulate": "soplab.simulate:register",
    "autograde": "soplab.autograde.cli:register",
    "feedback": "soplab.feedback.cli:register",
    "demo": "soplab.demo:register",
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="soplab",
        description="Tools for the course 'Best Practices for ER: A Safety Organized "
                    "Practice Perspective'.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for target in COMMANDS.values():
        module_name, func_name = target.split(":")
        getattr(importlib.import_module(module_name), func_name)(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
