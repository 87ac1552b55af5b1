"""Round 10's general kind readings (issue 21, the kindread lane), each written from
heldout10's misses and checked on the other splits: ten ways practitioners write each
shape, in the project's own words, read by the rules alone (so the learned second opinion
cannot hide a rule that does not carry over) and by the whole coach, and sentences the
reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.kindcues import control_told, labelled_kind
from soplab.coach.kindnotes import (
    agency_step,
    allegation,
    care_period,
    carer_account,
    guidance,
    own_health,
    plan_needs,
    topics_listed,
)
from soplab.coach.kinds import settled
from soplab.coach.stages import clauses, rules_kind, segment


def _read(text: str):
    return clauses(segment(text))


def _rules(text: str) -> str:
    return rules_kind(_read(text))[0]


#: A rule for whoever holds a role, about any child: an agency's policy, not one family's
#: plan (heldout10's "Carers must tell the caseworker within 24 hours if a child in their
#: care is injured ..." read as a plan).
GUIDANCE = [
    "Foster carers must report any injury to a child in their care to the social worker "
    "the same day.",
    "All adults in the household must have a background check before a child is placed.",
    "Kinship carers should not leave a child with anyone the agency has not approved.",
    "Any worker who sees a bruise on a baby under six months must arrange a medical the "
    "same day.",
    "Caregivers are required to keep medicines locked away where a child cannot reach "
    "them.",
    "Every carer must tell the agency if a child in their care goes missing overnight.",
    "Social workers must see a child alone at every visit during an investigation.",
    "Resource families may not use physical discipline with any child placed in the home.",
    "Staff should call the hotline whenever a child tells them about abuse.",
    "Approved carers need to get written consent before a child in their care stays "
    "overnight with friends.",
]
#: One family's plan, with its people named or its children definite: still a plan.
FAMILY_RULES = [
    "Parents will make sure the children are collected by Nan at 3 pm every day.",
    "Mum and Dad must not leave Leo with anyone who has been drinking.",
    "The foster carers, Joan and Pete, will ring the social worker if Kai goes missing.",
    "Carers will not leave the twins alone with their mother at contact.",
    "Foster carers must bring the baby to every contact visit at the family centre.",
]


@pytest.mark.parametrize("text", GUIDANCE)
def test_a_rule_for_a_role_about_any_child_is_guidance(text: str) -> None:
    assert guidance(_read(text))
    assert _rules(text) == "other"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", FAMILY_RULES)
def test_a_familys_own_rule_is_no_guidance(text: str) -> None:
    assert not guidance(_read(text))
    assert analyse(text).kind == "plan"


#: A step of the agency's own process noted as done or decided: a record of the work, not
#: a plan (heldout10's "Alert sent to the neighbouring maternity units in case ...; legal
#: advice requested" and a strategy discussion's "agreed to go to a core assessment").
AGENCY_STEPS = [
    "Referral made to the health visitor on 3 March; strategy meeting held the next day.",
    "Legal advice requested on whether to seek an emergency order.",
    "Police checks completed on both adults in the household; nothing of note.",
    "Initial child protection conference booked for 14 July.",
    "Core assessment started 02/09 and case conference convened for the end of the month.",
    "The meeting agreed to start a section 47 enquiry and to hold a strategy meeting on "
    "Friday.",
    "Notification sent to the school and the GP; LADO advice sought.",
    "Emergency protection order application filed with the court this afternoon.",
    "Letter sent to both parents explaining the outcome of the investigation.",
    "The panel recommended that a parenting assessment be done before the next hearing.",
]
#: A family's step beside the agency's, or an allegation received: not a record alone.
NOT_AGENCY_STEPS = [
    ("plan", "Mum agreed to go to a parenting assessment and will not drink while the "
             "children are home."),
    ("harm", "A referral was received alleging that Dad hit Kai with a belt."),
    ("plan", "SW will make a referral to the parenting group; Mum will attend every "
             "Tuesday."),
]


@pytest.mark.parametrize("text", AGENCY_STEPS)
def test_the_agencys_own_step_noted_is_a_record(text: str) -> None:
    assert agency_step(_read(text))
    assert _rules(text) == "other"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize(("kind", "text"), NOT_AGENCY_STEPS)
def test_a_familys_step_or_an_allegation_is_no_record(kind: str, text: str) -> None:
    assert not agency_step(_read(text))
    assert analyse(text).kind == kind


#: One's own phone, card or keys kept ready for use (charged, on one's person, in one's own
#: bag): no coercive control, whatever the name's gender (round 9 left "Mia keeps her phone
#: charged" read as control).
KEPT_READY = [
    "Mia keeps her phone charged.",
    "Sam keeps her phone on her at all times.",
    "Jordan keeps his phone switched on at night.",
    "Alex keeps her mobile charged and in her coat pocket.",
    "Robin keeps their phone topped up so they can call for help.",
    "Kim keeps her bank card in her purse now.",
    "Taylor keeps his keys on him when he goes out.",
    "Lee keeps her phone fully charged by her bed.",
    "Casey keeps his passport with him.",
    "Jamie keeps her car keys near her at night.",
]
#: Someone else's things kept from them, or kept switched off: still control.
KEPT_FROM = [
    "He keeps her keys on him.",
    "Dad keeps her phone on the top shelf.",
    "Andre keeps her phone switched off.",
    "He keeps her phone in his truck.",
    "Lee keeps her passport in his desk drawer.",
]


@pytest.mark.parametrize("text", KEPT_READY)
def test_ones_own_things_kept_ready_are_no_control(text: str) -> None:
    assert not control_told(_read(text))
    assert analyse(text).kind != "harm"


@pytest.mark.parametrize("text", KEPT_FROM)
def test_things_kept_from_someone_are_control(text: str) -> None:
    assert control_told(_read(text))
    assert _rules(text) == "harm"


#: A heading of a caregiver's protective or parental capacity names a strength: "other".
CAPACITY_NOTES = [
    "Protective capacity: Ms. Lowe has twice taken the children to her sister's when Dean "
    "was drinking.",
    "Protective capacities - Dad got the kids out of the house and rang 911 when Mum's "
    "partner hit her.",
    "Parenting capacity: Mum has got all three children to school every day this term.",
    "Parental capacity: Grandad has raised Tia since she was two and knows her doctors.",
]


@pytest.mark.parametrize("text", CAPACITY_NOTES)
def test_a_capacity_heading_names_a_strength(text: str) -> None:
    assert labelled_kind(text) == "other"
    assert analyse(text).kind == "other"


#: What a plan still has to say, written for its makers: a note on the plan, not the plan
#: (heldout9's "The family plan needs to say who looks after the children if ..." read as
#: a plan).
PLAN_NEEDS = [
    "The safety plan should set out who looks after the baby if Mum is admitted again.",
    "Any plan needs to say how the children get to school when Dad has been drinking.",
    "The family's plan will need to show who the children can call at night.",
    "The written agreement must include what happens if Mr Reyes turns up at the house.",
    "Before the case closes the plan has to name a second adult for weekends.",
    "Our plan should also cover what Jayden does if he hears fighting.",
    "The network agreed that the plan must make clear who collects Ava from nursery.",
    "The new plan needs to explain how contact with Dad is kept safe.",
    "The safety plan should answer who checks on the twins at bedtime.",
    "The case plan has to address where the children sleep if Gran is in hospital.",
]
#: The plan's own steps, told as what it says: still a plan.
PLAN_SAYS = [
    "The safety plan is that Nan will collect Ava from nursery every day at 3 pm.",
    "Under the plan, Dad will not drink on contact days and Nan will supervise every visit.",
]


@pytest.mark.parametrize("text", PLAN_NEEDS)
def test_what_a_plan_has_to_say_is_a_note(text: str) -> None:
    assert plan_needs(_read(text))
    assert _rules(text) == "other"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", PLAN_SAYS)
def test_a_plans_own_steps_are_a_plan(text: str) -> None:
    assert not plan_needs(_read(text))
    assert analyse(text).kind == "plan"


#: Topics listed after a heading, every item opening with a wh-word: things to talk about
#: or find out, not a plan's steps (round 9 left two such lists marked as read as a plan).
TOPIC_LISTS = [
    "Agenda for Thursday: who lives at the flat, where the children sleep, and what happens "
    "when Dad drinks.",
    "Questions for the home visit - who else stays over, when Mum works, and how the kids "
    "get to school.",
    "To find out at the next visit: whether Gran still has the spare key and who collects "
    "Leo.",
    "Direct work, week two: how Kai feels at contact, what he likes at school, why he hides.",
    "Things to explore with Mum: what support she has, who she can ring at night; when the "
    "drinking started.",
    "Home visit 3: where the baby sleeps, who feeds her at night, and what happens when "
    "Dad is home.",
]
#: A question asked, or a plan's steps after a heading: no topics.
NOT_TOPIC_LISTS = [
    "Topics for today: what happens at bedtime, and who is in the house?",
    "Plan for weekends: Nan has the kids, Dad visits on Sunday afternoons only.",
    "Safety plan: when Dad has been drinking, Mum takes the children to Nan's.",
]


@pytest.mark.parametrize("text", TOPIC_LISTS)
def test_topics_listed_are_a_note(text: str) -> None:
    assert topics_listed(_read(text))
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", NOT_TOPIC_LISTS)
def test_a_question_or_a_plans_steps_are_no_topics(text: str) -> None:
    assert not topics_listed(_read(text))


#: A harm told as alleged in a referral or report: the rules' harm rests on it, and the
#: learned second opinion leaves it alone (retrained with heldout9 and heldout10, it read
#: a referral's allegation as no kind).
ALLEGED = [
    "The referral alleges that the father hit Maya with a belt on Sunday.",
    "Hotline call received 3/4 alleging the baby was left alone in the car for an hour.",
    "The school made a report alleging that Mum slapped Jayden at pick-up.",
    "A referral came in alleging physical abuse of Noah by his stepfather.",
    "An anonymous caller alleged that the children are left without food most weekends.",
    "Police passed on an allegation that Dad pushed Kayla down the stairs.",
    "The neighbour's report alleges general neglect of the twins by both parents.",
    "A new referral was made alleging sexual abuse of Ruby by her mother's partner.",
    "The midwife's referral alleged that Mum used heroin throughout the pregnancy.",
    "CPS received an allegation of neglect: Leo (4) was found wandering the street at night.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_a_harm_alleged_is_settled(text: str) -> None:
    r = _read(text)
    assert allegation(r)
    if _rules(text) == "harm":
        assert settled(r, "harm", "other")
        assert analyse(text).kind == "harm"


#: A caregiver's prohibition for a situation ("shall not come within 200 metres of ...",
#: "will not drink while he has the children"): a plan's rule, which the learned second
#: opinion leaves alone (retrained with heldout9 and heldout10, it read a court order's
#: "shall not attend within 100 metres of the children's school" as no kind).
PROHIBITIONS = [
    "Mr Okoro must not come within 200 metres of the family home.",
    "Dad will not drink while he has the children overnight.",
    "Grandad will not smoke in the house when the baby is there.",
    "The father shall not contact the mother when the children are with her.",
    "Mum will not leave the twins alone with anyone who has been drinking.",
    "Uncle Ray must not stay over while the girls are at home.",
    "Dad won't drive the children after he has had a drink.",
    "Mother shall not allow Mr Hale into the flat until the court decides.",
    "Mr Kowalski will not collect the boys from school after he has been drinking.",
]


@pytest.mark.parametrize("text", PROHIBITIONS)
def test_a_prohibition_for_a_situation_is_a_plan(text: str) -> None:
    assert settled(_read(text), "plan", "other")
    assert analyse(text).kind == "plan"


#: A period in care told with its dates: a care history, though the harm that led to it is
#: named (heldout10's "Care episode 1: 14 February 2015 to 2 November 2016, section 20
#: placement ... after Child V was found alone in the flat overnight" read as a harm).
CARE_PERIODS = [
    "Placed with foster carers from March 2019 to June 2020 after Mum was arrested at the"
    " house.",
    "In foster care 2016-2018 under section 20, following neglect at home.",
    "Period in kinship care with his maternal aunt, 3 May 2021 to 14 January 2022, after "
    "Dad hit Mum in front of him.",
    "Accommodated under section 20 between October 2017 and April 2018 while Dad was in "
    "hospital.",
    "Second placement: 2012 to 2014, residential care in Leeds after the boys were left "
    "alone for two days.",
    "Looked after by the local authority from 2009 until 2011 after his mother's "
    "overdose.",
    "Foster placement 1 (June 2020 - February 2021): ended after Kai ran away twice.",
    "Placed with his grandmother between 2018 and 2020 when his father went to prison.",
    "Care episode 2: 2019 to 2020, placed with foster carers after Mum left the baby "
    "alone overnight.",
    "In care from August 2015 until March 2017; returned home to Mum under a supervision "
    "order.",
]
#: The child's carer telling, in the first person, of the child's life with them: a carer's
#: own account, not a harm statement (heldout10's "When Jarrah came to us at three he had
#: never sat at a table for tea; we just kept ..." read as a harm by the learned reader).
CARER_ACCOUNTS = [
    "Since Tayla moved in with us she has started eating breakfast at the table with the "
    "family.",
    "When the boys were placed with us they hid food under their beds; now they ask for "
    "seconds.",
    "Kobe has lived with me for two years and he still checks the locks every night.",
    "When Ana came to us she would not let anyone brush her hair; these days she asks me "
    "to plait it.",
    "Before Leo came to live with us he had never had his own bed, and the first week he "
    "slept on the floor beside it.",
    "Mia arrived with us at four with one bag of clothes and no shoes that fitted.",
    "When Jay came back to us after contact he was quiet and went straight to his room.",
    "Since Rosie has been with us she has gone from hiding under the table to singing at "
    "bath time.",
    "When the twins came to us they had never been to a dentist; we booked them in the "
    "first week.",
    "Noah has been with me since he was two, and he still will not sleep without the "
    "landing light on.",
]
#: A family's own wish that the children stay with them is no carer's account of the past.
NOT_CARER_ACCOUNTS = [
    "Our vision: the boys stay with us, go to school every day, and we call Nan when we "
    "are stressed.",
    "Mum and Dad want Kai to live with them again by the summer.",
]


@pytest.mark.parametrize("text", CARE_PERIODS)
def test_a_period_in_care_with_its_dates_is_a_history(text: str) -> None:
    assert care_period(_read(text))
    assert _rules(text) == "other"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", CARER_ACCOUNTS)
def test_a_carers_own_account_is_no_harm(text: str) -> None:
    r = _read(text)
    assert carer_account(r)
    assert _rules(text) == "other"
    assert settled(r, "other", "harm")
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", NOT_CARER_ACCOUNTS)
def test_a_familys_wish_is_no_carers_account(text: str) -> None:
    assert not carer_account(_read(text))


#: An adult's own health history, with no child named and no violence told: a complicating
#: factor, not a harm (heldout10's "The father has a documented history of depression and
#: anxiety, with two hospital admissions after self-harm attempts ..." read as a harm).
OWN_HEALTH = [
    "Mother has a long history of depression, with three admissions to the psychiatric "
    "ward since 2018.",
    "Dad was diagnosed with bipolar disorder in 2015 and stopped his lithium last spring.",
    "Mr Okafor has a documented history of psychosis; he was sectioned twice in 2021.",
    "Ms Diaz has a known history of anxiety and panic attacks and takes sertraline every "
    "day.",
    "The mother has a history of postpartum depression after her first pregnancy.",
    "Father was diagnosed with PTSD after his army service and sees a counsellor monthly.",
    "Stepdad has a long-standing history of alcohol dependence and has been in rehab "
    "twice.",
    "Mum was diagnosed with schizophrenia at 19 and has had four hospital stays since.",
    "Gran has a history of mental health problems, including an overdose in 2019.",
    "He has a history of depression and self-harm, with a hospital admission in March.",
]
#: A child named, violence told, or a harm to others named beside the history: no reading.
NOT_OWN_HEALTH = [
    "Mum has a history of depression and has left the children alone for days when unwell.",
    "Dad, who was diagnosed with bipolar disorder, hit Kai with a belt last week.",
    "Hx of neglect and alcohol abuse, 3 prior reports (2019, 2021, 2022).",
]


@pytest.mark.parametrize("text", OWN_HEALTH)
def test_an_adults_own_health_history_is_a_note(text: str) -> None:
    r = _read(text)
    assert own_health(r)
    assert _rules(text) == "other"
    assert settled(r, "other", "harm")
    assert analyse(text).kind == "other"


@pytest.mark.parametrize("text", NOT_OWN_HEALTH)
def test_a_history_beside_a_harm_is_no_own_health_note(text: str) -> None:
    assert not own_health(_read(text))
