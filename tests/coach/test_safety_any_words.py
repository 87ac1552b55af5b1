"""The child blamed, a private source exposed and the survivor made his monitor, each read
as a general reading (issue 21.1, round 5): the same practice in tenses, modals, note
form, the passive, reported speech, British spelling and second-language English, and
sound sentences beside them that must stay clear (a child's own safety step, her own
safety plan, a neutral source, the network reporting, his drinking as the situation).
Sentences written for these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import assess

CHILD_BLAMED = [
    ("harm", "Tommy (2) took Renee's tablets on Wednesday; Kai should have been watching Tommy "
             "instead of taking a shower."),
    ("danger", "Kai (13) should be watching Tommy rather than playing games, or Tommy could take "
               "pills again."),
    ("goal", "Kai will help Renee by watching Tommy after school, for three months."),
    ("goal", "Kai and Aunt Lorraine will take turns minding Tommy after school."),
    ("goal", "Kai will give Tommy his breakfast and keep him away from the pills."),
    ("danger", "You could say to Kai that he has to keep an eye on Tommy, or Tommy could take "
               "pills again."),
    ("danger", "Concern is held that Kai (13) is not adequately supervising Tommy and he may "
               "ingest medication again."),
    ("harm", "tommy got into moms pills wed, kai supposed to b watching him"),
    ("harm", "kai (13) shoulda been watching tommy wed when he took the pills"),
    ("danger", "vy (12) needs to stay outta it or she gets hurt again when dad pushes mom"),
    ("harm", "The minor Kai (13) failed to adequately supervise his sibling, who ingested "
             "medication on Wednesday."),
    ("harm", "Tommy got his mum's tablets on Wednesday as Kai (13) was busy on his phone instead "
             "of minding him."),
    ("harm", "Tommy was not watched by Kai (13) on Wednesday and swallowed his mum's pills."),
    ("harm", "Tommy got into the pills on Wednesday. Kai is a good boy but he need to step up "
             "more."),
    ("harm", "Wednesday Tommy swallow mom pills. Kai, he is big brother, he need step up more "
             "when mom sleep."),
    ("danger", "Kai (13) is trying, but honestly he needs to step up more or Tommy could get "
               "hurt again."),
    ("danger", "Vy, bless her, needs to stay out of it or she'll get hurt again when Minh pushes "
               "Thanh."),
    ("danger", "Vy should let the adults sort it out and not get in the middle, or she could be "
               "cut again."),
    ("harm", "Tommy swallowed pills on Wed while his brother was meant to be minding him."),
    ("danger", "We are worried Tommy may take pills again; Kai (13) has to step up while mum "
               "is sick."),
    ("danger", "Vy (12) needs to stay out of it when her dad gets angry, or she could get hurt "
               "again."),
    ("harm", "Kai should have been more careful with Tommy on Wednesday."),
    ("harm", "Kai should've been keeping watch on Tommy."),
    ("danger", "Kai is old enough to know better and must look out for Tommy."),
    ("harm", "Tommy took the pills on Wednesday while Kai, who is 13, was suppose to watch him."),
    ("danger", "The department worry Kai not do enough to keep Tommy safe."),
    ("harm", "On Wednesday Tommy swallowed Renee's pills while Kai (13) was meant to be "
             "keeping an eye on him."),
    ("harm", "Tommy (3) got Mom's pills on Wednesday. Kai 13yo is responsible to look after "
             "him but was on his phone."),
    ("danger", "We are worried Tommy could be poisoned again if Kai (13) does not make sure "
               "the pills are put away."),
    ("harm", "Kai (13) is the one who has to call 911 when Tommy gets into things, and on "
             "Wednesday he did not."),
    ("danger", "Worried Tommy could swallow pills again unless his big brother protects him."),
    ("harm", "Tommy ate the tablets on Wednesday; Kai had been told to watch him and didn't."),
    ("harm", "Tommy swallowed pills on Wed. Kai (13) supposed to be in charge."),
    ("danger", "It is worried that Tommy could again take medicine if he is not minded by his "
               "brother Kai (13)."),
    ("harm", "Tommy, 3, took his mum's tablets on Wednesday because his brother Kai left them "
             "on the bench."),
    ("danger", "Kai (13) must make sure Tommy stays safe or Tommy could swallow pills again."),
    ("harm", "Kai (13) let his little brother get at the pills on Wednesday."),
    ("danger", "We are worried that Minh hits Thanh when Vy (12) acts up, and Vy could get hurt "
               "again."),
    ("harm", "On Sunday Vy (12) set her dad off by talking back and he pushed Thanh; Vy's palm "
             "was cut."),
    ("harm", "Minh got angry after Vy (12) answered back, and he pushed Thanh into the wall; Vy "
             "was cut."),
    ("danger", "we are worried Minh will hurt Thanh again when the kids misbehave"),
    ("danger", "We're worried Vy (12) riles her dad up and he could lash out at her mum again."),
    ("harm", "On Sunday the kids were being loud and this set Minh off; he pushed Thanh into "
             "the wall and Vy was cut."),
    ("danger", "The worry is that Mia (8) plays up at bedtime and her stepdad could hit her "
               "mum again."),
]
CHILD_CLEAR = [
    ("goal", "Dad will stay sober when he is looking after Lily and Aunt Rosa will check on "
             "weekends, for 3 months."),
    ("plan", "Grandma will look after Tommy instead of Kai doing it."),
    ("plan", "Aunt Marie will pick up Kai and Grandma will watch Tommy after school."),
    ("goal", "Renee will give Tommy breakfast and keep him away from the pills every day."),
    ("plan", "Aunt Marie will help Renee by watching Tommy after school."),
    ("goal", "Renee and Aunt Lorraine will take turns minding Tommy after school."),
    ("harm", "Kai (13) told his teacher that he has to look after Tommy when Renee is in bed."),
    ("harm", "Kai (13) has been looking after Tommy most days since March while Renee stays in "
             "bed, and has missed 14 days of school."),
    ("danger", "Lily's aunt is worried that Lily (5) has to look after herself when her dad falls "
               "asleep after his beers, and she could get hurt."),
    ("harm", "Tommy (2) swallowed pills on Wednesday while Renee was in bed; Kai (13) was at "
             "home and called 911 quickly."),
    ("harm", "Kai (13) has missed 14 days of school since March because he has to look after "
             "Tommy when Renee stays in bed."),
    ("danger", "We worry that Vy (12) feels she has to protect her mum and Bao, and could be hurt "
               "again if Minh pushes Thanh."),
    ("harm", "Kai said he has to look after Tommy when Renee is in bed, and on Wednesday Tommy "
             "swallowed pills."),
    ("goal", "Kai (13) will go to school every day instead of looking after Tommy, and Aunt "
             "Marie will mind Tommy."),
    ("danger", "Lily's aunt is worried about Lily. Lily is only 5 and she can't take care of "
               "herself if her dad is asleep."),
    ("danger", "Renee stays in bed and Kai (13) misses school; she needs to look after Tommy "
               "or he could take pills again."),
    ("harm", "Noah (2) had a seizure at 3 a.m.; Mia, age 7, had called 911 herself because no "
             "adult was home."),
    ("goal", "Tama will keep his temper when the kids play up, by taking a break outside, for "
             "six months, and his sister will see it."),
    ("plan", "Vy (12) will go to Ba Lan's room with Bao and stay out of the kitchen if Dad "
             "starts shouting."),
    ("plan", "Tommy's safety plan: Aunt Jolene will keep the medicines locked up and check on "
             "Tommy every morning."),
    ("plan", "Kai (13) will go to school every day and Aunt Jolene will look after Tommy."),
    ("plan", "Kai (13) can call his aunt if he is worried; his aunt will come over."),
    ("plan", "Kai (13) will make sure he packs his school bag the night before."),
    ("harm", "Kai (13) has missed 14 days of school this term because he stays home to look "
             "after Tommy."),
    ("danger", "Kai (13) should not have to look after Tommy; we are worried Tommy could swallow "
               "pills again."),
    ("goal", "Renee will be up and caring for Tommy every day, with the pills locked away, and "
             "Kai will go to school; Aunt Jolene will see this for three months."),
    ("danger", "We are worried that Tommy should not be minded by his brother Kai (13) while "
               "Renee sleeps, and could take pills again."),
    ("harm", "On Sunday night Minh pushed Thanh into the wall; Vy (12) cut her palm and Bao (6) "
             "hid and has wet the bed since."),
    ("harm", "Dad set Kai (9) off crying when he shouted at him on Monday."),
]
SOURCE_EXPOSED = [
    # his drinking, which only she told (round 8: the sop-brief keeps "his drinking if no one
    # else reported it" out of what the family hears; these were read as sound before)
    ("goal", "Minh will speak calmly to Thanh, even on nights he has been drinking, for six "
             "months; Phuoc and Ba Lan will see it."),
    ("danger", "We are worried that Minh may push Thanh again when he drinks, and Vy and Bao "
               "could be hurt or scared."),
    ("goal", "Dad will finish a batterer intervention programme and stay sober for six months."),
    ("danger", "Vy (12) said her dad uses physical force on her mum, and we worry she could be "
               "hurt."),
    ("harm", '"Dad was yelling and pushed Mom," said Vy (12), who cut her palm on the glass on '
             'Sunday.'),
    ("danger", "You will hear from Thanh that he drinks when money is tight; we worry he may push "
               "her again and Bao could be hurt."),
    ("harm", "The little one Bao tell us his dad shout and push his mum, he hide in the closet."),
    ("danger", "Thanh's fear is that he will push her again when he drinks, and the kids could "
               "get hurt."),
    ("harm", "minh pushed thanh sun, 3rd time this yr. vy cut palm"),
    ("harm", "On Sunday Minh pushed Thanh into the wall; he has pushed her three times this "
             "year. Vy (12) was cut."),
    ("harm", "Minh pushed Thanh into the wall on Sunday, not the first time, and Vy (12) needed "
             "stitches."),
    ("harm", "On Sunday Minh shoved Thanh against the wall. It has happened before. Vy (12) cut "
             "her palm."),
    ("danger", "Minh has pushed Thanh several times, and we are worried he will again and Bao "
               "could be hurt."),
    ("harm", "Sunday night Minh pushed Thanh again - he has done it before - and Vy (12) cut her "
             "palm."),
    ("danger", "Per mum, dad drinks most nights and gets loud; we worry the kids could get "
               "hurt."),
    ("harm", "It was reported by Vy (12) that her dad pushed her mum into the wall on Sunday."),
    ("harm", 'Vy: "Dad pushed Mom into the wall and I fell on the glass." Vy needed four '
             'stitches.'),
    ("harm", 'Bao (6) told us he "hides in the closet" when his dad shouts at his mum.'),
    ("danger", "Mum say dad drink every night and we worried he hurt her again and kids get "
               "hurt."),
    ("danger", "Thanh also mentions that it has happened before, when he drinks, and we are "
               "worried it will happen again."),
    ("danger", "Thanh is afraid he will do it again when he drinks, and Bao could be hurt."),
    ("harm", "Thanh shared with me that Minh pushed her into the wall on Sunday, and Vy (12) "
             "cut her palm."),
    ("harm", "Per Thanh, Minh shoved her into the wall on Sunday night; Vy cut her hand."),
    ("harm", "Mom reports dad pushed her into the wall on Sunday night and Vy (12) needed "
             "stitches."),
    ("danger", "Thanh says he drinks every weekend and we are worried he will push her again "
               "and Bao could be hurt."),
    ("harm", "As disclosed by Thanh, Minh pushed her into the wall on Sunday and Vy needed "
             "stitches."),
    ("danger", "Vy admitted to the worker that her dad drinks every night, and we are worried "
               "Thanh could be hurt again."),
    ("harm", "Thanh informed the worker that this was the third time Minh has pushed her."),
    ("harm", "Sunday night Minh pushed Thanh; she said it was the third time. Vy (12) cut her "
             "palm."),
    ("harm", "Thanh reported to SW Minh shoved her on Sunday and Vy got stitches."),
    ("danger", "Vy (12) says her dad gets scary when he drinks; we worry Minh could push Thanh "
               "again and Vy could be cut."),
    ("goal", "Minh will stay sober and speak calmly to Thanh and the kids for six months, and "
             "Phuoc will see this."),
    ("goal", "For six months Minh will not drink and will keep his hands off Thanh; Ba Lan and "
             "Phuoc will check weekly."),
    ("goal", "Minh will go to AA every week and talk respectfully to Thanh, seen by Phuoc, for "
             "6 months."),
    ("goal", "Dad will do random alcohol testing and stop yelling at Mum for 6 months so the "
             "kids feel safe."),
    ("goal", "Minh will remain alcohol-free and will not push or shout at Thanh, for the next "
             "six months."),
]
SOURCE_CLEAR = [
    ("harm", "Minh told the worker that he pushed Thanh and says it was one bad night; Vy (12) "
             "needed four stitches after she fell on the glass."),
    ("harm", '"It was one bad night," said Minh, who pushed Thanh into the wall on Sunday; Vy '
             '(12) was cut.'),
    ("harm", "We heard from the police that Minh pushed Thanh into the wall on Sunday; Vy (12) "
             "was cut."),
    ("goal", "Minh will tell us when he feels angry and go to Phuoc's to cool off, for six "
             "months."),
    ("harm", "Police records show Minh pushed Thanh twice before; on Sunday Vy (12) was cut."),
    ("danger", "We are worried Minh may push Thanh again, and Vy could be hurt like before."),
    ("harm", "On Sunday Minh pushed Thanh into the wall before leaving the house, and Vy (12) was "
             "cut."),
    ("harm", "Minh pushed Thanh on Sunday; Vy (12), who has been cut before, needed four "
             "stitches."),
    ("goal", "Minh will go to Phuoc's to cool off instead of yelling, as he has done twice this "
             "year, for six months."),
    ("harm", "Dad hit her three times on Sunday; Mia (7) has bruises on her arm."),
    ("harm", "Per the police report, Minh pushed Thanh into the wall and Vy (12) was cut."),
    ("danger", "Aunt Rosa says Lily's dad falls asleep on the couch after a few beers, and we are "
               "worried Lily (6) could be hurt while he sleeps."),
    ("harm", "The school counsellor told the worker that Vy (12) came to school with stitches on "
             "Monday."),
    ("harm", "Police reported that Minh pushed Thanh into the wall on Sunday night, and Vy (12) "
             "cut her palm."),
    ("harm", "The hospital reported that Tommy (3) swallowed pills on Wednesday while Renee was "
             "in bed."),
    ("goal", "Renee will stay sober and be up with Tommy every morning for three months, and "
             "Aunt Marie will see this."),
    ("harm", "Minh says he pushed Thanh away from him on Sunday, and Vy (12) was cut on glass."),
]
SURVIVOR_MONITORS = [
    ("goal", "Dad will keep calm with Mum for six months, and Mum will ring the worker if he "
             "drinks."),
    ("goal", "Thanh will call the worker if it happens again."),
    ("goal", "Thanh will let us know straight away if anything like this happens again, for six "
             "months."),
    ("goal", "Mum will report any further incidents to the social worker."),
    ("goal", "It will be ensured by Thanh that Minh does not drink at home for six months."),
    ("goal", "Minh will be calm at home, and you will hear from Thanh each week if he is."),
    ("goal", "Thanh will be asked to report any drinking by Minh to the worker."),
    ("plan", "mom to call cps if dad starts drinking again"),
    ("goal", "thanh 2 txt sw if minh drinks or yells. minh calm 6 mo."),
    ("goal", "Minh shall refrain from violence for six months; Thanh shall notify the "
             "Department of any breach."),
    ("goal", "It will be reported by Thanh to the worker if Minh drinks again."),
    ("goal", "Minh will talk calmly, and Thanh will make sure he goes to Phuoc's when he is "
             "angry."),
    ("goal", "Minh will speak calmly for six months, as seen by Thanh."),
    ("goal", "Thanh will be responsible for making sure Minh does not drink around the "
             "children."),
    ("goal", "Over six months Minh will stay calm, and Thanh will share with the worker how he "
             "has been."),
    ("goal", "Thanh will keep us updated on how things are going with Minh."),
    ("goal", "Minh will speak calmly at home for six months. Thanh will gently let us know "
             "each week how things are."),
    ("plan", "If Minh starts again, Thanh will call me."),
    ("plan", "Thanh to text SW when he drinks."),
    ("goal", "Thanh will check in with the worker every Friday about Minh's behaviour for six "
             "months."),
    ("goal", "Thanh is to report to the department about how Minh is behaving at home."),
    ("goal", "The worker will be kept informed by Thanh of any drinking by Minh."),
    ("plan", "Thanh will tell us when he drinks."),
    ("goal", "Thanh will keep an eye on Minh and let us know about his behaviour."),
    ("goal", "Thanh and her mother will keep a close watch on Minh for 6 months."),
    ("goal", "Thanh will let the worker know if Minh starts drinking again."),
    ("plan", "Mum will ring the social worker if Dad gets loud again."),
    ("goal", "Thanh will update the caseworker weekly on whether Minh has been drinking."),
    ("plan", "Thanh calls the worker whenever Minh drinks."),
    ("goal", "Thanh will inform the social worker should Minh begin drinking again."),
    ("goal", "Mum will keep a log of Dad's behaviour and report it back to the worker."),
]
MONITOR_CLEAR = [
    ("goal", "Minh will tell the worker how he is managing each week and will speak calmly to "
             "Thanh, for six months; Phuoc will see it."),
    ("plan", "Minh will sleep at Phuoc's on any night he has been drinking. Phuoc will text the "
             "worker when Minh stays over."),
    ("goal", "Renee will call the worker if Tommy gets into pills again."),
    ("goal", "Uncle Phuoc will call the worker if it happens again."),
    ("goal", "Minh will speak calmly to Thanh for six months, and we will hear from Phuoc and Ba "
             "Lan each week."),
    ("plan", "Vy (12) can tell the teacher if she is scared at home, and the teacher will call "
             "the worker."),
    ("goal", "Minh will call the worker if he feels he is about to lose his temper, and go to "
             "Phuoc's."),
    ("goal", "Minh will speak calmly for six months, as seen by Phuoc and Ba Lan."),
    ("goal", "Dad will sweep up the broken glass every evening for three months, as seen by "
             "Mum."),
    ("goal", "Thanh will make sure she and the kids go to Ba Lan's room if he starts "
             "shouting."),
    ("plan", "If Carla cannot be there, the children will go to her mother's, and her mother "
             "will tell the worker the next morning."),
    ("plan", "Thanh will take Vy and Bao to her sister's house if she feels unsafe, and she "
             "will call 911 if Minh comes over."),
    ("plan", "Thanh will keep her phone charged and call 911 if she feels in danger."),
    ("goal", "Uncle Phuoc will let the worker know if Minh drinks, for six months."),
    ("goal", "Minh will speak calmly to Thanh and leave the house when he feels angry, for six "
             "months, and Uncle Phuoc and the worker will see this."),
    ("goal", "Minh will not drink, and will speak calmly, for six months; Ba Lan will check in "
             "with Thanh every week."),
    ("plan", "Phuoc will check in with the worker every Friday about how Minh is doing."),
]


def _rules(kind: str, text: str) -> list[str]:
    return [f.rule for f in assess(text, kind).findings]


@pytest.mark.parametrize(("kind", "text"), CHILD_BLAMED)
def test_a_child_given_the_duty_or_the_cause_is_blamed(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(kind, text)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), CHILD_CLEAR)
def test_a_childs_own_steps_or_an_adult_caring_are_not_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(kind, text)


@pytest.mark.parametrize(("kind", "text"), SOURCE_EXPOSED)
def test_what_only_she_or_a_child_told_is_exposed(kind: str, text: str) -> None:
    assert "dv-source-exposed" in _rules(kind, text)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), SOURCE_CLEAR)
def test_a_neutral_source_or_his_drinking_as_the_situation_is_not_exposed(
        kind: str, text: str) -> None:
    assert "dv-source-exposed" not in _rules(kind, text)


@pytest.mark.parametrize(("kind", "text"), SURVIVOR_MONITORS)
def test_the_survivor_made_his_monitor_in_any_words(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(kind, text)
    assert assess(text, kind).score <= 0.25


@pytest.mark.parametrize(("kind", "text"), MONITOR_CLEAR)
def test_her_own_safety_steps_or_the_network_reporting_are_clear(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in _rules(kind, text)


#: (rule, kind, sentence): other findings in new words.
OTHER_RULES = [
    ("services-as-plan", "goal", "It is expected that a parenting course will be completed by "
                                 "Mrs. Harper, as verified by the agency."),
    ("services-as-plan", "goal", "Mr. Price will comply services and show protective capacity "
                                 "for Lily."),
    ("services-as-plan", "goal", "Renee will attend a grief group weekly, with progress reports "
                                 "sent to the worker."),
    ("services-as-plan", "plan", "1. Dad will do parenting classes. 2. The worker will monitor "
                                 "compliance."),
    ("services-as-plan", "goal", "Tommy goes to a playgroup and Renee joins a grief group."),
    ("label", "danger", "Minh has a history of domestic violence and anger issues, and the kids "
                        "could be hurt."),
    ("label", "danger", "Dad has a history of depression and we worry Leo (5) could go hungry."),
    ("dv-partner-trigger", "harm", "On Sunday Thanh kept on at Minh about money until he pushed "
                                   "her into the wall; Vy was cut."),
    ("dv-partner-trigger", "harm", "Minh pushed Thanh on Sunday after she had a go at him about "
                                   "the bills; Vy (12) was cut."),
    ("dv-partner-trigger", "danger", "We are worried that Minh's anger at Thanh may boil over "
                                     "again and the children get hurt."),
    ("dv-mutual", "harm", "On Sunday there was an incident between Mr Tran and Ms Nguyen and Vy "
                          "(12) was cut."),
    ("dv-mutual", "harm", "Sunday night an argument broke out between Minh and Thanh and Vy was "
                          "cut."),
    ("dv-mutual", "danger", "We are worried that the parents' money troubles lead to fights and "
                            "the kids get hurt."),
    ("dv-mutual", "goal", "The parents will keep things calm between them for six months and Ba "
                          "Lan will see it."),
    ("dv-mutual", "harm", "On Sunday it kicked off between Mum and Dad and Vy (12) got cut."),
    ("dv-mutual", "harm", "Mum and Dad had a barney on Sunday and Vy (12) cut her hand."),
    ("dv-mutual", "danger", "The parents keep having a go at each other and the kids could get "
                            "hurt."),
    ("label", "harm", "Renee's depressed and on Wednesday Tommy swallowed her pills."),
]


@pytest.mark.parametrize(("rule", "kind", "text"), OTHER_RULES)
def test_other_findings_in_new_words(rule: str, kind: str, text: str) -> None:
    assert rule in _rules(kind, text)


#: (kind, sentence): sound, with none of the harmful-practice findings.
SOUND = [
    ("goal", "Mrs. Harper will sweep up broken glass every evening and throw out spoiled food, "
             "and the worker will monitor this weekly for three months."),
    ("goal", "Renee will go to a grief group on Tuesdays and be up with Tommy every morning with "
             "the pills locked away; Marie will see it for three months."),
    ("harm", "Renee has a history of looking after the boys well, but on Wednesday Tommy took her "
             "pills while she was in bed."),
    ("harm", "Vy (12) stepped in between them and fell on the glass when Minh pushed Thanh on "
             "Sunday."),
    ("harm", "On Sunday Bao (6) hid in the closet; there had been a fight between Vy and Bao "
             "earlier."),
    ("danger", "Money worries have led to fights at school for Vy (12), and we are worried."),
    ("harm", "Thanh went to Phuoc on Sunday after Minh pushed her; Vy (12) was cut."),
]


@pytest.mark.parametrize(("kind", "text"), SOUND)
def test_sound_sentences_raise_no_finding(kind: str, text: str) -> None:
    assert not [r for r in _rules(kind, text) if r != "wrong-kind"]
