"""A question that asks her what she did so that he stayed calm (harmful_blame.blaming_question,
rule question-blames, for the corpus's dv-partner-trigger): his calm made her work, so his
violence is hers to prevent. Not: his own doing, a helper's, or a child's calm. Sentences are
the project's own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

FIRES = [
    ("question", "What did you say differently so that Luis kept calm?"),
    ("question", "On the good evenings, what did you do so Tom stayed in a good mood?"),
    ("question", "What could you do so that he stays calm when the bills come?"),
    ("question", "What did you do so your husband calmed down?"),
]
PASSES = [
    ("question", "What did Luis do so that he stayed calm?"),
    ("question", "What helped so that Tom stayed calm?"),
    ("question", "What did your brother do so Luis calmed down?"),
    ("question", "What did you and Mateo (5) do after school so Mateo stayed calm?"),
    ("question", "On the evenings Tom stayed calm, who else was around?"),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_asking_what_she_did_to_keep_him_calm_blames_her(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "question-blames" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_his_own_or_a_helpers_doing_is_not(kind: str, text: str) -> None:
    assert "question-blames" not in {f.rule for f in assess(text, kind).findings}
