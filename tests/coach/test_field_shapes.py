"""The shapes practitioners write in (named in issue #15), read as the right kind."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


@pytest.mark.parametrize(("text", "kind"), [
    # harm told as a dated story with family-role names
    ("On 3 May, Papa shook Ruby so hard that she hit her head on the cot and was sick that "
     "night.", "harm"),
    # harm told as a police or hospital event
    ("Mr. Okoro was charged with drink-driving on Friday while his daughter was in the back "
     "seat, crying.", "harm"),
    ("Baby Mila was admitted to hospital last week with a broken leg after Dad threw her onto "
     "the sofa.", "harm"),
    # danger with several agencies and relatives as the worriers
    ("The department, the school and Kai's aunt are worried that Mr. Lui may push Kai again, "
     "which could leave him with a broken arm or too scared to go home.", "danger"),
    # danger told as "If X keeps ..., the children will ..."
    ("If Dad keeps drinking until he falls asleep, the children will be left with nobody "
     "awake to look after them.", "danger"),
    # goals that start "For X to feel able to ..., they need ..."
    ("For Ana to feel able to come home after school, her mum and nan need to make sure a "
     "sober adult is there every day, and her teacher will see this for the next six months.",
     "goal"),
    # plan steps told as short rules
    ("An adult the family trusts will sleep at the house.", "plan"),
    ("Mum will not bring the baby along when she goes to the pub; Nan will mind him.", "plan"),
    ("Dad will choose two sober adults who can look after Leo when he drinks.", "plan"),
    # British, Australian and Canadian words and spelling
    ("Nan and the health visitor are worried that when Mum's behaviour changes at night she may "
     "leave the baby alone in the flat, and he could be hurt.", "danger"),
])
def test_field_shape_reads_as(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


def test_british_words_count_as_people() -> None:
    r = analyse("Every evening Nan will ring Mum at 7 pm. If Mum has been drinking, Nan will "
                "pick up the kids.", expected_kind="plan")
    present = {c.name for c in r.present}
    assert {"who_does_what", "when", "network", "monitoring", "backup"} <= present
