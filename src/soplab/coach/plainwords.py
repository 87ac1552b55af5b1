"""A statement told in chart words or hedged: its plain-words part is thin.

The expert's scale gives 1 to a statement with every part "in plain behavioural words".
A harm or danger statement that tells the child's injury in medical or chart words
("a laceration requiring sutures", "regressive enuresis", "impacted emotionally") has
every fact but not in words the family could hear; a harm statement that hedges what
is known ("it seems", "reportedly", "as we understand it") softens the account of harm.
A supervisor takes a grade off either (0.75 with the rest there). A danger statement's
hedges are not read: its future is uncertain by nature ("could perhaps").

The words are ``clinical_word`` and ``hedge`` in ``data/lexicon/cues.csv``; formal but
plain words ("ingested", "sustained a cut", "intervened") are not there.
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .lexicon import load_lexicon
from .result import CoachResult

__all__ = ["report_words"]


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()
    return (re.compile(lex.cue_regex("clinical_word"), re.I),
            re.compile(lex.cue_regex("hedge"), re.I))


def report_words(result: CoachResult) -> str:
    """The chart word or hedge a harm or danger statement is told in (see the module
    doc), or ""."""
    if result.checked_as not in ("harm", "danger"):
        return ""
    clinical, hedge = _words()
    m = clinical.search(result.text or "")
    if not m and result.checked_as == "harm":
        m = hedge.search(result.text or "")
    return m.group(0) if m else ""
