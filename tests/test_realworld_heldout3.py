"""The third held-out set of real-world statements (split ``heldout3``, sources R23-R32,
data/coach/realworld/SOURCES.md): written from new sources only, every kind present."""

from __future__ import annotations

import re
from collections import Counter

from test_writing_agreement import (
    COMPONENTS,
    NEW_SOURCES3,
    _source_addresses,
    assert_addresses_new,
    read,
    wa,
)

#: The third held-out set: its own sources, held out as a whole, not by the hash rule.
HELDOUT3_SOURCES = NEW_SOURCES3


def _rows():
    return read(wa.STATEMENTS)


def _new():
    return [r for r in _rows() if r["split"] == "heldout3"]


def test_heldout3_statements_come_only_from_the_new_sources():
    rows = _rows()
    new = _new()
    assert len(new) >= 70
    assert {r["source"] for r in new} == HELDOUT3_SOURCES
    # ... and no statement of an earlier set is credited to one of them.
    assert not [r["id"] for r in rows
                if r["source"] in HELDOUT3_SOURCES and r["split"] != "heldout3"]
    assert all(6 <= n <= 9 for n in Counter(r["source"] for r in new).values())


def test_heldout3_has_every_kind_at_least_eight_times_with_valid_labels():
    new = _new()
    kinds = Counter(r["kind"] for r in new)
    assert set(kinds) == set(COMPONENTS)
    assert min(kinds.values()) >= 8, kinds
    ids = [r["id"] for r in _rows()]
    assert len(ids) == len(set(ids))
    for r in new:
        assert r["id"].startswith(f"rw-{r['kind']}-"), r["id"]
        assert r["shape"].startswith(f"{r['kind']}-"), r["id"]
        assert r["text"].strip() == r["text"] and r["text"], r["id"]
        assert set(filter(None, r["components"].split(";"))) <= COMPONENTS[r["kind"]], r["id"]
        if r["kind"] == "other":
            assert r["components"] == "", r["id"]


def test_heldout3_sources_are_listed_with_addresses_no_earlier_source_used():
    sources_md = (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8")
    addresses = _source_addresses(sources_md)
    assert HELDOUT3_SOURCES <= set(addresses)
    assert "## A third held-out set (heldout3, sources R23-R32)" in sources_md
    for source in HELDOUT3_SOURCES:
        row = re.search(rf"^\| {source} \| (\S+) \|", sources_md, re.M)
        assert row and row.group(1) == "heldout3", source
        assert addresses[source], source
    assert_addresses_new(HELDOUT3_SOURCES)
    # No two new sources share an address either.
    new_addresses = [a for s in HELDOUT3_SOURCES for a in addresses[s]]
    assert len(new_addresses) == len(set(new_addresses))

