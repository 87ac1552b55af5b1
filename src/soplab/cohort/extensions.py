"""Extensions and accommodations: a later due date for one learner.

Two sources, one rule:

* an **extension** granted with ``soplab extend LEARNER ASSIGNMENT --days N`` (or
  ``--until DATE``), kept in the course's ``extensions.csv``
  (``learner,assignment,until,reason``; ``until`` in UTC, like nbgrader's due dates);
* an **accommodation** in the roster (``accommodation`` column, extra time as a factor,
  e.g. ``1.5``): every assignment's working window is stretched by that factor. An
  assignment's window runs from the previous assignment's due date to its own (the
  first assignment's is as long as the next one's, or 7 days when the course has one).

The later of the two is the **extension in force**. It is written to nbgrader's own
field (``extension`` on the learner's submission, which moves that submission's due
date and so nbgrader's late penalty) for every submission that exists, and
``soplab autograde`` gives it to submissions it records for the first time. The
feedback page, the report's next steps and ``soplab export`` show it.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from soplab.course.config import CourseError

from .roster import ROSTER_FILE, RosterError, read_roster

__all__ = [
    "DEFAULT_WINDOW", "EXTENSIONS_FILE", "Extension", "ExtensionError", "due_dates",
    "extensions_in_force", "grant_extension", "read_extensions", "submission_extensions",
    "sync_gradebook", "windows",
]

EXTENSIONS_FILE = "extensions.csv"
DEFAULT_WINDOW = timedelta(days=7)
_COLUMNS = ("learner", "assignment", "until", "reason")


class ExtensionError(CourseError):
    """An extension cannot be granted or read; one line naming the learner, assignment
    or file row (a :class:`CourseError`, so every command reports it in one line)."""


@dataclass(frozen=True)
class Extension:
    learner: str
    assignment: str
    until: datetime  # naive UTC, as nbgrader keeps due dates
    source: str  # "extension" or "accommodation 1.5"
    reason: str = ""

    def describe(self) -> str:
        """``due 8 May 2026 12:00 UTC (extension)`` (plain words for pages and notes)."""
        return f"due {self.until:%-d %b %Y %H:%M} UTC ({self.source})"


def _parse_time(text: str) -> datetime:
    """ISO date or date and time; a date alone means the end of that day (UTC)."""
    text = text.strip()
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if len(text) == 10:
        value = value.replace(hour=23, minute=59)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def read_extensions(root: Path | str) -> dict[tuple[str, str], Extension]:
    """The course's granted extensions; a bad row is an :class:`ExtensionError`."""
    path = Path(root) / EXTENSIONS_FILE
    if not path.is_file():
        return {}
    out = {}
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    for row_no, row in enumerate(rows, start=2):
        learner, assignment = (row.get("learner") or "").strip(), (row.get("assignment")
                                                                     or "").strip()
        if not learner and not assignment:
            continue
        try:
            until = _parse_time(row.get("until") or "")
        except ValueError as exc:
            raise ExtensionError(f"{EXTENSIONS_FILE}:{row_no}: until: '{row.get('until')}' is "
                                 "not a date and time (e.g. 2026-05-08T12:00)") from exc
        out[(learner, assignment)] = Extension(learner, assignment, until, "extension",
                                               (row.get("reason") or "").strip())
    return out


def _write_extensions(root: Path, table: dict[tuple[str, str], Extension]) -> None:
    path = root / EXTENSIONS_FILE
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(_COLUMNS)
        for key in sorted(table):
            e = table[key]
            writer.writerow([e.learner, e.assignment, e.until.isoformat(timespec="minutes"),
                             e.reason])
    os.replace(partial, path)


