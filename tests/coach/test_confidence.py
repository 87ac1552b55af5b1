"""Confidence says where the automatic score is a clear grade (issue 21.4): a score
between two quarters, or a middle grade, is less sure than a complete answer; so is a
grade the answer's length does not support, and an answer with words that often come
with harmful practice."""

from __future__ import annotations

import pytest

from soplab.coach import assess
from soplab.coach.analyse import analyse
from soplab.coach.assessment import (
    BETWEEN_GRADES,
    CONFIDENT,
    FULL_WORDS,
    LENGTH_DOUBT,
    LONG_WORDS,
    LOW_WORDS,
    MIDDLE_GRADE,
    PART_WORDS,
    caution,
    grade_doubt,
    length_doubt,
    reading_confidence,
)


@pytest.mark.parametrize(("score", "doubt"), [
    (1.0, 0.0), (0.0, 0.0), (0.25, 0.0), (0.75, 0.0),  # 0.75: see test_length_doubt
    (0.5, MIDDLE_GRADE),
    (0.75, 0.0),
    (0.83, BETWEEN_GRADES * 2 * 0.32),
    (0.125, BETWEEN_GRADES),  # half-way between 0 and 0.25
])
def test_grade_doubt(score: float, doubt: float) -> None:
    assert grade_doubt(score) == pytest.approx(doubt)


def test_weights_are_in_use() -> None:
    """The weights chosen leave-one-writer-out on dev (benchmarks/coach_lowo.py)."""
    assert BETWEEN_GRADES > 0 and MIDDLE_GRADE > 0


COMPLETE = ("For the next six months Dad will walk Leo (7) to school every morning and read "
            "with him at bedtime, and Nan and the worker will see it, so Leo feels safe.")
ONE_PART_SHORT = ("Dad will walk Leo (7) to school every morning and read with him at bedtime, "
                  "and Nan will see it, so Leo feels safe.")


def test_a_complete_answer_is_surer_than_one_between_grades() -> None:
    whole, short = assess(COMPLETE, "goal"), assess(ONE_PART_SHORT, "goal")
    assert whole.score == 1.0 and 0.5 < short.score < 1.0
    # the two read alike; the score between grades is what costs the confidence
    assert abs(reading_confidence(analyse(COMPLETE, expected_kind="goal"), "goal")
               - reading_confidence(analyse(ONE_PART_SHORT, expected_kind="goal"), "goal")) < 0.15
    assert short.confidence <= whole.confidence - grade_doubt(short.score) + 0.15
    assert whole.confidence > short.confidence


@pytest.mark.parametrize(("score", "words", "kind", "doubt"), [
    (1.0, FULL_WORDS["goal"], "goal", 0.0), (1.0, FULL_WORDS["danger"] - 1, "danger",
                                              LENGTH_DOUBT),
    (1.0, FULL_WORDS["harm"] - 1, "harm", LENGTH_DOUBT), (1.0, FULL_WORDS["harm"], "harm", 0.0),
    (0.75, LONG_WORDS - 1, "harm", 0.0), (0.75, LONG_WORDS, "harm", LENGTH_DOUBT),
    (0.75, PART_WORDS["danger"], "danger", 0.0),
    (0.75, PART_WORDS["danger"] - 1, "danger", LENGTH_DOUBT),
    (0.75, 12, "goal", 0.0),  # a goal missing one part is as sure short as long
    (0.25, LOW_WORDS - 1, "plan", 0.0), (0.0, LOW_WORDS, "goal", LENGTH_DOUBT),
    (0.5, 80, "goal", 0.0),  # the middle grade has its own doubt
    (1.0, 5, "question", 0.0), (0.25, 60, "question", 0.0),  # a question: its form counts
])
def test_length_doubt(score: float, words: int, kind: str, doubt: float) -> None:
    assert length_doubt(score, words, kind) == doubt


def test_a_full_score_on_a_short_statement_is_checked_by_a_person() -> None:
    for text, kind in (("Nan is worried Dad may drink at night and Ana (3) could wander out alone.",
                        "danger"),
                       ("On Monday Dad hit Noah (6) with a belt, leaving bruises.", "harm")):
        thin = assess(text, kind)
        assert thin.score == 1.0 and thin.confidence < CONFIDENT and thin.needs_review


def test_a_low_score_on_a_short_statement_stands() -> None:
    bare = assess("The school is worried that Dad drinks.", "danger")
    assert bare.score <= 0.25 and not bare.findings
    assert bare.confidence >= CONFIDENT and not bare.needs_review


