"""My progress: which course objectives a learner has practised, and what to revisit.

Reads only what a learner has on their own computer: the assignment folders
beside the current one (``../<assignment>/``), each with its ``exercises.json``
(practice keys included, assessment keys never) and its ``answers/*.json``.
Practice items with a key count as right or not yet right; writing practice
counts as done once written (a person, not the page, judges writing); plan and
network practice count as right when their checklist is at least 80% met.
Graded items are only counted as answered: their keys are not on the learner's
computer, and the page says so. What has gone out and come back is shown per
assignment: when it was submitted (nbgrader's copy in the learner's exchange
cache) and the result of the newest feedback the learner has fetched (its
summary block only, see :mod:`soplab.engine.returned`).

Objectives are shown by their titles ("Harm and danger statements"), never by
their codes.

Objectives come from the course's item banks when the course folder is
reachable, otherwise from ``course-map.json`` (written by
:func:`write_course_map`, shipped with ``09-my-progress``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from soplab._core.paths import course_root

from .answers import read_values
from .content import CONTENT_FILE, LearnerExercise, exercise_from_dict, learner_content
from .items import BankError, load_bank
from .returned import Result, latest_result, spoken_time, submissions
from .scoring import PASS_SHARE, practice_right

__all__ = ["GRADED_NOTE", "GradedWork", "MAP_FILE", "MAP_SCHEMA", "NOT_STARTED",
           "ObjectiveProgress", "PASSED", "ProgressReport", "REVISIT", "STARTED", "SetProgress",
           "course_map", "progress_report", "write_course_map"]


MAP_FILE = "course-map.json"
MAP_SCHEMA = "soplab-course-map"

PASSED = ("✓", "Practised and passed")
REVISIT = ("↻", "Worth revisiting")
STARTED = ("◐", "Started")
NOT_STARTED = ("○", "Not started yet")


# -- the objectives map ------------------------------------------------------------
def course_map(bank) -> dict[str, Any]:
    """Learner-safe map: objective titles, and the objectives each exercise set covers."""
    sets: dict[str, Any] = {}
    for ex in bank.exercises.values():
        objectives: list[str] = []
        for item in bank.items_for(ex.id):
            if item.objective not in objectives:
                objectives.append(item.objective)
        sets[ex.id] = {"assignment": ex.assignment, "objectives": objectives,
                       "items": {i.id: i.objective for i in bank.items_for(ex.id)}}
    return {
        "schema": MAP_SCHEMA,
        "version": 1,
        "objectives": {o.id: o.short_title for o in bank.objectives.values()},
        "sets": sets,
    }


def write_course_map(bank, path: Path | str) -> Path:
    """Write :func:`course_map` to ``path`` (left untouched when it already says the same)."""
    path = Path(path)
    text = json.dumps(course_map(bank), indent=1, ensure_ascii=False) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def _bank_for(folder: Path):
    root = course_root(folder)
    if root is None:
        return None
    try:
        return load_bank(root)
    except BankError:
        return None


def _load_map(folder: Path, bank) -> dict[str, Any] | None:
    """The shipped map (``course-map.json``), brought up to date from the banks if reachable."""
    found: dict[str, Any] | None = None
    for candidate in (folder / MAP_FILE, *sorted(folder.parent.glob(f"*/{MAP_FILE}"))):
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("schema") == MAP_SCHEMA:
            found = data
            break
    if bank is None:
        return found
    fresh = course_map(bank)
    if found is None:
        return fresh
    return {**found, "objectives": {**found.get("objectives", {}), **fresh["objectives"]},
            "sets": {**found.get("sets", {}), **fresh["sets"]}}


# -- reading the learner's folders ---------------------------------------------------
def _exercises_in(folder: Path, bank) -> list[LearnerExercise]:
    path = folder / CONTENT_FILE
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [exercise_from_dict(ex_id, body) for ex_id, body in data["exercises"].items()]
        except (OSError, ValueError, KeyError, TypeError):
            return []
    if bank is not None and any(ex.assignment == folder.name for ex in bank.exercises.values()):
        data = learner_content(bank, folder.name)
        return [exercise_from_dict(ex_id, body) for ex_id, body in data["exercises"].items()]
    return []


def _assignment_title(folder: Path) -> str:
    """The assignment's own title (from its ``exercises.json``), else its folder's name."""
    try:
        data = json.loads((folder / CONTENT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return folder.name
    title = data.get("title") if isinstance(data, dict) else None
    return title if isinstance(title, str) and title.strip() else folder.name


def _points(value: float) -> str:
    value = round(float(value), 2)
    return f"{value:g}"


@dataclass
class GradedWork:
    """One assignment's graded work: answered, submitted, and what came back."""
    assignment: str
    title: str
    total: int = 0
    answered: int = 0
    #: When it was submitted, oldest first (empty: not submitted yet).
    submitted: list = field(default_factory=list)
    result: Result | None = None

    def submitted_text(self) -> str:
        if not self.submitted:
            return "Not submitted yet"
        last = spoken_time(self.submitted[-1])
        if len(self.submitted) == 1:
            return f"Submitted on {last}"
        return f"Submitted {len(self.submitted)} times; the last on {last}"

    def result_text(self) -> str:
        r = self.result
        if r is None:
            return ("Not returned yet: your instructor is grading it" if self.submitted
                    else "No results yet")
        text = f"{_points(r.points)} of {_points(r.max_points)} points"
        if r.waiting_points:
            text += (f"; {_points(r.waiting_points)} more points still to come from your "
                     "instructor")
        return text


