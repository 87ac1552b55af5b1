"""A learned second reader for harmful practice, asked where the rules found none.

The safety rules (:mod:`soplab.coach.safety_rules`) name harmful practice from general
readings; every round of new writers still finds shapes they do not know ("on Kai's
watch", "Renee's depression keeps her in bed"). This reader looks at the words instead: a
multinomial logistic regression over an answer's words and word pairs (common words left
out, the course's people as their part: :func:`roles`), a few general cues (:func:`_cues`)
and the kind the item asks for, whose labels are "none" and the expert's harmful rules.
It is trained offline by ``benchmarks/harm_reader.py`` on the expert-scored answers of the
spent splits, and its weights are ``data/lexicon/harm_weights.csv`` (read on first use).

It is asked only for an item's answer (the kind is given), only for the kinds it was
trained on, and only when no rule found anything. When it reads the answer as harmful
with probability :data:`HARMFUL_AT` or more, the answer gets a ``possible-harm`` finding:
the learner is told that it is a guess and which practice the answer looks like, the
score is capped as for any harmful practice, and the answer goes to a person (every
finding sends it to the review queue), so the machine's guess is never the last word.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from soplab._core.paths import data_path

from . import lazyre as re
from .kindmodel import features, probabilities, weights
from .lexicon import read_rows
from .safety import Finding
from .safety_rules import CAP, LESSONS, rule

__all__ = ["CLEAR_LEAN", "HARM_LABELS", "HARM_ROLES_FILE", "HARM_WEIGHTS_FILE", "HARMFUL_AT",
           "MODEL_KINDS", "harm_features", "harm_probabilities", "roles", "second_reading"]

HARM_WEIGHTS_FILE = "harm_weights.csv"
#: The parts the course's people play in a vignette where names.csv does not tell them.
HARM_ROLES_FILE = "harm_roles.csv"
#: "none" and the expert's harmful rules (data/writing/README.md), in the file's order.
HARM_LABELS = ("none", "dv-mutual", "dv-survivor-monitors", "dv-source-exposed",
               "child-blamed", "dv-partner-trigger", "services-as-plan", "label")
#: The kinds the course's scored writing items ask for: the reader knows no other.
MODEL_KINDS = ("harm", "danger", "goal", "question")
#: The probability of "some harmful practice" from which the reader speaks. Chosen on the
#: spent answers (not blind): leave one split out over dev..heldout12 (round 12) it flags
#: 252 of 384 harmful answers and none of 1,089 sound ones (heldout9-12: 63 of 113). 0.45
#: and 0.4 flag a few more harmful ones for a sound one more, but a short thin goal ("Mom
#: will not drink.") has little to tell it from a list of services and sits near 0.3-0.45:
#: kept at 0.5. (Round 12's training corpus was tried and not shipped: see CORPUS_GLOB in
#: benchmarks/harm_reader.py.)
HARMFUL_AT = 0.5
#: The reader names one practice when that practice holds at least this share of its
#: "harmful" probability; else it names them all.
CLEAR_LEAN = 0.6
#: Said when the reader leans to no one practice, and the lessons that teach them.
SOME_PRACTICE = ("one of those the course warns against (violence told as shared, the "
                 "survivor made to watch or report on him, a child blamed or given an adult's "
                 "job, services in place of safety, a label in place of behaviour)")
GENERAL_LESSON = f"{LESSONS['dv']}; {LESSONS['services']}"
#: What each practice is, in the learner's words.
PRACTICE = {
    "dv-mutual": "violence told as something both partners do",
    "dv-survivor-monitors": "the survivor made the one who watches or reports on the "
                            "person using violence",
    "dv-source-exposed": "naming what only the survivor or a child said in private, where "
                         "the person using violence will hear it",
    "child-blamed": "a child blamed for what happened or given an adult's job",
    "dv-partner-trigger": "the survivor's words or acts told as the cause of the violence",
    "services-as-plan": "services standing in for the safety everyone will see",
    "label": "a label or diagnosis standing in for what the person does",
}


#: Words too common to weigh on their own: left out of the features, alone or in a pair of
#: two (with them the reader learned function words).
_COMMON = frozenset(
    "a an and are as at be been but by for from had has have he her him his i if in is it "
    "its me my not of on or our she so that the their them then there they this to was we "
    "were when will with would you your".split())


_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019-]*")
_POSSESSIVE = ("'s", "\u2019s")


@lru_cache(maxsize=1)
def _role_of() -> dict[str, str]:
    """Each course name (lower case) -> its role word: ``xchild``, ``xkin``, ``xfather``,
    ``xmother`` from names.csv, or the part :data:`HARM_ROLES_FILE` gives (``xviolent``,
    ``xsurvivor``). Names with none of these (surnames) are left as names."""
    out: dict[str, str] = {}
    for r in read_rows(data_path("lexicon", "names.csv")):
        if r.get("child") == "1":
            role = "child"
        elif r.get("network") == "1":
            role = "kin"
        elif r.get("network") == "0" and r.get("gender") in ("he", "she"):
            role = "father" if r["gender"] == "he" else "mother"
        else:
            continue
        out[r["name"].lower()] = "x" + role
    for r in read_rows(data_path("lexicon", HARM_ROLES_FILE)):
        out[r["name"].lower()] = "x" + r["role"]
    return out


def _as_role(m: re.Match[str]) -> str:
    word = m.group(0)
    tail = next((t for t in _POSSESSIVE if word.lower().endswith(t)), "")
    role = _role_of().get(word[:len(word) - len(tail)].lower())
    return word if role is None else role + ("s" if tail else "")


#: A name told with a child's age: "Dario (9)", "Lupe, 4,", "Nico (age 7)".
_AGED = re.compile(r"\b[A-Z][\w'\u2019-]*"
                   r"(?=\s*[(,]\s*(?:age[ds]?\s+)?(\d{1,2})\b(?!\s*(?:am|pm|:)))")


_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                       "march april may june july august september october november december "
                       "on in since by".split())


def _as_child(m: re.Match[str]) -> str:
    keep = int(m.group(1)) >= 18 or m.group(0).lower() in _NOT_NAMES
    return m.group(0) if keep else "xchild"


def roles(text: str) -> str:
    """``text`` with the course's people named by their part ("Minh pushed Thanh and Vy
    cried" -> "xviolent pushed xsurvivor and xchild cried"), and any name told with a
    child's age as a child ("Dario (9)"): the reader learns how people write about a parent
    who uses violence or a child, not one family's facts."""
    return _WORD.sub(_as_role, _AGED.sub(_as_child, text))


