"""Round 11's general kind readings (issue 21, the kindread lane): ten ways practitioners
write each shape, in the project's own words, read by the rules alone and by the whole
coach, and sentences each reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.stages import clauses, rules_kind, segment
from soplab.coach.text import unaside


def _rules(text: str) -> str:
    return rules_kind(clauses(segment(text)))[0]


#: A caregiver's harmful act with a relative clause of history set aside between its
#: subject and its verb (round 10's "Dad, who was diagnosed with bipolar disorder, hit Kai
#: with a belt last week" read as other): the clause's subject still meets its verb.
ASIDE_HARMS = [
    "Dad, who was diagnosed with bipolar disorder, hit Kai with a belt last week.",
    "Mum, who has a history of depression, left the baby alone overnight on Saturday.",
    "Her stepfather, who has two DUI convictions, drove the children home drunk on Friday "
    "night.",
    "Mr. Ortiz, who had been drinking since noon, punched his partner in front of the twins.",
    "Grandma (who has early dementia) left Leo, 3, in the bath unattended on Tuesday.",
    "Father, who was released from prison in June, threw a chair at Amara on 3/2.",
    "The boyfriend, who moved in two months ago, slapped Zoe across the face on Sunday.",
    "Ms. Reyes, whose own mother was a heavy drinker, kicked her son during an argument "
    "yesterday.",
    "Uncle Dev, who babysits most weekends, shook the baby when she would not stop crying.",
    "Mom, who lost her job in May, locked the kids out of the apartment overnight.",
]
#: A relative clause beside no act done to a child: the reading is left as it was.
ASIDE_NOT_HARMS = [
    ("danger", "Mum, whose partner was arrested last month, is worried that he will come "
               "back to the house."),
    ("goal", "Mom, who has been sober for a year, will keep attending her meetings so the "
             "kids stay safe."),
    ("other", "Dad, who is a veteran, has PTSD and takes his medication daily."),
]


@pytest.mark.parametrize("text", ASIDE_HARMS)
def test_a_harm_told_past_a_relative_clause_reads_as_harm(text: str) -> None:
    assert unaside(text) != text and len(unaside(text)) == len(text)
    assert _rules(text) == "harm"
    assert analyse(text).kind == "harm"


@pytest.mark.parametrize(("kind", "text"), ASIDE_NOT_HARMS)
def test_a_relative_clause_beside_no_harm_keeps_its_kind(kind: str, text: str) -> None:
    assert analyse(text).kind == kind


def test_a_text_with_no_aside_is_left_as_it_is() -> None:
    text = "Dad hit Kai with a belt last week, which left a welt on his arm."
    assert unaside(text) == text
