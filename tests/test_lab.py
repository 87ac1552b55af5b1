"""`make lab`: the learner's JupyterLab command, its configuration, and saved notebooks."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
from traitlets.config import Config

from soplab.cli import main as cli_main
from soplab.course import lab
from soplab.course.saved_notebook import (
    RERUN_NOTE,
    WIDGET_VIEW,
    pre_save_hook,
    replace_widget_outputs,
)

VIEW = {WIDGET_VIEW: {"version_major": 2, "version_minor": 0, "model_id": "abc123"},
        "text/plain": "Safe to type here?: 0 of 6 answered",
        "text/html": "<div class='soplab-summary'>...</div>"}


def test_as_root_the_command_allows_root(tmp_path: Path) -> None:
    (tmp_path / "00-orientation").mkdir()
    (tmp_path / lab.FIRST_NOTEBOOK).write_text("{}", encoding="utf-8")
    command = lab.lab_command(tmp_path, as_root=True, open_browser=False,
                              extra=["--ip=0.0.0.0"])
    assert command[:4] == [sys.executable, "-m", "jupyter", "lab"]
    assert f"--ServerApp.root_dir={tmp_path}" in command
    assert f"--LabApp.default_url=/lab/tree/{lab.FIRST_NOTEBOOK}" in command
    assert "--allow-root" in command and "--no-browser" in command
    assert command[-1] == "--ip=0.0.0.0"


def test_as_another_user_it_does_not(tmp_path: Path, monkeypatch) -> None:
    command = lab.lab_command(tmp_path, as_root=False)
    assert "--allow-root" not in command and "--no-browser" not in command
    assert not any(arg.startswith("--LabApp.default_url") for arg in command)  # no notebook
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert "--allow-root" in lab.lab_command(tmp_path)
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert "--allow-root" not in lab.lab_command(tmp_path)


def test_the_learner_configuration_comes_first() -> None:
    env = lab.lab_environment({"JUPYTER_CONFIG_PATH": os.pathsep.join(["/etc/x", ""]),
                               "HOME": "/home/jdoe"})
    assert env["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [str(lab.LEARNER_CONFIG), "/etc/x"]
    assert env["HOME"] == "/home/jdoe"
    assert lab.lab_environment({})["JUPYTER_CONFIG_PATH"] == str(lab.LEARNER_CONFIG)


def test_learners_get_no_instructor_panels_and_keep_assignments_and_validate() -> None:
    page = json.loads((lab.LEARNER_CONFIG / "labconfig" / "page_config.json").read_text())
    disabled = {name for name, off in page["disabledExtensions"].items() if off}
    assert {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
            "@jupyter/nbgrader:course-list"} <= disabled
    assert not disabled & {"@jupyter/nbgrader:assignment-list",
                           "@jupyter/nbgrader:validate-assignment", "@jupyter/nbgrader:menu"}
    server = json.loads((lab.LEARNER_CONFIG / "jupyter_server_config.json").read_text())
    extensions = server["ServerApp"]["jpserver_extensions"]
    assert extensions["nbgrader.server_extensions.formgrader"] is False
    assert "nbgrader.server_extensions.assignment_list" not in extensions  # stays on
    hook = server["ContentsManager"]["pre_save_hook"]
    assert hook == "soplab.course.saved_notebook.pre_save_hook"


def test_main_copies_the_release_and_starts_jupyter_lab(tmp_path: Path, monkeypatch) -> None:
    seen = {}

    def fake_call(command, env, cwd):
        seen.update(command=command, env=env, cwd=cwd)
        return 0

    monkeypatch.setattr(lab.subprocess, "call", fake_call)
    monkeypatch.setattr(lab, "running_as_root", lambda: True)
    workspace = tmp_path / "ws"
    assert cli_main(["lab", "--workspace", str(workspace), "--no-browser", "--",
                     "--ServerApp.port=8899"]) == 0
    assert (workspace / lab.FIRST_NOTEBOOK).is_file()
    assert "--allow-root" in seen["command"] and seen["command"][-1] == "--ServerApp.port=8899"
    assert seen["env"]["JUPYTER_CONFIG_PATH"].startswith(str(lab.LEARNER_CONFIG))
    assert (workspace / lab.LOCAL / "jupyter" / "nbgrader_config.py").is_file()
    assert seen["cwd"] == workspace.resolve()  # as on the hub: the server runs in the workspace


def _notebook_with_widgets() -> dict:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("## Sorting"),
        nbformat.v4.new_code_cell('show("00-privacy")', outputs=[
            nbformat.v4.new_output("execute_result", data=VIEW, execution_count=1,
                                   metadata={"soplab": {"exercise": "00-privacy",
                                                        "title": "Safe to type here?"}})]),
        nbformat.v4.new_code_cell("show_progress()", outputs=[
            nbformat.v4.new_output("display_data", data=dict(VIEW))]),
        nbformat.v4.new_code_cell("check()", outputs=[
            nbformat.v4.new_output("stream", name="stdout", text="Still to answer: 1")]),
    ]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return json.loads(nbformat.writes(nb))


def test_saved_widgets_become_a_plain_note() -> None:
    nb = _notebook_with_widgets()
    assert replace_widget_outputs(nb) == 2
    exercise, other = (nb["cells"][i]["outputs"][0] for i in (1, 2))
    assert WIDGET_VIEW not in exercise["data"] and WIDGET_VIEW not in other["data"]
    assert exercise["data"]["text/plain"] == f"Safe to type here?: {RERUN_NOTE}"
    assert "<em>Run &gt; Run All Cells</em>" in exercise["data"]["text/html"]
    assert "Run All Cells" in other["data"]["text/plain"]
    assert "".join(nb["cells"][3]["outputs"][0]["text"]) == "Still to answer: 1"  # as it was
    assert "widgets" not in nb["metadata"]
    nbformat.validate(nbformat.from_dict(nb))


def test_the_learner_server_saves_notebooks_through_the_hook(tmp_path: Path) -> None:
    """The configured contents manager, as the learner's server builds it."""
    from jupyter_server.services.contents.filemanager import FileContentsManager

    config = Config(json.loads((lab.LEARNER_CONFIG / "jupyter_server_config.json").read_text()))
    manager = FileContentsManager(config=config, root_dir=str(tmp_path))
    assert manager.pre_save_hook is pre_save_hook
    manager.save({"type": "notebook", "format": "json", "content": _notebook_with_widgets()},
                 "week.ipynb")
    saved = nbformat.read(str(tmp_path / "week.ipynb"), as_version=4)
    text = json.dumps(saved)
    assert WIDGET_VIEW not in text and RERUN_NOTE in text
    manager.save({"type": "file", "format": "text", "content": "notes"}, "notes.txt")
    assert (tmp_path / "notes.txt").read_text() == "notes"


