"""A danger statement whose impact on the child is told only in general.

The expert's scale asks a danger statement for what could happen to each child if
nothing changes. "The kids could get hurt", "Lily might be harmed", "Tommy could be
hurt" name a harm but not what the child could do or suffer: the supervisor counts the
impact as thin, a part missing (0.75 with the rest there). It is not thin when the
statement says anything more about the child: a specific harm or fear ("keep hiding",
"overdose", "cut", "miss school"), what the child could do or get into ("get into her
pills", "wander outside", "step in"), or that nobody is there to watch ("with no adult
awake"): the child's situation is then the impact.

The general harm words are ``generic_impact`` in ``data/lexicon/cues.csv``; every other
``impact`` cue is a specific one.
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .lexicon import load_lexicon
from .ownwords import NO_ADULT
from .result import CoachResult
from .truecase import course_children

__all__ = ["CHILD_DOES", "generic_impact", "no_child"]

#: What a child could do or get into, told as the danger: "get into her pills", "get
#: hold of the tablets", "reach the medicine", "step in", "get in the middle", "try to
#: protect her mom", "wander out", "walk out the door", "leave the house", "touch the stove".
CHILD_DOES = re.compile(
    r"\b(?:get|gets|got|getting|cud get)\s+(?:in|into|to|hold of|at|between|out)\b|\breach\w*"
    r"|\bstep\w*\s+in\b|\bin the middle\b|\bbetween them\b|\b(?:try|tries|trying)\s+to\b"
    r"|\bprotect\w*|\bstop (?:him|her|them|it|the)\b|\bpills?\b|\btablets?\b|\bmedic\w+"
    r"|\bwalk\w*\s+(?:out|off|away)\b|\bleav\w*\s+the\s+(?:house|home|yard|apartment)\b"
    r"|\b(?:stove|oven|knife|knives|pool|stairs|road|street|traffic|lighter|matches)\b", re.I)


@lru_cache(maxsize=1)
def _impact_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()
    return (re.compile(rf"\b(?:{lex.cue_regex('impact')})", re.I),
            re.compile(rf"^(?:{lex.cue_regex('generic_impact')})$", re.I))


@lru_cache(maxsize=1)
def _a_child() -> re.Pattern[str]:
    """A child in a text: a child word, one of the course's children, an age ("Lily, 5,",
    "Ari (9)", "a 5-year-old"), the family or household the child lives in."""
    names = "|".join(sorted(course_children(), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{load_lexicon().cue_regex('child')}|{names}|family|household|"
                      r"home|everyone|everybody)\b|\b\d{1,2}\s*-?\s*(?:years?|yrs?|months?)"
                      r"[\s-]*old\b|\(\s*(?:age\s*)?\d{1,2}\s*\)|,\s*(?:age\s*)?\d{1,2}\s*[,.;]"
                      r"|\b(?:age|aged)\s+\d{1,2}\b", re.I)


def no_child(result: CoachResult) -> bool:
    """A danger statement whose outlook names no child at all: what could happen is told
    only of the adults ("I'm worried Dad could hurt Mum again"). The expert's scale asks
    what could happen to the child: the impact and the outlook are there for the adults
    only, so the child's two parts are missing (the score counts two)."""
    if result.checked_as != "danger" or not any(
            c.name == "future" and c.present for c in result.components):
        return False
    return not _a_child().search(result.text or "")


def generic_impact(result: CoachResult) -> str:
    """The general harm a danger statement tells as its only impact ("could get hurt"),
    or "" (see the module doc)."""
    if result.checked_as != "danger" or not any(
            c.name == "impact" and c.present for c in result.components):
        return ""
    text = result.text or ""
    if NO_ADULT.search(text) or CHILD_DOES.search(text):
        return ""
    impact, general = _impact_words()
    hits = [m.group(0) for m in impact.finditer(text)]
    if not hits or not all(general.match(h) for h in hits):
        return ""
    return hits[0]
