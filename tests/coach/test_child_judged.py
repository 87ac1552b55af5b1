"""A child judged for what happened (harmful_judged.child_judged, rule child-blamed): a past
duty ("should have", "was supposed to") or a verdict ("cannot be trusted", "made it worse")
with a child as its subject, where a harm is told. A duty taken from the child, the child's
own view of himself, an adult's duty and a denied fault are not. Sentences are the
project's own."""

from __future__ import annotations

import pytest

from soplab.coach import assess

JUDGED = [
    ("harm", "Minh pushed Thanh into the wall. Vy, 12, got between them, which she shouldn't "
             "have done, and her hand was cut."),
    ("harm", "Minh pushed Thanh on Sunday; Vy, 12, should have stayed in her room but stepped "
             "in and was cut."),
    ("harm", "Minh shoved Thanh and Vy, 12, made it worse by getting in the middle; her hand "
             "was cut."),
    ("harm", "Tommy (2) swallowed Renee's pills and was taken to hospital while Kai was "
             "supposed to have him."),
    ("danger", "The worker is worried Renee stays in bed and Kai has shown he cannot be "
               "trusted with Tommy, so Tommy could swallow pills again."),
    ("harm", "Teo (3) wandered into the road and was hit by a bike; Marisol (11) ought to have "
             "kept the gate shut."),
    ("harm", "Baby Ana (1) fell down the stairs and broke her arm, as Jayden (10) was too "
             "caught up in his video game to notice."),
    ("harm", "Tommy (2) swallowed pills and was rushed to hospital; Kai is not mature enough "
             "to look after him."),
    ("harm", "Tommy (2) swallowed pills and was taken to hospital, and it was Kai's "
             "responsibility."),
    ("harm", "Dad threw a chair at Mum and Keira (10) chose to get in between them, so she "
             "was bruised on the arm."),
    ("harm", "Dad threw a chair at Mum; Keira (10) was bruised on the arm, which was partly "
             "her own doing."),
    ("harm", "Dad threw a chair at Mum and Keira (10) was bruised because of Keira's "
             "constant meddling."),
    ("harm", "Dad threw a chair at Mum and Keira (10), who is old enough to know better, ran "
             "in and was bruised."),
    ("danger", "We are worried Keira (10) keeps sticking her nose in when Dad is angry and "
               "could be hurt again."),
]
NOT_JUDGED = [
    ("harm", "Minh pushed Thanh into the wall. Vy, 12, should never have had to step between "
             "them; her hand was cut."),
    ("harm", "Minh pushed Thanh; Vy, 12, should have been safe in her own home, and she was "
             "cut."),
    ("harm", "Minh pushed Thanh and Vy, 12, feels she should have stopped him; her hand was "
             "cut."),
    ("harm", "Minh should have walked away; instead he pushed Thanh and Vy, 12, was cut."),
    ("harm", "Tommy (2) swallowed pills and was taken to hospital; Renee should have locked "
             "the pills away."),
    ("harm", "Tommy (2) swallowed pills and was taken to hospital; Kai, 13, is not old enough "
             "to look after him."),
    ("harm", "Tommy (2) swallowed pills and was taken to hospital; it was Renee's "
             "responsibility to keep them up high."),
    ("harm", "Dad threw a chair at Mum and Keira (10) ran in to protect her and was bruised; "
             "it was not her fault."),
    ("harm", "Dad threw a chair at Mum; Keira (10) says she should have stayed in bed, but "
             "she was only scared, and she was bruised on the arm."),
    ("goal", "Kai (13) was never meant to be Tommy's babysitter; Renee or Marie will be with "
             "Tommy every day for six months."),
]


@pytest.mark.parametrize(("kind", "text"), JUDGED)
def test_a_child_judged_is_child_blamed(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "child-blamed" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), NOT_JUDGED)
def test_relief_an_adults_duty_and_the_childs_own_view_are_not(kind: str, text: str) -> None:
    assert "child-blamed" not in {f.rule for f in assess(text, kind).findings}
