"""Exercise widgets that learners answer by clicking and typing."""

from __future__ import annotations

from pathlib import Path

from ..content import ContentMissing, load_exercise
from .base import ExerciseWidget, Problem
from .builder import NetworkExercise, PlanExercise
from .choice import ChoiceExercise
from .text import TextExercise

__all__ = ["ChoiceExercise", "ExerciseWidget", "NetworkExercise", "PlanExercise", "Problem",
           "TextExercise", "WIDGETS", "show"]


WIDGETS: dict[str, type[ExerciseWidget]] = {
    "classify": ChoiceExercise,
    "scenario": ChoiceExercise,
    "text": TextExercise,
    "plan": PlanExercise,
    "network": NetworkExercise,
}


def show(exercise_id: str, folder: Path | str | None = None) -> ExerciseWidget | Problem:
    """Build the widget for one exercise set; the notebook cell displays it."""
    try:
        exercise = load_exercise(exercise_id, folder)
    except ContentMissing as exc:
        return Problem(str(exc))
    return WIDGETS[exercise.widget](exercise, folder)
