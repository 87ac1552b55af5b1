"""The report reads answer metadata as data: a huge or wrongly typed edit count in a
folder that never went through collect (copied by hand) does not stop it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bad_submissions import GRADED_SET, KEY
from pipeline_kit import ORIENTATION, release_copy

from soplab.cohort.autograde import autograde

pytestmark = pytest.mark.slow


def test_report_survives_a_400_digit_edit_count(mini_course: Path, tmp_path: Path):
    from coursekit import write_answers

    for sid in ("ana", "ben"):
        write_answers(release_copy(mini_course, sid), GRADED_SET, KEY)
    path = mini_course / "submitted" / "ben" / ORIENTATION / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    for n, entry in enumerate(data["answers"].values()):
        entry["changes"] = [10 ** 400, "many", -3, 2.5, True][n % 5]
    path.write_text(json.dumps(data))
    assert not autograde(mini_course, ORIENTATION).failed
    # intake keeps the graded copy in range; the report must also survive a copy that
    # never went through intake
    graded = mini_course / "autograded" / "ben" / ORIENTATION / "answers" / path.name
    assert "1000000000" not in graded.read_text()
    graded.write_text(json.dumps(data))
    out = tmp_path / "report"
    done = subprocess.run([sys.executable, "-m", "soplab", "report", "--course",
                           str(mini_course), "--out", str(out), "--quiet", "--min-group", "1"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "index.html").exists() and (out / "mastery.csv").exists()
