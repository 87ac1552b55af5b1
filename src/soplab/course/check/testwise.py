"""A test-wise learner: how far surface cues alone get on the graded questions.

A learner who has not read the lessons can still pass a question whose form
gives the answer away. This check plays that learner on every graded set:

* **choice questions** (scenario sets): for each cue it picks the option(s)
  the cue points to, the longest, the one with most clauses, the only one
  that asks the family something, the only one that names the family, the
  one with the kindest words, the one that repeats most words of the
  question, the one with most lesson catchphrases, and the first, last or a
  middle position; also the shortest, and one of middle length, since a
  learner who has noticed that the answer is never the longest avoids it.
  Lengths within a tenth of each other count as the same (a reader cannot
  tell them apart). A tie is a guess among the tied options, and a cue that
  points nowhere, or everywhere, is a plain guess;
* **sorting questions** (classify sets): a learner who notices that one word
  comes with one answer ("worried" in every danger statement, "will" in
  every goal) and sorts by it. For each statement the word rules are learnt
  from the *other* graded statements of the set, so a statement never gives
  its own answer away.

Each cue's score is compared with chance (a blind guess). Sets smaller than
``balance_min_items`` are judged together with the other small graded sets of
the same kind in their assignment. A cue that beats chance by more than
``testwise_margin`` (10 points) is a warning that names the items it wins.
The figures of every set are printed as notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from soplab.engine.items import Exercise, ItemBank

from .config import CheckConfig
from .course import Course
from .flaws import Question, content_words, questions
from .report import Finding

__all__ = [
    "CATCHPHRASES", "CHECK", "CHOICE_CUES", "HARSH_WORDS", "KIND_WORDS", "SAME_LENGTH", "SORT_CUE",
    "SetResult", "choice_cues", "results", "run", "score_choice_set", "score_sort_set",
    "tell_words",
]

CHECK = "testwise"
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ']*")
#: Warm words a test-wise learner takes for the right answer.
KIND_WORDS = frozenset("""
ask asks asked asking invite invites welcome thank thanks gently gentle calm calmly kind
kindly warm respect respectful together choose choice choices agree agreed agreement share
shares listen listens listening explain explains honest honestly openly comfort safe safely
support supports help helps helped care cares trust trusted strength strengths hear heard
offer offers plainly understand pause slow
""".split())
#: Cold or coercive words a test-wise learner steers away from.
HARSH_WORDS = frozenset("""
demand demands insist insists must warn warns threaten threatens order orders refuse refuses
immediately only never cannot can't won't don't stop ignore ignores shout shouting trouble
punish blame fault lie lying
""".split())
#: Phrases the lessons repeat; a learner who has skimmed picks the option that has them.
CATCHPHRASES = (
    "working well", "what else", "who else", "existing safety", "own words", "over time",
    "network", "family's", "the family", "strength", "in plain", "plainly", "safety goal",
    "what happens next", "choice", "partner", "trauma", "humble", "together", "seen by",
)
_ASKS = re.compile(r"\?|\b(?:ask|asks|asking|invite|invites|check with|find out)\b",
                   re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|so|because|then|while|when|whenever|if|which|"
                     r"until|before|after|or|since|unless)\b", re.IGNORECASE)
_FAMILY = re.compile(r"\b(?:family|family's|parents?|mother|father|mom|dad|grandmother|"
                     r"grandfather|grandma|aunt|uncle|sister|brother|children|child's)\b",
                     re.IGNORECASE)
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
_NOT_NAMES = frozenset("""
The This That What Which Who When Where How Why You Your Her His Their They She Tell Ask
Before After During Scene Graded Danger Safety Under Nothing Keep Give Call Share Check Say
Agree Hold Place Record Book Ignore End Remove Wait Offer Write Let Slow Stop Trust Arrange
Plan Knock Bring Leave Sit Sitting Standing Leaning Through Go With For Every Over Mrs Mr Ms
""".split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _count(words: Sequence[str], vocabulary: frozenset[str]) -> int:
    return sum(w in vocabulary for w in words)


def _stem_names(stem: str) -> set[str]:
    return {m for m in _NAME.findall(stem) if m not in _NOT_NAMES}


def _most(values: list[float]) -> set[int]:
    top = max(values)
    return {i for i, v in enumerate(values) if v == top}


def _flagged(flags: list[bool]) -> set[int]:
    return {i for i, f in enumerate(flags) if f}


Cue = Callable[[str, tuple[str, ...]], set[int]]


#: Lengths within this share of each other look the same to a reader.
SAME_LENGTH = 0.1


def _lengths(options: tuple[str, ...]) -> list[int]:
    return [len(" ".join(o.split())) for o in options]


def _longest(stem: str, options: tuple[str, ...]) -> set[int]:
    lengths = _lengths(options)
    return {i for i, n in enumerate(lengths) if n >= max(lengths) * (1 - SAME_LENGTH)}


def _shortest(stem: str, options: tuple[str, ...]) -> set[int]:
    lengths = _lengths(options)
    return {i for i, n in enumerate(lengths) if n <= min(lengths) * (1 + SAME_LENGTH)}


def _middle_length(stem: str, options: tuple[str, ...]) -> set[int]:
    chosen = _longest(stem, options) | _shortest(stem, options)
    return set(range(len(options))) - chosen


def _clauses(stem: str, options: tuple[str, ...]) -> set[int]:
    return _most([len(_CLAUSE.findall(o)) for o in options])


def _asks(stem: str, options: tuple[str, ...]) -> set[int]:
    return _flagged([bool(_ASKS.search(o)) for o in options])


def _names_family(stem: str, options: tuple[str, ...]) -> set[int]:
    names = _stem_names(stem)
    return _flagged([bool(_FAMILY.search(o)) or any(re.search(rf"\b{n}\b", o) for n in names)
                     for o in options])


def _kindest(stem: str, options: tuple[str, ...]) -> set[int]:
    scores = []
    for option in options:
        words = _words(option)
        scores.append(_count(words, KIND_WORDS) - _count(words, HARSH_WORDS))
    return _most(scores)


def _echo(stem: str, options: tuple[str, ...]) -> set[int]:
    words = content_words(stem)
    return _most([len(content_words(o) & words) for o in options])


def _catchphrase(stem: str, options: tuple[str, ...]) -> set[int]:
    return _most([sum(p in o.lower() for p in CATCHPHRASES) for o in options])


def _first(stem: str, options: tuple[str, ...]) -> set[int]:
    return {0}


def _last(stem: str, options: tuple[str, ...]) -> set[int]:
    return {len(options) - 1}


def _middle(stem: str, options: tuple[str, ...]) -> set[int]:
    return set(range(1, len(options) - 1)) if len(options) > 2 else set()


#: Cues for choice questions, by name, in the order they are printed.
CHOICE_CUES: dict[str, Cue] = {
    "longest": _longest, "shortest": _shortest,
    "middle length": _middle_length, "most clauses": _clauses, "only one that asks": _asks,
    "names the family": _names_family, "kindest words": _kindest,
    "echoes the question": _echo, "lesson catchphrase": _catchphrase,
    "first": _first, "last": _last, "middle": _middle,
}
#: The cue of sorting questions.
SORT_CUE = "tell word"


def choice_cues(q: Question) -> dict[str, set[int]]:
    """For each cue, the options a test-wise learner would pick (all of them: a guess)."""
    picks = {}
    n = len(q.options)
    for name, cue in CHOICE_CUES.items():
        chosen = cue(q.item.prompt, q.options)
        picks[name] = chosen if chosen and len(chosen) < n else set(range(n))
    return picks


@dataclass
class SetResult:
    """How the test-wise learner fares on one graded set (or a pool of small sets)."""

    name: str
    widget: str
    items: int
    chance: float
    #: cue -> share of the items answered right (expected score, ties guessed).
    scores: dict[str, float] = field(default_factory=dict)
    #: cue -> ids of the items where the cue alone points at the answer.
    given_away: dict[str, list[str]] = field(default_factory=dict)
    #: (label, word) pairs that mark one answer in this set.
    tells: list[tuple[str, str]] = field(default_factory=list)
    source: str = ""

    def over(self, margin: float) -> dict[str, float]:
        return {c: s - self.chance for c, s in self.scores.items() if s - self.chance > margin}

    def line(self) -> str:
        cues = ", ".join(f"{c} {s:.0%}" for c, s in self.scores.items())
        return f"{self.name} ({self.items} items, chance {self.chance:.0%}): {cues}"


def score_choice_set(name: str, found: list[Question]) -> SetResult:
    chance = sum(1 / len(q.options) for q in found) / len(found)
    result = SetResult(name, "scenario", len(found), chance, source=found[0].item.source)
    totals = dict.fromkeys(CHOICE_CUES, 0.0)
    for q in found:
        for cue, chosen in choice_cues(q).items():
            if q.key in chosen:
                totals[cue] += 1 / len(chosen)
                if len(chosen) == 1:
                    result.given_away.setdefault(cue, []).append(q.item.id)
    result.scores = {c: t / len(found) for c, t in totals.items()}
    return result


def _tokens(text: str) -> set[str]:
    return {w.strip("'") for w in _words(text) if len(w.strip("'")) >= 3}


def tell_words(pool: list[tuple[set[str], str]], *, min_share: float = 0.5,
               max_other: float = 0.2) -> dict[str, set[str]]:
    """label -> words found in at least ``min_share`` (and two) of that label's statements
    and in at most ``max_other`` of the others'."""
    found: dict[str, set[str]] = {}
    labels = {label for _, label in pool}
    for label in labels:
        mine = [words for words, lab in pool if lab == label]
        others = [words for words, lab in pool if lab != label]
        if len(mine) < 2 or not others:
            continue
        for word in set().union(*mine):
            inside = sum(word in w for w in mine)
            outside = sum(word in w for w in others)
            if inside >= 2 and inside / len(mine) >= min_share \
                    and outside / len(others) <= max_other:
                found.setdefault(label, set()).add(word)
    return found


