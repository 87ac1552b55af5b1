"""``make lab`` (``soplab lab``): open the course for a learner in JupyterLab.

The learner works in ``workspace/`` (a copy of ``release/``), so the committed
release stays clean. Assignments already in the workspace are never
overwritten: new assignments are added, existing work is kept.

JupyterLab runs with the learner's configuration, the same folder the hub
gives learners' servers (``deploy/etc/jupyter-learner``, put first on
``JUPYTER_CONFIG_PATH``): nbgrader's instructor tools (formgrader, course list,
create assignment) are not loaded, the Assignments list and Validate are, and
saved notebooks keep a plain note where an exercise was (see
:mod:`soplab.course.saved_notebook`), and Validate answers in plain words (see
:mod:`soplab.course.learner_server`). The server runs in the workspace, as a learner's
server on the hub runs in their home: nbgrader's Assignments panel then fetches
into, and finds its assignments in, the folder the learner sees (and never reads
the instructor's ``nbgrader_config.py`` of the checkout). Run as root, as in many
containers, it adds ``--allow-root``, without which JupyterLab refuses to start.
Options after ``--`` go to ``jupyter lab`` as they are (e.g. ``-- --ip=0.0.0.0``).

On one's own computer there is no hub and no shared exchange, so ``soplab lab`` sets
up one for this learner (:func:`prepare_exchange`), in the workspace's hidden
``.soplab`` folder: ``.soplab/exchange/<course id>/`` with nbgrader's ``outbound``
(every assignment of the release, so the Assignments tab can fetch them),
``inbound`` (where *Submit* puts a submission) and ``feedback`` (where an instructor's
``nbgrader release_feedback`` on this computer puts the pages that *Fetch Feedback*
brings back), and ``.soplab/jupyter/nbgrader_config.py`` naming it, the course id
(``soplab.course.config``) and the workspace, put on ``JUPYTER_CONFIG_PATH`` after the
learner configuration. A submission made here stays on this computer: the learners'
guide says what to hand in to an instructor elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from soplab._core.paths import repo_root

from .config import CourseError, read_config

__all__ = ["FIRST_NOTEBOOK", "LEARNER_CONFIG", "LOCAL", "lab_command", "lab_environment",
           "open_lab", "prepare_exchange", "prepare_workspace", "running_as_root"]

#: Jupyter configuration for learners' servers (also used by deploy/jupyterhub_config.py).
LEARNER_CONFIG = repo_root() / "deploy" / "etc" / "jupyter-learner"
#: The workspace's own folder (hidden in JupyterLab's file browser): exchange and config.
LOCAL = ".soplab"
#: Where a learner starts.
FIRST_NOTEBOOK = "00-orientation/00-orientation.ipynb"


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


def prepare_exchange(release: Path, workspace: Path, course: str) -> Path:
    """A working nbgrader exchange for one learner in ``workspace``; returns the folder
    of its ``nbgrader_config.py`` (for ``JUPYTER_CONFIG_PATH``).

    Each start puts the release's current assignments in ``outbound`` (as
    ``nbgrader release_assignment`` does); submissions and feedback already there stay.
    """
    local = workspace / LOCAL
    exchange = local / "exchange"
    place = exchange / course
    for sub in ("outbound", "inbound", "feedback"):
        (place / sub).mkdir(parents=True, exist_ok=True)
    for folder in sorted(p for p in release.iterdir() if p.is_dir()):
        target = place / "outbound" / folder.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(folder, target,
                        ignore=shutil.ignore_patterns("answers", ".ipynb_checkpoints"))
    config = local / "jupyter"
    config.mkdir(parents=True, exist_ok=True)
    settings = {"CourseDirectory.course_id": course, "Exchange.root": str(exchange),
                "Exchange.cache": str(local / "cache"),
                "Exchange.assignment_dir": str(workspace)}
    lines = ["# Written by `soplab lab` for this learner's own computer; rewritten at each start.",
             "c = get_config()  # noqa: F821"]
    lines += [f"c.{name} = {value!r}" for name, value in settings.items()]
    (config / "nbgrader_config.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(workspace: Path, *, open_browser: bool = True, as_root: bool | None = None,
                extra: Sequence[str] = ()) -> list[str]:
    """The ``jupyter lab`` command line for a learner working in ``workspace``."""
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={workspace}"]
    if (workspace / FIRST_NOTEBOOK).exists():
        command.append(f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}")
    if not open_browser:
        command.append("--no-browser")
    if running_as_root() if as_root is None else as_root:
        command.append("--allow-root")
    return command + list(extra)


def lab_environment(environ: Mapping[str, str] | None = None,
                    exchange_config: Path | None = None) -> dict[str, str]:
    """The environment for the learner's server: the learner configuration first on
    ``JUPYTER_CONFIG_PATH`` (then the local exchange's, when given), ahead of anything
    already listed there."""
    env = dict(os.environ if environ is None else environ)
    paths = [str(LEARNER_CONFIG)]
    if exchange_config is not None:
        paths.append(str(exchange_config))
    paths += [p for p in env.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep)
              if p and p not in paths]
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(paths)
    return env


def open_lab(workspace: Path, *, open_browser: bool = True,
             extra: Sequence[str] = ()) -> int:
    """Copy new assignments into ``workspace`` and run JupyterLab there until it stops;
    its exit code (1 with a one-line reason when there is no release to copy)."""
    release = repo_root() / "release"
    if not release.is_dir():
        print(f"soplab lab: {release}: no release folder; run 'make build' first",
              file=sys.stderr)
        return 1
    workspace = workspace.resolve()
    added = prepare_workspace(release, workspace)
    if added:
        print(f"Copied {len(added)} assignment(s) into {workspace}")
    try:
        course = read_config(repo_root()).course_id
    except CourseError as exc:
        print(f"soplab lab: {exc}", file=sys.stderr)
        return 1
    exchange_config = prepare_exchange(release, workspace, course)
    command = lab_command(workspace, open_browser=open_browser, extra=extra)
    print("Opening JupyterLab. Stop it with Ctrl+C in this window.")
    try:
        return subprocess.call(command, env=lab_environment(exchange_config=exchange_config),
                               cwd=workspace)
    except KeyboardInterrupt:
        return 0
