"""Item and test statistics against values worked out by hand (see comments)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from soplab.cohort.analytics import assessment_statistics, item_statistics, option_statistics
from soplab.cohort.analytics.itemstats import Thresholds

# learners x items; totals T = 3, 2, 1, 1, 1
MATRIX = pd.DataFrame(
    {"q1": [1, 1, 1, 0, 1], "q2": [1, 1, 0, 1, 0], "q3": [1, 0, 0, 0, 0]},
    index=["L1", "L2", "L3", "L4", "L5"])


def test_facility_and_sd_by_hand():
    s = item_statistics(MATRIX)
    # q1: mean 4/5 -> 80 %; V = (4 * 0.2^2 + 0.8^2) / 4 = 0.2 -> SD = 100 * sqrt(0.2)
    assert s.loc["q1", "facility"] == pytest.approx(80.0)
    assert s.loc["q1", "sd"] == pytest.approx(100 * math.sqrt(0.2))
    # q2: mean 3/5; V = (3 * 0.4^2 + 2 * 0.6^2) / 4 = 0.3
    assert s.loc["q2", "facility"] == pytest.approx(60.0)
    assert s.loc["q2", "sd"] == pytest.approx(100 * math.sqrt(0.3))
    assert s.loc["q3", "facility"] == pytest.approx(20.0)
    assert (s["n"] == 5).all()


def test_discrimination_index_by_hand():
    s = item_statistics(MATRIX)
    # q1: rest X = (2,1,0,1,0); C(x,X) = -0.2/4 = -0.05; V(x) = 0.2; V(X) = 2.8/4 = 0.7
    assert s.loc["q1", "discrimination_index"] == pytest.approx(100 * -0.05 / math.sqrt(0.14))
    # q2: rest X = (2,1,1,0,1); C = 0 -> D = 0
    assert s.loc["q2", "discrimination_index"] == pytest.approx(0.0, abs=1e-9)
    # q3: rest X = (2,2,1,1,1); C = 0.6/4 = 0.15; V(x) = 0.2; V(X) = 0.3
    assert s.loc["q3", "discrimination_index"] == pytest.approx(100 * 0.15 / math.sqrt(0.06))


def test_discriminative_efficiency_by_hand():
    s = item_statistics(MATRIX)
    # q1: sorted x (0,1,1,1,1), sorted X (0,0,1,1,2) -> C_max = 0.8/4 = 0.2; DE = -0.05/0.2
    assert s.loc["q1", "discriminative_efficiency"] == pytest.approx(-25.0)
    assert s.loc["q2", "discriminative_efficiency"] == pytest.approx(0.0, abs=1e-9)
    # q3 is as discriminating as its distribution allows: C = C_max = 0.15
    assert s.loc["q3", "discriminative_efficiency"] == pytest.approx(100.0)


def test_flags():
    s = item_statistics(MATRIX)
    assert "negative discrimination: check the key" in s.loc["q1", "flag"]
    assert "does not discriminate" in s.loc["q2", "flag"]
    assert "too hard" in s.loc["q3", "flag"]
    assert "discriminat" not in s.loc["q3", "flag"]
    easier = item_statistics(MATRIX, thresholds=Thresholds(too_easy=75.0))
    assert "too easy" in easier.loc["q1", "flag"]


def test_cronbach_alpha_error_ratio_and_standard_error_by_hand():
    t = assessment_statistics(MATRIX)
    # V(T) = 3.2/4 = 0.8; sum V(x_i) = 0.2 + 0.3 + 0.2 = 0.7; alpha = 3/2 * (1 - 0.7/0.8)
    assert t["n"] == 5 and t["k"] == 3
    assert t["mean"] == pytest.approx(1.6)
    assert t["alpha"] == pytest.approx(0.1875)
    assert t["error_ratio"] == pytest.approx(100 * math.sqrt(0.8125))
    assert t["standard_error"] == pytest.approx(math.sqrt(0.8) * math.sqrt(0.8125))
    assert t["sd_pct"] == pytest.approx(100 * math.sqrt(0.8) / 3)


def test_everyone_right_gives_nan_with_a_flag():
    all_right = pd.DataFrame({"q1": [1] * 6, "q2": [1] * 6})
    s = item_statistics(all_right)
    assert s.loc["q1", "facility"] == 100.0
    assert s.loc["q1", "sd"] == 0.0
    assert math.isnan(s.loc["q1", "discrimination_index"])
    assert math.isnan(s.loc["q1", "discriminative_efficiency"])
    assert "everyone correct" in s.loc["q1", "flag"] and "too easy" in s.loc["q1", "flag"]
    t = assessment_statistics(all_right)
    assert math.isnan(t["alpha"]) and math.isnan(t["standard_error"])
    assert "same total" in t["note"]


def test_one_learner():
    s = item_statistics(pd.DataFrame({"q1": [1], "q2": [0]}))
    assert s.loc["q1", "n"] == 1 and s.loc["q1", "facility"] == 100.0
    assert math.isnan(s.loc["q2", "sd"]) and math.isnan(s.loc["q2", "discrimination_index"])
    assert "too few learners" in s.loc["q2", "flag"]
    t = assessment_statistics(pd.DataFrame({"q1": [1], "q2": [0]}))
    assert t["n"] == 1 and math.isnan(t["alpha"]) and "one learner" in t["note"]


def test_no_submissions():
    empty = pd.DataFrame({"q1": pd.Series(dtype=float), "q2": pd.Series(dtype=float)})
    s = item_statistics(empty)
    assert list(s.index) == ["q1", "q2"]
    assert (s["n"] == 0).all() and s["facility"].isna().all()
    assert (s["flag"] == "no responses").all()
    t = assessment_statistics(empty)
    assert t["n"] == 0 and math.isnan(t["mean"]) and t["note"] == "no submissions"
    assert item_statistics(pd.DataFrame()).empty


def test_missing_answer_counts_as_zero():
    with_nan = MATRIX.astype(float)
    with_nan.loc["L4", "q1"] = float("nan")
    pd.testing.assert_frame_equal(item_statistics(with_nan), item_statistics(MATRIX))


def test_point_biserial_per_option_and_distractor_flag():
    # rest-of-test totals 3,3,1,1,0,0 from r1..r3; the key is A, but B draws the strong
    scores = pd.DataFrame({
        "q": [0, 0, 1, 1, 0, 0],
        "r1": [1, 1, 1, 1, 0, 0], "r2": [1, 1, 0, 0, 0, 0], "r3": [1, 1, 0, 0, 0, 0]})
    choices = pd.DataFrame({"q": ["B", "B", "A", "A", "C", None]}, index=scores.index)
    o = option_statistics(choices, scores, {"q": "A"}, options={"q": ["A", "B", "C", "D"]})
    o = o.set_index("option")
    # r_pb = (M1 - M0) / s_n * sqrt(p q); rest mean 4/3, s_n = sqrt(84/9/6)
    s_n = math.sqrt(84 / 9 / 6)
    assert o.loc["B", "point_biserial"] == pytest.approx((3 - 0.5) / s_n * math.sqrt(2 / 9))
    assert o.loc["A", "point_biserial"] == pytest.approx((1 - 1.5) / s_n * math.sqrt(2 / 9))
    assert o.loc["B", "share"] == pytest.approx(2 / 6)
    assert o.loc["D", "count"] == 0 and math.isnan(o.loc["D", "point_biserial"])
    assert o.loc["(no answer)", "count"] == 1
    assert bool(o.loc["A", "is_key"]) and not bool(o.loc["B", "is_key"])
    assert "check the key" in o.loc["B", "flag"]
    assert o.loc["A", "flag"] == "" and o.loc["C", "flag"] == ""


def test_key_point_biserial_equals_discrimination_index():
    choices = MATRIX.map(lambda v: "Harm" if v else "Danger")
    o = option_statistics(choices, MATRIX, {c: "Harm" for c in MATRIX.columns})
    s = item_statistics(MATRIX)
    key = o[o["is_key"]].set_index("item_id")["point_biserial"]
    assert key["q3"] == pytest.approx(s.loc["q3", "discrimination_index"] / 100)
    assert key["q1"] == pytest.approx(s.loc["q1", "discrimination_index"] / 100)
