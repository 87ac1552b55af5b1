"""``soplab autograde``: sealed grading of every submission of some assignments.

For each assignment, in one process:

1. every ``submitted/<learner>/<assignment>/`` is taken in as data
   (:mod:`~soplab.autograde.submissions`): the notebook's presence, the answer
   files, the submission time; anything else is ignored and reported;
2. each grade cell's automatic score is computed from the answer files against
   the item banks (:mod:`~soplab.autograde.sealed`), no kernel involved;
3. the scores go to nbgrader's gradebook in batched transactions
   (:mod:`~soplab.autograde.gradebook`), manual grades kept;
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
from pathlib import Path

from ..exchange import course_config, course_id, gradebook_url
from ..items import BankError, load_bank
from ..paths import tools_on_path
from .gradebook import read_layout, record_assignment, write_scores
from .report import AutogradeError, AutogradeReport, Outcome
from .sealed import Graded, SealedAssignment
from .submissions import Intake, read_submission, write_clean

__all__ = ["autograde", "autograde_many", "find_submissions", "valid_learner_id"]

_LEARNER_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


def valid_learner_id(name: str) -> bool:
    return bool(name) and set(name) <= _LEARNER_ID_OK and name not in (".", "..")


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


def _replace_folder(new: Path, target: Path) -> None:
    """Put ``new`` at ``target`` with renames; if the second rename fails, the earlier
    folder is put back (never left hidden)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if os.path.lexists(target):
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def publish(root: Path, student: str, assignment: str, intake: Intake,
            notebooks: dict[str, bytes]) -> Path:
    """Write ``autograded/<student>/<assignment>/`` (rendered notebooks, clean answers)."""
    target = root / "autograded" / student / assignment
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{assignment}.new-", dir=target.parent))
    try:
        write_clean(intake, staging / "x", notebooks=notebooks)
        _replace_folder(staging / "x", target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _progress(total: int, desc: str, enabled: bool):
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="submission", file=sys.stderr, leave=False)


def _nothing_to_grade(sealed: SealedAssignment, intake: Intake) -> str:
    names = ", ".join(f"{n}.ipynb" for n in sealed.notebooks)
    others = [name for name, _ in intake.ignored if name.endswith(".ipynb")]
    found = f"; found {', '.join(others)} instead" if others else ""
    return f"nothing to grade: {names} is not in the submission{found}"


def _grade_assignment(root: Path, sealed: SealedAssignment, students: list[str] | None, *,
                      url: str, course: str, config, render: bool,
                      progress: bool) -> AutogradeReport:
    began = time.monotonic()
    report = AutogradeReport(sealed.name)
    wanted, problems = find_submissions(root, sealed.name)
    if students:
        wanted = [s for s in wanted if s in students]
        problems = [p for p in problems if p.student in students]
    report.outcomes.extend(problems)
    graded: list[tuple[Graded, Intake, float]] = []
    bar = _progress(len(wanted), f"scoring {sealed.name}", progress)
    for sid in wanted:
        started = time.monotonic()
        if not valid_learner_id(sid):
            report.outcomes.append(Outcome(sid, False, f"the folder name '{sid}' is not a valid "
                                           "learner id (letters, digits, -, _ and . only)"))
        else:
            intake = read_submission(root / "submitted", sid, sealed.name,
                                     notebooks=sealed.notebooks,
                                     exercises=sealed.exercise_ids)
            if intake.refused:
                report.outcomes.append(Outcome(sid, False, intake.refused))
            elif not intake.notebooks:
                report.outcomes.append(Outcome(sid, False, _nothing_to_grade(sealed, intake),
                                               intake.notes()))
            else:
                graded.append((sealed.grade(sid, intake), intake, time.monotonic() - started))
        if bar:
            bar.update()
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
                   render: bool = True) -> list[AutogradeReport]:
    """Grade every submission of ``assignments`` sealed; see the module doc.

    ``students`` limits the learners; ``render=False`` records the scores only
    (the formgrader views can be written later).
    """
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
        sealed = SealedAssignment(root, bank, layout)
        if render:
            sealed.check_masters()
        reports.append(_grade_assignment(root, sealed, students, url=url, course=course,
                                         config=config, render=render, progress=progress))
    return reports


def autograde(root: Path | str, assignment: str, **options) -> AutogradeReport:
    """Grade every submission of one assignment; see :func:`autograde_many`."""
    return autograde_many(root, [assignment], **options)[0]
