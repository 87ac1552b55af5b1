"""``soplab lab``: open the course for a learner in JupyterLab (argparse only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from soplab._core.paths import repo_root

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    from soplab.course.lab import open_lab

    return open_lab(args.workspace, open_browser=not args.no_browser, extra=args.lab_args)


def register(sub) -> None:
    p = sub.add_parser(
        "lab", help="open the course for a learner in JupyterLab",
        description="Open the course for a learner in JupyterLab: new assignments are "
                    "copied into the workspace (work already there is kept), and the "
                    "learner's configuration is used (no instructor tools).",
        epilog="Options after -- go to jupyter lab unchanged, e.g. -- --ip=0.0.0.0")
    p.add_argument("--workspace", type=Path, default=repo_root() / "workspace",
                   help="learner folder (default: workspace/ in the checkout)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument("lab_args", nargs="*", metavar="-- JUPYTER-LAB-OPTION",
                   help="passed to jupyter lab, e.g. -- --ip=0.0.0.0")
    p.set_defaults(func=run)
