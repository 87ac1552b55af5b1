"""Parallel autograding with nbgrader: many learners, several cores, no lost grades.

Design
------
* The parent lists ``submitted/<learner>/<assignment>/`` and starts ``jobs``
  worker processes. Each worker owns a scratch course folder (inside the course
  root, so results can be moved into place with a rename) holding links to the
  submissions, a link to ``source/<assignment>`` and its *own* SQLite gradebook,
  seeded from the real gradebook with the assignment and the learners. Workers
  therefore never share a database, whatever the real one is (SQLite file or a
  server such as PostgreSQL).
* A worker imports nbgrader once and runs the real ``Autograde`` converter (the
  code behind ``nbgrader autograde``) for one learner at a time, with the
  course's own ``nbgrader_config.py``, ``SOPLAB_COURSE_ROOT`` pointing at the
  real course (so hidden tests find the item banks). It reports each result as
  one JSON line: success, the reason of a failure, and the grades and comments
  nbgrader stored for that learner. The parent hands out learners one by one,
  so a slow submission does not hold up a whole shard.
* The parent alone writes the real gradebook: per submission, in one
  transaction, it applies the grades exactly as nbgrader's ``SaveAutoGrades``
  would (auto scores and comments replaced; manual scores kept), and moves the
  autograded folder into ``autograded/<learner>/<assignment>`` with a rename.
  Re-running replaces earlier automatic results and keeps manual grading.
* A submission that fails, crashes its worker or runs past ``timeout`` seconds
  is reported with the reason; its worker is replaced and everyone else is
  graded. Nothing of a failed submission is written to the gradebook.
* Kernel start-up dominates the cost of a notebook, and half of it is waiting.
  Each worker therefore keeps one fresh, idle kernel started in the background
  (:class:`PrestartKernelManager`): the next notebook gets an already running
  kernel, started in the notebook's folder with the same command line and
  environment as nbgrader would use. Every notebook still gets a kernel of its
  own, used once.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .exchange import course_config, course_id, gradebook_url
from .paths import COURSE_ROOT_ENV

#: Seconds one submission may take in total before it is given up (and reported).
DEFAULT_TIMEOUT = 600.0
_LEARNER_ID_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


class AutogradeError(RuntimeError):
    """Grading could not start at all; the message is one line."""


@dataclass
class Outcome:
    """What happened to one learner's submission."""

    student: str
    ok: bool
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None
    seconds: float = 0.0


@dataclass
class AutogradeReport:
    assignment: str
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    def lines(self) -> list[str]:
        out = [f"{self.assignment}: graded {len(self.graded)} of {len(self.outcomes)} "
               f"submission(s) in {self.seconds:.1f} s"]
        for o in self.outcomes:
            if not o.ok:
                out.append(f"  NOT GRADED {o.student}: {o.reason}")
            for note in o.notes:
                out.append(f"  note {o.student}: {note}")
        return out


def tools_on_path() -> None:
    """Put this Python's script folder on PATH: nbgrader runs ``alembic`` by name when
    it creates a gradebook, which fails when the virtual environment is not activated."""
    bindir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if bindir not in parts:
        os.environ["PATH"] = os.pathsep.join([bindir, *parts])


# ---------------------------------------------------------------------------
# submissions


def find_submissions(root: Path, assignment: str) -> list[str]:
    """Learner ids with a folder ``submitted/<id>/<assignment>``."""
    base = root / "submitted"
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if (p / assignment).is_dir())


def precheck(root: Path, assignment: str, student: str, notebooks: list[str]) -> tuple[str, list]:
    """(reason it cannot be graded or "", notes) for one submission, before nbgrader sees it."""
    if not set(student) <= _LEARNER_ID_OK:
        return (f"the folder name '{student}' is not a valid learner id (letters, digits, "
                "-, _ and . only)"), []
    folder = root / "submitted" / student / assignment
    notes = []
    present = {p.stem for p in folder.glob("*.ipynb")}
    missing = [n for n in notebooks if n not in present]
    extra = sorted(present - set(notebooks))
    if missing and len(missing) == len(notebooks):
        found = f"; found {', '.join(n + '.ipynb' for n in sorted(extra))} instead" \
            if extra else ""
        return (f"nothing to grade: {', '.join(n + '.ipynb' for n in missing)} is not in "
                f"the submission{found}"), []
    if missing:
        notes.append(f"notebook(s) missing, scored 0: {', '.join(missing)}")
    elif extra:
        notes.append(f"extra notebook(s) ignored: {', '.join(e + '.ipynb' for e in extra)}")
    return "", notes


