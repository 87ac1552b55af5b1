"""The later held-out sets of real-world statements, each written by its own helper as
writer and independent assessor from ten new sources (data/coach/realworld/SOURCES.md):
``heldout4`` (sources R33-R42, helper ``rw4``), ``heldout5`` (R43-R52, ``rw5``),
``heldout6`` (R53-R62, ``rw6``), ``heldout7`` (R63-R72, ``rw7``), ``heldout8``
(R73-R82, ``rw8``), ``heldout9`` (R83-R92, ``rw9``) and ``heldout10`` (R93-R102,
``rw10``; its checks need ``NEW_SOURCES10`` in ``HELD_OUT_SETS`` of
test_writing_agreement.py, added in its own branch by the ``heldout10`` helper, and
source ids of three digits read by ``_source_addresses`` there) and ``heldout11``
(R103-R112, ``rw11``; its checks need ``NEW_SOURCES11`` in ``HELD_OUT_SETS``, added in
its own branch by the ``heldout11`` helper: until that is merged they fail on it) and
``heldout12`` (R113-R122, ``rw12``; its checks need ``NEW_SOURCES12`` in ``HELD_OUT_SETS``,
added in its own branch by the ``heldout12`` helper) and ``heldout13`` (R123-R132,
``rw13``; its checks need ``NEW_SOURCES13``, added with the split switch).

These tests check only the form of the rows and the provenance of their sources; they
never run the coach or the benchmark on them.
"""

from __future__ import annotations

from collections import Counter

import pytest

from test_writing_agreement import (
    COMPONENTS,
    HELD_OUT_SETS,
    _source_addresses,
    assert_addresses_new,
    read,
    wa,
)

#: Split -> the heading of its section in SOURCES.md.
SECTIONS = {
    "heldout4": "## A fourth held-out set (heldout4, sources R33-R42)",
    "heldout5": "## A fifth held-out set (heldout5, sources R43-R52)",
    "heldout6": "## A sixth held-out set (heldout6, sources R53-R62)",
    "heldout7": "## A seventh held-out set (heldout7, sources R63-R72)",
    "heldout8": "## An eighth held-out set (heldout8, sources R73-R82)",
    "heldout9": "## A ninth held-out set (heldout9, sources R83-R92)",
    "heldout10": "## A tenth held-out set (heldout10, sources R93-R102)",
    "heldout11": "## An eleventh held-out set (heldout11, sources R103-R112)",
    "heldout12": "## A twelfth held-out set (heldout12, sources R113-R122)",
    "heldout13": "## A thirteenth held-out set (heldout13, sources R123-R132)",
}
SETS = pytest.mark.parametrize("split", sorted(SECTIONS))


def _rows():
    return read(wa.STATEMENTS)


def _markdown() -> str:
    return (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8")


def _section(split: str) -> str:
    return _markdown().split(SECTIONS[split], 1)[1].split("\n## ", 1)[0]


@SETS
def test_statements_come_only_from_the_sets_own_sources_and_those_only_in_it(split):
    sources = HELD_OUT_SETS[split][1]
    rows = _rows()
    new = [r for r in rows if r["split"] == split]
    assert len(new) >= 70
    assert {r["source"] for r in new} == sources
    assert not [r["id"] for r in rows if r["source"] in sources and r["split"] != split]
    per_source = Counter(r["source"] for r in new)
    assert min(per_source.values()) >= 6 and max(per_source.values()) <= 9, per_source


@SETS
def test_every_kind_at_least_eight_times_with_valid_hand_labels(split):
    rows = _rows()
    new = [r for r in rows if r["split"] == split]
    kinds = Counter(r["kind"] for r in new)
    assert set(kinds) == set(COMPONENTS)
    assert min(kinds.values()) >= 8, kinds
    assert len({r["id"] for r in rows}) == len(rows)
    for r in new:
        assert r["id"].startswith(f"rw-{r['kind']}-"), r["id"]
        assert r["shape"].startswith(f"{r['kind']}-"), r["id"]
        assert r["text"].strip() and r["text"] == r["text"].strip(), r["id"]
        comps = list(filter(None, r["components"].split(";")))
        assert len(comps) == len(set(comps)), r["id"]
        assert set(comps) <= COMPONENTS[r["kind"]], r["id"]
        if r["kind"] == "other":
            assert not comps, r["id"]
    # Varied shapes, not one template per kind; closed or leading questions are still
    # questions, with no components.
    assert len({r["shape"] for r in new}) >= 50
    assert any(not r["components"] for r in new if r["kind"] == "question")


@SETS
def test_texts_are_new(split):
    rows = _rows()
    old = {r["text"].strip().lower() for r in rows if r["split"] != split}
    new = [r["text"].strip().lower() for r in rows if r["split"] == split]
    assert len(new) == len(set(new))
    assert not [t for t in new if t in old]


@SETS
def test_sources_are_documented_with_new_addresses_and_their_shapes(split):
    sources = HELD_OUT_SETS[split][1]
    markdown = _markdown()
    assert markdown.count(SECTIONS[split]) == 1
    addresses = _source_addresses(markdown)
    section = _section(split)
    for source in sorted(sources):
        assert f"| {source} | {split} |" in section, source
        assert addresses[source], source
        for address in addresses[source]:
            assert address not in markdown.split(SECTIONS[split], 1)[0], (source, address)
    assert_addresses_new(sources)
    # Every shape used is named in its source's row (shown there, or written in its setting).
    by_source = {line.split("|")[1].strip(): line for line in section.splitlines()
                 if line.startswith("| R")}
    for r in _rows():
        if r["split"] == split:
            assert r["shape"] in by_source[r["source"]], (r["id"], r["shape"])


def test_heldout4_to_heldout12_are_spent_and_a_later_set_is_the_blind_split():
    spent = {"heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
             "heldout11", "heldout12"}
    assert spent <= set(wa.SPENT) and spent <= set(wa.TUNE)
    assert wa.BLIND == "heldout13" and "heldout13" not in wa.TUNE
