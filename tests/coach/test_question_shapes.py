"""Question items (issue 21, the kindread lane): what a network or exception question
earns by its shape. A network question that sets aside the helper already named widens
the network without building on them (at most 0.75); one with nobody in it is bare (at
most 0.5); an open question about the problem only earns nothing; a leading one at
most a quarter. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess


@pytest.mark.parametrize(("text", "score", "flag"), [
    ("Who, other than your neighbour, could you call when bedtime goes badly?", 0.75,
     "sets_aside"),
    ("Apart from Grandad, who would you ring on a rough night?", 0.75, "sets_aside"),
    ("Who else could help?", 0.5, "bare_question"),
    ("Who might step in?", 0.5, "bare_question"),
    ("How come the baby missed so many check-ups?", 0.0, "problem_question"),
    ("How many nights did the drinking happen this month?", 0.0, "problem_question"),
    ("Who has hurt you?", 0.25, "leading_question"),
    ("What made the other mornings hard?", 0.0, "problem_question"),
])
def test_shape_caps_the_question(text: str, score: float, flag: str) -> None:
    assert assess(text, "question").score == score
    assert flag in {f.code for f in analyse(text, expected_kind="question").flags}


@pytest.mark.parametrize("text", [
    # building on the helper named: what they do, or them and others together
    "Your neighbour has stepped in before - what did she do, and who else could help like "
    "that?",
    "Who could you call, your neighbour or anyone else, when bedtime goes badly?",
    # set aside, but asked how they helped: it builds on them
    "Besides your cousin, who has helped with the baby before, and how did they help?",
    "Who's in your support system when the kids are a handful?",
    # a way out asked about a hard time is no question about the problem only
    "What helps you on the hard days?",
    "What would you like to be different about the bad nights?",
    "What is one thing that would make the hard mornings a little easier?",
    # an exception told with "differently"
    "What was done differently in the weeks the rent got paid?",
])
def test_full_credit(text: str) -> None:
    assert assess(text, "question").score == 1.0
