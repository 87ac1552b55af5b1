"""His own promise told in the present tense, as a note ("Colin talks calm to Dana, goes to
Ruben's if he can't stay calm"), is his, not a partner made his monitor (harmful_monitor,
rule dv-survivor-monitors): the promise's doer is the one who uses violence. Her own
present-tense reporting on him still is. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-survivor-monitors"

HIS = [
    ("goal", "1 yr: Colin talks calm 2 Dana n kids, hands 2 himself, goes 2 Karims spare rm if "
             "he cant stay calm. Karim n Carmen see it every wk. Theo (5) feels safe, no hiding"),
    ("goal", "9 mo: emeka talks gentle 2 fatima n the kids, no hands on, goes 2 his brothers flat "
             "when he is wound up. ruben sees it wkly, mia sleeps thru"),
]
HERS = [
    ("goal", "12 mo: Dana texts the SW when Colin drinks. Ruben n Carmen see it every wk."),
    ("goal", "Fatima calls the worker whenever Emeka raises his voice, for six months."),
]


@pytest.mark.parametrize(("kind", "text"), HIS)
def test_his_present_promise_is_his(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), HERS)
def test_her_present_reporting_on_him_still_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text
