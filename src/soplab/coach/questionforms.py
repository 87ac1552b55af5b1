"""How a whole written question reads, beyond its first question (round 11).

* :func:`counts_only`: a question that asks only for a number ("How many days did the
  kids get to school on time this week?", "How often does your sister help?"): it
  invites a one-word answer, as a yes/no question does, and asks nothing about what
  worked or who could help; the expert's scale gives it what a closed question earns.
  A count with an open question beside it ("How many mornings went well, and what was
  different on them?") is not a count only.
* :func:`mixed_forms`: two or more questions of different forms ("Your sister's already
  helped, right? Who else could you lean on?"): the coach reads the form from the first;
  a supervisor weighs them together, so a person checks the score.
"""

from __future__ import annotations

from . import lazyre as re
from .questions import read_question

__all__ = ["COUNT", "counts_only", "mixed_forms"]

#: Asking for a number: "how many", "how much", "how often", "on how many days".
COUNT = re.compile(r"\bhow\s+(?:many|much|often)\b", re.I)
#: Any other asking word: an open question beside the count.
_OTHER_ASK = re.compile(r"\b(?:what|who|whom|whose|which|why|tell me|describe|walk me|"
                        r"how(?!\s+(?:many|much|often)\b))\b|^\s*(?:when|where)\b", re.I)


def _questions(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=\?)\s+|\n", (text or "").strip())
            if s.strip().endswith("?")]


def counts_only(text: str) -> str:
    """The count a question asks for when that is all it asks (see the module doc), or ""."""
    asked = _questions(text)
    m = COUNT.search(" ".join(asked))
    if not asked or not m or any(_OTHER_ASK.search(COUNT.sub(" ", q)) for q in asked):
        return ""
    return m.group(0)


def mixed_forms(text: str) -> bool:
    """Two or more questions whose forms differ (open, closed, leading)."""
    asked = _questions(text)
    return len(asked) >= 2 and len({read_question(q).form for q in asked}) > 1
