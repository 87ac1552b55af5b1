"""The benchmark scripts run and print their figures (tiny sizes; figures not judged).

CI runs these so that the scripts behind the published figures keep working.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from soplab._core.paths import repo_root, tool_env

pytestmark = pytest.mark.slow


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(repo_root() / "benchmarks" / script), *args],
                          capture_output=True, text=True, env=tool_env(), timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_score_cohort_prints_the_throughput_ratio():
    out = _run("score_cohort.py", "--learners", "12", "--sample", "2")
    ratio = re.search(r"^score_throughput_ratio: (\d+)$", out, re.M)
    assert ratio and int(ratio.group(1)) > 1, out
    assert re.search(r"^submissions: \d+ \(12 learners x \d+ assignments\)$", out, re.M)
    assert "same scores" in out


def test_cohort_report_runs_at_a_tiny_size(tmp_path):
    """Also catches a renamed module the script calls (it called the removed
    ``python -m soplab.cohort.analytics``)."""
    out = _run("cohort_report.py", "--learners", "6", "--export-sample", "2")
    assert re.search(r"^gradebook_read_speedup: [\d.]+$", out, re.M), out
    assert "soplab_export_subprocess_s:" in out and "report_s:" in out


def test_cli_startup_prints_its_ratios():
    out = _run("cli_startup.py", "--runs", "1")
    assert re.search(r"^cli_help_ratio: [\d.]+$", out, re.M), out
    assert re.search(r"^coach_cold_ratio: [\d.]+$", out, re.M), out


def test_coach_eval_prints_its_figures():
    out = _run("coach_eval.py", "--split", "tune")
    assert "median analysis time:" in out and "fresh process: import" in out, out


@pytest.mark.browser
def test_first_widget_prints_its_seconds():
    """Needs Chromium (the browser tests' harness); one run."""
    from pathlib import Path

    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's Chromium is not installed")
    out = _run("first_widget.py", "--runs", "1")
    assert re.search(r"^first_widget_seconds: [\d.]+", out, re.M), out
