"""The review queue of an assignment, read from nbgrader's gradebook.

A queue entry is one learner's graded writing set whose grade cell
(``score-<set>``) still ``needs_manual_grade``: autograde left it open because
the coach was not sure of an answer, or found harmful practice or the wrong
kind (or a person's earlier grade should be looked at again after a new
autograde). The answers are read again from the clean copies in
``autograded/<learner>/<assignment>/answers`` and read by the coach, so the
queue is never stored twice: the gradebook says what waits, the answers say why.

:func:`group_entries` puts entries whose waiting answers are to the same
question with the same findings together, and orders each group so that
similar answers follow each other (a person decides faster, and alike).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from soplab.engine.answers import read_values
from soplab.engine.items import ItemBank

from .reading import Reading, is_writing_set, read_set

__all__ = ["Entry", "Group", "group_entries", "load_queue", "queue_counts"]

#: Groups bigger than this are ordered by their text instead of by likeness.
_SIMILAR_UP_TO = 300


@dataclass
class Entry:
    """One learner's writing set that waits for a person."""

    student: str
    notebook: str
    cell: str
    exercise: str
    title: str
    max_points: float
    auto_score: float
    manual_score: float | None
    comment: str
    readings: list[Reading] = field(default_factory=list)
    problem: str = ""

    @property
    def waiting(self) -> list[Reading]:
        """The answers a person decides (all answered ones if none is flagged, e.g. a
        part reopened after a new autograde)."""
        flagged = [r for r in self.readings if r.needs_review]
        return flagged or list(self.readings)

    def total_with(self, decided: dict[str, float]) -> float:
        """The part's points when the waiting answers get ``decided`` (item -> points)
        and every other answered item keeps its automatic points."""
        total = sum(decided.get(r.item, r.points) for r in self.readings)
        return round(min(max(total, 0.0), self.max_points), 4)


@dataclass
class Group:
    key: tuple
    title: str
    entries: list[Entry]


def load_queue(root: Path, bank: ItemBank, url: str, course: str, assignment: str,
               students: list[str] | None = None) -> list[Entry]:
    """Every entry of the queue of ``assignment`` (learner order)."""
    from nbgrader.api import Comment, Gradebook, MissingEntry

    entries: list[Entry] = []
    with Gradebook(url, course) as gb:
        try:
            subs = gb.assignment_submissions(assignment)
        except MissingEntry:
            return []
        for sub in sorted(subs, key=lambda s: s.student_id):
            if students and sub.student_id not in students:
                continue
            folder = Path(root) / "autograded" / sub.student_id / assignment
            for nb in sorted(sub.notebooks, key=lambda n: n.name):
                comments = {c.cell_id: c.manual_comment or "" for c in
                            gb.db.query(Comment).filter(Comment.notebook_id == nb.id)}
                for grade in sorted(nb.grades, key=lambda g: g.name):
                    ex_id = grade.name.removeprefix("score-")
                    if not (grade.needs_manual_grade and grade.name.startswith("score-")
                            and is_writing_set(bank, ex_id)):
                        continue
                    entry = Entry(sub.student_id, nb.name, grade.name, ex_id,
                                  bank.exercises[ex_id].title, float(grade.max_score),
                                  float(grade.auto_score or 0.0), grade.manual_score,
                                  comments.get(grade.cell_id, ""))
                    if folder.is_symlink() or not folder.is_dir():
                        entry.problem = "not autograded yet (run soplab autograde)"
                    else:
                        values, _note = read_values(folder, ex_id)
                        entry.readings = read_set(bank, ex_id, values)
                    entries.append(entry)
    return entries


def _key(entry: Entry) -> tuple:
    first = entry.waiting[0] if entry.waiting else None
    if first is None:
        return (entry.exercise, 0, ("no answer",))
    return (entry.exercise, first.number, first.signature)


def _likeness_order(entries: list[Entry]) -> list[Entry]:
    """Greedy chain: each next entry is the one whose answer is most like the last."""
    def text(e: Entry) -> str:
        return " ".join(r.text.lower() for r in e.waiting)

    rest = sorted(entries, key=text)
    if len(rest) > _SIMILAR_UP_TO:
        return rest
    chain = [rest.pop(0)]
    while rest:
        last = text(chain[-1])
        best = max(range(len(rest)), key=lambda i: difflib.SequenceMatcher(
            None, last, text(rest[i]), autojunk=False).ratio())
        chain.append(rest.pop(best))
    return chain


def group_entries(entries: list[Entry]) -> list[Group]:
    """Entries grouped by question and findings; biggest groups first."""
    buckets: dict[tuple, list[Entry]] = {}
    for entry in entries:
        if not entry.problem:
            buckets.setdefault(_key(entry), []).append(entry)
    groups = []
    for key, members in buckets.items():
        exercise, number, signature = key
        title = f"{members[0].title}, question {number}: {'; '.join(signature)}"
        groups.append(Group(key, title, _likeness_order(members)))
    groups.sort(key=lambda g: (-len(g.entries), g.key[0], g.key[1], g.key[2]))
    return groups


def queue_counts(entries: list[Entry]) -> tuple[int, int]:
    """(answers waiting, learners) of a queue."""
    return (sum(len(e.waiting) for e in entries if not e.problem),
            len({e.student for e in entries}))
