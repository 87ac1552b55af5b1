"""The instructor dashboard's "grades to the LMS" panel: ``soplab lms push`` with buttons.

An assignment drop-down; **Check what would be sent** (a dry run: one row per
learner with the score, the progress values the LMS gets and what changes; learners
as pseudonyms unless "Show names" is ticked); **Send grades to the LMS**, which only
sends once the confirmation box is ticked (and unticks it afterwards, so each send
is confirmed again). Then one plain summary line. Every problem is one plain line in
the panel, never a traceback. The work is :func:`~soplab.cohort.lms.push.push_assignment`;
the panel can be driven without a browser (``panel.check.click()``).

In the dashboard notebook: ``lms_panel(root)`` gives the panel when the course has
``lms/lti.toml``, and otherwise one line that says how to set it up.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from ..analytics import (
    CanvasMapError,
    CourseError,
    GradebookError,
    Identity,
    assignment_scores,
    read_config,
    read_gradebook,
    read_roster,
)
from ..analytics.labels import assignment_titles
from ..roster import RosterError
from .ags import PlatformError
from .config import LTI_FILE, LtiConfigError
from .keys import ToolKeyError
from .push import PushError, PushReport, Score, push_assignment

__all__ = ["CONFIRM_LABEL", "LmsPanel", "SETUP_LINE", "lms_panel", "score_rows"]

SETUP_LINE = ("Grades to the LMS are not set up for this course: {path} is missing. Your hub "
              "administrator registers the course in Canvas or Moodle and writes that file "
              "(deploy/README.md, section \"LTI 1.3: the course inside Canvas or Moodle\").")
CONFIRM_LABEL = "Yes, send these grades to the LMS gradebook"
#: The problems that stop a check or a send; each is shown as its one-line message.
_KNOWN = (CourseError, GradebookError, CanvasMapError, RosterError, LtiConfigError,
          ToolKeyError, PushError, PlatformError)

_VIEW = jinja2.Environment(autoescape=True).from_string("""
{% for line in lines %}<p class="soplab-lms-line">{{ line }}</p>
{% endfor %}{% if rows %}<table class="soplab-lms-scores"><thead><tr>
{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table>{% endif %}""")
COLUMNS = ("Learner", "Score", "Grading progress", "Activity progress", "What changes")


def _points(value: float) -> str:
    return f"{value:g}"


def _change(score: Score, report: PushReport) -> str:
    if score.learner in report.unchanged:
        return "nothing (the LMS already has this)"
    before = report.before.get(score.learner)
    if not before or before.get("resultScore") is None:
        return "new in the LMS gradebook"
    try:
        was = _points(float(before["resultScore"]))
    except (TypeError, ValueError):
        was = "a score it cannot read"
    return f"updated (the LMS has {was})"


def score_rows(report: PushReport, identity: Identity,
               people: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, ...]]:
    """One row per learner of the report: learner, score, progress values, what changes.
    ``people``: learner id -> (first name, last name), used when ``identity`` shows names."""
    people = people or {}

    def label(learner: str) -> str:
        return identity.label(learner, *people.get(learner, (None, None)))

    rows = []
    for score in sorted(report.scores, key=lambda s: s.learner):
        rows.append((label(score.learner), f"{_points(score.given)} of "
                     f"{_points(score.maximum)}", score.grading, score.activity,
                     _change(score, report)))
    for learner, why in sorted(report.skipped.items()):
        rows.append((label(learner), "", "", "", f"nothing sent ({why})"))
    return rows


def _plain(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


class LmsPanel:
    """The panel's widgets and what their buttons do (see the module's docstring)."""

    def __init__(self, root: Path | str, db_url: str | None = None):
        import ipywidgets as widgets

        self.root = Path(root)
        self.db_url = db_url
        self.last: PushReport | None = None
        self.lines: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self.assignment = widgets.Dropdown(description="Assignment", options=[])
        self.names = widgets.Checkbox(description="Show names (do not share this screen)",
                                      value=False, indent=False)
        self.check = widgets.Button(description="Check what would be sent", icon="search")
        self.confirm = widgets.Checkbox(description=CONFIRM_LABEL, value=False, indent=False)
        self.send = widgets.Button(description="Send grades to the LMS", icon="upload",
                                   button_style="warning")
        self.output = widgets.HTML()
        self.check.on_click(lambda _b: self.run(dry_run=True))
        self.send.on_click(lambda _b: self.run(dry_run=False))
        # a confirmation is for one assignment: choosing another asks again
        self.assignment.observe(lambda _c: setattr(self.confirm, "value", False), "value")
        self.widget = widgets.VBox([
            widgets.HTML("<h4>Grades to the LMS</h4>"),
            widgets.HBox([self.assignment, self.names]), self.check,
            widgets.HBox([self.confirm, self.send]), self.output])
        try:
            self.assignment.options = self._options()
        except _KNOWN as exc:
            self._show([_plain(exc)])
            return
        except Exception as exc:  # noqa: BLE001 - the panel shows one line, never a traceback
            self._show([f"The course's assignments cannot be read ({_plain(exc)})"])
            return
        if not (self.root / LTI_FILE).is_file():
            self._show([SETUP_LINE.format(path=self.root / LTI_FILE)])

    def _options(self) -> list[tuple[str, str]]:
        """(label, folder name) of each assignment in the gradebook."""
        config = read_config(self.root, self.db_url)
        scores = assignment_scores(read_gradebook(config.db_url, config.course_id))
        assignments = list(dict.fromkeys(scores["assignment"])) if not scores.empty else []
        titles = assignment_titles(self.root, assignments)
        return [(f"{titles[a]} ({a})" if titles.get(a) and titles[a] != a else a, a)
                for a in assignments]

    def _show(self, lines: list[str], rows: list[tuple[str, ...]] | None = None) -> None:
        self.lines, self.rows = lines, rows or []
        self.output.value = _VIEW.render(lines=lines, rows=self.rows, columns=COLUMNS)

    def run(self, dry_run: bool) -> str:
        """What the buttons do: check (``dry_run``) or send; returns the HTML shown."""
        assignment = self.assignment.value
        if not assignment:
            self._show(["No assignment to choose: nothing has been collected and autograded "
                        "yet."])
            return self.output.value
        if not dry_run and not self.confirm.value:
            self._show([f"Tick \u201c{CONFIRM_LABEL}\u201d first, then press Send again; "
                        "nothing was sent."])
            return self.output.value
        if not (self.root / LTI_FILE).is_file():
            self._show([SETUP_LINE.format(path=self.root / LTI_FILE)])
            return self.output.value
        try:
            report = push_assignment(self.root, assignment, db_url=self.db_url,
                                     dry_run=dry_run)
            identity = Identity.for_course(self.root, names=self.names.value)
            people = {}
            if identity.names:
                roster = read_roster(self.root)
                people = {str(i): (f, la) for i, f, la in zip(
                    roster["id"], roster["first_name"], roster["last_name"], strict=True)}
        except _KNOWN as exc:
            line = _plain(exc)
            if isinstance(exc, PlatformError) and line.startswith("score:"):
                line += "; scores sent before this stay in the LMS; press Check to see the rest"
            self._show([line])
            return self.output.value
        except Exception as exc:  # noqa: BLE001 - the panel shows one line, never a traceback
            self._show([f"{assignment}: could not finish ({_plain(exc)}); anything the LMS "
                        "already received stays there; press Check to see what is left"])
            return self.output.value
        finally:
            if not dry_run:
                self.confirm.value = False  # each send is confirmed again
        self.last = report
        self._show([self._summary(report, dry_run)], score_rows(report, identity, people))
        return self.output.value

    @staticmethod
    def _summary(report: PushReport, dry_run: bool) -> str:
        waiting = f", {len(report.skipped)} with nothing to send" if report.skipped else ""
        if dry_run:
            column = " (the grade column will be made)" if report.created else ""
            return (f"{report.assignment}: would send {len(report.posted)}, unchanged "
                    f"{len(report.unchanged)}{waiting}{column}. Nothing was sent.")
        column = " (grade column made)" if report.created else ""
        return (f"{report.assignment}: sent {len(report.posted)}, unchanged "
                f"{len(report.unchanged)}{waiting}{column}.")


def lms_panel(root: Path | str, db_url: str | None = None):
    """For the dashboard notebook: the panel's widget when ``lms/lti.toml`` exists,
    otherwise one Markdown line that says how to set it up."""
    path = Path(root) / LTI_FILE
    if not path.is_file():
        from IPython.display import Markdown

        return Markdown(SETUP_LINE.format(path=f"`{LTI_FILE.as_posix()}`"))
    return LmsPanel(root, db_url).widget
