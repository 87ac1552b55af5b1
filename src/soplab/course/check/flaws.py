"""Item-writing flaws: multiple-choice questions whose form gives the answer away.

A test-wise learner can pass a badly written question without knowing the
practice. These checks look for the classic cues in every question with
options (scenario items, whose options are their own ``choices``, and
classify sets, whose options are the set's choices in data/exercises.csv):

* **length cue**: the best option is clearly the longest of its item, or,
  across a set or the whole course, the best option is the longest (or the
  shortest) far more often than chance;
* **"all of the above" / "none of the above"** options;
* **the best option repeats the stem's words** that no other option repeats;
* **negative stems** ("Which is not ...?"), which learners misread.

Every finding is a warning: the course can still land, but the question
measures test-wiseness until it is rewritten.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

from soplab.engine.items import Exercise, Item, ItemBank

from .config import CheckConfig
from .course import Course
from .report import Finding

__all__ = [
    "CHECK", "Question", "STOPWORDS", "check_all_of_the_above", "check_length_cue",
    "check_negative_stems", "check_stem_echo", "content_words", "questions", "run",
]

CHECK = "flaws"
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F']*")
_ABOVE = re.compile(
    r"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|these|them|those|the\s+options)\b"
    r"|\b(?:[A-D]|options?)\s+and\s+[A-D]\b",
    re.IGNORECASE)
_QUOTE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
_NEGATIVE = re.compile(r"\b(?:not|never|except|least)\b|\b\w+n't\b", re.IGNORECASE)
#: Short, common words that say nothing about the content of an option.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each
else even ever every few for from further get gets got had has have having he her here
hers herself him himself his how i if in into is it its itself just let like made make
many may me might more most much must my myself need needs no nor not now of off on
once one only or other our ours ourselves out over own said same say says see seen she
should so some such than that the their theirs them themselves then there these they
this those through to too under until up upon us very was way we well were what when
where which while who whom whose why will with would yet you your yours yourself
yourselves what's it's that's don't doesn't isn't aren't won't can't i'm you're
""".split())


def _finding(severity: str, file: str, place: object, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "" if place is None else str(place), message, fix)


def content_words(text: str) -> set[str]:
    """Lower-case content words of ``text`` (no stopwords, no short words, crude plurals)."""
    words = set()
    for raw in _WORD.findall(text):
        word = raw.lower().strip("'")
        word = word.removesuffix("'s")
        if len(word) < 4 or word in STOPWORDS:
            continue
        if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
            word = word[:-1]
        words.add(word)
    return words


@dataclass(frozen=True)
class Question:
    """One question with options as a learner sees it."""

    item: Item
    options: tuple[str, ...]
    key: int

    @property
    def letter(self) -> str:
        return string.ascii_uppercase[self.key]

    def lengths(self) -> list[int]:
        return [len(" ".join(option.split())) for option in self.options]

    def key_is_longest(self) -> bool:
        lengths = self.lengths()
        return all(lengths[self.key] > n for i, n in enumerate(lengths) if i != self.key)

    def key_is_shortest(self) -> bool:
        lengths = self.lengths()
        return all(lengths[self.key] < n for i, n in enumerate(lengths) if i != self.key)


def questions(bank: ItemBank, ex: Exercise) -> list[Question]:
    """The set's questions with options (classify and scenario), in file order."""
    found = []
    for item in bank.items_for(ex.id):
        options = item.options(ex)
        if ex.widget == "scenario" and item.label in string.ascii_uppercase[:len(options)]:
            found.append(Question(item, options, string.ascii_uppercase.index(item.label)))
        elif ex.widget == "classify" and item.label in options:
            found.append(Question(item, options, options.index(item.label)))
    return found


def _excess(flags: list[bool], chances: list[float]) -> tuple[float, float] | None:
    """(observed share, chance share) when ``flags`` are true far more often than chance
    (more than two standard deviations above what guessing would give)."""
    n = len(flags)
    expected = sum(chances)
    spread = math.sqrt(sum(p * (1 - p) for p in chances))
    observed = sum(flags)
    if n and spread and (observed - expected) / spread > 2:
        return observed / n, expected / n
    return None