@pytest.mark.parametrize("text", [
    "The worker is worried that when Mum and Dad start fighting about the rent, the baby "
    "could be dropped or hit by something thrown across the room.",
    "According to the eldest boy, Dad pushed Mum down the stairs on Friday night and Noah "
    "(4) saw it and now wets the bed every night.",
    "Nan is worried Ari (9) will keep getting hurt because he keeps stepping in the middle "
    "when his stepdad goes for his mum.",
    "On Wednesday Tommy (2) swallowed some of Renee's pills because Kai went out to play and "
    "left him alone, and Tommy spent the night in hospital.",
    # violence told as something between two ("the couple", "a misunderstanding")
    "The worker is worried that the couple will have another disagreement about money and "
    "the baby could be hit by something thrown.",
    "Police are worried that when Mum and Dad have a misunderstanding it can turn physical, "
    "and Mila (4) could get hurt.",
    "The worker is worried that the parents will hurt each other again in front of Owen (6) "
    "and he could be hurt.",
    # a child as the carer
    "Jasmine (12) will look after her baby brother when Mum is drinking, so he is safe.",
    "Kai, 13, has to keep the medicine up high and check on Tommy every hour.",
    # a child as the teller or the one who failed; the mother as the teller of violence
    "The worker is worried because Jasmine (8) told her teacher that Dad hits Mum when he "
    "drinks, and Jasmine could be hurt.",
    "Per the oldest girl, Dad shoved Mum into the door on Saturday and Noah (3) saw it.",
    "On Friday Daniel (9) failed to watch Lupita (3), and she was found in the parking lot.",
    "Mum later confided that Dad has grabbed her by the throat twice since March, and the "
    "twins (4) heard it.",
    "Police are worried Dad will hit Mum again. Mum say when he drinks he gets rough, so "
    "Ana (5) can get hurt.",
    "Saturday; Mia, 3, drank bleach from under the sink while Dad slept; Josh, 12, should "
    "have been keeping an eye on her.",
])
def test_words_that_come_with_harmful_practice_keep_the_answer_in_review(text: str) -> None:
    assert caution(text)
    graded = assess(text, "danger" if "worried" in text else
                    "goal" if " will " in text or "has to" in text else "harm")
    assert graded.needs_review


def test_caution_is_not_raised_by_plain_words() -> None:
    assert not caution("Dad will walk Leo to school every morning for six months.")
    assert not caution("The baby woke in the middle of the night and nobody went to her.")
    assert not caution("Kai will feel safe at home and will tell his coach if he is worried.")
    assert not caution("Dad will keep the medicine in a lockbox and check on Tommy every hour.")
    # the caregiver as the teller, a child reported on, a child's voice in a goal
    assert not caution("Dad told the worker he has four or five beers after every shift.")
    assert not caution("Leo (6) was reported to be wetting the bed since March.")
    assert not caution("The kids would tell you bedtime is calm now.")
    assert not caution("Mum said she can't get up some mornings and the baby could be hurt.")
    assert not caution("She says the kids could get hurt if nobody is up with them.")


def test_the_partner_as_trigger_keeps_the_answer_in_review() -> None:
    text = ("The worker is worried that when Mum nags Dad about money he may throw things "
            "again, and Ava (5) could be hit.")
    assert caution(text) and assess(text, "danger").needs_review


def test_a_questions_middle_grade_is_a_clear_grade() -> None:
    """A question's 0.5 is a cap of the expert's scale (nobody in it, closed then open)."""
    assert grade_doubt(0.5, "question") == 0.0
    assert grade_doubt(0.5, "goal") == MIDDLE_GRADE


@pytest.mark.parametrize(("text", "kind"), [
    # one part missing on a short answer: the parts there are thin too
    ("The social worker is worried that Mom may use again and the baby could find her pills.",
     "danger"),
    ("Grandma is afraid Dad might drink again and Noah (4) could get hurt.", "danger"),
    ("Last Friday Dad hit Mom in the kitchen while Ellie (3) watched.", "harm"),
    ("On Saturday night Mom left Ava (2) alone in the apartment for four hours.", "harm"),
])
def test_one_part_missing_on_a_short_answer_is_checked_by_a_person(text: str, kind: str) -> None:
    graded = assess(text, kind)
    assert graded.score == 0.75 and len(text.split()) < PART_WORDS[kind], graded
    assert graded.confidence < CONFIDENT and graded.needs_review


