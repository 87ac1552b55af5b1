"""The instructor dashboard: dropdowns for cohort, assignment and objective.

Built on the same functions as the report (:func:`analyse_course`,
:func:`table_view`). :class:`Dashboard` can be driven without a browser:
``Dashboard(data).select(cohort="2026-spring")`` changes the dropdowns and
returns the HTML shown.
"""

from __future__ import annotations

from typing import Any

import jinja2
import pandas as pd

from .data import CourseData
from .privacy import MIN_GROUP, suppress_small_groups
from .sections import table_view
from .summary import analyse_course

__all__ = ["ALL", "Dashboard", "frame_options"]

ALL = "(all)"

_TABLE = jinja2.Environment(autoescape=True).from_string("""
<h4>{{ t.caption }}</h4>
{% if t.rows %}<table id="{{ t.id }}"><thead><tr>{% for c in t.columns %}<th>{{ c }}</th>
{% endfor %}</tr></thead><tbody>{% for row in t.rows %}<tr>{% for cell in row.cells %}
<td>{{ cell.text }}</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% else %}<p><em>{{ t.empty }}</em></p>{% endif %}""")


def _html(view: dict) -> str:
    return _TABLE.render(t=view)


class Dashboard:
    """Dropdown filters over a course's results (pseudonymous, small groups suppressed)."""

    def __init__(self, data: CourseData, min_group: int = MIN_GROUP):
        import ipywidgets as widgets

        self.data = data
        self.min_group = min_group
        cohorts = sorted(c for c in data.cohorts.unique() if c) if not data.roster.empty else []
        assignments = list(dict.fromkeys(ex.assignment for ex in data.bank.exercises.values()))
        objectives = list(data.bank.objectives)
        self.cohort = widgets.Dropdown(options=[ALL, *cohorts], value=ALL, description="Cohort")
        self.assignment = widgets.Dropdown(options=[ALL, *assignments], value=ALL,
                                           description="Assignment")
        self.objective = widgets.Dropdown(options=[ALL, *objectives], value=ALL,
                                          description="Objective")
        self.output = widgets.HTML()
        for w in (self.cohort, self.assignment, self.objective):
            w.observe(self._changed, names="value")
        self.widget = widgets.VBox([widgets.HBox([self.cohort, self.assignment,
                                                  self.objective]), self.output])
        self._changed()

    def select(self, cohort: str | None = None, assignment: str | None = None,
               objective: str | None = None) -> str:
        """Set the dropdowns as a person would (None: all); return the HTML shown."""
        with self.widget.hold_sync():
            self.cohort.value = cohort or ALL
            self.assignment.value = assignment or ALL
            self.objective.value = objective or ALL
        self._changed()
        return self.output.value

    def _changed(self, _change: Any = None) -> None:
        self.output.value = self.render()

    def render(self) -> str:
        """HTML of the current selection."""
        pick = {k: (None if w.value == ALL else w.value) for k, w in
                (("cohort", self.cohort), ("assignment", self.assignment),
                 ("objective", self.objective))}
        sub = self.data.filter(**pick)
        learners = sub.gradebook["student_id"].nunique() if not sub.gradebook.empty else 0
        if learners < self.min_group:
            return (f"<p><em>Fewer than {self.min_group} learners in this selection: not "
                    "shown, to protect privacy.</em></p>")
        an = analyse_course(sub, coach=None)
        parts = [f"<p>{learners} learners selected.</p>"]
        parts.append(_html(table_view(
            "dash-progress", "Progress by assignment", an.progress,
            [("assignment", "Assignment", "text"), ("graded", "Graded", "int"),
             ("pending", "Waiting for manual grading", "int"),
             ("not_submitted", "Not submitted", "int"),
             ("mean_percent", "Mean score %", "pct")])))
        items = suppress_small_groups(an.item_analysis, "n", self.min_group,
                                      keep=("item_id", "assignment", "objective", "flag"))
        parts.append(_html(table_view(
            "dash-items", "Assessment items", items,
            [("item_id", "Item", "text"), ("assignment", "Assignment", "text"),
             ("objective", "Objective", "text"), ("n", "n", "int"),
             ("facility", "Facility %", "pct"),
             ("discrimination_index", "Discrimination index", "pct"),
             ("flag", "Flag", "text")], empty="no assessment answers in this selection")))
        om = suppress_small_groups(an.objective_mastery, "n", self.min_group,
                                   keep=("objective", "title"))
        parts.append(_html(table_view(
            "dash-mastery", "Mastery by objective", om,
            [("objective", "Objective", "text"), ("title", "Title", "text"),
             ("n", "Learners", "int"), ("mastered_share", "Mastered", "share")])))
        for i, (name, table) in enumerate(an.confusions.items()):
            tv = table.reset_index()
            parts.append(_html(table_view(
                f"dash-confusion-{i}", f"Confusions: {name}", tv,
                [(c, str(c), "text" if c == "correct answer" else "int")
                 for c in tv.columns])))
        parts.append(_html(table_view(
            "dash-missed", "Most-missed items", an.most_missed,
            [("item_id", "Item", "text"), ("share_correct", "Right", "share"),
             ("common_wrong", "Most common wrong answer", "text"),
             ("explanation", "Explanation", "text")])))
        return "\n".join(parts)


def frame_options(frame: pd.DataFrame, column: str) -> list[str]:
    """Distinct non-empty values of a column, in first-seen order."""
    return [v for v in dict.fromkeys(frame[column].dropna()) if v]
