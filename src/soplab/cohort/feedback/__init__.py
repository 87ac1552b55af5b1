"""Learners' feedback pages, written from the sealed scores (see :mod:`.model`)."""

from __future__ import annotations

from .model import REVIEW_LEVELS, Feedback, build_feedback
from .page import render_page
from .write import FeedbackReport, generate_feedback

__all__ = [
    "REVIEW_LEVELS", "Feedback", "FeedbackReport", "build_feedback", "generate_feedback",
    "render_page",
]
