"""nbgrader's own commands, made as safe as ``soplab autograde``.

An instructor may run ``nbgrader autograde``, ``nbgrader collect`` or
formgrader's buttons instead of the ``soplab`` commands. The course's
``nbgrader_config.py`` calls :func:`configure_sealed_grading`, which plugs these
in, so those commands grade sealed too:

* :class:`~soplab.cohort.autograde.collect.SafeCollect` (collect): judges every
  inbound entry (name, time, id, owner) before choosing; copies only the
  notebook and the answer files of a submission, as plain files of the
  submitter with one link, never following a link.
* :func:`set_aside_unsafe_entries` (``Autograde.pre_convert_hook``): before
  nbgrader copies a submission, links, pipes and devices in it are moved into
  ``submitted/<learner>/.<assignment>-set-aside/`` (renamed, never opened), so
  nbgrader's copy cannot follow or hang on them.
* :class:`SafeNotebookExporter`: reads a notebook file without following a link
  and with a size limit.
* :class:`SealedIntake` (sanitize): the notebook becomes the master from
  ``source/``; the autograded folder keeps only clean copies of the answer
  files and the submission time.
* :class:`SealedRender` (instead of ``Execute``): outputs from the data, no kernel.
* :class:`SealedSaveAutoGrades` (instead of ``SaveAutoGrades``): each grade
  cell's automatic score is computed from the answer files, never from what a
  cell printed; a writing set the coach is not sure of stays open for a person
  (the review queue), as with ``soplab autograde``.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path
from typing import Any

import nbgrader
from nbconvert.exporters import NotebookExporter
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades
from nbgrader.preprocessors.base import NbGraderPreprocessor

from soplab._core.safeio import Refused, open_folder, read_file
from soplab.engine.answers import ANSWERS_DIR, read_values
from soplab.engine.content import learner_exercises
from soplab.engine.items import ItemBank, load_bank
from soplab.engine.scoring import score_values

from ..review.reading import is_writing_set, needs_person, read_set
from ..review.rubrics import load_rubrics
from .budget import DEFAULT_SECONDS, time_budget
from .collect import SafeCollect
from .release import SafeReleaseFeedback
from .render import load_master, render
from .sealed import exercise_of
from .submissions import (
    MAX_NOTEBOOK_BYTES,
    SECRET_FILE,
    TIMESTAMP_FILE,
    parse_timestamp,
    read_submission,
    write_clean,
)

__all__ = [
    "FORMGRADER_TEMPLATES", "SafeCollect", "SafeNotebookExporter", "SafeReleaseFeedback",
    "SealedIntake", "SealedRender",
    "SealedSaveAutoGrades", "configure_sealed_grading", "existing_timestamp",
    "set_aside_unsafe_entries",
]

_BANKS: dict[tuple[str, float], ItemBank] = {}
#: The course's formgrader templates (learner names escaped), before nbgrader's own.
FORMGRADER_TEMPLATES = Path(__file__).parent / "formgrader_templates"


class SealedGradingError(RuntimeError):
    """A submission cannot be graded; nbgrader reports it for that learner only."""


def _bank(root: Path) -> ItemBank:
    files = sorted([*(root / "data").glob("*.csv"), *(root / "data" / "items").glob("*.csv")])
    key = (str(root), max((f.stat().st_mtime for f in files), default=0.0))
    if key not in _BANKS:
        _BANKS.clear()
        _BANKS[key] = load_bank(root)
    return _BANKS[key]


def _coursedir(config):
    return CourseDirectory(config=config)


def _notebooks_of(root: Path, assignment: str) -> list[str]:
    return sorted(p.stem for p in (root / "source" / assignment).glob("*.ipynb"))


# -- autograde: before nbgrader copies anything --------------------------------------------
def set_aside_unsafe_entries(assignment: str = "", student: str = "",
                             notebooks: list[str] | None = None, **_: Any) -> list[str]:
    """Move links, pipes, sockets and devices out of a submission folder (renamed, never
    opened), and a ``timestamp.txt`` that is not a time (nbgrader would stop on it);
    returns what was moved. Used as nbgrader's ``pre_convert_hook``."""
    if not notebooks:
        return []
    folder = Path(notebooks[0]).parent
    if folder.is_symlink() or not folder.is_dir():
        return []
    moved = []
    aside = folder.parent / f".{folder.name}-set-aside-{time.strftime('%Y%m%dT%H%M%S')}"
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            mode = os.lstat(path).st_mode
            if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
                continue
            target = aside / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(path, target)
            moved.append(str(path.relative_to(folder)))
        dirnames[:] = [d for d in dirnames if not os.path.islink(Path(dirpath) / d)]
    stamp = folder / TIMESTAMP_FILE
    if stamp.is_file() and not stamp.is_symlink():
        try:
            with open_folder(folder) as fd:
                text = read_file(fd, TIMESTAMP_FILE, 200).decode("utf-8", "replace").strip()
        except Refused:
            text = ""
        if parse_timestamp(text) is None:  # nbgrader would stop on it; counts as on time
            aside.mkdir(parents=True, exist_ok=True)
            os.rename(stamp, aside / TIMESTAMP_FILE)
            moved.append(TIMESTAMP_FILE)
    return moved


