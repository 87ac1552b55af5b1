"""Where the course's code is running: a learner's own kernel, or an automatic runner.

One owner for the question "who is running this notebook?", asked by the
exercise widgets (save as you type, move damaged files aside), by the graded
checks (a live summary for a learner, a plain stop for Validate) and by the
page header.
"""

from __future__ import annotations

import asyncio
import os

__all__ = ["in_kernel", "kernel_loop", "validating"]


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return None
    return get_ipython()


def validating() -> bool:
    """True when an automatic runner (nbgrader's Validate button, nbclient) runs the notebook.

    Such runners start the kernel with an in-memory IPython history; a learner's
    own JupyterLab kernel does not. There, an unanswered item must fail the
    check so Validate can say what is missing; in a learner's own "Run All" it
    only shows what is left, so the rest of the page keeps running.
    ``SOPLAB_CHECK_STRICT=1`` or ``0`` overrides the guess.
    """
    forced = os.environ.get("SOPLAB_CHECK_STRICT")
    if forced in ("0", "1"):
        return forced == "1"
    shell = _shell()
    if shell is None:
        return True
    history = getattr(shell, "history_manager", None)
    return str(getattr(history, "hist_file", "")) == ":memory:"


def in_kernel() -> bool:
    """True inside a Jupyter kernel (where widgets can be shown), False in plain Python."""
    shell = _shell()
    return shell is not None and getattr(shell, "kernel", None) is not None


def kernel_loop() -> asyncio.AbstractEventLoop | None:
    """The running event loop of the Jupyter kernel we are in, if any."""
    if not in_kernel():
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
