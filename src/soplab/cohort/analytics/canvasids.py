"""Which Canvas assignment and which Canvas person each grade belongs to.

Canvas's gradebook importer matches a column to an existing assignment by the
number in ``Title (123)``, else by a title exactly equal to the assignment's;
any other column becomes a **new** assignment. It matches a row to a person by
``ID`` (Canvas's user id), else ``SIS User ID``, else ``SIS Login ID``, else the
name. So the export needs the Canvas ids, from one of two places:

- an **assignment map**, a small CSV kept in the course (``lms/canvas-assignments.csv``)::

      assignment,canvas_id,points
      00-orientation,48213,
      01-sop-foundations,48214,10

  ``canvas_id`` is the number at the end of the assignment's address in Canvas
  (``.../assignments/48213``); ``points`` (optional) is what the assignment is
  worth in Canvas when that differs from the course's points.
- a **gradebook exported from Canvas** (Grades > Export): its header gives the
  ids of the assignments whose title is the course's assignment name or label,
  its *Points Possible* row their points, and its rows each person's Canvas
  ``ID``, ``SIS User ID``, ``SIS Login ID`` and section.

Learners who should not be graded on an assignment (excused) are listed in
``lms/excused.csv`` (``learner,assignment``); the export writes ``EX`` for them.

Every file is checked whole before anything is written: each problem is one line,
``canvas-assignments.csv:3: assignment: '09-x' is not an assignment of this course``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from soplab.course.config import CourseError

__all__ = [
    "ASSIGNMENT_MAP", "CanvasAssignment", "CanvasIds", "CanvasMapError", "CanvasPerson",
    "EXCUSED_FILE", "canvas_column", "read_assignment_map", "read_canvas_gradebook",
    "read_excused", "title_and_id",
]

#: Where a course keeps its assignment map and its list of excused work.
ASSIGNMENT_MAP = Path("lms") / "canvas-assignments.csv"
EXCUSED_FILE = Path("lms") / "excused.csv"

#: Canvas's own reading of an assignment header: ``Title (123)`` -> (``Title``, ``123``).
_TITLE_ID = re.compile(r"\A(.*)\s\((\d+)\)\Z")
_DIGITS = re.compile(r"^\d+$")
#: Columns of a Canvas export that are people or totals, never assignments.
_NOT_ASSIGNMENTS = re.compile(
    r"^(Student|ID|SIS User ID|SIS Login ID|Integration ID|Root Account|Section)$|"
    r"(Current|Final|Override|Unposted) (Score|Points|Grade|Status)")


class CanvasMapError(CourseError):
    """An assignment map, a Canvas gradebook or the excused list cannot be used (a
    :class:`CourseError`: every command reports it in one line)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class CanvasAssignment:
    """One course assignment's column in Canvas."""
    title: str
    canvas_id: str
    points: float | None = None  # what it is worth in Canvas, when known


@dataclass(frozen=True)
class CanvasPerson:
    """One learner's identity columns exactly as Canvas exported them."""
    name: str
    canvas_id: str
    sis_user_id: str
    sis_login_id: str
    section: str


@dataclass
class CanvasIds:
    """Course assignment -> Canvas column; course learner id -> Canvas person (or None
    when the ids come from a map only)."""
    assignments: dict[str, CanvasAssignment]
    people: dict[str, CanvasPerson] | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)


def title_and_id(header: str) -> tuple[str, str | None]:
    """Read a header the way Canvas does: ``'Quiz 1 (48213)'`` -> ``('Quiz 1', '48213')``."""
    match = _TITLE_ID.match(header)
    return (match.group(1), match.group(2)) if match else (header, None)


def canvas_column(assignment: CanvasAssignment) -> str:
    """The header that makes Canvas update this assignment: ``Title (id)``."""
    return f"{assignment.title} ({assignment.canvas_id})"


