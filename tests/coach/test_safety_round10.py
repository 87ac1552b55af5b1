"""Round 10 harmful-practice readings, in sentences written for these tests (not taken from
any tuning answer). Each reading is a word class (``data/lexicon/cues.csv``) read with who
its subject or owner is, not a phrase:

- a child as the doer of a lapse in watching another child (``care_lapse``: "let him out of
  his sight", "took her eyes off him", "turned his back", "left him alone"): child-blamed;
- a fault noun owned by a person (``fault``: "Sam's carelessness", "the 12-year-old's
  lapse"): a child's is child-blamed, an adult's a label;
- a diagnosis owned by a parent with any describing word or beside another ("Mum's
  complicated grief and depression", "Dad's diagnosed PTSD"): a label; the parent's own
  word for it is not;
- her refusal of anything told as when he turns violent ("when she won't give him the
  money"): the partner made the trigger.

Each table has sentences that must not fire, sharing the words: a child's own feelings and
day, a worker's worry for the child, an adult's lapse told as it is, a fault denied.
"""

from __future__ import annotations

import pytest

from soplab.coach import assess


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in assess(text, kind).findings}


# --- a child's lapse in watching another child -----------------------------------------
LAPSE_FIRES = [
    ("harm", "On Monday Leo (2) drank bleach from under the sink when his brother Sam (12) took "
             "his eyes off him."),
    ("harm", "Last Friday Ava (3) got out onto the road after her sister Mia (11) let her out of "
             "her sight."),
    ("harm", "Leo (2) swallowed Dad's tablets on Sunday because Sam (12) turned his back on him."),
    ("danger", "The worker is worried that Leo (2) could get into the pills again if Sam (12) "
               "loses track of him."),
    ("harm", "On Tuesday Ava (3) burned her hand on the stove while Mia (11) looked away."),
    ("harm", "Leo (2) fell down the stairs on Saturday once Sam (12) stopped watching him."),
    ("danger", "We are worried that Ava (3) will wander into the street whenever Mia (11) walks "
               "away from her."),
    ("harm", "On Thursday Sam (12) left his little brother alone in the bath and Leo (2) went "
             "under the water."),
    ("harm", "On Wednesday Mia (11) lost sight of Ava (3) at the park and Ava was found by the "
             "pond."),
    ("danger", "The aunt is worried that Leo (2) could be badly hurt when Sam (12) stops paying "
               "attention to him."),
]

#: Not a child's fault: an adult's lapse (told as it is; other rules judge it), a child's own
#: day or feelings, a worker's worry for the child, a fault denied.
LAPSE_PASSES = [
    ("harm", "On Monday Leo (2) drank bleach from under the sink when Dad took his eyes off "
             "him to answer the phone."),
    ("harm", "Last Friday Ava (3) got out onto the road after Mum let her out of her sight."),
    ("harm", "On Sunday Leo (2) swallowed Dad's tablets while Sam (12) was at school."),
    ("danger", "We are worried that when the kids are asleep Dad drinks and Leo (2) could get "
               "into the pills."),
    ("harm", "Sam (12) feels he let Leo (2) out of his sight and cries about it at night."),
    ("danger", "The worker is worried that Leo (2) could be hurt because no adult keeps him in "
               "sight, and it is not because Sam (12) looked away."),
    ("goal", "For six months Grandma will not let Leo (2) out of her sight when Mum is in bed, "
             "and Sam (12) will go to school every day."),
    ("harm", "On Tuesday Mum left Ava (3) alone in the bath and Ava went under the water."),
    ("harm", "Because the baby was crying, Dad shook her on Sunday night and she was taken to "
             "hospital."),
    ("danger", "We are worried that Sam (12) could be hurt when he walks away from school alone "
               "after dark."),
]


@pytest.mark.parametrize(("kind", "text"), LAPSE_FIRES)
def test_a_childs_lapse_in_watching_another_child_is_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), LAPSE_PASSES)
def test_an_adults_lapse_or_a_childs_own_day_is_not_child_blamed(kind: str, text: str) -> None:
    # "Because the baby was crying, Dad shook her" tells the baby's crying as the time of
    # his act, not as her fault: the baby is the one hurt (the README's child-blamed means
    # the child made the one responsible; the DV section puts the choice in the adult).
    assert "child-blamed" not in _rules(text, kind), text


