"""release/ is a faithful, key-free build of source/."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from soplab.course.build import assignments, build
from soplab.engine.items import load_bank

from coursekit import REPO, copy_course

ASSESSMENT_FIELDS = {"id", "prompt", "options", "expects"}


def _notebooks(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_source_notebooks_have_no_outputs() -> None:
    for path in _notebooks(REPO / "source"):
        nb = nbformat.read(path, as_version=4)
        dirty = [c.id for c in nb.cells if c.cell_type == "code" and
                 (c.outputs or c.execution_count is not None)]
        assert not dirty, f"{path.relative_to(REPO)}: cells with outputs: {dirty}"
        assert nb.metadata["kernelspec"]["name"] == "python3"


def test_every_assignment_is_released() -> None:
    assert assignments(REPO) == sorted(p.name for p in (REPO / "release").iterdir()
                                       if p.is_dir())


@pytest.mark.slow
def test_committed_release_equals_fresh_build(tmp_path: Path) -> None:
    root = copy_course(tmp_path / "course", ("nbgrader_config.py", "data", "source"))
    build(root, use_db=False, progress=lambda line: None)
    fresh, committed = root / "release", REPO / "release"
    files = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    kept = {p.relative_to(committed) for p in committed.rglob("*")
            if p.is_file() and ".ipynb_checkpoints" not in p.parts and "answers" not in p.parts}
    assert files == kept, "release/ files differ from a fresh build: run `make build`"
    for rel in sorted(files):
        if rel.suffix == ".ipynb":
            a = nbformat.read(fresh / rel, as_version=4)
            b = nbformat.read(committed / rel, as_version=4)
            assert a == b, f"release/{rel} is out of date: run `make build`"
        else:
            assert (fresh / rel).read_bytes() == (committed / rel).read_bytes(), \
                f"release/{rel} is out of date: run `make build`"


def _secrets(bank) -> list[str]:
    """Instructor-only text: assessment explanations and scenario option feedback."""
    found = []
    for item in bank.items.values():
        if item.kind == "assessment":
            found += [t for t in (item.explanation, *item.choice_feedback) if len(t) > 20]
    return found


def test_release_carries_no_assessment_key() -> None:
    bank = load_bank(REPO)
    secrets = _secrets(bank)
    for folder in sorted((REPO / "release").iterdir()):
        content = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
        for ex_id, ex in content["exercises"].items():
            if bank.exercises[ex_id].kind == "assessment":
                for item in ex["items"]:
                    assert set(item) <= ASSESSMENT_FIELDS, f"{folder.name}/{ex_id}: {item}"
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "BEGIN HIDDEN TESTS" not in text and "grade(" not in text, path
            for secret in secrets:
                assert secret not in text, f"{path}: holds instructor-only text {secret[:40]!r}"


@pytest.mark.slow
def test_installed_package_carries_no_key(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(REPO)], check=True)
    wheel = next(tmp_path.glob("soplab-*.whl"))
    bank = load_bank(REPO)
    secrets = _secrets(bank)
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert not [n for n in names if "/items/" in n or n.endswith("exercises.csv")]
        for name in names:
            text = zf.read(name).decode("utf-8", errors="replace")
            for secret in secrets:
                assert secret not in text, f"{name} holds instructor-only text"
    assert any(n.startswith("soplab/_data/lexicon/") for n in names) or \
        not (REPO / "data" / "lexicon").exists()
