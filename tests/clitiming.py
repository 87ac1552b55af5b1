"""How fast the ``soplab`` command starts, measured against a bare Python start.

Shared by ``tests/test_cli_speed.py`` and ``benchmarks/cli_startup.py``. Each
command runs in a fresh process, several times; the fastest run counts (the
others only add the noise of a busy machine). The figures are also given as a
ratio to ``python -c pass`` on the same machine, so a slow machine does not
make them look worse.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

#: Third-party libraries that building the parser must never import.
HEAVY = ("pandas", "numpy", "matplotlib", "nbgrader", "nbformat", "jsonschema", "traitlets",
         "ipywidgets", "IPython", "sqlalchemy", "jinja2", "textstat", "tqdm")

#: What the coach is timed on.
COACH_TEXT = "Grandma Rosa is worried that Dad may drink when he is alone with Mia (3)."


def soplab_command() -> list[str]:
    """The ``soplab`` console script of this Python (what people run), else ``-m soplab``."""
    script = Path(sys.executable).parent / "soplab"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "soplab"]


def best_seconds(argv: list[str], runs: int = 5) -> float:
    """The fastest of ``runs`` wall times of ``argv`` in a fresh process (it must succeed)."""
    env = dict(os.environ)
    env.pop("SOPLAB_COURSE_ROOT", None)
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.decode()[-500:]}")
        best = min(best, elapsed)
    return best


def python_start(runs: int = 5) -> float:
    """The bare start of this Python: ``python -c pass``."""
    return best_seconds([sys.executable, "-c", "pass"], runs)


def startup_figures(commands: list[str], runs: int = 5) -> dict[str, float]:
    """Seconds for ``python -c pass``, ``soplab --help``, each ``soplab CMD --help`` and
    ``soplab coach TEXT`` (keys ``python``, ``help``, ``help CMD``, ``coach``)."""
    soplab = soplab_command()
    figures = {"python": python_start(runs), "help": best_seconds([*soplab, "--help"], runs)}
    for name in commands:
        figures[f"help {name}"] = best_seconds([*soplab, name, "--help"], runs)
    figures["coach"] = best_seconds([*soplab, "coach", COACH_TEXT], runs)
    return figures


def imported_by(code: str) -> set[str]:
    """The module names loaded after running ``code`` in a fresh Python."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())
