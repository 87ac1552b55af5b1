"""The course's nbgrader configuration: the one place that reads ``nbgrader_config.py``.

* :func:`course_config`: the traitlets ``Config`` nbgrader itself would load;
* :func:`gradebook_url`: ``--db URL`` if given, else ``c.CourseDirectory.db_url``,
  else ``sqlite:///<root>/gradebook.db``;
* :func:`course_id`: ``c.CourseDirectory.course_id`` (nbgrader's default otherwise);
* :func:`read_config`: all three at once, with a one-line :class:`CourseError`
  naming the file when it cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from soplab._core.paths import course_root

__all__ = [
    "CONFIG_FILE", "CourseConfig", "CourseError", "course_config", "course_id", "find_course",
    "gradebook_url", "read_config",
]

CONFIG_FILE = "nbgrader_config.py"


class CourseError(ValueError):
    """The course's files cannot be used. The message names the file and what to do."""


@dataclass(frozen=True)
class CourseConfig:
    """The course root, its nbgrader course id and gradebook URL."""

    root: Path
    course_id: str
    db_url: str


def course_config(root: Path | str):
    """The traitlets Config of the course's ``nbgrader_config.py`` (empty if none)."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    root = Path(root)
    if not (root / CONFIG_FILE).is_file():
        return Config()
    return PyFileConfigLoader(CONFIG_FILE, path=str(root)).load_config()


def _gradebook_url(root: Path, cfg, override: str | None) -> str:
    if override:
        return override
    configured = cfg.get("CourseDirectory", {}).get("db_url")
    if configured:
        return str(configured)
    return f"sqlite:///{Path(root).resolve() / 'gradebook.db'}"


def _course_id(cfg) -> str:
    return str(cfg.get("CourseDirectory", {}).get("course_id") or "default_course")


def gradebook_url(root: Path | str, override: str | None = None) -> str:
    """The gradebook's SQLAlchemy URL: ``override``, else the config's, else SQLite."""
    return _gradebook_url(Path(root), course_config(root) if not override else {}, override)


def course_id(root: Path | str) -> str:
    return _course_id(course_config(root))


def find_course(course: Path | str | None = None) -> Path:
    """The course root given on the command line, or found from the current folder."""
    if course is not None:
        root = Path(course).expanduser().resolve()
        if not (root / CONFIG_FILE).is_file():
            raise CourseError(f"{root / CONFIG_FILE}: file not found; pass the course "
                              "folder (the one holding nbgrader_config.py) with --course")
        return root
    found = course_root()
    if found is None:
        raise CourseError("nbgrader_config.py: no course folder found from here; run in the "
                          "course folder, pass --course DIR or set SOPLAB_COURSE_ROOT")
    return found


def read_config(root: Path | str, db_url: str | None = None) -> CourseConfig:
    """Course id and gradebook URL, read the way nbgrader reads them (the file is Python)."""
    root = Path(root)
    try:
        cfg = course_config(root)
    except Exception as exc:  # the config is the instructor's own Python code
        raise CourseError(f"{root / CONFIG_FILE}: cannot be read ({exc}); fix the file so "
                          "that `nbgrader --help-all` runs") from exc
    return CourseConfig(root=root, course_id=_course_id(cfg),
                        db_url=_gradebook_url(root, cfg, db_url))
