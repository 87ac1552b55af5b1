"""Validate for the course's notebooks: which graded questions still need an answer.

nbgrader's Validate (the notebook's toolbar button and the button in the
Assignments panel) asks the server (POST ``/assignments/validate``) and shows
the answer in fixed phrases: "The following cell failed:" with the cell's code,
or "Success! Your notebook passes all the tests.". For a notebook of this
course the learner's server answers here instead, from the answer files read
as data (no kernel, nothing of the notebook run), in a shape that nbgrader's
front end shows as plain sentences:

* some graded questions unanswered: one ``failed`` entry whose ``error`` (shown
  as HTML) lists them by part and number; its empty ``source`` and nbgrader's
  fixed heading are hidden by :data:`VALIDATE_CSS`, carried in the same answer;
* all answered: nbgrader's own success, which the learner's page style
  (:mod:`soplab.course.learner_server`) words as "Every graded question has an answer
  and is saved. You can submit when you are ready."

Any other notebook goes to nbgrader's own handler unchanged.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from soplab._core.safeio import Refused, open_folder, read_file
from soplab.engine.completeness import SetStatus, read_status
from soplab.engine.content import CONTENT_FILE, ContentMissing, load_assignment

__all__ = ["ALL_ANSWERED", "MAX_NOTEBOOK_BYTES", "VALIDATE_CSS", "graded_sets",
           "is_course_notebook", "validation_result"]

#: What the learner reads when every graded question has an answer.
ALL_ANSWERED = ("Every graded question has an answer and is saved. "
                "You can submit when you are ready.")
#: Largest notebook read to find its graded parts (its figures make it a few MB at most).
MAX_NOTEBOOK_BYTES = 50_000_000

#: Styles for nbgrader's Validation dialog (``#validation-message``): the course's
#: message in the page font, without nbgrader's fixed heading or an empty code box;
#: and the all-answered case in the course's words (nbgrader writes a fixed sentence).
VALIDATE_CSS = """
#validation-message:has(.soplab-validate) > div:not(.jp-RenderedText),
#validation-message:has(.soplab-validate) > .jp-RenderedText:has(> pre:empty) { display: none; }
#validation-message pre:has(> .soplab-validate) {
  white-space: normal; border: 0; margin: 0; padding: 0;
  font-family: var(--jp-ui-font-family); font-size: var(--jp-ui-font-size1);
  color: var(--jp-ui-font-color1); line-height: 1.5;
}
#validation-message .soplab-validate { max-width: 34em; }
#validation-message .soplab-validate p { margin: 0 0 0.6em 0; padding: 0; }
#validation-message .soplab-validate ul { margin: 0 0 0.6em 0; padding-left: 1.2em; }
#validation-message.validation-success p { display: none; }
#validation-message.validation-success > div::before {
  display: block; max-width: 34em; padding-top: 1em; line-height: 1.5;
  font-family: var(--jp-ui-font-family); color: #14532d;
  content: "\\2713  SUCCESS";
}
""".replace("SUCCESS", ALL_ANSWERED)


def _notebook(path: Path) -> dict[str, Any] | None:
    """The notebook at ``path`` as data, or None when it cannot be read."""
    try:
        with open_folder(path.parent) as fd:
            raw = read_file(fd, path.name, MAX_NOTEBOOK_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except (Refused, OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_course_notebook(path: Path) -> bool:
    """A notebook of this course: a notebook file with the course's questions beside it."""
    return path.suffix == ".ipynb" and (path.parent / CONTENT_FILE).is_file()


def graded_sets(notebook: dict[str, Any] | None, known: list[str]) -> list[str]:
    """The sets whose grade cells (``score-<set>``) the notebook holds, in its order;
    all of ``known`` when the notebook has none or cannot be read."""
    found: list[str] = []
    for cell in (notebook or {}).get("cells") or ():
        meta = cell.get("metadata", {}).get("nbgrader", {}) if isinstance(cell, dict) else {}
        grade_id = meta.get("grade_id", "") if isinstance(meta, dict) else ""
        if isinstance(grade_id, str) and grade_id.startswith("score-") and meta.get("grade"):
            set_id = grade_id[len("score-"):]
            if set_id in known and set_id not in found:
                found.append(set_id)
    return found or list(known)


def _failed(html: str) -> dict[str, Any]:
    return {"success": True, "value": {"failed": [
        {"source": "", "error": f"<style>{VALIDATE_CSS}</style>"
                                f'<div class="soplab-validate">{html}</div>'}]}}


def _message(left: list[SetStatus]) -> str:
    lines = "".join(f"<li>{escape(s.line())}</li>" for s in left)
    count = sum(len(s.missing) for s in left)
    head = ("One graded question still needs an answer." if count == 1
            else f"{count} graded questions still need an answer.")
    return (f"<p><strong>{head}</strong></p><ul>{lines}</ul>"
            "<p>Everything you have answered so far is saved. Answer these, then press "
            "<em>Validate</em> again. <em>Check your work</em> at the end of the notebook "
            "shows the same list and takes you to each question.</p>")


def validation_result(path: Path) -> dict[str, Any]:
    """What nbgrader's front end shows for the course notebook at ``path``."""
    folder = path.parent
    try:
        exercises = load_assignment(folder)
    except ContentMissing as exc:
        return _failed(f"<p>{escape(str(exc))}</p>")
    graded = [ex for ex in exercises if not ex.is_practice]
    wanted = graded_sets(_notebook(path), [ex.id for ex in graded])
    by_id = {ex.id: ex for ex in graded}
    left = [status for status in (read_status(by_id[s], folder) for s in wanted)
            if not status.done]
    if left:
        return _failed(_message(left))
    return {"success": True, "value": {}}
