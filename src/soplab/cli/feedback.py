"""``soplab feedback``: the command line (argparse only)."""

from __future__ import annotations

import argparse
import sys

from .common import add_course, add_db, course_folder

__all__ = ["REVIEW_LEVELS", "register", "run"]

#: The review settings ``--review`` accepts (the same as
#: ``soplab.cohort.feedback.REVIEW_LEVELS``, which a test keeps equal; the feedback pages are
#: imported only when the command runs).
REVIEW_LEVELS = ("hidden", "answers", "explanations")


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.feedback import generate_feedback
    from soplab.engine.items import BankError

    root = course_folder(args)
    failed = False
    for name in args.assignment:
        if not (root / "autograded").is_dir() or not any(
                (root / "autograded").glob(f"*/{name}")):
            print(f"soplab feedback: {name}: nothing autograded yet (run soplab autograde "
                  f"{name} first)", file=sys.stderr)
            return 1
        try:
            report = generate_feedback(root, name, db_url=args.db, review=args.review,
                                       students=args.student or None)
        except BankError as exc:
            print(f"soplab feedback: the item banks cannot be read: {exc.problems[0]}",
                  file=sys.stderr)
            return 1
        print(f"{name}: {len(report.pages)} feedback page(s) in {root / 'feedback'}")
        for problem in report.problems:
            print(f"  {problem}")
        failed |= bool(report.problems)
        if args.release:
            from soplab.cohort.exchange import ExchangeFailed, exchange_root_of, release_feedback

            where = exchange_root_of(root, args.exchange)
            if where is None:
                print("soplab feedback: no exchange folder: pass --exchange DIR or set "
                      "c.Exchange.root in nbgrader_config.py", file=sys.stderr)
                return 1
            notes: list[str] = []
            try:
                release_feedback(root, name, where, db_url=args.db, notes=notes)
            except ExchangeFailed as exc:
                print(f"soplab feedback: {exc}", file=sys.stderr)
                return 1
            print(f"{name}: feedback released; learners get it with Fetch Feedback")
            for note in notes:
                print(f"  {note}")
            failed |= bool(notes)
    return 2 if failed else 0


def register(sub) -> None:
    p = sub.add_parser("feedback", help="write each learner's feedback page",
                       description="Write feedback/<learner>/<assignment>/<notebook>.html for "
                                   "every graded learner: each graded question right or not "
                                   "with the learner's answer, points, hand-graded parts as "
                                   "waiting or with the instructor's comment, and the "
                                   "objectives to revisit. No code, no keys (unless --review "
                                   "says so). nbgrader release_feedback returns the pages. "
                                   "Exit status 2 means some pages could not be written.")
    add_course(p)
    p.add_argument("assignment", nargs="+", help="assignment name(s)")
    add_db(p)
    p.add_argument("--student", action="append", metavar="ID",
                   help="only this learner (repeatable)")
    p.add_argument("--release", action="store_true",
                   help="also release the pages through nbgrader's exchange (as "
                        "formgrader's Release feedback button does)")
    p.add_argument("--exchange", metavar="DIR",
                   help="nbgrader exchange folder for --release (default: c.Exchange.root)")
    p.add_argument("--review", choices=REVIEW_LEVELS, default=None,
                   help="for graded questions: hidden (default, from "
                        "c.FeedbackSettings.graded_review), answers or explanations")
    p.set_defaults(func=run)