@pytest.mark.parametrize(("text", "kind"), [
    # read as the kind asked, a clear grade its length supports: it stands, whatever the
    # margin of the kind reading
    ("Mom and Dad will keep every medicine in the locked box on the top shelf and one of "
     "them will be awake whenever Tommy (2) is up. They will do this every day for the next "
     "six months so that Tommy is safe and Kai gets to school, and Aunt Lorraine will see it "
     "when she visits each weekend.", "goal"),
    ("Who in your family or among your friends has helped you on the hard days, and who "
     "else could you call?", "question"),
])
def test_a_clear_grade_read_as_the_kind_asked_stands(text: str, kind: str) -> None:
    graded = assess(text, kind)
    assert graded.score == 1.0 and graded.kind_read == kind, graded
    assert graded.confidence >= CONFIDENT and not graded.needs_review


@pytest.mark.parametrize("text", [
    # a goal's parts are short phrases: a complete goal in few words is sure
    "For the next three months Aunt Rosa will meet Lupita at the bus stop every weekday, seen "
    "by the worker, so Lupita feels safe.",
    "Dad will lock his rifle in the gun safe every night for six months, checked by Grandma "
    "each Sunday, so Jasmine is safe at home.",
])
def test_a_short_complete_goal_stands(text: str) -> None:
    graded = assess(text, "goal")
    assert graded.score == 1.0 and len(text.split()) < FULL_WORDS["danger"]
    assert not graded.needs_review


@pytest.mark.parametrize("text", [
    # a harm statement tells what happened to each child: a full score in few words is
    # often one child's impact only
    "Last Friday night Mom left Daniel (9) and Lupita (3) alone while she worked, and Lupita "
    "was found outside near the road with a cut foot.",
    "On Monday evening Mr. Okafor grabbed Chidi (7) by the arm and slapped him, leaving a "
    "bruise on his arm and a red mark on his cheek.",
])
def test_a_short_full_harm_statement_is_checked_by_a_person(text: str) -> None:
    graded = assess(text, "harm")
    assert graded.score == 1.0 and len(text.split()) < FULL_WORDS["harm"]
    assert graded.needs_review


# --- a thin reading (scoread8): a part read from the wrong clause ---------------------------

@pytest.mark.parametrize("text", [
    # the caregiver's act read from a clause whose subject is a child, the adult's part
    # not told even as an absence
    "The aunt and the worker are worried that when their mother feels too down to leave her "
    "room, Sara could take the pills again and end up in hospital.",
    "The worker and the neighbour worry that Owen may climb out of the window again while his "
    "father sleeps, and he could fall and be badly hurt.",
])
def test_an_act_read_from_a_child_is_thin(text: str) -> None:
    from soplab.coach.doubts import thin_reading
    assert thin_reading(analyse(text, expected_kind="danger"))
    assert assess(text, "danger").needs_review


@pytest.mark.parametrize("text", [
    # the adult's part told, or told as an absence ("nobody is there", "no adult awake")
    "The worker and the aunt are worried that on the days Mum is too low to get up, nobody is "
    "there to watch Mia and she could drink the bleach and be badly burned.",
    "Aunt Rosa and the worker are worried that no adult will be awake with Theo when his "
    "father drinks, and Theo could wander outside and be hit by a car.",
    "Grandma and the worker worry that Dad may leave his pills on the table when he is "
    "grieving, and the baby could swallow them and get very sick.",
    "The aunt and the worker are worried that Mum may leave Sara alone at night again, and "
    "Sara could be scared or hurt.",
    "The worker is worried that if nothing changes, Dad will keep hitting Mum when he drinks "
    "and the kids will see it and be scared or hurt stepping in.",
    "The worker and the school are worried that when Mum has been drinking she may leave "
    "Lupita, 4, alone in the flat, and Lupita could get hurt or frightened.",
])
def test_a_part_read_where_it_is_told_is_not_thin(text: str) -> None:
    from soplab.coach.doubts import thin_reading
    assert not thin_reading(analyse(text, expected_kind="danger"))


@pytest.mark.parametrize("text", [
    # a child's adult is no child: "Lily aunty and the worker ..." (second-language word
    # order), "Kai's grandmother ..."
    "Lily aunty and the worker are worried: Mr Ames is drinking after work and sleeping on the "
    "couch, and Lily, 5, is awake alone and can get hurt.",
    "Kai's grandmother and the worker worry that Renee may stay in bed all day again and Kai "
    "could miss more school.",
])
def test_a_childs_adult_is_not_thin(text: str) -> None:
    from soplab.coach.doubts import thin_reading
    assert not thin_reading(analyse(text, expected_kind="danger"))


