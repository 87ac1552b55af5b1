"""Learner ids and names: one normal form, checked where they enter the course.

A learner id becomes a folder name (``submitted/<id>/``), a part of an exchange
entry's name and a key in nbgrader's gradebook, and on a hub it is the account
name (JupyterHub writes account names in lower case). So an id has exactly one
spelling: lower-case ASCII letters and digits, with ``.``, ``_`` or ``-`` inside,
at most 64 characters. A look-alike (a Cyrillic ``а`` for a Latin ``a``, a
trailing space, upper case, markup) is refused with a message that says what is
wrong and, where there is one, the plain spelling to use.

Names (first and last) are shown in formgrader and in the course's pages; they
may hold any letters, but no markup characters and no control characters.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_ID", "id_problem", "name_problem", "plain_spelling"]

MAX_ID = 64
_ID = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9_])?")
_MARKUP = frozenset("<>&\"'`")


def plain_spelling(text: str) -> str:
    """The plain lower-case ASCII form ``text`` looks like ("" when there is none)."""
    folded = unicodedata.normalize("NFKD", text.strip())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    return ascii_only if _ID.fullmatch(ascii_only) and len(ascii_only) <= MAX_ID else ""


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"'{char}' (U+{ord(char):04X}{' ' + name if name else ''})"


def id_problem(sid: str) -> str:
    """Why ``sid`` is not a learner id in the course's one normal form ("" if it is)."""
    if not sid:
        return "is empty"
    shown = repr(sid)
    if sid != sid.strip():
        return f"{shown} has a space at the start or end; write it as '{sid.strip()}'"
    markup = sorted({c for c in sid if c in _MARKUP})
    if markup:
        return f"{shown} holds markup characters ({' '.join(markup)}); ids use a-z, 0-9, '.', " \
               "'_' and '-' only"
    odd = [c for c in sid if ord(c) > 127 or not c.isprintable()]
    if odd:
        plain = plain_spelling(sid)
        hint = f"; if the account is '{plain}', write that" if plain else ""
        return (f"{shown} holds {_describe(odd[0])}, which only looks like a plain letter or "
                f"is not one; ids use a-z, 0-9, '.', '_' and '-' only{hint}")
    if sid != sid.lower():
        return f"{shown} has upper-case letters; ids are lower case: '{sid.lower()}'"
    if len(sid) > MAX_ID:
        return f"{shown} is longer than {MAX_ID} characters"
    if not _ID.fullmatch(sid):
        return (f"{shown} may only hold a-z, 0-9, '.', '_' and '-', and must start with a "
                "letter or digit (and not end with '.' or '-')")
    return ""


def name_problem(name: str) -> str:
    """Why ``name`` (a first or last name) cannot be used ("" if it can)."""
    markup = sorted({c for c in name if c in "<>&\"`"})
    if markup:
        return f"{name!r} holds markup characters ({' '.join(markup)}); write the name only"
    if any(not c.isprintable() for c in name):
        return f"{name!r} holds a control character; write the name only"
    if len(name) > 200:
        return "is longer than 200 characters"
    return ""
