"""Harmful practice read as a general reading, not a phrase (issue 21.3, round 4): each
rule in many tenses, modals, note forms, second-language English, British spelling and
the passive, and as many sound sentences that must stay clear. Sentences written for
these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import analyse

#: child-blamed: a child (by name, age or child word) given an adult's duty of care.
CHILD_DUTY_FIRES = [
    ("harm", "kai needs to watch his bro better, tommy got into moms pills wed"),
    ("harm", "On Wednesday Tommy (2) swallowed pills. Kai (13) should have been watching him "
             "more closely."),
    ("danger", "We worry Kai must keep a closer eye on his little brother or Tommy could take "
               "pills again."),
    ("harm", "The 13yo didn't supervise his brother properly and Tommy swallowed pills."),
    ("harm", "Kai did not keep Tommy away from the pills on Wednesday and Tommy went to "
             "urgent care."),
    ("danger", "Kai has to be more careful with Tommy, otherwise Tommy may swallow pills again."),
    ("harm", "Older brother Kai let Tommy get into the pills while Renee slept."),
    ("harm", "kai (13) let tommy take the tablets tues bc he was on his phone"),
    ("harm", "The 13-year-old failed to keep his brother safe and Tommy (2) ate the pills."),
    ("plan", "Kai will keep the pill bottle up high and watch Tommy until Renee feels better."),
    ("danger", "Kai is skipping school and not minding Tommy carefully enough, and Tommy could "
               "swallow pills again."),
    ("harm", "Kai (13) was supposed to look after Tommy and Tommy took the medicine."),
    ("goal", "Kai is to check on Tommy every hour so Tommy does not find the pills."),
    ("danger", "Worried that Kai wont look after his brother proper and Tommy take pills again."),
    ("harm", "Kai no watch Tommy good and Tommy eat the pills on Wednesday."),
    ("harm", "Kai he need watch Tommy more careful, Tommy took pills Wednesday."),
    ("harm", "The big brother Kai should of watched him, Tommy swallowed pills on Wednesday."),
    ("harm", "Kai's job is to watch Tommy and he was in the shower when Tommy took the pills."),
    ("harm", "It is Kai's responsibility to look after Tommy while mum sleeps, and Tommy took "
             "pills."),
    ("harm", "Kai suppose to look after Tommy but was in shower, Tommy took pills wed."),
]
#: Sound: the adult's duty, the child cared for (passive), or the child relieved of it.
CHILD_DUTY_PASSES = [
    ("harm", "Renee left Kai (13) to watch Tommy while she slept, and Tommy swallowed her pills."),
    ("harm", "Renee asked Kai to look after Tommy and Tommy swallowed her pills."),
    ("goal", "Kai should not have to watch Tommy; Renee and Marie will."),
    ("goal", "Kai will no longer be expected to look after Tommy."),
    ("plan", "Renee will watch Tommy herself instead of leaving Kai in charge."),
    ("plan", "Renee will keep the pills locked up and watch Tommy while Kai is at school."),
    ("plan", "Marie will check on Tommy every morning and Kai will go to school."),
    ("danger", "We are worried that on bad days Tommy may not be supervised and could swallow "
               "pills again."),
    ("harm", "Renee stays in bed and Kai skips school, and Tommy is not watched."),
    ("harm", "Tommy wasn't being watched by anyone and got into the pills."),
    ("danger", "- worried: school, aunt\n- mum drinks every night\n- Mia (4) not supervised"),
    ("harm", "Renee sleeps all day and didn't watch Tommy (2), who swallowed her pills on "
             "Wednesday."),
    ("plan", "Her brother Sam will check on the kids every evening for three months."),
    ("goal", "Kai will tell Marie if Renee stays in bed, and Marie will come over."),
    ("danger", "We are worried that Kai (13) will have to look after Tommy again and miss more "
               "school."),
    ("plan", "Kai won't need to watch Tommy; Lorraine will take him two days a week."),
    ("plan", "Kai will not be watching Tommy any more, Marie will."),
    ("plan", "Kai no longer has to watch Tommy, Marie will."),
    ("harm", "Renee's job is to watch Tommy, and on Wednesday she was asleep when Tommy took her "
             "pills."),
]


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


@pytest.mark.parametrize(("kind", "text"), CHILD_DUTY_FIRES)
def test_a_child_given_the_adults_duty_is_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_DUTY_PASSES)
def test_the_adults_duty_or_a_child_cared_for_is_not_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: dv-mutual: violence or its setting told as something two adults have, share or do.
MUTUAL_FIRES = [
    ("danger", "Worker is worried that when the couple have misunderstanding about the rent it "
               "can get physical again and Bao could be hurt."),
    ("danger", "We are worried that when Minh and Thanh disagree about money it may turn "
               "violent and Vy could be hurt."),
    ("danger", "The worker is worried that the next dispute over the bills between Minh and "
               "Thanh could end with Bao hurt."),
    ("danger", "The school worries that conflict in the home will flare up again and Vy could "
               "be hurt."),
    ("danger", "We are worried that when money is short, things between Minh and Thanh will get "
               "heated and Vy could get hurt."),
    ("danger", "worried if mum n dad have a falling out about money again bao could get hurt"),
    ("harm", "On Sunday Minh and Thanh had a big misunderstanding over the rent, it became "
             "physical and Vy (12) was cut."),
    ("danger", "We are worried Thanh disagrees with Minh about money and he could push her again, "
               "and Vy could be hurt."),
    ("harm", "Sunday night: tension within the marriage turned physical, Vy (12) cut her hand."),
    ("danger", "We are worried the parents fell out over money again and it may get violent, "
               "Bao (6) could be hurt."),
    ("danger", "The police worry that Minh and Thanh will get into another row about the rent "
               "and Vy could get hurt."),
    ("harm", "On Sunday there was a fight between Minh and Thanh and Vy (12) was cut."),
]
#: Sound: one adult's act, a quarrel with no hurt told, or children's own fights.
MUTUAL_PASSES = [
    ("danger", "We are worried that Minh may push Thanh again when he has been drinking and Vy "
               "(12) could be cut trying to stop him."),
    ("goal", "Minh and Thanh disagree about whether Vy should see the counsellor, and the "
             "worker will talk with both."),
    ("danger", "The school is worried that Bao (6) has fights with other boys at school."),
    ("harm", "On Sunday Minh shoved Thanh into the wall because she asked about the rent, and "
             "Vy (12) was cut on glass."),
    ("danger", "The worker is worried that Minh may hit Thanh again after payday and Bao (6) "
               "could be hurt."),
    ("harm", "Last Sunday Minh pushed Thanh and Vy (12) got cut when she stepped in."),
    ("danger", "Worried that Minh will grab Thanh again and Vy could be hurt; Thanh and Ba Lan "
               "had a long talk with the worker."),
    ("plan", "Minh will stay at Phuoc's on nights he drinks, and Thanh will keep the children "
             "at Ba Lan's, for six months."),
    ("danger", "We are worried that Thanh's sister and the worker disagree about where the "
               "children sleep."),
    ("harm", "On Sunday Minh slapped Thanh twice in the kitchen while Bao (6) watched."),
    ("harm", "On Sunday Minh pushed Thanh into the wall and Vy (12) was cut; Thanh and her mother "
             "disagree with the police report."),
    ("harm", "On Sunday Minh pushed Thanh into the wall and Vy (12) was cut; since then there has "
             "been tension between Vy and her father."),
]


@pytest.mark.parametrize(("kind", "text"), MUTUAL_FIRES)
def test_violence_told_as_something_two_adults_have_is_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), MUTUAL_PASSES)
def test_one_adults_violence_is_not_mutual(kind: str, text: str) -> None:
    assert "dv-mutual" not in _rules(text, kind)


#: dv-partner-trigger: the survivor's act told as what leads to his violence or anger.
TRIGGER_FIRES = [
    ("goal", "Minh will learn to manage his anger when Thanh brings up the bills, by taking a "
             "time-out at Phuoc's, for six months."),
    ("danger", "We are worried that Minh may push Thanh again after she asks him about money, "
               "and Bao could be hurt."),
    ("danger", "We are worried that if Thanh questions his drinking Minh could hit her again and "
               "Vy could get hurt."),
    ("danger", "We are worried that Thanh knows what sets him off and still argues back, and Vy "
               "could be hurt."),
    ("danger", "We are worried Minh could lose it again once Thanh starts on about the bills, "
               "and Vy could get hurt."),
    ("danger", "The worker worries that Thanh's comments about money will set Minh off again and "
               "Bao could be hurt."),
    ("danger", "We are worried that Minh gets violent if Thanh doesn't have dinner ready, and Vy "
               "could be hurt."),
    ("danger", "when thanh nags him he drinks and pushes her, kids could get hurt"),
    ("harm", "Sunday: Minh shoved Thanh into wall after she criticised his drinking, Vy (12) "
             "cut hand."),
    ("danger", "Worry is Dad will hit Mum again every time she complains about the rent and the "
               "kids could be hurt."),
    ("danger", "We are worried that Minh will snap if Thanh refuses to give him money, and Bao "
               "could get hurt."),
    ("plan", "Thanh will avoid bringing up money when Minh has been drinking, so the children "
             "stay safe."),
    ("plan", "Thanh will try not to upset him on paydays and the children will stay at Ba Lan's."),
    ("plan", "mum to stop nagging dad about the bills, kids sleep at nana's"),
]
#: Sound: his own drinking as the time, her leaving or calling for help, a child's act.
TRIGGER_PASSES = [
    ("danger", "We are worried that Minh may push Thanh again after he drinks, and Bao could be "
               "hurt."),
    ("danger", "We are worried that Minh will shove Thanh again when he is drunk and Vy could be "
               "hurt."),
    ("danger", "We are worried that when Thanh tries to leave, Minh may hurt her and Vy could be "
               "hurt."),
    ("danger", "We are worried that when Minh drinks he hits Thanh, and Vy could be hurt."),
    ("danger", "We are worried that Minh may hurt Thanh again if she calls the police, and Bao "
               "could be hurt."),
    ("harm", "On Sunday Minh pushed Thanh into the wall. Vy (12) was hurt when she got in the "
             "middle and cut her hand."),
    ("danger", "The worker is worried that Minh may push Thanh again and Vy could be hurt again "
               "if she steps in."),
    ("danger", "The worker is worried that Minh may push Thanh again on paydays when he comes "
               "home drunk, and Bao could be hurt."),
    ("plan", "When Thanh asks for help, Ba Lan will take the children to her room and call "
             "911."),
    ("goal", "When Minh has been drinking he will sleep at Phuoc's, so Thanh and the children "
             "are safe, for six months."),
    ("plan", "Thanh will stop buying things for Minh's family for six months."),
    ("goal", "Minh will not question Thanh about money and will not raise his voice, for six "
             "months."),
    ("plan", "Renee will not upset Kai by asking him to babysit, and Marie will watch Tommy."),
]


@pytest.mark.parametrize(("kind", "text"), TRIGGER_FIRES)
def test_her_act_told_as_what_sets_him_off_is_a_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), TRIGGER_PASSES)
def test_his_own_acts_or_her_leaving_are_not_a_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in _rules(text, kind)


#: label: a diagnosis or judgement as the doer of the harm, in any register or note form.
LABEL_FIRES = [
    ("danger", "The Department is concerned that the father's alcohol abuse after work results "
               "in the minor being left without adequate supervision."),
    ("danger", "The agency is concerned that the mother's untreated depression renders her "
               "unable to provide adequate care, and the minors are at risk."),
    ("danger", "We are worried that Dad's alcoholism will lead to Lily being alone at night and "
               "she could get hurt."),
    ("danger", "We worry that mum's mental health issues mean Tommy could take pills again."),
    ("danger", "We are worried that the father's drinking problem means Lily could be alone at "
               "night."),
    ("danger", "We are worried that Renee's depression since the funeral could result in Tommy "
               "swallowing pills again."),
    ("harm", "Tommy (2) swallowed pills on Wednesday: mother's depression in the last months "
             "led to this."),
    ("danger", "The worker is worried Mr. Price's addiction at weekends renders him unable to "
               "watch Lily (7)."),
    ("danger", "We are worried because Dad is a drunk and Lily (7) could be left alone again."),
    ("danger", "We are worried that Renee is depressed and Tommy (2) could swallow pills again."),
    ("danger", "We are worried that Renee suffers from depression and Tommy (2) could swallow "
               "pills again."),
    ("danger", "Worried: Renee - severe depression; Tommy (2) could take pills again."),
    ("danger", "We are worried that the mom's neglectful behaviour will lead to Tommy swallowing "
               "pills."),
    ("danger", "We are worried that Renee is struggling with depression and may stay in bed, and "
               "Tommy could find her pills."),
    # a diagnosis named as hers and told as what keeps her in bed (heldout6's expert: "Renee's
    # depression keeps her in bed" puts a diagnosis where her days in bed belong)
    ("danger", "We are worried that Mum's depression leaves her in bed all day and Leo (5) could "
               "go hungry."),
]
#: Sound: what the adult does, even where a word such as "depression" is in it.
LABEL_PASSES = [
    ("danger", "We are worried that Dad may drink after work and leave Lily (7) alone at night, "
               "and she could get hurt."),
    ("danger", "We are worried that Renee may stay in bed all day after her son's death and "
               "Tommy (2) could get into her pills again."),
    ("danger", "We are worried that Dad's drinking makes him fall asleep and Lily (7) could be "
               "alone at night."),
    ("danger", "We are worried that Renee's grief leaves her in bed and Tommy could get into "
               "pills again."),
    ("harm", "On Wednesday Renee was asleep after taking her pills and Tommy (2) swallowed some "
             "from the nightstand."),
    ("goal", "Ms. Rahimi will make sure an adult meets Sara at the bus stop every school day for "
             "three months, and the aunt will check."),
    ("danger", "The worker is worried that after work Mr. Price drinks until he falls asleep, "
               "and Lily (7) could be alone at night."),
    ("plan", "Marie will stay with Renee after the funeral and keep the pills in a locked box for "
             "a month."),
    ("danger", "We are worried that on bad days Renee stays in bed and Tommy (2) could find her "
               "pills again."),
    ("danger", "We are worried that Renee is struggling after her son's death and may stay in "
               "bed, and Tommy could find her pills."),
]


@pytest.mark.parametrize(("kind", "text"), LABEL_FIRES)
def test_a_label_as_the_doer_of_the_harm_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), LABEL_PASSES)
def test_what_the_adult_does_is_not_a_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)


#: child-blamed: a child's act told as what led to the adult's violence.
CHILD_CAUSE_FIRES = [
    ("harm", "On Monday Chidi (7) tore his reading worksheet so his dad slapped him."),
    ("harm", "After Chidi ripped his homework on Monday, his father grabbed his arm and slapped "
             "him."),
    ("harm", "On Monday Chidi (7) wouldn't do his reading so Emeka grabbed his arm and slapped "
             "him."),
    ("harm", "On Monday Emeka grabbed Chidi's (7) arm and slapped him when Chidi would not "
             "finish his homework."),
    ("harm", "Vy (12) stepped in to stop her father, so he pushed her and she fell on the glass."),
    ("danger", "We are worried that if Chidi talks back again his dad may slap him, and Chidi "
               "(7) could be bruised."),
]
CHILD_CAUSE_PASSES = [
    ("harm", "On Monday Emeka slapped Chidi (7) when he got home from work, leaving a bruise."),
    ("harm", "On Monday Chidi (7) was doing his reading and his father grabbed his arm and "
             "slapped him."),
    ("harm", "When Chidi told his teacher on Tuesday, she saw the bruise his dad left on Monday "
             "when he slapped him."),
    ("harm", "After Emeka slapped Chidi (7) on Monday, Chidi cried and told his teacher."),
    ("harm", "On Sunday Minh pushed Thanh into the wall; Vy (12) got in the middle to stop him "
             "and was cut on glass."),
    ("danger", "We are worried that when Chidi (7) brings home reading homework his dad may "
               "grab and slap him again."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_CAUSE_FIRES)
def test_a_childs_act_told_as_the_cause_is_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_CAUSE_PASSES)
def test_when_it_happened_is_not_child_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)
