"""Widgets answered programmatically, the way a learner's clicks would answer them."""

from __future__ import annotations

import asyncio
import html
import json
import re
from pathlib import Path

import pytest

from soplab import show
from soplab.engine.answers import answers_path
from soplab.engine.content import LearnerExercise, LearnerItem, load_exercise, write_learner_content
from soplab.engine.widgets import ChoiceExercise, Problem, TextExercise, base
from soplab.engine.widgets.text import Checklist


@pytest.fixture
def release_folder(tmp_path: Path, bank, monkeypatch) -> Path:
    """A learner's folder: release content only, no course root in reach."""
    folder = tmp_path / "learner" / "00-orientation"
    folder.mkdir(parents=True)
    write_learner_content(bank, "00-orientation", folder)
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    return folder


def _saved(folder: Path, exercise: str) -> dict:
    data = json.loads(answers_path(exercise, folder).read_text(encoding="utf-8"))
    return {k: v["value"] for k, v in data["answers"].items()}


def test_practice_explains_right_and_wrong_at_once(release_folder: Path, bank) -> None:
    widget = show("00-privacy", release_folder)
    assert isinstance(widget, ChoiceExercise)
    right = bank.items["or-p01"]
    feedback = widget.answer("or-p01", right.label)
    assert "✓ Right." in feedback and right.explanation in feedback
    assert 'role="alert"' in feedback
    wrong = widget.answer("or-p02", "Fine to type here")
    assert "✗ Not quite." in wrong and "Never type here" in wrong
    assert bank.items["or-p02"].explanation in wrong
    assert "2 of 6 answered." in widget.progress.value
    assert _saved(release_folder, "00-privacy") == {"or-p01": right.label,
                                                   "or-p02": "Fine to type here"}


def test_clicking_a_radio_button_saves_like_answer(release_folder: Path) -> None:
    widget = show("00-privacy", release_folder)
    widget.pickers["or-p03"].value = "Fine to type here"  # what a click does
    assert _saved(release_folder, "00-privacy") == {"or-p03": "Fine to type here"}
    assert "✓" in widget.feedback["or-p03"].value


def test_assessment_only_confirms_saved(release_folder: Path, bank) -> None:
    widget = show("00-how-it-works", release_folder)
    texts = []
    for item in bank.items_for("00-how-it-works"):
        for option in ("True", "False"):
            texts.append(widget.answer(item.id, option))
    assert all("Saved." in t for t in texts)
    assert not any(mark in t for t in texts for mark in ("✓", "✗", "Right", "Not quite"))
    assert "5 of 5 answered. All done." in widget.progress.value


def test_answers_restored_when_run_again(release_folder: Path) -> None:
    first = show("00-privacy", release_folder)
    first.answer("or-p01", "Fine to type here")
    first.answer("or-p04", "Never type here")
    again = show("00-privacy", release_folder)
    assert again.pickers["or-p01"].value == "Fine to type here"
    assert again.pickers["or-p04"].value == "Never type here"
    assert again.pickers["or-p02"].value is None
    assert "✓" in again.feedback["or-p04"].value
    assert "2 of 6 answered." in again.progress.value


def test_scenario_explains_each_option(release_folder: Path, bank) -> None:
    widget = show("00-saving", release_folder)
    item = bank.items["or-s01"]
    feedback = widget.answer("or-s01", "A")
    assert "✗" in feedback and item.choice_feedback[0] in feedback
    assert html.escape(item.choices[1]) in feedback  # the better move is named
    assert "✓" in widget.answer("or-s01", item.choices[1])  # option text works too
    assert _saved(release_folder, "00-saving") == {"or-s01": "B"}
    with pytest.raises(ValueError):
        widget.answer("or-s01", "Z")


def test_text_answer_saves_and_restores(release_folder: Path) -> None:
    seen = []

    def fake_coach(text: str, expects: str) -> str:
        seen.append((text, expects))
        return f"<p>checked {len(text)}</p>"

    widget = TextExercise(load_exercise("00-hopes", release_folder), release_folder,
                          feedback=fake_coach)
    checklist = widget.answer("or-t01", "Slow down at the door and say who I am.")
    assert checklist == "<p>checked 39</p>" and seen[-1][1] == "reflection"
    assert "Saved (10 words)" in widget.saved_note["or-t01"].value
    assert _saved(release_folder, "00-hopes") == {"or-t01": "Slow down at the door and say who "
                                                  "I am."}
    again = show("00-hopes", release_folder)
    assert again.areas["or-t01"].value == "Slow down at the door and say who I am."
    widget.answer("or-t01", "   ")
    assert _saved(release_folder, "00-hopes") == {}


