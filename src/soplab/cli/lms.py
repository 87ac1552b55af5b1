"""``soplab lms``: grades back to the LMS with LTI Advantage, and the tool's key
(argparse only; the work is in :mod:`soplab.cohort.lms`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .common import add_db

__all__ = ["register", "run_jwks", "run_keygen", "run_push"]

_EPILOG = """\
push: sends each learner's score for ASSIGNMENT to the LMS's gradebook (LTI
Advantage Assignment and Grade Services). One line item per assignment is made
the first time; later pushes send only scores that changed. Work still waiting
for hand grading goes as "PendingManual" with the score so far; graded work as
"FullyGraded". The course's lms/lti.toml says which LMS (deploy/README.md,
"LTI 1.3"). Nothing is sent when a learner with work to report has no LMS id.

keygen: makes the tool's RSA key (the LMS checks the tool's signatures with its
public half, served by the hub as a JWKS). jwks: prints that public JWKS.
"""


def _fail(message: str) -> int:
    print(f"soplab lms: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return 2


def run_push(args: argparse.Namespace) -> int:
    from soplab.cohort.analytics import CanvasMapError, CourseError, GradebookError, find_course
    from soplab.cohort.lms.ags import PlatformError
    from soplab.cohort.lms.config import LtiConfigError
    from soplab.cohort.lms.keys import ToolKeyError
    from soplab.cohort.lms.push import PushError, push_assignment
    try:
        root = find_course(args.course)
        report = push_assignment(root, args.assignment, db_url=args.db, dry_run=args.dry_run)
    except (CourseError, GradebookError, CanvasMapError, LtiConfigError, ToolKeyError,
            PushError, PlatformError) as exc:
        return _fail(str(exc))
    for learner, why in sorted(report.skipped.items()):
        print(f"  {learner}: {why}; nothing sent", file=sys.stderr)
    prefix = "(dry run, nothing sent) " if args.dry_run else ""
    print(prefix + report.summary())
    return 0


def run_keygen(args: argparse.Namespace) -> int:
    from soplab.cohort.lms.keys import ToolKeyError, generate_key
    try:
        path = generate_key(args.out)
    except (ToolKeyError, OSError) as exc:
        return _fail(str(exc))
    print(f"wrote the tool's private key to {path} (mode 0600; keep it secret and backed up)")
    return 0


def run_jwks(args: argparse.Namespace) -> int:
    from soplab.cohort.lms.keys import ToolKeyError, jwks, load_private_key
    try:
        print(json.dumps(jwks(load_private_key(args.key), args.key_id), indent=2))
    except ToolKeyError as exc:
        return _fail(str(exc))
    return 0


def register(sub) -> None:
    p = sub.add_parser("lms", help="grades back to the LMS (LTI 1.3 Advantage), tool key",
                       description="Grades back to the LMS with LTI Advantage, and the tool's "
                                   "key.", epilog=_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    push = actions.add_parser("push", help="send an assignment's scores to the LMS")
    push.add_argument("assignment", help="assignment folder name, e.g. 01-sop-foundations")
    push.add_argument("--course", metavar="DIR", type=Path, default=None,
                      help="course folder (default: found from the current folder)")
    add_db(push)
    push.add_argument("--dry-run", action="store_true",
                      help="say what would be sent, send no score")
    push.set_defaults(func=run_push)
    keygen = actions.add_parser("keygen", help="make the tool's RSA key (never overwrites)")
    keygen.add_argument("--out", metavar="FILE", type=Path, required=True,
                        help="where to write the private key, e.g. /srv/soplab/lti/tool-key.pem")
    keygen.set_defaults(func=run_keygen)
    show = actions.add_parser("jwks", help="print the tool's public key set (JWKS)")
    show.add_argument("--key", metavar="FILE", type=Path, required=True,
                      help="the tool's private key")
    show.add_argument("--key-id", metavar="KID", required=True,
                      help="the key id (key_id in lms/lti.toml)")
    show.set_defaults(func=run_jwks)