# --- a fault noun owned by a person ----------------------------------------------------
FAULT_CHILD_FIRES = [
    ("harm", "Sam (12) was home on Monday, and Leo (2) drank bleach because of Sam's "
             "carelessness."),
    ("danger", "We are worried that Sam (12)'s carelessness means Leo (2) could get into the "
               "pills again."),
    ("harm", "Due to the 12-year-old's lapse in attention, Leo (2) swallowed Dad's tablets on "
             "Sunday."),
    ("danger", "The worker is worried that Mia (11)'s forgetfulness could leave Ava (3) near the "
               "stove again."),
    ("harm", "On Friday Ava (3) got out onto the road through Mia (11)'s inattention."),
    ("danger", "We are worried that another mistake of this kind, like Sam (12)'s mistake on "
               "Sunday, could get Leo (2) badly hurt."),
    ("harm", "Leo (2) fell down the stairs on Saturday and it was Sam (12)'s fault."),
    ("danger", "We are worried that Sam (12)'s irresponsibility will put Leo (2) at risk again."),
    ("harm", "Leo (2) went under the bath water on Thursday owing to his brother Sam (12)'s "
             "negligence."),
    ("danger", "The school is worried that with Mia (11)'s laziness Ava (3) could be hurt again."),
]
FAULT_CHILD_PASSES = [
    ("harm", "Sam (12) told the worker he thinks it was his fault that Leo (2) got the pills."),
    ("harm", "On Monday Leo (2) drank bleach; it was not Sam's fault, as Sam (12) was at "
             "school."),
    ("danger", "We are worried that Sam (12) blames himself and feels Leo's fall was his "
               "mistake, and that Leo (2) could be hurt again with no adult awake."),
    ("danger", "We are worried Sam (12) is carrying the guilt for Leo (2) and believes it was his "
               "fault."),
    ("harm", "On Monday Leo (2) drank bleach while Mum was asleep; no one says it was Sam (12)'s "
             "fault."),
    ("goal", "Sam (12) will go to school every day and will not be blamed for Leo's fall; "
             "Grandma will watch Leo (2) for six months."),
    ("danger", "The worker is worried that Leo (2) could get into the pills again when no adult "
               "is awake, and that Sam (12) could keep missing school."),
    ("harm", "Sam (12) made a mistake in his maths test on Monday and cried about it."),
    ("danger", "We are worried about Sam (12)'s safety when he walks home alone after dark."),
    ("harm", "Sam (12) said it was his fault and has had nightmares since Leo (2) fell."),
]
FAULT_ADULT_FIRES = [
    ("harm", "On Monday Leo (2) drank bleach because of Mum's carelessness."),
    ("danger", "We are worried that Dad's laziness means Leo (2) could go without meals."),
    ("danger", "We are worried about Mrs. Hale's irresponsibility and that Ava (3) could be "
               "hurt."),
    ("harm", "Due to the father's negligence, Ava (3) fell from the window on Friday."),
    ("danger", "The worker is worried that Dad's selfishness will leave Leo (2) alone again."),
]
FAULT_ADULT_PASSES = [
    ("harm", "On Monday Leo (2) drank bleach left under the sink while Mum was asleep."),
    ("harm", "Mum said it was her fault and has locked the cupboard since."),
    ("danger", "We are worried that Dad falls asleep after drinking and Leo (2) could be alone."),
    ("harm", "On Friday Ava (3) fell from the window; the worker's mistake in the report was "
             "fixed."),
    ("danger", "Grandma is worried that on the days Mum stays in bed Leo (2) goes without food."),
]


@pytest.mark.parametrize(("kind", "text"), FAULT_CHILD_FIRES)
def test_a_childs_fault_noun_is_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), FAULT_CHILD_PASSES)
def test_a_childs_own_feeling_or_a_fault_denied_is_not_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), FAULT_ADULT_FIRES)
def test_an_adults_fault_noun_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), FAULT_ADULT_PASSES)
def test_what_an_adult_did_or_her_own_word_is_no_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind), text


