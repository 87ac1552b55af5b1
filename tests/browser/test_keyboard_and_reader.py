"""One whole assignment with the keyboard alone, then read as a screen reader gets it.

The orientation, after Run > Run All Cells: the page puts the focus on the first
question; from there only Tab, Space and typing answer every question of every
exercise (practice and graded, choices and a text). Then the whole page is read from
Playwright's accessibility tree, in page order, the way a screen reader walks it:
each exercise is a heading, each question a named radio group whose text is said
once, each box has a name, every answer says it is saved, and nothing reads as code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.harness import release_content

pytestmark = pytest.mark.browser

ORIENTATION = "00-orientation"
CONTENT = release_content(ORIENTATION)["exercises"]
CODE = re.compile(r"Traceback|Error\b|\bdef \b|import |show\(|\[\d*\]:")

_WHERE = """() => {
    const e = document.activeElement;
    const group = e.closest('[role=radiogroup]');
    return {tag: e.tagName, type: e.type || '', inExercise: !!e.closest('.soplab-exercise'),
            answered: group ? !!group.querySelector('input:checked') : null,
            check: !!e.closest('.soplab-check-summary'),
            text: (e.innerText || e.value || '').slice(0, 40)};
}"""


def _answered(folder: Path) -> dict[str, int]:
    out = {}
    for set_id in CONTENT:
        path = folder / "answers" / f"{set_id}.json"
        out[set_id] = len(json.loads(path.read_text())["answers"]) if path.exists() else 0
    return out


def test_the_orientation_with_the_keyboard_alone_then_read_aloud(page, learner, tmp_path):
    notebook = learner(page, ORIENTATION)
    notebook.run_all()
    notebook.wait_for_exercises(len(CONTENT))
    notebook.wait_idle()
    page.wait_for_function("() => !!document.activeElement?.closest('.soplab-exercise')",
                           timeout=15_000)  # the page lands on the first question

    steps = []
    for _ in range(200):
        where = page.evaluate(_WHERE)
        steps.append(where)
        if where["check"]:
            break
        if where["type"] == "radio" and not where["answered"]:
            page.keyboard.press("Space")  # chooses the option the focus is on
            page.wait_for_timeout(150)
        elif where["tag"] == "TEXTAREA" and not where["text"].strip():
            page.keyboard.type("I want to listen first and say who I am.", delay=5)
            page.wait_for_timeout(600)
        page.keyboard.press("Tab")
    else:
        raise AssertionError(f"never reached Check your work: {steps[-5:]}")

    want = {set_id: len(ex["items"]) for set_id, ex in CONTENT.items()}
    page.wait_for_timeout(2000)  # the last text's save
    assert _answered(notebook.folder) == want
    expect(page.locator(".soplab-check-summary.soplab-done")).to_have_count(1)

    # The screen reader's walk through the page, in order.
    transcript = []
    for part in page.locator(".soplab-page, .soplab-exercise, .soplab-check-summary").all():
        transcript.append(part.aria_snapshot())
    text = "\n".join(transcript)
    (tmp_path / "read-aloud.txt").write_text(text, encoding="utf-8")
    assert not CODE.search(text), CODE.search(text)
    assert 'navigation "This assignment"' in text
    for set_id, exercise in CONTENT.items():
        assert f'heading "{exercise["title"]}" [level=3]' in text, set_id
        for number, item in enumerate(exercise["items"], start=1):
            if exercise["widget"] in ("classify", "scenario"):
                named = f'radiogroup "{number}. {item["prompt"]}"'
                assert text.count(named) == 1, (set_id, number)
                assert text.count(item["prompt"]) == 1, (set_id, number, "read twice")
    # An option's words are said once, as the radio's name (not again as text).
    assert not re.search(r'- radio "([^"]+)".*\n\s*- text: \1\n', text), "option read twice"
    graded = CONTENT["00-how-it-works"]
    graded_text = page.locator(".soplab-set-00-how-it-works").aria_snapshot()
    assert graded_text.count("Saved.") == len(graded["items"]), graded_text
    assert re.search(r'textbox "Your answer 1"', text)
    assert "Saved (" in text
