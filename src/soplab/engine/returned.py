"""What a learner has sent and got back: submissions and returned feedback, as data.

Read from the learner's own computer only, for "My progress":

* **Returned results**: *Fetch Feedback* puts each feedback page in
  ``<assignment>/feedback/<submission time>/<notebook>.html``. Each page the
  course writes carries a small summary in
  ``<script type="application/json" id="soplab-feedback">`` (points, the parts,
  the objectives to revisit; no answers, no keys). Only that block is read, as
  JSON with size and nesting limits; nothing in the page is run or followed.
  The newest page per assignment counts.
* **Submissions**: nbgrader keeps a copy of every submission in the learner's
  exchange cache (``Exchange.cache``, by default ``nbgrader_cache`` in Jupyter's
  data folder), one folder per submission named
  ``<learner>+<assignment>+<time>``. Only the folder names are read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from soplab._core.safeio import Refused, listdir, load_json, open_folder, read_file

__all__ = [
    "CACHE_FOLDER", "FEEDBACK_FOLDER", "MAX_PAGE_BYTES", "Result", "SUMMARY_ID",
    "SUMMARY_SCHEMA", "exchange_cache", "latest_result", "parse_time", "spoken_time",
    "submissions", "summary_from_page",
]

FEEDBACK_FOLDER = "feedback"
#: The id and schema of the summary block in the course's feedback pages
#: (written by :meth:`soplab.cohort.feedback.model.Feedback.summary`).
SUMMARY_ID = "soplab-feedback"
SUMMARY_SCHEMA = "soplab-feedback"
#: Largest feedback page read (a page is a few tens of kB).
MAX_PAGE_BYTES = 5_000_000
CACHE_FOLDER = "nbgrader_cache"


class _SummaryBlock(HTMLParser):
    """Collects the text of the first ``<script type="application/json" id=SUMMARY_ID>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self._inside = False
        self._chunks: list[str] = []
        self.text: str | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        found = dict(attrs)
        if (tag == "script" and self.text is None and found.get("id") == SUMMARY_ID
                and found.get("type") == "application/json"):
            self._inside = True

    def handle_data(self, data: str) -> None:
        if self._inside:
            self._chunks.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inside:
            self._inside = False
            self.text = "".join(self._chunks)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def summary_from_page(raw: bytes) -> dict[str, Any] | None:
    """The summary of a feedback page (its JSON block only), checked; None if absent or odd."""
    parser = _SummaryBlock()
    try:
        parser.feed(raw.decode("utf-8", errors="replace"))
        parser.close()
    except (ValueError, AssertionError):
        return None
    if not parser.text:
        return None
    try:
        data = load_json(parser.text.strip().encode("utf-8"), max_depth=4)
    except Refused:
        return None
    if not isinstance(data, dict) or data.get("schema") != SUMMARY_SCHEMA:
        return None
    points, top = _number(data.get("points")), _number(data.get("max_points"))
    if points is None or top is None:
        return None
    waiting = _number(data.get("waiting_points")) or 0.0
    parts = []
    for part in data.get("parts") or ():
        if isinstance(part, dict) and isinstance(part.get("title"), str):
            got, most = _number(part.get("points")), _number(part.get("max_points"))
            if got is not None and most is not None:
                parts.append((part["title"], got, most))
    revisit = [r for r in data.get("revisit") or () if isinstance(r, str)]
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    return {"title": title, "points": points, "max_points": top, "waiting_points": waiting,
            "parts": parts, "revisit": revisit}


def parse_time(text: str) -> datetime | None:
    """nbgrader's timestamp ("2026-12-03 14:05:09.123456 UTC") as a time, or None."""
    text = text.strip()
    utc = text.endswith(" UTC")
    stamp = text[:-len(" UTC")] if utc else text
    for shape in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
        try:
            when = datetime.strptime(stamp, shape)
        except ValueError:
            continue
        return when.replace(tzinfo=UTC) if utc else when
    return None


def spoken_time(when: datetime) -> str:
    """"3 December 2026 at 14:05", in this computer's time zone."""
    local = when.astimezone() if when.tzinfo else when
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


@dataclass(frozen=True)
class Result:
    """The newest returned feedback of one assignment."""

    assignment: str
    title: str
    points: float
    max_points: float
    waiting_points: float
    parts: tuple[tuple[str, float, float], ...]
    revisit: tuple[str, ...]
    #: When the work behind this feedback was submitted (the feedback folder's name).
    submitted: datetime | None
    #: The page, relative to the assignment's folder (for the learner to open).
    page: str


def latest_result(folder: Path | str) -> Result | None:
    """The newest feedback page the learner has fetched for the assignment in ``folder``."""
    folder = Path(folder)
    pages: list[tuple[datetime, str, str, bytes]] = []
    try:
        with open_folder(folder, FEEDBACK_FOLDER) as fd:
            stamps = [name for name, mode in listdir(fd) if stat.S_ISDIR(mode)]
    except (Refused, OSError):
        return None
    for stamp in stamps:
        try:
            with open_folder(folder, FEEDBACK_FOLDER, stamp) as fd:
                names = [n for n, mode in listdir(fd) if n.endswith(".html") and stat.S_ISREG(mode)]
                for name in sorted(names):
                    raw = read_file(fd, name, MAX_PAGE_BYTES)
                    when = parse_time(stamp) or datetime.min
                    pages.append((when, stamp, name, raw))
        except (Refused, OSError):
            continue
    found = None
    for when, stamp, name, raw in sorted(pages, key=lambda p: (p[0].replace(tzinfo=None), p[1])):
        summary = summary_from_page(raw)
        if summary is not None:
            found = Result(folder.name, summary["title"], summary["points"],
                           summary["max_points"], summary["waiting_points"],
                           tuple(summary["parts"]), tuple(summary["revisit"]),
                           None if when == datetime.min else when,
                           f"{FEEDBACK_FOLDER}/{stamp}/{name}")
    return found


def exchange_cache() -> Path:
    """Where nbgrader keeps the learner's copies of their submissions (its default)."""
    from jupyter_core.paths import jupyter_data_dir

    return Path(jupyter_data_dir()) / CACHE_FOLDER


def submissions(assignments: Iterable[str], cache: Path | str | None = None
                ) -> dict[str, list[datetime]]:
    """When each of ``assignments`` was submitted (oldest first), from the exchange cache's
    folder names; assignments never submitted are left out."""
    wanted = set(assignments)
    cache = Path(cache) if cache is not None else exchange_cache()
    found: dict[str, list[datetime]] = {}
    try:
        courses = [entry for entry in os.scandir(cache) if entry.is_dir(follow_symlinks=False)]
    except OSError:
        return found
    for course in courses:
        try:
            entries = list(os.scandir(course.path))
        except OSError:
            continue
        for entry in entries:
            parts = entry.name.split("+")
            if len(parts) < 3 or parts[1] not in wanted:
                continue
            if not entry.is_dir(follow_symlinks=False):
                continue
            when = parse_time(parts[2])
            if when is not None:
                found.setdefault(parts[1], []).append(when)
    return {name: sorted(times, key=lambda t: t.replace(tzinfo=None))
            for name, times in found.items()}
