"""The coach's evaluation corpora are well formed, and the field holdout is honest:
whole shapes and whole sources, by the rule written in data/coach/SOURCES.md."""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter

import pytest

from soplab._core.paths import data_path
from soplab.coach.components import COMPONENT_NAMES
from soplab.coach.result import KINDS


def rows(name: str) -> list[dict[str, str]]:
    with data_path("coach", f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4 == 0


@pytest.mark.parametrize("name", ["field", "synthetic"])
def test_rows_are_labelled(name: str) -> None:
    data = rows(name)
    assert len({r["id"] for r in data}) == len(data)
    for r in data:
        assert r["kind"] in KINDS, r["id"]
        assert r["split"] in {"tune", "holdout"}, r["id"]
        assert r["text"].strip(), r["id"]
        parts = set(filter(None, r["components"].split(";")))
        assert parts <= set(COMPONENT_NAMES[r["kind"]]), (r["id"], parts)


def test_field_corpus_size_shapes_and_sources() -> None:
    data = rows("field")
    assert len(data) >= 200
    shapes = Counter(r["shape"] for r in data)
    sources = {r["source"] for r in data}
    assert len(sources) >= 8
    assert all(r["shape"].startswith(r["kind"] + "-") for r in data)
    listed = data_path("coach", "SOURCES.md").read_text(encoding="utf-8")
    for source in sources:
        assert re.search(rf"^\| {source} \|", listed, re.M), source
    for shape in shapes:
        assert shape in listed, shape


def test_field_holdout_is_whole_shapes_and_sources() -> None:
    data = rows("field")
    for r in data:
        expected = "holdout" if held_out(r["shape"]) or held_out(r["source"]) else "tune"
        assert r["split"] == expected, r["id"]
    held_shapes = {r["shape"] for r in data if held_out(r["shape"])}
    assert {r["kind"] for r in data if r["shape"] in held_shapes} >= {"harm", "danger", "goal",
                                                                    "plan"}
    assert 0.3 <= sum(r["split"] == "holdout" for r in data) / len(data) <= 0.6
