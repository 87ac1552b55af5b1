"""The ``soplab`` command: the command table and main.

Each subcommand's options live in a thin module of this package that imports
only the standard library (argparse) at import time; the course tools a
subcommand runs (nbgrader, pandas, the coach, ...) are imported when it runs.
So ``soplab --help`` and every ``soplab COMMAND --help`` start at once, and
``tests/test_cli_speed.py`` keeps it that way.
"""

from __future__ import annotations

import argparse
import importlib
import sys

__all__ = ["COMMANDS", "main", "make_parser"]

#: Subcommands, in the order ``soplab --help`` lists them: name -> "module:function"
#: that adds the subparser. Each function receives the subparsers object and calls
#: ``set_defaults(func=...)`` where ``func(args) -> int``.
COMMANDS: dict[str, str] = {
    "build": "soplab.cli.build:register",
    "coach": "soplab.cli.coach:register",
    "report": "soplab.cli.report:register_report",
    "export": "soplab.cli.report:register_export",
    "lms": "soplab.cli.lms:register",
    "extend": "soplab.cli.extend:register",
    "check": "soplab.cli.check:register",
    "roster": "soplab.cli.roster:register",
    "release": "soplab.cli.exchange:register_release",
    "collect": "soplab.cli.exchange:register_collect",
    "simulate": "soplab.cli.simulate:register",
    "autograde": "soplab.cli.autograde:register",
    "review": "soplab.cli.review:register",
    "feedback": "soplab.cli.feedback:register",
    "demo": "soplab.cli.demo:register",
    "lab": "soplab.cli.lab:register",
}


def make_parser() -> argparse.ArgumentParser:
    """The whole ``soplab`` parser (every subcommand with all its options)."""
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
