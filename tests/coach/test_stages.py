"""Each named stage of the coach's reading, alone, with its own table of sentences
(issue 21.7). The stages' order is part of the contract: soplab.coach.stages.STAGES."""

from __future__ import annotations

import pytest

from soplab.coach import assess
from soplab.coach.stages import (
    READ_LIMIT,
    STAGES,
    clauses,
    components,
    kind,
    safety,
    segment,
    wrong_kind,
)


def test_the_stages_in_order() -> None:
    assert STAGES == ("segment", "clauses", "components", "kind", "safety", "score")


SEGMENTS = [
    ("Mr. Price drinks at night. Lily (5) is alone.", 2),
    ("Dr. Shah saw Ana on 3 May at 9 a.m. Monday. She had a burn.", 2),
    ("No babysitting.\nNan picks up Leo at 3 pm.", 2),
    ("“Mum” said she’d stop — she didn’t.", 1),
]


@pytest.mark.parametrize(("text", "n"), SEGMENTS)
def test_segment(text: str, n: int) -> None:
    seg = segment(text)
    assert len(seg.sentences) == n and not seg.truncated
    assert "’" not in seg.text  # quotes straightened


def test_segment_caps_long_text_at_a_word() -> None:
    seg = segment("word " * 2000)
    assert seg.truncated and seg.read_chars <= READ_LIMIT and not seg.text.endswith("wor")


CLAUSES = [
    ("Mom and Dad will take turns putting Leo to bed.", ("Mom and Dad", "take turns")),
    ("Nan agrees to collect the twins every Friday.", ("Nan", "collect the twins")),
    ("Dad won't drive after drinking.", ("Dad", "drive after drinking")),
    ("Mr. and Mrs. Harper will keep the floor clear.", ("Mr. and Mrs. Harper", "keep the floor")),
]


@pytest.mark.parametrize(("text", "who_what"), CLAUSES)
def test_clauses(text: str, who_what: tuple[str, str]) -> None:
    first = clauses(segment(text)).commitments[0]
    assert first.subject == who_what[0] and first.phrase.startswith(who_what[1])


PARTS = [
    ("Grandma is worried that when Dad drinks he may drive with Leo (5), and Leo could be "
     "hurt.", {"who_worried", "caregiver_behaviour", "context", "impact"}),
    ("On Sunday evening Dad hit Jo (4) with a shoe.", {"past_action", "harm_time"}),
    ("For six months Dad will read to Leo, and Nan will see it so that Leo feels safe.",
     {"duration", "observer", "child_experience"}),
    ("No sleepovers at Uncle Ray's. If Mum has been drinking, Nan will take the kids.",
     {"rule", "backup", "network"}),
    ("If Mum starts using again, Jaxon could be at serious risk of harm.", {"risk"}),
]


@pytest.mark.parametrize(("text", "parts"), PARTS)
def test_components(text: str, parts: set[str]) -> None:
    found = components(clauses(segment(text)))
    assert parts <= set(found), parts - set(found)
    assert all(words for words in found.values())


KINDS = [
    ("On 3 May Dad hit Kai (6) with a belt and Kai had bruises.", "harm"),
    ("Grandma is worried that Dad may drink and drive with Leo (5), and Leo could be hurt.",
     "danger"),
    ("For six months Dad will read to Leo at bedtime, and Nan will see it so that Leo feels "
     "safe.", "goal"),
    ("Every evening Aunt Lila will call Mom at 7 pm; if Mom has been drinking, she will take "
     "the kids.", "plan"),
    ("What was different on the mornings that went well?", "question"),
    ("The weather was nice.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_kind(text: str, expected: str) -> None:
    read = kind(clauses(segment(text)))
    assert read.kind == expected and 0 <= read.confidence <= 1
    assert read.evidence or expected == "other"


def test_wrong_kind_says_why() -> None:
    read = kind(clauses(segment(KINDS[1][0])))
    assert "a danger statement" in wrong_kind(read, "harm")
    assert wrong_kind(read, "danger") == ""


SAFETY = [
    ("Thanh will text the worker if Minh raises his voice.", "plan", "dv-survivor-monitors"),
    ("On 2 June the parents had a fight and Phuoc (6) hid.", "harm", "dv-mutual"),
    ("Dad will be a better father.", "goal", ""),
]


@pytest.mark.parametrize(("text", "checked", "rule"), SAFETY)
def test_safety(text: str, checked: str, rule: str) -> None:
    found = {f.rule for f in safety(clauses(segment(text)), checked)}
    assert (rule in found) if rule else not found


SCORES = [
    ("For the next six months Dad will read to Leo (4) at bedtime, and Nan will see it so "
     "that Leo feels safe.", "goal", 1.0),
    ("Dad will attend parenting classes.", "goal", 0.25),
    ("Grandma is worried that Dad may drink and drive with Leo (5), and Leo could be hurt.",
     "harm", 0.25),
]


@pytest.mark.parametrize(("text", "expected", "at_most"), SCORES)
def test_score(text: str, expected: str, at_most: float) -> None:
    a = assess(text, expected)
    assert a.score <= at_most and (a.score >= 0.75 if at_most == 1.0 else True)
