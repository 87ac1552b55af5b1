"""Round 11: a question that asks only for a number earns what a closed question earns,
and questions of different forms read as one are checked by a person (questionforms.py).
Sentences written for these tests, not copied from the tuning answers."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.questionforms import counts_only, mixed_forms

COUNTS = [
    ("How many mornings this week did everyone get out the door on time?", "question:exception"),
    ("How often did the children make it to class before the bell?", "question:exception"),
    ("On how many days were Jace and Ruby at school on time last week?", "question:exception"),
    ("How many times this week did you get the kids there on time?", "question:exception"),
    ("How much of the week went smoothly in the mornings?", "question:exception"),
    ("How often does your sister come over to help you?", "question"),
    ("How many people in your family could you call?", "question"),
    ("How many good mornings did you have this week?", "question:exception"),
    ("How often were the kids ready for the bus before eight?", "question:exception"),
    ("So how many of the school days went okay for the boys?", "question:exception"),
]
NOT_COUNTS = [
    ("How many mornings went well this week, and what was different on them?",
     "question:exception"),
    ("How did the mornings go on the days the kids were on time?", "question:exception"),
    ("What helped on the mornings the children got to school on time?", "question:exception"),
    ("On the days they made it on time, what did you do differently?", "question:exception"),
    ("How often does your sister help, and who else could step in?", "question"),
    ("Who else, besides your sister, could you call on a hard night?", "question"),
    ("Tell me about the mornings that went well this week.", "question:exception"),
    ("How do you manage on the mornings that go well?", "question:exception"),
    ("Which mornings were on time, and how did you make that happen?", "question:exception"),
    ("When your sister helped you before, what did she do?", "question"),
]


@pytest.mark.parametrize(("text", "kind"), COUNTS)
def test_a_count_only_earns_a_closed_questions_quarter(text: str, kind: str) -> None:
    assert counts_only(text)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("text", "kind"), NOT_COUNTS)
def test_an_open_question_is_not_a_count(text: str, kind: str) -> None:
    assert not counts_only(text)


MIXED = [
    "Your sister has been a big help, hasn't she? Who else could you lean on?",
    "Did the kids get there on time some days? What was different on those days?",
    "Is your sister still around to help? Who else in your family could step in?",
    "Have you had any good mornings this week? What made them go well?",
    "Your mom helps you out, right? Who else would you call?",
    "What worked on the good mornings? Could you do that again tomorrow?",
    "Who else could help besides your sister? Would your neighbour be one?",
    "Were there mornings when it went fine? How did you manage it?",
    "Does anyone else help you, like your aunt? What does she do?",
    "What happened on the on-time days? Was your sister there?",
]
ONE_FORM = [
    "What worked on the good mornings? What would it take to do that again?",
    "Who else could help besides your sister? What could each of them do?",
    "Who do you call on hard days? Who else would want to help?",
    "Which mornings went well this week? What did you do on those days?",
    "When your sister helped before, what did she do? Who else could do that?",
    "What was different on the mornings the kids were on time?",
    "Who in your life could step in when things get hard?",
    "How did you get the kids to school on time on Tuesday? Who helped?",
    "What does your sister do that helps? Who else helps you besides her?",
    "Tell me about the mornings that went well. What did you do?",
]


@pytest.mark.parametrize("text", MIXED)
def test_questions_of_different_forms_go_to_a_person(text: str) -> None:
    assert mixed_forms(text)
    assert assess(text, "question").needs_review


@pytest.mark.parametrize("text", ONE_FORM)
def test_questions_of_one_form_are_not_mixed(text: str) -> None:
    assert not mixed_forms(text)


# A helper named first as a suggestion, then the question: the suggestion's hedge
# ("maybe", "perhaps", "I think") does not hide the fronting (questions._PERSON_FIRST).
HEDGED_FRONTED = [
    "Maybe your sister can help you, who else do you think could also help?",
    "Perhaps your mum could help out, who else could you call?",
    "I think your brother can help, who else could step in?",
    "Maybe your aunt, and who else could help you?",
    "Perhaps your neighbour could watch them, what other people could help?",
    "maybe your cousin can help, but who else is there?",
    "Maybe, your grandma can help you, which other people could help?",
    "I think your best friend could help, who else?",
    "Perhaps your sister will help; who else could you ask?",
    "Maybe your dad could help you, anyone else?",
]
NOT_FRONTED = [
    "Who else, besides your sister, could help you out on a hard day?",
    "When your sister has helped before, what did she do?",
    "Maybe you could tell me who else has helped you before?",
    "Who in your family could help you, maybe your sister or somebody else?",
    "What does your sister do that helps, and who else could do that?",
]


@pytest.mark.parametrize("text", HEDGED_FRONTED)
def test_a_hedged_helper_named_first_is_still_fronted(text: str) -> None:
    assert assess(text, "question").score <= 0.75


@pytest.mark.parametrize("text", NOT_FRONTED)
def test_a_question_that_opens_as_a_question_is_not_fronted(text: str) -> None:
    assert not any(f.code == "fronted_question" for f in analyse(text).flags)
