"""``soplab coach [--json] [--expect KIND] TEXT...``: feedback on one statement.

TEXT may be ``-`` to read from standard input. Empty text is an error (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys

from soplab.coach.analyse import analyse
from soplab.coach.result import KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the coach's options to ``parser``."""
    parser.add_argument("text", nargs="+", metavar="TEXT",
                        help="the statement or question to look at ('-' reads standard input)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object instead of readable feedback")
    parser.add_argument("--expect", choices=[k for k in KINDS if k != "other"], default=None,
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
    result = analyse(text, expected_kind=args.expect)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(result)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soplab coach",
                                     description="Feedback on a harm or danger statement, a safety "
                                                 "goal, a safety plan step or a question.")
    add_arguments(parser)
    return run(parser.parse_args(argv))
