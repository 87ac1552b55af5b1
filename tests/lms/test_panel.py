"""The dashboard's "grades to the LMS" panel, driven headlessly (widget ``.click()``)
against the fake LTI 1.3 platform. Expected scores come from nbgrader's own Gradebook."""

from __future__ import annotations

import html
import re
import warnings
from pathlib import Path

from analytics.analytics_course import venv_on_path
from lms.test_push import KID, _nbgrader_scores
from soplab.cohort.lms.panel import SETUP_LINE, LmsPanel, lms_panel

LINE = re.compile(r'<p class="soplab-lms-line">(.*?)</p>')


def _write_config(course: Path, platform, key: Path, **extra: str) -> None:
    values = {"issuer": platform.issuer, "client_id": "soplab-tool", "deployment_id": "dep-1",
              "token_url": platform.token_url, "lineitems": platform.lineitems_url,
              "private_key": str(key), "key_id": KID} | extra
    (course / "lms").mkdir(exist_ok=True)
    (course / "lms" / "lti.toml").write_text(
        "".join(f'{k} = "{v}"\n' for k, v in values.items()), encoding="utf-8")


def _lines(panel: LmsPanel) -> list[str]:
    return [html.unescape(line) for line in LINE.findall(panel.output.value)]


def _posts(platform) -> list[str]:
    """What the tool sent to the platform other than asking for a token."""
    return [path for method, path in platform.requests if method != "GET" and path != "/token"]


def _send(panel: LmsPanel) -> None:
    panel.confirm.value = True
    panel.send.click()


def test_check_shows_the_table_and_sends_nothing(lms_course, lms, tool_key):
    _write_config(lms_course, lms, tool_key)
    panel = LmsPanel(lms_course)
    assert [v for _label, v in panel.assignment.options] == ["01-a", "02-b"]
    assert panel.lines == []
    panel.assignment.value = "01-a"
    panel.check.click()
    assert lms.scores == [] and lms.state.lineitems == {} and _posts(lms) == []
    assert _lines(panel) == ["01-a: would send 7, unchanged 0, 1 with nothing to send (the "
                             "grade column will be made). Nothing was sent."]
    expected = _nbgrader_scores(lms_course, "01-a")
    assert len(panel.rows) == 8
    shown = panel.output.value
    assert not re.search(r"\bs0\d\b", shown) and "First1" not in shown  # pseudonyms
    assert all(re.fullmatch(r"L-[0-9a-f]{10}", row[0]) for row in panel.rows)
    given = sorted(float(row[1].split(" of ")[0]) for row in panel.rows if row[1])
    assert given == sorted(round(score, 4) for score, _pending in expected.values())
    pending = [row for row in panel.rows if row[2] == "PendingManual"]
    assert len(pending) == 1 and pending[0][3] == "Submitted"
    assert sum(row[2] == "FullyGraded" and row[3] == "Completed" for row in panel.rows) == 6
    assert [row[4] for row in panel.rows if not row[1]] == ["nothing sent (not submitted)"]

    panel.names.value = True
    panel.check.click()
    assert "First1 Last1 (s01)" in panel.output.value and _posts(lms) == []


def test_send_needs_confirmation_then_posts_exactly_the_gradebook(lms_course, lms,
                                                                  tool_key):
    _write_config(lms_course, lms, tool_key)
    panel = LmsPanel(lms_course)
    panel.assignment.value = "01-a"
    panel.send.click()  # not confirmed
    assert len(_lines(panel)) == 1 and "nothing was sent" in _lines(panel)[0]
    assert lms.requests == []

    _send(panel)
    assert _lines(panel) == ["01-a: sent 7, unchanged 0, 1 with nothing to send (grade "
                             "column made)."]
    assert panel.confirm.value is False  # the next send is confirmed again
    expected = _nbgrader_scores(lms_course, "01-a")
    sent = {s["userId"]: s for s in lms.scores}
    assert set(sent) == {str(1000 + int(sid[1:])) for sid in expected}
    for sid, (score, pending) in expected.items():
        got = sent[str(1000 + int(sid[1:]))]
        assert abs(got["scoreGiven"] - score) < 1e-6 and got["scoreMaximum"] == 6.0
        assert got["gradingProgress"] == ("PendingManual" if pending else "FullyGraded")
    assert all(row[4] == "new in the LMS gradebook" for row in panel.rows if row[1])

    panel.confirm.value = True
    panel.assignment.value = "02-b"  # another assignment: confirm again
    assert panel.confirm.value is False
    panel.send.click()
    assert "nothing was sent" in _lines(panel)[0] and len(lms.scores) == 7
    panel.assignment.value = "01-a"
    _send(panel)  # a second send changes nothing
    assert _lines(panel) == ["01-a: sent 0, unchanged 7, 1 with nothing to send."]
    assert len(lms.scores) == 7 and len(lms.state.lineitems) == 1
    panel.check.click()
    assert {row[4] for row in panel.rows if row[1]} == {"nothing (the LMS already has this)"}


