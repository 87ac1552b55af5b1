"""A learner's path through the orientation, in a real JupyterLab and Chromium.

Mouse for practice, keyboard alone for a graded set, typing in a text box,
a kernel restart that must bring every answer back, and the Validate button.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from browser.harness import release_assignments, release_content

pytestmark = pytest.mark.browser

ORIENTATION = "00-orientation"
CONTENT = release_content(ORIENTATION)["exercises"]
PRACTICE = "00-privacy"  # classify, practice
SCENARIO = "00-saving"  # scenario, practice
WRITING = "00-hopes"  # text, practice
GRADED = "00-how-it-works"  # classify, assessment
TRACEBACK = re.compile(r"Traceback|File \"[^\"]+\", line \d+|\b\w+(Error|Exception)\b")


def title(set_id: str) -> str:
    return CONTENT[set_id]["title"]


def saved(folder, set_id: str) -> dict:
    path = folder / "answers" / f"{set_id}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {item: entry["value"] for item, entry in data["answers"].items()}


def active_element(page) -> dict:
    """Where the keyboard focus is: the control, its question (card) and the active cell."""
    return page.evaluate("""() => {
        const e = document.activeElement;
        const card = e.closest('.soplab-card');
        const cards = card ? [...card.parentElement.querySelectorAll(':scope > .soplab-card')] : [];
        const cell = document.querySelector('.jp-Notebook .jp-Cell.jp-mod-active');
        return {tag: e.tagName, type: e.type || '', label: e.parentElement?.innerText || '',
                card: cards.indexOf(card), checked: !!e.checked,
                group: e.closest('[role=radiogroup]')?.getAttribute('aria-labelledby') || '',
                cell: cell ? [...cell.parentElement.children].indexOf(cell) : -1,
                cells: document.querySelectorAll('.jp-Notebook .jp-Cell').length};
    }""")


def shown_options(card) -> list[str]:
    """The option labels of one question, in the order this learner sees them."""
    return [" ".join(t.split()) for t in card.locator(".soplab-option").all_inner_texts()]


@pytest.fixture
def orientation(page, learner):
    notebook = learner(page, ORIENTATION)
    notebook.run_all()
    notebook.wait_for_exercises(len(CONTENT))
    notebook.wait_idle()
    return notebook


def test_practice_with_the_mouse_explains_at_once(orientation):
    items = CONTENT[PRACTICE]["items"]
    exercise = orientation.exercise(title(PRACTICE))
    cards = exercise.locator(".soplab-card")

    right = items[0]
    cards.nth(0).get_by_role("radio", name=right["answer"], exact=True).click()
    feedback = cards.nth(0).get_by_role("alert")
    feedback.wait_for()
    assert feedback.inner_text().startswith("✓ Right."), feedback.inner_text()
    assert right["explanation"] in feedback.inner_text()

    wrong = items[1]
    other = next(o for o in wrong["options"] if o != wrong["answer"])
    cards.nth(1).get_by_role("radio", name=other, exact=True).click()
    feedback = cards.nth(1).get_by_role("alert")
    feedback.wait_for()
    text = feedback.inner_text()
    assert text.startswith("✗ Not quite."), text
    assert f"The answer is {wrong['answer']}." in text and wrong["explanation"] in text
    expect(exercise.locator(".soplab-progress")).to_have_text(f"2 of {len(items)} answered.")

    # A scenario: the chosen option explains itself, and the better move is named.
    scenario = CONTENT[SCENARIO]["items"][0]
    letters = "ABCDEFGH"
    pick = next(i for i, _ in enumerate(scenario["options"]) if letters[i] != scenario["answer"])
    card = orientation.exercise(title(SCENARIO)).locator(".soplab-card").first
    card.get_by_role("radio", name=scenario["options"][pick], exact=True).click()
    feedback = card.get_by_role("alert")
    feedback.wait_for()
    text = feedback.inner_text()
    assert text.startswith("✗ Not quite.") and scenario["option_feedback"][pick] in text, text
    assert "A better move" in text

    assert saved(orientation.folder, PRACTICE) == {right["id"]: right["answer"],
                                                   wrong["id"]: other}
    assert saved(orientation.folder, SCENARIO) == {scenario["id"]: letters[pick]}


def test_graded_set_with_the_keyboard_alone(orientation):
    """Each question is one Tab stop; the arrow keys move and choose within it.

    The first question gets focus the way a screen reader user lands on it; from
    there on only keys are pressed: arrows to the wanted option (the options are
    in this learner's own order), Space, then Tab to the next question. The
    focus never leaves the exercise's cell, and nothing reveals the key.
    """
    page = orientation.page
    items = CONTENT[GRADED]["items"]
    exercise = orientation.exercise(title(GRADED))
    cards = exercise.locator(".soplab-card")
    picks = [number % 2 for number in range(len(items))]  # option 0, 1, 0, 1, ... as written
    cards.first.get_by_role("radio").first.focus()
    start = active_element(page)
    for number, pick in enumerate(picks):
        wanted = items[number]["options"][pick]
        shown = shown_options(cards.nth(number))
        assert sorted(shown) == sorted(items[number]["options"])
        for _ in range(shown.index(wanted)):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        focused = active_element(page)
        assert focused["type"] == "radio" and focused["card"] == number, focused
        assert focused["label"].strip() == wanted and focused["checked"], focused
        assert (focused["cell"], focused["cells"]) == (start["cell"], start["cells"]), focused
        expect(cards.nth(number).get_by_role("radio", name=wanted, exact=True)).to_be_checked()
        if number + 1 < len(items):
            page.keyboard.press("Tab")  # one Tab: the next question, not the next option
            assert active_element(page)["card"] == number + 1

    expect(exercise.locator(".soplab-progress")).to_have_text(
        f"{len(items)} of {len(items)} answered. All done.")
    expect(cards.get_by_role("status")).to_have_text(["Saved."] * len(items))
    text = exercise.inner_text()
    assert "✓" not in text and "✗" not in text and "Right" not in text
    want = {item["id"]: item["options"][pick] for item, pick in zip(items, picks, strict=True)}
    assert saved(orientation.folder, GRADED) == want


def test_answers_come_back_after_a_kernel_restart(orientation):
    page = orientation.page
    practice = CONTENT[PRACTICE]["items"][0]
    graded = CONTENT[GRADED]["items"][2]
    words = "I hope to sit down with the family and ask what they want me to know first."

    orientation.exercise(title(PRACTICE)).locator(".soplab-card").first.get_by_role(
        "radio", name=practice["answer"], exact=True).click()
    orientation.exercise(title(GRADED)).locator(".soplab-card").nth(2).get_by_role(
        "radio", name=graded["options"][1], exact=True).click()
    writing = orientation.exercise(title(WRITING))
    writing.get_by_role("textbox").click()
    page.keyboard.type(words, delay=5)
    writing.get_by_role("status").filter(has_text="Saved (").wait_for()
    assert saved(orientation.folder, WRITING) == {CONTENT[WRITING]["items"][0]["id"]: words}
    orders = {set_id: [shown_options(card) for card in orientation.exercise(
        title(set_id)).locator(".soplab-card").all()] for set_id in (PRACTICE, SCENARIO)}
    assert len({tuple(order) for order in orders[PRACTICE]}) == 1  # one order per sorting set

    orientation.restart_and_run_all(len(CONTENT))
    assert orientation.exercises.count() == len(CONTENT)  # the old ones are gone
    for set_id, before in orders.items():  # this learner's order, kept across restarts
        after = [shown_options(card) for card in orientation.exercise(
            title(set_id)).locator(".soplab-card").all()]
        assert after == before, set_id

    card = orientation.exercise(title(PRACTICE)).locator(".soplab-card").first
    expect(card.get_by_role("radio", name=practice["answer"], exact=True)).to_be_checked()
    expect(card).to_contain_text("✓ Right.")
    assert card.get_by_role("alert").count() == 0  # restored quietly, not announced again
    graded_card = orientation.exercise(title(GRADED)).locator(".soplab-card").nth(2)
    expect(graded_card.get_by_role("radio", name=graded["options"][1], exact=True)
           ).to_be_checked()
    expect(orientation.exercise(title(WRITING)).get_by_role("textbox")).to_have_value(words)
    expect(orientation.exercise(title(PRACTICE)).locator(".soplab-progress")).to_have_text(
        f"1 of {len(CONTENT[PRACTICE]['items'])} answered.")


def _validate(notebook) -> str:
    page = notebook.page
    page.get_by_role("button", name="Validate", exact=True).click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=90_000)
    page.wait_for_function(
        "el => !/Validating|Loading/i.test(el.innerText) && el.innerText.trim().length > 20",
        arg=dialog.element_handle(), timeout=90_000)
    text = dialog.inner_text()
    dialog.get_by_role("button").last.click()
    dialog.wait_for(state="detached")
    return text


def test_validate_button_gives_a_plain_message(orientation):
    before = _validate(orientation)
    assert "Still to answer: questions 1 to 5" in before, before
    assert not TRACEBACK.search(before), before

    exercise = orientation.exercise(title(GRADED))
    for card in exercise.locator(".soplab-card").all():
        card.get_by_role("radio").first.click()
    expect(exercise.locator(".soplab-progress")).to_contain_text("All done")
    after = _validate(orientation)
    assert "Still to answer" not in after and not TRACEBACK.search(after), after
    assert re.search(r"Success|passes", after), after


STATEMENT_KINDS = ("harm", "danger", "goal", "plan", "question")


def _statement_set() -> tuple[str, str, dict] | None:
    """A text exercise in release/ whose items ask for a statement the coach checks."""
    for assignment in release_assignments():
        for set_id, ex in release_content(assignment)["exercises"].items():
            if ex["widget"] != "text":
                continue
            for item in ex["items"]:
                if item.get("expects") in STATEMENT_KINDS:
                    return assignment, set_id, item
    return None


def _statement_card(page, learner):
    """The card of a writing question the coach reads, on its notebook after Run All,
    and the item it shows."""
    found = _statement_set()
    if found is None:
        pytest.skip("no text exercise with a coach label (harm, danger, goal, plan, question) "
                    "in release/ yet")
    assignment, set_id, item = found
    content = release_content(assignment)["exercises"][set_id]
    notebook = learner(page, assignment)
    notebook.run_all()
    notebook.wait_idle()
    exercise = notebook.exercise(content["title"])
    exercise.wait_for()
    number = [i["id"] for i in content["items"]].index(item["id"])
    return exercise.locator(".soplab-card").nth(number), item


def test_coach_checklist_follows_the_writing(page, learner):
    card, item = _statement_card(page, learner)
    box = card.get_by_role("textbox")
    box.click()
    page.keyboard.type("Mom is bad.", delay=5)
    card.get_by_role("status").filter(has_text="Saved (3 words)").wait_for()
    checklist = card.locator(".soplab-checklist")
    expect(checklist).not_to_have_text("")
    first = checklist.inner_text().strip()

    box.fill("")
    page.keyboard.type(STATEMENT_EXAMPLES.get(item["expects"], STATEMENT_EXAMPLES["danger"]),
                       delay=2)
    card.get_by_role("status").filter(has_text="words)").filter(
        has_not_text="3 words").wait_for()
    expect(checklist).not_to_have_text(first)
    second = checklist.inner_text().strip()
    assert second != first
    assert "✓" in second, second


#: Fictional statements used to see the checklist change (not model answers).
STATEMENT_EXAMPLES = {
    "harm": "It was reported that on 3 May Mr. Ruiz hit 7-year-old Ana with a belt when he "
            "was angry, and as a result Ana had bruises on her legs and was scared to go home.",
    "danger": "The social worker and Ana's aunt are worried that Mr. Ruiz may hit Ana again "
              "when he is angry after work, and Ana could be badly hurt and feel afraid at home.",
    "goal": "Ana's family and the agency will know Ana is safe when Mr. Ruiz stays calm and "
            "asks her aunt to step in whenever he is angry, every day for the next six months.",
    "plan": "When Mr. Ruiz feels angry after work, he will call Ana's aunt, who will come over "
            "within an hour and stay until he is calm; the aunt will check in every Friday.",
    "question": "What has helped you keep Ana safe on the days when things were hard at home?",
}


_WATCH_LIVE = """card => {
    window.soplabLive = [];
    const spoken = () => [...card.querySelectorAll('[aria-live], [role=status], [role=alert]')]
        .map(e => e.innerText.trim()).join(' | ');
    let last = spoken();
    new MutationObserver(() => {
        const now = spoken();
        if (now !== last) { window.soplabLive.push({t: performance.now(), text: now}); }
        last = now;
    }).observe(card, {subtree: true, childList: true, characterData: true});
    return performance.now();
}"""


def test_the_coach_speaks_once_the_learner_pauses(page, learner):
    """While the learner types, nothing is announced; once they pause, one short line
    (saved, and how much of the checklist is there). The checklist itself is shown
    but is not a live region."""
    card, item = _statement_card(page, learner)
    card.get_by_role("textbox").click()
    card.evaluate(_WATCH_LIVE)
    text = STATEMENT_EXAMPLES.get(item["expects"], STATEMENT_EXAMPLES["danger"])
    page.keyboard.type(text, delay=60)  # never a pause of a second while typing
    typed = page.evaluate("() => performance.now()")
    status = card.get_by_role("status").filter(has_text="Saved (")
    expect(status).to_have_text(re.compile(
        rf"^Saved \({len(text.split())} words\)\.( Checklist: \d+ of \d+ parts found\.)?$"))
    page.wait_for_timeout(2500)
    changes = page.evaluate("() => window.soplabLive")
    assert len(changes) == 1, changes
    assert changes[0]["t"] > typed + 1000, (changes, typed)  # after the pause, not during
    checklist = card.locator(".soplab-checklist")
    expect(checklist).to_contain_text("✓")
    assert checklist.locator("[aria-live], [role=status], [role=alert]").count() == 0
    assert checklist.evaluate("e => !e.closest('[aria-live], [role=status], [role=alert]')")
