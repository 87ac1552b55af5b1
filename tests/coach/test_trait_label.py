"""A trait or a name put on an adult where the behaviour belongs (rule ``label``,
:mod:`soplab.coach.harmful_label`, and ``neglect`` as an adult's own fault noun): an
apposition ("Curtis, an aggressive man"), an adult's trait noun or use with a judging
trait ("his volatile temper", "Mr. Osei's compulsive gambling"), a clinical adverb
("clinically flat"), a judging trait after "how", an adult called a name ("a couple of
layabouts"). Sentences written for this test (other families' names), not the corpus's."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def rules_found(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


FIRES = [
    ("danger", "The school is worried that Curtis, an aggressive man, could hit Shanice again "
               "and Jada (7) could get hurt."),
    ("danger", "We are worried that Mr. Kowalski's hot-tempered nature will lead him to hit "
               "Emil (9) again."),
    ("goal", "For six months Curtis will work on his volatile temper and speak calmly to "
             "Shanice, and his brother will see it."),
    ("danger", "We are worried that Ms. Delgado is clinically flat and Mateo (3) could go "
               "without meals."),
    ("harm", "Mateo (3) went without dinner on Monday, given how selfish Ms. Delgado has "
             "become."),
    ("goal", "The Kowalskis will stop being a couple of layabouts and keep the hallway clear "
             "for three months, and their neighbour will see it."),
    ("danger", "We are worried that Mr. Osei's compulsive gambling means there is no food in "
               "the house for Ama (4)."),
    ("harm", "Last week Mr. Osei carried on his neglect of Ama (4), who went to nursery without "
             "lunch three days running."),
]
PASSES = [
    ("danger", "We are worried that Curtis could hit Shanice again, and Jada (7) could get "
               "hurt."),
    ("harm", "Curtis, an electrician, shoved Shanice on Friday and Jada (7) saw it from the "
             "stairs."),
    ("harm", "Curtis told the worker that his violent temper frightens him; on Friday he shoved "
             "Shanice while Jada (7) watched."),
    ("danger", "We are worried that Ms. Delgado is too tired to get up and Mateo (3) could go "
               "without breakfast."),
    ("danger", "We are worried that Mr. Osei gambles his wages most Fridays and there is no food "
               "in the house for Ama (4)."),
    ("harm", "On Friday Ms. Delgado was clinically assessed at the clinic and Mateo (3) stayed "
             "with his aunt."),
    ("danger", "Mr. Osei said the bridge was too dangerous, and we are worried Ama (4) could "
               "cross it alone."),
    ("plan", "When Curtis shouts, Shanice will take Jada (7) to her sister's and calm her nerves "
             "there, and her sister will see it."),
    ("goal", "For six months Curtis will speak calmly to Shanice and walk away to his brother's "
             "flat when he is angry, and his brother will see it."),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_a_trait_or_a_name_put_on_an_adult_is_a_label(kind: str, text: str) -> None:
    assert "label" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_the_act_told_plainly_or_in_his_own_words_is_not(kind: str, text: str) -> None:
    assert "label" not in rules_found(text, kind)