def test_damaged_file_shows_plain_notice(release_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "0")  # a learner's own kernel
    path = answers_path("00-privacy", release_folder)
    path.parent.mkdir()
    path.write_text("{oops", encoding="utf-8")
    widget = show("00-privacy", release_folder)
    assert "could not be read" in widget.notice.value and 'role="alert"' in widget.notice.value
    assert list(path.parent.glob("00-privacy.damaged-*.json"))


def test_automatic_runs_leave_a_damaged_file_in_place(release_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "1")  # autograding or Validate
    path = answers_path("00-privacy", release_folder)
    path.parent.mkdir()
    path.write_text("{oops", encoding="utf-8")
    widget = show("00-privacy", release_folder)
    assert "could not be read" in widget.notice.value
    assert path.read_text(encoding="utf-8") == "{oops"
    assert not list(path.parent.glob("00-privacy.damaged-*.json"))


def test_every_control_has_a_label(release_folder: Path) -> None:
    for set_id in ("00-privacy", "00-saving", "00-how-it-works"):
        widget = show(set_id, release_folder)
        for picker in widget.pickers.values():  # the group is named by its prompt
            assert picker.prompt and picker.options
            assert all(label.strip() for label, _value in picker.options)
    areas = show("00-hopes", release_folder).areas.values()
    assert areas and all(a.description for a in areas)


def test_summary_for_places_without_widgets(release_folder: Path) -> None:
    widget = show("00-privacy", release_folder)
    widget.answer("or-p02", "Never type here")
    bundle, metadata = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert metadata == {"soplab": {"exercise": "00-privacy", "title": "Safe to type here?"}}
    assert "Saved answer:</em> Never type here" in bundle["text/html"]
    assert bundle["text/plain"] == "Safe to type here?: 1 of 6 answered"


def test_missing_exercise_is_a_plain_message(release_folder: Path) -> None:
    problem = show("no-such-set", release_folder)
    assert isinstance(problem, Problem)
    assert "Ask your instructor" in problem._repr_html_()


def _statement_exercise(folder: Path) -> LearnerExercise:
    """A writing set whose one question asks for a danger statement (the coach checks it)."""
    item = LearnerItem(id="d1", prompt="Write a danger statement about the Okafors.",
                       expects="danger")
    return LearnerExercise(id="zz-danger", title="A danger statement", widget="text",
                           kind="practice", instructions="", items=(item,))


def test_checklist_is_shown_but_only_a_short_line_is_announced(release_folder: Path) -> None:
    widget = TextExercise(_statement_exercise(release_folder), release_folder)
    checklist = widget.answer("d1", "The social worker and Grace are worried that Emeka may "
                                    "hit Ada again when he drinks, and Ada could be hurt.")
    assert "✓" in checklist
    assert "aria-live" not in checklist and 'role="status"' not in checklist
    note = widget.saved_note["d1"].value
    assert 'role="status"' in note and 'aria-live="polite"' in note
    assert re.search(r"Saved \(\d+ words\)\. Checklist: \d of \d parts found\.", note), note


