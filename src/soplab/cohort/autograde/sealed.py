"""Sealed grading of one assignment: scores from the answer files, outside any kernel.

:class:`SealedAssignment` holds what the grader needs about one assignment,
read once from the instructor's side (item banks, the gradebook's record of
the assignment, the master notebooks). :meth:`SealedAssignment.grade` turns a
submission's :class:`~soplab.cohort.autograde.submissions.Intake` into the automatic
score of every grade cell: a grade cell ``score-<set>`` earns the points of
``<set>`` computed by :func:`soplab.engine.scoring.score_values` from the set's answer
file, capped at the cell's points. Nothing the learner's notebook contains,
prints or returns is looked at. A graded writing set's answers are also read
by the coach with a confidence (:mod:`soplab.cohort.review.reading`); when one
of them needs a person, its grade cell goes to the review queue (nbgrader's
``needs_manual_grade`` stays set).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from soplab.engine.answers import values_from_bytes
from soplab.engine.content import LearnerExercise, learner_exercises
from soplab.engine.items import ItemBank
from soplab.engine.scoring import SetScore, score_values

from ..review.reading import Reading, is_writing_set, needs_person, read_set
from ..review.rubrics import RubricError, load_rubrics
from .gradebook import Layout, SubmissionScores
from .render import load_master, render, to_bytes
from .report import AutogradeError
from .submissions import Intake, parse_timestamp

__all__ = ["GRADE_CELL_PREFIX", "Graded", "SealedAssignment", "exercise_of"]

GRADE_CELL_PREFIX = "score-"


def exercise_of(cell_name: str) -> str | None:
    """The exercise set a grade cell scores (``score-<set>``), or None."""
    if cell_name.startswith(GRADE_CELL_PREFIX):
        return cell_name[len(GRADE_CELL_PREFIX):]
    return None


@dataclass
class Graded:
    """One submission, graded."""

    student: str
    scores: SubmissionScores
    sets: dict[str, SetScore] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: graded writing set -> the coach's reading of each answered item
    readings: dict[str, list[Reading]] = field(default_factory=dict)


class SealedAssignment:
    """Everything needed to grade and render one assignment, read once."""

    def __init__(self, root: Path, bank: ItemBank, layout: Layout):
        self.root = Path(root)
        self.bank = bank
        self.layout = layout
        self.name = layout.name
        self.exercise_ids = [ex.id for ex in bank.exercises_for(layout.name)]
        self.cells: dict[str, dict[str, str]] = {}
        for nb in layout.notebooks:
            mapping = {}
            for cell in nb.grade_cells:
                ex = exercise_of(cell.name)
                if ex is None or ex not in bank.exercises:
                    raise AutogradeError(
                        f"source/{layout.name}/{nb.name}.ipynb: grade cell '{cell.name}' does "
                        "not name an exercise set of data/exercises.csv (score-<set>)")
                if bank.exercises[ex].assignment != layout.name:
                    raise AutogradeError(
                        f"source/{layout.name}/{nb.name}.ipynb: grade cell '{cell.name}' scores "
                        f"a set of another assignment ({bank.exercises[ex].assignment})")
                mapping[cell.name] = ex
            self.cells[nb.name] = mapping
        self._masters: dict[str, Any] = {}
        self._exercises: dict[str, LearnerExercise] | None = None
        try:
            self.rubrics = load_rubrics(self.root)
        except RubricError as exc:
            raise AutogradeError(str(exc)) from exc

    @property
    def notebooks(self) -> list[str]:
        return [nb.name for nb in self.layout.notebooks]

    def master(self, notebook: str):
        if notebook not in self._masters:
            path = self.root / "source" / self.name / f"{notebook}.ipynb"
            if not path.is_file():
                raise AutogradeError(f"source/{self.name}/{notebook}.ipynb: the master is missing")
            master = load_master(path)
            in_master = {c.metadata["nbgrader"]["grade_id"] for c in master.cells
                         if c.metadata.get("nbgrader", {}).get("grade")}
            if in_master != set(self.cells[notebook]):
                raise AutogradeError(
                    f"source/{self.name}/{notebook}.ipynb: its graded cells differ from the "
                    "gradebook's record; run 'soplab build' to record the assignment again")
            self._masters[notebook] = master
        return self._masters[notebook]

    def check_masters(self) -> None:
        """Fail early, with one line, when a master does not match the gradebook."""
        for notebook in self.notebooks:
            self.master(notebook)

    def grade(self, student: str, intake: Intake) -> Graded:
        """Scores of every grade cell of a submission, from its answer files as data."""
        graded = Graded(student, SubmissionScores(student, {},
                                                  parse_timestamp(intake.timestamp)))
        for ex_id in self.exercise_ids:
            values, note = values_from_bytes(intake.answers.get(ex_id))
            graded.values[ex_id] = values
            if any(ex_id in cells.values() for cells in self.cells.values()):
                graded.sets[ex_id] = score_values(self.bank, ex_id, values, note)
                if is_writing_set(self.bank, ex_id):
                    graded.readings[ex_id] = read_set(self.bank, ex_id, values)
        for nb in self.layout.notebooks:
            if nb.name not in intake.notebooks:
                continue  # not submitted: nbgrader's rule, its grade cells score 0
            scores = {}
            for cell in nb.grade_cells:
                ex_id = self.cells[nb.name][cell.name]
                points = graded.sets[ex_id].points
                scores[cell.name] = round(min(max(points, 0.0), cell.max_score), 4)
                if needs_person(graded.readings.get(ex_id, [])):
                    graded.scores.review.setdefault(nb.name, set()).add(cell.name)
            graded.scores.notebooks[nb.name] = scores
        missing = [n for n in self.notebooks if n not in intake.notebooks]
        if missing:
            graded.notes.append(f"notebook(s) missing, scored 0: {', '.join(missing)}")
        graded.notes.extend(intake.notes())
        return graded

    def learner_view(self) -> dict[str, LearnerExercise]:
        if self._exercises is None:
            self._exercises = learner_exercises(self.bank, self.name)
        return self._exercises

    def render(self, graded: Graded) -> dict[str, bytes]:
        """The rendered notebooks of a graded submission (the master with its outputs)."""
        out = {}
        for notebook in graded.scores.notebooks:
            nb = render(self.master(notebook), self.learner_view(), graded.values, graded.sets,
                        readings=graded.readings, rubrics=self.rubrics)
            out[notebook] = to_bytes(nb)
        return out
