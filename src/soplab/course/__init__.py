"""The course: building it, checking it and delivering it to learners.

* :mod:`.build` (release/ from source/ with nbgrader), :mod:`.authoring` (the cells
  a master notebook holds), :mod:`.config` (the course's ``nbgrader_config.py``,
  the one place that reads it);
* :mod:`.check` (``soplab check``: banks, notebooks, item-writing flaws, cast);
* :mod:`.figures` (the notebooks' pictures);
* :mod:`.lab`, :mod:`.learner_server` and :mod:`.saved_notebook` (the learner's
  JupyterLab: plain-words Validate, no code on the page, saved widgets).
"""
