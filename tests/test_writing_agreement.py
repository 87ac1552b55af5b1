"""The expert-scored writing set and the real-world statements are well formed and
split by the written rule, and benchmarks/writing_agreement.py computes QWK right."""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import Counter

import pytest

from soplab._core.paths import data_path, repo_root

_spec = importlib.util.spec_from_file_location(
    "writing_agreement", repo_root() / "benchmarks" / "writing_agreement.py")
wa = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wa)

#: The second held-out set (data/writing/README.md): its own writers and sources, held out
#: as a whole (split ``heldout2``), not by the hash rule.
NEW_WRITERS = {f"W{i}" for i in range(20, 29)}
NEW_SOURCES = {f"R{i}" for i in range(16, 23)}
#: More dev writers (data/writing/README.md), added later for tuning: split ``dev`` as a
#: whole, not by the hash rule, and not scored by rater 2.
DEV_WRITERS = {f"W{i}" for i in range(41, 55)}
#: The third held-out set (split ``heldout3``): writers W29-W40, and real-world sources from
#: R23 on (added in their own branch; only those present in SOURCES.md count).
NEW_WRITERS3 = {f"W{i}" for i in range(29, 41)}
NEW_SOURCES3 = {f"R{i}" for i in range(23, 33)}
#: The fourth held-out set (split ``heldout4``): writers W55-W66, and real-world sources
#: R33-R42 (added in their own branch by the ``rw4`` helper; only those present count).
NEW_WRITERS4 = {f"W{i}" for i in range(55, 67)}
NEW_SOURCES4 = {f"R{i}" for i in range(33, 43)}
#: The fifth held-out set (split ``heldout5``): writers W67-W78, and real-world sources
#: R43-R52 (added in their own branch by the ``rw5`` helper; only those present count).
NEW_WRITERS5 = {f"W{i}" for i in range(67, 79)}
NEW_SOURCES5 = {f"R{i}" for i in range(43, 53)}
#: The sixth held-out set (split ``heldout6``): writers W79-W90, and real-world sources
#: R53-R62 (added in their own branch by the ``rw6`` helper; only those present count).
NEW_WRITERS6 = {f"W{i}" for i in range(79, 91)}
NEW_SOURCES6 = {f"R{i}" for i in range(53, 63)}
#: The seventh held-out set (split ``heldout7``): writers W91-W102, and real-world sources
#: R63-R72 (added in their own branch by the ``rw7`` helper; only those present count).
NEW_WRITERS7 = {f"W{i}" for i in range(91, 103)}
NEW_SOURCES7 = {f"R{i}" for i in range(63, 73)}
#: The eighth held-out set (split ``heldout8``): writers W103-W114, and real-world sources
#: R73-R82 (added in their own branch by the ``rw8`` helper; only those present count).
NEW_WRITERS8 = {f"W{i}" for i in range(103, 115)}
NEW_SOURCES8 = {f"R{i}" for i in range(73, 83)}
#: The ninth held-out set (split ``heldout9``): writers W115-W126, and real-world sources
#: R83-R92 (added in their own branch by the ``rw9`` helper; only those present count).
NEW_WRITERS9 = {f"W{i}" for i in range(115, 127)}
NEW_SOURCES9 = {f"R{i}" for i in range(83, 93)}
#: The tenth held-out set (split ``heldout10``): writers W127-W138, and real-world sources
#: R93-R102 (added in their own branch by the ``rw10`` helper; only those present count).
NEW_WRITERS10 = {f"W{i}" for i in range(127, 139)}
NEW_SOURCES10 = {f"R{i}" for i in range(93, 103)}
#: The eleventh held-out set (split ``heldout11``): writers W139-W150, and real-world sources
#: R103-R112 (added in their own branch by the ``rw11`` helper; only those present count).
NEW_WRITERS11 = {f"W{i}" for i in range(139, 151)}
NEW_SOURCES11 = {f"R{i}" for i in range(103, 113)}
#: The twelfth held-out set (split ``heldout12``): writers W151-W162, and real-world sources
#: R113-R122 (added in their own branch by the ``rw12`` helper; only those present count).
NEW_WRITERS12 = {f"W{i}" for i in range(151, 163)}
NEW_SOURCES12 = {f"R{i}" for i in range(113, 123)}
#: The thirteenth held-out set (split ``heldout13``): writers W163-W174, and real-world sources
#: R123-R132 (added in their own branch by the ``rw13`` helper; only those present count).
NEW_WRITERS13 = {f"W{i}" for i in range(163, 175)}
NEW_SOURCES13 = {f"R{i}" for i in range(123, 133)}
#: Every set held out as a whole (by when and by whom it was written): its writers, its
#: sources. Everything else follows the hash rule (``wa.held_out``) or is a dev writer.
HELD_OUT_SETS = {"heldout2": (NEW_WRITERS, NEW_SOURCES), "heldout3": (NEW_WRITERS3, NEW_SOURCES3),
                 "heldout4": (NEW_WRITERS4, NEW_SOURCES4), "heldout5": (NEW_WRITERS5, NEW_SOURCES5),
                 "heldout6": (NEW_WRITERS6, NEW_SOURCES6), "heldout7": (NEW_WRITERS7, NEW_SOURCES7),
                 "heldout8": (NEW_WRITERS8, NEW_SOURCES8), "heldout9": (NEW_WRITERS9, NEW_SOURCES9),
                 "heldout10": (NEW_WRITERS10, NEW_SOURCES10),
                 "heldout11": (NEW_WRITERS11, NEW_SOURCES11),
                 "heldout12": (NEW_WRITERS12, NEW_SOURCES12),
                 "heldout13": (NEW_WRITERS13, NEW_SOURCES13)}


