"""Small text helpers shared by the coach: tidying, sentences, clauses, syllables.

Everything here is plain string work with regular expressions compiled once.
"""

from __future__ import annotations

from . import lazyre as re

__all__ = [
    "TITLE_DOT", "clause", "phrase", "reading_grade", "sentences", "shorthand", "snippet",
    "syllables", "tidy", "unframe", "unnote", "unaside", "words",
]

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": " - ", "\u00a0": " ", "\u2192": "->",
                         "\u21d2": "->"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
#: A list marker at the start of a line ("- ", "* ", "\u2022 ", "1. ", "2) "): not words.
_BULLET = re.compile(r"^(?:[-*\u2022\u25aa>]+|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u00dd])|\n+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*|\d+")
#: A relative clause set aside between commas, brackets or dashes ("Dad, who was diagnosed
#: with bipolar disorder, hit ...", "Mum (whose licence was suspended in May) drove ...").
_ASIDE = re.compile(r",\s*(?:who|whom|whose|which|who's)\b[^,;:.()!?]{1,150}?,|"
                    r"\(\s*(?:who|whom|whose|which|who's)\b[^()]{1,150}?\)|"
                    r"\s-\s*(?:who|whom|whose|which|who's)\b[^;:.()!?-]{1,150}?\s-\s", re.I)
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
#: A full stop that ends something: not the one after a title ("Mr.", "Dr.", "St.").
TITLE_DOT = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMx)\."
#: Words that end a clause when we cut evidence out of a sentence.
_CLAUSE_EDGE = re.compile(r"[,;:!?()]|" + TITLE_DOT + r"|"
                          r"\s(?:and|but|so that|so|because|which|that)\s")


