"""Which feedback pages have been returned to the learners (nbgrader's exchange state).

nbgrader's ``release_feedback`` puts each page into the exchange as
``<exchange>/<course>/feedback/<hash>.html``, the hash made from the learner's
submission token and the notebook's name. A page counts as returned when that
file exists and holds the same page as ``feedback/<learner>/<assignment>/``
(a page written again after a hand grade changed is not returned yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from soplab._core.safeio import Refused, open_folder, read_file
from soplab.cohort.autograde.submissions import SECRET_FILE, SECRET_PATTERN
from soplab.course.config import course_config, course_id

__all__ = ["FeedbackState", "feedback_state"]

_MAX_PAGE = 20_000_000


@dataclass(frozen=True)
class FeedbackState:
    """Feedback pages of one assignment: learners with a page, and those returned."""

    assignment: str
    written: int = 0
    returned: int = 0
    #: False when the course has no exchange folder (nothing can be known returned)
    known: bool = True

    @property
    def all_returned(self) -> bool:
        return self.known and self.written > 0 and self.returned == self.written


def _outbound(root: Path) -> Path | None:
    configured = course_config(root).get("Exchange", {}).get("root")
    if not configured:
        return None
    return Path(str(configured)) / course_id(root) / "feedback"


def _read(folder: Path, name: str, limit: int) -> bytes | None:
    try:
        with open_folder(folder) as fd:
            return read_file(fd, name, limit)
    except (Refused, OSError):
        return None


def feedback_state(root: Path | str, assignment: str) -> FeedbackState:
    """How many learners have a feedback page for ``assignment``, and how many of those
    pages are in the exchange as they are now."""
    from nbgrader.utils import notebook_hash

    root = Path(root)
    outbound = _outbound(root)
    written = returned = 0
    for folder in sorted((root / "feedback").glob(f"*/{assignment}")):
        pages = sorted(p for p in folder.glob("*.html") if not p.is_symlink())
        if not pages or folder.is_symlink():
            continue
        written += 1
        if outbound is None:
            continue
        token = (_read(folder, SECRET_FILE, 200) or b"").decode("ascii", "replace").strip()
        if not SECRET_PATTERN.fullmatch(token):
            continue
        if all(_read(folder, p.name, _MAX_PAGE) is not None and
               _read(outbound, f"{notebook_hash(secret=token, notebook_id=p.stem)}.html",
                     _MAX_PAGE) == _read(folder, p.name, _MAX_PAGE) for p in pages):
            returned += 1
    return FeedbackState(assignment, written, returned, outbound is not None)
