"""The grammar of a writing item's label, shared by the item bank and the coach.

A writing item's label is the kind of answer it asks for (``harm``, ``danger``, ``goal``,
``plan``, ``question``, ...); a question item may also name the solution-focused type it
asks for, ``question:<type>`` (``question:exception``). The bank checks labels and the
coach scores against them, so both read them here, without loading the coach's readers.
"""

from __future__ import annotations

__all__ = ["QUESTION_TYPES", "split_kind"]

#: The solution-focused question types a question item may name (the coach's readers,
#: ``soplab.coach.questions.SF_DESCRIPTIONS``, describe each one).
QUESTION_TYPES = ("scaling", "what_else", "preferred_future", "coping", "exception",
                  "relationship", "network")


def split_kind(expected_kind: str | None) -> tuple[str | None, str | None]:
    """``"question:exception"`` -> ``("question", "exception")``: an item may name the
    solution-focused question it asks for; any other kind is returned as it is.
    Raises ValueError for a type that is not one of :data:`QUESTION_TYPES`."""
    if expected_kind and ":" in expected_kind:
        kind_name, asks = expected_kind.split(":", 1)
        if kind_name == "question" and asks in QUESTION_TYPES:
            return kind_name, asks
        raise ValueError(f"expected_kind {expected_kind!r}: only a question can name a type, "
                         f"one of {', '.join(QUESTION_TYPES)}")
    return expected_kind, None
