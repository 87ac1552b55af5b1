"""Cohort tools: what an instructor runs on a cohort's work.

* :mod:`.roster` and :mod:`.exchange` (learners in, assignments out and back);
* :mod:`.autograde` (sealed grading into nbgrader's gradebook);
* :mod:`.feedback` (the course's own feedback pages);
* :mod:`.analytics` (the cohort report, dashboard and LMS export);
* :mod:`.simulate` and :mod:`.demo` (a synthetic cohort through the whole loop).
"""
