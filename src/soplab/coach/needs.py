"""Words without which a large pattern cannot match (:attr:`patterns.LazyPattern.needs`).

A text lacking all of a pattern's words is answered at once, and the pattern is not
compiled for it: the person patterns are large, and a first analysis compiles only
those its text can use. Each word list must be a necessary part of its pattern, so
the results are the same.
"""

from __future__ import annotations

from .grammar import PRESENT_ACTS

__all__ = ["NEEDED_WORDS"]

_WORRY = "worr|concern|afraid|scar|fear|frighten|danger|reckon|think|believe|risk|chance|threat"

#: (pattern of :class:`patterns.Patterns`, index in its tuple or None for all, words): the
#: words are read as ``\b(?:words)``, ignoring case.
NEEDED_WORDS: tuple[tuple[str, int | None, str], ...] = (
    ("worry", None, _WORRY),
    ("modal_behaviour", None, r"may\b|might\b|could\b|will\b|would\b|can\b|is likely|"
                              r"are likely|is going|are going"),
    ("present_behaviour", None, r"when|if\b|while|that\b|because|after\b|each time|every time"),
    ("about_behaviour", None, r"about\b"),
    ("passive_action", None, r"by\b"),
    ("seen_doing", None, r"see|notice|observe"),
    ("relative", None, r"his\b|her\b|their\b|my\b|your\b|[a-z]+'s\b"),
    ("observer", 0, r"see|observe|notice|hear|confirm|witness|check|agree|report|tell|verif|"
                    r"say|know"),
    ("observer", 1, r"need"),
    ("observer", 2, r"see|observe|notice|check|hear|know|seen|noticed|confirmed"),
    ("observer", 3, r"seen|observed|noticed|confirmed|witnessed|checked|verified|reported"),
    ("observer", 4, r"show|demonstrat|prove"),
    ("observer", 6, r"as\b"),
    ("experience", 0, r"so\b"),
    ("experience", 1, r"for\b"),
    ("experience", 2, r"will\b|can\b|would\b|is able|are able|gets? to|always|also|then|each\b"),
    ("experience", 5, r"back |at school|in school|safe|never alone|not alone|an? (?:clean|calm|"
                      r"quiet|sober|awake|grown-up|adult)"),
    ("experience", 6, r"(?:has|have|needs?|gets?) to (?:wait|be|stay|hide|worry|look after|"
                      r"care for|miss|mind)\b"),
    ("action_subject", 0, r"also|then|will|shall|must|can\b|should|agrees|has agreed|is to|"
                          r"are to|is going|are going"),
    ("action_subject", 1, rf"(?:{PRESENT_ACTS})\b"),
    ("child_name_markers", 1, r"old\b"),
    # (the kin word may end a longer word: "Jason Lee" is read as "son Lee")
    ("child_name_markers", 3, r"\w*(?:son|daughter|baby|niece|nephew|toddler|infant|newborn|"
                              r"children|kids)"),
    ("child_name_markers", 4, r"and\b"),
)
