"""A question that asks her about the fights of "you and" him (rule dv-mutual, now read in
questions too; harmful_mutual._two_adults_do with the one asked): the violence told as what
the two of them do. Not: a question about his own acts, or about her and a child or a helper.
Sentences are the project's own (other families than the course's, and the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

FIRES = [
    ("question", "Who could the kids ring when you and Luis get into it?"),
    ("question", "what was different on the days u and tom werent arguing"),
    ("question", "When you and Dad fight, where do the children go?"),
    ("question", "What happens to Mateo when they argue?"),
]
PASSES = [
    ("question", "Who could the kids ring when Luis starts shouting?"),
    ("question", "What was different on the days Tom stayed calm and kept his hands to himself?"),
    ("question", "When you and your sister take the kids to the park, what goes well?"),
    ("question", "What do you and Mateo (5) like to do together after school?"),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_asking_about_their_fights_is_mutual(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "dv-mutual" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_asking_about_his_acts_or_her_helpers_is_not(kind: str, text: str) -> None:
    assert "dv-mutual" not in {f.rule for f in assess(text, kind).findings}
