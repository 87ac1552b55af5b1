"""What a learner's feedback page says, as data.

Built from the sealed scores (the gradebook), the learner's clean answer files
(``autograded/<learner>/<assignment>/answers``) and the item banks:

* per graded question: right or not (✓/✗, in words and colour), the learner's
  answer, and, only where the course's review setting allows, the right answer
  and its explanation (default: shown for practice, hidden for graded work so
  the questions stay reusable);
* writing and forms: the points and the same checklist the learner saw while
  writing (found / missing);
* hand-graded parts: "waiting for your instructor" until a person has graded
  them, then the points and the instructor's comment;
* writing answers in the review queue (the coach was not sure of them, or
  found something a person should read): "waiting for your instructor", with
  no points and nothing of the coach's reading, until a person has graded the
  part; then the instructor's points for the part and their comment;
* the objectives to revisit, with the practice sets that teach them.

No code, no cell ids, no course paths, nothing of another learner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from soplab.coach import analyse
from soplab.engine.content import LearnerExercise, learner_exercises
from soplab.engine.items import ItemBank
from soplab.engine.rubrics import RUBRICS
from soplab.engine.scoring import SetScore, score_values
from soplab.engine.views import describe_value

from ..review.reading import read_set

__all__ = [
    "DECIMALS", "Feedback", "HandGraded", "Part", "Question", "REVIEW_LEVELS", "Revisit",
    "build_feedback", "task_title",
]

#: Points a learner sees (the page and "My progress") are rounded to this many
#: decimals, everywhere alike: 1.34 of 2 reads "1.3 of 2"; whole points have none.
DECIMALS = 1

#: How much of a graded question's key the page shows (instructor setting).
REVIEW_LEVELS = ("hidden", "answers", "explanations")


@dataclass
class Question:
    number: int
    prompt: str
    answer: str
    #: "right", "partly", "wrong", "unanswered", "read" (a person graded it) or
    #: "waiting" (a person will grade it)
    status: str
    points: float
    max_points: float
    right_answer: str = ""
    explanation: str = ""
    #: (text, met, why not) lines of a checklist (writing and forms)
    checklist: list[tuple[str, bool, str]] = field(default_factory=list)
    #: the item's id (instructor side only; never shown on the page)
    item: str = ""


@dataclass
class HandGraded:
    title: str
    max_points: float
    points: float | None = None
    comment: str = ""

    @property
    def waiting(self) -> bool:
        return self.points is None


@dataclass
class Part:
    id: str
    title: str
    graded: bool
    points: float
    max_points: float
    questions: list[Question] = field(default_factory=list)
    note: str = ""
    adjusted: bool = False
    hand: HandGraded | None = None
    #: points of answers that wait for a person (not in ``points`` yet)
    waiting_points: float = 0.0


@dataclass
class Revisit:
    objective: str
    title: str
    missed: int
    total: int
    practice: list[str] = field(default_factory=list)


@dataclass
class Feedback:
    assignment: str
    title: str
    notebook: str
    parts: list[Part] = field(default_factory=list)
    hand: list[HandGraded] = field(default_factory=list)
    revisit: list[Revisit] = field(default_factory=list)
    points: float = 0.0
    max_points: float = 0.0
    late_penalty: float = 0.0
    review: str = "hidden"
    #: the learner's own due date when an extension or accommodation moved it ("")
    due_note: str = ""

    @property
    def waiting_points(self) -> float:
        hands = [*self.hand, *(p.hand for p in self.parts if p.hand)]
        return sum(h.max_points for h in hands if h.waiting) + sum(
            p.waiting_points for p in self.parts if p.graded)

    def summary(self) -> dict[str, Any]:
        """Learner-safe figures for "My progress" (no key, no answer text)."""
        return {
            "schema": "soplab-feedback", "version": 1, "assignment": self.assignment,
            "title": self.title, "points": round(self.points, DECIMALS),
            "max_points": round(self.max_points, DECIMALS),
            "waiting_points": round(self.waiting_points, DECIMALS),
            "parts": [{"title": p.title, "points": round(p.points, DECIMALS),
                       "max_points": round(p.max_points, DECIMALS)}
                      for p in self.parts if p.graded],
            "revisit": [r.title for r in self.revisit],
        }


def task_title(source: str, fallback: str = "A part your instructor grades by hand") -> str:
    """A plain title for a hand-graded task cell, from its first line."""
    first = source.strip().splitlines()[0] if source.strip() else ""
    text = re.sub(r"[#*_`]", "", first).strip()
    text = re.sub(r"^For your instructor\s*[:.]?\s*", "", text, flags=re.I)
    text = re.sub(r"\(\s*\d+(\.\d+)?\s+points?\s*\)\.?", "", text).strip(" .:")
    if not text or len(text) > 80:
        return fallback
    return text[0].upper() + text[1:]


def _status(credit: float, answered: bool) -> str:
    if not answered:
        return "unanswered"
    if credit >= 0.999:
        return "right"
    return "partly" if credit > 0 else "wrong"


def _key_text(widget: str, label: str, options: tuple[str, ...]) -> str:
    if widget == "scenario" and len(label) == 1 and label.isalpha():
        index = ord(label) - ord("A")
        if 0 <= index < len(options):
            return options[index]
    return label if widget in ("classify", "scenario") else ""


def _checklist(widget: str, expects: str, value: Any) -> list[tuple[str, bool, str]]:
    if widget in ("plan", "network") and expects in RUBRICS:
        return [(c.text, c.met, c.why_not) for c in RUBRICS[expects][1](value)]
    if widget == "text" and expects not in ("", "reflection") and isinstance(value, str) \
            and value.strip():
        result = analyse(value, expected_kind=expects)
        lines = [(c.label, c.present, "" if c.present else c.hint) for c in result.components]
        lines += [(f.message, False, "") for f in result.flags]
        return lines
    return []


def _questions(bank: ItemBank, ex: LearnerExercise, score: SetScore, values: dict[str, Any],
               *, show_key: bool, show_why: bool) -> list[Question]:
    items = {i.id: i for i in bank.items_for(ex.id)}
    out = []
    for number, item in enumerate(ex.items, start=1):
        value = values.get(item.id)
        answered = item.id in score.answered_ids
        credit = score.credit.get(item.id, 0.0)
        bank_item = items[item.id]
        q = Question(number, item.prompt,
                     describe_value(ex, item, value) if answered else "(no answer)",
                     "read" if answered and item.expects == "reflection"
                     else _status(credit, answered), score.per_item.get(item.id, 0.0),
                     score.max_points / max(1, len(ex.items)),
                     checklist=_checklist(ex.widget, item.expects, value) if answered else [],
                     item=item.id)
        if show_key and ex.widget in ("classify", "scenario") and q.status != "right":
            q.right_answer = _key_text(ex.widget, bank_item.label, item.options)
        if show_why:
            q.explanation = bank_item.explanation
        out.append(q)
    return out


def _mark_review(part: Part, bank: ItemBank, ex_id: str, saved: dict[str, Any],
                 score: SetScore, *, waiting: bool) -> None:
    """Answers of the review queue: "waiting" (no points yet) while the part is open,
    "read" once a person has set the part's points."""
    queued = {r.item for r in read_set(bank, ex_id, saved) if r.needs_review}
    if not queued:
        return
    for q in part.questions:
        item = q.item
        if item not in queued:
            continue
        if waiting:
            part.points -= score.per_item.get(item, 0.0)
            part.waiting_points += q.max_points
            q.status, q.points = "waiting", 0.0
        elif part.adjusted:
            q.status = "read"
    part.points = max(0.0, part.points)


