"""The review queue end to end, on SQLite and on PostgreSQL, with nbgrader's real
gradebook: autograde -> queue -> ``soplab review`` -> gradebook -> feedback page.

04-graded-goal (two goals to repair, 2 points each) is a graded writing set with no
hand-graded cell of its own: before the queue, its automatic score was final.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_kit import COURSE, course_subset, sqlite_url

from soplab.coach import assess
from soplab.cohort.autograde import autograde
from soplab.cohort.feedback import generate_feedback

pytestmark = pytest.mark.slow

GOALS = "04-goals-and-plans"
CELL = "score-04-graded-goal"
GOOD_1 = ("For the next six months, when Minh is angry or worried about money, he will speak "
          "calmly to Thanh and the children, and he will go to Phuoc's spare room until he is "
          "calm. Phuoc, Ba Lan and the worker will see this every week, so Vy and Bao feel "
          "calm at home.")
GOOD_2 = ("Every day for the next three months, Mr. and Mrs. Harper will keep the kitchen "
          "floor clear of broken glass and spoiled food. Their cousin and the worker will see "
          "this at every visit, so the twins can play and eat safely at home.")
FIGHTS = "Minh and Thanh will stop fighting and settle their disagreements calmly."
MUTUAL = ("Minh and Thanh will talk through their money worries calmly, and Thanh will text "
          "the worker if Minh gets angry.")
#: learner -> (gp-gg1, gp-gg2)
LEARNERS = {"sure01": (GOOD_1, GOOD_2), "fights01": (FIGHTS, GOOD_2),
            "mutual01": (MUTUAL, GOOD_2)}


@pytest.fixture(scope="module")
def goals_template(tmp_path_factory) -> Path:
    return course_subset(tmp_path_factory.mktemp("review") / "course", (GOALS,))


@pytest.fixture
def goals_course(goals_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "course"
    shutil.copytree(goals_template, target, symlinks=True)
    return target


def _submit(root: Path) -> None:
    for sid, (goal1, goal2) in LEARNERS.items():
        folder = root / "submitted" / sid / GOALS
        shutil.copytree(root / "release" / GOALS, folder)
        (folder / "timestamp.txt").write_text("2026-01-10 09:00:00.000000 UTC")
        (folder / "answers").mkdir(exist_ok=True)
        answers = {"gp-gg1": {"value": goal1}, "gp-gg2": {"value": goal2}}
        (folder / "answers" / "04-graded-goal.json").write_text(json.dumps(
            {"schema": "soplab-answers", "version": 1, "exercise": "04-graded-goal",
             "answers": answers}))


def _grades(url: str) -> dict[str, tuple]:
    """learner -> (auto, manual, needs_manual_grade, comment) of the writing set's cell."""
    from nbgrader.api import Comment, Gradebook

    out = {}
    with Gradebook(url, COURSE) as gb:
        for sid in LEARNERS:
            g = gb.find_grade(CELL, GOALS, GOALS, sid)
            c = gb.db.query(Comment).filter(Comment.notebook_id == g.notebook_id,
                                            Comment.cell_id == g.cell_id).one_or_none()
            out[sid] = (g.auto_score, g.manual_score, g.needs_manual_grade,
                        c.manual_comment if c else None)
    return out


def _review(root: Path, url: str, *args: str, replies: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "soplab", "review", GOALS, "--course",
                           str(root), "--db", url, *args], input=replies,
                          capture_output=True, text=True, timeout=300)


def _page(root: Path, sid: str) -> str:
    return (root / "feedback" / sid / GOALS / f"{GOALS}.html").read_text()


def _steps(root: Path, url: str) -> dict:
    from soplab.cohort.analytics import learners_to_follow_up, load_course_data, next_steps
    from soplab.cohort.analytics.summary import analyse_course

    data = load_course_data(root, url, progress=False)
    analytics = analyse_course(data, coach=None)
    follow = learners_to_follow_up(data, analytics)
    return {s.key: s for s in next_steps(data, analytics, {}, follow, 5)}


