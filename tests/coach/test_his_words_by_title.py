"""His own words, where he is named by title and surname after his full name ("Mr. Obi says
it was one bad night" after "Emeka Obi pushed his wife"), are his: the lessons ask to record
a parent's disagreement (harmful_source, rule dv-source-exposed). Her words under her title
and the shared surname ("Mrs. Obi says it was not the first time") still name her as the
source. Sentences are the project's own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-source-exposed"

HIS = [
    ("harm", "On Sunday night, Emeka Obi pushed his wife into the wall and Mia (7) hid under "
             "the table. Mr. Obi says it was one bad night."),
    ("harm", "On 3 May the father, Colin Hart, shoved the mother, Dana Hart, against the door, "
             "and Theo (5) cried. Mr. Hart states he was provoked."),
]
HERS = [
    ("harm", "On Sunday night, Emeka Obi pushed his wife into the wall and Mia (7) hid under "
             "the table. Mrs. Obi says it was not the first time."),
    ("harm", "On 3 May the father, Colin Hart, shoved the mother, Dana Hart, against the door, "
             "and Theo (5) cried. Ms. Hart states he has done it before."),
]


@pytest.mark.parametrize(("kind", "text"), HIS)
def test_his_own_words_under_his_title_are_not_a_source(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), HERS)
def test_her_words_under_her_title_still_are(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text
