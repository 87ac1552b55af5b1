"""Where a course keeps its gradebook and roster.

A course root holds ``nbgrader_config.py`` (``c.CourseDirectory.course_id`` and
optionally ``c.CourseDirectory.db_url``; the gradebook defaults to
``sqlite:///<root>/gradebook.db``) and optionally ``roster.csv`` with columns
``id,first_name,last_name,email,lms_id,cohort,section``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..paths import course_root

ROSTER_COLUMNS = ("id", "first_name", "last_name", "email", "lms_id", "cohort", "section")


class CourseError(ValueError):
    """The course's files cannot be used. The message names the file and what to do."""


@dataclass(frozen=True)
class CourseConfig:
    """The course root, its nbgrader course id and gradebook URL."""

    root: Path
    course_id: str
    db_url: str


def find_course(course: Path | str | None = None) -> Path:
    """The course root given on the command line, or found from the current folder."""
    if course is not None:
        root = Path(course).expanduser().resolve()
        if not (root / "nbgrader_config.py").is_file():
            raise CourseError(f"{root / 'nbgrader_config.py'}: file not found; pass the course "
                              "folder (the one holding nbgrader_config.py) with --course")
        return root
    found = course_root()
    if found is None:
        raise CourseError("nbgrader_config.py: no course folder found from here; run in the "
                          "course folder, pass --course DIR or set SOPLAB_COURSE_ROOT")
    return found


def read_config(root: Path | str, db_url: str | None = None) -> CourseConfig:
    """Read ``nbgrader_config.py`` the way nbgrader does (it is Python, run by traitlets)."""
    from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

    root = Path(root)
    course_id = "default_course"
    url = None
    try:
        cfg = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    except ConfigFileNotFound:
        cfg = None
    except Exception as exc:  # the config is the instructor's own Python code
        raise CourseError(f"{root / 'nbgrader_config.py'}: cannot be read ({exc}); fix the "
                          "file so that `nbgrader --help-all` runs") from exc
    if cfg is not None and "CourseDirectory" in cfg:
        cd = cfg.CourseDirectory
        if "course_id" in cd:
            course_id = str(cd.course_id)
        if "db_url" in cd:
            url = str(cd.db_url)
    if db_url:
        url = db_url
    if not url:
        url = f"sqlite:///{(root / 'gradebook.db').resolve()}"
    return CourseConfig(root=root, course_id=course_id, db_url=url)


def read_roster(root: Path | str) -> pd.DataFrame:
    """Read ``roster.csv``; an empty frame with the roster columns when there is none."""
    path = Path(root) / "roster.csv"
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ROSTER_COLUMNS})
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip() for h in reader.fieldnames or []]
            if "id" not in header:
                raise CourseError(f"{path}:1: id: column missing; the roster needs the columns "
                                  f"{','.join(ROSTER_COLUMNS)}")
            rows = [{(k or "").strip(): (v or "").strip() for k, v in r.items() if k}
                    for r in reader]
    except UnicodeDecodeError as exc:
        raise CourseError(f"{path}: file: is not UTF-8 text; save it as 'CSV UTF-8'") from exc
    frame = pd.DataFrame(rows, columns=list(dict.fromkeys([*ROSTER_COLUMNS, *header])))
    frame = frame[frame["id"].fillna("") != ""]
    dupes = frame["id"][frame["id"].duplicated()]
    if not dupes.empty:
        raise CourseError(f"{path}: id: '{dupes.iloc[0]}' is listed twice; give each learner "
                          "one row")
    return frame[list(ROSTER_COLUMNS)].fillna("").reset_index(drop=True)
