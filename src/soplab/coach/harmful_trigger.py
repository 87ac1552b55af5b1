"""The survivor's own act told as what leads to his violence (rule ``dv-partner-trigger``,
declared in :mod:`soplab.coach.safety_rules`), as a general reading: a clause opened by
"when", "if", "after", "once", "because" ... whose subject is the partner he hurts and
whose verb is an everyday act of hers (asks, brings up, talks back, spends, comes home
late, doesn't have dinner ready), in a sentence that tells his violence or anger; and
her words or knowing told as what sets him off ("her comments set him off", "she knows
what sets him off", "Thanh will avoid bringing up money"). The same reading with a child
as the subject is a child's act told as the cause of the adult's violence (``child-blamed``)."""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    VIOLENCE,
    Later,
    dv_context,
    gender,
    object_after,
    quote,
    sentence_span,
    side,
    subject_before,
)
from .reading import Reading

__all__ = ["child_act_as_cause", "child_sets_off", "survivor_act_as_trigger"]

#: Everyday acts of the partner, by stem (any tense: "asks", "asked", "asking").
_ACTS = set("""ask bring rais mention talk question nag argu say said answer complain refus
spend spent start challeng critici disagre confront shout yell ignor disrespect upset annoy
anger provok wind push forget forgot burn text tell told speak spoke mouth back comment
pester press pressur hassl badger hound lectur scold goad taunt needl mock accus demand nitpick
drink drank""".split())
#: Neutral acts that are her "fault" only when told as a failing ("doesn't have dinner
#: ready", "won't come home"); "when Thanh gets home late" only tells the time.
_NEUTRAL = set("""go went goes come came stay have has had get got make made cook look check
call want listen""".split())
#: A refusal of any verb ("won't give him the money", "doesn't hand over her pay") is her act
#: told as the trigger; what she is not, or cannot do, is not ("isn't home", "can't get away").
#: Her act done to him or his things ("goes through his wallet", "calls him out"): her act.
_AT_HIM = re.compile(r"(?:\s+(?:out|up|on|through|into|at|after|with|about|over|in)){0,2}\s+(?:him|"
                     r"his\s+(?P<thing>[\w-]+)|(?P<name>(?-i:[A-Z][\w-]+)))\b(?!\s+(?:is|was|"
                     r"will|may|could|gets?|has)\b)", re.I)
_CANNOT = {"be", "know", "feel", "see", "hear", "want", "like", "need", "mean"}
#: What she does to leave or get help is the danger's moment, not a trigger she pulls.
_NOT_TRIGGER = re.compile(r"\s*(?:to\s+)?(?:leave|leaves|left|call(?:s|ed)?\s+(?:the\s+)?(?:police|"
                          r"911|for help|the worker)|go(?:es)?\s+to\s+(?:the\s+)?(?:police|shelter|"
                          r"refuge)|get(?:s)?\s+help|seek\w*\s+help|report\w*|"
                          r"press(?:es|ed|ing)?\s+(?:charges|the|a|an|her|\d+))\b", re.I)
_WHEN_SHE = re.compile(
    r"\b(?:when(?:ever)?|if|after|once|as soon as|each time|every time|any time|because|bc|cos|"
    r"since)\s*:?\s+(?P<who>(?:(?:Mrs|Ms|Miss|Mr|Dr)\.?\s+)?[A-Za-z][\w-]*)(?:\s*\(\s*\d{1,2}\s*\))?\s+(?P<aux>(?:(?:does\s+not|doesn't|don't|did\s+not|"
    r"didn't|won't|will|would|tries\s+to|try\s+to|starts?\s+(?:to\s+)?|keeps?|goes\s+on|even|"
    r"(?:has|had|'s)\s+been|is|was|"
    r"just|still|dares\s+to|so\s+much\s+as|ever)\s+)*)(?P<v>[a-z]+)", re.I)
