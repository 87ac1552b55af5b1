"""06's network-meeting scene, graded scene by scene, in a real JupyterLab and Chromium.

The learner answers the six scenes with the mouse, each option in this learner's own
order; each scene says it is saved and shows no verdict (it is graded); the answer
file holds, for each scene, the letter of the option the learner chose, and here
those are the item bank's keys.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.harness import release_content

pytestmark = pytest.mark.browser

ASSIGNMENT = "06-teaming-humility-trauma"
SCENE = "06-graded-cft"
CONTENT = release_content(ASSIGNMENT)["exercises"]
LETTERS = "ABCD"


def bank_keys() -> dict[str, str]:
    from soplab.engine.items import load_bank

    bank = load_bank(Path(__file__).resolve().parents[2])
    return {item.id: item.label for item in bank.items_for(SCENE)}


def test_the_network_meeting_scene_is_answered_and_saved(page, learner):
    notebook = learner(page, ASSIGNMENT)
    notebook.run_all()
    notebook.wait_for_exercises(len(CONTENT))
    notebook.wait_idle()

    scene = CONTENT[SCENE]
    items = scene["items"]
    assert [item["prompt"].split(",")[0].split(".")[0] for item in items] == [
        f"Scene {n}" for n in range(1, len(items) + 1)]
    keys = bank_keys()
    exercise = notebook.exercise(scene["title"])
    cards = exercise.locator(".soplab-card")
    expect(cards).to_have_count(len(items))
    for number, item in enumerate(items):
        assert "answer" not in item and "option_feedback" not in item  # graded: no key shipped
        card = cards.nth(number)
        expect(card).to_contain_text(item["prompt"])
        shown = [" ".join(t.split()) for t in card.locator(".soplab-option").all_inner_texts()]
        assert sorted(shown) == sorted(item["options"])
        wanted = item["options"][LETTERS.index(keys[item["id"]])]
        card.get_by_role("radio", name=wanted, exact=True).click()
        expect(card.get_by_role("status")).to_have_text("Saved.")

    expect(exercise.locator(".soplab-progress")).to_have_text(
        f"{len(items)} of {len(items)} answered. All done.")
    text = exercise.inner_text()
    assert "✓" not in text and "✗" not in text and "Right" not in text

    saved = json.loads((notebook.folder / "answers" / f"{SCENE}.json").read_text("utf-8"))
    assert {i: entry["value"] for i, entry in saved["answers"].items()} == keys
