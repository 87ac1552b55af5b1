"""The declared safety rules: harmful practice the coach names before anything else.

Each rule is data (see :class:`~soplab.coach.safety.SafetyRule`): an id, what the
learner is told, the lesson it breaks, its cost (the most the item can earn while
it stands) and a table of sentences that must and must not raise it, kept here
beside it. ``tests/coach/test_safety.py`` runs every table. The subject matter is
the course brief's domestic-violence section and its list of learners' mistakes.
"""

from __future__ import annotations

from . import misframed as m
from .harmful_blame import blames_child, blaming_question, partner_trigger
from .harmful_monitor import survivor_monitors
from .harmful_mutual import mutual_framing
from .harmful_source import exposes_source
from .reading import Reading
from .safety import Finding, SafetyRule

__all__ = ["CAP", "LESSONS", "RULES", "find_findings", "rule"]

#: The most an item can earn while a harmful-practice finding stands (a goal or plan made
#: only of services, or describing the harm going on, has nothing to credit: 0).
CAP = 0.25

LESSONS = {
    "dv": "03 Harm and danger: when there is violence at home",
    "plain": "03 Harm and danger: behaviour in plain words, not labels",
    "services": "04 Goals and plans: behaviour, not services",
    "goal": "04 Goals and plans: a goal describes the safety everyone will see",
}

STATEMENTS = ("harm", "danger", "goal", "plan")
GOALS = ("goal", "plan")

