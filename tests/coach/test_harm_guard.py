"""Guard rows for the learned harm reader (round 10): sound answers in the project's own
words that share words with harmful practice (never flagged), and harmful answers in new
words (mostly flagged); and its reading of the course's people by their part. Sentences
are the project's own, none a copy of a tuning answer or of data/coach/harm_sound.csv."""

from __future__ import annotations

from soplab._core.paths import data_path
from soplab.coach.harmmodel import (
    HARMFUL_AT,
    harm_features,
    harm_probabilities,
    roles,
    second_reading,
)

LEXICON = data_path("lexicon")

#: Sound answers in the project's own words that share words with harmful practice:
#: never flagged.
SOUND = [
    ("goal", "Mom will not drink."),
    ("goal", "For six months Dad will stay off alcohol on the days he has Vy and Bao, and his "
             "cousin will see this."),
    ("goal", "Minh won't drink any beer while he is looking after the kids, and Bà Lan will see "
             "he is sober."),
    ("goal", "Graham will not touch wine when it is his turn to drive Owen and Hazel; Claire will"
             " check, for three months."),
    ("danger", "Renee has told the worker she has depression and is getting help; we are worried "
               "that on days she cannot get up Tommy could swallow her tablets again."),
    ("goal", "Renee will take the medication her doctor gave her for depression and keep it "
             "locked up, and Marie will be with Tommy on her bad days, for six months."),
    ("goal", "Minh will finish the batterers' program and, each time he starts yelling, he will "
             "go to Phuoc's for the night; Thanh, Vy and Bao will be safe and Bà Lan will see it."),
    ("goal", "The Harpers will keep the floor clear and the cleaning products locked away, and a "
             "home visitor will help them, so the twins are safe every day for six months."),
    ("goal", "When Emeka gets frustrated over homework he will calmly leave the room and call "
             "Nkechi, and Grace will help Chidi instead, for six months."),
    ("goal", "Dad will calmly take a walk when he is angry so the kids stay safe, and Uncle Sam "
             "will see this every weekend."),
    ("goal", "Kai will be in class every day because an adult will always look after Tommy."),
    ("harm", "On Sunday night Minh shoved Thanh into the wall; Vy (12) cut her hand on broken "
             "glass when she got between them and Bao (6) hid."),
    ("danger", "The worker is worried that Minh may shove Thanh again when he is upset about "
               "money and Vy could be badly cut, and Bao may keep hiding."),
    ("question", "Who could sit with Tommy on the mornings you cannot get up?"),
    ("question", "Think of a night you were upset about money and stayed calm. What did you do?"),
    ("goal", "Ms. Rahimi or a neighbour will wait with Sara at the bus stop every morning, and "
             "the school will tell the worker if Sara comes alone, for three months."),
    ("goal", "Mom will never leave the baby alone, and her sister will check each evening for six"
             " months."),
    ("goal", "Marisol will not leave Daniel in charge of Lupita; Doña Carmen will stay with them "
             "on work nights."),
    # round 11: sound ones beside the new cues
    ("harm", "Tommy (2) swallowed Renee's pills on Wednesday while she slept; Kai (13) was at "
             "school and no adult was awake."),
    ("goal", "Minh will stay calm at home and go to Phuoc's when he gets angry; Phuoc and Bà Lan "
             "will tell the worker each week."),
    ("danger", "We are worried Minh will hit Thanh again when he is yelling at her about money, "
               "and Vy could be cut again."),
    ("goal", "Thanh will call the police if she is ever in danger, and Minh will leave the house "
             "when he is angry, for six months."),
    ("danger", "Renee told the worker she feels depressed since Ray died; we worry Tommy could get "
               "into her pills on days she cannot get up."),
    ("harm", "Vy (12) stepped between them and was cut on the broken glass after Minh shoved Thanh "
             "on Sunday."),
]
#: Harmful answers in new words (no rule's words): the reader should flag most of them.
HARMFUL = [
    ("goal", "Renee will sign up for grief counselling and a parenting course and finish "
             "everything on her case plan."),
    ("goal", "Dad will take a domestic violence class and an anger course and follow all of the "
             "department's recommendations."),
    ("goal", "Mr. and Mrs. Harper will attend a parenting program and a home safety class and "
             "complete their case plan."),
    ("danger", "We are worried that Renee's depression and grief will stop her from caring for "
               "Tommy and Kai."),
    ("harm", "Minh and Thanh got into a heated argument about money and it turned physical in "
             "front of the kids."),
    ("goal", "Kai will keep an eye on Tommy and make sure he stays away from pills when Mom is "
             "resting."),
    ("goal", "Thanh will let the worker know any time Minh has been drinking, and she will keep "
             "the children away from him."),
    ("danger", "We are worried Minh could push Thanh again when she argues back about money."),
    # round 11: the shapes heldout11's writers used, in the project's own words
    ("harm", "On Sunday Minh shoved Thanh into the wall in the middle of a screaming match, and "
             "Vy got cut trying to separate them."),
    ("goal", "Minh and Thanh will both stay calm and not fight at home for six months."),
    ("danger", "We are worried Minh will hit Thanh again if she won't drop the subject of money."),
    ("danger", "The worker is worried because Renee is going through depression and can't look "
               "after Tommy."),
    ("goal", "Minh will go to Phuoc's when he gets angry and Thanh will keep the worker posted on "
             "how he behaves."),
    ("harm", "Lupita (3) burned her arm on the stove while Daniel (9) was busy on his tablet."),
]