def build_feedback(bank: ItemBank, assignment: str, notebook: str, title: str, *,
                   values: dict[str, dict[str, Any]], grades: dict[str, dict[str, Any]],
                   tasks: dict[str, str], late_penalty: float = 0.0,
                   review: str = "hidden") -> Feedback:
    """The feedback of one learner on one notebook.

    ``values``: exercise set -> saved values (read as data); ``grades``: grade or
    task cell name -> {"auto", "manual", "extra", "max", "comment"} from the
    gradebook; ``tasks``: task cell name -> its markdown (for a plain title).
    """
    if review not in REVIEW_LEVELS:
        raise ValueError(f"review must be one of {', '.join(REVIEW_LEVELS)}")
    fb = Feedback(assignment, title, notebook, review=review)
    view = learner_exercises(bank, assignment)
    sets_by_id = {ex.id: ex for ex in bank.exercises_for(assignment)}
    missed: dict[str, list[int]] = {}
    hands: dict[str, HandGraded] = {}
    for name, text in tasks.items():
        row = grades.get(name, {})
        manual = row.get("manual")
        hands[name] = HandGraded(task_title(text), float(row.get("max") or 0),
                                 None if manual is None else float(manual) + float(
                                     row.get("extra") or 0), row.get("comment") or "")
    for ex_id, ex in view.items():
        source = sets_by_id[ex_id]
        saved = values.get(ex_id, {})
        score = score_values(bank, ex_id, saved)
        graded = not source.is_practice
        cell = grades.get(f"score-{ex_id}")
        if graded and cell is None:
            continue  # a graded set of another notebook of this assignment
        show_key = not graded or review in ("answers", "explanations")
        show_why = not graded or review == "explanations"
        part = Part(ex_id, ex.title, graded, score.points, score.max_points,
                    _questions(bank, ex, score, saved, show_key=show_key, show_why=show_why))
        if not graded:  # practice earns no points: say right or not only
            for q in part.questions:
                q.points = q.max_points = 0.0
        if graded:
            manual = cell.get("manual")
            part.points = float(manual if manual is not None else cell.get("auto") or 0.0) + \
                float(cell.get("extra") or 0.0)
            part.max_points = float(cell.get("max") or score.max_points)
            part.adjusted = manual is not None
            _mark_review(part, bank, ex_id, saved, score, waiting=bool(cell.get("needs"))
                         and manual is None)
            part.note = cell.get("comment") or ""
            hand = hands.pop(f"task-{ex_id}", None)
            if hand is not None:
                hand.title = "Your instructor's grade for this part"
                part.hand = hand
        for item in bank.items_for(ex_id):
            if item.label == "reflection":
                continue
            tally = missed.setdefault(item.objective, [0, 0])
            tally[1] += 1
            tally[0] += score.credit.get(item.id, 0.0) < 1.0
        if graded or part.questions:
            fb.parts.append(part)
    fb.hand = list(hands.values())
    graded_parts = [p for p in fb.parts if p.graded]
    fb.max_points = sum(p.max_points for p in graded_parts) + sum(
        h.max_points for h in [*fb.hand, *(p.hand for p in graded_parts if p.hand)])
    fb.points = sum(p.points for p in graded_parts) + sum(
        h.points or 0.0 for h in [*fb.hand, *(p.hand for p in graded_parts if p.hand)])
    fb.late_penalty = float(late_penalty or 0.0)
    fb.points = max(0.0, fb.points - fb.late_penalty)
    practice_of: dict[str, list[str]] = {}
    for ex in bank.exercises_for(assignment):
        if ex.is_practice:
            for item in bank.items_for(ex.id):
                titles = practice_of.setdefault(item.objective, [])
                if ex.title not in titles:
                    titles.append(ex.title)
    for objective, (count, total) in sorted(missed.items()):
        if count:
            known = bank.objectives.get(objective)
            fb.revisit.append(Revisit(objective, known.short_title if known else objective,
                                      count, total, practice_of.get(objective, [])))
    return fb
