"""End to end on a real JupyterHub: a cohort works through the orientation.

An instructor and three learners log in through the hub's login form with their
machine passwords (PAM) and get a hub token from that login session. Each one's
own JupyterLab server, started by the hub as that account, does the work:

* the instructor builds the orientation with ``soplab build`` in a kernel of
  their server and releases it with formgrader's release button (its API);
* each learner fetches it with the Assignments panel's API, answers through
  the course widgets in a kernel (``show(set_id).answer(...)``, which writes
  ``answers/<set>.json`` exactly as clicks do) and submits;
* the instructor collects, autogrades each learner and generates and releases
  feedback with formgrader; each learner fetches their feedback.

Then learner A tries to read B's work and the instructor's files from a shell
(``runuser``), from a kernel and through the server's file API; all must fail.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from hub.hubkit import REPO, Person, run

pytestmark = pytest.mark.slow

ASSIGNMENT = "00-orientation"
GRADED = "00-how-it-works"
WRITING = "00-hopes"


def _key() -> dict[str, str]:
    from soplab.engine.items import load_bank

    bank = load_bank(REPO)
    return {item.id: item.label for item in bank.items_for(GRADED)}


def _writing_item() -> str:
    from soplab.engine.items import load_bank

    return load_bank(REPO).items_for(WRITING)[0].id


def _answers(key: dict[str, str], right: int) -> dict[str, str]:
    """The first ``right`` items answered correctly, the rest wrongly."""
    flip = {"True": "False", "False": "True"}
    return {item: (label if n < right else flip[label])
            for n, (item, label) in enumerate(key.items())}


ANSWER_IN_KERNEL = """
import json
from pathlib import Path
from soplab.engine.widgets import show

folder = Path.home() / {assignment!r}
saved = {{}}
for set_id, answers in json.loads({answers!r}).items():
    widget = show(set_id, folder=folder)
    for item, value in answers.items():
        widget.answer(item, value)
    saved[set_id] = widget.store.values()
print(json.dumps(saved))
"""

BUILD_IN_KERNEL = """
import subprocess
from pathlib import Path
done = subprocess.run(["soplab", "build", {assignment!r}], cwd=Path.home() / "course",
                      capture_output=True, text=True, timeout=240)
print(done.returncode)
print(done.stdout[-1500:], done.stderr[-1500:])
"""

TRY_READ_IN_KERNEL = """
import json, os
result = {{}}
for path in json.loads({paths!r}):
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").read(1)
        result[path] = "read"
    except PermissionError:
        result[path] = "denied"
    except OSError as exc:
        result[path] = type(exc).__name__
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def cohort(deployment) -> dict:
    """Run the whole course loop once; the tests below look at what it left."""
    d = deployment
    instructor, learners = d.instructor, d.learners
    key = _key()
    right = {learners[0].name: len(key), learners[1].name: 2, learners[2].name: 0}
    markers = {p.name: f"hope-{os.urandom(4).hex()}" for p in learners}

    for person in (instructor, *learners):
        reply = person.login()
        assert reply.status_code == 302, f"{person.name}: login {reply.status_code}\n" \
                                         f"{d.hub.log_tail()}"
        person.request_token()
        person.start_server()
    for person in (instructor, *learners):
        person.wait_ready(d.deadline)

    built = instructor.python(BUILD_IN_KERNEL.format(assignment=ASSIGNMENT), timeout=300)
    assert built.startswith("0"), built
    instructor.formgrader(f"assignment/{ASSIGNMENT}/release")

    saved = {}
    listed = {}
    for person in learners:
        reply = person.call("GET", "assignments", params={"course_id": d.course_id})
        listed[person.name] = reply.json()
        person.assignments("fetch", ASSIGNMENT, d.course_id)
        answers = {GRADED: _answers(key, right[person.name]),
                   WRITING: {_writing_item(): f"I hope to listen first ({markers[person.name]})."}}
        out = person.python(ANSWER_IN_KERNEL.format(assignment=ASSIGNMENT,
                                                     answers=json.dumps(answers)))
        saved[person.name] = (answers, json.loads(out.strip().splitlines()[-1]))
        person.assignments("submit", ASSIGNMENT, d.course_id)

    instructor.formgrader(f"assignment/{ASSIGNMENT}/collect")
    for person in learners:
        instructor.formgrader(f"submission/{ASSIGNMENT}/{person.name}/autograde")
    instructor.formgrader(f"assignment/{ASSIGNMENT}/generate_feedback")
    instructor.formgrader(f"assignment/{ASSIGNMENT}/release_feedback")
    for person in learners:
        person.assignments("fetch_feedback", ASSIGNMENT, d.course_id)

    return {"key": key, "right": right, "markers": markers, "saved": saved, "listed": listed}