#: A hurt done to someone ("could be hurt", "got hurt"): not his act.
_DONE_TO = re.compile(r"\b(?:be|been|being|is|was|were|get|gets|got|getting)\s+(?:\w+\s+)?$", re.I)
#: Losing his temper, in words of any register ("loses it", "snaps", "kicks off", "blew up").
_LOSING_IT = (r"los(?:e|es|t|ing)\s+(?:it|his\s+temper|control)|snaps?|snapped|"
              r"kick(?:s|ed)?\s+off|blow(?:s)?\s+up|blew\s+up|lash\w*\s+out|rage")
#: His violence or anger in the same sentence.
_HIS = re.compile(r"\b(?:violent|physical|angry|anger|temper|set(?:s)?\s+(?:him|[A-Z]\w+)\s+off|"
                  + _LOSING_IT + r")\b", re.I)
#: His keeping calm told as the answer to her act ("Minh will use coping strategies when
#: Thanh raises money", "he will walk away if she nags"): her act is still made the trigger.
_HIS_CALM = re.compile(r"\b(?:cop(?:e|es|ing)|calm(?:s|ly)?|cool(?:s)?\s+(?:off|down)|"
                       r"(?:take|takes|taking)\s+a\s+(?:break|breather|time[- ]?out)|"
                       r"walk(?:s)?\s+(?:away|out)|count(?:s)?\s+to|(?:keep|keeps)\s+(?:his|her)\s+"
                       r"(?:cool|temper)|manag\w+\s+(?:his|her)\s+(?:anger|temper|stress)|"
                       r"go(?:es)?\s+for\s+a\s+walk|step(?:s)?\s+(?:out|outside|away))\b", re.I)
#: Her ways told as what winds him up, or her name in what sets him off: "Thanh pushes his
#: buttons", "she winds Minh up", "money talk with Thanh sets Minh off".
_HER_BUTTONS = Later(
    r"\b(?P<who>(?-i:[A-Z][\w-]*)|she)\s+(?:\w+\s+){0,2}?(?:push(?:es|ed|ing)?\s+(?P<o1>his|"
    r"(?-i:[A-Z][\w-]*)'s)\s+buttons|wind(?:s|ing)?\s+(?P<o2>him|(?-i:[A-Z][\w-]*))\s+up|"
    r"ril(?:es|ed|ing)\s+(?P<o3>him|(?-i:[A-Z][\w-]*))\s+up|g(?:ets|ot|etting)\s+on\s+(?P<o4>his|"
    r"(?-i:[A-Z][\w-]*)'s)\s+nerves)"
    r"|\b(?:with|from|by)\s+(?P<who2>(?-i:[A-Z][\w-]*)|her)\s+(?:\w+\s+)?(?:sets?|setting|"
    r"triggers?|triggering|winds?)\s+(?P<o5>him|(?-i:[A-Z][\w-]*))\b", re.I)
#: Her words or ways told as what sets him off, or her knowing or avoiding it.
_HER_WAYS = re.compile(
    r"\b(?P<who>[A-Z][\w-]*|she|her)(?:'s)?\s+(?:(?:comments?|questions?|nagging|words|attitude|"
    r"spending|complaints?|remarks?|behaviou?r|mouth|tone|questioning|criticism)\s+(?:\w+\s+){0,3}?"
    r"(?:will\s+|may\s+|could\s+|can\s+)?(?:sets?|trigger\w*|provok\w+|caus\w+|lead\w*\s+to|led\s+to|"
    r"winds?|makes?|made)\b|(?:knows?|knew|learn\w*|understands?)\s+what\s+(?:sets|triggers|upsets|"
    r"angers|annoys|winds)|(?:will\s+|should\s+|must\s+|needs?\s+to\s+|to\s+|tries\s+to\s+)?"
    r"(?:try\s+)?(?:avoid\w*|stop\w*|not|never)\s+(?:to\s+)?(?:upset\w*|anger\w*|provok\w+|annoy\w*|"
    r"argu\w*\s+with|argue\s+with|bring\w*\s+up|nag\w*|question\w*|challeng\w+|set\w*\s+"
    r"(?:him|her)\s+off)\b)", re.I)


