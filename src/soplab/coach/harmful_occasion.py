"""A quarrel with the partner told as the occasion of his violence (rule
``dv-partner-trigger``, declared in :mod:`soplab.coach.safety_rules`), read from the
``quarrel_at`` cue group of ``data/lexicon/cues.csv``: after "when", "whenever", "if",
"each time" or "every time", one partner going at the other in words, with the other
partner as its object ("when he gets on her case about the credit cards", "if Dad picks a
fight with Mum", "every time Tom has a go at Sarah about the car"). The quarrel is made
the cause; the violence is his choice.

Not an occasion: a time or a state with no partner as its object ("when he has been
drinking", "when he gets home late"), a quarrel with a child or a neighbour, a quarrel told
without violence in the text.
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import VIOLENCE, dv_context, object_after, quote, side
from .harmful_fault import cue_pattern
from .reading import Reading

__all__ = ["GIVES_WORD", "quarrel_as_occasion"]

_OFFICE = (r"(?:the\s+|her\s+|their\s+|a\s+)?(?:\w+\s+)?(?:social\s+worker|worker|caseworker|"
           r"case\s+worker|CWS|DCFS|CPS|SW|agency|department|probation|court|team|me|us)")
_WORD_OF = (r"(?:(?:an?|regular|weekly|monthly|daily|any|the\s+latest|short|quick|full)\s+)*"
            r"(?:updates?|reports?|rundowns?|heads[- ]ups?|word|news|feedback|accounts?|"
            r"check-?ins?|progress\s+reports?)")
#: Word passed on to the office, told with a giving verb ("give the worker an update at
#: every home visit", "send CWS a weekly report", "provide updates to the worker", "check in
#: with the worker"): read by :func:`soplab.coach.harmful_monitor.survivor_monitors` with
#: the partner he hurts as the one who gives it.
GIVES_WORD = re.compile(
    r"^(?:(?:also|then|always|\w+ly)\s+)*(?:(?:give|send|pass|provide|bring|offer)(?:s|es)?\s+"
    + _OFFICE + r"\s+" + _WORD_OF + r"|(?:give|send|pass\s+on|provide|make|do)(?:s|es)?\s+"
    + _WORD_OF + r"\s+(?:to|for|with)\s+" + _OFFICE
    + r"|check(?:s)?\s+in\s+(?:regularly\s+|weekly\s+)?with\s+" + _OFFICE + r")\b", re.I)
_WHEN = re.compile(r"\b(?:when(?:ever)?|if|each\s+time|every\s+time|any\s+time|once)\s+"
                   r"(?:[\w.']+\s+){0,4}$", re.I)
_HER = re.compile(r"\b(?:her|him|his\s+(?:wife|partner|girlfriend)|her\s+(?:husband|partner|"
                  r"boyfriend))\b", re.I)


def quarrel_as_occasion(r: Reading) -> str:
    """One partner's quarrel with the other, told as when his violence comes."""
    pat = cue_pattern(r, "quarrel_at")
    if pat is None or not (dv_context(r) or VIOLENCE.search(r.text)):
        return ""
    for m in pat.finditer(r.text):
        when = _WHEN.search(r.text, max(0, m.start() - 40), m.start())
        if not when or re.search(r"[,;]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!Mrs)\.\s",
                                 r.text[when.start():m.start()]):
            continue
        inside = _HER.search(m.group(0))  # "gets on her case"
        obj = object_after(r, m.end())
        partner = bool(inside) or bool(obj) and (
            obj.lower() in {"her", "him"} or side(r, obj) == "adult" and not r.child_like(obj))
        if partner:
            return quote(r, when.start(), m.end() + (len(obj) + 1 if obj and not inside else 0))
    return ""
