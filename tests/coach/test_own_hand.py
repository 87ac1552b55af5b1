"""The same answer earns the same whatever the learner's typing habits (issue 21.3):
all lower case, a title in lower case, an "I would write: ..." frame. Sentences are
our own; each pair fails when the segment stage reads the two hands differently."""

from __future__ import annotations

import csv

import pytest

from soplab._core.paths import repo_root
from soplab.coach import analyse, assess, written_score
from soplab.coach.text import unframe
from soplab.coach.truecase import course_names, truecase

SAME = [
    ("Last Sunday night Minh shoved Thanh against the fridge while Vy (12) watched, and Vy "
     "cut her foot on a broken plate and needed stitches; Bao (4) has hidden in his room since.",
     "harm"),
    ("For the next six months Minh will leave for Phuoc's house when he feels angry and speak "
     "quietly to Thanh and the kids, and Phuoc and Ba Lan will see it, so Vy and Bao feel safe "
     "at home.", "goal"),
    ("Lily's aunt and the worker are worried that when Mr. Price drinks beer after his shift "
     "and falls asleep on the couch, Lily (5) could get out of the house or hurt herself with "
     "nobody awake to help.", "danger"),
    ("Every day for the next three months Mr. and Mrs. Harper will clear the kitchen floor of "
     "broken glass and old food, and their cousin will see this, so the twins can play safely.",
     "goal"),
]


@pytest.mark.parametrize(("text", "kind"), SAME)
def test_lower_case_earns_the_same(text: str, kind: str) -> None:
    assert written_score(text.lower(), kind) == written_score(text, kind) >= 0.75


@pytest.mark.parametrize(("text", "kind"), SAME)
def test_an_i_would_write_frame_earns_the_same(text: str, kind: str) -> None:
    framed = "I would write: " + text[0].lower() + text[1:]
    assert written_score(framed, kind) == written_score(text, kind)


@pytest.mark.parametrize(("typed", "read"), [
    ("minh pushed thanh. i saw it.", "Minh pushed Thanh. I saw it."),
    ("mr. and mrs. harper will sweep up", "Mr. and Mrs. Harper will sweep up"),
    ("the harpers and mr price", "The Harpers and Mr Price"),
    ("Aunt Lou will call Minh.", "Aunt Lou will call Minh."),  # own capitals are kept
    ("the price of food went up", "The price of food went up"),  # an everyday word stays
])
def test_truecase(typed: str, read: str) -> None:
    assert truecase(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("I would write: minh will stay calm.", "Minh will stay calm."),
    ("I'd ask her \"what was different on the good mornings?\"",
     "What was different on the good mornings?"),
    ("My answer: Dad will read to Leo.", "Dad will read to Leo."),
    ("I would be worried about Vy.", "I would be worried about Vy."),  # not a frame
    ("I think Minh will hurt her.", "I think Minh will hurt her."),
])
def test_unframe(typed: str, read: str) -> None:
    assert unframe(typed) == read


def test_names_list_holds_the_cast() -> None:
    """Every first name and surname of data/cast.csv is in the list, except the
    everyday words the list's notes leave out."""
    with (repo_root() / "data" / "cast.csv").open(encoding="utf-8", newline="") as fh:
        cast = {n.lower() for r in csv.DictReader(fh) for n in (r["first"], r["surname"]) if n}
    missing = cast - course_names()
    assert missing and missing <= {"park", "price", "pat", "grace", "hale", "ray", "hazel", "dee",
                                   "le", "lowe", "cole", "webb", "nez"}


def test_assess_is_cached() -> None:
    text = "Nan will walk Leo to school every day for a term, seen by Aunt May."
    first = assess(text, "goal")
    hits = assess.cache_info().hits
    assert assess(text, "goal") is first and assess.cache_info().hits == hits + 1


# --- what the child will experience, told as the child's present (issue 21.3) -------
from soplab.coach.stages import clauses, components, segment  # noqa: E402