# ---------------------------------------------------------------------------
# scratch gradebooks


def _assignment_snapshot(gb, assignment: str) -> dict[str, Any]:
    a = gb.find_assignment(assignment)
    notebooks = []
    for nb in a.notebooks:
        notebooks.append({
            "name": nb.name,
            "grade_cells": [dict(name=c.name, max_score=c.max_score, cell_type=c.cell_type)
                            for c in nb.grade_cells],
            "solution_cells": [c.name for c in nb.solution_cells],
            "task_cells": [dict(name=c.name, max_score=c.max_score, cell_type=c.cell_type)
                           for c in nb.task_cells],
            "source_cells": [dict(name=c.name, cell_type=c.cell_type, locked=c.locked,
                                  source=c.source, checksum=c.checksum)
                             for c in nb.source_cells],
        })
    return {"name": a.name, "duedate": a.duedate, "notebooks": notebooks}


def _seed(url: str, course: str, snaps: list[dict], students: list[dict],
          subs: dict[str, list[dict]]) -> None:
    from nbgrader.api import Gradebook
    from sqlalchemy.exc import SAWarning

    with Gradebook(url, course) as gb:
        for snap in snaps:
            gb.update_or_create_assignment(snap["name"], duedate=snap["duedate"])
            for nb in snap["notebooks"]:
                gb.update_or_create_notebook(nb["name"], snap["name"])
                for c in nb["grade_cells"]:
                    gb.update_or_create_grade_cell(c["name"], nb["name"], snap["name"],
                                                   max_score=c["max_score"],
                                                   cell_type=c["cell_type"])
                for name in nb["solution_cells"]:
                    gb.update_or_create_solution_cell(name, nb["name"], snap["name"])
                for c in nb["task_cells"]:
                    gb.update_or_create_task_cell(c["name"], nb["name"], snap["name"],
                                                  max_score=c["max_score"],
                                                  cell_type=c["cell_type"])
                for c in nb["source_cells"]:
                    gb.update_or_create_source_cell(
                        c["name"], nb["name"], snap["name"], cell_type=c["cell_type"],
                        locked=c["locked"], source=c["source"], checksum=c["checksum"])
        for s in students:
            gb.update_or_create_student(s.pop("id"), **s)
        with warnings.catch_warnings():  # nbgrader's add_submission trips SQLAlchemy
            warnings.simplefilter("ignore", SAWarning)
            for assignment, earlier in subs.items():
                for sub in earlier:
                    gb.update_or_create_submission(assignment, sub["student"],
                                                   timestamp=sub["timestamp"],
                                                   extension=sub["extension"])


