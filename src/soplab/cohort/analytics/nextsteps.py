"""What the instructor should do next, worked out from the gradebook and the analytics.

:func:`next_steps` returns the steps the report opens with, each with a count and
the exact command or formgrader page:

1. hand grading that waits, per assignment and notebook (formgrader's *Manual
   Grading* page for it, ``/formgrader/gradebook/<assignment>/<notebook>``);
2. submissions collected but not autograded (``soplab autograde ...``);
3. assignments whose every submitted part is graded, so feedback can go back
   (``soplab feedback ... --release``);
4. assessment items whose statistics say the key or an option may be wrong;
5. learners who may need a call (:func:`learners_to_follow_up`), with the hint that
   ``soplab report --names`` shows who they are;
6. answer files that could not be read.

Nothing here names a learner: the report pseudonymises the follow-up list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..review.reading import writing_sets
from .data import CourseData
from .labels import needs_key_check, plain_flag
from .latework import late_work_step
from .returned import feedback_state
from .summary import CohortAnalytics

__all__ = [
    "FOLLOW_UP_RIGHT",
    "FOLLOW_UP_SUBMITTED",
    "Line",
    "SMALL_SAMPLE",
    "Step",
    "learners_to_follow_up",
    "next_steps",
    "review_queue_step",
    "small_cohort_note",
]

#: A learner "may need a call" who got under this share of their graded questions right
#: and is in the cohort's lowest quarter by that share ...
FOLLOW_UP_RIGHT = 0.5
#: ... or submitted under this share of the assignments the cohort has submitted so far.
FOLLOW_UP_SUBMITTED = 0.5
#: Questions listed by name in the "check the key" step (the rest are in the item table).
KEY_LINES = 8


@dataclass(frozen=True)
class Line:
    """One line of a step: what (plain words) and, optionally, where or how (code)."""

    text: str
    code: str = ""


@dataclass(frozen=True)
class Step:
    """One thing to do, with how many it concerns and exactly how to do it."""

    key: str
    count: int
    title: str
    how: str = ""
    commands: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    link: str = ""
    note: str = ""
    done: bool = False

    def __str__(self) -> str:
        parts = [self.title]
        parts += [f"  - {ln.text}" + (f" [{ln.code}]" if ln.code else "") for ln in self.lines]
        parts += [f"  $ {c}" for c in self.commands]
        return "\n".join(parts)


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def learners_to_follow_up(data: CourseData, analytics: CohortAnalytics) -> pd.DataFrame:
    """Learners who may need a call, with the reason in plain words.

    A learner is listed when they submitted fewer than :data:`FOLLOW_UP_SUBMITTED` of
    the assignments the cohort has submitted so far (assignments nobody has submitted
    yet do not count), or got fewer than :data:`FOLLOW_UP_RIGHT` of their graded
    questions right *and* are in the cohort's lowest quarter by that share (so a
    struggling cohort yields a short list to start with, and a strong one none).
    Columns: student_id, first_name, last_name, submitted, assignments, pending,
    right, answered, mastered, assessed, mean_percent, reason; the lowest share right
    first. Real ids: pseudonymise before showing.
    """
    cols = ["student_id", "first_name", "last_name", "submitted", "assignments", "pending",
            "right", "answered", "mastered", "assessed", "mean_percent", "reason"]
    sc = data.scores
    if sc.empty:
        return pd.DataFrame(columns=cols)
    worked_on = set(sc.loc[sc["status"] != "not submitted", "assignment"])
    if not worked_on:
        return pd.DataFrame(columns=cols)
    sc = sc[sc["assignment"].isin(worked_on)]
    per = sc.assign(
        _submitted=(sc["status"] != "not submitted").astype(int),
        _pending=(sc["status"] == "pending manual grading").astype(int),
    ).groupby("student_id").agg(
        first_name=("first_name", "first"), last_name=("last_name", "first"),
        submitted=("_submitted", "sum"), assignments=("status", "size"),
        pending=("_pending", "sum"), mean_percent=("percent", "mean"))
    for col in ("right", "answered", "mastered", "assessed"):
        per[col] = 0
    lm = analytics.learner_mastery
    if not lm.empty:
        g = lm.groupby("student_id")
        for col, values in (("right", g["correct"].sum()), ("answered", g["items"].sum()),
                            ("mastered", g["mastered"].sum()),
                            ("assessed", g["mastered"].size())):
            per[col] = values.reindex(per.index).fillna(0).astype(int)
    share = per["right"] / per["answered"].where(per["answered"] > 0)
    few_submitted = per["submitted"] < FOLLOW_UP_SUBMITTED * per["assignments"]
    low_right = (share < FOLLOW_UP_RIGHT) & (share <= share.quantile(0.25))
    reasons = []
    for sid in per.index:
        why = []
        if few_submitted[sid]:
            why.append(f"submitted {per.at[sid, 'submitted']} of {per.at[sid, 'assignments']} "
                       "assignments")
        if low_right[sid]:
            why.append(f"got {per.at[sid, 'right']} of {per.at[sid, 'answered']} graded "
                       f"questions right ({100 * share[sid]:.0f}%)")
        reasons.append("; ".join(why))
    per["reason"] = reasons
    out = per[few_submitted | low_right].assign(_share=share)
    out = out.sort_values(["_share", "submitted", "mean_percent"], na_position="first")
    return out.drop(columns="_share").reset_index()[cols]


def _feedback_made(root: Path, assignment: str) -> int:
    folder = root / "feedback"
    return sum(1 for p in folder.glob(f"*/{assignment}") if p.is_dir()) if folder.is_dir() \
        else 0


def review_queue_step(data: CourseData, label, order: list[str]) -> Step | None:
    """The review queue: graded writing parts autograde left open for a person (the
    coach was not sure, or found harmful practice or the wrong kind), per assignment,
    with the ``soplab review`` command for each. None when nothing waits."""
    gb = data.gradebook
    if gb.empty:
        return None
    cells = {f"score-{ex}" for a in {e.assignment for e in data.bank.exercises.values()}
             for ex in writing_sets(data.bank, a)}
    queue = gb[(gb["status"] == "needs manual grade") & gb["cell"].isin(cells)]
    if queue.empty:
        return None
    counts = queue.groupby("assignment", sort=False).agg(
        parts=("cell", "size"), learners=("student_id", "nunique"))
    names = [a for a in order if a in counts.index] + sorted(
        a for a in counts.index if a not in order)
    parts = int(counts["parts"].sum())
    return Step(
        "review", parts,
        f"The review queue: {_n(parts, 'writing part')} of "
        f"{_n(int(queue['student_id'].nunique()), 'learner')} wait for a person",
        how="The coach was not sure of these answers, or found harmful practice or the "
            "wrong kind of statement, so their points are not final (they are part of the "
            "hand grading). Go through them in a terminal, similar answers together, with "
            "the rubric and the coach's suggestion; or in formgrader:",
        lines=tuple(Line(f"{counts.at[a, 'parts']} × {label(a)}") for a in names),
        commands=tuple(f"soplab review {a}" for a in names))


#: Below this many learners per question, item statistics are marked as a small sample.
SMALL_SAMPLE = 30


def small_cohort_note(items: pd.DataFrame) -> str:
    """A plain warning when item figures rest on few learners ("" when enough)."""
    most = int(items["n"].max()) if not items.empty else 0
    if most >= SMALL_SAMPLE:
        return ""
    return (f"Small sample: these figures come from at most {_n(most, 'learner')} per "
            f"question (under {SMALL_SAMPLE}), so one or two answers move them a lot. Treat "
            "them as hints to read the question, not as proof that the key is wrong.")


def _split_returned(root: Path, ready: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The assignments ready for feedback that are NOT yet returned (every learner's
    current page in nbgrader's exchange), and those that are."""
    done = [a for a in ready["assignment"] if feedback_state(root, a).all_returned]
    return ready[~ready["assignment"].isin(done)], done


