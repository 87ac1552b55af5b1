"""Writing every learner's feedback page for an assignment.

``feedback/<learner>/<assignment>/<notebook>.html`` with ``timestamp.txt`` and
``submission_secret.txt`` beside it, where nbgrader's ``release_feedback``
expects them, so the exchange returns each page to its own learner. One
learner's problem never stops the others: it is reported and the rest are
written.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from soplab._core.safeio import Refused, open_folder, read_file
from soplab.course.config import course_config, course_id, gradebook_url
from soplab.engine.answers import read_values
from soplab.engine.items import ItemBank, load_bank

from .model import Feedback, build_feedback
from .page import render_page
from .settings import review_level

__all__ = ["FeedbackReport", "feedback_for", "generate_feedback", "master_parts", "notebook_grades"]

_CARRIED = ("timestamp.txt", "submission_secret.txt")


@dataclass
class FeedbackReport:
    assignment: str
    pages: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: the assignment has no graded or hand-graded part, so it has no feedback
    ungraded: bool = False


def master_parts(root: Path, assignment: str) -> dict[str, tuple[str, dict[str, str]]]:
    """notebook -> (title, {task cell name: markdown}) from the masters in source/."""
    import nbformat

    out = {}
    for path in sorted((root / "source" / assignment).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        title = nb.metadata.get("soplab", {}).get("title") or assignment
        tasks = {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells
                 if c.metadata.get("nbgrader", {}).get("task")}
        out[path.stem] = (title, tasks)
    return out


def notebook_grades(nb) -> tuple[dict[str, dict[str, Any]], float]:
    """A gradebook notebook's grades and comments by cell, and its late penalty."""
    rows: dict[str, dict[str, Any]] = {}
    for g in nb.grades:
        rows[g.name] = {"auto": g.auto_score, "manual": g.manual_score,
                        "extra": g.extra_credit, "max": g.max_score,
                        "needs": bool(g.needs_manual_grade)}
    for c in nb.comments:
        if c.name in rows and c.manual_comment:
            rows[c.name]["comment"] = c.manual_comment
    return rows, float(nb.late_submission_penalty or 0.0)


def feedback_for(bank: ItemBank, assignment: str, notebook: str, title: str,
                 tasks: dict[str, str], folder: Path, grades: dict[str, dict[str, Any]],
                 late: float, review: str) -> Feedback:
    values = {ex.id: read_values(folder, ex.id)[0] for ex in bank.exercises_for(assignment)}
    return build_feedback(bank, assignment, notebook, title, values=values, grades=grades,
                          tasks=tasks, late_penalty=late, review=review)


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def generate_feedback(root: Path | str, assignment: str, *, db_url: str | None = None,
                      students: list[str] | None = None, review: str | None = None,
                      progress=None) -> FeedbackReport:
    """Write the feedback pages of ``assignment`` for every graded learner."""
    from nbgrader.api import Gradebook



    root = Path(root).resolve()
    review = review or review_level(course_config(root))
    bank = load_bank(root)
    masters = master_parts(root, assignment)
    report = FeedbackReport(assignment)
    if not any(ex.kind != "practice" for ex in bank.exercises_for(assignment)) and not any(
            tasks for _, tasks in masters.values()):
        report.ungraded = True
        return report
    with Gradebook(gradebook_url(root, db_url), course_id(root)) as gb:
        subs = [s for s in gb.assignment_submissions(assignment)
                if not students or s.student_id in students]
        for sub in subs:
            sid = sub.student_id
            folder = root / "autograded" / sid / assignment
            if progress:
                progress(sid)
            try:
                if folder.is_symlink() or not folder.is_dir():
                    raise FileNotFoundError("not autograded yet (run soplab autograde)")
                for nb in sub.notebooks:
                    if nb.name not in masters:
                        continue
                    title, tasks = masters[nb.name]
                    grades, late = notebook_grades(nb)
                    fb = feedback_for(bank, assignment, nb.name, title, tasks, folder, grades,
                                      late, review)
                    if sub.extension and sub.duedate:  # nbgrader's extension (soplab extend)
                        fb.due_note = (f"You had more time for this assignment: your due "
                                       f"date was {sub.duedate:%-d %B %Y, %H:%M} (UTC).")
                    page = root / "feedback" / sid / assignment / f"{nb.name}.html"
                    _write_text(page, render_page(fb))
                    report.pages.append(page)
                for name in _CARRIED:
                    try:
                        with open_folder(folder) as fd:
                            data = read_file(fd, name, 1000).decode("utf-8", "replace")
                    except Refused:
                        continue
                    _write_text(root / "feedback" / sid / assignment / name, data)
            except Exception as exc:  # noqa: BLE001 - one learner never stops the others
                report.problems.append(f"{sid}: no feedback page: {exc}")
    return report
