"""The survivor's words or ways told as the cause of his violence, or as what she must avoid
(harmful_provoke.her_ways_as_cause, rule dv-partner-trigger), and her own safety plan or his
own ways, which are not. Sentences are the project's own (other families than the course's,
and the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

TRIGGER = [
    # what she is to avoid raising, with him named after it
    ("goal", "For three months Ana will steer clear of questioning Luis about his spending "
             "after payday, and Luis will keep his hands to himself."),
    ("plan", "Mum will stop criticising the way Dad drives when he is tired."),
    ("goal", "Sarah will try not to pressure Tom about the car loan in the evenings, and Tom "
             "will stay calm for six months."),
    # her ways, by her possessive, making him act
    ("harm", "On Friday Ana's questioning about the phone bill is what drove Luis to shove her "
             "into the fridge, and Mateo (5) saw it."),
    ("harm", "Last week Sarah's nitpicking made Tom lash out, and he slapped her while Ella (7) "
             "watched."),
    # her ways after "because of"
    ("danger", "We are worried that Tom could slap Sarah again because of how she speaks to him "
               "about the car, and Ella (7) could be hurt."),
    ("danger", "We are worried Luis may shove Ana again due to her nagging, and Mateo (5) could "
               "be hurt."),
    # him triggered or provoked by her
    ("goal", "Tom will walk away when provoked by his wife, for six months, and his brother "
             "will see it."),
    ("plan", "When Luis feels wound up by Ana, he will go to his cousin's."),
    # her act told with what she knew of him
    ("harm", "Ana went on questioning Luis about the rent although she knew how tired he was, "
             "and he pushed her into the door while Mateo (5) watched."),
]
SOUND = [
    ("plan", "Ana will not tell Luis where the shelter is, and will call 911 if he comes over."),
    ("plan", "Mum will not mention the safety plan to Dad, and Nan will keep a phone for her."),
    ("goal", "Sarah will avoid texting Tom for three months while the order is in place."),
    ("goal", "Ana will not upset Mateo at bedtime, and Luis will keep his hands to himself."),
    ("harm", "On Friday Luis's drinking is what drove him to shove Ana into the fridge, and "
             "Mateo (5) saw it."),
    ("danger", "We are worried that Tom could slap Sarah again because of his drinking, and "
               "Ella (7) could be hurt."),
    ("harm", "Mateo (5) cried because of how loud his dad shouted at Ana on Friday."),
    ("goal", "Tom will walk away when he feels his temper rising, for six months, and his "
             "brother will see it."),
    ("harm", "Ana stayed in the house even though she knew Luis was drinking, and Mateo (5) "
             "saw him push her."),
    ("goal", "Luis and Ana will not argue about money with the children, and the worker will "
             "see it."),
    ("goal", "After Luis shoved her, Ana will steer clear of pressuring her landlord about the "
             "repairs when Luis is home, and her cousin will see it."),
    ("plan", "Ana will try not to confront the school about Mateo's grades while Luis is "
             "around."),
]


@pytest.mark.parametrize(("kind", "text"), TRIGGER)
def test_her_ways_told_as_the_cause_are_partner_trigger(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "dv-partner-trigger" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_her_safety_plan_or_his_own_ways_are_not(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in {f.rule for f in assess(text, kind).findings}
