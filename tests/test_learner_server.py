"""The learner's server extension: Validate in plain words, from the answer files as
data, and the page style that hides the course's code cells."""

from __future__ import annotations

import json
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from soplab.course import lab
from soplab.course.learner_server import LEARNER_CSS
from soplab.course.learner_server.validate import (
    ALL_ANSWERED,
    VALIDATE_CSS,
    graded_sets,
    is_course_notebook,
    validation_result,
)

from coursekit import REPO, write_answers

ASSIGNMENT = "03-harm-and-danger"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
#: Signs of code or of nbgrader's fixed phrases in what the learner reads.
CODE = re.compile(r"\bimport\b|\w\(|\)|=|Traceback|passes all the tests|cell failed")


@pytest.fixture
def learner(tmp_path: Path, monkeypatch) -> Path:
    """A learner's copy of one assignment, as released (no course in reach)."""
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    folder = tmp_path / "work" / ASSIGNMENT
    shutil.copytree(REPO / "release" / ASSIGNMENT, folder)
    return folder


def _graded(folder: Path) -> dict[str, list[dict]]:
    content = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    return {set_id: body["items"] for set_id, body in content["exercises"].items()
            if body["kind"] != "practice"}


def _answer_all(folder: Path, skip: dict[str, set[int]] | None = None) -> None:
    """Give every graded question a valid answer, except ``skip``'s numbers (from 1)."""
    content = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    for set_id, body in content["exercises"].items():
        if body["kind"] == "practice":
            continue
        values = {}
        for number, item in enumerate(body["items"], start=1):
            if number in (skip or {}).get(set_id, set()):
                continue
            if body["widget"] == "classify":
                values[item["id"]] = item["options"][0]
            elif body["widget"] == "scenario":
                values[item["id"]] = "A"
            else:
                values[item["id"]] = "A written answer about the family in plain words."
        write_answers(folder, set_id, values)


def _message(result: dict) -> str:
    """The text nbgrader's dialog shows for ``result`` (its ``error`` as HTML, as text)."""
    failed = result["value"]["failed"]
    assert [entry["source"] for entry in failed] == [""]  # no code box
    html = re.sub(r"<style>.*?</style>", "", failed[0]["error"], flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_incomplete_lists_what_is_left_in_plain_words(learner: Path) -> None:
    _answer_all(learner, skip={"03-graded-sort": {2, 5, 6, 7}, "03-graded-statements": {1}})
    result = validation_result(learner / NOTEBOOK)
    assert result["success"] is True  # nbgrader's front end shows "value"
    said = _message(result)
    assert said.startswith("5 graded questions still need an answer.")
    assert "“Graded: harm, danger or complicating factor?”: 8 of 12 answered. Still to answer: " \
           "questions 2 and 5 to 7." in said
    assert "Still to answer: question 1." in said
    assert "violence at home" not in said  # that part is complete
    assert not CODE.search(said), said
    assert VALIDATE_CSS in result["value"]["failed"][0]["error"]  # hides nbgrader's heading


def test_complete_is_nbgrader_success_worded_by_the_course(learner: Path) -> None:
    _answer_all(learner)
    assert validation_result(learner / NOTEBOOK) == {"success": True, "value": {}}
    assert ALL_ANSWERED in VALIDATE_CSS and "validation-success" in VALIDATE_CSS


def test_nothing_answered_and_missing_questions(learner: Path) -> None:
    said = _message(validation_result(learner / NOTEBOOK))
    total = sum(len(items) for items in _graded(learner).values())
    assert said.startswith(f"{total} graded questions still need an answer.")
    (learner / "exercises.json").unlink()
    said = _message(validation_result(learner / NOTEBOOK))
    assert "Ask your instructor for a fresh copy" in said and not CODE.search(said)


def test_the_graded_parts_are_the_notebooks_grade_cells(learner: Path) -> None:
    notebook = json.loads((learner / NOTEBOOK).read_text(encoding="utf-8"))
    known = list(_graded(learner))
    assert graded_sets(notebook, known) == known  # in the notebook's order
    assert graded_sets(None, known) == known  # unreadable notebook: every graded set
    notebook["cells"] = [c for c in notebook["cells"]
                         if c["metadata"].get("nbgrader", {}).get("grade_id")
                         != "score-03-graded-dv"]
    assert graded_sets(notebook, known) == [k for k in known if k != "03-graded-dv"]
    assert "03-graded-dv-safety" in known  # the sets keep their own ids


def test_only_course_notebooks_are_answered_by_the_course(learner: Path, tmp_path: Path) -> None:
    assert is_course_notebook(learner / NOTEBOOK)
    (tmp_path / "mine.ipynb").write_text("{}", encoding="utf-8")
    assert not is_course_notebook(tmp_path / "mine.ipynb")
    assert not is_course_notebook(learner / "exercises.json")


def test_the_page_style_touches_only_cells_whose_code_is_hidden() -> None:
    """...and, besides, hides JupyterLab's fold button beside headings (a Tab stop with
    no name, and Enter on it folds a whole section away)."""
    rules = [r for r in re.findall(r"([^{}]+)\{", LEARNER_CSS) if r.strip()]
    fold = [r for r in rules if r.strip().endswith(".jp-collapseHeadingButton")]
    assert len(fold) == 1, rules
    rules.remove(fold[0])
    assert rules and all(".jp-InputPlaceholder" in r for r in rules), rules


def test_the_learner_configuration_loads_the_extension() -> None:
    server = json.loads((lab.LEARNER_CONFIG / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"]["soplab.course.learner_server"] is True
    assert server["LabApp"]["custom_css"] is True


# -- the real server, started as make lab starts it ----------------------------------------
def _post(server, path: str, *, query: bool) -> dict:
    url = f"{server.url}/assignments/validate"
    body = None
    if query:
        url += "?" + urllib.parse.urlencode({"path": path})
    else:
        body = json.dumps({"path": path}).encode()
    request = urllib.request.Request(url, data=body or b"", method="POST", headers={
        "Authorization": f"token {server.token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode())


@pytest.mark.slow
def test_the_learners_server_answers_validate_and_serves_the_style(tmp_path: Path) -> None:
    from browser.harness import LabServer

    workspace = tmp_path / "workspace"
    workspace.mkdir()
    server = LabServer.start_learner(workspace, tmp_path / "state")
    try:
        folder = workspace / ASSIGNMENT
        shutil.copytree(REPO / "release" / ASSIGNMENT, folder, dirs_exist_ok=True)
        path = f"{ASSIGNMENT}/{NOTEBOOK}"
        for query in (True, False):  # the toolbar button, then the Assignments panel
            said = _message(_post(server, path, query=query))
            assert "graded questions still need an answer" in said, said
        _answer_all(folder)
        assert _post(server, path, query=True) == {"success": True, "value": {}}
        with pytest.raises(urllib.error.HTTPError) as refused:
            _post(server, "../outside.ipynb", query=True)
        assert refused.value.code == 403
        # Not a course notebook: nbgrader's own handler answers, as before.
        (workspace / "mine.ipynb").write_text(json.dumps({
            "cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
        assert _post(server, "mine.ipynb", query=True)["success"] is True
        with urllib.request.urlopen(f"{server.url}/custom/custom.css", timeout=30) as response:
            css = response.read().decode()
        assert LEARNER_CSS in css and VALIDATE_CSS in css
        page = urllib.request.urlopen(server.lab_url(path), timeout=30).read().decode()
        assert "custom/custom.css" in page
    finally:
        server.stop()
