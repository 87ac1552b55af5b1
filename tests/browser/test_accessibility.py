"""Accessibility of the course's own widgets, checked with axe-core in Chromium.

Findings inside the course's own parts of the page (exercises, the page header,
the graded checks, My progress) with impact serious or critical fail the test;
JupyterLab's own findings are printed as a summary (not ours to fix).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from browser.harness import release_content

pytestmark = pytest.mark.browser

BLOCKING = ("serious", "critical")
#: Roles of controls: each needs an accessible name.
CONTROL = re.compile(
    r"^\s*- (radio|textbox|button|checkbox|combobox|listbox|slider|spinbutton|switch|link|"
    r"option|tab|menuitem)\b(?P<rest>.*)$")

#: The course's own parts of the page: exercises, the page header, the graded checks and
#: the My progress panel.
OURS = ".soplab-exercise, .soplab-page, .soplab-check-summary, .soplab-progress"

_AXE_RUN = """async () => {
    const OURS = '""" + OURS + """';
    const result = await axe.run(document, {resultTypes: ['violations']});
    const out = [];
    for (const v of result.violations) {
        for (const node of v.nodes) {
            let el = null;
            try { el = document.querySelector(node.target[node.target.length - 1]); }
            catch (e) { el = null; }
            out.push({rule: v.id, impact: node.impact || v.impact, help: v.help,
                      target: node.target.join(' '),
                      ours: !!(el && el.closest(OURS)),
                      html: node.html.slice(0, 200)});
        }
    }
    return out;
}"""

#: Tab stops of an exercise in reading order. A radio group is one stop: its checked
#: radio, or its first when none is checked (what the browser's Tab key visits).
_FOCUSABLE = """ex => {
    const sel = 'input, textarea, select, button, summary, a[href], [tabindex]';
    const stop = e => e.type !== 'radio' || (e.form === null && (e.checked
        || (![...document.getElementsByName(e.name)].some(r => r.checked)
            && document.getElementsByName(e.name)[0] === e)));
    const all = [...ex.querySelectorAll(sel)].filter(e =>
        !e.disabled && e.tabIndex >= 0 && e.offsetParent !== null && stop(e));
    all.forEach((e, i) => e.dataset.soplabFocus = String(i));
    return all.map(e => {
        const r = e.getBoundingClientRect();
        return {tag: e.tagName.toLowerCase(), top: Math.round(r.top), left: Math.round(r.left)};
    });
}"""


def _run_axe(page, axe_source: str) -> list[dict]:
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    return page.evaluate(_AXE_RUN)


def _summary(findings: list[dict]) -> str:
    counts = Counter((f["rule"], f["impact"], f["help"]) for f in findings)
    return "\n".join(f"  {n:3d} x {rule} ({impact}): {help_}"
                     for (rule, impact, help_), n in counts.most_common())


def test_axe_finds_nothing_serious_in_the_exercises(rendered, axe_source):
    findings = _run_axe(rendered.page, axe_source)
    theirs = [f for f in findings if not f["ours"]]
    ours = [f for f in findings if f["ours"]]
    if theirs:
        print(f"\n{rendered.assignment}: JupyterLab's own axe findings (not ours):\n"
              f"{_summary(theirs)}")
    if ours:
        print(f"{rendered.assignment}: findings in the course's widgets:\n{_summary(ours)}")
    blocking = [f for f in ours if f["impact"] in BLOCKING]
    assert not blocking, "\n".join(
        f"{f['rule']} ({f['impact']}): {f['help']} at {f['target']}: {f['html']}"
        for f in blocking)


def test_every_control_has_an_accessible_name(rendered):
    unnamed = []
    for number, exercise in enumerate(rendered.notebook.exercises.all(), start=1):
        for line in exercise.aria_snapshot().splitlines():
            match = CONTROL.match(line)
            if match and not match.group("rest").lstrip().startswith('"'):
                unnamed.append(f"exercise {number}: {line.strip()}")
    assert not unnamed, f"{rendered.assignment}: controls without a name:\n" + "\n".join(unnamed)


def test_tab_order_follows_reading_order(rendered):
    """Tab through each exercise: the focus visits its controls in DOM order, top to bottom."""
    page = rendered.page
    for number, exercise in enumerate(rendered.notebook.exercises.all(), start=1):
        boxes = exercise.evaluate(_FOCUSABLE)
        if not boxes:
            continue
        exercise.locator("[data-soplab-focus='0']").focus()
        visited = []
        for _ in range(len(boxes) + 2):
            index = page.evaluate(
                "ex => { const a = document.activeElement;"
                " return ex.contains(a) ? Number(a.dataset.soplabFocus ?? -1) : null; }",
                exercise.element_handle())
            if index is None:
                break
            visited.append(index)
            page.keyboard.press("Tab")
        assert visited == list(range(len(boxes))), (
            f"{rendered.assignment}, exercise {number}: Tab visits {visited}, "
            f"reading order is {list(range(len(boxes)))}")
        for a, b in zip(boxes, boxes[1:], strict=False):
            lower = b["top"] > a["top"] + 4
            same_row_on = abs(b["top"] - a["top"]) <= 4 and b["left"] >= a["left"]
            assert lower or same_row_on, \
                f"{rendered.assignment}, exercise {number}: focus goes back from {a} to {b}"


def test_feedback_is_announced_and_not_colour_alone(page, learner, axe_source):
    """Practice feedback is an alert with a symbol and words; graded answers get a status."""
    content = release_content("00-orientation")["exercises"]
    notebook = learner(page, "00-orientation")
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()

    practice = content["00-privacy"]
    card = notebook.exercise(practice["title"]).locator(".soplab-card")
    for number, item in enumerate(practice["items"][:2]):
        pick = item["answer"] if number == 0 else next(
            o for o in item["options"] if o != item["answer"])
        card.nth(number).get_by_role("radio", name=pick, exact=True).click()
    right, wrong = (card.nth(n).get_by_role("alert") for n in (0, 1))
    expect(right).to_contain_text("✓ Right.")
    expect(wrong).to_contain_text("✗ Not quite.")

    graded = content["00-how-it-works"]
    graded_card = notebook.exercise(graded["title"]).locator(".soplab-card").first
    graded_card.get_by_role("radio").first.click()
    status = graded_card.get_by_role("status")
    expect(status).to_have_text("Saved.")
    assert status.get_attribute("aria-live") == "polite"
    expect(notebook.exercise(practice["title"]).locator(".soplab-progress")).to_have_attribute(
        "aria-live", "polite")

    # With feedback on the page, axe still finds nothing serious in our widgets.
    blocking = [f for f in _run_axe(page, axe_source)
                if f["ours"] and f["impact"] in BLOCKING]
    assert not blocking, blocking


def _chromium_tree(page, element, role: str) -> list[dict]:
    """Nodes of ``role`` under ``element`` in Chromium's own accessibility tree (what
    screen readers are given): name and properties such as checked."""
    cdp = page.context.new_cdp_session(page)
    try:
        element.evaluate("e => e.dataset.soplabAx = '1'")
        document = cdp.send("DOM.getDocument", {"depth": 0})
        node = cdp.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"],
                                              "selector": "[data-soplab-ax='1']"})
        found = cdp.send("Accessibility.queryAXTree", {"nodeId": node["nodeId"], "role": role})
    finally:
        element.evaluate("e => delete e.dataset.soplabAx")
        cdp.detach()
    out = []
    for ax in found["nodes"]:
        props = {p["name"]: p["value"].get("value") for p in ax.get("properties", [])}
        out.append({"name": ax.get("name", {}).get("value", ""), **props})
    return out


def test_a_question_is_one_named_radio_group(page, learner):
    """Role, name and checked state of one question, as Playwright's ARIA snapshot
    and as Chromium's accessibility tree give them to a screen reader."""
    content = release_content("00-orientation")["exercises"]
    practice = content["00-privacy"]
    item = practice["items"][0]
    notebook = learner(page, "00-orientation")
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    card = notebook.exercise(practice["title"]).locator(".soplab-card").first
    shown = [" ".join(t.split()) for t in card.locator(".soplab-option").all_inner_texts()]
    assert sorted(shown) == sorted(item["options"])
    card.get_by_role("radio", name=item["answer"], exact=True).click()
    expect(card.get_by_role("alert")).to_contain_text("✓ Right.")

    group = card.get_by_role("radiogroup")
    expect(group).to_have_count(1)
    radios = "\n".join(f'  - radio "{option}"' + (" [checked]" if option == item["answer"]
                                                   else "") for option in shown)
    expect(group).to_match_aria_snapshot(f'- radiogroup "1. {item["prompt"]}":\n{radios}')

    (named,) = _chromium_tree(page, card, "radiogroup")
    assert named["name"] == f"1. {item['prompt']}"
    options = _chromium_tree(page, card, "radio")
    assert [o["name"] for o in options] == shown
    assert [o.get("checked") for o in options] == [
        "true" if option == item["answer"] else "false" for option in shown]


def test_right_and_wrong_differ_in_colour_too(page, learner):
    """Practice feedback: a symbol and words, and also a colour learners expect."""
    content = release_content("00-orientation")["exercises"]
    practice = content["00-privacy"]
    notebook = learner(page, "00-orientation")
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    cards = notebook.exercise(practice["title"]).locator(".soplab-card")
    first, second = practice["items"][:2]
    cards.nth(0).get_by_role("radio", name=first["answer"], exact=True).click()
    wrong = next(o for o in second["options"] if o != second["answer"])
    cards.nth(1).get_by_role("radio", name=wrong, exact=True).click()
    colours = [cards.nth(n).get_by_role("alert").evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
        for n in (0, 1)]
    right, wrong_colours = colours
    assert right != wrong_colours and "rgba(0, 0, 0, 0)" not in right + wrong_colours, colours
    expect(cards.nth(0).get_by_role("alert")).to_contain_text("✓ Right.")
    expect(cards.nth(1).get_by_role("alert")).to_contain_text("✗ Not quite.")
