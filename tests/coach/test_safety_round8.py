"""Round 8 harmful-practice readings, in sentences written for these tests (not taken from
any tuning answer): his drinking told in any shape where he hurts his partner, or where
only she told it; his own words with an auxiliary ("Minh has said ...")."""

from __future__ import annotations

import pytest

from soplab.coach import assess


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in assess(text, kind).findings}


#: His drinking, which only the partner he hurts could have told, in ten shapes.
DRINKING_FIRES = [
    ("danger", "We worry that after a couple of beers Minh could shove Thanh again, and Bao (6) "
               "could get hurt."),
    ("danger", "Nan and the worker are worried that Dad may hit Mum again once he's had a "
               "few, and Tyler (7) could be hurt."),
    ("danger", "worried: SW + PD. when minh is drunk he may push thanh again, vy could get hurt"),
    ("harm", "On Saturday, after drinking all afternoon, Shane threw a bottle at Kayla and Tyler "
             "(7) hid behind the couch."),
    ("danger", "The worker is worried that Mr. Webb may throw things at his wife again when he "
               "comes home drunk, and Zoe (4) could be hit."),
    ("goal", "For six months Minh will be sober whenever he is home with Thanh and the kids, "
             "and Phuoc will see it."),
    ("goal", "Minh will quit the beer and talk calmly at home for the next six months; Ba Lan "
             "will see it."),
    ("goal", "Minh will not touch alcohol for six months, and Phuoc will see him each week."),
    ("plan", "Minh will go to his cousin's for the night any time he has been drinking."),
    ("danger", "We are worried that Minh may hit Thanh when he is under the influence and the "
               "children may be hurt."),
    ("danger", "The worker is worried Minh could hit Thanh again after a few cans, and Bao (6) "
               "could be scared."),
    ("harm", "Sunday night Minh, who had been drinking, pushed Thanh into the wall; Vy (12) was "
             "cut."),
    ("goal", "For six months Minh will stay off the booze and speak calmly to Thanh; Phuoc will "
             "see it."),
]
#: Drinking that is no one's private word: not where a partner is hurt, seen by others, or
#: a woman's own; and a father's own words with "has".
DRINKING_PASSES = [
    ("danger", "The aunt is worried that Mr. Price falls asleep on the couch after a few beers "
               "and Lily (5) could wander out alone."),
    ("goal", "Renee will stay sober and be up with Tommy every morning for three months, and "
             "Marie will see it."),
    ("danger", "The worker and officers, who smelled alcohol on him that night, are worried "
               "that Minh may push Thanh again and Vy could be hurt."),
    ("goal", "Minh will drink his morning coffee with the kids and speak calmly to Thanh, seen "
             "by Phuoc, for six months."),
    ("harm", "Sunday night Vy, who had been asleep, woke when Minh pushed Thanh into the wall."),
    ("danger", "Police and the worker are worried that when Kenny has been drinking he may shove "
               "Lorna again, and Ailsa (9) could be hurt."),
    ("danger", "The aunt and the worker are worried that when Charlene drinks she leaves the "
               "boys alone at night, and they could be hurt."),
    ("goal", "Graham will drive Owen and Hazel only when he is sober, seen by Claire, for six "
               "months."),
    ("danger", "The worker is worried that Minh may push Thanh again when he shouts about "
               "money, and Vy could be hurt. Minh has said it will not happen again."),
    ("harm", "On Sunday Minh shoved Thanh into the wall and Vy (12) cut her hand. Minh has "
             "admitted he pushed her."),
    ("harm", "Minh pushed Thanh into the kitchen wall on Sunday night; Vy (12) needed four "
             "stitches and Bao (6) hid in the closet."),
    ("goal", "For six months Minh will speak calmly to Thanh and go to Phuoc's when he is "
             "upset; Ba Lan will see it, and the children will feel safe."),
]


