"""``soplab check``: validate the whole course before it lands.

>>> report = check_course(root, release=False)
>>> print(report.text()); report.failed()

Checks, each in its own module: ``banks`` (the loader's checks, duplicates,
explanations, balance), ``coverage`` (objectives, item counts, sets used by
notebooks and graded), ``flaws`` (item-writing flaws: an answer recognisable by its length or
wording, "all of the above", negative stems), ``cast`` (every surname in the
course belongs to one family with one set of facts, data/cast.csv; ``corpora``
applies it to the coach's corpora and lexicon),
``testwise`` (a learner who answers every graded question by surface cues alone,
scored against chance), ``notebooks`` (nbgrader metadata, outputs, hidden code,
layout), ``text`` (jargon, reading level, links, images) and ``release``
(release/ equals a fresh build; slow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from . import banks, cast, corpora, coverage, flaws, notebooks, release, testwise, text
from .config import CheckConfig, ConfigError, load_config
from .course import Course, load_course
from .report import SEVERITIES, Finding, Report

__all__ = [
    "CHECKS",
    "SEVERITIES",
    "CheckConfig",
    "ConfigError",
    "Finding",
    "Report",
    "check_course",
    "load_config",
]


#: Every check, in the order it runs.
CHECKS = ("banks", "flaws", "testwise", "cast", "coverage", "notebooks", "text", "release")


def check_course(root: Path | str, *, config: CheckConfig | None = None,
                 release: bool = True, only: Iterable[str] | None = None,
                 progress: Callable[[str], None] = lambda line: None) -> Report:
    """Run the checks on the course in ``root`` and return the report."""
    root = Path(root).resolve()
    config = config or load_config(root)
    chosen = [c for c in CHECKS if (only is None or c in set(only))]
    if not release and "release" in chosen:
        chosen.remove("release")
    progress("reading the course")
    course = load_course(root)
    report = Report(root, checks=chosen)
    runners: dict[str, Callable[[], list[Finding]]] = {
        "banks": lambda: banks.run(course, config),
        "flaws": lambda: flaws.run(course, config),
        "testwise": lambda: testwise.run(course, config),
        "cast": lambda: cast.run(course) + corpora.run(course),
        "coverage": lambda: coverage.run(course, config),
        "notebooks": lambda: notebooks.run(course),
        "text": lambda: text.run(course, config),
        "release": lambda: _release(course, progress),
    }
    for name in chosen:
        progress(f"checking {name}")
        report.add(*runners[name]())
    return report


def _release(course: Course, progress: Callable[[str], None]) -> list[Finding]:
    return release.run(course, progress)
