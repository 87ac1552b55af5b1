"""Safety before form: every declared rule's table of sentences, the cap a finding
puts on the automatic score, and the contract other parts of the course build on
(``soplab.coach.assess``)."""

from __future__ import annotations

import dataclasses

import pytest

from soplab.coach import (
    CONFIDENT,
    Assessment,
    Finding,
    analyse,
    assess,
    checklist_html,
    written_score,
)
from soplab.coach.safety_rules import CAP, RULES

FIRES = [(r.id, kind, text) for r in RULES for kind, text in r.fires]
PASSES = [(r.id, kind, text) for r in RULES for kind, text in r.passes]


def rules_found(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


@pytest.mark.parametrize(("rule", "kind", "text"), FIRES)
def test_rule_fires_on_its_table(rule: str, kind: str, text: str) -> None:
    assert rule in rules_found(text, kind)


@pytest.mark.parametrize(("rule", "kind", "text"), PASSES)
def test_rule_stays_quiet_on_its_table(rule: str, kind: str, text: str) -> None:
    assert rule not in rules_found(text, kind)


def test_every_rule_is_declared_with_tables_and_plain_words() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert r.fires and r.passes, r.id
        assert 0 <= r.cost <= 0.25, r.id
        assert r.lesson[:2].isdigit(), r.id
        for word in ("regex", "None", "True", "False", "{", "}", "csv"):
            assert word not in r.message.replace("{words}", ""), (r.id, word)


@pytest.mark.parametrize(("rule", "kind", "text"), FIRES)
def test_a_finding_caps_the_score_and_shows_in_the_checklist(rule: str, kind: str,
                                                             text: str) -> None:
    a = assess(text, kind)
    assert a.score <= CAP and a.score == written_score(text, kind)
    assert a.needs_review and rule in {f.rule for f in a.findings}
    finding = next(f for f in a.findings if f.rule == rule)
    assert finding.evidence and finding.evidence.split()[0].strip("“\"'") in text
    html = checklist_html(analyse(text, expected_kind=kind))
    assert "Safety first" in html and finding.lesson in html


# The examples of issue 21: each scored 0.95-1.00 before these rules (tests fail before).
ISSUE_EXAMPLES = [
    ("goal", "Minh and Thanh will talk through their money worries calmly for the next six "
             "months, and Thanh will text the worker if Minh raises his voice, so that Phuoc "
             "feels safe. Grandma Lan will see this."),
    ("harm", "On 2 June Thanh told the worker that the parents had a fight in the kitchen and "
             "Phuoc (6) hid under the table; Thanh failed to protect him."),
    ("goal", "Minh will keep pushing Thanh for six months, and Phuoc will see this."),
    ("plan", "Minh attends anger management weekly and Thanh attends a parenting class every "
             "Tuesday; Aunt Lan checks in on Sundays."),
]


@pytest.mark.parametrize(("kind", "text"), ISSUE_EXAMPLES)
def test_harmful_answers_earn_at_most_a_quarter(kind: str, text: str) -> None:
    assert written_score(text, kind) <= 0.25


def test_honest_answers_are_not_capped() -> None:
    text = ("Minh will walk away to the porch and speak calmly when he feels his voice rising, "
            "for the next six months, and Uncle Bao and Grandma Lan will see this, so that "
            "Phuoc (6) feels safe at home.")
    a = assess(text, "goal")
    assert not a.findings and not a.wrong_kind and a.score >= 0.75
    assert a.confidence >= CONFIDENT and not a.needs_review


def test_the_contract_fields() -> None:
    assert [f.name for f in dataclasses.fields(Finding)][:4] == [
        "rule", "message", "lesson", "evidence"]
    assert [f.name for f in dataclasses.fields(Assessment)] == [
        "score", "confidence", "kind_read", "wrong_kind", "findings", "needs_review", "reasons"]
    a = assess("", "harm")
    assert a.score == 0.0 and not a.needs_review


def test_a_danger_statement_where_harm_is_asked_earns_a_quarter_and_says_why() -> None:
    text = ("Grandma Rosa and the school are worried that when Dad drinks in the evening he may "
            "fall asleep while Leo (1) is in the bath, and Leo could drown.")
    a = assess(text, "harm")
    assert a.wrong_kind and a.kind_read == "danger" and a.score <= 0.25 and a.needs_review
    assert assess(text, "danger").score >= 0.75
    feedback = str(analyse(text, expected_kind="harm"))
    assert "a danger statement" in feedback and "at most a quarter" in feedback


@pytest.mark.parametrize("text", [
    "Graham will do better and the family will be safe.",
    "Mom will be a better parent.",
    "Renee will go to counselling at the clinic and take her meds.",
])
def test_vague_or_service_goals_do_not_pass_behaviour(text: str) -> None:
    """Issue 24.4: "do better" passes neither "presence, not absence" nor "behaviour, not a
    service" (both passed before)."""
    r = analyse(text, expected_kind="goal")
    present = {c.name for c in r.present}
    assert "positive_behaviour" not in present and "not_service" not in present


def test_short_statements_and_why_questions_are_not_scored_with_confidence() -> None:
    a = assess("I'm worried Dad could hurt Mum again.", "danger")  # no child in it: 0.25
    assert a.score <= 0.25 or (a.confidence < CONFIDENT and a.needs_review)
    r = analyse("Why were the kids late to school this week?", expected_kind="question")
    assert "open_form" not in {c.name for c in r.present}


def test_a_private_source_is_found_when_he_is_named_by_a_pronoun() -> None:
    text = ("On Friday Minh pushed Thanh into the door. Thanh admitted to the worker that he has "
            "pushed her twice this year, and Phuoc (6) cried.")
    assert "dv-source-exposed" in rules_found(text, "harm")


def test_nothing_to_credit_for_services_only_or_several_findings() -> None:
    assert written_score("Dad will attend parenting classes and anger management.", "goal") == 0
    text = ("On 2 June the parents had a fight and Thanh failed to protect Phuoc (6), who hid "
            "under the table.")
    assert len({f.rule for f in assess(text, "harm").findings}) >= 2
    assert written_score(text, "harm") == 0


def test_findings_are_escaped_in_the_checklist() -> None:
    text = "Thanh will text the worker if Minh raises his <b>voice</b> <script>alert(1)</script>."
    html = checklist_html(analyse(text, expected_kind="plan"))
    assert "Safety first" in html and "<script>" not in html and "<b>" not in html


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("Minh attends anger management weekly and Thanh attends a parenting class.", "plan",
     "no points"),
    ("On 2 June Thanh told the worker that Minh pushed her, and Phuoc (6) hid.", "harm",
     "at most a quarter of the points"),
])
def test_the_checklist_says_what_the_grade_allows(text: str, kind: str, words: str) -> None:
    """The live checklist and the grade never disagree (issue 21.6)."""
    html = checklist_html(analyse(text, expected_kind=kind))
    assert words in html
    assert written_score(text, kind) <= (0 if words == "no points" else 0.25)


@pytest.mark.parametrize(("kind", "text"), [
    ("harm", "asdf qwer zxcv"), ("question", "?"), ("plan", "I don't know what to write here."),
    ("harm", "Write the harm statement for the Tsosie family: what happened and when."),
    ("goal", "Dad, Mom, Nan, six months, see, safe, feel, will, calmly."),
])
def test_odd_answers_go_to_a_person(kind: str, text: str) -> None:
    assert assess(text, kind).needs_review
