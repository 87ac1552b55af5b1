"""Hostile submissions: each earns exactly what its answers earn, reads nothing, harms
no one. Run through ``soplab autograde`` on SQLite and on PostgreSQL, and through
plain ``nbgrader autograde`` with the course's configuration."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from bad_submissions import KEY, THREE_OF_FIVE
from hostile_submissions import CASES, GRADED_SET, MARKER, SCRIPT, Scene
from pipeline_kit import COURSE, ORIENTATION, release_copy, sequential_autograde, sqlite_url

from soplab.cohort.autograde import autograde, cell_scores
from soplab.cohort.feedback import generate_feedback
from soplab.engine.items import load_bank

pytestmark = pytest.mark.slow
SCORE_CELL = f"{ORIENTATION}/score-{GRADED_SET}"
SECRET = "TOP-SECRET-do-not-leak-91c2"


def _answer(folder: Path, values: dict) -> None:
    from coursekit import write_answers

    write_answers(folder, GRADED_SET, values)


def _tree_hashes(folder: Path) -> dict[str, str]:
    out = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                out[str(path.relative_to(folder))] = "special"
            else:
                out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _stage(root: Path, tmp_path: Path) -> Scene:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    _answer(release_copy(root, "victim"), KEY)
    _answer(release_copy(root, "honest"), THREE_OF_FIVE)
    scene = Scene(root, root / "submitted" / "victim" / ORIENTATION, secret)
    for name, (build, _, _) in CASES.items():
        folder = release_copy(root, name)
        _answer(folder, THREE_OF_FIVE)
        build(folder, scene)
    # a learner folder that is a link to someone else's submission
    (root / "submitted" / "link-to-victim").mkdir()
    (root / "submitted" / "link-to-victim" / ORIENTATION).symlink_to(scene.victim)
    return scene


def _secrets(root: Path) -> list[str]:
    """Texts that must never reach autograded/ or feedback/: the secret, the hostile
    marker, the hidden tests, and the graded items' explanations (the key's reasons)."""
    bank = load_bank(root)
    out = [SECRET, MARKER, "BEGIN HIDDEN TESTS"]
    for ex in bank.exercises_for(ORIENTATION):
        if not ex.is_practice:
            out += [i.explanation for i in bank.items_for(ex.id) if len(i.explanation) > 20]
    return out


def _check_outputs(root: Path, folder_name: str, forbidden: list[str], *,
                   allow_hidden_tests: bool) -> None:
    base = root / folder_name
    for dirpath, dirnames, files in os.walk(base):
        for name in [*dirnames, *files]:
            path = Path(dirpath) / name
            assert not path.is_symlink(), f"{path} is a link"
            assert path.is_dir() or path.is_file(), f"{path} is not a plain file"
        for name in files:
            text = (Path(dirpath) / name).read_text(encoding="utf-8", errors="replace")
            for secret in forbidden:
                if allow_hidden_tests and secret == "BEGIN HIDDEN TESTS":
                    continue  # formgrader's view is the instructor's master
                assert secret not in text, f"{secret[:40]!r} leaked into {dirpath}/{name}"
            if name.endswith((".html", ".ipynb")):  # pages people open (answers stay data)
                assert SCRIPT not in text, f"unescaped learner HTML in {dirpath}/{name}"


def _assert_sealed(root: Path, url: str, outcomes: dict, before: dict, *,
                   failed_may_score_zero: bool = False) -> None:
    scores = cell_scores(url, ORIENTATION, COURSE)
    assert scores["victim"][SCORE_CELL] == 5.0
    assert scores["honest"][SCORE_CELL] == 3.0
    for name, (_, expect, points) in CASES.items():
        if expect == "graded":
            assert name in scores, f"{name}: not graded ({outcomes.get(name)})"
            assert scores[name][SCORE_CELL] == points, name
        elif failed_may_score_zero and name in scores:  # nbgrader records a failure as 0
            assert scores[name][SCORE_CELL] == 0.0, name
        else:
            assert name not in scores, f"{name}: should have been reported"
    if failed_may_score_zero and "link-to-victim" in scores:
        assert scores["link-to-victim"][SCORE_CELL] == 0.0
    else:
        assert "link-to-victim" not in scores
    # nobody else's files, the keys and the masters are untouched
    assert before["victim"] == _tree_hashes(root / "submitted" / "victim")
    assert before["data"] == _tree_hashes(root / "data")
    assert before["source"] == _tree_hashes(root / "source")


@pytest.fixture
def hostile_course(mini_course: Path, tmp_path: Path):
    scene = _stage(mini_course, tmp_path)
    before = {"victim": _tree_hashes(scene.victim.parent),
              "data": _tree_hashes(mini_course / "data"),
              "source": _tree_hashes(mini_course / "source")}
    return mini_course, scene, before


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres",
                                                            marks=pytest.mark.postgres)])
def test_hostile_submissions_with_soplab_autograde(hostile_course, backend, request):
    root, scene, before = hostile_course
    url = sqlite_url(root)
    if backend == "postgres":
        url = request.getfixturevalue("pg_server").create_database(
            f"hostile_{os.getpid()}_{len(os.listdir(root.parent))}")
    report = autograde(root, ORIENTATION, db_url=url)
    outcomes = {o.student: o for o in report.outcomes}
    _assert_sealed(root, url, outcomes, before)
    for name, (_, expect, _) in CASES.items():
        assert outcomes[name].ok == (expect == "graded"), (name, outcomes[name])
    assert "not a real folder" in outcomes["link-to-victim"].reason
    assert "nothing to grade" in outcomes["notebook-is-a-link"].reason
    notes = {n: " ".join(o.notes) for n, o in outcomes.items()}
    assert "notes.txt (a link)" in notes["link-extras-to-secrets"]
    assert "soplab.py (a file)" in notes["shadow-modules"]
    assert "pipe.txt (a named pipe)" in notes["fifo-extra"]
    assert "timestamp.txt (not a time" in notes["bogus-timestamp"]
    # the view formgrader shows is the master: planted cells and metadata are gone
    import nbformat

    view = nbformat.read(root / "autograded" / "changed-metadata" / ORIENTATION /
                         "00-orientation.ipynb", as_version=4)
    master = nbformat.read(root / "source" / ORIENTATION / "00-orientation.ipynb",
                           as_version=4)
    assert view.metadata["kernelspec"] == master.metadata["kernelspec"]
    assert [c.source for c in view.cells] == [c.source for c in master.cells]
    _check_outputs(root, "autograded", _secrets(root), allow_hidden_tests=True)

    # feedback for everyone, whatever the others sent
    feedback = generate_feedback(root, ORIENTATION, db_url=url)
    assert not feedback.problems
    learners = {p.parent.parent.name for p in feedback.pages}
    assert {"victim", "honest", *[n for n, c in CASES.items() if c[1] == "graded"]} <= learners
    _check_outputs(root, "feedback", _secrets(root), allow_hidden_tests=False)
    page = (root / "feedback" / "script-in-answers" / ORIENTATION /
            "00-orientation.html").read_text()
    assert "&lt;script&gt;alert(" in page


def test_hostile_submissions_with_plain_nbgrader(hostile_course):
    """``nbgrader autograde`` with the course's nbgrader_config.py is just as safe."""
    root, scene, before = hostile_course
    done = sequential_autograde(root, check=False)
    _assert_sealed(root, sqlite_url(root), {}, before, failed_may_score_zero=True)
    assert "notebook-is-a-link" in done.stderr  # reported as failed
    _check_outputs(root, "autograded", _secrets(root), allow_hidden_tests=True)
    # links and pipes were set aside (renamed, never opened), not followed
    aside = list((root / "submitted" / "link-extras-to-secrets").glob(".*-set-aside-*"))
    assert aside and (aside[0] / "notes.txt").is_symlink()


def test_a_failed_folder_swap_is_rolled_back(mini_course: Path, monkeypatch):
    """If the new autograded folder cannot be put in place, the earlier one comes back
    (on a system without the one-step swap, where two renames are needed)."""
    from soplab.cohort.autograde import submissions

    _answer(release_copy(mini_course, "ana"), KEY)
    autograde(mini_course, ORIENTATION)
    target = mini_course / "autograded" / "ana" / ORIENTATION
    before = _tree_hashes(target)
    real_rename = os.rename

    def failing(src, dst):
        if Path(dst) == target and ".new-" in str(src):
            raise OSError("disk full")
        return real_rename(src, dst)

    monkeypatch.setattr(submissions.os, "rename", failing)
    monkeypatch.setattr(submissions, "_exchange", lambda a, b: False)
    report = autograde(mini_course, ORIENTATION)
    assert report.outcomes[0].ok  # the grade is recorded; the view is reported
    assert "formgrader view could not be written: disk full" in report.outcomes[0].notes[-1]
    assert _tree_hashes(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == [ORIENTATION]
    shutil.rmtree(target)
