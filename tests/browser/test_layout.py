"""The exercises fit their cell: no sideways scrolling, nothing cut short, the page's font.

Checked in every assignment as rendered after Run All Cells (the ``rendered``
fixture), at the tests' 1280 x 900 window.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

_MEASURE = """ex => {
    const found = {overflow: [], cut: [], monospace: []};
    const name = e => (e.className?.toString() || e.tagName).slice(0, 60);
    const ctx = document.createElement('canvas').getContext('2d');
    for (const e of [ex, ...ex.querySelectorAll('*')]) {
        const style = getComputedStyle(e);
        if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                && ['auto', 'scroll'].includes(style.overflowX))
            found.overflow.push(`${name(e)}: ${e.scrollWidth} > ${e.clientWidth}`);
    }
    for (const e of ex.querySelectorAll('.widget-label, button, .soplab-option, .soplab-prompt')) {
        if (e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            found.cut.push(`${e.textContent.trim()}: ${e.scrollWidth} > ${e.clientWidth}`);
    }
    for (const e of ex.querySelectorAll('input[type=text], textarea, select')) {
        const style = getComputedStyle(e);
        if (/monospace|courier|menlo|consolas/i.test(style.fontFamily.split(',')[0]))
            found.monospace.push(`${e.placeholder || e.tagName}: ${style.fontFamily}`);
        if (e.placeholder) {
            ctx.font = `${style.fontSize} ${style.fontFamily}`;
            const room = e.clientWidth - parseFloat(style.paddingLeft)
                - parseFloat(style.paddingRight);
            if (e.tagName === 'INPUT' && ctx.measureText(e.placeholder).width > room + 1)
                found.cut.push(
                    `placeholder "${e.placeholder}" in a box ${Math.round(room)}px wide`);
        }
    }
    return found;
}"""


def test_exercises_fit_their_cell(rendered):
    problems = []
    for number, exercise in enumerate(rendered.notebook.exercises.all(), start=1):
        found = exercise.evaluate(_MEASURE)
        for kind, lines in found.items():
            problems += [f"exercise {number}: {kind}: {line}" for line in lines]
    outputs = rendered.page.locator(".jp-Notebook .jp-OutputArea-output")
    wide = outputs.evaluate_all(
        "els => els.filter(e => e.querySelector('.soplab-exercise')"
        " && e.scrollWidth > e.clientWidth + 1).length")
    if wide:
        problems.append(f"{wide} output area(s) scroll sideways")
    assert not problems, f"{rendered.assignment}:\n" + "\n".join(problems)
