"""A statement or goal that names one child of a family and leaves the others out.

The expert's scale asks a danger statement for what could happen to each child if
nothing changes: "Tommy could get into her pills again" for the Tsosies, with nothing of
Kai, or "Vy could be hurt stepping in" with nothing of Bao, has that part thin (0.75 with
the rest there). A harm statement is read the same way (what happened to each child:
Tommy's pills with nothing of Kai's missed school, Vy's cut with nothing of Bao's hiding),
and so is a goal (what each child will live: Tommy safe with an awake adult, nothing of
Kai at school). The course's children and their families are ``names.csv``'s ``child``
and ``family`` columns (from ``data/cast.csv``). A statement that speaks of the children
together ("the kids", "both boys", "his brother") or names a second child of the family
keeps the part whole; a brother or sister who is an adult's ("since her brother died",
"her sister Lorraine", "Renee's brother") is not a child's; a name outside the course (a
real-world statement) is not read.
"""

from __future__ import annotations

from functools import lru_cache

from soplab._core.paths import data_path

from . import lazyre as re
from .lexicon import read_rows
from .result import CoachResult
from .truecase import course_children, course_people

__all__ = ["TOGETHER", "adult_siblings", "child_left_out", "families"]

#: The children told together, or a brother or sister told without a name.
TOGETHER = re.compile(r"\b(?:kids|children|both|siblings|brothers?|sisters?|boys|girls|"
                      r"the (?:two|three)|all (?:two|three)|each (?:child|kid)|"
                      r"(?:\w+\s+)?and (?:his|her) (?:\w+\s+)?(?:brother|sister))\b", re.I)


#: A death or a grief told around a brother or sister: "since her brother died", "grieving
#: her brother", "sad about her brother", "after losing his sister", "her brother's death".
_LOSS = (r"(?:died|death|dead|los(?:s|t|ing)|grie\w*|mourn\w*|sad(?:ness)?|sorrow|bereave\w*|"
         r"passing|passed|funeral)")
_SIBLING = r"(?:brother|sister|sibling)s?"


@lru_cache(maxsize=1)
def _adult_sibling() -> re.Pattern[str]:
    adults = "|".join(sorted((re.escape(n) for n in course_people() if n not in
                              course_children()), key=len, reverse=True)) or "(?!x)x"
    caregiver = r"(?:mom|mum|mother|mama|dad|father|papa|parents?|grandm\w+|grandp\w+|nan|aunt\w*)"
    return re.compile(
        # a loss before it, within a few words: "grieving her brother", "sad about her sister"
        rf"\b{_LOSS}\s+(?:\w+\s+){{0,2}}?{_SIBLING}\b"
        # a loss after it: "her brother died", "her brother's death", "brother Ray passed"
        rf"|\b{_SIBLING}(?:'s)?(?:\s+(?-i:[A-Z]\w+))?\s+(?:\w+\s+)?{_LOSS}\b"
        # an adult's own: "Renee's brother", "her sister Lorraine", "his brother Phuoc"
        rf"|\b(?:{adults})'s\s+(?:\w+\s+)?{_SIBLING}\b|\b{_SIBLING},?\s+(?:{adults})\b"
        # told beside the parent's own mother: "her mom and sister", "mother or sister"
        rf"|\b{caregiver}\s+(?:and|or|&)\s+(?:her\s+|his\s+)?{_SIBLING}\b", re.I)


def adult_siblings(text: str) -> str:
    """``text`` without the brothers and sisters who are an adult's (a parent's sibling
    who died, "her sister Lorraine", "Renee's brother"): they are not the child's own."""
    return _adult_sibling().sub(" ", text or "")


@lru_cache(maxsize=1)
def families() -> dict[str, frozenset[str]]:
    """Each course family that has two or more children: its children's names."""
    out: dict[str, set[str]] = {}
    for r in read_rows(data_path("lexicon", "names.csv")):
        family = r.get("family", "")
        if family and r.get("child") == "1" and r.get("name"):
            out.setdefault(family, set()).add(r["name"])
    return {f: frozenset(names) for f, names in out.items() if len(names) > 1}


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    names = sorted({n for kids in families().values() for n in kids}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names)) or '(?!x)x'})\b", re.I)


def child_left_out(result: CoachResult) -> str:
    """The brothers and sisters a danger or harm statement or a goal leaves out, "Kai,
    Shandiin", when it names one child of a course family and nothing of the others, or ""."""
    if result.checked_as not in ("danger", "harm", "goal"):
        return ""
    text = result.text or ""
    named = {m.group(0).lower() for m in _names().finditer(text)}
    if len(named) != 1 or TOGETHER.search(adult_siblings(text)):
        return ""
    name = next(iter(named))
    for kids in families().values():
        if name in {k.lower() for k in kids}:
            return ", ".join(sorted(k for k in kids if k.lower() != name))
    return ""
