"""LTI 1.3 launches from a fake LMS into the real JupyterHub of deploy/ (SOPLAB_AUTH=lti).

The fake platform (tests/lms/fakeplatform.py) runs on 127.0.0.1 with its own key.
A learner and an instructor, on the roster and the instructor list, are launched
the way a browser follows an LMS link (OIDC login initiation -> the platform's
authorization endpoint -> the signed id_token posted back to the hub). The learner
gets the learner view (no formgrader), the instructor formgrader. Expired,
unsigned, wrong-issuer, wrong-audience and unknown-deployment tokens, and people
the course does not know, are refused, and no hub user is created for them. The
hub also serves the tool's JWKS for the LMS.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

from hub.conftest import BUDGET, preflight
from hub.hubkit import (
    DEPLOY,
    HTTP_TIMEOUT,
    Person,
    delete_account,
    free_port,
    kill_pids,
    open_paths,
    paths_to_open,
    processes_of,
    restore_modes,
    run,
    run_id,
    start_hub,
)
from lms.fakeplatform import ROLE_INSTRUCTOR, ROLE_LEARNER, FakePlatform, LaunchUser
from soplab.cohort.lms.keys import generate_key, jwks, load_private_key

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lti_hub():
    preflight()
    previous = signal.signal(signal.SIGALRM, lambda *a: (_ for _ in ()).throw(
        TimeoutError(f"the LTI hub test took longer than {BUDGET:.0f} s")))
    signal.setitimer(signal.ITIMER_REAL, BUDGET)
    with contextlib.ExitStack() as undo:
        undo.callback(signal.signal, signal.SIGALRM, previous)
        undo.callback(signal.setitimer, signal.ITIMER_REAL, 0)
        base = Path(tempfile.mkdtemp(prefix="soplabt-", dir="/tmp"))
        undo.callback(shutil.rmtree, base, True)
        base.chmod(0o711)
        homes, state = base / "homes", base / "hub"
        homes.mkdir(mode=0o711)
        homes.chmod(0o711)
        state.mkdir(mode=0o700)
        undo.callback(restore_modes, open_paths(paths_to_open()))
        name = run_id()
        learners, instructors = f"{name}-learners", f"{name}-instructors"
        accounts = {"learner": f"{name}a", "instructor": f"{name}i"}

        def remove_everything() -> None:
            import pwd

            uids = set()
            for account in accounts.values():
                with contextlib.suppress(KeyError):
                    uids.add(pwd.getpwnam(account).pw_uid)
            kill_pids(processes_of(uids))
            for account in accounts.values():
                delete_account(account)
            for group in (learners, instructors):
                run(["groupdel", group], check=False)

        undo.callback(remove_everything)
        env = {**os.environ,
               "PATH": f"{Path(sys.prefix) / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
               "SOPLAB_VENV": sys.prefix, "SOPLAB_HOME_BASE": str(homes),
               "SOPLAB_EXCHANGE": str(base / "exchange"), "SOPLAB_LEARNERS_GROUP": learners,
               "SOPLAB_INSTRUCTORS_GROUP": instructors, "SOPLAB_HUB_STATE": str(state),
               "SOPLAB_NBGRADER_CONFIG_DIR": str(DEPLOY / "etc" / "jupyter")}
        setup = str(DEPLOY / "setup.sh")
        run([setup, "exchange"], env=env)
        run([setup, "instructor", accounts["instructor"]], env=env)
        run([setup, "learner", accounts["learner"]], env=env)
        roster = base / "roster.csv"
        roster.write_text("id,first_name,last_name,email,lms_id\n"
                          f"{accounts['learner']},Ana,Ruiz,ana@example.org,sub-learner-1\n",
                          encoding="utf-8")
        key = generate_key(state / "tool-key.pem")
        url = f"http://127.0.0.1:{free_port()}/"
        platform = FakePlatform(client_id="soplab-hub", deployment_id="dep-1",
                                tool_jwks=jwks(load_private_key(key), "tool-1"),
                                redirect_uris=(f"{url}hub/lti13/oauth_callback",))
        undo.enter_context(platform)
        jwks_port = free_port()
        env.update({
            "SOPLAB_HUB_URL": url, "SOPLAB_HUB_API_URL": f"http://127.0.0.1:{free_port()}",
            "SOPLAB_PROXY_API_URL": f"http://127.0.0.1:{free_port()}",
            "SOPLAB_AUTH": "lti", "SOPLAB_LTI_ISSUER": platform.issuer,
            "SOPLAB_LTI_CLIENT_ID": "soplab-hub", "SOPLAB_LTI_DEPLOYMENT_IDS": "dep-1",
            "SOPLAB_LTI_AUTHORIZE_URL": platform.auth_url,
            "SOPLAB_LTI_JWKS_URL": platform.jwks_url,
            "SOPLAB_LTI_CONTEXT_IDS": platform.context["id"],
            "SOPLAB_LTI_ROSTER": str(roster),
            "SOPLAB_LTI_INSTRUCTORS": f"lms-77={accounts['instructor']}",
            "JUPYTERHUB_CRYPT_KEY": os.urandom(32).hex(),
            "SOPLAB_LTI_KEY": str(key), "SOPLAB_LTI_KEY_ID": "tool-1",
            "SOPLAB_LTI_JWKS_PORT": str(jwks_port),
        })
        hub = start_hub(env, state, url, deadline=time.monotonic() + 90)
        undo.callback(hub.stop)
        yield hub, platform, accounts, instructors, key, homes


def launch(hub, platform: FakePlatform, user: LaunchUser, **bad) -> tuple[requests.Session,
                                                                          requests.Response]:
    """What a browser does when the learner follows the course's link in the LMS."""
    session = requests.Session()
    start = platform.login_initiation(user, target_link_uri=f"{hub.url}hub/")
    reply = session.post(f"{hub.url}hub/lti13/oauth_login", data=start, allow_redirects=False,
                         timeout=HTTP_TIMEOUT)
    assert reply.status_code == 302, reply.text[:500]
    where = urlsplit(reply.headers["Location"])
    assert f"{where.scheme}://{where.netloc}{where.path}" == platform.auth_url
    params = {k: v[0] for k, v in parse_qs(where.query).items()}
    target, fields = platform.authorize(params, **bad)
    return session, session.post(target, data=fields, allow_redirects=False,
                                 timeout=HTTP_TIMEOUT)