def tidy(text: str) -> str:
    """Straighten quotes and dashes, squeeze spaces, drop list markers, keep line breaks."""
    text = (text or "").translate(_QUOTES)
    lines = [_BULLET.sub("", _SPACES.sub(" ", line).strip()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


#: "I would write: ...", "I'd say that ...", "My answer: ...": the learner talks about the
#: answer before giving it (read the answer, not the frame).
_FRAME = re.compile(r"^\s*(?:(?:i\s+(?:would|will|'d|might|could)|i'd|i)\s+(?:probably\s+|just\s+)?"
                    r"(?:write|say|put|ask(?:\s+(?:her|him|them|the (?:mother|father|mom|dad|"
                    r"parents?|family)|mum))?|tell (?:her|him|them)|word it|phrase it|"
                    r"write it)(?:\s+(?:as|like))?(?:\s+(?:this|something like))?(?:\s*[:,-]\s*|"
                    r"\s+that\s+|\s+)|(?:my|the|a) (?:(?:harm|danger|safety|worry) )?(?:answer|"
                    r"statement|goal|question|rewrite)(?: would be| is| could be)?(?:\s*:\s*|"
                    r"\s+that\s+))[\"']?", re.I)


def unframe(text: str) -> str:
    """``text`` without a leading "I would write: ..." frame (and its opening quote)."""
    m = _FRAME.match(text or "")
    if not m or m.end() >= len(text) - 3:
        return text
    rest = text[m.end():].rstrip()
    if rest[-1:] in "\"'" and text[m.end() - 1:m.end()] in "\"'":
        rest = rest[:-1]
    return rest[:1].upper() + rest[1:]


_DAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
         "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}
#: Note-taking shorthand, read as the words it stands for (see :func:`unnote`).
_NOTES = (
    (re.compile(r"(?<=\s)w/o(?=\s)", re.I), "without"),
    (re.compile(r"(?<=\s)w/(?=\s)", re.I), "with"),
    (re.compile(r"\s+(?:\+|&)\s+"), " and "),
    (re.compile(r"(?<=\s)@(?=\s)"), "at"),
    # ticks and bullets inside a line part its items: "✔ calm w/ family ✔ 6 months"
    (re.compile(r"(?<=\S)\s*[\u2714\u2713\u2611\u2022\u25aa]\s*"), "; "),
    (re.compile(r"^[\u2714\u2713\u2611]\s*", re.M), ""),
    (re.compile(r"\s*-+>\s*"), ", then "),
    (re.compile(r"\b(?i:(mon|tues?|wed|thur?s?|fri|sat|sun))\.?(?=\s+(?i:night|evening|"
                r"morning|afternoon|arvo)\b)"), lambda m: _DAYS[m.group(1).lower()]),
    # "6 months: ...", "Next 3 months - ...": the time frame written as a heading
    (re.compile(r"^(?i:(?:for\s+)?(?:the\s+)?(next\s+)?)(\d{1,2}|one|two|three|four|six|nine|"
                r"twelve)\s+(weeks|months)\s*(?::|-)\s+", re.M),
     lambda m: f"For the next {m.group(2)} {m.group(3)}, "),
    # "Who: Minh" over "What: shouted at Thanh": one clause, "Minh shouted at Thanh"
    (re.compile(r"^(?:[-*\u2022]\s*)*Who\s*:\s*([^\n:]+)\n(?:[-*\u2022]\s*)*(?:What|Did what|"
                r"Does what|Doing|Actions?|Behaviou?rs?|Will do)\s*:\s*", re.M | re.I),
     lambda m: f"{m.group(1).strip()} "),
    (re.compile(r"^(?:[-*\u2022]\s*)*(When|Where)\s*:\s*(?=\S)", re.M | re.I),
     lambda m: f"{m.group(1)} "),
    # "Minh: shouted at Thanh ..." / "Vy - cut her palm ...": the person as a heading (not a
    # question word: "When: ...", "How long: ..." are a list's headings)
    # nor a kind or a section named ("Danger: the father ...", "Learning: the GP ...")
    (re.compile(r"(?:^|(?<=[.;]\s))(?!(?:Who|What|When|Where|Why|How|Which|Danger|Harm|Goal|"
                r"Plan|Worry|Worries|Vision|Strengths?|Protective|History|Background|"
                r"Learning)\b)"
                r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?::|\s-)\s+(?=[a-z])",
                re.M), lambda m: f"{m.group(1)} "),
)


#: Misspellings of the words the coach reads by (a learner in a hurry): whole words only.
_TYPOS = {
    "wil": "will", "wiil": "will", "wll": "will", "woried": "worried", "worred": "worried",
    "worryed": "worried", "wooried": "worried", "worreid": "worried", "concered": "concerned",
    "becuase": "because", "becasue": "because", "beacuse": "because", "bc": "because",
    "b/c": "because", "monhts": "months", "mnths": "months", "mths": "months",
    "moths": "months", "wks": "weeks", "untill": "until", "everyday": "every day",
    "evry": "every", "sfe": "safe", "saftey": "safety", "ppl": "people", "tho": "though",
    "thru": "through",
}
#: Habits of spelling, not haste: read as the words they stand for, never counted as notes.
_HABITS = {"everyday": "every day", "hes": "he's", "shes": "she's", "dont": "don't",
           "doesnt": "doesn't", "wont": "won't", "cant": "can't", "isnt": "isn't",
           "arent": "aren't", "didnt": "didn't", "thats": "that's"}
_TYPOS.update(_HABITS)
_TYPO = re.compile(r"(?<![\w'/])(" + "|".join(re.escape(t) for t in sorted(_TYPOS, key=len,
                                                                         reverse=True))
                   + r")(?![\w'/])", re.I)


def _spell(m: re.Match[str]) -> str:
    word = _TYPOS[m.group(1).lower()]
    return word.capitalize() if m.group(1)[0].isupper() else word


def shorthand(text: str) -> bool:
    """Whether ``text`` is written in notes (what :func:`unnote` spells out, bar the
    habits of spelling in ``_HABITS``)."""
    return (any(rx.search(text) for rx, _ in _NOTES)
            or any(m.group(1).lower() not in _HABITS for m in _TYPO.finditer(text)))


def unnote(text: str) -> str:
    """Note-taking shorthand spelt out: "w/" -> "with", "+" and "&" -> "and", "->" ->
    ", then", "Sun night" -> "Sunday night", a time frame or a person written as a
    heading ("6 months: ...", "Vy - cut her palm") -> a sentence; and the common
    misspellings of the words the coach reads by ("wil", "woried", "untill")."""
    for rx, repl in _NOTES:
        text = rx.sub(repl, text)
    return _TYPO.sub(_spell, text)


_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr)|\b[ap]\.m|\b[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """Split on sentence ends (. ! ? followed by a capital) and on line breaks.

    Titles and initials ("Ms. Lee", "9 a.m. Monday") do not end a sentence.
    """
    out: list[str] = []
    for piece in (s.strip() for s in _SENTENCE_END.split(text)):
        if not piece:
            continue
        if out and _ABBREV_END.search(out[-1]) and "\n" not in out[-1]:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str) -> int:
    """Rough English syllable count: vowel groups, minus a silent final 'e'."""
    w = word.lower()
    if w.isdigit():
        return 1
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade level, computed offline with :func:`syllables`."""
    sents = sentences(text) or [text]
    ws = words(text)
    if not ws:
        return 0.0
    syl = sum(syllables(w) for w in ws)
    return 0.39 * len(ws) / len(sents) + 11.8 * syl / len(ws) - 15.59


def clause(text: str, start: int, end: int, max_words: int = 14) -> str:
    """The clause around ``text[start:end]``: cut at punctuation or a joining word.

    A long clause is shortened to whole words around the match, starting at most
    a few words before it (an ellipsis marks a cut end), so what is quoted is
    always a phrase a person can recognise in their own text.
    """
    left = 0
    for m in _CLAUSE_EDGE.finditer(text, 0, start):
        if m.end() <= start:
            left = m.end()
    right_m = _CLAUSE_EDGE.search(text, end)
    right = right_m.start() if right_m else len(text)
    piece = text[left:right].strip(" ,;:")
    if len(piece.split()) <= max_words:
        return piece
    before = text[left:start].split()
    lead = before[-4:] if len(before) > 4 else before
    head = "..." if len(before) > 4 else ""
    rest = text[start:right].split()
    body = " ".join(lead + rest[:max(1, max_words - len(lead))])
    tail = "..." if len(rest) > max_words - len(lead) else ""
    return f"{head}{body.strip(' ,;:')}{tail}"


_JOINS = {"and", "or", "but", "when", "whenever", "while", "because", "so", "which", "who",
          "after", "before", "if", "until", "then", "that"}


def phrase(text: str, max_words: int = 18) -> str:
    """``text`` as a whole phrase for quoting: trimmed of edge punctuation, and if it is
    long, cut before a joining word ("and", "when" ...) rather than in the middle of a
    phrase (an ellipsis marks the cut)."""
    ws = text.strip(" ,;:").split()
    if len(ws) <= max_words:
        return " ".join(ws)
    cut = max((i for i in range(4, max_words + 1) if ws[i].lower() in _JOINS), default=0)
    return " ".join(ws[:cut or max_words]).rstrip(",;:") + "..."


def snippet(text: str, max_words: int = 12) -> str:
    """The first ``max_words`` words of ``text``, with an ellipsis if cut."""
    ws = text.split()
    out = " ".join(ws[:max_words]).strip(" ,;:")
    return out + ("..." if len(ws) > max_words else "")


def unaside(text: str) -> str:
    """``text`` with each relative clause set aside ("Dad, who was diagnosed with bipolar
    disorder, hit Kai ...") blanked out, same length (offsets stay), so that the clause's
    subject meets its verb ("Dad ... hit Kai"); ``text`` itself when it has none."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text) if "who" in text.lower() or (
        "which" in text.lower()) else text
