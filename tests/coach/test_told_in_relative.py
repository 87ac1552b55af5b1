"""What he does, as a noun with her (or a child's) telling of it as a relative clause
(harmful_told.told_in_relative, rule dv-source-exposed): "the shoving Mum has told us
about". A network person's telling, and what she told that is not his conduct, are sound.
Sentences are the project's own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-source-exposed"

TOLD = [
    ("goal", "For a year Emeka will speak kindly to Fatima and keep his hands to himself, so "
             "the shoving Fatima told us about ends; Uncle Ruben will see it every week."),
    ("goal", "Colin will stay calm with Dana for six months and give up the vodka that Dana "
             "mentioned, and Aunt Carmen will see it, so Theo (5) sleeps."),
    ("goal", "Dad will be gentle with Mum and stop the shouting Mia (7) described, for six "
             "months, as Uncle Ruben will see."),
    ("goal", "Graham will talk to Claire with respect and cut out the late-night beers Claire "
             "has talked about, and Karim will see it for nine months."),
]
SOUND = [
    ("goal", "For a year Emeka will speak kindly to Fatima and keep his hands to himself, and "
             "Uncle Ruben will see it every week."),
    ("goal", "Colin will stay calm with Dana for six months and take Theo (5) to the park "
             "Dana mentioned, and Aunt Carmen will see it."),
    ("goal", "Dad will be gentle with Mum and stop the shouting Uncle Ruben described, for six "
             "months, as Uncle Ruben will see."),
    ("goal", "Graham will talk to Claire with respect for nine months and Karim will see it."),
]


@pytest.mark.parametrize(("kind", "text"), TOLD)
def test_his_conduct_as_what_she_told_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_the_network_or_other_things_she_said_are_not(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text
