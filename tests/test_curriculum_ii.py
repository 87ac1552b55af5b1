"""Curriculum II (04-09): the banks and notebooks meet the course's content rules."""

from __future__ import annotations

from collections import Counter

import nbformat
import pytest

from soplab.engine.items import load_bank

from coursekit import REPO

ASSIGNMENTS = ("04-goals-and-plans", "05-solution-focused-questions",
               "06-teaming-humility-trauma", "07-family-as-experts", "08-capstone")
BUILDERS = ("plan", "network")


@pytest.fixture(scope="module")
def repo_bank():
    return load_bank(REPO)


def _notebook(name: str):
    return nbformat.read(REPO / "source" / name / f"{name}.ipynb", as_version=4)


def _grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_at_least_ten_graded_items(repo_bank, assignment: str) -> None:
    graded = [i for ex in repo_bank.exercises_for(assignment) if not ex.is_practice
              for i in repo_bank.items_for(ex.id)]
    assert len(graded) >= 10, f"{assignment}: {len(graded)} graded items"


@pytest.mark.parametrize("assignment", ASSIGNMENTS[:4])
def test_classification_practice_is_plentiful_and_balanced(repo_bank, assignment: str) -> None:
    sets = [ex for ex in repo_bank.exercises_for(assignment)
            if ex.widget == "classify" and ex.is_practice]
    assert sets, f"{assignment} has no classification practice"
    for ex in sets:
        items = repo_bank.items_for(ex.id)
        assert len(items) >= 12, f"{ex.id}: {len(items)} practice items"
        counts = Counter(i.label for i in items)
        assert set(counts) == set(ex.choices), f"{ex.id}: some choices are never right"
        assert max(counts.values()) <= 0.5 * len(items), f"{ex.id}: unbalanced {counts}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_practice_explains_and_assessment_prompts_are_not_reused(repo_bank,
                                                                 assignment: str) -> None:
    practice, graded = set(), set()
    for ex in repo_bank.exercises_for(assignment):
        for item in repo_bank.items_for(ex.id):
            if ex.is_practice:
                practice.add(item.prompt.lower())
                if ex.widget == "scenario":
                    assert all(len(f) > 20 for f in item.choice_feedback), item.id
                else:
                    assert len(item.explanation) > 40, f"{item.id}: explanation too thin"
            else:
                graded.add(item.prompt.lower())
    assert not practice & graded


def test_scenario_answers_are_spread_over_the_letters(repo_bank) -> None:
    letters = Counter(i.label for a in ASSIGNMENTS for ex in repo_bank.exercises_for(a)
                      if ex.widget == "scenario" for i in repo_bank.items_for(ex.id))
    assert len(letters) == 4 and max(letters.values()) <= 0.4 * sum(letters.values())


def test_every_curriculum_objective_is_taught_and_assessed_here(repo_bank) -> None:
    practised, assessed = set(), set()
    for assignment in ASSIGNMENTS:
        for ex in repo_bank.exercises_for(assignment):
            target = practised if ex.is_practice else assessed
            target.update(i.objective for i in repo_bank.items_for(ex.id))
    for objective in ("LO4", "LO5", "LO6", "LO7", "LO8"):
        assert objective in practised and objective in assessed, objective


def test_writing_models_satisfy_the_coach(repo_bank) -> None:
    coach = pytest.importorskip("soplab.coach")
    for assignment in ASSIGNMENTS:
        for ex in repo_bank.exercises_for(assignment):
            for item in repo_bank.items_for(ex.id):
                if ex.widget != "text" or item.label == "reflection":
                    continue
                model = item.explanation.removeprefix("Model: ").split(" (Look for")[0]
                score = coach.written_score(model, item.label)
                assert score >= 0.95, f"{item.id}: the example scores {score}"


@pytest.mark.parametrize("assignment", (*ASSIGNMENTS, "09-my-progress"))
def test_notebook_layout(repo_bank, assignment: str) -> None:
    nb = _notebook(assignment)
    cells = nb.cells
    first = cells[0].source
    assert "Run All Cells" in first and "minutes" in first
    assert all(not c.get("outputs") for c in cells if c.cell_type == "code")
    widgets = [n for n, c in enumerate(cells) if "soplab-widget" in c.metadata.get("tags", [])]
    checks = [n for n, c in enumerate(cells) if "soplab-check" in c.metadata.get("tags", [])]
    shown = {_grade_id(cells[n]).removeprefix("show-") for n in widgets}
    assert shown == {ex.id for ex in repo_bank.exercises_for(assignment)}
    graded = {ex.id for ex in repo_bank.exercises_for(assignment) if not ex.is_practice}
    assert {_grade_id(cells[n]).removeprefix("score-") for n in checks} == graded
    if checks:
        assert min(checks) > max(widgets), "every check cell comes after every widget"
        heading = max(n for n, c in enumerate(cells[:min(checks)])
                      if c.cell_type == "markdown" and c.source.startswith("## "))
        assert cells[heading].source.startswith("## Check your work")
    for n, cell in enumerate(cells):
        if "soplab-figure" in cell.metadata.get("tags", []):
            assert "picture in words" in cells[n + 1].source.lower()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_reflections_have_a_manual_task_right_after(repo_bank, assignment: str) -> None:
    cells = _notebook(assignment).cells
    for ex in repo_bank.exercises_for(assignment):
        if not any(i.label == "reflection" for i in repo_bank.items_for(ex.id)):
            continue
        at = next(n for n, c in enumerate(cells) if _grade_id(c) == f"show-{ex.id}")
        task = cells[at + 1].metadata.get("nbgrader", {})
        assert task.get("task") and task.get("points", 0) > 0, ex.id