#: Her words told as going at him: "Thanh kept on at Minh about money", "after she had a go
#: at him", "she started on him about the bills".
_ON_AT_HIM = Later(r"\b(?P<who>[A-Z][\w-]*|she)\s+(?:kept|keeps|keep|went|goes|was|is|had|"
                        r"has|having|got|gets|started|starts|start|laid|lays)\s+(?:(?:(?:on|in)\s+at|"
                        r"a\s+go\s+at|on\s+to|in\s+on|into|on)\s+(?:him|[A-Z]\w+)\b|(?:on|in)\s+"
                        r"(?:his|[A-Z]\w+'s)\s+(?:case|back|face)\b)")
#: He named after her avoiding ("... bringing up money when Minh has been drinking").
_HIM_AFTER = re.compile(r"\b(?:him|he|his|(?i:dad|father|husband|partner|boyfriend)|"
                        r"[A-Z][\w-]+)\b")


#: Her act, then his anger or violence, told as a sequence without "when" (notes and
#: second-language English): "Thanh talk about money, Minh get mad", "Mum asks about the
#: rent -> Dad loses it", "she brings up the bills and then he hits her".
_SHE_THEN_HE = Later(
    r"\b(?P<who>[A-Z][\w-]*|she)\s+(?P<aux>(?:(?:will|would|starts?\s+(?:to\s+)?|keeps?|"
    r"tries\s+to|"
    r"even|just|ever|always|only|no|not|never|don't|doesn't|won't)\s+)*)(?P<v>[a-z]+)\b")
_THEN_HE = Later(r"[^.;!?\n,=]{0,50}?(?:\s*(?:,|->|\u2192|=>|=|\s-)\s*(?:(?:and|then|so)\s+)*|"
                 r"\s+(?:and\s+then|then|so|and)\s+)(?P<he>[A-Z][\w-]*|he)\b")
_HIS_WORDS = Later(r"\s*(?:(?:will|would|may|might|could|can|then|just|always|maybe|prob\w*|"
                   r"starts?\s+to|start)\s+)*")
_HE_ANGRY = Later(r"(?:is|becomes?|became|turns?|goes|went|got|gets?|get)\s+(?:so\s+|really\s+|"
                  r"very\s+)?(?:angry|mad|furious|violent|physical|upset|aggressive)\b", re.I)
#: The past of one night told in order ("Thanh asked about the bills and Minh pushed her")
#: is what happened; the trigger is her act told as what always comes first.
_PAST = Later(r"(?:ed|said|told|spent|spoke|forgot|brought|went|came|had|got|made)$")


def _she_then_he(r: Reading) -> str:
    """Her act, then his anger or violence, in a sequence of clauses."""
    for m in _SHE_THEN_HE.finditer(r.text):
        verb = m.group("v").lower()
        failing = re.search(r"\b(?:no|not|never)\b|n't", m.group("aux").lower())
        if not (_is(verb, _ACTS) or failing and _is(verb, _NEUTRAL | {"give", "gave", "pay"})) \
                or _PAST.search(verb) or _NOT_TRIGGER.match(
                r.text, m.start("v")) or re.search(r"(?:\band|&)\s+$", r.text[:m.start()]):
            continue  # "Minh and Thanh argue ...": the two of them (mutual framing), not hers
        then = _THEN_HE.match(r.text, m.end())
        if not then:
            continue
        at = _HIS_WORDS.match(r.text, then.end()).end()
        his = VIOLENCE.match(r.text, at) or _LOSES_IT.match(r.text, at) or _HE_ANGRY.match(
            r.text, at)
        he = then.group("he")
        if his and (he.lower() == "he" or side(r, he) == "adult") and _hers(
                r, m.group("who"), he if he.lower() != "he" else ""):
            return quote(r, m.start(), his.end())
    return ""


def _is(verb: str, stems: set[str]) -> bool:
    """``verb`` is one of ``stems`` in any form ("asks", "criticised", "nagging")."""
    return any(verb.startswith(st) and len(verb) - len(st) <= 4 for st in stems)


def _hers(r: Reading, who: str, actor: str) -> bool:
    """``who`` is the partner he hurts, not the one who acts: another adult than the
    actor, or "she" where the actor is unknown."""
    if who.lower() in {"he", "him", "they", "i", "we", "you", "it"}:
        return False
    if who.lower() != "she" and side(r, who) != "adult" and side(r, who.title()) != "adult":
        return False
    who = who if who.lower() == "she" else who.title() if side(r, who) != "adult" else who
    if actor:
        mine, theirs = gender(who), gender(actor)
        return (mine != theirs) if mine and theirs else who.lower() != actor.lower()
    return gender(who) == "she"


