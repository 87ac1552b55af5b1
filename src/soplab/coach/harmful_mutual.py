"""Detector for violence told as something both partners do (rule ``dv-mutual`` in
:mod:`soplab.coach.safety_rules`): "their fights", "when they argue", "Mom and Dad will
keep fighting", "Minh and Thanh are arguing", "her parents' fights", "during an argument
over money", "conflict resolution with Thanh". One person's violence is his choice, not
a shared fight: the brief's domestic-violence section."""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    MUTUAL,
    MUTUAL_NOUN,
    Later,
    dv_context,
    memo,
    own,
    people,
    quote,
    side,
    violence_to_adults,
)
from .reading import Reading

__all__ = ["mutual_framing"]

_JOINT = re.compile(r"^(?:(?:both|each|all|also|always|calmly|respectfully|together|learn to|"
                    r"try to|work on|start to|begin to)\s+)*(?:talk|"
                    r"speak|communicate|discuss|listen to each other|resolve|work (?:out|through|"
                    r"things)|sort (?:out|things)|settle|compromise|co-?operate|make decisions "
                    r"together|stay calm|keep calm|calm down|manage (?:their|any|money)|argue|"
                    r"fight|disagree|take (?:a )?time[- ]?out|respect each other|treat each other|"
                    r"get along|get on)\b", re.I)
#: What two partners "will stop" doing ("will stop arguing", "won't fight"; "stop" is the negation)
_JOINT_STOPPED = re.compile(r"^(?:(?:both|each|ever|always|again)\s+)*(?:argu(?:e|ing)|"
                            r"fight(?:ing)?|bicker(?:ing)?|rowing|quarrel\w*|(?:yelling|shouting) "
                            r"at each other|having (?:fights|arguments|rows))\b", re.I)



#: What two people do to each other, in every form a writer uses ("argue", "are arguing",
#: "fought", "have words", "yell at each other").
_MUTUAL_VERB = re.compile(
    r"\b(?:argu(?:e|es|ed|ing)|fight(?:s|ing)?|fought|quarrel\w*|bicker\w*|rowed|rowing|"
    r"(?P<soft>disagree(?:s|d|ing)?|(?:fall|falls|fell|falling) out)|"
    r"squabbl\w*|clash(?:es|ed|ing)?|(?:have|has|had|having) words|(?:yell\w*|shout\w*|"
    r"scream\w*|go|goes|went|going) at each other|(?:get|gets|got|getting) into it|"
    r"(?:go|goes|went|going) at it|(?:come|comes|came|coming) to blows|"
    r"(?:have|has|had|having)\s+a\s+go\s+at\s+each\s+other|(?:are|were|was|is|be|been|being|"
    r"get|gets|got|going)\s+at\s+(?:each\s+other|one\s+another|it)|butt(?:s|ed|ing)?\s+heads|"
    r"lock(?:s|ed|ing)?\s+horns|(?:have|has|had|having)\s+it\s+out)\b",
    re.I)
#: Words that stand between the people and that verb ("are", "will keep", "always").
_AUX = set("""are were is was be been being keep keeps kept keeping will would may might could
can continue continues continued to start starts started stop stops stopped always often still
constantly frequently again have has had not never get gets got much usually sometimes begin
began end ended up both all really also then just won't don't didn't do did regularly 're
going gonna likely
""".split())
#: Where the people of a clause begin: a sentence, a list line, a clause word.
_CLAUSE_WORDS = {"that", "because", "when", "whenever", "if", "while", "worried", "afraid",
                 "concerned", "worry", "worries", "fear", "fears", "believe", "believes",
                 "reckon", "reckons", "so", "as", "since", "after", "before", "once",
                 "until", "said", "says", "think", "thinks", "feel", "feels"}
_WORD = re.compile(r"[\w'&+-]+")
#: People who together are the couple ("the couple", "her parents", "both of them").
_COUPLE = re.compile(r"^(?:they|both|the couple|(?:(?:the|her|his|their|both|[A-Z]\w+'s)\s+)?"
                     r"parents|the adults|the two (?:adults|of them)|both of them|the partners|"
                     r"husband and wife|the pair)$", re.I)
#: The couple's own fights ("her parents' fights", "Mom and Dad's arguments").
_COUPLE_NOUN = re.compile(
    rf"\b(?:(?:her|his|their|the|[A-Z]\w+'s)\s+parents'?|(?:mom|mum|mother|ma|mama)\s+and\s+"
    rf"(?:dad|father|papa)'s|[A-Z]\w+\s+and\s+[A-Z]\w+'s)\s+(?:\w+\s+)?{MUTUAL_NOUN}\b", re.I)
