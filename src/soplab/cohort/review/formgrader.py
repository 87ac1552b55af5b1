"""What formgrader shows under a graded writing set's grade cell: for each
question, the rubric line, the learner's answer as the coach reads it, and the
suggested score; and whether the part waits for a person.

Instructor side only (formgrader's view of ``autograded/``); every text from the
learner or the coach is escaped.
"""

from __future__ import annotations

from html import escape

from soplab.engine.items import label_kind
from soplab.engine.scoring import SetScore

from .reading import Reading

__all__ = ["confidence_words", "points_text", "reading_html", "reading_text"]

_BOX = ("border:1px solid #888;border-left:6px solid {colour};padding:0.4rem 0.8rem;"
        "margin:0.4rem 0;background:#fff")


def points_text(value: float) -> str:
    """Points as a person writes them: 2, 1.5, 0.25 (two decimals at most)."""
    return f"{round(float(value), 2):g}"


def confidence_words(reading: Reading) -> str:
    a = reading.assessment
    return f"{'sure' if not a.needs_review else 'not final'} (confidence {float(a.confidence):.2f})"


def reading_text(reading: Reading) -> list[str]:
    """The coach's reading in plain lines (also what ``soplab review`` prints)."""
    a = reading.assessment
    asked = reading.expected_kind
    kind = f"reads as {a.kind_read or 'nothing it recognises'}"
    kind += " (the kind asked for)" if a.kind_read == label_kind(asked) and not a.wrong_kind \
        else f" (asked for: {asked})"
    lines = [f"Coach: {kind}; {confidence_words(reading)}."]
    said = []
    for f in a.findings:
        quote = f' Words: "{f.evidence}".' if f.evidence and f.evidence not in f.message \
            else ""
        lines.append(f"Finding ({f.lesson}): {f.message}{quote}")
        said.append(f.message)
    for reason in a.reasons or ():
        if not any(reason.startswith(m) for m in said):
            lines.append(f"Why a person checks it: {reason}")
    lines.append(f"Suggested score: {points_text(reading.suggested)} of "
                 f"{points_text(reading.max_points)} (automatic: "
                 f"{points_text(reading.points)}).")
    return lines


def reading_html(readings: list[Reading], rubrics: dict[str, str], score: SetScore) -> str:
    """The block shown under a writing set's grade cell in formgrader."""
    by_item = {r.item: r for r in readings}
    waiting = any(r.needs_review for r in readings)
    head = ("<p><strong>In the review queue:</strong> a person sets this part's score. Read "
            "each answer against its rubric line and type the part's score in the box above; "
            "saving it closes the part (or use <code>soplab review</code>, which also saves "
            "a comment for the learner)."
            "</p>" if waiting else
            "<p><strong>Scored automatically:</strong> the coach read every answer of this "
            "part with confidence. Type a score above to change it.</p>")
    out = [f'<div class="soplab-review">{head}']
    each = score.max_points / max(1, len(score.credit))
    for number, item in enumerate(score.credit, start=1):
        reading = by_item.get(item)
        colour = "#b3261e" if reading and reading.needs_review else "#1b7a3a"
        out.append(f'<div style="{_BOX.format(colour=colour)}">')
        out.append(f"<p><strong>Question {number}</strong> ({escape(item)})")
        if reading is None:
            out.append(f": not answered, 0 of {points_text(each)}.</p>")
        else:
            state = "waits for a person" if reading.needs_review else "scored automatically"
            out.append(f": {state}.</p>")
        rubric = rubrics.get(item, "(no rubric line: add one to data/rubrics/writing.csv)")
        out.append(f"<p><em>Rubric:</em> {escape(rubric)}</p>")
        if reading is not None:
            out.append(f'<p><em>Answer:</em></p><blockquote style="white-space:pre-wrap">'
                       f"{escape(reading.text)}</blockquote><ul>")
            out += [f"<li>{escape(line)}</li>" for line in reading_text(reading)]
            out.append("</ul>")
        out.append("</div>")
    out.append("</div>")
    return "".join(out)