EXPERIENCE = [
    # the course's children by name, without an age or "son"
    "Nan and the worker will see this each week, and Kai can play basketball after school.",
    "Her aunt will check in on Fridays, and Sara gets home safe every afternoon.",
    "Their cousin will see it, so the twins have a calm kitchen to eat in.",
    "Phuoc will see it for six months, and Vy never has to hide in her room again.",
    "Uncle Joe will drop by, and Tommy's back at nursery with his friends.",
]
NOT_EXPERIENCE = [
    "Kai has to look after Tommy when his mum is in bed.",  # a burden, not an experience
    "Kai's teacher is worried about the missed days.",
]


@pytest.mark.parametrize("text", EXPERIENCE)
def test_child_experience_in_the_childs_present(text: str) -> None:
    assert "child_experience" in components(clauses(segment(text)))


@pytest.mark.parametrize("text", NOT_EXPERIENCE)
def test_no_child_experience_where_there_is_none(text: str) -> None:
    assert "child_experience" not in components(clauses(segment(text)))


@pytest.mark.parametrize(("text", "kind"), [
    ("What was different on the mornings when everyone got out of the door on time?", "question"),
    ("Who else, besides your brother, could you call when bedtime gets hard?", "question"),
    *SAME,
])
def test_a_list_marker_earns_the_same(text: str, kind: str) -> None:
    for marker in ("- ", "* ", "\u2022 ", "1. "):
        assert written_score(marker + text, kind) == written_score(text, kind), marker


@pytest.mark.parametrize("text", [
    "Did bedtime go better on any night last week?",  # closed, on the right subject
    "Is your brother someone who could help on bad nights?",  # closed, solution-focused
    "Could your neighbour be part of the plan for weekends?",
])
def test_a_closed_question_earns_a_quarter(text: str) -> None:
    assert written_score(text, "question") == 0.25


@pytest.mark.parametrize(("text", "least"), [
    ("What was different on the nights bedtime went well?", 0.75),
    ("Why do the kids keep missing the bus?", 0.0),
])
def test_open_and_why_questions_keep_their_score(text: str, least: float) -> None:
    score = written_score(text, "question")
    assert score >= least and (least > 0 or score == 0)


@pytest.mark.parametrize("text", [
    "For the next six months Minh will leave for Phuoc's house when he feels angry, and Phuoc "
    "and Ba Lan will see it, and Vy and Bao will be back at their after-school club.",
    "Every day for three months Mr. and Mrs. Harper will clear the kitchen floor, and their "
    "cousin will see this, so the twins can play safely.",
])
def test_going_to_earns_what_will_earns(text: str) -> None:
    going = text.replace(" will ", " are going to ").replace("Minh are", "Minh is") \
        .replace("Vy are", "Vy is")
    assert written_score(going, "goal") == written_score(text, "goal") == 1.0


# --- note-taking shorthand (a learner in a hurry writes notes, not sentences) -----------
from soplab.coach.text import unnote  # noqa: E402


@pytest.mark.parametrize(("typed", "read"), [
    ("Sat night Dad hit Jo.", "Saturday night Dad hit Jo."),
    ("Nan + Aunt Lou see it w/ the worker", "Nan and Aunt Lou see it with the worker"),
    ("3 months: Dad reads w/ Leo", "For the next 3 months, Dad reads with Leo"),
    ("Dad: slapped Leo. Leo - bruised cheek.", "Dad slapped Leo. Leo bruised cheek."),
    ("On Sunday, Dad - red in the face - hit Jo.", "On Sunday, Dad - red in the face - hit Jo."),
    ("The sun came out.", "The sun came out."),
])
def test_unnote(typed: str, read: str) -> None:
    assert unnote(typed) == read


NOTES_HARM = ("Dad: slapped Leo (6) across the face, Sat night. Leo: red mark on his cheek, "
              "scared to go home since.")


def test_a_harm_statement_in_notes_is_read() -> None:
    assert written_score(NOTES_HARM, "harm") == 1.0


