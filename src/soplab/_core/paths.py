"""Where the course's files live.

Every module and notebook finds data through these helpers, never through
hard-coded relative paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["COURSE_ROOT_ENV", "course_root", "data_path", "repo_root", "tool_env", "tools_on_path"]

_PACKAGE_DATA = Path(__file__).resolve().parents[1] / "_data"
_REPO_ROOT = Path(__file__).resolve().parents[3]

#: Environment variable that points instructor tools at a course root.
COURSE_ROOT_ENV = "SOPLAB_COURSE_ROOT"


def _is_course_root(path: Path) -> bool:
    return (path / "nbgrader_config.py").is_file() and (path / "data" / "items").is_dir()


def course_root(start: Path | str | None = None) -> Path | None:
    """Return the instructor course root, or None when there is none.

    Looks at ``$SOPLAB_COURSE_ROOT`` first, then walks up from ``start`` (the
    current directory by default) to a folder holding ``nbgrader_config.py`` and
    ``data/items``. Learners who only received release files have no course
    root; that is how assessment keys stay out of their reach.
    """
    env = os.environ.get(COURSE_ROOT_ENV)
    if env:
        root = Path(env).expanduser().resolve()
        return root if _is_course_root(root) else None
    here = Path(start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if _is_course_root(candidate):
            return candidate
    return None


def repo_root() -> Path:
    """The source checkout this package was installed from (editable installs)."""
    return _REPO_ROOT


def data_path(*parts: str) -> Path:
    """Path of a learner-safe data file shipped with the package.

    Wheels carry these under ``soplab/_data``; an editable install reads the
    checkout's ``data/`` folder.
    """
    packaged = _PACKAGE_DATA.joinpath(*parts)
    if packaged.exists():
        return packaged
    return _REPO_ROOT.joinpath("data", *parts)


def tools_on_path() -> None:
    """Put this Python's script folder on PATH in this process: nbgrader runs
    ``alembic`` by name when it creates a gradebook, which fails when the virtual
    environment is not activated."""
    os.environ["PATH"] = tool_env()["PATH"]


def tool_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for running this Python's command-line tools in a subprocess.

    nbgrader calls ``alembic`` by name, so the folder of this interpreter's
    scripts must be on PATH even when the virtual environment is not activated.
    """
    env = dict(os.environ)
    scripts = str(Path(sys.executable).parent)
    if scripts not in env.get("PATH", "").split(os.pathsep):
        env["PATH"] = scripts + os.pathsep + env.get("PATH", "")
    if extra:
        env.update(extra)
    return env
