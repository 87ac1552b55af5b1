"""Who hears about a saved answer, within one kernel.

Every exercise calls :func:`saved` once an answer is written to (or cleared
from) its answer file; the graded checks' summaries and the page header listen
(:func:`listen`) and update what they show. Listeners are held weakly: a
summary that is no longer on the page is forgotten with it. Running a cell
again replaces its summary or header (:func:`claim`): the earlier one is closed,
so a page run ten times does not keep ten of them listening.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Protocol

__all__ = ["Listener", "claim", "listen", "listeners", "saved"]


class Listener(Protocol):
    def answers_saved(self, exercise_id: str, folder: Path) -> None:
        """``exercise_id``'s answer file in ``folder`` has just changed."""


_LISTENERS: weakref.WeakSet = weakref.WeakSet()
_HOLDERS: dict[tuple, weakref.ref] = {}


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


def claim(key: tuple, widget) -> None:
    """``widget`` now shows ``key`` (say, one set's check in one folder): the widget that
    showed it before, from an earlier run of the same cell, is closed."""
    held = _HOLDERS.get(key)
    previous = held() if held is not None else None
    if previous is not None and previous is not widget:
        previous.close()
    _HOLDERS[key] = weakref.ref(widget)
