"""Question items (issue 21, the kindread lane): what a network or exception question
earns by its shape. A network question that sets aside the helper already named widens
the network without building on them (at most 0.75); one with nobody in it is bare (at
most 0.5); an open question about the problem only earns nothing; a leading one at
most a quarter. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess


@pytest.mark.parametrize(("text", "score", "flag"), [
    ("Who, other than your neighbour, could you call when bedtime goes badly?", 0.75,
     "sets_aside"),
    ("Apart from Grandad, who would you ring on a rough night?", 0.75, "sets_aside"),
    ("Who else could help?", 0.5, "bare_question"),
    ("Who might step in?", 0.5, "bare_question"),
    ("How come the baby missed so many check-ups?", 0.0, "problem_question"),
    ("How many nights did the drinking happen this month?", 0.0, "problem_question"),
    ("Who has hurt you?", 0.25, "leading_question"),
    # asked openly with "what": open but about the problem, half (0.5 less the flag's 0.05;
    # the expert gave "What made the kids late this week?" 0.5 on two spent splits)
    ("What made the other mornings hard?", 0.45, "problem_question"),
    # what goes wrong, what kept them from it
    ("What is going wrong at bedtime?", 0.45, "problem_question"),
    ("What kept the boys from getting to football on time?", 0.45, "problem_question"),
    ("What prevented you from taking the baby to her check-ups?", 0.45, "problem_question"),
])
def test_shape_caps_the_question(text: str, score: float, flag: str) -> None:
    assert assess(text, "question").score == score
    assert flag in {f.code for f in analyse(text, expected_kind="question").flags}


@pytest.mark.parametrize("text", [
    # building on the helper named: what they do, or them and others together
    "Your neighbour has stepped in before - what did she do, and who else could help like "
    "that?",
    "Who could you call, your neighbour or anyone else, when bedtime goes badly?",
    # set aside, but asked how they helped: it builds on them
    "Besides your cousin, who has helped with the baby before, and how did they help?",
    "Who's in your support system when the kids are a handful?",
    # a way out asked about a hard time is no question about the problem only
    "What helps you on the hard days?",
    "What would you like to be different about the bad nights?",
    "What is one thing that would make the hard mornings a little easier?",
    # an exception told with "differently"
    "What was done differently in the weeks the rent got paid?",
    # coping told in the past
    "What kept you going on the hard days?",
    "What got you through last winter?",
])
def test_full_credit(text: str) -> None:
    assert assess(text, "question").score == 1.0


@pytest.mark.parametrize("text", [
    # a yes/no question told as a wish to know is still closed (goalread2)
    "Just wondering whether your brother could watch the kids sometimes?",
    "I wonder if anyone in the family could pitch in on bad nights?",
    "I'd like to know if your mum is able to help out?",
    "Can I ask whether your neighbour might be around in the evenings?",
    "I'm curious if your aunt would help?",
    "I was wondering if your cousin or maybe a friend could step in?",
])
def test_a_wish_to_know_if_is_closed(text: str) -> None:
    assert analyse(text, expected_kind="question").question_form == "closed"
    assert assess(text, "question").score == 0.25


@pytest.mark.parametrize("text", [
    # the exception set up in a sentence before the question (goalread2)
    "Remember the nights when bedtime went smoothly. What were you doing then?",
    "There were two days the kids made it on time. How did you do that?",
    "Picture the Tuesday the rent got paid on time. What did you do that week?",
    "You did the school run on time on Monday. What did you do that made a difference?",
    "Some evenings homework got done without a fight. What was going on those evenings?",
    "What made the difference on the days the baby got to her check-up?",
])
def test_an_exception_set_up_before_the_question(text: str) -> None:
    assert analyse(text, expected_kind="question").question_type == "exception"
    assert assess(text, "question").score == 1.0


@pytest.mark.parametrize("text", [
    # a closed question that opens only in its tail: two joined, half (goalread2)
    "Is your sister able to help, and who else could help?",
    "Were there mornings this week that went well, and if so what was different?",
    "Could your brother help, or who else could you call?",
    "Did the mornings go better this week, and how did you manage that?",
    # a topic put first, then a closed question that opens at the end
    "Your mum - can she help out, or who else in the family?",
    "Your neighbour, would she step in, or who else could?",
])
def test_a_closed_question_that_opens_at_the_end_is_half(text: str) -> None:
    assert analyse(text, expected_kind="question").question_form == "closed"
    assert "closed_then_open" in {f.code for f in analyse(text, expected_kind="question").flags}
    assert round(assess(text, "question").score * 4) / 4 == 0.5


@pytest.mark.parametrize("text", [
    "Your sister, can she help?",  # a topic first, then closed: still closed
    "Your aunt, is she around in the evenings at all?",
])
def test_a_topic_first_then_closed_is_closed(text: str) -> None:
    assert assess(text, "question").score == 0.25


def test_a_topic_first_then_open_stays_open() -> None:
    assert analyse("Your sister, how has she helped before? Who else can help?",
                   expected_kind="question").question_form == "open"


@pytest.mark.parametrize(("text", "sf_type"), [
    # a network told as who is there for the person (goalread2)
    ("Who shows up for you when money runs out?", "network"),
    ("Who do you rely on when the kids are sick?", "network"),
    ("Who besides your sister has your back when things get hard?", "network"),
    ("Apart from your sister, who is there for you on the hard nights?", "network"),
    ("Who would you turn to first if the baby got sick at night?", "network"),
    # people named by what they are ("what other relatives ..."), or "who" far from the ask
    ("What other relatives, your cousin Ana as well, could you call when the car breaks down?",
     "network"),
    ("Which neighbours or church friends would you ring if you needed a hand at bedtime?",
     "network"),
    ("What people from work or the mosque could you count on if your shift runs late?",
     "network"),
    ("Who at the school, in the building where you live or among your old friends could you "
     "ask on a bad night?", "network"),
    # an exception told as what went right and what was done differently
    ("When the kids made it on time, what did you do differently?", "exception"),
    ("When the mornings went smoothly, what was your part in it?", "exception"),
    ("On Tuesday, what did you try differently?", "exception"),
    ("When bedtime was calm last week, what was going on?", "exception"),
    ("When the rent got paid on time, how did you manage it?", "exception"),
])
def test_network_and_exception_in_other_words(text: str, sf_type: str) -> None:
    assert analyse(text, expected_kind="question").question_type == sf_type


def test_a_future_when_is_no_exception() -> None:
    assert analyse("When will things get better?",
                   expected_kind="question").question_type != "exception"


@pytest.mark.parametrize("text", [
    # set aside, but the circle widened: who else is named, or a second question asks
    # what they could do (scoread8)
    "Other than your brother, who from your church or your job could take the kids for "
    "an hour?",
    "Besides Grandad, which neighbours or friends have pitched in before?",
    "Apart from your cousin, who in the family would you want to help at bedtime?",
    "Aside from your mum, who are the people you trust with the baby on a bad night?",
    "Who besides your aunt is in your support system, and what could each of them do?",
    "Except for your sister, who else could step in? What would they do?",
    "Outside of your sister, who among your relatives or coworkers could you lean on?",
])
def test_a_set_aside_helper_with_the_circle_widened(text: str) -> None:
    assert "sets_aside" not in {f.code for f in analyse(text, expected_kind="question").flags}
    assert assess(text, "question").score == 1.0


@pytest.mark.parametrize("text", [
    # set aside and nothing more asked: still at most 0.75 (the set-aside helper's own
    # word does not widen it)
    "Who besides your sister could help out on the bad days?",
    "Apart from your neighbour, who would you call at bedtime?",
    "Other than your mom's friend, who can you count on?",
])
def test_a_bare_set_aside_still_caps(text: str) -> None:
    assert "sets_aside" in {f.code for f in analyse(text, expected_kind="question").flags}
    assert assess(text, "question").score == 0.75


@pytest.mark.parametrize(("text", "score"), [
    # the on-time days told with any verb of the past (scoread8)
    ("On the mornings the boys reached school on time, what did you do?", 1.0),
    ("The days Lily showed up to class on time, what was going on?", 1.0),
    ("Those weeks the kids came in on time, what was your routine?", 1.0),
    ("On the nights the baby settled down on time, what did you do?", 1.0),
    ("On days when the twins turned up at daycare on time, what did you do before you left?",
     1.0),
    # the late days are the problem, not the exception: open, about the problem (half)
    ("On the days the kids reached school late, what happened?", 0.45),
    # a question about the problem: asked openly with "what" it is open, only not
    # solution-focused (half); with "why", "how come", "how often" it stays at nothing
    ("What makes getting out the door so hard in the mornings?", 0.45),
    ("What caused the baby to miss her check-ups?", 0.45),
    ("What went wrong the mornings they missed the bus?", 0.45),
    ("So what made bedtime so difficult last week?", 0.45),
    ("what made the kids late on monday", 0.45),
    ("Why were the kids late so many days this month?", 0.0),
    ("How come the mornings keep going wrong?", 0.0),
    ("How often were they late last week?", 0.0),
])
def test_on_time_days_in_any_past_verb(text: str, score: float) -> None:
    assert assess(text, "question:exception").score == score


@pytest.mark.parametrize(("text", "score"), [
    # the person set before the question by a comma, loosely joined: open, but put
    # together loosely (the expert's 0.75; scoread8)
    ("Your dad, how does he help you with the baby? Who else could help too?", 0.75),
    ("Your neighbour can watch the kids, who else could step in?", 0.75),
    ("Your cousin; who else; who could come at night?", 0.75),
    ("Your mom, other family, who can help you?", 0.75),
    ("Ur sister, how she help u? who else?", 0.75),
    # one question, the person inside it or joined with "in what" / "and"
    ("Your sister, in what ways does she help, and who else could help like that?", 1.0),
    ("What does your grandma do that helps, and who else could do some of that?", 1.0),
    ("Your sister and who else in your family can help you when it is hard?", 1.0),
])
def test_a_person_set_before_the_question(text: str, score: float) -> None:
    assert assess(text, "question").score == score
    flags = {f.code for f in analyse(text, expected_kind="question").flags}
    assert ("fronted_question" in flags) == (score == 0.75)

