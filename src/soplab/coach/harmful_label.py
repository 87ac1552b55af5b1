"""A trait or a name put where the behaviour belongs (rule ``label``, declared in
:mod:`soplab.coach.safety_rules`; read after the older readings of
:func:`soplab.coach.misframed.label_as_behaviour`), from cue groups of
``data/lexicon/cues.csv``:

- an adult's apposition with a judging trait (``label_trait``): "Minh, a violent man",
  "Renee, an incapacitated caregiver", "Mr. Price, a habitual drinker";
- an adult's own trait noun (``trait_noun``) or use (``substance``) with a judging trait
  before it: "his controlling personality", "Minh's intermittent explosive tendencies",
  "Mr. Price's problem drinking";
- a clinical adverb (``clinical_degree``) making a plain word a diagnosis: "mum is
  clinically low";
- a judging trait after "how", "so" or "too" with no child as its subject: "given how lazy
  they've let themselves get";
- an adult called a name (``label_noun``): "a pair of slobs", "Dad is a bully".

Not a label: the act told plainly ("Minh pushed Thanh", "Mr. Price drinks most nights"),
a trait denied ("not a violent man"), the person's own word ("Dad says he has a temper"),
a child's own trait ("Bao's nervous nature"), a helper's ("the worker's calm nature").
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .harmful import quote, sentence_span, side, subject_before
from .lexicon import alternation
from .reading import Reading

__all__ = ["trait_label"]

_NAMED = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z][\w-]+)"
#: The person's own word for it, or the trait denied.
_OWN_OR_DENIED = re.compile(r"\b(?:says?|said|tells?|told|admits?|admitted|describes?|"
                            r"described|calls?|called)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:he|she|"
                            r"they|I|his|her|their|my|himself|herself)\b[^.;!?]*$|(?:\b(?:not|"
                            r"never|no)\b|n't)\s+(?:\w+\s+){0,2}$", re.I)


@lru_cache(maxsize=8)
def _patterns(trait: tuple[str, ...], noun: tuple[str, ...], use: tuple[str, ...],
              degree: tuple[str, ...], called: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    t = alternation(trait)
    return (
        re.compile(r"(?P<who>" + _NAMED + r"|\b(?:mum|mom|dad|mother|father))\s*,\s+(?:an?|the)"
                   r"\s+(?:\w+ly\s+)?(?P<what>" + t + r")\s+[\w-]+", re.I),
        re.compile(r"(?:(?P<who>\b" + _NAMED + r"|\b(?:mum|mom|dad|mother|father))(?:'s|s'|"
                   r"\u2019s)|\b(?P<pron>his|her|their))\s+(?:[a-z-]+\s+)?(?P<what>" + t
                   + r")\s+(?:" + alternation(noun) + "|" + alternation(use) + r")", re.I),
        re.compile(r"\b(?:is|are|was|were|'s|'re|seems?|seemed|been|being|appears?|appeared|"
                   r"become|became|gets?|got)\s+(?P<what>" + alternation(degree) + r")\s+"
                   r"(?![a-z-]+ed\b)[a-z-]+", re.I),  # not "clinically assessed": an act
        re.compile(r"\b(?:how|so|too)\s+(?P<what>" + t + r")\b", re.I),
        re.compile(r"(?:\b(?:is|are|was|were|being|been|'s|'re|become|became)|,)\s+(?:an?\s+|"
                   r"such\s+an?\s+|a\s+(?:pair|couple|bunch)\s+of\s+|just\s+an?\s+)(?:\w+\s+)?"
                   r"(?P<what>" + alternation(called) + r")", re.I),
    )


def _last_named(r: Reading, pos: int) -> str:
    named = [w.group(0) for w in re.finditer(r"\b[A-Z][\w-]+", r.text[:pos])
             if side(r, w.group(0)) in ("adult", "child", "network", "professional")]
    return named[-1] if named else ""


def _named_in_sentence(r: Reading, pos: int) -> str:
    """The person last named (a name or a family role) in the sentence before ``pos``."""
    s, _ = sentence_span(r.text, pos)
    people = [w for rx in (r.p.name_re, r.p.caregiver_word) for w in rx.finditer(r.text, s, pos)]
    return max(people, key=lambda w: w.start()).group(0) if people else ""


def _whose(r: Reading, m: re.Match[str]) -> str:
    """Whose trait it is: "adult", "child", another side, or "" when no one is named."""
    if "who" in m.re.groupindex and m.group("who"):
        who = m.group("who")
        if r.p.caregiver_word.fullmatch(who.split()[-1]) and not r.is_child(who):
            return "adult"
    elif "pron" in m.re.groupindex and m.group("pron"):
        who = _last_named(r, m.start())
    else:  # "how selfish Ms. Delgado has become": the name after; else the one before
        after = re.match(r"\s+(" + _NAMED + r")\b", r.text[m.end():])
        found = (after.group(1), m.end()) if after else subject_before(r, m.start())
        who = found[0] if found else ""
        if not who and not re.match(r"(?:how|so|too)\b", m.group(0), re.I):
            who = _named_in_sentence(r, m.start())  # "mum is clinically low"
        if not who and re.match(r"\s+(?:he|she|they|mum|mom|dad)\b", r.text[m.end():], re.I):
            # "given how lazy they've let themselves get": they, no child named
            s, _ = sentence_span(r.text, m.start())
            kids = [w for w in re.findall(r"\b[A-Z][\w-]+", r.text[s:m.start()])
                    if side(r, w) == "child"]
            return "child" if kids or r.child_ref.search(r.text, s, m.start()) else "adult"
    if not who or r.is_child(who) or side(r, who) == "child":
        return "child" if who else ""
    return "adult" if side(r, who) == "adult" or r.is_adult_person(who) else side(r, who)


def trait_label(r: Reading) -> str:
    """A judging trait or a name put on an adult where what he or she did belongs."""
    cues = r.p.lexicon.cues
    groups = tuple(tuple(cues.get(g, ())) for g in ("label_trait", "trait_noun", "substance",
                                                     "clinical_degree", "label_noun"))
    if not all(groups):
        return ""
    for rx in _patterns(*groups):
        for m in rx.finditer(r.text):
            s, _ = sentence_span(r.text, m.start())
            if _OWN_OR_DENIED.search(r.text, max(s, m.start() - 50), m.start("what")):
                continue  # "Dad says he has a controlling streak", "not a violent man"
            if _whose(r, m) == "adult":
                return quote(r, m.start(), m.end(), 12)
    return ""
