"""The notebook page around the exercises, without a browser: what is answered (in
words), the live check under *Check your work*, the page header, and how a save
reaches them (the per-kernel registry)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from soplab import grading, show
from soplab.engine.completeness import AssignmentStatus, SetStatus, numbers_in_words, read_status
from soplab.engine.content import (
    ContentMissing,
    load_assignment,
    load_exercise,
    shown_sets,
    write_learner_content,
)
from soplab.engine.widgets import live
from soplab.engine.widgets.page import PageHeader, show_page
from soplab.engine.widgets.summary import CheckSummary

from coursekit import REPO, write_answers

ORIENTATION = "00-orientation"
GRADED = "00-how-it-works"
PRACTICE = "00-privacy"


@pytest.fixture
def folder(tmp_path: Path, bank, monkeypatch) -> Path:
    """A learner's copy of the orientation: release content only, no course in reach."""
    here = tmp_path / "learner" / ORIENTATION
    here.mkdir(parents=True)
    write_learner_content(bank, ORIENTATION, here)
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    monkeypatch.chdir(here)
    grading._GRADED.clear()
    return here


def _key(bank, set_id: str) -> dict[str, str]:
    return {item.id: item.label for item in bank.items_for(set_id)}


# -- the words ---------------------------------------------------------------------------
@pytest.mark.parametrize(("numbers", "words"), [
    ([4], "question 4"),
    ([2, 5], "questions 2 and 5"),
    ([2, 5, 7], "questions 2, 5 and 7"),
    ([1, 2, 3, 4, 5], "questions 1 to 5"),
    ([2, 5, 6, 7, 9], "questions 2, 5 to 7 and 9"),
    ([3, 4], "questions 3 and 4"),
])
def test_question_numbers_in_words(numbers, words) -> None:
    assert numbers_in_words(numbers) == words


def test_a_set_says_what_is_left_or_that_all_is_saved() -> None:
    left = SetStatus("s", "Sorting", False, 9, (2, 5, 7))
    assert left.line() == "“Sorting”: 6 of 9 answered. Still to answer: questions 2, 5 and 7."
    assert left.first_missing == 2 and not left.done
    done = SetStatus("s", "Sorting", False, 9)
    assert done.line() == "“Sorting”: all 9 answered and saved."
    one = SetStatus("w", "Your reflection", False, 1, (1,))
    assert one.count() == "not answered yet"
    assert SetStatus("w", "Your reflection", False, 1).line() == \
        "“Your reflection”: answered and saved."


def test_the_assignment_in_one_line() -> None:
    status = AssignmentStatus((SetStatus("p", "P", True, 31, tuple(range(21, 32))),
                               SetStatus("g1", "G1", False, 8, (8,)),
                               SetStatus("g2", "G2", False, 4, (1, 2))))
    assert status.line() == "Graded: 9 of 12 answered · Practice: 20 of 31 answered"
    assert status.graded_line() == ("All graded questions: 9 of 12 answered; 3 still to answer "
                                    "in 2 parts.")
    assert status.graded_left() == "3 graded questions still to answer"
    assert AssignmentStatus((SetStatus("g", "G", False, 2),)).graded_line() == \
        "Every graded question has an answer and is saved."


# -- the order of the page -----------------------------------------------------------------
@pytest.mark.parametrize("assignment", sorted(p.name for p in (REPO / "release").iterdir()
                                              if p.is_dir()))
def test_released_sets_follow_the_notebook(assignment: str) -> None:
    """exercises.json lists the sets in the order the page shows them (the outline's order)."""
    folder = REPO / "release" / assignment
    notebook = json.loads((folder / f"{assignment}.ipynb").read_text(encoding="utf-8"))
    content = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    assert list(content["exercises"]) == shown_sets(notebook)
    assert [ex.id for ex in load_assignment(folder)] == shown_sets(notebook)


def test_a_master_in_the_course_is_ordered_by_its_notebook(course: Path) -> None:
    folder = course / "source" / "02-at-the-door"
    notebook = json.loads((folder / "02-at-the-door.ipynb").read_text(encoding="utf-8"))
    assert [ex.id for ex in load_assignment(folder)] == shown_sets(notebook)