def _p(kind: str, text: str) -> float:
    return 1 - harm_probabilities(text, kind, str(LEXICON))["none"]


def test_sound_answers_that_share_harmful_words_are_never_flagged() -> None:
    flagged = [(text[:60], round(_p(kind, text), 2)) for kind, text in SOUND
               if second_reading(text, kind, LEXICON)]
    assert not flagged


def test_harmful_answers_in_new_words_are_mostly_flagged() -> None:
    missed = [text[:60] for kind, text in HARMFUL if _p(kind, text) < HARMFUL_AT]
    assert len(missed) <= 2, missed  # a word model is no oracle


def test_the_courses_people_are_read_by_their_part() -> None:
    assert roles("Minh pushed Thanh and Vy (12) cried.") == \
        "xviolent pushed xsurvivor and xchild (12) cried."
    assert roles("kai's mom renee called Marie.") == "xchilds mom xmother called xkin."
    assert roles("Ms. Rahimi and Dario") == "Ms. Rahimi and Dario"  # no part known: a name
    # any name told with a child's age is a child's; a day or an adult's age is not
    assert roles("Dario (9) and Lupe, 4, saw Rafa (35).") == \
        "xchild (9) and xchild, 4, saw Rafa (35)."
    dates = "On Sunday, 12 May, and in March, 3 times"
    assert roles(dates) == dates
    feats = harm_features("Thanh will tell the worker when Minh drinks.", "goal")
    assert {"w:xsurvivor", "w:xviolent", "b:when_xviolent"} <= feats
    assert not any("thanh" in f or "minh" in f for f in feats)


def test_not_drinking_is_no_harm_in_any_of_the_courses_families() -> None:
    for who in ("Minh", "Graham", "Mr. Price", "Mom", "Dad", "Renee"):
        for verb in ("will not drink", "won't drink", "will stay sober", "will never drink"):
            text = f"{who} {verb} when the children are in his or her care."
            assert second_reading(text, "goal", LEXICON) is None, text


