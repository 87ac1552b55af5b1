"""Plan and network forms as data: their saved shape and the rubrics that score them.

The pure half of the builder exercises (the widgets live in
``soplab.engine.widgets.builder``); grading, feedback and progress use it without any
widget library.

Saved value (one dict per item in ``answers/<set>.json``)::

    plan:    {"rules": [{"rule": str, "who": str, "when": str}, ...],
              "people": [{"name": str, "role": str}, ...],
              "monitoring": str, "backup": str, "review": str}
    network: {"people": [{"name": str, "relationship": str,
                          "knows": str, "role": str}, ...]}

Rubrics judge quality as well as form, with the statement coach's checks (each
criterion met earns an equal share of the item's points; a person adds a
quality judgement where the notebook has a hand-graded line):

* plan-rubric: (1) at least one rule; (2) every rule says who and when;
  (3) every rule is something people will do, not a service ("attends AA")
  and not an absence ("will not drink"); (4) at least two network people,
  each with a role; (5) how the plan is checked, by whom (three words or more,
  not a service such as testing); (6) a back-up step: what happens if the plan
  is not followed; (7) a review date or time.
* network-rubric: (1) at least three people; (2) each with a relationship to
  the family; (3) each with what they know of the worries; (4) at least two
  know the full worry; (5) at least two are people from the family's own life
  (relatives, friends, neighbours, faith or community), not paid
  professionals; (6) every person has a role that is something they will do
  (three words or more, not a service and not an absence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from soplab.coach import analyse

__all__ = [
    "Criterion", "FULL_WORRY", "KNOWS_CHOICES", "MIN_FULL_WORRY", "MIN_NETWORK_PEOPLE",
    "MIN_OWN_LIFE", "MIN_PLAN_PEOPLE", "NETWORK_FIELDS", "PLAN_PERSON_FIELDS",
    "PLAN_RULE_FIELDS", "PLAN_TEXT_FIELDS", "ROLE_SUGGESTIONS", "RUBRICS", "builder_credit",
    "describe", "empty_value", "is_answered", "network_rubric", "normalise", "perfect_answer",
    "plan_rubric", "rubric_credit",
]

#: Choices for "what they know of the worries" (network map).
KNOWS_CHOICES = (
    "",
    "Knows the full worry",
    "Knows part of the worry",
    "Does not know yet",
)
FULL_WORRY = KNOWS_CHOICES[1]

#: Suggested roles (the learner may type any other).
ROLE_SUGGESTIONS = (
    "Is at the home at the time of day the worry happens",
    "Checks in every evening by phone",
    "Is the person the children can call, any time",
    "Takes the children to school",
    "Gives the children a place to stay if the plan breaks down",
    "Comes to network meetings and tells the worker how the plan is going",
    "Supervises visits",
    "Helps with bedtime on hard evenings",
)

#: Smallest numbers the rubrics ask for.
MIN_NETWORK_PEOPLE = 3
MIN_PLAN_PEOPLE = 2
MIN_FULL_WORRY = 2
MIN_OWN_LIFE = 2

PLAN_RULE_FIELDS = ("rule", "who", "when")
PLAN_PERSON_FIELDS = ("name", "role")
PLAN_TEXT_FIELDS = ("monitoring", "backup", "review")
NETWORK_FIELDS = ("name", "relationship", "knows", "role")
#: Longest text kept from one field of a form (a long paragraph is far below this).
MAX_FIELD = 2_000
#: Most rows kept from one list of a form.
MAX_ROWS = 40

_TIME_WORDS = re.compile(
    r"\d|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(tomorrow|week|weeks|month|"
    r"months|days|fortnight)\b",
    re.IGNORECASE,
)
#: Paid helpers: useful in a network, but a network of professionals alone cannot
#: be there at 2 am; the rubric asks for people from the family's own life too.
_PROFESSIONAL = re.compile(
    r"\b(social worker|case ?worker|case manager|worker|therapist|counsell?or|"
    r"psychologist|psychiatrist|doctor|nurse|police|officer|probation|parole|"
    r"teacher|principal|lawyer|attorney|advocate|clinician|caseworker|cps|agency|"
    r"program staff|staff)\b",
    re.IGNORECASE,
)
#: A back-up step says what happens when the plan is not kept.
_BACKUP_WORDS = re.compile(r"\b(if|when|whenever|unless|in case|otherwise|instead)\b",
                           re.IGNORECASE)


# -- values ----------------------------------------------------------------------
def _text(value: Any) -> str:
    return value.strip()[:MAX_FIELD] if isinstance(value, str) else ""


def _rows(value: Any, key: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a saved form, cleaned: strings only, empty rows dropped."""
    raw = value.get(key) if isinstance(value, dict) else None
    rows = []
    for row in raw[:MAX_ROWS] if isinstance(raw, list) else []:
        if not isinstance(row, dict):
            continue
        clean = {f: _text(row.get(f)) for f in fields}
        if any(clean.values()):
            rows.append(clean)
    return rows


