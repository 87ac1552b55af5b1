"""Points for written work: :func:`written_score`, the automatic score's entry point.

It is :func:`soplab.coach.assess`'s score (the formula is documented in
:mod:`soplab.coach.assessment`): 1 less 0.25 per part of the expected kind's
checklist that is missing (a question: the share of its checklist), minus 0.05
per distinct wording flag (at most four), at most 0.25 while a harmful-practice
finding stands or when the answer reads, with confidence, as another kind.
Empty text and a text with no checklist score 0.
"""

from __future__ import annotations

from .assessment import FLAG_PENALTY, MAX_PENALISED_FLAGS, assess

__all__ = ["FLAG_PENALTY", "MAX_PENALISED_FLAGS", "written_score"]


def written_score(text: str, expected_kind: str) -> float:
    """Partial credit in [0, 1] for ``text`` written as ``expected_kind``."""
    return assess(text, expected_kind).score
