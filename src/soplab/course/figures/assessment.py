"""Pictures for the course notebooks: the three-column map, the chain from harm
to plan, and the 0-10 safety scale.

Each helper returns a :class:`Picture`: a PNG with a text description. In a
notebook it shows as an image whose ``alt`` text is that description, so screen
readers read it out; printed, it is the description alone. Drawing uses
matplotlib's object interface (no ``pyplot``), so nothing global changes and
nothing is written to stderr.

Used from hidden ``figure(...)`` cells, for example::

    from soplab.figures import three_column_map
    three_column_map()
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from .drawing import EDGE, INK, NEEDS, WORKING, WORRY, Picture, render, wrap

__all__ = ["safety_scale", "statement_chain", "statement_parts", "three_column_map"]


def _box(ax, x, y, w, h, colour):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.01,rounding_size=0.02",
                                facecolor=colour, edgecolor=EDGE, linewidth=1.2))


DEFAULT_MAP = {
    "What are we worried about?": ["Past harm", "Future danger", "Complicating factors"],
    "What's working well?": ["Strengths and resources", "Existing safety (shown over time)"],
    "What needs to happen?": ["Safety goals", "Next steps"],
}


def three_column_map(columns: dict[str, Sequence[str]] | None = None,
                     title: str = "The three questions") -> Picture:
    """The SOP map: three columns headed by the three questions.

    ``columns`` maps each heading to the short lines listed under it; by
    default the columns show what belongs in each.
    """
    columns = columns or DEFAULT_MAP
    if len(columns) != 3:
        raise ValueError("the map has exactly three columns")
    fig = Figure(figsize=(9, 3.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 3)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.text(1.5, 0.95, title, ha="center", va="center", fontsize=15, weight="bold", color=INK)
    described = []
    for index, ((heading, lines), colour) in enumerate(
            zip(columns.items(), (WORRY, WORKING, NEEDS), strict=True)):
        x = index + 0.05
        _box(ax, x, 0.05, 0.9, 0.8, colour)
        ax.text(x + 0.45, 0.78, wrap(heading, 22), ha="center", va="center",
                fontsize=12.5, weight="bold", color=INK)
        body = "\n\n".join("• " + wrap(line, 26).replace("\n", "\n   ") for line in lines)
        ax.text(x + 0.07, 0.66, body, ha="left", va="top", fontsize=11, color=INK)
        described.append(f"{heading} {'; '.join(lines)}." if lines else heading)
    alt = (f"{title}: a map drawn as three columns side by side. "
           f"Left column: {described[0]} Middle column: {described[1]} "
           f"Right column: {described[2]}")
    return render(fig, alt)


DEFAULT_CHAIN = (
    ("Harm", "What already happened to the child", WORRY),
    ("Danger", "What could happen if nothing changes", WORRY),
    ("Safety goal", "What people will be doing, over time, so the case can close", NEEDS),
    ("Safety plan", "Who does what, day by day, to keep the child safe on the way", NEEDS),
)


def statement_chain(steps: Sequence[tuple[str, str]] | None = None) -> Picture:
    """The chain harm -> danger -> goal -> plan, each box with a one-line meaning."""
    if steps is None:
        chain = DEFAULT_CHAIN
    else:
        chain = tuple((name, meaning, WORRY if i < 2 else NEEDS)
                      for i, (name, meaning) in enumerate(steps))
    n = len(chain)
    fig = Figure(figsize=(2.4 * n, 2.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, n)
    ax.set_ylim(0, 1)
    ax.axis("off")
    for index, (name, meaning, colour) in enumerate(chain):
        x = index + 0.08
        _box(ax, x, 0.12, 0.74, 0.76, colour)
        ax.text(x + 0.37, 0.74, name, ha="center", va="center", fontsize=13, weight="bold",
                color=INK)
        ax.text(x + 0.37, 0.42, wrap(meaning, 18), ha="center", va="center", fontsize=10.5,
                color=INK)
        if index < n - 1:
            ax.add_patch(FancyArrowPatch((x + 0.76, 0.5), (x + 1.0, 0.5),
                                         arrowstyle="-|>", mutation_scale=18, color=EDGE,
                                         linewidth=1.6))
    parts = [f"{name} ({meaning})" for name, meaning, _ in chain]
    alt = ("A chain of boxes joined by arrows, left to right: " + ", then ".join(parts) + ".")
    return render(fig, alt, width=min(900, 180 * n))


def safety_scale(marks: dict[str, float] | None = None) -> Picture:
    """The 0-10 safety scale, with optional named marks (e.g. each person's number)."""
    marks = dict(marks or {})
    for who, value in marks.items():
        if not 0 <= value <= 10:
            raise ValueError(f"{who}: {value} is not on the 0-10 scale")
    fig = Figure(figsize=(9, 2.4 + 0.1 * len(marks)))
    ax = fig.add_axes((0.04, 0.1, 0.92, 0.8))
    ax.set_xlim(-0.6, 10.6)
    ax.set_ylim(-1.3, 1.6)
    ax.axis("off")
    ax.plot([0, 10], [0, 0], color=EDGE, linewidth=2.5)
    for tick in range(11):
        ax.plot([tick, tick], [-0.12, 0.12], color=EDGE, linewidth=1.5)
        ax.text(tick, -0.35, str(tick), ha="center", va="top", fontsize=11, color=INK)
    ax.text(0, -0.85, wrap("0: the children cannot live at home", 24), ha="center", va="top",
            fontsize=10, color=INK)
    ax.text(10, -0.85, wrap("10: everyone agrees the children are safe enough to close "
                             "the case", 30), ha="center", va="top", fontsize=10, color=INK)
    levels = [0.45, 0.95, 1.4]
    for index, (who, value) in enumerate(sorted(marks.items(), key=lambda kv: kv[1])):
        y = levels[index % len(levels)]
        ax.plot([value, value], [0.12, y - 0.1], color=EDGE, linewidth=1)
        ax.plot([value], [0], marker="o", markersize=9, color="#1f4e79")
        ax.text(value, y, f"{who}: {value:g}", ha="center", va="bottom", fontsize=11,
                weight="bold", color=INK)
    alt = ("A line numbered 0 to 10. 0 means the children cannot live at home; 10 means "
           "everyone agrees the children are safe enough for the agency to close the case.")
    if marks:
        alt += " Marked on the line: " + ", ".join(
            f"{who} at {value:g}" for who, value in marks.items()) + "."
    return render(fig, alt)


DANGER_PARTS = (
    ("Who is worried", "Jasmine's grandmother and the worker are worried", WORRY),
    ("What the caregiver may do", "that Mr. Dubois may leave his loaded hunting rifle unlocked "
     "in the hall closet", "#f3e0a6"),
    ("When or where", "when he comes home tired from a hunting weekend,", WORKING),
    ("What could happen to the child", "and Jasmine, 5, or a friend could find it and be shot.",
     NEEDS),
)


def statement_parts(parts: Sequence[tuple[str, str]] | None = None,
                    title: str = "The parts of a danger statement") -> Picture:
    """A statement split into its labelled parts, one coloured band per part."""
    if parts is None:
        rows = DANGER_PARTS
    else:
        palette = (WORRY, "#f3e0a6", WORKING, NEEDS, "#e2d4ef")
        rows = tuple((name, text, palette[i % len(palette)]) for i, (name, text) in
                     enumerate(parts))
    n = len(rows)
    fig = Figure(figsize=(9, 0.85 * n + 0.8))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, n + 0.9)
    ax.axis("off")
    ax.text(0.5, n + 0.45, title, ha="center", va="center", fontsize=14, weight="bold",
            color=INK)
    for index, (name, text, colour) in enumerate(rows):
        y = n - index - 0.9
        _box(ax, 0.01, y, 0.98, 0.8, colour)
        ax.text(0.03, y + 0.4, wrap(name, 20), ha="left", va="center", fontsize=11.5,
                weight="bold", color=INK)
        ax.text(0.3, y + 0.4, wrap(text, 62), ha="left", va="center", fontsize=11.5,
                color=INK)
    alt = (f"{title}, one band per part, read top to bottom as one sentence: "
           + "; ".join(f"{name}: \"{text}\"" for name, text, _ in rows))
    return render(fig, alt)
