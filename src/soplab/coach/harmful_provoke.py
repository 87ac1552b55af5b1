"""The survivor's words or ways told as the cause of his violence (rule ``dv-partner-trigger``,
declared in :mod:`soplab.coach.safety_rules`), in five general forms the readings of
:mod:`soplab.coach.harmful_trigger` do not have:

* her raising a matter, the thing she is to avoid or stop, with him named after it ("Mum will
  steer clear of questioning Dad's spending after payday", "she will stop raising the rent
  when he is tired");
* her ways, by her possessive, the subject of a verb that makes him act ("Ana's questioning
  is what drove Luis to shove her", "her criticising made him lash out");
* her ways after "because of", "due to" ("he may hit her again because of how she speaks to
  him", "due to her tone");
* him "triggered" or "provoked" by her, in the passive ("when provoked by his wife");
* her act told with what she knew of him ("she kept questioning him although she knew how
  tired he was").

Not these: her plan to stay safe ("Mum will not answer the door to Dad", "she will avoid
texting him"), a child's act (``child-blamed``), his own ways ("Luis's drinking made him
shove her"), what she suffers ("because of her injuries").
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    VIOLENCE,
    Later,
    adults_in,
    dv_context,
    gender,
    object_after,
    quote,
    sentence_span,
    side,
    violence_to_adults,
)
from .reading import Reading

__all__ = ["her_ways_as_cause"]

#: Raising a matter with him or going at him in words, by stem (any form: "raises",
#: "raising", "questioned"); "bring" only as "bring up".
_RAISES = ("rais", "mention", "question", "challeng", "critici", "complain", "nag", "argu",
           "confront", "provok", "upset", "annoy", "anger", "pressur", "hassl", "badger",
           "pester", "nitpick", "accus", "disagre", "contradict", "discuss", "lectur", "goad",
           "taunt", "mock", "belittl", "interrogat", "quizz", "grill")
#: Verbs done to a person: only with him as their object ("not annoy him", "not upset Luis").
_PERSON_OBJECT = Later(r"(?:upset|annoy|anger|provok|goad|taunt|mock|belittl|badger|pester|hassl|"
                       r"confront|accus|interrogat|grill|quizz)", re.I)
#: What she keeps from him to stay safe, not a matter raised: "not mention the shelter".
_SAFE = Later(r"^(?:\s+[\w'-]+){0,5}?\s+(?:plan|shelter|refuge|where|address|worker|police|court|"
              r"order|advocate|number|phone|leav\w*|move|moving|visit\w*|school)\b", re.I)
_STOPS = (r"(?:avoid\w*|stop\w*|not|never|no\s+longer|quit\w*|refrain\w*\s+from|"
          r"steer\w*\s+clear\s+of|"
          r"hold\w*\s+off(?:\s+on)?|keep\w*\s+from|(?:be|is|being)\s+careful\s+not\s+to|won't|"
          r"don't|doesn't)")
#: Her raising a matter as what she is to avoid: "Mum will steer clear of questioning ...".
_AVOIDS = Later(rf"\b(?P<who>(?-i:[A-Z][\w-]*)|she)\s+(?:(?:will|would|should|must|can|to|"
                rf"needs?\s+to|has\s+to|agrees?\s+to|tries(?:\s+to)?|try(?:\s+to)?|learns?\s+to|always|also|"
                rf"then)\s+)*{_STOPS}\s+(?:to\s+)?(?:(?:talk|speak|ask|go\s+on|bring\w*)\s+(?:up|"
                rf"about|on|him\s+about)\b|(?P<v>[a-z]+))", re.I)
#: Her ways as the subject of a verb that makes him act: "Ana's questioning ... drove Luis to".
_HER_MAKES = Later(r"\b(?P<who>(?-i:[A-Z][\w-]*)'s|her)\s+(?P<what>[\w-]+)(?:\s+[\w'-]+){0,7}?\s+"
                   r"(?:made|makes|make|making|caus\w+|drove|drives|driven|pushe[sd]|forc\w+|got|"
                   r"gets|led|leads|provok\w+|trigger\w*)\s+(?P<him>him|(?-i:[A-Z][\w-]+))\s+"
                   r"(?:to\s+)?(?:(?:so|really|very)\s+)?", re.I)
_ANGER = Later(r"(?:get\w*\s+)?(?:angry|mad|furious|violent|physical|snap\w*|los[et]\w*\s+(?:it|his"
               r"\s+temper|control)|lash\w*\s+out|blow\w*\s+up|blew\s+up|kick\w*\s+off|explod\w*|"
               r"yell\w*|shout\w*|scream\w*)\b", re.I)
#: Her ways after "because of": "because of how she speaks to him", "due to her tone".
_BECAUSE_OF = Later(r"\b(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|thanks\s+to)\s+"
                    r"(?:(?:the\s+way|how|what|the\s+things?)\s+(?P<who>she|(?-i:[A-Z][\w-]+))\s+"
                    r"(?P<v>[a-z]+)|her\s+(?:\w+\s+)?(?P<n>tone|attitude|words|comments?|questions?|"
                    r"questioning|nagging|complain\w*|mouth|behaviou?r|spending|remarks?|"
                    r"critici\w+|demands?|moods?|jealousy|messages|talking|answering\s+back|"
                    r"back-?chat|arguing|provocation))\b", re.I)
#: What she is or suffers, not what she does: "because of how she looks", "how she is".
_NOT_HER_ACT = {"is", "was", "looks", "looked", "feels", "felt", "got", "gets", "has", "had",
                "were", "be", "been", "seems", "seemed", "lives", "lived"}
#: Him triggered or provoked by her: "when triggered by his partner", "provoked by Ana".
_BY_HER = Later(r"\b(?:trigger(?:ed)?|provoked|wound\s+up|set\s+off|riled(?:\s+up)?|goaded|"
                r"antagoni[sz]ed|baited|aggravated|nagged|pushed\s+too\s+far|wind\s+up)\s+(?:\w+\s+)?"
                r"by\s+(?P<by>(?:his|the)\s+(?:partner|wife|girlfriend|spouse|fianc\w+|missus|"
                r"ex)|her|(?-i:[A-Z][\w-]+))\b", re.I)
#: Her act, then what she knew of him: "kept raising it although she knew how tired he was".
_KNEW = Later(r"\b(?P<who>(?-i:[A-Z][\w-]*)|she)\s+(?P<v>(?:[a-z]+\s+){0,2}[a-z]+)[^.;!?\n]{0,80}?"
              r"\b(?:even\s+though|although|though|despite\s+knowing|knowing)\s+(?:she\s+)?"
              r"(?:knew|knows|had\s+known|was\s+aware|is\s+aware|could\s+see|saw|sees)?\s*(?:how\s+"
              r"(?:\w+\s+)?|that\s+|what\s+)?(?:he|[A-Z][\w-]+)\s+(?:was|is|had|'s|gets|got|would|might|can)\b")


def _raises(verb: str) -> bool:
    return any(verb.lower().startswith(st) for st in _RAISES) and len(verb) < 16


def _she(r: Reading, who: str, at: int) -> bool:
    """``who`` is the adult woman he hurts: a named adult woman, or "she" / "her" where the
    woman last named is an adult."""
    if who.lower() in {"she", "her"}:
        named = [n for n in re.findall(r"\b[A-Z][\w-]+", r.text[:at]) if side(r, n)]
        shes = [n for n in named if gender(n) == "she"]
        return not (named and side(r, named[-1]) == "child") and (
            not shes or side(r, shes[-1]) == "adult")
    who = re.sub(r"'s$", "", who)
    if side(r, who) != "adult" or r.child_like(who) or gender(who) == "he":
        return False
    if gender(who) == "she":
        return True
    actors = {a.split()[-1].lower() for a, _ in violence_to_adults(r) if a}
    him = re.search(r"\b(?:he|him|his)\b", r.text, re.I)
    return who.lower() not in actors and bool(actors or him or adults_in(r, 0, len(r.text), who))


def _he(r: Reading, who: str) -> bool:
    return who.lower() in {"he", "him"} or side(r, who) == "adult" and gender(who) != "she" \
        and not r.child_like(who)


#: He named after what she is to avoid ("... when Luis is tired", "so Dad stays calm").
_HIM_AFTER = Later(r"\b(?:him|he|his|(?i:dad|father|husband|partner|boyfriend|stepdad))\b|"
                   r"\b[A-Z][\w-]+\b")


#: Whom her words go to, after the verb ("argue with the landlord", "question the school").
_WHOM = Later(r"\s+(?:(?:up|back|on)\s+)?(?P<prep>(?:with|to|at|towards?)\s+)?(?P<x>(?:(?:the|his|"
              r"her|their|a|an)\s+)?[\w'-]+)")
_OTHERS = Later(r"\b(?:landlord|landlady|boss|manager|bank|council|housing|neighbou?r\w*|"
                r"relatives?|family|friends?|sister|brother|mother|mum|mom)\b", re.I)


def _to_him(r: Reading, at: int) -> bool:
    """Her words go to him or are about a matter, not to someone else (the landlord, the
    school, her sister)."""
    w = _WHOM.match(r.text, at)
    if not w:
        return True
    x = re.sub(r"'s$", "", w.group("x"))
    him = x.lower() in {"him", "he"} or side(r, x) == "adult" and gender(x) != "she"
    if him:
        return True
    if w.group("prep") or x[:1].isupper() and x.lower() not in {"money", "the"}:
        return False
    return side(r, x) not in {"professional", "network", "child"} and not _OTHERS.search(x)


def _avoids(r: Reading) -> str:
    for m in _AVOIDS.finditer(r.text):
        if m.group("v") and not _raises(m.group("v")) or _SAFE.match(r.text[m.end():]) or \
                side(r, object_after(r, m.end())) == "child" or re.search(
                r"[\w)]\s+(?:and|&)\s+$", r.text[:m.start()]):
            continue  # "not mention the shelter", "not upset Leo", "Luis and Ana will not argue"
        obj = object_after(r, m.end())
        if not _to_him(r, m.end()):
            continue  # "not argue with the landlord", "stop questioning the school"
        if m.group("v") and _PERSON_OBJECT.match(m.group("v")) and not (
                obj.lower() == "him" or side(r, obj) == "adult" and gender(obj) == "he"
                or obj.lower() in {a.split()[-1].lower() for a, _ in violence_to_adults(r) if a}):
            continue  # "will not upset Mateo": whom she upsets is him, or it is not his trigger
        _, e = sentence_span(r.text, m.start())
        him = [h for h in _HIM_AFTER.finditer(r.text, m.end(), min(len(r.text), m.end() + 70))
               if h.group(0)[:1].islower() or _he(r, h.group(0))]
        if _she(r, m.group("who"), m.start()) and (him or dv_context(r)):
            return quote(r, m.start(), m.end())
    return ""


def _her_makes(r: Reading) -> str:
    for m in _HER_MAKES.finditer(r.text):
        if side(r, m.group("what")) or re.search(r"[.;!?]", m.group(0)):
            continue  # "Ana's brother made him ...": a person, not her ways
        at = m.end()
        act = VIOLENCE.match(r.text, at) or _ANGER.match(r.text, at)
        hurt = object_after(r, act.end()) if act else ""
        if not act or hurt[:1].isupper() and hurt != re.sub(r"'s$", "", m.group("who")):
            continue  # "Luis's drinking drove him to shove Ana": his ways, and she is hurt
        if _he(r, m.group("him")) and _she(r, m.group("who"), m.start()):
            return quote(r, m.start(), at + 12)
    return ""


def _because_of(r: Reading) -> str:
    for m in _BECAUSE_OF.finditer(r.text):
        if m.group("v") and m.group("v").lower() in _NOT_HER_ACT:
            continue
        s, e = sentence_span(r.text, m.start())
        his = VIOLENCE.search(r.text, s, m.start()) or _ANGER.search(r.text, s, m.start())
        if his and _she(r, m.group("who") or "her", m.start()):
            return quote(r, m.start(), m.end())
    return ""


def _by_her(r: Reading) -> str:
    for m in _BY_HER.finditer(r.text):
        by = m.group("by")
        if by.lower().startswith(("his ", "the ")) or _she(r, by, m.start()):
            return quote(r, m.start(), m.end())
    return ""


def _knew(r: Reading) -> str:
    for w in re.finditer(r"\b(?:[A-Z][\w-]*|she)\b", r.text):
        m = _KNEW.match(r.text, w.start())
        if not m or not any(_raises(v) or v.startswith("bring") for v in m.group("v").split()):
            continue
        if _she(r, m.group("who"), m.start()) and (dv_context(r) or VIOLENCE.search(r.text)):
            return quote(r, m.start(), m.end())
    return ""


def her_ways_as_cause(r: Reading) -> str:
    """Her words or ways told as what brings on his violence, or as what she must avoid."""
    return _avoids(r) or _her_makes(r) or _because_of(r) or _by_her(r) or _knew(r)