def _rows(path: Path, what: str) -> tuple[list[str], list[list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CanvasMapError([f"{path.name}: cannot be read as UTF-8 text "
                              f"({exc.__class__.__name__}); save the {what} as CSV UTF-8"]
                             ) from exc
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise CanvasMapError([f"{path.name}: is not a CSV file ({exc})"]) from exc
    if not rows:
        raise CanvasMapError([f"{path.name}: is empty; it needs a header row"])
    return [h.strip() for h in rows[0]], rows[1:]


def _points(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if value > 0 else None


def read_assignment_map(path: Path | str, assignments: Iterable[str],
                        titles: Mapping[str, str] | None = None) -> CanvasIds:
    """Read ``assignment,canvas_id[,title][,points]``; every assignment must be one of
    ``assignments`` (the course's), every id a Canvas number, each used once."""
    path = Path(path)
    known = list(assignments)
    header, rows = _rows(path, "assignment map")
    missing = [c for c in ("assignment", "canvas_id") if c not in header]
    if missing:
        raise CanvasMapError([f"{path.name}:1: header: missing column(s) {', '.join(missing)} "
                              "(need assignment,canvas_id; optional title,points)"])
    col = {name: header.index(name) for name in header}
    problems: list[str] = []
    out: dict[str, CanvasAssignment] = {}
    seen_id: dict[str, int] = {}
    seen: dict[str, int] = {}
    for row_no, row in enumerate(rows, start=2):
        cells = {name: (row[i].strip() if i < len(row) else "") for name, i in col.items()}
        if not any(cells.values()):
            continue
        name, cid = cells["assignment"], cells["canvas_id"]
        if name not in known:
            problems.append(f"{path.name}:{row_no}: assignment: '{name}' is not an assignment "
                            f"of this course (it has {', '.join(known) or 'none yet'}); fix "
                            "the name or remove the row")
        elif name in seen:
            problems.append(f"{path.name}:{row_no}: assignment: '{name}' is already mapped on "
                            f"row {seen[name]}")
        if not _DIGITS.match(cid):
            problems.append(f"{path.name}:{row_no}: canvas_id: '{cid}' is not a Canvas "
                            "assignment id (the number at the end of the assignment's address)")
        elif cid in seen_id:
            problems.append(f"{path.name}:{row_no}: canvas_id: {cid} is already used on row "
                            f"{seen_id[cid]}")
        points = None
        if cells.get("points"):
            points = _points(cells["points"])
            if points is None:
                problems.append(f"{path.name}:{row_no}: points: '{cells['points']}' is not a "
                                "positive number")
        seen.setdefault(name, row_no)
        seen_id.setdefault(cid, row_no)
        title = cells.get("title") or (titles or {}).get(name) or name
        out[name] = CanvasAssignment(title, cid, points)
    if problems:
        raise CanvasMapError(problems)
    if not out:
        raise CanvasMapError([f"{path.name}: maps no assignment; add a row "
                              "assignment,canvas_id for each one"])
    return CanvasIds(out, None, path.name)


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def read_canvas_gradebook(path: Path | str, assignments: Iterable[str],
                          roster: Iterable[Mapping[str, str]],
                          titles: Mapping[str, str] | None = None,
                          mapped: CanvasIds | None = None) -> CanvasIds:
    """Take assignment ids, points and people's Canvas ids from a Canvas export.

    A course assignment is found by its id in ``mapped`` (an assignment map), else by
    a Canvas title equal to its name or its label (``titles``). A roster learner
    (``id, email, lms_id``) is found by Canvas ``ID`` = ``lms_id``, else ``SIS User ID``
    = ``id``, else ``SIS Login ID`` = ``email`` or ``id``; nobody is matched by name.
    """
    path = Path(path)
    header, rows = _rows(path, "Canvas gradebook")
    if len(header) < 4 or "Student" not in header[0] or "ID" not in header[1] \
            or "Section" not in header:
        raise CanvasMapError([f"{path.name}:1: header: not a gradebook exported from Canvas "
                              "(it starts Student, ID, ..., Section); export it with Grades > "
                              "Export > Export Entire Gradebook"])
    idx = {name: i for i, name in enumerate(header)}
    by_id: dict[str, tuple[str, str, int]] = {}  # canvas id -> (title, header, column)
    by_title: dict[str, tuple[str, str, int]] = {}
    for i, name in enumerate(header):
        if _NOT_ASSIGNMENTS.search(name):
            continue
        title, cid = title_and_id(name)
        if cid:
            by_id[cid] = (title, name, i)
            by_title.setdefault(_norm(title), (cid, name, i))
    points_row = next((r for r in rows if r and "Points Possible" in r[0]), None)
    found: dict[str, CanvasAssignment] = {}
    problems: list[str] = []
    for name in assignments:
        if mapped is not None:
            if name not in mapped.assignments:
                continue
            cid = mapped.assignments[name].canvas_id
            if cid not in by_id:
                problems.append(f"{path.name}:1: header: no column for Canvas assignment {cid} "
                                f"(mapped to '{name}'); export the whole gradebook again, or "
                                "fix the map")
                continue
            title, _, col = by_id[cid]
        else:
            hit = by_title.get(_norm(name)) or by_title.get(_norm((titles or {}).get(name, "")))
            if hit is None:
                continue
            cid, _, col = hit
            title = by_id[cid][0]
        points = _points(points_row[col]) if points_row and col < len(points_row) else None
        found[name] = CanvasAssignment(title, cid, points)
    if problems:
        raise CanvasMapError(problems)
    if not found:
        raise CanvasMapError([f"{path.name}:1: header: no Canvas column is titled like an "
                              "assignment of this course; give an assignment map "
                              f"({ASSIGNMENT_MAP}) with the Canvas ids"])

    def cell(row: list[str], name: str) -> str:
        i = idx.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    canvas_people = [r for r in rows if r and "Points Possible" not in r[0]
                     and cell(r, "ID") and not re.match(r"^\s*(Muted|Manual Posting.*)?\s*$",
                                                        r[0], re.I)]
    lookups = {key: {} for key in ("ID", "SIS User ID", "SIS Login ID")}
    for r in canvas_people:
        person = CanvasPerson(cell(r, "Student"), cell(r, "ID"), cell(r, "SIS User ID"),
                              cell(r, "SIS Login ID"), cell(r, "Section"))
        for key, value in (("ID", person.canvas_id), ("SIS User ID", person.sis_user_id),
                           ("SIS Login ID", person.sis_login_id.casefold())):
            if value:
                lookups[key].setdefault(value, person)
    people: dict[str, CanvasPerson] = {}
    notes: list[str] = []
    for learner in roster:
        sid = str(learner.get("id", ""))
        person = (lookups["ID"].get(str(learner.get("lms_id", "")))
                  or lookups["SIS User ID"].get(sid)
                  or lookups["SIS Login ID"].get(str(learner.get("email", "")).casefold())
                  or lookups["SIS Login ID"].get(sid.casefold()))
        if person is None:
            notes.append(f"{sid}: not in {path.name} (no Canvas ID, SIS User ID or SIS Login "
                         "ID matches); left out of the export")
        else:
            people[sid] = person
    return CanvasIds(found, people, path.name, notes)


def read_excused(path: Path | str, learners: Iterable[str],
                 assignments: Iterable[str]) -> set[tuple[str, str]]:
    """``learner,assignment`` rows -> {(learner, assignment)}; both must be the course's."""
    path = Path(path)
    header, rows = _rows(path, "excused list")
    if "learner" not in header or "assignment" not in header:
        raise CanvasMapError([f"{path.name}:1: header: needs the columns learner,assignment"])
    li, ai = header.index("learner"), header.index("assignment")
    people, known = set(learners), set(assignments)
    problems, out = [], set()
    for row_no, row in enumerate(rows, start=2):
        sid = row[li].strip() if li < len(row) else ""
        name = row[ai].strip() if ai < len(row) else ""
        if not sid and not name:
            continue
        if sid not in people:
            problems.append(f"{path.name}:{row_no}: learner: '{sid}' is not in the roster")
        if name not in known:
            problems.append(f"{path.name}:{row_no}: assignment: '{name}' is not an assignment "
                            "of this course")
        out.add((sid, name))
    if problems:
        raise CanvasMapError(problems)
    return out