#: A two-sided fight as the setting of his violence ("during an argument over money",
#: "in the middle of a fight", "after a row about the bills").
_SETTING = re.compile(
    r"\b(?:during|in|amid(?:st)?|after|over|through|throughout|in the middle of|at the height of|"
    r"a|an|the|another|any|every|this|that|one|big|heated|loud|money)\s+(?:[\w-]+\s+)?"
    r"(?:confrontations?|" + MUTUAL_NOUN[3:] + r"\b(?!\s+(?:at|in)\s+school)", re.I)
#: A fight "with" someone ("conflict resolution skills with Thanh", "argues with his wife").
_WITH = re.compile(r"\b(?:argu\w*|fight\w*|fought|conflicts?|disagree\w*|rows?|quarrel\w*)"
                   r"(?:\s+[\w-]+){0,3}?\s+with\s+(?P<who>(?:his|her|their)\s+\w+|[A-Z][\w-]+)",
                   re.I)


#: More words for a two-sided quarrel than MUTUAL_NOUN has ("a misunderstanding", "a
#: falling-out", "a clash", "words").
_MORE_NOUN = (r"(?:misunderstandings?|falling[- ]outs?|fall[- ]outs?|clash(?:es)?|squabbles?|"
              r"spats?|tiffs?|frictions?|words|" + MUTUAL_NOUN[3:])
#: The couple having one ("the couple have misunderstanding about money", "they get into
#: a row", "Minh and Thanh had a falling-out"): checked for its people.
_HAVE_ONE = re.compile(rf"\b(?:have|has|had|having|get\s+into|gets\s+into|got\s+into|getting\s+"
                       rf"into)\s+(?:(?:a|an|another|the|some|any|more|big|small|little|heated|"
                       rf"loud|their|many|frequent|\w+ing)\s+)*{_MORE_NOUN}\b", re.I)
#: A quarrel placed between the two, or in the home, as the setting ("a dispute over money
#: between Minh and Thanh", "conflict in the home", "things between them get heated").
_BETWEEN = re.compile(
    rf"\b{_MORE_NOUN}(?:\s+(?!and\b)[\w'-]+){{0,3}}?\s+between\s+(?:the\s+|her\s+|his\s+|"
    rf"their\s+)?(?:parents|adults|couple|partners|two|them|[A-Z][\w-]+\s+and\s+[A-Z][\w-]+)\b"
    rf"|\b(?:conflict|tensions?|fighting|arguing|arguments|rows|friction)\s+(?:in|at|within)\s+"
    rf"(?:the\s+)?(?:home|house|household|family|relationship|marriage)\b"
    rf"|\bthings\s+between\s+(?:them|the\s+(?:parents|couple|adults)|[A-Z][\w-]+\s+and\s+"
    rf"[A-Z][\w-]+)\s+(?:\w+\s+){{0,2}}?(?:get|gets|got|getting|become|becomes|became|turn|turns|"
    rf"turned)\s+(?:heated|physical|violent|ugly|out of hand|bad)\b"
    rf"|\btempers\s+(?:flared|flare|flaring|rose|rise|ran\s+high|run\s+high|boiled\s+over|"
    rf"frayed)\b", re.I)  # "tempers flared": both of theirs


#: "disagree with the police report": a view of a thing, not a quarrel between them.
_WITH_A_THING = re.compile(r"\s+with\s+(?!each other|one another|(?:him|her)\b)", re.I)
_HURT = re.compile(r"\b(?:hurt|harm\w*|injur\w*|unsafe|physical|violen\w*|scared|afraid)\b", re.I)


#: Two people doing something together, in the present or base form of the verb.
_JOINT_NOW = re.compile(r"\b(?:go(?:es)?\s+over\s+(?:the\s+)?(?:bills|money|budget|finances)|"
                        r"sit(?:s)?\s+(?:down\s+)?together)\b|"
                        r"\b(?:talk|speak|communicate|discuss|resolve|settle|compromise)s?\s+"
                        r"(?:calm(?:ly)?|respectful(?:ly)?|nice(?:ly)?|together|things|about|"
                        r"through|with each other|to each other)\b|\b(?:work|sort)s?\s+(?:out|"
                        r"through|things)\b", re.I)


def _clause_people(r: Reading, at: int) -> str:
    """The words naming who does the verb at ``at``: back over "are", "will keep" ...
    to where the clause begins."""
    words = list(_WORD.finditer(r.text, max(0, at - 100), at))
    while words and words[-1].group(0).lower() in _AUX:
        words.pop()
    kept: list[re.Match[str]] = []
    for w in reversed(words):
        gap = r.text[w.end():kept[0].start() if kept else at]
        low = w.group(0).lower()
        if re.search(r"[.,;:!?\n(\u2014>]", gap) or len(kept) >= 6 or low in _CLAUSE_WORDS:
            break
        kept.insert(0, w)
    return r.text[kept[0].start():kept[-1].end()] if kept else ""