def survivor_act_as_trigger(r: Reading) -> str:
    """Her act as what leads to his violence, in any tense or note form."""
    for m in _WHEN_SHE.finditer(r.text):
        verb, aux = m.group("v").lower(), m.group("aux").lower()
        failing = re.search(r"\bnot\b|n't", aux)
        if re.search(r"\b(?:is|was|been)\b", aux) and not verb.endswith("ing"):
            continue  # "when she is upset": how she is, not what she does
        refuses = failing and (_is(verb, _NEUTRAL) or verb not in _CANNOT)
        at = _AT_HIM.match(r.text, m.end("v")) if not failing and verb not in _CANNOT | {
            "and", "or", "nor", "with", "to", "from", "of"} else None  # "when Minh and Thanh"
        at_him = at and not r.p.person_word.match(at.group("thing") or "") and (
            not at.group("name") or side(r, at.group("name")) == "adult"
            and at.group("name") != m.group("who"))  # not "calls his brother", "sees Vy"
        if not (_is(verb, _ACTS) or refuses or at_him) or _NOT_TRIGGER.match(
                r.text, m.start("v")):
            continue
        s, e = sentence_span(r.text, m.start())
        acts = [a for a in VIOLENCE.finditer(r.text, s, e)
                if not _DONE_TO.search(r.text, max(s, a.start() - 12), a.start())]
        who = m.group("who")
        if who[:1].islower() and who.lower() != "she" and side(r, who) != "adult":
            continue  # "when money pressure builds": a thing, not the partner
        calm = [*_HIS_CALM.finditer(r.text, s, e)] if who[:1].isupper() or gender(
            who.title()) == "she" else []  # "when money talk gets heavy, he cools off": no one
        act = next((a for a in (*acts, *_HIS.finditer(r.text, s, e), *calm)
                    if not m.start("v") <= a.start() < m.end("v")), None)
        if not act:
            continue
        hurt = {"her": "she", "him": "he"}.get(object_after(r, act.end()).lower())
        to = object_after(r, m.end("v"))
        if refuses and not _is(verb, _ACTS) and hurt and (gender(who) not in ("", hurt) or side(
                r, to) == "adult" and gender(to) in ("", hurt)):
            continue  # "when Dad won't give Mum the keys ... he shoves her": his refusal
        actor = subject_before(r, act.start())
        if actor and actor[0].lower() == who.lower() and gender(who) == "she" and re.match(
                r"\s+her\b", r.text[act.end():]):
            actor = None  # "when Thanh won't give him the money, he will push her": not her
        if who.lower() == "she":  # she: the person last named before her
            named = [n for n in re.findall(r"\b[A-Z][\w-]+", r.text[:m.start()]) if side(r, n)]
            if named and side(r, named[-1]) == "child":
                continue
        if _hers(r, who, actor[0] if actor else "") or not actor and not gender(who) and (
                side(r, who) == "adult" and re.match(r"\s+her\b", r.text[act.end():])):
            return quote(r, m.start(), m.end())  # "when Sarah hassles Tom he may shove her"
    for m in _ON_AT_HIM.finditer(r.text):  # "Thanh kept on at Minh about money until he ..."
        s, e = sentence_span(r.text, m.start())
        if (VIOLENCE.search(r.text, s, e) or _HIS.search(r.text, s, e)
                or _HIS_CALM.search(r.text, s, e)) and (_hers(r, m.group("who"), "") or re.search(
                r"\b(?:him|his)\b", m.group(0)) and side(r, m.group("who")) == "adult"):
            return quote(r, m.start(), m.end())
    for m in _HER_WAYS.finditer(r.text):
        avoids = re.search(r"\b(?:avoid\w*|stop\w*|not|never)\b", m.group(0), re.I)
        if side(r, object_after(r, m.end())) == "child":
            continue  # "Renee will not upset Kai": a child, not the partner who hurts her
        if (dv_context(r) or _HIS.search(r.text) or avoids and _HIM_AFTER.search(
                r.text, m.end(), m.end() + 60)) and _hers(r, m.group("who"), ""):
            return quote(r, m.start(), m.end())
    return _her_buttons(r) or _she_then_he(r)


