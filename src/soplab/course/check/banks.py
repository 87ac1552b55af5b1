"""Item-bank checks: the loader's own checks, duplicates, explanations, balance."""

from __future__ import annotations

import difflib
import re
import string
from collections import Counter
from collections.abc import Iterator
from itertools import combinations

from soplab.engine.items import Item, ItemBank

from .config import CheckConfig
from .course import Course
from .report import Finding

__all__ = [
    "CHECK", "MIN_GRADED_EXPLANATION", "check_balance", "check_duplicates",
    "check_explanations", "check_loader", "normalise", "row_ranges", "run",
]

CHECK = "banks"
_WORD = re.compile(r"[a-z0-9']+")


def _finding(severity: str, file: str, place: object, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "" if place is None else str(place), message, fix)


def normalise(prompt: str) -> str:
    """Lower case, words only: how two prompts are compared."""
    return " ".join(_WORD.findall(prompt.lower()))


def row_ranges(rows: list[int]) -> str:
    """``[2, 3, 4, 9]`` -> ``"2-4,9"``: compact spreadsheet rows."""
    parts: list[str] = []
    for row in sorted(set(rows)):
        if parts and parts[-1].split("-")[-1] == str(row - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{row}"
        else:
            parts.append(str(row))
    return ",".join(parts)


def check_loader(course: Course) -> Iterator[Finding]:
    """Every problem the item-bank loader reports is an error (the same problem on
    many rows of one file is reported once, with the rows)."""
    grouped: dict[tuple[str, str, str], list[int | None]] = {}
    for p in course.bank_problems:
        grouped.setdefault((p.file, p.field, p.message), []).append(p.row)
    for (file, fieldname, message), rows in grouped.items():
        numbers = [r for r in rows if r is not None]
        many = len(numbers) > 1
        yield _finding("error", file, row_ranges(numbers) if numbers else None,
                       f"{fieldname}: {message}" + (f" ({len(numbers)} rows)" if many else ""),
                       "correct the spreadsheet, save it as CSV UTF-8, and run the check again")


def _near(a: str, b: str, config: CheckConfig) -> tuple[float, float] | None:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ta, tb = set(a.split()), set(b.split())
    jaccard = len(ta & tb) / len(ta | tb) if ta | tb else 1.0
    if jaccard >= config.near_duplicate_jaccard:
        return matcher.ratio(), jaccard
    if (matcher.real_quick_ratio() >= config.near_duplicate_ratio
            and matcher.quick_ratio() >= config.near_duplicate_ratio):
        ratio = matcher.ratio()
        if ratio >= config.near_duplicate_ratio:
            return ratio, jaccard
    return None


def check_duplicates(bank: ItemBank, config: CheckConfig) -> Iterator[Finding]:
    """Same or nearly the same prompt twice; an assessment prompt reused as practice."""
    items = sorted(bank.items.values(), key=lambda i: (i.source, i.row))
    norm = {item.id: normalise(item.prompt) for item in items}
    for first, second in combinations(items, 2):
        a, b = norm[first.id], norm[second.id]
        exact = a == b
        scores = (1.0, 1.0) if exact else _near(a, b, config)
        if scores is None:
            continue
        kinds = {first.kind, second.kind}
        where = f"the same prompt as {first.id} ({first.source}:{first.row})" if exact else (
            f"nearly the same prompt as {first.id} ({first.source}:{first.row}; "
            f"similarity {scores[0]:.2f}, shared words {scores[1]:.2f})")
        if kinds == {"practice", "assessment"}:
            yield _finding(
                "error" if exact else "warning", second.source, second.row,
                f"{second.id}: {where}; one is practice and one is graded, so the graded item "
                "is practised with its answer shown",
                "write a new prompt for the practice item (practice must not reuse a graded "
                "prompt)")
        elif exact and first.exercise == second.exercise:
            yield _finding("error", second.source, second.row,
                           f"{second.id}: {where} in the same set '{second.exercise}'",
                           "remove one of the two rows or write a different prompt")
        else:
            yield _finding("warning", second.source, second.row, f"{second.id}: {where}",
                           "make sure the two items test different things; reword or remove "
                           "one")


#: A graded choice or sorting item's explanation shorter than this is a label
#: ("Mutual framing."), not an explanation a learner can learn from after grading.
MIN_GRADED_EXPLANATION = 40


def check_explanations(bank: ItemBank) -> Iterator[Finding]:
    """Practice items must explain themselves (scenario items through option feedback);
    graded choice and sorting items need a real explanation for the feedback page."""
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        if not ex.is_practice:
            if ex.widget in ("scenario", "classify") and \
                    len(item.explanation.strip()) < MIN_GRADED_EXPLANATION:
                yield _finding(
                    "warning", item.source, item.row,
                    f"{item.id}: graded item with "
                    + (f"only a short explanation ('{item.explanation.strip()}')"
                       if item.explanation.strip() else "no explanation")
                    + "; after grading the learner sees no reason why the answer is best",
                    "write in 'explanation' why the answer is best practice and why each "
                    "tempting wrong answer is not, in full sentences")
            continue
        if ex.widget == "scenario":
            empty = [string.ascii_uppercase[i] for i, text in enumerate(item.choice_feedback)
                     if not text]
            if not item.explanation and (empty or not item.choice_feedback):
                which = ", ".join(empty) if empty else "every option"
                yield _finding("error", item.source, item.row,
                               f"{item.id}: practice item without an explanation: no feedback "
                               f"for option {which} and no explanation",
                               "write one explanation per option in choice_feedback "
                               "(separated by |), or an explanation")
        elif not item.explanation:
            yield _finding("error", item.source, item.row,
                           f"{item.id}: practice item without an explanation",
                           "write in 'explanation' why the answer is right and what makes the "
                           "tempting wrong answer wrong")


def check_balance(bank: ItemBank, config: CheckConfig) -> Iterator[Finding]:
    """One answer right far more often than the others teaches guessing."""
    for ex in bank.exercises.values():
        items: list[Item] = bank.items_for(ex.id)
        settings = config.for_assignment(ex.assignment)
        if len(items) < settings.balance_min_items or ex.widget not in ("classify", "scenario"):
            continue
        first = items[0]
        counts = Counter(item.label for item in items)
        label, top = counts.most_common(1)[0]
        share = top / len(items)
        if ex.widget == "classify":
            if share > settings.max_label_share:
                yield _finding(
                    "warning", first.source, None,
                    f"set '{ex.id}': '{label}' is the answer to {top} of {len(items)} items "
                    f"({share:.0%}); learners can score well by always choosing it",
                    f"add items whose answer is another choice, so that no answer is right for "
                    f"more than {settings.max_label_share:.0%} of the set")
            unused = [c for c in ex.choices if c not in counts]
            if unused and len(items) >= 2 * len(ex.choices):
                yield _finding(
                    "warning", first.source, None,
                    f"set '{ex.id}': no item has the answer {', '.join(repr(c) for c in unused)}",
                    "add items for that choice, or remove the choice from data/exercises.csv")
        elif share > settings.max_letter_share:
            yield _finding(
                "warning", first.source, None,
                f"set '{ex.id}': the best option is {label} in {top} of {len(items)} items "
                f"({share:.0%}); learners can learn the position instead of the practice",
                "reorder the options of some items (move choice_feedback with them and update "
                "label)")


def run(course: Course, config: CheckConfig) -> list[Finding]:
    findings = list(check_loader(course))
    if course.bank is not None:
        findings += check_duplicates(course.bank, config)
        findings += check_explanations(course.bank)
        findings += check_balance(course.bank, config)
    return findings