def _with_a_child(r: Reading, m: re.Match[str]) -> bool:
    """"tension between Vy and her father": a child is one of the two, not a couple."""
    between = re.search(r"\bbetween\s+(.+)$", m.group(0), re.I)
    return bool(between) and any(side(r, w) == "child" or r.is_child(w)
                                 for w in re.findall(r"[\w'-]+", between.group(1)))


def _hurt_told(r: Reading) -> bool:
    """Violence or a hurt is told, so a quarrel is its setting, not a quarrel alone."""
    return dv_context(r) or bool(_HURT.search(r.text))


def _two_adults_do(r: Reading, who: str) -> bool:
    """``who`` is two or more adults together ("Mom and Dad", "Minh and Thanh", "they")."""
    who = re.sub(r"\s(?:n|an'|'n'|&)\s", " and ", who)
    who = re.sub(r"^(?:the|both)\s+(?=\w+\s+(?:and|&|\+)\s)", "", who.strip(), flags=re.I)
    if _COUPLE.match(who):
        return who.lower() != "they" or bool(violence_to_adults(r))
    found = people(r, who.replace("+", " and "))
    return len(found) >= 2 and all(side(r, p) == "adult" for p in found)


def _shared_fight(r: Reading) -> re.Match[str] | None:
    """A two-sided fight told with its people, or as the setting of the violence."""
    def find() -> re.Match[str] | None:
        for m in _MUTUAL_VERB.finditer(r.text):
            if _two_adults_do(r, _clause_people(r, m.start())) and (not m.group("soft") or (
                    _hurt_told(r) and not _WITH_A_THING.match(r.text, m.end()))):
                return m
        m = _COUPLE_NOUN.search(r.text)
        if m:
            return m
        if _hurt_told(r):  # "a dispute between the parents", "the couple have misunderstanding"
            m = next((x for x in _BETWEEN.finditer(r.text) if not _with_a_child(r, x)), None)
            if m:
                return m
            for m in _HAVE_ONE.finditer(r.text):
                if _two_adults_do(r, _clause_people(r, m.start())):
                    return m
        for m in _WITH.finditer(r.text):
            if side(r, m.group("who")) == "adult":
                return m
        if violence_to_adults(r):  # "Minh pushed Thanh ... during argument over money"
            m = _SETTING.search(r.text)
            if m:
                return m
        if not r.commitments:  # "Minh and Thanh talk calm about money" (no "will")
            for m in _JOINT_NOW.finditer(r.text):
                if re.match(r"go|sit", m.group(0), re.I) and not _heated(r):
                    continue  # "Mum + Dad go over the bills": planning, unless there is anger
                if _two_adults_do(r, _clause_people(r, m.start())):
                    return m
        return None
    return memo(r, "shared", find)


def mutual_framing(r: Reading) -> str:
    """Violence told as something both partners do ("their fights", "when they argue",
    "Minh and Thanh will talk through their money worries calmly")."""
    m = next((x for x in MUTUAL.finditer(r.text) if not _with_a_child(r, x)), None) or \
        _shared_fight(r)
    if m:
        for c in r.commitments:  # quote the whole commitment it is part of
            if c.start - len(c.subject) - 2 <= m.start() < c.start + len(c.words):
                return own(c)
        return quote(r, m.start(), m.end())
    for c in r.commitments:
        who = people(r, c.subject)
        joint = _JOINT_STOPPED.match(c.phrase) if c.negated else (
            _JOINT.match(c.phrase) and _heated(r) or _joint_work(r, c.phrase))
        joint = joint or _shared_conduct(r, c.phrase)
        if joint and (_two_adults_do(r, c.subject) or (  # "Both parents will communicate ..."
                len(who) >= 2 and all(side(r, p) == "adult" for p in who)
                and not any(r.is_child(p) for p in who))):
            return own(c)
    return ""