def test_no_content_is_a_plain_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    with pytest.raises(ContentMissing, match="Ask your instructor"):
        load_assignment(tmp_path)
    (tmp_path / "exercises.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentMissing, match="damaged"):
        load_assignment(tmp_path)
    assert "Ask your instructor" in show_page(tmp_path).message


# -- the live check and the page header ------------------------------------------------------
def test_the_check_follows_the_answers_as_they_are_saved(folder: Path, bank) -> None:
    summary = CheckSummary(load_exercise(GRADED, folder), folder)
    assert (summary.done, summary.first_missing) == (False, 1)
    assert summary.text.endswith("0 of 5 answered. Still to answer: questions 1 to 5.")
    widget = show(GRADED, folder)
    key = list(_key(bank, GRADED))
    widget.answer(key[0], "True")
    widget.answer(key[2], "False")
    assert summary.text.endswith("2 of 5 answered. Still to answer: questions 2, 4 and 5.")
    assert summary.first_missing == 2
    for item_id in key:
        widget.answer(item_id, "True")
    assert summary.done and summary.first_missing == 0
    assert summary.text == "“How this course works”: all 5 answered and saved."
    assert summary.plain().startswith("✓ ")


def test_check_again_reads_the_files_and_answers_the_page(folder: Path, bank) -> None:
    summary = CheckSummary(load_exercise(GRADED, folder), folder)
    sent = []
    summary.send = sent.append
    write_answers(folder, GRADED, _key(bank, GRADED))  # saved outside this kernel
    assert not summary.done
    summary._message(summary, {"do": "check"}, [])  # the Check again button
    assert summary.done and sent == [{"checked": True}]


def test_only_the_last_graded_part_speaks_for_the_whole_assignment(folder: Path) -> None:
    exercises = load_assignment(folder)
    assert grading._whole_if_last(load_exercise(GRADED, folder), folder) == []  # only one
    whole = CheckSummary(load_exercise(GRADED, folder), folder, exercises)
    assert whole.overall == "All graded questions: 0 of 5 answered; 5 still to answer in 1 part."


def test_the_header_counts_the_whole_page_and_lists_it_in_order(folder: Path, bank) -> None:
    header = show_page(folder)
    assert isinstance(header, PageHeader)
    assert header.line == "Graded: 0 of 5 answered · Practice: 0 of 9 answered"
    assert [s["id"] for s in header.sets] == [ex.id for ex in load_assignment(folder)]
    assert header.check_status == "5 graded questions still to answer"
    show(PRACTICE, folder).answer("or-p01", bank.items["or-p01"].label)
    graded = show(GRADED, folder)
    for item_id in _key(bank, GRADED):
        graded.answer(item_id, "False")
    assert header.line == "Graded: 5 of 5 answered · Practice: 1 of 9 answered"
    entry = {s["id"]: s for s in header.sets}
    assert entry[GRADED]["done"] and entry[GRADED]["status"] == "all 5 answered"
    assert entry[PRACTICE]["status"] == "1 of 6 answered" and entry[PRACTICE]["first_missing"] == 2
    assert header.check_done and header.check_status == "every graded question answered"
    data, _meta = header._repr_mimebundle_()
    assert data["text/plain"] == f"Your progress: {header.line}"  # where widgets cannot run


def test_a_writing_answer_cleared_counts_as_unanswered_again(folder: Path) -> None:
    header = show_page(folder)
    writing = show("00-hopes", folder)
    writing.answer("or-t01", "To listen first.")
    assert "Practice: 1 of 9 answered" in header.line
    writing.answer("or-t01", "   ")
    assert "Practice: 0 of 9 answered" in header.line


def test_saves_elsewhere_are_not_counted(folder: Path, tmp_path: Path, bank) -> None:
    header = show_page(folder)
    other = tmp_path / "copy" / ORIENTATION
    other.mkdir(parents=True)
    write_learner_content(bank, ORIENTATION, other)
    show(GRADED, other).answer(next(iter(_key(bank, GRADED))), "True")
    assert header.line.startswith("Graded: 0 of 5")


def test_listeners_leave_with_their_widget(folder: Path) -> None:
    summary = CheckSummary(load_exercise(GRADED, folder), folder)
    assert summary in live.listeners()
    summary.close()
    del summary
    gc.collect()
    assert not any(isinstance(x, CheckSummary) and x.folder == folder.resolve()
                   for x in live.listeners())


def test_running_a_cell_again_replaces_its_summary_and_header(folder: Path, bank) -> None:
    first, header = CheckSummary(load_exercise(GRADED, folder), folder), show_page(folder)
    again, header_again = CheckSummary(load_exercise(GRADED, folder), folder), show_page(folder)
    assert first.comm is None and header.comm is None  # closed: no longer on any page
    assert again.comm is not None and header_again.comm is not None
    del first, header
    gc.collect()
    assert not [x for x in live.listeners() if getattr(x, "folder", None) == folder.resolve()
                and x.comm is None]  # the closed ones are gone
    show(GRADED, folder).answer(next(iter(_key(bank, GRADED))), "True")
    assert again.text.endswith("1 of 5 answered. Still to answer: questions 2 to 5.")
    assert header_again.line.startswith("Graded: 1 of 5")


def test_check_in_a_learners_kernel_shows_the_live_summary(folder: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "0")
    monkeypatch.setattr(grading, "in_kernel", lambda: True)
    monkeypatch.setattr("IPython.display.display", shown.append)
    assert grading.check(GRADED) is None
    assert len(shown) == 1 and isinstance(shown[0], CheckSummary)
    assert read_status(load_exercise(GRADED, folder), folder) == shown[0].last


def test_check_under_an_automatic_runner_stays_plain(folder: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "1")
    monkeypatch.setattr(grading, "in_kernel", lambda: True)
    with pytest.raises(grading.NotReady) as caught:
        grading.check(GRADED)
    assert caught.value._render_traceback_() == [
        "“How this course works”: 0 of 5 answered. Still to answer: questions 1 to 5. Scroll "
        "up to the exercise, answer these, then check again."]
    assert capsys.readouterr().err == ""
