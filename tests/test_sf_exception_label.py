"""Item sf-gr2 asks for an exception question and says so in its label
("question:exception"): the bank accepts it, the score, review, feedback page,
simulated cohorts and analytics use it, and another question type is capped."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pandas as pd
import pytest

from soplab.coach import analyse
from soplab.cohort.analytics import coach_components
from soplab.cohort.feedback.model import _checklist
from soplab.cohort.review import read_set
from soplab.cohort.review.formgrader import reading_text
from soplab.cohort.simulate.learners import make_cohort
from soplab.cohort.simulate.writing import FRAGMENTS, answer_item
from soplab.engine.items import BankError, label_kind, load_bank
from soplab.engine.scoring import score_values

from coursekit import REPO

SET = "05-graded-rewrite"
EXCEPTION = "What was different on the mornings this week when the kids got to school on time?"
SCALING = "On a scale from 0 to 10, how well did getting the kids to school go this week?"
ITEMS = "data/items/05-solution-focused-questions.csv"


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO)


def _relabel(course: Path, label: str) -> None:
    path = course / ITEMS
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    for row in rows[1:]:
        if row[head.index("id")] == "sf-gr2":
            row[head.index("label")] = label
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def test_the_item_names_the_type_it_asks_for(bank):
    assert bank.items["sf-gr2"].label == "question:exception"
    assert label_kind("question:exception") == "question" and label_kind("goal") == "goal"


def test_an_unknown_question_type_is_refused_naming_the_item(course: Path):
    _relabel(course, "question:nonsense")
    with pytest.raises(BankError) as caught:
        load_bank(course)
    line = next(x for x in str(caught.value).splitlines() if "question:nonsense" in x)
    assert line.startswith(f"{ITEMS}:") and ": label: item sf-gr2:" in line
    assert "exception" in line and "scaling" in line  # says which types exist
    _relabel(course, "goal:exception")  # only a question can name a type
    with pytest.raises(BankError, match="item sf-gr2"):
        load_bank(course)


def test_a_scaling_question_is_capped_and_an_exception_question_is_not(bank):
    ex_score = score_values(bank, SET, {"sf-gr2": EXCEPTION}).per_item["sf-gr2"]
    sc_score = score_values(bank, SET, {"sf-gr2": SCALING}).per_item["sf-gr2"]
    per_item = score_values(bank, SET, {}).max_points / len(bank.items_for(SET))
    assert ex_score == pytest.approx(per_item)  # as when the label was plain "question"
    assert sc_score <= 0.25 * per_item


def test_review_reading_and_feedback_use_the_label(bank):
    readings = {r.item: r for r in read_set(bank, SET, {"sf-gr2": SCALING})}
    scaling = readings["sf-gr2"]
    assert scaling.expected_kind == "question:exception"
    assert scaling.assessment.score <= 0.25
    lines = reading_text(scaling)
    assert "(asked for: question:exception)" in lines[0]
    assert any("scaling question" in x and "exception question the item asks for" in x
               for x in lines)
    good = read_set(bank, SET, {"sf-gr2": EXCEPTION})[0]
    assert "(the kind asked for)" in reading_text(good)[0]
    checklist = _checklist("text", bank.items["sf-gr2"].label, SCALING)
    assert checklist and all(isinstance(text, str) for text, _met, _why in checklist)


def test_simulated_learners_write_questions_for_it(bank):
    ex, item = bank.exercises[SET], bank.items["sf-gr2"]
    rng = random.Random(3)
    texts = [answer_item(learner, ex, item, rng) for learner in make_cohort(40, seed=3)]
    reflection = [f for frags in FRAGMENTS["reflection"].values() for f in frags]
    assert not any(f in t for t in texts for f in reflection)
    closed = FRAGMENTS["question"]["closed"]
    assert any(f in t for t in texts for f in closed)  # the closed-question habit shows


def test_analytics_count_it_with_the_questions():
    frame = pd.DataFrame({"widget": ["text", "text"], "item_id": ["sf-gr2", "sf-gr1"],
                          "label": ["question:exception", "question"],
                          "text": [SCALING, "Who else helps with the kids?"]})
    table = coach_components(frame, analyse)
    assert set(table["kind"]) == {"question"}
    assert (table["texts"] == 2).all()


def test_the_label_grammar_names_every_question_type_the_coach_reads_and_loads_no_coach():
    # The bank reads labels from soplab._core.labels, not from the coach: the type names
    # there are the coach's own, and checking a label does not load the coach's readers.
    import subprocess
    import sys

    from soplab._core.labels import QUESTION_TYPES
    from soplab.coach.questions import SF_DESCRIPTIONS

    assert set(QUESTION_TYPES) == set(SF_DESCRIPTIONS)
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, soplab.engine.items as i; i.label_kind('question:"
         "exception'); print(sorted(m for m in sys.modules if m.startswith('soplab.coach')))"],
        capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