def score_sort_set(name: str, ex: Exercise, found: list[Question]) -> SetResult:
    k = len(ex.choices)
    result = SetResult(name, "classify", len(found), 1 / k, source=found[0].item.source)
    pool = [(_tokens(q.item.prompt), q.item.label) for q in found]
    total = 0.0
    for index, q in enumerate(found):
        rules = tell_words(pool[:index] + pool[index + 1:])
        words = pool[index][0]
        picked = {label for label, tells in rules.items() if tells & words}
        if not picked:
            total += 1 / k
        elif q.item.label in picked:
            total += 1 / len(picked)
            if len(picked) == 1:
                result.given_away.setdefault(SORT_CUE, []).append(q.item.id)
    result.scores = {SORT_CUE: total / len(found)}
    result.tells = sorted((label, word) for label, words in tell_words(pool).items()
                          for word in words)
    return result


def _groups(bank: ItemBank, config: CheckConfig) -> Iterator[tuple[str, Exercise,
                                                                   list[Question]]]:
    """Graded choice and sorting sets; small sets pooled by assignment and widget."""
    small: dict[tuple[str, str], list[tuple[Exercise, list[Question]]]] = {}
    for ex in bank.exercises.values():
        if ex.is_practice or ex.widget not in ("scenario", "classify"):
            continue
        found = questions(bank, ex)
        if not found:
            continue
        limit = config.for_assignment(ex.assignment).balance_min_items
        if len(found) >= limit or ex.widget == "classify":
            yield ex.id, ex, found
        else:
            small.setdefault((ex.assignment, ex.widget), []).append((ex, found))
    for sets in small.values():
        name = " + ".join(ex.id for ex, _ in sets)
        yield name, sets[0][0], [q for _, found in sets for q in found]


