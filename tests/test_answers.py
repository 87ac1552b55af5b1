"""Answer files: atomic, versioned, restored, and never silently overwritten."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from soplab.engine.answers import (
    SCHEMA_VERSION,
    AnswerFile,
    AnswerFileError,
    answers_path,
    fit_text,
    parse,
)


def test_contract_path(tmp_path: Path) -> None:
    assert answers_path("03-hd-practice", tmp_path) == tmp_path / "answers" / "03-hd-practice.json"


def test_round_trip_and_schema(tmp_path: Path) -> None:
    store = AnswerFile.load("set-a", tmp_path)
    store.set("i1", "Harm")
    store.set("i1", "Danger")
    store.set("i2", {"rule": "Dad sleeps at his brother's"})
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["schema"] == "soplab-answers"
    assert data["version"] == SCHEMA_VERSION
    assert data["exercise"] == "set-a"
    assert data["answers"]["i1"]["value"] == "Danger"
    assert data["answers"]["i1"]["changes"] == 2
    again = AnswerFile.load("set-a", tmp_path)
    assert again.values() == {"i1": "Danger", "i2": {"rule": "Dad sleeps at his brother's"}}
    assert again.notice == ""


def test_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch) -> None:
    store = AnswerFile.load("set-a", tmp_path)
    store.set("i1", "Harm")
    before = store.path.read_text(encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.set("i2", "Danger")
    assert store.path.read_text(encoding="utf-8") == before
    assert [p.name for p in store.path.parent.iterdir()] == ["set-a.json"]  # no temp left


@pytest.mark.parametrize(
    "content",
    ["{not json", json.dumps([1, 2]), json.dumps({"schema": "other"}),
     json.dumps({"schema": "soplab-answers", "version": 99, "exercise": "set-a",
                 "answers": {}}),
     json.dumps({"schema": "soplab-answers", "version": 1, "exercise": "set-a",
                 "answers": {"i1": {"value": 7}}})],
    ids=["broken-json", "list", "foreign", "future-version", "wrong-type"],
)
def test_damaged_file_is_kept_aside_with_plain_notice(tmp_path: Path, content: str) -> None:
    path = answers_path("set-a", tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    store = AnswerFile.load("set-a", tmp_path)
    assert store.answers == {}
    kept = list(path.parent.glob("set-a.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert not path.exists()
    assert "could not be read" in store.notice and kept[0].name in store.notice
    assert "Traceback" not in store.notice
    store.set("i1", "Harm")  # answering again never touches the kept file
    assert kept[0].read_text(encoding="utf-8") == content


def test_parse_rejects_answers_for_another_set() -> None:
    text = json.dumps({"schema": "soplab-answers", "version": 1, "exercise": "other",
                       "answers": {}})
    with pytest.raises(AnswerFileError, match="not for 'set-a'"):
        parse(text, "set-a")


def test_long_text_is_capped(tmp_path: Path) -> None:
    store = AnswerFile.load("set-a", tmp_path)
    store.set("i1", "word " * 10_000)
    kept = AnswerFile.load("set-a", tmp_path).value("i1")
    assert 19_990 < len(kept) <= 20_000
    assert kept.endswith(" word") and kept.split() == ["word"] * len(kept.split())


def test_fit_text_never_cuts_inside_a_word() -> None:
    assert fit_text("short") == "short"
    long = "abcdefghi " * 2_500  # 25,000 characters: the cut falls inside a word
    kept = fit_text(long[:-1] + "x")
    assert len(kept) <= 20_000 and kept.endswith("abcdefghi")
    assert fit_text("x" * 30_000) == "x" * 20_000  # one endless word: cut at the limit
