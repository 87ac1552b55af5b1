"""Taking in a submission as data: what is read, what is ignored, and why.

A submitted folder may hold anything a learner (or anyone with write access to
the exchange) put there. Only these are taken, each read as a regular file
without following any link (see :mod:`soplab._core.safeio`):

* ``<notebook>.ipynb`` for each notebook of the assignment (its presence is
  recorded; its cells are never run or trusted: the grader rebuilds the
  notebook from the master);
* ``answers/<set>.json`` for each exercise set of the assignment, up to
  :data:`soplab.engine.answers.MAX_BYTES` each;
* ``timestamp.txt`` (nbgrader's submission time), up to a few bytes;
* ``submission_secret.txt`` (the token nbgrader's feedback exchange uses to give
  each learner their own feedback), a short plain token only.

Everything else (other files, folders, links, pipes, devices, damaged-answer
copies) is ignored and listed in :attr:`Intake.ignored` with a plain reason,
never followed and never copied. :func:`write_clean` writes an intake as plain
files, which is how submissions enter the course (collect) and how autograded
folders are made.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from soplab._core.safeio import Refused, kind_of, listdir, load_json, open_folder, read_file
from soplab.engine.answers import ANSWERS_DIR, MAX_BYTES, MAX_DEPTH

__all__ = [
    "EMPTY_NOTEBOOK", "Intake", "MAX_CHANGES", "MAX_NOTEBOOK_BYTES", "QUIET", "SECRET_FILE",
    "SECRET_PATTERN", "TIMESTAMP_FILE", "TIMESTAMP_FORMAT", "adopt_renamed", "normalise_answers",
    "parse_timestamp", "read_submission", "replace_folder", "write_clean",
]

#: Largest notebook file taken (a notebook with all its outputs is far below this).
MAX_NOTEBOOK_BYTES = 30_000_000
TIMESTAMP_FILE = "timestamp.txt"
SECRET_FILE = "submission_secret.txt"
SECRET_PATTERN = re.compile(r"[A-Za-z0-9+/=_-]{1,128}")
#: How nbgrader writes submission times.
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f UTC"
MAX_TIMESTAMP_BYTES = 200
#: Entries every released or edited assignment has, ignored without a note.
QUIET = frozenset({".ipynb_checkpoints", "exercises.json", "__pycache__", ".DS_Store"})


@dataclass
class Intake:
    """The data taken from one submitted folder."""

    #: notebook name (without .ipynb) -> raw bytes, for the notebooks that are present
    notebooks: dict[str, bytes] = field(default_factory=dict)
    #: exercise set id -> raw bytes of its answer file
    answers: dict[str, bytes] = field(default_factory=dict)
    #: the submission time, checked and written in nbgrader's format (None: none given)
    timestamp: str | None = None
    #: nbgrader's submission token (for returning feedback), checked
    secret: str | None = None
    #: (name, reason) for everything not taken
    ignored: list[tuple[str, str]] = field(default_factory=list)
    #: why nothing could be taken at all ("" when the folder was read)
    refused: str = ""
    #: other plain remarks on what was taken (a renamed notebook)
    remarks: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        if not self.ignored:
            return list(self.remarks)
        shown = [f"{name} ({why})" for name, why in self.ignored[:6]]
        more = f" and {len(self.ignored) - 6} more" if len(self.ignored) > 6 else ""
        return [*self.remarks, f"ignored (not part of a submission, never opened or copied): "
                               f"{'; '.join(shown)}{more}"]


#: Largest edit count kept in an answer's metadata (a learner cannot click more often).
MAX_CHANGES = 1_000_000
_MAX_STAMP = 40


def _clean_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """An answer entry with its metadata in range: ``changes`` a whole number from 0 to
    :data:`MAX_CHANGES`, ``changed`` a short ISO time; anything else is dropped."""
    clean = {"value": entry.get("value")}
    changes = entry.get("changes")
    if type(changes) is int and 0 <= changes <= MAX_CHANGES:
        clean["changes"] = changes
    changed = entry.get("changed")
    if isinstance(changed, str) and len(changed) <= _MAX_STAMP:
        try:
            datetime.fromisoformat(changed)
            clean["changed"] = changed
        except ValueError:
            pass
    return clean


def normalise_answers(raw: bytes) -> tuple[bytes, bool]:
    """An answer file with every entry's metadata checked (see :func:`_clean_entry`);
    ``(bytes, changed)``. A file that is not an answer file is returned as it is (the
    grader reports it); answer values are never changed."""
    try:
        data = load_json(raw, max_depth=MAX_DEPTH)
    except Refused:
        return raw, False
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict):
        return raw, False
    clean = {str(k): _clean_entry(v) if isinstance(v, dict) else v for k, v in answers.items()}
    if clean == answers:
        return raw, False
    out = dict(data, answers=clean)
    if not isinstance(out.get("updated"), str) or len(out["updated"]) > _MAX_STAMP:
        out.pop("updated", None)
    return json.dumps(out, ensure_ascii=False, indent=1).encode("utf-8"), True


def _answer_entries(fd: int, exercises: set[str], intake: Intake,
                    owner: int | None = None) -> None:
    for name, mode in listdir(fd):
        where = f"{ANSWERS_DIR}/{name}"
        stem = name[:-5] if name.endswith(".json") else None
        if stem not in exercises:
            if not (name.startswith(".") or ".damaged-" in name):
                intake.ignored.append((where, f"{kind_of(mode)}, not an answer file of this "
                                              "assignment"))
            continue
        if not stat.S_ISREG(mode):
            intake.ignored.append((where, f"{kind_of(mode)}; not followed"))
            continue
        try:
            raw = read_file(fd, name, MAX_BYTES, owner=owner)
        except Refused as exc:
            intake.ignored.append((where, f"{exc}"))
            continue
        intake.answers[stem], changed = normalise_answers(raw)
        if changed:
            intake.ignored.append((where, "edit counts or times out of range; dropped, the "
                                          "answers kept"))


def read_submission(folder: Path | str, *parts: str, notebooks: Iterable[str],
                    exercises: Iterable[str], notebook_bytes: bool = True,
                    owner: int | None = None) -> Intake:
    """Read the submission ``folder/parts...`` as data.

    ``folder`` belongs to the course (``submitted/`` or the exchange's inbound
    folder); ``parts`` (learner id, assignment) are opened without following
    links. ``notebooks`` are the assignment's notebook names, ``exercises`` its
    exercise set ids. ``notebook_bytes=False`` only checks that each notebook is a
    plain file within the size limit (grading never uses its content). ``owner`` (a
    user id, for the exchange's inbound folder): every file taken must belong to that
    account and have a single name (no hard link to someone else's file).
    """
    wanted_nb = {f"{n}.ipynb": n for n in notebooks}
    wanted_ex = set(exercises)
    intake = Intake()
    try:
        with open_folder(folder, *parts) as fd:
            for name, mode in listdir(fd):
                if name in wanted_nb:
                    try:
                        intake.notebooks[wanted_nb[name]] = read_file(
                            fd, name, MAX_NOTEBOOK_BYTES if notebook_bytes else -1,
                            owner=owner)
                    except Refused as exc:
                        intake.ignored.append((name, str(exc)))
                elif name == ANSWERS_DIR and stat.S_ISDIR(mode):
                    with open_folder(folder, *parts, ANSWERS_DIR) as answers_fd:
                        _answer_entries(answers_fd, wanted_ex, intake, owner)
                elif name == TIMESTAMP_FILE and stat.S_ISREG(mode):
                    try:
                        raw = read_file(fd, name, MAX_TIMESTAMP_BYTES, owner=owner)
                    except Refused as exc:
                        intake.ignored.append((name, str(exc)))
                        continue
                    stamp = parse_timestamp(raw.decode("utf-8", "replace").strip())
                    if stamp is None:
                        intake.ignored.append((name, "not a time; the submission counts as "
                                                     "on time"))
                    else:
                        intake.timestamp = stamp.strftime(TIMESTAMP_FORMAT)
                elif name == SECRET_FILE and stat.S_ISREG(mode):
                    try:
                        token = read_file(fd, name, 200, owner=owner).decode(
                            "ascii", "replace").strip()
                    except Refused as exc:
                        intake.ignored.append((name, str(exc)))
                        continue
                    if SECRET_PATTERN.fullmatch(token):
                        intake.secret = token
                    else:
                        intake.ignored.append((name, "not a submission token"))
                elif name in QUIET:
                    continue
                else:
                    intake.ignored.append((name, kind_of(mode)))
    except Refused as exc:
        intake.refused = f"the submission folder was not read: {exc}"
    except OSError as exc:
        intake.refused = f"the submission folder cannot be read ({exc.strerror})"
    return intake


#: What stands for a renamed notebook (the grader rebuilds every notebook from its master).
EMPTY_NOTEBOOK = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'


def adopt_renamed(intake: Intake, notebooks: Iterable[str]) -> str:
    """A learner who renamed the notebook still has their saved answers graded (the
    answers are the data; the notebook is rebuilt from the master). When notebooks of
    the assignment are missing and another notebook file was sent instead, the missing
    ones count as sent; returns the note to show ("" when nothing was adopted)."""
    missing = [n for n in notebooks if n not in intake.notebooks]
    others = [name for name, why in intake.ignored
              if name.endswith(".ipynb") and why == "a file"]
    if not missing or not others or not intake.answers:
        return ""
    for name in missing:
        intake.notebooks[name] = EMPTY_NOTEBOOK
    intake.ignored = [(n, w) for n, w in intake.ignored if n not in others]
    note = (f"{', '.join(f'{n}.ipynb' for n in missing)} was renamed ({', '.join(others)}); "
            "graded from the saved answers")
    intake.remarks.append(note)
    return note


def parse_timestamp(text: str | None) -> datetime | None:
    """nbgrader's submission time (``timestamp.txt``) as naive UTC, or None."""
    if not text:
        return None
    from nbgrader.utils import parse_utc

    try:
        stamp = parse_utc(text)
    except (ValueError, OverflowError, TypeError):
        return None
    return stamp if isinstance(stamp, datetime) else None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write(path: Path, data: bytes) -> None:
    """Write a plain file atomically, with the permissions a normal file would get."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_clean(intake: Intake, dest: Path, *, notebooks: dict[str, bytes] | None = None) -> None:
    """Write an intake into the new folder ``dest`` as plain files.

    ``notebooks`` replaces the learner's notebook bytes (the autograded folder
    holds the notebook rebuilt from the master, not the learner's file).
    """
    dest.mkdir(parents=True, exist_ok=False)
    for name, data in (intake.notebooks if notebooks is None else notebooks).items():
        _write(dest / f"{name}.ipynb", data)
    for exercise, data in intake.answers.items():
        _write(dest / ANSWERS_DIR / f"{exercise}.json", data)
    if intake.timestamp is not None:
        _write(dest / TIMESTAMP_FILE, intake.timestamp.encode("utf-8") + b"\n")
    if intake.secret is not None:
        _write(dest / SECRET_FILE, intake.secret.encode("ascii"))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return done == 0


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder ``new`` at ``target``. Where the system can, the two are swapped in
    one step (nobody ever sees no folder or half of one); otherwise with two renames,
    and if the second fails the earlier folder is put back (never left hidden)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if os.path.isdir(target) and not os.path.islink(target) and _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)
        return
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