def empty_value(widget: str) -> dict[str, Any]:
    if widget == "plan":
        return {"rules": [], "people": [], "monitoring": "", "backup": "", "review": ""}
    return {"people": []}


def normalise(widget: str, value: Any) -> dict[str, Any]:
    """A clean copy of a saved form value (anything malformed counts as empty)."""
    if widget == "plan":
        clean: dict[str, Any] = {
            "rules": _rows(value, "rules", PLAN_RULE_FIELDS),
            "people": _rows(value, "people", PLAN_PERSON_FIELDS),
        }
        for key in PLAN_TEXT_FIELDS:
            clean[key] = _text(value.get(key)) if isinstance(value, dict) else ""
        return clean
    return {"people": _rows(value, "people", NETWORK_FIELDS)}


def is_answered(widget: str, value: Any) -> bool:
    """Whether a builder form has anything filled in (not whether it is complete)."""
    clean = normalise(widget, value)
    return any(bool(v) for v in clean.values())


# -- the coach's checks ------------------------------------------------------------
def _problems(text: str) -> list[str]:
    """The coach's service and absence flags for one plan line, as plain reasons."""
    result = analyse(text, expected_kind="plan")
    out = []
    for flag in result.flags:
        if flag.code == "service_as_goal":
            out.append(f'a service ("{flag.evidence}")')
        elif flag.code == "absence_goal":
            out.append("a 'will not': say what people will do instead")
    return out


# -- rubrics ---------------------------------------------------------------------
@dataclass(frozen=True)
class Criterion:
    """One rubric line: what it asks, whether the answer meets it, and why not."""
    text: str
    met: bool
    why_not: str = ""


def _words(text: str) -> int:
    return len(text.split())


def plan_rubric(value: Any) -> list[Criterion]:
    plan = normalise("plan", value)
    rules, people = plan["rules"], plan["people"]
    named = [p for p in people if p["name"] and p["role"]]
    written = [r for r in rules if r["rule"]]
    weak = [(n, p) for n, r in enumerate(rules, start=1) if r["rule"]
            for p in _problems(r["rule"])]
    monitoring_problems = _problems(plan["monitoring"]) if plan["monitoring"] else []
    return [
        Criterion("At least one rule is written.", bool(written)),
        Criterion("Every rule says who does it and when.",
                  bool(rules) and all(r["rule"] and r["who"] and r["when"] for r in rules)),
        Criterion("Every rule is something people will do to keep the children safe, not a "
                  "service and not a 'will not'.", bool(written) and not weak,
                  "; ".join(f"rule {n} is {p}" for n, p in weak)),
        Criterion(f"At least {MIN_PLAN_PEOPLE} people from the network are named, each with "
                  "a role.", len(named) >= MIN_PLAN_PEOPLE and len(named) == len(people)),
        Criterion("It says how the plan is checked, and by whom (not a service such as "
                  "testing).",
                  _words(plan["monitoring"]) >= 3 and not monitoring_problems,
                  "; ".join(f"the checking is {p}" for p in monitoring_problems)),
        Criterion("It says what happens if the plan is not followed.",
                  _words(plan["backup"]) >= 3 and bool(_BACKUP_WORDS.search(plan["backup"]))),
        Criterion("It gives a review date or time.", bool(_TIME_WORDS.search(plan["review"]))),
    ]


def _own_life(relationship: str) -> bool:
    return bool(relationship) and not _PROFESSIONAL.search(relationship)


