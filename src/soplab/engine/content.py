"""What a learner's notebook may know about its exercises.

Release folders carry ``exercises.json``: the exercise sets of that
assignment with their prompts and options. Practice sets include their
answers and explanations (learners get feedback at once); assessment sets
carry no key, no explanation and no per-option feedback. Source notebooks,
run by an instructor inside the course folder, read the banks directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soplab._core.paths import course_root

from .items import Exercise, Item, ItemBank, load_bank
from .rubrics import is_answered

__all__ = [
    "CONTENT_FILE", "CONTENT_SCHEMA", "CONTENT_VERSION", "ContentMissing", "LearnerExercise",
    "LearnerItem", "SHOW_CALL", "learner_content", "learner_exercises", "load_assignment",
    "load_exercise", "shown_sets", "write_learner_content",
]

CONTENT_FILE = "exercises.json"
CONTENT_SCHEMA = "soplab-exercises"
CONTENT_VERSION = 1
#: How a notebook's exercise cell names its set: ``show("03-sort")``.
SHOW_CALL = re.compile(r"""\bshow\(\s*["']([A-Za-z0-9._-]+)["']\s*\)""")


class ContentMissing(LookupError):
    """The exercise cannot be found; the message is plain language."""


@dataclass(frozen=True)
class LearnerItem:
    id: str
    prompt: str
    options: tuple[str, ...] = ()
    #: Practice only: the right option (text for classify, letter for scenario).
    answer: str | None = None
    explanation: str = ""
    option_feedback: tuple[str, ...] = ()
    #: Text items: the coach kind the writing asks for (harm, danger, ...), or "reflection";
    #: builder items (plan, network): the rubric's name.
    expects: str = ""


@dataclass(frozen=True)
class LearnerExercise:
    id: str
    title: str
    widget: str
    kind: str
    instructions: str
    items: tuple[LearnerItem, ...]
    #: Options shown in the order written (a scale, say), never shuffled.
    keep_order: bool = False

    @property
    def is_practice(self) -> bool:
        return self.kind == "practice"

    def item(self, item_id: str) -> LearnerItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def valid_value(self, item: LearnerItem, value: Any) -> bool:
        """Whether ``value`` is a possible answer to ``item`` (not whether it is right)."""
        if self.widget == "classify":
            return value in item.options
        if self.widget == "scenario":
            letters = [chr(ord("A") + i) for i in range(len(item.options))]
            return value in letters
        if self.widget == "text":
            return isinstance(value, str) and bool(value.strip())
        if self.widget in ("plan", "network"):
            return isinstance(value, dict) and is_answered(self.widget, value)
        return value is not None


def _learner_item(ex: Exercise, item: Item) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": item.id, "prompt": item.prompt}
    if ex.widget == "scenario":
        entry["options"] = list(item.choices)
    elif ex.widget == "classify":
        entry["options"] = list(ex.choices)
    if ex.widget in ("text", "plan", "network"):  # plan/network: the rubric's name
        entry["expects"] = item.label
        if ex.is_practice:
            entry["explanation"] = item.explanation
    elif ex.is_practice:
        entry["answer"] = item.label
        entry["explanation"] = item.explanation
        if item.choice_feedback:
            entry["option_feedback"] = list(item.choice_feedback)
    return entry


def shown_sets(notebook: dict[str, Any]) -> list[str]:
    """The exercise sets a notebook (nbformat 4, as a dict) shows, in page order."""
    found: list[str] = []
    for cell in notebook.get("cells") or ():
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        for set_id in SHOW_CALL.findall(source):
            if set_id not in found:
                found.append(set_id)
    return found


def learner_content(bank: ItemBank, assignment: str, order: Sequence[str] = (),
                    title: str = "") -> dict[str, Any]:
    """The learner-safe content of one assignment, ready to write as JSON.

    The sets come in ``order`` (the order the notebook shows them, see
    :func:`shown_sets`), then any others in the item banks' order: the page's
    outline and "My progress" list them as the learner meets them. ``title`` is
    the assignment's own (its notebook's), for "My progress".
    """
    sets = {}
    exercises = bank.exercises_for(assignment)
    rank = {set_id: n for n, set_id in enumerate(order)}
    exercises.sort(key=lambda ex: rank.get(ex.id, len(rank)))
    for ex in exercises:
        sets[ex.id] = {
            "title": ex.title,
            "widget": ex.widget,
            "kind": ex.kind,
            "instructions": ex.instructions,
            "items": [_learner_item(ex, item) for item in bank.items_for(ex.id)],
        }
        if ex.keep_order:  # written only when set: files without it shuffle
            sets[ex.id]["keep_order"] = True
    content: dict[str, Any] = {
        "schema": CONTENT_SCHEMA,
        "version": CONTENT_VERSION,
        "assignment": assignment,
    }
    if title:
        content["title"] = title
    content["exercises"] = sets
    return content


def write_learner_content(bank: ItemBank, assignment: str, folder: Path,
                          order: Sequence[str] = (), title: str = "") -> Path:
    path = Path(folder) / CONTENT_FILE
    text = json.dumps(learner_content(bank, assignment, order, title), indent=1,
                      ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def exercise_from_dict(ex_id: str, data: dict[str, Any]) -> LearnerExercise:
    items = tuple(
        LearnerItem(
            id=i["id"],
            prompt=i["prompt"],
            options=tuple(i.get("options", ())),
            answer=i.get("answer"),
            explanation=i.get("explanation", ""),
            option_feedback=tuple(i.get("option_feedback", ())),
            expects=i.get("expects", ""),
        )
        for i in data["items"]
    )
    return LearnerExercise(
        id=ex_id, title=data["title"], widget=data["widget"], kind=data["kind"],
        instructions=data.get("instructions", ""), items=items,
        keep_order=data.get("keep_order") is True,
    )


def learner_exercises(bank: ItemBank, assignment: str) -> dict[str, LearnerExercise]:
    """The learner's view of every exercise set of an assignment (no key of a graded set)."""
    data = learner_content(bank, assignment)["exercises"]
    return {ex_id: exercise_from_dict(ex_id, body) for ex_id, body in data.items()}


def load_exercise(exercise_id: str, folder: Path | str | None = None) -> LearnerExercise:
    """Find an exercise set for the notebook in ``folder`` (default: current folder).

    Looks in ``exercises.json`` beside the notebook first (what learners have),
    then in the course's item banks (instructors running a source notebook).
    """
    folder = Path(folder or Path.cwd())
    content_path = folder / CONTENT_FILE
    if content_path.exists():
        try:
            data = json.loads(content_path.read_text(encoding="utf-8"))
            return exercise_from_dict(exercise_id, data["exercises"][exercise_id])
        except KeyError as exc:
            raise ContentMissing(
                f"The exercise '{exercise_id}' is not in {CONTENT_FILE} beside this notebook. "
                "Ask your instructor for a fresh copy of the assignment.") from exc
        except (ValueError, TypeError) as exc:
            raise ContentMissing(
                f"The file {CONTENT_FILE} beside this notebook is damaged. Ask your instructor "
                "for a fresh copy of the assignment.") from exc
    bank = _course_bank(folder)
    ex = bank.exercises.get(exercise_id)
    if ex is None:
        raise ContentMissing(f"The exercise '{exercise_id}' is not in the course's item banks.")
    return exercise_from_dict(exercise_id, learner_content(bank, ex.assignment)["exercises"][ex.id])


def _course_bank(folder: Path):
    """The course's item banks, for a master run in ``source/`` (no exercises.json)."""
    root = course_root(folder)
    if root is None:
        raise ContentMissing(
            f"The file with this assignment's questions, {CONTENT_FILE}, is missing from this "
            "folder. Ask your instructor for a fresh copy of the assignment.")
    return load_bank(root)


def _notebook_order(folder: Path) -> list[str]:
    """The sets shown by the notebook named after ``folder`` (an instructor's master)."""
    try:
        notebook = json.loads((folder / f"{folder.name}.ipynb").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return shown_sets(notebook) if isinstance(notebook, dict) else []


def load_assignment(folder: Path | str | None = None) -> list[LearnerExercise]:
    """Every exercise set of the assignment in ``folder``, in the order the page shows them.

    Reads ``exercises.json`` beside the notebook (what learners have), else the
    course's item banks (an instructor running a master in ``source/``).
    Raises :class:`ContentMissing` with a plain message when neither is there.
    """
    folder = Path(folder or Path.cwd())
    content_path = folder / CONTENT_FILE
    if content_path.exists():
        try:
            data = json.loads(content_path.read_text(encoding="utf-8"))
            return [exercise_from_dict(ex_id, body) for ex_id, body in data["exercises"].items()]
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ContentMissing(
                f"The file {CONTENT_FILE} beside this notebook is damaged. Ask your instructor "
                "for a fresh copy of the assignment.") from exc
    bank = _course_bank(folder)
    data = learner_content(bank, folder.name, _notebook_order(folder))["exercises"]
    return [exercise_from_dict(ex_id, body) for ex_id, body in data.items()]