# --- a parent's diagnosis, with any describing word or beside another ----------------------
DIAGNOSIS_FIRES = [
    ("danger", "We are worried that with Mum's complicated grief and depression Leo (2) could "
               "get into her pills."),
    ("danger", "We are worried that Dad's diagnosed PTSD means Leo (2) could be left alone."),
    ("danger", "The worker is worried that because of Mum's stress and anxiety Ava (3) goes "
               "without meals."),
    ("harm", "On Monday, with Mum's untreated postpartum depression, Ava (3) was left alone all "
             "day."),
    ("danger", "We are worried that Dad's medical depression keeps Leo (2) home from nursery."),
    ("danger", "Grandpa is worried that Dad's grief and alcoholism will leave Leo (2) alone at "
               "night."),
    ("danger", "We are worried that Mrs. Hale's chronic depressive episodes mean Ava (3) could go "
               "hungry."),
    ("danger", "We are worried that Mum's worsened bipolar disorder could leave Ava (3) alone."),
    ("danger", "We are worried that Dad's longstanding anxiety and paranoia will keep Leo (2) "
               "indoors with no one to feed him."),
    ("danger", "We are worried that Mum's prolonged complicated grief means Leo (2) could get "
               "into her tablets."),
]
DIAGNOSIS_PASSES = [
    ("danger", "Mum told us her depression makes mornings hard, and we are worried that Leo (2) "
               "could get into her pills while she is in bed."),
    ("danger", "Dad says his PTSD is why he sleeps in the day; we are worried Leo (2) is alone "
               "then and could get hurt."),
    ("danger", "We are worried that on the days Mum stays in bed Leo (2) could get into her "
               "pills."),
    ("goal", "Mum will go to her depression appointments and an awake adult will watch Leo (2) "
             "every day for six months, seen by Grandma."),
    ("danger", "We are worried that Leo's anxiety and nightmares will go on if Dad keeps "
               "shouting."),
    ("danger", "We are worried that since her brother died Mum stays in bed and Leo (2) could "
               "get into her pills."),
    ("harm", "On Monday Ava (3) swallowed Mum's anxiety tablets from the nightstand while Mum "
             "was asleep."),
    ("danger", "Grandma is worried that when Mum's grief keeps her in bed Leo (2) has no adult "
               "awake."),
    ("danger", "Mum shared that her anxiety and depression are worse in winter; we are worried "
               "Leo (2) could go without meals."),
    ("danger", "We are worried that Ava's sister and cousin could be hurt when Dad drives after "
               "drinking."),
]


@pytest.mark.parametrize(("kind", "text"), DIAGNOSIS_FIRES)
def test_a_parents_diagnosis_in_any_words_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), DIAGNOSIS_PASSES)
def test_her_own_word_her_days_or_a_childs_feelings_are_no_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind), text


