"""Round 9 harmful-practice readings, in sentences written for these tests (not taken from
any tuning answer): labels and diagnoses as people write them in notes (a "problem" or
"dependency" of drink or pills, "not mentally stable", "as a result of her neglect", any
"... disorder" named as the parent's own), against the parent's own word for a condition."""

from __future__ import annotations

import pytest

from soplab.coach import assess


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in assess(text, kind).findings}


LABEL_FIRES = [
    ("danger", "We are worried about Dad's booze problem; when he has had a few he falls asleep "
               "and Leo (4) is alone."),
    ("danger", "Nan is worried about Mum's drink problem and that Leo (4) could be left alone at "
               "night."),
    ("danger", "We are worried that because of his pill problem Dad sleeps all afternoon and "
               "Leo (4) could get into the road."),
    ("danger", "The worker is worried that Mom is not emotionally stable and Leo (4) could go "
               "without dinner."),
    ("danger", "The worker is worried since Gran isn't mentally well, and Ava (2) could swallow "
               "pills."),
    ("harm", "Due to the mother's neglect, Leo (4) went without food on Monday."),
    ("harm", "On Monday, owing to Mrs. Hale's neglect, Ava (2) drank bleach from the cupboard."),
    ("danger", "We are worried that Mom's panic disorder keeps her in bed and Leo (4) could go "
               "without meals."),
    ("danger", "We are worried about Dad's alcohol dependence and Leo (4) could be left alone."),
    ("danger", "We are worried that Dad is alcohol-dependent and Leo (4) could be left alone at "
               "night."),
    ("danger", "We are worried Mom is dependent on pills and Leo (4) could be left alone."),
    ("danger", "Grandma and the worker worry about Mr. Cole's drinking issues: he naps after "
               "lunch and Ava (3) wanders outside."),
]

#: Clinical shorthand and street words, written after the first table was (a check that the
#: reading carries over): "hx of ETOH abuse", "MH issues", "a problem with alcohol".
LABEL_FIRES += [
    ("danger", "We are worried that Dad has a problem with alcohol and Leo (4) could be left "
               "alone at night."),
    ("danger", "worried: mom w/ hx of ETOH abuse, Leo (4) may be left alone"),
    ("danger", "We are worried that Mom's MH issues mean Leo (4) could be left alone."),
    ("danger", "We are worried that Dad is a pill popper and Leo (4) could swallow pills."),
    ("danger", "We are worried that Mom is emotionally dysregulated and Leo (4) could get hurt."),
    ("danger", "We are worried that Dad's drug habit means Leo (4) could be left alone at night."),
    ("danger", "We are worried about Mom's substance use issues and that Leo (4) could find her "
               "pills."),
]

LABEL_PASSES = [
    ("danger", "Renee says she has depression, and we are worried that when she stays in bed "
               "Ava (2) could get into her pills."),
    ("danger", "Mom told us she was diagnosed with bipolar last year; we are worried that on "
               "days she stays in bed Leo (4) could go hungry."),
    ("danger", "The dependency court and the worker are worried that when Dad drinks he falls "
               "asleep and Leo (4) could get hurt."),
    ("danger", "The worker is worried that when Mr. Cole has a few beers after work and falls "
               "asleep, Ava (3) is alone and could get hurt."),
    ("goal", "Gran will keep taking her depression medication and lock her pills in the box "
             "every night; Aunt Jo will see this for three months, and Ava will be safe."),
    ("danger", "We are worried that Dad has a problem with the car and cannot drive Leo (4) to "
               "nursery, so Leo could miss his lunch there."),
    ("danger", "We are worried that Mom is mentally and physically worn out after night shifts "
               "and falls asleep, and Leo (4) could go out alone."),
]


@pytest.mark.parametrize(("kind", "text"), LABEL_FIRES)
def test_a_label_in_any_register_is_found(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), LABEL_PASSES)
def test_own_words_and_behaviour_are_not_labels(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)


#: The partner's act told as what sets him off, in verbs of pressing and nagging, with her
#: drinking as his trigger, and with names the course does not know.
TRIGGER_FIRES = [
    ("danger", "We are worried that when Sarah hassles Tom about the rent he may shove her "
               "again, and Ella (7) could be hurt."),
    ("danger", "We are worried that if Sarah pressures Tom about the bills he could slap her "
               "again and Ella (7) could get hurt."),
    ("danger", "We worry that when she has been drinking, Tom gets angry and may hit Sarah again; "
               "Ella (7) could be hurt."),
    ("danger", "The worker is worried that Dad may push Mum again when she has been drinking, "
               "and Jack (4) could be hurt."),
    ("goal", "For six months Tom will go to his brother's when Sarah gets on at him about the "
             "car, and speak calmly; Dave will see it."),
    ("danger", "We are worried that when Thanh is on his case about money, Minh may push her "
               "again and Vy could get hurt."),
    ("danger", "We are worried that whenever Sarah badgers Tom about work he may grab her again "
               "and Ella (7) could be hurt."),
    ("goal", "Over six months Minh will walk out to his cousin's when Thanh presses him about "
             "the bills, and Phuoc will see it weekly."),
]

