"""nbgrader configuration for the course (instructor side)."""

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

from soplab.autograde.nbgrader_plugins import configure_sealed_grading

c = get_config()  # noqa: F821 (provided by nbgrader when it reads this file)

c.CourseDirectory.course_id = "sop-er-best-practices"

# Sealed grading: nbgrader's own collect and autograde (and formgrader's buttons)
# take a submission as data (the notebook file and answers/<set>.json, no links
# followed), rebuild the notebook from the master in source/, compute every
# grade cell's score from the answer files against the item banks, and run no
# kernel. See soplab.autograde and the instructors' guide.
configure_sealed_grading(c)

# Feedback shows scores and the learner's own work, never hidden tests.
c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests]

# Learners' answer files travel with their notebooks; skip editor clutter only.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
