"""Feedback for learners: nbgrader's feedback pages plus "objectives to revisit".

``nbgrader generate_feedback`` (with the course's ClearHiddenTests) writes
``feedback/<learner>/<assignment>/<notebook>.html`` from the autograded
notebooks: scores, the learner's own answers and the practice explanations
they already had. This module then adds a short section listing the course
objectives the learner should revisit, worked out from their saved answers
against the item banks. It names objectives only, never which answer was
right, so no assessment key leaves the instructor's side.
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .answers import read_values
from .items import ItemBank, load_bank
from .scoring import item_credit

MARKER = "soplab-revisit"


@dataclass(frozen=True)
class Revisit:
    objective: str
    title: str
    missed: int
    total: int


def objectives_to_revisit(bank: ItemBank, assignment: str, folder: Path) -> list[Revisit]:
    """Objectives with any item the learner missed or left unanswered (choice items;
    writing items count when the coach gave less than full credit)."""
    tally: dict[str, list[int]] = {}
    for ex in bank.exercises_for(assignment):
        values, _ = read_values(folder, ex.id)
        for item in bank.items_for(ex.id):
            if item.label == "reflection":
                continue
            _, credit = item_credit(ex, item, values.get(item.id))
            counts = tally.setdefault(item.objective, [0, 0])
            counts[1] += 1
            counts[0] += credit < 1.0
    out = []
    for objective, (missed, total) in sorted(tally.items()):
        if missed:
            known = bank.objectives.get(objective)
            out.append(Revisit(objective, known.short_title if known else objective,
                               missed, total))
    return out


def revisit_html(items: list[Revisit]) -> str:
    if not items:
        body = "<p>Nothing to revisit: well done. Keep going with the next part.</p>"
    else:
        rows = "".join(
            f"<li><strong>{html.escape(r.title)}</strong> ({html.escape(r.objective)}): "
            f"{r.missed} of {r.total} question(s) on this were not yet right or not "
            "answered.</li>" for r in items)
        body = ("<p>Before the next part, look again at these topics. The practice "
                f"exercises on them explain each answer.</p><ul>{rows}</ul>")
    return (f'<section id="{MARKER}" class="{MARKER}" style="margin:2em auto;max-width:60em;'
            'padding:1em;border:1px solid #888;border-radius:6px">'
            f"<h2>Objectives to revisit</h2>{body}</section>")


def add_revisit_section(page: Path, section: str) -> None:
    text = page.read_text(encoding="utf-8")
    if MARKER in text:  # re-run: replace the old section
        start = text.index(f'<section id="{MARKER}"')
        end = text.index("</section>", start) + len("</section>")
        text = text[:start] + text[end:]
    at = text.rfind("</body>")
    text = text[:at] + section + text[at:] if at >= 0 else text + section
    page.write_text(text, encoding="utf-8")


def generate_feedback(root: Path | str, assignment: str, *, db_url: str | None = None,
                      progress=None) -> list[Path]:
    """Run nbgrader generate_feedback and add the revisit section; return the pages."""
    from .exchange import gradebook_url
    from .paths import tools_on_path

    tools_on_path()
    root = Path(root).resolve()
    if progress:
        progress(f"generating feedback for {assignment}")
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", "generate_feedback", assignment, "--force",
         "--log-level=WARN", f"--CourseDirectory.db_url={gradebook_url(root, db_url)}"],
        cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        errors = [ln for ln in done.stderr.splitlines() if "ERROR" in ln or "CRITICAL" in ln]
        raise RuntimeError(f"{assignment}: nbgrader could not generate feedback: "
                           f"{(errors or ['see nbgrader output'])[-1]}")
    bank = load_bank(root)
    pages = sorted((root / "feedback").glob(f"*/{assignment}/*.html"))
    for page in pages:
        student = page.parent.parent.name
        answers = root / "autograded" / student / assignment
        add_revisit_section(page, revisit_html(objectives_to_revisit(bank, assignment,
                                                                     answers)))
    return pages


def _cmd(args: argparse.Namespace) -> int:
    from .cli import _root

    root = _root(args)
    for name in args.assignment:
        if not (root / "autograded").is_dir() or not any(
                (root / "autograded").glob(f"*/{name}")):
            print(f"soplab feedback: {name}: nothing autograded yet (run soplab autograde "
                  f"{name} first)", file=sys.stderr)
            return 1
        try:
            pages = generate_feedback(root, name, db_url=args.db,
                                      progress=lambda line: print(line, file=sys.stderr))
        except RuntimeError as exc:
            print(f"soplab feedback: {exc}", file=sys.stderr)
            return 1
        print(f"{name}: {len(pages)} feedback page(s) in {root / 'feedback'}")
    return 0


def register(sub) -> None:
    from .cli import _add_course

    p = sub.add_parser("feedback", help="make learners' feedback pages",
                       description="Generate nbgrader feedback (scores, the learner's own "
                                   "answers, no hidden tests) and add each learner's "
                                   "objectives to revisit.")
    _add_course(p)
    p.add_argument("assignment", nargs="+", help="assignment name(s)")
    p.add_argument("--db", metavar="URL", help="gradebook SQLAlchemy URL (default: the "
                   "course's c.CourseDirectory.db_url, else sqlite gradebook.db)")
    p.set_defaults(func=_cmd)
