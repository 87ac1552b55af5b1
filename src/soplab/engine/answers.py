"""Answer files: where a learner's clicks and words are kept.

CONTRACT: ``answers/<exercise-set>.json`` beside the notebook. Schema
(``SCHEMA_VERSION`` = 1)::

    {
      "schema": "soplab-answers",
      "version": 1,
      "exercise": "03-hd-practice",
      "updated": "2026-11-27T09:30:00+00:00",
      "answers": {
        "<item id>": {"value": <str | dict>, "changed": "<ISO time>", "changes": 3}
      }
    }

Every change rewrites the whole file atomically (temporary file in the same
folder, flushed, then ``os.replace``), so a crash leaves either the old or the
new file, never half of one. A file that cannot be read is moved aside to
``<name>.damaged-<timestamp>.json`` (never overwritten) and the learner starts
that set afresh with a plain message.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from soplab._core.safeio import Refused, load_json, open_folder, read_file

__all__ = [
    "ANSWERS_DIR", "AnswerFile", "AnswerFileError", "MAX_BYTES", "MAX_DEPTH", "MAX_TEXT",
    "SCHEMA", "SCHEMA_VERSION", "answers_path", "fit_text", "parse", "read_entries",
    "read_values", "values_from", "values_from_bytes",
]

SCHEMA = "soplab-answers"
SCHEMA_VERSION = 1
ANSWERS_DIR = "answers"
#: Largest answer file the course reads (a long essay is far below this).
MAX_BYTES = 1_000_000
#: Longest single text answer kept.
MAX_TEXT = 20_000
#: Deepest nesting an answer file may have (a plan form is six levels deep).
MAX_DEPTH = 8


class AnswerFileError(ValueError):
    """An answer file exists but cannot be used. The message is plain language."""


def answers_path(exercise: str, folder: Path | str | None = None) -> Path:
    """Path of the answer file for ``exercise`` in ``folder`` (the notebook's folder)."""
    return Path(folder or Path.cwd()) / ANSWERS_DIR / f"{exercise}.json"


def fit_text(text: str) -> str:
    """``text`` if it is within :data:`MAX_TEXT` characters; else its words that fit,
    never cut inside a word (a single word longer than the limit is cut at it)."""
    if len(text) <= MAX_TEXT:
        return text
    head = text[:MAX_TEXT + 1]
    space = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    return (head[:space] if space > 0 else head[:MAX_TEXT]).rstrip()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _valid_value(value: Any) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) for k in value)
    return False


def values_from(data: Any) -> tuple[dict[str, Any], str]:
    """Answers that can be scored from parsed answer-file data, and a plain note.

    Entries of the wrong shape count as unanswered, each on its own; the others
    still count. Whether a value is a valid answer to its item is the scorer's call.
    """
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        return {}, "The saved answers file is not in the course's format, so this part scores 0."
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return {}, "The saved answers file is not in the course's format, so this part scores 0."
    values: dict[str, Any] = {}
    skipped = 0
    for item_id, entry in answers.items():
        value = entry.get("value") if isinstance(entry, dict) else None
        if isinstance(value, str) and len(value) <= MAX_TEXT or isinstance(value, dict):
            values[str(item_id)] = value
        else:
            skipped += 1
    note = f"{skipped} saved answer(s) were not in the expected form and were not counted." \
        if skipped else ""
    return values, note


def _refusal_note(reason: str) -> str:
    if reason == "it does not exist":
        return "No answers were saved for this part, so it scores 0."
    if "bytes" in reason:
        return "The saved answers file is far too large to be real answers; it scores 0."
    if "not readable" in reason or "nested" in reason:
        return "The saved answers file is damaged and cannot be read, so this part scores 0."
    return f"The saved answers file was not read ({reason}), so this part scores 0."


def _plain(exc: Exception) -> str:
    """Why a file was not read, in plain words for the learner (no nested brackets)."""
    if isinstance(exc, UnicodeDecodeError):
        return "the file is damaged"
    if isinstance(exc, (AnswerFileError, Refused)):
        return str(exc)
    return "the file cannot be opened"


def values_from_bytes(raw: bytes | None) -> tuple[dict[str, Any], str]:
    """Scorable answers from the raw bytes of an answer file (None: no file)."""
    if raw is None:
        return {}, _refusal_note("it does not exist")
    try:
        data = load_json(raw, max_depth=MAX_DEPTH)
    except Refused as exc:
        return {}, _refusal_note(str(exc))
    return values_from(data)


def read_values(folder: Path | str, exercise: str) -> tuple[dict[str, Any], str]:
    """The scorable answers of one set in ``folder`` (the notebook's folder) and a note.

    The one place that reads answer files for grading, feedback and progress. It
    never changes or moves the file, follows no link and reads only regular files
    up to :data:`MAX_BYTES`; anything unreadable scores as unanswered with a plain note.
    """
    try:
        with open_folder(Path(folder), ANSWERS_DIR) as fd:
            raw = read_file(fd, f"{exercise}.json", MAX_BYTES)
    except Refused as exc:
        return {}, _refusal_note(str(exc))
    except OSError:
        return {}, "The saved answers file cannot be opened, so this part scores 0."
    return values_from_bytes(raw)


