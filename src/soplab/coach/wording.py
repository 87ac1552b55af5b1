"""The word lists and small patterns that tell what a phrase in a text is: a
negation or an absence, where a phrase or clause ends, a behaviour that goes on,
what a child sees an adult do, verbs that describe a state rather than an act.
:class:`soplab.coach.reading.Reading` reads with them."""

from __future__ import annotations

from . import lazyre as re
from .text import TITLE_DOT

__all__ = [
    "NAMED_THREAT",
    "NAMELESS_CONCERN",
    "ABSENCE_WORDS",
    "BOUNDARY",
    "CLAUSE_END",
    "DOES_NOT",
    "EMERGENCY_CALL",
    "GOES_ON",
    "HAS_A_DRINK",
    "IF_AFTER",
    "IF_BEFORE",
    "IF_FEELING",
    "KEPT_FROM_CARE",
    "KEEPS_CLEAR",
    "LEAD_WORDS",
    "LIFE_EVENTS",
    "NEGATED_HARM",
    "NEGATION",
    "NO_NEED",
    "IF_JUST_BEFORE",
    "ADULT_WAS",
    "FROM_BEFORE",
    "BARE_FEAR",
    "FEAR_OF",
    "NOT_A_CHECK",
    "NOT_BEHAVIOUR",
    "NOT_IMPACT",
    "NOT_IMPACT_STATES",
    "NOTICING",
    "OBSERVER_VERBS",
    "PERSONAL_PRONOUN",
    "PHRASE_END",
    "PRONOUN_ONLY",
    "STATE_VERBS",
    "SUFFERS",
    "WITNESSED",
    "WORD",
]

NEGATION = re.compile(r"^(?:not|never|no longer|stop|stopping|quit|avoid|refrain|cease|no)\b",
                       re.I)
#: "do not have to", "doesn't need to": no obligation, so no commitment after it.
NO_NEED = re.compile(r"\b(?:do|does|did)(?: not|n't)\s+$", re.I)
#: A condition opening right before a subject: "if they went home", "unless Dad".
IF_JUST_BEFORE = re.compile(r"\b(?:if|unless|in case)\s+$", re.I)
#: An adult told as the one something happened to: "their mum was ", "Dad got ".
#: "a report from the hospital": an impact word naming who reported, not what happened.
FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)
ADULT_WAS = re.compile(r"(?P<who>\w+)\s+(?:was|were|got|had been|has been)\s+(?:(?:in|at|"
                       r"into|(?:taken|rushed|admitted) to)\s+(?:the\s+)?)?$", re.I)
#: "Bao scared": a name and a fear word with no verb ("is", "feels") and nothing feared
#: after it (:data:`FEAR_OF`) tells how someone felt, not who is worried.
BARE_FEAR = re.compile(r"[\w'. ]+?\s+(?:scared|afraid|frightened)", re.I)
FEAR_OF = re.compile(r"\s+(?:that|of|about|for|what|he|she|they|\w+ (?:will|may|might|could))\b",
                     re.I)
ABSENCE_WORDS = re.compile(r"\b(?:free (?:of|from)|without (?:any )?(?:drinking|drugs|violence|"
                            r"yelling|fighting|hitting)|stay away from|abstain\w*)\b", re.I)
BOUNDARY = re.compile(r"[;:!?\n]|" + TITLE_DOT + r"|,\s|"
                      r"\b(?:and|so that|so|that|when|whenever|if|because|while|"
                       r"after|before|but)\s", re.I)
PHRASE_END = re.compile(r"[;!?\n]|" + TITLE_DOT + r"|"
                        r"\s(?:so that|so)\s|,\s*(?:so|and so|which)\s|\s(?:for|over)\s+"
                         r"(?:at least|the next|the following|\d|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|twelve|a period)", re.I)
