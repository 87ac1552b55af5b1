"""Report sections about the questions and the learners' grasp of them: item
quality (flagged first, statistics explained in plain words), mastery by
objective, and confusions between the options people chose."""

from __future__ import annotations

import pandas as pd

from . import plots
from .data import CourseData
from .itemstats import Thresholds
from .labels import plain_flag
from .learning import MASTERY_THRESHOLD, mastery_by_objective
from .nextsteps import small_cohort_note
from .privacy import suppress_small_groups
from .sections import Labels, shorten, table_view
from .summary import CohortAnalytics

__all__ = ["ITEM_TERMS", "OPTION_TERMS", "TEST_TERMS", "confusion_section", "item_section",
           "mastery_section"]


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


def item_section(data: CourseData, an: CohortAnalytics, lab: Labels, min_group: int,
                  thresholds: Thresholds) -> dict:
    items = suppress_small_groups(
        an.item_analysis, "n", min_group,
        keep=("item_id", "assignment", "exercise", "objective", "kind", "prompt", "flag"))
    items = items.assign(
        assignment_label=items["assignment"].map(lab.assignment),
        objective_label=items["objective"].map(lab.objective),
        what=items["flag"].map(plain_flag),
        question=items["prompt"].map(lambda t: shorten(t, 110)),
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
        "difficulty allows).", *([small_cohort_note(an.item_analysis)]
                                  if small_cohort_note(an.item_analysis) else []),
        *an.notes], "blocks": blocks}


def mastery_section(data: CourseData, an: CohortAnalytics, lab: Labels,
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


def confusion_section(data: CourseData, an: CohortAnalytics, lab: Labels,
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
                prompt=missed["prompt"].map(lambda t: shorten(t, 110)))
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


