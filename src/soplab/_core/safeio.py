"""Reading files that someone else made, as data only.

A learner's submission is hostile until proven otherwise: a file may be a link
to another learner's work or to the gradebook, a named pipe that never ends, a
device, or a real file far larger than any answer. Everything here reads with
these rules:

* every path component is opened without following links (``O_NOFOLLOW`` on
  each folder and on the file, relative to the folder already opened), so a
  link anywhere on the way is refused, never followed;
* only regular files are read (``fstat`` after opening, with ``O_NONBLOCK`` so a
  pipe cannot hold the reader); folders must be real folders;
* at most ``limit`` bytes are read; a larger file is refused;
* JSON is parsed with a nesting limit.

Errors are :class:`Refused` with a plain reason ("a link, not followed").
"""

from __future__ import annotations

import json
import os
import pwd
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = [
    "Refused", "kind_of", "listdir", "load_json", "open_folder", "read_file", "read_relative",
]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


class Refused(ValueError):
    """A file or folder was not read; the message says why, in plain words."""


def kind_of(mode: int) -> str:
    """Plain name of a file type from ``st_mode``."""
    if stat.S_ISLNK(mode):
        return "a link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISREG(mode):
        return "a file"
    return "an unknown kind of entry"


def _open_dir(name: str, dir_fd: int | None) -> int:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
    except OSError as exc:
        try:
            mode = os.lstat(name, dir_fd=dir_fd).st_mode
        except OSError:
            raise Refused("it does not exist") from exc
        if not stat.S_ISDIR(mode):
            raise Refused(f"{kind_of(mode)}, not a folder; not followed") from exc
        raise Refused(f"it cannot be opened ({exc.strerror})") from exc


@contextmanager
def open_folder(path: Path | str, *parts: str, trusted_base: bool = True) -> Iterator[int]:
    """A file descriptor of ``path/parts...``; each part is opened without following links.

    ``path`` itself belongs to the course (trusted); with ``trusted_base=False``
    it must not be a link either.
    """
    fds: list[int] = []
    try:
        if trusted_base:
            fds.append(os.open(str(path), os.O_RDONLY | os.O_DIRECTORY))
        else:
            fds.append(_open_dir(str(path), None))
        for part in parts:
            if part in ("", ".", "..") or "/" in part:
                raise Refused(f"'{part}' is not a plain name")
            fds.append(_open_dir(part, fds[-1]))
        yield fds[-1]
    finally:
        for fd in reversed(fds):
            os.close(fd)


def listdir(dir_fd: int) -> list[tuple[str, int]]:
    """``(name, st_mode)`` of every entry of an open folder, links not followed."""
    out = []
    for name in sorted(os.listdir(dir_fd)):
        try:
            mode = os.lstat(name, dir_fd=dir_fd).st_mode
        except OSError:
            continue
        out.append((name, mode))
    return out


def read_file(dir_fd: int, name: str, limit: int, *, owner: int | None = None) -> bytes:
    """The bytes of regular file ``name`` in the open folder ``dir_fd``, at most ``limit``.

    ``limit=-1`` only checks that ``name`` is a regular file and returns ``b""``.
    ``owner`` (a user id): the file must belong to that account and have one name
    only (a hard link to someone else's file is refused, even where the kernel
    allows making one).
    """
    if name in ("", ".", "..") or "/" in name:
        raise Refused(f"'{name}' is not a plain name")
    try:
        fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    except FileNotFoundError as exc:
        raise Refused("it does not exist") from exc
    except OSError as exc:  # ELOOP: the last part is a link
        try:
            mode = os.lstat(name, dir_fd=dir_fd).st_mode
        except OSError:
            raise Refused(f"it cannot be opened ({exc.strerror})") from exc
        raise Refused(f"{kind_of(mode)}; not followed") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{kind_of(info.st_mode)}, not a file; not read")
        if owner is not None and info.st_uid != owner:
            raise Refused(f"belongs to another account ({_account(info.st_uid)}); not taken")
        if owner is not None and info.st_nlink != 1:
            raise Refused(f"a hard link ({info.st_nlink} names for one file); not taken")
        if limit < 0:
            return b""
        if info.st_size > limit:
            raise Refused(f"{info.st_size:,} bytes, more than the {limit:,} allowed")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while we read it
                raise Refused(f"more than the {limit:,} bytes allowed")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _account(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"user id {uid}"


def read_relative(base: Path | str, relative: str, limit: int) -> bytes:
    """Read ``base/relative`` (``relative`` like ``answers/x.json``) without following any
    link below the trusted ``base``."""
    *folders, name = [p for p in str(relative).split("/") if p]
    with open_folder(base, *folders) as fd:
        return read_file(fd, name, limit)


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of parsed JSON, without recursion; stops past ``limit``."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return deepest


def load_json(raw: bytes, *, max_depth: int) -> Any:
    """Parse JSON bytes; refuse text that is not UTF-8 JSON or nests deeper than ``max_depth``."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Refused("not readable (damaged or not the course's format)") from exc
    except RecursionError as exc:
        raise Refused(f"nested deeper than {max_depth} levels") from exc
    if _depth(data, max_depth) > max_depth:
        raise Refused(f"nested deeper than {max_depth} levels")
    return data