OBSERVER_VERBS = re.compile(r"^(?:(?:be able to|all|both|also)\s+)?(?:see|observe|notice|hear|"
                             r"confirm|witness|verify)\b", re.I)
#: A behaviour that goes on, in a condition: "If Dad keeps drinking", "unless Mum carries on".
GOES_ON = re.compile(r"\b(?:if|unless)\s+(?P<subj>(?:[\w'.]+\s+){0,3}?[\w'.]+)\s+"
                     r"(?:keeps?|continues?|carries on|goes on|stays? (?:as|the same|like this))"
                     r"\b", re.I)
CLAUSE_END = re.compile(r"[,;!?]|" + TITLE_DOT)
#: A child who sees or hears what an adult does: "see Jason hit", "hear their dad Rohan shouting".
WITNESSED = re.compile(r"\b(?:see|sees|hear|hears|watch|watches|witness|witnesses)\b")
#: What an adult does not do, told in the present: "her stepmother does not give her ...".
DOES_NOT = re.compile(r"\b(?:does not|doesn't|do not|don't)\s+[a-z]+\b")
WORD = re.compile(r"[\w'.]+")
LEAD_WORDS = {"that", "and", "because", "when", "if", "so", "but", "while", "as", "or", "then"}
NOT_BEHAVIOUR = {"be", "feel", "get", "become", "see", "is", "are", "has", "have", "was", "were",
                  "does", "seems", "looks", "needs", "lives", "knows", "says", "thinks"}
#: Present-tense verbs that describe a state, not something a caregiver does.
STATE_VERBS = {"is", "has", "was", "does", "says", "seems", "looks", "needs", "lives", "knows",
                "thinks", "loves", "likes", "wants", "agrees", "means", "believes", "tells",
                "asks", "cares", "feels", "works", "sees", "hears", "hopes", "wishes", "lets",
                "goes", "comes", "plays", "visits", "helps", "walks", "takes", "gets", "keeps",
                "calls", "rings", "texts", "checks"}
NOT_IMPACT = {"is", "are", "was", "were", "and", "or", "said", "says", "told", "tells", "reported",
               "lives", "loves", "likes", "has", "have", "had", "be", "feel", "get", "go", "stay",
               "keep", "know", "wanted", "agreed", "asked", "shared", "explained", "watched"}
NOT_IMPACT_STATES = {"safe", "okay", "ok", "fine", "happy", "calm", "cared", "loved", "protected",
                      "able", "with", "to", "home", "back", "better", "well", "fed", "on", "at"}
EMERGENCY_CALL = re.compile(r"\bcall(?:s)?\s+(?:911|the police|police|an ambulance)", re.I)
NEGATED_HARM = re.compile(r"\b(?:never|not|no longer|without|nobody|no one|safe|safely|out of|"
                           r"well)\b", re.I)
IF_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:if|in case|whenever|any time)\b", re.I)
NOT_A_CHECK = re.compile(r"\b(?:them|him|her|us) to visit\b|\bon call\b|\bwho to call\b", re.I)
#: Someone who notices a sign, the start of a red-flag step: "If Nan notices that ...",
#: "if the neighbour sees Mum's car leave", "when Uncle Mo hears shouting".
NOTICING = re.compile(r"\b(?:if|when|whenever|as soon as)\s+(?P<who>(?:[\w'.]+\s+){0,3}?"
                      r"[\w'.]+)\s+(?:notices?|sees?|hears?|spots?)\b", re.I)
IF_BEFORE = re.compile(r"\b(?:if|in case|whenever)\b[^.;]*$", re.I)
PERSONAL_PRONOUN = re.compile(r"he|she|they", re.I)
PRONOUN_ONLY = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|there|everyone)$", re.I)
#: A phrase that tells what happens to someone, not what they do: "(will) keep getting
#: hurt", "be scared", "end up in hospital".
SUFFERS = re.compile(r"^(?:(?:also|then|still|again|probably|likely|keep|continue to|soon)\s+)*"
                     r"(?:be|being|get|getting|feel|feeling|become|end up|go|grow up|stay|suffer|"
                     r"have|need|lose|miss(?:ing)?|fall(?:ing)?|cry|see|hear|witness|live|learn|think)\b",
                     re.I)
