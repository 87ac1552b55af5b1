"""Arguments that several subcommands share, and finding the course they act on."""

from __future__ import annotations

import argparse
from pathlib import Path

from soplab._core.paths import course_root

__all__ = ["add_course", "add_db", "course_folder"]


def add_course(parser: argparse.ArgumentParser) -> None:
    """The ``--course DIR`` option."""
    parser.add_argument("--course", metavar="DIR",
                        help="course folder (default: the folder you are in, or a parent)")


def add_db(parser: argparse.ArgumentParser) -> None:
    """The ``--db URL`` option: which gradebook to use."""
    parser.add_argument("--db", metavar="URL", default=None,
                        help="gradebook database URL (default: c.CourseDirectory.db_url in "
                             "nbgrader_config.py, else sqlite:///<course>/gradebook.db); any "
                             "SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db")


def course_folder(args: argparse.Namespace) -> Path:
    """The course root named by ``--course`` (or found from the current folder);
    stops the command with a one-line reason when there is none."""
    root = course_root(args.course) if args.course else course_root()
    if root is None:
        where = args.course or Path.cwd()
        raise SystemExit(f"soplab: error: {where}: not a course folder (it needs "
                         "nbgrader_config.py and data/items); use --course DIR")
    return root