def _course(d) -> Path:
    return d.home(d.instructor) / "course"


def _submission(d, person: Person) -> Path:
    inbound = d.exchange / d.course_id / "inbound"
    found = sorted(inbound.glob(f"{person.name}+{ASSIGNMENT}+*"))
    assert found, f"no submission of {person.name} in {inbound}"
    return found[-1]


# --- logging in ---------------------------------------------------------------

def test_setup_script_made_accounts_that_can_run_the_course(deployment) -> None:
    assert "warning" not in deployment.setup_output, deployment.setup_output
    for person in (deployment.instructor, *deployment.learners):
        home = deployment.home(person)
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert home.stat().st_uid == int(run(["id", "-u", person.name]).stdout)


def test_wrong_password_is_refused(deployment) -> None:
    learner = Person(deployment.learners[0].name, "not-the-password", deployment.hub)
    reply = learner.login()
    assert reply.status_code == 403
    assert not learner.logged_in()


def test_account_outside_the_course_groups_is_refused(deployment) -> None:
    reply = deployment.outsider.login()
    assert reply.status_code == 403
    assert not deployment.outsider.logged_in()


# --- the course loop ----------------------------------------------------------

def test_servers_run_as_their_own_accounts(deployment, cohort) -> None:
    for person in (deployment.instructor, *deployment.learners):
        out = person.python("import getpass, os; print(getpass.getuser(), os.getcwd())")
        assert out.split() == [person.name, str(deployment.home(person))]


def test_learners_saw_the_release_and_saved_answers_like_the_widgets(deployment,
                                                                     cohort) -> None:
    for person in deployment.learners:
        listed = cohort["listed"][person.name]
        assert listed["success"], listed
        assert [(a["assignment_id"], a["status"]) for a in listed["value"]] == [
            (ASSIGNMENT, "released")]
        meant, saved = cohort["saved"][person.name]
        assert saved == meant
        answers = deployment.home(person) / ASSIGNMENT / "answers" / f"{GRADED}.json"
        assert answers.stat().st_uid == int(run(["id", "-u", person.name]).stdout)
        assert json.loads(answers.read_text())["answers"].keys() == meant[GRADED].keys()


def test_autograded_scores_follow_each_learners_answers(deployment, cohort) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{_course(deployment) / 'gradebook.db'}") as gb:
        scores = {s.student.id: (s.score, s.max_score)
                  for s in gb.assignment_submissions(ASSIGNMENT)}
    assert scores.keys() == {p.name for p in deployment.learners}
    total = len(cohort["key"])
    for name, (score, max_score) in scores.items():
        assert max_score > 0
        assert score == pytest.approx(max_score * cohort["right"][name] / total), name


def test_each_learner_gets_only_their_own_feedback(deployment, cohort) -> None:
    markers = cohort["markers"]
    for person in deployment.learners:
        folder = deployment.home(person) / ASSIGNMENT / "feedback"
        pages = sorted(folder.glob("*/*.html"))
        assert [p.name for p in pages] == [f"{ASSIGNMENT}.html"], pages
        html = pages[0].read_text(encoding="utf-8")
        assert markers[person.name] in html
        others = [m for name, m in markers.items() if name != person.name]
        assert not any(m in html for m in others)


# --- what a learner cannot see ------------------------------------------------

