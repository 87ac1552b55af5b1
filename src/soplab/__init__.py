"""soplab: the support package of the course "Best Practices for ER: A Safety
Organized Practice Perspective".

Notebooks use :func:`show` to put an exercise on the page; locked test cells
use :mod:`soplab.grading`.

Importing the package loads no part of it: :func:`show` (and with it the
widgets and ipywidgets) is imported the first time it is used, so the
``soplab`` command starts at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["__version__", "show"]

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from soplab.engine.widgets import show


def __getattr__(name: str):
    if name == "show":
        from soplab.engine.widgets import show

        globals()["show"] = show
        return show
    raise AttributeError(f"module 'soplab' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted({*(n for n in globals() if n.startswith("__")), *__all__})
