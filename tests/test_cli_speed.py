"""The ``soplab`` command starts at once (issue #17).

Two kinds of check:

* machine-independent: building the whole parser (what ``soplab --help`` and
  every ``soplab COMMAND --help`` do) imports no heavy library and none of the
  course tools, only the thin modules of :mod:`soplab.cli`; ``import soplab``
  loads nothing else of the package. A subcommand imports what it needs when
  it runs.
* timing, as a ratio to a bare ``python -c pass`` on the same machine (the
  fastest of several runs each, so a busy machine does not decide): the targets
  are ``soplab --help`` and every subcommand's ``--help`` in 0.3 s and
  ``soplab coach TEXT`` in 0.5 s from a cold start. On the 2-core machine the
  targets were set on, ``python -c pass`` takes 0.013-0.016 s, so the targets are
  0.3 / 0.015 = 20 and 0.5 / 0.015 = 33 times a bare start; the bounds below are
  those ratios. Measured there (no bytecode cache, load 4 on 2 cores): help
  3.5-7 times, coach 16-17 times; before the thin parsers, help took 350-800 times
  (5-13 s) and the coach 370 times (6 s).
"""

from __future__ import annotations

import pytest

from clitiming import HEAVY, imported_by, startup_figures
from soplab.cli import COMMANDS

#: ``soplab --help`` and ``soplab COMMAND --help``: at most 0.3 s where Python starts in 0.015 s.
HELP_RATIO = 20
#: ``soplab coach TEXT`` from a cold start: at most 0.5 s where Python starts in 0.015 s.
COACH_RATIO = 33


def test_building_the_parser_imports_nothing_heavy() -> None:
    loaded = imported_by("from soplab.cli import make_parser\nmake_parser()")
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert not heavy, f"building the soplab parser imported {heavy[:8]}"
    ours = sorted(m for m in loaded if m.startswith("soplab."))
    others = [m for m in ours if not m.startswith(("soplab.cli", "soplab._core"))]
    assert not others, f"building the parser imported course tools: {others}"
    assert {f"soplab.cli.{t.split(':')[0].rsplit('.', 1)[1]}" for t in COMMANDS.values()} <= \
        set(ours)


def test_import_soplab_loads_no_room() -> None:
    loaded = imported_by("import soplab")
    assert sorted(m for m in loaded if m.startswith("soplab")) == ["soplab"]
    assert "ipywidgets" not in loaded


def test_show_still_comes_from_the_package() -> None:
    import soplab
    from soplab.engine.widgets import show

    assert soplab.show is show
    assert "show" in dir(soplab)


def test_thin_parsers_offer_what_the_tools_accept() -> None:
    """The few values the thin parsers carry themselves equal the tools' own."""
    from soplab.cli import check, coach, feedback, report
    from soplab.coach import KINDS
    from soplab.cohort.analytics.privacy import MIN_GROUP
    from soplab.cohort.feedback import REVIEW_LEVELS
    from soplab.course.check import CHECKS

    assert check.CHECK_NAMES == CHECKS
    assert coach.EXPECT_KINDS == tuple(k for k in KINDS if k != "other")
    assert feedback.REVIEW_LEVELS == REVIEW_LEVELS
    assert report.MIN_GROUP == MIN_GROUP


@pytest.mark.slow
def test_every_command_starts_at_once() -> None:
    figures = startup_figures(list(COMMANDS), runs=5)
    python = figures.pop("python")
    coach = figures.pop("coach")
    slow = {name: round(seconds / python, 1) for name, seconds in figures.items()
            if seconds / python > HELP_RATIO}
    assert not slow, (f"--help slower than {HELP_RATIO} x python -c pass "
                      f"({python:.3f} s): {slow}")
    assert coach / python <= COACH_RATIO, (
        f"soplab coach took {coach:.3f} s, {coach / python:.1f} x python -c pass "
        f"({python:.3f} s); the bound is {COACH_RATIO}")
