"""The report as a trainer gets it: files, HTML read with an HTML parser, privacy, CLI."""

from __future__ import annotations

import argparse
import csv
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from soplab.cli.report import add_export_arguments, add_report_arguments, run_export, run_report
from soplab.cohort.analytics import load_course_data, write_report


class Page(HTMLParser):
    """Collects images, tables (id -> rows of cell texts) and external references."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.external: list[str] = []
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.text: list[str] = []
        #: section ids in page order, tables inside a folded <details>, h2 texts
        self.sections: list[str] = []
        self.folded: set[str] = set()
        self.headings: list[str] = []
        self._details = 0
        self._h2: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.images.append(a)
        if tag == "section":
            self.sections.append(a.get("id", ""))
        if tag == "details":
            self._details += 1
        if tag == "h2":
            self._h2 = []
        if tag == "table" and self._details:
            self.folded.add(a.get("id", ""))
        for key in ("src", "href"):
            value = a.get(key) or ""
            if value and not value.startswith(("data:", "#")):
                self.external.append(value)
        if tag in ("script", "link", "iframe"):
            self.external.append(tag)
        if tag == "table":
            self._table = a.get("id", "")
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "details":
            self._details -= 1
        if tag == "h2" and self._h2 is not None:
            self.headings.append("".join(self._h2).strip())
            self._h2 = None
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._h2 is not None:
            self._h2.append(data)
        self.text.append(data)


def _stand_in_coach(text, expected_kind=None):
    return SimpleNamespace(components=[SimpleNamespace(name="when", label="When it happened",
                                                       present="May" in text)])


@pytest.fixture
def report(tiny_course, tmp_path):
    data = load_course_data(tiny_course, progress=False)
    result = write_report(data, tmp_path / "out", coach=_stand_in_coach, say=lambda _m: None)
    page = Page()
    page.feed(result.index.read_text(encoding="utf-8"))
    return result, page


def test_all_files_are_written(report):
    result, _ = report
    assert sorted(p.name for p in result.out_dir.iterdir()) == [
        "index.html", "item_analysis.csv", "mastery.csv"]
    # real names, e-mails and LMS ids stay out of the pseudonymised folder
    assert result.files["canvas_grades.csv"] == \
        result.out_dir.resolve().parent / "lms-export" / "canvas_grades.csv"
    with result.files["item_analysis.csv"].open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {"item_id", "objective", "n", "facility", "discrimination_index",
            "discriminative_efficiency", "flag"} <= set(rows[0])
    assert sorted(r["item_id"] for r in rows) == ["a1", "a2", "a3", "s1"]
    a2 = next(r for r in rows if r["item_id"] == "a2")
    assert a2["objective"] == "LO3" and a2["n"] == "7"
    assert float(a2["facility"]) == pytest.approx(300 / 7, abs=0.01)


def test_plots_are_embedded_with_alt_text(report):
    _, page = report
    assert len(page.images) >= 4
    for img in page.images:
        assert img["src"].startswith("data:image/png;base64,")
        assert len(img.get("alt", "")) > 40
    assert page.external == []


def test_tables_hold_the_expected_rows(report):
    _, page = report
    flagged = {row[0] for row in page.tables["item-table"][1:]}
    rest = {row[0] for row in page.tables["item-table-rest"][1:]}
    assert flagged | rest == {"a1", "a2", "a3", "s1"} and not flagged & rest
    progress = {row[0]: row for row in page.tables["progress-table"][1:]}
    assert progress["01 · A"][1:5] == ["6", "1", "0", "1"]  # graded, waiting, -, not submitted
    missed = page.tables["missed-table"]
    assert missed[1][0] == "a2 (graded)" and "Future worry." in missed[1]
    confusion = page.tables["confusion-1"]
    assert confusion[0][:4] == ["correct answer", "Harm", "Danger", "Complicating factor"]
    coach = page.tables["coach-table"]
    assert coach[1][:2] == ["Harm statement", "When it happened"]
    assert [row[0] for row in page.tables["test-table"][1:]] == ["01 · A"]


def test_small_cohort_is_suppressed_and_learners_pseudonymised(report):
    result, page = report
    cohorts = {row[0]: row for row in page.tables["cohort-table"][1:]}
    assert cohorts["2026-spring"][1] == "6"
    assert cohorts["2026-fall"][1] == "<5" and "fewer than 5" in cohorts["2026-fall"][-1]
    # what a reader sees: text and every attribute but the embedded image data
    seen = " ".join(page.text) + " ".join(
        str(v) for img in page.images for k, v in img.items() if k != "src")
    mastery_csv = result.files["mastery.csv"].read_text(encoding="utf-8")
    for secret in ("s01", "First1", "Last1", "s01@example.org"):
        assert secret not in seen and secret not in mastery_csv
    assert "L-" in page.tables["follow-up-table"][1][0]
    # the Canvas file is for the LMS: it carries real ids by design
    assert "s01@example.org" in result.files["canvas_grades.csv"].read_text(encoding="utf-8")


def test_names_only_when_asked(tiny_course, tmp_path):
    data = load_course_data(tiny_course, progress=False)
    result = write_report(data, tmp_path / "named", names=True, coach=None,
                          say=lambda _m: None)
    assert "First4 Last4 (s04)" in result.index.read_text(encoding="utf-8")
    assert "s04" in result.files["mastery.csv"].read_text(encoding="utf-8")
    assert "not installed" in result.index.read_text(encoding="utf-8")


@pytest.mark.parametrize("submissions", [True, False], ids=["no-answer-files", "no-submissions"])
def test_report_without_answers_or_submissions(tmp_path, submissions):
    from analytics_course import build_gradebook, write_bank

    root = tmp_path / "empty"
    root.mkdir()
    (root / "nbgrader_config.py").write_text("c = get_config()\n"
                                             "c.CourseDirectory.course_id = 'er-test'\n")
    write_bank(root)
    build_gradebook(root, submissions=submissions)
    data = load_course_data(root, progress=False)
    result = write_report(data, tmp_path / "out", coach=None, say=lambda _m: None)
    page = Page()
    page.feed(result.index.read_text(encoding="utf-8"))
    assert "test-table" in page.tables
    assert result.files["item_analysis.csv"].read_text(encoding="utf-8").startswith("item_id")
    assert page.tables["test-table"][1][1] == "<5"  # no learners, nothing broken out
    canvas = result.files["canvas_grades.csv"].read_text(encoding="utf-8").splitlines()
    assert len(canvas) == 2 + 8 and canvas[1].startswith('"    Points Possible"')
    html = result.index.read_text(encoding="utf-8")
    if submissions:  # s07's reflection still waits; nothing else is known without answers
        assert "Hand grading waits: 1 submission" in html
    else:
        assert "Nothing is waiting" in html


def _parser(add):
    parser = argparse.ArgumentParser(prog="soplab x")
    add(parser)
    return parser


def test_run_report_cli(tiny_course, tmp_path, capsys):
    args = _parser(add_report_arguments).parse_args(
        ["--course", str(tiny_course), "--out", str(tmp_path / "r"), "--quiet"])
    assert run_report(args) == 0
    assert (tmp_path / "r" / "index.html").is_file()
    assert capsys.readouterr().out.strip().endswith("index.html")


def test_run_report_bad_course_is_one_line(tmp_path, capsys):
    args = _parser(add_report_arguments).parse_args(
        ["--course", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r")])
    assert run_report(args) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nbgrader_config.py" in err and "--course" in err


def test_run_report_bad_bank_names_the_file(tiny_course, tmp_path, capsys):
    (tiny_course / "data" / "items" / "bank.csv").write_text(
        "id,objective,exercise,kind,prompt,label,explanation,misconception\n"
        "a1,LO9,hd-check,assessment,x,Harm,,\n", encoding="utf-8")
    args = _parser(add_report_arguments).parse_args(
        ["--course", str(tiny_course), "--out", str(tmp_path / "r"), "--quiet"])
    assert run_report(args) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "data/items/bank.csv:2" in err[0]


def test_run_export_and_help_says_real_ids(tiny_course, tmp_path, capsys):
    parser = _parser(add_export_arguments)
    assert "real" in parser.format_help().lower() and "LMS" in parser.format_help()
    args = parser.parse_args(["--course", str(tiny_course), "--out", str(tmp_path / "g.csv")])
    assert run_export(args) == 0
    assert (tmp_path / "g.csv").read_text(encoding="utf-8").startswith('"Student","ID"')
    bad = parser.parse_args(["--course", str(tiny_course), "--db",
                             f"sqlite:///{tmp_path / 'none.db'}", "--out",
                             str(tmp_path / "h.csv")])
    capsys.readouterr()
    assert run_export(bad) != 0
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


# ---------------------------------------------------------------- a report that leads

def test_next_steps_come_first_with_counts_and_commands(report):
    result, page = report
    assert page.sections[:3] == ["next-steps", "progress", "follow-up"]
    assert page.headings[0] == "Next steps"
    html = result.index.read_text(encoding="utf-8")
    steps = html[html.index('id="next-steps"'):html.index('id="progress"')]
    # s07's reflection waits; 02-b is fully graded; s04, s05 and s08 may need a call
    assert "Hand grading waits: 1 submission in 1 assignment" in steps
    assert "<code>/formgrader/gradebook/01-a/01-a</code>" in steps
    assert "$ soplab feedback 02-b --release" in steps
    assert "3 learners may need a call" in steps
    assert "$ soplab report --names --out report-names" in steps
    assert "1 answer file could not be read" in steps


def test_flagged_items_first_and_the_rest_folded(report):
    result, page = report
    flag_col = page.tables["item-table"][0].index("What the flag means")
    assert page.tables["item-table"][1:], "the tiny course has a flagged item (a3)"
    assert all(row[flag_col] for row in page.tables["item-table"][1:])
    assert "item-table" not in page.folded
    assert {"item-table-rest", "option-table", "test-table"} <= page.folded
    html = result.index.read_text(encoding="utf-8")
    assert html.index('id="item-table"') < html.index('id="item-table-rest"')
    # statistics words are explained where they appear
    items = html[html.index('id="items"'):html.index('id="mastery"')]
    for term in ("Right % (facility)", "Discrimination", "Reliability (Cronbach's alpha)",
                 "Point-biserial"):
        assert f"<dt>{term}</dt>" in items.replace("&#39;", "'")


def test_readable_labels_instead_of_codes(report):
    _, page = report
    item_cols = page.tables["item-table-rest"][0]
    objectives = {row[item_cols.index("Objective")] for row in page.tables["item-table-rest"][1:]}
    assert objectives <= {"SOP key practices", "Harm and danger statements"}
    assert {row[0] for row in page.tables["mastery-table"][1:]} == {
        "SOP key practices", "Harm and danger statements"}
    assert page.tables["misconception-table"][1][0] == "Mixes up harm with danger."
    missed = page.tables["missed-table"]
    assert missed[1][0] == "a2 (graded)"
    assert missed[1][missed[0].index("Common confusion")] == "Mixes up harm with danger."
    shown = " ".join(" ".join(r) for t in page.tables.values() for r in t)
    for code in ("LO1", "LO3", "harm-danger-confusion", "assessment"):
        assert code not in shown, code


def _cohort_report(course, tmp_path, roster_cohorts, min_group):
    lines = (course / "roster.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0]]
    for line, cohort in zip(lines[1:], roster_cohorts, strict=True):
        parts = line.split(",")
        parts[5] = cohort
        rows.append(",".join(parts))
    (course / "roster.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = load_course_data(course, progress=False)
    result = write_report(data, tmp_path / "out", coach=None, min_group=min_group,
                          say=lambda _m: None)
    page = Page()
    page.feed(result.index.read_text(encoding="utf-8"))
    return page, result.index.read_text(encoding="utf-8")


def _trend_charts(page):
    return [i for i in page.images if i["alt"].startswith("Line chart of mean score")]


def test_no_trend_chart_with_fewer_than_three_cohorts(tiny_course, tmp_path):
    page, html = _cohort_report(tiny_course, tmp_path, ["c1"] * 3 + ["c2"] * 3 + ["c3"] * 2,
                                min_group=3)
    assert _trend_charts(page) == []
    assert "A trend needs at least 3 cohorts" in html and "there are 2 cohorts" in html
    assert len(page.tables["cohort-table"]) == 1 + 3  # the table still compares them


def test_trend_chart_with_three_cohorts(tiny_course, tmp_path):
    page, html = _cohort_report(tiny_course, tmp_path, ["c1"] * 2 + ["c2"] * 2 + ["c3"] * 4,
                                min_group=2)
    assert len(_trend_charts(page)) == 1
    assert "A trend needs" not in html


def test_print_styles_unfold_and_keep_rows_whole(report):
    result, _ = report
    html = result.index.read_text(encoding="utf-8")
    css = html[html.index("@media print"):html.index("</style>")]
    assert "details::details-content" in css and "content-visibility: visible" in css
    assert "break-inside: avoid" in css and "table-header-group" in css


def test_print_uses_the_printers_paper_not_a4(report):
    """California prints on Letter: the page forces no paper size, only margins."""
    result, _ = report
    html = result.index.read_text(encoding="utf-8")
    rules = re.findall(r"@page\s*{([^}]*)}", html)
    assert rules and all("size" not in rule for rule in rules), rules