def test_make_lab_sets_up_an_exchange_for_one_learner(tmp_path: Path) -> None:
    """Outbound holds the release, inbound and feedback exist, and a config names them
    with the course's id; a second start keeps submissions and refreshes the release."""
    release = tmp_path / "release"
    (release / "00-orientation" / "answers").mkdir(parents=True)
    (release / "00-orientation" / "00-orientation.ipynb").write_text("{}", encoding="utf-8")
    workspace = tmp_path / "ws"
    config = lab.prepare_exchange(release, workspace, "sop-er-best-practices")
    place = workspace / lab.LOCAL / "exchange" / "sop-er-best-practices"
    assert (place / "outbound" / "00-orientation" / "00-orientation.ipynb").is_file()
    assert not (place / "outbound" / "00-orientation" / "answers").exists()
    submitted = place / "inbound" / "me+00-orientation+2026-01-01 10:00:00.000000 UTC"
    submitted.mkdir()
    (release / "00-orientation" / "00-orientation.ipynb").write_text('{"new": 1}', "utf-8")
    lab.prepare_exchange(release, workspace, "sop-er-best-practices")
    assert submitted.is_dir() and (place / "feedback").is_dir()
    assert (place / "outbound" / "00-orientation" / "00-orientation.ipynb").read_text() \
        == '{"new": 1}'
    loaded = Config()
    exec((config / "nbgrader_config.py").read_text(), {"get_config": lambda: loaded})
    assert loaded.CourseDirectory.course_id == "sop-er-best-practices"
    assert loaded.Exchange.root == str(workspace / lab.LOCAL / "exchange")
    assert loaded.Exchange.assignment_dir == str(workspace)
    env = lab.lab_environment({}, exchange_config=config)
    assert env["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [str(lab.LEARNER_CONFIG), str(config)]