def _loop(root: Path, url: str) -> None:
    _submit(root)
    report = autograde(root, GOALS, db_url=url)
    assert not report.failed, report.outcomes

    # 1. autograde: confident and safe answers are final; the others wait, open
    grades = _grades(url)
    assert grades["sure01"][1:3] == (None, False)
    assert grades["fights01"][1:3] == (None, True)
    assert grades["mutual01"][1:3] == (None, True)
    rendered = (root / "autograded" / "fights01" / GOALS / f"{GOALS}.ipynb").read_text()
    assert "In the review queue" in rendered and "Rubric:" in rendered
    assert "settle their disagreements" in rendered and "Suggested score:" in rendered

    # the report's Next steps counts the queue, with the command
    steps = _steps(root, url)
    assert steps["review"].count == 2
    assert steps["review"].commands == (f"soplab review {GOALS}",)
    assert "2 writing parts of 2 learners wait for a person" in steps["review"].title

    # 2. the learner's page before review: waiting, nothing of the coach's reading
    generate_feedback(root, GOALS, db_url=url)
    page = _page(root, "fights01")
    assert "Waiting for your instructor" in page and "points so far." in page
    assert "Suggested score" not in page and "(confidence 0." not in page
    assert "Waiting for your instructor" not in _page(root, "sure01")

    # 3. the queue, listed (and one line when the command cannot work)
    for bad in (_review(root, "sqlite:////no/such/folder/gradebook.db", "--list"),
                subprocess.run([sys.executable, "-m", "soplab", "review", "no-such",
                                "--course", str(root)], capture_output=True, text=True)):
        assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    listed = _review(root, url, "--list")
    assert listed.returncode == 0, listed.stderr
    assert "2 writing answers of 2 learners wait for a person" in listed.stdout
    assert "fights01" not in listed.stdout  # answers are read blind

    # 4. one key accepts the suggestion; a typed score and comment are saved
    accepted = _review(root, url, "--student", "fights01", replies="\n\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "1 part(s) graded and saved" in accepted.stdout
    typed = _review(root, url, "--student", "mutual01",
                    replies="two\n1.5\nName who sees Minh's change, not Thanh.\n")
    assert typed.returncode == 0, typed.stderr
    assert "'two' is not a score" in typed.stdout
    grades = _grades(url)
    good2 = assess(GOOD_2, "goal").score * 2
    suggested = round(assess(FIGHTS, "goal").score * 2 * 4) / 4  # to the nearest quarter
    assert grades["fights01"][1] == pytest.approx(suggested + good2)
    assert grades["fights01"][2] is False
    assert grades["mutual01"][1:] == (pytest.approx(1.5 + good2), False,
                                      "Name who sees Minh's change, not Thanh.")
    assert _review(root, url, "--list").stdout.strip().endswith("nothing waits for a person.")

    assert "review" not in _steps(root, url)

    # 5. the learner's page after review: the instructor's points and comment
    generate_feedback(root, GOALS, db_url=url)
    page = _page(root, "mutual01")
    assert "Waiting for your instructor" not in page
    assert "Read by your instructor" in page and "(set by your instructor)" in page
    assert "Name who sees Minh&#39;s change, not Thanh." in page


def test_review_queue_on_sqlite(goals_course: Path):
    _loop(goals_course, sqlite_url(goals_course))


@pytest.mark.postgres
def test_review_queue_on_postgres(pg_server, goals_course: Path):
    _loop(goals_course, pg_server.create_database("review_queue"))


def test_nbgrader_autograde_opens_the_same_parts(goals_course: Path):
    """formgrader's Autograde button (nbgrader autograde through nbgrader_config.py)
    leaves the same writing parts open as soplab autograde, with the coach's reading."""
    from pipeline_kit import sequential_autograde

    _submit(goals_course)
    sequential_autograde(goals_course, GOALS)
    grades = _grades(sqlite_url(goals_course))
    assert {sid: g[2] for sid, g in grades.items()} == {
        "sure01": False, "fights01": True, "mutual01": True}
    rendered = (goals_course / "autograded" / "mutual01" / GOALS / f"{GOALS}.ipynb").read_text()
    assert "In the review queue" in rendered and "Rubric:" in rendered
