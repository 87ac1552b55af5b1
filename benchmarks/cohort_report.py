"""Benchmark: gradebook read and cohort report for a synthetic cohort of 5,000 learners.

Builds, in a temporary folder, a course with nine assignments, an nbgrader
gradebook (schema created by nbgrader's own ``Gradebook``, rows filled with
bulk SQL inserts, no notebooks executed) and answer files for every learner,
then prints:

* the time of the real ``nbgrader export`` (a subprocess in the course folder).
  nbgrader asks the database once per learner and assignment, and each of
  those queries carries correlated sub-queries over the whole grade table, so
  its cost grows with the square of the cohort: on this 2-core machine about
  90 s for 500 learners and 240 s for 1,000, hours for 5,000. By default the
  real command is therefore timed (a) exporting a random sample of learners
  from the full 5,000-learner gradebook and (b) exporting no learner (start-up
  and table loads), and the full time is estimated as
  ``fixed + (sample - fixed) / sample_size * learners``. ``--full-export`` times
  the whole export instead (expect hours);
* the time of the project's SQL read of the same gradebook (four queries into
  pandas, plus the per-assignment totals ``nbgrader export`` computes),
* the time of ``soplab export`` (Canvas CSV) and of the full report,
* LAST: ``gradebook_read_speedup: S`` (nbgrader export time / SQL read time).

Usage: ``python benchmarks/cohort_report.py [--learners 5000] [--keep DIR]``.
Timings are printed only; no test asserts them. Fictional data only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import sqlalchemy as sa

ASSIGNMENTS = [
    "00-orientation", "01-sop-foundations", "02-first-contact", "03-harm-danger",
    "04-goals-plans", "05-solution-focused", "06-teaming", "07-family-voice", "08-capstone",
]
OBJECTIVE_FOR = ["LO1", "LO1", "LO2", "LO3", "LO4", "LO5", "LO6", "LO7", "LO8"]
HD = ["Harm", "Danger", "Complicating factor"]
GP = ["Safety goal", "Safety plan"]
QT = ["Scaling", "Exception", "Coping", "Preferred future"]
COHORTS = [("2025-fall", datetime(2025, 9, 1)), ("2026-spring", datetime(2026, 2, 1)),
           ("2026-summer", datetime(2026, 6, 1))]
TEXTS = {
    "harm": ["On 3 May Mia (4) had a bruise on her upper arm after her father grabbed her.",
             "Mia was hurt.", "Dad has anger problems and Mia got a bruise."],
    "danger": ["The agency is worried that Mia (4) could be hurt again if her father grabs "
               "her when he is angry.", "Mia is in danger.",
               "We are worried Mia could be hurt when dad drinks."],
}


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def write_bank(root: Path) -> dict[str, list[dict]]:
    """Nine assignments, each with a practice and an assessment set (some with writing)."""
    data = root / "data"
    (data / "items").mkdir(parents=True)
    (data / "objectives.csv").write_text(
        "objective,short_title,text\n" + "".join(
            f"LO{i},Objective {i},Fictional objective {i}.\n" for i in range(1, 9)),
        encoding="utf-8")
    (data / "misconceptions.csv").write_text(
        "tag,description\nharm-danger-confusion,Mixes up harm and danger.\n"
        "plan-as-goal,Writes a plan where a goal was asked for.\n", encoding="utf-8")
    ex_rows = ["exercise,assignment,widget,kind,title,choices"]
    item_rows = ["id,objective,exercise,kind,prompt,label,explanation,misconception,choices,"
                 "choice_feedback"]
    sets: dict[str, list[dict]] = {}
    rng = np.random.default_rng(7)
    for a_index, assignment in enumerate(ASSIGNMENTS):
        obj = OBJECTIVE_FOR[a_index]
        choices = [HD, GP, QT][a_index % 3]
        for kind in ("practice", "assessment"):
            ex = f"{assignment[:2]}-classify-{kind[:5]}"
            ex_rows.append(f"{ex},{assignment},classify,{kind},Sort the notes,{'|'.join(choices)}")
            for i in range(8 if kind == "assessment" else 6):
                label = choices[i % len(choices)]
                tag = "harm-danger-confusion" if choices is HD and label == "Danger" else ""
                iid = f"{ex}-{i + 1}"
                item_rows.append(f"{iid},{obj},{ex},{kind},Fictional note {i + 1},{label},"
                                 f"Because of reason {i + 1}.,{tag},,")
                sets.setdefault(ex, []).append(dict(id=iid, widget="classify", options=choices,
                                                    key=label, b=rng.normal(-0.6, 0.9)))
        ex = f"{assignment[:2]}-scenario"
        ex_rows.append(f"{ex},{assignment},scenario,assessment,What would you do,")
        for i in range(4):
            key = "ABC"[i % 3]
            iid = f"{ex}-{i + 1}"
            item_rows.append(f"{iid},{obj},{ex},assessment,Fictional scene {i + 1},{key},"
                             "Why.,,First|Second|Third,a|b|c")
            sets.setdefault(ex, []).append(dict(id=iid, widget="scenario", options=list("ABC"),
                                                key=key, b=rng.normal(-0.3, 0.8),
                                                miskeyed=(a_index == 3 and i == 0)))
        if a_index in (3, 4, 8):
            ex = f"{assignment[:2]}-writing"
            ex_rows.append(f"{ex},{assignment},text,assessment,Write it,")
            for i, label in enumerate(("harm", "danger")):
                iid = f"{ex}-{i + 1}"
                item_rows.append(f"{iid},LO3,{ex},assessment,Write a {label} statement,{label},"
                                 ",,,")
                sets.setdefault(ex, []).append(dict(id=iid, widget="text", key=label))
    (data / "exercises.csv").write_text("\n".join(ex_rows) + "\n", encoding="utf-8")
    (data / "items" / "bank.csv").write_text("\n".join(item_rows) + "\n", encoding="utf-8")
    return sets


def _venv_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def build_gradebook(root: Path, students: list[str], submitted: np.ndarray,
                    auto: np.ndarray, pending: np.ndarray, timestamps: list[datetime]) -> str:
    """nbgrader's schema via ``Gradebook``; rows by bulk inserts (executemany)."""
    from nbgrader import api

    url = f"sqlite:///{root / 'gradebook.db'}"
    os.environ["PATH"] = _venv_env()["PATH"]  # Gradebook() runs the alembic command
    with api.Gradebook(url, course_id="er-bench") as gb:
        cells = {}
        for a_index, name in enumerate(ASSIGNMENTS):
            gb.add_assignment(name, duedate=datetime(2026, 1, 5) + timedelta(days=7 * a_index))
            gb.add_notebook(name, name)
            cells[name] = [
                gb.add_grade_cell("answers-check", name, name, max_score=12.0,
                                  cell_type="code").id,
                gb.add_grade_cell("reflection", name, name, max_score=3.0,
                                  cell_type="markdown").id,
            ]
        assignment_ids = {a.name: a.id for a in gb.assignments}
        notebook_ids = {a.name: a.notebooks[0].id for a in gb.assignments}
    engine = sa.create_engine(url)
    sub_rows, nb_rows, grade_rows = [], [], []
    for s_index, sid in enumerate(students):
        for a_index, name in enumerate(ASSIGNMENTS):
            if not submitted[s_index, a_index]:
                continue
            sa_id, sn_id = uuid.uuid4().hex, uuid.uuid4().hex
            sub_rows.append(dict(id=sa_id, assignment_id=assignment_ids[name], student_id=sid,
                                 timestamp=timestamps[s_index] + timedelta(days=7 * a_index)))
            nb_rows.append(dict(id=sn_id, assignment_id=sa_id, notebook_id=notebook_ids[name],
                                flagged=False, late_submission_penalty=None))
            auto_id, manual_id = cells[name]
            grade_rows.append(dict(id=uuid.uuid4().hex, notebook_id=sn_id, cell_id=auto_id,
                                   auto_score=float(auto[s_index, a_index]), manual_score=None,
                                   extra_credit=None, needs_manual_grade=False))
            is_pending = bool(pending[s_index, a_index])
            grade_rows.append(dict(id=uuid.uuid4().hex, notebook_id=sn_id, cell_id=manual_id,
                                   auto_score=None,
                                   manual_score=None if is_pending else float(
                                       min(3, max(0, round(auto[s_index, a_index] / 4)))),
                                   extra_credit=None, needs_manual_grade=is_pending))
    meta = api.Base.metadata
    with engine.begin() as conn:
        conn.execute(meta.tables["student"].insert(), [
            dict(id=sid, first_name=f"First{i}", last_name=f"Last{i}",
                 email=f"{sid}@example.org", lms_user_id=str(100000 + i))
            for i, sid in enumerate(students)])
        conn.execute(meta.tables["submitted_assignment"].insert(), sub_rows)
        conn.execute(meta.tables["submitted_notebook"].insert(), nb_rows)
        conn.execute(meta.tables["grade"].insert(), grade_rows)
    engine.dispose()
    return url


