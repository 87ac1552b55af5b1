"""pyproject.toml, requirements.lock and environment.yml describe one set of packages.

- Every dependency in pyproject.toml (and its test extra) is pinned in
  requirements.lock, at a version inside pyproject's range, with its extras' packages.
- environment.yml takes the same dependencies from conda-forge, with the same ranges,
  and installs only soplab itself with pip.
- The Makefile installs from the lock.

When one of these fails, its message says what to add where.
"""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from coursekit import REPO

LOCK = REPO / "requirements.lock"
ENVIRONMENT = REPO / "environment.yml"

#: pyproject name -> conda-forge name, where they differ.
CONDA_NAMES = {"matplotlib": "matplotlib-base"}
#: Packages an extra pulls in that conda-forge provides another way (conda's psycopg
#: uses conda's libpq, so the PyPI-only "binary" wheel is not needed there).
CONDA_SKIPS_EXTRAS = {"psycopg": {"binary"}}
#: The packages each extra adds, as pip would install them.
EXTRA_PACKAGES = {("psycopg", "binary"): "psycopg-binary"}


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirements(kind: str) -> list[Requirement]:
    project = _project()
    raw = project["dependencies"] if kind == "runtime" else project["optional-dependencies"][kind]
    return [Requirement(r) for r in raw]


def _lock_pins(text: str | None = None) -> dict[str, list[tuple[Version, Marker | None]]]:
    """name -> [(version, marker)] from a `uv pip compile` output (one line per pin)."""
    text = LOCK.read_text(encoding="utf-8") if text is None else text
    pins: dict[str, list[tuple[Version, Marker | None]]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        req = Requirement(line)
        (spec,) = list(req.specifier)
        assert spec.operator == "==", f"requirements.lock: {line}: every line pins one version"
        pins.setdefault(canonicalize_name(req.name), []).append((Version(spec.version),
                                                                 req.marker))
    return pins


def _environment() -> dict:
    return yaml.safe_load(ENVIRONMENT.read_text(encoding="utf-8"))


def _conda_specs(env: dict) -> dict[str, str]:
    """conda package name -> version spec ('' when none)."""
    out = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str):
            name, spec = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", dep).groups()
            out[name.lower()] = spec.replace(" ", "")
    return out


def _pip_section(env: dict) -> list[str]:
    return next((d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d),
                [])


# ---------------------------------------------------------------- the lock file

def lock_problems(requirements: list[Requirement],
                  pins: dict[str, list[tuple[Version, Marker | None]]]) -> list[str]:
    """What the lock lacks for ``requirements``, one line each, saying what to do."""
    problems = []
    fix = "run `make lock` and commit requirements.lock"
    for req in requirements:
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req.name} is in pyproject.toml but not pinned in "
                            f"requirements.lock: {fix}")
            continue
        for version, _marker in pins[name]:
            if not req.specifier.contains(version, prereleases=True):
                problems.append(f"requirements.lock pins {req.name}=={version}, outside "
                                f"pyproject.toml's '{req}': {fix}")
        for extra in sorted(req.extras):
            needed = EXTRA_PACKAGES.get((name, extra))
            if needed is None:
                problems.append(f"{req}: the extra '{extra}' is not known to "
                                "tests/test_environment.py: add the package it installs "
                                "to EXTRA_PACKAGES there")
            elif canonicalize_name(needed) not in pins:
                problems.append(f"{needed} (from {req}) is not pinned in requirements.lock: "
                                f"{fix}")
    return problems


@pytest.mark.parametrize("kind", ["runtime", "test"])
def test_lock_pins_every_dependency_of_pyproject(kind: str) -> None:
    problems = lock_problems(_requirements(kind), _lock_pins())
    assert not problems, "\n".join(problems)


def test_lock_pins_one_version_per_package_for_python_311_on_linux() -> None:
    """The versions CI tests are the versions every Linux cohort on Python 3.11 gets."""
    env = {"python_version": "3.11", "python_full_version": "3.11.7", "sys_platform": "linux",
           "os_name": "posix", "platform_system": "Linux", "implementation_name": "cpython",
           "platform_python_implementation": "CPython", "platform_machine": "x86_64"}
    for name, versions in _lock_pins().items():
        chosen = [v for v, marker in versions if marker is None or marker.evaluate(env)]
        assert len(chosen) <= 1, f"requirements.lock: {name}: {chosen} for one platform"


