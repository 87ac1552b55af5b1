"""nbgrader configuration for the course (instructor side)."""

from soplab.nbgrader_ext import CourseFeedbackExporter, configure_sealed_grading

c = get_config()  # noqa: F821 (provided by nbgrader when it reads this file)

c.CourseDirectory.course_id = "sop-er-best-practices"

# Sealed grading: nbgrader's own collect and autograde (and formgrader's buttons)
# take a submission as data (the notebook file and answers/<set>.json, no links
# followed), rebuild the notebook from the master in source/, compute every
# grade cell's score from the answer files against the item banks, and run no
# kernel. See soplab.cohort.autograde and the instructors' guide.
configure_sealed_grading(c)

# Feedback (soplab feedback, and nbgrader generate_feedback or formgrader's button)
# is the course's own page: each graded question right or not with the learner's
# answer, hand-graded parts as waiting or with the comment, objectives to revisit.
# No code, no hidden tests; graded keys only if the review setting below allows.
c.GenerateFeedback.exporter_class = CourseFeedbackExporter
c.GenerateFeedback.preprocessors = []
# For graded questions: "hidden" (default), "answers" or "explanations".
c.FeedbackSettings.graded_review = "hidden"

# Learners' answer files travel with their notebooks; skip editor clutter only.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
