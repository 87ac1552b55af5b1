"""``soplab review``: the command line (argparse only)."""

from __future__ import annotations

import argparse
import sys

from .common import add_course, add_db, course_folder

__all__ = ["register", "run"]


def _line_reader(stream):
    """``ask`` for a non-terminal input: one reply per line, None at the end."""
    def ask(prompt: str) -> str | None:
        print(prompt, end="", flush=True)
        line = stream.readline()
        if not line:
            print()
            return None
        print(line.rstrip("\n"))
        return line.rstrip("\r\n")
    return ask


def _terminal_ask(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        print()
        return None


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.review import RubricError, describe_queue, open_queue, review_assignment
    from soplab.engine.items import BankError

    root = course_folder(args)
    if not (root / "source" / args.assignment).is_dir():
        print(f"soplab review: source/{args.assignment}: no such assignment", file=sys.stderr)
        return 1
    try:
        queue = open_queue(root, args.assignment, db_url=args.db,
                           students=args.student or None)
    except BankError as exc:
        print(f"soplab review: the item banks cannot be read: {exc.problems[0]}",
              file=sys.stderr)
        return 1
    except RubricError as exc:
        print(f"soplab review: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a gradebook that cannot be opened: one line
        print(f"soplab review: the gradebook cannot be read: {str(exc).splitlines()[0]}",
              file=sys.stderr)
        return 1
    for line in describe_queue(queue):
        print(line)
    if args.list or not queue.groups:
        return 0
    ask = _terminal_ask if sys.stdin.isatty() else _line_reader(sys.stdin)
    result = review_assignment(queue, ask=ask, say=print)
    print(f"\n{args.assignment}: {result.saved} part(s) graded and saved to the gradebook; "
          f"{result.left} still wait" + (" (stopped)" if result.stopped else "") + ".")
    if result.saved:
        print(f"Write the feedback pages again: soplab feedback {args.assignment}")
    return 2 if result.failed else 0


def register(sub) -> None:
    p = sub.add_parser(
        "review", help="grade the writing answers the coach is not sure of",
        description="Go through the review queue of an assignment in the terminal: the "
                    "graded writing answers that autograde did not make final (the coach "
                    "was not sure, or found harmful practice or the wrong kind of "
                    "statement). Answers are grouped by question and finding, similar "
                    "answers together, and shown without the learner's name, with the "
                    "rubric line, the coach's reading and a suggested score. Press Enter "
                    "to accept the suggestion, or type your score, then an optional "
                    "comment for the learner; each decision is saved at once to "
                    "nbgrader's gradebook (manual score and comment). Replies are read "
                    "line by line from standard input when it is not a terminal. Exit "
                    "status 2 means some decisions could not be saved.")
    add_course(p)
    p.add_argument("assignment", help="assignment name, e.g. 04-goals-and-plans")
    add_db(p)
    p.add_argument("--student", action="append", metavar="ID",
                   help="only this learner's answers (repeatable)")
    p.add_argument("--list", action="store_true",
                   help="only say how much waits, group by group, and stop")
    p.set_defaults(func=run)