def test_lock_check_finds_a_missing_or_stale_pin() -> None:
    pins = _lock_pins("jinja2==3.1.6\npsycopg==3.3.9\n")
    problems = lock_problems([Requirement("anywidget>=0.9"), Requirement("jinja2>=3.2"),
                              Requirement("psycopg[binary]>=3.1")], pins)
    assert problems == [
        "anywidget is in pyproject.toml but not pinned in requirements.lock: run `make lock` "
        "and commit requirements.lock",
        "requirements.lock pins jinja2==3.1.6, outside pyproject.toml's 'jinja2>=3.2': run "
        "`make lock` and commit requirements.lock",
        "psycopg-binary (from psycopg[binary]>=3.1) is not pinned in requirements.lock: run "
        "`make lock` and commit requirements.lock",
    ]


def test_lock_was_made_by_make_lock_from_pyproject() -> None:
    header = LOCK.read_text(encoding="utf-8").splitlines()[:2]
    assert header[1].strip("# ") == "make lock"
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "pip compile pyproject.toml --extra test" in makefile


def test_makefile_installs_from_the_lock() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^LOCK\s*:=\s*requirements\.lock$", makefile, re.M)
    stamp_rule = re.search(r"^\$\(STAMP\):(.*)$", makefile, re.M)
    assert stamp_rule and "$(LOCK)" in stamp_rule.group(1), "the set-up must rerun when the " \
        "lock changes"
    assert "pip sync" in makefile and "$(LOCK)" in makefile.split("pip sync", 1)[1].split("\n")[0]
    assert "--no-deps" in makefile, "soplab itself is installed without dependencies"


# ---------------------------------------------------------------- environment.yml

def environment_problems(requirements: list[Requirement], conda: dict[str, str]) -> list[str]:
    """What environment.yml lacks for ``requirements``, one line each, saying what to do."""
    problems = []
    for req in requirements:
        name = CONDA_NAMES.get(canonicalize_name(req.name), canonicalize_name(req.name))
        wanted = ",".join(sorted(str(s) for s in req.specifier))
        line = f"  - {name}{wanted}"
        if name not in conda:
            problems.append(f"{req} is in pyproject.toml but not in environment.yml: add "
                            f"'{line}' under dependencies: (the conda-forge package's name; "
                            "if it differs from the PyPI name, also add it to CONDA_NAMES in "
                            "tests/test_environment.py)")
        elif SpecifierSet(conda[name]) != req.specifier:
            problems.append(f"environment.yml has '{name}{conda[name]}' but pyproject.toml "
                            f"has '{req}': make the line '{line}'")
        for extra in sorted(req.extras - CONDA_SKIPS_EXTRAS.get(canonicalize_name(req.name),
                                                                set())):
            problems.append(f"{req}: the extra '{extra}' has no conda-forge equivalent in "
                            "tests/test_environment.py: add its package to environment.yml "
                            "and the extra to CONDA_SKIPS_EXTRAS")
    known = {CONDA_NAMES.get(canonicalize_name(r.name), canonicalize_name(r.name))
             for r in requirements} | {"python", "pip"}
    for name in sorted(set(conda) - known):
        problems.append(f"environment.yml lists '{name}', which pyproject.toml does not "
                        "depend on: remove it, or add it to pyproject.toml's dependencies")
    return problems


def test_environment_takes_pyprojects_dependencies_from_conda_forge() -> None:
    env = _environment()
    assert env["channels"] == ["conda-forge"]
    problems = environment_problems(_requirements("runtime"), _conda_specs(env))
    assert not problems, "\n".join(problems)


def test_environment_installs_only_soplab_with_pip() -> None:
    assert _pip_section(_environment()) == ["-e ."]


def test_environment_python_is_one_the_project_supports_and_the_lock_was_made_for() -> None:
    conda = _conda_specs(_environment())
    python = conda["python"].lstrip("=")
    assert SpecifierSet(_project()["requires-python"]).contains(f"{python}.0")
    assert f"--python-version {python}" in (REPO / "Makefile").read_text(encoding="utf-8")


def test_environment_check_says_what_to_add_where() -> None:
    conda = {"jinja2": ">=3.1", "pandas": ">=2.0", "leftover": ""}
    problems = environment_problems([Requirement("jinja2>=3.1"), Requirement("pandas>=2.2"),
                                     Requirement("anywidget>=0.9")], conda)
    assert problems == [
        "environment.yml has 'pandas>=2.0' but pyproject.toml has 'pandas>=2.2': make the "
        "line '  - pandas>=2.2'",
        "anywidget>=0.9 is in pyproject.toml but not in environment.yml: add '  - "
        "anywidget>=0.9' under dependencies: (the conda-forge package's name; if it differs "
        "from the PyPI name, also add it to CONDA_NAMES in tests/test_environment.py)",
        "environment.yml lists 'leftover', which pyproject.toml does not depend on: remove "
        "it, or add it to pyproject.toml's dependencies",
    ]
