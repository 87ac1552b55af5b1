"""Everything the analytics read, loaded once: config, banks, gradebook, answers, roster."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from soplab.engine.items import ItemBank, load_bank

from .course import CourseConfig, find_course, read_config, read_roster
from .gradebook import assignment_scores, read_gradebook
from .responses import Responses, read_responses

__all__ = ["CourseData", "load_course_data"]


@dataclass
class CourseData:
    """A course's results as data frames (see each module for the columns)."""

    config: CourseConfig
    bank: ItemBank
    #: one row per learner x graded cell (:func:`read_gradebook`)
    gradebook: pd.DataFrame
    #: one row per learner x assignment (:func:`assignment_scores`)
    scores: pd.DataFrame
    responses: Responses
    #: roster.csv (empty frame when there is none)
    roster: pd.DataFrame

    @property
    def cohorts(self) -> pd.Series:
        """student_id -> cohort name ("" when unknown)."""
        if self.roster.empty:
            return pd.Series(dtype=object)
        return self.roster.set_index("id")["cohort"]

    @property
    def sections(self) -> pd.Series:
        if self.roster.empty:
            return pd.Series(dtype=object)
        return self.roster.set_index("id")["section"]

    def filter(self, cohort: str | None = None, assignment: str | None = None,
               objective: str | None = None) -> CourseData:
        """A copy limited to one cohort, assignment and/or objective (None: all)."""
        gb, sc = self.gradebook, self.scores
        resp = self.responses.frame
        attempts = self.responses.attempts
        if cohort is not None:
            ids = set(self.cohorts[self.cohorts == cohort].index)
            gb, sc = gb[gb["student_id"].isin(ids)], sc[sc["student_id"].isin(ids)]
            resp = resp[resp["student_id"].isin(ids)]
            attempts = attempts[attempts["student_id"].isin(ids)]
        if assignment is not None:
            gb, sc = gb[gb["assignment"] == assignment], sc[sc["assignment"] == assignment]
            resp = resp[resp["assignment"] == assignment]
            attempts = attempts[attempts["assignment"] == assignment]
        if objective is not None:
            resp = resp[resp["objective"] == objective]
        return replace(self, gradebook=gb, scores=sc,
                       responses=Responses(resp, attempts, self.responses.problems))


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load_course_data(course: Path | str | None = None, db_url: str | None = None,
                     progress: bool = True,
                     say: Callable[[str], None] | None = None) -> CourseData:
    """Load a course's bank, gradebook (SQL), answer files and roster.

    Raises :class:`~soplab.cohort.analytics.course.CourseError`,
    :class:`~soplab.engine.items.BankError` or
    :class:`~soplab.cohort.analytics.gradebook.GradebookError` with a one-line reason.
    """
    say = say or (_say if progress else (lambda _m: None))
    root = find_course(course)
    config = read_config(root, db_url)
    say(f"reading item banks in {root / 'data'}")
    bank = load_bank(root)
    say(f"reading gradebook {config.db_url.split('@')[-1]}")
    gradebook = read_gradebook(config.db_url, config.course_id)
    scores = assignment_scores(gradebook)
    say("reading answer files")
    wrap: Callable[[Iterable], Iterable] | None = None
    if progress:
        from tqdm.auto import tqdm

        def wrap(it: Iterable) -> Iterable:
            return tqdm(it, desc="answer files", unit="chunk", file=sys.stderr,
                        mininterval=1.0, leave=False)
    responses = read_responses(root, bank, progress=wrap)
    roster = read_roster(root)
    return CourseData(config, bank, gradebook, scores, responses, roster)
