"""Curriculum I (assignments 01-03): item banks, notebooks, vignettes and figures.

Scoring of perfect and empty submissions through nbgrader is done for every
assignment by tests/test_assignments.py; here the slow tests run the learner
notebooks as a learner would (release folder only, fresh kernel).
"""

from __future__ import annotations

import re
import shutil
import string
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from soplab import figures
from soplab.engine.items import load_bank

from coursekit import REPO, write_answers

ASSIGNMENTS = ("01-sop-foundations", "02-at-the-door", "03-harm-and-danger")
SHOW = re.compile(r"""show\(\s*["']([^"']+)["']""")
VIGNETTES = REPO / "data" / "vignettes"


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO)


def sets_of(bank, assignment):
    return bank.exercises_for(assignment)


def source_nb(assignment: str):
    return nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# -- item banks -----------------------------------------------------------------------
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_each_assignment_has_practice_graded_and_enough_items(bank, assignment) -> None:
    sets = sets_of(bank, assignment)
    classify_practice = [s for s in sets if s.widget == "classify" and s.is_practice]
    assert classify_practice, f"{assignment}: no classification practice"
    for ex in classify_practice:
        assert len(bank.items_for(ex.id)) >= 12, f"{ex.id}: fewer than 12 practice items"
    graded = [s for s in sets if not s.is_practice and s.widget != "text"]
    assert any(len(bank.items_for(s.id)) >= 10 for s in graded), \
        f"{assignment}: no graded set with at least 10 items"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_labels_are_balanced(bank, assignment) -> None:
    for ex in sets_of(bank, assignment):
        items = bank.items_for(ex.id)
        if ex.widget == "text" or len(items) < 4:
            continue
        counts = Counter(item.label for item in items)
        top_label, top = counts.most_common(1)[0]
        assert top / len(items) <= 0.6, f"{ex.id}: '{top_label}' is {top} of {len(items)}"
        if ex.widget == "classify":
            assert set(counts) == set(ex.choices), f"{ex.id}: some choices never right"


def test_practice_items_explain_and_scenarios_give_feedback(bank) -> None:
    for assignment in ASSIGNMENTS:
        for ex in sets_of(bank, assignment):
            for item in bank.items_for(ex.id):
                if ex.is_practice and ex.widget != "scenario":
                    assert len(item.explanation) > 40, f"{item.id}: explanation too thin"
                if ex.widget == "scenario":
                    assert len(item.choices) >= 3, f"{item.id}: fewer than 3 options"
                if ex.widget == "scenario" and ex.is_practice:
                    assert all(len(f) > 20 for f in item.choice_feedback), item.id
                if ex.id.startswith("02-") and ex.widget == "scenario" and ex.is_practice:
                    for feedback in item.choice_feedback:
                        assert "Engagement:" in feedback and "Trauma:" in feedback, item.id


def test_assessment_prompts_are_not_reused_as_practice(bank) -> None:
    practice = {_norm(i.prompt): i.id for i in bank.items.values() if i.kind == "practice"}
    for item in bank.items.values():
        if item.kind == "assessment" and item.exercise[:2] in ("01", "02", "03"):
            assert _norm(item.prompt) not in practice, \
                f"{item.id} repeats practice item {practice.get(_norm(item.prompt))}"


def test_writing_tasks_ask_for_the_right_kinds(bank) -> None:
    labels = {ex.id: {i.label for i in bank.items_for(ex.id)}
              for a in ASSIGNMENTS for ex in sets_of(bank, a) if ex.widget == "text"}
    assert labels["02-bias-reflection"] == {"reflection"}
    assert labels["03-rewrite"] <= {"harm", "danger"}
    assert labels["03-graded-statements"] == {"harm", "danger"}


def test_model_answers_satisfy_the_coach_and_jargon_does_not(bank) -> None:
    coach = pytest.importorskip("soplab.coach")
    for set_id in ("03-rewrite", "03-graded-statements"):
        for item in bank.items_for(set_id):
            assert coach.written_score(item.explanation, item.label) >= 0.9, item.id
    for item in bank.items_for("03-rewrite"):
        quoted = re.search(r'"([^"]+)"', item.prompt)
        assert quoted, f"{item.id}: the prompt should quote the line to rewrite"
        assert coach.written_score(quoted.group(1), item.label) < 0.5, item.id


