"""Wrong kind (issue 21, the kindread lane): an answer of another kind than the item asks
for is capped at a quarter when read with confidence; an answer of the asked kind in
another shape (a list, notes) is not. Sentences are the project's own."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.assessment import WRONG_KIND_CAP


@pytest.mark.parametrize(("text", "kind", "said"), [
    # a note about the answer instead of the answer
    ("I'd sit down with Dad and talk about what the kids saw that night.", "harm",
     "a note about what you would do next"),
    ("First I would ask Grandma who else helps out on school days.", "goal",
     "a note about what you would do next"),
    ("We need to explore with Mum what a calm evening looks like to her.", "plan",
     "a note about what you would do next"),
    # a danger where harm is asked, even framed as what the writer would write
    ("I would write that Dad may shove Mum again when he drinks, and the kids could get hurt "
     "if they step in.", "harm", "a danger statement"),
    # a question where a statement is asked, whatever parts it names
    ("What happened on Sunday night when Dad came home?", "harm", "a question"),
    # a rota where a goal is asked: the work shared out by days, time frame or not
    ("For the next two months Uncle Ray will walk Jayden home on Mondays and Tuesdays and his "
     "aunt on Thursdays, and Jayden will feel safe.", "goal", "safety plan"),
    ("Tues/Thurs Nana has the baby after daycare; Mon/Wed/Fri Dad stays sober and picks her "
     "up, so baby is safe.", "goal", "safety plan"),
    ("Weekdays the neighbour sits with Noah until Mom gets home, and on weekends Grandpa "
     "keeps him at his place.", "goal", "safety plan"),
    # a statement where a question is asked
    ("It sounds like some mornings went really well for you.", "question",
     "a statement, not a question"),
    ("Your brother has been a big help, I can tell.", "question",
     "a statement, not a question"),
])
def test_another_kind_is_capped_and_said(text: str, kind: str, said: str) -> None:
    graded = assess(text, kind)
    assert graded.wrong_kind and graded.needs_review and graded.score <= WRONG_KIND_CAP
    assert said in " ".join(graded.reasons)


@pytest.mark.parametrize(("text", "kind"), [
    # a goal written as a list with its time frame and who will see it
    ("- Dad: calm voice, goes to Uncle Jim's if he can't stay calm\n- Seen by: Uncle Jim, "
     "Nan, worker, weekly\n- How long: 6 months\n- Kids: no hiding", "goal"),
    ("- Mum and Dad sweep the floor each night and lock the bleach away\n- Auntie checks on "
     "Saturdays\n- 4 months\n- Baby: safe to crawl", "goal"),
    # a harm in notes: "Mia scared" is how the child felt, not who is worried
    ("Friday night Dad hit Mum with a shoe. Mia scared, hid under bed.", "harm"),
    ("Friday night Dad push Mum into door. Mia scared, hide.", "harm"),
    # notes with field labels ("Who:", "What:", "When:") are no question
    ("- Who: worker, Nan\n- Dad drinks after work, falls asleep\n- Lily (4) alone, could get "
     "hurt, again", "danger"),
    # a question framed as what the writer would ask is still the question
    ("I would ask her: what was different on the mornings you got there on time?",
     "question"),
])
def test_the_asked_kind_in_another_shape_is_not_capped(text: str, kind: str) -> None:
    assert not assess(text, kind).wrong_kind


@pytest.mark.parametrize("text", [
    "For at least the next four months Mum will walk Kai to school.",
    "Over about the next three months Dad will cook dinner for the kids.",
    "Ana: safe at home - 6 mths",
    "Nan should be able to say so after dropping in over the next few months.",
])
def test_a_time_frame_in_any_words_is_read(text: str) -> None:
    assert analyse(text, expected_kind="goal").components[2].present  # duration


@pytest.mark.parametrize("frame", ["", "- ", "I would write: "])
def test_who_and_what_labels_read_as_one_clause(frame: str) -> None:
    text = (frame + "- Who: Dad\n- What: threw a mug at Mum, pushed her over\n- When: Friday "
            "night\n- Kai (6): saw it, hid, not sleeping")
    parts = {c.name: c.present for c in analyse(text, expected_kind="harm").components}
    assert parts == {"who_did_what": True, "when": True, "impact": True}
