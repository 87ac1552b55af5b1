"""The review queue's parts on their own: which answers wait, the rubric lines, the
terminal session's keys, and the learner's page (points, "so far", waiting)."""

from __future__ import annotations

import pytest

from soplab.cohort.feedback import build_feedback, render_page
from soplab.cohort.review import (
    Entry,
    group_entries,
    load_rubrics,
    missing_rubrics,
    read_set,
    run_session,
    writing_sets,
)
from soplab.cohort.review.session import parse_score, safe_text
from soplab.engine.items import load_bank

from coursekit import REPO

GOALS = "04-goals-and-plans"
GOOD = ("For the next six months, when Minh is angry or worried about money, he will speak "
        "calmly to Thanh and the children, and he will go to Phuoc's spare room until he is "
        "calm. Phuoc, Ba Lan and the worker will see this every week, so Vy and Bao feel "
        "calm at home.")
FIGHTS = "Minh and Thanh will stop fighting and settle their disagreements calmly."
FIGHTS_2 = "Minh and Thanh will stop arguing and settle their disagreements without fights."
MUTUAL = ("Minh and Thanh will talk through their money worries calmly, and Thanh will text "
          "the worker if Minh gets angry.")


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO)


def test_every_graded_writing_item_has_a_rubric_line(bank):
    rubrics = load_rubrics(REPO)
    assert missing_rubrics(bank, rubrics) == []
    assert {"gp-gg1", "gp-gg2", "sf-gr1", "sf-gr2", "fe-gt1", "fe-gt2"} <= set(rubrics)
    assert set(rubrics) <= set(bank.items)  # no line for an item that does not exist


def test_writing_sets_are_the_graded_text_sets_that_are_not_only_reflections(bank):
    assert writing_sets(bank, GOALS) == ["04-graded-goal"]
    assert writing_sets(bank, "02-at-the-door") == []  # a reflection only: a task cell


def test_harmful_or_unsure_answers_wait_and_confident_safe_ones_do_not(bank):
    readings = {r.item: r for r in read_set(bank, "04-graded-goal",
                                            {"gp-gg1": FIGHTS, "gp-gg2": ""})}
    assert set(readings) == {"gp-gg1"}  # an empty answer is 0 for sure
    assert readings["gp-gg1"].needs_review
    assert readings["gp-gg1"].points <= 0.5  # capped at a quarter of 2 points
    sure = read_set(bank, "04-graded-goal", {"gp-gg1": GOOD})[0]
    assert not sure.needs_review and sure.points == pytest.approx(
        2 * sure.assessment.score)


def _entry(bank, sid: str, text: str) -> Entry:
    readings = read_set(bank, "04-graded-goal", {"gp-gg1": text, "gp-gg2": GOOD})
    return Entry(sid, GOALS, "score-04-graded-goal", "04-graded-goal", "Repair the goal", 4.0,
                 sum(r.points for r in readings), None, "", readings)


def test_groups_put_the_same_question_and_findings_together(bank):
    entries = [_entry(bank, "a", FIGHTS), _entry(bank, "b", MUTUAL),
               _entry(bank, "c", FIGHTS_2)]
    groups = group_entries(entries)
    assert [sorted(e.student for e in g.entries) for g in groups] == [["a", "c"], ["b"]]
    assert "question 1" in groups[0].title


def _script(replies):
    said, it = [], iter(replies)
    return (lambda prompt: next(it, None)), said.append, said


def test_session_accepts_types_skips_and_stops(bank):
    entries = [_entry(bank, s, t) for s, t in (("a", FIGHTS), ("b", FIGHTS_2),
                                               ("c", MUTUAL), ("d", FIGHTS))]
    saved = []
    ask, say, said = _script(["", "", "9", "1,5", "Good start.", "s", "q"])
    result = run_session(group_entries(entries), ask=ask, say=say,
                         save=lambda e, points, comment: saved.append((e.student, points,
                                                                       comment)))
    first, second = saved
    by_id = {e.student: e for e in entries}
    accepted = by_id[first[0]]
    assert first[1] == pytest.approx(accepted.total_with(
        {r.item: round(r.points * 4) / 4 for r in accepted.waiting})) and first[2] == ""
    good = read_set(bank, "04-graded-goal", {"gp-gg2": GOOD})[0].points
    assert second[1] == pytest.approx(1.5 + good) and second[2] == "Good start."
    assert any("'9' is not a score" in line for line in said)
    assert (result.saved, result.skipped, result.stopped, result.left) == (2, 1, True, 2)


def test_learner_text_cannot_drive_the_terminal():
    assert safe_text("calm\x1b[2J\x1b]0;owned\x07 at home\u202e") == "calm?[2J?]0;owned? at home?"
    assert parse_score("0,25", 2) == 0.25 and parse_score("3", 2) is None
    assert parse_score("nan", 2) is None and parse_score("-1", 2) is None


