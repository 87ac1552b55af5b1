"""Feedback for people: plain text, a full HTML view and a compact live checklist.

Items the text has show a tick, the word "found" and the learner's own words in
quotes; missing items show a cross, the word "missing" and what to add. An
absence ("will not ...") is named first, before the checklist, because the
lessons teach it first. Symbols and words always carry the meaning, so nothing
depends on colour.
"""

from __future__ import annotations

from html import escape

from .questions import SF_DESCRIPTIONS
from .result import CoachResult

__all__ = [
    "FIRST_FLAGS", "Feedback", "KIND_NAMES", "SURE", "certainty", "checklist_html",
    "component_line", "first_flags", "headline", "notices", "other_flags", "question_line",
    "quoted",
    "render_html", "render_text",
]

#: Plain names for each kind (used in feedback).
KIND_NAMES = {
    "harm": "a harm statement",
    "danger": "a danger statement",
    "goal": "a safety goal",
    "plan": "a safety plan step",
    "question": "a question",
    "other": "none of the statement types yet",
}

TICK, CROSS, BULLET = "\u2713", "\u2717", "\u2022"

_FORM_WORDS = {"open": "an open question", "closed": "a closed (yes or no) question",
               "leading": "a leading question"}
_TYPE_WORDS = {"preferred_future": "preferred future", "what_else": "what else",
               "relationship": "relationship", "network": "network"}


#: Confidence at or above which the coach says it is sure.
SURE = 0.6
#: Flags that are named before the checklist (the lessons teach them first).
FIRST_FLAGS = ("absence_goal",)


def certainty(confidence: float) -> str:
    """Confidence in words a learner understands: "sure" or "not sure"."""
    return "sure" if confidence >= SURE else "not sure"


def headline(r: CoachResult) -> str:
    if not r.text:
        return "There is nothing to look at yet. Write a statement or a question first."
    because = f" ({quoted(r.evidence)})" if r.evidence else ""
    if r.kind == "other":
        line = "This does not read as any of the statement types yet."
    elif certainty(r.confidence) == "sure":
        line = f"This reads as {KIND_NAMES[r.kind]}{because}, and the coach is sure."
    else:
        line = f"This may be {KIND_NAMES[r.kind]}{because}, but the coach is not sure."
    if r.checked_as and r.checked_as != r.kind:
        line += f" It was checked as {KIND_NAMES[r.checked_as]}, as the exercise asks."
    return line


def notices(r: CoachResult) -> list[tuple[str, str]]:
    """(title, words) shown before the checklist: harmful practice first (with the
    lesson it breaks), then a wrong kind, then a text read only in part."""
    out = [("Safety first", f"{f.message} (Lesson: {f.lesson}.)") for f in r.findings]
    if r.wrong_kind:
        out.append(("Another kind", f"This item asks for {KIND_NAMES[r.checked_as]}, but "
                    f"{r.wrong_kind_reason}. Written as it is, it can earn at most a quarter "
                    "of the points."))
    if r.truncated:
        out.append(("Long text", f"The coach read only the first {r.read_chars:,} characters. "
                    "Keep the statement to a short paragraph."))
    return out


def question_line(r: CoachResult) -> str:
    if r.question_form is None:
        return ""
    line = f"It is {_FORM_WORDS.get(r.question_form, 'a question')}"
    if r.question_type in SF_DESCRIPTIONS:
        name = _TYPE_WORDS.get(r.question_type, r.question_type)
        article = "an" if name[0] in "aeiou" else "a"
        line += f", and {article} {name} question: it {SF_DESCRIPTIONS[r.question_type]}"
    return line + "."


def quoted(words: str) -> str:
    return f"\u201c{words}\u201d"


def component_line(c) -> str:
    if c.present:
        return f"{TICK} {c.label} \u2014 found: {quoted(c.evidence)}"
    line = f"{CROSS} {c.label} \u2014 missing: {c.hint}"
    return line + (f" (you wrote {quoted(c.evidence)})" if c.evidence else "")


def first_flags(r: CoachResult) -> list:
    return [f for f in r.flags if f.code in FIRST_FLAGS]


def other_flags(r: CoachResult) -> list:
    return [f for f in r.flags if f.code not in FIRST_FLAGS]


def render_text(r: CoachResult) -> str:
    """Plain-text feedback (what ``str(result)`` shows)."""
    lines = [headline(r)]
    q = question_line(r)
    if q:
        lines.append(q)
    lines += [f"{title}: {words}" for title, words in notices(r)]
    lines += [f"First: {f.message}" for f in first_flags(r)]
    if r.components:
        lines += ["", "Checklist:"] + [f"  {component_line(c)}" for c in r.components]
    rest = other_flags(r)
    if rest:
        lines += ["", "Suggestions:"] + [f"  {BULLET} {f.message}" for f in rest]
    elif r.text and not r.flags and not r.findings:
        lines += ["", "No wording problems spotted."]
    return "\n".join(lines)


def _items(r: CoachResult) -> str:
    rows = []
    for c in r.components:
        if c.present:
            rows.append(f'<li class="soplab-coach-present"><span aria-hidden="true">{TICK}</span> '
                        f"<strong>{escape(c.label)}</strong> \u2014 <em>found</em>: "
                        f"{escape(quoted(c.evidence))}</li>")
        else:
            wrote = f" (you wrote {escape(quoted(c.evidence))})" if c.evidence else ""
            rows.append(f'<li class="soplab-coach-missing"><span aria-hidden="true">{CROSS}</span> '
                        f"<strong>{escape(c.label)}</strong> \u2014 <em>missing</em>: "
                        f"{escape(c.hint)}{wrote}</li>")
    return "".join(rows)


def _flag_items(flags: list) -> str:
    return "".join(f"<li>{escape(f.message)}</li>" for f in flags)


def checklist_html(r: CoachResult) -> str:
    """A compact checklist for live feedback, announced politely to screen readers.

    Each component is a symbol plus words ("✓ Who is worried — found: “...”" or
    "✗ Impact on the child — missing: add ..."); an absence is named first, other
    flags follow the checklist with their suggestion.
    """
    parts = ['<div class="soplab-coach-checklist" role="status" aria-live="polite">',
             f"<p>{escape(headline(r))}</p>"]
    q = question_line(r)
    if q:
        parts.append(f"<p>{escape(q)}</p>")
    parts += [f'<p class="soplab-coach-notice"><strong>{escape(title)}:</strong> '
              f"{escape(words)}</p>" for title, words in notices(r)]
    parts += [f'<p class="soplab-coach-first"><strong>First:</strong> {escape(f.message)}</p>'
              for f in first_flags(r)]
    if r.components:
        parts.append(f'<ul class="soplab-coach-items">{_items(r)}</ul>')
    rest = other_flags(r)
    if rest:
        parts.append(f'<p>Suggestions:</p><ul class="soplab-coach-flags">{_flag_items(rest)}</ul>')
    parts.append("</div>")
    return "".join(parts)


def render_html(r: CoachResult) -> str:
    """Full HTML view (``_repr_html_``): the text itself, then the checklist."""
    quote = f"<blockquote>{escape(r.text)}</blockquote>" if r.text else ""
    return (f'<section class="soplab-coach" aria-label="Statement coach feedback">{quote}'
            f"{checklist_html(r)}</section>")


class Feedback(CoachResult):
    """A coach result that prints as plain feedback (``str``) and shows as HTML in a
    notebook. :func:`soplab.coach.analyse` returns these."""

    def __str__(self) -> str:
        return render_text(self)

    def _repr_html_(self) -> str:
        return render_html(self)
