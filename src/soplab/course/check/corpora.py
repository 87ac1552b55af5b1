"""The cast list applied to the coach's corpora and lexicon (part of the ``cast`` check).

The coach learns from, and is measured on, example statements in
``data/coach/**/*.csv``, and its lexicon (``data/lexicon/*.csv``) holds the
messages learners read. Those rows tell other stories than the course's
families, so they must not borrow a course family's names with other facts:
a learner who meets "Mr. Okafor ... his friend Emeka" in the coach has met
Emeka Okafor, the father, in the course. For each row this warns when

* a course family's surname appears (Okafor, Nguyen, Ortiz ...);
* a cast person's first name comes with another age ("Jayden (3)") or a
  relative the family does not have, as in the course's own texts;
* "baby" stands before a cast first name that belongs to an older person
  ("baby Minh" when Minh is the father).

Names the cast does not know are fine here: the corpora have their own people.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from .cast import CAST_FILE, Cast, Text, check_text, family_line, read_cast
from .course import Course
from .report import Finding

__all__ = ["CAST_COPIES", "CORPORA", "check_corpus_text", "corpus_texts", "run"]

CHECK = "cast"
#: Folders (under the course root) whose CSV rows are checked, and the columns read
#: (empty: every column).
CORPORA = (("data/coach", ("text",)), ("data/lexicon", ()))
#: Files that are the cast itself, not examples: the coach's list of the course's people
#: (``names.csv``, built from data/cast.csv so lower-case typing is read) and the part
#: each plays for the learned harm reader (``harm_roles.csv``: Mr. Tran is the parent who
#: uses violence) name them on purpose; tests keep their names the cast's.
CAST_COPIES = frozenset({"data/lexicon/names.csv", "data/lexicon/harm_roles.csv"})
_BABY = re.compile(r"\bbaby\s+([A-Z][^\W\d_]+)")


def _finding(file: str, place: str, message: str, fix: str) -> Finding:
    return Finding("warning", CHECK, file, place, message, fix)


def corpus_texts(root: Path) -> Iterator[Text]:
    """One text per row of every corpus and lexicon CSV file (header = row 1)."""
    for folder, columns in CORPORA:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.csv")):
            rel = path.relative_to(root).as_posix()
            if rel in CAST_COPIES:
                continue
            try:
                with path.open(newline="", encoding="utf-8-sig") as fh:
                    for number, row in enumerate(csv.DictReader(fh), start=2):
                        values = [v for k, v in row.items() if isinstance(v, str)
                                  and (not columns or k in columns)]
                        if any(values):
                            yield Text(rel, str(number), "\n".join(values))
            except (OSError, UnicodeDecodeError, csv.Error):
                continue  # the coach's own loader reports unreadable files


def check_corpus_text(cast: Cast, text: Text) -> Iterator[Finding]:
    fix = (f"use a surname and first names that are not in {CAST_FILE} (the course's "
           "families), so the example tells its own story")
    for surname in sorted(cast.surnames()):
        if re.search(rf"\b{re.escape(surname)}\b", text.text):
            yield _finding(text.file, text.place,
                           f"reuses the course's surname {surname} with other facts "
                           f"({family_line(cast, cast.with_surname(surname)[0].family)})",
                           fix)
    for match in _BABY.finditer(text.text):
        people = [p for p in cast.people if p.first == match.group(1)]
        if people and all(p.age is None or p.age > 2 for p in people):
            yield _finding(text.file, text.place,
                           f"'{match.group(0)}': in {CAST_FILE} {people[0].described()} is "
                           "not a baby", fix)
    yield from check_text(cast, text, unknown=False)


def run(course: Course) -> list[Finding]:
    cast, _ = read_cast(course.root)  # problems of the list itself: reported by cast.run
    if cast is None:
        return []
    return [f for text in corpus_texts(course.root) for f in check_corpus_text(cast, text)]
