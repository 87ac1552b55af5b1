"""The test-wise learner: surface cues against chance, on tiny banks built to fail or pass."""

from __future__ import annotations

from check.check_helpers import ITEMS, append_rows, edit_rows, matching, run
from soplab.course.check import testwise
from soplab.course.check.config import CheckConfig
from soplab.engine.items import Item

GRADED = "00-graded-door"
EXERCISES = "data/exercises.csv"


def _add_graded_set(course, widget: str = "scenario", choices: str = "") -> None:
    append_rows(course / EXERCISES, [{
        "exercise": GRADED, "assignment": "00-orientation", "widget": widget,
        "kind": "assessment", "title": "Graded: a test", "choices": choices, "points": "",
        "instructions": "Choose the best answer.", "keep_order": ""}])


def _scenario(number: int, options: list[str], key: int) -> dict[str, str]:
    return {"id": f"or-g{number:02d}", "objective": "ORIENTATION", "exercise": GRADED,
            "kind": "assessment", "prompt": f"Question {number}: what do you do at the door?",
            "label": "ABCD"[key], "explanation": "Why each option is or is not best practice.",
            "misconception": "", "choices": " | ".join(options),
            "choice_feedback": " | ".join("Why this option." for _ in options)}


def _testwise(course):
    return run(course, only=["testwise"])


# Four options of different lengths; which one is the key varies below.
_SHORT = "Knock once."
_MID = "Knock at an ordinary pace."
_LONGER = "Knock at an ordinary pace and step back."
_LONGEST = "Knock at an ordinary pace, step back where you can be seen, and wait."


def test_a_bank_whose_longest_option_is_always_the_key_warns_and_names_the_items(course):
    _add_graded_set(course)
    rows = []
    for n in range(1, 7):
        options = [_SHORT, _MID, _LONGER, _LONGEST]
        key = n % 4  # the key moves, so position alone does not give it away
        options[key], options[3] = options[3], options[key]
        rows.append(_scenario(n, options, key))
    append_rows(course / ITEMS, rows)
    report = _testwise(course)
    found = matching(report, "warning", GRADED, "'longest'", "by chance")
    assert found, report.text()
    assert "or-g01" in found[0].message and "or-g06" in found[0].message
    notes = matching(report, "note", GRADED, "longest 100%", "chance 25%")
    assert notes, report.text()


def test_a_balanced_bank_does_not_warn(course):
    _add_graded_set(course)
    texts = ["Knock at an ordinary pace, then wait.",
             "Knock hard, then call out your name.",
             "Ring the bell, then step back a pace.",
             "Phone ahead, then knock at the door."]
    rows = []
    for n in range(1, 9):
        key = (n // 2) % 4  # each position twice, each text the key twice
        options = texts[n % 4:] + texts[:n % 4]
        rows.append(_scenario(n, options, key))
    append_rows(course / ITEMS, rows)
    report = _testwise(course)
    assert matching(report, "warning", "by chance") == [], report.text()
    assert matching(report, "note", GRADED, "longest"), report.text()


def test_the_only_option_that_asks_is_a_cue():
    question = testwise.Question(
        item=Item(
            id="x", objective="O", exercise="e", kind="assessment",
            prompt="Ms. Chen asks what happens now.", label="B"),
        options=("Tell her to wait for a letter.", "Ask her what she wants to know first?",
                 "Say the agency will decide later."), key=1)
    picks = testwise.choice_cues(question)
    assert picks["only one that asks"] == {1}
    assert picks["middle"] == {1}
    assert picks["first"] == {0}


def test_a_tell_word_in_sorting_warns_with_the_word(course):
    # Every True statement says "saved", no False one does: sorting by the word wins.
    def change(row):
        if row["exercise"] != "00-how-it-works":
            return row
        return {**row, "prompt": (f"Your work is saved: {row['prompt']}"
                                  if row["label"] == "True" else row["prompt"])}
    edit_rows(course / ITEMS, change)
    append_rows(course / ITEMS, [
        {"id": f"or-a{n}", "objective": "ORIENTATION", "exercise": "00-how-it-works",
         "kind": "assessment", "prompt": text, "label": label,
         "explanation": "A full sentence that says why.", "misconception": "", "choices": "",
         "choice_feedback": ""}
        for n, (text, label) in enumerate([
            ("Everything you choose is saved in your folder.", "True"),
            ("Your instructor sees every keystroke live.", "False"),
            ("Answers are saved beside the notebook.", "True"),
            ("A restart loses your answers.", "False")], start=11)])
    report = _testwise(course)
    found = matching(report, "warning", "00-how-it-works", "tell word", "'saved' for True")
    assert found, report.text()


def test_tell_words_need_most_of_one_label_and_few_of_the_others():
    pool = [({"worried", "may"}, "Danger"), ({"worried", "could"}, "Danger"),
            ({"last", "week"}, "Harm"), ({"worried", "hit"}, "Harm"),
            ({"rent"}, "Factor"), ({"job"}, "Factor")]
    tells = testwise.tell_words(pool)
    assert "worried" not in tells.get("Danger", set())  # one of four others has it (25%)
    pool[3] = ({"hit"}, "Harm")
    assert "worried" in testwise.tell_words(pool)["Danger"]


def test_the_margin_is_a_setting(course):
    assert CheckConfig().testwise_margin == 0.10
    _add_graded_set(course)
    rows = [_scenario(n, [_SHORT, _MID, _LONGER, _LONGEST] if n < 3 else
                      [_LONGEST, _SHORT, _MID, _LONGER], n % 4) for n in range(1, 9)]
    append_rows(course / ITEMS, rows)
    (course / "pyproject.toml").write_text("[tool.soplab.check]\ntestwise_margin = 0.9\n")
    assert matching(_testwise(course), "warning", "by chance") == []


def test_lengths_within_a_tenth_look_the_same_but_a_middle_length_key_is_a_cue():
    def cues(options, key):
        item = Item(id="x", objective="O", exercise="e", kind="assessment",
                    prompt="What do you do?", label="ABCD"[key])
        return testwise.choice_cues(testwise.Question(item, tuple(options), key))

    close = cues(["a" * 100, "b" * 96, "c" * 104], 0)
    assert close["longest"] == {0, 1, 2} and close["shortest"] == {0, 1, 2}
    spread = cues(["a" * 60, "b" * 100, "c" * 140, "d" * 180], 1)
    assert spread["longest"] == {3} and spread["shortest"] == {0}
    assert spread["middle length"] == {1, 2}


def test_a_key_that_is_never_longest_or_shortest_warns(course):
    _add_graded_set(course)
    rows = []
    for n in range(1, 9):
        texts = ["Knock once, then wait.", "Knock at an ordinary pace, then wait there.",
                 "Knock at an ordinary pace, step back where you can be seen, then wait.",
                 "Knock at an ordinary pace, step back where you can be seen by the family "
                 "inside, then wait a while."]
        key = 1 + n % 2  # always one of the two middle lengths
        rows.append(_scenario(n, texts, key))
    append_rows(course / ITEMS, rows)
    report = _testwise(course)
    assert matching(report, "warning", "'middle length'", "by chance"), report.text()
