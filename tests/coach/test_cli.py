"""The command line: readable feedback, JSON, stdin and errors."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from soplab.cli import coach as cli

DANGER = ("Grandma Rosa is worried that Dad may drink when he is alone with Leo (1), and Leo "
          "could get hurt.")


def run_module(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "soplab", "coach", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


def test_module_prints_feedback() -> None:
    proc = run_module(DANGER)
    assert proc.returncode == 0
    assert proc.stdout.startswith("This reads as a danger statement")
    assert "\u2713 Who is worried \u2014 found: \u201cGrandma Rosa\u201d" in proc.stdout


def test_module_json_and_stdin() -> None:
    proc = run_module("--json", "--expect", "goal", "-", stdin="Who could help tonight?")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert {"kind", "confidence", "components", "flags", "question_type", "open"} <= set(data)
    assert data["kind"] == "question" and data["question_type"] == "network"
    assert data["open"] is True
    assert [c["name"] for c in data["components"]][0] == "who"  # checked as a goal


def test_empty_text_is_an_error() -> None:
    proc = run_module("  ")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_run_joins_words_and_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(parse(["--json", "What", "else?"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "question" and data["question_type"] == "what_else"
    assert data["open"] is True and data["question_form"] == "open"


def test_run_rejects_unknown_kind() -> None:
    with pytest.raises(SystemExit):
        parse(["--expect", "poem", "text"])


def test_run_empty_stdin(monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.run(parse(["-"])) == 2
    assert "empty" in capsys.readouterr().err


def test_findings_and_the_automatic_score_are_shown() -> None:
    text = "Minh will keep pushing Thanh for six months, and Phuoc will see this."
    proc = run_module("--expect", "goal", text)
    assert proc.returncode == 0
    assert "Safety first:" in proc.stdout and "04 Goals and plans" in proc.stdout
    assert "Automatic score if graded: 0.00 of 1 (a person should check it)." in proc.stdout
    data = json.loads(run_module("--json", "--expect", "goal", text).stdout)
    assert "harm-goes-on" in {f["rule"] for f in data["findings"]}
    assert data["assessment"]["score"] <= 0.25 and data["assessment"]["needs_review"] is True