#: Someone made to report on another's acts: a report to an authority ("call the worker",
#: "let his probation officer know", "text the police") on a condition of what someone
#: else does ("if he drinks", "whenever xviolent shouts", "every time Dad ..."). A feature,
#: not a rule: the reader learns from the answers how much it weighs (a parent's own plan
#: to call his brother when he feels angry names no authority).
_REPORTS = re.compile(
    r"\b(?:call|phone|ring|text|tell|inform|notify|update|report\s+to|let|check\s+in\s+with)"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'\u2019]+\s+){0,2}"
    r"(?:worker|police|officer|cps|department|caseworker|us|911)\b[^.;!?]{0,40}?"
    r"\b(?:if|when|whenever|every\s+time|each\s+time|any\s*time)\s+(?:he|xviolent|xfather|"
    r"dad|daddy|father|things|(?-i:[A-Z][\w'\u2019]*))\b", re.I)

#: A child (by role) given an adult's job or blamed for a lapse: "xchild will make sure",
#: "xchild was supposed to be watching", "if xchild doesn't keep a closer eye". Not where
#: the job is taken from him (:data:`_UNDONE` just before it).
_CHILD_DUTY = re.compile(
    r"\bxchild\b,?(?:\s+[\w'\u2019(),]+){0,4}?\s+(?:watch|watches|watching|watched|keeps?\s+an\s+eye|"
    r"keeps?\s+a\s+closer\s+eye|makes?\s+sure|in\s+charge|responsible|back-?up|babysit\w*|"
    r"supervis\w*|relied\s+on|careless|let\s+him\s+out|minds?|minding)\b", re.I)
_UNDONE = re.compile(r"\b(?:not|\w+n't|never|no\s+longer|instead\s+of|without|stops?|nobody|"
                     r"no\s+one|is\s+supervised|be\s+supervised)\b", re.I)
