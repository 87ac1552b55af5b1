"""``soplab check`` on the command line: output, exit codes, settings."""

from __future__ import annotations

import json

import pytest

from check.check_helpers import ITEMS, edit_rows
from soplab.cli import main


def _check(course, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--course", str(course), "--no-release", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_course_passes_and_prints_a_summary(course, capsys):
    code, out, err = _check(course, capsys)
    assert code == 0, out
    assert "0 errors" in out.splitlines()[-1]
    assert "checking banks" in err


def test_an_error_fails_with_file_row_and_what_to_do(course, capsys):
    edit_rows(course / ITEMS, lambda r: {**r, "objective": "LO99"} if r["id"] == "or-p01" else r)
    code, out, err = _check(course, capsys)
    assert code == 1
    assert f"{ITEMS}:2: error: objective: 'LO99' is not in data/objectives.csv" in out
    assert "what to do:" in out
    assert "errors to fix" in err


def test_warnings_fail_only_when_strict(course, capsys):
    code, out, _ = _check(course, capsys)
    assert code == 0 and "warning:" in out
    code, _, err = _check(course, capsys, "--strict")
    assert code == 1 and "--strict" in err


def test_json_output_lists_findings(course, capsys):
    code, out, _ = _check(course, capsys, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["counts"]["error"] == 0
    assert {"severity", "file", "place", "message", "fix"} <= set(data["findings"][0])


def test_only_runs_the_named_checks(course, capsys):
    code, out, _ = _check(course, capsys, "--only", "notebooks")
    assert code == 0
    assert "Checked notebooks:" in out
    code, _, err = _check(course, capsys, "--only", "spelling")
    assert code == 2 and "unknown check 'spelling'" in err


def test_settings_file_changes_the_limits(course, capsys, tmp_path):
    settings = tmp_path / "check.toml"
    settings.write_text('[assignments."00-orientation"]\nmin_practice_classify = 20\n',
                        encoding="utf-8")
    code, out, _ = _check(course, capsys, "--config", str(settings))
    assert code == 1 and "at least 20" in out
    settings.write_text("min_practice_clasify = 3\n", encoding="utf-8")
    code, _, err = _check(course, capsys, "--config", str(settings))
    assert code == 2 and "unknown setting 'min_practice_clasify'" in err


def test_max_grade_option(course, capsys):
    code, out, _ = _check(course, capsys, "--max-grade", "0.5")
    assert code == 0 and "above the course's limit of 0.5" in out


def test_not_a_course_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--course", str(tmp_path)])
    assert "not a course folder" in str(exc.value)
