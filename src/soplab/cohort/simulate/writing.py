"""How a simulated learner answers: the option they choose, the statement they write
from fragments, and the plan or network form they fill in."""

from __future__ import annotations

import copy
import math
import random
import re

from soplab.engine.items import Exercise, Item, label_kind
from soplab.engine.rubrics import RUBRICS, perfect_answer

from .learners import SimLearner

__all__ = [
    "FRAGMENTS", "WRITING_MISCONCEPTIONS", "answer_item", "choose", "fragments_for", "write_form",
    "write_text",
]


#: Fragments of written answers, by the kind asked for. ``good`` parts are
#: what a strong answer contains; ``weak`` parts stand in for missing detail.
FRAGMENTS: dict[str, dict[str, list[str]]] = {
    "harm": {
        "good": [
            "On March 3, Ms. Alvarez's neighbour saw her son Diego, age 6, alone on the "
            "apartment balcony for about two hours in the evening.",
            "Diego told the school nurse he was cold and scared and had not eaten dinner.",
            "This is the first time the agency has heard about the family.",
        ],
        "weak": ["Diego was left alone.", "Things at home were hard for Diego."],
        "jargon": ["Mother is neglectful and has a substance abuse problem."],
        "confusion": ["Diego could be left alone again and get hurt."],
    },
    "danger": {
        "good": [
            "The worker and the family are worried that if nothing changes, Tevita, age 4,",
            "could again be left in the car for long stretches while his father Sione works "
            "late shifts,",
            "and Tevita could be badly hurt by the heat or frightened and alone.",
        ],
        "weak": ["We are worried about Tevita.", "Something bad might happen."],
        "jargon": ["Father is unprotective and lacks parenting skills."],
        "confusion": ["Last week Tevita was left in the car for an hour."],
    },
    "goal": {
        "good": [
            "Everyone, including Grandma Rosa and the school counsellor, will see",
            "that when Ms. Begum feels overwhelmed at night she calls her sister Nasrin, who "
            "comes over so that Amina, age 7, is cared for by a calm adult",
            "every day for the next 90 days, and Amina will tell her teacher she feels safe "
            "at bedtime.",
        ],
        "weak": ["Amina will be safe.", "The family will do better."],
        "jargon": ["Mother will address her mental health issues."],
        "service": ["Ms. Begum will complete a parenting class and anger management."],
        "absence": ["Ms. Begum will not yell at Amina anymore."],
    },
    "plan": {
        "good": [
            "If Mr. Kowalski starts drinking, he will text his brother Piotr the word 'blue',",
            "Piotr will pick up Zofia within 30 minutes and she will stay with him overnight,",
            "and Zofia knows she can call Aunt Ewa from the phone by the fridge; the network "
            "meets every Sunday to check the plan is working.",
        ],
        "weak": ["Family will keep Zofia safe.", "Dad will get help."],
        "jargon": ["Father will comply with substance abuse services."],
        "service": ["Father will attend AA meetings and do random testing."],
        "absence": ["Mr. Kowalski will not drink around Zofia."],
    },
    "question": {
        "good": [
            "What have you already tried that helped, even a little, on the hard nights?",
            "Who in your family or community would you want to know about this?",
            "On a scale of 0 to 10, where 10 means Marisol is as safe as she needs to be, "
            "where would you put things today, and what makes it that number?",
        ],
        "weak": ["Tell me about home.", "How are things?"],
        "closed": ["Did you hit your daughter?", "Is there food in the house?"],
        "why": ["Why did you leave the children alone?"],
        "leading": ["Your dad hurts you when he is angry, doesn't he?"],
    },
    "reflection": {
        "good": [
            "I want to slow down at the door and explain plainly why I came.",
            "I will ask the family what they want me to understand about them.",
            "I noticed I tend to assume things, so I will ask instead.",
        ],
        "weak": ["I will try to do better.", "Not sure yet."],
    },
}


#: Which misconception tags change how a learner writes each kind of answer.
WRITING_MISCONCEPTIONS: dict[str, list[tuple[str, str]]] = {
    "harm": [("jargon-label", "jargon"), ("harm-danger-confusion", "confusion")],
    "danger": [("jargon-label", "jargon"), ("harm-danger-confusion", "confusion")],
    "goal": [("service-as-goal", "service"), ("absence-goal", "absence"),
             ("jargon-label", "jargon")],
    "plan": [("service-as-goal", "service"), ("absence-goal", "absence"),
             ("jargon-label", "jargon")],
    "question": [("closed-question", "closed"), ("why-question", "why"),
                 ("leading-question", "leading")],
}


def _p_right(learner: SimLearner, item: Item) -> float:
    difficulty = 0.0 if item.kind == "practice" else 0.3
    p = 1.0 / (1.0 + math.exp(-(1.2 * learner.ability + 1.0 - difficulty)))
    if item.misconception and item.misconception in learner.misconceptions:
        p *= 0.2  # the tempting wrong answer wins most of the time
    return p


