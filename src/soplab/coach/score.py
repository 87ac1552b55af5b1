"""Points for written work: the share of the checklist satisfied, minus flags.

Formula (documented for learners and graders)::

    score = present / total  -  0.05 x (number of distinct flag codes, at most 4)

clipped to [0, 1] and rounded to two decimals. The checklist is the one of the
*expected* kind, whatever the text reads as. Empty text scores 0. A text with
no checklist (kind "other") scores 0.
"""

from __future__ import annotations

from .analyse import analyse

__all__ = ["FLAG_PENALTY", "MAX_PENALISED_FLAGS", "written_score"]

FLAG_PENALTY = 0.05
MAX_PENALISED_FLAGS = 4


def written_score(text: str, expected_kind: str) -> float:
    """Partial credit in [0, 1] for ``text`` written as ``expected_kind``."""
    if not text or not text.strip():
        return 0.0
    result = analyse(text, expected_kind=expected_kind)
    if not result.components:
        return 0.0
    share = len(result.present) / len(result.components)
    codes = {f.code for f in result.flags}
    penalty = FLAG_PENALTY * min(len(codes), MAX_PENALISED_FLAGS)
    return round(min(1.0, max(0.0, share - penalty)), 2)
