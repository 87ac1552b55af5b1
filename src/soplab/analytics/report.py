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
from .labels import assignment_titles, kind_label, objective_label, plain_flag
from .learning import MASTERY_THRESHOLD, mastery_by_objective
from .nextsteps import (
    FOLLOW_UP_RIGHT,
    FOLLOW_UP_SUBMITTED,
    learners_to_follow_up,
    next_steps,
)
from .privacy import MIN_GROUP, Identity, suppress_small_groups
from .summary import CohortAnalytics, analyse_course

REPORT_FILES = ("index.html", "item_analysis.csv", "mastery.csv", "canvas_grades.csv")
TITLE = "Best Practices for ER: cohort report"
#: Trend charts need this many cohorts (each large enough to show) to say anything.
TREND_MIN_COHORTS = 3
#: Learners listed in "Learners to follow up" (mastery.csv has everyone).
FOLLOW_UP_ROWS = 50
#: What a mean shows while too few learners are fully graded because hand grading waits.
WAITING = "waiting"


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
            text, num = _fmt(rec.get(col), kind)
            cells.append({"text": text, "num": num, "key": kind == "key"})
        flagged = bool(flag_col and isinstance(rec.get(flag_col), str) and rec.get(flag_col))
        rows.append({"cells": cells, "flagged": flagged})
    return {"id": table_id, "caption": caption, "columns": [h for _c, h, _k in present],
            "num_cols": [k in ("pct", "share", "int", "num") for _c, _h, k in present],
            "rows": rows, "empty": empty}


# ---------------------------------------------------------------- report body

def _learners(data: CourseData) -> int:
    return int(data.gradebook["student_id"].nunique()) if not data.gradebook.empty else 0


def _privacy_note(names: bool, min_group: int) -> str:
    who = ("Learners are shown by name, because the report was asked for with --names; "
           "do not share this file." if names else
           "Learners are shown as stable pseudonyms (L-...), not names; the key to them "
           "stays in the course folder (.soplab-salt).")
    return (f"{who} Groups of fewer than {min_group} learners are not shown on their own. "
            "canvas_grades.csv beside this page carries real ids because it is meant for the "
            "LMS: keep it out of shared folders.")


def _short(text: Any, limit: int = 160) -> str:
    text = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass
class _Labels:
    """Readable names for one report (see :mod:`soplab.analytics.labels`)."""

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


def _progress_section(an: CohortAnalytics, lab: _Labels, min_group: int) -> dict:
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


def _follow_up_section(follow: pd.DataFrame, identity: Identity, names: bool) -> dict:
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


ITEM_TERMS = (
    ("Right % (facility)", "The share of learners who answered the question right. "
     "Statisticians call it facility (the opposite of difficulty)."),
    ("Discrimination", "Whether the question tells stronger from weaker learners apart: "
     "100 × the correlation between getting this question right and the score on the rest "
     "of the assignment. 50 or more is very good, 30 to 50 adequate, 20 to 29 weak, under "
     "20 very weak; a negative value means learners who did well overall got it wrong more "
     "often, which usually points to a wrong key."),
)
TEST_TERMS = (
    ("Reliability (Cronbach's alpha)", "How consistently an assignment's graded questions "
     "measure the same thing, from 0 to 1; about 0.7 or more is usual for a test, and short "
     "sets of questions score lower."),
    ("Error ratio %", "How much of the spread in scores is measurement noise: "
     "100 × √(1 − alpha)."),
    ("Standard error %", "How far a learner's score may be from their 'true' score by "
     "chance: SD of the scores × √(1 − alpha)."),
    ("SD", "Standard deviation: how spread out the scores are."),
)
OPTION_TERMS = (
    ("Point-biserial", "For each option, the correlation between choosing it and the score "
     "on the rest of the assignment. The key should be clearly positive; a wrong option "
     "with a positive value draws learners who do well elsewhere."),
)


