"""Cohort analytics: gradebook, item statistics, learning, privacy, Canvas export, report.

Modules, one concept each: :mod:`.course` (config and roster), :mod:`.gradebook`
(SQL read), :mod:`.responses` (answer files), :mod:`.itemstats` (item and test
statistics), :mod:`.learning` (mastery, confusions, writing, cohorts),
:mod:`.privacy`, :mod:`.canvas` (and its ids, :mod:`.canvasids`), :mod:`.plots`,
:mod:`.summary`, :mod:`.labels`
(readable names for codes), :mod:`.nextsteps` (what to do next), :mod:`.bank`
(the item banks as a table), :mod:`.sections`, :mod:`.quality` and :mod:`.report`.
The ``soplab report`` and ``soplab export`` commands are :mod:`soplab.cli.report`.
"""

from .canvas import canvas_grades, course_canvas_table, write_canvas_csv
from .canvasids import CanvasMapError
from .course import CourseConfig, CourseError, find_course, read_config, read_roster
from .dashboard import Dashboard
from .data import CourseData, load_course_data
from .gradebook import GradebookError, assignment_scores, read_gradebook
from .itemstats import (
    AssessmentAnalysis,
    Thresholds,
    analyse_assessment,
    assessment_statistics,
    item_statistics,
    option_statistics,
    score_matrices,
)
from .labels import assignment_titles
from .learning import (
    coach_components,
    cohort_comparison,
    confusion_matrices,
    mastery,
    mastery_by_objective,
    misconception_summary,
    most_missed,
)
from .nextsteps import Step, learners_to_follow_up, next_steps
from .privacy import Identity, course_salt, pseudonym, suppress_small_groups
from .report import ReportResult, render_report, write_report
from .responses import Responses, read_responses
from .summary import CohortAnalytics, analyse_course

__all__ = [
    "AssessmentAnalysis",
    "CanvasMapError",
    "CohortAnalytics",
    "CourseConfig",
    "CourseData",
    "CourseError",
    "Dashboard",
    "GradebookError",
    "Identity",
    "ReportResult",
    "Responses",
    "Step",
    "Thresholds",
    "analyse_assessment",
    "analyse_course",
    "assessment_statistics",
    "assignment_scores",
    "assignment_titles",
    "canvas_grades",
    "coach_components",
    "cohort_comparison",
    "confusion_matrices",
    "course_canvas_table",
    "course_salt",
    "find_course",
    "item_statistics",
    "learners_to_follow_up",
    "load_course_data",
    "mastery",
    "mastery_by_objective",
    "misconception_summary",
    "most_missed",
    "next_steps",
    "option_statistics",
    "pseudonym",
    "read_config",
    "read_gradebook",
    "read_responses",
    "read_roster",
    "render_report",
    "score_matrices",
    "suppress_small_groups",
    "write_canvas_csv",
    "write_report",
]
