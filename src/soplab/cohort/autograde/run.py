"""``soplab autograde``: sealed grading of every submission of some assignments.

For each assignment, in one process:

1. every ``submitted/<learner>/<assignment>/`` is taken in as data
   (:mod:`~soplab.cohort.autograde.submissions`): the notebook's presence, the answer
   files, the submission time; anything else is ignored and reported;
2. each grade cell's automatic score is computed from the answer files against
   the item banks (:mod:`~soplab.cohort.autograde.sealed`), no kernel involved;
3. the scores go to nbgrader's gradebook in batched transactions
   (:mod:`~soplab.cohort.autograde.gradebook`), manual grades kept;
4. the rendered view (the master with the learner's saved answers and scores)
   is written to ``autograded/<learner>/<assignment>/`` for formgrader and
   feedback, replacing the earlier folder with renames that are undone if they
   fail.

A submission that cannot be graded is reported with its reason; nothing of it
is written, and everyone else is graded.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from soplab._core.paths import tools_on_path
from soplab.coach import analyse
from soplab.cohort.learner_ids import id_problem
from soplab.course.config import course_config, course_id, gradebook_url
from soplab.engine.items import BankError, load_bank

from ..extensions import ExtensionError, submission_extensions
from .budget import DEFAULT_SECONDS, OverBudget, time_budget
from .gradebook import read_layout, record_assignment, write_scores
from .report import AutogradeError, AutogradeReport, Outcome
from .sealed import Graded, SealedAssignment
from .submissions import Intake, adopt_renamed, read_submission, replace_folder, write_clean

__all__ = ["autograde", "autograde_many", "find_submissions"]


def find_submissions(root: Path, assignment: str) -> tuple[list[str], list[Outcome]]:
    """Learner ids with a real folder ``submitted/<id>/<assignment>``, and the entries
    that cannot be graded (links, bad names), each as a failed outcome."""
    base = root / "submitted"
    found: list[str] = []
    problems: list[Outcome] = []
    if not base.is_dir():
        return found, problems
    for entry in sorted(os.scandir(base), key=lambda e: e.name):
        try:
            mode = os.lstat(entry.path).st_mode
            inner = os.lstat(os.path.join(entry.path, assignment)).st_mode \
                if stat.S_ISDIR(mode) else None
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            problems.append(Outcome(entry.name, False, "the learner's folder is a link; "
                                    "not followed"))
            continue
        if inner is None:
            continue
        if not stat.S_ISDIR(inner):
            problems.append(Outcome(entry.name, False,
                                    f"submitted/{entry.name}/{assignment} is not a real folder "
                                    "(a link or a file); not followed"))
            continue
        found.append(entry.name)
    return found, problems


def publish(root: Path, student: str, assignment: str, intake: Intake,
            notebooks: dict[str, bytes]) -> Path:
    """Write ``autograded/<student>/<assignment>/`` (rendered notebooks, clean answers)."""
    target = root / "autograded" / student / assignment
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{assignment}.new-", dir=target.parent))
    try:
        write_clean(intake, staging / "x", notebooks=notebooks)
        replace_folder(staging / "x", target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _progress(total: int, desc: str, enabled: bool):
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers may be forked meanwhile
    return tqdm(total=total, desc=desc, unit="submission", file=sys.stderr, leave=False)


#: Below this many submissions an assignment is scored in this process; above it,
#: by worker processes (scoring writing runs the statement coach, CPU-bound).
PARALLEL_FROM = 300
_CHUNK = 40
_WORKER: dict[str, object] = {}


def _score_one(root: Path, sealed: SealedAssignment, sid: str, budget: float | None = None
               ) -> tuple[str, Graded | Outcome, Intake | None, float]:
    """Take in and score one submission: (learner, result or failed outcome, intake, s).

    ``budget``: seconds this learner may take (:mod:`.budget`); over it, not scored."""
    started = time.monotonic()
    problem = id_problem(sid)
    if problem:  # a look-alike of a learner's id: never a student of its own
        return sid, Outcome(sid, False, f"the folder name is not a learner id: {problem}"), \
            None, 0.0
    intake = read_submission(root / "submitted", sid, sealed.name, notebooks=sealed.notebooks,
                             exercises=sealed.exercise_ids, notebook_bytes=False)
    if intake.refused:
        return sid, Outcome(sid, False, intake.refused), None, 0.0
    adopt_renamed(intake, sealed.notebooks)
    if not intake.notebooks:
        return sid, Outcome(sid, False, _nothing_to_grade(sealed, intake), intake.notes()), \
            None, 0.0
    try:
        with time_budget(budget):
            graded = sealed.grade(sid, intake)
    except OverBudget as exc:
        return sid, Outcome(sid, False, str(exc), intake.notes()), None, \
            time.monotonic() - started
    except ImportError as exc:  # the course's own code is incomplete: stop, award nothing
        raise AutogradeError(f"the course's grading code cannot be loaded ({exc}); nothing "
                             "was graded") from exc
    except Exception as exc:  # noqa: BLE001 - one submission's problem stays its own
        return sid, Outcome(sid, False, f"could not be scored: {exc}"[:300], intake.notes()), \
            None, 0.0
    return sid, graded, intake, time.monotonic() - started


def _worker_init(root: Path, sealed: SealedAssignment, budget: float | None) -> None:
    _WORKER["root"], _WORKER["sealed"], _WORKER["budget"] = root, sealed, budget


def _worker_score(sids: list[str]) -> list[tuple]:
    return [_score_one(_WORKER["root"], _WORKER["sealed"], sid, _WORKER["budget"])
            for sid in sids]


def _score_all(root: Path, sealed: SealedAssignment, wanted: list[str], jobs: int, bar,
               budget: float | None = None):
    """Yield ``_score_one`` results for ``wanted``, in worker processes when there are many.

    A worker's answer is accepted only for the learners it was given."""
    if jobs <= 1 or len(wanted) < PARALLEL_FROM:
        for sid in wanted:
            yield _score_one(root, sealed, sid, budget)
            if bar:
                bar.update()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    analyse("A first reading loads the coach's patterns once, before the workers start.")
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunks = [wanted[i:i + _CHUNK] for i in range(0, len(wanted), _CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init,
                             initargs=(root, sealed, budget)) as pool:
        futures = {pool.submit(_worker_score, chunk): chunk for chunk in chunks}
        for future, chunk in futures.items():
            results = future.result()
            if [r[0] for r in results] != chunk:
                raise AutogradeError("a grading worker answered for other learners than it "
                                     "was given; nothing of its work was used")
            for result in results:
                if isinstance(result[1], Graded) and result[1].student != result[0]:
                    raise AutogradeError("a grading worker answered for another learner")
                yield result
                if bar:
                    bar.update()


def _nothing_to_grade(sealed: SealedAssignment, intake: Intake) -> str:
    names = ", ".join(f"{n}.ipynb" for n in sealed.notebooks)
    others = [name for name, _ in intake.ignored if name.endswith(".ipynb")]
    found = f"; found {', '.join(others)} instead" if others else ""
    return f"nothing to grade: {names} is not in the submission{found}"


def _grade_assignment(root: Path, sealed: SealedAssignment, students: list[str] | None, *,
                      url: str, course: str, config, render: bool, progress: bool,
                      jobs: int, budget: float | None = DEFAULT_SECONDS) -> AutogradeReport:
    began = time.monotonic()
    report = AutogradeReport(sealed.name)
    wanted, problems = find_submissions(root, sealed.name)
    if students:
        wanted = [s for s in wanted if s in students]
        problems = [p for p in problems if p.student in students]
    report.outcomes.extend(problems)
    graded: list[tuple[Graded, Intake, float]] = []
    bar = _progress(len(wanted), f"scoring {sealed.name}", progress)
    for _sid, result, intake, seconds in _score_all(root, sealed, wanted, jobs, bar, budget):
        if isinstance(result, Outcome):
            report.outcomes.append(result)
        else:
            graded.append((result, intake, seconds))
    if bar:
        bar.close()
    bar = _progress(len(graded), f"recording {sealed.name}", progress)
    recorded, errors = write_scores(url, course, sealed.layout, [g.scores for g, _, _ in graded],
                                    config=config, on_done=bar.update if bar else None)
    if bar:
        bar.close()
    bar = _progress(len(graded), f"rendering {sealed.name}", progress and render)
    for result, intake, seconds in graded:
        sid = result.student
        started = time.monotonic()
        if sid in errors:
            report.outcomes.append(Outcome(sid, False, errors[sid], result.notes,
                                           seconds=seconds))
            continue
        outcome = Outcome(sid, True, "", list(result.notes), recorded[sid].score,
                          recorded[sid].max_score)
        if render:
            try:
                publish(root, sid, sealed.name, intake, sealed.render(result))
            except Exception as exc:  # noqa: BLE001 - the grade stands; say what is missing
                outcome.notes.append(f"grades recorded, but the formgrader view could not be "
                                     f"written: {exc}")
        outcome.seconds = seconds + time.monotonic() - started
        report.outcomes.append(outcome)
        if bar:
            bar.update()
    if bar:
        bar.close()
    report.outcomes.sort(key=lambda o: o.student)
    report.seconds = time.monotonic() - began
    return report


def autograde_many(root: Path | str, assignments: list[str], *, db_url: str | None = None,
                   students: list[str] | None = None, progress: bool = False,
                   render: bool = True, jobs: int | None = None,
                   time_budget: float | None = DEFAULT_SECONDS) -> list[AutogradeReport]:
    """Grade every submission of ``assignments`` sealed; see the module doc.

    ``students`` limits the learners; ``render=False`` records the scores only
    (the formgrader views can be written later). ``jobs`` worker processes score
    large cohorts (default: one per core); small ones are scored in this process.
    ``time_budget``: seconds of scoring per learner and assignment; a learner over it
    is reported and not scored (None: no limit).
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    root = Path(root).resolve()
    tools_on_path()
    for assignment in assignments:
        if not (root / "source" / assignment).is_dir():
            raise AutogradeError(f"source/{assignment}: no such assignment")
    if students and len(assignments) == 1:
        found, problems = find_submissions(root, assignments[0])
        known = set(found) | {p.student for p in problems}
        unknown = [s for s in students if s not in known]
        if unknown:
            raise AutogradeError(f"submitted/{unknown[0]}/{assignments[0]}: no such submission")
    try:
        bank = load_bank(root)
    except BankError as exc:
        raise AutogradeError(f"the item banks cannot be read: {exc.problems[0]}") from exc
    url = gradebook_url(root, db_url)
    course = course_id(root)
    config = course_config(root)
    reports = []
    for assignment in assignments:
        layout = read_layout(url, course, assignment)
        if layout is None:
            record_assignment(root, assignment, url)
            layout = read_layout(url, course, assignment)
        try:
            extra = submission_extensions(root, url, course, assignment)
        except ExtensionError as exc:
            raise AutogradeError(f"{exc}; fix it, then autograde again") from exc
        layout = replace(layout, extensions=extra)
        sealed = SealedAssignment(root, bank, layout)
        if render:
            sealed.check_masters()
        reports.append(_grade_assignment(root, sealed, students, url=url, course=course,
                                         config=config, render=render, progress=progress,
                                         jobs=jobs, budget=time_budget))
    return reports


def autograde(root: Path | str, assignment: str, **options) -> AutogradeReport:
    """Grade every submission of one assignment; see :func:`autograde_many`."""
    return autograde_many(root, [assignment], **options)[0]
