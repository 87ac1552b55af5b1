"""The instructor-side hostile suite (hostile_instructor.CASES): for each case, the
class's other learners are collected, graded, released and reported exactly as
without it, through ``soplab`` and through nbgrader's own commands, on SQLite and
PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_instructor import CASES, HONEST, ROSTER, TARGET, Class
from pipeline_kit import ORIENTATION

from soplab.cohort import exchange
from soplab.cohort.autograde import autograde, cell_scores
from soplab.cohort.feedback import generate_feedback
from soplab.cohort.roster import import_roster

pytestmark = pytest.mark.slow

LEARNERS = [*HONEST, TARGET]


def _nbgrader(root: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nbgrader", *args, "--log-level=INFO"],
                          cwd=root, capture_output=True, text=True, timeout=timeout)


def _submit_all(c: Class) -> None:
    from coursekit import write_answers

    exchange.release(c.root, ORIENTATION, c.exchange)
    for sid in LEARNERS:
        home = c.homes / sid
        folder = exchange.fetch(c.root, ORIENTATION, c.exchange, student=sid, home=home)
        write_answers(folder, "00-how-it-works", HONEST.get(sid, HONEST["luis"]))
        write_answers(folder, "00-hopes", {"or-h01": f"I hope to learn, says {sid}."})
        exchange.submit(c.root, ORIENTATION, c.exchange, student=sid, home=home)


def _collect(c: Class, tool: str) -> None:
    if tool == "soplab":
        exchange.collect(c.root, ORIENTATION, c.exchange, notes=c.notes)
    else:
        done = _nbgrader(c.root, "collect", ORIENTATION, "--update")
        assert done.returncode == 0, done.stderr[-2000:]
        c.notes.extend(line for line in done.stderr.splitlines() if "WARNING" in line
                       or "ERROR" in line)


def _fingerprint(folder: Path) -> dict[str, object]:
    """What was collected: notebook bytes, answer entries (the secret and times differ
    from run to run; that they exist is checked)."""
    out: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        if not p.is_file():
            continue
        if p.suffix == ".json":
            out[p.name] = json.loads(p.read_text(encoding="utf-8"))["answers"]
        elif p.name in ("timestamp.txt", "submission_secret.txt"):
            out[p.name] = bool(p.read_text().strip())
        else:
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def run_class(root: Path, tmp: Path, *, case: str | None, tool: str, db_url: str) -> dict:
    """The whole loop for the class; what each learner got, and the notes."""
    c = Class(root, tmp / "exchange", tmp / "homes")
    config = root / "nbgrader_config.py"
    config.write_text(config.read_text() + f"\nc.Exchange.root = {str(c.exchange)!r}\n"
                      f"c.CourseDirectory.db_url = {db_url!r}\n")
    (tmp / "roster.csv").write_text(ROSTER)
    import_roster(root, tmp / "roster.csv", db_url=db_url)
    _submit_all(c)
    stage, attack = CASES[case] if case else ("", None)
    if stage == "inbound":
        attack(c)
    _collect(c, tool)
    if stage == "collected":
        attack(c)
        _collect(c, tool)
    collected = {sid: _fingerprint(root / "submitted" / sid / ORIENTATION)
                 for sid in HONEST}
    if tool == "soplab":
        report = autograde(root, ORIENTATION, db_url=db_url)
        c.notes.extend(f"{o.student}: {o.reason}" for o in report.outcomes if not o.ok)
    else:
        done = _nbgrader(root, "autograde", ORIENTATION, "--force")
        c.notes.extend(done.stderr.splitlines()[-5:]) if done.returncode else None
    if stage == "autograded":
        attack(c)
        done = _nbgrader(root, "autograde", ORIENTATION, timeout=60)  # no --force
        assert done.returncode in (0, 1), done.stderr[-2000:]
    scores = cell_scores(db_url, ORIENTATION, "sop-er-best-practices")
    target_score = scores.get(TARGET)
    feedback = generate_feedback(root, ORIENTATION, db_url=db_url)
    c.notes.extend(feedback.problems)
    if tool == "soplab":
        exchange.release_feedback(root, ORIENTATION, c.exchange, db_url=db_url, notes=c.notes)
    else:
        done = _nbgrader(root, "release_feedback", ORIENTATION)
        assert done.returncode == 0, done.stderr[-2000:]
    pages = {}
    for sid in HONEST:
        got = exchange.fetch_feedback(root, ORIENTATION, c.exchange, student=sid,
                                      home=c.homes / sid)
        pages[sid] = [p.read_text(encoding="utf-8") for p in got]
    out = tmp / "report"
    done = subprocess.run([sys.executable, "-m", "soplab", "report", "--course", str(root),
                           "--db", db_url, "--out", str(out), "--quiet", "--names"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    mastery = (out / "mastery.csv").read_text(encoding="utf-8").splitlines()
    index = (out / "index.html").read_text(encoding="utf-8")
    from nbgrader.api import Gradebook

    with Gradebook(db_url, "sop-er-best-practices") as gb:
        students = sorted(s.id for s in gb.students)
    return {
        "students": students,
        "target": target_score,
        "index": index,
        "collected": collected,
        "scores": {sid: scores.get(sid) for sid in HONEST},
        "pages": {sid: len(p) for sid, p in pages.items()},
        "points": {sid: [line for line in p[0].splitlines() if "points so far" in line]
                   for sid, p in pages.items() if p},
        "report": sorted(line for line in mastery if line.split(",")[1] in HONEST),
        "notes": c.notes,
    }


_BASELINE: dict[tuple[str, str], dict] = {}


def _baseline(mini_course_factory, tmp_path_factory, tool: str, db: str, db_url) -> dict:
    if (tool, db) not in _BASELINE:
        root = mini_course_factory()
        tmp = tmp_path_factory.mktemp("baseline")
        _BASELINE[tool, db] = run_class(root, tmp, case=None, tool=tool, db_url=db_url(root))
    return _BASELINE[tool, db]


def _check(result: dict, honest: dict, case: str) -> None:
    for key in ("collected", "scores", "pages", "points", "report", "students"):
        assert result[key] == honest[key], (case, key)
    assert all(n == 1 for n in honest["pages"].values())
    assert honest["scores"]["amara"], honest
    # Next steps knows the feedback went back (nbgrader's exchange), and says so
    assert "Feedback is returned for 1 assignment" in honest["index"]
    assert "Feedback is ready to return" not in honest["index"]


#: what the notes must say, by case (the entry's name and owner, or the learner)
SAID = {
    "forged-inbound-entry-for-a-classmate": ["amara+00-orientation+2099", "user id 54321"],
    "forged-entry-after-the-classmate-was-collected": ["amara+00-orientation+2099",
                                                       "user id 54321"],
    "inbound-name-without-a-time": ["zed+00-orientation+notatime+x", "no valid submission time"],
    "markup-in-an-inbound-id": ["<img src=x", "markup"],
    "homoglyph-of-a-classmate-id": ["U+0430"],
    "upper-case-look-alike-id": ["upper-case"],
    "trailing-space-look-alike-id": ["space at the start or end"],
    "formula-as-an-inbound-id": ["=SUM(A1)"],
    "hard-link-to-a-classmate-answer-file": ["hard link", "belongs to another account"],
    "no-timestamp-and-no-secret": ["zed", "feedback not released"],
    "look-alike-folders-in-submitted": ["upper-case", "space at the start or end", "U+0430"],
    "renamed-notebook": ["was renamed", "graded from the saved answers"],
}


@pytest.fixture
def course_factory(orientation_template: Path, tmp_path_factory):
    import shutil

    def make() -> Path:
        target = tmp_path_factory.mktemp("course") / "course"
        shutil.copytree(orientation_template, target, symlinks=True)
        return target
    return make


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_case_with_soplab_on_sqlite(case, course_factory, tmp_path_factory):
    url = lambda root: f"sqlite:///{root / 'gradebook.db'}"  # noqa: E731
    honest = _baseline(course_factory, tmp_path_factory, "soplab", "sqlite", url)
    root = course_factory()
    result = run_class(root, tmp_path_factory.mktemp("case"), case=case, tool="soplab",
                       db_url=url(root))
    _check(result, honest, case)
    text = "\n".join(result["notes"])
    for words in SAID.get(case, []):
        assert words in text, (case, words, text[-3000:])
    if case == "renamed-notebook":  # the answers are the data: zed is graded as before
        assert result["target"] == honest["target"], result["target"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_case_with_nbgrader_commands(case, course_factory, tmp_path_factory):
    url = lambda root: f"sqlite:///{root / 'gradebook.db'}"  # noqa: E731
    honest = _baseline(course_factory, tmp_path_factory, "nbgrader", "sqlite", url)
    root = course_factory()
    result = run_class(root, tmp_path_factory.mktemp("case"), case=case, tool="nbgrader",
                       db_url=url(root))
    _check(result, honest, case)


@pytest.mark.postgres
@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_case_on_postgres(case, pg_server, course_factory, tmp_path_factory):
    names = iter(range(10_000))

    def url(root: Path) -> str:
        return pg_server.create_database(f"hostile_{abs(hash(str(root))) % 10**8}_"
                                         f"{next(names)}")
    honest = _baseline(course_factory, tmp_path_factory, "soplab", "postgres", url)
    root = course_factory()
    result = run_class(root, tmp_path_factory.mktemp("case"), case=case, tool="soplab",
                       db_url=url(root))
    _check(result, honest, case)
