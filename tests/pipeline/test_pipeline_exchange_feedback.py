"""Release, fetch, submit and collect with several learners; feedback keeps keys hidden."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bad_submissions import GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import COURSE, ORIENTATION, sqlite_url

from soplab import exchange
from soplab.autograde import autograde, cell_scores
from soplab.feedback import MARKER, generate_feedback
from soplab.items import load_bank

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


def test_feedback_shows_scores_and_revisit_but_no_keys(mini_course: Path):
    from coursekit import write_answers

    bank = load_bank(mini_course)
    learners = {"ana": KEY, "ben": THREE_OF_FIVE, "cy": {}}
    for sid, values in learners.items():
        folder = mini_course / "submitted" / sid / ORIENTATION
        shutil.copytree(mini_course / "release" / ORIENTATION, folder)
        if values:
            write_answers(folder, GRADED_SET, values)
        write_answers(folder, "00-privacy", {"or-p01": "Never type here"})
    autograde(mini_course, ORIENTATION)
    pages = generate_feedback(mini_course, ORIENTATION)
    assert len(pages) == 3
    html = {p.parent.parent.name: p.read_text(encoding="utf-8") for p in pages}

    assert "Points for this part: 5 of 5" in html["ana"]
    assert "Points for this part: 3 of 5" in html["ben"]
    for sid, page in html.items():
        assert page.count(MARKER) >= 1 and "Objectives to revisit" in page
        # hidden tests and the grading call never reach learners
        assert "BEGIN HIDDEN TESTS" not in page and "HIDDEN TESTS" not in page
        assert 'grade("' not in page and "grade(&quot;" not in page
        assert "soplab.grading import grade" not in page
        # no assessment key: no explanation / option feedback of an assessment item,
        # and no key written next to a prompt
        for ex in bank.exercises_for(ORIENTATION):
            if ex.is_practice:
                continue
            for item in bank.items_for(ex.id):
                for secret in (item.explanation, *item.choice_feedback):
                    if secret and len(secret) > 12:
                        assert secret not in page, (sid, item.id)
                prompt = re.escape(item.prompt[:40])
                assert not re.search(prompt + r".{0,200}(correct answer|right answer|key)",
                                     page, re.S | re.I), (sid, item.id)
    # the objective is named for whoever missed something, and not for a perfect score
    getting_started = bank.objectives["ORIENTATION"].short_title
    assert getting_started in html["ben"] and getting_started in html["cy"]
    assert "question(s) on this were not yet right" in html["ben"]
    # practice miss (or-p01) still sends ana back to the objective
    assert getting_started in html["ana"]


def test_feedback_rerun_replaces_the_revisit_section(mini_course: Path):
    from coursekit import write_answers

    folder = mini_course / "submitted" / "ana" / ORIENTATION
    shutil.copytree(mini_course / "release" / ORIENTATION, folder)
    write_answers(folder, GRADED_SET, KEY)
    autograde(mini_course, ORIENTATION)
    generate_feedback(mini_course, ORIENTATION)
    page = generate_feedback(mini_course, ORIENTATION)[0].read_text(encoding="utf-8")
    assert page.count(f'<section id="{MARKER}"') == 1