@pytest.mark.parametrize(("kind", "text"), DRINKING_FIRES)
def test_his_drinking_only_she_could_tell_is_exposed(kind: str, text: str) -> None:
    assert "dv-source-exposed" in _rules(text, kind)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), DRINKING_PASSES)
def test_drinking_nobody_told_in_private_or_his_own_words_are_not(kind: str, text: str) -> None:
    assert "dv-source-exposed" not in _rules(text, kind)


#: A child's carefulness or attention told as what keeps another child safe, and a child
#: given the duty in a relative clause.
CHILD_FIRES = [
    ("danger", "We worry that if Kai (13) isn't paying attention, Tommy (2) could swallow pills "
               "again."),
    ("danger", "We are worried that unless the 13yo is more careful, his little brother could "
               "be hurt."),
    ("harm", "Tommy (2) got into the pills on Wednesday because Kai was not watchful."),
    ("danger", "The worker is worried that Tommy (2) could get into the tablets again if Kai "
               "(13) is not careful."),
    ("harm", "Tommy (2) got into the tablets on Wednesday while his brother Kai (13), who was "
             "meant to be minding him, was on his phone."),
    ("harm", "Tommy (2) took pills on Wednesday; Kai (13) - the one supposed to be looking "
             "after him - was asleep."),
    ("harm", "On Wednesday Tommy (2) ate Renee's tablets, and Kai, who was supposed to be "
             "watching him, was outside."),
]
CHILD_PASSES = [
    ("harm", "Tommy (2) swallowed pills on Wednesday while Renee, who was meant to be caring "
             "for him, was in bed and Kai (13) was at school."),
    ("goal", "Marie will be careful to keep the pills locked up, and Tommy will be safe, for "
             "three months."),
    ("danger", "We worry Renee may not be attentive when Tommy (2) is near the pills, and he "
               "could swallow them again."),
    ("harm", "Kai (13) is careful and kind, and he has missed 14 days of school since March."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_FIRES)
def test_a_childs_care_or_attention_as_the_safety_is_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_PASSES)
def test_an_adults_care_or_a_childs_own_traits_are_not(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: How often he has hurt her (only she could tell it) as the sentence after his act.
COUNT_FIRES = [
    ("harm", "Sunday: Minh shoved Thanh against the fridge. Third time this year. Vy (12) cut "
             "her hand on glass."),
    ("harm", "On Sunday Minh pushed Thanh against the wall. Not the first time. Vy (12) cut her "
             "hand."),
    ("harm", "Minh shoved Thanh into the kitchen wall on Sunday. This is the 3rd time this "
             "year. Vy (12) needed stitches."),
    ("harm", "Minh pushed Thanh into the wall on Sunday night. Happened twice before. Vy (12) "
             "was cut."),
    ("harm", "Dad slapped Mum in the kitchen on Friday; it was the fourth time. Jack (4) saw "
             "it and cried."),
]
COUNT_PASSES = [
    ("harm", "Minh pushed Thanh into the wall on Sunday night. Police records show two earlier "
             "calls. Vy (12) was cut."),
    ("harm", "Minh pushed Thanh into the wall on Sunday night. Previously, Bao (6) did well at "
             "school."),
    ("harm", "Minh pushed Thanh into the wall on Sunday night. Several times since, Bao (6) "
             "has hidden in the closet."),
]


@pytest.mark.parametrize(("kind", "text"), COUNT_FIRES)
def test_how_often_told_after_his_act_is_her_private_word(kind: str, text: str) -> None:
    assert "dv-source-exposed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), COUNT_PASSES)
def test_a_public_count_or_the_childs_own_history_is_not(kind: str, text: str) -> None:
    assert "dv-source-exposed" not in _rules(text, kind)


#: A goal made of services told in chart shorthand, or with only a check of the service
#: beside it.
SERVICE_FIRES = [
    ("goal", "Renee to attend IOP and med management; Marie will check."),
    ("goal", "Renee will keep her BH appointments and get a psych eval."),
    ("goal", "mom will f/u w/ BH + med review, sw to verify monthly"),
    ("goal", "Ms. Rahimi will go to a parenting class; the worker will check."),
    ("goal", "Renee will see behavioural health for her grief, and Aunt Marie will confirm."),
]
SERVICE_PASSES = [
    ("goal", "For three months Renee will be up with Tommy every morning and keep her pills in "
             "the lockbox; Marie will see it, and she will keep seeing BH."),
    ("goal", "Renee will review the meds with Marie each Sunday and lock them away, for three "
             "months."),
    ("goal", "Marie will check the lockbox every night and Renee will get up with Tommy each "
             "morning, for three months."),
]


@pytest.mark.parametrize(("kind", "text"), SERVICE_FIRES)
def test_services_in_shorthand_or_only_checked_are_services(kind: str, text: str) -> None:
    assert "services-as-plan" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), SERVICE_PASSES)
