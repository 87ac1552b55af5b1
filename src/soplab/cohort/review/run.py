"""``soplab review``: the queue of one assignment, listed or gone through by a person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from soplab.course.config import course_id, gradebook_url
from soplab.engine.items import load_bank

from .queue import Entry, Group, group_entries, load_queue, queue_counts
from .record import save_decision
from .rubrics import load_rubrics
from .session import SessionResult, run_session

__all__ = ["Queue", "describe_queue", "open_queue", "review_assignment"]


@dataclass
class Queue:
    assignment: str
    url: str
    course: str
    entries: list[Entry]
    groups: list[Group]
    rubrics: dict[str, str] = field(default_factory=dict)

    @property
    def problems(self) -> list[Entry]:
        return [e for e in self.entries if e.problem]


def open_queue(root: Path | str, assignment: str, *, db_url: str | None = None,
               students: list[str] | None = None) -> Queue:
    """The assignment's queue, grouped (raises BankError / RubricError on bad course files)."""
    root = Path(root).resolve()
    bank = load_bank(root)
    url, course = gradebook_url(root, db_url), course_id(root)
    entries = load_queue(root, bank, url, course, assignment, students)
    return Queue(assignment, url, course, entries, group_entries(entries), load_rubrics(root))


def describe_queue(queue: Queue) -> list[str]:
    """Plain lines: how much waits, and each group with its size."""
    answers, learners = queue_counts(queue.entries)
    if not queue.entries:
        return [f"{queue.assignment}: nothing waits for a person."]
    lines = [f"{queue.assignment}: {answers} writing answer{'s' if answers != 1 else ''} of "
             f"{learners} learner{'s' if learners != 1 else ''} wait for a person, in "
             f"{len(queue.groups)} group{'s' if len(queue.groups) != 1 else ''}."]
    lines += [f"  {len(g.entries):>3} × {g.title}" for g in queue.groups]
    lines += [f"  {e.student}: {e.title}: {e.problem}" for e in queue.problems]
    return lines


def review_assignment(queue: Queue, *, ask: Callable[[str], str | None],
                      say: Callable[[str], None]) -> SessionResult:
    """Go through the queue with a person (see :func:`~.session.run_session`)."""
    def save(entry: Entry, points: float, comment: str) -> None:
        save_decision(queue.url, queue.course, queue.assignment, entry, points, comment)

    return run_session(queue.groups, ask=ask, say=say, save=save, rubrics=queue.rubrics)
