"""Arguments that several subcommands share, and finding the course they act on."""

from __future__ import annotations

import argparse
from pathlib import Path

from soplab._core.paths import course_root

__all__ = ["add_course", "course_folder"]


def add_course(parser: argparse.ArgumentParser) -> None:
    """The ``--course DIR`` option."""
    parser.add_argument("--course", metavar="DIR",
                        help="course folder (default: the folder you are in, or a parent)")


def course_folder(args: argparse.Namespace) -> Path:
    """The course root named by ``--course`` (or found from the current folder);
    stops the command with a one-line reason when there is none."""
    root = course_root(args.course) if args.course else course_root()
    if root is None:
        where = args.course or Path.cwd()
        raise SystemExit(f"soplab: error: {where}: not a course folder (it needs "
                         "nbgrader_config.py and data/items); use --course DIR")
    return root
