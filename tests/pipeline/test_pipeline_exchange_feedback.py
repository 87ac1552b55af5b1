"""Release, fetch, submit and collect with several learners; feedback keeps keys hidden."""

from __future__ import annotations

import json
import re
import shutil
from html import escape as html_escape
from pathlib import Path

import pytest
from bad_submissions import GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import COURSE, ORIENTATION, sqlite_url

from soplab.cohort import exchange
from soplab.cohort.autograde import autograde, cell_scores
from soplab.cohort.feedback import generate_feedback
from soplab.engine.items import load_bank

pytestmark = pytest.mark.slow


def _answer(folder: Path, values: dict) -> None:
    from coursekit import write_answers

    write_answers(folder, GRADED_SET, values)


def test_exchange_round_trip_with_three_learners(mini_course: Path, tmp_path: Path):
    ex_root = tmp_path / "exchange"
    exchange.release(mini_course, ORIENTATION, ex_root)
    answers = {"amara": KEY, "luis": THREE_OF_FIVE, "mei": {"or-a05": "False"}}
    for sid, values in answers.items():
        home = tmp_path / "homes" / sid
        folder = exchange.fetch(mini_course, ORIENTATION, ex_root, student=sid, home=home)
        assert (folder / "00-orientation.ipynb").exists() and (folder / "exercises.json").exists()
        _answer(folder, values)
        exchange.submit(mini_course, ORIENTATION, ex_root, student=sid, home=home)
    inbound = sorted(p.name.split("+")[0] for p in (ex_root / COURSE / "inbound").iterdir())
    assert inbound == ["amara", "luis", "mei"]

    assert exchange.collect(mini_course, ORIENTATION, ex_root) == ["amara", "luis", "mei"]
    for sid in answers:
        got = mini_course / "submitted" / sid / ORIENTATION
        assert (got / "answers" / f"{GRADED_SET}.json").exists()
        assert (got / "timestamp.txt").read_text().strip()
    report = autograde(mini_course, ORIENTATION)
    assert [o.score for o in report.outcomes] == [5.0, 3.0, 1.0]

    # feedback goes back through the exchange, each learner gets their own page
    assert not generate_feedback(mini_course, ORIENTATION).problems
    exchange.release_feedback(mini_course, ORIENTATION, ex_root)
    for sid, points in (("amara", 5), ("luis", 3)):
        pages = exchange.fetch_feedback(mini_course, ORIENTATION, ex_root, student=sid,
                                        home=tmp_path / "homes" / sid)
        assert len(pages) == 1
        assert f"{points} of 5 points." in pages[0].read_text(encoding="utf-8")

    # a resubmission replaces the earlier one at the next collect
    home = tmp_path / "homes" / "mei"
    _answer(home / ORIENTATION, KEY)
    exchange.submit(mini_course, ORIENTATION, ex_root, student="mei", home=home)
    exchange.collect(mini_course, ORIENTATION, ex_root)
    autograde(mini_course, ORIENTATION, students=["mei"])
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    assert scores["mei"][f"{ORIENTATION}/score-{GRADED_SET}"] == 5.0


def test_exchange_errors_are_one_line(mini_course: Path, tmp_path: Path):
    with pytest.raises(exchange.ExchangeFailed) as err:
        exchange.fetch(mini_course, ORIENTATION, tmp_path / "nowhere", student="x",
                       home=tmp_path / "h")
    assert "\n" not in str(err.value) and str(err.value).startswith("fetch 00-orientation")


def _graded_with_feedback(root: Path, learners: dict) -> dict[str, str]:
    from coursekit import write_answers

    for sid, values in learners.items():
        folder = root / "submitted" / sid / ORIENTATION
        shutil.copytree(root / "release" / ORIENTATION, folder)
        if values:
            write_answers(folder, GRADED_SET, values)
        write_answers(folder, "00-privacy", {"or-p01": "Never type here"})
    autograde(root, ORIENTATION)
    report = generate_feedback(root, ORIENTATION)
    assert not report.problems
    return {p.parent.parent.name: p.read_text(encoding="utf-8") for p in report.pages}


CODE_SIGNS = ("In [", "Out[", "BEGIN HIDDEN TESTS", "grade(", "score-00", "import ",
              "soplab.", "grade_id", "Traceback")


def test_feedback_shows_scores_and_revisit_but_no_keys(mini_course: Path):
    bank = load_bank(mini_course)
    html = _graded_with_feedback(mini_course, {"ana": KEY, "ben": THREE_OF_FIVE, "cy": {}})
    assert set(html) == {"ana", "ben", "cy"}

    assert "5 of 5 points." in html["ana"] and "so far" not in html["ana"]
    assert "3 of 5 points." in html["ben"] and html["ben"].count("✓ Right") >= 3
    assert "✗ Not right" in html["ben"] and "– Not answered" in html["cy"]
    for sid, page in html.items():
        assert "Objectives to revisit" in page
        for sign in CODE_SIGNS:
            assert sign not in page, (sid, sign)
        # no assessment key: no explanation of an assessment item, no "right answer"
        assert "The right answer:" not in page.split("Practice parts")[0]
        for ex in bank.exercises_for(ORIENTATION):
            if ex.is_practice:
                continue
            for item in bank.items_for(ex.id):
                for secret in (item.explanation, *item.choice_feedback):
                    if secret and len(secret) > 12:
                        assert secret not in page, (sid, item.id)
        data = re.search(r'<script type="application/json" id="soplab-feedback">(.*?)</script>',
                         page, re.S)
        summary = json.loads(data.group(1))
        assert summary["assignment"] == ORIENTATION and summary["max_points"] == 5
    getting_started = bank.objectives["ORIENTATION"].short_title
    assert getting_started in html["ben"] and getting_started in html["cy"]
    # a practice miss (or-p01) still sends ana back to the objective, with its practice set
    assert getting_started in html["ana"] and "Practise with:" in html["ana"]


def test_feedback_review_setting_shows_keys_only_when_asked(mini_course: Path):
    _graded_with_feedback(mini_course, {"ben": THREE_OF_FIVE})
    bank = load_bank(mini_course)
    wrong = bank.items["or-a01"]  # ben answered it wrongly
    page = generate_feedback(mini_course, ORIENTATION, review="explanations").pages[0]
    text = page.read_text(encoding="utf-8")
    assert "The right answer: <strong>True</strong>" in text
    assert html_escape(wrong.explanation) in text


def test_nbgrader_generate_feedback_writes_the_course_page(mini_course: Path):
    """formgrader's button (nbgrader generate_feedback with the course config) writes the
    same page as soplab feedback."""
    import subprocess
    import sys

    ours = _graded_with_feedback(mini_course, {"ana": KEY, "ben": THREE_OF_FIVE})
    shutil.rmtree(mini_course / "feedback")
    done = subprocess.run([sys.executable, "-m", "nbgrader", "generate_feedback", ORIENTATION,
                           "--force", "--log-level=ERROR"], cwd=mini_course,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1500:]
    for sid, page in ours.items():
        theirs = (mini_course / "feedback" / sid / ORIENTATION / "00-orientation.html")
        assert theirs.read_text(encoding="utf-8") == page


def test_feedback_rerun_replaces_the_page(mini_course: Path):
    _graded_with_feedback(mini_course, {"ana": KEY})
    page = generate_feedback(mini_course, ORIENTATION).pages[0].read_text(encoding="utf-8")
    assert page.count("<h1>") == 1