#: Work on the couple's communication or conflict anywhere in their promise ("sit together
#: every Sunday and talk about the bills calmly", "work on their communication", "both
#: agree to stay calm", "go to couples counselling", "have a family meeting to sort out
#: the budget"): his violence made a problem the two of them share.
_JOINT_WORK = Later(
    r"(?:^|\band\s+|\bto\s+|\bboth\s+)(?:(?:both|each|all|also|always|calmly|together|learn\s+to|"
    r"try\s+to|agree\s+to|start\s+to|begin\s+to)\s+)*(?:talk|speak|communicate|discuss|listen\s+"
    r"to\s+each\s+other|resolve|settle|compromise|sort\s+(?:out|things)|work\s+(?:out|through|"
    r"things)|go\s+over|plan\s+(?:the\s+)?(?:money|budget|bills|finances|spending)|stay\s+calm|keep\s+"
    r"calm|calm\s+down|cool\s+(?:off|down)|take\s+(?:a\s+)?(?:break|time[- ]?outs?|step\s+back|"
    r"breather)|check\s+in\s+with\s+each\s+other|respect\s+each\s+other|get\s+along|disagree|"
    r"argue|fight|agree\s+"
    r"(?:on|about)|(?:make|set|do|write)\s+(?:up\s+)?(?:a\s+|the\s+)?budget)\b"
    r"|\b(?:couples?|marriage|marital|relationship)\s+(?:counsel\w*|therapy|mediation|sessions?|"
    r"work)|\bfamily\s+meetings?\b|\b(?:sit|sit\s+down|meet)\s+(?:\w+\s+){0,3}?together\b|"
    r"\bwork\s+on\s+(?:their|the\s+couple's)\s+(?:communication|relationship|marriage|"
    r"conflicts?|arguments|differences)|\b(?:improve|strengthen)\s+their\s+(?:communication|"
    r"relationship|marriage)|\bconflict\s+resolution\b|\b(?:with|to|at)\s+(?:each\s+other|one\s+"
    r"another)\b|\bmediation\b|\braise\s+their\s+voices\b", re.I)
#: The rest of the text tells his anger, their quarrels or the children's fear, so a
#: shared talk is the answer given to violence ("when he feels angry", "will not have to hide").
_HEATED = Later(r"\b(?:ang(?:ry|er)|mad|temper|calm\w*|heated|yell\w*|shout\w*|scream\w*|"
                r"argu\w*|fight\w*|fought|conflicts?|disagree\w*|hid(?:e|es|ing)|scared|"
                r"afraid|fear\w*|violen\w*|abus\w*|police|tense|tension|blow[- ]?ups?|"
                r"explod\w*)\b", re.I)


def _joint_work(r: Reading, phrase: str) -> bool:
    """The couple's own promise is shared work on how they talk or quarrel, in a text about
    his anger or the children's fear (two parents planning who meets the bus are not)."""
    cut = re.search(r",\s*(?:and|but|so)\s|;|\.\s|\band\s+(?:[A-Z]\w+|he|she)\s+(?:will|"
                    r"must|can)\b", phrase)
    own_part = phrase[:cut.start()] if cut else phrase
    return bool(_JOINT_WORK.search(own_part)) and _heated(r) and not (
        _to_a_child(r, own_part) and not dv_context(r))


#: How one treats the other, promised by the two of them together ("Minh and Thanh will keep
#: it calm at home - no yelling, no putting hands on anybody", "Mum and Dad will keep their
#: voices down"): his violence made the couple's shared conduct.
_CONDUCT = Later(r"\b(?:calm\w*|yell\w*|shout\w*|scream\w*|hands|physical\w*|violen\w*|"
                 r"temper\w*|voices?|threat\w*|peace\w*|hit(?:s|ting)?|push\w*|shov\w*)\b", re.I)
_TO_A_CHILD = Later(r"\b(?:at|to|with|around|near|on|for)\s+(?:the\s+|their\s+|both\s+)?(?:kids|"
                    r"children|twins|boys|girls|baby|child|(?-i:[A-Z][\w-]+))\b", re.I)


def _shared_conduct(r: Reading, phrase: str) -> bool:
    """The couple promise how they will treat each other (calm, no yelling, no hands), in a
    text about violence between them, not how they will treat a child."""
    cut = re.search(r",\s*(?:and|but|so)\s|;|\.\s|\band\s+(?:[A-Z]\w+|he|she)\s+(?:will|"
                    r"must|can)\b|\bso\s+(?:that\s+)?", phrase)
    own_part = phrase[:cut.start()] if cut else phrase
    m = _CONDUCT.search(own_part)
    if not m or not (dv_context(r) or _FORCE.search(r.text)):
        return False
    return not _to_a_child(r, own_part)


#: Conduct words that tell force or shouting by themselves ("their voices", "hands").
_FORCE = Later(r"(?:yell|shout|scream|hands|physical|violen|voice|threat|hit|push|shov)", re.I)


def _to_a_child(r: Reading, words: str) -> bool:
    """The conduct is toward a child ("speak calmly to the twins", "calm with the kids")."""
    for m in _TO_A_CHILD.finditer(words):
        last = m.group(0).split()[-1]
        if not last[:1].isupper() or r.child_like(last):
            return True
    return False


def _heated(r: Reading) -> bool:
    return dv_context(r) or bool(_HEATED.search(r.text))
