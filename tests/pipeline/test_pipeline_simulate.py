"""The cohort simulator: reproducible, realistic files, misconceptions that show."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pipeline_kit import ORIENTATION, course_subset

from soplab.cohort.simulate import (
    COMMON,
    SIMULATED_COMMENT,
    SimLearner,
    choose,
    hand_grade,
    make_cohort,
    simulate,
    simulate_hand_grading,
    write_text,
)
from soplab.engine.answers import AnswerFile, parse
from soplab.engine.items import Exercise, Item


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return course_subset(tmp_path_factory.mktemp("sim") / "course")


def _answers(folder: Path) -> dict:
    out = {}
    for p in sorted(folder.glob("*/*/answers/*.json")):
        parse(p.read_text(), p.stem)  # valid answer file
        values = {k: v["value"] for k, v in json.loads(p.read_text())["answers"].items()}
        out[str(p.relative_to(folder))] = values
    return out


def test_same_seed_same_cohort_and_answers(built: Path, tmp_path: Path):
    a = simulate(built, [ORIENTATION], n=12, seed=5, out=tmp_path / "a")
    b = simulate(built, [ORIENTATION], n=12, seed=5, out=tmp_path / "b")
    simulate(built, [ORIENTATION], n=12, seed=6, out=tmp_path / "c")
    assert [p.id for p in a.learners] == [p.id for p in b.learners]
    assert a.submitted == b.submitted and a.late == b.late
    assert _answers(tmp_path / "a") == _answers(tmp_path / "b")
    assert _answers(tmp_path / "a") != _answers(tmp_path / "c")


def test_submission_looks_like_a_collected_one(built: Path, tmp_path: Path):
    due = datetime(2026, 2, 1, 17, 0, tzinfo=UTC)
    sim = simulate(built, [ORIENTATION], n=30, seed=1, due=due, out=tmp_path)
    assert sim.missing[ORIENTATION] and sim.late[ORIENTATION]  # realistic cohort
    assert len(sim.submitted[ORIENTATION]) + len(sim.missing[ORIENTATION]) == 30
    release = built / "release" / ORIENTATION
    for sid in sim.submitted[ORIENTATION]:
        folder = tmp_path / sid / ORIENTATION
        assert (folder / "00-orientation.ipynb").read_bytes() == \
            (release / "00-orientation.ipynb").read_bytes()
        assert (folder / "exercises.json").read_bytes() == (release / "exercises.json").read_bytes()
        stamp = datetime.strptime((folder / "timestamp.txt").read_text(),
                                  "%Y-%m-%d %H:%M:%S.%f %Z").replace(tzinfo=UTC)
        assert (stamp > due) == (sid in sim.late[ORIENTATION])
        for path in (folder / "answers").glob("*.json"):
            assert AnswerFile.load(path.stem, folder).answers  # schema-valid, not moved aside
    for sid in sim.missing[ORIENTATION]:
        assert not (tmp_path / sid).exists()


def test_learners_are_fictional_and_varied():
    cohort = make_cohort(40, seed=3)
    assert len({p.id for p in cohort}) == 40
    assert all(p.email.endswith("@example.org") for p in cohort)
    assert len({p.last_name for p in cohort}) > 15
    assert {p.section for p in cohort} == {"Section 1", "Section 2"}
    held = [t for p in cohort for t in p.misconceptions]
    assert set(COMMON) <= set(held)


def _learner(ability: float, tags=()) -> SimLearner:
    return SimLearner("x", "A", "B", "a@example.org", "L", "c", "s", ability, frozenset(tags))


def test_misconception_pulls_towards_the_tagged_distractor():
    ex = Exercise("s", "a", "classify", "assessment", "t", ("Harm", "Danger", "Neither"))
    item = Item("i", "LO3", "s", "assessment", "p", "Danger",
                misconception="harm-danger-confusion")
    rng = random.Random(0)
    plain = sum(choose(_learner(0.5), ex, item, rng) == "Danger" for _ in range(2000))
    held = sum(choose(_learner(0.5, ["harm-danger-confusion"]), ex, item, rng) == "Danger"
               for _ in range(2000))
    assert plain > 1300 and held < 600


def test_ability_raises_the_share_of_right_answers():
    ex = Exercise("s", "a", "scenario", "assessment", "t")
    item = Item("i", "LO2", "s", "assessment", "p", "B", choices=("x", "y", "z"))
    rng = random.Random(1)
    low = sum(choose(_learner(-1.5), ex, item, rng) == "B" for _ in range(2000))
    high = sum(choose(_learner(1.5), ex, item, rng) == "B" for _ in range(2000))
    assert high > low + 400


def test_written_answers_follow_misconceptions():
    rng = random.Random(2)
    goals = [write_text(_learner(0.0, ["service-as-goal"]), "goal", rng) for _ in range(50)]
    assert sum("class" in g or "testing" in g or "anger management" in g for g in goals) > 25
    questions = [write_text(_learner(0.0, ["closed-question"]), "question", rng)
                 for _ in range(50)]
    assert sum(q.startswith(("Did ", "Is ")) for q in questions) > 25
    strong = [write_text(_learner(2.5), "danger", rng) for _ in range(50)]
    weak = [write_text(_learner(-2.5), "danger", rng) for _ in range(50)]
    assert sum(map(len, strong)) > 2 * sum(map(len, weak))


def test_written_answers_fit_the_prompt_family():
    """The Nguyen harm statement is about the Nguyens, never another case's family."""
    from soplab._core.paths import repo_root
    from soplab.engine.items import load_bank

    bank = load_bank(repo_root())
    others = ("Diego", "Alvarez", "Tevita", "Begum", "Kowalski", "Zofia", "Amina")
    for item_id, names in (("hd-z01", ("Minh", "Vy", "Bao", "Thanh")),
                           ("hd-z02", ("Minh", "Vy", "Bao", "Thanh"))):
        item = bank.items[item_id]
        rng = random.Random(5)
        for ability in (-2.5, 0.0, 2.5):
            for _ in range(20):
                text = write_text(_learner(ability, ["jargon-label"]), item.label, rng, item)
                assert not any(o in text for o in others), (item_id, text)
        strong = write_text(_learner(3.0), item.label, random.Random(1), item)
        assert any(n in strong for n in names), strong