def due_dates(db_url: str, course: str) -> dict[str, datetime | None]:
    """Assignment -> due date (naive UTC) from the gradebook."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT name, duedate FROM assignment WHERE "
                                        "course_id = :c"), {"c": course}).all()
    finally:
        engine.dispose()
    return {name: (due if isinstance(due, datetime) or due is None
                   else datetime.fromisoformat(str(due))) for name, due in rows}


def windows(dues: dict[str, datetime | None]) -> dict[str, timedelta]:
    """Each dated assignment's working window (see the module's docstring)."""
    dated = sorted((d, a) for a, d in dues.items() if d is not None)
    gaps = {a: d - dated[i - 1][0] for i, (d, a) in enumerate(dated) if i > 0}
    if not dated:
        return {}
    first = dated[0][1]
    gaps[first] = gaps[dated[1][1]] if len(dated) > 1 else DEFAULT_WINDOW
    return {a: g if g > timedelta(0) else DEFAULT_WINDOW for a, g in gaps.items()}


def _factors(root: Path) -> dict[str, float]:
    path = root / ROSTER_FILE
    if not path.is_file():
        return {}
    try:
        learners = read_roster(path)
    except RosterError as exc:
        raise ExtensionError(f"{ROSTER_FILE}: {exc.problems[0]}") from exc
    return {p.id: float(p.accommodation) for p in learners
            if p.accommodation and float(p.accommodation) > 1}


def extensions_in_force(root: Path | str, db_url: str, course: str
                        ) -> dict[tuple[str, str], Extension]:
    """(learner, assignment) -> the extension in force (the later of the two sources)."""
    root = Path(root)
    dues = due_dates(db_url, course)
    out = dict(read_extensions(root))
    spans = windows(dues)
    for learner, factor in _factors(root).items():
        for assignment, window in spans.items():
            extra = timedelta(hours=math.ceil(window.total_seconds() * (factor - 1) / 3600))
            until = dues[assignment] + extra
            mine = out.get((learner, assignment))
            if mine is None or until > mine.until:
                out[(learner, assignment)] = Extension(learner, assignment, until,
                                                       f"accommodation {factor:g}")
    return out


def submission_extensions(root: Path | str, db_url: str, course: str, assignment: str
                          ) -> dict[str, timedelta]:
    """learner -> extension (beyond the due date) in force for ``assignment``, for
    submissions that ``soplab autograde`` records for the first time."""
    due = due_dates(db_url, course).get(assignment)
    if due is None:
        return {}
    return {e.learner: e.until - due
            for (_, a), e in extensions_in_force(root, db_url, course).items()
            if a == assignment and e.until > due}


def sync_gradebook(root: Path | str, db_url: str, course: str) -> list[str]:
    """Write the extensions in force to nbgrader's ``extension`` of every existing
    submission (None where there is none); returns ``learner/assignment`` of each change."""
    from nbgrader.api import Gradebook, SubmittedAssignment

    from soplab._core.paths import tools_on_path

    tools_on_path()
    force = extensions_in_force(root, db_url, course)
    changed = []
    with Gradebook(db_url, course) as gb:
        try:
            for sub in gb.db.query(SubmittedAssignment).all():
                name, due = sub.assignment.name, sub.assignment.duedate
                ext = force.get((sub.student_id, name))
                want = ext.until - due if ext is not None and due is not None else None
                if want is not None and want <= timedelta(0):
                    want = None
                if sub.extension != want:
                    sub.extension = want
                    changed.append(f"{sub.student_id}/{name}")
            gb.db.commit()
        except BaseException:
            gb.db.rollback()
            raise
    return changed


def grant_extension(root: Path | str, learner: str, assignment: str, *, db_url: str,
                    course: str, days: float | None = None, until: str | None = None,
                    reason: str = "", remove: bool = False) -> Extension | None:
    """Grant (or with ``remove`` take back) one learner's extension on one assignment;
    nothing is written when the learner, the assignment or the date is wrong."""
    root = Path(root)
    dues = due_dates(db_url, course)
    if assignment not in dues:
        known = ", ".join(sorted(dues)) or "none yet"
        raise ExtensionError(f"{assignment}: not an assignment of this course (it has {known})")
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            found = conn.execute(sa.text("SELECT 1 FROM student WHERE id = :s"),
                                 {"s": learner}).first()
    finally:
        engine.dispose()
    if found is None:
        raise ExtensionError(f"{learner}: not a learner of this course (load the roster with "
                             "`soplab roster import`)")
    table = read_extensions(root)
    if remove:
        table.pop((learner, assignment), None)
        _write_extensions(root, table)
        sync_gradebook(root, db_url, course)
        return None
    due = dues[assignment]
    if due is None:
        raise ExtensionError(f"{assignment}: has no due date, so nothing to extend (set one "
                             "in formgrader's Manage Assignments)")
    if (days is None) == (until is None):
        raise ExtensionError("give either --days N or --until DATE")
    if days is not None:
        if not days > 0:
            raise ExtensionError(f"--days: {days:g} must be more than 0")
        new_due = due + timedelta(days=days)
    else:
        try:
            new_due = _parse_time(until)
        except ValueError as exc:
            raise ExtensionError(f"--until: '{until}' is not a date (e.g. 2026-05-08 or "
                                 "2026-05-08T17:00)") from exc
        if new_due <= due:
            raise ExtensionError(f"--until: {new_due:%Y-%m-%d %H:%M} is not after the due date "
                                 f"({due:%Y-%m-%d %H:%M} UTC)")
    ext = Extension(learner, assignment, new_due, "extension", reason.strip())
    table[(learner, assignment)] = ext
    _write_extensions(root, table)
    sync_gradebook(root, db_url, course)
    return ext
