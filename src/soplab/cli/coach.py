"""``soplab coach [--json] [--expect KIND] TEXT...``: feedback on one statement.

TEXT may be ``-`` to read from standard input. Empty text is an error (exit 2).
Argparse only: the coach is imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["EXPECT_KINDS", "add_arguments", "main", "register", "run"]

#: The kinds ``--expect`` accepts: every kind of ``soplab.coach.KINDS`` but "other"
#: (a test keeps the two equal; the coach is imported only when the command runs).
EXPECT_KINDS = ("harm", "danger", "goal", "plan", "question")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the coach's options to ``parser``."""
    parser.add_argument("text", nargs="+", metavar="TEXT",
                        help="the statement or question to look at ('-' reads standard input)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object instead of readable feedback")
    parser.add_argument("--expect", choices=list(EXPECT_KINDS), default=None,
                        metavar="KIND",
                        help="check against this kind's checklist: "
                             "harm, danger, goal, plan, question")


def run(args: argparse.Namespace) -> int:
    """Print feedback for ``args.text``; return the exit status."""
    parts = list(args.text)
    text = sys.stdin.read() if parts == ["-"] else " ".join(parts)
    if not text.strip():
        print("soplab coach: the text is empty; write a statement or a question.", file=sys.stderr)
        return 2
    from soplab.coach import analyse, assess

    result = analyse(text, expected_kind=args.expect)
    graded = assess(text, args.expect) if args.expect else None
    if args.json:
        data = result.to_dict()
        if graded is not None:
            data["assessment"] = {"score": graded.score, "confidence": graded.confidence,
                                  "needs_review": graded.needs_review,
                                  "reasons": list(graded.reasons)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(result)
        if graded is not None:
            who = ("a person should check it" if graded.needs_review
                   else "the coach is sure of it")
            print(f"\nAutomatic score if graded: {graded.score:.2f} of 1 ({who}).")
    return 0


def register(sub) -> None:
    p = sub.add_parser("coach", help="feedback on a harm or danger statement, goal, plan step "
                       "or question", description="Read a statement or question the way the "
                       "course's coach does and explain what is there and what is missing.")
    add_arguments(p)
    p.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
    """``python -m soplab.coach TEXT...`` (the same as ``soplab coach TEXT...``)."""
    parser = argparse.ArgumentParser(prog="soplab coach",
                                     description="Feedback on a harm or danger statement, a safety "
                                                 "goal, a safety plan step or a question.")
    add_arguments(parser)
    return run(parser.parse_args(argv))
