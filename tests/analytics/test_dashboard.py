"""The instructor dashboard, driven headlessly and (slow) as a notebook."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from soplab.cohort.analytics import load_course_data
from soplab.cohort.analytics.dashboard import Dashboard

NOTEBOOK = Path(__file__).resolve().parents[2] / "instructor" / "dashboard.ipynb"


@pytest.fixture
def dashboard(tiny_course):
    return Dashboard(load_course_data(tiny_course, progress=False))


def test_dropdowns_list_cohorts_assignments_objectives(dashboard):
    assert dashboard.cohort.options == ("(all)", "2026-fall", "2026-spring")
    assert dashboard.assignment.options == ("(all)", "01-a")
    assert dashboard.objective.options == ("(all)", "LO1", "LO3")
    assert 'id="dash-items"' in dashboard.output.value


def test_filters_change_the_view(dashboard):
    html = dashboard.select(cohort="2026-spring", objective="LO1")
    assert "6 learners selected" in html
    assert ">s1<" in html and ">a2<" not in html
    html = dashboard.select(objective="LO3")
    assert ">a2<" in html and ">s1<" not in html and "8 learners selected" in html


def test_small_cohort_is_not_shown(dashboard):
    html = dashboard.select(cohort="2026-fall")
    assert "Fewer than 5 learners" in html and "<table" not in html


def test_user_change_updates_output(dashboard):
    dashboard.cohort.value = "2026-fall"  # as if picked in the browser
    assert "Fewer than 5 learners" in dashboard.output.value


@pytest.mark.slow
def test_notebook_is_clean_and_runs(tiny_course):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    assert nb.metadata["kernelspec"]["name"] == "python3"
    env = {"SOPLAB_COURSE_ROOT": str(tiny_course),
           "PATH": os.pathsep.join([str(Path(sys.executable).parent),
                                    os.environ.get("PATH", "")])}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(tiny_course)}}).execute()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    cells = {c.id: c for c in nb.cells}
    shown = cells["dashboard-2"].outputs[0]
    assert "application/vnd.jupyter.widget-view+json" in shown["data"]
    # the course has no lms/lti.toml: the LMS panel's cell says how to set it up, in one line
    (lms,) = cells["dashboard-4"].outputs
    note = lms["data"]["text/markdown"]
    assert note.startswith("Grades to the LMS are not set up") and "deploy/README.md" in note
    assert "\n" not in note and lms["output_type"] == "execute_result"
