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
``canvas_grades.csv``  grades for Canvas import (real ids: for the LMS only).

Privacy: learners appear as pseudonyms (:mod:`soplab.analytics.privacy`)
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

from . import plots
from .canvas import canvas_grades, write_canvas_csv
from .data import CourseData
from .itemstats import Thresholds
from .learning import MASTERY_THRESHOLD, mastery_by_objective
from .privacy import MIN_GROUP, Identity, suppress_small_groups
from .summary import CohortAnalytics, analyse_course

REPORT_FILES = ("index.html", "item_analysis.csv", "mastery.csv", "canvas_grades.csv")
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


# ---------------------------------------------------------------- table views

def _fmt(value: Any, kind: str) -> tuple[str, bool]:
    if value is None or (not isinstance(value, str | list | dict) and pd.isna(value)):
        return ("n/a" if kind != "text" else ""), kind != "text"
    if isinstance(value, str) and kind != "text":
        return value, True  # e.g. "<5" from suppression
    if kind == "pct":
        return f"{float(value):.1f}", True
    if kind == "share":
        return f"{100 * float(value):.0f}%", True
    if kind == "int":
        return f"{int(value)}", True
    if kind == "num":
        return f"{float(value):.2f}", True
    if kind == "date":
        return pd.Timestamp(value).strftime("%Y-%m-%d"), False
    return str(value), False


def table_view(table_id: str, caption: str, frame: pd.DataFrame,
               columns: list[tuple[str, str, str]], flag_col: str | None = None,
               empty: str = "nothing to show yet") -> dict:
    """A frame as rows of formatted cells for the template: (column, header, kind)."""
    rows = []
    present = [c for c in columns if c[0] in frame.columns]
    for rec in frame.to_dict("records"):
        cells = []
        for col, _h, kind in present:
            text, num = _fmt(rec.get(col), kind)
            cells.append({"text": text, "num": num})
        flagged = bool(flag_col and isinstance(rec.get(flag_col), str) and rec.get(flag_col))
        rows.append({"cells": cells, "flagged": flagged})
    return {"id": table_id, "caption": caption, "columns": [h for _c, h, _k in present],
            "rows": rows, "empty": empty}


# ---------------------------------------------------------------- report body

def _learners(data: CourseData) -> int:
    return int(data.gradebook["student_id"].nunique()) if not data.gradebook.empty else 0


def _follow_up(data: CourseData, an: CohortAnalytics, identity: Identity) -> pd.DataFrame:
    sc = data.scores
    if sc.empty:
        return pd.DataFrame()
    per = sc.assign(
        _submitted=(sc["status"] != "not submitted").astype(int),
        _pending=(sc["status"] == "pending manual grading").astype(int),
    ).groupby("student_id").agg(
        first_name=("first_name", "first"), last_name=("last_name", "first"),
        submitted=("_submitted", "sum"), assignments=("status", "size"),
        pending=("_pending", "sum"), mean_percent=("percent", "mean"))
    lm = an.learner_mastery
    if not lm.empty:
        g = lm.groupby("student_id")
        per["mastered"] = g["mastered"].sum().astype(int)
        per["assessed"] = g["mastered"].size()
    else:
        per["mastered"] = 0
        per["assessed"] = 0
    per["mastered"] = per["mastered"].fillna(0)
    per["assessed"] = per["assessed"].fillna(0)
    per["share"] = per["mastered"] / per["assessed"].where(per["assessed"] > 0)
    per = per.sort_values(["share", "submitted", "mean_percent"], na_position="first").head(20)
    return identity.apply(per.reset_index())


def _privacy_note(names: bool, min_group: int) -> str:
    who = ("Learners are shown by name, because the report was asked for with --names; "
           "do not share this file." if names else
           "Learners are shown as stable pseudonyms (L-...), not names; the key to them "
           "stays in the course folder (.soplab-salt).")
    return (f"{who} Groups of fewer than {min_group} learners are not shown on their own. "
            "canvas_grades.csv beside this page carries real ids because it is meant for the "
            "LMS: keep it out of shared folders.")


