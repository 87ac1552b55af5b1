"""Pseudonyms and small-group suppression for cohort results.

Learners appear in reports under a stable pseudonym::

    pseudonym = "L-" + hex(HMAC-SHA256(key=salt, msg=student_id))[:10]

The salt is 32 random bytes kept in ``<course root>/.soplab-salt``, created on
first use with permissions 0600 (owner read/write only). The same learner gets
the same pseudonym in every report of the course, but the pseudonym cannot be
turned back into an id without the salt, and another course (another salt)
gives different pseudonyms. Deleting the salt file starts a fresh set.

Groups (cohorts, sections, ...) with fewer than :data:`MIN_GROUP` learners are
never broken out: their figures are blanked and a note says why.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = [
    "Identity", "MIN_GROUP", "SALT_FILE", "SUPPRESSED_NOTE", "course_salt", "pseudonym",
    "suppress_small_groups",
]

SALT_FILE = ".soplab-salt"
#: Smallest group whose results a report shows on their own.
MIN_GROUP = 5
SUPPRESSED_NOTE = f"fewer than {MIN_GROUP} learners: not shown, to protect privacy"


def course_salt(root: Path | str) -> bytes:
    """Return the course's salt, creating ``<root>/.soplab-salt`` (mode 0600) if needed."""
    path = Path(root) / SALT_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        salt = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(salt) < 16:
            raise ValueError(f"{path}: salt: is too short; delete the file to make a new one "
                             "(pseudonyms will change)") from None
        return salt
    salt = secrets.token_bytes(32)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(salt.hex() + "\n")
    return salt


def pseudonym(student_id: str, salt: bytes) -> str:
    """Stable pseudonym of one learner: ``L-`` + first 10 hex digits of HMAC-SHA256."""
    digest = hmac.new(salt, str(student_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return "L-" + digest[:10]


@dataclass(frozen=True)
class Identity:
    """How learners are named in a report: pseudonyms (default) or real names."""

    salt: bytes
    names: bool = False

    @classmethod
    def for_course(cls, root: Path | str, names: bool = False) -> Identity:
        return cls(course_salt(root), names)

    def label(self, student_id: str, first_name: str | None = None,
              last_name: str | None = None) -> str:
        if self.names:
            full = " ".join(p for p in (first_name, last_name) if p and not pd.isna(p))
            return f"{full} ({student_id})" if full else str(student_id)
        return pseudonym(student_id, self.salt)

    def apply(self, frame: pd.DataFrame, id_col: str = "student_id",
              out_col: str = "learner") -> pd.DataFrame:
        """Return ``frame`` with a ``learner`` column; real ids and names dropped unless
        ``names`` is set."""
        out = frame.copy()
        if out.empty:
            out[out_col] = pd.Series(dtype=object)
        elif self.names:
            first = out.get("first_name", pd.Series([None] * len(out), index=out.index))
            last = out.get("last_name", pd.Series([None] * len(out), index=out.index))
            out[out_col] = [self.label(s, f, la) for s, f, la in zip(out[id_col], first, last,
                                                                      strict=True)]
        else:
            uniques = {s: pseudonym(s, self.salt) for s in out[id_col].unique()}
            out[out_col] = out[id_col].map(uniques)
        if not self.names:
            drop = [c for c in (id_col, "first_name", "last_name", "email", "lms_id",
                                "lms_user_id") if c in out.columns]
            out = out.drop(columns=drop)
        cols = [out_col] + [c for c in out.columns if c != out_col]
        return out[cols]


def suppress_small_groups(frame: pd.DataFrame, count_col: str = "n",
                          min_size: int = MIN_GROUP, keep: tuple[str, ...] = ()) -> pd.DataFrame:
    """Blank every figure of rows whose ``count_col`` is below ``min_size``.

    Grouping columns named in ``keep`` (and ``count_col`` itself is replaced by
    ``"<5"``) stay, and a ``note`` column explains the blank. Returns a copy.
    """
    out = frame.copy()
    if "note" not in out.columns:
        out["note"] = ""
    if out.empty:
        return out
    small = out[count_col].fillna(0) < min_size
    if not small.any():
        return out
    value_cols = [c for c in out.columns if c not in (*keep, count_col, "note")]
    out[value_cols] = out[value_cols].astype(object)
    out.loc[small, value_cols] = None
    out[count_col] = out[count_col].astype(object)
    out.loc[small, count_col] = f"<{min_size}"
    out.loc[small, "note"] = SUPPRESSED_NOTE.replace(str(MIN_GROUP), str(min_size), 1)
    return out
