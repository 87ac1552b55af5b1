"""nbgrader configuration for the course (instructor side)."""

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    CheckCellMetadata,
    ClearHiddenTests,
    ClearOutput,
    DeduplicateIds,
    GetGrades,
    OverwriteKernelspec,
)

from soplab.nbgrader_ext import RestoreMissingCells

c = get_config()  # noqa: F821 (provided by nbgrader when it reads this file)

c.CourseDirectory.course_id = "sop-er-best-practices"

# A cell of this course finishes in well under a second; a minute is generous,
# and stops an endless loop in a tampered submission from hanging grading.
c.Execute.timeout = 60

# Widget state is large and useless outside a live kernel; each exercise
# carries a plain HTML summary of the saved answers for formgrader and feedback.
c.Execute.store_widget_state = False

# A learner who deleted a graded cell gets it back (scored as unanswered)
# instead of breaking the autograder.
c.OverwriteCells.add_missing_cells = True
# nbgrader 0.9's own restore step fails when the cell before a deleted grade
# cell is plain text; soplab's RestoreMissingCells does the same job correctly.
c.Autograde.sanitize_preprocessors = [
    ClearOutput, DeduplicateIds, OverwriteKernelspec, RestoreMissingCells, CheckCellMetadata,
]

# nbgrader gives 0 points to a test cell that writes anything to stderr. Python
# warnings from libraries ("DeprecationWarning: ...") are harmless; drop them.
c.IgnorePattern.pattern = r"\w*Warning: "

# Feedback shows scores and the learner's own work, never hidden tests.
c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests]

# Learners' answer files travel with their notebooks; skip editor clutter only.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
