"""The later dev writers W41-W54 (data/writing/README.md, "More dev writers"): each answers
every automatically scored writing item once, all in split ``dev``, across the scale, with
harmful and wrong-kind answers among them, and none of them in rater 2's file."""

from __future__ import annotations

import csv
from collections import Counter

from test_writing_agreement import DEV_WRITERS, read, scored_items, wa


def test_dev_writers_answer_every_item_once_in_dev():
    rows = [r for r in read(wa.ANSWERS) if r["writer"] in DEV_WRITERS]
    assert {r["split"] for r in rows} == {"dev"}
    assert Counter((r["writer"], r["item_id"]) for r in rows) == \
        Counter((w, i) for w in DEV_WRITERS for i in scored_items())
    assert {r["expert_score"] for r in rows} == {"0", "0.25", "0.5", "0.75", "1"}
    harmful = sum(r["harmful"] == "1" for r in rows)
    assert 0.2 * len(rows) <= harmful <= 0.25 * len(rows)
    found = Counter(rule for r in rows for rule in r["harmful_rule"].split(";") if rule)
    assert found["wrong-kind"] >= 6


def test_dev_writers_are_not_in_rater2_and_leave_the_inter_rater_line_alone():
    with wa.RATER2.open(encoding="utf-8", newline="") as fh:
        rated = {r["id"].split("-")[0] for r in csv.DictReader(fh)}
    assert not rated & DEV_WRITERS
    assert wa.UNRATED_WRITERS == DEV_WRITERS