# --- her refusal told as when he turns violent -------------------------------------------
REFUSAL_FIRES = [
    ("danger", "We are worried that when Mum won't give Dad the car keys he may shove her "
               "again and Leo (4) could be hurt."),
    ("danger", "The worker is worried that if Mum doesn't hand over her wages, Dad may hit "
               "her again while Leo (4) watches."),
    ("danger", "We are worried that when Mum won't let Dad see her phone, he will grab her "
               "again and Leo (4) will be scared."),
    ("danger", "We are worried that whenever Mum doesn't do what Dad wants, he pushes her and "
               "Leo (4) hides."),
    ("danger", "We are worried that each time Ms. Cole won't sign the papers, Mr. Cole could choke "
               "her again in front of Leo (4)."),
    ("danger", "Police are worried that if Mum doesn't pick up when Dad calls he may hit her "
               "and Leo (4) could be hurt."),
    ("goal", "For six months Dad will walk out to Uncle Joe's when Mum won't lend him money, "
             "and Leo (4) will feel safe."),
    ("danger", "We are worried that when Mum didn't cook what Dad asked for he slapped her, "
               "and it may happen again while Leo (4) is there."),
    ("danger", "We are worried that when Mum won't go out with Dad he may push her again and "
               "Leo (4) could get hurt."),
    ("danger", "We are worried that when Mum doesn't pay the bills on time Dad gets violent "
               "and Leo (4) is scared."),
]
REFUSAL_PASSES = [
    ("danger", "We are worried that when Dad won't give Mum the car keys she cannot leave, "
               "and Leo (4) could be hurt if he shoves her again."),
    ("danger", "We are worried that if Mum doesn't call the police, Dad may hit her again "
               "while Leo (4) watches."),
    ("danger", "We are worried that when Mum isn't home Dad drinks and Leo (4) is alone."),
    ("danger", "We are worried that when Mum doesn't know where Dad is, Leo (4) waits up "
               "scared."),
    ("danger", "We are worried that Dad may push Mum again when he has been drinking, and Leo "
               "(4) could be hurt."),
    ("goal", "For six months Dad will speak calmly to Mum when he doesn't get his way, and "
             "Uncle Joe will see it; Leo (4) will feel safe."),
    ("danger", "We are worried that when Leo (4) won't eat his dinner Dad shouts at Mum and "
               "pushes her."),
    ("danger", "We are worried that Dad won't let Mum see her friends and may hit her again "
               "while Leo (4) watches."),
    ("danger", "We are worried that if Mum doesn't feel safe to leave, Dad may push her again "
               "and Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum can't get away, Dad may hit her again and Leo (4) "
               "could be hurt."),
]


@pytest.mark.parametrize(("kind", "text"), REFUSAL_FIRES)
def test_her_refusal_told_as_when_he_turns_violent_is_a_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), REFUSAL_PASSES)
def test_his_refusal_or_her_being_away_is_no_trigger(kind: str, text: str) -> None:
    # "when Leo won't eat his dinner Tom shouts at Sarah" puts a child's act before his
    # violence: that is child-blamed's question, not a trigger in her.
    assert "dv-partner-trigger" not in _rules(text, kind), text


# --- a use made a condition, a condition as a caregiver's description -----------------------
HABIT_FIRES = [
    ("danger", "The worker and the aunt are worried about Mr. Cole's wine problem; Ava (5) could "
               "be alone at night."),
    ("danger", "We are worried about Dad's vodka habit and that Leo (4) is left alone at night."),
    ("danger", "We are worried that Mr. Cole's drinking problem leaves Ava (5) alone."),
    ("danger", "We are worried that Mum has an alcohol use problem and Leo (4) could be left "
               "alone."),
    ("danger", "We are worried that Mom's painkiller dependency keeps her in bed and Leo (4) "
               "could get into her pills."),
    ("danger", "We are worried that the depressed mother leaves pills out and Leo (2) could "
               "swallow them."),
    ("danger", "We are worried that the alcoholic father falls asleep and Ava (5) could be left "
               "alone."),
    ("harm", "On Friday the neglectful parent left Ava (3) in the car for an hour."),
    ("danger", "We are worried that Mr. Cole is a big drinker and Ava (5) could be left alone."),
    ("danger", "We are worried that Mum is a depressive and Leo (2) could swallow pills."),
]
HABIT_PASSES = [
    ("danger", "We are worried that Mr. Cole's drinking after his shift means Ava (5) is left "
               "alone."),
    ("danger", "Mr. Cole told us he has a drinking problem, and we are worried Ava (5) is left "
               "alone when he drinks."),
    ("danger", "Dad says his beer habit got worse after he lost his job; we are worried Ava (5) "
               "is alone at night."),
    ("danger", "We are worried that the depressed teenager Sam (15) is missing school."),
    ("danger", "We are worried that Dad drinks six beers a night and Ava (5) is alone."),
    ("danger", "The worker is worried that the problem is the pills left on the nightstand where "
               "Leo (2) can reach them."),
    ("danger", "We are worried that Ava (5) could find her father's beer and drink it."),
    ("danger", "We are worried that with the drug problem in the neighbourhood Ava (5) could be "
               "hurt walking home."),
    ("danger", "Mom admitted her pill habit and has started treatment; Leo (2) could still get "
               "into pills."),
    ("danger", "We are worried that Mum's pill bottle was left out and Leo (2) could swallow "
               "some."),
]