def _read_real(url: str, course: str, assignment: str, students: list[str]):
    """Assignment structure, learner rows and earlier submissions from the real gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(url, course) as gb:
        try:
            snap = _assignment_snapshot(gb, assignment)
        except MissingEntry:
            return None, [], []
        known = {s.id: s for s in gb.students}
        rows, subs = [], []
        for sid in students:
            if sid not in known:
                gb.add_student(sid)
                rows.append({"id": sid})
                continue
            s = known[sid]
            rows.append({"id": sid, "first_name": s.first_name, "last_name": s.last_name,
                         "email": s.email, "lms_user_id": s.lms_user_id})
        for sub in gb.assignment_submissions(assignment):
            if sub.student_id in set(students) and (sub.timestamp or sub.extension):
                subs.append({"student": sub.student_id, "timestamp": sub.timestamp,
                             "extension": sub.extension})
    return snap, rows, subs


def record_assignment(root: Path, assignment: str, url: str) -> None:
    """Record an assignment in a gradebook that does not have it yet (nbgrader
    ``generate_assignment`` in a scratch folder, so release/ is left alone)."""
    with tempfile.TemporaryDirectory(prefix=".record-", dir=root) as tmp:
        scratch = Path(tmp)
        shutil.copy(root / "nbgrader_config.py", scratch / "nbgrader_config.py")
        (scratch / "source").mkdir()
        (scratch / "source" / assignment).symlink_to(root / "source" / assignment)
        done = subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force",
             "--log-level=WARN", f"--CourseDirectory.db_url={url}"],
            cwd=scratch, capture_output=True, text=True)
        if done.returncode != 0:
            last = [ln for ln in done.stderr.splitlines() if ln.strip()]
            raise AutogradeError(f"source/{assignment}: could not record it in the gradebook: "
                                 f"{last[-1] if last else 'no message'}")


# ---------------------------------------------------------------------------
# merging into the real gradebook


def _new_submission(gb, assignment: str, student: str):
    """An empty submission mirroring the assignment (as ``Gradebook.add_submission``,
    but without committing)."""
    from nbgrader.api import Comment, Grade, SubmittedAssignment, SubmittedNotebook

    sub = SubmittedAssignment(assignment=gb.find_assignment(assignment),
                              student=gb.find_student(student))
    for notebook in sub.assignment.notebooks:
        nb = SubmittedNotebook(notebook=notebook, assignment=sub)
        for cell in notebook.grade_cells:
            Grade(cell_id=cell.id, notebook=nb)
        for cell in notebook.solution_cells:
            Comment(cell_id=cell.id, notebook=nb)
        for cell in notebook.task_cells:
            Comment(cell_id=cell.id, notebook=nb)
            Grade(cell_id=cell.id, notebook=nb)
    return sub


def _merge(gb, assignment: str, student: str, result: dict[str, Any]) -> tuple[float, float]:
    """Apply one worker result to the real gradebook in a single transaction."""
    from nbgrader import utils
    from nbgrader.api import MissingEntry

    db = gb.db
    try:
        try:
            sub = gb.find_submission(assignment, student)
        except MissingEntry:
            sub = None
        if sub is None:
            with db.no_autoflush:
                sub = _new_submission(gb, assignment, student)
            db.add(sub)
            db.flush()  # inside this transaction; load cell names of the new grades
            db.expire_all()
        stamp = result.get("timestamp")
        if stamp:
            sub.timestamp = utils.parse_utc(stamp)
        by_name = {nb.name: nb for nb in sub.notebooks}
        for nb_name, data in result["notebooks"].items():
            nb = by_name[nb_name]
            nb.late_submission_penalty = data["late_submission_penalty"]
            for grade in nb.grades:
                if grade.name in data["grades"]:
                    grade.auto_score = data["grades"][grade.name]
                    grade.needs_manual_grade = (grade.manual_score is not None
                                                or grade.auto_score is None)
            for comment in nb.comments:
                if comment.name in data["comments"]:
                    comment.auto_comment = data["comments"][comment.name]
        db.commit()
    except BaseException:
        db.rollback()
        raise
    total = sum(g.score for nb in sub.notebooks for g in nb.grades)
    top = sum(g.max_score for nb in sub.notebooks for g in nb.grades)
    return float(total), float(top)


def cell_scores(url: str, assignment: str, course: str = "default_course"
                ) -> dict[str, dict[str, float | None]]:
    """``{learner: {"notebook/cell": score}}`` for one assignment (for comparisons)."""
    from nbgrader.api import Gradebook

    out: dict[str, dict[str, float | None]] = {}
    with Gradebook(url, course) as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student_id] = {f"{nb.name}/{g.name}": g.score
                                   for nb in sub.notebooks for g in nb.grades}
    return out


def _replace_folder(new: Path, target: Path) -> None:
    """Put ``new`` at ``target`` with renames (old copy removed afterwards)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------------
# parent


class _Worker:
    def __init__(self, index: int, scratch: Path, spec: Path, events: queue.Queue):
        self.index = index
        self.scratch = scratch
        self.spec = spec
        self.events = events
        self.current: tuple[str, str] | None = None
        self.started = 0.0
        self.log = open(scratch / f"worker-{index}.log", "ab")  # noqa: SIM115
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "soplab.autograde", "--worker", str(spec)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
            env=env, text=True, bufsize=1, start_new_session=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                self.events.put((self, json.loads(line)))
            except json.JSONDecodeError:
                continue
        self.events.put((self, {"event": "exit"}))

    def send(self, assignment: str, student: str) -> None:
        self.current = (assignment, student)
        self.started = time.monotonic()
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{assignment}\t{student}\n")
        self.proc.stdin.flush()

    def close_input(self) -> None:
        try:
            if self.proc.stdin and not self.proc.stdin.closed:
                self.proc.stdin.close()
        except OSError:
            pass

    def stop(self) -> None:
        self.close_input()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()

    def tail(self) -> str:
        self.log.flush()
        text = (self.scratch / f"worker-{self.index}.log").read_text(errors="replace")
        lines = [ln for ln in text.splitlines() if ln.strip()]
        return lines[-1][:200] if lines else "no message"