def _sections(data: CourseData, an: CohortAnalytics, identity: Identity, min_group: int,
              thresholds: Thresholds) -> list[dict]:
    sections: list[dict] = []
    n_learners = _learners(data)

    # 1. progress
    prog = an.progress.copy()
    if not prog.empty:
        small = prog["graded"] < min_group
        prog["mean_percent"] = prog["mean_percent"].astype(object).where(~small, None)
        prog["median_percent"] = prog["median_percent"].astype(object).where(~small, None)
    blocks = []
    if not prog.empty:
        blocks.append({"plot": plots.assignment_plot(
            prog.assign(mean_percent=pd.to_numeric(prog["mean_percent"], errors="coerce")))})
    blocks.append({"table": table_view(
        "progress-table", "Learners per assignment by grading status", prog,
        [("assignment", "Assignment", "text"), ("graded", "Graded", "int"),
         ("pending", "Waiting for manual grading", "int"),
         ("not_autograded", "Submitted, not autograded", "int"),
         ("not_submitted", "Not submitted", "int"), ("mean_percent", "Mean score %", "pct"),
         ("median_percent", "Median score %", "pct")],
        empty="the gradebook has no assignments yet")})
    sections.append({"id": "progress", "title": "Progress and scores", "intro": [
        "Work waiting for manual grading is shown as waiting, not as zero; means use fully "
        f"graded work only and are left out when fewer than {min_group} learners are graded."],
        "blocks": blocks})

    # 2. assessment statistics
    tests = suppress_small_groups(an.tests, "n", min_group, keep=("assignment", "k", "note"))
    items = an.item_analysis.copy()
    items = suppress_small_groups(items, "n", min_group,
                                  keep=("item_id", "assignment", "exercise", "objective", "kind",
                                        "prompt", "flag"))
    blocks = [{"table": table_view(
        "test-table", "Assessment statistics per assignment", tests,
        [("assignment", "Assignment", "text"), ("n", "Learners", "int"), ("k", "Items", "int"),
         ("mean_pct", "Mean %", "pct"), ("sd_pct", "SD %", "pct"),
         ("alpha", "Cronbach's alpha", "num"), ("error_ratio", "Error ratio %", "pct"),
         ("standard_error_pct", "Standard error %", "pct"), ("note", "Note", "text")],
        empty="no assessment items in the item banks")}]
    shown = an.item_analysis[an.item_analysis["n"] >= min_group]
    if not shown.empty:
        blocks.append({"plot": plots.item_map_plot(shown, thresholds.too_easy,
                                                   thresholds.too_hard,
                                                   thresholds.weak_discrimination)})
    ordered = items.assign(_f=items["flag"].fillna("") == "").sort_values(
        ["_f", "assignment", "item_id"]).drop(columns="_f")
    blocks.append({"table": table_view(
        "item-table", "Item analysis (flagged items first)", ordered,
        [("item_id", "Item", "text"), ("assignment", "Assignment", "text"),
         ("objective", "Objective", "text"), ("n", "n", "int"), ("facility", "Facility %", "pct"),
         ("sd", "SD %", "pct"), ("discrimination_index", "Discrimination index", "pct"),
         ("discriminative_efficiency", "Discriminative efficiency %", "pct"),
         ("flag", "Flag", "text"), ("prompt", "Prompt", "text")], flag_col="flag",
        empty="no assessment answers yet")})
    opts = []
    for res in an.assessments.values():
        if not res.options.empty and (res.items["n"] >= min_group).any():
            opts.append(res.options)
    if opts:
        option_frame = pd.concat(opts, ignore_index=True)
        blocks.append({"table": table_view(
            "option-table", "Every option: share choosing it and point-biserial", option_frame,
            [("item_id", "Item", "text"), ("option_text", "Option", "text"),
             ("is_key", "Key", "text"), ("share", "Chose it", "share"),
             ("point_biserial", "Point-biserial", "num"), ("flag", "Flag", "text")],
            flag_col="flag"), "collapsed": True})
    sections.append({"id": "items", "title": "Assessment items", "intro": [
        "Only assessment items count here (practice answers are not graded). Facility is the "
        "share right; discrimination index is 100 x the correlation of the item with the rest "
        "of the test (50+ very good, 30-50 adequate, 20-29 weak, under 20 very weak, negative: "
        "check the key); discriminative efficiency compares it with the most the item's "
        "difficulty allows. Cronbach's alpha: k/(k-1) x (1 - sum of item variances / variance "
        "of totals); error ratio = 100 x sqrt(1 - alpha); standard error = SD of totals x "
        f"sqrt(1 - alpha). Flags: too easy at facility {thresholds.too_easy:.0f}%+, too hard "
        f"at {thresholds.too_hard:.0f}% or less, does not discriminate under "
        f"{thresholds.weak_discrimination:.0f}, and distractors whose point-biserial is above "
        f"{thresholds.distractor_point_biserial:.2f} (they draw learners who do well "
        "elsewhere).", *an.notes], "blocks": blocks})

    # 3. mastery
    om = suppress_small_groups(an.objective_mastery, "n", min_group,
                               keep=("objective", "title"))
    blocks = []
    shown = an.objective_mastery[an.objective_mastery["n"] >= min_group]
    if not shown.empty:
        blocks.append({"plot": plots.mastery_plot(shown)})
    blocks.append({"table": table_view(
        "mastery-table", "Mastery by objective", om,
        [("objective", "Objective", "text"), ("title", "Title", "text"),
         ("n", "Learners", "int"), ("mean_score", "Mean score", "share"),
         ("mastered_share", "Mastered", "share"), ("note", "Note", "text")],
        empty="no assessment answers yet")})
    by_cohort = data.cohorts.replace("", pd.NA).dropna()
    if not by_cohort.empty and not an.learner_mastery.empty:
        mc = mastery_by_objective(an.learner_mastery, data.bank, by_cohort)
        mc = mc[mc["group"] != ""]
        mc = suppress_small_groups(mc, "n", min_group, keep=("group", "objective", "title"))
        blocks.append({"table": table_view(
            "mastery-cohort-table", "Mastery by cohort and objective", mc,
            [("group", "Cohort", "text"), ("objective", "Objective", "text"),
             ("n", "Learners", "int"), ("mean_score", "Mean score", "share"),
             ("mastered_share", "Mastered", "share"), ("note", "Note", "text")]),
            "collapsed": True})
    follow = _follow_up(data, an, identity)
    blocks.append({"heading": "Learners to follow up", "table": table_view(
        "follow-up-table", "The 20 learners with the fewest objectives mastered", follow,
        [("learner", "Learner", "text"), ("submitted", "Assignments submitted", "int"),
         ("assignments", "Assignments", "int"), ("pending", "Waiting for grading", "int"),
         ("mastered", "Objectives mastered", "int"), ("assessed", "Objectives assessed", "int"),
         ("mean_percent", "Mean score %", "pct")])})
    sections.append({"id": "mastery", "title": "Mastery by learner and objective", "intro": [
        "A learner masters an objective when they answer at least "
        f"{100 * MASTERY_THRESHOLD:.0f}% of its assessment items right. Per-learner results "
        "are in mastery.csv."], "blocks": blocks})

    # 4. misconceptions
    contributors = data.responses.frame["student_id"].nunique() if not \
        data.responses.frame.empty else 0
    blocks = []
    if contributors < min_group:
        blocks.append({"text": f"Fewer than {min_group} learners have answers yet: confusions "
                       "and missed items are not shown."})
    else:
        for name, table in an.confusions.items():
            p = plots.confusion_plot(name, table)
            blocks.append({"heading": name, "plot": p})
            tv = table.reset_index()
            blocks.append({"table": table_view(
                f"confusion-{len(blocks)}", f"Correct answer (rows) x chosen (columns): {name}",
                tv, [(c, str(c), "text" if c == "correct answer" else "int")
                     for c in tv.columns])})
        blocks.append({"heading": "Most-missed items", "table": table_view(
            "missed-table", "Items with the lowest share right, with their explanation",
            an.most_missed,
            [("item_id", "Item", "text"), ("kind", "Kind", "text"),
             ("objective", "Objective", "text"), ("n", "Answers", "int"),
             ("share_correct", "Right", "share"), ("correct_option", "Correct answer", "text"),
             ("common_wrong", "Most common wrong answer", "text"),
             ("common_wrong_share", "Chose it", "share"), ("prompt", "Prompt", "text"),
             ("explanation", "Explanation", "text"),
             ("misconception", "Misconception", "text")])})
        blocks.append({"heading": "Misconceptions", "table": table_view(
            "misconception-table", "Misconception tags: share of answers wrong",
            an.misconceptions,
            [("misconception", "Tag", "text"), ("description", "Description", "text"),
             ("items", "Items", "int"), ("answers", "Answers", "int"),
             ("share_wrong", "Wrong", "share")], empty="no tagged items answered yet")})
    sections.append({"id": "confusions", "title": "Confusions and misconceptions", "intro": [
        "These views use practice and assessment answers together: practice shows thinking "
        "at low stakes, but only a learner's last practice answer is stored, often after "
        "reading the explanation, so practice may look better than first thoughts were."],
        "blocks": blocks})

    # 5. writing
    blocks = []
    if not an.coach_available:
        blocks.append({"text": "The writing coach (soplab.coach) is not installed in this "
                       "environment, so written answers were not analysed."})
    elif contributors < min_group or an.coach.empty:
        blocks.append({"text": "No written answers to analyse yet (or fewer than "
                       f"{min_group} learners)."})
    else:
        blocks.append({"plot": plots.coach_plot(an.coach)})
        blocks.append({"table": table_view(
            "coach-table", "Parts of written answers missing", an.coach,
            [("kind", "Kind", "text"), ("component", "Part", "text"), ("texts", "Texts", "int"),
             ("missing", "Missing", "int"), ("share_missing", "Share missing", "share")])})
    sections.append({"id": "writing", "title": "Written work", "intro": [
        "Harm and danger statements, safety goals, plans and questions are read by the "
        "writing coach; the table shows which parts the cohort most often leaves out. "
        "Reflections are graded by people and not analysed here."], "blocks": blocks})

    # 6. cohorts
    co = suppress_small_groups(an.cohorts, "n", min_group, keep=("cohort",))
    blocks = []
    shown = an.cohorts[an.cohorts["n"] >= min_group]
    if len(shown) >= 1 and shown["mean_percent"].notna().any():
        blocks.append({"plot": plots.cohort_plot(shown)})
    blocks.append({"table": table_view(
        "cohort-table", "Cohorts, oldest first", co,
        [("cohort", "Cohort", "text"), ("n", "Learners", "int"), ("started", "First work", "date"),
         ("submission_rate", "Submitted", "share"), ("mean_percent", "Mean score %", "pct"),
         ("mastered_share", "Objectives mastered", "share"), ("note", "Note", "text")])})
    sections.append({"id": "cohorts", "title": "Cohorts over time", "intro": [
        "Cohorts come from the cohort column of roster.csv."
        if not data.roster.empty else
        "There is no roster.csv, so all learners form one group."], "blocks": blocks})

    # 7. data problems
    problems = data.responses.problems
    text = (f"{len(problems)} answer files could not be used (first 25 below); their "
            "answers are not counted." if problems else "Every answer file could be read.")
    frame = pd.DataFrame({"problem": problems[:25]})
    sections.append({"id": "problems", "title": "Data checks", "intro": [text], "blocks": [
        {"table": table_view("problem-table", "Answer files not used", frame,
                             [("problem", "File and reason", "text")], empty="none")}]})
    if n_learners == 0:
        sections[0]["intro"].append("The gradebook has no learners yet.")
    return sections


