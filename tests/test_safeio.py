"""Reading files someone else made: no link followed, no pipe opened, limits kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from soplab._core.safeio import Refused, load_json, open_folder, read_file, read_relative
from soplab.cohort.autograde.submissions import read_submission, write_clean
from soplab.engine.answers import MAX_BYTES, read_values, values_from_bytes


def test_regular_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hello")
    with open_folder(tmp_path) as fd:
        assert read_file(fd, "a.txt", 100) == b"hello"


@pytest.mark.parametrize("make, reason", [
    (lambda p: (p / "x").symlink_to(p / "real"), "a link"),
    (lambda p: os.mkfifo(p / "x"), "a named pipe"),
    (lambda p: (p / "x").symlink_to("/dev/zero"), "a link"),
    (lambda p: (p / "x").mkdir(), "a folder"),
])
def test_links_pipes_devices_and_folders_are_refused(tmp_path: Path, make, reason) -> None:
    (tmp_path / "real").write_text("secret")
    make(tmp_path)
    with open_folder(tmp_path) as fd, pytest.raises(Refused, match=reason):
        read_file(fd, "x", 100)


def test_size_limit_and_a_link_on_the_way(tmp_path: Path) -> None:
    (tmp_path / "big").write_bytes(b"x" * 101)
    with open_folder(tmp_path) as fd, pytest.raises(Refused, match="more than the 100"):
        read_file(fd, "big", 100)
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "f").write_text("secret")
    (tmp_path / "hop").symlink_to(tmp_path / "real", target_is_directory=True)
    with pytest.raises(Refused, match="a link, not a folder"):
        read_relative(tmp_path, "hop/f", 100)
    assert read_relative(tmp_path, "real/f", 100) == b"secret"


def test_json_nesting_limit() -> None:
    assert load_json(b'{"a": [1, {"b": 2}]}', max_depth=3) == {"a": [1, {"b": 2}]}
    with pytest.raises(Refused, match="nested deeper"):
        load_json(b'{"a": [1, {"b": [2]}]}', max_depth=3)
    with pytest.raises(Refused):
        load_json(b"[" * 100_000 + b"]" * 100_000, max_depth=8)


def _answers(values: dict) -> bytes:
    return json.dumps({"schema": "soplab-answers", "version": 1, "exercise": "s",
                       "answers": {k: {"value": v} for k, v in values.items()}}).encode()


def test_wrong_shapes_count_as_unanswered_one_by_one() -> None:
    values, note = values_from_bytes(_answers({"a": "x", "b": 3, "c": ["y"], "d": {"k": "v"}}))
    assert values == {"a": "x", "d": {"k": "v"}} and "2 saved answer(s)" in note
    assert values_from_bytes(None)[1].startswith("No answers were saved")
    assert "damaged" in values_from_bytes(b"{ nope")[1]


def test_answers_read_through_a_link_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other" / "answers"
    other.mkdir(parents=True)
    (other / "s.json").write_bytes(_answers({"a": "x"}))
    mine = tmp_path / "mine"
    (mine / "answers").mkdir(parents=True)
    (mine / "answers" / "s.json").symlink_to(other / "s.json")
    values, note = read_values(mine, "s")
    assert values == {} and "a link" in note
    (mine / "answers" / "s.json").unlink()
    (mine / "answers" / "s.json").write_bytes(b"x" * (MAX_BYTES + 1))
    assert "far too large" in read_values(mine, "s")[1]


def test_intake_takes_only_the_submission_and_lists_the_rest(tmp_path: Path) -> None:
    sub = tmp_path / "submitted" / "ana" / "a1"
    (sub / "answers").mkdir(parents=True)
    (sub / "nb.ipynb").write_text("{}")
    (sub / "answers" / "s1.json").write_bytes(_answers({"a": "x"}))
    (sub / "answers" / "s9.json").write_text("{}")  # not a set of this assignment
    (sub / "notes.txt").write_text("mine")
    (sub / "timestamp.txt").write_text("2026-11-20 09:00:00.000000 UTC")
    (sub / "submission_secret.txt").write_text("abc123")
    (sub / "link").symlink_to("/etc/passwd")
    intake = read_submission(tmp_path / "submitted", "ana", "a1", notebooks=["nb"],
                             exercises=["s1", "s2"])
    assert set(intake.notebooks) == {"nb"} and set(intake.answers) == {"s1"}
    assert intake.timestamp.startswith("2026-11-20 09:00:00") and intake.secret == "abc123"
    names = {name for name, _ in intake.ignored}
    assert names == {"answers/s9.json", "notes.txt", "link"}
    out = tmp_path / "clean"
    write_clean(intake, out)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "answers", "answers/s1.json", "nb.ipynb", "submission_secret.txt", "timestamp.txt"]


def test_a_linked_submission_folder_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "submitted" / "victim" / "a1"
    real.mkdir(parents=True)
    (real / "nb.ipynb").write_text("{}")
    (tmp_path / "submitted" / "evil").mkdir()
    (tmp_path / "submitted" / "evil" / "a1").symlink_to(real)
    intake = read_submission(tmp_path / "submitted", "evil", "a1", notebooks=["nb"],
                             exercises=[])
    assert intake.refused and not intake.notebooks


def test_owner_check_refuses_hard_links_and_other_accounts(tmp_path):
    """With ``owner``, a file must belong to that account and have one name."""
    import os

    from soplab._core.safeio import Refused, open_folder, read_file

    (tmp_path / "mine.json").write_text("{}")
    (tmp_path / "theirs.json").write_text("{}")
    os.chown(tmp_path / "theirs.json", 54321, 54321)
    os.link(tmp_path / "mine.json", tmp_path / "linked.json")
    me = os.getuid()
    with open_folder(tmp_path) as fd:
        with pytest.raises(Refused, match="a hard link"):
            read_file(fd, "linked.json", 100, owner=me)
        with pytest.raises(Refused, match="belongs to another account"):
            read_file(fd, "theirs.json", 100, owner=me)
        assert read_file(fd, "theirs.json", 100) == b"{}"  # without owner: as before
    (tmp_path / "linked.json").unlink()
    with open_folder(tmp_path) as fd:
        assert read_file(fd, "mine.json", 100, owner=me) == b"{}"


def test_replace_folder_swaps_in_one_step(tmp_path):
    from soplab.cohort.autograde.submissions import replace_folder

    (tmp_path / "target").mkdir()
    (tmp_path / "target" / "old.txt").write_text("old")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "new.txt").write_text("new")
    replace_folder(tmp_path / "new", tmp_path / "target")
    assert [p.name for p in (tmp_path / "target").iterdir()] == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]