def check_length_cue(bank: ItemBank, config: CheckConfig) -> Iterator[Finding]:
    """The best option must not be recognisable by its length."""
    course_long: list[bool] = []
    course_short: list[bool] = []
    course_chance: list[float] = []
    for ex in bank.exercises.values():
        found = questions(bank, ex)
        if not found:
            continue
        if ex.widget == "scenario":
            for q in found:
                lengths = q.lengths()
                key = lengths[q.key]
                other = max(n for i, n in enumerate(lengths) if i != q.key)
                if (key >= other * config.length_cue_ratio
                        and key - other >= config.length_cue_min_chars):
                    yield _finding(
                        "warning", q.item.source, q.item.row,
                        f"{q.item.id}: the best option ({q.letter}) is clearly the longest "
                        f"({key} characters; no other option has more than {other}), so a "
                        "learner can pick it by its length without knowing the practice",
                        "write the other options as fully as the best one (each a mistake a "
                        "worker might really make, with its reason), or shorten the best one")
            course_long += [q.key_is_longest() for q in found]
            course_short += [q.key_is_shortest() for q in found]
            course_chance += [1 / len(q.options) for q in found]
        settings = config.for_assignment(ex.assignment)
        if len(found) < settings.balance_min_items:
            continue
        chances = [1 / len(q.options) for q in found]
        first = found[0].item
        for cue, flags in (("longest", [q.key_is_longest() for q in found]),
                           ("shortest", [q.key_is_shortest() for q in found])):
            excess = _excess(flags, chances)
            if excess is None:
                continue
            what = ("choice" if ex.widget == "classify" else "option")
            yield _finding(
                "warning", first.source, None,
                f"set '{ex.id}': the answer is the {cue} {what} in {sum(flags)} of "
                f"{len(found)} items ({excess[0]:.0%}; by chance about {excess[1]:.0%}), so "
                f"always picking the {cue} {what} scores well",
                "vary the lengths: in some items make a wrong option the longest, in some "
                "make the best option the shortest" if ex.widget == "scenario" else
                f"add items whose answer is another choice, so the {cue} choice is not the "
                "answer more often than the others")
    for cue, flags in (("longest", course_long), ("shortest", course_short)):
        excess = _excess(flags, course_chance)
        if excess is None:
            continue
        yield _finding(
            "warning", "data/items", None,
            f"across the course the best option is the {cue} in {sum(flags)} of {len(flags)} "
            f"scenario items ({excess[0]:.0%}; by chance about {excess[1]:.0%}); a test-wise "
            f"learner gains by always picking the {cue} option",
            f"rewrite options so that the best one is the {cue} no more often than chance "
            "(soplab check lists the items where it is clearly so)")


def check_all_of_the_above(bank: ItemBank) -> Iterator[Finding]:
    for ex in bank.exercises.values():
        if ex.widget == "classify":
            bad = [c for c in ex.choices if _ABOVE.search(c)]
            if bad:
                yield _finding("warning", "data/exercises.csv", None,
                               f"set '{ex.id}': the choice '{bad[0]}' refers to other "
                               "choices; learners who spot two right answers get it free",
                               "replace it with a choice that stands on its own")
            continue
        for q in questions(bank, ex):
            for index, option in enumerate(q.options):
                match = _ABOVE.search(option)
                if match:
                    yield _finding(
                        "warning", q.item.source, q.item.row,
                        f"{q.item.id}: option {string.ascii_uppercase[index]} says "
                        f"'{match.group(0)}'; learners who spot two right (or one wrong) "
                        "options get it without weighing them",
                        "replace it with an option that stands on its own, a specific action "
                        "a worker might take")


def check_stem_echo(bank: ItemBank, config: CheckConfig) -> Iterator[Finding]:
    """The best option must not be the only one that repeats the question's words."""
    for ex in bank.exercises.values():
        if ex.widget != "scenario":
            continue
        for q in questions(bank, ex):
            stem = content_words(q.item.prompt)
            shared = [content_words(option) & stem for option in q.options]
            key = shared[q.key]
            others = set().union(*(s for i, s in enumerate(shared) if i != q.key))
            echo = key - others
            most = max(len(s) for i, s in enumerate(shared) if i != q.key)
            if len(echo) >= config.stem_echo_words and len(key) >= 2 * most + 2:
                words = ", ".join(sorted(echo)[:6])
                yield _finding(
                    "warning", q.item.source, q.item.row,
                    f"{q.item.id}: only the best option ({q.letter}) repeats the question's "
                    f"words ({words}), so a learner can match words instead of judging",
                    "let the other options use the question's words too, or say the best "
                    "option in different words")


def check_negative_stems(bank: ItemBank) -> Iterator[Finding]:
    for ex in bank.exercises.values():
        if ex.widget != "scenario":
            continue
        for q in questions(bank, ex):
            # Quoted speech is part of the scene, not of the question asked.
            stem = _QUOTE.sub(" ", q.item.prompt).strip()
            sentences = re.split(r"(?<=[.?!])\s+", stem)
            asked = [s for s in sentences if s.rstrip().endswith("?")] or sentences[-1:]
            for match in _NEGATIVE.finditer(asked[-1] if asked else ""):
                if match.group(0).isupper():
                    continue  # an emphasised NOT / EXCEPT is read
                yield _finding(
                    "warning", q.item.source, q.item.row,
                    f"{q.item.id}: the question is asked in the negative ('{match.group(0)}'); "
                    "learners under time pressure read past it and pick a right action",
                    "ask for the best action instead; if the negative is essential, write it "
                    "in capitals (NOT)")
                break


def run(course: Course, config: CheckConfig) -> list[Finding]:
    bank = course.bank
    if bank is None:
        return [_finding("note", "data/items", None,
                         "item-writing flaws were not checked because the item banks have "
                         "errors")]
    return [*check_length_cue(bank, config), *check_all_of_the_above(bank),
            *check_stem_echo(bank, config), *check_negative_stems(bank)]
