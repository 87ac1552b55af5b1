"""The coach agrees with the course: its own model answers and examples read as the
kind they are written as, with no suggestion raised.

The answers are read from the course files when the tests run (item banks in
``data/items`` and the markdown of ``source/*/*.ipynb``), so rewritten content
is checked as it is, not a copy frozen here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from soplab.coach import analyse
from soplab.engine.items import load_bank

ROOT = Path(__file__).resolve().parents[2]
COACH_KINDS = ("harm", "danger", "goal", "plan", "question")

_MODEL = re.compile(r"^\s*(?:model(?: answer)?|example(?: answer)?)\s*:\s*", re.I)
_LOOK_FOR = re.compile(r"\s*\((?:look for|check for|markers? look for)\b[^)]*\)\s*$", re.I)


def model_answer(explanation: str) -> str:
    """The model answer inside an item's explanation ("Model: ... (Look for: ...)")."""
    return _LOOK_FOR.sub("", _MODEL.sub("", explanation.strip())).strip()


def _item_answers() -> list[tuple[str, str, str]]:
    bank = load_bank(ROOT)
    out = []
    for item in bank.items.values():
        exercise = bank.exercises[item.exercise]
        if exercise.widget == "text" and item.label in COACH_KINDS and item.explanation.strip():
            out.append((item.id, item.label, model_answer(item.explanation)))
    return out


#: Headings and table labels that name the kind of the example next to them.
_KIND_WORDS = (("harm statement", "harm"), ("danger statement", "danger"),
               ("worry statement", "danger"), ("safety goal", "goal"),
               ("safety plan", "plan"), ("plan step", "plan"))
_ROW = re.compile(r"^\|\s*\*\*(?P<label>[^*|]+)\*\*[^|]*\|\s*(?P<text>[^|]{20,})\|\s*$")
_EXAMPLE = re.compile(r"\*\*Example[^*]*\*\*\s*:?\s*\*(?P<text>[^*]{20,})\*")
_HEADING = re.compile(r"^#+\s*(?P<title>.+)$")


def _kind_of(label: str) -> str | None:
    label = label.lower()
    return next((kind for words, kind in _KIND_WORDS if words in label), None)


def _notebook_examples() -> list[tuple[str, str, str]]:
    """Examples the lessons show: table rows labelled with a kind ("| **Safety goal** |
    ... |") and "**Example ...:** *...*" lines under a heading that names a kind."""
    out = []
    for path in sorted(ROOT.glob("source/*/*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        heading_kind = None
        for number, cell in enumerate(cells):
            if cell["cell_type"] != "markdown":
                continue
            for line in "".join(cell["source"]).splitlines():
                m = _HEADING.match(line)
                if m:
                    heading_kind = _kind_of(m.group("title"))
                    continue
                m = _ROW.match(line)
                if m and _kind_of(m.group("label")):
                    out.append((f"{path.parent.name} cell {number}", _kind_of(m.group("label")),
                                m.group("text").strip()))
                    continue
                m = _EXAMPLE.search(line)
                if m and heading_kind:
                    out.append((f"{path.parent.name} cell {number}", heading_kind,
                                m.group("text").strip()))
    return out


ITEM_ANSWERS = _item_answers()
NOTEBOOK_EXAMPLES = _notebook_examples()


def test_the_course_has_model_answers_and_examples() -> None:
    kinds = {kind for _, kind, _ in ITEM_ANSWERS + NOTEBOOK_EXAMPLES}
    assert len(ITEM_ANSWERS) >= 10
    assert len(NOTEBOOK_EXAMPLES) >= 3
    assert {"harm", "danger", "goal"} <= kinds


def _check(kind: str, text: str) -> None:
    result = analyse(text, expected_kind=kind)
    assert result.kind == kind, f"reads as {result.kind}: {result.scores}"
    assert not result.flags, "; ".join(f"{f.code}: {f.evidence}" for f in result.flags)


@pytest.mark.parametrize(("item_id", "kind", "text"), ITEM_ANSWERS,
                         ids=[i for i, _, _ in ITEM_ANSWERS])
def test_model_answer_reads_as_its_kind_with_no_flag(item_id: str, kind: str, text: str) -> None:
    _check(kind, text)


@pytest.mark.parametrize(("where", "kind", "text"), NOTEBOOK_EXAMPLES,
                         ids=[f"{w}-{k}" for w, k, _ in NOTEBOOK_EXAMPLES])
def test_lesson_example_reads_as_its_kind_with_no_flag(where: str, kind: str, text: str) -> None:
    _check(kind, text)


def test_model_answer_is_taken_out_of_its_explanation() -> None:
    assert model_answer("Model: Dad will cook dinner. (Look for: a presence.)") == \
        "Dad will cook dinner."
    assert model_answer("Dad will cook dinner.") == "Dad will cook dinner."
