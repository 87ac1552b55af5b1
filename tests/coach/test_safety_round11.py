"""Round 11 (harmread10): harmful practice that new writers' words slipped past, read from
the grammar of the clause. Each reading has sentences in new words that must raise its
rule and sentences that must not (not copies of the tuning answers)."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def rules_found(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


# --- a child's lapse or state told as what let another child come to harm -------------
CHILD_LAPSE_FIRES = [
    ("harm", "Rosa (1) rolled off the couch on Saturday; Jayden (11) was in the room and "
             "didn't catch her."),
    ("harm", "Tommy (2) swallowed Renee's pills on Wednesday; his brother Kai (13) never "
             "noticed he had gone into her room."),
    ("harm", "Baby Leo (1) was burned by the kettle on Monday while his sister Mia (12) was "
             "busy texting her friends."),
    ("danger", "We are worried that when Kai (13) is on his phone, Tommy (2) could get into "
               "Renee's pills again."),
    ("harm", "Tommy (2) took some of his mom's pills on Wednesday because his sister did not "
             "put them away."),
    ("harm", "Tommy (2) got hold of Renee's pills on Wednesday while Kai was distracted with "
             "his game."),
    ("danger", "We are worried that Ana (12) won't notice when the baby climbs the stairs, and "
               "the baby could fall."),
    ("harm", "Sam (10) was home and failed to check on Lily (2), who drank bleach on Friday."),
    ("harm", "On Sunday Noah (3) wandered out to the road. Eli (12) was gaming and did not "
             "hear him go."),
    ("harm", "Kai (13) was at home but didn't stop him, and Tommy (2) swallowed pills on "
             "Wednesday."),
]
CHILD_LAPSE_PASSES = [
    ("harm", "On Wednesday Tommy (2) swallowed some of Renee's pills while Renee was asleep; "
             "Kai (13) was at school."),
    ("harm", "On Wednesday Renee didn't notice Tommy (2) getting into her pain pills and he "
             "swallowed some."),
    ("harm", "Tommy (2) swallowed Renee's pills on Wednesday. Kai (13) feels he didn't keep an "
             "eye on him and blames himself."),
    ("goal", "Marie will watch Tommy every afternoon so Kai (13) will not have to mind him, for "
             "three months."),
    ("harm", "Tommy (2) swallowed pills while Renee was in bed and nobody was watching him; "
             "Kai (13) was busy with homework at school."),
    ("danger", "We are worried that Renee won't notice when Tommy (2) gets into the pills "
               "again, and Kai (13) could keep missing school."),
    ("harm", "Tommy (2) swallowed pills while Renee was busy on her phone on Wednesday."),
    ("harm", "On Wednesday Tommy (2) swallowed Renee's pills; Kai (13) didn't know, as he was "
             "at school."),
    ("harm", "Bao (6) did not see Minh push Thanh on Sunday but heard it from his room, and "
             "he has wet the bed since."),
    ("plan", "Grandma will check on Rosa (1) every hour and Jayden (11) does not have to watch "
             "her."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_LAPSE_FIRES)
def test_child_lapse_fires(kind: str, text: str) -> None:
    assert "child-blamed" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_LAPSE_PASSES)
def test_child_lapse_stays_quiet(kind: str, text: str) -> None:
    assert "child-blamed" not in rules_found(text, kind)


# --- a two-sided quarrel as the setting of his violence; the couple's shared conduct ----
MUTUAL_FIRES = [
    ("harm", "On Sunday Minh shoved Thanh against the fridge during a shouting match about "
             "the rent, and Bao (6) hid."),
    ("harm", "Dad slapped Mum in the middle of a heated exchange about the car, and Jack (4) "
             "saw it."),
    ("harm", "After a blow-up about money on Friday, Tom shoved Sarah into the door while Ella "
             "(7) watched."),
    ("harm", "Mr. Reyes grabbed Ms. Reyes by the arm amid a screaming match on Monday, and Ana "
             "(4) cried."),
    ("harm", "Last night Dad pushed Mum over during a bust-up about the rent; Leo (5) was in "
             "the hall."),
    ("goal", "Minh and Thanh will keep it calm at home for six months, no yelling and no hands "
             "on anyone, and Phuoc will see it."),
    ("goal", "Mum and Dad will keep their voices down and their hands to themselves for six "
             "months, and Nan will see it."),
    ("goal", "Mom and Dad will keep things peaceful at home, no screaming or shoving, for six "
             "months, and Grandma will check in."),
    ("goal", "Tom and Sarah will not raise their voices at home for a year, and his brother "
             "will see it."),
    ("goal", "For six months Mr. and Mrs. Reyes will stay calm and keep their hands to "
             "themselves, and the pastor will see it."),
]
MUTUAL_PASSES = [
    ("harm", "On Sunday Minh shoved Thanh against the fridge while yelling about the rent, and "
             "Bao (6) hid."),
    ("goal", "For six months Minh will speak calmly to Thanh and keep his hands to himself, and "
             "Phuoc will see it."),
    ("goal", "Mr. and Mrs. Harper will keep the kitchen floor clear and speak calmly to the "
             "twins every day for three months."),
    ("goal", "Thanh and Aunt Lan will stay calm with the kids at bedtime for six months."),
    ("goal", "Mr. and Mrs. Harper will keep the house safe and calm for the twins, and Grandma "
             "will visit weekly."),
    ("harm", "Leo (8) was hurt during a fight at school on Monday."),
    ("harm", "On Sunday Vy (12) got between them when Minh pushed Thanh and was cut on the "
             "glass."),
    ("goal", "Uncle Bao and Minh will go fishing every Saturday, and Minh will keep his voice "
             "calm with Thanh for six months."),
    ("harm", "Dad hit Leo (5) during bath time on Monday and left a bruise."),
    ("goal", "Mom and Dad will walk Sara to the bus stop together every morning for three "
             "months."),
]


@pytest.mark.parametrize(("kind", "text"), MUTUAL_FIRES)
def test_shared_setting_or_conduct_fires(kind: str, text: str) -> None:
    assert "dv-mutual" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), MUTUAL_PASSES)
def test_shared_setting_or_conduct_stays_quiet(kind: str, text: str) -> None:
    assert "dv-mutual" not in rules_found(text, kind)


# --- a quarrel with the partner told as when his violence comes ------------------------
QUARREL_FIRES = [
    ("danger", "We are worried that Minh will hurt Thanh again when he gets on her case about "
               "the credit cards, and Vy (12) could be hurt."),
    ("danger", "We are worried that if Dad picks a fight with Mum about the rent he may shove "
               "her again, and Leo (5) could be hurt."),
    ("danger", "We are worried that every time Tom has a go at Sarah about the car he could "
               "slap her, and Ella (7) could see it."),
    ("harm", "On Friday, when Dad started on Mum about the bills, he pushed her and Ana (4) "
             "cried."),
    ("danger", "We are worried that when Minh argues with Thanh over money he may push her "
               "again and Vy (12) could be hurt."),
    ("danger", "The school is worried that whenever Dad goes off at Mum about the house he "
               "could hit her, and Jack (4) could get hurt."),
    ("harm", "On Sunday, when Minh got into it with Thanh about the cards, he shoved her into "
             "the wall and Bao (6) hid."),
    ("danger", "We are worried that any time Mr. Tran blows up at her about money he could "
               "grab Ms. Nguyen again, and Vy (12) could be cut."),
    ("danger", "We are worried that if Tom gets fed up with Sarah again he may hit her, and "
               "Ella (7) could be hurt."),
    ("harm", "Last night when Dad had a go at Mum about the rent he slapped her, and Leo (5) "
             "saw it."),
]
QUARREL_PASSES = [
    ("danger", "We are worried that Minh may push Thanh again when he has been drinking, and "
               "Phuoc (6) could be hurt."),
    ("danger", "We are worried that when Dad argues with the neighbour he may hit Leo (5)."),
    ("danger", "We are worried that when Minh gets home late he may push Thanh and Vy (12) "
               "could be hurt."),
    ("harm", "Minh pushed Thanh on Sunday after he picked her up from work, and Bao (6) hid."),
    ("danger", "We are worried that when Minh is drunk he may push Thanh, and Vy (12) could be "
               "hurt."),
    ("harm", "On Sunday Minh shouted at Thanh about money and pushed her into the wall; Vy "
             "(12) was cut."),
    ("danger", "We are worried that when Dad has been drinking he may yell at Mum and hit her, "
               "and Jack (4) could be hurt."),
    ("goal", "When Minh feels his voice rising he will go to Phuoc's, for six months, and "
             "Phuoc will see it."),
    ("danger", "We are worried that when Mum fights with her landlord, the family could lose "
               "the flat and Leo (5) could be cold."),
    ("harm", "Dad hit Leo (5) on Monday when Leo argued with his sister, and Leo has a bruise."),
]


@pytest.mark.parametrize(("kind", "text"), QUARREL_FIRES)
def test_quarrel_as_occasion_fires(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), QUARREL_PASSES)
def test_quarrel_as_occasion_stays_quiet(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in rules_found(text, kind)


# --- the partner he hurts giving word to the office, told with a giving verb -----------
GIVES_WORD_FIRES = [
    ("goal", "Minh will speak calmly to Thanh for six months, and Thanh will give the worker "
             "an update at every visit."),
    ("goal", "Minh will speak calmly to Thanh for six months, and Thanh will send the social "
             "worker a weekly report."),
    ("plan", "Thanh will provide updates to CWS every Friday, and Minh will keep his voice down "
             "at home."),
    ("goal", "Minh will keep his hands to himself for six months; Thanh will check in with the "
             "worker every week."),
    ("goal", "Dad will not yell at Mum for six months, and Mum will give the caseworker a "
             "quick heads-up each Friday."),
    ("plan", "Mum will pass on news to the agency every week, and Dad will not shout at her."),
    ("goal", "Tom will stay calm with Sarah for a year and Sarah will give us regular updates."),
    ("goal", "Mr. Reyes will not hit Ms. Reyes for six months, and Ms. Reyes will provide the "
             "department monthly progress reports."),
    ("plan", "Thanh will send the team a quick update after each weekend, and Minh will stay "
             "calm at home."),
    ("goal", "Minh will keep his voice calm with Thanh, and Thanh will make weekly check-ins "
             "with the worker, for six months."),
]
GIVES_WORD_PASSES = [
    ("goal", "Minh will speak calmly to Thanh for six months, and Uncle Bao will give the "
             "worker an update every month."),
    ("goal", "Minh will speak calmly to Thanh for six months, and Minh will give the worker an "
             "update every month."),
    ("goal", "Renee will give the worker an update every week on Tommy's appointments, and "
             "Marie will see it."),
    ("plan", "Thanh will give the worker an update on how Vy and Bao are doing at school."),
    ("goal", "Ms. Rahimi will send the worker the name of the adult who meets Sara at the bus "
             "stop."),
    ("plan", "Aunt Lan will check in with the worker every Friday."),
    ("goal", "Mr. and Mrs. Harper will give the worker a tour of the kitchen each month for "
             "three months."),
    ("plan", "Thanh will call 911 if Minh comes to the flat."),
    ("plan", "Phuoc will give the social worker a weekly report on how Minh is doing."),
    ("goal", "Renee will check in with her counsellor weekly and Marie will see Tommy is fed "
             "every afternoon."),
]


@pytest.mark.parametrize(("kind", "text"), GIVES_WORD_FIRES)
def test_gives_word_fires(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), GIVES_WORD_PASSES)
def test_gives_word_stays_quiet(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in rules_found(text, kind)


# --- a diagnosis made the person's state with a verb of going through it ---------------
CONDITION_FIRES = [
    ("danger", "The worker worries that Renee is going through depression and stays in bed, and "
               "Tommy (2) could take the pills again."),
    ("danger", "We are worried that Mum is dealing with bipolar and may leave Leo (5) alone at "
               "night."),
    ("harm", "Dad has been going through PTSD since March and Leo (5) went without dinner most "
             "nights."),
    ("danger", "We are worried that because Mom goes through depression every winter, Kim (8) "
               "could be left alone after school."),
    ("harm", "Ms. Price went through a depressive episode in May and Ana (4) missed meals."),
    ("danger", "We are worried that Dad is dealing with alcoholism and may not take Leo (5) to "
               "school."),
    ("harm", "Renee has been dealing with depression since her mother died, and Tommy (2) got "
             "into her pills on Wednesday."),
    ("danger", "We are worried that Mum, who is going through depression, could leave the "
               "baby unfed."),
    ("harm", "Since May Mum has been living with depression and Leo (5) has gone to school "
             "hungry."),
    ("danger", "We are worried that Mr. Price is going through alcoholism and Ben (6) could be "
               "left alone."),
]
CONDITION_PASSES = [
    ("harm", "Since March Renee has been going through a hard time after her mother died, and "
             "she stays in bed; Kai (13) has missed 14 days of school."),
    ("danger", "We are worried that Renee is going through the pills too fast and Tommy (2) "
               "could get into them."),
    ("danger", "We are worried that on days grief keeps Renee in bed, Tommy (2) could get into "
               "her pills."),
    ("harm", "Mum stayed in bed for most of May and Leo (5) went without breakfast."),
    ("danger", "We are worried that Bao (6) is going through a lot and could keep hiding in "
               "the closet."),
    ("harm", "Renee went through the house on Wednesday looking for Tommy (2), who had "
             "swallowed her pills."),
    ("danger", "We are worried that Dad is dealing with the landlord alone and Leo (5) could "
               "be left at home."),
    ("goal", "Renee will go through her day with Marie beside her, and Tommy will be watched "
             "every afternoon."),
    ("harm", "On Wednesday Renee was asleep and Tommy (2) swallowed some of her pills."),
    ("danger", "We are worried that Renee will stay in bed most days and Tommy (2) could get "
               "into her pills."),
]


@pytest.mark.parametrize(("kind", "text"), CONDITION_FIRES)
def test_condition_gone_through_fires(kind: str, text: str) -> None:
    assert "label" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), CONDITION_PASSES)
def test_condition_gone_through_stays_quiet(kind: str, text: str) -> None:
    assert "label" not in rules_found(text, kind)
