"""Answer files joined with the banks; mastery, confusions, missed items, writing, cohorts."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from soplab.cohort.analytics import (
    coach_components,
    cohort_comparison,
    confusion_matrices,
    load_course_data,
    mastery,
    most_missed,
    read_responses,
)
from soplab.cohort.analytics.itemstats import analyse_assessment
from soplab.engine.items import load_bank


@pytest.fixture
def data(tiny_course):
    return load_course_data(tiny_course, progress=False)


def test_every_attempt_gets_every_item(tiny_course):
    bank = load_bank(tiny_course)
    resp = read_responses(tiny_course, bank)
    assert len(resp.attempts) == 7  # s08 did not submit
    assert len(resp.frame) == 7 * 6
    row = resp.frame.set_index(["student_id", "item_id"])
    assert row.loc[("s07", "a2"), "answered"] == False  # noqa: E712
    assert row.loc[("s07", "a2"), "correct"] == 0.0
    assert row.loc[("s05", "s1"), "chosen"] == "C"
    assert row.loc[("s05", "s1"), "chosen_option"] == "Ask to come in"
    assert pd.isna(row.loc[("s01", "w1"), "correct"])
    assert row.loc[("s05", "w1"), "text"] == "Mia (4) a bruise"  # builder dict joined


def test_damaged_file_is_reported_and_left_in_place(tiny_course):
    resp = read_responses(tiny_course, load_bank(tiny_course))
    assert any("s06/01-a/answers/hd-practice.json" in p for p in resp.problems)
    path = tiny_course / "autograded" / "s06" / "01-a" / "answers" / "hd-practice.json"
    assert path.read_text(encoding="utf-8") == "{not json"
    assert not list(path.parent.glob("*.damaged-*"))


def test_mastery_per_learner_and_objective(data):
    m = mastery(data.responses.frame).set_index(["student_id", "objective"])
    assert m.loc[("s01", "LO3"), "score"] == 1.0 and bool(m.loc[("s01", "LO3"), "mastered"])
    # s03: a1, a3 right, a2 wrong -> 2/3 below the 80 % bar
    assert m.loc[("s03", "LO3"), "score"] == pytest.approx(2 / 3)
    assert not bool(m.loc[("s03", "LO3"), "mastered"])
    assert m.loc[("s04", "LO1"), "score"] == 0.0


def test_confusion_matrix_counts(data):
    tables = confusion_matrices(data.responses.frame, data.bank)
    t = tables["Harm / Danger / Complicating factor"]
    # a2 (Danger): Danger by s01, s02, s06; Harm by s03, s04, s05; no answer s07
    assert t.loc["Danger", "Harm"] == 3 and t.loc["Danger", "Danger"] == 3
    assert t.loc["Danger", "(no answer)"] == 1
    only_assessment = confusion_matrices(data.responses.frame, data.bank, kinds=["assessment"])
    a = only_assessment["Harm / Danger / Complicating factor"]
    assert a.loc["Harm"].sum() == 7  # a1 only; p1 (practice) left out
    assert t.loc["Harm"].sum() == 7 + 7  # a1 and p1 (s06's damaged p1 counts as no answer)


def test_most_missed_has_explanations(data):
    mm = most_missed(data.responses.frame, data.bank, top=2)
    first = mm.iloc[0]
    assert first["item_id"] == "a2"
    assert first["common_wrong"] == "Harm" and first["explanation"] == "Future worry."
    assert first["misconception"] == "harm-danger-confusion"


def test_coach_components_with_a_stand_in_coach(data):
    def analyse(text, expected_kind=None):
        return SimpleNamespace(components=[
            SimpleNamespace(name="who", present="Mia" in text),
            SimpleNamespace(name="when", present="May" in text)])

    table = coach_components(data.responses.frame, analyse).set_index("component")
    # texts: s01..s07 minus s04's empty answer -> 6
    assert table.loc["when", "texts"] == 6 and table.loc["when", "missing"] == 5
    assert table.loc["who", "missing"] == 1
    assert table.index[0] == "when"
    assert coach_components(data.responses.frame, None).empty


def test_cohort_comparison_orders_by_start(data):
    from soplab.cohort.analytics.learning import mastery as m

    table = cohort_comparison(data.scores, m(data.responses.frame), data.cohorts)
    assert list(table["cohort"]) == ["2026-spring", "2026-fall"]
    assert table.set_index("cohort").loc["2026-spring", "n"] == 6


def test_analyse_assessment_on_the_course(data):
    res = analyse_assessment(data.responses.frame, "01-a")
    assert set(res.items.index) == {"a1", "a2", "a3", "s1"}  # writing and practice left out
    assert res.summary["n"] == 7 and res.summary["k"] == 4
    key_rows = res.options[res.options["is_key"]]
    assert set(key_rows["item_id"]) == {"a1", "a2", "a3", "s1"}


def test_no_submissions(tmp_path):
    from analytics_course import write_bank

    from soplab.cohort.analytics.responses import score_responses

    write_bank(tmp_path)
    bank = load_bank(tmp_path)
    resp = read_responses(tmp_path, bank)
    assert resp.frame.empty and resp.attempts.empty
    empty = score_responses(pd.DataFrame(columns=["student_id", "assignment", "exercise",
                                                  "item_id", "value", "changes"]),
                            resp.attempts, bank)
    res = analyse_assessment(empty, "01-a")
    assert res.items.empty and res.summary["n"] == 0


def test_worker_processes_read_the_same_answers(tiny_course):
    from soplab.cohort.analytics.responses import read_answer_files

    bank = load_bank(tiny_course)
    one = read_answer_files(tiny_course, bank, workers=1)
    two = read_answer_files(tiny_course, bank, workers=2)
    key = ["student_id", "item_id"]
    pd.testing.assert_frame_equal(one[0].sort_values(key).reset_index(drop=True),
                                  two[0].sort_values(key).reset_index(drop=True))
    assert one[2] == two[2] and len(one[0]) > 0
