"""The learned second reader for harmful practice (round 6): its features, its weights read
on first use, when it speaks (only for an item's answer, only where no rule finds anything,
only from :data:`HARMFUL_AT`), what the learner is told, and what it does to the score.
Sentences are the project's own."""

from __future__ import annotations

import csv
import importlib.util
import shutil

from soplab._core.paths import data_path, repo_root
from soplab.coach import analyse, assess
from soplab.coach.harmmodel import (
    HARM_LABELS,
    HARM_WEIGHTS_FILE,
    HARMFUL_AT,
    harm_features,
    harm_probabilities,
    second_reading,
)
from soplab.coach.kindmodel import weights
from soplab.coach.safety import cap

LEXICON = data_path("lexicon")


def _lexicon_with(tmp_path, rows: dict[str, dict[str, float]]):
    """A copy of the course's lexicon whose harm reader has only these weights."""
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON, folder)
    with (folder / HARM_WEIGHTS_FILE).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["feature", *HARM_LABELS])
        for feature, ws in rows.items():
            out.writerow([feature, *(ws.get(label, "") for label in HARM_LABELS)])
    return folder


#: A reader that knows one made-up word, "zorbled", as violence told as shared (no rule
#: knows the word).
ZORBLE = {"<bias>": {"none": 2.0}, "w:zorbled": {"dv-mutual": 4.0}}


def test_common_words_and_names_are_left_out_and_the_kind_is_a_feature() -> None:
    feats = harm_features("Yesterday Dario and Lupe had a squabble in the kitchen.", "harm")
    assert {"w:squabble", "w:kitchen", "b:a_squabble", "kind:harm"} <= feats
    assert not {"w:and", "w:had", "w:the", "b:in_the"} & feats
    assert not any("dario" in f or "lupe" in f for f in feats)


def test_no_weights_file_no_reader(tmp_path) -> None:
    assert weights(str(tmp_path), HARM_WEIGHTS_FILE, HARM_LABELS) == {}
    assert harm_probabilities("They had a squabble.", "harm", str(tmp_path)) == {}
    assert second_reading("They had a squabble.", "harm", tmp_path) is None


def test_the_shipped_weights_name_every_label() -> None:
    with (LEXICON / HARM_WEIGHTS_FILE).open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["feature", *HARM_LABELS]
    p = harm_probabilities("Dad hit Mum on Friday while Leo watched.", "harm", str(LEXICON))
    assert set(p) == set(HARM_LABELS) and abs(sum(p.values()) - 1) < 1e-9


def test_it_speaks_from_harmful_at_names_the_practice_and_its_lesson(tmp_path) -> None:
    folder = _lexicon_with(tmp_path, ZORBLE)
    text = "On Friday night Dario and Lupe zorbled and Nico (7) hid in his room."
    p = harm_probabilities(text, "harm", str(folder))
    assert 1 - p["none"] >= HARMFUL_AT and max(p, key=p.get) == "dv-mutual"
    found = second_reading(text, "harm", folder)
    assert found is not None and found.rule == "possible-harm" and found.cost == 0.25
    assert "both partners" in found.message  # the reader leans clearly to one practice
    assert "guess" in found.message and "a person checks it" in found.message
    assert found.lesson == "03 Harm and danger: when there is violence at home"
    # below the threshold, or for a kind it was not trained on, it says nothing
    assert second_reading("On Friday Dario hit Lupe and Nico (7) hid.", "harm", folder) is None
    assert second_reading(text, "plan", folder) is None
    assert second_reading(text, None, folder) is None


def test_its_finding_caps_the_score_and_sends_the_answer_to_a_person(tmp_path) -> None:
    folder = _lexicon_with(tmp_path, ZORBLE)
    text = ("On Friday night (12 April) Dario zorbled Lupe in the kitchen and Nico (7) hid "
            "in his room, crying.")
    plain = analyse(text, "harm")
    assert not plain.findings  # no rule knows the word (else this test proves nothing)
    read = analyse(text, "harm", lexicon_dir=folder)
    assert [f.rule for f in read.findings] == ["possible-harm"]
    assert cap(read.findings) == 0.25 == cap(plain.findings) - 0.75  # what assess applies
    assert analyse(text, lexicon_dir=folder).findings == ()  # no item asked: no reader


def test_a_rule_finding_comes_first_and_the_reader_is_not_asked(tmp_path) -> None:
    folder = _lexicon_with(tmp_path, {"<bias>": {"dv-mutual": 9.0}})  # "harmful" always
    text = "On 2 May the parents had a fight in the kitchen and Nico (7) was scared."
    assert [f.rule for f in analyse(text, "harm", lexicon_dir=folder).findings] == ["dv-mutual"]


#: Found by the shipped reader where no rule reads it: the survivor made the one who
#: reports on him (to his probation officer), in words the rules do not know.
READER_ONLY = ("goal", "For six months Ana will call Rafael's probation officer if he drinks, "
                       "and Tia Rosa will see Mateo is safe.")


