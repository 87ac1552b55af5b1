"""Two submissions with one submission token: found at collect and at feedback release
(one learner could receive or overwrite the other's page), each named."""

from __future__ import annotations

from pathlib import Path

from soplab.cohort.autograde.collect import duplicate_secrets
from soplab.cohort.autograde.release import feedback_tokens

STAMP = "2026-01-10 09:00:00.000000 UTC"


def _folder(base: Path, sid: str, token: str | None, stamp: str | None = STAMP) -> Path:
    folder = base / sid / "00-orientation"
    folder.mkdir(parents=True)
    if token is not None:
        (folder / "submission_secret.txt").write_text(token)
    if stamp is not None:
        (folder / "timestamp.txt").write_text(stamp)
    return folder


def test_duplicate_tokens_are_found_in_collected_work(tmp_path: Path):
    for sid, token in (("ana", "tok1"), ("ben", "tok2"), ("zed", "tok1"), ("cy", None)):
        _folder(tmp_path, sid, token)
    assert duplicate_secrets(tmp_path, "00-orientation") == {"tok1": ["ana", "zed"]}


def test_feedback_tokens_name_every_learner_who_cannot_get_a_page(tmp_path: Path):
    folders = {"ana": _folder(tmp_path, "ana", "tok1"),
               "ben": _folder(tmp_path, "ben", "tok2"),
               "zed": _folder(tmp_path, "zed", "tok1"),
               "cy": _folder(tmp_path, "cy", None),
               "dee": _folder(tmp_path, "dee", "tok3", stamp="notatime"),
               "eve": _folder(tmp_path, "eve", "<script>")}
    tokens, problems = feedback_tokens(folders)
    assert tokens == {"ben": "tok2"}
    assert "the same submission token as zed" in problems["ana"]
    assert "the same submission token as ana" in problems["zed"]
    assert "submission_secret.txt" in problems["cy"]
    assert "holds no valid time" in problems["dee"]
    assert "not a submission token" in problems["eve"]
