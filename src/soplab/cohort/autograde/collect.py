"""Collect that no other account can steer: every inbound entry is judged first.

nbgrader's own collect picks each learner's newest inbound entry by the time in
its *name*, deletes the learner's collected folder, and only then looks at who
owns the entry; one odd name stops it for everyone. :class:`SafeCollect` (which
the course's ``nbgrader_config.py`` plugs into plain ``nbgrader collect`` and
formgrader's button too) decides first, for every entry of the assignment:

* its name parses (``<id>+<assignment>+<time>[+<random>]``) with a real time;
* the id is in the course's one normal form (:mod:`soplab.cohort.learner_ids`)
  and, once a roster is loaded, on the roster exactly;
* it is a real folder (not a link), owned by the learner's own account (or by
  the account collecting, when one person runs everything); on a shared server
  a folder naming a classmate is refused.

An entry that fails is skipped and reported with its name and owner; it never
takes part in choosing. Of each learner's valid entries the newest is taken;
every file taken is a regular file owned by the entry's owner with one link
(:func:`~soplab.cohort.autograde.submissions.read_submission`). It replaces an
earlier collected submission only when it is newer, in one swap of folders;
nothing is deleted before the new folder is complete. After collecting, two
learners with the same submission token are reported (feedback for that token
is then not released; see :mod:`~soplab.cohort.autograde.release`).
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.exchange.default import ExchangeCollect

from soplab._core.safeio import Refused, open_folder, read_file
from soplab.cohort.learner_ids import id_problem
from soplab.engine.items import load_bank

from .submissions import (
    SECRET_FILE,
    TIMESTAMP_FILE,
    TIMESTAMP_FORMAT,
    adopt_renamed,
    parse_timestamp,
    read_submission,
    replace_folder,
    write_clean,
)

__all__ = ["Entry", "SafeCollect", "duplicate_secrets", "judge_inbound", "parse_entry_name"]


@dataclass
class Entry:
    """One inbound entry of the assignment, judged."""

    name: str
    student: str = ""
    timestamp: datetime | None = None
    uid: int = -1
    owner: str = ""
    problem: str = ""


def _account(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"user id {uid}"


def parse_entry_name(name: str, assignment: str) -> tuple[str, datetime | None]:
    """``(learner id, time)`` from an inbound entry's name (time None: not a time).

    As nbgrader reads it, the time is the part before the last ``+`` when there is one
    (``<id>+<assignment>+<time>+<random>``): read whole, a random part that begins with a
    digit ("UTC+5Iei...") would be taken for an offset of hours and put a resubmission
    before the one it replaces."""
    student, _, rest = name.partition(f"+{assignment}+")
    stamp = parse_timestamp(rest.rsplit("+", 1)[0]) if "+" in rest else None
    if stamp is None:
        stamp = parse_timestamp(rest)
    return student, stamp


def judge_inbound(inbound: Path, assignment: str, *, roster: set[str] | None,
                  check_owner: bool, only: str = "") -> list[Entry]:
    """Every entry of ``assignment`` in the exchange's inbound folder, each with the
    reason it may not be taken ("" if it may). Nothing is opened but folder entries."""
    me = os.getuid()
    entries = []
    for name in sorted(os.listdir(inbound)):
        if f"+{assignment}+" not in name:
            continue
        entry = Entry(name)
        entry.student, entry.timestamp = parse_entry_name(name, assignment)
        if only and entry.student != only:
            continue
        try:
            info = os.lstat(inbound / name)
        except OSError:
            continue
        entry.uid, entry.owner = info.st_uid, _account(info.st_uid)
        bad_id = id_problem(entry.student)
        if entry.timestamp is None:
            entry.problem = "the name holds no valid submission time"
        elif bad_id:
            entry.problem = f"the learner id {bad_id}"
        elif roster is not None and entry.student not in roster:
            entry.problem = f"'{entry.student}' is not on the roster"
        elif not stat.S_ISDIR(info.st_mode):
            entry.problem = "not a folder (a link or a file); not followed"
        elif check_owner and info.st_uid != me and entry.owner != entry.student:
            entry.problem = f"it names {entry.student} but belongs to {entry.owner}"
        entries.append(entry)
    return entries


def _newest(entries: list[Entry], duedate: datetime | None) -> Entry:
    ordered = sorted(entries, key=lambda e: (e.timestamp, e.name), reverse=True)
    if duedate is not None:
        on_time = [e for e in ordered if e.timestamp <= duedate]
        if on_time:
            return on_time[0]
    return ordered[0]


def _collected_time(folder: Path) -> datetime | None:
    try:
        with open_folder(folder) as fd:
            raw = read_file(fd, TIMESTAMP_FILE, 200)
    except (Refused, OSError):
        return None
    return parse_timestamp(raw.decode("utf-8", "replace").strip())


def duplicate_secrets(submitted: Path, assignment: str) -> dict[str, list[str]]:
    """Submission tokens held by more than one learner's collected ``assignment``:
    token -> learner ids."""
    holders: dict[str, list[str]] = defaultdict(list)
    if not submitted.is_dir():
        return {}
    for learner in sorted(os.listdir(submitted)):
        try:
            with open_folder(submitted, learner, assignment) as fd:
                token = read_file(fd, SECRET_FILE, 200).decode("ascii", "replace").strip()
        except (Refused, OSError):
            continue
        if token:
            holders[token].append(learner)
    return {t: ids for t, ids in holders.items() if len(ids) > 1}


class SafeCollect(ExchangeCollect):
    """nbgrader's collect, judging every inbound entry before choosing (module doc)."""

    #: what was skipped or left behind, one line each (``soplab collect`` prints them)
    notes: list[str]

    def _note(self, line: str) -> None:
        self.log.warning("%s", line)
        self.notes.append(line)

    def _course_facts(self) -> tuple[set[str] | None, datetime | None]:
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            roster = {s.id for s in gb.students} or None
            try:
                duedate = gb.find_assignment(self.coursedir.assignment_id).duedate
            except MissingEntry:
                duedate = None
        return roster, duedate

    def init_src(self):
        self.notes = []
        if self.coursedir.course_id == "":
            self.fail("No course id specified. Re-run with --course flag.")
        self.course_path = os.path.join(self.root, self.coursedir.course_id)
        self.inbound_path = os.path.join(self.course_path, "inbound")
        if not os.path.isdir(self.inbound_path):
            self.fail(f"Course not found: {self.inbound_path}")
        roster, self.duedate = self._course_facts()
        entries = judge_inbound(Path(self.inbound_path), self.coursedir.assignment_id,
                                roster=roster, check_owner=self.check_owner,
                                only=self.coursedir.student_id.strip("*"))
        by_student: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if entry.problem:
                self._note(f"skipped inbound entry '{entry.name}' (owner {entry.owner}): "
                           f"{entry.problem}")
            else:
                by_student[entry.student].append(entry)
        due = self.duedate if self.before_duedate else None
        self.src_records = [_newest(v, due) for _, v in sorted(by_student.items())]

    def copy_files(self):
        assignment = self.coursedir.assignment_id
        if not self.src_records:
            self.log.warning("No submissions of '%s' to collect", assignment)
        root = Path(self.coursedir.root)
        notebooks = sorted(p.stem for p in (root / "source" / assignment).glob("*.ipynb"))
        exercises = [ex.id for ex in load_bank(root).exercises_for(assignment)]
        for entry in self.src_records:
            try:
                self._collect_one(entry, notebooks, exercises)
            except OSError as exc:  # one learner's problem stays their own
                self._note(f"{entry.student}: not collected: {exc.strerror or exc}")
        submitted = Path(self.coursedir.format_path(self.coursedir.submitted_directory, ".",
                                                    ".")).resolve()
        for ids in duplicate_secrets(submitted, assignment).values():
            self._note(f"{', '.join(ids)}: the same submission token in {len(ids)} "
                       "submissions; their feedback is not returned through the exchange "
                       "until each submits again")

    def _collect_one(self, entry: Entry, notebooks: list[str], exercises: list[str]) -> None:
        student, assignment = entry.student, self.coursedir.assignment_id
        dest = Path(self.coursedir.format_path(self.coursedir.submitted_directory, student,
                                               assignment))
        if os.path.lexists(dest):
            existing = _collected_time(dest)
            newer = existing is None or entry.timestamp > existing
            if not ((self.update and newer) or
                    (self.before_duedate and existing != entry.timestamp)):
                self.log.info("No newer submission to collect: %s %s", student, assignment)
                return
        intake = read_submission(self.inbound_path, entry.name, notebooks=notebooks,
                                 exercises=exercises, owner=entry.uid)
        if intake.refused:
            self._note(f"{student}: not collected ('{entry.name}'): {intake.refused}")
            return
        adopt_renamed(intake, notebooks)
        for note in intake.notes():
            self._note(f"{student}: {note}")
        if intake.timestamp is None:  # the time in the entry's name, checked above
            intake.timestamp = entry.timestamp.strftime(TIMESTAMP_FORMAT)
        if intake.secret is None:
            self._note(f"{student}: the submission has no submission token; its feedback "
                       "cannot be returned through the exchange (hand them the page)")
        self.log.info("Collecting submission: %s %s", student, assignment)
        dest.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{assignment}.collect-", dir=dest.parent))
        try:
            write_clean(intake, staging / "x")
            replace_folder(staging / "x", dest)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