def build_course(root: Path, n: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    (root / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'er-bench'\n", encoding="utf-8")
    sets = write_bank(root)
    students = [f"w{i:05d}" for i in range(n)]
    ability = rng.normal(0, 1, n)
    cohort = rng.integers(0, len(COHORTS), n)
    timestamps = [COHORTS[c][1] + timedelta(hours=int(h))
                  for c, h in zip(cohort, rng.integers(0, 72, n), strict=True)]
    submitted = rng.random((n, len(ASSIGNMENTS))) < 0.92
    pending = rng.random((n, len(ASSIGNMENTS))) < 0.03
    auto = np.zeros((n, len(ASSIGNMENTS)))
    _say(f"writing answer files for {n} learners")
    stamp = "2026-02-01T10:00:00+00:00"
    for a_index, assignment in enumerate(ASSIGNMENTS):
        prefix = assignment[:2]
        for ex, items in sets.items():
            if not ex.startswith(prefix + "-"):
                continue
            values: list[list] = []
            for it in items:
                if it["widget"] == "text":
                    texts = TEXTS[it["key"]]
                    pick = rng.integers(0, len(texts), n)
                    values.append([texts[p] for p in pick])
                    continue
                p = 1 / (1 + np.exp(-1.7 * (ability - it["b"])))
                right = rng.random(n) < p
                others = [o for o in it["options"] if o != it["key"]]
                wrong = np.array(others)[rng.integers(0, len(others), n)]
                chosen = np.where(right, it["key"], wrong).astype(object)
                if it.get("miskeyed"):  # strong learners pick another option: check the key
                    chosen = np.where(ability > 0.3, others[0], chosen)
                    right = chosen == it["key"]
                skip = rng.random(n) < 0.02
                chosen[skip] = None
                if ex.endswith("-asses") or it["widget"] == "scenario":
                    auto[:, a_index] += (right & ~skip) * (12.0 / 12)
                values.append(list(chosen))
            for s_index, sid in enumerate(students):
                if not submitted[s_index, a_index]:
                    continue
                folder = root / "autograded" / sid / assignment / "answers"
                folder.mkdir(parents=True, exist_ok=True)
                answers = {it["id"]: {"value": v[s_index], "changed": stamp, "changes": 1}
                           for it, v in zip(items, values, strict=True)
                           if v[s_index] is not None}
                (folder / f"{ex}.json").write_text(json.dumps({
                    "schema": "soplab-answers", "version": 1, "exercise": ex, "updated": stamp,
                    "answers": answers}), encoding="utf-8")
    with (root / "roster.csv").open("w", encoding="utf-8") as fh:
        fh.write("id,first_name,last_name,email,lms_id,cohort,section\n")
        for i, sid in enumerate(students):
            fh.write(f"{sid},First{i},Last{i},{sid}@example.org,{100000 + i},"
                     f"{COHORTS[cohort[i]][0]},S{i % 4 + 1}\n")
    _say("filling the gradebook")
    build_gradebook(root, students, submitted, auto, pending, timestamps)


def _nbgrader_export(root: Path, students: list[str] | None) -> float:
    cmd = [sys.executable, "-m", "nbgrader", "export", "--to", str(root / "nbgrader_grades.csv"),
           "--log-level=WARN"]
    if students is not None:
        cmd.append(f"--ExportPlugin.student={students!r}")
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=root, env=_venv_env(), check=True)
    return time.perf_counter() - t0


def time_nbgrader_export(root: Path, args: argparse.Namespace) -> tuple[float, float | None]:
    """Time the real ``nbgrader export``; print the figures.

    Returns (time for the full cohort, measured or estimated; measured sample time or None).
    """
    if args.full_export or args.export_sample >= args.learners:
        _say("running nbgrader export for every learner (the real command)")
        t_export = _nbgrader_export(root, None)
        print(f"nbgrader_export_s: {t_export:.2f} (measured, all {args.learners} learners)")
        return t_export, None
    rng = np.random.default_rng(11)
    sample = sorted(f"w{i:05d}" for i in rng.choice(args.learners, args.export_sample,
                                                    replace=False))
    _say(f"running nbgrader export for {len(sample)} sampled learners (the real command)")
    t_sample = _nbgrader_export(root, sample)
    t_fixed = _nbgrader_export(root, ["nobody"])
    per_learner = max(t_sample - t_fixed, 0.0) / len(sample)
    t_export = t_fixed + per_learner * args.learners
    print(f"nbgrader_export_sample_s: {t_sample:.2f} (real command, {len(sample)} of "
          f"{args.learners} learners x {len(ASSIGNMENTS)} assignments, full gradebook)")
    print(f"nbgrader_export_fixed_s: {t_fixed:.2f} (real command selecting no learner: "
          "start-up and table loads)")
    print(f"nbgrader_export_per_learner_s: {per_learner:.3f}")
    print(f"nbgrader_export_s: {t_export:.1f} (estimated for all {args.learners} learners "
          "= fixed + per-learner x learners; --full-export measures it)")
    return t_export, t_sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=5000)
    parser.add_argument("--export-sample", type=int, default=40,
                        help="learners in the timed nbgrader export sample (default 40)")
    parser.add_argument("--full-export", action="store_true",
                        help="time nbgrader export for every learner (very slow)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the course here and keep it (default: a temp dir)")
    args = parser.parse_args(argv)

    from soplab.cohort.analytics.course import read_config
    from soplab.cohort.analytics.data import load_course_data
    from soplab.cohort.analytics.gradebook import assignment_scores, read_gradebook
    from soplab.cohort.analytics.report import write_report

    with tempfile.TemporaryDirectory(prefix="soplab-bench-") as tmp:
        root = (args.keep or Path(tmp)) / "course"
        root.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        build_course(root, args.learners)
        print(f"learners: {args.learners}, assignments: {len(ASSIGNMENTS)}, cores: "
              f"{os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}")
        print(f"build_synthetic_course_s: {time.perf_counter() - t0:.1f}")

        t_export, t_sample = time_nbgrader_export(root, args)

        config = read_config(root)
        timings = []
        for _ in range(3):
            t0 = time.perf_counter()
            gb = read_gradebook(config.db_url, config.course_id)
            scores = assignment_scores(gb)
            timings.append(time.perf_counter() - t0)
        t_sql = min(timings)
        print(f"sql_read_rows: {len(gb)} (learner x graded cell), {len(scores)} "
              "(learner x assignment)")
        print(f"sql_read_s: {t_sql:.2f} (best of 3, includes per-assignment totals)")

        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "soplab", "export", "--course",
                        str(root), "--out", str(root / "canvas_grades.csv")], check=True,
                       env=_venv_env(), stderr=subprocess.DEVNULL)
        print(f"soplab_export_subprocess_s: {time.perf_counter() - t0:.2f} "
              "(Canvas CSV, includes Python start-up)")

        t0 = time.perf_counter()
        data = load_course_data(root, progress=False)
        t_load = time.perf_counter() - t0
        result = write_report(data, root / "report", say=lambda _m: None)
        t_report = time.perf_counter() - t0
        print(f"report_load_s: {t_load:.2f} (banks, gradebook, "
              f"{len(data.responses.attempts)} answer folders)")
        print(f"report_s: {t_report:.2f} ({result.index}; load average now "
              f"{os.getloadavg()[0]:.1f})")
        if t_sample is not None:
            print(f"gradebook_read_speedup_measured_floor: {t_sample / t_sql:.1f} (nbgrader "
                  f"export of {args.export_sample} learners alone vs the SQL read of all "
                  f"{args.learners})")
        print(f"gradebook_read_speedup: {t_export / t_sql:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
