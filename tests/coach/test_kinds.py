"""What a text reads as, and how sure the coach is."""

from __future__ import annotations

import pytest

from soplab.coach import KINDS, analyse


@pytest.mark.parametrize(("text", "kind"), [
    ("The school and Uncle Ray are worried that Tina may leave Jo (2) alone at night while she "
     "works, and Jo could get out of the apartment and be hurt.", "danger"),
    ("The worry is that Dad may drive after drinking.", "danger"),
    ("We're worried that Dad may drive after drinking with Leo (5) in the car.", "danger"),
    ("It was reported that on May 9, Tina left Jo (2) alone for six hours and Jo was found "
     "crying in a wet diaper.", "harm"),
    ("Tina will have a trusted adult with Jo every night she works, for the next six months, "
     "and Uncle Ray will see this so that Jo is never alone.", "goal"),
    ("Tina will not go out at night.", "goal"),
    ("Tonight Uncle Ray will stay with Jo while Tina works. If Ray cannot come, Tina will call "
     "her cousin Bea.", "plan"),
    # a caregiver's behaviour that goes on, and what it will do to the child: a worry,
    # not a back-up step; a back-up step for when something happens again is a plan
    ("If Mum keeps letting her brother stay over when he is using, Kit (4) could find his "
     "pills and swallow them.", "danger"),
    ("If Dad and his girlfriend keep using meth in the flat, the kids will keep seeing things "
     "no child should see and could go without meals.", "danger"),
    ("If Papa keeps leaving the boys with his friend who hits them, they will keep getting "
     "hurt.", "danger"),
    ("If Dad comes home drunk again, Mum will take the children to Aunt Lina's for the night.",
     "plan"),
    ("Who could you call if things got hard tonight?", "question"),
    ("Tell me about a time when bedtime went well.", "question"),
    ("Tina works nights at the hospital and her mother lives nearby.", "other"),
    ("", "other"),
])
def test_reads_as(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


def test_confidence_in_range_and_higher_for_clear_text() -> None:
    clear = analyse("Grandma is worried that Dad may hit Leo (5) again when he drinks, and Leo "
                    "could be badly hurt.")
    vague = analyse("Dad will try.")
    for r in (clear, vague):
        assert 0.0 <= r.confidence <= 1.0
        assert r.kind in KINDS
    assert clear.confidence > 0.75


def test_scores_are_explained_per_kind() -> None:
    r = analyse("Grandma is worried that Dad may hit Leo (5), and Leo could be hurt.")
    assert r.scores["danger"] > r.scores["harm"]
    assert set(r.scores) == {"harm", "danger", "goal", "plan", "question"}


def test_deterministic() -> None:
    text = ("Abuela Marta is afraid that Luis may shake the baby when she cries at night, and "
            "baby Isa could have a serious head injury.")
    first = analyse(text).to_dict()
    assert all(analyse(text).to_dict() == first for _ in range(5))