def _her_buttons(r: Reading) -> str:
    """Her ways told as what winds him up ("Thanh pushes Minh's buttons about money")."""
    for m in _HER_BUTTONS.finditer(r.text):
        who = m.group("who") or m.group("who2")
        him = re.sub(r"'s$", "", next((m.group(g) for g in ("o1", "o2", "o3", "o4", "o5")
                                       if m.group(g)), ""))
        if side(r, him) == "child" or side(r, who) == "child" or side(r, him) == "network":
            continue  # "Kai winds Tommy up": children
        if who.lower() == "her" or _hers(r, who, "" if him.lower() in {"him", "his"} else him):
            return quote(r, m.start(), m.end())
    return ""


#: A child's act told as misbehaviour, by stem ("tore", "ripped", "talked back", "lied").
_MISBEHAVES = set("""tore tear rip broke break spill lie lied disobey misbehav act cry cried whin
wet mess refus scream hit kick bit bite swore swear sneak snuck steal stole argu talk answer
back mouth disrespect ignor shout yell nag provok annoy upset wind push start step stepped got
get""".split())
#: The child's clause, then "so" and the adult's act: "Chidi tore his worksheet so his dad
#: slapped him".
_SO = re.compile(r"(?:,\s*|\s+)(?:so|and so|and then|then)\s+", re.I)
_CHILD_CLAUSE = re.compile(
    r"(?P<who>[A-Za-z][\w-]*)(?:\s*\(\s*\d{1,2}\s*\))?\s+(?P<aux>(?:(?:would\s+not|wouldn't|"
    r"won't|did\s+not|didn't|does\s+not|doesn't|kept|keeps|would|had|has)\s+)*)(?P<v>[a-z]+)",
    re.I)


def _misbehaves(m: re.Match[str]) -> bool:
    verb, aux = m.group("v").lower(), m.group("aux").lower()
    if verb in {"got", "get", "gets", "step", "steps", "stepped"}:  # "got in the way", "stepped in"
        return bool(re.match(r"\s+(?:in|involved|between|in the way|in the middle)\b",
                             m.string[m.end("v"):]))
    return verb in {"not", "never"} or bool(re.search(r"\bnot\b|n't", aux)) or _is(
        verb, _MISBEHAVES)


def child_act_as_cause(r: Reading) -> str:
    """A child's act told as what led to an adult's violence: "after Chidi ripped his
    homework, his father slapped him", "Chidi wouldn't do his reading so Emeka grabbed
    him", "Emeka slapped him when Chidi would not finish his homework"."""
    for m in _WHEN_SHE.finditer(r.text):
        who = m.group("who")
        if not (side(r, who) == "child" or side(r, who.title()) == "child") or not _misbehaves(m):
            continue
        s, e = sentence_span(r.text, m.start())
        for act in VIOLENCE.finditer(r.text, s, e):
            if act.start() != m.start("v") and r.is_child(object_after(r, act.end()) or "x") \
                    or object_after(r, act.end()).lower() in {"him", "her"}:
                return quote(r, m.start(), m.end())
    for so in _SO.finditer(r.text):
        s, e = sentence_span(r.text, so.start())
        head = r.text[s:so.start()]
        c = next((x for x in _CHILD_CLAUSE.finditer(head)
                  if side(r, x.group("who")) == "child" or side(r, x.group("who").title())
                  == "child"), None)
        act = VIOLENCE.search(r.text, so.end(), e)
        if c and _misbehaves(c) and act:
            actor = subject_before(r, act.start())
            if actor and side(r, actor[0]) in {"adult", "network"} or not actor and re.match(
                    r"(?:he|she)\b", r.text[so.end():], re.I):
                return quote(r, s + c.start(), act.end())
    return ""