#: What keeps an adult from caring: "when grief keeps Renee in bed", "on the days Renee's
#: grief keeps her in bed", "when Renee is in bed for days".
KEPT_FROM_CARE = re.compile(
    r"\b(?:when|whenever|if|while)\s+(?:[\w']+\s+){1,3}?(?:keeps|kept|leaves)\s+"
    r"(?P<subj>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]+)\s+(?:in bed|asleep|away|upstairs|"
    r"on the (?:couch|sofa)|from (?:getting up|caring))\b"
    r"|\b(?P<subj2>[A-Z][\w'-]+)'s\s+(?:\w+\s+)?(?:keeps|kept|leaves)\s+(?:her|him|them)\s+"
    r"(?:in bed|asleep|away|upstairs)\b"
    r"|\b(?:when|whenever|while|if|on the (?:days|nights)(?: when| that)?)\s+"
    r"(?P<subj3>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]+)\s+(?:is|are|gets|has been)\s+"
    r"(?:\w+\s+)?(?:in bed|asleep|drunk|high|low|using|passed out|stoned|intoxicated|"
    r"out cold)\b")
#: "has a few beers", "has been drinking", "get up": a behaviour, though "has" and "get"
#: usually tell a state.
#: What happened in a life, not something a caregiver did to a child ("her brother died").
LIFE_EVENTS = {"died", "passed", "lived", "worked", "moved", "retired", "married", "divorced",
               "graduated", "relocated", "emigrated", "immigrated"}
HAS_A_DRINK = re.compile(r"\s+['\"\u2018\u201c]?(?:(?:a|some|two|three|several) (?:few|couple|"
                         r"drinks?|beers?|joint|smoke|line|wine|cans)|drinks|beers|been "
                         r"(?:drinking|using|smoking)|up\b|out of bed|(?:them|the kids|the "
                         r"children) (?:to|ready)|(?:(?:so|more|really|very)\s+)?(?:violent|"
                         r"physical|rough|aggressive|abusive))\b", re.I)
#: (and "gets violent", "could get physical with Mom", "becomes aggressive": an act
#: told with a state verb, vague but the adult's behaviour)
#: "keep the floor free of glass" is a presence, not an absence.
KEEPS_CLEAR = re.compile(r"(?:keep|make sure|ensure)\b", re.I)
#: A feeling told as a condition ("If I feel scared, ..."), not a worry.
IF_FEELING = re.compile(r"\b(?:if|when|whenever)\s+(?=\S*\s*$)", re.I)


#: A threat or worry named, then told after a colon: "The assessment identified a safety
#: threat: Kevin uses force on Ethan when ..." (a worry pattern, nobody named as ``who``).
NAMED_THREAT = (r"(?P<who>)\b(?i:identified|found|named|noted|sees?|saw|raised)\s+(?i:a|an|the|"
                r"one|two|three|several)\s+(?:(?i:immediate|serious|significant|safety|clear|"
                r"main|key)\s+){0,2}(?P<w>(?i:threats?|dangers?|worr(?:y|ies)|concerns?))\s*:")
#: A concern with nobody named as holding it: "There are ongoing concerns about domestic
#: violence" (a worry pattern).
NAMELESS_CONCERN = (r"(?P<who>)\b(?i:there\s+(?:is|are|remains?|continues? to be)|there's)\s+"
                    r"(?:(?i:a|an|ongoing|continuing|serious|significant|real|grave|some|many|"
                    r"several)\s+){0,2}(?P<w>(?i:concerns?|worr(?:y|ies)))\s+(?i:about|"
                    r"regarding|around|over|re)\b")
