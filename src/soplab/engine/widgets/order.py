"""The order in which one learner sees the options of a choice question.

Learners used to quiz tools expect options that are not always in the same
place, and a fixed order lets people learn positions instead of content. Each
learner therefore gets an order of their own, stable across restarts and
visits: it is derived from who the learner is and which set (classify) or
question (scenario) it is, never stored with the answers. Only the *display*
changes; the saved value stays the option text (classify) or the letter of the
option as written (scenario), so grading and analytics read what they always did.

Who the learner is, in order of preference: JupyterHub's ``JUPYTERHUB_USER``;
the account name; else a random id kept in ``answers/.learner`` beside the
notebook (the grader reads only ``answers/<set>.json``, so this file is never
graded). A set marked ``keep_order`` keeps the order written.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import random
import secrets
from pathlib import Path

from ..answers import ANSWERS_DIR
from ..content import LearnerExercise, LearnerItem

__all__ = ["LEARNER_FILE", "display_order", "learner_key"]

#: Where a learner without an account name keeps their random id (beside the answers).
LEARNER_FILE = ".learner"


def _account_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # a container user without a passwd entry
        return ""


def learner_key(folder: Path | str | None = None, *, create: bool = True) -> str:
    """A stable name for the learner working in ``folder`` (the notebook's folder).

    ``create=False`` (automatic runs such as Validate or autograding) never
    writes the random-id file into a submission; without a name it returns "".
    """
    user = os.environ.get("JUPYTERHUB_USER", "").strip() or _account_name().strip()
    if user:
        return f"user:{user}"
    path = Path(folder or Path.cwd()) / ANSWERS_DIR / LEARNER_FILE
    try:
        kept = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        kept = ""
    if kept:
        return f"id:{kept[:64]}"
    if not create:
        return ""
    kept = secrets.token_hex(8)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(kept + "\n", encoding="utf-8")
    except OSError:
        return ""  # a read-only folder: the written order, every time
    return f"id:{kept}"


def _permutation(count: int, *parts: str) -> list[int]:
    seed = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    order = list(range(count))
    random.Random(int.from_bytes(seed[:8], "big")).shuffle(order)
    return order


def display_order(exercise: LearnerExercise, item: LearnerItem, learner: str) -> list[int]:
    """Indexes into ``item.options``, in the order this learner sees them.

    Classify sets share one list of options, so every question of a set shows
    the same order (seeded by the set); scenario questions each have their own.
    """
    count = len(item.options)
    if exercise.keep_order or not learner or count < 2:
        return list(range(count))
    if exercise.widget == "classify":
        return _permutation(count, learner, exercise.id)
    return _permutation(count, learner, exercise.id, item.id)