def _item_section(data: CourseData, an: CohortAnalytics, lab: _Labels, min_group: int,
                  thresholds: Thresholds) -> dict:
    items = suppress_small_groups(
        an.item_analysis, "n", min_group,
        keep=("item_id", "assignment", "exercise", "objective", "kind", "prompt", "flag"))
    items = items.assign(
        assignment_label=items["assignment"].map(lab.assignment),
        objective_label=items["objective"].map(lab.objective),
        what=items["flag"].map(plain_flag),
        question=items["prompt"].map(lambda t: _short(t, 110)),
        _flagged=items["flag"].fillna("") != "",
    ).sort_values(["assignment", "item_id"])
    flagged = items[items["_flagged"]]
    rest = items[~items["_flagged"]]
    columns = [("item_id", "Item", "key"), ("assignment_label", "Assignment", "text"),
               ("objective_label", "Objective", "text"), ("n", "Learners", "int"),
               ("facility", "Right % (facility)", "pct"),
               ("discrimination_index", "Discrimination", "pct")]
    blocks: list[dict] = [{"terms": ITEM_TERMS, "print_note": "On paper the objective and "
                           "the number of learners of each question are left out; the screen "
                           "and item_analysis.csv have them."}]
    if items.empty:
        blocks.append({"text": "No graded answers yet."})
    else:
        blocks.append({"table": table_view(
            "item-table", f"{len(flagged)} flagged questions, worth a trainer's look", flagged,
            [*columns, ("what", "What the flag means", "text"),
             ("question", "Question", "text")], flag_col="flag",
            empty="no question is flagged")})
        if not rest.empty:
            blocks.append({"table": table_view(
                "item-table-rest", f"The other {len(rest)} questions (no flag)", rest,
                [*columns, ("question", "Question", "text")]), "collapsed": True})
    shown = an.item_analysis[an.item_analysis["n"] >= min_group]
    if not shown.empty:
        blocks.append({"plot": plots.item_map_plot(shown, thresholds.too_easy,
                                                   thresholds.too_hard,
                                                   thresholds.weak_discrimination)})
    tests = suppress_small_groups(an.tests, "n", min_group, keep=("assignment", "k", "note"))
    tests = tests.assign(assignment=tests["assignment"].map(lab.assignment)) \
        if not tests.empty else tests
    blocks.append({"terms": TEST_TERMS, "collapsed_terms": True, "table": table_view(
        "test-table", "Reliability of each assignment's graded questions", tests,
        [("assignment", "Assignment", "text"), ("n", "Learners", "int"),
         ("k", "Questions", "int"), ("mean_pct", "Mean %", "pct"), ("sd_pct", "SD %", "pct"),
         ("alpha", "Reliability (alpha)", "num"), ("error_ratio", "Error ratio %", "pct"),
         ("standard_error_pct", "Standard error %", "pct"), ("note", "Note", "text")],
        empty="no graded questions in the item banks"), "collapsed": True})
    opts = [res.options for res in an.assessments.values()
            if not res.options.empty and (res.items["n"] >= min_group).any()]
    if opts:
        option_frame = pd.concat(opts, ignore_index=True)
        option_frame = option_frame.assign(
            is_key=option_frame["is_key"].map(lambda k: "key" if k is True or k == 1 else ""),
            what=option_frame["flag"].map(plain_flag))
        blocks.append({"terms": OPTION_TERMS, "table": table_view(
            "option-table", "Every option: share choosing it and point-biserial", option_frame,
            [("item_id", "Item", "key"), ("option_text", "Option", "text"),
             ("is_key", "Key", "text"), ("share", "Chose it", "share"),
             ("point_biserial", "Point-biserial", "num"), ("what", "Flag", "text")],
            flag_col="flag"), "collapsed": True, "screen_only": True,
            "print_note": f"The table of every option ({len(option_frame)} rows) is left out "
                          "on paper: open the report on screen to see it."})
    return {"id": "items", "title": "Graded questions", "intro": [
        "Only graded questions count here (practice answers are not graded). A flag marks a "
        "question worth a trainer's look: too easy (right for "
        f"{thresholds.too_easy:.0f}% or more), too hard ({thresholds.too_hard:.0f}% or "
        f"less), not telling learners apart (discrimination under "
        f"{thresholds.weak_discrimination:.0f}), or a key or option that may be wrong. "
        "item_analysis.csv beside this page has every figure, with the spread (SD) and the "
        "discriminative efficiency (discrimination compared with the most the question's "
        "difficulty allows).", *an.notes], "blocks": blocks}


