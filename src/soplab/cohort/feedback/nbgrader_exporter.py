"""nbgrader's ``generate_feedback`` (and formgrader's button) writes the course's page.

The course's ``nbgrader_config.py`` sets ``c.GenerateFeedback.exporter_class`` to
:class:`CourseFeedbackExporter`: instead of turning the autograded notebook into
HTML (code, ``In [3]:``, hidden cells), it writes the same feedback page as
``soplab feedback``, from the gradebook and the clean answer files.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.exporters import Exporter

from soplab.engine.items import load_bank

from .page import render_page
from .settings import review_level
from .write import feedback_for, master_parts, notebook_grades

__all__ = ["CourseFeedbackExporter"]


class CourseFeedbackExporter(Exporter):
    """Exports a learner's feedback page, ignoring the notebook's cells."""
    output_mimetype = "text/html"

    def _file_extension_default(self):
        return ".html"

    def from_notebook_node(self, nb, resources=None, **kw):
        from nbgrader.api import Gradebook
        from nbgrader.coursedir import CourseDirectory



        resources = self._init_resources(resources)
        info = resources["nbgrader"]
        coursedir = CourseDirectory(config=self.config)
        root = Path(coursedir.root).resolve()
        assignment, notebook = info["assignment"], info["notebook"]
        title, tasks = master_parts(root, assignment)[notebook]
        with Gradebook(info["db_url"], coursedir.course_id) as gb:
            sub_nb = gb.find_submission_notebook(notebook, assignment, info["student"])
            grades, late = notebook_grades(sub_nb)
        fb = feedback_for(load_bank(root), assignment, notebook, title, tasks,
                          Path(resources["metadata"]["path"]), grades, late,
                          review_level(self.config))
        resources["output_extension"] = ".html"
        return render_page(fb), resources