def render_report(data: CourseData, analytics: CohortAnalytics, names: bool = False,
                  min_group: int = MIN_GROUP, thresholds: Thresholds | None = None,
                  identity: Identity | None = None) -> str:
    """The report page as one self-contained HTML string."""
    thresholds = thresholds or Thresholds()
    identity = identity or Identity.for_course(data.config.root, names)
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
        n_learners=_learners(data), n_attempts=len(data.responses.attempts),
        privacy_note=_privacy_note(names, min_group), sources_note=sources,
        sections=_sections(data, analytics, identity, min_group, thresholds))


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


def write_report(data: CourseData, out_dir: Path | str, names: bool = False,
                 min_group: int = MIN_GROUP, thresholds: Thresholds | None = None,
                 coach: Callable[..., Any] | None | str = "auto",
                 say: Callable[[str], None] | None = None,
                 progress: Callable[[Iterable], Iterable] | None = None) -> ReportResult:
    """Compute the analytics and write :data:`REPORT_FILES` into ``out_dir``."""
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
    items.to_csv(files["item_analysis.csv"], index=False, float_format="%.4g")
    files["mastery.csv"] = out / "mastery.csv"
    mastery_csv_frame(data, analytics, identity).to_csv(files["mastery.csv"], index=False,
                                                        float_format="%.4g")
    files["canvas_grades.csv"] = write_canvas_csv(canvas_grades(data.scores, data.roster),
                                                  out / "canvas_grades.csv")
    say("drawing plots and writing index.html")
    html = render_report(data, analytics, names, min_group, thresholds, identity)
    files["index.html"] = out / "index.html"
    files["index.html"].write_text(html, encoding="utf-8")
    return ReportResult(out, files, analytics)
