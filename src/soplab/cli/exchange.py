"""``soplab release`` and ``soplab collect``: nbgrader's exchange (argparse only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_course, add_db, course_folder

__all__ = ["register_collect", "register_release"]


def _exchange_root(args: argparse.Namespace, root: Path) -> Path:
    from soplab.cohort.exchange import exchange_root_of

    found = exchange_root_of(root, args.exchange)
    if found is not None:
        return found
    raise SystemExit("soplab: error: no exchange folder: pass --exchange DIR or set "
                     "c.Exchange.root in nbgrader_config.py")


def _release(args: argparse.Namespace) -> int:
    from soplab.cohort.exchange import ExchangeFailed, release

    root = course_folder(args)
    ex_root = _exchange_root(args, root)
    try:
        for name in args.assignment:
            print(f"releasing {name}", file=sys.stderr)
            release(root, name, ex_root, db_url=args.db)
    except ExchangeFailed as exc:
        print(f"soplab release: {exc}", file=sys.stderr)
        return 1
    return 0


def _collect(args: argparse.Namespace) -> int:
    from soplab.cohort.exchange import ExchangeFailed, collect

    root = course_folder(args)
    ex_root = _exchange_root(args, root)
    try:
        for name in args.assignment:
            notes: list[str] = []
            got = collect(root, name, ex_root, db_url=args.db, check_owner=args.check_owner,
                          notes=notes)
            print(f"{name}: {len(got)} submission(s) in {root / 'submitted'}")
            for note in notes:
                print(f"  note {note}")
    except ExchangeFailed as exc:
        print(f"soplab collect: {exc}", file=sys.stderr)
        return 1
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    add_course(p)
    p.add_argument("assignment", nargs="+", help="assignment name(s), e.g. 00-orientation")
    p.add_argument("--exchange", metavar="DIR",
                   help="nbgrader exchange folder (default: c.Exchange.root of the course)")
    add_db(p)


def register_release(sub) -> None:
    p = sub.add_parser("release", help="release assignments to learners through the exchange",
                       description="Copy release/<assignment> into nbgrader's exchange so "
                                   "learners can fetch it.")
    _common(p)
    p.set_defaults(func=_release)


def register_collect(sub) -> None:
    p = sub.add_parser("collect", help="collect submissions from the exchange",
                       description="Copy each learner's newest submission from nbgrader's "
                                   "exchange into submitted/<learner>/<assignment>/: the "
                                   "notebook and answers/<set>.json only, as plain files; "
                                   "links are never followed and anything else is left behind "
                                   "and listed.")
    _common(p)
    p.add_argument("--no-check-owner", dest="check_owner", action="store_false",
                   help="collect a submission even when its folder belongs to another "
                        "system account than the learner it names (by default such a "
                        "submission is refused and listed)")
    p.set_defaults(func=_collect)
