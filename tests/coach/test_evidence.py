"""Evidence quotes are whole phrases (issue 24.4): a title such as "Mr." never cuts a
sentence or a clause, and what a child lives through is not quoted as what the caregiver
may do. Both failed before."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def evidence(text: str, kind: str, part: str) -> str:
    r = analyse(text, expected_kind=kind)
    return next(c.evidence for c in r.components if c.name == part and c.present)


@pytest.mark.parametrize("title", ["Mr.", "Mrs.", "Dr.", "Ms."])
def test_a_title_does_not_cut_the_situation(title: str) -> None:
    text = (f"The school is worried that when {title} Price drinks after his shift he may fall "
            "asleep, and Lily (5) could wander outside.")
    assert evidence(text, "danger", "context").startswith(f"when {title} Price drinks")


def test_a_saint_does_not_end_the_clause() -> None:
    text = ("On Friday night Dad left Noa (4) alone at the flat on St. Mary's Road while he went "
            "to the pub, and Noa was found crying in the stairwell.")
    r = analyse(text, expected_kind="harm")
    assert all(not c.evidence.endswith("St") for c in r.components)


def test_a_childs_impact_is_not_the_caregivers_behaviour() -> None:
    text = ("The worker, Marie and Lorraine are worried that when grief keeps Renee in bed, "
            "Tommy may get into medicines with no adult watching and could be badly hurt. "
            "Kai may keep missing school to do a parent's job.")
    behaviour = evidence(text, "danger", "caregiver_behaviour")
    assert "Renee" in behaviour and "Kai" not in behaviour


def test_another_persons_promise_is_not_quoted_as_this_ones() -> None:
    r = analyse("Graham will do better and the family will be safe.", expected_kind="goal")
    missing = {c.name for c in r.missing}
    assert {"positive_behaviour", "not_service"} <= missing
