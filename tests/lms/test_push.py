"""`soplab lms push` against the fake LTI 1.3 platform: scores, progress, idempotence, refusals.

The expected scores are read with nbgrader's own Gradebook API, not with the code under test.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import httpx
import pytest

from analytics.analytics_course import venv_on_path
from lms.fakeplatform import FakePlatform
from soplab.cli import main
from soplab.cohort.lms.ags import PlatformError
from soplab.cohort.lms.config import LtiConfig
from soplab.cohort.lms.keys import generate_key
from soplab.cohort.lms.push import PushError, push_assignment

KID = "tool-key-1"  # the key id of the tool_key fixture (conftest.py)


def _config(lms: FakePlatform, key: Path, **changes) -> LtiConfig:
    values = dict(issuer=lms.issuer, client_id="soplab-tool", token_url=lms.token_url,
                  lineitems=lms.lineitems_url, private_key=key, key_id=KID,
                  deployment_id="dep-1") | changes
    return LtiConfig(**values)


def _nbgrader_scores(course: Path, assignment: str) -> dict[str, tuple[float, bool]]:
    """learner -> (score, waits for manual grading), from nbgrader's Gradebook."""
    from nbgrader.api import Gradebook

    out = {}
    with venv_on_path(), Gradebook(f"sqlite:///{course / 'gradebook.db'}",
                                   course_id="er-test") as gb:
        for sub in gb.assignment_submissions(assignment):
            penalty = sum(nb.late_submission_penalty or 0 for nb in sub.notebooks)
            out[sub.student.id] = (max(0.0, sub.score - penalty), sub.needs_manual_grade)
    return out


def test_push_sends_exactly_the_gradebook_scores_once(lms_course, lms, tool_key):
    config = _config(lms, tool_key)
    report = push_assignment(lms_course, "01-a", config=config)
    assert report.created and len(lms.state.lineitems) == 1
    item = lms.state.lineitems[1]
    assert (item["resourceId"], item["tag"], item["scoreMaximum"]) == ("01-a", "soplab", 6.0)
    expected = _nbgrader_scores(lms_course, "01-a")
    sent = {s["userId"]: s for s in lms.scores}
    assert set(sent) == {str(1000 + int(sid[1:])) for sid in expected}  # s08 did not submit
    for sid, (score, pending) in expected.items():
        got = sent[str(1000 + int(sid[1:]))]
        assert got["scoreGiven"] == pytest.approx(score) and got["scoreMaximum"] == 6.0
        assert got["gradingProgress"] == ("PendingManual" if pending else "FullyGraded")
        assert got["activityProgress"] == ("Submitted" if pending else "Completed")
    assert sent["1007"]["gradingProgress"] == "PendingManual"  # s07's reflection waits
    assert report.skipped == {"s08": "not submitted"}

    again = push_assignment(lms_course, "01-a", config=config)
    assert not again.created and again.posted == [] and len(again.unchanged) == 7
    assert len(lms.state.lineitems) == 1 and len(lms.scores) == 7  # no duplicates


def test_a_changed_grade_is_updated_and_nothing_else(lms_course, lms, tool_key):
    from nbgrader.api import Gradebook

    config = _config(lms, tool_key)
    push_assignment(lms_course, "01-a", config=config)
    with venv_on_path(), warnings.catch_warnings(), Gradebook(
            f"sqlite:///{lms_course / 'gradebook.db'}", course_id="er-test") as gb:
        warnings.simplefilter("ignore")
        grade = gb.find_grade("reflection", "01-a", "01-a", "s07")
        grade.manual_score, grade.needs_manual_grade = 1.0, False
        gb.db.commit()
    report = push_assignment(lms_course, "01-a", config=config)
    assert report.posted == ["s07"]
    last = lms.scores[-1]
    assert (last["userId"], last["scoreGiven"], last["gradingProgress"]) == (
        "1007", _nbgrader_scores(lms_course, "01-a")["s07"][0], "FullyGraded")
    assert len(lms.scores) == 8


