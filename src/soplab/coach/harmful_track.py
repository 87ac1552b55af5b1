"""The partner he hurts made the one who keeps a record of him or passes word on about him
(rule ``dv-survivor-monitors``, declared in :mod:`soplab.coach.safety_rules`), read from the
``track`` cue group of ``data/lexicon/cues.csv`` ("keep a log of", "keep track of", "flag",
"give feedback on", "keep ... posted") with him or his conduct as what it is about; and what
she tells of herself or the children, which is hers to tell."""

from __future__ import annotations

from . import lazyre as re
from .harmful import Later, adults_in, gender, own, people, side
from .harmful_fault import cue_pattern
from .reading import Reading

__all__ = ["about_others_only", "survivor_tracks_him"]


#: What she would track: him, his conduct, how he is doing, any problems ("his moods", "how
#: Minh is doing", "any problems", "the situation at home").
_ABOUT_HIM = Later(r"\b(?:(?:his|(?P<owner>(?-i:[A-Z][\w-]+))'s)\s+(?:\w+\s+)?(?:moods?|temper|"
                   r"drinking|behaviou?r|anger|progress|conduct|yelling|shouting|outbursts?)|how\s+(?P<who>he|(?-i:[A-Z][\w-]+))\s+"
                   r"(?:is|has|was|does|did|behaves|acts|handles|manages)|any\s+(?:\w+\s+)?"
                   r"(?:problems?|incidents?|slips?|changes|concerns|issues)|the\s+situation)\b",
                   re.I)


def survivor_tracks_him(r: Reading) -> str:
    """The partner he hurts (alone or with others) made the one who keeps a record of him or
    passes word on about him: "Thanh will keep a log of his moods", "Thanh and Phuoc will
    check in with the worker on how Minh is doing", "Thanh will flag any problems"."""
    track = cue_pattern(r, "track")
    if track is None:
        return ""
    for c in r.commitments:
        adults = [p for p in people(r, c.subject) if side(r, p) == "adult"]
        her = [p for p in adults if gender(p) == "she"]
        him = [n for n in adults_in(r, 0, len(r.text), c.subject) if gender(n) == "he"]
        if c.negated or not her or not him:
            continue
        t = track.search(c.phrase)
        about = _ABOUT_HIM.search(c.phrase, t.end()) if t else None
        who = about and (about.group("who") or about.group("owner"))
        if about and not (who and who.lower() != "he" and side(r, who) != "adult"):
            return own(c)  # (not "how Vy is doing", "Vy's moods")
    return ""


_HOW = Later(r"\bhow\s+(?P<who>she|I|we|(?:the\s+)?(?:kids|children|twins|boys|girls)|"
             r"(?-i:[A-Z][\w-]+)(?:\s*\(\d+\))?(?:\s+and\s+(?-i:[A-Z][\w-]+))?)(?:\s*\(\d+\))?\s+"
             r"(?:is|are|was|were|has|have|"
             r"feels?|felt|gets?|got)\b", re.I)


def about_others_only(r: Reading, phrase: str) -> bool:
    """What she tells is how she or the children are, and nothing of him."""
    m = _HOW.search(phrase)
    if not m or _ABOUT_HIM.search(phrase):
        return False
    who = m.group("who")
    return who.lower() in {"she", "i", "we"} or not who[:1].isupper() or all(
        side(r, re.sub(r"\s*\(\d+\)", "", w)) == "child" for w in re.split(r"\s+and\s+", who))
