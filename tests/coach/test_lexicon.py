"""The lexicon is plain CSV that authors can extend."""

from __future__ import annotations

import shutil
from pathlib import Path

from soplab._core.paths import data_path
from soplab.coach import analyse, load_lexicon
from soplab.coach.lexicon import term_regex


def copy_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(data_path("lexicon"), target)
    return target


def test_every_flag_entry_has_a_suggestion() -> None:
    lex = load_lexicon()
    for name in ("jargon", "judgement", "vague", "services"):
        assert lex.terms[name].entries, name
        assert all(e.suggestion for e in lex.terms[name].entries), name


def test_new_jargon_row_changes_the_result(tmp_path: Path) -> None:
    text = "The social worker is worried that Dad is a frequent flyer and Leo (4) could be hurt."
    assert "jargon" not in {f.code for f in analyse(text).flags}
    folder = copy_lexicon(tmp_path)
    with (folder / "jargon.csv").open("a", encoding="utf-8") as fh:
        fh.write('frequent flyer,jargon,"Say how many times the family was reported, and why."\n')
    flags = analyse(text, lexicon_dir=folder).flags
    jargon = [f for f in flags if f.code == "jargon"]
    assert jargon and jargon[0].evidence == "frequent flyer"
    assert "how many times" in jargon[0].message
    # the course's own lexicon is untouched
    assert "jargon" not in {f.code for f in analyse(text).flags}


def test_new_network_cue_changes_a_component(tmp_path: Path) -> None:
    text = "Every night the padrastro will call Mom at 8 pm."
    assert not {c.name: c.present for c in analyse(text, "plan").components}["network"]
    folder = copy_lexicon(tmp_path)
    with (folder / "cues.csv").open("a", encoding="utf-8") as fh:
        fh.write("network,padrastro\n")
    comps = {c.name: c for c in analyse(text, "plan", lexicon_dir=folder).components}
    assert comps["network"].present and comps["network"].evidence == "padrastro"


def test_term_syntax() -> None:
    import re

    assert re.search(term_regex("neglect*"), "neglectful care", re.I)
    assert not re.search(term_regex("neglect"), "neglectful care", re.I)
    assert re.search(term_regex("keep ... safe"), "keep little Ana safe", re.I)
    assert not re.search(term_regex("keep ... safe"), "keep one two three four safe", re.I)
