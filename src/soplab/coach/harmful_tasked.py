"""A child tasked with the adults' safety work in a goal or plan (rule ``child-blamed``,
declared in :mod:`soplab.coach.safety_rules`), read from the "will" commitments whose
subject is a child: what a child will *do* for safety is an adult's job given to a child.

A child's part of a safety goal is what the child will have, feel and be able to do in
his own life ("Vy and Bao will feel safe at home", "Kai will go to school every day",
"Sara will walk home with someone she knows", "the kids will not have to hide"). A child
tasked is the doer of the protection itself:

- moving or minding another child: "Vy will take Bao to Bà Lan's room whenever Dad starts
  to shout", "Kai (13) will be Tommy's minder", "Shandiin will give Kai a hand with Tommy";
- raising the alarm on an adult's violence: "Vy will call 911 if he gets physical", "Vy will
  let her nan know if his mood turns" (not a child asking for help: "Kai will tell Marie if
  Renee stays in bed" is his own step);
- keeping herself out of his way, or being trained to: "the twins will stay out of the
  kitchen", "Vy will learn to stay out of it", "Vy will not get involved when her father is
  shouting", "the children will be taught to recognise his temper", "Vy and Bao will behave";
- a role: "the family's eyes and ears", "the backup", "held accountable".

Not tasked: a relief ("will not have to step in", "will no longer be the one"), a child's
own day and feelings, an adult's commitment.
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import quote, side
from .reading import Commitment, Reading

__all__ = ["child_tasked"]

#: What a child will do that is the adults' safety work (the commitment's phrase, from its
#: start, after an adverb or two).
_TASK = re.compile(
    r"^(?:(?:also|still|always|then|now|quickly|immediately|just)\s+)*(?:"
    r"take\s+(?:[\w'\u2019]+\s+){1,3}?(?:to|out|away|upstairs|downstairs|next\s+door|outside)\b"
    r"|(?:call|ring|phone|dial)\s+(?:911|999|000|112|the\s+police|the\s+cops)\b"
    r"|let\s+(?:[\w'\u2019]+\s+){1,3}know\s+(?:if|when|whenever)\s+(?:[\w'\u2019]+\s+){0,4}?"
    r"(?:mood|temper|angry|anger|shout\w*|drink\w*|drunk|gets\s+(?:physical|rough|worked\s+up))\b"
    r"|be\s+(?:(?:the|a|an|his|her|their|[\w'\u2019]+['\u2019]s|family['\u2019]s)\s+){0,2}"
    r"(?:(?:little|main|first|official)\s+)?(?:minder|backup|back-up|babysitter|carer|"
    r"caregiver|eyes\s+and\s+ears|peacekeeper|lookout|look-out|protector|in\s+charge|"
    r"responsible|accountable|held\s+accountable|the\s+one\s+(?:who|to|that))\b"
    r"|(?:give|lend)\s+(?:[\w'\u2019]+\s+)?a\s+hand\b"
    r"|help\s+(?:[\w'\u2019]+\s+){1,2}?(?:(?:stay|keep)\s+(?:calm|quiet|away|out|safe)|hide|"
    r"get\s+(?:away|out))\b"
    r"|step\s+up\b(?!\s+(?:at|in|with|for)\s+(?:school|class|homework|his|her|practice))"
    r"|(?:stay|keep)\s+out\s+of\b"
    r"|keep\s+(?:[\w'\u2019]+\s+){1,3}?(?:up\s+high|away|locked|quiet|calm|out\s+of|safe)\b"
    r"|lock\s+(?:the|up|it|them)\b|behave\b|be\s+(?:taught|trained|coached|shown\s+how)\b"
    r"|learn\s+(?:to|that|how\s+to)\s+(?:stay|keep|not|recogni[sz]e|spot|protect|avoid|"
    r"stepping|get\s+out|leave|calm)\b"
    r"|demonstrate\b"
    r"|stop\s+(?:getting|stepping|intervening|interfering|going)\b)", re.I)
#: What a child will not do that keeps her out of his way (the duty is still hers): "Vy will
#: not get involved", "won't step in". Not "will not have to step in": that is relief.
_KEPT_OUT = re.compile(r"^(?:(?:ever|again)\s+)?(?:get\w*\s+involved|step\w*\s+in|intervene|"
                       r"interfere|get\w*\s+(?:in\s+the\s+middle|between))\b", re.I)
#: The people of a subject: "Vy and Bao", "Kai (13)", "Within 90 days Sara", "the twins".
_AGE = re.compile(r"\(\s*\d{1,2}\s*\)|,\s*\d{1,2}\s*,?")


def _child_subject(r: Reading, c: Commitment) -> bool:
    who = _AGE.sub(" ", c.subject).strip(" ,")
    first = re.split(r"\s+(?:and|&)\s+|,", who)[0].strip()
    return bool(first) and side(r, first) == "child"


def child_tasked(r: Reading) -> str:
    """A child's "will" commitment that gives her the adults' safety work."""
    for c in r.commitments:
        if not _child_subject(r, c):
            continue
        if (_KEPT_OUT if c.negated else _TASK).match(c.phrase):
            start = r.text.find(c.words) if c.words else -1
            start = start if start >= 0 else c.start
            return quote(r, start, start + len(c.words or c.phrase))
    return ""