def _mastery_section(data: CourseData, an: CohortAnalytics, lab: _Labels,
                     min_group: int) -> dict:
    om = suppress_small_groups(an.objective_mastery, "n", min_group,
                               keep=("objective", "title"))
    om = om.assign(objective=om["objective"].map(lab.objective)) if not om.empty else om
    blocks = []
    shown = an.objective_mastery[an.objective_mastery["n"] >= min_group]
    if not shown.empty:
        blocks.append({"plot": plots.mastery_plot(
            shown.assign(objective=shown["objective"].map(lab.objective)).drop(
                columns=["title"], errors="ignore"))})
    blocks.append({"table": table_view(
        "mastery-table", "Mastery by objective", om,
        [("objective", "Objective", "text"), ("n", "Learners", "int"),
         ("mean_score", "Mean score", "share"), ("mastered_share", "Mastered", "share"),
         ("note", "Note", "text")],
        empty="no graded answers yet")})
    by_cohort = data.cohorts.replace("", pd.NA).dropna()
    if not by_cohort.empty and not an.learner_mastery.empty:
        mc = mastery_by_objective(an.learner_mastery, data.bank, by_cohort)
        mc = mc[mc["group"] != ""]
        mc = suppress_small_groups(mc, "n", min_group, keep=("group", "objective", "title"))
        mc = mc.assign(objective=mc["objective"].map(lab.objective)) if not mc.empty else mc
        blocks.append({"table": table_view(
            "mastery-cohort-table", "Mastery by cohort and objective", mc,
            [("group", "Cohort", "key"), ("objective", "Objective", "text"),
             ("n", "Learners", "int"), ("mean_score", "Mean score", "share"),
             ("mastered_share", "Mastered", "share"), ("note", "Note", "text")]),
            "collapsed": True})
    return {"id": "mastery", "title": "Learning objectives", "intro": [
        "A learner has mastered an objective when they answer at least "
        f"{100 * MASTERY_THRESHOLD:.0f}% of its graded questions right. Mean score is the "
        "average share right. Per-learner results are in mastery.csv."], "blocks": blocks}


