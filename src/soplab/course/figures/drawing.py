"""What every course picture shares: the palette, :class:`Picture` (a PNG and the
words that describe it) and the drawing helpers."""

from __future__ import annotations

import base64
import html
import io
import textwrap
from dataclasses import dataclass

from matplotlib.figure import Figure

__all__ = ["EDGE", "INK", "NEEDS", "WORKING", "WORRY", "Picture", "render", "wrap"]

#: Colours chosen for contrast with black text and to stay distinct in greyscale.
WORRY = "#f4c7b8"
WORKING = "#c9e4c5"
NEEDS = "#c6d9f0"
EDGE = "#333333"
INK = "#111111"


@dataclass(frozen=True)
class Picture:
    """A drawn picture and the words that describe it."""

    png: bytes
    alt: str
    width: int = 720

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png).decode("ascii")
        alt = html.escape(self.alt, quote=True)
        return (f'<img src="data:image/png;base64,{data}" alt="{alt}" '
                f'style="max-width:100%;width:{self.width}px" class="soplab-figure">')

    def __repr__(self) -> str:
        return self.alt


def render(fig: Figure, alt: str, width: int = 720) -> Picture:
    """The figure as a :class:`Picture` (PNG at 110 dpi on white)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", facecolor="white")
    return Picture(buffer.getvalue(), alt, width)


def wrap(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters."""
    return "\n".join(textwrap.wrap(text, width)) or text
