"""The cohort report: ``index.html`` plus CSV files for further work.

:func:`write_report` writes, into one folder (CONTRACT):

``index.html``         self-contained (plots embedded as base64 PNG, styles
                       inline, no external assets); every plot has alt text, a
                       one-sentence summary and a data table.
``item_analysis.csv``  one row per assessment item: item_id, assignment,
                       exercise, objective, kind, n, facility, sd,
                       discrimination_index, discriminative_efficiency, flag,
                       prompt.
``mastery.csv``        one row per learner x objective (pseudonymised).

and, NOT in that folder (it holds real names, e-mails and LMS ids), the grades for
Canvas import in ``lms-export/canvas_grades.csv`` beside it (:data:`LMS_EXPORT`), so
the report folder can be shared as it is.

Privacy: learners appear as pseudonyms (:mod:`soplab.cohort.analytics.privacy`)
unless ``names=True``; figures about fewer than ``min_group`` learners are
blanked with a note.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from soplab._core.csvsafe import neutralise
from soplab.cohort.simulate.handgrading import SIMULATED_COMMENT

from .canvas import course_canvas_table, write_canvas_csv
from .data import CourseData
from .gradebook import simulated_comments
from .itemstats import Thresholds
from .labels import assignment_titles
from .nextsteps import learners_to_follow_up, next_steps
from .privacy import MIN_GROUP, Identity, suppress_small_groups
from .quality import confusion_section, item_section, mastery_section
from .sections import (
    Labels,
    cohort_section,
    follow_up_section,
    learner_count,
    privacy_note,
    problem_section,
    progress_section,
    writing_section,
)
from .summary import CohortAnalytics, analyse_course

__all__ = [
    "LMS_EXPORT", "REPORT_FILES", "ReportResult", "SIMULATED_NOTICE", "TITLE", "build_sections",
    "mastery_csv_frame", "render_report", "safe_frame", "simulated_notice", "write_report",
]

REPORT_FILES = ("index.html", "item_analysis.csv", "mastery.csv")
#: The folder beside the report that gets the Canvas file (real ids: for the LMS only).
LMS_EXPORT = "lms-export"
TITLE = "Best Practices for ER: cohort report"


@dataclass
class ReportResult:
    """Where the report went and what the reader should know."""

    out_dir: Path
    files: dict[str, Path]
    analytics: CohortAnalytics
    notes: list[str] = field(default_factory=list)

    @property
    def index(self) -> Path:
        return self.files["index.html"]


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell a spreadsheet would run as a formula quoted
    (:func:`soplab._core.csvsafe.neutralise`), and its column names too."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(c) for c in out.columns]
    return out


def build_sections(data: CourseData, an: CohortAnalytics, identity: Identity, min_group: int,
              thresholds: Thresholds, lab: Labels, follow: pd.DataFrame) -> list[dict]:
    sections = [
        progress_section(an, lab, min_group),
        follow_up_section(follow, identity, identity.names),
        item_section(data, an, lab, min_group, thresholds),
        mastery_section(data, an, lab, min_group),
        confusion_section(data, an, lab, min_group),
        writing_section(data, an, min_group),
        cohort_section(data, an, min_group),
        problem_section(data),
    ]
    if learner_count(data) == 0:
        sections[0]["intro"].append("The gradebook has no learners yet.")
    return sections


def render_report(data: CourseData, analytics: CohortAnalytics, names: bool = False,
                  min_group: int = MIN_GROUP, thresholds: Thresholds | None = None,
                  identity: Identity | None = None, notice: str = "") -> str:
    """The report page as one self-contained HTML string; ``notice`` (if any) is shown
    under the title, before anything else (the demo says there that its learners and
    hand grades are simulated)."""
    thresholds = thresholds or Thresholds()
    identity = identity or Identity.for_course(data.config.root, names)
    assignments = list(dict.fromkeys(
        [*analytics.progress.get("assignment", []),
         *(ex.assignment for ex in data.bank.exercises.values())]))
    lab = Labels(assignment_titles(data.config.root, assignments), data)
    follow = learners_to_follow_up(data, analytics)
    steps = next_steps(data, analytics, lab.assignments, follow, min_group)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
    )
    sources = ("Grades come from the nbgrader gradebook; item answers from the learners' "
               "answer files (autograded/, or submitted/ where not yet autograded), joined "
               "with the item banks in data/.")
    return env.get_template("report.html.j2").render(
        title=TITLE, course_id=data.config.course_id,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        n_learners=learner_count(data), n_attempts=len(data.responses.attempts),
        privacy_note=privacy_note(names, min_group), sources_note=sources,
        steps=steps, names=names, notice=notice,
        sections=build_sections(data, analytics, identity, min_group, thresholds, lab, follow))


def mastery_csv_frame(data: CourseData, analytics: CohortAnalytics,
                      identity: Identity) -> pd.DataFrame:
    """Per learner x objective, with cohort and section, pseudonymised unless names."""
    lm = analytics.learner_mastery.copy()
    people = data.gradebook.drop_duplicates("student_id").set_index("student_id")
    lm["first_name"] = lm["student_id"].map(people["first_name"]) if not lm.empty else None
    lm["last_name"] = lm["student_id"].map(people["last_name"]) if not lm.empty else None
    for col, source in (("cohort", data.cohorts), ("section", data.sections)):
        lm[col] = lm["student_id"].map(source).astype(object).fillna("") if not lm.empty else ""
    out = identity.apply(lm)
    front = [c for c in ("learner", "student_id", "first_name", "last_name", "cohort",
                         "section", "objective", "items", "correct", "score", "mastered")
             if c in out.columns]
    return out[front]


#: What the report says at the top when hand grades in the gradebook are simulated.
SIMULATED_NOTICE = ("Demo: the learners, their answers and the hand grading in this report are "
                    "simulated (soplab demo). Every hand-graded comment says \"{marker}\"")


def simulated_notice(data: CourseData) -> str:
    """The demo banner when any hand grade in the gradebook is the demo's simulation (so
    ``soplab report --out ...`` on a demo workspace says so too), else ""."""
    count = simulated_comments(data.config.db_url, SIMULATED_COMMENT)
    return SIMULATED_NOTICE.format(marker=SIMULATED_COMMENT) if count else ""


def write_report(data: CourseData, out_dir: Path | str, names: bool = False,
                 min_group: int = MIN_GROUP, thresholds: Thresholds | None = None,
                 coach: Callable[..., Any] | None | str = "auto",
                 say: Callable[[str], None] | None = None,
                 progress: Callable[[Iterable], Iterable] | None = None,
                 notice: str = "") -> ReportResult:
    """Compute the analytics and write :data:`REPORT_FILES` into ``out_dir``
    (``notice``: see :func:`render_report`)."""
    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    thresholds = thresholds or Thresholds()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    say("computing item statistics, mastery and confusions")
    analytics = analyse_course(data, thresholds, coach=coach, progress=progress)
    identity = Identity.for_course(data.config.root, names)
    files: dict[str, Path] = {}
    items = suppress_small_groups(
        analytics.item_analysis, "n", min_group,
        keep=("item_id", "assignment", "exercise", "objective", "kind", "prompt", "flag"))
    files["item_analysis.csv"] = out / "item_analysis.csv"
    safe_frame(items).to_csv(files["item_analysis.csv"], index=False, float_format="%.4g")
    files["mastery.csv"] = out / "mastery.csv"
    safe_frame(mastery_csv_frame(data, analytics, identity)).to_csv(
        files["mastery.csv"], index=False, float_format="%.4g")
    (out / "canvas_grades.csv").unlink(missing_ok=True)  # from an earlier version
    lms = out.resolve().parent / LMS_EXPORT
    lms.mkdir(exist_ok=True)
    files["canvas_grades.csv"] = write_canvas_csv(course_canvas_table(  # the course's Canvas ids
        data.config.root, data.scores, data.roster), lms / "canvas_grades.csv")
    say("drawing plots and writing index.html")
    notice = notice or simulated_notice(data)
    html = render_report(data, analytics, names, min_group, thresholds, identity, notice)
    files["index.html"] = out / "index.html"
    files["index.html"].write_text(html, encoding="utf-8")
    return ReportResult(out, files, analytics)
