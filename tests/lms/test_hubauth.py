"""The course's LTI 1.3 authenticator on its own: deployment, course, roles, roster link,
auth_state. (tests/hub/test_hub_lti.py runs it inside the real hub.)"""

from __future__ import annotations

import asyncio

import pytest
from tornado import web

from soplab.cohort.lms.hubauth import CourseLTI13Authenticator, course_role

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
TA = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"
INSTITUTION_INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"


@pytest.fixture
def auth(tmp_path):
    # "root" exists on every Linux machine: it stands for an account made by setup.sh
    (tmp_path / "roster.csv").write_text(
        "id,first_name,last_name,email,lms_id\n"
        "root,Ana,Ruiz,ana@example.org,sub-ana\n"
        "nobody-here-xyz,Bo,Li,bo@example.org,sub-bo\n", encoding="utf-8")
    return CourseLTI13Authenticator(
        deployment_ids={"dep-1"}, context_ids={"course-1"},
        roster_file=str(tmp_path / "roster.csv"), instructor_accounts={"77": "root"},
        learners_group="learners", instructors_group="instructors")


def claims(sub="sub-ana", roles=(LEARNER,), deployment="dep-1", context="course-1",
           custom=None):
    return {"sub": sub, "iss": "https://lms.example", "name": "Ana Ruiz",
            "email": "ana@example.org", LTI + "deployment_id": deployment,
            LTI + "roles": list(roles), LTI + "custom": custom or {},
            LTI + "context": {"id": context, "label": "ER", "title": "ER 2026"}}


def login(auth, data):
    return asyncio.run(auth.authenticate(None, data))


def test_learner_is_linked_to_the_roster_and_kept_in_auth_state(auth):
    user = login(auth, claims())
    assert user["name"] == "root" and user["groups"] == ["learners"]
    state = user["auth_state"]
    assert (state["sub"], state["deployment_id"], state["role"]) == ("sub-ana", "dep-1",
                                                                      "learner")
    assert state["context"] == {"id": "course-1", "label": "ER", "title": "ER 2026"}


def test_instructor_and_ta_by_lms_user_id_get_the_instructors_group(auth):
    for roles in ((INSTRUCTOR,), (TA,), (LEARNER, INSTRUCTOR)):
        user = login(auth, claims(sub="opaque-uuid", roles=roles,
                                  custom={"lms_user_id": "77"}))
        assert user["name"] == "root" and user["groups"] == ["instructors"]
        assert user["auth_state"]["lms_user_id"] == "77"


@pytest.mark.parametrize("data, reason", [
    (claims(deployment="dep-2"), "LMS deployment (dep-2) is not registered"),
    (claims(context="other-course"), "this hub serves another course"),
    (claims(roles=(INSTITUTION_INSTRUCTOR,)), "neither learner nor instructor"),
    (claims(sub="sub-unknown"), "(id sub-unknown) is not on the course's roster"),
    (claims(sub="sub-ana", roles=(INSTRUCTOR,)), "is not on the course's instructor list"),
    (claims(sub="sub-bo"), "there is no account nobody-here-xyz on this machine"),
])
def test_launches_the_course_does_not_know_are_refused(auth, data, reason):
    with pytest.raises(web.HTTPError) as err:
        login(auth, data)
    assert err.value.status_code == 403 and reason in err.value.log_message


def test_course_role_reads_membership_roles_only():
    assert course_role([INSTITUTION_INSTRUCTOR, LEARNER]) == "learner"
    assert course_role([TA]) == "instructor"
    assert course_role([]) is None
