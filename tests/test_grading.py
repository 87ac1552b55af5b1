"""Scoring answer files in locked test cells: partial credit, plain messages, no stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from soplab import grading
from soplab.grading import NotReady, check, grade, score_set

from coursekit import write_answers, write_raw

SET = "00-how-it-works"


@pytest.fixture
def learner(course: Path, monkeypatch) -> Path:
    """A submission folder inside the course (as nbgrader's autograded/ is)."""
    folder = course / "autograded" / "ana" / "00-orientation"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    grading._GRADED.clear()
    return folder


def _key(bank) -> dict[str, str]:
    return {item.id: item.label for item in bank.items_for(SET)}


def _flip(label: str) -> str:
    return "False" if label == "True" else "True"


def test_all_right_all_wrong_partial(bank, learner: Path) -> None:
    key = _key(bank)
    write_answers(learner, SET, key)
    assert score_set(bank, SET, learner).points == 5
    write_answers(learner, SET, {k: _flip(v) for k, v in key.items()})
    assert score_set(bank, SET, learner).points == 0
    partial = dict(list(key.items())[:3])
    write_answers(learner, SET, partial)
    result = score_set(bank, SET, learner)
    assert (result.points, result.answered, result.right) == (3, 3, 3)
    assert result.summary() == "3 of 5 answered; 3 right.\nPoints for this part: 3 of 5."


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "No answers were saved"),
        ("", "damaged"),
        ("{half", "damaged"),
        ({"schema": "x"}, "not in the course's format"),
        ("x" * 1_100_000, "far too large"),
    ],
    ids=["missing", "empty", "damaged", "foreign", "huge"],
)
def test_unusable_file_scores_zero_with_plain_message(bank, learner, content, words) -> None:
    if content is not None:
        write_raw(learner, SET, content)
    result = score_set(bank, SET, learner)
    assert result.points == 0
    assert words in result.message and "Traceback" not in result.message


def test_wrong_types_and_unknown_ids_are_not_counted(bank, learner: Path) -> None:
    key = _key(bank)
    first, second, *_ = key
    write_raw(learner, SET, {
        "schema": "soplab-answers", "version": 1, "exercise": SET,
        "answers": {first: {"value": key[first]}, second: {"value": 12},
                    "not-an-item": {"value": "True"}, "x": "junk"},
    })
    result = score_set(bank, SET, learner)
    assert result.points == 1 and result.answered == 1
    assert "were not in the expected form" in result.message


def test_grade_then_check_returns_score_and_prints_plainly(bank, learner, capsys) -> None:
    write_answers(learner, SET, dict(list(_key(bank).items())[:4]))
    grade(SET)
    assert check(SET) == 4.0
    out = capsys.readouterr()
    assert "4 of 5 answered; 4 right." in out.out
    assert out.err == ""


def test_check_without_grading(bank, learner, monkeypatch, capsys) -> None:
    from soplab.engine.content import write_learner_content

    write_learner_content(bank, "00-orientation", learner)
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "1")  # as under Validate
    with pytest.raises(NotReady) as caught:
        check(SET)
    message = caught.value._render_traceback_()
    assert message == ["“How this course works”: 0 of 5 answered. Still to answer: questions 1 "
                       "to 5. Scroll up to the exercise, answer these, then check again."]
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "0")  # a learner's own Run All, outside a kernel
    assert check(SET) is None
    assert "⚠ “How this course works”: 0 of 5 answered." in capsys.readouterr().out
    write_answers(learner, SET, {k: "True" for k in _key(bank)})
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "1")
    assert check(SET) is None
    assert "all 5 answered and saved" in capsys.readouterr().out


def test_grade_without_course_is_an_instructor_error(learner, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(grading.GradingSetupError, match="item banks were not found"):
        grade(SET)


def test_bank_is_read_once_until_a_file_changes(bank, learner, monkeypatch) -> None:
    import os

    from soplab.engine import items

    calls = []
    real = items.load_bank
    monkeypatch.setattr(grading, "load_bank", lambda root: calls.append(root) or real(root))
    grading._BANKS.clear()
    root = learner.parents[2]
    grading._course_bank(root)
    grading._course_bank(root)
    assert len(calls) == 1
    path = root / "data" / "items" / "00-orientation.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    grading._course_bank(root)
    assert len(calls) == 2


def test_writing_never_gets_credit_without_the_coach() -> None:
    """The old fallback gave full marks when the coach could not be imported. Scoring
    imports the coach with itself: without it, nothing can be scored at all."""
    import subprocess
    import sys

    code = ("import sys\n"
            "sys.modules['soplab.coach'] = None  # as if the coach were missing\n"
            "from soplab.engine.scoring import score_values\n"
            "print('scored without the coach')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode != 0
    assert "ModuleNotFoundError" in done.stderr and "soplab.coach" in done.stderr
    assert "scored without the coach" not in done.stdout
