"""Feedback for people: plain text, a full HTML view and a compact live checklist.

Present items show a tick and the words that satisfied them; missing items show
a cross and what to add. Symbols and words always carry the meaning, so nothing
depends on colour.
"""

from __future__ import annotations

from html import escape

from soplab.coach.questions import SF_DESCRIPTIONS
from soplab.coach.result import KIND_NAMES, CoachResult

TICK, CROSS, BULLET = "\u2713", "\u2717", "\u2022"

_FORM_WORDS = {"open": "an open question", "closed": "a closed (yes or no) question",
               "leading": "a leading question"}
_TYPE_WORDS = {"preferred_future": "preferred future", "what_else": "what else",
               "relationship": "relationship", "network": "network"}


def certainty(confidence: float) -> str:
    """Confidence in words."""
    if confidence >= 0.75:
        return "fairly sure"
    if confidence >= 0.5:
        return "somewhat sure"
    return "not sure"


def headline(r: CoachResult) -> str:
    if not r.text:
        return "There is nothing to look at yet. Write a statement or a question first."
    line = f"This reads as {KIND_NAMES[r.kind]} ({certainty(r.confidence)})."
    if r.checked_as and r.checked_as != r.kind:
        line += f" It was checked as {KIND_NAMES[r.checked_as]}, as the exercise asks."
    return line


def question_line(r: CoachResult) -> str:
    if r.question_form is None:
        return ""
    line = f"It is {_FORM_WORDS.get(r.question_form, 'a question')}"
    if r.question_type in SF_DESCRIPTIONS:
        name = _TYPE_WORDS.get(r.question_type, r.question_type)
        article = "an" if name[0] in "aeiou" else "a"
        line += f", and {article} {name} question: it {SF_DESCRIPTIONS[r.question_type]}"
    return line + "."


def component_line(c) -> str:
    if c.present:
        return f"{TICK} {c.label}: {c.evidence}"
    return f"{CROSS} {c.label} \u2014 {c.hint}"


def render_text(r: CoachResult) -> str:
    """Plain-text feedback (what ``str(result)`` shows)."""
    lines = [headline(r)]
    q = question_line(r)
    if q:
        lines.append(q)
    if r.components:
        lines += ["", "Checklist:"] + [f"  {component_line(c)}" for c in r.components]
    if r.flags:
        lines += ["", "Suggestions:"] + [f"  {BULLET} {f.message}" for f in r.flags]
    elif r.text:
        lines += ["", "No wording problems spotted."]
    return "\n".join(lines)


def _items(r: CoachResult) -> str:
    rows = []
    for c in r.components:
        if c.present:
            rows.append(f'<li class="soplab-coach-present"><span aria-hidden="true">{TICK}</span> '
                        f"<strong>{escape(c.label)}</strong>: {escape(c.evidence)}"
                        f'<span class="soplab-sr"> (present)</span></li>')
        else:
            rows.append(f'<li class="soplab-coach-missing"><span aria-hidden="true">{CROSS}</span> '
                        f"<strong>{escape(c.label)}</strong> \u2014 {escape(c.hint)}"
                        f'<span class="soplab-sr"> (missing)</span></li>')
    return "".join(rows)


def _flag_items(r: CoachResult) -> str:
    return "".join(f"<li>{escape(f.message)}</li>" for f in r.flags)


def checklist_html(r: CoachResult) -> str:
    """A compact checklist for live feedback, announced politely to screen readers.

    Each component is a symbol plus words ("✓ Who is worried: ..." or
    "✗ Impact on the child — add ..."); flags follow with their suggestion.
    """
    parts = ['<div class="soplab-coach-checklist" role="status" aria-live="polite">',
             f"<p>{escape(headline(r))}</p>"]
    q = question_line(r)
    if q:
        parts.append(f"<p>{escape(q)}</p>")
    if r.components:
        parts.append(f'<ul class="soplab-coach-items">{_items(r)}</ul>')
    if r.flags:
        parts.append(f'<p>Suggestions:</p><ul class="soplab-coach-flags">{_flag_items(r)}</ul>')
    parts.append("</div>")
    return "".join(parts)


def render_html(r: CoachResult) -> str:
    """Full HTML view (``_repr_html_``): the text itself, then the checklist."""
    quote = f"<blockquote>{escape(r.text)}</blockquote>" if r.text else ""
    return (f'<section class="soplab-coach" aria-label="Statement coach feedback">{quote}'
            f"{checklist_html(r)}</section>")