#: A child's ways told as what sets an adult off, whoever he then hurts: "Vy (12) set her
#: dad off", "the kids were being loud and this set Minh off", "when the kids misbehave",
#: "Vy riles her dad up", "after Vy answered back".
_KID_WAYS = Later(
    r"\b(?:sets?|setting)\s+(?P<o1>\w+(?:\s+\w+)?)\s+off\b|\bril(?:es|ed|e|ing)\s+(?:\w+\s+){1,2}?up\b|"
    r"\bwinds?\s+(?:his|her|their)\s+\w+\s+up\b|\bgets?\s+on\s+(?:his|her|their|[A-Z]\w+'s)\s+"
    r"(?:\w+\s+)?nerves\b|\bpush(?:es|ed)?\s+(?:his|her|their|[A-Z]\w+'s)\s+(?:\w+\s+)?buttons\b|"
    r"\b(?:acts?|acted|acting|plays?|played|playing)\s+up\b|\bmisbehav\w*|\b(?:talks?|talked|"
    r"answers?|answered|mouths?|mouthed|back-?chats?)\s+(?:back|off)\b|\b(?:was|were|is|are|being|"
    r"get|gets|got)\s+(?:being\s+|too\s+|so\s+|really\s+)?(?:loud|noisy|naughty|cheeky|rude|"
    r"difficult|defiant|disrespectful|out of control)\b", re.I)
_KIDS = Later(r"\b(?:the|his|her|their)\s+(?:kids|children|boys|girls|baby|toddler|"
                   r"little ones)\b", re.I)


#: His anger told as what he does ("gets angry", "loses his temper", "snaps").
_LOSES_IT = Later(r"\b(?:(?:get|gets|got|getting)\s+(?:so\s+|really\s+)?(?:angry|mad|violent|"
                  r"physical)|" + _LOSING_IT + r")\b", re.I)
#: A violence kept from ("will not hit", "instead of yelling", "keep his temper"): a goal.
_KEPT = Later(r"(?:\bnot|n't|\bnever|\bno longer|\binstead of|\bwithout|\bkeep\w*\s+"
                   r"(?:his|her)|\bstop\w*)\s+(?:\w+\s+)?$", re.I)


def _kid_before(r: Reading, pos: int) -> bool:
    """A child is who does what starts at ``pos`` (named, aged, "the kids", or "this"
    after a clause whose subject is a child)."""
    s, _ = sentence_span(r.text, pos)
    head = r.text[s:pos]
    clause_ = re.split(r"[,;:]|\b(?:and|but|so|then|which|because|bc|cos)\b", head)
    last = clause_[-1] if clause_ else ""
    if re.fullmatch(r"\s*(?:this|that|it|which|they)\s*(?:\w+\s+)?", last, re.I) \
            and len(clause_) > 1:
        last = clause_[-2]  # "the kids were being loud and this set Minh off"
    who = subject_before(r, s + head.rfind(last) + len(last)) if last.strip() else None
    if who and who[1] >= s + head.rfind(last):
        return side(r, who[0]) == "child" or r.is_child(who[0])
    return bool(_KIDS.search(last)) and not re.search(r"\b(?:to|at|with)\s+(?:the|his|her|their)"
                                                      r"\s+(?:kids|children)", last, re.I)


def child_sets_off(r: Reading) -> str:
    """A child's ways told as what sets off an adult's violence or anger."""
    for m in _KID_WAYS.finditer(r.text):
        if m.group("o1") and side(r, m.group("o1").split()[-1]) == "child":
            continue  # "Dad set Kai off": the child is the one set off
        s, e = sentence_span(r.text, m.start())
        his = [a for a in (*VIOLENCE.finditer(r.text, s, e), *_LOSES_IT.finditer(r.text, s, e))
               if not m.start() <= a.start() < m.end()
               and not _DONE_TO.search(r.text, max(s, a.start() - 12), a.start())
               and not _KEPT.search(r.text, max(s, a.start() - 16), a.start())]
        if (his or m.group(0).lower().startswith(("set", "ril", "wind", "get", "push")))\
                and _kid_before(r, m.start()):
            start = max(s, r.text.rfind(" ", s, max(s, m.start() - 24)))
            return quote(r, start, m.end(), 14)
    return ""

