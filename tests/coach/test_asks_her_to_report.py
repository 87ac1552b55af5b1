"""A question that asks her to pass on to the worker, or keep a record of, what he does
(harmful_watch.asks_her_to_report, rule dv-survivor-monitors, which now reads questions
too). A question about who she could call for her own help, one put to the network, and
one about the children are sound. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-survivor-monitors"

ASKS = [
    ("question", "Who else besides your sister could you text to let us know whenever Colin "
                 "gets loud?"),
    ("question", "Fatima, could you keep a log of which evenings Emeka comes home drunk?"),
    ("question", "What was different on the calm nights, and could you give us a call each "
                 "time Shane starts drinking?"),
    ("question", "Would you jot down what days he loses his temper, so we can see a pattern?"),
    ("question:exception", "On the mornings that went well, what helped - and can you keep "
                           "us posted when Graham has had a few?"),
]
SOUND = [
    ("question", "Dana, who could you call if Colin comes round after drinking?"),
    ("question", "Uncle Ruben, could you let us know whenever Emeka starts drinking?"),
    ("question", "Who else besides your sister could you ring when the nights get hard?"),
    ("question", "Could you tell us what helps when Theo (5) gets upset at bedtime?"),
    ("question:exception", "On the mornings that went well, what did you do that helped, and "
                           "who was around?"),
]


@pytest.mark.parametrize(("kind", "text"), ASKS)
def test_a_question_asking_her_to_report_on_him_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_her_own_help_or_the_network_is_not(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text