@dataclass
class SetProgress:
    assignment: str
    exercise: str
    title: str
    practice: bool
    total: int
    answered: int = 0
    keyed: int = 0
    right: int = 0

    @property
    def needs_revisit(self) -> bool:
        return self.practice and self.keyed > 0 and self.right < PASS_SHARE * self.keyed


@dataclass
class ObjectiveProgress:
    objective: str
    title: str
    total: int = 0
    answered: int = 0
    keyed: int = 0
    right: int = 0
    graded_total: int = 0
    graded_answered: int = 0

    @property
    def status(self) -> tuple[str, str]:
        if self.answered == 0:
            return NOT_STARTED
        if self.keyed and self.right < PASS_SHARE * self.keyed:
            return REVISIT
        if self.answered < self.total:
            return STARTED
        return PASSED


@dataclass
class ProgressReport:
    objectives: list[ObjectiveProgress] = field(default_factory=list)
    sets: list[SetProgress] = field(default_factory=list)
    assignments: list[str] = field(default_factory=list)
    #: Assignment folder -> its title.
    titles: dict[str, str] = field(default_factory=dict)
    #: Assignments with graded work, in course order.
    graded: list[GradedWork] = field(default_factory=list)
    note: str = ""

    @property
    def revisit(self) -> list[SetProgress]:
        return [s for s in self.sets if s.needs_revisit]

    def text(self) -> str:
        lines = ["My progress"]
        if self.note:
            lines.append(self.note)
        if self.graded:
            lines.append("Graded work:")
            for g in self.graded:
                lines.append(f"  {g.title}: {g.answered} of {g.total} graded questions "
                             f"answered. {g.submitted_text()}. {g.result_text()}.")
                if g.result is not None and g.result.revisit:
                    lines.append(f"    To revisit: {', '.join(g.result.revisit)}")
        lines.append("Practice by course objective:")
        for o in self.objectives:
            symbol, word = o.status
            right = f", {o.right} of {o.keyed} right" if o.keyed else ""
            lines.append(f"{symbol} {o.title}: {word} "
                         f"({o.answered} of {o.total} practice answered{right})")
        if self.revisit:
            lines.append("Worth another try:")
            lines.extend(f"  ↻ {self.titles.get(s.assignment, s.assignment)}: '{s.title}' "
                         f"({s.right} of {s.keyed} right)" for s in self.revisit)
        lines.append(GRADED_NOTE)
        return "\n".join(lines)


GRADED_NOTE = (
    "About graded questions: before your feedback comes back, this page only counts whether "
    "you answered them; their answers are not on your computer, so nobody can check them "
    "here. Once your instructor returns your work and you fetch the feedback (Nbgrader > "
    "Assignments, Fetch Feedback), your result shows under Graded work.")


def progress_report(folder: Path | str | None = None, *,
                    cache: Path | str | None = None) -> ProgressReport:
    """Read the learner's answers in every assignment folder beside ``folder``, their
    submissions (``cache``: nbgrader's exchange cache, by default its usual place) and
    the feedback they have fetched."""
    folder = Path(folder or Path.cwd()).resolve()
    bank = _bank_for(folder)
    cmap = _load_map(folder, bank)
    report = ProgressReport()
    if cmap is None:
        report.note = ("The list of course objectives was not found, so progress is shown "
                       "by assignment only. Ask your instructor for the full course folder.")
    titles: dict[str, str] = dict((cmap or {}).get("objectives", {}))
    item_objectives: dict[str, str] = {}
    for body in (cmap or {}).get("sets", {}).values():
        item_objectives.update(body.get("items", {}))
    by_objective: dict[str, ObjectiveProgress] = {
        o: ObjectiveProgress(o, t) for o, t in titles.items() if o.startswith("LO")}

    for sibling in sorted(p for p in folder.parent.iterdir() if p.is_dir()):
        exercises = _exercises_in(sibling, bank)
        if not exercises:
            continue
        report.assignments.append(sibling.name)
        report.titles[sibling.name] = _assignment_title(sibling)
        work = GradedWork(sibling.name, report.titles[sibling.name])
        for ex in exercises:
            values, _note = read_values(sibling, ex.id)
            sp = SetProgress(sibling.name, ex.id, ex.title, ex.is_practice, len(ex.items))
            for item in ex.items:
                value = values.get(item.id)
                answered = ex.valid_value(item, value)
                objective = item_objectives.get(item.id)
                op = by_objective.get(objective) if objective else None
                if not ex.is_practice:
                    if op is not None:
                        op.graded_total += 1
                        op.graded_answered += answered
                    sp.answered += answered
                    work.total += 1
                    work.answered += answered
                    continue
                credit = practice_right(ex.widget, item, value) if answered else None
                keyed = ex.widget in ("classify", "scenario", "plan", "network")
                sp.answered += answered
                sp.keyed += keyed and answered
                sp.right += bool(credit)
                if op is not None:
                    op.total += 1
                    op.answered += answered
                    op.keyed += keyed and answered
                    op.right += bool(credit)
            report.sets.append(sp)
        if work.total:
            work.result = latest_result(sibling)
            report.graded.append(work)
    sent = submissions([g.assignment for g in report.graded], cache)
    for work in report.graded:
        work.submitted = sent.get(work.assignment, [])
    report.objectives = [o for o in by_objective.values() if o.total or o.graded_total]
    if not report.assignments:
        report.note = ("No assignments were found beside this one. Keep this notebook in the "
                       "same folder as the other assignments, then run it again.")
    return report
