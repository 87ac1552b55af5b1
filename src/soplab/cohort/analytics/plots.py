"""Plots for the report, each with a text alternative.

Colours are the Okabe-Ito palette (safe for the common colour-vision
deficiencies); heat maps use ``cividis`` and print every count in its cell, so
no figure depends on colour alone. Each :class:`Plot` carries alt text, a
one-sentence summary and the data table behind the picture. Figures are drawn
with :class:`matplotlib.figure.Figure` (no pyplot state) and embedded as
base64 PNG.
"""

from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass

import pandas as pd
from matplotlib.figure import Figure

__all__ = [
    "OKABE_ITO", "PALETTE", "Plot", "assignment_plot", "coach_plot", "cohort_plot",
    "confusion_plot", "item_map_plot", "mastery_plot",
]

#: Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7", "black": "#000000",
}
PALETTE = list(OKABE_ITO.values())


@dataclass
class Plot:
    """One figure with everything a reader who cannot see it needs."""

    title: str
    alt: str
    summary: str
    table: pd.DataFrame
    png: bytes = b""

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    return buf.getvalue()


def _fig(width: float = 7.0, height: float = 3.6) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height))
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def assignment_plot(table: pd.DataFrame) -> Plot:
    """Stacked bars of learners per status for each assignment, mean score in the label.

    ``table`` columns: assignment, graded, pending, not_autograded, not_submitted,
    mean_percent.
    """
    fig, ax = _fig(7.5, max(2.5, 0.45 * len(table) + 1.2))
    parts = [("graded", "Graded", OKABE_ITO["blue"]),
             ("pending", "Waiting for manual grading", OKABE_ITO["orange"]),
             ("not_autograded", "Submitted, not autograded", OKABE_ITO["reddish_purple"]),
             ("not_submitted", "Not submitted", "#BBBBBB")]
    left = pd.Series(0.0, index=table.index)
    waiting = table["pending"] > 0 if "pending" in table else [False] * len(table)
    labels = [f"{a} (mean {m:.0f}%)" if not pd.isna(m) else
              f"{a} (mean {'after hand grading' if w else 'not shown'})"
              for a, m, w in zip(table["assignment"], table["mean_percent"], waiting,
                                 strict=True)]
    for col, name, colour in parts:
        ax.barh(labels, table[col], left=left, color=colour, label=name, edgecolor="white",
                hatch="//" if col == "pending" else None)
        left = left + table[col]
    ax.invert_yaxis()
    ax.set_xlabel("learners")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False, fontsize=8)
    png = _png(fig)
    best = table.dropna(subset=["mean_percent"])
    if best.empty:
        summary = "No assignment has fully graded work yet."
    else:
        lo = best.loc[best["mean_percent"].idxmin()]
        summary = (f"Mean scores range from {best['mean_percent'].min():.0f}% to "
                   f"{best['mean_percent'].max():.0f}%; the lowest is {lo['assignment']}.")
    alt = ("Horizontal stacked bar chart: for each assignment, how many learners are graded, "
           "waiting for manual grading, not autograded and not submitted. " + summary)
    return Plot("Progress and scores by assignment", alt, summary, table, png)


def item_map_plot(items: pd.DataFrame, easy: float = 95.0, hard: float = 20.0,
                  weak: float = 20.0) -> Plot:
    """Facility (x) against discrimination index (y); flagged items as orange triangles."""
    fig, ax = _fig(7.0, 4.2)
    data = items.dropna(subset=["facility"])
    ok = data[data["flag"].fillna("") == ""]
    flagged = data[data["flag"].fillna("") != ""]
    dis = "discrimination_index"
    ax.scatter(ok["facility"], ok[dis].fillna(0), color=OKABE_ITO["blue"], marker="o",
               label="no flag")
    ax.scatter(flagged["facility"], flagged[dis].fillna(0), color=OKABE_ITO["vermillion"],
               marker="^", s=50, label="flagged (see table)")
    for x in (hard, easy):
        ax.axvline(x, color="#777777", linestyle=":", linewidth=1)
    ax.axhline(weak, color="#777777", linestyle="--", linewidth=1)
    ax.set_xlim(-2, 102)
    ax.set_xlabel("facility: % right")
    ax.set_ylabel("discrimination index")
    ax.legend(frameon=False, fontsize=8)
    png = _png(fig)
    summary = (f"{len(flagged)} of {len(data)} assessment items are flagged; "
               f"{len(ok)} have no flag.")
    alt = ("Scatter plot of assessment items: facility (share right) across, discrimination "
           "index up; dotted lines mark too hard and too easy, the dashed line weak "
           "discrimination. " + summary)
    table = data.reset_index()[["item_id", "facility", dis, "flag"]] if "item_id" not in \
        data.columns else data[["item_id", "facility", dis, "flag"]]
    return Plot("Item map: difficulty against discrimination", alt, summary, table, png)


