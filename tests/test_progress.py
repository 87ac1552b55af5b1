"""My progress: read from a learner's own folders, practice only, honest about graded work."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from soplab.engine.progress import (
    MAP_FILE,
    NOT_STARTED,
    PASSED,
    REVISIT,
    STARTED,
    course_map,
    progress_report,
)
from soplab.engine.rubrics import perfect_answer
from soplab.engine.widgets.progress_view import progress_html, show_progress

from coursekit import REPO, write_answers, write_raw


@pytest.fixture
def learner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a learner has: release folders only, no course root anywhere above, and a
    Jupyter data folder of their own (where nbgrader keeps copies of submissions)."""
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))
    home = tmp_path / "learner"
    for name in ("04-goals-and-plans", "05-solution-focused-questions", "09-my-progress"):
        shutil.copytree(REPO / "release" / name, home / name,
                        ignore=shutil.ignore_patterns("answers"))
    monkeypatch.chdir(home / "09-my-progress")
    return home


def _content(home: Path, assignment: str) -> dict:
    return json.loads((home / assignment / "exercises.json").read_text(encoding="utf-8"))


def _objective(report, objective: str):
    return next(o for o in report.objectives if o.objective == objective)


def test_nothing_answered_is_not_started(learner: Path) -> None:
    report = progress_report()
    assert report.assignments == ["04-goals-and-plans", "05-solution-focused-questions",
                                  "09-my-progress"]
    assert _objective(report, "LO4").status == NOT_STARTED
    assert "not on your computer" in report.text()
    assert not report.revisit


def test_all_right_passes_and_wrong_answers_ask_for_a_revisit(learner: Path) -> None:
    data = _content(learner, "05-solution-focused-questions")["exercises"]
    folder = learner / "05-solution-focused-questions"
    for set_id, body in data.items():
        if body["kind"] != "practice":
            continue
        values = {}
        for item in body["items"]:
            values[item["id"]] = item.get("answer") or "A written answer."
        write_answers(folder, set_id, values)
    report = progress_report()
    lo5 = _objective(report, "LO5")
    assert lo5.status == PASSED and lo5.answered == lo5.total and lo5.right == lo5.keyed

    # now get most of the question-type practice wrong
    types = data["05-question-types"]
    wrong = {i["id"]: next(o for o in i["options"] if o != i["answer"]) for i in types["items"]}
    write_answers(folder, "05-question-types", wrong)
    report = progress_report()
    assert _objective(report, "LO5").status == REVISIT
    assert [s.exercise for s in report.revisit] == ["05-question-types"]
    html = progress_html(report)
    assert "↻" in html and "What kind of question is it?" in html
    assert "Worth revisiting" in html  # words, not colour alone


def test_partly_done_is_started_and_graded_answers_are_only_counted(learner: Path) -> None:
    folder = learner / "04-goals-and-plans"
    data = _content(learner, "04-goals-and-plans")["exercises"]
    first = data["04-goal-or-plan"]["items"][0]
    write_answers(folder, "04-goal-or-plan", {first["id"]: first["answer"]})
    graded = data["04-graded-sort"]["items"]
    assert all("answer" not in i for i in graded)  # no key on the learner's computer
    write_answers(folder, "04-graded-sort", {graded[0]["id"]: graded[0]["options"][0]})
    report = progress_report()
    lo4 = _objective(report, "LO4")
    assert lo4.status == STARTED
    assert lo4.graded_answered == 1 and lo4.graded_total >= 10
    assert lo4.right == 1


def test_builder_practice_counts_by_its_checklist(learner: Path) -> None:
    folder = learner / "04-goals-and-plans"

    class Item:
        label = "plan-rubric"

    write_answers(folder, "04-plan-practice", {"gp-pl1": perfect_answer(Item)})
    sets = {s.exercise: s for s in progress_report().sets}
    assert sets["04-plan-practice"].right == 1
    write_answers(folder, "04-plan-practice", {"gp-pl1": {"rules": [{"rule": "Someone helps"}]}})
    sets = {s.exercise: s for s in progress_report().sets}
    assert sets["04-plan-practice"].right == 0 and sets["04-plan-practice"].needs_revisit


def test_damaged_answer_files_do_not_break_the_page(learner: Path) -> None:
    write_raw(learner / "04-goals-and-plans", "04-goal-or-plan", "{not json")
    report = progress_report()
    assert _objective(report, "LO4").status == NOT_STARTED


def test_without_the_course_map_it_says_so(learner: Path) -> None:
    (learner / "09-my-progress" / MAP_FILE).unlink()
    report = progress_report()
    assert report.objectives == []
    assert "objectives was not found" in report.text()


def test_alone_in_a_folder_it_explains_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    lonely = tmp_path / "x" / "09-my-progress"
    lonely.mkdir(parents=True)
    assert "No assignments were found" in progress_report(lonely).text()


def test_the_panel_refreshes(learner: Path) -> None:
    view = show_progress()
    assert "Not started yet" in view.panel.value
    folder = learner / "04-goals-and-plans"
    items = _content(learner, "04-goals-and-plans")["exercises"]["04-goal-or-plan"]["items"]
    write_answers(folder, "04-goal-or-plan", {i["id"]: i["answer"] for i in items})
    view.button.click()
    assert "Started" in view.panel.value
    assert view._repr_mimebundle_()["text/plain"].startswith("My progress")