def network_rubric(value: Any) -> list[Criterion]:
    people = normalise("network", value)["people"]
    named = [p for p in people if p["name"]]
    every = bool(named) and len(named) == len(people)
    weak_roles = [(n, p) for n, person in enumerate(people, start=1) if person["role"]
                  for p in _problems(person["role"])]
    short_roles = [n for n, person in enumerate(people, start=1)
                   if person["role"] and _words(person["role"]) < 3]
    own = sum(_own_life(p["relationship"]) for p in named)
    why_roles = [f"person {n}'s role is {p}" for n, p in weak_roles] + \
        [f"person {n}'s role is too short to say what they will do" for n in short_roles]
    return [
        Criterion(f"At least {MIN_NETWORK_PEOPLE} people are named.",
                  len(named) >= MIN_NETWORK_PEOPLE),
        Criterion("Every person has a relationship to the family.",
                  every and all(p["relationship"] for p in people)),
        Criterion("Every person has a note on what they know of the worries.",
                  every and all(p["knows"] for p in people)),
        Criterion(f"At least {MIN_FULL_WORRY} people know the full worry.",
                  sum(p["knows"] == FULL_WORRY for p in named) >= MIN_FULL_WORRY),
        Criterion(f"At least {MIN_OWN_LIFE} people come from the family's own life "
                  "(relatives, friends, neighbours, faith or community), not only "
                  "professionals.", own >= MIN_OWN_LIFE),
        Criterion("Every person has a role that says what they will do (not a service and "
                  "not a 'will not').",
                  every and all(p["role"] for p in people) and not weak_roles
                  and not short_roles, "; ".join(why_roles)),
    ]


#: Rubric name (the item's label) -> (widget kind, rubric function).
RUBRICS: dict[str, tuple[str, Callable[[Any], list[Criterion]]]] = {
    "plan-rubric": ("plan", plan_rubric),
    "network-rubric": ("network", network_rubric),
}


def rubric_credit(label: str, value: Any) -> float:
    """Share of rubric criteria met (0..1)."""
    criteria = RUBRICS[label][1](value)
    return sum(c.met for c in criteria) / len(criteria)


def builder_credit(ex, item, value: Any) -> tuple[bool, float]:
    """The grading scorer of builder sets: (answered, rubric share met)."""
    if not is_answered(ex.widget, value):
        return False, 0.0
    return True, rubric_credit(item.label, value)


def perfect_answer(item) -> dict[str, Any]:
    """A value that meets every criterion of ``item``'s rubric (for tests and demos)."""
    kind = RUBRICS[item.label][0]
    if kind == "plan":
        return {
            "rules": [
                {"rule": "A sober adult is with the children every evening",
                 "who": "Aunt Rosa", "when": "Every evening, 5 pm to bedtime"},
                {"rule": "The children can phone their grandfather whenever they feel scared",
                 "who": "Grandfather Tomas and the children", "when": "Any time"},
            ],
            "people": [
                {"name": "Rosa (aunt)", "role": "Is at the home every evening"},
                {"name": "Tomas (grandfather)", "role": "Is the person the children call"},
            ],
            "monitoring": "Rosa texts the social worker each Friday to say how the week went.",
            "backup": "If Rosa cannot come, the children stay at Tomas's home that night.",
            "review": "Review together with the network in 7 days, on Monday 14 December.",
        }
    return {
        "people": [
            {"name": "Rosa", "relationship": "Aunt", "knows": FULL_WORRY,
             "role": "Is at the home every evening"},
            {"name": "Tomas", "relationship": "Grandfather", "knows": FULL_WORRY,
             "role": "Is the person the children can call"},
            {"name": "Ms. Han", "relationship": "Neighbour", "knows": KNOWS_CHOICES[2],
             "role": "Takes the children to school"},
        ]
    }


def describe(label: str, value: Any) -> str:
    """The saved form as plain text (formgrader and feedback show this)."""
    kind = RUBRICS[label][0]
    clean = normalise(kind, value)
    lines: list[str] = []
    if kind == "plan":
        for n, r in enumerate(clean["rules"], start=1):
            lines.append(f"Rule {n}: {r['rule'] or '(empty)'}; who: {r['who'] or '(empty)'}; "
                         f"when: {r['when'] or '(empty)'}")
        for p in clean["people"]:
            lines.append(f"Network person: {p['name'] or '(no name)'}; role: "
                         f"{p['role'] or '(empty)'}")
        lines.append(f"How it is checked: {clean['monitoring'] or '(empty)'}")
        lines.append(f"If it is not followed: {clean['backup'] or '(empty)'}")
        lines.append(f"Review: {clean['review'] or '(empty)'}")
    else:
        for p in clean["people"]:
            lines.append(f"{p['name'] or '(no name)'}: {p['relationship'] or '(relationship?)'}; "
                         f"{p['knows'] or '(knows?)'}; role: {p['role'] or '(empty)'}")
    return "\n".join(lines)
