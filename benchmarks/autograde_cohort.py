"""Benchmark: sequential ``nbgrader autograde`` against ``soplab autograde --jobs N``.

Builds a throwaway copy of the course (00-orientation plus every other
assignment in source/ that builds), simulates a cohort (default 40 learners,
all submitting), grades the same submissions both ways, checks that every
cell score agrees, and prints both times. The last line is
``autograde_speedup: S``.

    .venv/bin/python benchmarks/autograde_cohort.py [--learners 40] [--jobs 2]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise SystemExit(f"benchmark: {' '.join(args[2:5])} failed: {' | '.join(tail)}")


def prepare(work: Path, wanted: list[str] | None, learners: int, seed: int) -> list[str]:
    from soplab.build import BuildError, build
    from soplab.build import assignments as all_assignments
    from soplab.simulate import make_cohort, simulate

    course = work / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "answers", "__pycache__")
    shutil.copytree(REPO / "data", course / "data", ignore=ignore)
    shutil.copytree(REPO / "source", course / "source", ignore=ignore)
    names = wanted or all_assignments(course)
    built = []
    for name in names:
        try:
            build(course, [name], progress=lambda line: None)
            built.append(name)
        except BuildError as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
    if "00-orientation" not in built or len(built) < 2:
        print(f"warning: only {built} could be built; the benchmark wants 00-orientation "
              "and at least one more assignment", file=sys.stderr)
    cohort = make_cohort(learners, seed)
    for learner in cohort:
        learner.submit_rate = 1.0  # the whole cohort submits everything
    simulate(course, built, learners=cohort, seed=seed)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--assignments", nargs="*", help="default: all that build")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    from soplab.autograde import cell_scores, tools_on_path
    from soplab.exchange import course_id

    tools_on_path()
    work = Path(tempfile.mkdtemp(prefix="soplab-bench-"))
    try:
        print(f"preparing {args.learners} learners in {work}", file=sys.stderr)
        names = prepare(work, args.assignments, args.learners, args.seed)
        seq, par = work / "sequential", work / "parallel"
        shutil.copytree(work / "course", seq, symlinks=True)
        shutil.copytree(work / "course", par, symlinks=True)
        notebooks = args.learners * len(names)
        print(f"grading {notebooks} notebooks of {', '.join(names)}", file=sys.stderr)

        began = time.perf_counter()
        for name in names:
            _run([sys.executable, "-m", "nbgrader", "autograde", name, "--create", "--force",
                  "--log-level=ERROR"], seq)
        sequential = time.perf_counter() - began
        print(f"sequential nbgrader autograde: {sequential:.1f} s", flush=True)

        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "soplab", "autograde", *names, "--jobs",
                               str(args.jobs), "--quiet"], cwd=par, capture_output=True,
                              text=True)
        parallel = time.perf_counter() - began
        for line in done.stdout.splitlines():
            if "NOT GRADED" in line or "note" in line:
                print(line)
        if done.returncode not in (0, 2):
            raise SystemExit(f"benchmark: soplab autograde failed: {done.stderr[-500:]}")
        print(f"soplab autograde --jobs {args.jobs}: {parallel:.1f} s", flush=True)

        course = course_id(seq)
        cells = 0
        for name in names:
            a = cell_scores(f"sqlite:///{seq / 'gradebook.db'}", name, course)
            b = cell_scores(f"sqlite:///{par / 'gradebook.db'}", name, course)
            if a != b or len(a) != args.learners:
                print(f"MISMATCH in {name}: {len(a)} sequential vs {len(b)} parallel "
                      "submissions, or different cell scores", flush=True)
                return 1
            cells += sum(len(v) for v in a.values())
        print(f"scores agree: {notebooks} notebooks, {cells} graded cells")
        print(f"autograde_speedup: {sequential / parallel:.2f}")
        return 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
