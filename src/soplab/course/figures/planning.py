"""Pictures for the Curriculum II notebooks (04-08): the road from worry to goal,
the circles of a safety network, and the Three Houses.

Each helper returns a :class:`~soplab.course.figures.drawing.Picture` (a PNG whose ``alt`` text
describes it; printed, the description alone). Drawing uses matplotlib's object
interface, so nothing global changes and nothing is written to stderr.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Polygon

from .drawing import EDGE, INK, NEEDS, WORKING, WORRY, Picture, render, wrap

__all__ = ["goal_and_plan_road", "network_circles", "three_houses"]


def _box(ax, x, y, w, h, colour, text, size=10, width=22, bold=False):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.01,rounding_size=0.03",
                                facecolor=colour, edgecolor=EDGE, linewidth=1.2))
    ax.text(x + w / 2, y + h / 2, wrap(text, width), ha="center", va="center", fontsize=size,
            color=INK, weight="bold" if bold else "normal")


ROAD_STEPS = (
    ("Rules", "who does what, and when"),
    ("People", "named network members and their roles"),
    ("Checking", "how everyone knows it is working"),
    ("Back-up", "what happens if a step fails"),
    ("Review", "a date to look again"),
)


def goal_and_plan_road(danger: str = "Danger statement: the worry, if nothing changes",
                       goal: str = "Safety goal: what everyone will see, by whom, for how "
                                   "long, to close the case") -> Picture:
    """The plan as a road of five stepping stones from the worry to the goal."""
    fig = Figure(figsize=(10, 3.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 3.6)
    ax.axis("off")
    _box(ax, 0.1, 1.1, 1.7, 1.4, WORRY, danger, size=9, width=18, bold=True)
    _box(ax, 8.2, 1.1, 1.7, 1.4, NEEDS, goal, size=9, width=18, bold=True)
    ax.add_patch(Polygon([(1.9, 1.35), (8.1, 1.35), (8.1, 2.25), (1.9, 2.25)],
                         closed=True, facecolor="#e8e8e8", edgecolor=EDGE, linewidth=1))
    for index, (name, what) in enumerate(ROAD_STEPS):
        x = 2.05 + index * 1.22
        _box(ax, x, 1.45, 1.08, 0.7, WORKING, name, size=10, bold=True)
        ax.text(x + 0.54, 1.25, wrap(what, 16), ha="center", va="top", fontsize=8.5,
                color=INK)
    ax.add_patch(FancyArrowPatch((1.9, 2.6), (8.1, 2.6), arrowstyle="-|>",
                                 mutation_scale=18, color=EDGE, linewidth=1.5))
    ax.text(5.0, 2.75, "The safety plan: the route, tested and changed as it goes",
            ha="center", va="bottom", fontsize=11, weight="bold", color=INK)
    alt = (f"A road running left to right. On the left, a box: '{danger}'. On the right, a "
           f"box: '{goal}'. The road between them is the safety plan, made of five stepping "
           "stones: " + "; ".join(f"{n} ({w})" for n, w in ROAD_STEPS) + ". A label above "
           "the road says the plan is the route, tested and changed as it goes; the goal at "
           "the end stays the same.")
    return render(fig, alt)


def network_circles(centre: str, people: Sequence[tuple[str, str, int]]) -> Picture:
    """Circles of a safety network around the children.

    ``people``: (name, role, ring) where ring 1 = knows the full worry and has a role,
    2 = knows part of it, 3 = does not know yet.
    """
    rings = {1: "Inner circle: knows the full worry and has a role",
             2: "Middle circle: knows part of the worry",
             3: "Outer circle: does not know the worry yet"}
    fig = Figure(figsize=(8.5, 7))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(-4.3, 4.3)
    ax.set_ylim(-3.9, 3.9)
    ax.set_aspect("equal")
    ax.axis("off")
    for ring, colour in ((3, "#f2f2f2"), (2, "#dde8f3"), (1, WORKING)):
        ax.add_patch(Circle((0, 0), ring * 1.15 + 0.25, facecolor=colour, edgecolor=EDGE,
                            linewidth=1, linestyle="-" if ring == 1 else "--"))
    ax.add_patch(Circle((0, 0), 0.72, facecolor=NEEDS, edgecolor=EDGE, linewidth=1.5))
    ax.text(0, 0, wrap(centre, 12), ha="center", va="center", fontsize=10, weight="bold",
            color=INK)
    by_ring: dict[int, list[tuple[str, str]]] = {1: [], 2: [], 3: []}
    for name, role, ring in people:
        by_ring[ring].append((name, role))
    bands = {1: (0.72, 1.4), 2: (1.4, 2.55), 3: (2.55, 3.7)}
    for ring, members in by_ring.items():
        radius = sum(bands[ring]) / 2
        for index, (name, role) in enumerate(members):
            # spread over the top and sides; the bottom is kept for the circle names
            degrees = 225 - (index + 0.5) * 270 / len(members) + 25 * (ring - 2)
            x = radius * math.cos(math.radians(degrees))
            y = radius * math.sin(math.radians(degrees))
            ax.plot([x], [y], marker="o", markersize=8, color="#1f4e79")
            ax.text(x, y - 0.1, f"{name}\n{wrap(role, 18)}", ha="center", va="top",
                    fontsize=8.5, color=INK)
    for ring in (1, 2, 3):
        ax.text(0, -bands[ring][1] + 0.08, rings[ring].split(":")[0], ha="center",
                va="bottom", fontsize=8.5, style="italic", color=INK)
    alt = (f"Three circles around '{centre}' in the middle. "
           + " ".join(f"{rings[ring]}: " + (", ".join(f"{n} ({r})" for n, r in members)
                                           or "nobody yet") + "."
                      for ring, members in by_ring.items()))
    return render(fig, alt, width=600)


DEFAULT_HOUSES = (
    ("House of worries", ["Mom sleeps a lot", "Tommy gets into stuff"]),
    ("House of good things", ["Grandma's stories at night", "Kai plays basketball with me"]),
    ("House of dreams", ["Mom gets up and we go to the lake", "Everybody laughs again"]),
)


def three_houses(houses: Sequence[tuple[str, Sequence[str]]] = DEFAULT_HOUSES,
                 child: str = "Shandiin, 8") -> Picture:
    """Three Houses: worries, good things and dreams, with a child's own words."""
    colours = (WORRY, WORKING, NEEDS)
    fig = Figure(figsize=(10, 4.2))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 4.4)
    ax.axis("off")
    for index, ((name, words), colour) in enumerate(zip(houses, colours, strict=False)):
        x = 0.3 + index * 3.3
        ax.add_patch(Polygon([(x, 2.6), (x + 1.45, 3.7), (x + 2.9, 2.6)], closed=True,
                             facecolor=colour, edgecolor=EDGE, linewidth=1.5))
        ax.add_patch(FancyBboxPatch((x, 0.3), 2.9, 2.3, boxstyle="square,pad=0",
                                    facecolor=colour, edgecolor=EDGE, linewidth=1.5))
        ax.text(x + 1.45, 2.95, name, ha="center", va="center", fontsize=11, weight="bold",
                color=INK)
        quoted = "\n".join(wrap(f"\u201c{w}\u201d", 26) for w in words)
        ax.text(x + 1.45, 1.5, quoted, ha="center", va="center", fontsize=10, color=INK)
    ax.text(5, 4.15, f"Three Houses, in the child's own words ({child})", ha="center",
            va="center", fontsize=12, weight="bold", color=INK)
    alt = (f"Three simple houses side by side, drawn with {child}. "
           + " ".join(f"{name}: " + "; ".join(f"'{w}'" for w in words) + "."
                      for name, words in houses))
    return render(fig, alt)