def expected_split(name: str) -> str:
    """The split of a writer (``W03``) or a source (``R07``) by the written rules."""
    for split, (writers, sources) in HELD_OUT_SETS.items():
        if name in writers or name in sources:
            return split
    if name in DEV_WRITERS:
        return "dev"
    return "heldout" if wa.held_out(name) else "dev"


def assert_addresses_new(sources: set[str]) -> dict[str, set[str]]:
    """Every source of ``sources`` is listed in the real-world SOURCES.md, and none of its
    addresses was used by an older source (data/coach/SOURCES.md) or by any source listed
    outside ``sources``. Returns the listed addresses."""
    addresses = _source_addresses(
        (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8"))
    assert sources <= set(addresses), sources - set(addresses)
    older = (wa.DATA / "coach" / "SOURCES.md").read_text(encoding="utf-8")
    seen = {a for s, found in addresses.items() if s not in sources for a in found}
    for source in sorted(sources):
        for address in addresses[source]:
            assert address not in older and address not in seen, (source, address)
    return addresses
HARMFUL_RULES = {"dv-mutual", "dv-survivor-monitors", "dv-source-exposed", "dv-partner-trigger",
                 "child-blamed", "services-as-plan", "label"}
RULES = {"dv-mutual", "dv-survivor-monitors", "dv-source-exposed", "dv-partner-trigger",
         "child-blamed", "services-as-plan", "label", "wrong-kind"}
#: Components as defined in data/coach/README.md (labelled by a person, not the coach).
COMPONENTS = {
    "harm": {"who_did_what", "when", "impact"},
    "danger": {"who_worried", "caregiver_behaviour", "context", "impact", "future"},
    "goal": {"who", "positive_behaviour", "duration", "observer", "child_experience",
             "not_service"},
    "plan": {"who_does_what", "when", "network", "monitoring", "backup"},
    "question": {"open_form", "solution_focus"},
    "other": set(),
}


def read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def items() -> dict[str, dict[str, str]]:
    out = {}
    for path in sorted(data_path("items").glob("*.csv")):
        out.update({r["id"]: r for r in read(path)})
    return out


# --- QWK --------------------------------------------------------------------

def test_qwk_matches_a_hand_worked_example():
    # Three used levels 0, 0.5, 1 (indices 0, 2, 4 of five): pairs (0,0) (0.5,1) (1,1) (1,0.5).
    # sum(W*O) = 2 * (2/4)^2 = 0.5; marginals (1,1,2) for both raters, N = 4, so
    # sum(W*E) = 2*(1*1/4)*0.25 + 2*(1*2/4)*1 + 2*(1*2/4)*0.25 = 1.375; QWK = 1 - 0.5/1.375 = 7/11.
    assert wa.qwk([0, 0.5, 1, 1], [0, 1, 1, 0.5]) == pytest.approx(7 / 11)
    # The same table on a three-level scale gives the same figure.
    assert wa.qwk([0, 1, 2, 2], [0, 2, 2, 1], labels=(0, 1, 2)) == pytest.approx(7 / 11)


def test_qwk_bounds():
    assert wa.qwk([0, 0.25, 1], [0, 0.25, 1]) == 1.0
    assert wa.qwk([0, 1], [1, 0]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        wa.qwk([0, 1], [1])


def test_scores_round_to_quarters_halves_up():
    assert [wa.to_quarter(x) for x in (0, 0.12, 0.125, 0.37, 0.375, 0.62, 0.67, 0.95, 1.2)] == \
        [0, 0, 0.25, 0.25, 0.5, 0.5, 0.75, 1.0, 1.0]


def test_split_rule_is_the_documented_hash():
    assert [w for w in (f"W{i:02d}" for i in range(1, 20)) if wa.held_out(w)] == \
        ["W03", "W04", "W07", "W08", "W10", "W14", "W16", "W19"]
    assert [s for s in (f"R{i:02d}" for i in range(1, 16)) if wa.held_out(s)] == \
        ["R01", "R02", "R05", "R07", "R14"]


# --- the expert-scored answers ----------------------------------------------

def test_answers_load_and_follow_the_rules():
    rows = read(wa.ANSWERS)
    known = items()
    assert len(rows) >= 200
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == {"dev", "heldout", "heldout2", "heldout3", "heldout4",
                                         "heldout5", "heldout6", "heldout7", "heldout8",
                                         "heldout9", "heldout10", "heldout11", "heldout12",
                                         "heldout13"}
    assert len({r["writer"] for r in rows}) >= 8
    for r in rows:
        assert r["id"] == f"{r['writer']}-{r['item_id']}", r["id"]
        assert r["split"] == expected_split(r["writer"]), r["id"]
        item = known[r["item_id"]]
        assert (item["exercise"], item["label"]) == (r["exercise"], r["expected_kind"]), r["id"]
        assert float(r["expert_score"]) in wa.QUARTERS, r["id"]
        rules = set(filter(None, r["harmful_rule"].split(";")))
        assert rules <= RULES, r["id"]
        assert r["text"].strip() and r["reason"].strip(), r["id"]
        if r["harmful"] == "1":
            assert float(r["expert_score"]) <= 0.25 and rules - {"wrong-kind"}, r["id"]
        else:
            assert r["harmful"] == "0" and rules <= {"wrong-kind"}, r["id"]
        if rules:
            assert float(r["expert_score"]) <= 0.25, r["id"]


def scored_items() -> set[str]:
    """The graded writing items the course scores automatically (text, assessment, not
    reflection)."""
    exercises = {r["exercise"]: r for r in read(data_path("exercises.csv"))}
    return {i for i, r in items().items()
            if exercises[r["exercise"]]["widget"] == "text"
            and exercises[r["exercise"]]["kind"] == "assessment" and r["label"] != "reflection"}


def test_answers_cover_every_automatically_scored_writing_item_in_every_split():
    rows = read(wa.ANSWERS)
    scored = scored_items()
    assert len(scored) == 11
    for split in wa.SPLITS:
        assert {r["item_id"] for r in wa.load(wa.ANSWERS, split)} == scored, split
    assert sum(r["harmful"] == "1" for r in rows if r["split"] == "heldout") >= 10


def new_writers_answers(split: str) -> tuple[list[dict], Counter, list[str]]:
    """The answers of a set held out as a whole, after what every such set must show: its
    own writers only, each answering every automatically scored item once, the whole
    scale, every harmful rule and wrong kind, and mutual framing (in the issue's words,
    "argu" and "fight", for the sets of :data:`MUTUAL_WORDED`).
    Returns the rows, the rules found and the mutual-framing texts (lower case)."""
    rows = read(wa.ANSWERS)
    writers = HELD_OUT_SETS[split][0]
    new = [r for r in rows if r["split"] == split]
    assert {r["writer"] for r in new} == writers
    assert not [r["id"] for r in rows if r["split"] != split and r["writer"] in writers]
    assert Counter((r["writer"], r["item_id"]) for r in new) == \
        Counter((w, i) for w in writers for i in scored_items())
    assert {r["expert_score"] for r in new} == {"0", "0.25", "0.5", "0.75", "1"}
    found = Counter(rule for r in new for rule in r["harmful_rule"].split(";") if rule)
    assert set(found) == HARMFUL_RULES | {"wrong-kind"}, found
    mutual = [r["text"].lower() for r in new if "dv-mutual" in r["harmful_rule"]]
    assert mutual
    if split in MUTUAL_WORDED:
        assert any("argu" in text for text in mutual) and any("fight" in text for text in mutual)
    return new, found, mutual


#: The sets whose mutual framing was asked to use the issue's own words ("argu", "fight").
#: Later sets are not: the ask nudged writers toward words the coach already knew (the
#: heldout12 writer reworded two harmful answers to meet it), and new words are the test.
MUTUAL_WORDED = {"heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                 "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"}


def test_heldout2_answers_come_from_the_new_writers_only_and_span_the_scale():
    # Every new writer answers every automatically scored item once: 9 x 11 = 99.
    new, found, _ = new_writers_answers("heldout2")
    assert len(new) == 99
    harmful = [r for r in new if r["harmful"] == "1"]
    assert len(harmful) >= 15
    assert found["wrong-kind"] >= 3


def test_heldout3_answers_come_from_the_new_writers_only_and_span_the_scale():
    # Every new writer answers every automatically scored item once: 12 x 11 = 132.
    new, found, mutual = new_writers_answers("heldout3")
    assert len(new) == 132
    harmful = [r for r in new if r["harmful"] == "1"]
    assert len(harmful) >= 25
    assert found["wrong-kind"] >= 5
    assert len(mutual) >= 4
    # Good answers in the writers' own words are plentiful, and quality varies within a writer.
    assert sum(r["expert_score"] in ("0.75", "1") for r in new) >= 40
    for writer in NEW_WRITERS3:
        assert len({r["expert_score"] for r in new if r["writer"] == writer}) >= 2, writer


#: The later sets' middle of the scale: heldout4 had few answers at 0.5 (its README says
#: so); from heldout5 on, the writers were asked for some.
MIDDLE_AT_LEAST = {"heldout4": 0, "heldout5": 5, "heldout6": 5, "heldout7": 5, "heldout8": 5,
                   "heldout9": 5, "heldout10": 5, "heldout11": 5, "heldout12": 5,
                   "heldout13": 5}


@pytest.mark.parametrize("split", sorted(MIDDLE_AT_LEAST))
def test_later_sets_answers_come_from_the_new_writers_only_and_span_the_scale(split):
    new, found, mutual = new_writers_answers(split)
    assert len(new) == 132
    harmful = [r for r in new if r["harmful"] == "1"]
    assert 0.20 * len(new) <= len(harmful) <= 0.25 * len(new)
    assert found["wrong-kind"] >= 5
    assert len(mutual) >= 4
    # Good answers in the writers' own words are plentiful, some sit in the middle, and
    # quality varies within a writer.
    assert sum(r["expert_score"] in ("0.75", "1") for r in new) >= 40
    assert sum(r["expert_score"] == "0.5" for r in new) >= MIDDLE_AT_LEAST[split]
    for writer in HELD_OUT_SETS[split][0]:
        assert len({r["expert_score"] for r in new if r["writer"] == writer}) >= 2, writer


# --- the real-world statements ----------------------------------------------

def test_statements_load_and_follow_the_rules():
    rows = read(wa.STATEMENTS)
    sources_md = (wa.STATEMENTS.parent / "SOURCES.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (R\d{2,3}) \|", sources_md, re.M))
    assert len(rows) >= 90
    assert len({r["id"] for r in rows}) == len(rows)
    # heldout3-heldout7 statements (sources R23-R32, R33-R42, R43-R52, R53-R62, R63-R72) are added
    # in their own branches: accept them, or none.
    assert {"dev", "heldout", "heldout2"} <= {r["split"] for r in rows} <= set(wa.SPLITS)
    sources = Counter(r["source"] for r in rows)
    assert len(sources) >= 12 and set(sources) <= listed
    for r in rows:
        assert r["split"] == expected_split(r["source"]), r["id"]
        assert r["kind"] in COMPONENTS and r["id"].startswith(f"rw-{r['kind']}-"), r["id"]
        assert set(filter(None, r["components"].split(";"))) <= COMPONENTS[r["kind"]], r["id"]


def _source_addresses(markdown: str) -> dict[str, set[str]]:
    """Source id -> its addresses, from the source tables of a SOURCES.md."""
    out = {}
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and re.fullmatch(r"R\d{2,3}", cells[0]):
            out[cells[0]] = {a.strip() for a in cells[3].split(";") if a.strip()}
    return out


@pytest.mark.parametrize("split", ["heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                                   "heldout8", "heldout9", "heldout10", "heldout11",
                                   "heldout12", "heldout13"])
def test_later_held_out_statements_if_any_come_from_their_own_new_sources(split):
    present = {r["source"] for r in read(wa.STATEMENTS) if r["split"] == split}
    assert present <= HELD_OUT_SETS[split][1]
    assert_addresses_new(present)


def test_heldout2_statements_come_from_new_sources_not_read_before():
    rows = read(wa.STATEMENTS)
    new = [r for r in rows if r["split"] == "heldout2"]
    assert len(new) >= 40
    assert {r["source"] for r in new} == NEW_SOURCES
    assert {r["kind"] for r in new} == set(COMPONENTS)
    assert min(Counter(r["kind"] for r in new).values()) >= 5
    assert_addresses_new(NEW_SOURCES)


# --- the script --------------------------------------------------------------

@pytest.mark.parametrize("split", [[], ["--split", "heldout13"]])
def test_errors_are_refused_on_the_blind_split(split, capsys):
    with pytest.raises(SystemExit) as exc:
        wa.main([*split, "--errors"])
    assert exc.value.code == 2
    assert "refused on the blind split 'heldout13'" in capsys.readouterr().err


def test_the_tune_split_is_dev_and_the_spent_held_out_splits_never_the_blind_one():
    tune = wa.load(wa.ANSWERS, "tune")
    spent = {"dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
             "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"}
    assert {r["split"] for r in tune} == spent
    assert len(tune) == sum(len(wa.load(wa.ANSWERS, s)) for s in spent)
    assert {r["split"] for r in wa.load(wa.STATEMENTS, "tune")} == spent
    assert wa.BLIND not in wa.TUNE and wa.BLIND == "heldout13"


def test_inter_rater_line_covers_only_the_rows_rater_2_scored():
    tune = wa.load(wa.ANSWERS, "tune")
    line = wa.inter_rater(tune, "tune")
    rated = [r for r in tune if r["split"] in wa.RATED_SPLITS
             and r["writer"] not in wa.UNRATED_WRITERS]
    assert line.startswith(f"inter-rater (expert vs blind rater 2, {len(rated)} answers)")
    assert len(rated) == 121 + 88


def test_an_unknown_split_is_refused():
    with pytest.raises(SystemExit) as exc:
        wa.main(["--split", "heldout14"])
    assert exc.value.code == 2


@pytest.mark.parametrize("split", ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                   "heldout7", "heldout8", "heldout9", "heldout10",
                                   "heldout11", "heldout12", "heldout13"])
def test_whole_heldout_run_has_no_rater2_line_but_writing_qwk_last(split, tmp_path, monkeypatch,
                                                                    capsys):
    # The real heldout2/heldout3 rows are never run here (the lead runs them once, at the
    # end): a few dev rows relabelled with the split stand in for them.
    def relabel(path, n):
        rows = [dict(r, split=split) for r in wa.load(path, "dev")[:n]]
        out = tmp_path / path.name
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return out
    monkeypatch.setattr(wa, "ANSWERS", relabel(wa.ANSWERS, 11))
    monkeypatch.setattr(wa, "STATEMENTS", relabel(wa.STATEMENTS, 3))
    assert wa.main(["--split", split, "--baseline"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith(f"split: {split}")
    assert out[-2] == (f"inter-rater (expert vs blind rater 2): none for split '{split}'; "
                       "rater 2 scored only the dev and heldout answers")
    assert re.fullmatch(r"writing_qwk: -?\d\.\d{3}", out[-1]), out[-1]
    assert any(line.startswith("real-world statements: kind accuracy ") and "/3, " in line
               for line in out)


def test_baseline_run_prints_the_figures_with_writing_qwk_last(capsys):
    assert wa.main(["--split", "dev", "--baseline"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"writing_qwk: -?\d\.\d{3}", out[-1]), out[-1]
    assert any(line.startswith("harmful answers scoring >= 0.5: ") for line in out)
    assert any(line.startswith("real-world statements: kind accuracy ") for line in out)


# --- the second, blind rater -------------------------------------------------

def test_rater2_covers_every_dev_and_heldout_answer_once_with_valid_quarter_scores():
    # Rater 2 scored the first 209 answers (dev and heldout) blind; the heldout2 answers
    # were written later and have no second rating, so none is required or allowed.
    answers = read(wa.ANSWERS)
    second = read(wa.RATER2)
    assert list(second[0]) == ["id", "rater2_score", "rater2_harmful", "rater2_reason"]
    ids = [r["id"] for r in second]
    assert len(ids) == len(set(ids)), "an answer is rated twice"
    assert set(ids) == {r["id"] for r in answers
                        if r["split"] in wa.RATED_SPLITS and r["writer"] not in DEV_WRITERS}
    assert len(ids) == 209
    for r in second:
        assert float(r["rater2_score"]) in wa.QUARTERS, r["id"]
        assert r["rater2_harmful"] in ("0", "1"), r["id"]
        if r["rater2_harmful"] == "1":
            assert float(r["rater2_score"]) <= 0.25, r["id"]
        assert r["rater2_reason"].strip() and "\n" not in r["rater2_reason"], r["id"]


def _rater2_file(tmp_path, answers, scores, flags):
    path = tmp_path / "rater2.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "rater2_score", "rater2_harmful", "rater2_reason"])
        for r, score, flag in zip(answers, scores, flags, strict=True):
            out.writerow([r["id"], score, flag, "test"])
    return path


def test_human_agreement_figures(tmp_path):
    answers = wa.load(wa.ANSWERS, "dev")
    same = _rater2_file(tmp_path, answers, [r["expert_score"] for r in answers],
                        [r["harmful"] for r in answers])
    line = wa.human_agreement(answers, same)
    assert "QWK 1.000, exact agreement 1.000, 0 apart by >= 0.5" in line
    assert "harmful flag agreement 1.000 (kappa 1.000" in line
    # Every score one step up (1 stays 1) and every flag turned: exact agreement is the
    # share of answers the expert gave 1, and no flag agrees.
    up = [min(1.0, float(r["expert_score"]) + 0.25) for r in answers]
    flipped = [1 - int(r["harmful"]) for r in answers]
    line = wa.human_agreement(answers, _rater2_file(tmp_path, answers, up, flipped))
    top = sum(r["expert_score"] == "1" for r in answers) / len(answers)
    assert f"exact agreement {top:.3f}, 0 apart" in line
    assert "harmful flag agreement 0.000" in line


def test_human_agreement_refuses_a_missing_row_or_a_bad_score(tmp_path):
    answers = wa.load(wa.ANSWERS, "dev")
    short = _rater2_file(tmp_path, answers[:-1], [0] * (len(answers) - 1),
                         [0] * (len(answers) - 1))
    with pytest.raises(SystemExit) as exc:
        wa.human_agreement(answers, short)
    assert answers[-1]["id"] in str(exc.value)
    bad = _rater2_file(tmp_path, answers, [0.3] + [0] * (len(answers) - 1),
                       [0] * len(answers))
    with pytest.raises(SystemExit) as exc:
        wa.human_agreement(answers, bad)
    assert answers[0]["id"] in str(exc.value) and "rater2_score" in str(exc.value)


def test_inter_rater_line_per_split(tmp_path):
    dev = wa.load(wa.ANSWERS, "dev")
    rated = [r for r in dev if r["writer"] not in DEV_WRITERS]
    assert wa.inter_rater(dev, "dev") == wa.human_agreement(rated)
    assert wa.inter_rater(dev, "dev").startswith("inter-rater (expert vs blind rater 2, 121 ")
    # heldout2 has no rater2 rows: the line says so instead of failing on the missing rows.
    new = wa.load(wa.ANSWERS, "heldout2")
    assert "none for split 'heldout2'" in wa.inter_rater(new, "heldout2")
    third = wa.load(wa.ANSWERS, "heldout3")
    assert "none for split 'heldout3'" in wa.inter_rater(third, "heldout3")
    with pytest.raises(SystemExit):
        wa.human_agreement(new)


def test_human_agreement_is_printed_just_before_writing_qwk(capsys):
    assert wa.main(["--split", "dev", "--baseline"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-2].startswith("inter-rater (expert vs blind rater 2, "), out[-2]
    assert out[-1].startswith("writing_qwk: ")


def test_the_share_scored_with_confidence_is_also_given_for_honest_answers(tmp_path, monkeypatch,
                                                                          capsys):
    # Issue 21 asks that >= 60% of honest answers (no harmful practice) be scored with
    # confidence: harmful answers always go to a person, so the share of all answers
    # understates it. A few dev rows, half of them harmful, stand in for a split.
    from soplab import coach

    dev = wa.load(wa.ANSWERS, "dev")
    rows = ([r for r in dev if r["harmful"] == "1"][:6]
            + [r for r in dev if r["harmful"] == "0"][:6])
    out = tmp_path / "answers.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setattr(wa, "ANSWERS", out)
    assert wa.main(["--split", "dev"]) == 0
    printed = capsys.readouterr().out
    honest = [r for r in rows if r["harmful"] == "0"]
    sure = sum(not coach.assess(r["text"], r["expected_kind"]).needs_review for r in honest)
    line = next(x for x in printed.splitlines() if x.startswith("honest answers"))
    assert line == (f"honest answers (no harmful practice) scored with confidence: "
                    f"{sure} of 6 = {sure / 6:.3f}")
