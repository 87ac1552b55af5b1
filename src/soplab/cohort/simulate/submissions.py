"""Simulated submissions, exactly as nbgrader's collect leaves them, on a schedule
with late and missing work."""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from soplab.engine.answers import AnswerFile
from soplab.engine.items import ItemBank, load_bank

from .learners import SimLearner, learner_rng, make_cohort
from .writing import answer_item

__all__ = [
    "DEFAULT_DUE", "Simulation", "TIMESTAMP_FORMAT", "answer_assignment", "due_date",
    "schedule", "simulate", "write_submission",
]


TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"


@dataclass
class Simulation:
    learners: list[SimLearner]
    #: assignment -> learner ids with a submission folder
    submitted: dict[str, list[str]] = field(default_factory=dict)
    #: assignment -> learner ids who did not submit
    missing: dict[str, list[str]] = field(default_factory=dict)
    #: assignment -> learner ids who submitted after the due date
    late: dict[str, list[str]] = field(default_factory=dict)


def answer_assignment(bank: ItemBank, assignment: str, learner: SimLearner, folder: Path,
                      rng: random.Random, when: datetime) -> dict[str, int]:
    """Write ``answers/<set>.json`` for every set of ``assignment`` into ``folder``.

    Returns how many items were answered per set.
    """
    counts = {}
    for ex in bank.exercises_for(assignment):
        store = AnswerFile(exercise=ex.id, folder=folder)
        minute = 0
        for item in bank.items_for(ex.id):
            if rng.random() < learner.skip_rate:
                continue
            value = answer_item(learner, ex, item, rng)
            minute += rng.randint(1, 4)
            changes = 1 + (rng.random() < 0.2)
            store.answers[item.id] = {
                "value": value,
                "changed": (when - timedelta(minutes=120 - minute)).isoformat(
                    timespec="seconds"),
                "changes": changes,
            }
        if store.answers:
            store.save()
        counts[ex.id] = len(store.answers)
    return counts


def write_submission(root: Path, bank: ItemBank, assignment: str, learner: SimLearner,
                     out: Path, rng: random.Random, when: datetime) -> Path:
    """``out/<learner>/<assignment>/`` as nbgrader collect would leave it."""
    release = root / "release" / assignment
    if not release.is_dir():
        raise FileNotFoundError(f"release/{assignment}: not built yet (run soplab build)")
    folder = out / learner.id / assignment
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(release, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints",
                                                                   "answers"))
    answer_assignment(bank, assignment, learner, folder, rng, when)
    (folder / "timestamp.txt").write_text(when.strftime(TIMESTAMP_FORMAT))
    return folder


def simulate(root: Path | str, assignments: list[str], n: int = 30, seed: int = 0, *,
             due: datetime | None = None, out: Path | str | None = None,
             learners: list[SimLearner] | None = None, progress=None) -> Simulation:
    """Simulate a cohort's submissions of ``assignments`` under ``out``
    (default ``<root>/submitted``). Late work is stamped after ``due``."""
    root = Path(root).resolve()
    out = Path(out) if out else root / "submitted"
    bank = load_bank(root)
    tags = sorted(bank.misconceptions) or None
    learners = learners or make_cohort(n, seed, tags=tags)
    due = due or DEFAULT_DUE
    result = Simulation(learners)
    for number, assignment in enumerate(assignments):
        if progress:
            progress(f"simulating {len(learners)} learners on {assignment}")
        result.submitted[assignment] = []
        result.missing[assignment] = []
        result.late[assignment] = []
        for learner, when, late in schedule(learners, assignment, number, seed, due):
            if when is None:
                result.missing[assignment].append(learner.id)
                continue
            write_submission(root, bank, assignment, learner, out,
                             learner_rng(seed, assignment, learner), when)
            result.submitted[assignment].append(learner.id)
            if late:
                result.late[assignment].append(learner.id)
    return result


def schedule(learners: list[SimLearner], assignment: str, number: int, seed: int,
             due: datetime) -> list[tuple[SimLearner, datetime | None, bool]]:
    """Who submits ``assignment`` (the ``number``-th, due a week after the one
    before) and when: ``(learner, time or None if not submitted, late)``."""
    rng = random.Random(f"{seed}:{assignment}:plan")
    due = due_date(due, number)
    plan = []
    for learner in learners:
        if rng.random() > learner.submit_rate:
            plan.append((learner, None, False))
            continue
        late = rng.random() < learner.late_rate
        offset = timedelta(hours=rng.uniform(1, 30)) if late else -timedelta(
            hours=rng.uniform(0.5, 72))
        plan.append((learner, due + offset, late))
    return plan


def due_date(first_due: datetime, number: int) -> datetime:
    """Due date of the ``number``-th assignment (0-based), a week apart."""
    return first_due + timedelta(days=7 * number)


DEFAULT_DUE = datetime(2026, 1, 15, 17, 0, tzinfo=UTC)
