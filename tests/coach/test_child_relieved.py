"""A child relieved of an adult's duty in a goal or plan ("Kai will not be in charge of
Tommy") is sound practice, not a child given the duty; a child told as having failed at it
is still blamed. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RELIEVED = [
    ("goal", "Kai (13) will not be in charge of Tommy."),
    ("goal", "Kai (13) will not be in charge of Tommy; Renee or Marie will be with him every "
             "afternoon for six months."),
    ("goal", "Daniel should not be in charge of Lupita on work nights; Doña Carmen will be."),
    ("goal", "Vy won't be responsible for Bao after school: Bà Lan will meet them both."),
    ("goal", "Kai must not be responsible for Tommy's medicine; Renee will keep it locked up."),
    ("goal", "The 12-year-old will never be in charge of the baby again; an adult will be."),
]
BLAMED = [
    ("harm", "Kai (13) was in charge of Tommy and Tommy swallowed Mom's pills."),
    ("harm", "Kai did not watch Tommy and Tommy got into the pill bottle."),
    ("goal", "Kai will watch Tommy every afternoon so he stays away from the pills."),
    ("danger", "We are worried Kai (13) won't look after Tommy and Tommy could take the pills "
               "again."),
]


@pytest.mark.parametrize(("kind", "text"), RELIEVED)
def test_a_child_relieved_of_the_duty_is_not_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in {f.rule for f in assess(text, kind).findings}


@pytest.mark.parametrize(("kind", "text"), BLAMED)
def test_a_child_told_as_failing_at_the_duty_still_is(kind: str, text: str) -> None:
    assert "child-blamed" in {f.rule for f in assess(text, kind).findings}
