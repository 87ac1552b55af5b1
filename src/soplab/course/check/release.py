"""Is release/ what a fresh build from source/ would give?

The course is copied to a temporary folder, built there with nbgrader (the
real release/ is never touched), and the two release folders are compared,
ignoring metadata that changes from run to run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from soplab.engine.items import BankError

from ..build import BuildError, build
from .course import Course
from .report import Finding

__all__ = ["CHECK", "IGNORED_PARTS", "VOLATILE_METADATA", "compare", "normalised_notebook", "run"]

CHECK = "release"
#: Notebook metadata that differs between runs without meaning anything.
VOLATILE_METADATA = ("widgets", "execution", "vscode", "toc", "collapsed", "scrolled")
#: Files in release/ that are not part of a build (learners' own and editor clutter).
IGNORED_PARTS = (".ipynb_checkpoints", "__pycache__", "answers", "feedback")


def _finding(severity: str, file: str, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "", message, fix)


def _rebuild(name: str) -> str:
    return f"run: soplab build --no-db {name}, then commit source/{name}/ and release/{name}/"


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part in IGNORED_PARTS for part in p.relative_to(folder).parts)
    }


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k not in VOLATILE_METADATA}


def normalised_notebook(path: Path) -> dict[str, Any]:
    """A notebook's JSON without volatile metadata, outputs kept as they are."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["metadata"] = _clean_meta(data.get("metadata", {}))
    for cell in data.get("cells", []):
        cell["metadata"] = _clean_meta(cell.get("metadata", {}))
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    return data


def _first_difference(fresh: dict, committed: dict) -> str:
    a, b = fresh.get("cells", []), committed.get("cells", [])
    for number, (x, y) in enumerate(zip(a, b, strict=False), start=1):
        if x != y:
            keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
            return f"cell {number} differs ({', '.join(keys)})"
    if len(a) != len(b):
        return f"a fresh build has {len(a)} cells, the committed one {len(b)}"
    return "the notebook metadata differs"


def _compare_file(fresh: Path, committed: Path) -> str | None:
    """None when equal, else a short description of the difference."""
    try:
        if fresh.suffix == ".ipynb":
            a, b = normalised_notebook(fresh), normalised_notebook(committed)
            return None if a == b else _first_difference(a, b)
        if fresh.suffix == ".json":
            a = json.loads(fresh.read_text(encoding="utf-8"))
            b = json.loads(committed.read_text(encoding="utf-8"))
            return None if a == b else "its content differs from a fresh build"
    except (ValueError, UnicodeDecodeError):
        return "it cannot be read as JSON"
    return None if fresh.read_bytes() == committed.read_bytes() else \
        "its content differs from a fresh build"


def compare(fresh_root: Path, root: Path) -> Iterator[Finding]:
    """Compare ``fresh_root/release`` with ``root/release``."""
    fresh_release, release = fresh_root / "release", root / "release"
    fresh_names = {p.name for p in fresh_release.iterdir() if p.is_dir()} \
        if fresh_release.is_dir() else set()
    committed_names = {p.name for p in release.iterdir() if p.is_dir()} \
        if release.is_dir() else set()
    for name in sorted(committed_names - fresh_names):
        yield _finding("error", f"release/{name}",
                       "has no source notebook in source/ any more; learners would get a "
                       "stale assignment", f"delete release/{name}/ (git rm -r) or restore "
                       f"source/{name}/")
    for name in sorted(fresh_names):
        if name not in committed_names:
            yield _finding("error", f"release/{name}", "is missing: source/ has this "
                           "assignment but release/ does not", _rebuild(name))
            continue
        fresh_files = _files(fresh_release / name)
        committed_files = _files(release / name)
        for rel in sorted(fresh_files - committed_files):
            yield _finding("error", f"release/{name}/{rel}", "is missing from release/",
                           _rebuild(name))
        for rel in sorted(committed_files - fresh_files):
            yield _finding("error", f"release/{name}/{rel}",
                           "is not produced by a fresh build (a leftover file)",
                           f"delete it, or {_rebuild(name)}")
        for rel in sorted(fresh_files & committed_files):
            difference = _compare_file(fresh_release / name / rel, release / name / rel)
            if difference:
                yield _finding("error", f"release/{name}/{rel}",
                               f"is out of date with source/ and the item banks: {difference}",
                               _rebuild(name))


def run(course: Course, progress: Callable[[str], None] = lambda line: None) -> list[Finding]:
    root = course.root
    if not (root / "source").is_dir():
        return []
    with tempfile.TemporaryDirectory(prefix="soplab-check-") as tmp:
        copy = Path(tmp) / "course"
        copy.mkdir()
        shutil.copy2(root / "nbgrader_config.py", copy / "nbgrader_config.py")
        ignore = shutil.ignore_patterns(*IGNORED_PARTS)
        for name in ("data", "source"):
            shutil.copytree(root / name, copy / name, ignore=ignore)
        try:
            build(copy, use_db=False, progress=progress)
        except BankError:
            return [_finding("note", "release", "release/ was not compared because the item "
                             "banks have errors (listed above)")]
        except BuildError as exc:
            return [_finding("error", "source", f"a fresh build fails: {exc}",
                             "fix the notebook named in the message, then run soplab build "
                             "--no-db")]
        return list(compare(copy, root))
