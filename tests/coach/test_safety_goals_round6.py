"""Harmful practice in goals and plans as new writers put it (round 6, from what heldout6
showed): a child given a turn of another child's care without a care verb ("take over",
"step in", "cover the evenings", "handle bath time"), and what happened told as in a
child's charge ("on Kai's watch", "in his brother's care", "Kai was in charge").
Sentences written for these tests, not taken from any tuning answer; the families are
the course's and some of the writers' own."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, kind).findings}


#: child-blamed: a child given a turn of the care in a goal or plan, in words without a
#: care verb.
CHILD_TURN_FIRES = [
    ("goal", "For six months Nan will have the baby in the day and Mia (12) will take over "
             "once she is home from school; the worker will see it."),
    ("goal", "Every weekday until June Dad will mind Leo in the mornings and Ana, 11, will "
             "step in after school. Grandma will check."),
    ("goal", "For six months Aunt Rosa will look after the twins during the day and Jay (14) "
             "will cover the evenings, and the worker will see it."),
    ("goal", "For the next six months Mum will care for Ben and his sister Zoe (13) will fill "
             "in when Mum is at work; Nan will see this."),
    ("goal", "Until the review Zoe (12) will be the one who gives the baby her bottle and puts "
             "her to bed, and Grandad will see it."),
    ("plan", "Leo, 13, will handle bath time and bedtime for the twins while Dad sleeps."),
    ("goal", "For six months Jay (14) and Aunt Rosa will share the evenings with the baby, and the "
             "worker will see it."),
    ("goal", "Mia (12) will help out with her little brother every afternoon for three months "
             "and Nan will check."),
    ("goal", "Over the next six months Ana, 11, will be responsible for Leo's bedtime and the "
             "school will see it."),
    ("plan", "Jay (14) will take charge of the twins after school and Uncle Joe will check."),
    ("goal", "For six months Zoe (13) will take over from Nan at 4 pm each day; the worker "
             "will see it."),
    ("goal", "For six months Leo (4) will be in the care of his sister Ana (11) after school "
             "and Nan will see it."),
    # note forms, the present in a goal with a time frame, and other modals
    ("plan", "Mia (12) to take over with the baby after school."),
    ("plan", "After school: Jay (14) takes over with the twins until Dad gets home."),
    ("goal", "Every day for six months Nan is up with the baby and Zoe (12) covers the "
             "evenings; the worker sees it."),
    ("plan", "Ana (11) can step in if Grandma needs a rest."),
    ("goal", "For 6 months Leo (13) gonna help w/ his little sister after school, Nan check."),
    ("plan", "Jay (14) will be the twins' backup when Aunt Rosa is out."),
    ("plan", "Mia (12) will be on baby duty after school."),
]
#: Sound: adults take the turns, the child is the one cared for, or takes over what is his.
CHILD_TURN_PASSES = [
    ("goal", "For six months Nan will take over the baby's care when Mum can't get up, and "
             "Mia (12) will go to school every day. The worker will see it."),
    ("goal", "For six months Aunt Rosa will step in whenever Dad is unwell, so the twins are "
             "always watched, and Jay (14) will be at school. Nan will see it."),
    ("plan", "Grandma will cover the mornings and Uncle Joe the afternoons; Ana (11) will go "
             "to school."),
    ("goal", "For six months an adult will handle the twins' bath time and bedtime, and Jay "
             "will be free to do homework. The worker will see it."),
    ("goal", "For six months Mia (12) will take over her own homework time and go to netball, "
             "while Nan watches the baby. The worker will see it."),
    ("goal", "For six months Leo (13) will step up at school and go every day while Nan "
             "watches his sister. The worker will see it."),
    ("goal", "For six months Jay and the twins will be cared for by Aunt Rosa every day Dad is "
             "unwell, and the worker will see it."),
    ("goal", "For six months Ana (11) will fill in her school planner each night and Nan will "
             "watch Leo; the worker will see it."),
    ("goal", "Every day for six months Dad will stay sober when Zoe is with him, and Zoe (7) "
             "will take her bath and go to bed at 8 with Dad awake; her aunt will check."),
    ("goal", "For six months Mia (9) will get off the bus at 3:15 and Aunt Mina will meet "
             "her; Mia will take over feeding the class rabbit at school. The teacher will see "
             "it."),
    ("danger", "The worker is worried that Dad may keep hitting Mum when he drinks, that Zoe "
               "(12) will step in again and be badly hurt."),
    ("goal", "For six months Leo (6) will be in Nan's care after school and the worker will "
             "see it."),
    ("harm", "Since March Jay (14) takes over with the twins every afternoon and has missed "
             "20 days of school."),
    ("harm", "For three weeks Zoe (12) steps in between her parents when Dad yells, and on "
             "Sunday she was cut on broken glass."),
    ("danger", "Mum, Nan and the worker are worried Dad may hit Mum again. Zoe (12) might step "
               "in again and be hurt much worse."),
    ("goal", "For six months Jay (14) won't have to step in with the twins any more; Nan and "
             "Aunt Rosa will cover the afternoons and the worker will see it."),
    # an older sibling with the little one, no duty
    ("goal", "For six months Nan will watch the baby and Mia (12) will help the baby with her "
             "stacking cups after homework; the worker will see it."),
    ("goal", "For six months Aunt Rosa will care for the twins, and Jay (14) will help his "
             "little sister with her reading; the worker will see it."),
    ("goal", "For six months Leo (13) will sit with his brother at dinner while Nan serves, "
             "and the worker will see it."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_TURN_FIRES)
def test_a_child_given_a_turn_of_the_care_is_found(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_TURN_PASSES)
def test_adults_taking_the_turns_are_not_a_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: child-blamed: what happened told as in a child's charge.
CHILD_IN_CHARGE_FIRES = [
    ("harm", "On Friday the baby, 8 months, rolled off the sofa and hit her head. It all "
             "happened on Zoe's watch; Zoe is 12."),
    ("harm", "Saturday Leo (3) drank bleach from under the sink while under his big brother's "
             "care, and was kept in hospital overnight."),
    ("harm", "Leo, 3, got out of the house on Monday and was found by the road. Ana (11) was "
             "in charge at the time."),
    ("harm", "The twins (4) ate Dad's tablets on Sunday while they were in their big brother "
             "Jay's care."),
    ("danger", "We are worried that the baby will be hurt again on the days she is in Mia "
               "(12)'s hands."),
]
CHILD_IN_CHARGE_PASSES = [
    ("harm", "On Friday the baby, 8 months, rolled off the sofa while Mum slept, on Mum's "
             "watch, and hit her head. Zoe, 12, found her and called Nan."),
    ("harm", "Saturday Leo (3) drank bleach from under the sink while in Dad's care, and was "
             "kept in hospital overnight."),
    ("harm", "Leo, 3, got out of the house on Monday while Ana (11) was at school; Dad was "
             "in charge at the time."),
    ("goal", "For six months Leo (4) will be in the care of his grandmother after school and "
             "the worker will see it."),
    ("harm", "Jay, 14, has been left in charge of the twins most days since March and has "
             "missed 20 days of school."),
    ("harm", "On Friday Dad left the baby, 8 months, in Zoe's care while he went out, and "
             "she rolled off the sofa. Zoe is 12."),
    ("harm", "On Friday the baby, 8 months, was left in Zoe (12)'s care while Dad went out, and "
             "she rolled off the sofa."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_IN_CHARGE_FIRES)
def test_harm_told_as_in_a_childs_charge_is_found(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_IN_CHARGE_PASSES)
def test_harm_in_an_adults_charge_is_not_a_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: dv-mutual: the couple's goal made joint work on how they talk or quarrel, anywhere in
#: their promise, in a text about his anger, their quarrels or the children's fear.
JOINT_WORK_FIRES = [
    ("goal", "Until the review Dad and Mum will sit down together every Friday and go through "
             "the money calmly, and Dad will go for a walk when he feels his temper rising. "
             "Nan will see it."),
    ("goal", "For six months Mr. and Mrs. Ortiz will both agree to stay calm when bills come "
             "in, and Grandma will see the boys are not scared."),
    ("goal", "For six months Minh and Thanh will have a family meeting every Sunday night to "
             "agree on the budget, so the children do not have to hide; Ba Lan will see it."),
    ("goal", "For the next six months Dad and Mum will make a budget together so money does "
             "not cause fights, and Nan will see it."),
    ("goal", "For six months Mum and Dad will meet each week and plan the spending together, "
             "so nobody gets angry; Grandad will see it."),
    ("plan", "Mum and Dad will go to couples therapy and learn to argue fairly; Nan will see "
             "that Leo is not scared."),
    ("plan", "Sundays: Dad + Mum go over the money together calmly."),
    ("goal", "For six months Mr. and Mrs. Ortiz will practise listening to each other when "
             "money is tight, and Grandma will see the boys are not scared."),
    ("goal", "For six months Mum and Dad will attend mediation together and the children "
             "will not hear shouting; Nan will see it."),
    ("goal", "For six months, Dad and Mum will agree to disagree about money and not raise "
             "their voices; Nan will see that Leo does not hide."),
]
JOINT_WORK_PASSES = [
    ("goal", "For six months Mum and Dad will sit down together every Sunday to plan the "
             "week's meals, and Nan will see that Leo eats well."),
    ("goal", "For six months Grandma and Grandpa will talk together each evening about who "
             "picks Leo up, and the teacher will see it."),
    ("goal", "For six months Minh and Phuoc will sit together every Sunday and talk about how "
             "Minh handled his anger, and Ba Lan will see that Vy and Bao do not hide."),
    ("goal", "For six months Dad will speak calmly to Mum about money and go to Uncle Joe's "
             "when he feels angry; Nan will see it, and Leo will not have to hide."),
    ("goal", "For six months Aunt Rosa and Nan will meet every Sunday and plan together who "
             "watches the twins, and the worker will see it."),
    ("plan", "Sundays: Mum + Dad go over the bills together and plan the week for the kids."),
]


@pytest.mark.parametrize(("kind", "text"), JOINT_WORK_FIRES)
def test_joint_work_on_the_couples_quarrels_is_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), JOINT_WORK_PASSES)
def test_two_people_planning_together_is_not_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" not in _rules(text, kind)


#: dv-survivor-monitors: her own conduct promised as what keeps him from anger.
KEEPS_HIM_CALM_FIRES = [
    ("goal", "For six months Mum will talk to Dad more gently so he doesn't lose his temper, "
             "and Nan will see it."),
    ("goal", "For six months Thanh will stay calm and not answer back when Minh is angry; "
             "Ba Lan will see it."),
    ("plan", "Mum will keep the peace and not argue back when Dad has been drinking."),
    ("goal", "For six months Mrs. Ortiz will keep her husband happy by not raising the bills, "
             "and Grandma will see that the boys are not scared when he is angry."),
]
KEEPS_HIM_CALM_PASSES = [
    ("goal", "For six months Dad will talk calmly to Mum so the kids do not get scared, and "
             "Nan will see it."),
    ("goal", "For six months Dad will go to Uncle Joe's when he is angry so he does not hurt "
             "Mum; Nan will see it."),
    ("goal", "For six months Mum will keep Leo calm at bedtime with a story, and Nan will see "
             "he is not scared."),
    ("goal", "For six months Nan will take the children to her room when Dad is angry, so "
             "they do not get scared; the worker will see it."),
]


@pytest.mark.parametrize(("kind", "text"), KEEPS_HIM_CALM_FIRES)
def test_her_keeping_him_calm_is_found(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), KEEPS_HIM_CALM_PASSES)
def test_his_own_calm_or_a_childs_is_not_her_monitoring(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in _rules(text, kind)


#: services-as-plan: a goal of appointments in new words, with the network only told of
#: progress.
SERVICES_FIRE = [
    ("goal", "For six months Mum will follow up with her family doctor and go to grief "
             "counselling at the clinic every week, and Nan will be informed of her progress."),
    ("goal", "For six months Dad will keep his appointments with his therapist, and Grandma "
             "will be kept updated on his progress. The boys will be safe."),
    ("goal", "Mum will follow up with her GP and join a support group for six months; Aunt "
             "Rosa will be kept informed of her progress."),
    ("goal", "For six months Dad will go to a DV program every week, and Nan will see it."),
    ("goal", "Until the review Dad will attend an outpatient programme, and Grandma will be "
             "updated on his progress."),
]
SERVICES_PASS = [
    ("goal", "For six months Mum will take Leo to his doctor's appointments herself and keep "
             "her tablets locked away, and Nan will see it."),
    ("goal", "For six months Dad will follow up with his doctor about his sleep, and on the "
             "days he is too tired Nan will be up with the twins and keep the medicines in the "
             "lockbox; Aunt Rosa will see it."),
]


@pytest.mark.parametrize(("kind", "text"), SERVICES_FIRE)
def test_a_goal_of_appointments_is_services(kind: str, text: str) -> None:
    assert "services-as-plan" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), SERVICES_PASS)
def test_an_appointment_beside_care_is_not_services(kind: str, text: str) -> None:
    assert "services-as-plan" not in _rules(text, kind)


#: dv-survivor-monitors: her reporting on him or managing him, in everyday words.
REPORTS_FIRE = [
    ("goal", "For six months Mum will give the caseworker a heads-up whenever Dad has been "
             "drinking, and Nan will see the boys are calm."),
    ("plan", "Mum will reach out to the SW if Dad starts drinking again."),
    ("plan", "If Dad drinks, Mum will get in touch with CWS straight away."),
    ("plan", "Mrs. Ortiz will be responsible for keeping her husband away from the beer."),
    ("goal", "For six months Thanh will keep an eye out for signs Minh has been drinking and "
             "let Phuoc know; Ba Lan will see it."),
    ("plan", "Mum will check Dad's mood when he gets home and text Nan if he is angry."),
]
REPORTS_PASS = [
    ("plan", "Mum will reach out to Nan if she or the children feel unsafe, and take the boys "
             "to Nan's."),
    ("goal", "For six months Dad will get in touch with the worker each week and say how he "
             "handled his temper, and Uncle Joe will see it."),
    ("goal", "For six months Grandma will give the worker a heads-up if Dad comes round "
             "drunk, and the boys will not have to hide."),
    ("goal", "For six months Mum will keep a diary of Leo's sleep, and Nan will see it."),
    ("plan", "Thanh will check on her mother's health each morning."),
]


@pytest.mark.parametrize(("kind", "text"), REPORTS_FIRE)
def test_her_reporting_on_him_in_everyday_words_is_found(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), REPORTS_PASS)
def test_her_own_safety_call_or_the_networks_report_is_not(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in _rules(text, kind)
