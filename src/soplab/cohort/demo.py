"""``soplab demo``: the whole instructor loop on a synthetic cohort.

In its own workspace (default ``demo-workspace/`` beside the course, never the
course itself) it copies ``nbgrader_config.py``, ``data/`` and ``source/``,
then, with the real components at each step:

1. builds the release (nbgrader ``generate_assignment``, which also records
   each assignment in a new gradebook);
2. makes up a cohort and loads its roster into the gradebook, with due dates;
3. releases every assignment through a private nbgrader exchange; each
   simulated learner fetches it, answers (answer files, as the widgets write
   them) and submits, some late, some not at all;
4. collects (sealed), autogrades (sealed: scores from the answer files);
5. **simulates the hand grading** of every hand-graded part, as formgrader
   would store it, each comment marked "Simulated grade for the demo." (a real
   course grades these by hand; see :func:`soplab.cohort.simulate.simulate_hand_grading`);
6. writes every learner's feedback page, exports the grades for Canvas and
   writes the cohort report, which says at the top that it is a demo.

By default everything runs in this one process with nbgrader's own classes
(about a minute). ``full=True`` (``soplab demo --full``) runs every instructor
step as the nbgrader command an instructor would type or formgrader's buttons
run (``generate_assignment``, ``release_assignment``, ``collect``,
``autograde``, ``generate_feedback``, ``export``), each in a new process, for
every assignment: the same loop, several minutes long. The learners fetch and
submit through the exchange classes in both.

The last line printed (on standard output) is the path of the report; the wall
time is printed on standard error just before it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from soplab._core.paths import tool_env, tools_on_path
from soplab.course.build import assignments as all_assignments
from soplab.course.build import build, nbgrader_command
from soplab.course.config import course_id, gradebook_url
from soplab.engine.items import load_bank

from . import exchange
from .analytics import canvas_grades, load_course_data, write_canvas_csv, write_report
from .analytics.report import SIMULATED_NOTICE
from .autograde import autograde_many
from .feedback import generate_feedback
from .roster import import_roster, write_roster
from .simulate import (
    DEFAULT_DUE,
    SIMULATED_COMMENT,
    answer_assignment,
    due_date,
    learner_rng,
    make_cohort,
    schedule,
    simulate_hand_grading,
)

__all__ = ["DEMO_NOTICE", "MARKER", "DemoError", "DemoResult", "prepare_workspace", "run_demo"]

MARKER = ".soplab-demo-workspace"

#: What the report says at the top when the demo writes it.
DEMO_NOTICE = SIMULATED_NOTICE.format(marker=SIMULATED_COMMENT)

STEPS = 9


class DemoError(RuntimeError):
    pass


@dataclass
class DemoResult:
    """Where the report is, and how long each step took (seconds)."""
    report: Path
    seconds: float = 0.0
    steps: dict[str, float] = field(default_factory=dict)
    problems: int = 0


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
    with (workspace / "nbgrader_config.py").open("a", encoding="utf-8") as fh:
        # the demo's own exchange: soplab collect/release work in the workspace, and
        # formgrader shows released assignments as released, not as drafts
        fh.write("\n# soplab demo: this workspace's private exchange\n"
                 f"c.Exchange.root = {str(workspace / 'exchange')!r}\n")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "answers")
    shutil.copytree(course / "data", workspace / "data", ignore=ignore)
    shutil.copytree(course / "source", workspace / "source", ignore=ignore)
    return workspace


class _Clock:
    """Numbers the steps, prints them and keeps their durations."""
    def __init__(self, say: Callable[[str], None]) -> None:
        self.say = say
        self.began = time.monotonic()
        self.steps: dict[str, float] = {}
        self._name: str | None = None
        self._start = self.began

    def step(self, name: str, text: str) -> None:
        self._close()
        self._name, self._start = name, time.monotonic()
        self.say(f"[{len(self.steps) + 1}/{STEPS}] {text}")

    def _close(self) -> None:
        if self._name is not None:
            self.steps[self._name] = time.monotonic() - self._start
            self._name = None

    def finish(self) -> float:
        self._close()
        return time.monotonic() - self.began


def _nbgrader(ws: Path, *args: str) -> None:
    """One nbgrader command in a new process, as an instructor would run it."""
    done = subprocess.run(nbgrader_command(*args, "--log-level=WARN"), cwd=ws,
                          capture_output=True, text=True, env=tool_env())
    if done.returncode != 0:
        last = [ln for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
        raise DemoError(f"nbgrader {' '.join(args[:2])} failed: "
                        f"{last[-1] if last else 'no message'}")


def run_demo(course: Path, workspace: Path, *, learners: int = 30, seed: int = 7,
             assignments: list[str] | None = None, full: bool = False,
             say: Callable[[str], None] = _say) -> DemoResult:
    """Run the loop (see the module doc); returns the report's path and the timings."""
    clock = _Clock(say)
    tools_on_path()
    clock.step("prepare", f"preparing {workspace}")
    ws = prepare_workspace(course, workspace)
    names = assignments or all_assignments(ws)
    missing = [a for a in names if not (ws / "source" / a).is_dir()]
    if missing:
        raise DemoError(f"source/{missing[0]}: no such assignment")

    how = "one nbgrader command each" if full else "nbgrader, in this process"
    clock.step("build", f"building {len(names)} assignment(s) ({how})")
    built = build(ws, names, progress=lambda line: say("      " + line), keep_going=True,
                  own_process=full)
    if not built:
        raise DemoError("no assignment could be built")
    names = [b.assignment for b in built]
    bank = load_bank(ws)

    clock.step("roster", f"making a cohort of {learners} learners and loading the roster")
    cohort = make_cohort(learners, seed, tags=sorted(bank.misconceptions) or None)
    roster_file = write_roster([p.as_roster() for p in cohort], ws / "roster-import.csv")
    import_roster(ws, roster_file)
    url, cid = gradebook_url(ws), course_id(ws)
    from nbgrader.api import Gradebook

    with Gradebook(url, cid) as gb:
        for number, name in enumerate(names):
            gb.update_or_create_assignment(name, duedate=due_date(DEFAULT_DUE, number))

    ex_root = exchange.prepare_exchange(ws / "exchange")
    ex_flag = f"--Exchange.root={ex_root}"
    clock.step("learners", "releasing; the learners fetch, answer and submit")
    homes = ws / "learners"
    for number, name in enumerate(names):
        if full:
            _nbgrader(ws, "release_assignment", name, "--force", ex_flag)
        else:
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

    clock.step("collect", "collecting")
    for name in names:
        if full:
            _nbgrader(ws, "collect", name, "--update", ex_flag)
            got = [p for p in (ws / "submitted").glob(f"*/{name}") if p.is_dir()]
        else:
            got = exchange.collect(ws, name, ex_root)
        say(f"      {name}: {len(got)} submission(s)")

    problems = 0
    clock.step("autograde", "autograding (sealed: scores from the answer files, no kernels)")
    if full:
        for name in names:
            _nbgrader(ws, "autograde", name, "--force")
            say(f"      {name}: nbgrader autograde done")
    else:
        for report in autograde_many(ws, names, progress=sys.stderr.isatty()):
            for line in report.lines():
                say("      " + line)
            problems += len(report.failed)

    clock.step("hand", "hand grading (SIMULATED for the demo; a real course grades these "
                       "parts in formgrader)")
    graded = simulate_hand_grading(url, cid, names, cohort, seed)
    say(f"      hand grading: simulated for {graded.parts} part(s) of {graded.submissions} "
        "submission(s), each comment marked \"Simulated grade for the demo.\"")

    clock.step("feedback", "feedback pages, returned through the exchange")
    for name in names:
        if full:
            _nbgrader(ws, "generate_feedback", name, "--force")
            _nbgrader(ws, "release_feedback", name, ex_flag)
            pages = list((ws / "feedback").glob(f"*/{name}/*.html"))
            say(f"      {name}: {len(pages)} feedback page(s), released")
            continue
        fb = generate_feedback(ws, name)
        if fb.ungraded:
            say(f"      {name}: no graded parts, so no feedback page")
            continue
        exchange.release_feedback(ws, name, ex_root)
        say(f"      {name}: {len(fb.pages)} feedback page(s), released")
        for problem in fb.problems:
            say(f"      {problem}")

    clock.step("report", "grades for Canvas and the cohort report")
    if full:
        _nbgrader(ws, "export", "--to", str(ws / "grades.csv"))
        say(f"      nbgrader's grades: {ws / 'grades.csv'}")
    report = _export_and_report(ws, say)
    seconds = clock.finish()
    timing = ", ".join(f"{name} {value:.0f} s" for name, value in clock.steps.items())
    say(f"done in {seconds:.0f} s ({timing}); {problems} submission(s) not graded")
    return DemoResult(report, seconds, clock.steps, problems)


def _export_and_report(ws: Path, say: Callable[[str], None]) -> Path:
    """``soplab export`` and ``soplab report`` as library calls."""
    data = load_course_data(ws, progress=False, say=lambda m: say("      " + m))
    grades = write_canvas_csv(canvas_grades(data.scores, data.roster), ws / "canvas_grades.csv")
    say(f"      grades for Canvas (real ids, for the LMS only): {grades}")
    result = write_report(data, ws / "report", say=lambda m: say("      " + m),
                          notice=DEMO_NOTICE)
    return result.files["index.html"]


def _progress(items, desc):
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="learner", file=sys.stderr, leave=False,
                disable=not sys.stderr.isatty())  # no bars in a log file
