"""A label in a question to the parent (rule ``label`` now read in questions too): a
diagnosis named as the parent's own ("your bipolar", "your anxiety") or the parent's acts
named as neglect, where the question should ask about what the parent did. Sentences
written for this test (other families' names), not the corpus's."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def rules_found(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


FIRES = [
    ("question", "What was different on the days your bipolar seemed to settle and Jada got to "
                 "school on time?"),
    ("question", "Who could take Mateo to nursery while you're dealing with your anxiety?"),
    ("question", "On the evenings you weren't neglecting Ama, what did you do differently?"),
]
PASSES = [
    ("question", "What was different on the mornings when you got up early and Jada got to "
                 "school on time?"),
    ("question", "Who helps you on the days you feel low, so that Mateo still gets to nursery?"),
    ("question", "When Jayden (6) is anxious at bedtime, what helps you settle him?"),
    ("question", "On the evenings Ama had a hot dinner, what did you do differently?"),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_a_label_in_a_question_to_the_parent_is_a_label(kind: str, text: str) -> None:
    assert "label" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_a_question_about_what_happened_is_not(kind: str, text: str) -> None:
    assert "label" not in rules_found(text, kind)