def hub_users(hub) -> set[str]:
    with contextlib.closing(sqlite3.connect(hub.state / "jupyterhub.sqlite")) as db:
        return {row[0] for row in db.execute("SELECT name FROM users")}


LEARNER = LaunchUser("sub-learner-1", "Ana Ruiz", [ROLE_LEARNER], "ana@example.org")
INSTRUCTOR = LaunchUser("opaque-instructor", "Maya Rivera", [ROLE_INSTRUCTOR],
                        "maya@example.org", lms_user_id="lms-77")


def test_bad_launches_are_refused_and_create_no_user(lti_hub):
    hub, platform, _, _, _, _ = lti_hub
    before = hub_users(hub)
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cases = {  # what is wrong -> (status, the hub's reason)
        "expired": (dict(expires_in=-120), 400, "Signature has expired"),
        "unsigned": (dict(unsigned=True), 400, "Unable to find a signing key"),
        "signed by another key": (dict(key=other_key), 400, "Signature verification failed"),
        "wrong issuer": (dict(issuer="https://other-lms.example"), 400, "Invalid issuer"),
        "wrong audience": (dict(audience="someone-else"), 401, "Audience doesn"),
        "unknown deployment": (dict(deployment_id="dep-666"), 403,
                               "LMS deployment (dep-666) is not registered"),
    }
    for case, (bad, status, reason) in cases.items():
        session, reply = launch(hub, platform, LEARNER, **bad)
        assert (reply.status_code, reason in reply.text) == (status, True), \
            f"{case}: {reply.status_code} {reply.text[-600:]}"
        assert not any(c.name.startswith("jupyterhub-hub-login") for c in session.cookies), case
    session, reply = launch(hub, platform, LaunchUser("sub-stranger", "Sam Doe",
                                                      [ROLE_LEARNER]))
    assert reply.status_code == 403 and "not on the course" in reply.text
    assert hub_users(hub) == before


@pytest.fixture(scope="module")
def launched(lti_hub) -> dict[str, Person]:
    """The learner and the instructor, launched from the LMS, with their servers up."""
    hub, platform, accounts, _, _, _ = lti_hub
    people = {}
    for role, user in (("learner", LEARNER), ("instructor", INSTRUCTOR)):
        session, reply = launch(hub, platform, user)
        assert reply.status_code == 302, f"{role}: {reply.status_code} {reply.text[:300]}"
        person = Person(accounts[role], "", hub, session=session)
        assert person.logged_in()
        person.request_token()
        person.start_server()
        people[role] = person
    deadline = time.monotonic() + 150
    for person in people.values():
        person.wait_ready(deadline)
    return people


def test_learner_and_instructor_land_in_their_own_servers_with_their_roles(lti_hub, launched):
    hub, platform, accounts, instructors, key, _ = lti_hub
    learner, instructor = launched["learner"], launched["instructor"]
    assert hub.api("GET", f"users/{learner.name}", learner.token).json()["groups"] == [
        f"{instructors.replace('-instructors', '-learners')}"]
    assert hub.api("GET", f"users/{instructor.name}", instructor.token).json()["groups"] == [
        instructors]
    # roles respected: formgrader for the instructor, not for the learner
    assert instructor.call("GET", "formgrader").status_code == 200
    assert learner.call("GET", "formgrader").status_code in (403, 404)
    assert learner.call("GET", "formgrader/api/assignments").status_code in (403, 404)
    # the hub serves the tool's public key for the LMS
    served = requests.get(f"{hub.url}services/soplab-lti/jwks.json", timeout=HTTP_TIMEOUT)
    assert served.status_code == 200
    assert served.json() == jwks(load_private_key(key), "tool-1")


