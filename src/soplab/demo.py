"""``soplab demo``: the whole instructor loop on a synthetic cohort.

In its own workspace (default ``demo-workspace/`` beside the course, never
the course itself) it copies ``nbgrader_config.py``, ``data/`` and
``source/``, then: builds the release, loads a made-up roster, releases the
assignments through a private nbgrader exchange, lets each simulated learner
fetch, answer and submit (some late, some not at all), collects, autogrades
in parallel, generates feedback, exports grades and writes the cohort report.
The last line printed is the path of the report (or of the grades file when
the report module is not available).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

MARKER = ".soplab-demo-workspace"


class DemoError(RuntimeError):
    pass


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare_workspace(course: Path, workspace: Path) -> Path:
    """A fresh copy of the course's configuration, data and sources."""
    course, workspace = course.resolve(), workspace.resolve()
    if workspace == course or course.is_relative_to(workspace):
        raise DemoError(f"{workspace}: the demo workspace must not be the course folder")
    if workspace.exists():
        if not (workspace / MARKER).exists():
            raise DemoError(f"{workspace}: exists and is not a demo workspace; choose another "
                            "folder with --workspace")
        shutil.rmtree(workspace)
    workspace.mkdir(parents=True)
    (workspace / MARKER).write_text("Made by soplab demo; deleted by the next run.\n")
    shutil.copy(course / "nbgrader_config.py", workspace / "nbgrader_config.py")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "answers")
    shutil.copytree(course / "data", workspace / "data", ignore=ignore)
    shutil.copytree(course / "source", workspace / "source", ignore=ignore)
    return workspace


def _grades_csv(workspace: Path) -> Path:
    out = workspace / "grades.csv"
    done = subprocess.run([sys.executable, "-m", "nbgrader", "export", "--to", str(out),
                           "--log-level=WARN"], cwd=workspace, capture_output=True, text=True)
    if done.returncode != 0:
        raise DemoError(f"nbgrader export failed: {done.stderr.strip().splitlines()[-1:]}")
    return out


def _report(workspace: Path) -> Path | None:
    from .analytics.cli import (
        add_export_arguments,
        add_report_arguments,
        run_export,
        run_report,
    )

    p = add_export_arguments(argparse.ArgumentParser())
    code = run_export(p.parse_args(["--course", str(workspace),
                                    "--out", str(workspace / "canvas_grades.csv")]))
    if code:
        _say("export: the LMS grades file could not be written (see above)")
    p = add_report_arguments(argparse.ArgumentParser())
    out = workspace / "report"
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # run_report prints the path; we print it last ourselves
    try:
        code = run_report(p.parse_args(["--course", str(workspace), "--out", str(out)]))
    finally:
        sys.stdout = real_stdout
    if code:
        raise DemoError("the cohort report could not be written (see above)")
    return out / "index.html"


def run_demo(course: Path, workspace: Path, *, learners: int = 30, seed: int = 7,
             assignments: list[str] | None = None) -> Path:
    from . import exchange
    from .autograde import autograde_many
    from .build import BuildError, build
    from .build import assignments as all_assignments
    from .feedback import generate_feedback
    from .items import load_bank
    from .paths import tools_on_path
    from .roster import import_roster, write_roster
    from .simulate import (
        DEFAULT_DUE,
        answer_assignment,
        due_date,
        learner_rng,
        make_cohort,
        schedule,
    )

    began = time.monotonic()
    tools_on_path()
    _say(f"[1/8] preparing {workspace}")
    ws = prepare_workspace(course, workspace)
    names = assignments or all_assignments(ws)
    missing = [a for a in names if not (ws / "source" / a).is_dir()]
    if missing:
        raise DemoError(f"source/{missing[0]}: no such assignment")
    _say(f"[2/8] building {len(names)} assignment(s)")
    built = []
    for name in names:
        try:
            build(ws, [name], progress=lambda line: _say("      " + line))
            built.append(name)
        except BuildError as exc:  # one unfinished assignment should not stop the demo
            _say(f"      skipped {name}: {str(exc).splitlines()[0]}")
    if not built:
        raise DemoError("no assignment could be built")
    names = built
    bank = load_bank(ws)

    _say(f"[3/8] making a cohort of {learners} learners and loading the roster")
    cohort = make_cohort(learners, seed, tags=sorted(bank.misconceptions) or None)
    roster_file = write_roster([p.as_roster() for p in cohort], ws / "roster-import.csv")
    import_roster(ws, roster_file)
    url = exchange.gradebook_url(ws)
    from nbgrader.api import Gradebook

    with Gradebook(url, exchange.course_id(ws)) as gb:
        for number, name in enumerate(names):
            gb.update_or_create_assignment(name, duedate=due_date(DEFAULT_DUE, number))

    ex_root = ws / "exchange"
    _say("[4/8] releasing, and learners fetch, answer and submit")
    homes = ws / "learners"
    for number, name in enumerate(names):
        exchange.release(ws, name, ex_root)
        plan = schedule(cohort, name, number, seed, DEFAULT_DUE)
        for learner, when, _late in _progress(plan, f"      {name}"):
            if when is None:
                continue
            home = homes / learner.id
            folder = exchange.fetch(ws, name, ex_root, student=learner.id, home=home)
            answer_assignment(bank, name, learner, folder, learner_rng(seed, name, learner),
                              when)
            exchange.submit(ws, name, ex_root, student=learner.id, home=home, at=when)
    _say("[5/8] collecting")
    for name in names:
        got = exchange.collect(ws, name, ex_root)
        _say(f"      {name}: {len(got)} submission(s)")

    _say("[6/8] autograding (sealed: scores from the answer files, no kernels)")
    problems = 0
    for report in autograde_many(ws, names, progress=True):
        for line in report.lines():
            _say("      " + line)
        problems += len(report.failed)

    _say("[7/8] feedback")
    for name in names:
        fb = generate_feedback(ws, name)
        _say(f"      {name}: {len(fb.pages)} feedback page(s)")
        for problem in fb.problems:
            _say(f"      {problem}")

    _say("[8/8] grades and cohort report")
    result = _report(ws)
    if result is None:
        result = _grades_csv(ws)
        _say("      (the cohort report module is not installed; wrote the grades instead)")
    _say(f"done in {time.monotonic() - began:.0f} s; {problems} submission(s) not graded")
    return result


def _progress(items, desc):
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="learner", file=sys.stderr, leave=False)
