"""The course's feedback setting, in ``nbgrader_config.py``."""

from __future__ import annotations

from traitlets import Enum
from traitlets.config import Configurable

from .model import REVIEW_LEVELS

__all__ = ["FeedbackSettings", "review_level"]


class FeedbackSettings(Configurable):
    """How much of a graded question's key learners see on their feedback page."""

    graded_review = Enum(
        REVIEW_LEVELS, default_value="hidden",
        help="For graded questions: 'hidden' shows right or not and the learner's own "
             "answer (the questions stay reusable); 'answers' adds the right answer; "
             "'explanations' adds the right answer and its explanation. Practice "
             "questions always show both.").tag(config=True)


def review_level(config) -> str:
    """The configured review level (``c.FeedbackSettings.graded_review``)."""
    return FeedbackSettings(config=config).graded_review
