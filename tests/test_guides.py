"""The guides in docs/ stay true: their commands are run, in order, on a copy of
the course.

A guide shows commands in fenced ``console`` blocks, one per ``$ `` line.
HTML comments (invisible when the guide is read) tell this test what a person
would do by hand between commands:

``<!-- guide-test: write PATH -->`` / ``<!-- guide-test: append PATH -->``
    before a fenced block: write (or append) the block's text to PATH in the copy.
``<!-- guide-test: fails -->``
    before a console block: each command must fail (exit non-zero).
``<!-- guide-test: skip REASON -->``
    before a console block: not run, for the reason given.
``<!-- guide-test: step NAME ARGS... -->``
    on its own: do a manual step (editing a notebook in JupyterLab, learners
    submitting), implemented in STEPS below.

A ``text`` block right after a console block lists lines its output must contain.

Commands of ``soplab`` subcommands that are not registered yet stop the guide's
run with a skip naming the command; the test turns on by itself when they land.
The quick test parses every ``soplab`` command line with the real argument
parser, so a guide that uses an option that does not exist fails at once.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from soplab._core.paths import repo_root

DOCS = repo_root() / "docs"
GUIDES = ("trainers", "instructors", "learners")
_DIRECTIVE = re.compile(r"^<!--\s*guide-test:\s*(\w[\w-]*)\s*(.*?)\s*-->\s*$")
_FENCE = re.compile(r"^(\s*)```(\w*)\s*$")
KNOWN = ("write", "append", "fails", "skip", "step")


@dataclass
class Block:
    line: int
    kind: str  # console, csv, text, ... or "step" for a standalone directive
    body: str
    directive: str = ""
    args: str = ""

    @property
    def commands(self) -> list[str]:
        return [ln.strip()[2:] for ln in self.body.splitlines() if ln.strip().startswith("$ ")]


def parse_guide(path: Path) -> list[Block]:
    """Fenced blocks and standalone directives of a Markdown guide, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    pending: tuple[int, str, str] | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        directive = _DIRECTIVE.match(line.strip())
        fence = _FENCE.match(line)
        if directive:
            if pending:
                blocks.append(Block(pending[0], "step", "", pending[1], pending[2]))
                pending = None
            if directive.group(1) == "step":  # a manual step stands alone
                blocks.append(Block(i + 1, "step", "", "step", directive.group(2)))
            else:
                pending = (i + 1, directive.group(1), directive.group(2))
        elif fence:
            indent, kind = fence.group(1), fence.group(2) or "text"
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
                i += 1
            block = Block(i + 1 - len(body), kind, "\n".join(body) + "\n")
            if pending:
                block.directive, block.args = pending[1], pending[2]
                pending = None
            blocks.append(block)
        elif line.strip() and pending:
            blocks.append(Block(pending[0], "step", "", pending[1], pending[2]))
            pending = None
        i += 1
    if pending:
        blocks.append(Block(pending[0], "step", "", pending[1], pending[2]))
    return blocks


def _registered() -> set[str]:
    from soplab.cli import COMMANDS

    return set(COMMANDS)


def _soplab_words(command: str) -> list[str] | None:
    words = shlex.split(command)
    return words[1:] if words and words[0] == "soplab" else None


# --- manual steps -------------------------------------------------------------------------

def step_add_exercise_cell(root: Path, assignment: str, set_id: str) -> None:
    """What the trainers' guide asks for in JupyterLab: a locked exercise cell with its code
    hidden, placed before the notebook's first graded part."""
    import nbformat

    from soplab.course.authoring import exercise, write
    from soplab.engine.items import load_bank

    bank = load_bank(root)
    path = root / "source" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    at = len(nb.cells)
    for index, cell in enumerate(nb.cells):
        shown = re.findall(r'show\("([^"]+)"\)', cell.source) if cell.cell_type == "code" else []
        if any(bank.exercises[s].kind == "assessment" for s in shown if s in bank.exercises):
            at = index - 1 if index and nb.cells[index - 1].cell_type == "markdown" else index
            break
    nb.cells.insert(at, exercise(set_id))
    write(nb, path)


def step_submit(root: Path, assignment: str, *learners: str) -> None:
    """Learners fetch, answer and submit; collected work lands in submitted/ (as nbgrader
    collect leaves it). The first learner answers every graded item right, the others
    leave them unanswered."""
    from soplab.engine.items import load_bank

    from coursekit import write_answers

    bank = load_bank(root)
    for number, learner in enumerate(learners):
        folder = root / "submitted" / learner / assignment
        shutil.copytree(root / "release" / assignment, folder)
        for ex in bank.exercises_for(assignment):
            if number == 0 and ex.widget in ("classify", "scenario"):
                write_answers(folder, ex.id, {i.id: i.label for i in bank.items_for(ex.id)})
        (folder / "timestamp.txt").write_text("2026-11-27 10:00:00.000000 UTC",
                                              encoding="utf-8")


STEPS = {"add-exercise-cell": step_add_exercise_cell, "submit": step_submit}


# --- the quick test: guides are well formed and their commands parse ----------------------