def choose(learner: SimLearner, ex: Exercise, item: Item, rng: random.Random) -> str:
    """The option the learner picks (text for classify, a letter for scenario)."""
    if ex.widget == "scenario":
        options = [chr(65 + i) for i in range(len(item.choices))]
    else:
        options = list(ex.choices)
    right = item.label
    wrong = [o for o in options if o != right]
    if not wrong or rng.random() < _p_right(learner, item):
        return right
    return rng.choice(wrong)


#: Weak and mistaken parts that name no family, for answers to a given prompt.
_ANY_FAMILY: dict[str, dict[str, list[str]]] = {
    "harm": {"weak": ["The child was left alone.", "Things at home were hard."],
             "jargon": ["The parent is neglectful and has a substance abuse problem."],
             "confusion": ["The children could be hurt again."]},
    "danger": {"weak": ["We are worried about the children.", "Something bad might happen."],
               "jargon": ["The parent is unprotective and lacks parenting skills."],
               "confusion": ["Last week the child was hurt."]},
    "goal": {"weak": ["The children will be safe.", "The family will do better."],
             "jargon": ["The parent will address their mental health issues."],
             "service": ["The parent will complete a parenting class."],
             "absence": ["The parent will not yell at the children anymore."]},
    "plan": {"weak": ["The family will keep the children safe.", "The parent will get help."],
             "jargon": ["The parent will comply with services."],
             "service": ["The parent will attend meetings and do random testing."],
             "absence": ["The parent will not drink around the children."]},
}


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return [p for p in parts if len(p) > 3]


def fragments_for(kind: str, item: Item | None = None) -> dict[str, list[str]]:
    """The fragments for an answer of ``kind``; with the ``item``, its good parts come from
    the item's model answer (so a statement about the Nguyen family is about the
    Nguyens) and the weak or mistaken ones name no family."""
    parts = FRAGMENTS.get(kind, FRAGMENTS["reflection"])
    model = item.explanation if item is not None else ""
    if not model or model.lower().startswith(("look for", "a strong answer")):
        return parts
    return {**parts, **_ANY_FAMILY.get(kind, {}), "good": _sentences(model)[:4] or parts["good"]}


def write_text(learner: SimLearner, kind: str, rng: random.Random,
               item: Item | None = None) -> str:
    """A written answer assembled from fragments, shaped by ability and misconceptions
    (about the prompt's own family when ``item`` has a model answer)."""
    parts = fragments_for(kind, item)
    strength = 1.0 / (1.0 + math.exp(-1.5 * learner.ability))
    chosen = [p for p in parts["good"] if rng.random() < 0.25 + 0.7 * strength]
    if not chosen:
        chosen = [rng.choice(parts["weak"])]
    for tag, slot in WRITING_MISCONCEPTIONS.get(kind, []):
        if tag in learner.misconceptions and slot in parts and rng.random() < 0.8:
            bad = rng.choice(parts[slot])
            if slot in ("service", "absence", "closed", "why", "leading", "confusion"):
                chosen = [bad, *chosen[1:]] if rng.random() < 0.6 else [bad]
            else:
                chosen.insert(0, bad)
    if rng.random() < 0.2 and strength < 0.5:
        chosen.append(rng.choice(parts["weak"]))
    return " ".join(chosen)


def write_form(learner: SimLearner, item: Item, rng: random.Random) -> dict:
    """A plan or network form, complete for strong learners and thinner or weaker
    (services, 'will not' rules, professionals only) for others."""
    value = copy.deepcopy(perfect_answer(item))
    strength = 1.0 / (1.0 + math.exp(-1.5 * learner.ability))

    def slips() -> bool:
        return rng.random() > 0.35 + 0.6 * strength

    if RUBRICS[item.label][0] == "plan":
        if "service-as-goal" in learner.misconceptions and rng.random() < 0.8:
            value["rules"][0]["rule"] = "Dad attends AA meetings and a parenting class"
            value["monitoring"] = "Random drug testing twice a week"
        if "absence-goal" in learner.misconceptions and rng.random() < 0.8:
            value["rules"][1]["rule"] = "Dad will not drink when the children are home"
        for key in ("monitoring", "backup", "review"):
            if slips():
                value[key] = ""
        if slips():
            value["rules"][1]["when"] = ""
        if slips():
            value["people"] = value["people"][:1]
    else:
        if slips():
            value["people"] = value["people"][:2]
        for person in value["people"]:
            if slips():
                person["knows"] = ""
            if slips():
                person["role"] = "Helps"
        if "service-as-goal" in learner.misconceptions and rng.random() < 0.8:
            for person in value["people"][:2]:
                person["relationship"] = "Therapist"
    return value


def answer_item(learner: SimLearner, ex: Exercise, item: Item, rng: random.Random):
    """What ``learner`` saves for one item of set ``ex``: an option, a text or a form."""
    if ex.widget == "text":
        return write_text(learner, label_kind(item.label), rng, item)
    if ex.widget in ("plan", "network"):
        return write_form(learner, item, rng)
    return choose(learner, ex, item, rng)
