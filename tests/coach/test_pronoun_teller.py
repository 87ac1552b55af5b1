"""The teller as "she" (or "he"), standing for the partner he hurts or a child named before
(harmful_told.pronoun_teller, rule dv-source-exposed). His own words, what she told the
police and a network person's words are not hers in private. Sentences are the project's
own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

RULE = "dv-source-exposed"

TOLD = [
    ("harm", "On Friday Emeka shoved Fatima against the fridge while Mia (7) watched, and when "
             "I spoke to Fatima on her own in the kitchen, she said he takes her phone when he is "
             "angry."),
    ("harm", "Colin slapped Dana in the hallway on Monday; Theo (5) hid upstairs. Later, in "
             "the car, she admitted this was not the first time."),
    ("danger", "We are worried Graham may hit Claire again, as he did last week, and Theo (5) "
               "could be hurt; after he left she also mentioned that he threatens to take the "
               "kids."),
    ("harm", "Shane grabbed Kayla by the arm on Saturday and Mia (7) screamed. Mia was calm "
             "at school, but she told me her dad was shouting again."),
]
SOUND = [
    ("harm", "On Friday Emeka shoved Fatima against the fridge and Mia (7) cried. When I met "
             "Emeka, he said it was a one-off."),
    ("harm", "Colin slapped Dana in the hallway on Monday and Theo (5) hid upstairs; she told "
             "the police he had been drinking."),
    ("harm", "Graham pushed Claire into the door on Sunday and Theo (5) cried; Aunt Carmen was "
             "there and she said Theo would not stop shaking."),
    ("harm", "Shane grabbed Kayla by the arm on Saturday and Mia (7) screamed and hid under "
             "her bed."),
]


@pytest.mark.parametrize(("kind", "text"), TOLD)
def test_her_private_word_as_she_told_me_is_found(kind: str, text: str) -> None:
    assert RULE in {f.rule for f in assess(text, kind).findings}, text


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_his_own_word_the_police_or_the_network_is_not(kind: str, text: str) -> None:
    assert RULE not in {f.rule for f in assess(text, kind).findings}, text