def read_entries(folder: Path | str, exercise: str) -> dict[str, dict[str, Any]]:
    """All entries of ``answers/<exercise>.json`` in ``folder``, checked strictly (for
    analytics): read as data like :func:`read_values`; raises :class:`AnswerFileError`
    with a plain reason when the file cannot be used."""
    try:
        with open_folder(Path(folder), ANSWERS_DIR) as fd:
            raw = read_file(fd, f"{exercise}.json", MAX_BYTES)
    except Refused as exc:
        raise AnswerFileError(f"the file was not read: {exc}") from exc
    try:
        return parse(raw.decode("utf-8"), exercise)
    except UnicodeDecodeError as exc:
        raise AnswerFileError("the file is damaged") \
            from exc


def parse(text: str, exercise: str) -> dict[str, dict[str, Any]]:
    """Parse the text of an answer file; raise AnswerFileError if it is unusable."""
    try:
        data = load_json(text.encode("utf-8"), max_depth=MAX_DEPTH)
    except Refused as exc:
        raise AnswerFileError("the file is damaged") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise AnswerFileError("the file is not a saved-answers file of this course")
    version = data.get("version")
    if not isinstance(version, int) or version > SCHEMA_VERSION or version < 1:
        raise AnswerFileError(f"the saved answers use an unknown format (version {version!r})")
    if data.get("exercise") != exercise:
        raise AnswerFileError(
            f"the file holds answers for '{data.get('exercise')}', not for '{exercise}'")
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise AnswerFileError("the saved answers are not in the expected shape")
    clean: dict[str, dict[str, Any]] = {}
    for item_id, entry in answers.items():
        if not isinstance(entry, dict) or not _valid_value(entry.get("value")):
            raise AnswerFileError(f"the saved answer for '{item_id}' is not in the expected shape")
        clean[str(item_id)] = entry
    return clean


@dataclass
class AnswerFile:
    """The saved answers of one exercise set, beside one notebook."""

    exercise: str
    folder: Path = field(default_factory=Path.cwd)
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Plain-language notice for the learner after loading (e.g. damaged file kept aside).
    notice: str = ""

    @property
    def path(self) -> Path:
        return answers_path(self.exercise, self.folder)

    @classmethod
    def load(cls, exercise: str, folder: Path | str | None = None, *,
             keep_aside: bool = True) -> AnswerFile:
        """Load saved answers; a damaged file is moved aside and reported in ``notice``.

        ``keep_aside=False`` leaves a damaged file where it is (for automatic runs
        such as autograding, which must not change a submission).
        """
        store = cls(exercise=exercise, folder=Path(folder or Path.cwd()))
        path = store.path
        if not path.exists():
            return store
        try:
            with open_folder(store.folder, ANSWERS_DIR) as fd:
                raw = read_file(fd, path.name, MAX_BYTES)
            store.answers = parse(raw.decode("utf-8"), exercise)
        except (Refused, AnswerFileError, UnicodeDecodeError, OSError) as exc:
            # a link or a device is never moved; only a damaged plain file is kept aside
            linked = isinstance(exc, Refused) and (not path.is_file() or path.is_symlink())
            if not keep_aside or linked:
                store.notice = ("The saved answers for this exercise could not be read: "
                                f"{_plain(exc)}.")
                return store
            kept = store._keep_aside()
            store.notice = (
                f"Your earlier answers for this exercise could not be read: {_plain(exc)}. "
                f"The old file was kept as '{kept.name}' in the answers folder, and you can "
                "answer again here. If you think answers are missing, tell your instructor."
            )
        return store

    def _keep_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = self.path.with_name(f"{self.exercise}.damaged-{stamp}.json")
        os.replace(self.path, target)
        return target

    def value(self, item_id: str) -> Any:
        entry = self.answers.get(item_id)
        return None if entry is None else entry.get("value")

    def values(self) -> dict[str, Any]:
        return {item_id: entry.get("value") for item_id, entry in self.answers.items()}

    def set(self, item_id: str, value: str | dict) -> None:
        """Record one answer and save the whole file atomically."""
        if isinstance(value, str):
            value = fit_text(value)
        previous = self.answers.get(item_id, {})
        self.answers[item_id] = {
            "value": value,
            "changed": _now(),
            "changes": int(previous.get("changes", 0)) + 1,
        }
        self.save()

    def clear(self, item_id: str) -> None:
        if self.answers.pop(item_id, None) is not None:
            self.save()

    def to_json(self) -> str:
        return json.dumps(
            {
                "schema": SCHEMA,
                "version": SCHEMA_VERSION,
                "exercise": self.exercise,
                "updated": _now(),
                "answers": self.answers,
            },
            indent=1,
            ensure_ascii=False,
            sort_keys=True,
        )

    def save(self) -> None:
        """Write atomically: temp file in the same folder, fsync, then replace."""
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.exercise}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