@pytest.mark.parametrize(("kind", "text"), HABIT_FIRES)
def test_a_use_made_a_condition_or_a_condition_as_description_is_a_label(kind: str,
                                                                        text: str) -> None:
    assert "label" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), HABIT_PASSES)
def test_the_use_itself_or_her_own_word_is_no_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind), text


# --- a child's own act told as her fault for her own hurt, and more lapse forms -------------
MEDDLE_FIRES = [
    ("harm", "Mia (12) got cut because she interfered on Sunday night."),
    ("harm", "Mia (12) got cut when she stuck her nose in between her parents on Sunday."),
    ("harm", "Mia (12) cut her hand after she got involved in the fight on Sunday."),
    ("harm", "Mia (12) was cut because she didn't stay in her room."),
    ("harm", "On Sunday Mia (12) butted in and was hurt when Dad pushed Mum."),
    ("harm", "On Wednesday Leo (2) swallowed pills; Sam (13) had been careless with them."),
    ("harm", "On Wednesday Leo (2) swallowed pills; Sam (13) dropped the ball."),
    ("harm", "On Wednesday Leo (2) swallowed pills that Sam (13) had left within reach."),
    ("harm", "On Wednesday Sam (13) let Leo (2) play with the pill bottle and Leo swallowed "
             "some."),
    ("harm", "On Wednesday Leo (2) swallowed pills as Sam (13) was too busy gaming to notice."),
    ("harm", "On Wednesday Leo (2) swallowed pills after his big brother Sam (13) stopped "
             "keeping an eye on him."),
]
MEDDLE_PASSES = [
    ("harm", "Mia (12) got cut on Sunday when she stepped in to stop her dad pushing her mum."),
    ("harm", "Mia (12) tried to stop Dad and fell on broken glass; her palm needed four "
             "stitches."),
    ("harm", "Mia (12) told the worker she got involved because she was scared for her mom, and "
             "she was cut."),
    ("goal", "Mia (12) will not have to get involved or be hurt; Dad will leave for his "
             "brother's when he is angry."),
    ("harm", "Sam (13) left for school on Wednesday and Leo (2) swallowed pills while Mum was "
             "in bed."),
    ("goal", "Grandma will make sure Leo (2) is never left alone and Sam (13) can go to school."),
    ("goal", "Sam (13) should never have to keep an eye on Leo (2); an adult will do that for "
             "six months."),
    ("harm", "Sam (13) stopped going to basketball after Leo (2) got hurt."),
    ("harm", "Leo (2) swallowed pills on Wednesday while Mum was too busy on her phone to "
             "notice; Sam (13) was at school."),
    ("harm", "Sam (13) dropped Leo (2) off at Grandma's and went to school."),
    ("goal", "The adults will prevent Leo (2) from getting into pills, and Sam (13) will be at "
             "school."),
]


@pytest.mark.parametrize(("kind", "text"), MEDDLE_FIRES)
def test_a_childs_act_told_as_the_fault_for_a_hurt_is_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), MEDDLE_PASSES)
def test_stepping_in_told_as_it_happened_or_relief_is_not_child_blamed(kind: str,
                                                                       text: str) -> None:
    # Stepping in, or trying to stop him, is what the child did to protect her mother: the
    # writing README's hd-z01 counts it as the harm to her, not as her fault.
    assert "child-blamed" not in _rules(text, kind), text