#: The reader's general cues, firing and not, in new words (the course's names as roles).
CUES = [
    ("Lorraine will report to the caseworker whenever Minh comes home drunk.", "c:reports-on-him"),
    ("Mom will text the police every time Dad starts yelling.", "c:reports-on-him"),
    ("Thanh will ring her probation officer if Minh raises his hand.", "c:reports-on-him"),
    ("Kai is supposed to be minding Tommy after school.", "c:child-duty"),
    ("Vy will make sure Bao is out of the room when Minh shouts.", "c:child-duty"),
    ("Daniel (9) is in charge of Lupita on work nights.", "c:child-duty"),
    ("Mr. Whitaker's drinking problem puts the kids at risk.", "c:label-of-person"),
    ("Renee's grief disorder keeps Tommy at risk.", "c:label-of-person"),
    ("The worker fears Dad is an alcoholic.", "c:label-of-person"),
    ("We fear Minh will lash out whenever Thanh questions him about the "
     "rent.", "c:partner-trigger"),
    ("Dad may hit her again if Mom talks back to him.", "c:partner-trigger"),
    ("Minh and Thanh were arguing in the kitchen and Vy (12) got hurt.", "c:mutual"),
    ("Police came for a domestic dispute on Sunday night.", "c:mutual"),
    ("There was a verbal altercation between the parents.", "c:mutual"),
    # round 11: new shapes of the same practices, in the project's own words
    ("Dad hit Mom in the middle of a yelling match over the car.", "c:mutual"),
    ("Sara (10) got hurt trying to break them up.", "c:mutual"),
    ("Their son broke it up and was cut.", "c:mutual"),
    ("Minh and Thanh's fight about rent turned physical.", "c:mutual"),
    ("Thanh and Minh will learn to stay calm together at home.", "c:mutual"),
    ("The couple should stop fighting in front of the kids.", "c:mutual"),
    ("Daniel (9) was in the next room and didn't notice Lupita at the stove.", "c:child-duty"),
    ("Tommy got out while Kai was on his phone.", "c:child-duty"),
    ("Kai failed to keep watch over his brother.", "c:child-duty"),
    ("The baby fell because Rafa (10) was busy with a game.", "c:child-duty"),
    ("We fear Minh will hit Thanh if she won't back down about the car payment.",
     "c:partner-trigger"),
    ("Dad pushes Mom when he gets on her case about the groceries.", "c:partner-trigger"),
    ("Minh may shove her again when he argues with her over the bills.", "c:partner-trigger"),
    ("Mom is struggling with alcoholism and sleeps all day.", "c:label-of-person"),
    ("The worker thinks Renee is suffering from severe depression.", "c:label-of-person"),
    ("Mr. Price is a heavy drinker.", "c:label-of-person"),
    ("Thanh will keep the caseworker posted about how Minh acts at home.", "c:reports-on-him"),
    ("Thanh will send the worker weekly updates.", "c:reports-on-him"),
    ("Each Friday Thanh reports to the worker on Minh.", "c:reports-on-him"),
]
NO_CUE = [
    "Minh will call Phuoc when he feels angry and go to his bakery.",
    "Doña Carmen will call the worker if the children are ever left alone.",
    "Kai will not have to watch Tommy any more; Marie will.",
    "Kai will no longer be in charge of Tommy.",
    "Renee has depression and sees the clinic doctor every week.",
    "Renee said her depression got worse after Ray died, and she wants help.",
    "Ms. Rahimi will make sure Sara is supervised at the bus stop.",
    "Minh may push Thanh again when he is shouting at her about money.",
    "Vy (12) was hurt when she tried to stop him.",
    "Minh shouted at Thanh and shoved her into the wall.",
    "Tommy found the pills while Kai was at school and no adult was awake.",
    "Kai will not have to watch Tommy; Marie will come every morning.",
    "Vy (12) got between them and was cut on the glass.",
    "Mr. and Mrs. Harper will keep the floor clear and the cleaners locked away.",
    "Thanh will call the police if she is ever in danger.",
    "Phuoc will tell the worker each week how Minh is doing.",
    "Renee sees a grief counsellor and Marie stays with Tommy on bad days.",
    "Minh shouted at Thanh about money and then pushed her.",
]


def test_the_readers_cues_fire_on_new_words_and_not_on_sound_ones() -> None:
    for text, cue in CUES:
        assert cue in harm_features(text, "goal"), text
    for text in NO_CUE:
        assert not {f for f in harm_features(text, "goal") if f.startswith("c:")}, text
