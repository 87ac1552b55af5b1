"""Facts and keys corrected after the second expert review (issue 22): each test
reads the item bank, the vignettes or the notebooks as learners get them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from soplab.engine.items import load_bank

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def items():
    return load_bank(ROOT).items


def _notebook_text(assignment: str) -> str:
    nb = json.loads((ROOT / "source" / assignment / f"{assignment}.ipynb").read_text("utf-8"))
    return "\n".join("".join(cell["source"]) for cell in nb["cells"])


def test_marisol_is_a_nursing_assistant_not_an_office_cleaner(items) -> None:
    assert "cleaned offices" not in items["fe-p11"].prompt
    assert "care home" in items["fe-p11"].prompt


def test_bao_wetting_follows_the_teacher_the_past_month(items) -> None:
    model = items["hd-z01"].explanation
    assert "since Sunday" not in model and "since then" not in model
    assert "past month" in model and "again" in model


def test_tsosie_backup_does_not_fall_back_on_the_aunt_who_cannot_come(items) -> None:
    model = items["cp-p01"].explanation
    backup = model[model.index("Back-up:"):model.index("Review:")]
    assert "Tommy goes to Lorraine" not in backup
    assert "if neither can" in backup and "Kai still goes to school" in backup


def test_tsosie_danger_model_names_a_caregiver_behaviour(items) -> None:
    model = items["cp-s02"].explanation
    # The course's template: [who] is worried that [caregiver] may [behaviour] when
    # [context], and [child] could [impact].
    assert re.search(r"worried that .* Renee .*\bmay\b", model)
    assert "within Tommy's reach" in model and "could" in model


def test_okafor_goal_does_not_make_the_child_the_cause(items) -> None:
    model = items["gp-r03"].explanation
    assert "makes him angry" not in model and "Chidi makes" not in model
    assert "Emeka will" in model and "six months" in model


def test_response_time_item_does_not_contradict_itself(items) -> None:
    item = items["ad-t01"]
    assert "Nothing suggests" not in item.prompt
    assert "2 pm" in item.prompt and "before 2 pm" in item.explanation
    assert "next morning" not in item.explanation


@pytest.mark.parametrize("item_id", ["gp-pl1", "gp-p06"])
def test_reyes_backup_does_not_send_the_children_to_tomas_overnight(items, item_id) -> None:
    text = items[item_id].explanation if item_id == "gp-pl1" else items[item_id].prompt
    assert "sleep at his home" not in text
    assert "supervisor" in text


def test_06_network_does_not_give_tomas_back_up_nights() -> None:
    assert "Tomás, who covers back-up nights" not in _notebook_text("06-teaming-humility-trauma")


def test_contacting_the_tribe_does_not_wait_for_consent() -> None:
    story = (ROOT / "data" / "vignettes" / "tsosie-family.md").read_text("utf-8")
    assert "With Renee's agreement the worker contacts" not in story
    assert "does not wait" in story


def test_icwa_reason_to_believe_is_further_inquiry_not_notice(items) -> None:
    # A relative's word about an ancestor's membership is reason to believe: further
    # inquiry (contacting the tribe), not yet reason to know (formal notice).
    item = items["th-rg3"]
    key = item.choices["ABCD".index(item.label)]
    assert "reason to believe" in key and "contact the tribe" in key
    wrong = " ".join(c for i, c in enumerate(item.choices) if "ABCD"[i] != item.label)
    assert "Indian child" in wrong  # the tempting mistake: treating it as reason to know
    assert "reason to know" in item.explanation + " ".join(item.choice_feedback)


def test_interim_contact_is_the_agency_s_decision_before_the_hearing(items) -> None:
    feedback = items["th-rm6"].choice_feedback[2]
    assert "not your call" not in feedback
    assert "agency decides interim contact" in feedback


# Source-safe domestic-violence content (issue 22.2) ---------------------------

ONLY_THANH_SAID = re.compile(r"drink|three times|pushed (her|me) three", re.IGNORECASE)


@pytest.mark.parametrize("item_id", ["hd-s02", "sf-k12", "hd-s04", "hd-z02", "gp-gg1"])
def test_what_only_thanh_said_stays_out_of_what_the_family_hears(items, item_id) -> None:
    item = items[item_id]
    heard = item.prompt if item.kind == "practice" else item.explanation.split("(Look for")[0]
    assert not ONLY_THANH_SAID.search(heard), heard


def test_03_try_table_and_rubric_do_not_reward_thanh_s_confidences() -> None:
    text = _notebook_text("03-harm-and-danger")
    table = [line for line in text.splitlines() if line.startswith("| \"When the parents argue")]
    assert table and not ONLY_THANH_SAID.search(table[0])
    assert "a context (drinking" not in text
    assert "when he is angry with her" in text  # the rubric names the anger frame to avoid


def test_no_dv_goal_or_plan_puts_the_trigger_in_the_partner(items) -> None:
    practice_dv = ["gp-p11", "gp-p12", "hd-v03", "hd-v06", "sf-c12", "gp-gg1"]
    for item_id in practice_dv:
        item = items[item_id]
        text = " ".join([item.prompt, item.explanation.split("(Look for")[0], *item.choices])
        text = text.replace("It does not say 'whenever Colin is angry with Amy'", "")
        assert not re.search(r"angry with (Amy|Thanh|his)|anger ris|when (Minh|Colin) is angry",
                             text), item_id


def test_webb_goal_keeps_the_threat_to_take_the_children(items) -> None:
    # The goal mirrors the threat as a presence (deciding with her where the children
    # stay), not as the absence 'no throwing or threats' that option B is faulted for.
    item = items["hd-c02"]
    key = item.choices["ABCD".index(item.label)]
    assert "where the children stay" in key and "angry" not in key
    assert not re.search(r"\bno (throwing|threats)|will not", key)
    absence = next(i for i, c in enumerate(item.choices) if "will not throw" in c)
    assert "absence" in item.choice_feedback[absence]
    assert item.exercise == "03-graded-dv-safety" and item.kind == "assessment"


def test_dv_safety_section_teaches_control_father_services_and_orders() -> None:
    text = _notebook_text("03-harm-and-danger")
    section = text[text.index("## Beyond the push"):text.index("## Statements and the harm")]
    for must in ("Coercive control", "He is a parent", "batterer intervention programme",
                 "1203.097", "Emergency Protective Order", "7 days", "advocate"):
        assert must in section, must
    assert 'show("03-graded-dv-safety")' in text and 'grade("03-graded-dv-safety")' in text


def test_nguyen_story_drops_the_cultural_privacy_line() -> None:
    story = (ROOT / "data" / "vignettes" / "nguyen-family.md").read_text("utf-8")
    assert "solve our own problems" not in story
    assert "solve our own problems" not in _notebook_text("03-harm-and-danger")


# The legal frame of ER decisions (issue 22.3) ---------------------------------

def _graded_set(items, exercise):
    return [item for item in items.values() if item.exercise == exercise]


@pytest.mark.parametrize(("assignment", "exercise", "heading", "musts"), [
    ("02-at-the-door", "02-graded-law", "## The law at the door",
     ("consent", "warrant", "emergency", "may say no", "11166")),
    ("06-teaming-humility-trauma", "06-graded-law", "### The law when a child cannot stay home",
     ("306", "protective custody warrant", "340", "petition", "detention hearing",
      "interim visits", "voluntary", "309(d)", "361.3")),
    ("08-capstone", "08-icwa", "## The tribe: reason to believe, reason to know",
     ("224.2(e)", "further inquiry", "224.2(d)", "formal notice", "224.3")),
])
def test_legal_frame_is_taught_and_graded(items, assignment, exercise, heading, musts) -> None:
    text = _notebook_text(assignment)
    section = text[text.index(heading):]
    section = section[:section.index("\n## ", 5) if "\n## " in section[5:] else None]
    for must in musts:
        assert must in section, (heading, must)
    graded = _graded_set(items, exercise)
    assert len(graded) >= 3 and all(item.kind == "assessment" for item in graded)
    for item in graded:  # every option explained, the key one of four real choices
        assert len(item.choices) == 4 and len(item.choice_feedback) == 4 and item.explanation
    assert f'grade("{exercise}")' in text


def test_removal_law_keys_consider_a_plan_first_and_never_pressure(items) -> None:
    wic306 = items["th-l01"]
    assert "plan" in wic306.choices["ABCD".index(wic306.label)]
    voluntary = items["th-l04"]
    key = voluntary.choices["ABCD".index(voluntary.label)]
    assert "she decides" in key
    assert any("if she does not sign" in c for c in voluntary.choices if c != key)


# Thin objectives (issue 22.5) --------------------------------------------------

@pytest.mark.parametrize(("exercise", "count"), [
    ("05-graded-children", 4), ("04-graded-case-plan", 3), ("06-graded-cft", 6)])
def test_thin_objectives_have_graded_sets(items, exercise, count) -> None:
    graded = _graded_set(items, exercise)
    assert len(graded) == count and all(item.kind == "assessment" for item in graded)
    assert all(len(item.choice_feedback) == len(item.choices) == 4 for item in graded)


def test_network_meeting_scene_grades_existing_and_sibling_safety(items) -> None:
    scenes = sorted(_graded_set(items, "06-graded-cft"), key=lambda item: item.id)
    assert [item.prompt.split(",")[0].split(".")[0] for item in scenes] == [
        f"Scene {n}" for n in range(1, 7)]
    existing = items["th-t03"]
    assert "what is working well" in existing.choices["ABCD".index(existing.label)]
    sibling = items["th-t04"]
    key = sibling.choices["ABCD".index(sibling.label)]
    assert "Ada" in sibling.prompt and "cover her too" in key


def test_graded_reflection_rubric_names_structural_bias(items) -> None:
    assert "reported and investigated more often" in items["ad-z01"].explanation
    assert "reported and investigated more often" in _notebook_text("02-at-the-door")


def test_new_sets_are_in_the_objectives_map_and_course_map() -> None:
    mapped = (ROOT / "data" / "objectives_map.csv").read_text("utf-8")
    course_map = (ROOT / "source" / "09-my-progress" / "course-map.json").read_text("utf-8")
    for exercise in ("03-graded-dv-safety", "02-graded-law", "06-graded-law", "08-icwa",
                     "05-graded-children", "04-graded-case-plan", "06-graded-cft"):
        assert f",{exercise},assess" in mapped, exercise
        assert exercise in course_map, exercise


# People (issue 22.6) -------------------------------------------------------------

def test_class_does_not_follow_race_in_the_families() -> None:
    stories = ROOT / "data" / "vignettes"
    okafor = (stories / "okafor-family.md").read_text("utf-8")
    assert "no money worries" in okafor and "hours were cut" not in okafor
    webb = (stories / "webb-family.md").read_text("utf-8")
    assert "white" in webb and "money pressure" in webb and "threat to take the children" in webb
    assert "webb-family.md" in (stories / "README.md").read_text("utf-8")


def test_coach_corpora_do_not_reuse_cast_names_with_other_facts() -> None:
    import csv

    rows = {}
    for name in ("field.csv", "synthetic.csv"):
        with (ROOT / "data" / "coach" / name).open(encoding="utf-8", newline="") as handle:
            rows.update({row["id"]: row["text"] for row in csv.DictReader(handle)})
    corpus = "\n".join(rows.values())
    for reused in ("Okafor", "Ms. Nguyen", "Ortiz", "baby Minh", "Dana", "Jayden (3)",
                   "Tyrone", "Mr. Le ", "Emeka"):
        assert reused not in corpus, reused


def test_dv_opening_key_uses_only_what_is_already_known(items) -> None:
    item = items["hd-v01"]
    key = item.choices["ABCD".index(item.label)]
    assert not ONLY_THANH_SAID.search(key) and "Minh" in key
    assert "only she told you" in item.choice_feedback[2]


def test_every_writing_model_answer_passes_the_course_s_own_checklist(items) -> None:
    """A model answer must read as its kind, meet every part of the checklist, raise no flag."""
    from soplab.coach import analyse

    checked = 0
    for item in items.values():
        if item.label not in ("harm", "danger", "goal", "plan", "question") or not item.explanation:
            continue
        model = item.explanation.removeprefix("Model: ").split("(Look for")[0].strip()
        result = analyse(model, item.label)
        missing = [c.name for c in result.components if not c.present]
        assert result.kind == item.label and not missing and not result.flags, (
            item.id, result.kind, missing, result.flags)
        checked += 1
    assert checked >= 20


def _key_text(item) -> str:
    return item.choices["ABCDEFG".index(item.label)]


def test_reporting_bias_is_power_by_the_lesson_s_own_definition(items) -> None:
    # The lesson defines power as the role's authority and the system behind it;
    # ad-b13 describes the reporting pattern behind the visit, not something "known".
    assert items["ad-b13"].label == "Power"
    assert not items["ad-b13"].prompt.startswith("Knowing")
    assert "which families are reported and watched most" in _notebook_text("02-at-the-door")


def test_the_promise_question_protects_mrs_okafor_as_a_source(items) -> None:
    key = _key_text(items["fe-k06"]).lower()
    assert "mother" not in key and "told me" not in key
    assert "?" in key
    # the option that names her as the source is explained as a mistake
    feedback = items["fe-k06"].choice_feedback
    naming = next(i for i, c in enumerate(items["fe-k06"].choices) if "mother told me" in c)
    assert "source" in feedback[naming]


def test_no_graded_plan_step_is_triggered_by_his_anger(items) -> None:
    for item in items.values():
        if item.exercise == "04-graded-sort":
            assert "anger rising" not in item.prompt and "angry with" not in item.prompt, item.id


# Independent key review, December 2026 (docs/review/2026-12-key-review.md) -----------

WEBB_ONLY_KAYLA_SAID = re.compile(r"threat|take the (kids|children)|pay card|texts", re.IGNORECASE)


def test_webb_danger_key_before_her_agreement_names_only_what_is_known(items) -> None:
    # hd-v11 comes before Mrs. Webb agrees (hd-c01): the threat she told the worker
    # alone stays out of the statement the family hears, and the stem says so.
    item = items["hd-v11"]
    key = _key_text(item)
    assert not WEBB_ONLY_KAYLA_SAID.search(key), key
    assert "Mr. Webb may throw things" in key and "not agreed" in item.prompt
    assert not WEBB_ONLY_KAYLA_SAID.search(item.choice_feedback["ABCD".index(item.label)])


def test_webb_protective_steps_are_built_on_with_her_alone(items) -> None:
    # What she did is what she told the worker alone: the key keeps it hers to share,
    # as the feedback of option D (the danger statement) already says.
    item = items["hd-v14"]
    key = _key_text(item)
    assert "working well" in key and "alone" in key and "she decides" in key
    assert "in private" in item.choice_feedback["ABCD".index(item.label)]


def test_batterer_programme_belongs_in_the_case_plan_not_a_safety_plan_step(items) -> None:
    # 04's case-plan lesson (gp-c02): services go in the case plan, not the safety plan.
    assert "case plan" in items["hd-c03"].prompt
    for item_id in ("hd-c02", "hd-c03"):
        text = " ".join(items[item_id].choice_feedback)
        assert "plan step" not in text and "step in the plan" not in text, item_id
    assert items["gp-c02"].choices["ABCD".index(items["gp-c02"].label)].startswith(
        "In the case plan")


def test_emergency_protective_order_is_sought_by_an_officer_she_may_ask(items) -> None:
    item = items["hd-c05"]
    said = " ".join([item.explanation, *item.choice_feedback])
    assert "She decides" not in said and "It is her choice" not in said
    assert "ask the officer to request one" in said and "7 calendar days" in said


def test_child_danger_statement_puts_no_trigger_in_the_child(items) -> None:
    for item_id in ("hd-a03", "sf-a13"):
        prompt = items[item_id].prompt
        assert not re.search(r"angry with the (girl|boy)|because (he|she) was", prompt), item_id


def test_tsosie_distractors_bring_in_no_drinking_the_story_never_gives(items) -> None:
    # Nothing in the Tsosie story is about drinking; a distractor that asks Kai about it
    # repeats a stereotype about a Native family even as a wrong answer.
    story = (ROOT / "data" / "vignettes" / "tsosie-family.md").read_text("utf-8")
    assert "drink" not in story
    for item in items.values():
        if "Tsosie" in item.prompt or item.exercise.startswith("08-"):
            assert "drinking" not in " ".join(item.choices).lower(), item.id


def test_the_tribe_is_never_a_professional_the_family_may_pass_over(items) -> None:
    # cp-k02: contacting the tribe is a legal duty; cp-q02's 'professionals come after the
    # family's own network' must not be said of the tribe.
    q02 = items["cp-q02"]
    wrong = [c for i, c in enumerate(q02.choices) if "ABCD"[i] != q02.label]
    assert not any("tribe" in c for c in wrong)
    assert "tribe" in _key_text(q02)
    assert "does not wait for consent" in items["cp-k02"].choice_feedback[2]


def test_law_details_follow_the_brief(items) -> None:
    # A refusal over a messy kitchen is not a step toward a warrant by default; relative
    # checks are the law's, not only the county's.
    refusal = _key_text(items["ad-l02"])
    assert "such as a warrant" not in refusal and "another visit or a court order" in refusal
    carol = items["th-rm2"].choice_feedback["ABC".index(items["th-rm2"].label)]
    assert "309(d)" in carol and "as your county requires" not in carol
    assert "checked as your county requires" not in _notebook_text("06-teaming-humility-trauma")
    assert "every county uses" not in items["sf-b03"].explanation
    pastor = items["th-g06"].explanation
    assert "before anyone calls him" in pastor and "own circle" in pastor
    assert "trained interpreter" in _key_text(items["th-gm2"])


@pytest.mark.parametrize("item_id", ["hd-c02", "gp-gg1"])
def test_dv_goals_are_written_as_a_presence(items, item_id) -> None:
    # The course's own list of mistakes: a goal phrased as an absence. A DV key or model
    # goal says what he will do instead, not 'no pushing', 'no throwing or threats'.
    item = items[item_id]
    text = _key_text(item) if item.choices else item.explanation.split("(Look for")[0]
    assert not re.search(r"\bno (pushing|throwing|hitting|threats)\b|will not (throw|push|hit)",
                         text), item_id


def test_graded_explanation_claims_no_effect_the_statement_does_not_give(items) -> None:
    item = items["hd-a07"]
    assert "feels worthless" not in item.explanation and "worthless" in item.prompt
    assert "stopped going to school" in item.explanation


def test_03_lesson_agrees_with_its_graded_items_on_services_and_orders() -> None:
    # The lesson, like hd-c03 and gp-c02: a batterer programme goes in the case plan;
    # an officer seeks an Emergency Protective Order, and she may ask for one.
    text = _notebook_text("03-harm-and-danger")
    assert "the programme is a plan step" not in text and "In the plan: a batterer" not in text
    assert "belongs in his case plan" in text
    assert "She decides. Declining" not in text and "ask the officer to request" in text