def test_course_map_is_learner_safe_and_matches_the_bank(bank) -> None:
    shipped = json.loads((REPO / "source" / "09-my-progress" / MAP_FILE).read_text("utf-8"))
    fresh = course_map(bank)
    text = json.dumps(shipped)
    for item in bank.items.values():
        if item.kind == "assessment" and item.explanation:
            assert item.explanation not in text
    for set_id, body in shipped["sets"].items():
        if set_id in fresh["sets"]:
            assert body["objectives"] == fresh["sets"][set_id]["objectives"], set_id
    for assignment in ("04-goals-and-plans", "05-solution-focused-questions",
                       "06-teaming-humility-trauma", "07-family-as-experts", "08-capstone"):
        assert any(b["assignment"] == assignment for b in shipped["sets"].values())


# -- objective titles, graded work sent and returned ---------------------------------------
def test_objectives_are_named_by_their_titles_not_codes(learner: Path) -> None:
    report = progress_report()
    shown = progress_html(report) + report.text()
    assert not re.search(r"\bLO\d\b|ORIENTATION", shown), shown
    assert "Goals versus plans" in shown and "Solution-focused questions" in shown


def _feedback_page(points_right: bool = True, *, waiting: bool = False) -> str:
    from soplab.cohort.feedback import build_feedback, render_page
    from soplab.engine.items import load_bank

    bank = load_bank(REPO)
    assignment = "04-goals-and-plans"
    values, grades = {}, {}
    for ex in bank.exercises_for(assignment):
        items = bank.items_for(ex.id)
        values[ex.id] = {i.id: i.label if points_right else "Neither" for i in items}
        if not ex.is_practice:
            grades[f"score-{ex.id}"] = {"auto": 2.0 if points_right else 0.0, "manual": None,
                                        "extra": None, "max": 4.0}
    grades["task-04-reflection"] = {"auto": None, "manual": None if waiting else 2.0,
                                    "extra": None, "max": 3.0, "comment": ""}
    fb = build_feedback(bank, assignment, assignment, "04 · Goals and plans", values=values,
                        grades=grades, tasks={"task-04-reflection": "**For your instructor "
                                                                    "(3 points).** Why."})
    return render_page(fb)


def _fetch(home: Path, assignment: str, stamp: str, page: str) -> Path:
    folder = home / assignment / "feedback" / stamp
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{assignment}.html").write_text(page, encoding="utf-8")
    return folder


def test_returned_results_come_from_the_newest_feedback_page(learner: Path) -> None:
    _fetch(learner, "04-goals-and-plans", "2026-11-02 09:00:00.000000 UTC",
           _feedback_page(points_right=False))
    _fetch(learner, "04-goals-and-plans", "2026-11-20 16:30:00.000000 UTC",
           _feedback_page(waiting=True))
    report = progress_report()
    work = {g.assignment: g for g in report.graded}
    assert list(work) == ["04-goals-and-plans", "05-solution-focused-questions"]
    goals = work["04-goals-and-plans"]
    assert goals.title == _content(learner, "04-goals-and-plans")["title"]
    assert goals.title.startswith("04 · ")
    assert goals.result is not None and goals.result.waiting_points == 3
    assert goals.result_text().startswith(f"{goals.result.points:g} of ")
    assert "more points still to come from your instructor" in goals.result_text()
    assert work["05-solution-focused-questions"].result is None
    html = progress_html(report)
    assert "Graded work" in html and "view feedback" in html
    assert "No results yet" in html  # 05: nothing submitted, nothing returned


def test_a_feedback_page_is_read_as_data_only(learner: Path) -> None:
    from soplab.engine.returned import summary_from_page

    page = _feedback_page()
    assert summary_from_page(page.encode())["title"] == "04 · Goals and plans"
    hostile = page.replace('id="soplab-feedback">', 'id="soplab-feedback">{"schema": "x"}'
                           '</script><script type="application/json" id="other">')
    assert summary_from_page(hostile.encode()) is None
    assert summary_from_page(b"<html><script>alert(1)</script></html>") is None
    deep = '{"schema": "soplab-feedback", "points": 1, "max_points": 2, "parts": [[[[[1]]]]]}'
    assert summary_from_page(
        f'<script type="application/json" id="soplab-feedback">{deep}</script>'.encode()) is None
    _fetch(learner, "04-goals-and-plans", "2026-11-20 16:30:00.000000 UTC", "<p>not ours</p>")
    link = learner / "04-goals-and-plans" / "feedback" / "2026-12-01 10:00:00.000000 UTC"
    link.symlink_to(learner / "05-solution-focused-questions")
    assert {g.assignment: g.result for g in progress_report().graded}["04-goals-and-plans"] \
        is None


def test_submissions_are_read_from_nbgrader_s_cache(learner: Path, tmp_path: Path) -> None:
    cache = tmp_path / "jupyter-data" / "nbgrader_cache" / "sop-er-best-practices"
    for stamp in ("2026-11-20 16:30:00.000000 UTC", "2026-11-02 09:00:00.000000 UTC"):
        (cache / f"ana+04-goals-and-plans+{stamp}").mkdir(parents=True)
    (cache / "ana+99-elsewhere+2026-11-02 09:00:00.000000 UTC").mkdir()
    (cache / "not a submission").mkdir()
    work = {g.assignment: g for g in progress_report().graded}
    goals = work["04-goals-and-plans"]
    assert [t.day for t in goals.submitted] == [2, 20]
    assert goals.submitted_text().startswith("Submitted 2 times; the last on ")
    assert "November 2026 at" in goals.submitted_text()
    assert work["05-solution-focused-questions"].submitted_text() == "Not submitted yet"
    assert goals.result_text() == "Not returned yet: your instructor is grading it"


def test_the_refresh_button_shows_its_whole_label(learner: Path) -> None:
    view = show_progress()
    assert view.button.description == "Refresh my progress"
    assert view.button.layout.width == "auto"  # ipywidgets' fixed width cut it short
