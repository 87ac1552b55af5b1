"""Capitals put back where a learner typed in lower case (part of the ``segment`` stage).

The coach finds people by their capitals ("Minh", "Ms. Rahimi"). A learner in a
hurry types "minh pushed thanh into the wall sunday night" and loses every person
in the sentence, so the same answer would earn less in lower case. :func:`truecase`
puts back:

* the course's people (``data/lexicon/names.csv``, taken from the vignettes' cast)
  wherever they are written in lower case (the file also says which are children:
  :func:`course_children`, read by :attr:`Reading.child_names`);
* the word after a title ("mr price", "ms. rahimi", "dr chee");
* when the whole text is in lower case: the first letter of each sentence and "i".

Words that are already capitalised are never changed, so a text written with
capitals reads exactly as before.
"""

from __future__ import annotations

from functools import lru_cache

from soplab._core.paths import data_path

from . import lazyre as re
from .lexicon import read_rows

__all__ = ["course_children", "course_names", "course_people", "truecase"]

_WORD = re.compile(r"(?<![\w'-])[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff]*(?:-[a-z\u00e0-\u00ff]+)?"
                   r"(?![\w-])")
_TITLE = re.compile(r"\b(?i:mr|mrs|ms|mx|dr)\.?\s+(?!(?:and|or|n)\b)([a-z\u00e0-\u00ff])")
_TITLE_WORD = re.compile(r"\b(mr|mrs|ms|mx|dr)\b")
_AFTER_TITLE = re.compile(r"\b(?i:mr|mrs|ms|mx|dr)\.\s*$")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+|\n\s*(?:[-*\u2022]\s*)?)([a-z\u00e0-\u00ff])")
_LONE_I = re.compile(r"\bi\b(?=\s|')")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, bool], ...]:
    return tuple((r["name"], r.get("child") == "1")
                 for r in read_rows(data_path("lexicon", "names.csv")) if r.get("name"))


@lru_cache(maxsize=1)
def course_people() -> dict[str, tuple[str, bool]]:
    """The course's adults by name: (gender "he"/"she"/"", a relative or friend rather than a
    parent or a parent's partner), from ``names.csv``'s ``gender`` and ``network`` columns."""
    return {r["name"]: (r.get("gender", ""), r.get("network") == "1")
            for r in read_rows(data_path("lexicon", "names.csv")) if r.get("name")}


def course_names() -> frozenset[str]:
    """The names in ``data/lexicon/names.csv``, in lower case (empty when it is missing)."""
    return frozenset(name.lower() for name, _ in _rows())


@lru_cache(maxsize=1)
def course_children() -> frozenset[str]:
    """The course's children's names (``child`` = 1): read as children, as "Kai (13)" is."""
    return frozenset(name for name, child in _rows() if child)


@lru_cache(maxsize=1)
def _lower_names() -> frozenset[str]:
    return course_names()


def _name(word: str, names: frozenset[str]) -> str:
    if word in names or (word.endswith("s") and word[:-1] in names):  # "the harpers"
        return word.capitalize()
    return word


def _all_lower(text: str) -> bool:
    return not any(ch.isupper() for ch in text[1:])


def truecase(text: str) -> str:
    """``text`` with the capitals of names, titles and (in an all-lower-case text)
    sentence starts put back; a text with its own capitals keeps them."""
    if not text:
        return text
    names = _lower_names()
    out = _WORD.sub(lambda m: _name(m.group(0), names), text)
    out = _TITLE.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), out)
    if _all_lower(text):
        out = _SENTENCE_START.sub(
            lambda m: m.group(0) if _AFTER_TITLE.search(out, 0, m.start())
            else m.group(0)[:-1] + m.group(1).upper(), out)
        out = _TITLE_WORD.sub(lambda m: m.group(1).capitalize(), out)
        out = _LONE_I.sub("I", out)
    return out
