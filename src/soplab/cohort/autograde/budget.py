"""A time budget for grading one learner's submission.

Scoring a submission is fast (milliseconds); only written answers read by the
statement coach take measurable time. A learner whose answers take longer than
the budget is not scored: grading them stops, they are reported by name with
the reason, and everyone else is graded. Nobody is silently given a score.

In the main thread (the ``soplab`` command, a worker process) the budget
interrupts the work with a timer signal; elsewhere the time is checked when
the learner is done, and a learner over it is still refused.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["DEFAULT_SECONDS", "OverBudget", "time_budget"]

#: Seconds of grading per learner and assignment (a normal one takes well under 1).
DEFAULT_SECONDS = 60.0


class OverBudget(RuntimeError):
    """Grading one learner took longer than the budget."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"grading took longer than the {seconds:g}-second budget per learner "
                         "(very long written answers?); not scored: check the answers by "
                         "hand, or grade again with a larger --time-budget")


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` if the block runs longer than ``seconds`` (None: no limit)."""
    if seconds is None:
        yield
        return
    started = time.monotonic()
    use_signal = (threading.current_thread() is threading.main_thread()
                  and hasattr(signal, "setitimer") and seconds > 0)
    if use_signal:
        def _stop(_signum, _frame):
            raise OverBudget(seconds)

        previous = signal.signal(signal.SIGALRM, _stop)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - started > seconds:
        raise OverBudget(seconds)
