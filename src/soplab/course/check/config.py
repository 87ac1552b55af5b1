"""Settings of ``soplab check``, with the reasons for each default.

Settings can be changed without touching code: put them in a TOML file and
pass ``--config FILE``, or add a ``[tool.soplab.check]`` table to the course's
``pyproject.toml``. Per-assignment overrides go in a sub-table::

    [tool.soplab.check]
    max_reading_grade = 11

    [tool.soplab.check.assignments."00-orientation"]
    min_practice_classify = 0
    min_graded_items = 5
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

__all__ = ["CheckConfig", "ConfigError", "config_from_mapping", "load_config"]


class ConfigError(ValueError):
    """The settings file cannot be used; the message says why."""


@dataclass(frozen=True)
class CheckConfig:
    #: Items a practice classification set needs so a skill is really practised.
    min_practice_classify: int = 12
    #: Graded (assessment) items each notebook needs, summed over its graded sets.
    min_graded_items: int = 10
    #: Flesch-Kincaid grade above which a notebook's reading level is a warning.
    max_reading_grade: float = 12.0
    #: A classify set warns when one answer is right for more than this share of items.
    max_label_share: float = 0.7
    #: A scenario set warns when the best option sits in one position more than this often.
    max_letter_share: float = 0.75
    #: Sets smaller than this are too small to judge balance.
    balance_min_items: int = 4
    #: Two prompts this similar (difflib ratio, 0..1) count as near duplicates.
    near_duplicate_ratio: float = 0.9
    #: ... or when this share of their words is shared (token Jaccard, 0..1).
    near_duplicate_jaccard: float = 0.85
    #: A scenario item warns when its best option is this many times as long as the
    #: longest other option (a test-wise learner picks the longest) ...
    length_cue_ratio: float = 1.2
    #: ... and longer by at least this many characters.
    length_cue_min_chars: int = 10
    #: A scenario item warns when its best option alone repeats this many of the
    #: question's content words (learners match words instead of judging).
    stem_echo_words: int = 3
    #: The test-wise learner (check ``testwise``) warns when a surface cue (longest
    #: option, kindest words, a tell word in sorting ...) beats chance on a graded set by
    #: more than this share (0.10 = 10 points).
    testwise_margin: float = 0.10
    #: Objectives that need not be taught and assessed (the orientation's own).
    exempt_objectives: tuple[str, ...] = ("ORIENTATION",)
    #: Per-assignment overrides of the settings above.
    assignments: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        # The orientation is short on purpose: a few practice items and a
        # five-item graded check that shows how grading works.
        "00-orientation": {"min_practice_classify": 4, "min_graded_items": 5},
    })

    def for_assignment(self, assignment: str) -> CheckConfig:
        """These settings with the overrides for one assignment applied."""
        override = self.assignments.get(assignment)
        return replace(self, **override) if override else self


_NAMES = {f.name: f for f in fields(CheckConfig)}


def _checked(values: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _NAMES or key == "assignments":
            raise ConfigError(f"{where}: unknown setting '{key}' (known: "
                              f"{', '.join(n for n in _NAMES if n != 'assignments')})")
        default = getattr(CheckConfig(), key)
        if isinstance(default, tuple):
            if not isinstance(value, list):
                raise ConfigError(f"{where}: {key} must be a list")
            value = tuple(str(v) for v in value)
        elif isinstance(default, (int, float)) and not isinstance(default, bool):
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ConfigError(f"{where}: {key} must be a number")
        out[key] = value
    return out


def config_from_mapping(table: dict[str, Any], where: str = "settings") -> CheckConfig:
    table = dict(table)
    overrides = table.pop("assignments", {})
    if not isinstance(overrides, dict):
        raise ConfigError(f"{where}: assignments must be a table of tables")
    base = CheckConfig()
    merged = dict(base.assignments)
    for name, values in overrides.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: assignments.{name} must be a table")
        merged[name] = {**merged.get(name, {}), **_checked(values, f"{where}: assignments.{name}")}
    return replace(base, **_checked(table, where), assignments=merged)


def load_config(root: Path, path: Path | str | None = None) -> CheckConfig:
    """Settings from ``path`` (a TOML file), else the course's pyproject.toml, else defaults."""
    candidates = [Path(path)] if path else [Path(root) / "pyproject.toml"]
    for candidate in candidates:
        if not candidate.is_file():
            if path:
                raise ConfigError(f"{candidate}: no such settings file")
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{candidate}: not readable TOML ({exc})") from None
        table = data.get("tool", {}).get("soplab", {}).get("check")
        if table is None and path:
            table = data.get("check", data)
        if table is not None:
            return config_from_mapping(table, str(candidate))
    return CheckConfig()