def _grades(bank, needs=False, manual=None, auto=1.34):
    rows = {}
    for ex in bank.exercises_for(GOALS):
        if not ex.is_practice:
            rows[f"score-{ex.id}"] = {"auto": float(ex.points or 2), "manual": None,
                                      "extra": None, "max": float(ex.points or 2)}
    rows["score-04-graded-goal"] = {"auto": auto, "manual": manual, "extra": None, "max": 4.0,
                                    "needs": needs}
    for task in ("task-04-reflection", "task-04-plan-quality"):
        rows[task] = {"auto": None, "manual": 1.0, "extra": None, "max": 3.0}
    return rows


TASKS = {"task-04-reflection": "**For your instructor (3 points).** ...",
         "task-04-plan-quality": "**For your instructor (3 points): the plan.** ..."}


def _page(bank, grades, goal1=GOOD):
    fb = build_feedback(bank, GOALS, GOALS, "04 · Goals", grades=grades, tasks=TASKS,
                        values={"04-graded-goal": {"gp-gg1": goal1, "gp-gg2": GOOD}})
    return fb, render_page(fb)


def test_points_are_rounded_alike_and_so_far_only_while_something_waits(bank):
    fb, page = _page(bank, _grades(bank))
    assert fb.waiting_points == 0
    assert "1.34" not in page and "1.3 of 4 points" in page and '"points": 1.3,' in page
    assert "points so far" not in page and "wait for your instructor" not in page


def test_a_queued_answer_waits_then_shows_the_instructors_points(bank):
    fb, page = _page(bank, _grades(bank, needs=True), FIGHTS)
    assert fb.waiting_points == 2
    assert "⧗ Waiting for your instructor" in page and "points so far." in page
    assert "Suggested score" not in page and "(confidence 0." not in page
    fb, page = _page(bank, _grades(bank, manual=3.0), FIGHTS)
    assert fb.waiting_points == 0 and "Waiting for your instructor" not in page
    assert "✎ Read by your instructor" in page and "3 of 4 points (set by your instructor)" in page


def test_formgrader_view_escapes_the_learners_text(bank):
    from soplab.cohort.review.formgrader import reading_html
    from soplab.engine.scoring import score_values

    text = FIGHTS + ' <script>alert("x")</script><img src=x onerror=alert(1)>'
    values = {"gp-gg1": text}
    html = reading_html(read_set(bank, "04-graded-goal", values), load_rubrics(REPO),
                        score_values(bank, "04-graded-goal", values))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "In the review queue" in html and "Question 2</strong> (gp-gg2): not answered" in html
    assert "Rubric:" in html and "Suggested score:" in html


def test_a_bad_rubric_row_is_named_with_file_row_and_field(tmp_path):
    from soplab.cohort.review import RubricError

    (tmp_path / "data" / "rubrics").mkdir(parents=True)
    path = tmp_path / "data" / "rubrics" / "writing.csv"
    path.write_text('item,rubric\ngp-gg1,"Full credit: ..."\ngp-gg2,\n')
    with pytest.raises(RubricError, match=r"^data/rubrics/writing.csv:3: rubric: is empty"):
        load_rubrics(tmp_path)
    path.write_text("id,text\n")
    with pytest.raises(RubricError, match="must name the columns item,rubric"):
        load_rubrics(tmp_path)


def test_a_part_graded_before_keeps_its_grade_on_enter(bank):
    entry = _entry(bank, "a", FIGHTS)
    entry.manual_score, entry.comment = 3.25, "Earlier comment."
    saved = []
    ask, say, said = _script(["", ""])
    run_session(group_entries([entry]), ask=ask, say=say,
                save=lambda e, points, comment: saved.append((points, comment)))
    assert saved == [(3.25, "")]  # an empty comment keeps the earlier one (record.py)
    assert any("graded this part before: 3.25 of 4" in line for line in said)


def test_similar_answers_follow_each_other_in_a_group(bank):
    money = ("Minh and Thanh will settle their disagreements about money without fights in "
             "front of Vy and Bao.")
    # in alphabetical order 2, 1, 0, 3: likeness puts 0 beside 2 and 1 beside 3
    texts = [FIGHTS, money, "Every day, " + FIGHTS, "Some days " + money]
    entries = [_entry(bank, str(n), t) for n, t in enumerate(texts)]
    (group,) = [g for g in group_entries(entries) if len(g.entries) == 4]
    order = [e.student for e in group.entries]
    assert abs(order.index("0") - order.index("2")) == 1
    assert abs(order.index("1") - order.index("3")) == 1
