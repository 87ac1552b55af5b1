"""What a saved notebook keeps of its exercises: a plain note, never a dead widget.

An exercise lives in the running kernel. A notebook saved with it keeps only a
pointer to that live widget, so reopening the notebook later, before *Run All
Cells*, showed "Error displaying widget: model not found" at every question,
which looks like lost work. The learner's Jupyter server therefore runs
:func:`pre_save_hook` on every save (``ContentsManager.pre_save_hook`` in
``deploy/etc/jupyter-learner/jupyter_server_config.json``, used by ``make lab``
and by the hub's learner servers): each widget output is saved as a short note
in plain words instead. The page in the browser is not touched; the answers
themselves are in ``answers/`` and come back with *Run All Cells*.
"""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["RERUN_NOTE", "WIDGET_STATE", "WIDGET_VIEW", "pre_save_hook", "rerun_note",
           "replace_widget_outputs"]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
#: What the learner reads where an exercise was, until the notebook runs again.
RERUN_NOTE = "Choose Run > Run All Cells to see your saved answers."
_OTHER_NOTE = "Choose Run > Run All Cells to see this part of the page."


def rerun_note(title: str = "", *, exercise: bool = True) -> dict[str, str]:
    """The output data that stands in for a widget in a saved notebook."""
    words = RERUN_NOTE if exercise else _OTHER_NOTE
    html_words = escape(words).replace("Run &gt; Run All Cells",
                                       "<em>Run &gt; Run All Cells</em>")
    if title:
        return {"text/plain": f"{title}: {words}",
                "text/html": f'<p class="soplab-rerun">ℹ <strong>{escape(title)}</strong>: '
                             f"{html_words}</p>"}
    return {"text/plain": words, "text/html": f'<p class="soplab-rerun">ℹ {html_words}</p>'}


def replace_widget_outputs(notebook: dict[str, Any]) -> int:
    """Turn every widget output of ``notebook`` (nbformat 4, as a dict) into the plain
    note, and drop saved widget state; returns how many outputs changed."""
    changed = 0
    for cell in notebook.get("cells") or ():
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs") or ():
            data = output.get("data") if isinstance(output, dict) else None
            if not isinstance(data, dict) or WIDGET_VIEW not in data:
                continue
            meta = output.get("metadata")
            soplab = meta.get("soplab") if isinstance(meta, dict) else None
            title = soplab.get("title", "") if isinstance(soplab, dict) else ""
            output["data"] = rerun_note(str(title), exercise=isinstance(soplab, dict))
            changed += 1
    metadata = notebook.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("widgets"), dict):
        metadata["widgets"].pop(WIDGET_STATE, None)
        if not metadata["widgets"]:
            del metadata["widgets"]
    return changed


def pre_save_hook(model: dict[str, Any], **_kwargs: Any) -> None:
    """Jupyter server hook: called with the model of every file about to be saved."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        replace_widget_outputs(model["content"])
