"""The My progress panel (UI): the report of :mod:`soplab.engine.progress` as HTML,
a button that reads the answers again, and the landing after Run All."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..progress import (
    GRADED_NOTE,
    NOT_STARTED,
    PASSED,
    REVISIT,
    STARTED,
    ProgressReport,
    progress_report,
)
from .landing import Landing

__all__ = ["PANEL_CLASS", "ProgressView", "graded_html", "progress_html", "show_progress"]

PANEL_CLASS = "soplab-progress"
#: The panel's tables in the page's font: left-aligned, a line between rows.
PANEL_STYLE = """<style>
.soplab-progress:focus { outline: none; }
.soplab-progress { font-family: var(--jp-content-font-family); line-height: 1.45;
  color: var(--jp-content-font-color1); max-width: 60rem; }
.soplab-progress table { border-collapse: collapse; margin: 0.4em 0 1.2em 0; width: 100%; }
.soplab-progress caption { text-align: left; font-weight: bold; font-size: 1.05em;
  padding: 0.3em 0; }
.soplab-progress th, .soplab-progress td { text-align: left; vertical-align: top;
  padding: 0.35em 0.6em 0.35em 0; border-bottom: 1px solid var(--jp-border-color2, #e0e0e0); }
.soplab-progress thead th { border-bottom: 2px solid var(--jp-border-color1, #bdbdbd); }
</style>"""


def graded_html(report: ProgressReport) -> str:
    """Graded work per assignment: answered, submitted, and the result that came back."""
    if not report.graded:
        return ""
    rows = []
    for g in report.graded:
        result = escape(g.result_text())
        if g.result is not None:
            result = f"<strong>{result}</strong>"
            if g.result.revisit:
                result += ("<br>To revisit: " + escape(", ".join(g.result.revisit)))
            result += ("<br>To read all of it: <em>Nbgrader &gt; Assignments</em>, then "
                       "<em>view feedback</em> next to this assignment.")
        rows.append(
            f"<tr><th scope='row'>{escape(g.title)}</th>"
            f"<td>{g.answered} of {g.total}</td><td>{escape(g.submitted_text())}</td>"
            f"<td>{result}</td></tr>")
    return ("<table class='soplab-progress-table'><caption>Graded work</caption><thead><tr>"
            "<th scope='col'>Assignment</th><th scope='col'>Graded questions answered</th>"
            "<th scope='col'>Submitted</th><th scope='col'>Result</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")

def progress_html(report: ProgressReport) -> str:
    """The whole panel as HTML: graded work, practice by objective, what to revisit."""
    rows = []
    for o in report.objectives:
        symbol, word = o.status
        right = (f"{o.right} of {o.keyed}" if o.keyed
                 else "writing only" if o.answered else "nothing yet")
        graded = (f"{o.graded_answered} of {o.graded_total} answered"
                  if o.graded_total else "none")
        rows.append(
            f"<tr><th scope='row'>{escape(o.title)}</th>"
            f"<td>{o.answered} of {o.total}</td><td>{right}</td>"
            f"<td><strong>{symbol} {escape(word)}</strong></td><td>{graded}</td></tr>")
    table = (
        "<table class='soplab-progress-table'><caption>Practice by course objective"
        "</caption><thead><tr><th scope='col'>Objective</th><th scope='col'>Practice "
        "answered</th><th scope='col'>Practice right</th><th scope='col'>Status</th>"
        "<th scope='col'>Graded questions</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table>")
    if report.revisit:
        items = "".join(
            f"<li>↻ <strong>{escape(report.titles.get(s.assignment, s.assignment))}</strong>: "
            f"“{escape(s.title)}”: "
            f"{s.right} of {s.keyed} right so far. Open that notebook, run it, and try "
            "the questions again; the explanations say why.</li>" for s in report.revisit)
        revisit = f"<h4>Worth another try</h4><ul>{items}</ul>"
    elif any(o.answered for o in report.objectives):
        revisit = "<p>✓ Nothing to revisit in your practice so far.</p>"
    else:
        revisit = ""
    note = f"<p>{escape(report.note)}</p>" if report.note else ""
    legend = ("<p><em>Key:</em> " + " · ".join(
        f"{s} {w}" for s, w in (PASSED, REVISIT, STARTED, NOT_STARTED)) + "</p>")
    return (f"{PANEL_STYLE}<div class='{PANEL_CLASS}' role='region' aria-label='My progress' "
            "tabindex='-1'>"
            f"<h3>My progress</h3>{note}{graded_html(report)}{table}{legend}{revisit}"
            f"<p>{escape(GRADED_NOTE)}</p></div>")


class ProgressView:
    """The My progress panel: the report, and a button that reads the answers again."""

    def __init__(self, folder: Path | str | None = None):
        import ipywidgets as w

        self.folder = folder
        self.report = progress_report(folder)
        self.panel = w.HTML(progress_html(self.report))
        self.button = w.Button(description="Refresh my progress", icon="refresh",
                               tooltip="Read your saved answers and feedback again",
                               layout=w.Layout(width="auto"))
        self.button.on_click(lambda _b: self.refresh())
        # after Run All, the learner lands on the panel
        self.box = w.VBox([Landing(f".{PANEL_CLASS}[role=region]"), self.panel, self.button])

    def refresh(self) -> ProgressReport:
        self.report = progress_report(self.folder)
        self.panel.value = progress_html(self.report)
        return self.report

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.box._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.report.text()
        bundle["text/html"] = progress_html(self.report)
        return bundle


def show_progress(folder: Path | str | None = None) -> ProgressView:
    """Show the My progress panel for the notebook in ``folder`` (default: here)."""
    return ProgressView(folder)