def test_the_grade_and_the_checklist_agree_on_what_the_shipped_reader_flags() -> None:
    texts = [READER_ONLY] + [(k, t) for k, h, s in PAIRS for t in (h, s)]
    for kind, text in texts:
        result, graded = analyse(text, kind), assess(text, kind)
        assert [f.rule for f in result.findings] == [f.rule for f in graded.findings]
        if any(f.rule == "possible-harm" for f in graded.findings):
            assert graded.score <= 0.25 and graded.needs_review
    graded = assess(READER_ONLY[1], READER_ONLY[0])
    assert [f.rule for f in graded.findings] == ["possible-harm"]
    assert "guess" in graded.findings[0].message


def test_without_a_clear_lean_it_names_no_one_practice(tmp_path) -> None:
    folder = _lexicon_with(tmp_path, {"<bias>": {"none": 2.0},
                                      "w:zorbled": {"dv-mutual": 4.0, "label": 4.0}})
    found = second_reading("On Friday Dario zorbled and Nico (7) hid.", "harm", folder)
    assert found is not None and "one of those the course warns against" in found.message
    assert "both partners" not in found.message and found.evidence == ""


#: Harmful answers in the project's own words, each beside a sound rewrite of the same
#: facts. The reader must think the harmful one the likelier harmful in most pairs.
PAIRS = [
    ("harm", "Last Tuesday Ana and Rafael got into it again over his drinking and Mateo (6) "
             "saw the whole thing.",
     "Last Tuesday Rafael shoved Ana against the fridge and Mateo (6) saw him do it."),
    ("danger", "The worker is worried that Ana's depression will keep her from looking after "
               "Mateo and he could go hungry.",
     "The worker is worried that Ana may stay in bed all day and not make Mateo's meals, and "
     "he could go hungry."),
    ("goal", "For six months Ana will tell the worker every time Rafael drinks, and the "
             "school will see Mateo is safe.",
     "For six months Rafael will not drink when Mateo is in his care, and Tia Rosa and the "
     "school will see this."),
    ("goal", "Mateo (9) will watch his baby sister whenever Ana goes out, for six months.",
     "Tia Rosa will look after the baby whenever Ana goes out, for six months, and the "
     "worker will see this."),
    ("goal", "Rafael will attend anger management and a parenting class for six months.",
     "For six months Rafael will leave the house and call his brother when he feels angry, "
     "and Tia Rosa and the worker will see this."),
    ("danger", "The worker is worried that when Ana nags Rafael about money he may hit her "
               "again while Mateo is home.",
     "The worker is worried that Rafael may hit Ana again while Mateo is home, and Mateo "
     "could be hurt or badly frightened."),
    ("harm", "Ana told the worker in private that Rafael has done this many times, and on "
             "Sunday Mateo (6) saw him slap her.",
     "On Sunday Rafael slapped Ana in the living room and Mateo (6) saw it and cried."),
    ("danger", "We are worried that Ana, an alcoholic, will neglect Mateo again.",
     "We are worried that Ana may drink until she passes out while she is alone with Mateo "
     "(2), and he could get hurt with nobody to help him."),
]


def test_the_shipped_reader_mostly_ranks_the_harmful_answer_above_its_sound_rewrite() -> None:
    def p(kind: str, text: str) -> float:
        return 1 - harm_probabilities(text, kind, str(LEXICON))["none"]

    wrong = [harmful for kind, harmful, sound in PAIRS if p(kind, harmful) <= p(kind, sound)]
    assert len(wrong) <= 1, wrong  # a word model is no oracle: one near tie is allowed


def test_the_shipped_reader_leaves_sound_answers_alone() -> None:
    flagged = [sound for kind, _, sound in PAIRS
               if 1 - harm_probabilities(sound, kind, str(LEXICON))["none"] >= HARMFUL_AT]
    assert not flagged


def test_the_trainer_reads_only_spent_splits_and_labels_the_first_harmful_rule() -> None:
    spec = importlib.util.spec_from_file_location(
        "harm_reader", repo_root() / "benchmarks" / "harm_reader.py")
    import sys
    sys.path.insert(0, str(repo_root() / "benchmarks"))
    try:
        hr = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(hr)
        wa = sys.modules.get("writing_agreement") or __import__("writing_agreement")
    finally:
        sys.path.remove(str(repo_root() / "benchmarks"))
    assert wa.BLIND not in hr.SPLITS and set(hr.SPLITS) <= set(wa.TUNE)
    assert {r["split"] for r in hr.load()} == set(hr.SPLITS)
    assert hr.label({"harmful": "1", "harmful_rule": "wrong-kind;label"}) == \
        HARM_LABELS.index("label")
    assert hr.label({"harmful": "0", "harmful_rule": "wrong-kind"}) == 0


def test_the_shipped_reader_flags_none_of_the_courses_model_answers() -> None:
    from soplab._core.labels import split_kind
    from soplab.engine.items import load_bank

    bank = load_bank()
    models = [(split_kind(item.label)[0],
               item.explanation.removeprefix("Model: ").split(" (Look for")[0].strip())
              for item in bank.items.values()
              if bank.exercises[item.exercise].widget == "text"]
    models = [(kind, text) for kind, text in models if text]
    assert len(models) >= 20
    flagged = [text[:60] for kind, text in models if second_reading(text, kind, LEXICON)]
    assert not flagged
