"""The instructor commands: help everywhere, one-line errors, and the demo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = ["roster", "release", "collect", "simulate", "autograde", "feedback", "demo"]


def _soplab(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "soplab", *args], capture_output=True,
                          text=True, cwd=cwd)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str):
    done = _soplab(command, "--help")
    assert done.returncode == 0
    assert f"soplab {command}" in done.stdout and "--course" in done.stdout


def test_top_level_help_lists_them():
    out = _soplab("--help").stdout
    assert all(c in out for c in COMMANDS)


@pytest.mark.parametrize("args, message", [
    (["autograde", "99-nothing"], "soplab autograde: source/99-nothing: no such assignment"),
    (["feedback", "00-orientation"], "soplab feedback: 00-orientation: nothing autograded yet"),
    (["simulate", "99-nothing"], "soplab simulate: release/99-nothing: not built"),
    (["simulate", "--due", "next tuesday"], "soplab simulate: --due: 'next tuesday' is not"),
    (["roster", "import", "no-such.csv"], "soplab roster: no-such.csv: cannot be read"),
    (["release", "00-orientation"], "soplab: error: no exchange folder"),
])
def test_bad_input_one_line_and_non_zero(mini_course: Path, args, message):
    done = _soplab(*args, "--course", str(mini_course))
    assert done.returncode != 0
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(message), done.stderr


def test_not_a_course_folder(tmp_path: Path):
    done = _soplab("autograde", "00-orientation", cwd=tmp_path)
    assert done.returncode != 0 and "not a course folder" in done.stderr


@pytest.mark.slow
def test_simulate_then_autograde_cli(mini_course: Path):
    done = _soplab("simulate", "00-orientation", "-n", "4", "--seed", "3",
                   "--course", str(mini_course))
    assert done.returncode == 0, done.stderr
    assert "00-orientation:" in done.stdout and "submitted" in done.stdout
    done = _soplab("autograde", "00-orientation", "--course", str(mini_course))
    assert done.returncode == 0, done.stderr
    assert "00-orientation: graded" in done.stdout
    # stderr is a pipe here, not a terminal: no progress bar filling a log file
    assert "scoring 00-orientation" not in done.stderr and "\r" not in done.stderr


@pytest.mark.slow
def test_demo_runs_the_whole_loop(tmp_path: Path):
    from pipeline_kit import course_subset

    from soplab.cohort.simulate import SIMULATED_COMMENT

    course = course_subset(tmp_path / "course", ("00-orientation", "02-at-the-door"),
                           build=False)
    workspace = tmp_path / "demo"
    done = _soplab("demo", "--course", str(course), "--workspace", str(workspace),
                   "--learners", "6")
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    result = Path(last)
    assert result.is_file() and result.is_relative_to(workspace)
    assert not (course / "gradebook.db").exists() and not (course / "submitted").exists()
    assert list((workspace / "feedback").glob("*/00-orientation/*.html"))
    assert (workspace / "roster.csv").exists() and (workspace / "canvas_grades.csv").exists()
    # the workspace has its own exchange in its configuration: soplab collect works there
    collected = _soplab("collect", "00-orientation", "--course", str(workspace))
    assert collected.returncode == 0, collected.stderr[-2000:]
    assert "submission(s)" in collected.stdout
    # ... and nbgrader (so formgrader) sees the assignments as released, not as drafts
    import subprocess
    import sys

    listed = subprocess.run([sys.executable, "-m", "nbgrader", "list"], cwd=workspace,
                            capture_output=True, text=True)
    assert "00-orientation" in listed.stdout + listed.stderr, listed.stderr[-1500:]
    # soplab report --out on the demo's gradebook keeps the banner (hand grades simulated)
    again = _soplab("report", "--course", str(workspace), "--out", str(tmp_path / "r2"),
                    "--quiet")
    assert again.returncode == 0, again.stderr[-2000:]
    assert 'id="notice"' in (tmp_path / "r2" / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "r2" / "canvas_grades.csv").exists()
    assert "[9/9]" in done.stderr
    # the hand grading is simulated, says so, and reaches the feedback pages and the report
    said = [ln for ln in done.stderr.splitlines() if "hand grading: simulated for" in ln]
    assert said and " 0 part(s)" not in said[0], done.stderr[-3000:]
    pages = list((workspace / "feedback").glob("*/02-at-the-door/*.html"))
    assert pages and all(SIMULATED_COMMENT in p.read_text(encoding="utf-8") for p in pages)
    html = result.read_text(encoding="utf-8")
    assert 'id="notice"' in html and "simulated" in html
    assert "Hand grading waits" not in html
    # the wall time comes last on stderr, just before the report's path on stdout
    ends = [ln for ln in done.stderr.strip().splitlines() if ln.strip()][-1]
    assert ends.startswith("done in ") and " s (" in ends
    # a second run replaces the workspace; a foreign folder is refused
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("x")
    done = _soplab("demo", "--course", str(course), "--workspace", str(foreign))
    assert done.returncode == 1 and "is not a demo workspace" in done.stderr
    assert (foreign / "keep.txt").exists()


@pytest.mark.slow
def test_demo_full_runs_nbgraders_own_commands(tmp_path: Path):
    """--full: every instructor step as nbgrader's command, with the same results."""
    from pipeline_kit import course_subset

    course = course_subset(tmp_path / "course", ("00-orientation", "02-at-the-door"),
                           build=False)
    workspace = tmp_path / "demo"
    done = _soplab("demo", "--full", "--course", str(course), "--workspace", str(workspace),
                   "--learners", "4")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "one nbgrader command each" in done.stderr
    assert "02-at-the-door: nbgrader autograde done" in done.stderr
    assert (workspace / "grades.csv").is_file()  # nbgrader export
    assert list((workspace / "autograded").glob("*/02-at-the-door/*.ipynb"))
    assert list((workspace / "feedback").glob("*/02-at-the-door/*.html"))
    assert Path(done.stdout.strip().splitlines()[-1]).is_file()
