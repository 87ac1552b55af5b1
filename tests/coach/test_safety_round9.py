"""Round 9 harmful-practice readings, in sentences written for these tests (not taken from
any tuning answer): labels and diagnoses as people write them in notes (a "problem" or
"dependency" of drink or pills, "not mentally stable", "as a result of her neglect", any
"... disorder" named as the parent's own), against the parent's own word for a condition."""

from __future__ import annotations

import pytest

from soplab.coach import assess


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in assess(text, kind).findings}


LABEL_FIRES = [
    ("danger", "We are worried about Dad's booze problem; when he has had a few he falls asleep "
               "and Leo (4) is alone."),
    ("danger", "Nan is worried about Mum's drink problem and that Leo (4) could be left alone at "
               "night."),
    ("danger", "We are worried that because of his pill problem Dad sleeps all afternoon and "
               "Leo (4) could get into the road."),
    ("danger", "The worker is worried that Mom is not emotionally stable and Leo (4) could go "
               "without dinner."),
    ("danger", "The worker is worried since Gran isn't mentally well, and Ava (2) could swallow "
               "pills."),
    ("harm", "Due to the mother's neglect, Leo (4) went without food on Monday."),
    ("harm", "On Monday, owing to Mrs. Hale's neglect, Ava (2) drank bleach from the cupboard."),
    ("danger", "We are worried that Mom's panic disorder keeps her in bed and Leo (4) could go "
               "without meals."),
    ("danger", "We are worried about Dad's alcohol dependence and Leo (4) could be left alone."),
    ("danger", "We are worried that Dad is alcohol-dependent and Leo (4) could be left alone at "
               "night."),
    ("danger", "We are worried Mom is dependent on pills and Leo (4) could be left alone."),
    ("danger", "Grandma and the worker worry about Mr. Cole's drinking issues: he naps after "
               "lunch and Ava (3) wanders outside."),
]

LABEL_PASSES = [
    ("danger", "Renee says she has depression, and we are worried that when she stays in bed "
               "Ava (2) could get into her pills."),
    ("danger", "Mom told us she was diagnosed with bipolar last year; we are worried that on "
               "days she stays in bed Leo (4) could go hungry."),
    ("danger", "The dependency court and the worker are worried that when Dad drinks he falls "
               "asleep and Leo (4) could get hurt."),
    ("danger", "The worker is worried that when Mr. Cole has a few beers after work and falls "
               "asleep, Ava (3) is alone and could get hurt."),
    ("goal", "Gran will keep taking her depression medication and lock her pills in the box "
             "every night; Aunt Jo will see this for three months, and Ava will be safe."),
    ("danger", "We are worried that Mom is mentally and physically worn out after night shifts "
               "and falls asleep, and Leo (4) could go out alone."),
]


@pytest.mark.parametrize(("kind", "text"), LABEL_FIRES)
def test_a_label_in_any_register_is_found(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), LABEL_PASSES)
def test_own_words_and_behaviour_are_not_labels(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)