#: Written after the reading was made, as a carry-over check.
TRIGGER_FIRES += [
    ("danger", "We are worried that whenever Sarah lectures Tom about his friends he may shove "
               "her again and Ella (7) could be hurt."),
    ("danger", "We worry that when Sarah accuses Tom of cheating he may grab her again and Ella "
               "(7) could get hurt."),
    ("danger", "We are worried that if Mum has been drinking Dad may lose his temper and hit her, "
               "and Jack (4) could be hurt."),
    ("plan", "When Sarah gets on his case about money, Tom will go for a walk."),
    ("danger", "We are worried that when Mum taunts Dad he may hit her again and Jack (4) could "
               "get hurt."),
]

TRIGGER_PASSES = [
    ("danger", "We are worried that when Tom is tired after work he may push Sarah again, and "
               "when Sarah is upset he may yell; Ella (7) could be hurt."),
    ("danger", "We are worried that when Sarah presses charges or calls the police Tom may hurt "
               "her again and Ella (7) could be hurt."),
    ("danger", "We are worried that Tom, when money pressure builds, shouts at Sarah and could "
               "shove her again; Ella (7) could get hurt."),
    ("danger", "We are worried that when Sarah gets home late from work Tom may shove her again, "
               "and Ella (7) could be hurt."),
    ("danger", "We are worried that when Sarah presses the panic button Tom may hurt her and Ella "
               "(7) could be hurt."),
    ("danger", "We are worried that when Mum is at work late Dad may shout at Jack (4) and push "
               "him."),
    ("danger", "Nan is worried that when Mum has been drinking she falls asleep on the couch and "
               "Leo (4) is alone at night."),
]


@pytest.mark.parametrize(("kind", "text"), TRIGGER_FIRES)
def test_her_act_as_his_trigger_is_found(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), TRIGGER_PASSES)
def test_situations_and_his_own_state_are_no_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in _rules(text, kind)


#: A child called careless or sloppy where another child's harm follows; a child's own care
#: on the road, and her own hurt when she tries to protect her mother, are not blame.
CHILD_FIRES = [
    ("danger", "We are worried that if Kai (13) is careless with the pills again, Tommy (2) "
               "could swallow them."),
    ("danger", "We are worried Mia (3) could get hurt again because Jack (12) is careless with "
               "the gate."),
    ("danger", "We are worried that Tommy (2) could get into pills if Kai gets sloppy again."),
    ("danger", "The worker worries that if Jack (12) gets lazy about the gate again, Mia (3) "
               "could wander into the road."),
    ("harm", "On Monday Tommy (2) swallowed pills because Kai (13) was careless and left them "
             "out."),
]

CHILD_PASSES = [
    ("goal", "Gran will keep her pills locked away every day and Jack will be careful crossing "
             "the road to school; Aunt Jo will see this for three months."),
    ("goal", "For three months Mum will walk Jack to school and keep the gate shut; Jack will be "
             "safe and careful on his bike, and Nan will see it."),
    ("danger", "The worker is worried that Dad may hit Mum again, and Mia (12) could get hurt "
               "the next time she tries to protect her mum."),
    ("danger", "We are worried Vy (12) could be badly hurt when she tries to step between Minh "
               "and Thanh again."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_FIRES)
def test_a_child_called_careless_is_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_PASSES)
def test_a_childs_own_care_and_hurt_are_no_blame(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: A service beside a deed done with the child is no plan of services only; services with
#: proof of going and nothing else still are.
SERVICE_PASSES = [
    ("goal", "Dad will go to AA, show proof of attendance, and cook dinner with the kids every "
             "night; Nan will see this for six months and the kids will feel safe."),
    ("goal", "Mom will attend parenting classes and sit down with Leo for dinner every evening; "
             "Nan will see it for three months and Leo will be fed and safe."),
    ("plan", "Dad will go to AA on Tuesdays, bring the sign-in sheet, and read to Leo at bedtime "
             "each night; Nan checks on Sundays."),
    ("goal", "Gran will go to her counsellor weekly and get Ava up for nursery each morning; "
             "Aunt Jo will see this for three months and Ava will be at nursery."),
]

SERVICE_FIRES = [
    ("goal", "Dad will go to AA, show proof of attendance, and complete a parenting class."),
    ("goal", "Mom will attend counselling, take drug tests and finish her parenting course for "
             "six months."),
    ("goal", "Ms. Cole will comply with services and show protective capacity for Ava."),
]


@pytest.mark.parametrize(("kind", "text"), SERVICE_PASSES)
def test_a_service_beside_a_deed_with_the_child_is_no_services_plan(kind: str, text: str) -> None:
    assert "services-as-plan" not in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), SERVICE_FIRES)
def test_services_and_proof_alone_are_a_services_plan(kind: str, text: str) -> None:
    assert "services-as-plan" in _rules(text, kind)
