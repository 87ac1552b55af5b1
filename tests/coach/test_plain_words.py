"""A harm or danger statement told in chart words, or a harm statement that hedges what
is known, has its plain-words part thin: 0.75 with every part there (plainwords.py)."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.plainwords import report_words

CHART = [
    ("On Saturday night Dad threw a glass at Mum and Jo, 8, sustained a laceration to her "
     "forearm that needed sutures.", "harm"),
    ("On Friday Dad shoved Mum into the door frame while Eli (4) watched; since then Eli "
     "presents with nightmares and daytime incontinence.", "harm"),
    ("On Monday Mum's boyfriend hit Ava, 6, with a belt, leaving contusions and abrasions "
     "on her legs.", "harm"),
    ("Last week Dad punched Mum in front of Noah (5), who now shows hypervigilance and "
     "regressive behaviour at nursery.", "harm"),
    ("On Tuesday night Ray pushed Dana down the stairs and Mia, 7, has been emotionally "
     "impacted and is hiding under her bed.", "harm"),
    ("Nan and the worker are worried that when Dad drinks on weekends he may hit Mum again, "
     "and Leo (6) could keep having trauma responses and enuresis at school.", "danger"),
]
HEDGED = [
    "It seems that on Sunday night Dad hit Mum with a pan, and Zoe, 9, cut her foot on the "
    "broken plate running to her.",
    "Reportedly, on Friday Mum left Ben (2) alone in the bath and he slipped under the water "
    "and was taken to hospital.",
    "As we understand it, Dad punched the wall and then Mum on Saturday night, and Sam, 7, "
    "appears to have been hit by the flying glass.",
    "On Monday Mum's partner apparently shook the baby, who was kept in hospital for two "
    "nights with a head injury.",
]
PLAIN = [
    ("On Saturday night Dad threw a glass at Mum and Jo, 8, got a deep cut on her arm that "
     "needed stitches.", "harm"),
    ("On Wednesday Tommy, 2, ingested Renee's tablets while she was in bed and was watched at "
     "urgent care for hours; Kai, 13, has missed 14 school days.", "harm"),
    ("Nan and the worker are worried that when Dad is out of work he may hit Mum again, and "
     "Leo (6) could perhaps keep wetting himself at school.", "danger"),
]


@pytest.mark.parametrize(("text", "kind"), CHART + [(t, "harm") for t in HEDGED])
def test_chart_words_or_hedges_thin_a_statement(text: str, kind: str) -> None:
    assert report_words(analyse(text, expected_kind=kind))
    assert assess(text, kind).score <= 0.75


@pytest.mark.parametrize(("text", "kind"), PLAIN)
def test_plain_or_formal_words_keep_it_whole(text: str, kind: str) -> None:
    assert not report_words(analyse(text, expected_kind=kind))


def test_goals_are_not_read() -> None:
    text = ("For six months Dad will speak calmly at home, and Nan will see it; it seems the "
            "children will feel safe.")
    assert not report_words(analyse(text, expected_kind="goal"))
