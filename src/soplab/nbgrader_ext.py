"""Stable names for the course's ``nbgrader_config.py`` (the code lives in :mod:`soplab.cohort`)."""

from soplab.cohort.autograde.nbgrader_plugins import configure_sealed_grading
from soplab.cohort.autograde.overwrite import RestoreMissingCells
from soplab.cohort.feedback.nbgrader_exporter import CourseFeedbackExporter

__all__ = ["CourseFeedbackExporter", "RestoreMissingCells", "configure_sealed_grading"]
