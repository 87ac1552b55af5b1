"""Static views of an exercise and its saved answers, as HTML for people to read.

Pure functions of the exercise content and the saved values (no widget
library): the widgets show the same HTML where they cannot run (a saved
notebook, formgrader), and the sealed grader builds the rendered view of a
submission from them without any kernel. All learner text is escaped.
"""

from __future__ import annotations

import html
import string
from typing import Any

from .content import LearnerExercise, LearnerItem
from .rubrics import RUBRICS, describe

__all__ = ["RIGHT", "WRONG", "checklist_html", "describe_value", "esc", "summary_html"]

RIGHT = "✓"
WRONG = "✗"


def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


def describe_value(exercise: LearnerExercise, item: LearnerItem, value: Any) -> str:
    """A saved answer as one plain line (or lines, for forms)."""
    if exercise.widget in ("plan", "network"):
        if not exercise.valid_value(item, value):
            return "(no answer)"
        return describe(item.expects, value) if item.expects in RUBRICS else "(no answer)"
    if not isinstance(value, str) or not value.strip():
        return "(no answer)"
    if exercise.widget == "scenario" and len(value) == 1 and value in string.ascii_uppercase:
        # saved as the letter of the bank's order; learners see options without letters
        index = string.ascii_uppercase.index(value)
        if index < len(item.options):
            return item.options[index]
    return value


def checklist_html(label: str, value: Any) -> str:
    """A form's rubric as met (✓) and still-open (○) lines, with what is missing."""
    criteria = RUBRICS[label][1](value)
    met = sum(c.met for c in criteria)
    lines = "".join(
        f"<li>{RIGHT if c.met else '○'} {esc(c.text)}"
        + (f"<br><em>{esc(c.why_not[0].upper() + c.why_not[1:])}.</em>"
           if c.why_not and not c.met else "")
        + f"<span class='soplab-sr'>{' (done)' if c.met else ' (still to do)'}</span></li>"
        for c in criteria
    )
    return (f"<div class='soplab-rubric'><p><strong>Checklist: {met} of {len(criteria)} "
            f"done.</strong></p><ul style='list-style:none;padding-left:0.5em'>{lines}</ul>"
            "</div>")


def summary_html(exercise: LearnerExercise, values: dict[str, Any]) -> str:
    """The saved answers of one exercise set, for formgrader, feedback and saved pages."""
    rows = []
    forms = exercise.widget in ("plan", "network")
    for number, item in enumerate(exercise.items, start=1):
        value = values.get(item.id)
        shown = esc(describe_value(exercise, item, value)).replace("\n", "<br>")
        if forms:
            check = checklist_html(item.expects, value) \
                if item.expects in RUBRICS and exercise.valid_value(item, value) else ""
            rows.append(f"<li><strong>{number}.</strong> {esc(item.prompt)}<br>"
                        f"<em>Saved answer:</em><br>{shown}{check}</li>")
        else:
            rows.append(f"<li><strong>{number}.</strong> {esc(item.prompt)}<br>"
                        f"<em>Saved answer:</em> {shown}</li>")
    return (f"<div class='soplab-summary'><h4>{esc(exercise.title)}</h4>"
            f"<ol>{''.join(rows)}</ol></div>")