# -- notebooks --------------------------------------------------------------------------
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_notebook_layout(bank, assignment) -> None:
    nb = source_nb(assignment)
    first = nb.cells[0].source
    assert "Run All Cells" in first and re.search(r"\d+ minutes", first)
    kinds = []
    for index, cell in enumerate(nb.cells):
        tags = cell.metadata.get("tags", [])
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "outputs in source"
            assert cell.metadata.get("jupyter", {}).get("source_hidden"), cell.source
            assert meta.get("locked"), cell.source
        if "soplab-widget" in tags:
            kinds.append(("widget", SHOW.search(cell.source).group(1), index))
        elif "soplab-check" in tags:
            kinds.append(("check", re.search(r'check\("([^"]+)"\)', cell.source).group(1),
                          index))
        elif "soplab-figure" in tags:
            after = nb.cells[index + 1]
            assert after.cell_type == "markdown" and "in words" in after.source, \
                f"figure at cell {index} has no text description after it"
        elif meta.get("task"):
            kinds.append(("task", meta["grade_id"], index))
    widgets = [k for k in kinds if k[0] == "widget"]
    checks = [k for k in kinds if k[0] == "check"]
    assert {w[1] for w in widgets} == {ex.id for ex in sets_of(bank, assignment)}
    graded = {ex.id for ex in sets_of(bank, assignment) if not ex.is_practice}
    assert {c[1] for c in checks} == graded
    assert max(w[2] for w in widgets) < min(c[2] for c in checks)
    heading = [i for i, c in enumerate(nb.cells)
               if c.cell_type == "markdown" and c.source.startswith("## Check your work")]
    assert heading and heading[0] < min(c[2] for c in checks)
    # manually graded parts sit right after the writing set they grade
    for kind, _grade_id, index in kinds:
        if kind == "task":
            before = nb.cells[index - 1]
            set_id = SHOW.search(before.source).group(1)
            assert bank.exercises[set_id].widget == "text"


def test_manual_tasks_where_the_brief_wants_them() -> None:
    def tasks(assignment):
        return {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"]
                for c in source_nb(assignment).cells
                if c.metadata.get("nbgrader", {}).get("task")}
    assert tasks("02-at-the-door") == {"task-02-bias-reflection": 4}
    assert tasks("03-harm-and-danger") == {"task-03-statement-quality": 4}
    assert tasks("01-sop-foundations") == {}


def test_learner_text_passes_the_course_checker() -> None:
    from soplab.course.check import check_course

    report = check_course(REPO, release=False, only=["text", "notebooks", "coverage"])
    ours = [str(f) for f in report.findings
            if any(a in str(f) for a in ASSIGNMENTS) and f.severity in ("error", "warning")]
    assert not ours, "\n".join(ours)


# -- vignettes -----------------------------------------------------------------------------
def test_vignettes() -> None:
    files = sorted(p for p in VIGNETTES.glob("*.md") if p.name != "README.md")
    assert len(files) >= 4
    readme = (VIGNETTES / "README.md").read_text(encoding="utf-8")
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert path.name in readme, f"{path.name} is not listed in the README"
        assert "| Who |" in text, f"{path.name}: no who-is-who table"
        assert "## Intake report" in text and "## What the worker learns at the visit" in text
        assert len(re.findall(r'\*"[^"]{10,}"\*', text)) >= 3, \
            f"{path.name}: the family's own words should appear, quoted"
        assert "made up" in text
    worries = " ".join(p.read_text(encoding="utf-8").split("**Kind of worry:**")[1][:80]
                       for p in files).lower()
    for kind in ("physical harm", "supervision", "drinking", "violence toward"):
        assert kind in worries, f"no family whose worry is {kind}"


# -- figures -------------------------------------------------------------------------------
def test_figures_are_images_with_descriptions() -> None:
    pictures = {
        "map": figures.three_column_map(),
        "chain": figures.statement_chain(),
        "scale": figures.safety_scale({"Grace": 6}),
        "parts": figures.statement_parts(),
    }
    for name, picture in pictures.items():
        assert picture.png.startswith(b"\x89PNG"), name
        html = picture._repr_html_()
        assert 'alt="' in html and "data:image/png;base64," in html
        assert repr(picture) == picture.alt
    assert "What are we worried about?" in pictures["map"].alt
    assert pictures["chain"].alt.index("Harm") < pictures["chain"].alt.index("Safety plan")
    assert "Grace at 6" in pictures["scale"].alt


def test_figures_reject_bad_input() -> None:
    with pytest.raises(ValueError):
        figures.safety_scale({"Worker": 11})
    with pytest.raises(ValueError):
        figures.three_column_map({"Only": ["one"], "Two": []})


# -- running the learner notebooks -----------------------------------------------------
def _perfect(bank, ex):
    values = {}
    for item in bank.items_for(ex.id):
        values[item.id] = item.label if ex.widget != "text" else (
            item.explanation or "I might assume a mother who works nights cares less.")
        if ex.widget == "scenario":
            assert item.label in string.ascii_uppercase
    return values


