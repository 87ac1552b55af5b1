"""Reading people's own words (issue 21.3): shapes practitioners and learners write in
that are not the course's templates. Each sentence is the project's own; each row failed
before the readers in ``soplab.coach.ownwords`` and the widened patterns."""

from __future__ import annotations

import pytest

from soplab.coach import analyse

KINDS = [
    ("No sleepovers at Uncle Ray's until the review.", "plan"),
    ("Must have a sober adult in the house whenever the baby is awake.", "plan"),
    ("We tell Nana Jo if Dad comes home smelling of beer.", "plan"),
    ("The mother is not to leave Kiri with her ex-partner at any time.", "plan"),
    ("If Mum starts using again, Jaxon could be at serious risk of being left alone for days.",
     "danger"),
    ("At the clinic the health visitor saw Mia's stepfather shove her mother into the "
     "doorframe.", "harm"),
    ("Over the next four months Leo is collected from nursery by a sober adult every day, his "
     "gran and the worker know it is happening, and Leo feels settled.", "goal"),
    ("The judge accepted that the father tracked the mother's phone and threatened to take "
     "the children in 2019.", "harm"),
    ("At the clinic the nurse saw Ben's stepdad grab his mum by the arm while she was holding "
     "Ben.", "harm"),
    ("For most of the autumn term the twins came to school in the same clothes, hungry and "
     "without lunch.", "harm"),
    ("Baby Noor was not taken to any of her four vaccination appointments and has lost weight "
     "since February.", "harm"),
    ("There is a real risk that Sione will be left in the car again while his dad is at the pub, "
     "and he could overheat.", "danger"),
    ("If I feel scared at home I go to Mrs. Patel next door and she rings my gran.", "plan"),
    ("Mum was diagnosed with anxiety after Kai was born.", "other"),
    ("Grandad was the children's main carer for three years and took them to school every day.",
     "other"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_reads_as(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


COMPONENTS = [
    ("goal", "Over the next four months Leo is collected from nursery by a sober adult every day, "
             "his gran and the worker know it is happening, and Leo feels settled.",
     {"who", "positive_behaviour", "duration", "observer", "not_service"}),
    ("goal", "Six months from now Gran and the worker should be able to say that Paul puts the "
             "children to bed sober every night, so they sleep soundly.",
     {"who", "positive_behaviour", "duration", "observer", "child_experience"}),
    ("goal", "For the next six months Dad will sweep up any broken glass before the children "
             "come downstairs, and Aunt Bea will see this so that they can play safely.",
     {"who", "positive_behaviour", "duration", "observer", "child_experience", "not_service"}),
    ("goal", "Mr. and Mrs. Okoro will keep the stairs free of clutter for the next three months, "
             "and the health visitor will see it so that Ada (1) can crawl safely.",
     {"who", "positive_behaviour", "duration", "observer", "child_experience"}),
    ("harm", "On Sunday evening Dad hit Jo (4) with a shoe and she had a bruise on her arm.",
     {"who_did_what", "when", "impact"}),
    ("harm", "Ellie (3) drank bleach from the cupboard last night while her dad was asleep on "
             "the sofa, and she was sick.", {"who_did_what", "when", "impact"}),
    ("danger", "Nan is worried that when Dad has a few beers after work he nods off, and Ava (2) "
               "could wander into the road.", {"who_worried", "caregiver_behaviour", "impact"}),
    ("plan", "The father is not to contact the mother or go to the family home while his bail "
             "conditions last.", {"who_does_what"}),
    ("plan", "Only Nan or Uncle Tui can pick the kids up from school.", {"who_does_what"}),
    ("plan", "Uncle Joe is keeping an eye on things at weekends and rings the worker on Mondays.",
     {"who_does_what", "network", "monitoring"}),
    ("danger", "The school is worried that lately Mum has been sleeping through the alarm, and Kai "
               "(6) could miss school.", {"who_worried", "caregiver_behaviour", "impact"}),
    ("danger", "The school and the police reckon that when Dad has been drinking he might hit Mum "
               "again, and Zoe (7) could get hurt trying to stop him.", {"who_worried"}),
    ("danger", "It is a concern to the school and Ava's nan that Dad may drive after drinking, and "
               "Ava could be hurt.", {"who_worried", "caregiver_behaviour", "impact"}),
]


@pytest.mark.parametrize(("kind", "text", "parts"), COMPONENTS)
def test_parts_found(kind: str, text: str, parts: set[str]) -> None:
    found = {c.name for c in analyse(text, expected_kind=kind).present}
    assert parts <= found, parts - found


QUESTIONS = [
    ("Which evenings this week went more calmly at bath time?", "exception"),
    ("Are there places or times when the shouting is not as bad?", "exception"),
    ("What helped the children get to bed on time on the nights they did?", "exception"),
    ("What are you doing to keep things from getting worse at home?", "coping"),
    ("Who, other than your mum, would you phone if things got hard?", "network"),
    ("Who in your family could help out in the afternoons?", "network"),
    ("Imagine that tonight, while you sleep, a miracle happens and the worries are gone. What "
     "is the first thing you notice in the morning?", "preferred_future"),
    ("Let's say it's a year from now and the case is closed. What's different at home?",
     "preferred_future"),
]


@pytest.mark.parametrize(("text", "qtype"), QUESTIONS)
def test_question_type(text: str, qtype: str) -> None:
    assert analyse(text, expected_kind="question").question_type == qtype


def test_polite_request_is_open() -> None:
    r = analyse("Could you perhaps tell me about the mornings that went well?",
                expected_kind="question")
    assert r.question_form == "open"


@pytest.mark.parametrize("text", [
    "Mum grew up in foster care after her own father hit her when she was a child.",
    "Mom was abused as a child and has never talked about it.",
    "Dad stopped drinking in 2019 and has taken the kids to football every Saturday since.",
])
def test_a_parents_childhood_or_a_strength_is_not_harm(text: str) -> None:
    assert analyse(text).kind != "harm"


def test_the_childrens_own_growing_up_is_still_harm() -> None:
    text = ("From 2021 Dad smashed Mum's phone and locked her out, and the children grew up in "
            "a house where they were not allowed to have friends over.")
    assert analyse(text).kind == "harm"


@pytest.mark.parametrize(("text", "acted"), [
    # what was done to the child, with nobody as the doer, is no caregiver's act (scoread8)
    ("On Friday Maya, 3, drank bleach from under the sink and she was treated at the "
     "hospital overnight.", False),
    ("Last Tuesday Owen, 2, ate some of the cleaning tablets and he was monitored in the ER "
     "for six hours.", False),
    ("On Monday the twins, 4, got into the garage and they were checked at urgent care for "
     "burns.", False),
    # the doer named ("by his father"), an adult's state ("was passed out") or act
    ("Last night Tyler, 4, was hit by his father with a belt and was bruised on his legs.",
     True),
    ("On Sunday Dad was passed out on the couch while Lily, 5, walked to the park alone and "
     "got lost.", True),
    ("On Saturday Mom left Jayden, 3, alone in the car for an hour and he was treated for "
     "heat stroke.", True),
])
def test_a_passive_with_no_doer_is_no_act(text: str, acted: bool) -> None:
    who = next(c for c in analyse(text, expected_kind="harm").components
               if c.name == "who_did_what")
    assert who.present == acted, who
