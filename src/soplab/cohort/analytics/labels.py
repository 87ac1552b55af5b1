"""Readable names for the codes the data uses: assignments, objectives, kinds, flags.

The report shows a person these labels, never the internal codes alone:

- an assignment folder (``02-at-the-door``) by its number and the title of its
  notebook (``02 · At the door``), read from the first heading of
  ``source/<assignment>/<assignment>.ipynb`` (else ``release/``), else made
  from the folder name;
- an objective code (``LO3``) by its short title in ``data/objectives.csv``;
- a misconception tag by its description in ``data/misconceptions.csv``;
- a statement kind of the writing coach (``harm``) by the coach's own name for
  it, and a coach component by the coach's own label;
- an item-statistics flag by a sentence that says what it means and what to do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from soplab.coach.render import KIND_NAMES
from soplab.engine.items import ItemBank

__all__ = [
    "KEY_CHECK",
    "assignment_label",
    "assignment_titles",
    "kind_label",
    "needs_key_check",
    "objective_label",
    "plain_flag",
]

#: Flags that mean the key (or an option's wording) may be wrong, not just the difficulty.
KEY_CHECK = "check the key"

_NUMBER = re.compile(r"^(\d+)-(.*)$")


def _heading(notebook: Path) -> str | None:
    """The first Markdown heading of a notebook, without the leading #s."""
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return None
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        for line in text.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip() or None
        return None
    return None


def assignment_label(name: str, heading: str | None = None) -> str:
    """``02-at-the-door`` -> ``02 · At the door`` (the heading's words before a colon
    when a heading is given)."""
    match = _NUMBER.match(name)
    number, slug = (match.group(1), match.group(2)) if match else ("", name)
    title = ""
    if heading:
        title = heading.split(":", 1)[0].strip()
        if number:
            title = re.sub(rf"^{re.escape(number)}\s*[·.\-:]\s*", "", title).strip()
    if not title:
        words = slug.replace("-", " ").replace("_", " ").strip()
        title = words[:1].upper() + words[1:]
    return f"{number} · {title}" if number else title


def assignment_titles(root: Path | str, names: Iterable[str]) -> dict[str, str]:
    """Assignment folder name -> readable label, from the course's notebooks."""
    root = Path(root)
    out = {}
    for name in names:
        heading = None
        for folder in ("source", "release"):
            heading = _heading(root / folder / name / f"{name}.ipynb")
            if heading:
                break
        out[name] = assignment_label(name, heading)
    return out


def objective_label(bank: ItemBank, code: str) -> str:
    """``LO3`` -> ``Harm and danger statements`` (the code itself when unknown)."""
    known = bank.objectives.get(code) if isinstance(code, str) else None
    return known.short_title if known else str(code)


def kind_label(kind: str) -> str:
    """A coach kind as a table label: ``harm`` -> ``Harm statement``."""
    name = KIND_NAMES.get(kind)
    if not name:
        return str(kind)
    name = re.sub(r"^(a|an) ", "", name)
    return name[:1].upper() + name[1:]


_FLAG_TEXT = (
    ("negative discrimination", "learners who did well overall got it wrong more often: "
     "check the key"),
    ("no one correct", "no one got it right: check the key"),
    ("everyone correct", "everyone got it right"),
    ("too easy", "too easy: almost everyone got it right"),
    ("too hard", "too hard: few got it right"),
    ("does not discriminate", "does not tell stronger from weaker learners apart"),
    ("too few learners", "too few learners to judge"),
    ("no responses", "no answers yet"),
)
_DISTRACTOR = re.compile(r"distractor (.*) attracts strong learners: check the key")


def plain_flag(flag: str | None) -> str:
    """Item-statistics flags (``"too easy; does not discriminate"``) in plain words."""
    if not isinstance(flag, str) or not flag:
        return ""
    parts = []
    for part in (p.strip() for p in flag.split(";")):
        distractor = _DISTRACTOR.fullmatch(part)
        if distractor:
            parts.append(f"wrong option {distractor.group(1)} draws learners who did well "
                         "overall: check the key and that option")
            continue
        parts.append(next((text for code, text in _FLAG_TEXT if part.startswith(code)), part))
    return "; ".join(parts)


def needs_key_check(flag: str | None) -> bool:
    """True when a flag says the item's key or an option may be wrong."""
    return isinstance(flag, str) and KEY_CHECK in flag