def test_a_changed_grade_shows_what_the_lms_had(lms_course, lms, tool_key):
    from nbgrader.api import Gradebook

    _write_config(lms_course, lms, tool_key)
    panel = LmsPanel(lms_course)
    panel.assignment.value = "01-a"
    _send(panel)
    before = _nbgrader_scores(lms_course, "01-a")["s07"][0]
    with venv_on_path(), warnings.catch_warnings(), Gradebook(
            f"sqlite:///{lms_course / 'gradebook.db'}", course_id="er-test") as gb:
        warnings.simplefilter("ignore")
        grade = gb.find_grade("reflection", "01-a", "01-a", "s07")
        grade.manual_score, grade.needs_manual_grade = 1.0, False
        gb.db.commit()
    panel.check.click()
    changed = [row for row in panel.rows if row[4].startswith("updated")]
    assert len(changed) == 1 and changed[0][4] == f"updated (the LMS has {before:g})"
    assert changed[0][2:4] == ("FullyGraded", "Completed") and len(lms.scores) == 7
    _send(panel)
    assert _lines(panel) == ["01-a: sent 1, unchanged 6, 1 with nothing to send."]


def test_a_learner_without_lms_id_is_named_and_nothing_is_sent(lms_course, lms,
                                                               tool_key):
    roster = (lms_course / "roster.csv").read_text(encoding="utf-8").splitlines(True)
    (lms_course / "roster.csv").write_text("".join(r for r in roster if not r.startswith("s03,")),
                                           encoding="utf-8")
    _write_config(lms_course, lms, tool_key)
    panel = LmsPanel(lms_course)
    panel.assignment.value = "01-a"
    for press in (panel.check.click, lambda: _send(panel)):
        press()
        lines = _lines(panel)
        assert len(lines) == 1 and lines[0].startswith("s03: no LMS user id")
        assert lines[0].endswith("nothing was sent") and panel.rows == []
    assert lms.requests == [] and lms.scores == []


def test_missing_config_is_one_line_pointing_to_the_guide(lms_course, lms):
    panel = LmsPanel(lms_course)
    expected = SETUP_LINE.format(path=lms_course / "lms" / "lti.toml")
    assert _lines(panel) == [expected] and "deploy/README.md" in expected
    panel.assignment.value = "01-a"
    panel.check.click()
    assert _lines(panel) == [expected] and "<table" not in panel.output.value
    _send(panel)
    assert _lines(panel) == [expected] and lms.requests == []
    note = lms_panel(lms_course)
    assert note.data.startswith("Grades to the LMS are not set up") and "\n" not in note.data


def test_bad_config_and_refusing_platform_are_one_line(lms_course, lms, tool_key,
                                                       tmp_path):
    (lms_course / "lms").mkdir()
    (lms_course / "lms" / "lti.toml").write_text('issuer = "http://lms.example"\n',
                                                 encoding="utf-8")
    panel = LmsPanel(lms_course)
    panel.assignment.value = "01-a"
    panel.check.click()
    assert _lines(panel) == ["lti.toml: client_id: missing (needs issuer, client_id, "
                             "token_url, lineitems, private_key, key_id)"]
    _write_config(lms_course, lms, tool_key, client_id="someone-else")
    _send(panel)
    lines = _lines(panel)
    assert len(lines) == 1 and lines[0].startswith("token: the LMS answered 401")
    assert "Traceback" not in panel.output.value and lms.scores == []


def test_learner_names_are_escaped(lms_course, lms, tool_key):
    roster = (lms_course / "roster.csv").read_text(encoding="utf-8")
    (lms_course / "roster.csv").write_text(roster.replace("First2", "<b>Eve</b>"),
                                           encoding="utf-8")
    _write_config(lms_course, lms, tool_key)
    panel = LmsPanel(lms_course)
    panel.names.value = True
    panel.assignment.value = "01-a"
    panel.check.click()
    assert "&lt;b&gt;Eve&lt;/b&gt;" in panel.output.value and "<b>Eve" not in panel.output.value


def test_notebook_helper_gives_the_panel_when_configured(lms_course, lms, tool_key):
    _write_config(lms_course, lms, tool_key)
    shown = lms_panel(lms_course)
    assert shown.__class__.__name__ == "VBox" and lms.requests == []