# --- her act done to him or his things, told as when he turns violent ----------------------
AT_HIM_FIRES = [
    ("danger", "We are worried that if Mum goes through his wallet, Dad may shove her again and "
               "Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum calls him out about money, Dad may shove her again "
               "and Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum gets after Dad about the rent, he may hit her again "
               "while Leo (4) watches."),
    ("danger", "We are worried that whenever Mum checks his phone, Dad grabs her and Leo (4) is "
               "scared."),
    ("danger", "We are worried that when Mum looks into his spending, Dad may push her again and "
               "Leo (4) could be hurt."),
    ("danger", "We are worried that if Mum reads his messages, Dad may slap her again in front "
               "of Leo (4)."),
    ("danger", "We are worried that when Mum corrects him in front of his friends, Dad may "
               "shove her again and Leo (4) could be hurt."),
    ("danger", "We are worried that every time Mum follows up on his debts, Dad gets violent "
               "and Leo (4) hides."),
    ("goal", "For six months Dad will walk out to Uncle Joe's when Mum queries his spending, "
             "and Leo (4) will feel safe."),
    ("danger", "We are worried that once Mum gets on at Dad about drinking, he may hit her "
               "again and Leo (4) could be hurt."),
]
AT_HIM_PASSES = [
    ("danger", "We are worried that when Mum calls his brother for help, Dad may shove her "
               "again and Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum visits her sister, Dad may shove her again when "
               "she gets back, and Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum hides from him, Dad may find her and shove her "
               "again, and Leo (4) could be hurt."),
    ("danger", "We are worried that when Mum sees Leo (4) crying, Dad may shove her again."),
    ("danger", "We are worried that when Dad checks her phone he may shove Mum again and Leo "
               "(4) could be hurt."),
    ("danger", "We are worried that when Mum tries to protect Leo (4) from him, Dad may shove "
               "her again."),
    ("danger", "We are worried that when Mum and Dad talk about money, Dad may push her and Leo "
               "(4) could be hurt."),
    ("danger", "We are worried that when Mum meets Uncle Joe at the shop, Dad may shove her "
               "again and Leo (4) could be hurt."),
    ("goal", "For six months Dad will walk to Uncle Joe's when he feels angry, and Mum will "
             "visit her sister on Sundays; Leo (4) will feel safe."),
    ("danger", "We are worried that when Dad has been drinking he may push Mum, and Leo (4) "
               "could be hurt."),
]


@pytest.mark.parametrize(("kind", "text"), AT_HIM_FIRES)
def test_her_act_done_to_him_before_his_violence_is_a_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), AT_HIM_PASSES)
def test_her_own_errands_or_his_acts_are_no_trigger(kind: str, text: str) -> None:
    # "when Mum and Dad talk about money" is the dv-mutual question (a shared fight), not
    # her act made his trigger.
    assert "dv-partner-trigger" not in _rules(text, kind), text


# --- the partner he hurts made the one who keeps a record of him ---------------------------
TRACKS_FIRES = [
    ("goal", "For six months Dad will speak calmly; Mum will keep a log of his moods for the "
             "worker. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will keep track of Dad's drinking and "
             "tell Uncle Joe. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will be the one to flag any problems "
             "to the worker. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will give feedback at the monthly "
             "meeting on how he has been. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will keep an eye on his temper. Leo (4) "
             "will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will monitor the situation at home. "
             "Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum and Uncle Joe will check in with the "
             "worker on how Dad is doing. Leo (4) will feel safe."),
    ("plan", "Dad will leave the house when he is angry. Mum will write down any incidents and "
             "bring the notes to the worker."),
    ("goal", "For six months Dad will keep his hands to himself; Mum will record his outbursts "
             "in a diary for the review. Leo (4) will feel safe."),
    ("goal", "For six months Dad will talk calmly; Mum will keep the worker posted on his "
             "progress. Leo (4) will feel safe."),
]
TRACKS_PASSES = [
    ("goal", "For six months Dad will speak calmly; Uncle Joe will keep track of how Dad is "
             "doing and tell the worker. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly; Mum will tell the worker how Leo (4) and "
             "Mia (7) are doing at school."),
    ("goal", "For six months Dad will keep a log of his moods and share it with Uncle Joe; Leo "
             "(4) will feel safe."),
    ("goal", "For six months Dad will speak calmly and Uncle Joe will see it; Mum will keep a "
             "diary of her own feelings for her advocate."),
    ("goal", "For six months Dad will speak calmly, and Uncle Joe and Aunt Rose will let the "
             "worker know how he is doing. Leo (4) will feel safe."),
    ("goal", "For six months an adult will be awake with Leo (2) every day; Grandma will let "
             "the worker know how Leo is doing."),
    ("goal", "For six months Dad will speak calmly; Mum will let the worker know how she is "
             "feeling at her own appointments. Leo (4) will feel safe."),
    ("goal", "For six months Dad will speak calmly to Leo (4); Mum will keep track of Leo's "
             "sleep and nightmares for his doctor. Uncle Joe will see Dad's calm."),
    ("goal", "For six months Dad will speak calmly; Uncle Joe will monitor the situation at "
             "home. Leo (4) will feel safe."),
    ("goal", "For six months Mum and Dad will sweep the kitchen daily; Grandma will let the "
             "worker know how the twins are doing."),
]


