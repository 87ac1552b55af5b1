"""The cohort roster: learners from a CSV file into nbgrader's gradebook.

Columns: ``id, first_name, last_name, email, lms_id`` and optionally
``cohort, section, accommodation`` (extra time as a factor, e.g. ``1.5``; see
:mod:`soplab.cohort.extensions`). Learner ids become folder names in nbgrader
(``submitted/<id>/...``) and are the learners' account names, so each has one
spelling (:mod:`soplab.cohort.learner_ids`: lower-case a-z, 0-9, ``.``, ``_``,
``-``; no look-alike letters, spaces or markup); names may not hold markup, and
no cell may start like a spreadsheet formula. The whole file is checked first;
every problem is reported as
``roster.csv:7: email: 'x' is not an email address``; only a clean file is
loaded, in one transaction. A copy is kept as ``<course root>/roster.csv``
(the cohort report reads cohort and section from it).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from soplab._core.csvsafe import FORMULA_STARTS
from soplab._core.paths import tools_on_path
from soplab.course.config import course_id, gradebook_url

from .learner_ids import id_problem, name_problem

__all__ = [
    "Learner", "MAX_ACCOMMODATION", "OPTIONAL", "REQUIRED", "ROSTER_FILE", "RosterError",
    "import_roster", "load_into_gradebook", "parse_roster", "read_roster", "write_roster",
]

REQUIRED = ("id", "first_name", "last_name", "email", "lms_id")
OPTIONAL = ("cohort", "section", "accommodation")
#: The largest accommodation factor the roster takes (four times the time).
MAX_ACCOMMODATION = 4.0
ROSTER_FILE = "roster.csv"
_EMAIL = re.compile(r"^[^@\s,;<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@dataclass(frozen=True)
class Learner:
    id: str
    first_name: str
    last_name: str
    email: str
    lms_id: str
    cohort: str = ""
    section: str = ""
    accommodation: str = ""  # extra time as a factor ("1.5"), "" for none


class RosterError(ValueError):
    """The roster cannot be used; one line per problem."""
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def parse_roster(text: str, name: str = ROSTER_FILE) -> list[Learner]:
    """Parse and validate roster text; raise RosterError listing every problem."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise RosterError([f"{name}:1: header: missing column(s) {', '.join(missing)} "
                           f"(need {', '.join(REQUIRED)}; optional {', '.join(OPTIONAL)})"])
    problems: list[str] = []
    learners: list[Learner] = []
    seen_id: dict[str, int] = {}
    seen_email: dict[str, int] = {}
    for row_no, raw in enumerate(reader, start=2):
        raw_id = raw.get("id") if isinstance(raw.get("id"), str) else ""
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items()
               if isinstance(v, str) or v is None}
        if not any(row.values()):
            continue

        def bad(field: str, message: str, row_no: int = row_no) -> None:
            problems.append(f"{name}:{row_no}: {field}: {message}")

        sid = row.get("id", "")
        id_wrong = id_problem(raw_id or sid)
        if id_wrong:
            bad("id", f"{id_wrong} (ids are the learners' account names, written exactly)")
        elif sid in seen_id:
            bad("id", f"'{sid}' is already used on row {seen_id[sid]}")
        else:
            seen_id[sid] = row_no
        for field in ("first_name", "last_name"):
            if not row.get(field):
                bad(field, "is empty")
            elif name_problem(row[field]):
                bad(field, name_problem(row[field]))
        email = row.get("email", "")
        if not _EMAIL.match(email):
            bad("email", f"'{email}' is not an email address")
        elif email.lower() in seen_email:
            bad("email", f"'{email}' is already used on row {seen_email[email.lower()]}")
        else:
            seen_email[email.lower()] = row_no
        if not row.get("lms_id"):
            bad("lms_id", "is empty")
        factor = row.get("accommodation", "")
        if factor and not _factor_ok(factor):
            bad("accommodation", f"'{factor}' is not extra time as a factor between 1 and "
                                 f"{MAX_ACCOMMODATION:g} (e.g. 1.5), or empty")
        _formula_cells(row, bad)
        learners.append(Learner(sid, row.get("first_name", ""), row.get("last_name", ""),
                                email, row.get("lms_id", ""), row.get("cohort", ""),
                                row.get("section", ""), factor))
    if problems:
        raise RosterError(problems)
    if not learners:
        raise RosterError([f"{name}: no learners in the file"])
    return learners


def _factor_ok(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return 1.0 <= value <= MAX_ACCOMMODATION


def _formula_cells(row: dict[str, str], bad) -> None:
    """Refuse cells a spreadsheet would run as a formula (OWASP CSV injection): the roster
    feeds every CSV the course writes (its own copy, the report, the Canvas file)."""
    for field in (*REQUIRED, *OPTIONAL):
        value = row.get(field, "")
        if value.startswith(FORMULA_STARTS) and field != "id":  # ids are checked on their own
            bad(field, f"{value!r} starts with '{value[0]}', which a spreadsheet runs as a "
                       "formula; remove it")


def read_roster(path: Path | str) -> list[Learner]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RosterError([f"{path.name}: cannot be read ({exc.__class__.__name__})"]) from exc
    return parse_roster(text, path.name)


def write_roster(learners: list[Learner], path: Path | str) -> Path:
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([*REQUIRED, *OPTIONAL])
        for p in learners:
            writer.writerow([p.id, p.first_name, p.last_name, p.email, p.lms_id, p.cohort,
                             p.section, p.accommodation])
    return path


def load_into_gradebook(learners: list[Learner], db_url: str,
                        course: str = "default_course") -> int:
    """Create or update every learner in one transaction; returns how many."""
    from nbgrader.api import Gradebook, Student

    tools_on_path()
    with Gradebook(db_url, course) as gb:
        db = gb.db
        try:
            for p in learners:
                student = db.get(Student, p.id)
                if student is None:
                    student = Student(id=p.id)
                    db.add(student)
                student.first_name = p.first_name
                student.last_name = p.last_name
                student.email = p.email
                student.lms_user_id = p.lms_id
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return len(learners)


def import_roster(root: Path | str, source: Path | str, *, db_url: str | None = None
                  ) -> list[Learner]:
    """Validate ``source``, load it into the gradebook, keep a copy as roster.csv."""
    root = Path(root).resolve()
    learners = read_roster(source)
    load_into_gradebook(learners, gradebook_url(root, db_url), course_id(root))
    write_roster(learners, root / ROSTER_FILE)
    return learners