def _private_paths(d) -> dict[str, Path]:
    b = d.learners[1]
    course = _course(d)
    theirs = _submission(d, b)
    return {
        "B's submitted notebook": theirs / f"{ASSIGNMENT}.ipynb",
        "B's submitted answers": theirs / "answers" / f"{GRADED}.json",
        "the list of submissions": d.exchange / d.course_id / "inbound",
        "the list of released feedback": d.exchange / d.course_id / "feedback",
        "B's own copy of the answers": d.home(b) / ASSIGNMENT / "answers" / f"{GRADED}.json",
        "B's home": d.home(b),
        "the instructor's source notebook": course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
        "the instructor's gradebook": course / "gradebook.db",
        "the instructor's item bank": course / "data" / "items" / f"{ASSIGNMENT}.csv",
        "B's collected submission": course / "submitted" / b.name / ASSIGNMENT
        / f"{ASSIGNMENT}.ipynb",
        "the instructor's home": d.home(d.instructor),
    }


def _open_paths(d) -> dict[str, Path]:
    a = d.learners[0]
    return {
        "the released notebook": d.exchange / d.course_id / "outbound" / ASSIGNMENT
        / f"{ASSIGNMENT}.ipynb",
        "A's own submission": _submission(d, a) / "answers" / f"{GRADED}.json",
    }


def test_private_files_exist_so_the_denials_mean_something(deployment, cohort) -> None:
    for what, path in {**_private_paths(deployment), **_open_paths(deployment)}.items():
        assert path.exists(), what


def test_learner_shell_cannot_read_others_work_or_the_instructors_files(deployment,
                                                                       cohort) -> None:
    a = deployment.learners[0].name
    for what, path in _open_paths(deployment).items():
        assert run(["cat", str(path)], user=a, check=False).returncode == 0, what
    for what, path in _private_paths(deployment).items():
        command = ["ls", str(path)] if path.is_dir() else ["cat", str(path)]
        done = run(command, user=a, check=False)
        assert done.returncode != 0, f"learner A could read {what}: {path}"
        assert "Permission denied" in done.stderr, (what, done.stderr)


def test_learner_kernel_cannot_read_others_work_or_the_instructors_files(deployment,
                                                                        cohort) -> None:
    private = _private_paths(deployment)
    public = _open_paths(deployment)
    paths = [str(p) for p in (*private.values(), *public.values())]
    out = deployment.learners[0].python(TRY_READ_IN_KERNEL.format(paths=json.dumps(paths)))
    result = json.loads(out.strip().splitlines()[-1])
    assert {what: result[str(p)] for what, p in public.items()} == dict.fromkeys(public, "read")
    assert {what: result[str(p)] for what, p in private.items()} == dict.fromkeys(private,
                                                                                  "denied")


def test_learner_server_file_api_stays_in_their_home(deployment, cohort) -> None:
    a, b = deployment.learners[0], deployment.learners[1]
    for path in (f"../{b.name}/{ASSIGNMENT}/answers/{GRADED}.json",
                 f"../{deployment.instructor.name}/course/gradebook.db"):
        reply = a.call("GET", f"api/contents/{path}")
        assert reply.status_code in (400, 403, 404), (path, reply.status_code)
    assert a.call("GET", f"api/contents/{ASSIGNMENT}").status_code == 200


def test_formgrader_is_for_instructors_only(deployment, cohort) -> None:
    assert deployment.instructor.call("GET", "formgrader/api/status").status_code == 200
    for person in deployment.learners:
        assert person.call("GET", "formgrader/api/status").status_code == 404


def test_submissions_belong_to_the_instructors_group_only(deployment, cohort) -> None:
    import grp
    import pwd

    instructor_group = pwd.getpwnam(deployment.instructor.name).pw_gid
    for person in deployment.learners:
        folder = _submission(deployment, person)
        assert folder.stat().st_gid == instructor_group
        assert stat.S_IMODE(folder.stat().st_mode) & 0o007 == 0
        for path in folder.rglob("*"):
            assert stat.S_IMODE(path.stat().st_mode) & 0o007 == 0, path
        members = grp.getgrgid(instructor_group).gr_mem
        assert person.name not in members
