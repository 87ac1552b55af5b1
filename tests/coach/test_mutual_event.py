"""Two adults told as having one event over a matter, with his violence after it in the same
sentence (harmful_mutual._joint_event, rule dv-mutual): the violence made the outcome of
something both did. Not: an event with someone else, or with no violence told after it.
Sentences are the project's own (other families than the course's, and the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

FIRES = [
    ("harm", "On Friday Luis and Ana had a talk quite loud about the phone bill and he shoved "
             "her into the fridge, and Mateo (5) saw it."),
    ("harm", "Last night Tom and Sarah had a barny over the car and Tom slapped her while Ella "
             "(7) watched."),
    ("harm", "On 3 May Dad and Mum had a big chat about the rent and he pushed her against the "
             "door; Kiri (4) was in the hallway."),
]
PASSES = [
    ("harm", "On Friday Luis had a talk with the worker about the phone bill, and later he "
             "shoved Ana into the fridge while Mateo (5) watched."),
    ("harm", "On Friday Luis and Ana had a meeting about the rent at the school, and Mateo (5) "
             "was happy."),
    ("harm", "On Friday Luis shoved Ana into the fridge while they had dinner, and Mateo (5) "
             "saw it."),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_their_one_event_as_the_setting_of_his_violence_is_mutual(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "dv-mutual" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_an_event_with_others_or_without_violence_is_not(kind: str, text: str) -> None:
    assert "dv-mutual" not in {f.rule for f in assess(text, kind).findings}