PUSH_IN_KERNEL = """
import json, subprocess
from pathlib import Path
course = Path.home() / "course"
(course / "lms").mkdir(exist_ok=True)
(course / "lms" / "lti.toml").write_text({toml!r})
(course / "roster-lms.csv").write_text({roster!r})
out = {{}}
for name, cmd in (("roster", ["soplab", "roster", "import", "roster-lms.csv"]),
                  ("push1", ["soplab", "lms", "push", {assignment!r}]),
                  ("push2", ["soplab", "lms", "push", {assignment!r}])):
    done = subprocess.run(cmd, cwd=course, capture_output=True, text=True, timeout=240)
    out[name] = [done.returncode, done.stdout[-800:], done.stderr[-800:]]
from nbgrader.api import Gradebook
from soplab.course.config import course_id, gradebook_url
with Gradebook(gradebook_url(course), course_id(course)) as gb:
    sub = gb.find_submission({assignment!r}, {learner!r})
    out["gradebook"] = [sub.score, sub.needs_manual_grade, sub.max_score]
print(json.dumps(out))
"""


def test_learner_submits_instructor_grades_and_pushes_to_the_lms(lti_hub, launched):
    """The course loop after an LTI launch, then `soplab lms push` from the instructor's own
    server to the fake LMS: exactly nbgrader's score, the right progress, no duplicates."""
    import json

    from hub.test_hub_e2e import (
        ANSWER_IN_KERNEL,
        ASSIGNMENT,
        BUILD_IN_KERNEL,
        GRADED,
        _answers,
        _key,
    )

    hub, platform, accounts, _, key, homes = lti_hub
    learner, instructor = launched["learner"], launched["instructor"]
    course = "sop-er-best-practices"
    built = instructor.python(BUILD_IN_KERNEL.format(assignment=ASSIGNMENT), timeout=300)
    assert built.startswith("0"), built
    instructor.formgrader(f"assignment/{ASSIGNMENT}/release")
    learner.assignments("fetch", ASSIGNMENT, course)
    answers = {GRADED: _answers(_key(), 3)}
    learner.python(ANSWER_IN_KERNEL.format(assignment=ASSIGNMENT, answers=json.dumps(answers)))
    learner.assignments("submit", ASSIGNMENT, course)
    instructor.formgrader(f"assignment/{ASSIGNMENT}/collect")
    instructor.formgrader(f"submission/{ASSIGNMENT}/{learner.name}/autograde")

    # the instructor's copy of the tool's key, readable by them only
    import pwd

    mine = homes / instructor.name / "course" / "lms" / "tool-key.pem"
    mine.parent.mkdir(exist_ok=True)
    shutil.copy(key, mine)
    owner = pwd.getpwnam(instructor.name)
    for path in (mine.parent, mine):
        os.chown(path, owner.pw_uid, owner.pw_gid)
    mine.chmod(0o600)
    toml = (f'issuer = "{platform.issuer}"\nclient_id = "soplab-hub"\n'
            f'deployment_id = "dep-1"\ntoken_url = "{platform.token_url}"\n'
            f'lineitems = "{platform.lineitems_url}"\nprivate_key = "{mine}"\n'
            'key_id = "tool-1"\n')
    roster = ("id,first_name,last_name,email,lms_id\n"
              f"{learner.name},Ana,Ruiz,ana@example.org,{LEARNER.sub}\n")
    out = json.loads(instructor.python(PUSH_IN_KERNEL.format(
        toml=toml, roster=roster, assignment=ASSIGNMENT, learner=learner.name),
        timeout=300).strip().splitlines()[-1])
    for step in ("roster", "push1", "push2"):
        assert out[step][0] == 0, f"{step}: {out[step]}"
    score, pending, maximum = out["gradebook"]
    assert len(platform.state.lineitems) == 1
    (item,) = platform.state.lineitems.values()
    assert (item["resourceId"], item["scoreMaximum"]) == (ASSIGNMENT, maximum)
    (sent,) = platform.scores  # one score, and the second push sent nothing
    assert (sent["userId"], sent["scoreMaximum"]) == (LEARNER.sub, maximum)
    assert sent["gradingProgress"] == ("PendingManual" if pending else "FullyGraded")
    assert sent["scoreGiven"] == pytest.approx(score)
    assert "1 score(s) sent" in out["push1"][1] and "0 score(s) sent" in out["push2"][1]
