"""Harmful practice told in people's own words (issue 21.1 and 21.3): the same practice
written the way learners write it (notes, lists, present tense, second-language
English, the course's people named without ages), and sound answers that must stay
clear. Sentences written for these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess

#: (rule, kind, sentence): the rule must be found.
FIRES = [
    # a private source, where the course's children and adults are named without ages
    ("dv-source-exposed", "danger",
     "We are worried because Bao told his teacher that Minh shoves Thanh when he drinks, and "
     "Bao could get hurt."),
    ("dv-source-exposed", "danger",
     'The school is worried because Bao told his teacher "Dad pushed Mum into the door", and '
     "Bao could be hurt."),
    ("dv-source-exposed", "harm",
     "Last Sunday Minh shoved Thanh into the fridge. Thanh said to me on her own that he has "
     "done it before, and Vy got a cut on her arm."),
    ("dv-source-exposed", "danger",
     "Thanh and the worker are worried that Minh may shove her again after payday, and Bao (6) "
     "could get hurt."),
    ("dv-source-exposed", "harm",
     "On Sunday Minh shoved Thanh into the wall and Vy (12) was cut. Thanh asked us not to tell "
     "Minh that it has happened before."),
    ("dv-source-exposed", "danger",
     "The police, the worker and perhaps Thanh too are worried that Minh may get violent again "
     "after drinking, and the children could be hurt."),
    ("dv-source-exposed", "harm",
     "On Sunday night Minh shoved Thanh (she says for the third time this year) and Vy (12) was "
     "cut on glass."),
    # his drinking, which only she told (round 8; read as sound before)
    ("dv-source-exposed", "danger",
     "Thanh's cousin Phuoc and the worker are worried that Minh may get violent again after "
     "drinking, and the children could be hurt."),
    # one person's violence told as a two-sided fight, in many shapes
    ("dv-mutual", "danger",
     "The school worries that Mum and Dad will keep rowing about the rent and Bao could get "
     "hurt."),
    ("dv-mutual", "harm",
     "Last Friday Minh shoved Thanh against the door in the middle of a quarrel about the car, "
     "and Vy (12) cried."),
    ("dv-mutual", "danger",
     "The worker is worried that Thanh and Minh are going to fight again and Bao (6) could get "
     "hurt."),
    ("dv-mutual", "harm",
     "On Saturday Bao (6) hid in his room during his parents' shouting match, and Minh slapped "
     "Thanh."),
    ("dv-mutual", "goal",
     "Minh will have no more fights with Thanh in front of Vy and Bao for six months."),
    ("dv-mutual", "danger",
     "worried: police + worker. mum + dad yell at each other when dad drinks, kids could get "
     "hurt"),
    ("dv-mutual", "danger",
     "We worry that the couple could have words again after payday and Vy could get hurt "
     "trying to stop it."),
    # a child given the cause of another child's harm, or the adult's job
    ("child-blamed", "harm",
     "On Thursday Bao ate the tablets on the counter because Vy left the kitchen to take a phone "
     "call."),
    ("child-blamed", "danger",
     "We worry Tommy could get into the medicine again since Kai keeps forgetting to lock the "
     "cabinet."),
    ("child-blamed", "harm",
     "Tommy (3) swallowed pills last Tuesday; Kai (13) failed to keep an eye on him."),
    ("child-blamed", "harm",
     "Last Tuesday Tommy swallowed pills while Kai was in charge of him, and he spent the night "
     "in hospital."),
    ("child-blamed", "harm", "On Tuesday Kai (13) left the tablets out and Tommy (2) ate some."),
    ("child-blamed", "harm",
     "Tommy (2) took pills on Tuesday because his brother Kai (13) didn't watch him."),
    ("child-blamed", "danger",
     "The worker is worried that Vy (12) keeps getting involved when Minh shoves Thanh, and Bao "
     "(6) could get hurt too."),
    ("child-blamed", "danger", "We are worried that Bao's tantrums set Minh off and he may hit "
     "Thanh again."),
    ("child-blamed", "harm",
     "Vy (12) got cut on Sunday because she got in the way when Minh shoved Thanh."),
    ("child-blamed", "harm",
     "Vy (12) got hurt on Sunday when she chose to get in the middle while Minh shoved Thanh."),
    ("child-blamed", "danger",
     "The worker is worried that Kai (13) isn't watching Tommy (2) closely enough and Tommy "
     "could swallow tablets again."),
    ("dv-mutual", "harm",
     "Sunday night things got heated between Minh and Thanh and he shoved her; Vy (12) was cut."),
    ("dv-mutual", "danger",
     "The worker worries the parents will keep going at each other about the bills and Vy (12) "
     "could get hurt."),
    ("dv-mutual", "goal", "Minh and Thanh will go to couples counselling so the kids feel safe."),
    ("dv-survivor-monitors", "plan",
     "If Minh comes home drunk, Thanh will text Phuoc and the worker straight away."),
    ("dv-partner-trigger", "danger",
     "We worry that when Thanh upsets Minh about the bills he could shove her again and the kids "
     "could get hurt."),
    ("label", "danger",
     "The worker is worried about Mr. Price's drinking problem and Lily (5) could get hurt."),
    ("label", "danger", "Due to neglect, the children are at risk of harm."),
    ("label", "danger", "The worker is worried that Mr. Price abuses alcohol and Lily (5) could "
     "get hurt."),
    ("label", "danger", "The school is worried that Dad is a heavy drinker and Ben (4) could get "
     "hurt."),
    ("label", "danger", "The agency is worried about caretaker incapacity and Lily (5) could get "
     "hurt."),
    ("label", "danger",
     "The worker and Nan are worried Ben (4) is at risk due to parental alcohol misuse."),
    # notes and second-language English: no "will", no "that", no "was"
    ("dv-survivor-monitors", "goal",
     "In six month, Thanh call the worker when Minh drink, and Phuoc see every week."),
    ("dv-survivor-monitors", "goal", "- Thanh: text SW if Minh drinks\n- 6 months"),
    ("dv-survivor-monitors", "goal",
     "Thanh keeps an eye on Minh's drinking and lets the worker know, for six months."),
    ("dv-mutual", "goal", "Minh and Thanh talk calm about money for six month and Ba Lan see it."),
    ("dv-mutual", "danger",
     "worker + police worried parents fight again when dad drink, vy get hurt"),
    ("services-as-plan", "goal", "Minh go to anger class every week for 6 month."),
    ("label", "danger", "- worried: worker, aunt\n- dad alcoholic\n- Lily 5 unsupervised"),
    ("child-blamed", "harm",
     "wed - kai (13) supposed to watch tommy, went in shower, tommy got pills"),
    # a label or diagnosis as the doer of what happened, or as the note on a person
    ("label", "harm", "Mum's bipolar led to Leo (5) missing a week of school in March."),
    ("label", "danger",
     "We are worried that the father's alcohol abuse could lead to Mia (4) being hurt."),
    ("label", "danger", "- Worried: worker, Nan\n- Mum: depression\n- Leo (5) could go hungry"),
    ("label", "harm", "Due to the mother's substance misuse, Ava (2) was found alone on Friday."),
    ("label", "danger",
     "The school is worried because of Dad's anger issues and Mia (7) could get hurt."),
    ("label", "danger", "The worker is worried that Mr. Price is a drunk and Lily (5) could get "
     "hurt."),
    ("label", "harm", "Renee is mentally unwell and on Tuesday Tommy (2) swallowed her tablets."),
    ("label", "danger", "Aunt and worker worried about dad's alcoholism, Lily (5) could get hurt."),
    ("dv-source-exposed", "harm",
     "Per Thanh, Minh shoved her into the fridge on Sunday and Vy (12) cut her hand."),
    ("services-as-plan", "goal",
     "Renee will see a grief counsellor weekly and follow her doctor's advice for six months."),
    ("services-as-plan", "goal",
     "The Harpers will work with a home health nurse and join a hoarding support group."),
    ("services-as-plan", "goal",
     "Mr. Ali will engage in services and demonstrate protective capacity by arranging care."),
    # the partner told as what sets him off
    ("dv-partner-trigger", "danger",
     "- Worried: police, worker\n- When: Thanh asks about the rent money\n- Minh could shove "
     "her again"),
    ("dv-partner-trigger", "harm",
     "On Friday, when Thanh question him about the phone bill, Minh slap her and Vy (12) cried."),
    ("dv-partner-trigger", "danger",
     "The worker worries that Thanh makes Minh mad about money and he may hit her again, and "
     "Bao (6) could get hurt."),
    # a goal made of services, told in other words
    ("services-as-plan", "goal",
     "Mr. and Mrs. Okafor will sign up for a cooking class and the worker will visit monthly."),
    ("services-as-plan", "goal",
     "Mum will go to counselling every week and take her medication as the GP says."),
    ("services-as-plan", "goal", "Dad will attend a parent education group and test clean for "
     "90 days."),
    # the partner made the one who reports on him, anywhere in the promise
    ("dv-survivor-monitors", "goal",
     "For six months Thanh will look after the kids and ring the caseworker whenever Minh has "
     "been drinking."),
    ("dv-survivor-monitors", "plan",
     "- Mum to text the social worker if Dad drinks\n- Nan has the kids on Fridays"),
    ("dv-survivor-monitors", "goal",
     "Minh will stay calm at home, and Thanh needs to let the worker know if it happens again."),
    ("dv-survivor-monitors", "goal",
     "Thanh will watch for signs that Minh is drinking and ring her cousin, for six months."),
    ("dv-survivor-monitors", "goal",
     "Thanh will make sure Minh doesn't drink around the kids for the next six months."),
    ("dv-survivor-monitors", "plan",
     "Mum will keep a log of Dad's drinking and show it to the worker every Monday."),
    ("dv-survivor-monitors", "goal", "Thanh will keep Minh calm when bills come for six months."),
    # the partner his promise is about, made the one who verifies it
    ("dv-survivor-monitors", "goal",
     "Minh will keep his hands off Thanh and stay sober for six months, as confirmed by Thanh."),
    ("dv-survivor-monitors", "goal",
     "Dad will talk calmly to Mum for six months, as seen by Mum."),
    # the couple's fight in more words
    ("dv-mutual", "harm",
     "Sunday evening there was a heated exchange between Minh and Thanh, he shoved her into the "
     "fridge and Vy (12) was cut."),
    ("dv-mutual", "harm",
     "Sunday night Minh and Thanh got into it over the bills, he shoved her and Bao (6) hid."),
    ("dv-mutual", "danger",
     "We are worried about the toxic relationship between Minh and Thanh and that Bao (6) could "
     "get hurt."),
    ("dv-mutual", "goal",
     "Both parents will communicate calmly and stop shouting in front of the kids for six months, "
     "as Ba Lan will see."),
    # a diagnosis told as what keeps her in bed (heldout6's expert reads it as a label)
    ("label", "danger",
     "We are worried that on days Mum's depression keeps her in bed, Leo (5) could go without "
     "breakfast."),
]

#: (rule, kind, sentence): the rule must not be found.
PASSES = [
    # his own words are his to record
    ("dv-source-exposed", "danger",
     "- Worried: the worker, the police\n- Minh may shove Thanh again\n- Minh says it only "
     "happened once"),
    ("dv-source-exposed", "danger",
     "The police are worried that Minh could shove Thanh again, and Bao could get hurt; Bao's "
     "teacher says he is quiet in class."),
    ("dv-source-exposed", "danger",
     "The worker, the police and Nana Lan are worried that Minh may shove Thanh again, and Bao "
     "(6) could get hurt."),
    ("dv-source-exposed", "danger",
     "The worker and Nana Lan are worried that when Minh is yelling at Thanh about money he may "
     "hit her again, and Bao (6) could get hurt. Minh says it was a one-off."),
    ("dv-source-exposed", "danger",
     "The police and Thanh's brother Phuoc are worried that Minh may hit her again, and Bao (6) "
     "could get hurt."),
    # jargon (told as jargon in the checklist) is not by itself a harmful label
    ("label", "goal", "Ms. Ali will demonstrate protective capacity by meeting Noor at the school "
     "gate every day for three months."),
    # the situation he is in is not her setting him off
    ("dv-partner-trigger", "danger",
     "The worker is worried that Minh may shove Thanh again when he is stressed about money, "
     "and Vy could be hurt."),
    ("dv-partner-trigger", "danger",
     "We are worried that when Minh is upset about work he could hit Thanh again and Bao "
     "could get hurt."),
    # children's quarrels, and his violence told as his
    ("dv-mutual", "harm",
     "On Monday Bao (6) fought with his sister over the tablet and got a scratch."),
    ("dv-mutual", "harm", "Last week Kai (13) and Tommy (3) argued about the TV and Tommy cried."),
    ("dv-mutual", "danger",
     "We are worried that Minh may push Thanh again and that Vy (12) could get hurt if she "
     "steps in."),
    ("dv-mutual", "goal",
     "Minh will walk away and ring his brother when he feels like shouting, for six months, and "
     "Uncle Phuoc will see it."),
    # a child's own story, feelings or what a child saw are not a cause given to the child
    ("child-blamed", "harm",
     "On Wednesday Kai (13) missed school because Kai stayed home to look after Tommy (3), who "
     "had swallowed pills."),
    ("child-blamed", "harm",
     "Bao (6) wet the bed on Monday night because he was scared after Minh shoved Thanh."),
    ("child-blamed", "harm", "Vy (12) has had nightmares since Sunday because Vy saw Minh push "
     "her mum."),
    ("child-blamed", "danger",
     "We are worried Lily (5) could wander outside because Mr. Price falls asleep after his "
     "beers."),
    ("label", "harm",
     "On Friday Dad drank a bottle of rum and fell asleep, and Ava (2) was found alone in the "
     "yard."),
    ("label", "danger",
     "Marie and the worker are worried about the grief that keeps Renee in bed, and Tommy (2) "
     "could swallow tablets again."),
    ("dv-partner-trigger", "plan",
     "If Thanh asks him to leave, Minh will go to his brother's flat for the night."),
    ("dv-partner-trigger", "danger",
     "The worker worries that when Minh drinks after a bad day at work he may hit Thanh again, "
     "and Bao (6) could get hurt."),
    ("child-blamed", "harm",
     "On Sunday, when Thanh talked about money, Minh made her cry and shoved her, and Vy (12) "
     "hid."),
    ("child-blamed", "harm",
     "On Tuesday Renee forgot to lock away her tablets while she was in bed, and Tommy (2) "
     "swallowed some."),
    ("child-blamed", "harm",
     "On Tuesday Kai (13) found Tommy (2) with the tablets, called his grandmother and stayed "
     "with him at urgent care."),
    ("child-blamed", "danger",
     "We are worried that Bao (6) keeps getting sick at school because he is scared at night."),
    ("child-blamed", "harm",
     "Kai (13) has missed 14 days of school because he stayed home to look after Tommy (2)."),
    ("child-blamed", "plan",
     "Jen will not sleep in the same bed as baby Ollie after she has had a drink."),
    ("dv-survivor-monitors", "plan",
     "When Minh drinks, Phuoc calls the worker and Ba Lan takes the kids to her room."),
    ("label", "danger",
     "The worker is worried the house is a mess and the twins (2) could cut themselves on glass."),
    ("child-blamed", "harm",
     "On Saturday Kai (13) left the house on the early bus and Tommy (2) stayed with Marie."),
    ("dv-mutual", "goal",
     "Minh talks calmly to Thanh and the kids every day for six months, and Phuoc sees it."),
    ("child-blamed", "harm",
     "On Sunday Vy (12) stepped between her parents to stop Minh shoving Thanh and was cut on "
     "broken glass."),
    ("dv-partner-trigger", "danger",
     "The worker is worried that if Minh has been drinking when Thanh gets home late he may push "
     "her again, and Bao (6) could get hurt."),
    ("services-as-plan", "goal",
     "Renee will see Marie every morning and keep her tablets in the lockbox for six months, and "
     "Lorraine will check."),
    # medicines kept out of reach are care, not a service; a service beside a behaviour
    ("services-as-plan", "goal",
     "Every day for six months an awake adult will keep Tommy's meds locked up and watch him, "
     "and Marie will see it."),
    ("services-as-plan", "goal",
     "Mum will go to counselling on Tuesdays and cook dinner with the kids every evening, and "
     "Nan will see it for six months."),
    # the network reports; her own appointments are hers
    ("dv-survivor-monitors", "plan",
     "Uncle Phuoc will ring the caseworker whenever Minh has been drinking."),
    ("dv-survivor-monitors", "goal",
     "Phuoc and Ba Lan will tell the worker if they notice any changes, for six months."),
    ("dv-survivor-monitors", "plan",
     "Thanh will call the worker on Monday to set up a meeting with her own advocate."),
    ("dv-survivor-monitors", "plan",
     "Uncle Phuoc will check on Minh every Friday and call the worker if he has been drinking."),
    ("dv-survivor-monitors", "plan",
     "Ba Lan will keep an eye on Minh at weekends and ring the worker if he drinks."),
    ("dv-survivor-monitors", "goal",
     "For six months Minh will keep a diary of his drinking and show it to Phuoc every Sunday."),
    ("dv-survivor-monitors", "goal",
     "For the next six months Minh will keep his voice low and talk calmly to Thanh, and Phuoc "
     "will see it."),
    ("dv-survivor-monitors", "goal",
     "For six months Minh will speak gently to Thanh and the kids, and Phuoc and Ba Lan will see "
     "it every week."),
    # names the cast does not know: no gender, no partner read into them
    ("dv-survivor-monitors", "plan",
     "Tonight Jade's cousin Nia will stay over; Nia will text Jade and the worker when she "
     "arrives."),
    ("dv-survivor-monitors", "goal",
     "Ms. Rowe will make sure Ella is never alone with her partner, and will listen when Ella "
     "talks about what happened."),
]


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


@pytest.mark.parametrize(("rule", "kind", "text"), FIRES)
def test_harmful_practice_in_own_words_is_found(rule: str, kind: str, text: str) -> None:
    assert rule in _rules(text, kind)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("rule", "kind", "text"), PASSES)
def test_sound_words_raise_no_finding(rule: str, kind: str, text: str) -> None:
    assert rule not in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), [
    ("harm", "I would ask Mum what happened on Friday night and who was home with Leo."),
    ("danger", "I'll talk to the aunt first and find out how often Mr. Price drinks."),
    ("harm", "First I would interview Kai at school about Wednesday."),
    ("harm", "I would call the school and find out how many days Kai missed."),
    ("goal", "I am going to look into who could meet Sara at the bus stop."),
])
def test_a_note_about_the_workers_next_step_is_not_a_statement(kind: str, text: str) -> None:
    result = analyse(text, expected_kind=kind)
    assert result.wrong_kind and "next" in result.wrong_kind_reason
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), [
    ("danger", "I'd write that Nan and the worker are worried that when Mum drinks at night Leo "
               "(5) could be left alone and get hurt."),
    ("question", "I'd ask: who else besides your sister could you call on a hard morning?"),
])
def test_a_statement_framed_by_the_writer_is_still_read(kind: str, text: str) -> None:
    assert not analyse(text, expected_kind=kind).wrong_kind


def test_the_agency_checking_is_not_a_note_about_the_writers_next_step() -> None:
    text = ("We will visit every week for six months and see Dad put Leo (4) to bed sober, so Leo "
            "sleeps safely.")
    assert "next" not in analyse(text, expected_kind="goal").wrong_kind_reason


def test_harmful_practice_with_nothing_sound_beside_it_earns_nothing() -> None:
    # the expert's 0: harmful practice and at most one part of what was asked
    assert assess("Mum and Dad need to stop fighting.", "danger").score == 0.0
    # the expert's 0.25: harmful practice beside parts that are sound
    sound = ("The worker is worried that when Mum and Dad argue about money on paydays, he "
             "may shove her again and Bao (6) could get hurt if nothing changes.")
    assert assess(sound, "danger").score == 0.25
