"""``soplab simulate``: a synthetic cohort's submissions (argparse only)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from .common import add_course, course_folder

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab.cohort.roster import write_roster
    from soplab.cohort.simulate import simulate
    from soplab.course.build import assignments as all_assignments
    from soplab.engine.items import BankError

    root = course_folder(args)
    names = args.assignment or all_assignments(root)
    unknown = [a for a in names if not (root / "release" / a).is_dir()]
    if unknown:
        print(f"soplab simulate: release/{unknown[0]}: not built (run soplab build first)",
              file=sys.stderr)
        return 1
    if args.learners < 1:
        print("soplab simulate: --learners must be at least 1", file=sys.stderr)
        return 1
    due = None
    if args.due:
        try:
            due = datetime.fromisoformat(args.due)
        except ValueError:
            print(f"soplab simulate: --due: '{args.due}' is not a date like 2026-01-15T17:00",
                  file=sys.stderr)
            return 1
        if due.tzinfo is None:
            due = due.replace(tzinfo=UTC)
    try:
        sim = simulate(root, names, args.learners, args.seed, due=due, out=args.out,
                       progress=lambda line: print(line, file=sys.stderr))
    except BankError as exc:
        print(f"soplab simulate: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    if args.roster:
        write_roster([p.as_roster() for p in sim.learners], args.roster)
    for name in names:
        print(f"{name}: {len(sim.submitted[name])} submitted, {len(sim.missing[name])} "
              f"missing, {len(sim.late[name])} late")
    return 0


def register(sub) -> None:
    p = sub.add_parser("simulate", help="write submissions of a synthetic cohort",
                       description="Make up a cohort (seeded) and write their submissions "
                                   "as submitted/<learner>/<assignment>/, as nbgrader collect "
                                   "would. For demos, tests and benchmarks only.")
    add_course(p)
    p.add_argument("assignment", nargs="*", help="assignments (default: all built)")
    p.add_argument("--learners", "-n", type=int, default=30, help="cohort size (default 30)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--due", metavar="DATE", help="due date of the first assignment, ISO "
                   "format (later ones a week apart); late work is stamped after it")
    p.add_argument("--out", metavar="DIR", help="where to write (default: submitted/)")
    p.add_argument("--roster", metavar="CSV", help="also write the cohort's roster here")
    p.set_defaults(func=run)
