"""A child tasked with the adults' safety work in a goal or plan (harmful_tasked.child_tasked,
rule child-blamed), and a child's own part of a safety goal, which is not. Sentences are the
project's own (other families than the course's, and the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

TASKED = [
    ("goal", "For the next six months Lupe (11) will take her little brother to the "
             "neighbour's flat whenever Dad starts drinking, and Tía Rosa will see this."),
    ("goal", "Marcus (9) will let his grandad know whenever his mum has been drinking, every "
             "school day for three months."),
    ("goal", "Over the next 90 days Jonah (10) will call 911 if his stepdad gets rough, and "
             "the worker will check in weekly."),
    ("goal", "Ama (12) will be the family's eyes and ears and let her aunt know when Dad's "
             "temper is rising, for six months."),
    ("goal", "The twins (4) will stay out of the kitchen, and their grandmother will see this "
             "every week for six months."),
    ("goal", "Priya (8) will be taught to recognise the signs that her father has been "
             "drinking, for the next six months."),
    ("goal", "Until the review, Kofi (13) will be his sister's minder after school while Mum "
             "works."),
    ("goal", "For six months Vy will not get involved when her father is shouting, and Bà Lan "
             "will see this."),
    ("plan", "Eli (10) will keep the medicine up high and check on the baby every hour."),
]
OWN_PART = [
    ("goal", "For the next six months Lupe (11) and her brother will feel safe at home and "
             "sleep through the night, and Tía Rosa will see this."),
    ("goal", "Marcus (9) will go to school every day and play football on Saturdays, as his "
             "grandad and the worker will see for three months."),
    ("goal", "Jonah (10) will not have to step in or hide, because his stepdad will keep his "
             "hands to himself, for six months."),
    ("goal", "Ama (12) will walk home from the bus with her aunt every day and will no longer "
             "be the one looking after her brother."),
    ("goal", "The twins (4) will play on a clean, safe floor, as their grandmother will see "
             "every week for six months."),
    ("goal", "Priya (8) will tell us she feels settled at home, and her dad will be sober "
             "whenever he cares for her, for six months."),
    ("goal", "Kofi (13) will get to be a kid again: Mum or his uncle will be with his sister "
             "after school every day."),
    ("goal", "Marcus (9) will ring his grandad if his mum does not wake up, and his grandad "
             "will come straight over, every school day for three months."),
    ("goal", "For six months Kofi (13) will step up at school and help his sister with her "
             "reading after homework, while Mum is home with them."),
]


@pytest.mark.parametrize(("kind", "text"), TASKED)
def test_a_child_given_the_adults_safety_work_is_child_blamed(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "child-blamed" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), OWN_PART)
def test_a_childs_own_life_in_a_goal_is_not(kind: str, text: str) -> None:
    assert "child-blamed" not in {f.rule for f in assess(text, kind).findings}