@pytest.mark.parametrize("guide", GUIDES)
def test_guide_is_well_formed_and_its_commands_parse(guide):
    path = DOCS / f"{guide}.md"
    assert path.is_file(), f"docs/{guide}.md is missing"
    blocks = parse_guide(path)
    consoles = [b for b in blocks if b.kind == "console"]
    assert consoles, f"docs/{guide}.md shows no commands in ```console blocks"
    registered = _registered()
    from soplab.cli import make_parser

    parser = make_parser()
    for block in blocks:
        where = f"docs/{guide}.md:{block.line}"
        if block.directive:
            assert block.directive in KNOWN, f"{where}: unknown guide-test '{block.directive}'"
        if block.directive == "step":
            assert block.kind == "step", f"{where}: a step stands alone"
            name = block.args.split()[0]
            assert name in STEPS, f"{where}: unknown step '{name}'"
        if block.directive in ("write", "append"):
            assert block.args, f"{where}: {block.directive} needs a path"
        if block.kind != "console":
            continue
        assert block.commands, f"{where}: console block without '$ ' command lines"
        for command in block.commands:
            words = _soplab_words(command)
            if words is None or words[0] not in registered:
                continue
            try:
                parser.parse_args(words)
            except SystemExit as exc:
                pytest.fail(f"{where}: `{command}` is not a valid command line ({exc})")


def test_trainers_guide_covers_its_topics():
    text = (DOCS / "trainers.md").read_text(encoding="utf-8").lower()
    for topic in ("spreadsheet", "vignette", "add an exercise", "soplab build", "soplab check",
                  "worked example"):
        assert topic in text, f"docs/trainers.md does not mention {topic!r}"


def test_instructors_guide_covers_the_loop():
    text = (DOCS / "instructors.md").read_text(encoding="utf-8").lower()
    for topic in ("roster", "release", "collect", "autograde", "formgrader", "feedback",
                  "canvas", "report", "soplab review", "review queue"):
        assert topic in text, f"docs/instructors.md does not mention {topic!r}"


def test_learners_guide_covers_start_saving_and_problems():
    text = (DOCS / "learners.md").read_text(encoding="utf-8").lower()
    for topic in ("run all cells", "saved", "if something looks wrong", "submit",
                  "real family", "waiting for your instructor"):
        assert topic in text, f"docs/learners.md does not mention {topic!r}"


def test_parser_reads_directives_and_blocks(tmp_path):
    guide = tmp_path / "g.md"
    guide.write_text(
        "Intro\n\n<!-- guide-test: append data/x.csv -->\n```csv\na,b\n```\n\n"
        "<!-- guide-test: step submit 00-orientation amy -->\n\n```console\n$ soplab build\n```\n\n"
        "<!-- guide-test: fails -->\n```console\n$ soplab check\n```\n```text\n0 errors\n```\n",
        encoding="utf-8")
    blocks = parse_guide(guide)
    assert [(b.kind, b.directive) for b in blocks] == [
        ("csv", "append"), ("step", "step"), ("console", ""), ("console", "fails"),
        ("text", "")]
    assert blocks[0].body == "a,b\n" and blocks[0].args == "data/x.csv"
    assert blocks[1].args == "submit 00-orientation amy"
    assert blocks[2].commands == ["soplab build"]
    assert blocks[3].commands == ["soplab check"]


# --- the slow test: run each guide on a copy of the course --------------------------------

def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SOPLAB_COURSE_ROOT", None)
    env["HOME"] = str(home)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.mark.slow
@pytest.mark.parametrize("guide", GUIDES)
def test_guide_commands_run(guide, tmp_path):
    from check.check_helpers import make_small_course

    root = make_small_course(tmp_path / "course")
    exchange = tmp_path / "exchange"
    with (root / "nbgrader_config.py").open("a", encoding="utf-8") as fh:
        fh.write(f"\nc.Exchange.root = {str(exchange)!r}  # added by tests/test_guides.py\n")
    home = tmp_path / "home"
    home.mkdir()
    env = _environment(home)
    registered = _registered()
    skipped: list[str] = []
    ran = 0
    blocks = parse_guide(DOCS / f"{guide}.md")
    last_output = ""
    for index, block in enumerate(blocks):
        where = f"docs/{guide}.md:{block.line}"
        if block.directive in ("write", "append"):
            target = root / block.args
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("a" if block.directive == "append" else "w",
                             encoding="utf-8") as fh:
                fh.write(block.body)
            continue
        if block.directive == "step":
            name, *args = block.args.split()
            STEPS[name](root, *args)
            continue
        if block.kind == "text" and index and blocks[index - 1].kind == "console":
            for expected in filter(None, (ln.strip() for ln in block.body.splitlines())):
                assert expected in last_output, (
                    f"{where}: the guide shows output the command did not print:\n{expected}\n"
                    f"--- actual output ---\n{last_output}")
            continue
        if block.kind != "console":
            continue
        if block.directive == "skip":
            skipped.append(f"{where}: {block.args}")
            continue
        last_output = ""
        for command in block.commands:
            words = _soplab_words(command)
            if words is not None and words[0] not in registered:
                pytest.skip(f"{where}: `{command}` needs `soplab {words[0]}`, which is not "
                            f"registered yet ({ran} commands before it ran)")
            done = subprocess.run(command, shell=True, cwd=root, env=env, capture_output=True,
                                  text=True, timeout=900)
            ran += 1
            output = done.stdout + done.stderr
            last_output += output
            if block.directive == "fails":
                assert done.returncode != 0, f"{where}: `{command}` should fail but passed:\n" \
                    f"{output}"
            else:
                assert done.returncode == 0, (
                    f"{where}: `{command}` failed (exit {done.returncode}):\n{output}")
    if not ran:
        pytest.skip("; ".join(skipped) or f"docs/{guide}.md has no commands to run")
