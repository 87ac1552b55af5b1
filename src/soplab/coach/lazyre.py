"""The standard :mod:`re` for the coach's readers, except that :func:`compile` waits.

A reader module writes ``from . import lazyre as re`` instead of ``import re``: its
patterns are then compiled the first time they are used, not when the module is
imported. A text needs only some of the ~250 patterns the readers define, and
``soplab coach TEXT`` starts cold: compiling them all at import was about a quarter
of its processor time (tests/test_cli_speed.py, benchmarks/coach_coldstart.py).
Everything else is ``re``'s own; the module functions (``re.search(pattern, ...)``
...) also accept a waiting pattern.
"""

from __future__ import annotations

import re as _re
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
)
from typing import Any

__all__ = [
    "A", "ASCII", "DOTALL", "I", "IGNORECASE", "M", "MULTILINE", "Match", "Pattern",
    "RegexFlag", "S", "U", "UNICODE", "VERBOSE", "Waiting", "X", "compile", "error", "escape",
    "findall", "finditer", "fullmatch", "match", "search", "split", "sub", "subn",
]


class Waiting:
    """A regular expression compiled the first time it is used; it answers what a
    compiled pattern answers (``search``, ``finditer``, ``sub``, ``groupindex`` ...)."""

    __slots__ = ("pattern", "_flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._rx: Pattern[str] | None = None

    @property
    def rx(self) -> Pattern[str]:
        if self._rx is None:
            self._rx = _re.compile(self.pattern, self._flags)
        return self._rx

    def search(self, *args: Any) -> Match[str] | None:
        return self.rx.search(*args)

    def match(self, *args: Any) -> Match[str] | None:
        return self.rx.match(*args)

    def fullmatch(self, *args: Any) -> Match[str] | None:
        return self.rx.fullmatch(*args)

    def finditer(self, *args: Any):
        return self.rx.finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self.rx.findall(*args)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self.rx.sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self.rx.subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.rx.split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex, scanner
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r})"


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 (re's own name)
    """A pattern that compiles itself when first used (a compiled one is returned as is)."""
    if isinstance(pattern, (Waiting, Pattern)):
        return pattern
    return Waiting(pattern, flags)


def _ready(pattern: Any) -> Any:
    return pattern.rx if isinstance(pattern, Waiting) else pattern


def search(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return _re.search(_ready(pattern), string, flags)


def match(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return _re.match(_ready(pattern), string, flags)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> Match[str] | None:
    return _re.fullmatch(_ready(pattern), string, flags)


def finditer(pattern: Any, string: str, flags: int = 0):
    return _re.finditer(_ready(pattern), string, flags)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return _re.findall(_ready(pattern), string, flags)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return _re.split(_ready(pattern), string, maxsplit=maxsplit, flags=flags)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return _re.sub(_ready(pattern), repl, string, count=count, flags=flags)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return _re.subn(_ready(pattern), repl, string, count=count, flags=flags)
