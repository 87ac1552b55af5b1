"""environment.yml (conda users) lists exactly the dependencies of pyproject.toml."""

from __future__ import annotations

import tomllib

from coursekit import REPO


def _normalise(requirement: str) -> str:
    return requirement.replace(" ", "").lower()


def _environment_pip_requirements() -> list[str]:
    lines = (REPO / "environment.yml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    found = []
    for line in lines[start + 1:]:
        stripped = line.strip()
        if not stripped.startswith("- "):
            break
        found.append(stripped[2:].strip())
    return found


def test_environment_matches_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = sorted(_normalise(r) for r in project["dependencies"])
    listed = [r for r in _environment_pip_requirements() if r != "-e ."]
    assert sorted(_normalise(r) for r in listed) == wanted
    assert "-e ." in _environment_pip_requirements()
    python = project["requires-python"].removeprefix(">=")
    assert f"python>={python}" in (REPO / "environment.yml").read_text(encoding="utf-8")
