"""The fifth held-out set of real-world statements (split ``heldout5``, sources R43-R52).

Written by the ``rw5`` helper as writer and independent assessor (see
data/coach/realworld/SOURCES.md, "A fifth held-out set"). These tests check only the
form of the rows and the provenance of their sources; they never run the coach or the
benchmark on them.
"""

from __future__ import annotations

from collections import Counter

from test_writing_agreement import (
    COMPONENTS,
    _source_addresses,
    assert_addresses_new,
    read,
    wa,
)

#: The fifth held-out set's sources (``heldout5`` adds the same name to
#: test_writing_agreement.py in its own branch).
NEW_SOURCES5 = {f"R{i}" for i in range(43, 53)}

SECTION = "## A fifth held-out set (heldout5, sources R43-R52)"


def _rows():
    return read(wa.STATEMENTS)


def _markdown() -> str:
    return (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8")


def test_heldout5_statements_come_only_from_sources_r43_on_and_those_only_in_heldout5():
    rows = _rows()
    new = [r for r in rows if r["split"] == "heldout5"]
    assert len(new) >= 70
    assert {r["source"] for r in new} == NEW_SOURCES5
    assert not [r["id"] for r in rows if r["source"] in NEW_SOURCES5 and r["split"] != "heldout5"]
    per_source = Counter(r["source"] for r in new)
    assert min(per_source.values()) >= 6 and max(per_source.values()) <= 9, per_source


def test_heldout5_covers_every_kind_at_least_eight_times_with_valid_labels():
    new = [r for r in _rows() if r["split"] == "heldout5"]
    kinds = Counter(r["kind"] for r in new)
    assert set(kinds) == set(COMPONENTS)
    assert min(kinds.values()) >= 8, kinds
    assert len({r["id"] for r in _rows()}) == len(_rows())
    for r in new:
        assert r["id"].startswith(f"rw-{r['kind']}-"), r["id"]
        assert r["shape"].startswith(f"{r['kind']}-"), r["id"]
        assert r["text"].strip() and r["text"] == r["text"].strip(), r["id"]
        comps = list(filter(None, r["components"].split(";")))
        assert len(comps) == len(set(comps)), r["id"]
        assert set(comps) <= COMPONENTS[r["kind"]], r["id"]
        if r["kind"] == "other":
            assert not comps, r["id"]
    # Varied shapes, not one template per kind.
    assert len({r["shape"] for r in new}) >= 50
    # Closed or leading questions are still questions, with no components.
    questions = [r for r in new if r["kind"] == "question"]
    assert any(not r["components"] for r in questions)
    assert any(r["components"] == "open_form" for r in questions)


def test_heldout5_texts_are_new():
    rows = _rows()
    old = {r["text"].strip().lower() for r in rows if r["split"] != "heldout5"}
    new = [r["text"].strip().lower() for r in rows if r["split"] == "heldout5"]
    assert len(new) == len(set(new))
    assert not [t for t in new if t in old]


def test_heldout5_sources_are_documented_and_their_addresses_are_new():
    markdown = _markdown()
    assert markdown.count(SECTION) == 1
    addresses = _source_addresses(markdown)
    assert NEW_SOURCES5 <= set(addresses)
    section = markdown.split(SECTION, 1)[1].split("\n## ", 1)[0]
    for source in NEW_SOURCES5:
        assert f"| {source} | heldout5 |" in section, source
        assert addresses[source], source
    assert_addresses_new(NEW_SOURCES5)
    for source in sorted(NEW_SOURCES5):
        for address in addresses[source]:
            assert address not in markdown.split(SECTION, 1)[0], (source, address)
    # Every shape used is named in its source's row (shown, or written in its setting).
    rows_by_source = {line.split("|")[1].strip(): line for line in section.splitlines()
                      if line.startswith("| R")}
    for r in _rows():
        if r["split"] == "heldout5":
            assert r["shape"] in rows_by_source[r["source"]], (r["id"], r["shape"])


def test_heldout5_is_the_blind_split():
    assert wa.BLIND == "heldout5"
