"""CSV cells that a spreadsheet will never run as a formula.

A roster name, an e-mail or a learner id comes from outside the course. Opened
in Excel, LibreOffice or Google Sheets, a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is read as a formula (CSV injection).
OWASP's rule: put a single quote in front of such a cell, so the spreadsheet
shows the text as it is. Numbers the course itself writes (scores, ``-1.5``)
are left alone: only text is neutralised.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FORMULA_STARTS", "neutralise", "neutralise_row"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text and text.lower() not in {"nan", "inf", "-inf", "+inf",
                                                         "infinity", "-infinity"}


def neutralise(value: Any) -> Any:
    """``value`` with a leading ``'`` if a spreadsheet would read it as a formula.

    Non-text values (numbers, None) come back unchanged, and so does text that is
    a plain number such as ``-2``.
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _is_number(value):
        return value
    return "'" + value


def neutralise_row(row: Any) -> list[Any]:
    """Every cell of ``row`` through :func:`neutralise`."""
    return [neutralise(v) for v in row]
