"""Round 8's general kind readings (issue 21, the kindread lane), each written from
heldout8's misses and checked on the other splits: ten ways practitioners write each
shape, in the project's own words, read by the rules alone (so the learned second opinion
cannot hide a rule that does not carry over) and by the whole coach, and sentences the
reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.kindcues import VIOLENCE_TOLD as VIOLENCE_TOLD_RX
from soplab.coach.kinds import settled
from soplab.coach.stages import clauses, rules_kind, segment


def _rules(text: str) -> str:
    return rules_kind(clauses(segment(text)))[0]


#: A capacity someone has now (what they can say or show, what they know to do): the part
#: of a goal that others see, written without "will".
ABILITY_GOALS = [
    "Mia can name two grown-ups at school she would go to if Dad turns up drunk.",
    "Both boys can tell their teacher what to do if the shouting starts at home.",
    "By the end of term Leo can show his foster carer the way to his gran's flat, and he "
    "sleeps through most nights.",
    "Ruby knows who to ring if her mum does not wake up, and keeps the number in her bag.",
    "Kayden is able to say, in his own words, who he goes to when his dad has been "
    "drinking.",
    "The twins know where the spare key is kept and go next door to Mrs Patel when things "
    "get loud.",
    "Amira can describe her safety plan to the school nurse at each check-in this term.",
    "Over the next three months Josh can explain to his counsellor which room he goes to "
    "when the arguing starts.",
    "Sofia knows how to call 911 from the landline and can point to the house she runs "
    "to.",
    "Eli is now able to tell his gran when he feels frightened at his dad's.",
]

NOT_ABILITY = [
    ("Do you know who to call if your mum gets sick?", "question"),
    ("Nan will visit on Sundays and the kids will know who to call if Dad has been "
     "drinking.", "plan"),
    ("Jaden told the officer he knows what happened that night because he saw Dad hit Mum.",
     "harm"),
    ("Dad punched Mum in the kitchen on Friday and Tia (7) can describe the blood on the "
     "floor.", "harm"),
    ("Your brother has been a big help, I can tell you that.", "other"),
    ("If Dad keeps drinking, the girls may be left alone at night with nobody they can "
     "tell.", "danger"),
]


@pytest.mark.parametrize("text", ABILITY_GOALS)
def test_a_capacity_shown_now_reads_as_a_goal(text: str) -> None:
    assert _rules(text) == "goal"
    assert analyse(text).kind == "goal"


#: A worry named with whom it is for, before "is that": the worrier may be an institution
#: or a group, and the outlook follows ("The worry for the court is that ...").
WORRY_FOR = [
    "The worry for the department is that if Dad keeps drinking in the evenings, Ava may be "
    "left to put herself to bed.",
    "The concern for the school is that Jamal could stop coming in altogether if the "
    "fighting at home goes on.",
    "The main worry of the health visitor is that the baby might not be fed when Mum is "
    "using.",
    "The biggest fear among the family is that Leon will hurt Kira again and the kids will "
    "see it.",
    "Our main concern for the panel is that the girls may be drawn back into the arguments "
    "at handovers.",
    "The worry shared by Nan and the teacher is that Sam might keep running off when his "
    "parents fight.",
    "The concern from the GP now is that Mum may go back to the pills and the boys will be "
    "on their own.",
    "The real worry for the network is that Tom could end up minding his baby sister while "
    "his mother is drunk.",
    "The central concern for the agency remains that the children may be hurt if Dad comes "
    "back to the flat.",
    "The fear for the court was that Mia might be taken abroad by her father without "
    "warning.",
    # with a plan's words around it (an "if ...", the people who help, an arrangement)
    "The worry for the family court is that if Mr Shah goes on following Ms Ali to contact "
    "handovers, Aisha may grow up afraid and her aunt may not be able to keep the "
    "arrangement going.",
    "The concern of the conference is that unless Dad stops drinking before the visits, "
    "Grandma may not manage the weekend plan and the boys could be at home with him.",
]

NOT_WORRY_FOR = [
    ("The concern for the children's safety was raised at the meeting on Monday.", "other"),
    ("Nan will ring the worker if the concern for the girls comes up again, and Uncle Jo "
     "takes them that night.", "plan"),
]


@pytest.mark.parametrize("text", WORRY_FOR)
def test_a_worry_for_someone_reads_as_a_danger(text: str) -> None:
    assert clauses(segment(text)).worry is not None  # the worry is read, whoever holds it
    assert analyse(text).kind == "danger"


#: A violent act in what someone told or said, quoted or reported: a harm the learned
#: second opinion must leave alone, however little else the text has.
VIOLENCE_TOLD = [
    "Tia said: 'Dad pulled Mum's hair and I hid under my bed.' This was last Wednesday "
    "after tea.",
    "Leo (6) told his teacher: 'Daddy pushed Mummy down the stairs and she cried.'",
    "In her words: 'Dad grabbed Mum's neck and I ran to my room.' This was on Saturday "
    "night.",
    "Sami told me: 'Dad threw a plate at Mum and it cut her face.'",
    "Ella said her brother told her 'Dad shook the baby really hard.'",
    "Owen said: 'Daddy dragged Mum out of the car by her hair.' Last Friday, after the pub.",
    "Lily, 5, told nursery staff: 'Dad smacked me on my bum with his belt.'",
    "In his own words, 'Mum's boyfriend choked her on the sofa and I saw.'",
    "Per the school, Mia said: 'Papa struck Mama with his phone in the car.'",
    "Noah wrote in his diary: 'Dad kicked Mum again and I hid in the shed.'",
]

NOT_VIOLENCE_TOLD = [
    "Dad said he never hit anyone and wants the kids home.",
    "Mum told the worker that Dad did not push her; she fell.",
    "Mum told the worker she will ring the police if he hits her again.",
    "Gran said she'll take the kids if Dad ever pushes Mum.",
    "The teacher said Kai would hit other boys when he was upset.",
]


@pytest.mark.parametrize("text", VIOLENCE_TOLD)
def test_violence_someone_told_is_a_harm_the_model_leaves_alone(text: str) -> None:
    assert settled(clauses(segment(text)), "harm", "other")
    assert analyse(text).kind == "harm"


@pytest.mark.parametrize("text", NOT_VIOLENCE_TOLD)
def test_a_denial_told_is_not_violence_told(text: str) -> None:
    assert not VIOLENCE_TOLD_RX.search(text)


#: Help offered or given, told in the passive: a service told, not a harm, whatever words
#: of harm the service's name has.
SERVICES_GIVEN = [
    "Mrs Oduya has been offered the foster carers' trauma course and a monthly support "
    "group.",
    "Mum has been given the refuge number and the details of a domestic abuse advocate.",
    "Both parents were referred to the substance misuse team in June.",
    "Kayla has been signposted to the young carers' service and a bereavement group.",
    "The grandparents were offered respite one weekend a month and a kinship allowance.",
    "Dad was referred to a parenting course for fathers after the assessment.",
    "Ms Lowe was provided with a DV safety pack and the helpline number.",
    "The family has now been linked in with the neglect outreach service.",
    "Jay has been offered play therapy for children who have seen violence at home.",
    "Mum was given a place on the Freedom Programme starting in May.",
]

NOT_SERVICES_GIVEN = [
    ("Dad was referred to the perpetrator programme after he punched Mum in front of the "
     "kids in May.", "harm"),
    ("The baby was given vodka in his bottle to make him sleep, and was admitted to "
     "hospital.", "harm"),
]


@pytest.mark.parametrize("text", SERVICES_GIVEN)
def test_help_given_is_not_a_harm(text: str) -> None:
    assert _rules(text) != "harm"
    assert analyse(text).kind == "other"


#: What someone was told, advised or reassured, in the past: a step taken and recorded,
#: whose "that ..." is no rule of a plan.
TOLD_THAT = [
    "Jaden was told plainly that stopping the fighting is not his job and that nothing that "
    "happens at home is his fault.",
    "Mia was told that nothing that happens at home is her fault.",
    "The boys were told that what happens at Dad's house is never their fault.",
    "Ava was reassured that whatever happens at home is not her doing.",
    "Both girls were told that what happens at home stays a grown-up problem, not theirs.",
    "Kai was told at school that nothing that happens in the flat is his job to sort out.",
    "Ruby was reminded that nothing that happens at weekends at Dad's is her fault.",
    "Ellie was reassured that nothing that happens at home at night is her fault.",
    "Noor was informed that whatever happens in the house is for the adults to fix.",
    "Leo was told that nothing that goes on between his parents is his fault.",
]

NOT_PAST_PURPOSE = [
    ("Dad will stay sober at weekends so that the boys would feel safe at his flat, and "
     "Nan will check every Sunday for six months.", "goal"),
]

NOT_TOPICS = [
    ("No matter what happens, Dad is not to drive the kids anywhere.", "plan"),
    ("Whatever happens at the weekend, Dad does not drink when the boys are there.", "plan"),
    ("Whatever happens, the kids stay with Nan on Fridays.", "plan"),
]

NOT_TOLD_THAT = [
    ("No babysitting by Dad, and Nan picks the kids up every Friday.", "plan"),
    ("Nan to collect the boys from school on weekdays until the review.", "plan"),
]


@pytest.mark.parametrize("text", TOLD_THAT)
def test_what_someone_was_told_is_no_plan(text: str) -> None:
    assert _rules(text) != "plan"
    assert analyse(text).kind == "other"


@pytest.mark.parametrize(("text", "kind"),
                         NOT_ABILITY + NOT_WORRY_FOR + NOT_SERVICES_GIVEN + NOT_TOLD_THAT
                         + NOT_PAST_PURPOSE + NOT_TOPICS)
def test_what_the_readings_leave_alone(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


#: Why something was done, in the past: a "so that ... would" after a past act or a past
#: time is a purpose told, not what a child will experience (no goal).
PAST_PURPOSE = [
    "In March Mr Okoro applied for a child arrangements order so that Ama would spend "
    "alternate weekends with him.",
    "In June Mum moved to her sister's flat so that the girls would be closer to their "
    "school.",
    "Mr Hale applied in 2022 for a residence order so that Kai would live with him full "
    "time.",
    "The grandparents went to court in May so that they could see Ella every Sunday.",
    "In 2021 the father asked for the hearing to be moved so that he could attend with his "
    "lawyer.",
    "Mum took a job nearer home in September so that she would be there for the school "
    "run.",
    "Last month Gran asked the council for a bigger flat so that Leo could have his own "
    "room.",
    "Nan gave up her job in 2020 so that the kids would have someone at home after school.",
    "In April the parents agreed a new routine so that the boys would not be at the flat "
    "on drinking nights.",
    "Last autumn Mr Daly sold his car so that he could pay the rent on the new flat.",
]


@pytest.mark.parametrize("text", PAST_PURPOSE)
def test_a_past_purpose_is_no_goal(text: str) -> None:
    assert _rules(text) != "goal"
    assert analyse(text).kind != "goal"


#: A session's topics named by clauses ("what happens at her house, who she talks to"):
#: things talked about, not a plan's rule (the last two, marked until round 10, read since
#: by :func:`soplab.coach.kindnotes.topics_listed`).
TOPICS = [
    "Group work topics: what happens in families when adults fight, and what a safe adult "
    "is.",
    "Today with Mia: what happens at Dad's flat and how she feels when she comes home.",
    "Planned sessions: what happens at home at night, who Leo talks to, and his worries.",
    "Direct work, week three: what happens at contact, who Noah trusts, and his three "
    "wishes.",
    "Life-story work with Kai covered what happened at his first foster home and what "
    "happens at school now.",
    "Themes from the first session: what happens at Mum's when her partner is there, and "
    "the dog.",
    "In the worry-monster session we looked at what happens at home when Dad shouts.",
    "Session two with Ben (9): what happens when Dad drinks, who he can tell, and where he "
    "goes.",
    "Second visit, 'my house': what happens at bedtime, who is in the house, and where Lola "
    "sleeps.",
    "Topics for the next session with Evie: what happens at night and who she can go to.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_topics_named_are_no_plan(text: str) -> None:
    assert _rules(text) != "plan"
    assert analyse(text).kind == "other"