RULES: tuple[SafetyRule, ...] = (
    SafetyRule(
        "dv-mutual",
        "{words} makes the violence sound like something both partners do. Name the person "
        "who uses violence and what he or she did, and what the children saw or heard; "
        "violence is one person's choice, not a shared fight or a disagreement.",
        LESSONS["dv"], CAP, STATEMENTS, mutual_framing,
        fires=(
            ("harm", "On 2 June the parents had a fight in the kitchen and Phuoc (6) was scared."),
            ("danger", "The school is worried that when they argue again Phuoc could get hurt."),
            ("harm", "Phuoc (6) heard their arguments through the wall last Friday."),
            ("goal", "Minh and Thanh will talk through disagreements calmly for six months."),
            ("goal", "Minh and Thanh will talk through their money worries calmly, and the "
                     "network will see this for six months."),
            ("plan", "If disagreements start, Minh will go for a walk."),
            ("danger", "We are worried about the conflict between Minh and Thanh."),
            ("harm", "There was a domestic incident between the parents on 4 May and the police "
                     "attended; the kids were in the room."),
            ("goal", "Mum and Dad will learn to communicate calmly with each other for six "
                     "months so that the kids feel safe."),
            ("goal", "Dad and Mum will quit fighting in front of the kids for six months."),
            ("goal", "Mum and Dad won't argue in front of the children any more."),
        ),
        passes=(
            ("harm", "On 2 June Minh pushed Thanh into the wall while Phuoc (6) watched, and "
                     "Phuoc hid under the table."),
            ("goal", "Minh will walk away and speak calmly when he feels his voice rising, for "
                     "six months, and Uncle Bao will see it."),
            ("plan", "Aunt Lan and Thanh will talk with Phuoc about the plan every Sunday."),
            ("goal", "Aunt Lan and Thanh will not leave Phuoc alone for six months."),
            ("harm", "Leo (8) fought with his brother at school last Monday."),
            ("goal", "For the next 12 months Tom will speak respectfully to Sarah and leave the "
                     "house to cool off at his brother's when he feels himself getting heated."),
        ),
    ),
    SafetyRule(
        "dv-survivor-monitors",
        "{words} makes a partner the one who watches, reports on or manages the person who "
        "uses violence. That can put her in danger. Give that part to network people he "
        "knows about (not the children, not her), and keep her own safety plan hers.",
        LESSONS["dv"], CAP, GOALS, survivor_monitors,
        fires=(
            ("goal", "Thanh will text the worker if Minh raises his voice."),
            ("plan", "If Minh starts drinking, Thanh will call the social worker."),
            ("plan", "After Minh pushed Thanh in front of Phuoc (6), Thanh will make sure Minh "
                     "stays calm at dinner."),
            ("goal", "Thanh will ring the police or the caseworker whenever Minh drinks or gets "
                     "loud, for six months."),
            ("goal", "Mum will make sure Dad does not drink, and Nan will see this for three "
                     "months so that the kids feel safe."),
            ("goal", "The worker will be kept informed by Thanh of any drinking by Minh."),
            ("plan", "Thanh to text SW when he drinks."),
            ("plan", "Thanh to flag any yelling."),
            ("goal", "Mum will write down every outburst and show the worker each week, for "
                     "six months."),
            ("plan", "Mom will log any incidents and share them with CWS."),
            ("plan", "Sarah will not mention the car so that Tom won't snap."),
            ("plan", "Thanh will avoid talking about the bills so that Minh does not get upset."),
            ("plan", "Mum will keep the kids quiet so that Dad stays in a good mood."),
        ),
        passes=(
            ("plan", "Uncle Bao will text the worker if Minh raises his voice."),
            ("plan", "Thanh will call 911 if Minh comes to the flat."),
            ("plan", "Aunt Lan will call the social worker every Friday."),
            ("plan", "Tom's brother Dave will check in with Tom every Friday evening; if Tom has "
                     "been drinking, Dave will take him to stay at his flat."),
            ("goal", "Renee will call the worker if Tommy gets into pills again."),
            ("plan", "Uncle Bao will flag any yelling to the worker."),
            ("plan", "Renee will report any missed doses to the nurse."),
            ("plan", "Mum will read with Leo at night so Leo does not get upset."),
            ("plan", "Bà Lan will cook dinner so Minh stays calm."),
            ("plan", "Minh will go to Phuoc's so he stays calm."),
        ),
    ),
    SafetyRule(
        "dv-source-exposed",
        "{words} names who told you, or writes in what only she or a child told you in "
        "private (such as his drinking). The person who uses violence will hear this: "
        "say what happened and what the children lived through without naming what only "
        "she or a child said in private, unless she has agreed and is safe.",
        LESSONS["dv"], CAP, STATEMENTS, exposes_source,
        fires=(
            ("harm", "Thanh told the worker that Minh pushed her into the wall on 2 June, and "
                     "Phuoc (6) hid."),
            ("harm", "Phuoc (6) said his dad pushed his mum last week and he was scared."),
            ("danger", "According to Thanh, Minh hits her when he has been drinking, and we "
                       "are worried Phuoc could be hurt."),
            ("danger", "Given Thanh's account that Minh slapped her twice in May, we are worried "
                       "he may hit her again and Phuoc (6) could be hurt."),
            ("harm", "Mum told me in private that Dad strangled her last week while Jack (4) was "
                     "in the room."),
            ("harm", "Mom reports dad pushed her into the wall on Sunday night and Vy (12) needed "
                     "stitches."),
            ("goal", "Minh will stay sober and speak calmly to Thanh for six months, and Phuoc "
                     "will see this."),
            ("harm", "On Friday Dad was shouting at Mum about the rent and shoved her into the "
                     "door, and Jack (4) watched. Mum says it has happened before."),
            ("harm", "Last night Tom was swearing at Sarah over the car and slapped her; Ella "
                     "(7) hid. Sarah mentioned it was not the first time."),
            ("goal", "Minh will speak calmly to Thanh, even on nights he has been drinking, for "
                     "six months; Phuoc will see it."),
        ),
        passes=(
            ("harm", "On 2 June Minh pushed Thanh into the wall and Phuoc (6) hid under the "
                     "table."),
            ("harm", "Kai (6) told his teacher that Dad hit him with a belt on Monday."),
            ("harm", "The neighbour told police she heard Minh threaten Thanh on 2 June."),
            ("harm", "On 2 June Minh pushed Thanh into the wall; he has said it was one bad "
                     "night."),
        ),
    ),
    SafetyRule(
        "child-blamed",
        "{words} makes the child (or the partner) the cause of what the adult did. Only the "
        "adult chooses to hurt; say what the adult did and what it did to the child.",
        LESSONS["dv"], CAP, STATEMENTS, blames_child,
        fires=(
            ("harm", "Phuoc's crying makes him angry, and on 2 June he shook Phuoc (1)."),
            ("harm", "Dad hit Mia (7) because she went in the shower without asking."),
            ("danger", "We are worried that when Leo (5) provokes Dad, Dad may hit him."),
            ("harm", "On Friday Ana (12) was supposed to be minding the baby and went out, and "
                     "the baby rolled off the bed."),
            ("danger", "We are worried that Minh hits Thanh when Vy (12) acts up, and Vy could "
                       "get hurt again."),
            ("harm", "Tommy got into the pills on Wednesday. Kai is a good boy but he need to "
                     "step up more."),
            ("plan", "Kai (13) will keep his brother occupied after school until Marie arrives."),
            ("goal", "Vy will keep Bao quiet in their room when Dad shouts."),
            ("danger", "We are worried that on bad days Kai (13) gets distracted and Tommy (3) "
                       "could get into the pills again."),
            ("harm", "Tommy (3) got into the pills on Wednesday because Kai (13) dropped the "
                     "ball."),
            ("harm", "Dad hit Mia (7) because she said no to him on Monday."),
            ("danger", "We are worried that when Mum has been drinking, Ana (11) minds the baby "
                       "and she messes up, and the baby could roll off the bed."),
        ),
        passes=(
            ("harm", "On 2 June Dad hit Mia (7) with a belt because he was drunk, and she had "
                     "bruises."),
            ("harm", "Mia (7) was scared because Dad shouted at her on Monday."),
            ("plan", "Kai (13) can call his aunt if he is worried; his aunt will come over."),
            ("danger", "We are worried Dad may hit Mum again and Leo (5) could be hurt, as Mum "
                       "says it has happened before."),
            ("harm", "Dad slapped Leo (5) as Leo explained to the nurse on Monday, and Leo has "
                     "a mark on his cheek."),
            ("plan", "Marie will keep Tommy busy when Renee is in bed."),
            ("danger", "We are worried that Kai (13) could slip up at school and fall behind."),
            ("plan", "Kai will keep busy with basketball after school."),
            ("danger", "We are worried that when Mum drinks, she gets distracted and Ana (11) "
                       "and the baby could be hurt."),
        ),
    ),
    SafetyRule(
        "dv-partner-trigger",
        "{words} tells the violence as anger, with his partner as what sets it off. The "
        "violence is his choice, not an anger problem: name what he did and what the "
        "children saw or heard.",
        LESSONS["dv"], CAP, STATEMENTS, partner_trigger,
        fires=(
            ("danger", "We are worried that when Minh is angry with Thanh he may push her and "
                       "Phuoc could be hurt."),
            ("harm", "When he gets angry with her, Minh pushed Thanh on 2 June and Phuoc (6) "
                     "cried."),
            ("danger", "We are worried that when Minh loses his temper he may hit Thanh again, "
                       "and Phuoc (6) could be hurt."),
            ("danger", "The worker is worried that when Thanh asks him about money, Minh may get "
                       "physical with her again and Phuoc (6) could be hurt."),
            ("danger", "We are worried that when Mum winds Dad up about money he might lash out, "
                       "and the kids could get hurt."),
            ("danger", "We are worried that if Ms. Reyes complains about the bills, Mr. Reyes "
                       "could slap her and Ana (4) could see it."),
            ("goal", "Tom will keep his cool whenever Sarah questions his spending, for a year, "
                     "and his brother will see it."),
            ("plan", "When Thanh brings up the rent, Minh will take a break at Phuoc's."),
            ("danger", "The worker is worried that money talk with Thanh sets Minh off, and Vy "
                       "(12) could be hurt."),
            ("danger", "We are worried that Sarah gets on Tom's nerves about the car and he may "
                       "slap her again, and Ella (7) could see it."),
            ("goal", "Minh will go for a walk instead of yelling whenever Thanh brings up the "
                     "bills, for six months, and Phuoc will see it."),
        ),
        passes=(
            ("danger", "We are worried that when Mr. Tran asks the children to be quiet he may "
                       "push Ms. Nguyen, and Vy (12) could be hurt."),
            ("goal", "For six months, when money talk gets heavy, Minh will cool off at Phuoc's "
                     "instead of yelling, and Phuoc will see it."),
            ("plan", "When Thanh goes to work, Minh will take a break at Phuoc's."),
            ("danger", "We are worried that Kai winds Tommy up at bedtime and Tommy could fall "
                       "out of bed."),
            ("goal", "When the kids are loud, Minh will step outside instead of yelling, for six "
                     "months, and Phuoc will see it."),
            ("danger", "We are worried that Minh may push Thanh again when he has been "
                       "drinking, and Phuoc (6) could be hurt."),
            ("harm", "Mia (7) got angry with her brother at school on Monday."),
        ),
    ),
    SafetyRule(
        "question-blames",
        "{words} asks her (or a child) what she did to bring on his anger or violence. "
        "That tells her the violence is hers to prevent. Ask about the times things went "
        "better and who helped, and leave his choices his.",
        LESSONS["dv"], CAP, ("question",), blaming_question,
        fires=(
            ("question", "What did you do to make him so angry?"),
            ("question", "What were you saying to Minh just before he pushed you?"),
            ("question", "How could Vy stop winding her dad up?"),
            ("question", "What could you do differently so that he doesn't get angry?"),
            ("question", "What can you do to keep him calm at dinner?"),
            ("question", "What did the kids do to set their father off?"),
            ("question", "Is there something you say that sets Dad off?"),
            ("question", "What do you think you could do to avoid upsetting him?"),
            ("question", "How can you make sure he doesn't get mad?"),
        ),
        passes=(
            ("question", "What is different on the days when he stays calm?"),
            ("question", "When Minh gets angry, who could the children go to?"),
            ("question", "What did Minh do on the nights he walked away instead of shouting?"),
            ("question", "What helps you keep Tommy calm at bedtime?"),
            ("question", "On the mornings the kids got to school on time, what did you do "
                         "differently?"),
            ("question", "How can you make sure Tommy doesn't get upset at bedtime?"),
            ("question", "What do you say to Minh that helps him calm down?"),
        ),
    ),
    SafetyRule(
        "services-as-plan",
        "{words} is a service, and this is all the answer asks of the caregiver. Attending "
        "is not safety: say what the caregiver will do with the children that shows the "
        "change, and who will see it. (For violence against a partner, anger management is "
        "not the help: the violence is a choice.)",
        LESSONS["services"], 0.0, GOALS, m.services_only,
        fires=(
            ("plan", "Minh attends anger management weekly and Thanh attends a parenting "
                     "class."),
            ("goal", "Mom will complete parenting classes and drug testing."),
            ("goal", "Dad will engage in mental health treatment and demonstrate adequate "
                     "supervision for six months."),
            ("goal", "Ms. Lee will engage in services and ensure appropriate childcare "
                     "arrangements for Kim."),
            ("goal", "Dad will attend AA and Uncle Joe will make sure he goes every week, for "
                     "six months."),
            ("goal", "Mum will do the anger course, and her sister will make sure she turns up "
                     "each week."),
            ("goal", "Mom will complete parenting classes and Nan will drive her to each "
                     "session, for three months."),
            ("plan", "Renee will see her counsellor weekly and Lorraine will remind her to go to "
                     "her sessions."),
            ("goal", "Mom will go to parenting class, hand in her sign-in sheet to the worker and "
                     "check in monthly."),
            ("goal", "Mom will go to a parenting class instead of AA."),
            ("goal", "Mom will do her parenting class and find childcare for Kim after school."),
            ("goal", "Mr. Diaz will comply with his case plan and arrange after-school "
                     "supervision for Ben."),
            ("goal", "Ms. Lee will follow through with her referrals and find after-school care "
                     "for Kim."),
        ),
        passes=(
            ("goal", "Mom will cook dinner with the kids every evening and stay sober, and "
                     "Nan will see it for six months; Mom will go to AA meetings."),
            ("goal", "Renee will go to counselling, and Marie will check that Tommy is safe and "
                     "fed every afternoon for three months."),
            ("goal", "Dad will go to AA and cook dinner with the kids every night, for six "
                     "months."),
            ("goal", "Renee will go to counselling and check in with Tommy every afternoon "
                     "after his nap."),
            ("goal", "Minh will not shove Thanh and will keep calm rather than a course; Phuoc "
                     "will see it for six months."),
            ("goal", "Mom will go to parenting class and pick Sara up after school every day, and "
                     "Nan will see it."),
            ("goal", "Renee will go to counselling and walk Kai to school every morning, and Marie "
                     "will see it for three months."),
        ),
    ),
    SafetyRule(
        "label",
        "{words} is a label or a judgement standing where the behaviour should be. Say what "
        "the person did or did not do, and what it meant for the child, in plain words.",
        LESSONS["plain"], CAP, STATEMENTS, m.label_as_behaviour,
        fires=(
            ("danger", "We are worried because Mom is an alcoholic and Leo (5) could be hurt."),
            ("harm", "Dad is neglecting the kids and Leo (5) went hungry last week."),
            ("danger", "The agency is worried that Dad's alcohol use disorder results in a lack "
                       "of supervision for Leo (5)."),
            ("harm", "Mum has been depressed since May and Leo (5) went hungry."),
            ("harm", "On 2 June Thanh failed to protect Phuoc (6) from Minh."),
            ("danger", "We are worried that when Mum's depression is bad she stays in bed and "
                       "Leo (5) could go without breakfast."),
            ("danger", "We are worried that because of his bipolar Dad may leave Leo (5) alone "
                       "at night, and Leo could be hurt."),
            ("danger", "We are worried that Mum's depressive symptoms impair her protective "
                       "capacity and Leo (5) could go without meals."),
            ("harm", "Since March Dad's complicated grief has led to Leo (5) going without "
                     "breakfast most days."),
            ("danger", "We are worried that Leo (5) is at risk of educational neglect because Mum "
                       "stays in bed."),
        ),
        passes=(
            ("harm", "On 2 June Mom drank a bottle of vodka and fell asleep, and Leo (5) went "
                     "without dinner."),
            ("danger", "Dad claims he was home, and we are worried Leo (5) could be hurt."),
            ("danger", "We are worried that on days grief keeps Mum in bed, Leo (5) could go "
                       "without breakfast."),
            ("danger", "We are worried that Bao's anxiety will keep him hiding in the closet and "
                       "he could fall behind at school."),
            ("danger", "We are worried Tommy (2) is at risk of another overdose when Renee stays "
                       "in bed."),
        ),
    ),
    SafetyRule(
        "harm-goes-on",
        "{words} describes the harm going on. A goal says what the person will do instead, "
        "that keeps the children safe.",
        LESSONS["goal"], 0.0, GOALS, m.continued_harm,
        fires=(
            ("goal", "Minh will keep pushing Thanh for six months, and Phuoc will see this."),
            ("goal", "Dad will continue to yell at the kids every night."),
        ),
        passes=(
            ("goal", "Minh will keep his voice calm and walk away for six months, and Uncle "
                     "Bao will see this."),
            ("plan", "Mom will keep taking Leo to school every morning."),
        ),
    ),
)


def rule(rule_id: str) -> SafetyRule:
    """The rule with this id (a KeyError names a missing one)."""
    for r in RULES:
        if r.id == rule_id:
            return r
    raise KeyError(f"no safety rule called {rule_id!r}")


def find_findings(reading: Reading, kind: str) -> tuple[Finding, ...]:
    """Every rule that applies to ``kind`` and finds something, in the rules' order."""
    out = []
    for r in RULES:
        if kind in r.kinds:
            evidence = r.find(reading)
            if evidence:
                out.append(r.finding(evidence))
    return tuple(out)
