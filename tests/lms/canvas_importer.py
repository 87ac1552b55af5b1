"""Canvas's gradebook importer, reduced to the rules that decide where a grade goes.

Written from Canvas's ``GradebookImporter`` (app/models/gradebook_importer.rb), so the
tests can read an exported file the way Canvas will:

* The **header row** must start ``Student``, ``ID``; then ``SIS Login ID``, or ``SIS User
  ID`` + ``SIS Login ID`` (+ ``Integration ID``, ``Root Account``); the last identity
  column must be ``Section``, else the file is refused ("Invalid header row").
* Totals columns (``Current Score``, ``Final Grade``, ``Unposted ...`` ...) are skipped.
* An **assignment column** ``Title (123)`` updates assignment 123; otherwise a column whose
  whole header equals an assignment's title updates it; any other column becomes a NEW
  assignment.
* A row whose first cell holds ``Points Possible`` gives points; a row of only
  ``Muted``/``Manual Posting`` cells is skipped.
* A **person** is found by ``ID`` (read as Ruby's ``to_i``: ``"12ab"`` is user 12), else
  ``SIS User ID``, else ``SIS Login ID``, else a name equal to ``name`` or ``sortable_name``;
  anyone else is a NEW (unknown) student.
* A grade cell is stripped; ``EX`` in any case means excused.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

__all__ = ["CanvasCourse", "ImportResult", "InvalidHeaderRow", "import_gradebook"]

_NON_ASSIGNMENT = re.compile("Current Score|Current Points|Current Grade|Final Score|"
                             "Final Points|Final Grade|Override Score|Override Grade|"
                             "Override Status")
_TITLE_ID = re.compile(r"\A(.*)\s\((\d+)\)\Z")
_RESERVED = {"Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Integration ID",
             "Root Account"}


class InvalidHeaderRow(ValueError):
    pass


@dataclass
class CanvasCourse:
    #: canvas assignment id -> (title, points possible)
    assignments: dict[int, tuple[str, float]]
    #: canvas user id -> {"name", "sortable_name", "sis_user_id", "login_id"}
    students: dict[int, dict[str, str]]


@dataclass
class ImportResult:
    matched_assignments: dict[str, int] = field(default_factory=dict)  # header -> id
    new_assignments: list[str] = field(default_factory=list)
    matched_students: dict[int, str] = field(default_factory=dict)  # user id -> how
    new_students: list[str] = field(default_factory=list)
    points: dict[int, str] = field(default_factory=dict)
    grades: dict[tuple[int, int], str] = field(default_factory=dict)  # (user, assignment)
    excused: set[tuple[int, int]] = field(default_factory=set)


def _to_i(text: str) -> int:
    match = re.match(r"\s*([+-]?\d+)", text or "")
    return int(match.group(1)) if match else 0


def import_gradebook(text: str, course: CanvasCourse) -> ImportResult:
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    if not (len(header) > 3 and "Student" in header[0] and "ID" in header[1]):
        raise InvalidHeaderRow("Invalid header row")
    student_columns, sis_user, sis_login = 3, None, None
    if re.search(r"SIS\s+Login\s+ID", header[2]):
        sis_login, student_columns = 2, 4
    elif re.search(r"SIS\s+User\s+ID", header[2]) and re.search(r"SIS\s+Login\s+ID",
                                                                 header[3]):
        extra = 1 if re.search(r"Integration\s+ID", header[4] if len(header) > 4 else "") else 0
        sis_user, sis_login, student_columns = 2, 3, 5 + extra
        if re.search(r"Root\s+Account", header[4 + extra] if len(header) > 4 + extra else ""):
            student_columns += 1
    if "Section" not in header[student_columns - 1]:
        raise InvalidHeaderRow("Invalid header row")
    result = ImportResult()
    columns: dict[int, int] = {}  # csv column -> assignment id (new ones negative)
    next_new = -1
    for i, name in enumerate(header[student_columns:], start=student_columns):
        if _NON_ASSIGNMENT.search(name) or name in _RESERVED:
            continue
        match = _TITLE_ID.match(name)
        aid = int(match.group(2)) if match and int(match.group(2)) in course.assignments \
            else None
        if aid is None:
            aid = next((k for k, (title, _) in course.assignments.items() if title == name),
                       None)
        if aid is None:
            result.new_assignments.append(name)
            aid, next_new = next_new, next_new - 1
        else:
            result.matched_assignments[name] = aid
        columns[i] = aid
    for row in rows[1:]:
        if not row:
            continue
        if "Points Possible" in (row[0] or ""):
            result.points = {aid: row[i] for i, aid in columns.items() if i < len(row)}
            continue
        if all(re.match(r"^\s*(Muted|Manual Posting.*)?\s*$", c or "", re.I) for c in row):
            continue
        uid, how = None, None
        if row[1].strip() and _to_i(row[1]) in course.students:
            uid, how = _to_i(row[1]), "ID"
        for col, key, label in ((sis_user, "sis_user_id", "SIS User ID"),
                                (sis_login, "login_id", "SIS Login ID")):
            if uid is None and col is not None and row[col].strip():
                uid = next((k for k, s in course.students.items() if s[key] == row[col]), None)
                how = label if uid is not None else None
        if uid is None:
            uid = next((k for k, s in course.students.items()
                        if row[0] in (s["name"], s["sortable_name"])), None)
            how = "name" if uid is not None else None
        if uid is None:
            result.new_students.append(row[0])
            continue
        result.matched_students[uid] = how
        for i, aid in columns.items():
            grade = (row[i] if i < len(row) else "").strip()
            if grade.casefold() == "ex":
                result.excused.add((uid, aid))
            elif grade:
                result.grades[(uid, aid)] = grade
    return result