#: A label or diagnosis owned by a parent by name or role ("xmothers depression",
#: "Mr. Price's beer problem", "Mom's addiction") or said of her ("is an alcoholic").
_LABEL = re.compile(
    r"\b(?:x(?:mother|father|violent|survivor|kin)s|(?:mr|mrs|ms)\.?\s+[A-Z]\w*['\u2019]s|"
    r"(?:mom|mum|dad|mother|father)['\u2019]s)\s+(?:[\w-]+\s+)?(?:problems?|disorder|dependency|"
    r"addiction|illness|condition|neglect|depression|alcoholism|issues|instability|diagnosis|"
    r"dependence)\b"
    r"|\b(?:is|being|an?)\s+(?:an?\s+)?(?:alcoholic|addict|unstable|mentally\s+ill|depressed|"
    r"neglectful|abuser|drunk)\b"
    r"|\b(?:is|being|an?)\s+(?:an?\s+)?(?:irresponsible|heavy|problem|chronic|compulsive)\s+"
    r"(?:drinker|user|parent|mother|father)\b"
    r"|\b(?:going\s+through|suffer(?:s|ing)?\s+from|struggl(?:es|ing)\s+with|battling|in\s+the\s+grip"
    r"\s+of)\s+(?:a\s+|an\s+|her\s+|his\s+)?(?:bout\s+of\s+)?(?:[\w-]+\s+)?(?:depression|alcoholism|"
    r"addiction|mental\s+illness|dependen\w+|disorder)\b", re.I)

#: The survivor's words or acts told as what sets him off: "when xsurvivor nags him",
#: "if Mom brings up the bills", "when xsurvivor presses xviolent about money".
_TRIGGER = re.compile(
    r"\b(?:when|if|whenever|every\s+time|each\s+time|because|after)\s+(?:xsurvivor|xmother|mom|"
    r"mum|the\s+mother|his\s+(?:wife|partner))\s+(?:[\w'\u2019]+\s+){0,3}?(?:him|xviolent|"
    r"xfather|dad|about\s+(?:the\s+)?(?:money|bills|finances))\b"
    r"|\b(?:when|if|whenever|every\s+time|because)\s+(?:xsurvivor|xmother|mom|mum|she)\s+(?:won't|"
    r"will\s+not|doesn't|does\s+not|wouldn't|refuses\s+to|keeps)\s+(?:drop\w*|let\w*\s+(?:it\s+)?go|"
    r"stop\w*|back\w*\s+down|bring\w*\s+up|nag\w*|push\w*|question\w*)\b"
    r"|\bon\s+(?:her|xsurvivors|xmothers)\s+case\b|\b(?:argu\w*|quarrel\w*|fight\w*|bicker\w*|"
    r"words)\s+with\s+(?:her|xsurvivor|xmother)\s+(?:about|over)\b", re.I)
#: Violence told as something both do: "the parents had a fight", "a domestic disturbance",
#: "between xviolent and xsurvivor", "money fights".
_MUTUAL = re.compile(
    r"\b(?:between\s+(?:the\s+)?(?:parents|couple|xviolent\s+and\s+xsurvivor|xsurvivor\s+and\s+"
    r"xviolent)|(?:the\s+)?(?:parents|couple|xviolent\s+and\s+xsurvivor|xsurvivor\s+and\s+xviolent|"
    r"mom\s+and\s+dad|they)\s+(?:[\w'\u2019]+\s+){0,2}?(?:fight\w*|argu\w*|conflict\w*|"
    r"altercation|disagree\w*|got\s+into\s+it|squabbl\w*)|(?:money|domestic|verbal|marital|"
    r"couple'?s?)\s+(?:fights?|fighting|disputes?|disturbance|conflicts?|arguments?|"
    r"altercations?)|(?:shouting|screaming|yelling|slanging|shoving)\s+match(?:es)?|"
    r"(?:separate|separating|separated)\s+(?:them|the\s+two|the\s+parents)|"
    r"(?:break|broke|breaking)\s+(?:it|them|the\s+two|the\s+parents|the\s+fight)\s+up|"
    r"(?:break|broke|breaking)\s+up\s+the\s+(?:fight|argument|two)|"
    r"(?:xviolent\s+and\s+xsurvivors?|xsurvivor\s+and\s+xviolents?)\s+(?:argument|fight|dispute|"
    r"conflict|quarrel)|(?:xviolent\s+and\s+xsurvivor|xsurvivor\s+and\s+xviolent|the\s+couple)\s+"
    r"(?:will|should|need\s+to|must)\s+(?:both\s+)?(?:keep|stay|be|stop|work|learn|calm|not|"
    r"communicate|avoid|try))\b", re.I)

