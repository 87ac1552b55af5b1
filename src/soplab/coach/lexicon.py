"""Word lists the coach reads from CSV files in ``data/lexicon/``.

Authors extend the coach by adding rows; see ``data/lexicon/README.md``.
A term matches whole words, ignoring case, except terms written in capitals
(``DV``, ``AA``), which must match in capitals. ``word*`` matches any word that
starts with ``word``; ``...`` stands for up to three words.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from soplab._core.paths import data_path

__all__ = [
    "Entry", "FLAG_FILES", "Lexicon", "TermList", "alternation", "load_lexicon", "read_rows",
    "term_regex",
]

#: The CSV files holding flag terms, and the flag each one feeds.
FLAG_FILES = ("jargon", "judgement", "vague", "services")


@dataclass(frozen=True)
class Entry:
    """One lexicon row: the term, its plain suggestion and an optional category."""

    term: str
    suggestion: str
    category: str = ""


@dataclass(frozen=True, eq=False)
class TermList:
    """Entries of one file compiled into a single pattern (one group per entry)."""

    entries: tuple[Entry, ...]
    pattern: re.Pattern[str] | None = field(repr=False, default=None)

    def find(self, text: str) -> list[tuple[Entry, re.Match[str]]]:
        """Every entry found in ``text``, left to right, in the text's own words.

        One analysis asks the same list about the same text several times (the kind,
        the flags, the safety rules), so recent answers are kept."""
        if self.pattern is None:
            return []
        return list(_find(self, text))


@lru_cache(maxsize=256)
def _find(terms: TermList, text: str) -> tuple[tuple[Entry, re.Match[str]], ...]:
    return tuple((terms.entries[m.lastindex - 1], m) for m in terms.pattern.finditer(text))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All word lists: flag terms (per file) and cue words (per group)."""

    terms: dict[str, TermList]
    cues: dict[str, tuple[str, ...]]
    directory: Path

    def cue_regex(self, group: str) -> str:
        """A regular-expression alternation (case-insensitive) of a cue group."""
        return alternation(self.cues.get(group, ()))


def _term_body(term: str) -> str:
    parts = []
    for token in term.split():
        if token == "...":
            parts.append(r"(?:[\w'-]+\s+){0,3}?")
            continue
        body = re.escape(token.rstrip("*"))
        parts.append(body + (r"[\w'-]*" if token.endswith("*") else "") + r"\s+")
    core = "".join(parts)
    core = core[: -len(r"\s+")] if core.endswith(r"\s+") else core
    if term.isupper() and any(c.isalpha() for c in term):
        core = f"(?-i:{core})"
    return core


def term_regex(term: str) -> str:
    """Translate a lexicon term into a regular expression (see module doc)."""
    return rf"(?<![\w-]){_term_body(term)}(?![\w-])"


def alternation(terms: tuple[str, ...] | list[str]) -> str:
    """Longest-first alternation of lexicon terms, matched as whole words."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    if not ordered:
        return "(?!x)x"
    return r"(?<![\w-])(?:" + "|".join(_term_body(t) for t in ordered) + r")(?![\w-])"


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one of the lexicon's CSV files, ``#`` comment lines left out, every key
    and value stripped ([] if there is no such file)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k}
        for row in csv.DictReader(lines)
    ]


def _term_list(rows: list[dict[str, str]]) -> TermList:
    entries = tuple(
        Entry(r["term"], r.get("suggestion", ""), r.get("category", ""))
        for r in rows if r.get("term")
    )
    if not entries:
        return TermList(())
    # Longest terms first so "drug addict" wins over "addict"; keep entry order aligned.
    entries = tuple(sorted(entries, key=lambda e: len(e.term), reverse=True))
    # one word-edge check around the whole alternation: positions inside a word are
    # rejected at once instead of once per term (the same matches, much quicker)
    pattern = re.compile(r"(?<![\w-])(?=[\w&])(?:"
                         + "|".join(f"({_term_body(e.term)})" for e in entries) + r")(?![\w-])",
                         re.IGNORECASE)
    return TermList(entries, pattern)


@lru_cache(maxsize=8)
def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """Read every lexicon CSV once (cached per directory).

    ``directory`` defaults to the package's ``lexicon`` data folder; tests and
    authors can point it at a copy to try new rows.
    """
    folder = Path(directory) if directory is not None else data_path("lexicon")
    terms = {name: _term_list(read_rows(folder / f"{name}.csv")) for name in FLAG_FILES}
    cues: dict[str, list[str]] = {}
    for row in read_rows(folder / "cues.csv"):
        if row.get("group") and row.get("term"):
            cues.setdefault(row["group"], []).append(row["term"])
    return Lexicon(terms, {k: tuple(v) for k, v in cues.items()}, folder)
