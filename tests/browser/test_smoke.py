"""Every assignment in release/ renders in JupyterLab: widgets shown, code hidden, no tracebacks.

Each assignment is opened once per session (the ``rendered`` fixture) and run
with Run > Run All Cells, with nothing answered.
"""

from __future__ import annotations

import re

import pytest

from browser.harness import tagged_cells

pytestmark = pytest.mark.browser

#: Signs of a Python traceback.
TRACEBACK = re.compile(r"Traceback|File \"[^\"]+\", line \d+|\b\w+(Error|Exception)\b|-{5,}>")
#: Signs of code shown to a learner.
CODE = re.compile(r"\bimport\b|\w\(|\)|=|\bdef\b|\breturn\b")


def test_first_cell_says_how_to_start(rendered):
    sentences = re.split(r"(?<=[.!?])\s+", rendered.first_cell_text)
    how = [s for s in sentences if "Run All Cells" in s]
    assert how, f"{rendered.assignment}: the first cell does not say how to start " \
                f"(Run > Run All Cells): {rendered.first_cell_text[:200]!r}"
    assert len(how[0].split()) <= 40, f"{rendered.assignment}: a long start: {how[0]!r}"
    assert rendered.exercises_before_run == 0  # nothing runs by itself


def test_cells_with_code_open_hidden(rendered):
    """No editor and no code where the course hides a cell's source.

    JupyterLab shows the first line of a hidden cell as a collapsed placeholder,
    so that line must be plain words, not code.
    """
    assert rendered.cell_count == len(rendered.nb.cells)
    assert rendered.hidden, f"{rendered.assignment}: no hidden cells at all?"
    editors = [i + 1 for i, seen in rendered.hidden.items() if seen["editor_visible"]]
    assert not editors, f"{rendered.assignment}: code editor shown in cells {editors}"
    code = [f"cell {i + 1}: {seen['text']!r}" for i, seen in rendered.hidden.items()
            if CODE.search(seen["text"])]
    assert not code, f"{rendered.assignment}: code visible in hidden cells:\n" + "\n".join(code)


def test_every_widget_appears(rendered):
    cells = rendered.page.locator(".jp-Notebook .jp-Cell")
    widget_cells = tagged_cells(rendered.nb, "soplab-widget")
    missing = [i + 1 for i in widget_cells
               if cells.nth(i).locator(".soplab-exercise").count() != 1]
    assert not missing, f"{rendered.assignment}: no exercise shown in cells {missing}"
    assert rendered.notebook.exercises.count() == len(widget_cells)


def test_no_error_output(rendered):
    page = rendered.page
    stderr = page.locator('.jp-Notebook .jp-OutputArea-output'
                          '[data-mime-type="application/vnd.jupyter.stderr"]')
    assert stderr.count() == 0, f"{rendered.assignment}: error output: {stderr.all_inner_texts()}"
    outputs = "\n".join(page.locator(".jp-Notebook .jp-OutputArea").all_inner_texts())
    assert not TRACEBACK.search(outputs), \
        f"{rendered.assignment}: traceback-like output:\n{outputs}"
    assert not page.errors, f"{rendered.assignment}: errors in the page: {page.errors}"


def test_checks_say_what_is_left_in_plain_words(rendered):
    """With nothing answered, each check at the end lists what is left, without a
    traceback: one line, a button to the first question and one to check again."""
    cells = rendered.page.locator(".jp-Notebook .jp-Cell")
    checks = tagged_cells(rendered.nb, "soplab-check")
    for index in checks:
        output = cells.nth(index).locator(".jp-OutputArea")
        said = output.inner_text().strip()
        line = output.locator(".soplab-check-line").inner_text().strip()
        assert "Still to answer: question" in line, \
            f"{rendered.assignment}, cell {index + 1}: {said!r}"
        assert not TRACEBACK.search(said) and not CODE.search(said), said
        assert len(line.splitlines()) == 1, f"not a short message: {line!r}"
        buttons = output.get_by_role("button").all_inner_texts()
        assert buttons == ["Go to question 1", "Check again"], buttons
