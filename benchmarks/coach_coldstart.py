"""The coach's cold start, in parts: importing ``soplab.coach``, the first analysis of
the speed test's text, and ``soplab coach TEXT`` whole, each in a fresh process (the
fastest of several runs, so a busy machine does not decide), with the ratio of the
whole command to a bare ``python -c pass`` (tests/test_cli_speed.py bounds it at 33).

    python benchmarks/coach_coldstart.py [--runs N] [--before SRC]

Wall seconds, and processor seconds (steadier on a loaded machine). It also counts the
regular expressions the import and the first analysis compile (fresh compiles, not
``re``'s cache hits) and the characters they hold. ``--before SRC`` measures another
copy of the package too (``SRC`` holds its ``soplab`` folder, e.g. ``git archive main src
data`` unpacked), alternating runs, so before and after come from one run.
Last line: ``coach_cold_ratio: R``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from clitiming import COACH_TEXT, soplab_command  # noqa: E402

_PARTS = """
import re, sys, time
compiled = []
_compile = re._compile
def counting(pattern, flags):
    seen = [getattr(re, name, {}) for name in ("_cache", "_cache2")]
    if isinstance(pattern, str) and not any((type(pattern), pattern, flags) in c for c in seen):
        compiled.append(len(pattern))
    return _compile(pattern, flags)
re._compile = counting if COUNT else _compile
t0 = time.perf_counter()
from soplab.coach import analyse
t1 = time.perf_counter()
n_import, c_import = len(compiled), sum(compiled)
str(analyse(TEXT))  # what soplab coach TEXT does
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, n_import, c_import, len(compiled) - n_import, sum(compiled) - c_import)
"""


def _script(count: bool) -> str:
    return _PARTS.replace("COUNT", repr(count)).replace("TEXT", repr(COACH_TEXT))


def _run(argv: list[str], src: str | None) -> tuple[float, float, str]:
    """Wall and processor seconds of ``argv`` in a fresh process, and what it printed."""
    env = dict(os.environ)
    env.pop("SOPLAB_COURSE_ROOT", None)
    if src:
        env["PYTHONPATH"] = src
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def measure(runs: int, trees: dict[str, str | None]) -> dict[str, dict[str, float]]:
    """Best wall and processor seconds per tree (runs alternate between trees)."""
    inf = float("inf")
    best = {name: dict.fromkeys(("python", "python_cpu", "coach", "coach_cpu", "import",
                                 "first"), inf) for name in trees}
    for _ in range(runs):
        for name, src in trees.items():
            b = best[name]
            wall, cpu, _out = _run([sys.executable, "-c", "pass"], src)
            b["python"], b["python_cpu"] = min(b["python"], wall), min(b["python_cpu"], cpu)
            wall, cpu, _out = _run([*soplab_command(), "coach", COACH_TEXT], src)
            b["coach"], b["coach_cpu"] = min(b["coach"], wall), min(b["coach_cpu"], cpu)
            out = _run([sys.executable, "-c", _script(False)], src)[2].split()
            b["import"] = min(b["import"], float(out[0]))
            b["first"] = min(b["first"], float(out[1]))
    for name, src in trees.items():
        counts = _run([sys.executable, "-c", _script(True)], src)[2].split()[2:]
        best[name].update(zip(("n_import", "c_import", "n_first", "c_first"), map(int, counts),
                                 strict=True))
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each (default 5)")
    ap.add_argument("--before", help="a folder holding another soplab package to compare")
    args = ap.parse_args(argv)
    trees = {"before": args.before, "now": None} if args.before else {"now": None}
    figures = measure(args.runs, trees)
    for name, b in figures.items():
        print(f"[{name}]")
        print(f"  python -c pass       {b['python']:.3f} s wall, {b['python_cpu']:.3f} s processor")
        print(f"  import soplab.coach  {b['import']:.3f} s  ({b['n_import']} patterns compiled, "
              f"{b['c_import']} characters)")
        print(f"  first analysis       {b['first']:.3f} s  ({b['n_first']} patterns compiled, "
              f"{b['c_first']} characters)")
        print(f"  soplab coach TEXT    {b['coach']:.3f} s wall ({b['coach'] / b['python']:.1f} x "
              f"python -c pass), {b['coach_cpu']:.3f} s processor "
              f"({b['coach_cpu'] / b['python_cpu']:.1f} x)")
    print(f"coach_cold_ratio: {figures['now']['coach'] / figures['now']['python']:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
