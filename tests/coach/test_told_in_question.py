"""A question put to him that names what she or a child said of him (harmful_told.
told_in_question, rule dv-source-exposed, which now reads questions too). A question that
gives her back her own words, one put to her, and the network's words are sound.
Sentences are the project's own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-source-exposed"

TOLD = [
    ("question", "Emeka, Fatima told me about the times before this, so who could help you "
                 "keep your hands to yourself?"),
    ("question:exception", "Colin, Theo says the calm evenings are the ones when you haven't "
                           "been drinking - what is different on those evenings?"),
    ("question", "Dad, Mia (7) said she gets scared when you shout, so who in the family could "
                 "you go to when you feel it building?"),
    ("question", "Graham, your wife mentioned the shoving, so who could you stay with when "
                 "things heat up?"),
]
SOUND = [
    ("question", "Dana, you told me some evenings go well - what is different on those "
                 "evenings?"),
    ("question", "Fatima, Mia (7) says she feels safe at Aunt Carmen's - who else could help?"),
    ("question", "Emeka, Uncle Ruben said he could take you in when you need a break - who "
                 "else could help you stay calm?"),
    ("question:exception", "Colin, what is different on the evenings that stay calm?"),
]


@pytest.mark.parametrize(("kind", "text"), TOLD)
def test_her_or_a_childs_word_put_to_him_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_her_own_word_or_the_network_is_not(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text
