"""Who hears about a saved answer, within one kernel.

Every exercise calls :func:`saved` once an answer is written to (or cleared
from) its answer file; the graded checks' summaries and the page header listen
(:func:`listen`) and update what they show. Listeners are held weakly: a
summary that is no longer on the page is forgotten with it.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Protocol

__all__ = ["Listener", "listen", "listeners", "saved"]


class Listener(Protocol):
    def answers_saved(self, exercise_id: str, folder: Path) -> None:
        """``exercise_id``'s answer file in ``folder`` has just changed."""


_LISTENERS: weakref.WeakSet = weakref.WeakSet()


def listen(listener: Listener) -> None:
    """Call ``listener.answers_saved`` after every save in this kernel."""
    _LISTENERS.add(listener)


def listeners() -> list[Listener]:
    return list(_LISTENERS)


def saved(exercise_id: str, folder: Path | str) -> None:
    """Tell every listener that ``exercise_id``'s answers in ``folder`` changed."""
    where = Path(folder).resolve()
    for listener in list(_LISTENERS):
        listener.answers_saved(exercise_id, where)
