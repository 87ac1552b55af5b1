"""An extension through the real pipeline: autograde's late penalty, the feedback page, the
report's next steps and the export's notes (the built orientation, SQLite)."""

from __future__ import annotations

import shutil
import warnings
from datetime import datetime
from pathlib import Path

import pytest

from analytics.analytics_course import venv_on_path
from pipeline.bad_submissions import GRADED_SET, KEY
from pipeline.pipeline_kit import COURSE, ORIENTATION, course_subset, sqlite_url
from soplab.cohort.analytics import load_course_data, read_roster
from soplab.cohort.analytics.canvas import course_canvas_table
from soplab.cohort.analytics.latework import late_and_missing, late_work_step
from soplab.cohort.analytics.nextsteps import Line, Step
from soplab.cohort.autograde import autograde
from soplab.cohort.extensions import grant_extension
from soplab.cohort.feedback import generate_feedback
from soplab.cohort.roster import import_roster

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return course_subset(tmp_path_factory.mktemp("ext") / "course")


def test_extension_moves_penalty_feedback_report_and_export(built, tmp_path):
    from nbgrader.api import Gradebook

    from coursekit import write_answers

    root = tmp_path / "course"
    shutil.copytree(built, root, symlinks=True)
    with (root / "nbgrader_config.py").open("a", encoding="utf-8") as fh:
        fh.write('\nc.LateSubmissionPlugin.penalty_method = "zero"\n')  # late work: 0
    (root / "roster-in.csv").write_text(
        "id,first_name,last_name,email,lms_id\nana,Ana,Ruiz,ana@example.org,1001\n"
        "ben,Ben,Ito,ben@example.org,1002\ncy,Cy,Oduya,cy@example.org,1003\n",
        encoding="utf-8")
    import_roster(root, root / "roster-in.csv")
    url = sqlite_url(root)
    with venv_on_path(), warnings.catch_warnings(), Gradebook(url, course_id=COURSE) as gb:
        warnings.simplefilter("ignore")
        gb.update_or_create_assignment(ORIENTATION, duedate="2026-05-01 12:00:00")
    grant_extension(root, "ana", ORIENTATION, db_url=url, course=COURSE, days=5,
                    reason="accommodation agreed with HR")
    for sid in ("ana", "ben"):  # both submit two days after the due date
        folder = root / "submitted" / sid / ORIENTATION
        shutil.copytree(root / "release" / ORIENTATION, folder)
        write_answers(folder, GRADED_SET, KEY)
        (folder / "timestamp.txt").write_text("2026-05-03 12:00:00.000000 UTC")

    autograde(root, ORIENTATION)
    with venv_on_path(), Gradebook(url, course_id=COURSE) as gb:
        got = {s: (gb.find_submission(ORIENTATION, s).score,
                   gb.find_submission(ORIENTATION, s).late_submission_penalty)
               for s in ("ana", "ben")}
    # nbgrader's "zero" rule: late work loses all its points; ana's extension makes hers
    # on time (the extension was granted before her submission was first recorded)
    assert got == {"ana": (5.0, 0.0), "ben": (5.0, 5.0)}

    pages = {p.parent.parent.name: p.read_text(encoding="utf-8")
             for p in generate_feedback(root, ORIENTATION).pages}
    assert "your due date was 6 May 2026, 12:00 (UTC)" in pages["ana"]
    assert "more time" not in pages["ben"]
    assert "were taken off because the work came in after the due date" in pages["ben"]

    data = load_course_data(root)
    found = late_and_missing(data, now=datetime(2026, 5, 10))
    assert sorted(zip(found["student_id"], found["kind"], strict=True)) == [
        ("ben", "late"), ("cy", "missing")]
    step = late_work_step(data, lambda a: a, Step, Line, now=datetime(2026, 5, 4))
    assert step.count == 2 and "00-orientation: 1 submitted late, 1 missing\n" in str(step)
    assert "soplab extend LEARNER ASSIGNMENT --days N" in str(step)
    grant_extension(root, "cy", ORIENTATION, db_url=url, course=COURSE, days=7)
    assert list(late_and_missing(data, now=datetime(2026, 5, 4))["student_id"]) == ["ben"]
    step = late_work_step(data, lambda a: a, Step, Line, now=datetime(2026, 5, 10))
    assert ("00-orientation: 1 submitted late, 1 missing; 1 of them judged by an extension "
            "or accommodation (latest due 8 May 2026 12:00 UTC)") in str(step)

    table = course_canvas_table(root, data.scores, read_roster(root), db_url=url,
                                course=COURSE)
    assert "ana: 00-orientation due 6 May 2026 12:00 UTC (extension)" in table.attrs["notes"]