@pytest.mark.parametrize(("kind", "text"), TRACKS_FIRES)
def test_the_partner_keeping_a_record_of_him_is_his_monitor(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), TRACKS_PASSES)
def test_the_network_or_her_own_record_is_no_monitoring_by_her(kind: str, text: str) -> None:
    # What she tells of herself or the children is hers to tell; the network (Uncle Joe,
    # Aunt Rose, Grandma) watching him is what the DV section asks for.
    assert "dv-survivor-monitors" not in _rules(text, kind), text


# --- a fight told with a reciprocal or a both-sided idiom -----------------------------------
MUTUAL_FIRES = [
    ("harm", "On Sunday night tempers flared between the parents and Dad pushed Mum; Leo (6) "
             "hid."),
    ("harm", "On Sunday night Mum and Dad were at each other over money and he pushed her; Leo "
             "(6) hid."),
    ("harm", "On Sunday night Mum and Dad butted heads over money and he pushed her; Leo (6) "
             "hid."),
    ("harm", "On Sunday night Mum and Dad were having it out about money when he pushed her; "
             "Leo (6) hid."),
    ("danger", "We are worried that when tempers run high at home Dad may push Mum again and "
               "Leo (6) could be hurt."),
]
MUTUAL_PASSES = [
    ("harm", "On Sunday night Leo (6) and Mia (8) were at each other over the TV, and Dad "
             "pushed Mum into the wall."),
    ("harm", "Dad and his brother butted heads about the shop last year; on Sunday night Dad "
             "pushed Mum into the wall and Leo (6) hid."),
    ("harm", "On Sunday night Dad went at Mum, pushing her into the wall; Leo (6) hid."),
    ("goal", "For six months Dad will keep his temper when money is tight and go to Uncle "
             "Joe's; Leo (6) will feel safe."),
    ("harm", "On Sunday night Dad shouted at Mum about money and pushed her into the wall while "
             "Leo (6) watched from the stairs."),
]


@pytest.mark.parametrize(("kind", "text"), MUTUAL_FIRES)
def test_a_reciprocal_or_both_sided_idiom_makes_it_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" in _rules(text, kind), text


@pytest.mark.parametrize(("kind", "text"), MUTUAL_PASSES)
def test_childrens_quarrels_or_his_act_alone_are_not_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" not in _rules(text, kind), text


#: Real-world shapes the readings must leave alone (written for this test after two real-world
#: statements of the spent splits showed them): the children hurt or left alone in the
#: passive, and his own drinking as the time of his acts.
REAL_WORLD_PASSES = [
    ("danger", "child-blamed", "We are worried that if Dad keeps hitting Mum and leaving the "
                               "kids unattended to do it, Leo (6) and baby Mia could be hurt, "
                               "left alone for hours, or grow up afraid."),
    ("danger", "dv-partner-trigger", "We are worried that when Dad has been drinking he shouts "
                                     "at Mum, calls her names and throws things at her, and Leo "
                                     "(6) could be hurt."),
]


@pytest.mark.parametrize(("kind", "rule", "text"), REAL_WORLD_PASSES)
def test_real_world_shapes_stay_quiet(kind: str, rule: str, text: str) -> None:
    assert rule not in _rules(text, kind), text
