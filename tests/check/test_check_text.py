"""Learner-facing text: jargon, reading level, links and images."""

from __future__ import annotations

import pytest

from check.check_helpers import ITEMS, NOTEBOOK, edit_rows, matching, read_nb, run, write_nb
from soplab.course.check import CheckConfig
from soplab.course.check.text import blank_quotes, flesch_kincaid

pytest.importorskip("soplab.coach.lexicon", reason="the statement coach is not installed")


def _set_markdown(course, text: str, index: int = 2) -> None:
    """Replace the text of a markdown cell (by default the first after the title and
    the page header)."""
    nb = read_nb(course)
    assert nb.cells[index].cell_type == "markdown"
    nb.cells[index].source = text
    write_nb(course, nb)


def test_jargon_in_teaching_text_is_a_warning(course):
    _set_markdown(course, "## Working in the notebook\n\nSome families show neglect at home.")
    report = run(course)
    found = matching(report, "warning", "'neglect'", file=NOTEBOOK)
    assert found and found[0].place == "cell 3", report.text()
    assert "describe the behaviour" in found[0].fix.lower()


def test_quoted_jargon_is_allowed(course):
    _set_markdown(course, "Words like 'neglect' or \u201cdomestic violence\u201d are labels, "
                          "not behaviour.")
    report = run(course)
    assert not matching(report, "warning", "neglect"), report.text()
    assert not matching(report, "warning", "domestic violence")


def test_apostrophes_do_not_hide_jargon():
    assert "neglect" in blank_quotes("The parents' neglect was reported; it's 'fine'.")
    assert "fine" not in blank_quotes("The parents' neglect was reported; it's 'fine'.")


def test_allow_comment_lets_a_cell_use_a_word(course):
    _set_markdown(course, "<!-- soplab-check: allow neglect -->\nThe law says neglect.")
    report = run(course)
    assert not matching(report, "warning", "neglect"), report.text()


def test_jargon_in_an_item_prompt_is_a_warning_unless_tagged_jargon_label(course):
    edit_rows(course / ITEMS, lambda r: {**r, "prompt": "A note about substance abuse."}
              if r["id"] == "or-p03" else r)
    report = run(course)
    found = matching(report, "warning", "'substance abuse'", file=ITEMS)
    assert found and found[0].place == "4", report.text()
    edit_rows(course / ITEMS, lambda r: {**r, "misconception": "jargon-label"}
              if r["id"] == "or-p03" else r)
    assert not matching(run(course), "warning", "'substance abuse'")


def test_reading_level_is_a_note_or_a_warning_above_the_limit(course):
    report = run(course)
    notes = matching(report, "note", "reading level is grade", file=NOTEBOOK)
    assert len(notes) == 1, report.text()
    strict = run(course, config=CheckConfig(max_reading_grade=1.0))
    assert matching(strict, "warning", "above the course's limit of 1", file=NOTEBOOK)


def test_flesch_kincaid_rises_with_long_words_and_sentences():
    easy = "The dog ran. The cat sat. We had fun."
    hard = ("Comprehensive interdisciplinary collaboration necessitates considerable "
            "organisational responsiveness, notwithstanding institutional complexity and "
            "administrative fragmentation throughout jurisdictions.")
    assert flesch_kincaid(easy) < 3 < 12 < flesch_kincaid(hard)


def test_broken_link_and_missing_image_are_errors(course):
    _set_markdown(course, "See [the guide](guide.md) and ![a map of the worries](map.png).\n"
                          "Also [the web](https://example.org/sop).")
    report = run(course)
    assert matching(report, "error", "link 'guide.md' points to a file that does not exist")
    assert matching(report, "error", "image 'map.png' points to a file that does not exist")
    web = matching(report, "note", "https://example.org/sop", "not fetched")
    assert web and web[0].file == NOTEBOOK


def test_existing_files_and_pictures_pass_but_need_alt_text(course):
    (course / "source/00-orientation/map.png").write_bytes(b"\x89PNG\r\n")
    _set_markdown(course, "![](map.png)")
    report = run(course)
    assert not matching(report, "error", "map.png")
    assert matching(report, "warning", "image 'map.png' has no text description")


def test_link_out_of_the_assignment_folder_is_a_warning(course):
    _set_markdown(course, "Read [the items](../../data/items/00-orientation.csv).")
    report = run(course)
    assert matching(report, "warning", "leaves the assignment folder"), report.text()


def test_links_in_guides_are_checked(course):
    (course / "docs").mkdir()
    (course / "docs" / "trainers.md").write_text("See [missing](nowhere.md).\n",
                                                 encoding="utf-8")
    report = run(course)
    assert matching(report, "error", "'nowhere.md'", file="docs/trainers.md")
