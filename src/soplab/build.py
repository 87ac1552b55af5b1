"""Generate learner versions (``release/``) of every assignment with nbgrader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .content import shown_sets, write_learner_content
from .items import load_bank
from .paths import tool_env


class BuildError(RuntimeError):
    """nbgrader could not generate an assignment; the message says which and why."""


@dataclass(frozen=True)
class Built:
    assignment: str
    folder: Path


def assignments(root: Path) -> list[str]:
    """Assignment folders under ``source/``, in teaching order."""
    return sorted(p.name for p in (root / "source").iterdir()
                  if p.is_dir() and any(p.glob("*.ipynb")))


def nbgrader_command(*args: str) -> list[str]:
    """The nbgrader command line of this Python environment."""
    return [sys.executable, "-m", "nbgrader", *args]


def build(root: Path | str, only: list[str] | None = None, *, use_db: bool = True,
          progress=print) -> list[Built]:
    """Regenerate ``release/<assignment>/`` for each assignment and add its
    learner-safe ``exercises.json``.

    ``use_db=False`` leaves the gradebook alone (for checking the committed release).
    """
    root = Path(root).resolve()
    bank = load_bank(root)
    names = assignments(root)
    if only:
        unknown = [a for a in only if a not in names]
        if unknown:
            raise BuildError(f"source/{unknown[0]}: no such assignment; choose from "
                             f"{', '.join(names)}")
        names = [a for a in names if a in only]
    built = []
    for number, name in enumerate(names, start=1):
        progress(f"[{number}/{len(names)}] building release/{name}")
        args = ["generate_assignment", name, "--force", "--log-level=WARN"]
        if not use_db:
            args.append("--no-db")
        done = subprocess.run(nbgrader_command(*args), cwd=root, capture_output=True, text=True,
                              env=tool_env())
        if done.returncode != 0:
            last = [ln for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
            raise BuildError(f"source/{name}: nbgrader could not generate it: "
                             f"{last[-1] if last else 'no message'}")
        folder = root / "release" / name
        for junk in folder.glob("**/.ipynb_checkpoints"):
            shutil.rmtree(junk)
        masters = [json.loads(path.read_text(encoding="utf-8"))
                   for path in sorted((root / "source" / name).glob("*.ipynb"))]
        order = [set_id for nb in masters for set_id in shown_sets(nb)]
        titles = [nb.get("metadata", {}).get("soplab", {}).get("title", "") for nb in masters]
        write_learner_content(bank, name, folder, order, next(filter(None, titles), ""))
        built.append(Built(name, folder))
    return built
