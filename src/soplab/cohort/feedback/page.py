"""The feedback page as HTML (jinja2, escaped; no script runs in it)."""

from __future__ import annotations

import json
from functools import cache

from markupsafe import Markup

from .model import DECIMALS, Feedback

__all__ = ["render_page"]


def _fmt(value: float) -> str:
    value = round(float(value), DECIMALS)
    return f"{value:g}" if value == int(value) else f"{value:.{DECIMALS}f}"


@cache
def _template():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("soplab.cohort.feedback", "."),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("page.html.j2")


def render_page(fb: Feedback) -> str:
    """A self-contained page that opens in JupyterLab and in any browser."""
    data = json.dumps(fb.summary(), ensure_ascii=True)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _template().render(fb=fb, fmt=_fmt, summary=Markup(data))