def test_announcements_wait_for_a_pause_in_a_kernel(release_folder: Path, monkeypatch) -> None:
    """In a kernel, saving waits DEBOUNCE_SECONDS of quiet and the spoken line
    ANNOUNCE_SECONDS: typing five letters saves once and announces once."""
    monkeypatch.setattr(base, "DEBOUNCE_SECONDS", 0.05)
    monkeypatch.setattr(base, "ANNOUNCE_SECONDS", 0.15)
    calls = {"coach": 0}

    def counting_coach(text: str, expects: str) -> Checklist:
        calls["coach"] += 1
        return Checklist(f"<ul><li>{len(text)}</li></ul>", "Checklist: 1 of 4 parts found.")

    widget = TextExercise(_statement_exercise(release_folder), release_folder,
                          feedback=counting_coach)
    notes = []
    widget.saved_note["d1"].observe(lambda change: notes.append(change["new"]), names="value")

    async def type_slowly() -> None:
        loop = asyncio.get_running_loop()
        monkeypatch.setattr(base, "kernel_loop", lambda: loop)
        for end in range(1, 6):
            widget.areas["d1"].value = "Ada is"[:end]
            await asyncio.sleep(0.02)
        assert notes == [] and not answers_path("zz-danger", release_folder).exists()
        await asyncio.sleep(0.1)  # saved, not yet announced
        assert _saved(release_folder, "zz-danger") == {"d1": "Ada i"} and notes == []
        await asyncio.sleep(0.15)

    asyncio.run(type_slowly())
    assert len(notes) == 1 and "Saved (2 words). Checklist: 1 of 4 parts found." in notes[0]
    assert calls["coach"] == 1  # the announcement reuses the checklist's analysis


def test_damaged_file_note_has_no_nested_brackets(release_folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "0")
    path = answers_path("00-privacy", release_folder)
    path.parent.mkdir()
    path.write_text("{oops", encoding="utf-8")
    notice = show("00-privacy", release_folder).store.notice
    assert "could not be read: " in notice
    depth, deepest = 0, 0
    for char in notice:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest <= 1 and depth == 0, notice
    assert "codec" not in notice and "Error" not in notice


def test_a_failed_write_says_not_saved_and_what_to_do(release_folder: Path, monkeypatch) -> None:
    graded = show("00-how-it-works", release_folder)
    item = graded.exercise.items[0]
    ack = graded.pickers[item.id].ack

    def full_disk(self) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(graded.store), "save", full_disk)
    text = graded.answer(item.id, "True")
    assert "Not saved" in text and "Saved." not in text and "tell your instructor" in text
    assert 'role="alert"' in graded.feedback[item.id].value
    assert graded.pickers[item.id].ack > ack  # the page stops showing "Saving…"
    monkeypatch.undo()
    assert "Saved." in graded.answer(item.id, "False") and not graded.unsaved
    assert _saved(release_folder, "00-how-it-works") == {item.id: "False"}

    hopes = show("00-hopes", release_folder)
    monkeypatch.setattr(type(hopes.store), "save", full_disk)
    hopes.answer("or-t01", "A first thought.")
    assert "Not saved" in hopes.saved_note["or-t01"].value
    assert "Saved (" not in hopes.saved_note["or-t01"].value


def test_text_past_the_limit_is_announced_and_kept_whole_words(release_folder: Path) -> None:
    widget = TextExercise(load_exercise("00-hopes", release_folder), release_folder,
                          feedback=lambda text, expects: "")
    near = "word " * 3_300  # 16,500 characters: over 80 % of the limit
    widget.answer("or-t01", near)
    assert "characters left of 20,000" in widget.saved_note["or-t01"].value
    pasted = "harm " * 12_160  # 60,800 characters
    widget.answer("or-t01", pasted)
    note = html.unescape(widget.saved_note["or-t01"].value)
    assert "Too long" in note and "60,800" in note and "Saved (" not in note, note
    kept = _saved(release_folder, "00-hopes")["or-t01"]
    assert len(kept) <= 20_000 and kept.endswith("harm")
    assert f"first {len(kept.split()):,} words are saved" in note


def test_a_reflection_says_it_is_only_saved(release_folder: Path) -> None:
    header = show("00-hopes", release_folder).box.children[0].value
    assert "only saved" in header or "nobody grades it" in header
    assert "feedback at once" not in header
    assert "feedback at once" in show("00-privacy", release_folder).box.children[0].value


def test_every_exercise_carries_a_kernel_guard(release_folder: Path) -> None:
    from soplab.engine.widgets.guard import GONE_TEXT, GUARD_JS, KernelGuard

    for set_id in ("00-privacy", "00-hopes", "00-how-it-works"):
        widget = show(set_id, release_folder)
        assert any(isinstance(child, KernelGuard) for child in widget.box.children)
    # the page half says the same words as the kernel half
    assert GONE_TEXT.split(":")[0] in GUARD_JS and "choose Run All" in GONE_TEXT
