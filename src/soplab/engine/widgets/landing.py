"""Where *Run All Cells* brings the learner on a page without a page header.

*My progress* has no exercises to land on: once the notebook has finished
running, its panel is shown and gets the keyboard focus (see ``landing.js``),
instead of JupyterLab leaving the view on the last cell. Once per run, and not
if the learner has started clicking, typing or scrolling.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import anywidget
import traitlets

from .summary import NAV_JS

__all__ = ["Landing"]

_HERE = Path(__file__).resolve().parent


class Landing(anywidget.AnyWidget):
    """Invisible: takes the learner to ``target`` (a CSS selector) after Run All."""

    _esm = NAV_JS + (_HERE / "landing.js").read_text(encoding="utf-8")

    target = traitlets.Unicode("").tag(sync=True)
    run_id = traitlets.Unicode("").tag(sync=True)

    def __init__(self, target: str):
        super().__init__(target=target, run_id=uuid.uuid4().hex)
