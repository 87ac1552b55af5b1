"""A question item may name the solution-focused type it asks for ("question:exception"):
a question of another type is of the wrong kind (issue 21.2, the known gap of a scaling
question written where an exception question was asked). Sentences are our own."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess, written_score

SCALING = "On a line from 0 to 10, where would you put bedtimes this week?"
EXCEPTION = "What was different on the nights when bedtime went smoothly?"
NETWORK = "Who else, besides your brother, could you call when bedtime gets hard?"


@pytest.mark.parametrize(("text", "asks"), [
    (SCALING, "exception"), (NETWORK, "exception"), (EXCEPTION, "network"),
])
def test_another_type_than_asked_is_capped_and_said(text: str, asks: str) -> None:
    graded = assess(text, f"question:{asks}")
    assert graded.wrong_kind and graded.needs_review and graded.score <= 0.25
    assert f"the {asks} question the item asks for" in " ".join(graded.reasons)
    # the live checklist says the same
    result = analyse(text, expected_kind=f"question:{asks}")
    assert result.wrong_kind and "the item asks for" in str(result)


@pytest.mark.parametrize(("text", "asks"), [
    (SCALING, "scaling"), (EXCEPTION, "exception"), (NETWORK, "network"),
])
def test_the_type_asked_scores_as_a_plain_question(text: str, asks: str) -> None:
    assert written_score(text, f"question:{asks}") == written_score(text, "question") >= 0.75


@pytest.mark.parametrize("kind", ["goal:exception", "question:miracle_cure", "question:"])
def test_an_unknown_type_is_a_clear_error(kind: str) -> None:
    with pytest.raises(ValueError, match="only a question can name a type"):
        written_score(EXCEPTION, kind)


@pytest.mark.parametrize(("text", "asks"), [
    # read first as another type, with the type asked in it too: not the wrong kind
    # (goalread2; only a question of another type alone is)
    ("Think about the evenings this week that went okay. How did you pull that off?",
     "exception"),
    ("What did bedtime look like on the nights everyone was asleep by eight? Who helped?",
     "exception"),
    ("- What happened on the on-time mornings?\n- Who helped?", "exception"),
    ("Your brother sounds like a real help. What would he say he could do, and who else "
     "in the family could pitch in?", "network"),
    ("With all you have on, how do you keep going, and who else could you lean on?",
     "network"),
])
def test_the_type_asked_there_too_is_not_another_kind(text: str, asks: str) -> None:
    assert not assess(text, f"question:{asks}").wrong_kind
    assert written_score(text, f"question:{asks}") == written_score(text, "question")