#: A child (by role) told as having failed at an adult's job, in the past (one cue with
#: :data:`_CHILD_DUTY`, which it shares its weight with): "xchild was home
#: but didn't catch it", "while xchild was busy on his phone", "xchild wasn't watching".
_CHILD_LAPSE = re.compile(
    r"\bxchild\b,?(?:\s+[\w'\u2019(),]+){0,8}?\s+(?:didn't|did\s+not|wasn't|was\s+not|failed\s+to|"
    r"forgot\s+to|never)\s+(?:catch|notice|see|keep|watch|check|stop|look|paying|pay|"
    r"watching|looking|keeping|mind|minding)\b"
    r"|\b(?:while|because|as)\s+xchild\s+(?:\(\d+\)\s+|,\s*\d+,\s+)?(?:was|were)\s+"
    r"(?:busy|distracted|on\s+(?:his|her)\s+(?:phone|tablet|game)|gaming|playing|texting|asleep|"
    r"watching\s+tv|not\s+paying)", re.I)
#: The survivor made to keep the authorities told (one cue with :data:`_REPORTS`):
#: "xsurvivor will give the worker an update at every visit", "xsurvivor keeps the worker
#: posted", "xsurvivor will report to us weekly".
_SURVIVOR_UPDATES = re.compile(
    r"\bxsurvivor\b(?:\s+[\w'\u2019]+){0,2}?\s+(?:give|gives|giving|keep|keeps|keeping|send|sends)\s+"
    r"(?:the\s+)?(?:worker|sw|caseworker|department|cps|us|police|officer|court)\s+(?:an?\s+|regular\s+|"
    r"weekly\s+)?(?:update|updates|updated|report|reports|posted|informed|in\s+the\s+loop)\b"
    r"|\bxsurvivor\b(?:\s+[\w'\u2019]+){0,2}?\s+(?:update|updates|report|reports|check\s+in)\s+"
    r"(?:to\s+|with\s+)?(?:the\s+)?(?:worker|sw|caseworker|department|cps|us|police)\b", re.I)
_NAMED_CUES = (("c:partner-trigger", _TRIGGER), ("c:mutual", _MUTUAL),
               ("c:label-of-person", _LABEL), ("c:reports-on-him", _REPORTS),
               ("c:child-duty", _CHILD_LAPSE), ("c:reports-on-him", _SURVIVOR_UPDATES))


def _cues(text: str) -> set[str]:
    """The reader's general cues in ``text`` (the course's people already as roles)."""
    cues = {name for name, pattern in _NAMED_CUES if pattern.search(text)}
    duty = _CHILD_DUTY.search(text)
    if duty and not _UNDONE.search(text[max(0, duty.start() - 12):duty.end()]):
        cues.add("c:child-duty")
    return cues


def harm_features(text: str, kind: str) -> set[str]:
    """The reader's features: the words and pairs of
    :func:`~soplab.coach.kindmodel.features` of the text with the course's people as their
    roles (:func:`roles`), without common words (:data:`_COMMON`), and the kind the item
    asks for."""
    text = roles(text)
    feats = {f for f in features(text)
             if not (f.startswith("w:") and f[2:] in _COMMON)
             and not (f.startswith("b:") and all(t in _COMMON for t in f[2:].split("_")))}
    feats.add(f"kind:{kind}")
    return feats | _cues(text)


def harm_probabilities(text: str, kind: str, folder: str) -> dict[str, float]:
    """Probability of "none" and of each harmful practice ({} without a weights file)."""
    table = weights(folder, HARM_WEIGHTS_FILE, HARM_LABELS)
    if not table:
        return {}
    return probabilities(harm_features(text, kind), table, HARM_LABELS)


def second_reading(text: str, kind: str | None, folder: str | Path) -> Finding | None:
    """A ``possible-harm`` finding when the reader takes the answer for harmful practice,
    else None (also for a kind it does not know, or without a weights file). The practice
    is named only where the reader leans clearly to one (:data:`CLEAR_LEAN`); the words
    behind a guess are not shown: a word model's weights are no reason a learner can use."""
    if kind not in MODEL_KINDS:
        return None
    p = harm_probabilities(text, kind, str(folder))
    harmful = 1.0 - p.get("none", 1.0)
    if harmful < HARMFUL_AT:
        return None
    practice = max(HARM_LABELS[1:], key=p.get)
    if p[practice] >= CLEAR_LEAN * harmful:
        what, lesson = PRACTICE[practice], rule(practice).lesson
    else:
        what, lesson = SOME_PRACTICE, GENERAL_LESSON
    message = (f"This answer reads like answers experienced supervisors marked as harmful "
               f"practice: {what}. This is the coach's guess from the words, not a rule: read "
               f"your answer again with that in mind. On a graded answer a person checks it.")
    return Finding("possible-harm", message, lesson, "", CAP)
