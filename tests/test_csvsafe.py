"""CSV injection (OWASP): no cell the course exports runs as a spreadsheet formula."""

import csv

import pandas as pd
import pytest

from soplab._core.csvsafe import neutralise, neutralise_row
from soplab.cohort.analytics.canvas import write_canvas_csv
from soplab.cohort.analytics.report import safe_frame


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0",
                                  "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_quoted(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Ana", "", "-2", "+1.5", 3, -1.5, None, "a=b"])
def test_plain_values_and_numbers_are_left_alone(value):
    assert neutralise(value) == value


def test_canvas_csv_neutralises_names(tmp_path):
    table = pd.DataFrame([["=cmd|'/C calc'!A0, Ana", "@lms", "s1", "+x@example.org", "", "-1"]],
                         columns=["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                                  "=Quiz"])
    rows = list(csv.reader(write_canvas_csv(table, tmp_path / "c.csv").open()))
    assert rows[0][-1] == "'=Quiz"
    assert rows[1][0].startswith("'=") and rows[1][1] == "'@lms" and rows[1][3] == "'+x@example.org"
    assert rows[1][-1] == "-1"  # a number stays a number
    assert neutralise_row(["=a", 1]) == ["'=a", 1]


def test_report_frames_are_neutralised():
    frame = pd.DataFrame({"learner": ["=1+1", "Bo"], "score": [0.5, -1.0]})
    out = safe_frame(frame)
    assert out["learner"].tolist() == ["'=1+1", "Bo"]
    assert out["score"].tolist() == [0.5, -1.0]
    assert frame["learner"][0] == "=1+1"  # the caller's frame is not changed
