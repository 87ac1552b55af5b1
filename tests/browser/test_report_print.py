"""The cohort report as a trainer reads it in Chromium: on screen, printed to PDF, and axe.

The report is made from the analytics tests' tiny fictional course (no nbgrader run,
so this needs no JupyterLab); Playwright prints it with Chromium's own print to PDF.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

#: A4 at 96 CSS px per inch, less the report's @page margins (12 mm each side,
#: 14 mm top and 16 mm bottom).
PRINT_WIDTH_PX = round((210 - 24) / 25.4 * 96)
PRINT_HEIGHT_PX = round((297 - 30) / 25.4 * 96)


@pytest.fixture(scope="module")
def report_index(tmp_path_factory) -> Path:
    from analytics.analytics_course import build_course
    from soplab.cohort.analytics import load_course_data, write_report

    root = build_course(tmp_path_factory.mktemp("report") / "course")
    data = load_course_data(root, progress=False)
    return write_report(data, root / "report", say=lambda _m: None).index


@pytest.fixture
def report_page(chromium, report_index):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(report_index.as_uri())
    yield page
    context.close()


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def _first_page_text(pdf_path: Path, page) -> str:
    """Text of the PDF's first page (pdftotext), else what the print layout puts there."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf_path), "-"],
                              capture_output=True, text=True, check=True)
        return done.stdout
    page.emulate_media(media="print")
    page.set_viewport_size({"width": PRINT_WIDTH_PX, "height": PRINT_HEIGHT_PX})
    return page.evaluate("""h => [...document.querySelectorAll('h1, h2, li, p')]
        .filter(e => e.getBoundingClientRect().top < h).map(e => e.innerText).join('\\n')""",
                         PRINT_HEIGHT_PX)


def test_first_screen_leads_with_next_steps(report_page, tmp_path):
    heading = report_page.locator("#next-steps-h")
    box = heading.bounding_box()
    assert box and box["y"] < 400, "Next steps must be on the first screen, near the top"
    first_step = report_page.locator("ol.steps > li").first
    assert first_step.bounding_box()["y"] < 900
    assert "Hand grading waits" in first_step.inner_text()
    report_page.screenshot(path=str(tmp_path / "report-first-screen.png"))
    # folded on screen: the unflagged questions wait behind a click
    assert not report_page.locator("#item-table-rest").is_visible()
    assert report_page.locator("#item-table").is_visible()


def test_printed_pdf_reads_well(report_page, tmp_path):
    pdf_path = tmp_path / "report.pdf"
    pdf = report_page.pdf(path=str(pdf_path), prefer_css_page_size=True, print_background=True)
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    pages = _pdf_pages(pdf)
    assert 2 <= pages <= 20, f"{pages} pages for an 8-learner report"
    # the page asks for no paper size: the printer's own (here Letter, 612 x 792 points)
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+612(\.0+)?\s+792(\.0+)?\s*\]", pdf), \
        re.findall(rb"/MediaBox[^\]]*\]", pdf)[:2]
    first = _first_page_text(pdf_path, report_page)
    assert "Next steps" in first and "Hand grading waits" in first

    # what the print layout does: folded parts open, nothing wider than the paper
    report_page.emulate_media(media="print")
    report_page.set_viewport_size({"width": PRINT_WIDTH_PX, "height": PRINT_HEIGHT_PX})
    for folded in ("#item-table-rest", "#test-table", "#mastery-cohort-table"):
        assert report_page.locator(folded).is_visible(), f"{folded} is folded in print"
    too_wide = report_page.evaluate("""() => [...document.querySelectorAll('table, figure, pre')]
        .filter(e => e.getBoundingClientRect().right > document.body.clientWidth + 1)
        .map(e => e.id || e.tagName)""")
    assert too_wide == [], f"cut off at the paper's edge: {too_wide}"
    assert not report_page.locator("nav").is_visible()


def test_report_has_no_serious_accessibility_findings(report_page, axe_source):
    report_page.add_script_tag(content=axe_source)
    findings = report_page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
            .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')');
    }""")
    assert findings == []
