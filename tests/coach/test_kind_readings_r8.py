"""Round 8's general kind readings (issue 21, the kindread lane), each written from
heldout8's misses and checked on the other splits: ten ways practitioners write each
shape, in the project's own words, read by the rules alone (so the learned second opinion
cannot hide a rule that does not carry over) and by the whole coach, and sentences the
reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.stages import clauses, rules_kind, segment


def _rules(text: str) -> str:
    return rules_kind(clauses(segment(text)))[0]


#: A capacity someone has now (what they can say or show, what they know to do): the part
#: of a goal that others see, written without "will".
ABILITY_GOALS = [
    "Mia can name two grown-ups at school she would go to if Dad turns up drunk.",
    "Both boys can tell their teacher what to do if the shouting starts at home.",
    "By the end of term Leo can show his foster carer the way to his gran's flat, and he "
    "sleeps through most nights.",
    "Ruby knows who to ring if her mum does not wake up, and keeps the number in her bag.",
    "Kayden is able to say, in his own words, who he goes to when his dad has been "
    "drinking.",
    "The twins know where the spare key is kept and go next door to Mrs Patel when things "
    "get loud.",
    "Amira can describe her safety plan to the school nurse at each check-in this term.",
    "Over the next three months Josh can explain to his counsellor which room he goes to "
    "when the arguing starts.",
    "Sofia knows how to call 911 from the landline and can point to the house she runs "
    "to.",
    "Eli is now able to tell his gran when he feels frightened at his dad's.",
]

NOT_ABILITY = [
    ("Do you know who to call if your mum gets sick?", "question"),
    ("Nan will visit on Sundays and the kids will know who to call if Dad has been "
     "drinking.", "plan"),
    ("Jaden told the officer he knows what happened that night because he saw Dad hit Mum.",
     "harm"),
    ("Dad punched Mum in the kitchen on Friday and Tia (7) can describe the blood on the "
     "floor.", "harm"),
    ("Your brother has been a big help, I can tell you that.", "other"),
    ("If Dad keeps drinking, the girls may be left alone at night with nobody they can "
     "tell.", "danger"),
]


@pytest.mark.parametrize("text", ABILITY_GOALS)
def test_a_capacity_shown_now_reads_as_a_goal(text: str) -> None:
    assert _rules(text) == "goal"
    assert analyse(text).kind == "goal"


@pytest.mark.parametrize(("text", "kind"), NOT_ABILITY)
def test_what_a_capacity_reading_leaves_alone(text: str, kind: str) -> None:
    assert analyse(text).kind == kind
