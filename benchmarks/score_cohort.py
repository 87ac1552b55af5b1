"""Benchmark: sealed scoring of a statewide cohort, against kernel-based autograde.

In a temporary folder it builds the real course (every assignment), writes a
simulated cohort's submissions (the released notebook and the learners'
answer files, as collect leaves them; fictional learners from the course's
simulator), then:

1. times **today's kernel-based autograde** (stock ``nbgrader autograde``: each
   notebook is run in a kernel and its grade cells' last values are the
   scores) on a sample of submissions, in a twin of the course;
2. times **sealed scoring** (``soplab autograde --scores-only``: scores from the
   answer files, no kernel) of the whole cohort into a fresh gradebook;
3. checks that both gave the same scores on the sample.

It prints the seconds for the whole cohort and per submission, and LAST
``score_throughput_ratio: R`` = seconds per submission of kernel autograde /
seconds per submission of sealed scoring (goal: 100 or more). Both are
measured in the same run, so the ratio does not depend on the machine.

Usage: ``python benchmarks/score_cohort.py [--learners 5000] [--sample 6]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from soplab._core.paths import repo_root, tool_env, tools_on_path
from soplab.cohort.autograde import autograde_many, cell_scores
from soplab.cohort.simulate import answer_item, learner_rng, make_cohort
from soplab.course.build import assignments as course_assignments
from soplab.course.build import build
from soplab.course.config import course_id
from soplab.engine.answers import SCHEMA, SCHEMA_VERSION
from soplab.engine.items import load_bank

#: nbgrader's stock grading, as the course ran before sealed grading.
KERNEL_CONFIG = """\
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "sop-er-best-practices"
c.Execute.timeout = 60
c.Execute.store_widget_state = False
c.IgnorePattern.pattern = r"\\w*Warning: "
"""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def make_course(root: Path) -> list[str]:
    repo = repo_root()
    root.mkdir(parents=True)
    shutil.copy2(repo / "nbgrader_config.py", root / "nbgrader_config.py")
    for part in ("data", "source"):
        shutil.copytree(repo / part, root / part,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
    names = [a for a in course_assignments(root) if a != "09-my-progress"]
    build(root, names, progress=lambda line: None)
    return names


def write_cohort(root: Path, names: list[str], learners: int, seed: int) -> int:
    """Submissions as collect leaves them, written fast (no fsync; the notebook is a
    hard link to the release, as large as a real one)."""
    bank = load_bank(root)
    cohort = make_cohort(learners, seed, tags=sorted(bank.misconceptions) or None)
    when = "2026-11-20 09:00:00.000000 UTC"
    count = 0
    for name in names:
        release_nb = next((root / "release" / name).glob("*.ipynb"))
        sets = [(ex, bank.items_for(ex.id)) for ex in bank.exercises_for(name)]
        for learner in cohort:
            rng = learner_rng(seed, name, learner)
            folder = root / "submitted" / learner.id / name
            (folder / "answers").mkdir(parents=True)
            os.link(release_nb, folder / release_nb.name)
            (folder / "timestamp.txt").write_text(when)
            for ex, items in sets:
                answers = {}
                for item in items:
                    if rng.random() < learner.skip_rate:
                        continue
                    value = answer_item(learner, ex, item, rng)
                    answers[item.id] = {"value": value, "changed": "2026-11-20T08:30:00",
                                        "changes": 1}
                if answers:
                    (folder / "answers" / f"{ex.id}.json").write_text(json.dumps(
                        {"schema": SCHEMA, "version": SCHEMA_VERSION, "exercise": ex.id,
                         "updated": "2026-11-20T08:30:00", "answers": answers}))
            count += 1
    return count


def kernel_sample(root: Path, twin: Path, names: list[str], sample: int, seed: int) -> float:
    """Seconds per submission of stock nbgrader autograde on ``sample`` submissions."""
    twin.mkdir()
    shutil.copy2(root / "gradebook.db", twin / "gradebook.db")
    for part in ("data", "source", "release"):
        os.symlink(root / part, twin / part)
    (twin / "nbgrader_config.py").write_text(KERNEL_CONFIG)
    rng = random.Random(seed)
    learners = sorted(p.name for p in (root / "submitted").iterdir())
    picked = [(rng.choice(names), sid) for sid in rng.sample(learners, min(sample,
                                                                             len(learners)))]
    for name, sid in picked:
        shutil.copytree(root / "submitted" / sid / name, twin / "submitted" / sid / name)
    began = time.perf_counter()
    for name in sorted({n for n, _ in picked}):
        done = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", name, "--force",
                               "--log-level=ERROR"], cwd=twin, capture_output=True, text=True,
                              env=tool_env())
        if done.returncode != 0:
            raise SystemExit(f"kernel autograde failed: {done.stderr[-500:]}")
    return (time.perf_counter() - began) / len(picked), picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=5000, help="cohort size (default 5000)")
    parser.add_argument("--sample", type=int, default=6,
                        help="submissions graded the kernel way for the baseline (default 6)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args(argv)
    tools_on_path()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="score-cohort-"))
    try:
        root = work / "course"
        _say("building the course ...")
        names = make_course(root)
        _say(f"writing {args.learners} learners x {len(names)} assignments ...")
        began = time.perf_counter()
        count = write_cohort(root, names, args.learners, args.seed)
        _say(f"  {count} submissions in {time.perf_counter() - began:.1f} s")

        _say(f"kernel-based autograde of a sample of {args.sample} ...")
        kernel_each, picked = kernel_sample(root, work / "kernels", names, args.sample,
                                            args.seed)

        _say("sealed scoring of the whole cohort ...")
        began = time.perf_counter()
        reports = autograde_many(root, names, render=False)
        sealed_total = time.perf_counter() - began
        graded = sum(len(r.graded) for r in reports)
        failed = sum(len(r.failed) for r in reports)
        if failed:
            raise SystemExit(f"{failed} submission(s) not graded")

        course = course_id(root)
        for name, sid in picked:
            ours = cell_scores(f"sqlite:///{root / 'gradebook.db'}", name, course)[sid]
            theirs = cell_scores(f"sqlite:///{work / 'kernels' / 'gradebook.db'}", name,
                                 course)[sid]
            if any(abs((ours[k] or 0) - (theirs[k] or 0)) > 1e-6 for k in ours):
                raise SystemExit(f"scores differ for {sid} in {name}: {ours} vs {theirs}")

        sealed_each = sealed_total / graded
        print(f"submissions: {graded} ({args.learners} learners x {len(names)} assignments)")
        print(f"sealed_scoring_seconds_total: {sealed_total:.1f}")
        print(f"sealed_seconds_per_submission: {sealed_each:.5f}")
        print(f"kernel_seconds_per_submission: {kernel_each:.3f} (sample of {len(picked)}, "
              "same scores)")
        print(f"score_throughput_ratio: {kernel_each / sealed_each:.0f}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
