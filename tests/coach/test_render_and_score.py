"""Text and HTML feedback, the live checklist, and points for written work."""

from __future__ import annotations

import json
import re

import pytest

from soplab.coach import CoachResult, Component, Flag, analyse, checklist_html, written_score

DANGER = ("Grandma Rosa and the school are worried that when Dad drinks he may fall asleep while "
          "Leo (1) is in the bath, and Leo could drown.")
PROGRAMMING_WORDS = ("None", "True", "False", "dict", "list", "kind=", "Component(", "evidence")


def test_result_types() -> None:
    r = analyse(DANGER)
    assert isinstance(r, CoachResult)
    assert all(isinstance(c, Component) for c in r.components)
    assert all(isinstance(f, Flag) for f in analyse("We worry about neglect.").flags)
    assert all(c.label and c.hint for c in r.components)


def test_to_dict_is_json_ready() -> None:
    d = analyse("Who could help tonight?").to_dict()
    json.dumps(d)
    assert {"kind", "confidence", "components", "flags", "question_type", "open"} <= set(d)
    assert set(d["components"][0]) >= {"name", "present", "evidence"}
    assert d["open"] is True


def test_str_is_plain_feedback() -> None:
    text = str(analyse("Mom will not drink.", expected_kind="goal"))
    assert text.startswith("This reads as a safety goal")
    assert "\u2713 Who will do it \u2014 found: \u201cMom\u201d" in text
    assert "\u2717 For how long \u2014 missing" in text
    # the absence is named first, before the checklist, and not ticked as a behaviour
    first = text.splitlines()[1]
    assert first.startswith("First:") and "will not happen" in first
    assert "\u2713 Behaviour, not a service" not in text
    for word in PROGRAMMING_WORDS:
        assert not re.search(rf"\b{re.escape(word)}", text), word


def test_checklist_html_is_accessible() -> None:
    r = analyse("Grandma Rosa is worried that Dad may drink when he is alone with Leo (1).")
    html = checklist_html(r)
    assert 'role="status"' in html and 'aria-live="polite"' in html
    assert "\u2713" in html and "Who is worried</strong> \u2014 <em>found</em>: " in html
    assert "\u201cGrandma Rosa\u201d" in html
    assert "\u2717" in html and "Impact on the child" in html
    assert "<em>missing</em>" in html and "<em>found</em>" in html  # words, not colour alone
    assert "(present)" not in html and "fairly sure" not in html


def test_certainty_in_plain_words() -> None:
    sure = analyse("Grandma is worried that Dad may hit Leo (5) again when he drinks, and Leo "
                   "could be badly hurt.")
    # the verdict quotes its evidence
    assert str(sure).startswith("This reads as a danger statement "
                                "(\u201cGrandma is worried\u201d), and the coach is sure.")
    unsure = analyse("Dad will try.")
    assert "not sure" in str(unsure) or str(unsure).startswith("This does not read")


def test_html_escapes_text() -> None:
    html = analyse("<script>x</script> Mom will help").__class__._repr_html_(
        analyse("<script>x</script> Mom will help"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.startswith("<section") and 'role="status"' in html


def test_empty_text() -> None:
    r = analyse("   ")
    assert r.kind == "other" and r.components == [] and r.flags == []
    assert "nothing to look at" in str(r)
    assert written_score("", "danger") == 0.0
    assert written_score("  \n", "goal") == 0.0


def test_written_score_follows_the_experts_scale() -> None:
    """Every part there: 1; each part missing costs a quarter; any part at all keeps a
    quarter (data/writing/README.md, "Scale"). A question earns its checklist's share."""
    assert written_score(DANGER, "danger") == 1.0
    partial = written_score("Grandma is worried that Dad may drink around the kids.", "danger")
    r = analyse("Grandma is worried that Dad may drink around the kids.", expected_kind="danger")
    missing = len(r.components) - len(r.present)
    assert 0 < missing < len(r.components)
    assert partial == max(0.25, 1 - 0.25 * missing)
    one_short = "Grandma is worried that when Dad drinks he may yell at Leo (4)."
    r = analyse(one_short, expected_kind="danger")
    assert len(r.components) - len(r.present) == 1 and written_score(one_short, "danger") == 0.75


def test_written_score_subtracts_flags() -> None:
    clean = "Grandma is worried that Dad may yell when he drinks, and Leo (4) could be scared."
    judged = ("Grandma is worried that lazy Dad may yell when he drinks, and Leo (4) could be "
              "scared.")
    assert written_score(judged, "danger") == pytest.approx(written_score(clean, "danger") - 0.05)


def test_written_score_uses_the_expected_kind() -> None:
    harm = "On March 3, Dad hit Noah (6) with a belt and Noah had bruises."
    assert written_score(harm, "harm") == 1.0
    assert written_score(harm, "danger") < 0.5


def test_a_goal_clause_the_coach_could_not_read_costs_one_part_not_three() -> None:
    """A goal's "who", "what they will do" and "a behaviour, not a service" read one
    clause: when it is not read, the answer loses one part of the expert's scale (0.75),
    not three (0.25); every other part still costs its own quarter."""
    from soplab.coach.assessment import points

    def goal(*missing: str) -> CoachResult:
        names = ("who", "positive_behaviour", "duration", "observer", "child_experience",
                 "not_service")
        return CoachResult(text="x", kind="goal", confidence=1.0, checked_as="goal",
                           components=[Component(n, n not in missing, "", n, "")
                                       for n in names])

    assert points(goal()) == 1.0
    assert points(goal("who", "positive_behaviour", "not_service")) == 0.75
    assert points(goal("positive_behaviour")) == 0.75
    assert points(goal("who", "positive_behaviour", "not_service", "duration")) == 0.5
    assert points(goal("duration", "observer")) == 0.5
    # a danger statement has no grouped parts: each missing part costs a quarter
    danger = CoachResult(text="x", kind="danger", confidence=1.0, checked_as="danger",
                         components=[Component(n, n == "impact", "", n, "") for n in
                                     ("who_worried", "caregiver_behaviour", "impact")])
    assert points(danger) == 0.5
