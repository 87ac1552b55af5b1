"""The fourth held-out set of real-world statements (split ``heldout4``, sources R33-R42).

Written by the ``rw4`` helper as writer and independent assessor (see
data/coach/realworld/SOURCES.md, "A fourth held-out set"). These tests check only the
form of the rows and the provenance of their sources; they never run the coach or the
benchmark on them.
"""

from __future__ import annotations

from collections import Counter

from test_writing_agreement import (
    COMPONENTS,
    NEW_SOURCES4,
    _source_addresses,
    assert_addresses_new,
    read,
    wa,
)

SECTION = "## A fourth held-out set (heldout4, sources R33-R42)"


def _rows():
    return read(wa.STATEMENTS)


def _markdown() -> str:
    return (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8")


def test_heldout4_statements_come_only_from_sources_r33_on_and_those_only_in_heldout4():
    rows = _rows()
    new = [r for r in rows if r["split"] == "heldout4"]
    assert len(new) >= 70
    assert {r["source"] for r in new} == NEW_SOURCES4
    assert not [r["id"] for r in rows if r["source"] in NEW_SOURCES4 and r["split"] != "heldout4"]
    per_source = Counter(r["source"] for r in new)
    assert min(per_source.values()) >= 6 and max(per_source.values()) <= 9, per_source


def test_heldout4_covers_every_kind_at_least_eight_times_with_valid_labels():
    new = [r for r in _rows() if r["split"] == "heldout4"]
    kinds = Counter(r["kind"] for r in new)
    assert set(kinds) == set(COMPONENTS)
    assert min(kinds.values()) >= 8, kinds
    assert len({r["id"] for r in _rows()}) == len(_rows())
    for r in new:
        assert r["id"].startswith(f"rw-{r['kind']}-"), r["id"]
        assert r["shape"] and r["text"].strip(), r["id"]
        comps = set(filter(None, r["components"].split(";")))
        assert comps <= COMPONENTS[r["kind"]], r["id"]
        if r["kind"] == "other":
            assert not comps, r["id"]
    # Varied shapes, not one template per kind.
    assert len({r["shape"] for r in new}) >= 50


def test_heldout4_sources_are_documented_and_their_addresses_are_new():
    markdown = _markdown()
    assert markdown.count(SECTION) == 1
    addresses = _source_addresses(markdown)
    assert NEW_SOURCES4 <= set(addresses)
    section = markdown.split(SECTION, 1)[1].split("\n## ", 1)[0]
    for source in NEW_SOURCES4:
        assert f"| {source} | heldout4 |" in section, source
        assert addresses[source], source
    assert_addresses_new(NEW_SOURCES4)
    for source in sorted(NEW_SOURCES4):
        for address in addresses[source]:
            assert address not in markdown.split(SECTION, 1)[0], (source, address)


def test_heldout4_gave_its_blind_figure_and_is_now_spent_tuning_data():
    assert "heldout4" in wa.SPENT and "heldout4" in wa.TUNE and wa.BLIND != "heldout4"
