"""How fast the ``soplab`` command starts: ``--help``, every subcommand's ``--help`` and
the coach from a cold start, each in a fresh process (fastest of several runs), in
seconds and as a ratio to a bare ``python -c pass``.

    python benchmarks/cli_startup.py [--runs N]

Targets (issue #17): every help in 0.3 s, the coach in 0.5 s; tests/test_cli_speed.py
holds the ratios. ``soplab demo`` prints its own wall time at the end.
Last lines: ``cli_help_seconds: T`` (the slowest help), ``coach_cold_seconds: T``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from clitiming import startup_figures  # noqa: E402 (after the path set-up)
from soplab.cli import COMMANDS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    args = parser.parse_args(argv)
    figures = startup_figures(list(COMMANDS), runs=args.runs)
    python = figures["python"]
    print(f"{'command':25s} {'seconds':>8s} {'x python':>9s}")
    for name, seconds in figures.items():
        fixed = {"python": "python -c pass", "help": "soplab --help",
                 "coach": "soplab coach TEXT"}
        label = fixed[name] if name in fixed else f"soplab {name.split()[-1]} --help"
        print(f"{label:25s} {seconds:8.3f} {seconds / python:9.1f}")
    helps = {k: v for k, v in figures.items() if k == "help" or k.startswith("help ")}
    slowest = max(helps, key=helps.get)
    print(f"python_start_seconds: {python:.3f}")
    print(f"cli_help_ratio: {helps[slowest] / python:.1f}")
    print(f"coach_cold_ratio: {figures['coach'] / python:.1f}")
    print(f"cli_help_seconds: {helps[slowest]:.3f}")
    print(f"coach_cold_seconds: {figures['coach']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
