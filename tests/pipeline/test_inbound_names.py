"""Inbound entry names read as nbgrader reads them: the time is the part before the
random suffix, so a suffix that begins with a digit is never taken for an offset."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from soplab.cohort.autograde.collect import judge_inbound, parse_entry_name

A = "00-orientation"
AT = datetime(2026, 12, 5, 20, 41, 55, 807261)


@pytest.mark.parametrize("suffix", ["+5IeiFZKCZKSt", "+12abcdefghij", "+EEot2V85-P3S",
                                    "+-9x_Y", ""])
def test_the_time_is_read_whatever_the_random_suffix(suffix):
    name = f"mei+{A}+2026-12-05 20:41:55.807261 UTC{suffix}"
    assert parse_entry_name(name, A) == ("mei", AT)


@pytest.mark.parametrize("rest", ["not a time", "not a time+5IeiFZKCZKSt", ""])
def test_a_name_without_a_time_has_none(rest):
    assert parse_entry_name(f"mei+{A}+{rest}", A)[1] is None


def test_a_resubmission_with_a_digit_suffix_is_the_newest(tmp_path: Path):
    inbound = tmp_path / "inbound"
    first = f"mei+{A}+2026-12-05 20:41:55.536440 UTC+FyOAB9G5XqtC"
    again = f"mei+{A}+2026-12-05 20:41:55.807261 UTC+5IeiFZKCZKSt"
    for name in (first, again):
        (inbound / name).mkdir(parents=True)
    entries = judge_inbound(inbound, A, roster=None, check_owner=True)
    assert [e.problem for e in entries] == ["", ""]
    newest = max(entries, key=lambda e: e.timestamp)
    assert newest.name == again
