"""Where a course keeps its gradebook and roster.

A course root holds ``nbgrader_config.py`` (``c.CourseDirectory.course_id`` and
optionally ``c.CourseDirectory.db_url``; the gradebook defaults to
``sqlite:///<root>/gradebook.db``) and optionally ``roster.csv`` with columns
``id,first_name,last_name,email,lms_id,cohort,section``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from soplab.course.config import CourseConfig, CourseError, find_course, read_config

from ..roster import OPTIONAL, REQUIRED, ROSTER_FILE, RosterError
from ..roster import read_roster as read_roster_file

__all__ = ["CourseConfig", "CourseError", "ROSTER_COLUMNS", "find_course", "read_config",
           "read_roster"]


ROSTER_COLUMNS = (*REQUIRED, *OPTIONAL)


def read_roster(root: Path | str) -> pd.DataFrame:
    """The course's ``roster.csv`` (written by ``soplab roster import``, checked by
    :mod:`soplab.cohort.roster`) as a table; empty, with the roster columns, when there is none."""
    path = Path(root) / ROSTER_FILE
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ROSTER_COLUMNS})
    try:
        learners = read_roster_file(path)
    except RosterError as exc:
        raise CourseError(f"{path}: {exc.problems[0]}; fix the file or import the roster "
                          "again with soplab roster import") from exc
    rows = [{c: getattr(person, c) or "" for c in ROSTER_COLUMNS} for person in learners]
    return pd.DataFrame(rows, columns=list(ROSTER_COLUMNS))
