"""A tiny fictional course for the analytics tests: banks, nbgrader gradebook, answer files."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import warnings
from pathlib import Path

CHOICES = "Harm|Danger|Complicating factor"

OBJECTIVES = """objective,short_title,text
LO1,SOP key practices,Deepen knowledge of SOP.
LO3,Harm and danger statements,Use harm and danger statements.
"""
MISCONCEPTIONS = """tag,description
harm-danger-confusion,Mixes up harm with danger.
"""
EXERCISES = f"""exercise,assignment,widget,kind,title,choices,points
hd-practice,01-a,classify,practice,Harm or danger (practice),{CHOICES},
hd-check,01-a,classify,assessment,Harm or danger,{CHOICES},
sc-check,01-a,scenario,assessment,At the door,,
write-check,01-a,text,assessment,Write a harm statement,,
"""
ITEMS = "\n".join([
    "id,objective,exercise,kind,prompt,label,explanation,misconception,choices,choice_feedback",
    "p1,LO3,hd-practice,practice,A bruise seen last week.,Harm,It already happened.,,,",
    "a1,LO3,hd-check,assessment,Marks on the arm seen today.,Harm,Past event.,,,",
    "a2,LO3,hd-check,assessment,Could be hurt again if nothing changes.,Danger,Future worry.,"
    "harm-danger-confusion,,",
    "a3,LO3,hd-check,assessment,Father lost his job.,Complicating factor,A stressor.,,,",
    "s1,LO1,sc-check,assessment,How do you introduce yourself?,B,Be open.,,"
    "Badge only|Name and purpose|Ask to come in,no|yes|not yet",
    "w1,LO3,write-check,assessment,Write a harm statement.,harm,,,,",
]) + "\n"

#: student -> answers per item (None: no answer)
ANSWERS = {
    "s01": dict(a1="Harm", a2="Danger", a3="Complicating factor", s1="B", p1="Harm",
                w1="Mia (4) had a bruise on her arm on 3 May."),
    "s02": dict(a1="Harm", a2="Danger", a3="Complicating factor", s1="B", p1="Harm",
                w1="Mia was hurt."),
    "s03": dict(a1="Harm", a2="Harm", a3="Complicating factor", s1="B", p1="Danger",
                w1="Mia has bruises."),
    "s04": dict(a1="Harm", a2="Harm", a3="Danger", s1="A", p1="Harm", w1=""),
    "s05": dict(a1="Danger", a2="Harm", a3="Complicating factor", s1="C", p1="Harm",
                w1={"who": "Mia (4)", "what": "a bruise"}),
    "s06": dict(a1="Harm", a2="Danger", a3="Harm", s1="B", p1="Harm", w1="Mia..."),
    "s07": dict(a1="Harm", a2=None, a3="Complicating factor", s1="B", p1="Harm", w1="x"),
}
STUDENTS = {f"s0{i}": (f"First{i}", f"Last{i}") for i in range(1, 9)}
ROSTER = "id,first_name,last_name,email,lms_id,cohort,section\n" + "".join(
    f"s0{i},First{i},Last{i},s0{i}@example.org,{1000 + i},"
    f"{'2026-spring' if i <= 6 else '2026-fall'},{'A' if i <= 6 else 'B'}\n"
    for i in range(1, 9))


def write_bank(root: Path) -> None:
    data = root / "data"
    (data / "items").mkdir(parents=True, exist_ok=True)
    (data / "objectives.csv").write_text(OBJECTIVES, encoding="utf-8")
    (data / "misconceptions.csv").write_text(MISCONCEPTIONS, encoding="utf-8")
    (data / "exercises.csv").write_text(EXERCISES, encoding="utf-8")
    (data / "items" / "bank.csv").write_text(ITEMS, encoding="utf-8")


def write_answers(folder: Path, exercise: str, answers: dict) -> None:
    path = folder / "answers" / f"{exercise}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "schema": "soplab-answers", "version": 1, "exercise": exercise,
        "updated": "2026-05-01T10:00:00+00:00",
        "answers": {k: {"value": v, "changed": "2026-05-01T10:00:00+00:00", "changes": 1}
                    for k, v in answers.items() if v is not None}}), encoding="utf-8")


@contextlib.contextmanager
def venv_on_path():
    """nbgrader's Gradebook runs the ``alembic`` command: find it beside this Python."""
    old = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), old])
    try:
        yield
    finally:
        os.environ["PATH"] = old


def build_gradebook(root: Path, submissions: bool = True) -> None:
    from nbgrader.api import Gradebook

    url = f"sqlite:///{root / 'gradebook.db'}"
    with (venv_on_path(), warnings.catch_warnings(),
          Gradebook(url, course_id="er-test") as gb):
        # nbgrader's add_submission trips SQLAlchemy autoflush warnings; not ours to fix
        warnings.simplefilter("ignore")
        for sid, (first, last) in STUDENTS.items():
            gb.add_student(sid, first_name=first, last_name=last, email=f"{sid}@example.org")
        gb.add_assignment("01-a", duedate="2026-05-01 12:00:00")
        gb.add_notebook("01-a", "01-a")
        gb.add_grade_cell("auto-hd", "01-a", "01-a", max_score=3, cell_type="code")
        gb.add_grade_cell("auto-sc", "01-a", "01-a", max_score=1, cell_type="code")
        gb.add_grade_cell("reflection", "01-a", "01-a", max_score=2, cell_type="markdown")
        gb.add_assignment("02-b", duedate="2026-06-01 12:00:00")
        gb.add_notebook("02-b", "02-b")
        gb.add_grade_cell("auto", "02-b", "02-b", max_score=2, cell_type="code")
        for sid, answers in (ANSWERS if submissions else {}).items():
            when = "2026-09-01 09:00:00" if sid == "s07" else "2026-04-30 09:00:00"
            gb.add_submission("01-a", sid, timestamp=when)
            hd = sum(answers[i] == k for i, k in (("a1", "Harm"), ("a2", "Danger"),
                                                  ("a3", "Complicating factor")))
            for cell, score in (("auto-hd", hd), ("auto-sc", float(answers["s1"] == "B"))):
                g = gb.find_grade(cell, "01-a", "01-a", sid)
                g.auto_score = float(score)
                g.needs_manual_grade = False
            g = gb.find_grade("reflection", "01-a", "01-a", sid)
            if sid != "s07":  # s07's reflection waits for a person
                g.manual_score = 2.0 if sid in ("s01", "s02") else 1.0
                g.needs_manual_grade = False
        if not submissions:
            return
        gb.add_submission("02-b", "s01", timestamp="2026-06-02 09:00:00")
        g = gb.find_grade("auto", "02-b", "02-b", "s01")
        g.auto_score, g.needs_manual_grade = 2.0, False
        nb = gb.find_submission_notebook("02-b", "02-b", "s01")
        nb.late_submission_penalty = 0.5
        gb.db.commit()


def build_course(root: Path, roster: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'er-test'\n", encoding="utf-8")
    write_bank(root)
    build_gradebook(root)
    by_set = {"hd-practice": ["p1"], "hd-check": ["a1", "a2", "a3"], "sc-check": ["s1"],
              "write-check": ["w1"]}
    for sid, answers in ANSWERS.items():
        folder = root / "autograded" / sid / "01-a"
        for ex, ids in by_set.items():
            write_answers(folder, ex, {i: answers[i] for i in ids})
    # a damaged file: listed as a problem, never moved
    (root / "autograded" / "s06" / "01-a" / "answers" / "hd-practice.json").write_text(
        "{not json", encoding="utf-8")
    if roster:
        (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    return root