def test_builders_are_used_and_graded_by_rubric(repo_bank) -> None:
    kinds = Counter(ex.widget for a in ASSIGNMENTS for ex in repo_bank.exercises_for(a)
                    if ex.widget in BUILDERS and not ex.is_practice)
    assert kinds["plan"] >= 2 and kinds["network"] >= 2


def test_the_capstone_ends_with_my_progress() -> None:
    cells = _notebook("08-capstone").cells
    assert "soplab-progress" in cells[-1].metadata.get("tags", [])
    assert "show_progress()" in cells[-1].source
    assert cells[-2].source.startswith("## My progress")


def test_learner_text_avoids_labels_for_families() -> None:
    banned = ("neglectful", "abuser", "addict", "drunk", "junkie", "crazy")
    for assignment in (*ASSIGNMENTS, "09-my-progress"):
        text = " ".join(c.source.lower() for c in _notebook(assignment).cells
                        if c.cell_type == "markdown")
        assert not [w for w in banned if f" {w}" in text], assignment


# -- issue #14: what the expert review asked for -------------------------------------------
def _task_after(cells, set_id):
    at = next(n for n, c in enumerate(cells) if _grade_id(c) == f"show-{set_id}")
    return cells[at + 1]


@pytest.mark.parametrize("assignment", ("04-goals-and-plans", "06-teaming-humility-trauma",
                                        "08-capstone"))
def test_graded_plans_and_networks_have_a_hand_graded_quality_line(repo_bank, assignment):
    cells = _notebook(assignment).cells
    for ex in repo_bank.exercises_for(assignment):
        if ex.widget not in BUILDERS or ex.is_practice:
            continue
        task = _task_after(cells, ex.id)
        meta = task.metadata.get("nbgrader", {})
        assert meta.get("task") and meta.get("points", 0) > 0, ex.id
        text = task.source.lower()
        assert "quality" in text and "instructor" in text, ex.id
        if ex.widget == "plan":
            assert "not services" in text or "earn nothing" in text, ex.id


def test_removal_is_taught_practised_and_assessed_under_lo8(repo_bank):
    text = " ".join(c.source for c in _notebook("06-teaming-humility-trauma").cells)
    assert "## When a child cannot stay home tonight" in text
    for point in ("not their fault", "comfort things", "brothers and sisters together",
                  "people the child knows", "preferential consideration", "active efforts"):
        assert point in text, point
    for set_id, kind in (("06-removal", "practice"), ("06-graded-removal", "assessment")):
        assert repo_bank.exercises[set_id].kind == kind
        assert {i.objective for i in repo_bank.items_for(set_id)} == {"LO8"}
    rows = (REPO / "data" / "objectives_map.csv").read_text(encoding="utf-8")
    assert "LO8,06-teaming-humility-trauma,06-removal,practice" in rows
    assert "LO8,06-teaming-humility-trauma,06-graded-removal,assess" in rows


def test_samhsa_principles_are_six_in_the_meeting_table():
    text = " ".join(c.source for c in _notebook("06-teaming-humility-trauma").cells)
    assert "six principles" in text and "Five principles" not in text
    for principle in ("Peer support", "Collaboration and mutuality",
                      "Empowerment, voice and choice", "Cultural, historical and gender issues"):
        assert principle in text


def test_the_tribe_and_clinic_are_in_the_capstone_network_and_plan(repo_bank):
    for item_id in ("cp-n01", "cp-p01"):
        model = repo_bank.items[item_id].explanation
        assert "Nez" in model and "Indian health clinic" in model, item_id
    text = " ".join(c.source for c in _notebook("08-capstone").cells)
    assert "ICWA caseworker" in text and "Indian health clinic" in text


def test_keys_the_review_found_wrong(repo_bank):
    items = repo_bank.items
    assert "son" not in items["sf-g04"].prompt  # a relationship question otherwise
    assert "10 means you are confident" in items["sf-g03"].prompt  # toward safety
    assert " will " in items["cp-m08"].prompt  # needs to happen: the future
    assert "stays between" not in items["th-g03"].prompt  # little stays between them
    assert "police" in items["th-g03"].prompt


def test_the_shipped_course_map_is_current(repo_bank):
    """09-my-progress ships the objectives of every set for learners' copies, which have no
    item banks; a new set missing from it would never show in My progress."""
    import json

    from soplab.engine.progress import course_map

    shipped = json.loads((REPO / "source" / "09-my-progress" / "course-map.json")
                         .read_text(encoding="utf-8"))
    assert shipped == course_map(repo_bank), "run soplab build: it rewrites course-map.json"


def test_build_brings_the_shipped_course_map_up_to_date(course, bank) -> None:
    import json

    from soplab.course.build import build
    from soplab.engine.progress import course_map

    shipped = course / "source" / "09-my-progress" / "course-map.json"
    stale = json.loads(shipped.read_text(encoding="utf-8"))
    stale["sets"].pop(next(iter(stale["sets"])))
    shipped.write_text(json.dumps(stale), encoding="utf-8")
    build(course, ["09-my-progress"], use_db=False, progress=lambda line: None)
    for folder in ("source", "release"):
        written = json.loads((course / folder / "09-my-progress" / "course-map.json")
                             .read_text(encoding="utf-8"))
        assert written == course_map(bank), folder
