"""formgrader's grading page shows a learner's name escaped (the course's template)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("field", ["last_name", "first_name"])
def test_formgrade_page_escapes_names_with_the_course_config(field: str, tmp_path: Path):
    """The exporter formgrader builds from the course's nbgrader_config.py (the real
    template chain: the course's header, nbgrader's formgrade page, nbconvert's classic)."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    from soplab.cohort.autograde.nbgrader_plugins import configure_sealed_grading

    c = Config()
    c.HTMLExporter.template_name = "formgrade"  # what formgrader's extension sets
    configure_sealed_grading(c)
    resources = {"assignment_id": "00-orientation", "notebook_id": "00-orientation",
                 "submission_id": "s1", "index": 0, "total": 1, "base_url": "",
                 "student": "ana", "last_name": "Cruz", "first_name": "Ana",
                 "notebook_path": "autograded/ana/00-orientation/00-orientation.ipynb"}
    resources[field] = HOSTILE
    html, _ = HTMLExporter(config=c).from_notebook_node(nbformat.v4.new_notebook(),
                                                        resources=resources)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert HOSTILE not in html
    assert "Submission #1" in html  # the rest of nbgrader's page is there
