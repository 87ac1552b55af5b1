"""Item-bank checks, each on a small copy of the course broken in one way."""

from __future__ import annotations

from check.check_helpers import ITEMS, append_rows, edit_rows, matching, run
from soplab.course.check.banks import row_ranges


def _item(**fields) -> dict[str, str]:
    base = {"id": "", "objective": "ORIENTATION", "exercise": "00-privacy", "kind": "practice",
            "prompt": "", "label": "Fine to type here", "explanation": "Because it is made up.",
            "misconception": "", "choices": "", "choice_feedback": ""}
    return {**base, **fields}


def test_the_small_course_has_no_errors(course):
    report = run(course)
    assert report.errors == [], report.text()
    assert not report.failed()


def test_loader_problems_are_errors_with_file_and_row(course):
    edit_rows(course / ITEMS, lambda r: {**r, "label": "Maybe"} if r["id"] == "or-p02" else r)
    report = run(course)
    found = matching(report, "error", "label", "'Maybe'", file=ITEMS)
    assert found, report.text()
    assert found[0].place == "3"
    assert report.failed()


def test_same_problem_on_many_rows_is_reported_once():
    assert row_ranges([2, 3, 4, 9, 11, 12]) == "2-4,9,11-12"


def test_exact_duplicate_prompt_in_a_set_is_an_error(course):
    append_rows(course / ITEMS, [_item(
        id="or-p99", prompt="A case number from your county's system.",
        label="Never type here")])
    report = run(course)
    found = matching(report, "error", "or-p99", "same prompt as or-p04")
    assert found, report.text()


def test_assessment_prompt_reused_as_practice_is_an_error(course):
    prompts = {}
    edit_rows(course / ITEMS, lambda r: prompts.setdefault(r["id"], r["prompt"]) and r)
    graded = prompts["or-a01"]
    append_rows(course / ITEMS, [_item(id="or-p98", prompt=graded)])
    report = run(course)
    assert matching(report, "error", "or-p98", "graded"), report.text()


def test_near_duplicate_prompt_is_a_warning(course):
    append_rows(course / ITEMS, [_item(
        id="or-p97", prompt="A case number from your county's own system!",
        label="Never type here")])
    report = run(course)
    found = matching(report, "warning", "or-p97", "nearly the same prompt as or-p04")
    assert found, report.text()
    assert report.errors == []


def test_practice_scenario_item_without_feedback_is_an_error(course):
    edit_rows(course / ITEMS, lambda r: {**r, "choice_feedback": "||", "explanation": ""}
              if r["exercise"] == "00-saving" and r["id"].endswith("1") else r)
    report = run(course)
    assert matching(report, "error", "practice item without an explanation"), report.text()


def test_unbalanced_classify_set_is_a_warning(course):
    before = matching(run(course), "warning", "00-privacy", "learners can score well")
    append_rows(course / ITEMS, [
        _item(id=f"or-p8{n}", prompt=f"A made-up family number {n} from the course's stories "
              f"about {word}.")
        for n, word in enumerate(["bedtime", "school", "visits", "meals", "cousins", "rent",
                                  "buses", "phones"])
    ])
    report = run(course)
    assert not before
    found = matching(report, "warning", "00-privacy", "'Fine to type here'", "learners can "
                     "score well")
    assert found, report.text()


def test_scenario_set_with_best_option_always_first_is_a_warning(course):
    append_rows(course / ITEMS, [
        _item(id=f"or-s9{n}", exercise="00-saving", prompt=f"On {day}, {event}. What now?",
              label="A", choices="Do this | Do that", choice_feedback="Good. | Less good.",
              explanation="")
        for n, (day, event) in enumerate([
            ("Monday", "the page is blank"), ("Tuesday", "the power went out"),
            ("Wednesday", "a box shows a red message"), ("Thursday", "the clock is wrong"),
            ("Friday", "my mouse stopped"), ("Saturday", "a colleague asks for help"),
            ("Sunday", "I forgot my password")])
    ])
    report = run(course)
    assert matching(report, "warning", "00-saving", "best option is A"), report.text()


def test_graded_item_with_a_one_word_explanation_is_a_warning(course):
    edit_rows(course / ITEMS, lambda r: {**r, "explanation": "True."}
              if r["id"] == "or-a01" else r)
    report = run(course)
    found = matching(report, "warning", "or-a01", "short explanation ('True.')")
    assert found and found[0].place, report.text()
    assert not matching(report, "warning", "or-a02", "explanation"), report.text()
