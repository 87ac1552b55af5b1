"""The learner's Jupyter server extension: Validate in plain words, and the page's style.

Enabled in ``deploy/etc/jupyter-learner/jupyter_server_config.json``, the
configuration that ``make lab`` and the hub's learner servers use:

* ``POST /assignments/validate`` for the course's notebooks answers from the
  answer files, in plain words (:mod:`soplab.course.learner_server.validate`); other
  notebooks go to nbgrader's handler as before;
* ``/custom/custom.css`` (loaded by JupyterLab with ``LabApp.custom_css``, set in
  the same file) hides, in code cells whose code is hidden, the collapsed code
  line and the ``[ ]:`` / ``[3]:`` counters, so a learner sees the course's text
  and questions and no code, before and after *Run All*; and words Validate's
  messages (:data:`~soplab.course.learner_server.validate.VALIDATE_CSS`).

jupyter_server loads extensions in alphabetical order, nbgrader's first; this
one puts its routes ahead of theirs.
"""

from __future__ import annotations

import json
from pathlib import Path

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from nbgrader.server_extensions.validate_assignment.handlers import ValidateAssignmentHandler
from tornado import web

from .validate import VALIDATE_CSS, is_course_notebook, validation_result

__all__ = ["CourseValidateHandler", "LEARNER_CSS", "LearnerStyleHandler"]

#: Code cells whose code the course hides: no collapsed code line, no counters. Cells
#: whose code is visible (a learner's own notebook) keep JupyterLab's usual look.
LEARNER_CSS = (Path(__file__).with_name("learner.css")).read_text(encoding="utf-8")


class CourseValidateHandler(ValidateAssignmentHandler):
    """nbgrader's Validate, answered by the course for its own notebooks."""

    @web.authenticated
    def post(self):
        try:
            path = self.get_argument("path")
        except web.MissingArgumentError:
            path = (self.get_json_body() or {}).get("path", "")
        root = Path(self.contents_manager.root_dir).resolve()
        target = (root / str(path)).resolve()
        if not target.is_relative_to(root):
            raise web.HTTPError(403, "Access denied: path outside allowed directory")
        if not is_course_notebook(target):
            return super().post()
        self.finish(json.dumps(validation_result(target)))


class LearnerStyleHandler(JupyterHandler):
    """The learner's page style, served as JupyterLab's ``custom.css``."""

    @allow_unauthenticated
    def get(self):
        self.set_header("Content-Type", "text/css; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.finish(LEARNER_CSS + VALIDATE_CSS)


def _jupyter_server_extension_points():
    return [{"module": "soplab.course.learner_server"}]


def _load_jupyter_server_extension(serverapp) -> None:
    web_app = serverapp.web_app
    base_url = web_app.settings["base_url"]
    handlers = [
        (url_path_join(base_url, r"/assignments/validate"), CourseValidateHandler),
        (url_path_join(base_url, r"/custom/custom\.css"), LearnerStyleHandler),
    ]
    web_app.add_handlers(".*$", handlers)
    # Ahead of nbgrader's and JupyterLab's routes for the same paths (added earlier).
    rules = web_app.default_router.rules
    ours = [rule for rule in rules
            if getattr(rule.target, "rules", None)
            and {getattr(r.target, "__name__", "") for r in rule.target.rules}
            & {"CourseValidateHandler", "LearnerStyleHandler"}]
    for rule in ours:
        rules.remove(rule)
        rules.insert(0, rule)
    serverapp.log.info("soplab: Validate in plain words and the learner's page style")