def _confusion_section(data: CourseData, an: CohortAnalytics, lab: _Labels,
                       min_group: int) -> dict:
    contributors = data.responses.frame["student_id"].nunique() if not \
        data.responses.frame.empty else 0
    blocks: list[dict] = []
    if contributors < min_group:
        blocks.append({"text": f"Fewer than {min_group} learners have answers yet: confusions "
                       "and missed questions are not shown."})
    else:
        for name, table in an.confusions.items():
            blocks.append({"heading": name, "plot": plots.confusion_plot(name, table),
                           "figclass": "heatmap"})
            tv = table.reset_index()
            # the heat map prints every count in its cell: the table is folded beside it,
            # and left out on paper
            blocks.append({"table": table_view(
                f"confusion-{len(blocks)}", f"Right answer (rows) × answer chosen (columns): "
                f"{name}", tv, [(c, str(c), "text" if c == "correct answer" else "int")
                                for c in tv.columns]), "screen_only": True,
                "collapsed": True})
        missed = an.most_missed
        if not missed.empty:
            missed = missed.assign(
                item=[f"{i} ({lab.exercise_kind(k)})"
                      for i, k in zip(missed["item_id"], missed["kind"], strict=True)],
                objective=missed["objective"].map(lab.objective),
                right=[f"{100 * r:.0f}% of {n}" for r, n in zip(missed["share_correct"],
                                                                missed["n"], strict=True)],
                wrong=[f"{w} ({100 * s:.0f}%)" if isinstance(w, str) else ""
                       for w, s in zip(missed["common_wrong"], missed["common_wrong_share"],
                                       strict=True)],
                misconception=missed["misconception"].map(lab.misconception),
                prompt=missed["prompt"].map(lambda t: _short(t, 110)))
        blocks.append({"heading": "Most-missed questions", "table": table_view(
            "missed-table", "Questions with the lowest share right, with their explanation",
            missed,
            [("item", "Item", "text"), ("objective", "Objective", "text"),
             ("right", "Right (of answers)", "text"),
             ("correct_option", "Right answer", "text"),
             ("wrong", "Most common wrong answer (share)", "text"),
             ("prompt", "Question", "text"), ("explanation", "Explanation", "text"),
             ("misconception", "Common confusion", "text")])})
        mis = an.misconceptions
        blocks.append({"heading": "Common confusions", "table": table_view(
            "misconception-table", "Common confusions: share of answers wrong on the "
            "questions that test each", mis,
            [("description", "Confusion", "text"), ("items", "Questions", "int"),
             ("answers", "Answers", "int"), ("share_wrong", "Wrong", "share")],
            empty="no tagged questions answered yet")})
    return {"id": "confusions", "title": "Confusions and misconceptions", "intro": [
        "These views use practice and graded answers together: practice shows thinking "
        "at low stakes, but only a learner's last practice answer is stored, often after "
        "reading the explanation, so practice may look better than first thoughts were."],
        "blocks": blocks}


def _writing_section(data: CourseData, an: CohortAnalytics, min_group: int) -> dict:
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


def _cohort_section(data: CourseData, an: CohortAnalytics, min_group: int) -> dict:
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


def _problem_section(data: CourseData) -> dict:
    problems = data.responses.problems
    text = (f"{len(problems)} answer files could not be used (first 25 below); their "
            "answers are not counted." if problems else "Every answer file could be read.")
    frame = pd.DataFrame({"problem": problems[:25]})
    return {"id": "problems", "title": "Data checks", "intro": [text], "blocks": [
        {"table": table_view("problem-table", "Answer files not used", frame,
                             [("problem", "File and reason", "text")], empty="none")}]}


def _sections(data: CourseData, an: CohortAnalytics, identity: Identity, min_group: int,
              thresholds: Thresholds, lab: _Labels, follow: pd.DataFrame) -> list[dict]:
    sections = [
        _progress_section(an, lab, min_group),
        _follow_up_section(follow, identity, identity.names),
        _item_section(data, an, lab, min_group, thresholds),
        _mastery_section(data, an, lab, min_group),
        _confusion_section(data, an, lab, min_group),
        _writing_section(data, an, min_group),
        _cohort_section(data, an, min_group),
        _problem_section(data),
    ]
    if _learners(data) == 0:
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
    lab = _Labels(assignment_titles(data.config.root, assignments), data)
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
        n_learners=_learners(data), n_attempts=len(data.responses.attempts),
        privacy_note=_privacy_note(names, min_group), sources_note=sources,
        steps=steps, names=names, notice=notice,
        sections=_sections(data, analytics, identity, min_group, thresholds, lab, follow))


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
    items.to_csv(files["item_analysis.csv"], index=False, float_format="%.4g")
    files["mastery.csv"] = out / "mastery.csv"
    mastery_csv_frame(data, analytics, identity).to_csv(files["mastery.csv"], index=False,
                                                        float_format="%.4g")
    files["canvas_grades.csv"] = write_canvas_csv(canvas_grades(data.scores, data.roster),
                                                  out / "canvas_grades.csv")
    say("drawing plots and writing index.html")
    html = render_report(data, analytics, names, min_group, thresholds, identity, notice)
    files["index.html"] = out / "index.html"
    files["index.html"].write_text(html, encoding="utf-8")
    return ReportResult(out, files, analytics)