def mastery_plot(table: pd.DataFrame) -> Plot:
    """Horizontal bars: share of learners who mastered each objective."""
    fig, ax = _fig(7.0, max(2.4, 0.42 * len(table) + 1.0))
    shares = 100 * table["mastered_share"].astype(float)
    titles = table["title"] if "title" in table else [None] * len(table)
    labels = [f"{o} {t}" if isinstance(t, str) else str(o)
              for o, t in zip(table["objective"], titles, strict=True)]
    ax.barh(labels, shares, color=OKABE_ITO["bluish_green"])
    for y, v in enumerate(shares):
        if not math.isnan(v):
            ax.text(v + 1, y, f"{v:.0f}%", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 110)
    ax.set_xlabel("% of learners who mastered the objective")
    png = _png(fig)
    valid = table.assign(pct=shares).dropna(subset=["pct"])
    if valid.empty:
        summary = "No objective has assessment results yet."
    else:
        low = valid.loc[valid["pct"].idxmin()]
        summary = (f"Mastery ranges from {valid['pct'].min():.0f}% to {valid['pct'].max():.0f}% "
                   f"of learners; the least mastered objective is {low['objective']}.")
    alt = "Horizontal bar chart of the share of learners who mastered each objective. " + summary
    return Plot("Mastery by objective", alt, summary, table, png)


def confusion_plot(name: str, table: pd.DataFrame) -> Plot:
    """Heat map (cividis) of correct answer x chosen option, counts printed in cells."""
    fig = Figure(figsize=(1.4 * len(table.columns) + 2.5, 0.6 * len(table.index) + 1.6))
    ax = fig.add_subplot()
    values = table.to_numpy(dtype=float)
    ax.imshow(values, cmap="cividis", aspect="auto")
    top = values.max() if values.size else 0
    for (i, j), v in pd.DataFrame(values).stack().items():
        ax.text(j, i, f"{int(v)}", ha="center", va="center",
                color="black" if v > top * 0.6 else "white", fontsize=9)
    ax.set_xticks(range(len(table.columns)), [str(c) for c in table.columns], rotation=20,
                  ha="right", fontsize=8)
    ax.set_yticks(range(len(table.index)), [str(i) for i in table.index], fontsize=8)
    ax.set_xlabel("chosen")
    ax.set_ylabel("correct answer")
    png = _png(fig)
    total = int(values.sum())
    right = int(sum(table.at[r, r] for r in table.index if r in table.columns))
    off = table.copy()
    for r in table.index:
        if r in off.columns:
            off.at[r, r] = -1
    stacked = off.stack()
    if total and stacked.max() > 0:
        (key, chosen), count = stacked.idxmax(), int(stacked.max())
        summary = (f"{right} of {total} answers right ({100 * right / total:.0f}%); the most "
                   f"common mix-up is choosing '{chosen}' when the answer is '{key}' "
                   f"({count} times).")
    else:
        summary = f"{right} of {total} answers right."
    alt = f"Confusion matrix for {name}: correct answers in rows, chosen options in columns. "
    return Plot(f"Confusions: {name}", alt + summary, summary, table.reset_index(), png)


def cohort_plot(table: pd.DataFrame) -> Plot:
    """Mean score (%) per cohort in the order the cohorts started."""
    fig, ax = _fig(7.0, 3.4)
    data = table.dropna(subset=["mean_percent"])
    ax.plot(data["cohort"].astype(str), data["mean_percent"].astype(float), marker="o",
            color=OKABE_ITO["blue"], label="mean score %")
    if "mastered_share" in data:
        ax.plot(data["cohort"].astype(str), 100 * data["mastered_share"].astype(float),
                marker="s", linestyle="--", color=OKABE_ITO["orange"],
                label="objectives mastered %")
    ax.set_ylim(0, 105)
    ax.set_ylabel("%")
    ax.legend(frameon=False, fontsize=8)
    png = _png(fig)
    if len(data) >= 2:
        first, last = data.iloc[0], data.iloc[-1]
        summary = (f"Mean score moved from {first['mean_percent']:.0f}% ({first['cohort']}) to "
                   f"{last['mean_percent']:.0f}% ({last['cohort']}).")
    else:
        summary = f"{len(data)} cohort(s) large enough to show."
    alt = "Line chart of mean score and mastery per cohort, oldest first. " + summary
    return Plot("Cohorts over time", alt, summary, table, png)


def coach_plot(table: pd.DataFrame) -> Plot:
    """Horizontal bars: share of texts missing each coach component."""
    top = table.head(12)
    fig, ax = _fig(7.0, max(2.4, 0.4 * len(top) + 1.0))
    labels = [f"{k}: {c}" for k, c in zip(top["kind"], top["component"], strict=True)]
    ax.barh(labels, 100 * top["share_missing"].astype(float), color=OKABE_ITO["reddish_purple"])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of texts missing this part")
    png = _png(fig)
    if top.empty:
        summary = "No written work analysed."
    else:
        row = top.iloc[0]
        summary = (f"The part most often missing is '{row['component']}' ({row['kind']}: "
                   f"{100 * row['share_missing']:.0f}% of {int(row['texts'])} texts).")
    alt = "Horizontal bar chart of the parts of written answers most often missing. " + summary
    return Plot("Writing: parts most often missing", alt, summary, table, png)