def test_an_impact_read_inside_the_situation_is_thin() -> None:
    from soplab.coach.doubts import thin_reading
    from soplab.coach.result import CoachResult, Component

    def result(impact: str, context: str) -> CoachResult:
        return CoachResult("", "danger", 1.0, [
            Component("caregiver_behaviour", True, "Dad may drink", "", ""),
            Component("context", True, context, "", ""),
            Component("impact", True, impact, "", "")])

    assert thin_reading(result("when Dad is too low to get up", "when Dad is too low to get up"))
    assert not thin_reading(result("be scared or hurt stepping in",
                                   "when he drinks and the kids will see it and be scared"))
    assert not thin_reading(result("On Sunday night Dad hit the boy", "On Sunday"))


@pytest.mark.parametrize(("text", "thin"), [
    # a child's experience told only as the harm avoided (scoread8)
    ("For the next six months Mum will keep the kettle and the iron out of reach every day, "
     "and Nan will check on Sundays, so the baby won't get burned.", True),
    ("Over the next three months Dad will lock the medicine cabinet every night, checked by "
     "Aunt Jo each week, so that the children will never be poisoned again.", True),
    ("For 90 days Mr. and Mrs. Lee will sweep the yard of broken bottles every morning, seen "
     "by the neighbour, so the twins do not get cut.", True),
    # a safe day the child lives, with or without the harm avoided
    ("For the next six months Mum will keep the kettle out of reach every day, and Nan will "
     "check on Sundays, so the baby can crawl around the kitchen without getting burned.",
     False),
    ("For the next three months Grandma will meet Sara at the bus stop every school day, seen "
     "by the worker, so Sara is not alone after dark.", False),
    ("For six months Dad will keep the pool gate locked every day, and Uncle Ray will check "
     "each weekend, so the kids feel safe and do not get hurt.", False),
])
def test_a_goal_lived_only_as_harm_avoided_is_thin(text: str, thin: bool) -> None:
    from soplab.coach.doubts import thin_reading
    assert bool(thin_reading(analyse(text, expected_kind="goal"))) == thin
    assert assess(text, "goal").score == 1.0  # the part is there: only less sure


@pytest.mark.parametrize(("text", "kind", "report"), [
    # agency or clinical terms in sentences hard to read (scoread8)
    ("On Tuesday, the minor Jayden (4) sustained a contusion to the left orbital region "
     "subsequent to the utilization of inappropriate physical discipline by the paternal "
     "caregiver, necessitating medical evaluation at the emergency department.", "harm", True),
    ("The Department is concerned that the father may continue to perpetrate physical violence "
     "against the mother during periods of elevated financial stress, which would place the "
     "minor children at substantial risk of physical injury and emotional dysregulation.",
     "danger", True),
    # the same in plain words
    ("On Tuesday Dad hit Jayden, 4, with his hand and left a bruise by his eye; the nurse at "
     "the ER checked him that night.", "harm", False),
    ("The worker and Grandma are worried that when Dad drinks after work he may fall asleep on "
     "the couch, and Lily, 5, could get hurt or wander outside alone.", "danger", False),
])
def test_report_language_is_checked_by_a_person(text: str, kind: str, report: bool) -> None:
    from soplab.coach.doubts import report_language
    assert report_language(analyse(text, expected_kind=kind)) == report
    if report:
        assert assess(text, kind).needs_review


#: Two parts missing, read clearly as the kind asked: the middle grade stands alone (a
#: supervisor gives these 0.5 too; on the spent splits such 0.5s were never a half-point off).
MIDDLE_CLEAR = [
    ("The worker is worried that Mom could leave the baby alone again.", "danger"),
    ("The teacher is worried that Dad might hit the boy again.", "danger"),
    ("Nana is worried that Dad may drive the kids home drunk again.", "danger"),
    ("The school nurse worries that Mom could forget Zoe's insulin again.", "danger"),
    ("Worker worried mom could leave baby alone again.", "danger"),
    ("For six months Dad will walk Jamie to school every morning.", "goal"),
    ("Over the next three months Mum will keep the knives locked away.", "goal"),
]


@pytest.mark.parametrize(("text", "kind"), MIDDLE_CLEAR)
def test_a_clear_middle_grade_stands(text: str, kind: str) -> None:
    graded = assess(text, kind)
    assert graded.score == 0.5 and graded.confidence >= CONFIDENT and not graded.needs_review


def test_a_middle_grade_with_another_doubt_goes_to_a_person() -> None:
    """The middle grade's own doubt with notes (or a weak kind reading) is below the bar."""
    graded = assess("worker + nan worried dad may hit the boy again", "danger")
    assert graded.score == 0.5 and graded.needs_review
