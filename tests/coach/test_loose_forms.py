"""Harm and danger statements in loose forms (``soplab.coach.loose``): base-form verbs,
notes without "that", list headings, a parent's own words in quotes, "can"/"maybe" for
what could happen. Each sentence is the project's own, written for these tests."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess

#: (kind, text, parts that must be found)
COMPONENTS = [
    # second-language English: the base form of the verb
    ("danger", "The nan and the worker are worry that Ms. Okafor smoke weed at night and sleep "
               "very deep, and Ada (2) can climb out of the cot and get hurt.",
     {"who_worried", "caregiver_behaviour", "future", "impact"}),
    ("harm", "Saturday, Dad drink all the day and leave Jo (4) in the bath alone. Jo slip and "
             "hurt her head, she need stitches.", {"who_did_what", "when", "impact"}),
    # notes: no "that", a heading, "maybe", a note's spelling
    ("danger", "nan + school worried mum drinks at night and falls asleep, Ada (2) cud get hurt",
     {"who_worried", "caregiver_behaviour", "future", "impact"}),
    ("danger", "- Worried: school, grandad\n- Mum drinks after her shift\n- Ava (3) maybe get "
               "hurt or wander outside", {"who_worried", "caregiver_behaviour", "context",
                                          "future", "impact"}),
    ("danger", "Who is worried - Nan, the GP\nDad sleeps on bad days\nLeo (4) could go hungry "
               "again", {"who_worried", "caregiver_behaviour", "context", "impact"}),
    # a child's fear is what the child lives through, not who is worried
    ("harm", "Fri night Dad shove Mum into door. Jo (6) scared, hide under bed.",
     {"who_did_what", "when", "impact"}),
    # what a young child left alone could do, in plain words
    ("danger", "Nan worries when Mr. Olsen drink wine and sleep on sofa, Ben (4) is awake and "
               "can touch the stove or go outside.", {"who_worried", "caregiver_behaviour",
                                                      "impact", "future"}),
    ("danger", "The school and Ben's gran seem to share a worry that when his dad has 'a couple' "
               "at lunch he naps, and Ben (4) could get into something.",
     {"who_worried", "caregiver_behaviour", "impact"}),
    # a note's heading is not a question; the police are people; a pronoun for the one adult
    ("harm", "- When: Friday night\n- Dad: shouted, shoved Mum into the door\n- Jo (6): hid, "
             "cried all night", {"who_did_what", "when", "impact"}),
    ("danger", "The school and police worry that when Dad drinks he may hit Mum again, and Jo (6) "
               "could get hurt.", {"who_worried", "caregiver_behaviour", "impact"}),
    ("harm", "Last Monday Leo (2) got into Mum's sleeping tablets while she was asleep and spent "
             "the night being watched at urgent care.", {"who_did_what", "when", "impact"}),
    ("harm", "Mon - Mum in bed, Leo (2) ate her tablets from the nightstand, kept at the clinic "
             "for hours.", {"who_did_what", "when", "impact"}),
    ("danger", "Gran + teacher worry: after work Dad has some beers, naps on the sofa, Ben (4) "
               "could get hurt.", {"who_worried", "caregiver_behaviour", "impact"}),
    ("harm", "Friday arvo Dad lost it over the rent, shoved Mum into the fridge. Jo (6) got a cut "
             "lip trying to stop him.", {"who_did_what", "when", "impact"}),
    ("harm", "On Monday Leo, aged two, swallowed tablets from his mum's bedside table while she "
             "was in bed and was watched in A&E for hours.", {"who_did_what", "when", "impact"}),
    ("harm", "in may dad shoved mum and jo (6) got a cut lip", {"who_did_what", "when", "impact"}),
    ("harm", "The other night Dad shoved Mum into the door and Jo (6) cried for hours.",
     {"who_did_what", "when", "impact"}),
    ("harm", "Late Saturday Dad shoved Mum into the door and Jo (6) hid under the bed.",
     {"who_did_what", "when", "impact"}),
    ("danger", "The school and Gran think Dad is likely to shove Mum again when he drinks, and "
               "Jo (6) may be injured trying to stop him.", {"who_worried", "caregiver_behaviour",
                                                             "impact", "future"}),
    ("danger", "Nan and the worker are worried that when Dad drinks after work and dozes off, "
               "there is a chance Ben (4) ends up in the road.", {"who_worried", "impact",
                                                                  "future"}),
    ("danger", "Nan and the teacher worry that Dad's drinking after work may lead to him falling "
               "asleep while Ben (4) is alone and awake.", {"who_worried", "caregiver_behaviour",
                                                           "impact"}),
    ("danger", "Nan and the school are worried that on days Mum cannot get out of bed her tablets "
               "may be left within reach and Leo (2) could swallow them.",
     {"who_worried", "caregiver_behaviour", "impact", "future"}),
    ("danger", "It is worried by the school and Nan that Dad may shove Mum again, and Jo (6) could "
               "be hurt stepping in.", {"who_worried", "caregiver_behaviour", "impact"}),
    ("harm", "Last Friday Dad got loud about the rent and shoved Mum into the door; Jo (6) hid "
             "in her room.", {"who_did_what", "when", "impact"}),
    ("harm", "On Monday Leo (2) swallowed Mum's tablets while she was asleep and was kept in for "
             "observation; Ava (12) has not been at school for 10 days since.",
     {"who_did_what", "when", "impact"}),
    ("harm", "Last Friday Dad shoved Mum into the door and Jo (6) covers her ears and has had "
             "accidents at school since.", {"who_did_what", "when", "impact"}),
    # the parent's own words, quoted
    ("danger", "Ms. Reyes told the worker, 'most nights I take two of my sleeping pills and I "
               "don't hear the baby.' Her sister worries that Mia (1) could choke and no one "
               "would wake.", {"who_worried", "caregiver_behaviour", "impact"}),
]


@pytest.mark.parametrize(("kind", "text", "parts"), COMPONENTS)
def test_loose_forms_find_their_parts(kind: str, text: str, parts: set[str]) -> None:
    found = {c.name for c in analyse(text, expected_kind=kind).present}
    assert parts <= found, parts - found


@pytest.mark.parametrize(("kind", "text", "part"), [
    # a feeling or a state is not the caregiver's act
    ("danger", "Nan is worried that Dad's low mood is going to get worse.",
     "caregiver_behaviour"),
    # a possible act with "may" is a danger, not a past act
    ("harm", "Dad may drink again on Friday and Jo (4) could get hurt.", "who_did_what"),
    # "may" the verb is not May the month
    ("harm", "Dad may shove Mum again and the kids could get hurt.", "when"),
    # a child named in the course is not the caregiver who acted
    ("harm", "Tommy swallowed pills.", "who_did_what"),
    # what happened in a life is not an act against the child
    ("harm", "Mum has been low since her father died in May.", "who_did_what"),
])
def test_loose_forms_do_not_invent_parts(kind: str, text: str, part: str) -> None:
    found = {c.name for c in analyse(text, expected_kind=kind).present}
    assert part not in found


def test_a_notes_heading_is_not_a_question() -> None:
    assert analyse("- When: Friday night\n- Dad: shoved Mum into the door\n- Jo (6): hid").kind \
        != "question"


def test_a_childs_fear_does_not_make_a_harm_statement_a_danger_statement() -> None:
    assert analyse("Fri night Dad shove Mum into door. Jo (6) scared, hide under bed.").kind \
        != "danger"


def test_a_complete_statement_in_second_language_english_earns_full_credit() -> None:
    text = ("Wednesday, Mum sleep on sofa and Leo (3) drink bleach from the cupboard. He go to "
            "hospital and stay two nights.")
    assert assess(text, "harm").score >= 0.75