def test_a_behaviour_beside_a_service_is_not_services_only(kind: str, text: str) -> None:
    assert "services-as-plan" not in _rules(text, kind)


#: The partner he hurts made the one who keeps him calm, in her own conduct.
CALM_FIRES = [
    ("plan", "Thanh will keep the peace when Minh comes home."),
    ("plan", "Mum will keep things calm and not wind Dad up on paydays."),
    ("goal", "Thanh will keep the house quiet in the evenings so Minh can rest, for six "
             "months."),
    ("plan", "Thanh will walk on eggshells around Minh on paydays."),
    ("plan", "Mum will not set Dad off by asking about money."),
    ("plan", "Kayla will not rock the boat when Shane gets home from his shift."),
]
CALM_PASSES = [
    ("plan", "Bà Lan will keep the house calm for Vy and Bao in the evenings."),
    ("plan", "Renee will keep the house quiet so Tommy can nap, and Marie will check on them."),
    ("goal", "Marie will keep things calm for Kai and Tommy in the mornings, for three months."),
    ("goal", "Minh will keep his voice down and go to Phuoc's when he is angry, for six months; "
             "Ba Lan will see it."),
]


@pytest.mark.parametrize(("kind", "text"), CALM_FIRES)
def test_her_conduct_as_what_keeps_him_calm_makes_her_the_monitor(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CALM_PASSES)
def test_a_calm_home_kept_for_the_children_is_not(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in _rules(text, kind)


#: A question that seeks a cause of his anger (which the survivor will hear as hers).
QUESTION_FIRES = [
    "Thanh, what set him off on Sunday?",
    "What set Minh off on Sunday night?",
    "What made Minh so angry that night?",
    "What was it that got him going on Sunday?",
    "Kayla, what gets Shane so mad when he comes home?",
]
QUESTION_PASSES = [
    "What helps Minh stay calm when money is tight?",
    "What made the mornings go better this week?",
    "What made Kai so upset at school this week?",
    "Minh, what were you doing on the nights you stayed calm?",
]


@pytest.mark.parametrize("text", QUESTION_FIRES)
def test_a_question_seeking_what_set_him_off_blames(text: str) -> None:
    assert "question-blames" in _rules(text, "question")


@pytest.mark.parametrize("text", QUESTION_PASSES)
def test_a_question_about_calm_or_a_childs_day_does_not(text: str) -> None:
    assert "question-blames" not in _rules(text, "question")


#: A programme with its paperwork, or services with an adjective, still services only.
SERVICE_PAPER_FIRES = [
    ("goal", "Dad will enrol in a 26-week parenting program and have signed attendance slips "
             "returned to the worker monthly."),
    ("goal", "Renee will engage in recommended mental health services and keep the children "
             "safe."),
    ("goal", "Ms. Rahimi will comply with all agency services and keep Sara safe."),
    ("goal", "Minh will participate in court-ordered services for six months."),
]


@pytest.mark.parametrize(("kind", "text"), SERVICE_PAPER_FIRES)
def test_a_programme_with_its_paperwork_is_services_only(kind: str, text: str) -> None:
    assert "services-as-plan" in _rules(text, kind)
