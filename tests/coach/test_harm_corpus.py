"""The harm training corpus (data/writing/harm_train_*.csv, data/writing/README.md): its form,
and the coach's reading of it as a floor that a change to the safety rules must not lower.
Not blind: the round-12 child-blamed readings were checked against these rows."""

from __future__ import annotations

from collections import Counter

import pytest

from soplab._core.paths import data_path
from soplab.coach import assess
from soplab.coach.harmmodel import HARM_LABELS
from soplab.coach.lexicon import read_rows

KINDS = {"hd-z01": "harm", "hd-z02": "danger", "gp-gg1": "goal", "gp-gg2": "goal",
         "sf-gr1": "question", "sf-gr2": "question:exception", "fe-gt1": "danger",
         "fe-gt2": "goal", "cp-s01": "harm", "cp-s02": "danger", "cp-s03": "goal"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    paths = sorted(data_path("writing").glob("harm_train_*.csv"))
    assert [p.name for p in paths] == ["harm_train_a.csv", "harm_train_b.csv",
                                       "harm_train_c.csv"]
    return [r for p in paths for r in read_rows(p)]


def test_every_row_is_well_formed(rows) -> None:
    assert len(rows) >= 500
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert KINDS[r["item_id"]] == r["expected_kind"], r["id"]
        assert r["label"] in HARM_LABELS, r["id"]
        if r["label"] == "none":
            assert not r["harmful_span"], r["id"]
        else:
            assert r["harmful_span"] and r["harmful_span"] in r["text"], r["id"]
    for lane in "abc":  # every harm worded differently within a lane (two repeat across lanes)
        spans = [r["harmful_span"].lower() for r in rows
                 if r["harmful_span"] and r["id"].startswith(f"{lane}-")]
        assert spans and len(set(spans)) == len(spans), lane
    labels = Counter(r["label"] for r in rows)
    assert labels["none"] >= 0.4 * len(rows) and labels["child-blamed"] >= 100


@pytest.fixture(scope="module")
def read(rows) -> list[tuple[dict[str, str], object]]:
    return [(r, assess(r["text"], r["expected_kind"])) for r in rows]


def test_the_rules_catch_at_least_what_they_caught_when_round_12_ended(read) -> None:
    harmful = [(r, a) for r, a in read if r["label"] != "none"]
    caught = [r for r, a in harmful if a.score < 0.5]
    # 132 of 267 (child-blamed 26 of 114) with round 12's first child-blamed reading (a past
    # duty), 142 (36) once its verdict words were added (not blind).
    assert len(caught) >= 142
    child = [(r, a) for r, a in harmful if r["label"] == "child-blamed"]
    assert sum(a.score < 0.5 for _, a in child) >= 36


def test_sound_rows_are_seldom_flagged(read) -> None:
    flagged = [r["id"] for r, a in read if r["label"] == "none"
               and any(f.rule != "wrong-kind" for f in a.findings)]
    assert len(flagged) <= 5  # 5 of 267 when round 12 ended
