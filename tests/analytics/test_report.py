"""The report as a trainer gets it: files, HTML read with an HTML parser, privacy, CLI."""

from __future__ import annotations

import argparse
import csv
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from soplab.analytics import (
    add_export_arguments,
    add_report_arguments,
    load_course_data,
    run_export,
    run_report,
    write_report,
)


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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.images.append(a)
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
        self.text.append(data)


def _stand_in_coach(text, expected_kind=None):
    return SimpleNamespace(components=[SimpleNamespace(name="when", present="May" in text)])


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
        "canvas_grades.csv", "index.html", "item_analysis.csv", "mastery.csv"]
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
    items = {row[0] for row in page.tables["item-table"][1:]}
    assert items == {"a1", "a2", "a3", "s1"}
    progress = {row[0]: row for row in page.tables["progress-table"][1:]}
    assert progress["01-a"][1:5] == ["6", "1", "0", "1"]  # graded, waiting, -, not submitted
    missed = page.tables["missed-table"]
    assert missed[1][0] == "a2" and "Future worry." in missed[1]
    confusion = page.tables["confusion-1"]
    assert confusion[0][:4] == ["correct answer", "Harm", "Danger", "Complicating factor"]
    coach = page.tables["coach-table"]
    assert coach[1][:2] == ["harm", "when"]
    assert [row[0] for row in page.tables["test-table"][1:]] == ["01-a"]


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