class SafeNotebookExporter(NotebookExporter):
    """Reads a notebook without following a link, up to a size limit. A file that
    cannot be read becomes an empty notebook (the master replaces it anyway)."""

    def from_filename(self, filename, resources=None, **kw):
        import nbformat
        from nbconvert.exporters.exporter import ResourcesDict

        if resources is None:
            resources = ResourcesDict()
        if "metadata" not in resources or resources["metadata"] == "":
            resources["metadata"] = ResourcesDict()
        path, basename = os.path.split(filename)
        resources["metadata"]["name"] = os.path.splitext(basename)[0]
        resources["metadata"]["path"] = path
        resources["metadata"]["modified_date"] = time.strftime("%B %d, %Y")
        try:
            with open_folder(path) as fd:
                raw = read_file(fd, basename, MAX_NOTEBOOK_BYTES)
            nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
        except (Refused, OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            nb = nbformat.v4.new_notebook()
        return self.from_notebook_node(nb, resources, **kw)


# -- autograde: sanitize ----------------------------------------------------------------
class SealedIntake(NbGraderPreprocessor):
    """The notebook becomes the master; the autograded folder keeps only clean data."""

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        student, assignment, notebook = info["student"], info["assignment"], info["notebook"]
        coursedir = _coursedir(self.config)
        root = Path(coursedir.root).resolve()
        base = Path(coursedir.format_path(coursedir.submitted_directory, ".", ".")).resolve()
        notebooks = _notebooks_of(root, assignment)
        exercises = [ex.id for ex in _bank(root).exercises_for(assignment)]
        intake = read_submission(base, student, assignment, notebooks=notebooks,
                                 exercises=exercises)
        if intake.refused:
            raise SealedGradingError(intake.refused)
        if notebook not in intake.notebooks:
            raise SealedGradingError(f"{notebook}.ipynb was not read (not a plain file, or too "
                                     "large)")
        for note in intake.notes():
            self.log.warning("%s: %s", student, note)
        dest = Path(coursedir.format_path(coursedir.autograded_directory, student, assignment))
        keep = {f"{n}.ipynb" for n in notebooks}
        keep |= {p.name for p in (root / "source" / assignment).iterdir()}
        for entry in list(dest.iterdir()) if dest.is_dir() else []:
            if entry.name in keep and not entry.is_symlink():
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        clean = dest / ".sealed-intake"
        shutil.rmtree(clean, ignore_errors=True)
        write_clean(intake, clean, notebooks={})
        for part in (ANSWERS_DIR, TIMESTAMP_FILE, SECRET_FILE):
            if (clean / part).exists():
                os.rename(clean / part, dest / part)
        shutil.rmtree(clean, ignore_errors=True)
        master = load_master(root / "source" / assignment / f"{notebook}.ipynb")
        return render(master, {}, {}, {}), resources


def _sealed_scores(config, resources) -> tuple[dict[str, Any], dict[str, dict], Path, str]:
    """Scores from the answer files, within the per-learner time budget (over it, nbgrader
    reports the learner as failed and grades the others)."""
    with time_budget(DEFAULT_SECONDS):
        return _scores_of(config, resources)


def _scores_of(config, resources) -> tuple[dict[str, Any], dict[str, dict], Path, str]:
    info = resources["nbgrader"]
    coursedir = _coursedir(config)
    root = Path(coursedir.root).resolve()
    folder = Path(resources["metadata"]["path"])
    bank = _bank(root)
    values, scores = {}, {}
    for ex in bank.exercises_for(info["assignment"]):
        values[ex.id], note = read_values(folder, ex.id)
        scores[ex.id] = score_values(bank, ex.id, values[ex.id], note)
    return scores, values, root, info["assignment"]


# -- autograde: outputs and scores -----------------------------------------------------
class SealedRender(NbGraderPreprocessor):
    """Fills the outputs from the data (no kernel): saved answers and score summaries."""

    def preprocess(self, nb, resources):
        scores, values, root, assignment = _sealed_scores(self.config, resources)
        master = load_master(root / "source" / assignment /
                             f"{resources['nbgrader']['notebook']}.ipynb")
        bank = _bank(root)
        readings = {ex: read_set(bank, ex, values[ex]) for ex in scores
                    if is_writing_set(bank, ex)}
        return render(master, learner_exercises(bank, assignment), values, scores,
                      readings=readings, rubrics=load_rubrics(root)), resources


class SealedSaveAutoGrades(SaveAutoGrades):
    """nbgrader's SaveAutoGrades, with each grade cell's score computed from the data."""

    def preprocess(self, nb, resources):
        self._sealed, self._values, root, _ = _sealed_scores(self.config, resources)
        self._bank = _bank(root)
        return super().preprocess(nb, resources)

    def _add_score(self, cell, resources) -> None:
        name = cell.metadata["nbgrader"]["grade_id"]
        grade = self.gradebook.find_grade(name, self.notebook_id, self.assignment_id,
                                          self.student_id)
        exercise = exercise_of(name)
        if exercise not in self._sealed:
            raise SealedGradingError(f"grade cell '{name}' does not name an exercise set of "
                                     "this assignment (score-<set>)")
        top = float(cell.metadata["nbgrader"].get("points", 0))
        grade.auto_score = round(min(max(self._sealed[exercise].points, 0.0), top), 4)
        queued = needs_person(read_set(self._bank, exercise, self._values[exercise]))
        grade.needs_manual_grade = grade.manual_score is not None or queued
        self.gradebook.db.commit()


def existing_timestamp(self, dest_path: str):
    """``CourseDirectory.get_existing_timestamp``, reading ``timestamp.txt`` as data: a
    link, a pipe (which would hold nbgrader forever), a device, a huge file or a text
    that is not a time count as no time, with a warning; nothing stops."""
    try:
        with open_folder(dest_path, trusted_base=False) as fd:
            raw = read_file(fd, TIMESTAMP_FILE, 200)
    except Refused as exc:
        if str(exc) != "it does not exist":
            self.log.warning("%s/%s not read: %s", dest_path, TIMESTAMP_FILE, exc)
        return None
    except OSError:
        return None
    stamp = parse_timestamp(raw.decode("utf-8", "replace").strip())
    if stamp is None:
        self.log.warning("%s/%s holds no valid time; ignored", dest_path, TIMESTAMP_FILE)
    return stamp


def configure_sealed_grading(c) -> None:
    """Plug sealed grading into an nbgrader configuration (``nbgrader_config.py``).

    nbgrader reads an earlier ``timestamp.txt`` before any hook runs (a named pipe
    there would hang a re-run), and that method cannot be configured: it is replaced
    on nbgrader's ``CourseDirectory`` class by :func:`existing_timestamp`."""
    CourseDirectory.get_existing_timestamp = existing_timestamp
    # formgrader's grading page: the course's copy of its header, names escaped
    nbgrader_own = Path(nbgrader.__file__).parent / "server_extensions/formgrader/templates"
    c.HTMLExporter.extra_template_basedirs = [str(FORMGRADER_TEMPLATES), str(nbgrader_own)]
    # a learner id must be on the roster (the gradebook's students) exactly: nbgrader
    # would otherwise create a look-alike student from any folder name in submitted/
    # (the deprecated --create flag still allows it, for a course without a roster)
    c.Autograde.create_student = False
    c.ExchangeFactory.collect = SafeCollect
    c.ExchangeFactory.release_feedback = SafeReleaseFeedback
    c.Autograde.pre_convert_hook = set_aside_unsafe_entries
    c.Autograde.exporter_class = SafeNotebookExporter
    c.Autograde.sanitize_preprocessors = [SealedIntake]
    c.Autograde.autograde_preprocessors = [SealedRender, SealedSaveAutoGrades,
                                           AssignLatePenalties]
