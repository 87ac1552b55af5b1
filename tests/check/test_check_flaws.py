"""Item-writing flaws: each kind found on a small copy of the course broken in one way."""

from __future__ import annotations

from check.check_helpers import ITEMS, append_rows, edit_rows, matching, run
from soplab.course.check.flaws import content_words

SAVING = "00-saving"


def _scenario(item_id: str, prompt: str, choices: list[str], label: str) -> dict[str, str]:
    return {"id": item_id, "objective": "ORIENTATION", "exercise": SAVING, "kind": "practice",
            "prompt": prompt, "label": label, "explanation": "Because it is the careful move.",
            "misconception": "", "choices": " | ".join(choices),
            "choice_feedback": " | ".join("Feedback for this option." for _ in choices)}


def _flaws(course):
    return run(course, only=["flaws"])


def test_the_small_course_has_no_flaws(course):
    report = _flaws(course)
    assert report.warnings == [], report.text()


def test_a_clearly_longest_answer_is_a_warning_with_the_row(course):
    edit_rows(course / ITEMS, lambda r: {**r, "choices": "Start again. | Choose Run > Run All "
                                         "Cells, wait for the page, and your saved answers come "
                                         "back as they were. | Email your instructor."}
              if r["id"] == "or-s01" else r)
    report = _flaws(course)
    found = matching(report, "warning", "or-s01", "clearly the longest", file=ITEMS)
    assert found and found[0].place == "8", report.text()
    assert "write the other options as fully" in found[0].fix


def test_a_slightly_longer_answer_is_not_flagged_on_its_own(course):
    edit_rows(course / ITEMS, lambda r: {**r, "choices": "Start the whole set again from the "
                                         "top. | Choose Run > Run All Cells to see them again. | "
                                         "Email your answers to the instructor."}
              if r["id"] == "or-s01" else r)
    assert not matching(_flaws(course), "warning", "or-s01", "clearly the longest")


def test_answers_longest_far_more_often_than_chance_warn_for_the_set_and_course(course):
    rows = [_scenario(f"or-s9{n}", f"Situation number {n} on {day}. What do you do?",
                      ["Wait and see what happens.", "Ask your instructor for help.",
                       "Save your notebook and choose Run All."], "C")
            for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                     "Saturday", "Sunday"])]
    append_rows(course / ITEMS, rows)
    report = _flaws(course)
    assert matching(report, "warning", f"set '{SAVING}'", "longest option in"), report.text()
    assert matching(report, "warning", "across the course", "longest in"), report.text()
    assert not matching(report, "warning", "clearly the longest")  # no single item is flagrant


def test_answers_shortest_far_more_often_than_chance_warn_too(course):
    rows = [_scenario(f"or-s8{n}", f"Another situation, number {n}. What do you do?",
                      ["Run All.", "Close the notebook and wait for an email from someone.",
                       "Delete the answers folder and start the whole set again."], "A")
            for n in range(7)]
    append_rows(course / ITEMS, rows)
    assert matching(_flaws(course), "warning", f"set '{SAVING}'", "shortest option")


def test_a_classify_set_whose_longest_choice_is_nearly_always_right(course):
    rows = [{"id": f"or-p8{n}", "objective": "ORIENTATION", "exercise": "00-privacy",
             "kind": "practice", "prompt": f"A made-up story number {n} about {word}.",
             "label": "Fine to type here", "explanation": "Made-up stories are fine.",
             "misconception": "", "choices": "", "choice_feedback": ""}
            for n, word in enumerate(["bedtime", "school", "visits", "meals", "cousins", "rent",
                                      "buses", "phones", "gardens", "games"])]
    append_rows(course / ITEMS, rows)
    assert matching(_flaws(course), "warning", "set '00-privacy'", "longest choice")


def test_all_of_the_above_is_a_warning(course):
    edit_rows(course / ITEMS, lambda r: {**r, "choices": r["choices"] + " | All of the above",
                                         "choice_feedback": r["choice_feedback"] + " | No."}
              if r["id"] == "or-s02" else r)
    report = _flaws(course)
    found = matching(report, "warning", "or-s02", "option D", "all of the above")
    assert found, report.text()


def test_an_answer_that_alone_repeats_the_question_words_is_a_warning(course):
    append_rows(course / ITEMS, [_scenario(
        "or-s70", "The grandmother speaks Tagalog and wants to join the family meeting about "
        "the toddler's bedtime. What do you arrange?",
        ["A chat later on.", "An interpreter so the grandmother can join the family meeting "
         "about bedtime in Tagalog.", "A written summary afterwards in plain English words."],
        "B")])
    report = _flaws(course)
    found = matching(report, "warning", "or-s70", "repeats the question's words")
    assert found, report.text()
    assert "grandmother" in found[0].message


def test_negative_question_is_a_warning_unless_emphasised(course):
    append_rows(course / ITEMS, [
        _scenario("or-s71", "A box says your answers could not be read. Which should you not "
                  "do?", ["Delete the folder.", "Tell your instructor.", "Answer again."], "A"),
        _scenario("or-s72", "A box says your answers could not be read. Which should you NOT "
                  "do?", ["Delete the folder.", "Tell your instructor.", "Answer again."], "A"),
        _scenario("or-s73", 'She says, "I did not sleep." What do you say?',
                  ["Sorry to hear it.", "Shall we begin?", "Let us sit down."], "C"),
    ])
    report = _flaws(course)
    assert matching(report, "warning", "or-s71", "negative", "'not'"), report.text()
    assert not matching(report, "warning", "or-s72", "negative")
    assert not matching(report, "warning", "or-s73", "negative")  # quoted speech is the scene


def test_content_words_ignore_small_words_and_plurals():
    assert content_words("The children's grandmothers, and a dog") == {"children",
                                                                        "grandmother"}