def _run(folder: Path, assignment: str):
    from nbclient import NotebookClient

    nb = nbformat.read(folder / f"{assignment}.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_learner_notebook_runs_clean(bank, assignment, tmp_path, monkeypatch) -> None:
    """A learner's copy (release folder only, no item banks) runs top to bottom."""
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "0")  # a learner's own Run All
    fresh = tmp_path / "fresh" / assignment
    shutil.copytree(REPO / "release" / assignment, fresh)
    nb = _run(fresh, assignment)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"]
    figures_shown = [o for c in nb.cells if "soplab-figure" in c.metadata.get("tags", [])
                     for o in c.outputs if "text/html" in o.get("data", {})]
    n_figures = sum("soplab-figure" in c.metadata.get("tags", []) for c in nb.cells)
    assert len(figures_shown) == n_figures
    assert all('alt="' in o["data"]["text/html"] for o in figures_shown)
    # The checks show a live summary (a widget; its plain text is what a runner keeps).
    reminders = "".join(o.get("data", {}).get("text/plain", "") for c in nb.cells
                        if "soplab-check" in c.metadata.get("tags", []) for o in c.outputs)
    assert "Still to answer" in reminders  # nothing answered yet: the checks say so
    header = [o for c in nb.cells if "soplab-page" in c.metadata.get("tags", [])
              for o in c.outputs]
    assert header and header[0]["data"]["text/plain"].startswith("Your progress: Graded: 0 of")

    monkeypatch.setenv("SOPLAB_CHECK_STRICT", "1")  # Validate: strict checks
    done = tmp_path / "done" / assignment
    shutil.copytree(REPO / "release" / assignment, done)
    for ex in sets_of(bank, assignment):
        write_answers(done, ex.id, _perfect(bank, ex))
    nb = _run(done, assignment)
    texts = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                    for o in c.outputs if o.output_type == "stream")
    assert "Still to answer" not in texts
    assert texts.count("answered and saved") == sum(
        1 for ex in sets_of(bank, assignment) if not ex.is_practice)


# -- subject matter the expert review asked for (issue #14) ----------------------------------
MUTUAL = re.compile(r"parents' fights?|when (?:they|the parents|the couple) argue|settle "
                    r"disagreements|arguments? (?:became|become|have become) physical|adults' "
                    r"arguments|couple's fights?|got into a physical fight", re.IGNORECASE)


def _shown_as_right(bank):
    """Texts the course presents as good practice: sorted statements, right options,
    model answers, explanations."""
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        if ex.widget == "scenario":
            yield item.id, item.choices[string.ascii_uppercase.index(item.label)]
        else:
            yield item.id, item.prompt
        yield item.id, item.explanation


def test_one_persons_violence_is_never_written_as_mutual(bank) -> None:
    from soplab.course.check.text import blank_quotes  # quoting a phrase to warn against it is fine

    found = [(i, t) for i, t in _shown_as_right(bank) if MUTUAL.search(blank_quotes(t))]
    for path in VIGNETTES.glob("*.md"):
        authors = path.read_text(encoding="utf-8").split("Threads for course authors")[-1]
        found += [(path.name, m.group(0)) for m in MUTUAL.finditer(authors)
                  if "never" not in authors[max(0, m.start() - 60):m.start()]]
    assert not found, found


def test_the_violence_section_is_taught_practised_and_assessed(bank) -> None:
    text = " ".join(c.source for c in source_nb("03-harm-and-danger").cells)
    assert "## When there is violence at home" in text
    for rule in ("Name the person who uses violence", "partner, not a co-offender",
                 "Her safety decides what is written and shared"):
        assert rule in text, rule
    assert bank.exercises["03-dv-statements"].is_practice
    assert not bank.exercises["03-graded-dv"].is_practice
    shown = {m for c in source_nb("03-harm-and-danger").cells for m in SHOW.findall(c.source)}
    assert {"03-dv-statements", "03-graded-dv"} <= shown


def test_harm_is_an_act_or_omission_plus_its_effect() -> None:
    for assignment in ("01-sop-foundations", "03-harm-and-danger"):
        text = " ".join(c.source for c in source_nb(assignment).cells)
        assert "does not need an injury" in text.lower() or "no injury is still harm" in text
        assert "harm section stays empty" in text and "danger statement" in text
        assert "worrying behaviour is listed under complicating factors" not in text
    sort = " ".join(c.source for c in source_nb("03-harm-and-danger").cells)
    assert "Did a caregiver do, or fail to do, something that has already affected" in sort
    assert "Did it already happen to the child?**" not in sort


def test_the_first_contact_follows_california_law_and_samhsa() -> None:
    text = " ".join(c.source for c in source_nb("02-at-the-door").cells)
    assert "six principles" in text and "Peer support" in text
    assert "Penal Code 11174.3" in text and "forensic interview" in text
    assert "ask the parent first" not in text.lower()
    assert "CAPTA" in text and "224.2" in text and "24 hours" in text
    assert "over-represented" in text  # structural bias beside personal bias


def test_keys_the_review_found_wrong(bank) -> None:
    items = bank.items
    assert items["sf-k09"].label == "Strength"  # days old: not yet existing safety
    assert "Since the party" in items["sf-k09"].prompt
    assert items["sf-k16"].prompt.startswith("On Wednesday")  # not "In March"
    assert items["sf-k05"].prompt.startswith("On Friday night")  # not "Two weeks ago"
    assert "provided" in items["sf-a07"].prompt  # the agency's complication
    assert "catch the family off guard" in items["ad-t01"].prompt
    assert "24 hours" in items["ad-t01"].prompt
