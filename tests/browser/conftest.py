"""Fixtures for the browser tests.

One JupyterLab server for the whole session, serving a temporary root::

    <root>/course/     instructor course folder (the server's working folder, so
                       nbgrader's formgrader finds nbgrader_config.py there)
    <root>/learners/   one fresh copy of release/ per test, as a learner has it

One Chromium (Debian's, through Playwright) for the session, a fresh browser
context per test. Without Chromium the tests skip, or fail when
``SOPLAB_REQUIRE_BROWSER=1`` (CI). Screenshots go to docs/screenshots/ only
when ``SOPLAB_SCREENSHOTS=1``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser.harness import (
    AXE_JS,
    CHROMIUM,
    REPO,
    LabServer,
    NotebookPage,
    copy_release,
    launch_chromium,
    release_assignments,
    release_notebook,
    tagged_cells,
)

REQUIRE_BROWSER = os.environ.get("SOPLAB_REQUIRE_BROWSER") == "1"
SCREENSHOTS = os.environ.get("SOPLAB_SCREENSHOTS") == "1"
VIEWPORT = {"width": 1280, "height": 900}


def _unavailable(need_axe: bool = False) -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (Python) is not installed"
    if need_axe and not AXE_JS.exists():
        return f"{AXE_JS.relative_to(REPO)} is missing (run 'npm ci' in tests/browser)"
    return None


def skip_or_fail(reason: str) -> None:
    """Skip, or fail when CI demands the browser tests run."""
    if REQUIRE_BROWSER:
        pytest.fail(f"browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def lab_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lab")
    course = root / "course"
    course.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
    (root / "learners").mkdir()
    return root


@pytest.fixture(scope="package")
def lab(lab_root: Path, tmp_path_factory) -> Iterator[LabServer]:
    """The session's JupyterLab server (token-protected, temporary root)."""
    reason = _unavailable()
    if reason:
        skip_or_fail(reason)
    server = LabServer.start(lab_root, tmp_path_factory.mktemp("lab-state"),
                             cwd=lab_root / "course")
    yield server
    server.stop()


@pytest.fixture(scope="package")
def learner_lab(tmp_path_factory) -> Iterator[LabServer]:
    """JupyterLab started the way ``make lab`` starts it for a learner (``python -m
    soplab lab``: learner configuration, ``--allow-root`` when root), with
    JupyterLab's default settings (windowing included). Its root is the workspace
    ``make lab`` fills with a copy of release/."""
    reason = _unavailable()
    if reason:
        skip_or_fail(reason)
    server = LabServer.start_learner(tmp_path_factory.mktemp("learner-workspace"),
                                     tmp_path_factory.mktemp("learner-lab-state"))
    yield server
    server.stop()


@pytest.fixture(scope="package")
def chromium():
    """The session's Chromium, for pages that need no JupyterLab (e.g. the report)."""
    reason = _unavailable()
    if reason:
        skip_or_fail(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def browser(chromium, lab):
    """The same Chromium, with the session's JupyterLab server running."""
    return chromium


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[_REPORT] = report


_REPORT = pytest.StashKey()


@pytest.fixture
def page(browser, lab: LabServer, request, tmp_path: Path):
    """A fresh page; on failure its screenshot is kept in the test's tmp_path."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    report = request.node.stash.get(_REPORT, None)
    if report is not None and report.failed:
        shot = tmp_path / "failure.png"
        try:
            page.screenshot(path=str(shot))
            print(f"screenshot of the failing page: {shot}")
        except Exception:  # noqa: BLE001 (the page may be gone; the failure matters more)
            pass
        print(f"JupyterLab log (last lines):\n{lab.log_tail(25)}")
    context.close()
    lab.shutdown_kernels()


@pytest.fixture
def learner(lab: LabServer, lab_root: Path, request):
    """Give a fresh learner copy of release/ for this test; returns ``open(assignment)``.

    ``open`` returns the notebook opened in the page, kernel idle, not yet run.
    """
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:60]
    folder = copy_release(lab_root / "learners" / name)

    def open_notebook(page, assignment: str) -> NotebookPage:
        path = f"learners/{name}/{assignment}/{assignment}.ipynb"
        notebook = NotebookPage(page, lab, path).open()
        notebook.folder = folder / assignment
        return notebook

    return open_notebook


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: docs/screenshots/ with SOPLAB_SCREENSHOTS=1, else tmp_path."""
    if SCREENSHOTS:
        target = REPO / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        return target
    return tmp_path


@pytest.fixture(scope="package")
def axe_source() -> str:
    reason = _unavailable(need_axe=True)
    if reason:
        skip_or_fail(reason)
    return AXE_JS.read_text(encoding="utf-8")


#: Cells whose source the learner should never see.
HIDDEN_TAGS = ("soplab-widget", "soplab-check", "soplab-figure", "soplab-page")


class Rendered:
    """One assignment as a learner first sees it, then after Run All (nothing answered)."""

    def __init__(self, assignment: str, notebook: NotebookPage, nb):
        self.assignment = assignment
        self.notebook = notebook
        self.page = notebook.page
        self.nb = nb
        cells = self.page.locator(".jp-Notebook .jp-Cell")
        #: Rendered text of the first cell, before anything runs.
        self.first_cell_text = " ".join(
            cells.first.locator(".jp-RenderedMarkdown").inner_text().split())
        #: Cells shown before Run All, and what the learner sees of each hidden-source cell.
        self.cell_count = cells.count()
        self.exercises_before_run = notebook.exercises.count()
        self.hidden = {}
        for index in sorted({i for tag in HIDDEN_TAGS for i in tagged_cells(nb, tag)}):
            cell = cells.nth(index)
            self.hidden[index] = {
                "editor_visible": cell.locator(".jp-InputArea-editor").is_visible(),
                "text": cell.locator(".jp-Cell-inputWrapper").inner_text().strip(),
            }


@pytest.fixture(scope="package", params=release_assignments())
def rendered(request, browser, lab: LabServer, lab_root: Path) -> Iterator[Rendered]:
    """Each release assignment opened once per session, then run (Run > Run All Cells)."""
    assignment = request.param
    nb = release_notebook(assignment)
    folder = copy_release(lab_root / "learners" / f"rendered-{assignment}", [assignment])
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    notebook = NotebookPage(page, lab, f"learners/rendered-{assignment}/{assignment}/"
                                       f"{assignment}.ipynb").open()
    notebook.folder = folder / assignment
    result = Rendered(assignment, notebook, nb)
    notebook.run_all()
    try:
        notebook.wait_for_exercises(len(tagged_cells(nb, "soplab-widget")))
    except PlaywrightTimeout:
        pass  # the tests say which exercise is missing
    notebook.wait_idle()
    # Run All ends with the page's landing (its first question, or My progress's panel):
    # let it happen before a test moves the keyboard focus itself.
    try:
        page.wait_for_function(
            "() => !!document.activeElement?.closest('.soplab-exercise, .soplab-progress')",
            timeout=15_000)
    except PlaywrightTimeout:
        pass  # a page without a landing
    yield result
    context.close()
    lab.shutdown_kernels()