def test_late_penalty_is_taken_off(lms_course, lms, tool_key):
    push_assignment(lms_course, "02-b", config=_config(lms, tool_key))
    assert [(s["userId"], s["scoreGiven"]) for s in lms.scores] == [("1001", 1.5)]


def test_a_learner_without_lms_id_stops_the_push_before_anything_is_sent(
        lms_course, lms, tool_key):
    roster = (lms_course / "roster.csv").read_text(encoding="utf-8").splitlines(True)
    (lms_course / "roster.csv").write_text("".join(r for r in roster if not r.startswith("s03,")),
                                           encoding="utf-8")
    with pytest.raises(PushError, match=r"^s03: no LMS user id .*nothing was sent$"):
        push_assignment(lms_course, "01-a", config=_config(lms, tool_key))
    assert lms.requests == [] and lms.scores == []


@pytest.mark.parametrize("change, reason", [
    ("other_key", "token: the LMS answered 401: Signature verification failed"),
    ("audience", "token: the LMS answered 401: Audience doesn't match"),
    ("client", "token: the LMS answered 401: iss and sub must be the client_id"),
])
def test_bad_assertions_are_refused_and_change_nothing(lms_course, lms, tool_key, tmp_path,
                                                       change, reason):
    changes = {"other_key": {"private_key": generate_key(tmp_path / "other.pem")},
               "audience": {"token_audience": "https://elsewhere.example/token"},
               "client": {"client_id": "someone-else"}}[change]
    with pytest.raises(PlatformError) as err:
        push_assignment(lms_course, "01-a", config=_config(lms, tool_key, **changes))
    assert str(err.value).startswith(reason)
    assert lms.state.lineitems == {} and lms.scores == []


def test_platform_refuses_requests_without_a_valid_token(lms):
    assert httpx.get(lms.lineitems_url).status_code == 401
    assert httpx.get(lms.lineitems_url,
                     headers={"Authorization": "Bearer made-up"}).status_code == 401
    bad = httpx.post(lms.token_url, data={"grant_type": "client_credentials",
                                          "client_assertion_type": "urn:ietf:params:oauth:"
                                          "client-assertion-type:jwt-bearer",
                                          "client_assertion": "not.a.jwt", "scope": "x"})
    assert bad.status_code == 401


def test_expired_assertion_is_refused(lms_course, lms, tool_key, monkeypatch):
    import soplab.cohort.lms.ags as ags

    real = ags.client_assertion
    monkeypatch.setattr(ags, "client_assertion",
                        lambda config, now=None: real(config, now=1_000_000_000))
    with pytest.raises(PlatformError, match="token: the LMS answered 401: Signature has expired"):
        push_assignment(lms_course, "01-a", config=_config(lms, tool_key))


def test_cli_push_reads_lti_toml_and_refuses_unknown_assignments(lms_course, lms, tool_key,
                                                                  capsys):
    (lms_course / "lms").mkdir()
    (lms_course / "lms" / "lti.toml").write_text(
        f'issuer = "{lms.issuer}"\nclient_id = "soplab-tool"\ndeployment_id = "dep-1"\n'
        f'token_url = "{lms.token_url}"\nlineitems = "{lms.lineitems_url}"\n'
        f'private_key = "{tool_key}"\nkey_id = "{KID}"\n', encoding="utf-8")
    assert main(["lms", "push", "01-a", "--course", str(lms_course)]) == 0
    out = capsys.readouterr()
    assert "01-a: line item made; 7 score(s) sent, 0 already up to date" in out.out
    assert "s08: not submitted; nothing sent" in out.err
    assert main(["lms", "push", "09-x", "--course", str(lms_course)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "soplab lms: 09-x: not an assignment of this course (it has 01-a, 02-b)"
    (lms_course / "lms" / "lti.toml").write_text('issuer = "http://lms.example"\n',
                                                 encoding="utf-8")
    assert main(["lms", "push", "01-a", "--course", str(lms_course)]) == 2
    assert capsys.readouterr().err.strip() == (
        "soplab lms: lti.toml: client_id: missing (needs issuer, client_id, token_url, "
        "lineitems, private_key, key_id)")