def _returned_step(returned: list[str], label) -> Step:
    return Step(
        "returned", len(returned),
        f"Feedback is returned for {_n(len(returned), 'assignment')}: every learner's "
        "current page is in the exchange",
        lines=tuple(Line(label(a)) for a in returned),
        note="Nothing to do; after a change of grades, write and return the pages again "
             "(soplab feedback ... --release).", done=True)


def next_steps(data: CourseData, analytics: CohortAnalytics, titles: dict[str, str],
               follow_up: pd.DataFrame, min_group: int) -> list[Step]:
    """The steps, most urgent first; ``titles`` maps assignment -> readable label."""
    steps: list[Step] = []
    label = lambda a: titles.get(a, a)  # noqa: E731
    gb, sc = data.gradebook, data.scores
    order = list(analytics.progress["assignment"]) if not analytics.progress.empty else []

    # 1. hand grading
    waiting = gb[gb["status"] == "needs manual grade"] if not gb.empty else gb
    if not waiting.empty:
        per = waiting.groupby(["assignment", "notebook"], sort=False).agg(
            learners=("student_id", "nunique"), parts=("cell", "size")).reset_index()
        per["_o"] = per["assignment"].map({a: i for i, a in enumerate(order)})
        per = per.sort_values(["_o", "notebook"])
        lines = tuple(Line(
            f"{r.learners} × {label(r.assignment)}: {_n(r.parts, 'part')} to grade"
            + (f" (notebook {r.notebook})" if r.notebook != r.assignment else ""),
            f"/formgrader/gradebook/{r.assignment}/{r.notebook}") for r in per.itertuples())
        learners = int(waiting.groupby("assignment")["student_id"].nunique().sum())
        steps.append(Step(
            "grade", learners,
            f"Hand grading waits: {_n(learners, 'submission')} in "
            f"{_n(per['assignment'].nunique(), 'assignment')}",
            how="In JupyterLab, open Nbgrader › Formgrader › Manual Grading, then the "
                "assignment and the notebook; or go to the address shown after your "
                "server's address. Grades are saved as you go.", lines=lines))

    queue_step = review_queue_step(data, label, order)
    if queue_step is not None:
        steps.append(queue_step)

    # 2. collected, not autograded
    ungraded = sc[sc["status"] == "not autograded"] if not sc.empty else sc
    if not ungraded.empty:
        counts = ungraded.groupby("assignment", sort=False)["student_id"].nunique()
        names = [a for a in order if a in counts.index]
        steps.append(Step(
            "autograde", int(counts.sum()),
            f"Autograding waits: {_n(int(counts.sum()), 'submission')} collected but not "
            "graded yet",
            lines=tuple(Line(f"{counts[a]} × {label(a)}") for a in names),
            commands=(f"soplab autograde {' '.join(names)}",)))

    # 3. feedback (what is returned already is said last, as done)
    returned: list[str] = []
    prog = analytics.progress
    if not prog.empty:
        submitted = prog["graded"] + prog["pending"] + prog["not_autograded"]
        ready = prog[(submitted > 0) & (prog["pending"] == 0) & (prog["not_autograded"] == 0)]
        later = prog[(submitted > 0) & ~prog.index.isin(ready.index)]
        ready, returned = _split_returned(data.config.root, ready)
        if not ready.empty:
            names = list(ready["assignment"])
            made = [a for a in names if _feedback_made(data.config.root, a)]
            note = ""
            if made:
                note = (f"Feedback pages exist already for {_join([label(a) for a in made])}; "
                        "the command writes them again with the final grades and returns "
                        "them to the learners (they open them with Fetch Feedback).")
            if not later.empty:
                note += (" " if note else "") + (
                    f"Feedback for {_join([label(a) for a in later['assignment']])} waits "
                    "until every part is graded.")
            steps.append(Step(
                "feedback", len(names),
                f"Feedback is ready to return for {_n(len(names), 'assignment')}: every "
                "submitted part is graded",
                lines=tuple(Line(f"{label(a)}: {_n(int(r.graded), 'learner')} graded")
                            for a, r in zip(names, ready.itertuples(), strict=True)),
                commands=(f"soplab feedback {' '.join(names)} --release",), note=note))

    # 4. items whose key to check
    items = analytics.item_analysis
    if not items.empty:
        suspect = items[items["flag"].map(needs_key_check) & (items["n"] >= min_group)]
        if not suspect.empty:
            lines = []
            for r in suspect.head(KEY_LINES).itertuples():
                item = data.bank.items.get(r.item_id)
                where = f"{item.source}, row {item.row}" if item and item.source else ""
                lines.append(Line(f"{r.item_id} ({label(r.assignment)}): {plain_flag(r.flag)}",
                                  where))
            if len(suspect) > KEY_LINES:
                lines.append(Line(f"and {len(suspect) - KEY_LINES} more in the table of "
                                  "flagged questions"))
            names = ([a for a in order if a in set(suspect["assignment"])]
                     or sorted(set(suspect["assignment"])))
            steps.append(Step(
                "keys", len(suspect),
                f"Check the key of {_n(len(suspect), 'graded question')}",
                how="Their answers suggest a wrong key or a misleading option. Read each "
                    "question and its options in the item bank (file and row below). After "
                    "a fix, check the course and grade those assignments again:",
                commands=("soplab check", f"soplab autograde {' '.join(names)}"),
                lines=tuple(lines), link="#items", note=small_cohort_note(suspect)))

    # 4b. late and missing work, by each learner's due date in force (extensions)
    late = late_work_step(data, label, Step, Line)
    if late is not None:
        steps.append(late)

    # 5. learners who may need a call
    if not follow_up.empty:
        steps.append(Step(
            "learners", len(follow_up),
            f"{_n(len(follow_up), 'learner')} may need a call",
            how=(f"They submitted under {100 * FOLLOW_UP_SUBMITTED:.0f}% of the assignments "
                 f"so far, or got under {100 * FOLLOW_UP_RIGHT:.0f}% of their graded "
                 "questions right and are in the cohort's lowest quarter (the list is "
                 "further down). For privacy they appear as pseudonyms; to see their "
                 "names, make a copy of this report with --names and keep it to yourself:"),
            commands=("soplab report --names --out report-names",), link="#follow-up"))

    # 6. unreadable answer files
    problems = data.responses.problems
    if problems:
        steps.append(Step(
            "data", len(problems),
            f"{_n(len(problems), 'answer file')} could not be read",
            how="Their answers are not counted. The list says which files and why.",
            link="#problems"))
    return steps + ([_returned_step(returned, label)] if returned else [])
