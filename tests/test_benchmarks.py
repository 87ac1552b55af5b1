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