def results(bank: ItemBank, config: CheckConfig) -> list[SetResult]:
    out = []
    for name, ex, found in _groups(bank, config):
        out.append(score_choice_set(name, found) if ex.widget == "scenario"
                   else score_sort_set(name, ex, found))
    return out


def _finding(severity: str, file: str, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "", message, fix)


def run(course: Course, config: CheckConfig) -> list[Finding]:
    bank = course.bank
    if bank is None:
        return [_finding("note", "data/items", "the test-wise learner did not run because "
                         "the item banks have errors")]
    findings = []
    margin = config.testwise_margin
    every = results(bank, config)
    choice = [q for ex in bank.exercises.values()
              if not ex.is_practice and ex.widget == "scenario" for q in questions(bank, ex)]
    if choice:
        whole = score_choice_set("all graded choice questions", choice)
        findings.append(_finding("note", "data/items", f"test-wise learner, {whole.line()}"))
    for result in every:
        findings.append(_finding("note", result.source,
                                 f"test-wise learner, {result.line()}"))
        for cue, excess in result.over(margin).items():
            items = ", ".join(result.given_away.get(cue, [])) or "none alone"
            if result.widget == "classify":
                words = "; ".join(f"'{w}' for {label}" for label, w in result.tells[:8])
                message = (f"set '{result.name}': sorting by a tell word scores "
                           f"{result.scores[cue]:.0%} against {result.chance:.0%} by chance "
                           f"(+{excess * 100:.0f} points); words that give the answer away: "
                           f"{words or 'several'}; items it wins: {items}")
                fix = ("write statements of each answer in varied words, and use the tell "
                       "word in statements of other answers too")
            else:
                message = (f"'{result.name}': always picking the option by '{cue}' scores "
                           f"{result.scores[cue]:.0%} against {result.chance:.0%} by chance "
                           f"(+{excess * 100:.0f} points); items it gives away: {items}")
                fix = ("rewrite those items so that the wrong options are as long, as full "
                       "and as courteous as the best one (each a mistake a worker really "
                       "makes), and vary where the best option stands")
            findings.append(_finding("warning", result.source, message, fix))
    return findings
