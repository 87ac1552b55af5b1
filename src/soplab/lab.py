"""``make lab``: open the course for a learner in JupyterLab.

The learner works in ``workspace/`` (a copy of ``release/``), so the committed
release stays clean. Assignments already in the workspace are never
overwritten: new assignments are added, existing work is kept.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from .paths import repo_root


def prepare_workspace(release: Path, workspace: Path) -> list[str]:
    """Copy assignments that the workspace does not have yet; return their names."""
    workspace.mkdir(parents=True, exist_ok=True)
    added = []
    for folder in sorted(p for p in release.iterdir() if p.is_dir()):
        target = workspace / folder.name
        if not target.exists():
            shutil.copytree(folder, target)
            added.append(folder.name)
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m soplab.lab", description=__doc__)
    parser.add_argument("--workspace", type=Path, default=repo_root() / "workspace",
                        help="learner folder (default: workspace/ in the checkout)")
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser")
    args = parser.parse_args(argv)
    release = repo_root() / "release"
    if not release.is_dir():
        print(f"soplab lab: {release}: no release folder; run 'make build' first",
              file=sys.stderr)
        return 1
    added = prepare_workspace(release, args.workspace)
    if added:
        print(f"Copied {len(added)} assignment(s) into {args.workspace}")
    first = "00-orientation/00-orientation.ipynb"
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={args.workspace}"]
    if (args.workspace / first).exists():
        command.append(f"--LabApp.default_url=/lab/tree/{first}")
    if args.no_browser:
        command.append("--no-browser")
    print("Opening JupyterLab. Stop it with Ctrl+C in this window.")
    return subprocess.call(command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