def _progress_bar(total: int, desc: str, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="submission", file=sys.stderr, leave=True)


def autograde(root: Path | str, assignment: str, **options: Any) -> AutogradeReport:
    """Autograde every submission of ``assignment``; see :func:`autograde_many`."""
    return autograde_many(root, [assignment], **options)[0]


def autograde_many(root: Path | str, assignments: list[str], *, jobs: int | None = None,
                   db_url: str | None = None, students: list[str] | None = None,
                   timeout: float = DEFAULT_TIMEOUT, progress: bool = False,
                   extra_config: dict[str, dict[str, Any]] | None = None,
                   prestart: bool = True) -> list[AutogradeReport]:
    """Autograde every submission of ``assignments`` with ``jobs`` parallel workers
    (one pool of workers for all of them). ``students`` limits the learners;
    ``extra_config`` adds nbgrader settings (``{"Execute": {"timeout": 5}}``).
    """
    from nbgrader.api import Gradebook

    began = time.monotonic()
    root = Path(root).resolve()
    tools_on_path()
    for assignment in assignments:
        if not (root / "source" / assignment).is_dir():
            raise AutogradeError(f"source/{assignment}: no such assignment")
    url = gradebook_url(root, db_url)
    course = course_id(root)
    reports = {a: AutogradeReport(a) for a in assignments}
    finished = dict.fromkeys(assignments, 0.0)
    todo: deque[tuple[str, str]] = deque()
    notes: dict[tuple[str, str], list[str]] = {}
    for assignment in assignments:
        wanted = find_submissions(root, assignment)
        if students:
            unknown = [s for s in students if s not in wanted]
            if unknown and len(assignments) == 1:
                raise AutogradeError(f"submitted/{unknown[0]}/{assignment}: no such submission")
            wanted = [s for s in wanted if s in students]
        notebooks = sorted(p.stem for p in (root / "source" / assignment).glob("*.ipynb"))
        for sid in wanted:
            reason, extra = precheck(root, assignment, sid, notebooks)
            if reason:
                reports[assignment].outcomes.append(Outcome(sid, False, reason))
            else:
                notes[assignment, sid] = extra
                todo.append((assignment, sid))
    if not todo:
        for report in reports.values():
            report.seconds = time.monotonic() - began
        return list(reports.values())

    snaps, rows, subs = [], {}, {}
    for assignment in assignments:
        learners = [sid for a, sid in todo if a == assignment]
        if not learners:
            continue
        snap, found, earlier = _read_real(url, course, assignment, learners)
        if snap is None:
            record_assignment(root, assignment, url)
            snap, found, earlier = _read_real(url, course, assignment, learners)
        snaps.append(snap)
        rows.update({r["id"]: r for r in found})
        subs[assignment] = earlier
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    work = Path(tempfile.mkdtemp(prefix=".autograde-", dir=root))
    desc = f"autograde {assignments[0]}" if len(assignments) == 1 else \
        f"autograde {len(assignments)} assignments"
    bar = _progress_bar(len(todo), desc, progress)
    try:
        events: queue.Queue = queue.Queue()
        workers: list[_Worker] = []
        template = work / "seed.db"
        _seed(f"sqlite:///{template}", course, snaps, [dict(r) for r in rows.values()], subs)
        for index in range(jobs):
            scratch = work / f"w{index}"
            (scratch / "source").mkdir(parents=True)
            for snap in snaps:
                (scratch / "source" / snap["name"]).symlink_to(root / "source" / snap["name"])
            (scratch / "submitted").mkdir()
            shutil.copy(root / "nbgrader_config.py", scratch / "nbgrader_config.py")
            shutil.copy(template, scratch / "gradebook.db")
            scratch_url = f"sqlite:///{scratch / 'gradebook.db'}"
            (scratch / "spec.json").write_text(json.dumps({
                "root": str(root), "scratch": str(scratch), "db_url": scratch_url,
                "course": course, "prestart": prestart, "extra_config": extra_config or {},
            }))
        for index in range(jobs):
            scratch = work / f"w{index}"
            workers.append(_Worker(index, scratch, scratch / "spec.json", events))

        def hand_out(w: _Worker) -> None:
            if todo:
                assignment, sid = todo.popleft()
                link = w.scratch / "submitted" / sid
                if not link.exists():
                    link.symlink_to(root / "submitted" / sid)
                w.send(assignment, sid)

        def record(w: _Worker, outcome: Outcome) -> None:
            assignment = w.current[0]
            w.current = None
            reports[assignment].outcomes.append(outcome)
            finished[assignment] = time.monotonic() - began
            if bar:
                bar.update()

        for w in workers:
            hand_out(w)
        with Gradebook(url, course) as gb:
            while any(w.current for w in workers):
                try:
                    w, event = events.get(timeout=0.5)
                except queue.Empty:
                    w, event = None, None
                if event is not None and event["event"] == "done" and w.current:
                    assignment, sid = w.current
                    reason = event.get("reason", "").replace(str(w.scratch), str(root))
                    outcome = Outcome(sid, bool(event["ok"]), reason,
                                      notes.get((assignment, sid), []),
                                      seconds=time.monotonic() - w.started)
                    if outcome.ok:
                        try:
                            outcome.score, outcome.max_score = _merge_retrying(
                                gb, assignment, sid, event)
                            _replace_folder(w.scratch / "autograded" / sid / assignment,
                                            root / "autograded" / sid / assignment)
                        except Exception as exc:  # report, keep grading the others
                            outcome.ok = False
                            outcome.reason = f"could not record the grades: {exc}"
                    record(w, outcome)
                    hand_out(w)
                elif event is not None and event["event"] == "exit" and w.current:
                    assignment, sid = w.current
                    record(w, Outcome(sid, False, f"the grader stopped unexpectedly "
                                      f"({w.tail()})", notes.get((assignment, sid), []),
                                      seconds=time.monotonic() - w.started))
                    hand_out(_restart(w, workers, events))
                for w in list(workers):
                    if w.current and time.monotonic() - w.started > timeout:
                        assignment, sid = w.current
                        w.kill()
                        record(w, Outcome(sid, False, f"grading took longer than {timeout:g} s "
                                          "and was stopped", notes.get((assignment, sid), []),
                                          seconds=time.monotonic() - w.started))
                        hand_out(_restart(w, workers, events))
        for w in workers:
            w.close_input()
        for w in workers:
            w.stop()
    finally:
        if bar:
            bar.close()
        if os.environ.get("SOPLAB_KEEP_AUTOGRADE_SCRATCH"):
            print(f"scratch kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    for assignment, report in reports.items():
        report.outcomes.sort(key=lambda o: o.student)
        report.seconds = finished[assignment] or time.monotonic() - began
    return list(reports.values())


def _restart(w: _Worker, workers: list[_Worker], events: queue.Queue) -> _Worker:
    if w.proc.poll() is None:
        w.kill()
    fresh = _Worker(w.index, w.scratch, w.spec, events)
    workers[workers.index(w)] = fresh
    return fresh


def _merge_retrying(gb, assignment: str, student: str, result: dict) -> tuple[float, float]:
    """Merge, waiting out a database briefly locked by another program."""
    from sqlalchemy.exc import OperationalError

    delay = 0.2
    for _ in range(12):
        try:
            return _merge(gb, assignment, student, result)
        except OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise
            time.sleep(delay)
            delay = min(delay * 2, 5.0)
    return _merge(gb, assignment, student, result)


# ---------------------------------------------------------------------------
# worker


def _reason(result: dict[str, Any]) -> str:
    generic = ("There was an error processing", "Please see the", "Removing failed")
    lines = [ln.split("] ", 1)[-1] for ln in result.get("log", "").splitlines()
             if ln.startswith(("[ERROR]", "[CRITICAL]"))]
    useful = [ln for ln in lines if not ln.startswith(generic)]
    if useful:
        return useful[0][:300]
    error = [ln for ln in (result.get("error") or "").splitlines() if ln.strip()]
    return error[-1][:300] if error else "nbgrader could not grade it"


def _worker_result(url: str, course: str, assignment: str, student: str) -> dict[str, Any]:
    from nbgrader.api import Gradebook

    with Gradebook(url, course) as gb:
        sub = gb.find_submission(assignment, student)
        return {
            "timestamp": sub.timestamp.isoformat() if sub.timestamp else None,
            "notebooks": {
                nb.name: {
                    "late_submission_penalty": nb.late_submission_penalty,
                    "grades": {g.name: g.auto_score for g in nb.grades},
                    "comments": {c.name: c.auto_comment for c in nb.comments},
                }
                for nb in sub.notebooks
            },
        }


_MOVE_KERNEL = """\
import os as _soplab_os, sys as _soplab_sys
_soplab_old = _soplab_os.getcwd()
_soplab_os.chdir({path!r})
_soplab_sys.path[:] = [{path!r} if p == _soplab_old else p for p in _soplab_sys.path]
del _soplab_os, _soplab_sys, _soplab_old
"""


class _KernelPool:
    """One spare kernel, started ahead of need in a neutral folder.

    Starting a kernel costs about half a second, mostly waiting for the new
    process to import its libraries. The worker starts the next notebook's
    kernel while the current one runs and while nbgrader does its
    bookkeeping; each kernel still serves exactly one notebook and is then
    stopped.
    """

    def __init__(self, folder: Path, kernel_name: str = "python3"):
        self.folder = folder
        self.kernel_name = kernel_name
        self.spare = None
        folder.mkdir(parents=True, exist_ok=True)

    def _start(self):
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        km = AsyncKernelManager(kernel_name=self.kernel_name)
        run_sync(km.start_kernel)(cwd=str(self.folder),
                                  extra_arguments=["--HistoryManager.hist_file=:memory:"])
        return km

    def take(self, kernel_name: str):
        """A started kernel manager for ``kernel_name`` (or None), and start the next."""
        if kernel_name != self.kernel_name:
            return None
        from jupyter_core.utils import run_sync

        km, self.spare = self.spare, None
        if km is not None and not run_sync(km.is_alive)():
            self.stop(km)
            km = None
        if km is None:
            km = self._start()
        self.spare = self._start()
        return km

    @staticmethod
    def stop(km, kc=None) -> None:
        from jupyter_core.utils import run_sync

        try:
            if kc is not None:
                kc.stop_channels()
            run_sync(km.shutdown_kernel)(now=True)
        except Exception:  # noqa: BLE001 (a dead kernel is fine: it is being thrown away)
            pass

    def close(self) -> None:
        if self.spare is not None:
            self.stop(self.spare)
            self.spare = None


def _use_prestarted_kernels(folder: Path, config):
    """Make nbgrader's Execute take kernels from a :class:`_KernelPool`.

    The kernel is moved to the notebook's folder (working directory and the
    matching ``sys.path`` entry) before any cell runs, so the notebook sees
    what a kernel started there would show.
    """
    import nbgrader.converters.autograde as autograde_module
    from jupyter_core.utils import run_sync
    from nbgrader.preprocessors import Execute

    pool = _KernelPool(folder)

    class PrestartedExecute(Execute):
        def preprocess(self, nb, resources=None, km=None):
            if km is not None:
                return super().preprocess(nb, resources, km)
            name = nb.metadata.get("kernelspec", {}).get("name") or "python3"
            ready = pool.take(name)
            if ready is None:
                return super().preprocess(nb, resources)
            self._soplab_path = (resources or {}).get("metadata", {}).get("path")
            self._soplab_ready = False
            try:
                return super().preprocess(nb, resources, km=ready)
            except Exception:
                if self._soplab_ready:  # cells ran: a real failure of this notebook
                    raise
                # The early kernel never answered: grade with a fresh one, as nbgrader would.
                pool.stop(ready, getattr(self, "kc", None))
                self.kc = None
                self.log.warning("pre-started kernel did not answer; starting a fresh one")
                return super().preprocess(nb, resources)
            finally:
                pool.stop(ready, getattr(self, "kc", None))
                self.kc = None

        async def async_start_new_kernel_client(self):
            kc = await super().async_start_new_kernel_client()
            path = getattr(self, "_soplab_path", None)
            if path:
                msg_id = kc.execute(_MOVE_KERNEL.format(path=str(Path(path).resolve())),
                                    silent=True, store_history=False)
                await self.async_wait_for_reply(msg_id)
            self._soplab_ready = True
            return kc

        # nbclient binds the synchronous twin to the base coroutine; bind ours.
        start_new_kernel_client = run_sync(async_start_new_kernel_client)

    configured = config["Autograde"].get("autograde_preprocessors")
    trait = autograde_module.Autograde.class_traits()["autograde_preprocessors"]
    chain = list(configured or trait.default())
    if Execute not in chain:  # a course with its own execution step: leave it alone
        return None, chain
    chain[chain.index(Execute)] = PrestartedExecute
    return pool, chain


def _worker(spec_path: str) -> int:
    # Results go to the parent on the real stdout; everything else (nbgrader
    # logs, kernels' chatter) goes to stderr.
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    spec = json.loads(Path(spec_path).read_text())
    os.environ[COURSE_ROOT_ENV] = spec["root"]
    os.chdir(spec["scratch"])

    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    cfg = course_config(spec["root"])
    cfg.CourseDirectory.root = spec["scratch"]
    cfg.CourseDirectory.db_url = spec["db_url"]
    for section, values in spec["extra_config"].items():
        for key, value in values.items():
            cfg[section][key] = value
    pool = None
    if spec.get("prestart"):
        pool, chain = _use_prestarted_kernels(Path(spec["scratch"]) / "kernel-home", cfg)
        cfg.Autograde.autograde_preprocessors = chain
    coursedir = CourseDirectory(config=cfg)
    for line in sys.stdin:
        assignment, _, student = line.strip().partition("\t")
        if not student:
            break
        coursedir.assignment_id = assignment
        coursedir.student_id = student
        app = Autograde(coursedir=coursedir, config=cfg)
        app.force = True
        app.create_student = True
        result = capture_log(app)
        reply: dict[str, Any] = {"event": "done", "student": student, "assignment": assignment,
                                 "ok": bool(result["success"])}
        if result["success"]:
            try:
                reply.update(_worker_result(spec["db_url"], spec["course"], assignment,
                                            student))
            except Exception as exc:  # noqa: BLE001
                reply.update(ok=False, reason=f"grades not found after grading: {exc}")
        else:
            reply["reason"] = _reason(result)
        out.write(json.dumps(reply, default=str) + "\n")
        out.flush()
    if pool is not None:
        pool.close()
    return 0


# ---------------------------------------------------------------------------
# command line


def _cmd(args: argparse.Namespace) -> int:
    from .cli import _root

    root = _root(args)
    extra = {"Execute": {"timeout": args.cell_timeout}} if args.cell_timeout else None
    try:
        reports = autograde_many(root, args.assignment, jobs=args.jobs, db_url=args.db,
                                 students=args.student or None, timeout=args.timeout,
                                 progress=not args.quiet, extra_config=extra)
    except AutogradeError as exc:
        print(f"soplab autograde: {exc}", file=sys.stderr)
        return 1
    failed = False
    for report in reports:
        for line in report.lines():
            print(line)
        failed |= bool(report.failed)
    return 2 if failed else 0


def register(sub) -> None:
    from .cli import _add_course

    p = sub.add_parser(
        "autograde", help="autograde submissions in parallel with nbgrader",
        description="Autograde submitted/<learner>/<assignment>/ with nbgrader on several "
                    "cores. Grades go to the gradebook; a submission that cannot be graded "
                    "is reported with the reason and the others are graded. Exit status 2 "
                    "means some submissions were not graded.")
    _add_course(p)
    p.add_argument("assignment", nargs="+", help="assignment name(s), e.g. 00-orientation")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="parallel graders (default: number of cores)")
    p.add_argument("--db", metavar="URL", help="gradebook SQLAlchemy URL (default: the "
                   "course's c.CourseDirectory.db_url, else sqlite gradebook.db)")
    p.add_argument("--student", action="append", metavar="ID",
                   help="grade only this learner (repeatable)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"give up on one submission after this long (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--cell-timeout", type=int, default=None, metavar="SECONDS",
                   help="nbgrader's per-cell limit (default: c.Execute.timeout of the course)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd)


def _main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--worker":
        return _worker(argv[1])
    print("usage: python -m soplab.autograde --worker SPEC (internal); use 'soplab autograde'",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
