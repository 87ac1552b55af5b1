"""The exercise engine: what runs in a learner's kernel.

Data first, UI on top:

* :mod:`.items` (the item banks), :mod:`.answers` (answer files), :mod:`.rubrics`
  (the plan and network checklists), :mod:`.runtime` (kernel or grader) and
  :mod:`.returned` (feedback a learner has fetched);
* :mod:`.content` (what a notebook's exercises.json holds);
* :mod:`.scoring` (keyed scoring, the one owner), :mod:`.views` (summary HTML)
  and :mod:`.completeness` (what is answered);
* :mod:`.progress` (My progress as data);
* :mod:`.widgets` (the ipywidgets and anywidgets learners click and type into).

Never imports nbgrader, pandas, sqlalchemy or matplotlib (import-linter keeps it so).
"""
