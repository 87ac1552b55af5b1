"""How the coach's time grows with the length of a text (issue 23: linear, capped).

For a few kinds of text (ordinary sentences, the same phrase repeated, a text with
no full stop) it times :func:`soplab.coach.assess` at growing lengths and prints
the time of each length as a ratio to the shortest one, within this one run. A
linear reader gives ratios close to the ratio of lengths; past
:data:`soplab.coach.analyse.READ_LIMIT` the coach reads no further, so the time
stays flat. Last, the figures as ``name: value`` lines::

    coach_scaling_ratio_<text>: time(longest read) / time(shortest)  (ideal: length ratio)
    coach_capped_20k_s: seconds for 20,000 characters of "will not "
"""

from __future__ import annotations

import argparse
import statistics
import time

from soplab.coach import assess
from soplab.coach.analyse import READ_LIMIT

TEXTS = {
    "sentences": "Every evening Aunt Lila will check in with Mom by phone at 7 pm. ",
    "will_not": "will not ",
    "no_full_stop": "and Mom and Dad and Leo ",
    "names_list": "Mom, Dad, ",
}


def seconds(text: str, repeat: int) -> float:
    """The median of ``repeat`` timed assessments of ``text`` as a goal."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        assess(text, "goal")
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timings per length (median)")
    args = ap.parse_args(argv)
    base = max(100, READ_LIMIT // 8)
    lengths = [base, base * 2, base * 4, READ_LIMIT, 20_000]
    for unit in TEXTS.values():  # compile every pattern once, outside the timing
        assess(unit * 3, "goal")
    print(f"the coach reads at most {READ_LIMIT:,} characters; lengths {lengths}")
    figures = {}
    for name, unit in TEXTS.items():
        row = [seconds((unit * (n // len(unit) + 1))[:n], args.repeat) for n in lengths]
        ratios = " ".join(f"{n}:{t / row[0]:5.1f}x" for n, t in zip(lengths, row, strict=True))
        print(f"{name:<14} first {row[0] * 1000:7.1f} ms   {ratios}")
        figures[name] = row[lengths.index(READ_LIMIT)] / row[0]
    print(f"(a linear reader: {READ_LIMIT}/{base} = {READ_LIMIT / base:.1f}x at the limit, and "
          "the same again at 20,000, which is not read past the limit)")
    for name, ratio in figures.items():
        print(f"coach_scaling_ratio_{name}: {ratio:.2f}")
    t = seconds(("will not " * 2300)[:20_000], args.repeat)
    print(f"coach_capped_20k_s: {t:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
