"""Round 11's general kind readings (issue 21, the kindread lane): ten ways practitioners
write each shape, in the project's own words, read by the rules alone and by the whole
coach, and sentences each reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.kindnotes import legal_advice
from soplab.coach.kindshapes import safety_routine
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


#: What a party's own lawyer told them: a note of the legal position, not a plan's step
#: (heldout11's "Counsel advised the father not to ... sign the safety plan until ..." read
#: as a plan).
LEGAL_ADVICE = [
    "Mom's lawyer has advised her not to answer questions about the night of the fire until "
    "the hearing.",
    "On the advice of his solicitor, Mr. Kane declined to sign the written agreement.",
    "Her public defender told her that if she signs the agreement it cannot be used against "
    "her in the criminal case.",
    "Dad's attorney explained to him that the plan is not a court order and that he can ask "
    "for changes at the TDM.",
    "The mother's legal aid lawyer warned her that missing the drug tests could be used at "
    "the hearing.",
    "Grandma's lawyer recommended that she apply for guardianship before the school term.",
    "After advice from her attorney, Ms. Lowe stopped answering the caseworker's calls.",
    "The father's counsel told him not to meet the social worker without a lawyer in the "
    "room.",
    "His barrister advised him to keep away from the family home until the criminal case is "
    "heard.",
    "Counsel advised the stepmother not to sign anything at the team meeting.",
    "His attorney told him to stay away from the house and not to contact Mom until the "
    "hearing.",
    "Counsel advised the mother to keep the children at her sister's place until the court "
    "date.",
    "Her solicitor advised her not to agree to any safety plan until the review meeting next "
    "week.",
    "The public defender advised Mr. Tate to move out for the next 30 days rather than risk "
    "removal.",
]
#: A lawyer named beside a family's own step or a harm told: the kind is the step's or the
#: harm's.
LAWYER_BESIDE = [
    ("plan", "Dad will stay at his brother's house until the hearing, as his attorney advised, "
             "and Grandma will check on the kids each night."),
    ("harm", "Dad hit Kai last week; his lawyer told him to say nothing to the police."),
]


@pytest.mark.parametrize("text", LEGAL_ADVICE)
def test_a_lawyers_advice_is_a_note(text: str) -> None:
    assert legal_advice(clauses(segment(text)))
    assert _rules(text) == "other"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize(("kind", "text"), LAWYER_BESIDE)
def test_a_lawyer_beside_a_step_or_a_harm_keeps_its_kind(kind: str, text: str) -> None:
    assert analyse(text).kind == kind


#: A safety step someone takes, now, each time the trouble starts: a plan's back-up told as
#: what is done (heldout11's "When there's fighting the kids go to their room and shut the
#: door" read as other).
ROUTINES = [
    "When Dad starts yelling, Mia takes her little brother next door to Mrs. Pham's.",
    "When things get loud at home, Jayden goes to the neighbor's and calls his uncle.",
    "When the shouting starts, Lily goes to her room and puts her headphones on.",
    "Whenever Mom gets drunk the boys go next door to Auntie Rose.",
    "Any time the arguing starts, Tasha calls her grandmother to come and get them.",
    "If Steve loses his temper, Carla takes the twins to her mother's across the road.",
    "When there is a fight the children go upstairs to Nana's flat.",
    "Every time he has been drinking, Mom and the kids stay at her sister's.",
    "When the fighting starts Ruby texts her aunt the code word.",
    "When Dad gets angry the girls walk over to the corner shop where Mr. Ali knows them.",
]
#: A trigger with what the caregiver does, or what happened then: no plan step.
NOT_ROUTINES = [
    ("other", "When Dad is angry he hits the kids."),
    ("other", "When Mom drinks she forgets to feed the baby."),
    ("other", "When there was fighting, the kids went to their room."),
]


@pytest.mark.parametrize("text", ROUTINES)
def test_a_step_taken_when_the_trouble_starts_is_a_plan(text: str) -> None:
    assert safety_routine(clauses(segment(text)))
    assert _rules(text) == "plan"
    assert analyse(text).kind == "plan"


@pytest.mark.parametrize(("kind", "text"), NOT_ROUTINES)
def test_a_trigger_with_no_step_is_no_routine(kind: str, text: str) -> None:
    assert not safety_routine(clauses(segment(text)))
