"""A danger statement that names one child of a family and leaves the others out.

The expert's scale asks a danger statement for what could happen to each child if
nothing changes: "Tommy could get into her pills again" for the Tsosies, with nothing of
Kai, or "Vy could be hurt stepping in" with nothing of Bao, has that part thin (0.75 with
the rest there). The course's children and their families are ``names.csv``'s ``child``
and ``family`` columns (from ``data/cast.csv``). A statement that speaks of the children
together ("the kids", "both boys", "his brother") or names a second child of the family
keeps the part whole; a name outside the course (a real-world statement) is not read.
"""

from __future__ import annotations

from functools import lru_cache

from soplab._core.paths import data_path

from . import lazyre as re
from .lexicon import read_rows
from .result import CoachResult

__all__ = ["TOGETHER", "child_left_out", "families"]

#: The children told together, or a brother or sister told without a name.
TOGETHER = re.compile(r"\b(?:kids|children|both|siblings|brothers?|sisters?|boys|girls|"
                      r"the (?:two|three)|all (?:two|three)|each (?:child|kid)|"
                      r"(?:\w+\s+)?and (?:his|her) (?:\w+\s+)?(?:brother|sister))\b", re.I)


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
    """The brothers and sisters a danger statement leaves out, "Kai, Shandiin", when it
    names one child of a course family and nothing of the others, or ""."""
    if result.checked_as != "danger":
        return ""
    text = result.text or ""
    named = {m.group(0).lower() for m in _names().finditer(text)}
    if len(named) != 1 or TOGETHER.search(text):
        return ""
    name = next(iter(named))
    for kids in families().values():
        if name in {k.lower() for k in kids}:
            return ", ".join(sorted(k for k in kids if k.lower() != name))
    return ""
