"""Going through the review queue in a terminal, one answer after another.

:func:`run_session` shows each group (one question, the same findings), then
each waiting answer with the rubric line, the coach's reading and its suggested
score (the automatic points to the nearest quarter point). One key accepts
the suggestion (Enter or ``a``); a number is the
person's own score for that answer; ``s`` leaves the part in the queue; ``q``
stops (everything decided so far is already saved). Then an optional comment
for the learner. The part's points (the decided answers plus the automatic
points of the part's other answers) and the comment are saved at once.

Learners are not named on screen: answers are read blind, which keeps the
grading fair. Text from learners is shown with control characters removed, so
an answer cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .formgrader import points_text, reading_text
from .queue import Entry, Group
from .record import ReviewError

__all__ = ["KEYS_HELP", "SessionResult", "parse_score", "run_session", "safe_text"]

KEYS_HELP = ("Keys: Enter or a = accept the suggested score; a number (e.g. 1.5) = your "
             "score for this answer; s = skip (the part stays in the queue); q = stop "
             "(what you decided is saved); ? = these keys.")


@dataclass
class SessionResult:
    saved: int = 0
    skipped: int = 0
    failed: int = 0
    stopped: bool = False
    left: int = 0


class _Stop(Exception):
    pass


def safe_text(text: str) -> str:
    """Learner text fit for a terminal: control and format characters become '?'."""
    return "".join(ch if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
                   else "?" for ch in text)


def parse_score(reply: str, top: float) -> float | None:
    """A typed score within 0..top (a decimal comma is fine), or None."""
    try:
        value = float(reply.strip().replace(",", "."))
    except ValueError:
        return None
    return value if 0.0 <= value <= top and value == value else None


def _ask_score(ask, say, prompt: str, suggestion: float, top: float) -> float | None:
    """The score for one answer (None: skip). Raises _Stop on q or end of input."""
    while True:
        reply = ask(prompt)
        if reply is None:
            raise _Stop
        reply = reply.strip()
        if reply in ("", "a", "A"):
            return suggestion
        if reply.lower() == "q":
            raise _Stop
        if reply.lower() == "s":
            return None
        if reply == "?":
            say(KEYS_HELP)
            continue
        value = parse_score(reply, top)
        if value is not None:
            return value
        say(f"'{safe_text(reply)[:20]}' is not a score: type a number from 0 to "
            f"{points_text(top)}, or Enter to accept {points_text(suggestion)}.")


def _show(reading, say, rubrics: dict[str, str]) -> None:
    say(f"Question {reading.number} ({reading.item}), worth "
        f"{points_text(reading.max_points)}:")
    if reading.item in rubrics:
        say(f"  Rubric: {rubrics[reading.item]}")
    say("  Answer:")
    say("\n".join(f"  | {line}" for line in safe_text(reading.text).splitlines()))
    for line in reading_text(reading):
        say(f"  {safe_text(line)}")


def _decide(entry: Entry, ask, say, rubrics: dict[str, str]) -> tuple[float, str] | None:
    """(the part's points, a comment), or None to skip. A part a person graded before
    (reopened by a new autograde) is decided as a whole, and Enter keeps that grade."""
    top = points_text(entry.max_points)
    if entry.manual_score is not None or not entry.waiting:
        for reading in entry.waiting:
            _show(reading, say, rubrics)
        if entry.manual_score is not None:
            say(f"A person graded this part before: {points_text(entry.manual_score)} of "
                f"{top}; it was autograded again since.")
            keep, what = entry.manual_score, "keep"
        else:
            say("No answer to read in this part; it was reopened for a person.")
            keep, what = entry.auto_score, "accept"
        total = _ask_score(ask, say, f"Score for the whole part, 0 to {top} [Enter = {what} "
                                     f"{points_text(keep)}]: ", keep, entry.max_points)
        if total is None:
            return None
    else:
        decided: dict[str, float] = {}
        for reading in entry.waiting:
            _show(reading, say, rubrics)
            score = _ask_score(ask, say, f"Score for this answer, 0 to "
                                         f"{points_text(reading.max_points)} [Enter = "
                                         f"{points_text(reading.suggested)}]: ",
                               reading.suggested, reading.max_points)
            if score is None:
                return None
            decided[reading.item] = score
        total = entry.total_with(decided)
    comment = ask("Comment for the learner (Enter for none"
                  + (", or to keep the earlier one" if entry.comment else "") + "): ")
    if comment is None:
        raise _Stop
    return total, comment


def run_session(groups: list[Group], *, ask: Callable[[str], str | None],
                say: Callable[[str], None], save: Callable[[Entry, float, str], None],
                rubrics: dict[str, str] | None = None) -> SessionResult:
    """Go through ``groups``; ``ask(prompt)`` returns a reply or None at the end of the
    input; ``save(entry, points, comment)`` writes one decision."""
    rubrics = rubrics or {}
    result = SessionResult()
    total = sum(len(g.entries) for g in groups)
    position = 0
    say(KEYS_HELP)
    try:
        for number, group in enumerate(groups, start=1):
            say(f"\n=== Group {number} of {len(groups)}: {group.title} "
                f"({len(group.entries)} part{'s' if len(group.entries) != 1 else ''}) ===")
            for entry in group.entries:
                position += 1
                say(f"\n--- [{position}/{total}] {entry.title} ---")
                decision = _decide(entry, ask, say, rubrics)
                if decision is None:
                    result.skipped += 1
                    say("Skipped: it stays in the queue.")
                    continue
                points, comment = decision
                try:
                    save(entry, points, comment)
                except ReviewError as exc:
                    result.failed += 1
                    say(f"Not saved: {exc}")
                    continue
                result.saved += 1
                say(f"Saved: {points_text(points)} of {points_text(entry.max_points)} points "
                    "for this part.")
    except _Stop:
        result.stopped = True
    result.left = total - result.saved
    return result
