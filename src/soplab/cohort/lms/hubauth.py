"""LTI 1.3 login to the course's JupyterHub: ``jupyterhub-ltiauthenticator`` plus the
course's own checks (the hub imports this module; nothing else does).

:class:`CourseLTI13Authenticator` keeps the LTI 1.3 launch of ``LTI13Authenticator``
(OIDC login initiation, the platform's signed id_token checked against its JWKS,
issuer, audience, expiry, nonce and state) and adds what a course needs:

* **deployment**: the launch's ``deployment_id`` must be one the course registered
  (``deployment_ids``); ``LTI13Authenticator`` itself does not check it;
* **course**: when ``context_ids`` is set, the launch's context (the LMS course) must be
  one of them;
* **roles**: ``Instructor`` or ``TeachingAssistant`` (course membership roles) put the
  person in the instructors' group (formgrader), ``Learner`` in the learners' group;
  institution-wide roles never count;
* **account**: a learner is the roster learner whose ``lms_id`` is the launch's ``sub``
  or the LMS's own user id (the custom claim ``lms_user_id_claim``); an instructor is
  named in ``instructor_accounts`` (LMS id -> account). The account must exist on the
  machine (``deploy/setup.sh``). Anyone else is refused, and nothing is created;
* **auth_state** keeps ``sub``, the LMS user id, issuer, deployment, course (context)
  and roles, so the course can tell whom a grade belongs to.
"""

from __future__ import annotations

import pwd
from pathlib import Path

from ltiauthenticator.lti13.auth import LTI13Authenticator
from tornado import web
from traitlets import Dict, Set, Unicode

from ..roster import RosterError, read_roster

__all__ = ["CourseLTI13Authenticator", "INSTRUCTOR_ROLES", "LEARNER_ROLES", "course_role"]

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
_MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership"
INSTRUCTOR_ROLES = (f"{_MEMBERSHIP}#Instructor", f"{_MEMBERSHIP}/Instructor#TeachingAssistant")
LEARNER_ROLES = (f"{_MEMBERSHIP}#Learner",)


def course_role(roles: list[str]) -> str | None:
    """``instructor``, ``learner`` or None, from the launch's roles claim."""
    if any(r in INSTRUCTOR_ROLES for r in roles):
        return "instructor"
    if any(r in LEARNER_ROLES or r.startswith(f"{_MEMBERSHIP}/Learner#") for r in roles):
        return "learner"
    return None


class CourseLTI13Authenticator(LTI13Authenticator):
    login_service = "your learning platform"

    deployment_ids = Set(Unicode(), config=True,
                         help="The LMS deployment ids this course accepts (the LMS shows the "
                              "id when the tool is deployed); launches from others are refused.")
    context_ids = Set(Unicode(), config=True,
                      help="LMS course (context) ids this hub serves; empty: any course of "
                           "the accepted deployments.")
    roster_file = Unicode("", config=True,
                          help="The course's roster.csv (soplab roster import): learners' "
                               "lms_id -> account name (the roster's id).")
    instructor_accounts = Dict(value_trait=Unicode(), key_trait=Unicode(), config=True,
                               help="LMS user id -> local account, for instructors and "
                                    "teaching assistants.")
    lms_user_id_claim = Unicode("lms_user_id", config=True,
                                help="Custom claim that carries the LMS's own user id "
                                     "(Canvas: a custom field lms_user_id=$Canvas.user.id).")
    learners_group = Unicode("soplab-learners", config=True)
    instructors_group = Unicode("soplab-instructors", config=True)

    def _refuse(self, message: str) -> None:
        self.log.warning("LTI launch refused: %s", message)
        raise web.HTTPError(403, message)

    def _learner_accounts(self) -> dict[str, str]:
        if not self.roster_file:
            return {}
        try:
            learners = read_roster(Path(self.roster_file))
        except RosterError as exc:
            self.log.error("roster for LTI launches: %s", exc.problems[0])
            return {}
        return {p.lms_id: p.id for p in learners if p.lms_id}

    async def authenticate(self, handler, data=None):
        claims = data or {}
        deployment = str(claims.get(LTI + "deployment_id", ""))
        if deployment not in self.deployment_ids:
            self._refuse(f"this LMS deployment ({deployment or 'none'}) is not registered "
                         "with the course")
        context = claims.get(LTI + "context") or {}
        if self.context_ids and str(context.get("id", "")) not in self.context_ids:
            self._refuse("this hub serves another course; open the course from its own "
                         "page in the LMS")
        roles = [str(r) for r in claims.get(LTI + "roles") or []]
        role = course_role(roles)
        if role is None:
            self._refuse("your role in this LMS course is neither learner nor instructor")
        sub = str(claims.get("sub", ""))
        custom = claims.get(LTI + "custom") or {}
        lms_user_id = str(custom.get(self.lms_user_id_claim, "") or "")
        table = self.instructor_accounts if role == "instructor" else self._learner_accounts()
        account = table.get(sub) or (table.get(lms_user_id) if lms_user_id else None)
        if not account:
            self._refuse(f"this LMS account (id {lms_user_id or sub}) is not on the course's "
                         f"{'instructor list' if role == 'instructor' else 'roster'}; ask the "
                         "course's instructor to add it")
        try:
            pwd.getpwnam(account)
        except KeyError:
            self._refuse(f"there is no account {account} on this machine yet; ask the "
                         "course's instructor to create it")
        group = self.instructors_group if role == "instructor" else self.learners_group
        return {
            "name": account,
            "groups": [group],
            "auth_state": {
                "sub": sub, "lms_user_id": lms_user_id, "issuer": claims.get("iss"),
                "deployment_id": deployment, "role": role, "roles": roles,
                "context": {k: context.get(k) for k in ("id", "label", "title")},
                "name": claims.get("name"), "email": claims.get("email"),
                "lineitems": (claims.get("https://purl.imsglobal.org/spec/lti-ags/claim/"
                                         "endpoint") or {}).get("lineitems"),
            },
        }
