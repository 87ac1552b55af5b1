"""The partner he hurts made the one who sees to it that he keeps his promise, in a frame
other than her own "will" (harmful_watch.partner_oversees, rule dv-survivor-monitors): a
gerund after "with", a duty laid on her, or her bare act with only a time after it. A
network person or the worker who sees to it, and her care of the children, are sound.
Sentences are the project's own (other families than the course's, and the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-survivor-monitors"

OVERSEES = [
    ("goal", "Emeka will keep his hands to himself and speak kindly to Fatima for a year, with "
             "Fatima making sure he goes to his group every week, so Mia (7) sleeps well."),
    ("goal", "For six months Colin will walk away instead of shouting at Dana, with Dana "
             "keeping an eye on him at weekends, and Theo (5) will feel calm at home."),
    ("goal", "Dad will stay calm and respectful with Mum for nine months; Mum is responsible "
             "for checking that he takes his time-outs at Uncle Ruben's."),
    ("plan", "Graham will not raise his voice at Claire. It is Claire's job to make sure he "
             "sticks to the plan, and Mia (7) will go to her aunt's on Fridays."),
    ("goal", "Shane no yelling, no shoving, 12 months; Kayla confirms weekly."),
    ("goal", "Minh will speak gently to Thanh and leave for a walk when his voice rises; "
             "Thanh vouches every month."),
]
SOUND = [
    ("goal", "Emeka will keep his hands to himself and speak kindly to Fatima for a year, with "
             "Uncle Ruben making sure he goes to his group every week, so Mia (7) sleeps well."),
    ("goal", "For six months Colin will walk away instead of shouting at Dana, with Dana "
             "making sure Theo (5) is in bed by eight, and Theo will feel calm at home."),
    ("goal", "Dad will stay calm and respectful with Mum for nine months; Aunt Carmen is "
             "responsible for checking that he takes his time-outs at her house."),
    ("goal", "Shane no yelling, no shoving, 12 months; Karim confirms weekly."),
    ("plan", "Kayla will take Mia (7) to school, with Kayla checking her homework each night."),
    ("goal", "Minh will speak gently to Thanh for six months; the worker confirms monthly."),
]


@pytest.mark.parametrize(("kind", "text"), OVERSEES)
def test_her_seeing_to_his_promise_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_the_network_or_her_care_of_the_children_is_not(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text
