"""Harmful practice in harm and danger statements as new writers put it (round 6, from
what heldout6 showed): a caregiver's diagnosis named as theirs and told as what acts on
them, the survivor's private account in reported speech after his act is told with
"and". Sentences written for these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, kind).findings}


#: label: a caregiver's condition named as theirs, as the subject or cause of what happens.
CONDITION_FIRES = [
    ("danger", "The worker and Nan are worried that Mum's anxiety stops her from taking Leo (5) "
               "to school, and he could fall behind."),
    ("danger", "We are worried that Dad's PTSD makes him shout at the kids at night, and Mia (4) "
               "could be scared."),
    ("danger", "The school is worried that Renee's illness means nobody is awake to watch "
               "Tommy (2), and he could swallow pills again."),
    ("danger", "We are worried that when the depression takes over, Mum stays in bed and Leo (5) "
               "could go hungry."),
    ("danger", "Nan and the worker are worried that the mother's untreated depression will keep "
               "her in bed and Leo (5) could be hurt."),
    ("danger", "We are worried that Dad's alcoholism leaves Lily (5) alone at night and she "
               "could get hurt."),
    ("danger", "We are worried that Mum's addiction means Leo (5) could be left alone."),
    ("harm", "On Monday, because of her mental health, Mum did not get up and Ava (3) was alone "
             "all morning."),
    ("danger", "Auntie and the worker worry that her bipolar could leave Ava (3) without anyone "
               "awake to watch her."),
    ("danger", "We worry that Renee's mental illness keeps her in bed and Tommy could get hurt."),
    ("harm", "On Wednesday, during a depressive episode, Mum stayed in bed and Ava (2) swallowed "
             "her pills."),
    ("harm", "On Wednesday Mum was too depressed to get up and Ava (2) swallowed her pills."),
]
#: Sound: what the caregiver does, grief, drinking, a child's own worries, a service named.
CONDITION_PASSES = [
    ("danger", "We are worried that on days Renee's grief keeps her in bed, Tommy (2) could "
               "swallow pills again."),
    ("danger", "We are worried that Bao's anxiety will keep him hiding in the closet and he "
               "could fall behind at school."),
    ("danger", "The worker and aunt are worried that Mr. Price drinks after his shift and falls "
               "asleep, and Lily (5) could get hurt."),
    ("danger", "We are worried that Mum misses her mental health appointments and stays in bed, "
               "and Leo (5) could go hungry."),
    ("danger", "We are worried that Tommy's condition could get worse if he swallows pills "
               "again."),
    ("danger", "We are worried that on days Mum can't get out of bed, Leo (5) could be left "
               "alone."),
    ("harm", "On Sunday night Minh pushed Thanh into the wall, and Bao (6) now shows anxiety "
             "and wets himself at school."),
]


@pytest.mark.parametrize(("kind", "text"), CONDITION_FIRES)
def test_a_caregivers_condition_told_as_what_acts_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CONDITION_PASSES)
def test_grief_drinking_or_a_childs_worry_is_not_a_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)


#: dv-partner-trigger: her act, then his anger or violence, told in sequence without "when".
SEQUENCE_FIRES = [
    ("danger", "Worried: Mum asks about the rent -> Dad loses it and could hit her again; Jack "
               "(4) could be hurt."),
    ("danger", "We are worried that Thanh brings up the bills and then Minh gets angry and may "
               "push her again, and Vy (12) could be hurt."),
    ("danger", "SW worried Thanh ask for money, Minh get angry, push her. Kids can get hurt."),
    ("danger", "Worried that Mum complains about money, Dad gets violent, and Jack (4) could get "
               "hurt."),
    ("danger", "Worker worry: Thanh mention the bills, Minh get mad and hit her. Bao (6) could "
               "be scared."),
    ("danger", "Worker worried: Thanh question him about money = Minh get angry, push her. Vy "
               "(12) can get hurt."),
    ("danger", "Worker worry Thanh no give him money, he get angry and push her. Vy (12) can get "
               "hurt."),
]
#: Sound: his act first, her leaving or calling for help, one night told in order, both of them.
SEQUENCE_PASSES = [
    ("danger", "The worker is worried that Minh yells at Thanh about money, he may push her "
               "again and Vy (12) could get hurt."),
    ("danger", "The worker and police are worried that Thanh tries to leave, Minh may hit her "
               "and Vy (12) could be hurt."),
    ("harm", "On Sunday night Minh yelled at Thanh about money, then pushed her into the wall; "
             "Vy (12) got in the middle and cut her hand."),
    ("harm", "Thanh calls the police, Minh leaves the house; Vy (12) hid in her room."),
]


@pytest.mark.parametrize(("kind", "text"), SEQUENCE_FIRES)
def test_her_act_then_his_anger_is_a_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), SEQUENCE_PASSES)
def test_his_act_or_her_leaving_in_sequence_is_no_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in _rules(text, kind)


#: dv-source-exposed: her private account in reported speech, after "... and pushed her".
REPORTED_FIRES = [
    ("harm", "Friday night Dad was screaming at Mum about his phone and shoved her against "
             "the door; Mia (5) watched. Mum let slip that he gets like this most weekends."),
    ("harm", "On Sunday Minh was yelling at Thanh about the bills and shoved her into the "
             "counter, and Vy (12) cut her hand. Per Thanh, this has happened many times."),
    ("harm", "Sunday night Dad was shouting at Mum over money and pushed her; Jack (4) hid. "
             "Mum's report that he has hit her before is on file."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy (12) could be hurt. "
               "As Thanh put it, he gets loud when money is tight."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy (12) could be hurt; "
               "Thanh whispered that he gets scary when he drinks."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy (12) could be hurt; "
               "Thanh hinted it is not the first time."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy (12) could be hurt. "
               "Thanh let on that he has a temper."),
]
REPORTED_PASSES = [
    ("harm", "Friday night Dad was screaming at Mum about his phone and shoved her against "
             "the door; Mia (5) watched, and her teacher says she now cries at drop-off."),
    ("harm", "Sunday night Dad was shouting at Mum over money and pushed her; Jack (4) hid. "
             "Dad says it was one bad night."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy (12) could be hurt. "
               "Minh confirmed he pushed her and says it will not happen again."),
    ("danger", "We worry if Thanh says anything about money, Minh can hit her again and Vy (12) "
               "get hurt."),
]


@pytest.mark.parametrize(("kind", "text"), REPORTED_FIRES)
def test_her_account_after_his_act_told_with_and_is_exposed(kind: str, text: str) -> None:
    assert "dv-source-exposed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), REPORTED_PASSES)
def test_a_teacher_or_his_own_words_are_not_her_account(kind: str, text: str) -> None:
    assert "dv-source-exposed" not in _rules(text, kind)


#: dv-source-exposed: his drinking named as his habit where he hurts his partner (only she
#: could have told it); label: "alcohol abuse" named as his.
HABIT_FIRES = [
    ("dv-source-exposed", "danger", "The worker and police are worried that Minh's drinking "
     "could lead him to push Thanh again, and Vy (12) could be hurt."),
    ("dv-source-exposed", "danger", "We are worried that with his beer drinking and money "
     "stress, Minh may hit Thanh again and Bao (6) could be scared."),
    ("dv-source-exposed", "danger", "Worried: Dad's heavy drinking + money stress -> may push "
     "Mum again; kids could get hurt."),
    ("dv-source-exposed", "danger", "Police and the worker worry that when the husband's "
     "alcohol use gets out of hand he could strike his wife again, and Ava (3) could be hurt."),
    ("label", "danger", "Nan and the worker worry that Dad's alcohol abuse leaves Ava (3) alone "
     "at night, and she could get hurt."),
    # round 8: his drinking as the time is hers to tell too (read as sound before)
    ("dv-source-exposed", "danger", "We are worried that Minh may push Thanh again when he has "
     "been drinking and money is tight, and Vy (12) could be hurt."),
]
HABIT_PASSES = [
    ("dv-source-exposed", "danger", "The worker and police are worried that Minh may push "
     "Thanh again, and Vy could get hurt; officers noted his drinking on Sunday."),
    ("dv-source-exposed", "danger", "The worker and aunt are worried that Mr. Price's drinking "
     "after work leaves Lily (5) alone, and she could get hurt."),
    ("dv-source-exposed", "danger", "The worker is worried that Minh may push or strike Thanh "
     "again, and Bao's fear (hiding, wetting) could get worse."),
]


@pytest.mark.parametrize(("rule", "kind", "text"), HABIT_FIRES)
def test_his_drinking_named_as_his_habit_is_found(rule: str, kind: str, text: str) -> None:
    assert rule in _rules(text, kind)


@pytest.mark.parametrize(("rule", "kind", "text"), HABIT_PASSES)
def test_drinking_as_a_time_or_seen_by_others_is_not(rule: str, kind: str, text: str) -> None:
    assert rule not in _rules(text, kind)


#: dv-mutual: the violence told as a thing the couple or the family have, in new words.
MUTUAL_FIRES = [
    ("danger", "We are worried that the next time Mom and Dad have a blow-up, Vy (12) could get "
               "hurt."),
    ("danger", "The worker is worried about the family's fighting, and that Vy (12) could get "
               "hurt again."),
    ("danger", "We are worried that Minh and Thanh may come to blows again and Vy (12) could get "
               "hurt."),
    ("harm", "On Sunday the parents had a scuffle in the kitchen and Vy (12) cut her hand."),
    ("harm", "On Friday Mum and Dad were rough with each other and Jack (4) hid in his room."),
    ("harm", "Friday night both parents were screaming and Jack (4) hid under the bed."),
    ("harm", "On Friday the two of them got physical in the hallway and Jack (4) saw it."),
    ("harm", "Friday night there was pushing and shoving in the hallway and Jack (4) was "
             "knocked over."),
    ("danger", "We are worried that a row about the rent could turn violent again and Jack (4) "
               "could be hurt."),
]
MUTUAL_PASSES = [
    ("danger", "We are worried that Minh may blow up at Thanh again and push her, and Vy (12) "
               "could get hurt."),
    ("harm", "On Sunday Minh pushed Thanh into the wall; Vy (12) got between them and cut her "
             "hand."),
    ("harm", "On Friday Dad got physical with Mum and shoved her, and Jack (4) hid in his room."),
    ("harm", "Friday night the neighbour heard shouting; Dad had shoved Mum and Jack (4) was "
             "crying."),
]


@pytest.mark.parametrize(("kind", "text"), MUTUAL_FIRES)
def test_violence_told_as_the_couples_blow_up_is_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), MUTUAL_PASSES)
def test_his_blowing_up_at_her_is_not_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" not in _rules(text, kind)


#: label: a name called in apposition, or a note's "mom depressed".
CALLED_FIRES = [
    ("danger", "We are worried that Mr. Price, a heavy drinker, falls asleep after work and "
               "Lily (5) could get hurt."),
    ("danger", "Worried: mom depressed, stays in bed, Tommy (2) can get pills."),
    ("danger", "Worried: Renee very depressed + in bed, Tommy (2) could get pills again."),
]
CALLED_PASSES = [
    ("danger", "We are worried that Mr. Price, a nurse, falls asleep after his night shift and "
               "Lily (5) could get hurt."),
    ("danger", "We are worried that Mr. Price falls asleep after a few drinks, and Lily (5), a "
               "curious kid, could get hurt."),
]


@pytest.mark.parametrize(("kind", "text"), CALLED_FIRES)
def test_a_name_called_beside_the_person_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CALLED_PASSES)
def test_a_job_or_a_childs_ways_beside_a_name_is_no_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)
