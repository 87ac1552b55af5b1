"""The sections of the cohort report, each as data for the page template.

Progress, learners to follow up, item quality, mastery, confusions, writing,
cohorts over time and unreadable answer files; :func:`build_sections` returns
them in the page's order. :mod:`soplab.cohort.analytics.report` renders and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from . import plots
from .data import CourseData
from .labels import kind_label, objective_label
from .nextsteps import FOLLOW_UP_RIGHT, FOLLOW_UP_SUBMITTED
from .privacy import Identity, suppress_small_groups
from .summary import CohortAnalytics

__all__ = [
    "FOLLOW_UP_ROWS", "Labels", "TREND_MIN_COHORTS", "WAITING", "cohort_section",
    "follow_up_section", "format_cell", "learner_count", "privacy_note", "problem_section",
    "progress_section", "shorten", "table_view", "writing_section",
]

#: Trend charts need this many cohorts (each large enough to show) to say anything.
TREND_MIN_COHORTS = 3
#: Learners listed in "Learners to follow up" (mastery.csv has everyone).
FOLLOW_UP_ROWS = 50
#: What a mean shows while too few learners are fully graded because hand grading waits.
WAITING = "waiting"


# ---------------------------------------------------------------- table views

def format_cell(value: Any, kind: str) -> tuple[str, bool]:
    if kind == "key":  # an id or name that must not wrap (item, learner, cohort)
        kind = "text"
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
    """A frame as rows of formatted cells for the template: (column, header, kind).

    Kinds: text, key (an id or name kept on one line), pct, share, int, num, date.
    """
    rows = []
    present = [c for c in columns if c[0] in frame.columns]
    for rec in frame.to_dict("records"):
        cells = []
        for col, _h, kind in present:
            text, num = format_cell(rec.get(col), kind)
            cells.append({"text": text, "num": num, "key": kind == "key"})
        flagged = bool(flag_col and isinstance(rec.get(flag_col), str) and rec.get(flag_col))
        rows.append({"cells": cells, "flagged": flagged})
    return {"id": table_id, "caption": caption, "columns": [h for _c, h, _k in present],
            "num_cols": [k in ("pct", "share", "int", "num") for _c, _h, k in present],
            "rows": rows, "empty": empty}


# ---------------------------------------------------------------- report body

def learner_count(data: CourseData) -> int:
    return int(data.gradebook["student_id"].nunique()) if not data.gradebook.empty else 0


def privacy_note(names: bool, min_group: int) -> str:
    who = ("Learners are shown by name, because the report was asked for with --names; "
           "do not share this file." if names else
           "Learners are shown as stable pseudonyms (L-...), not names; the key to them "
           "stays in the course folder (.soplab-salt).")
    return (f"{who} Groups of fewer than {min_group} learners are not shown on their own. "
            "The grades for Canvas carry real ids because they are meant for the LMS, so "
            "they are not in this folder: they are in lms-export/canvas_grades.csv beside "
            "it; keep that folder out of shared places.")


def shorten(text: Any, limit: int = 160) -> str:
    text = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass
class Labels:
    """Readable names for one report (see :mod:`soplab.cohort.analytics.labels`)."""

    assignments: dict[str, str]
    data: CourseData

    def assignment(self, name: Any) -> str:
        return self.assignments.get(name, str(name))

    def objective(self, code: Any) -> str:
        return objective_label(self.data.bank, code)

    def misconception(self, tag: Any) -> str:
        if not isinstance(tag, str) or not tag:
            return ""
        return self.data.bank.misconceptions.get(tag, tag)

    def exercise_kind(self, kind: Any) -> str:
        return {"assessment": "graded", "practice": "practice"}.get(kind, str(kind))


def progress_section(an: CohortAnalytics, lab: Labels, min_group: int) -> dict:
    prog = an.progress.copy()
    if not prog.empty:
        small = prog["graded"] < min_group
        # a mean that waits for hand grading says so, rather than "n/a"
        blank = [WAITING if pending else None for pending in prog["pending"] > 0]
        for col in ("mean_percent", "median_percent"):
            prog[col] = prog[col].astype(object).where(~small, pd.Series(blank, prog.index))
        prog["assignment"] = prog["assignment"].map(lab.assignment)
    blocks = []
    if not prog.empty:
        blocks.append({"plot": plots.assignment_plot(
            prog.assign(mean_percent=pd.to_numeric(prog["mean_percent"], errors="coerce")))})
    blocks.append({"table": table_view(
        "progress-table", "Learners per assignment by grading status", prog,
        [("assignment", "Assignment", "text"), ("graded", "Graded", "int"),
         ("pending", "Waiting for hand grading", "int"),
         ("not_autograded", "Submitted, not autograded", "int"),
         ("not_submitted", "Not submitted", "int"), ("mean_percent", "Mean score %", "pct"),
         ("median_percent", "Median score %", "pct")],
        empty="the gradebook has no assignments yet")})
    return {"id": "progress", "title": "Progress and scores", "intro": [
        "Work waiting for hand grading counts as waiting, not as zero. The mean and the "
        "median (the middle score) use fully graded work only: they say 'waiting' until "
        f"at least {min_group} learners' work is fully graded."], "blocks": blocks}


def follow_up_section(follow: pd.DataFrame, identity: Identity, names: bool) -> dict:
    intro = [
        f"Learners who submitted under {100 * FOLLOW_UP_SUBMITTED:.0f}% of the assignments "
        "the cohort has submitted so far, or got under "
        f"{100 * FOLLOW_UP_RIGHT:.0f}% of their graded questions right and are in the "
        "cohort's lowest quarter by that share; the lowest share right first. A short call "
        "often helps more than a reminder."]
    blocks: list[dict] = []
    if not names:
        blocks.append({"text": "They appear as pseudonyms. To see their names, make a copy "
                       "of this report with their names and keep it to yourself:",
                       "command": "soplab report --names --out report-names"})
    if follow.empty:
        blocks.append({"text": "No learner stands out at the moment."})
    else:
        shown = identity.apply(follow.head(FOLLOW_UP_ROWS))
        shown = shown.assign(
            submitted_of=[f"{s} of {a}" for s, a in zip(shown["submitted"],
                                                        shown["assignments"], strict=True)],
            right_of=[f"{r} of {a}" if a else "none answered yet"
                      for r, a in zip(shown["right"], shown["answered"], strict=True)],
            mastered_of=[f"{m} of {a}" if a else "none assessed yet"
                         for m, a in zip(shown["mastered"], shown["assessed"], strict=True)])
        if len(follow) > FOLLOW_UP_ROWS:
            blocks.append({"text": f"The first {FOLLOW_UP_ROWS} of {len(follow)} are shown; "
                           "mastery.csv has everyone."})
        blocks.append({"table": table_view(
            "follow-up-table", f"{len(follow)} learners who may need a call", shown,
            [("learner", "Learner", "key"), ("reason", "Why", "text"),
             ("submitted_of", "Assignments submitted", "text"),
             ("pending", "Waiting for hand grading", "int"),
             ("right_of", "Graded questions right", "text"),
             ("mastered_of", "Objectives mastered", "text"),
             ("mean_percent", "Mean score %", "pct")])})
    return {"id": "follow-up", "title": "Learners to follow up", "intro": intro,
            "blocks": blocks}


def writing_section(data: CourseData, an: CohortAnalytics, min_group: int) -> dict:
    contributors = data.responses.frame["student_id"].nunique() if not \
        data.responses.frame.empty else 0
    blocks: list[dict] = []
    if not an.coach_available:
        blocks.append({"text": "The writing coach (soplab.coach) is not installed in this "
                       "environment, so written answers were not analysed."})
    elif contributors < min_group or an.coach.empty:
        blocks.append({"text": "No written answers to analyse yet (or fewer than "
                       f"{min_group} learners)."})
    else:
        coach = an.coach.assign(
            kind=an.coach["kind"].map(kind_label),
            component=an.coach["label"] if "label" in an.coach else an.coach["component"])
        blocks.append({"plot": plots.coach_plot(coach)})
        blocks.append({"table": table_view(
            "coach-table", "Parts of written answers missing", coach,
            [("kind", "Written as", "text"), ("component", "Part", "text"),
             ("texts", "Texts", "int"), ("missing", "Missing", "int"),
             ("share_missing", "Share missing", "share")])})
    return {"id": "writing", "title": "Written work", "intro": [
        "Harm and danger statements, safety goals, plans and questions are read by the "
        "writing coach; the table shows which parts the cohort most often leaves out. "
        "Reflections are graded by people and not analysed here."], "blocks": blocks}


def cohort_section(data: CourseData, an: CohortAnalytics, min_group: int) -> dict:
    co = suppress_small_groups(an.cohorts, "n", min_group, keep=("cohort",))
    shown = an.cohorts[an.cohorts["n"] >= min_group]
    shown = shown[shown["mean_percent"].notna()] if not shown.empty else shown
    blocks: list[dict] = []
    if len(shown) >= TREND_MIN_COHORTS:
        blocks.append({"plot": plots.cohort_plot(shown)})
    else:
        have = "there is 1 cohort" if len(shown) == 1 else f"there are {len(shown)} cohorts"
        blocks.append({"text": f"A trend needs at least {TREND_MIN_COHORTS} cohorts of "
                       f"{min_group} or more learners with graded work; {have} so far, so "
                       "there is no chart yet. The table compares them."})
    blocks.append({"table": table_view(
        "cohort-table", "Cohorts, oldest first", co,
        [("cohort", "Cohort", "key"), ("n", "Learners", "int"), ("started", "First work", "date"),
         ("submission_rate", "Submitted", "share"), ("mean_percent", "Mean score %", "pct"),
         ("mastered_share", "Objectives mastered", "share"), ("note", "Note", "text")])})
    return {"id": "cohorts", "title": "Cohorts over time", "intro": [
        "Cohorts come from the cohort column of roster.csv."
        if not data.roster.empty else
        "There is no roster.csv, so all learners form one group."], "blocks": blocks}


def problem_section(data: CourseData) -> dict:
    problems = data.responses.problems
    text = (f"{len(problems)} answer files could not be used (first 25 below); their "
            "answers are not counted." if problems else "Every answer file could be read.")
    frame = pd.DataFrame({"problem": problems[:25]})
    return {"id": "problems", "title": "Data checks", "intro": [text], "blocks": [
        {"table": table_view("problem-table", "Answer files not used", frame,
                             [("problem", "File and reason", "text")], empty="none")}]}