def test_simulated_comments_do_not_talk_about_plans():
    rng = random.Random(6)
    comments = {hand_grade(_learner(a), 4.0, rng)[1] for a in (-3, 0, 3) for _ in range(50)}
    assert len(comments) >= 2
    assert not any("who will do what" in c or "what happens next" in c for c in comments)


def test_hand_grades_follow_ability_in_half_points():
    rng = random.Random(4)
    strong = [hand_grade(_learner(1.5), 4.0, rng) for _ in range(200)]
    weak = [hand_grade(_learner(-1.5), 4.0, rng) for _ in range(200)]
    for score, comment in strong + weak:
        assert 0.0 <= score <= 4.0 and score * 2 == int(score * 2)
        assert comment.startswith(SIMULATED_COMMENT + " ")
    assert sum(s for s, _ in strong) > sum(s for s, _ in weak) + 150
    assert hand_grade(None, 3.0, rng)[1].startswith(SIMULATED_COMMENT)  # unknown learner


@pytest.mark.slow
def test_simulated_hand_grading_is_stored_as_formgrader_would(tmp_path: Path):
    """Every hand-graded part of every submission gets a score and a comment marked as
    simulated; a part already graded is left alone; the feedback page shows them."""
    from nbgrader.api import Gradebook

    from soplab.cohort.autograde import autograde_many
    from soplab.cohort.feedback import generate_feedback
    from soplab.course.config import course_id, gradebook_url

    name = "02-at-the-door"
    root = course_subset(tmp_path / "course", (name,))
    sim = simulate(root, [name], n=6, seed=2)
    autograde_many(root, [name], render=True)
    url, course = gradebook_url(root), course_id(root)
    submitted = sim.submitted[name]
    with Gradebook(url, course) as gb:
        first = gb.find_submission_notebook(name, name, submitted[0])
        task = next(g for g in first.grades if g.cell_type == "markdown" and g.auto_score is None)
        task.manual_score = 1.0  # graded by a person before the demo's grading
        task.needs_manual_grade = False
        gb.db.commit()
        kept = task.id
    done = simulate_hand_grading(url, course, [name], sim.learners, seed=2)
    assert done.submissions == len(submitted) - 1 and done.parts >= done.submissions
    with Gradebook(url, course) as gb:
        for sid in submitted:
            nb = gb.find_submission_notebook(name, name, sid)
            tasks = [g for g in nb.grades if g.auto_score is None]
            assert tasks and not any(g.needs_manual_grade for g in tasks)
            for grade in tasks:
                if grade.id == kept:
                    assert grade.manual_score == 1.0
                    continue
                assert 0 <= grade.manual_score <= grade.max_score
                comment = gb.find_comment(grade.name, name, name, sid)
                assert comment.manual_comment.startswith(SIMULATED_COMMENT)
            assert nb.needs_manual_grade is False
    again = simulate_hand_grading(url, course, [name], sim.learners, seed=2)
    assert again.parts == 0
    pages = {path.parts[-3]: path for path in generate_feedback(root, name).pages}
    assert SIMULATED_COMMENT in pages[submitted[-1]].read_text(encoding="utf-8")