def test_notes_are_scored_less_surely_than_sentences() -> None:
    notes = "6 months: Dad reads w/ Leo (6) every night + Nan sees it, so Leo feels safe."
    spelt = "For the next 6 months, Dad reads with Leo (6) every night and Nan sees it, so Leo " \
            "feels safe."
    assert written_score(notes, "goal") == written_score(spelt, "goal")
    assert assess(notes, "goal").confidence < assess(spelt, "goal").confidence


# --- the impact is what could happen to a child, not the violence to an adult ----------
@pytest.mark.parametrize(("text", "has_impact"), [
    ("Nan is worried that Dad could hit Mum again when he drinks.", False),
    ("I'm worried Minh could hurt Thanh again.", False),
    ("Nan is worried that Dad could hit Mum again when he drinks, and Leo (4) could be hurt "
     "if he steps in.", True),
    ("I'm worried Minh could hurt Vy again.", True),  # a child of the course, by name
])
def test_impact_is_on_a_child(text: str, has_impact: bool) -> None:
    assert ("impact" in components(clauses(segment(text)))) is has_impact


# --- paraphrases the expert's scale counts (data/writing/README.md) --------------------
@pytest.mark.parametrize(("text", "part"), [
    # the worry as a noun, its people after it
    ("There is concern among Nan and the school that when Dad drinks he may drive Leo (4) "
     "home.", "who_worried"),
    ("If Dad keeps drinking before the school run, Leo (4) could be hurt in the car, and Nan "
     "and the teacher share that worry.", "who_worried"),
    # a time put first inside the worry
    ("Nan is worried that on weekends Dad drinks until he passes out, and Leo (4) could be "
     "left with nobody awake.", "caregiver_behaviour"),
    ("The school is worried that after payday Mum goes out late and leaves Jo (6) alone.",
     "caregiver_behaviour"),
])
def test_danger_paraphrases(text: str, part: str) -> None:
    assert part in components(clauses(segment(text)))


def test_a_passive_goal_needs_no_doer() -> None:
    goal = ("For the next four months the stairs are kept clear of bottles every day, Aunt Lou "
            "sees this when she visits, and Leo (4) can play safely.")
    assert written_score(goal, "goal") == 1.0
    r = analyse(goal, expected_kind="goal")
    assert "who" in {c.name for c in r.components if c.present}


# --- a learner in a hurry: misspelt cue words, a frame around the statement -----------
@pytest.mark.parametrize(("typed", "read"), [
    ("nan is woried dad wil drink untill late", "nan is worried dad will drink until late"),
    ("for 3 mnths, b/c hes sad", "for 3 months, because he's sad"),
    ("Wil they call?", "Will they call?"),
    ("The willow and the bcc", "The willow and the bcc"),  # only whole words
])
def test_misspelt_cue_words(typed: str, read: str) -> None:
    assert unnote(typed) == read


def test_a_rushed_answer_earns_what_the_tidy_one_earns() -> None:
    tidy = ("Nan is worried that when Dad drinks he will drive Leo (4) to nursery, and Leo "
            "could be badly hurt in a crash.")
    rushed = ("nan is woried that when dad drinks he wil drive leo (4) to nursery, and leo "
              "could be badly hurt in a crash")
    assert written_score(rushed, "danger") == written_score(tidy, "danger") == 1.0
    assert assess(rushed, "danger").confidence < assess(tidy, "danger").confidence


@pytest.mark.parametrize("framed", [
    "My danger statement would be that Nan is worried that when Dad drinks he will drive "
    "Leo (4) to nursery, and Leo could be badly hurt in a crash.",
    "The statement: Nan is worried that when Dad drinks he will drive Leo (4) to nursery, and "
    "Leo could be badly hurt in a crash.",
])
def test_a_statement_frame_is_read_through(framed: str) -> None:
    assert written_score(framed, "danger") == 1.0


@pytest.mark.parametrize("text", [
    "Dad's drinking poses a serious risk to Leo (4).",
    "Mum's new partner presents a risk to Jo (6) when he has been using.",
])
def test_a_risk_in_jargon_reads_as_danger_not_harm(text: str) -> None:
    graded = assess(text, "harm")
    assert graded.kind_read == "danger" and graded.score <= 0.25
