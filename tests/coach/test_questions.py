"""Question form (open, closed, leading) and solution-focused type."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


@pytest.mark.parametrize(("text", "qtype"), [
    ("Tell me about a time lately when mornings went better.", "exception"),
    ("With everything going on, how have you kept going?", "coping"),
    ("On a scale of 0 to 10, how safe are the kids right now?", "scaling"),
    ("If a miracle happened tonight, what would you notice first tomorrow?", "preferred_future"),
    ("What would your brother say he has seen you do that helps?", "relationship"),
    ("Who would you call first if you needed help at night?", "network"),
    # who could do a carer's part, who the parent would want in, where help is found
    ("Who in your life would you want to be part of keeping the kids safe?", "network"),
    ("Who in the family could stay with the kids when you need a break?", "network"),
    ("Where else could you find support, apart from your brother?", "network"),
    ("Who would you like to have at the family meeting with your mum?", "network"),
    ("Who from church could sit with the baby on your late shifts?", "network"),
    ("Who's got your back when the baby won't settle?", "network"),
    ("Who else gets your back, like your cousin does?", "network"),
    # the times it went right, told in the past
    ("Tell me about the evenings when everything clicked.", "exception"),
    ("What was it like on the nights Dad wasn't drinking?", "exception"),
    ("Which bedtimes went best this week, and what did you do on those?", "exception"),
    ("What was your routine on the days the boys arrived on time?", "exception"),
    ("I noticed Leo was in time for the bus twice this week. How did you do that?",
     "exception"),
    ("What worked on Tuesday and Friday when they made it in time?", "exception"),
    ("What else?", "what_else"),
    ("What happened after school?", "open"),
])
def test_solution_focused_type(text: str, qtype: str) -> None:
    r = analyse(text)
    assert r.kind == "question"
    assert r.question_type == qtype


@pytest.mark.parametrize(("text", "form", "is_open"), [
    ("What has helped the most?", "open", True),
    ("Can you tell me about last night?", "open", True),
    ("Are you drinking again?", "closed", False),
    ("Did he hit you?", "leading", False),
    ("Who hurt you?", "leading", False),
    ("You were there that night, weren't you?", "leading", False),
    ("Don't you think the kids deserve better?", "leading", False),
    ("You know that he drinks, so what did you do?", "leading", False),
    ("How will you know that things are good enough?", "open", True),
    # no asking word anywhere: only a yes or a no can answer it, however it opens
    ("I was wondering if your brother might be able to pick them up?", "closed", False),
    ("I wonder whether a neighbour could sit with the kids some mornings?", "closed", False),
    ("Your mum, is she someone you could call?", "closed", False),
    ("So your cousin could take them on Mondays?", "closed", False),
    ("Maybe somebody at church can give you a hand with the mornings?", "closed", False),
    ("Anybody else that might drive them in?", "closed", False),
    ("I was wondering who else might be able to help with the mornings?", "open", True),
    ("Your neighbour, or who else could you ask?", "open", True),
    # a request to tell whether: still a yes or a no
    ("Could you tell me whether your aunt can take them on Fridays?", "closed", False),
    ("Can you tell me if there were any good nights this week?", "closed", False),
    ("Tell me if anyone at work could cover for you.", "closed", False),
    ("Could you let me know whether the neighbour helps in the mornings?", "closed", False),
    ("Could you tell me who else helps in the mornings?", "open", True),
])
def test_form(text: str, form: str, is_open: bool) -> None:
    r = analyse(text)
    assert r.question_form == form
    assert r.open is is_open


def test_closed_and_leading_are_flagged() -> None:
    assert "closed_question" in {f.code for f in analyse("Is Dad home at night?").flags}
    assert "leading_question" in {f.code for f in analyse("Did Mom hurt you?").flags}
    assert not {"closed_question", "leading_question"} & {
        f.code for f in analyse("What happens at bedtime?").flags}


def test_why_is_flagged_but_how_come_is_not() -> None:
    why = analyse("Why did you leave the kids alone?")
    assert why.question_type == "why"
    assert "why_question" in {f.code for f in why.flags}
    how_come = analyse("How come the kids were alone?")
    assert "why_question" not in {f.code for f in how_come.flags}


def test_statements_have_no_question_fields() -> None:
    r = analyse("On March 3, Dad hit Kai (6) and Kai had bruises.")
    assert r.question_type is None and r.question_form is None and r.open is None


def test_question_components() -> None:
    comps = {c.name: c.present for c in analyse("Do you have anyone who can help?").components}
    assert comps == {"open_form": False, "solution_focus": True}
