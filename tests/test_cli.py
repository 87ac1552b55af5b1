"""The soplab command: help everywhere, one-line errors, non-zero exits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from soplab.cli import COMMANDS, make_parser


def soplab(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "soplab", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_help_lists_every_subcommand() -> None:
    done = soplab("--help")
    assert done.returncode == 0
    for name in COMMANDS:
        assert name in done.stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_subcommand_has_help(name: str) -> None:
    parser = make_parser()
    with pytest.raises(SystemExit) as caught:
        parser.parse_args([name, "--help"])
    assert caught.value.code == 0


def test_build_outside_a_course_is_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    done = soplab("build", cwd=tmp_path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a course folder" in lines[0]


def test_build_with_broken_bank_names_the_row(course: Path) -> None:
    path = course / "data" / "items" / "00-orientation.csv"
    path.write_text(path.read_text(encoding="utf-8") +
                    "zz,LO1,00-privacy,practice,prompt,Maybe,why,,,\n", encoding="utf-8")
    done = soplab("build", "--course", str(course))
    assert done.returncode == 1
    assert "00-orientation.csv:" in done.stderr and "label: 'Maybe'" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_assignment(course: Path) -> None:
    done = soplab("build", "--no-db", "99-nope", "--course", str(course))
    assert done.returncode == 1
    assert "source/99-nope: no such assignment" in done.stderr


def test_build_names_nbgraders_reason(course: Path) -> None:
    """nbgrader runs in the soplab process; its first error is the one-line reason."""
    import json

    path = course / "source" / "00-orientation" / "00-orientation.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    graded = [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")]
    graded[1]["metadata"]["nbgrader"]["grade_id"] = graded[0]["metadata"]["nbgrader"]["grade_id"]
    path.write_text(json.dumps(nb), encoding="utf-8")
    done = soplab("build", "--no-db", "00-orientation", "--course", str(course))
    assert done.returncode == 1
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("soplab build:")]
    assert len(lines) == 1 and "Duplicate grade id" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
