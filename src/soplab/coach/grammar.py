"""The grammar the coach reads with: word lists and regular-expression pieces.

People, time phrases and what a child lives through, written once as regular
expression source text; :mod:`soplab.coach.patterns` assembles them into the
compiled patterns. The people, child, impact and monitoring words come from the
lexicon (``cues.csv``), so authors can extend them.
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

from .lexicon import Lexicon, alternation

__all__ = ["LIST_WORDS", "NOCOMMA", "NOSTOP", "PRESENT_ACTS", "ci", "parts"]

_MONTHS = ("January February March April May June July August September October November "
           "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: Capitalised words that are not names.
_NOT_NAMES = set(_MONTHS + _DAYS) | set("""
The A An If When Whenever While After Before During It Its This That These Those There Here
Every Each On In At By For From To With Without And But Or So Then He She They We I You His Her
Him Them Their Our My Your Me Us Also Once Today Tonight Tomorrow Yesterday Last Next Both All
Any Some No Not Yes Safety Plan Goal Step Rule Rules Note Since Until Because As Tell What How
Who Where Why Which Did Do Does Is Are Was Were Has Have Had Can Could Will Would Should Shall
May Might Must Am Please Okay OK Well Even Just Now Later Soon Over Under About Around Through
Between Among Within Is Let Let's Maybe Perhaps Sometimes Usually Often Never Always Everyone
Someone Anyone Nobody Family Child Children Mom Dad Mother Father Parent Parents Worker Social
Agency County School Police Court Hospital Emergency Room Christmas Thanksgiving Easter Ramadan
Eid Diwali Lunar New Year Spanish English Vietnamese Tagalog Cantonese Mandarin Korean Arabic
Punjabi Hmong Russian Farsi Armenian Samoan Tongan American Mexican Black Latino Latina Latinx
Native Indian Asian Pacific Islander Christian Muslim Jewish Catholic Baptist God Church Bible
""".split())

_NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
        r"twenty|thirty|sixty|ninety|a few|few|several|many|a couple of)")
_UNIT = r"(?:days?|weeks?|months?|years?|school years?|semesters?|nights?)"
_DAY = r"(?:" + "|".join(_DAYS) + r"|weekday|weekend|weeknight)s?"
# "May" the month is written with a capital; "may" is the modal verb ("Minh may push ...")
_MAY = r"(?:(?-i:May)|(?<=in )may|(?<=since )may|(?<=early )may|(?<=late )may|(?<=mid-)may)"
_MONTH = r"(?:" + "|".join(m if m != "May" else _MAY for m in _MONTHS) + r")\b\.?"
#: Any character except a sentence end; full stops in titles and times are allowed.
NOSTOP = (r"(?:[^.;!?]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\d)\.(?=\d)|"
           r"(?<=\b[ap])\.(?=m)|(?<=\b[ap]\.m)\.)")


#: Any character except a comma or a sentence end (titles such as "Mr." do not end it).
NOCOMMA = (r"(?:[^,.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bSt)\.|"
           r"(?<=\bMx)\.)")


#: Not right after a capitalised word ("Leo (3 months)" is an age), as lookbehinds.
_NOT_A_NAME = "".join(rf"(?<!(?-i:[A-Z][a-z]{{{n}}}\s))" for n in range(1, 12))


#: What a carer does, told in the present ("Nan picks up Leo"): action_subject's verbs.
PRESENT_ACTS = (r"rings|phones|keeping an eye|keeps an eye|checking|looking after|picking up|"
                 r"staying|picks|drives|stays|calls|checks|sleeps|takes|brings|keeps|walks|comes|"
                 r"visits|texts|watches|holds|locks|makes|gives|puts|supervises|meets|answers|"
                 r"gets|goes|cooks|feeds|bathes")


#: Words without which a list of people cannot go on (see ``list_tail`` in :func:`parts`).
LIST_WORDS = r"(?i:,|\s(?:and|&|or)\s)"


def ci(body: str) -> str:
    return f"(?i:{body})"


@lru_cache(maxsize=8)
def parts(lex: Lexicon) -> SimpleNamespace:
    """The regular-expression pieces for one lexicon (people, times, experience), built
    once: the patterns, goal acts and goal states all read them (do not change them)."""
    not_names = "|".join(sorted(_NOT_NAMES, key=lambda n: (-len(n), n)))
    name = (r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+(?:(?:and|&)\s+(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+)?)?"
            r"(?=[A-Z\u00c0-\u00dd])(?!(?:" + not_names + r")\b)"
            r"[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff]+(?:[-'][A-Za-z\u00e0-\u00ff]+)?")
    # A name after a role or another name ("Grandma Rosa", "Ana Lopez"): only dates are
    # ruled out there, which keeps the person pattern small enough to compile quickly.
    dates = "|".join(_MONTHS + _DAYS)
    tail_name = (r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+)?(?!(?:" + dates + r")\b)"
                 r"[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff]+(?:[-'][A-Za-z\u00e0-\u00ff]+)?")
    role = ci(alternation(lex.cues.get("caregiver", ()) + lex.cues.get("network", ())
                           + tuple(t for t in lex.cues.get("professional", ())
                                   if t.lower() not in {"we", "i", "us"})))
    child = ci(alternation(lex.cues.get("child", ())))
    det = (r"(?:(?i:the|her|his|their|our|my|your|a|an|both|two|three|all|each|every)\s+"
           r"|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+'s\s+)?")
    adj = (r"(?:(?i:maternal|paternal|older|younger|oldest|youngest|new|family|next-door|close|"
           r"best|trusted|former|adult|other|baby's|children's|child's|kids'|family's|assigned|"
           r"responsible|primary|designated)\s+){0,2}")
    age = r"(?:\s*\(\s*(?:age\s*)?\d{1,2}\s*\)|,\s*(?:age\s+)?\d{1,2},)?"
    one = (rf"(?<![\w'-]){det}{adj}(?:{role}|{child}|{name})(?:\s+{tail_name}){{0,2}}"
           rf"{age}")
    # more people in a list ("Mum, Dad and Nan"): a text without a comma, "and", "&" or
    # "or" has none, and is read without this part (LazyPattern.without, LIST_WORDS)
    list_tail = rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|or)\s+){one}){{0,4}}"
    persons = rf"(?:{one}{list_tail})"
    pron = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
    subj = rf"(?P<subj>{persons}|{pron})"
    past_verbs = alternation(lex.cues.get("past_verb", ()))
    impact = ci(alternation(lex.cues.get("impact", ())))
    monitoring = ci(alternation(lex.cues.get("monitoring", ())))
    reporting = (r"reported|said|says|told|tells|saw|noticed|found|observed|called|stated|"
                 r"disclosed|shared|explained|worried|concerned|scared|afraid|agreed|believes|"
                 r"thinks|felt|feels|asked|knew|learned|heard|interviewed|met")
    harm_time = "|".join([
        rf"\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?",
        rf"\b(?:on|last|this past|this|that|the previous)\s+{_DAY}",
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?",
        r"\b(?:last|this past|that|the previous|the following|one)\s+(?:night|week|weekend|month|"
        r"year|summer|spring|fall|winter|morning|evening|afternoon|school year|Christmas|"
        r"Thanksgiving|holiday)",
        r"\byesterday\b|\bearlier (?:today|this (?:week|month|year))",
        rf"\b{_NUM}\s+(?:days|weeks|months|years|hours|nights)\s+ago",
        rf"\b(?:on|in)\s+(?:at\s+least\s+)?{_NUM}\s+(?:separate\s+)?(?:occasions|times|nights|"
        rf"days)",
        r"\b(?:twice|three times|four times|\d+ times|several times|many times|more than once|"
        r"once)\s+(?:in|over|during|since|this|last|that|a|each|every)\b",
        r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|"
        r"nights?)",
        rf"\bsince\s+(?:{_MONTH}|last|the\s+\w+|\d)",
        r"\bat\s+(?:about\s+|around\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)",
        r"\b(?:at|around|after|past)\s+(?:midnight|noon|night)\b|\bovernight\b",
        rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|\d{{4}}|the (?:spring|summer|fall|autumn|"
        r"winter))",
        r"\bon\s+(?:the\s+)?(?:night|morning|evening|afternoon|day|weekend)\s+of",
        r"\bwhen\s+\w+\s+was\s+(?:\d+|a baby|an infant|born|\w+\s+(?:months?|weeks?|years?)\s+old)",
        r"\b(?:every|each)\s+(?:\w+\s+){0,2}?(?:day|night|morning|evening|weekend|time)s?\b",
        r"\b(?:on|at|over|during)\s+(?:Thanksgiving|Christmas(?: Eve| Day)?|New Year's(?: Eve|"
        r" Day)?|Easter|Halloween|the Fourth of July|(?:his|her|their|\w+'s)\s+birthday|"
        r"Mother's Day|Father's Day|spring break|winter break|summer break)",
        r"\b(?:this|that|last)\s+(?:month|week|morning|afternoon|evening|weekend)\b",
        r"\b(?:on|at|over)\s+(?:Boxing Day|Anzac Day|Canada Day|Australia Day|Waitangi Day|"
        r"Bonfire Night|Hogmanay|Diwali|Eid|Lunar New Year|New Year's Eve|the school holidays)",
        rf"\bfor\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?{_NUM}\s+(?:hours|days|"
        rf"weeks|months|years|nights)\b",
        rf"\b{_NUM}\s+(?:hours|days|weeks|months)\s+of\b",
        r"\b(?:over|during)\s+the\s+(?:school\s+)?(?:holidays|summer|winter|weekend)\b",
        rf"\b(?:on\s+)?(?:the\s+)?(?:{'|'.join(_DAYS)})\s+(?:morning|afternoon|evening|night)\b",
        r"\b(?:for\s+)?(?:most|much|all)\s+of\s+(?:the|last|this)\s+(?:\w+\s+)?(?:term|year|month|"
        r"week|summer|winter|spring|autumn|holidays)\b",
        r"\b(?:lately|recently|in recent (?:days|weeks|months)|(?:earlier )?this year|"
        r"last (?:spring|autumn|term))\b",
    ])
    plan_time = "|".join([
        rf"\b(?:every|each)\s+(?:\w+\s+){{0,2}}?(?:day|night|morning|evening|afternoon|week|time|"
        rf"visit|hour|school day|{_DAY})s?\b",
        r"\b(?:daily|nightly|weekly|twice a \w+|once a \w+|\d+ times a \w+|\w+ times a week)\b",
        r"\b(?:by|at|before|after|until|from|around)\s+(?:about\s+|"
        r"around\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)?",
        r"\b(?:before|after|at|during|until|by|over)\s+(?:school|bedtime|dinner|breakfast|lunch|"
        r"work|pick-?up|drop-?off|dark|midnight|noon|night|the visit|visits|the weekend|"
        r"the next (?:meeting|review))",
        r"\b(?:tonight|today|tomorrow|this (?:evening|weekend|week|afternoon|morning)|right away|"
        r"immediately|within \d+ (?:hours|days)|starting (?:today|tonight|tomorrow|\w+))\b",
        rf"\b(?:on|by|until|next)\s+{_DAY}",
        r"\b(?:mornings|evenings|nights|weekends|afternoons|weeknights)\b",
        r"\b(?:in|within|after|for)\s+(?:the\s+next\s+|the\s+first\s+)?(?:\d+|one|two|three|"
        r"seven|ten|fourteen|thirty)\s+(?:days|hours|weeks)\b",
        r"\buntil\s+(?:the|a|\w+day)\b",
        r"\b(?:every|each)\s+(?:\w+\s+)?(?:appointment|session|meeting|check-up|shift)s?\b",
        r"\bthis\s+(?:month|week)\b",
        r"\b(?:after|before|once|until)\s+(?:the\s+)?(?:kids|children|\w+)\s+(?:are|is|go|goes|"
        r"gets?)\s+(?:in bed|asleep|to bed|to sleep|home)",
        r"\b(?:when|whenever|while|after|before)\s+(?:she|he|they|the\s+\w+|\w+)\s+(?:is|are|"
        r"has|have|goes|go|gets|get|comes|come|feels|feel|drinks|drink|uses|use|works|work|"
        r"stays|stay)\b",
        r"\bafter\s+(?:drinking|using|smoking|a drink|dark)\b|\bon those (?:days|nights)\b|"
        r"\bwhile the plan is in place\b",
    ])
    duration = "|".join([
        r"\b(?:for|over|during|across|within|throughout)\s+(?:at\s+least\s+|a\s+(?:period|"
        r"total)\s+of\s+|the\s+(?:next|following|coming|whole|entire|full|rest\s+of\s+the)\s+|"
        r"about\s+"
        rf"|a\s+full\s+|more\s+than\s+){{0,2}}(?:{_NUM}\s+)?(?:(?:more|full|straight|"
        rf"consecutive)\s+)?{_UNIT}\b",
        rf"\b{_NUM}\s+(?:consecutive|straight|full)\s+{_UNIT}",
        r"\b(?:for|over)\s+the\s+rest\s+of\s+the\s+(?:school\s+)?year",
        r"\b(?:over|through|throughout)\s+the\s+(?:whole\s+)?(?:winter|summer|spring|autumn|fall)\b",
        r"\buntil\s+(?:the\s+)?case\s+(?:is\s+)?clos\w+",
        # "for the duration of the school year / of the case / of this plan"
        r"\b(?:for|during|throughout|over)\s+the\s+(?:duration|length|life|course)\s+of\s+"
        r"(?:the|this|her|his|their|our)\s+(?:\w+\s+)?(?:year|case|plan|term|semester|"
        r"program|programme|treatment|placement|order|supervision|summer|holidays)\b",
        rf"\b{_NUM}\s+{_UNIT}\s+in\s+a\s+row",
        r"\b(?:for|over|during|across)\s+the\s+(?:next|coming|rest of the|whole)\s+(?:\w+\s+)?"
        r"(?:school\s+)?(?:terms?|year|holidays)\b",
        r"\buntil\s+(?:she|he|they|\w+)\s+(?:is|are|turns?)\s+(?:one|two|three|\d+)\b",
        r"\buntil\s+the\s+(?:summer|end of (?:the\s+)?(?:school\s+)?(?:term|year)|case "
        r"(?:is\s+)?closed)\b",
        rf"\b{_NUM}\s+(?:weeks|months|years)\s+from\s+now\b",
        rf"\bby\s+the\s+end\s+of\s+(?:the\s+)?(?:{_NUM}\s+)?{_UNIT}",
        # a goal's date: "By June, ...", "by the start of the school year", "by Christmas"
        rf"\b(?i:by)\s+(?:(?i:the\s+(?:end|start|beginning)\s+of)\s+)?(?:{_MONTH}|"
        r"(?i:the\s+)?(?i:summer|fall|autumn|winter|spring|Christmas|the holidays|"
        r"the new year|the (?:next )?school year|next (?:term|semester|year)))",
        # told as people note it: "6 mo", "x 3 months", "How long: 6 months", "3 mths",
        # "In six month"
        # (not an age, "3 months old", "(2 years)", "of 12 years", nor "3 months ago")
        rf"(?<![(\w-])(?<!\bage\s)(?<!\baged\s)(?<!\bof\s)(?<!\bhas\s)(?<!\bhave\s)"
        rf"(?<!\bpast\s)(?<!\blast\s)"
        rf"{_NUM}[\s-]*(?:months?|mos?|mths?|years?|yrs?|semesters?|school years?)\b"
        r"(?![-\s]+(?:ago|old|later|earlier|before|after|since|of age|behind|pregnant|into)\b)"
        r"(?!\s+of\b)",
        # "(3 months)" after a deed, not after a name or a child ("Leo (3 months)", an age)
        rf"(?<=[a-z]\s){_NOT_A_NAME}(?<!baby\s)(?<!son\s)(?<!daughter\s)(?<!boy\s)(?<!girl\s)(?<!child\s)"
        rf"(?<!infant\s)(?<!twins\s)(?<!newborn\s)\(\s*{_NUM}\s*(?:months?|mos?|years?)\s*\)",
        r"(?<![(\w-])(?:\d{2}|six|eight|ten|twelve|sixteen|twenty)[\s-]*weeks\b(?!\s+(?:of|ago|"
        r"old|later|earlier|before|since|behind)\b)",
        r"\b(?:over|during|through|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:summer|"
        r"winter|holidays|school holidays)\b|\bfor\s+as\s+long\s+as\b|\b(?:through|until|till)"
        r"\s+(?:Christmas|Thanksgiving|Easter|the holidays|the new year)\b",
        r"\b(?:in|over|during|for|across)\s+the\s+(?:next|coming|following)\s+(?:few|several|"
        r"couple of)\s+(?:weeks|months|years)\b|\bin\s+the\s+coming\s+(?:weeks|months|year)",
        r"\b(?:until|till|til|through|throughout|to)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?"
        r"(?:school\s+)?(?:year|term|semester|summer)\b|\b(?:until|till)\s+(?:the\s+)?(?:summer|"
        r"fall|autumn|winter|spring|Christmas)\b|\b(?:through|until|till)\s+(?:the\s+end\s+"
        rf"of\s+)?{_MONTH}|\b(?:through|throughout|for)\s+the\s+"
        r"(?:summer|school year|semester|term|winter|holidays)\b|\b(?:this|the whole|all)\s+"
        r"(?:semester|school year|term)\b",
    ])
    # what a child lives through (not arrangements such as "will have a card")
    experience_verbs = (r"(?:feel|be|know (?:that|they|he|she|it|there|who)|go|sleep|eat|grow|play|"
                        r"arrive|attend|come|live|stay|return|spend|experience|trust|wake|enjoy|"
                        r"learn|count on|remain|get to (?:school|sleep|bed)|have (?:breakfast|"
                        r"dinner|meals?|a (?:calm|quiet|safe|sober))|see (?:their|his|her) "
                        r"(?:mum|mom|dad|father|mother|parents?))")
    child_ref = rf"(?:{persons})"
    return SimpleNamespace(**{k: v for k, v in locals().items() if k != "lex"})
