"""Questions: open, closed or leading, and which solution-focused type.

Rules, in order:

* **leading** - a tag at the end ("..., didn't he?", "right?"), a negative opening ("Didn't
  you ...?", "Isn't it true ...?"), "don't you think", or a question that names a harmful
  act the person has not described ("Did he hit you?", "Who hurt you?");
* **closed** - opens with a yes/no word (do, did, is, are, can, have ...),
  unless it is a polite request to tell ("Can you tell me about ...?");
* **open** - everything else (what, how, when, who, where, tell me ...).

"Why" questions are open in form but are flagged: they can sound like blame;
"how come" or "what happened" keeps the conversation going.

The solution-focused type is the first that matches: scaling, preferred future,
coping, exception, relationship, network, what else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lazyre as re
from .lexicon import load_lexicon

__all__ = ["QuestionReading", "SF_DESCRIPTIONS", "SF_PATTERNS", "SF_TYPES", "looks_like_question",
           "opens_like_question", "read_question", "widens"]

_OPENERS = r"^(?:(?:and|so|okay|ok|well|now|also|then|um|alright)[,]?\s+)*"
_TAG = re.compile(r",\s*(?:isn't|aren't|wasn't|weren't|didn't|doesn't|don't|won't|wouldn't|can't|"
                  r"couldn't|haven't|hasn't|shouldn't|is|was|did|does|right|correct|okay|ok|yes|no|"
                  r"true)\b[^?]{0,20}\?\s*$", re.I)
_NEG_OPEN = re.compile(_OPENERS + r"(?:isn't|aren't|didn't|doesn't|don't|wasn't|weren't|wouldn't|"
                       r"won't|can't|couldn't|shouldn't|haven't|hasn't)\b", re.I)
_LEADING_PHRASE = re.compile(r"\b(?:isn't it true|don't you think|wouldn't you (?:say|agree)|you "
                             r"(?:would|will) agree|surely|admit that|(?<!will )(?<!do )(?<!would )"
                             r"you know that|isn't that why|"
                             r"you must (?:have|be))\b", re.I)
_HARM_ACT = re.compile(r"\b(?:hit|hits|hurt|hurts|touch(?:ed|es)?|beat|beats|slap(?:ped|s)?|"
                       r"punch(?:ed|es)?|kick(?:ed|s)?|grab(?:bed|s)?|abus\w+|molest\w*|shook|"
                       r"shake|burn(?:ed|t)?|spank(?:ed|s)?|whip(?:ped)?|choke[ds]?|push(?:ed)?|"
                       r"shov(?:e|ed)|do (?:this|that) to|mean to (?:you|him|her|them)|"
                       r"scared of (?:him|her|them|your))\b",
                       re.I)
_HARM_ASK = re.compile(_OPENERS + r"(?:who|did|does|do|has|have|was|were|is|when did|where did|"
                       r"how (?:many times|often) did|what did)\b", re.I)
_CLOSED = re.compile(_OPENERS + r"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|"
                     r"should|shall|may|might|must|am|isn't|aren't|don't|doesn't|didn't|won't|"
                     r"wouldn't|can't|couldn't|haven't|hasn't)\b", re.I)
_POLITE_OPEN = re.compile(_OPENERS + r"(?:can|could|would|will)\s+you\s+(?:please\s+|perhaps\s+|"
                          r"maybe\s+|just\s+)?(?:tell|"
                          r"describe|share|walk|talk|explain|say (?:more|a bit)|"
                          r"help me understand|give me|show me|think (?:of|about|back)|"
                          r"remember a time|picture|imagine)",
                          re.I)
#: A yes/no question told as a wish to know ("I was wondering if your sister could help?").
_EMBEDDED_CLOSED = re.compile(_OPENERS + r"(?:(?:i\s+(?:was|am|'m)\s+|just\s+)?wondering|"
                              r"i\s+wonder|"
                              r"i(?:'d| would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|"
                              r"(?:can|could|may)\s+i\s+ask|i'?m\s+curious|curious|"
                              # "Could you tell me whether ...", "Tell me if ...": a yes or no
                              r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+|perhaps\s+|"
                              r"maybe\s+|just\s+)?)?(?:tell|let)\s+(?:me|us)(?:\s+know)?)"
                              r"\s+(?:if|whether)\b",
                              re.I)
_WHY = re.compile(r"\bwhy\b", re.I)
#: A topic put first, then the question ("Your sister, is she ...?", "The mornings, did ...?").
_FRONTED = re.compile(r"^(?:(?:your|the|her|his|their|my|ur)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*[,-]\s+"
                      r"(?=(?:is|are|was|were|do|does|did|can|could|would|will|has|have)\b)", re.I)
#: The open question in a closed one's tail: ", and what helped?", "or who else?".
_OPEN_TAIL = re.compile(r"(?:,\s*|\s+)(?:and|or|if so|if not|&)[,\s]+(?:if so,?\s+|if not,?\s+)?"
                        r"(?:what|who|how|where|when|which)\b[^?]*\??\s*$", re.I)
#: Words that open a question to more than yes or no, wherever they stand: a question
#: with none of them ("I was wondering if your sister might help?", "Your sister, is she
#: the one?", "So someone else could take them?") can only be answered yes or no.
_ASKING_WORD = re.compile(r"\b(?:what|how|who|whom|whose|when|where|which|why|tell|describe|"
                          r"share|explain|walk|talk|imagine|picture|think of|scale|number|"
                          r"rate)\b", re.I)
_QUESTION_START = re.compile(_OPENERS + r"(?:what|how|when|where|who|whom|whose|which|why|tell me|"
                             r"describe|do|does|did|is|are|was|were|have|has|had|can|could|will|"
                             r"would|should|may|might|if|suppose|imagine|on a scale)\b"
                             r"(?!\s*:)", re.I)  # "Who: worker, Nan" is a note's label

#: Solution-focused types, what each does (shown to learners), and the words that mark it.
SF_TYPES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("scaling", "puts a judgement on a 0 to 10 line",
     re.compile(r"\b(?:scale|0\s*(?:to|-)\s*10|zero to ten|one to ten|1\s*(?:to|-)\s*10|0 and 10|"
                r"what number|which number|a number\b|rate (?:it|things|how)|from (?:a |"
                r"an )?\d+ to (?:a |an )?\d+|(?:a|an) \d+ (?:instead of|rather than) (?:a|"
                r"an) \d+|(?:up|down) (?:one|a) (?:point|notch|number))",
                re.I)),
    ("what_else", "widens an answer already given",
     re.compile(_OPENERS + r"(?:what else|anything else|what more|is there (?:anything|something) "
                r"else)\b[^?]{0,25}\??$", re.I)),
    ("preferred_future", "describes life once the worry is gone",
     re.compile(r"\b(?:miracle|magic wand|wave a wand|wake up tomorrow|woke up tomorrow|"
                r"if (?:things|everything|the "
                r"(?:problem|worry|worries)|this|it|life) (?:were|was|got|had|is|"
                r"are) (?:\w+ )?(?:sorted|better|fixed|solved|resolved|good|okay|over|gone|"
                r"different)|first (?:small |little |tiny )?sign|what will (?:be|look|"
                r"feel) different|how will you know|when (?:things|this|it) (?:is|are|gets?|"
                r"get) (?:\w+ )?(?:better|resolved|sorted|good enough|right)|best hopes?|"
                r"hope(?:s)? for|dream|would like (?:to see|things|life)|what would (?:it|life|"
                r"a good day|home) look like|look like (?:when|once|if)|want (?:things|"
                r"life) to (?:be|look)|in (?:a year|six months|the future)|"
                r"a year from now|when the case (?:is )?clos\w*|what will you be doing|"
                r"make (?:\w+ ){0,4}(?:a (?:little|bit) )?easier|like (?:\w+ ){0,3}to be "
                r"different)\b", re.I)),
    ("coping", "honours how people are getting through",
     re.compile(r"\b(?:how (?:have|did|do|are) you (?:\w+ )?(?:manag\w*|cop\w*|get(?:ting)? "
                r"through|got through|keep(?:ing)? going|kept going|kept|keep|"
                r"hold(?:ing)? (?:it|on|up|"
                r"together)|held|surviv\w*|handl\w*|deal\w*|stay\w* (?:calm|strong|on your feet)|"
                r"been able|make it|made it|stop(?:ped)? (?:\w+ ){0,3}from (?:getting|going|"
                r"becoming))|what (?:has|have|is|keeps) (?:helped|kept|helping|keeping) you|"
                r"(?:keeps?|kept) you going|(?:gets?|got) you through|"
                r"how come (?:things |it )?(?:aren't|are not|"
                r"isn't|is not|weren't|wasn't) (?:even )?worse|with all (?:that|this|you|of this)|"
                r"given (?:everything|all)|despite|"
                r"how do you find the strength|where do you find|pull (?:that|it) off|"
                r"(?:keep|keeping|stop|stopping) things (?:from )?getting worse|"
                r"what do you do (?:when|on|to|if)\b|what helps\b|"
                r"(?:what|how) (?:are|have) you (?:been )?doing to (?:keep|stop|cope|get through|"
                r"manage|look after))\b", re.I)),
    ("exception", "finds times the problem did not happen",
     re.compile(r"\b(?:(?:a|one|any|the) (?:time|day|night|evening|morning|moment)s? (?:lately |"
                r"recently )?(?:when|that|lately|recently)\b.{0,60}\b(?:better|calm\w*|different|"
                r"easier|well|okay|ok|fine|good|worked|went right|didn't|did not|without|"
                r"manag\w*|able|safe|sober|instead)|times? when (?:\w+ ){0,6}(?:didn't|did not|"
                r"went|was|were|could|managed|stayed|kept)|last time (?:\w+ ){0,6}(?:went|was|"
                r"were) (?:better|well|okay|fine|good|calm\w*)|(?:better|calmer|easier|good|"
                r"quiet) (?:days?|nights?|evenings?|mornings?|weeks?|times?)\b|(?:was|were|is|"
                r"are) (?:it|things) different|didn't happen|did not happen|without (?:a|an|"
                r"any) (?:fight|argument|drink|drinking|yelling|incident)|(?:working|going|gone|"
                r"went) (?:well|okay|right)|when things (?:are|were|go|went) (?:better|good|well|"
                r"okay|fine|calm\w*)|what was different|what went (?:well|right)|"
                r"(?:done|did|went|do) differently\b[^?]{0,40}\b(?:days?|mornings?|nights?|"
                r"evenings?|weeks?|times?)\b|"
                r"(?:days?|nights?|mornings?|evenings?|weeks?|times?|places?|moments?|(?:mon|tues|wednes|"
                r"thurs|fri|satur|sun)days?)\b[^?]{0,60}?"
                r"\b(?:went|go|goes|were|was|are|is|made it|got|get|gets)\s+(?:\w+\s+){0,4}?"
                r"(?:okay|ok|well|better|smoothly|right|fine|on time|good|calm\w*|easier|"
                r"not as bad|less bad)|\bon the (?:days?|mornings?|nights?|evenings?|times?|"
                r"weeks?) (?:when |that )?(?:\w+ ){1,8}?(?:did|went|made|got|managed|was|were)\b|"
                r"\bmade (?:the|a|that|all the) difference|"
                r"\b(?:on-time|on time|smooth|smoother|calm)\s+"
                r"(?:days?|mornings?|nights?|evenings?|weeks?|bedtimes?)\b|"
                # "When the kids made it on time, what did you do differently?"
                r"\bwhen\s+(?:\w+\s+){0,4}?(?:made it|got|were|was|went|did|managed)\s+(?:\w+\s+)"
                r"{0,3}?(?:on time|well|better|smoothly|okay|ok|right|fine|calm\w*)\b|"
                r"\bdid\s+(?:\w+\s+){1,3}?(?:do|try)\s+differently\b|"
                r"what (?:helped|made the difference|made (?:it|them|that|things) (?:go )?"
                r"(?:better|easier|work))|\bnot as bad\b|\bless (?:bad|often)\b|"
                # the times it went right, in the past: "the days the kids weren't late",
                # "the kids were on time twice", "the mornings that went best", "everything
                # clicked", "what worked on Monday"
                # any verb of the past: "the mornings the kids reached school on time",
                # "the days they showed up on time", "the weeks the boys came in on time"
                r"(?:days?|nights?|mornings?|evenings?|weeks?|times?)\b[^?]{0,40}?\b(?:were|was|"
                r"got|came|went|made it|[a-z]{2,}ed)\s+(?:\w+\s+){0,3}?(?:on|in) time\b|"
                r"\b(?:were|was|got|arrived|made it)\s+(?:\w+\s+){0,3}?(?:on|in) time\b[^?.]{0,30}?"
                r"\b(?:twice|once|\w+ times|some days|on \w+days?|(?:last|this) week)\b|"
                r"(?:days?|nights?|mornings?|evenings?|weeks?|times?|ones?)\b[^?]{0,40}?\b(?:weren't|"
                r"wasn't|were not|was not|didn't|did not)\s+(?:\w+\s+)?(?:late|fight\w*|drink\w*|"
                r"yell\w*)|\b(?:went|go|goes|were|was) (?:\w+\s+)?(?:best|better|smooth\w*)\b|"
                r"\b(?:clicked|fell into place|worked out)\b|\bwhat worked\b)",
                re.I)),
    ("relationship", "brings in how others see things",
     re.compile(r"\b(?:what (?:would|will|might|does|do|did) (?:your|his|her|their|my|the) (?:\w+ )"
                r"{1,3}(?:say|think|notice|tell|have noticed|have seen|see)|"
                r"what would \w+(?: \w+)? (?:say|think|notice|tell)|how would (?:your|his|her|"
                r"their|the|\w+) (?:\w+ ){0,2}(?:say|know|describe|rate|see)|if (?:your|his|her|"
                r"\w+) (?:\w+ )?were (?:here|in the room|sitting)|in (?:your|\w+)'s (?:eyes|"
                r"opinion|words|shoes)|who would (?:say|agree|notice|be (?:least|most) surprised)|"
                r"what do you think (?:your |his |her |their |the )?\w+"
                r"(?: \w+)? would)\b", re.I)),
    ("network", "finds people who can help",
     re.compile(r"\b(?:who\b[^?]{0,100}?\b(?:would|could|can|might|do) you (?:call|ring|phone|"
                r"text|turn to|ask|go to|lean on|trust)|"
                # "What other family members or friends, including your sister, could you
                # call?", "Which neighbours would you ring?"
                r"(?:what|which) (?:other |else )?(?:[\w-]+ ){0,2}?(?:family|relatives|"
                r"friends|people|neighbou?rs|adults|grown-?ups|folks|members)\b[^?]{0,60}?"
                r"\b(?:would|could|can|might|do) you (?:call|ring|phone|text|turn to|ask|go to|"
                r"lean on|trust|count on)|"
                r"who\b(?:\s+[\w']+){1,4}?\s+(?:could|"
                r"would|can|might)\s+(?:help|step in|look after|be there|support|pick|mind|take|"
                r"come|stay|watch|sit with|babysit|be part|join|pitch in|check on)|"
                # "Who in your life would you want to be part of ...", "... like to have there"
                r"who\b[^?]{0,40}?\b(?:would|could|can|might|do) you (?:want|like|have|invite|"
                r"bring|include)\b|(?:find|get|ask for) (?:some |more |other )?(?:support|help)\b|"
                # "who besides your aunt is ...", "who, apart from Nan, has ..."
                r"who(?: else)?,?(?: (?:besides|apart from|other than|aside from|except(?: "
                r"for)?|outside of) [\w' -]{1,25}?,?)? (?:could|would|can|might|do you|does|"
                r"will|helps?|helped|knows|has|have|is|are|was|were|else)\b|"
                r"who (?:would|could|can) you call|"
                # "who from your church ...", "who among your relatives ...", "which
                # neighbours or friends ..."
                r"who\b[^?]{0,30}?\b(?:from|in|among|at) (?:your|ur|the) (?:[\w-]+ )?(?:church|"
                r"family|relatives|friends|neighbou?rs|community|job|work|network|support)|"
                r"which (?:other )?(?:neighbou?rs|cousins|aunts|uncles|folks|members)\b|"
                r"(?:people|grown-?ups|adults|family|friends) (?:in your life|who|you trust|"
                r"you can)|(?:anyone|someone|somebody) (?:who|you|that|else)|"
                r"who do you (?:trust|turn|call|go)|who's (?:in|on|there)\b|"
                r"which (?:grown-?ups|adults|people|friends|family|relatives)|support (?:you|"
                r"people)|"
                r"your (?:corner|side)|lean on|count on|(?:ha(?:s|ve)|(?:'s|'ve)?\s*got|gets?) "
                r"your back|"
                r"(?:is|are|was|were|would be) there for you|show(?:s|ed)? up for you|"
                r"rel(?:y|ies) on|turn to)", re.I)),
)

_SF_ORDER = tuple(name for name, _, _ in SF_TYPES)
#: Each solution-focused type's words, by name.
SF_PATTERNS = {name: rx for name, _, rx in SF_TYPES}
_EXCEPTION = SF_PATTERNS["exception"]
#: A better future set up before the question: "Imagine ... a miracle happens ...",
#: "Let's say it's six months from now and CWS is out of your life."
_SETUP = re.compile(r"\b(?:miracle|magic wand|(?:imagine|suppose|picture|let's say|say)\b[^.]*"
                    r"\b(?:better|gone|sorted|solved|over|from now|out of your life|woke up|"
                    r"wake up|closed?))", re.I)
SF_DESCRIPTIONS = {name: what for name, what, _ in SF_TYPES}


@dataclass(frozen=True)
class QuestionReading:
    """Form (open/closed/leading), solution-focused type and the words behind them."""

    form: str
    sf_type: str | None
    sf_evidence: str
    why: bool
    form_evidence: str
    #: A network question that sets aside the helper already named ("besides your
    #: sister"): it widens the network without building on that person.
    sets_aside: str = ""
    #: A network question with nobody in it, not even "you" ("Who else can help?").
    bare: bool = False
    #: An open question about the problem only ("How come they were late?"), no way out.
    problem: str = ""
    #: The person set before the question by a comma: "Your sister, how she help you?"
    fronted: str = ""
    #: A closed question that opens in its own tail ("Did they get there on time, and
    #: what helped?", "Your sister, is she the one, or who else?"): two joined, half.
    then_open: str = ""

    @property
    def question_type(self) -> str:
        """The reported type: the solution-focused type, else the form, else "why"."""
        if self.sf_type:
            return self.sf_type
        if self.form in {"leading", "closed"}:
            return self.form
        return "why" if self.why else "open"


_REQUEST = re.compile(_OPENERS + r"(?:tell me|describe|walk me through|help me understand|talk to "
                                 r"me "
                      r"about|say more|share with me)\b", re.I)


_SETS_ASIDE = re.compile(r"\b(?:besides|apart from|other than|aside from|except(?: for)?|"
                         r"outside of)\s+(?:(?:your|ur|the|her|his|their)\s+)?[\w'-]+"
                         r"(?:(?<='s)\s+[\w-]+)?",
                         re.I)
#: What the named helper does or did, asked in the same question: it builds on them.
_BUILDS_ON = re.compile(r"\bhow(?:'d| did| do| does| has| have)?\b[^?]{0,30}\bhelp|\bwhat "
                        r"(?:does|did|do|has|have|would|could)\s+(?:she|he|they|your \w+)\b",
                        re.I)


@lru_cache(maxsize=1)
def _wider_circle() -> re.Pattern[str]:
    """People of the network (``network`` cues: "family", "church", "neighbors") or a
    circle named as such ("support system", "people you trust")."""
    return re.compile(r"\b(?:" + load_lexicon().cue_regex("network") + r")\b|\b(?:support "
                      r"(?:system|circle|network)|circle|people (?:you|u) (?:trust|rely on|"
                      r"count on))\b", re.I)


def widens(main: str, aside: re.Match[str], questions: int) -> bool:
    """A question that sets the named helper aside but widens the circle from her: it
    names who else it means ("besides your sister, who in your family or church ...",
    "neighbors, church folks, anybody?") or asks a second open question of them ("...
    What could each of them do?"): the expert's "builds on the sister and widens"."""
    rest = main[:aside.start()] + " " + main[aside.end():]
    return bool(_wider_circle().search(rest)) or questions >= 2


_PERSON_FIRST = re.compile(r"^\s*(?:(?:maybe|perhaps|i think),?\s+)?(?:your|ur)\s+[\w'-]+"
                           r"(?:\s+[\w'-]+)?(?:\s+(?:can|could|will|would)\b[^,;?.]*)?\s*[,;]\s*"
                           r"(?:(?:and|but|so)\s+)?(?:who|how|what|which|other|any(?:one|body))\b",
                           re.I)  # QuestionReading.fronted
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|u|ur|y'all|family)\b", re.I)
#: The problem asked about, with no exception or way out in the question.
_PROBLEM = re.compile(r"\b(?:late|lateness|miss(?:ed|es|ing)?|absent|fight\w*|argu\w*|"
                      r"drink\w*|hurt\w*|wrong|problems?|bad|worse|fail\w*|trouble|hard|harder|"
                      r"difficult|tough|got in the way|not on time|kept (?:\w+ ){1,2}from|"
                      r"keeps (?:\w+ ){1,2}from|prevent(?:ed|s))\b", re.I)


#: A question about the problem's cause or count ("How come ...", "How many days ...").
_CAUSE = re.compile(r"\b(?:how come|how many|how often|what (?:made|makes|caused|causes|went wrong|"
                    r"got in the way|gets in the way|happened|is wrong|was wrong|"
                    r"kept (?:\w+ ){1,2}from|"
                    r"keeps (?:\w+ ){1,2}from|prevented|prevents|is going wrong|goes wrong)|why)\b",
                    re.I)
#: Words of a way out: a question with one is not about the problem only.
_WAY_OUT = re.compile(r"\b(?:help\w*|easier|better|different\w*|through|cop\w+|manag\w+|"
                      r"would like|wish|work\w*|well|right|instead)\b", re.I)


def looks_like_question(text: str) -> bool:
    """A question ends with "?", starts like one and has no closing full stop, or is a
    short request to tell ("Tell me about a time when ...")."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    if len(stripped.split()) <= 40 and any(
            _REQUEST.match(s) for s in re.split(r"(?<=[.!;:])\s+|\n", stripped)):
        return True  # "You said Tuesday was calmer. Tell me more about Tuesday."
    last = re.split(r"(?<=[.!])\s+", stripped)[-1]
    heading = (re.match(r"\w+(?:\s+\w+)?\s*:", stripped)  # "When: Sunday", "How long: ..."
               # "What Tobias says he needs to feel safe: ...": a heading, nothing asked
               or ("?" not in stripped and re.match(r"[^.?!:\n]{2,80}:\s", stripped)))
    stripped = stripped.rstrip("\"'\u201d\u2019 ")
    notes = "\n" in stripped and "?" not in stripped  # lines of notes, none of them asked
    return "?" in last or (bool(_QUESTION_START.match(stripped)) and not stripped.endswith(".")
                           and not notes and not heading and len(stripped.split()) <= 30)


def opens_like_question(text: str) -> bool:
    """Some sentence opens like a question or a request to tell, whatever its end
    ("What helped on those days.")."""
    return any(_QUESTION_START.match(s) or _REQUEST.match(s)
               for s in re.split(r"(?<=[.!;:])\s+|\n", text.strip()))


@lru_cache(maxsize=256)
def read_question(text: str) -> QuestionReading:
    """Classify a question's form and solution-focused type (see the module doc).

    Cached on the text: one analysis asks three times (the kind's question, the open-form
    and the solution-focus checklist items); the reading is frozen."""
    q = text.strip()
    # judge the last question when several sentences lead up to it
    parts = [s for s in re.split(r"(?<=[.!?])\s+", q) if s.strip()]
    ques = [s for s in parts if s.rstrip().endswith("?")] or parts or [q]
    main = ques[-1] if len(ques) == 1 else " ".join(ques)
    first = ques[0]
    why = bool(_WHY.search(q)) and not re.search(r"\bhow come\b", q, re.I)
    if _TAG.search(first) or _NEG_OPEN.match(first) or _LEADING_PHRASE.search(main):
        m = _TAG.search(first) or _NEG_OPEN.match(first) or _LEADING_PHRASE.search(main)
        form, ev = "leading", m.group(0).strip(" ,")
    elif _HARM_ACT.search(first) and _HARM_ASK.match(first):
        form, ev = "leading", _HARM_ACT.search(first).group(0)
    elif (_CLOSED.match(first) and not _POLITE_OPEN.match(first)) or _EMBEDDED_CLOSED.match(first):
        closed = _CLOSED.match(first) or _EMBEDDED_CLOSED.match(first)
        form, ev = "closed", closed.group(0).strip()
    elif _FRONTED.match(first) and _CLOSED.match(first[_FRONTED.match(first).end():]):
        form, ev = "closed", first[:_FRONTED.match(first).end() + 6].strip()
    elif not _ASKING_WORD.search(q) and looks_like_question(q):
        form, ev = "closed", " ".join(first.split()[:4])
    else:
        form = "open"
        ev = " ".join(first.split()[:3])
    sf_type, sf_ev = None, ""
    setup = " ".join(s for s in parts if s not in ques)
    for name, _, rx in SF_TYPES:
        m = rx.search(main)
        if m:
            sf_type, sf_ev = name, m.group(0).strip()
            break
    exception = _EXCEPTION.search(main)
    if sf_type == "coping" and exception:  # "When the rent got paid, how did you manage?"
        sf_type, sf_ev = "exception", exception.group(0).strip()
    for name, _, rx in SF_TYPES if sf_type is None and setup else ():
        m = rx.search(setup)  # "Think of the mornings that went well. What did you do?"
        if m:
            sf_type, sf_ev = name, m.group(0).strip()
            break
    if sf_type is None and setup:  # a question set up in the sentences before it
        m = _SETUP.search(setup)
        if m:
            sf_type, sf_ev = "preferred_future", m.group(0).strip()
    aside = _SETS_ASIDE.search(main) if sf_type == "network" else None
    if aside and _BUILDS_ON.search(main):
        aside = None  # "besides your sister, who has helped, and how'd they help?"
    if aside and widens(main, aside, len(ques)):
        aside = None  # "besides your sister, who in your family or church could you call?"
    bare = sf_type == "network" and not _ADDRESSED.search(q) and len(q.split()) <= 6
    problem = (_PROBLEM.search(main) if sf_type is None and form == "open"
               and _CAUSE.search(main) and not _WAY_OUT.search(main) else None)
    tail = _OPEN_TAIL.search(first) if form == "closed" and sf_type else None
    fronted = _PERSON_FIRST.match(q) if form == "open" else None
    return QuestionReading(form, sf_type, sf_ev, why, ev, aside.group(0) if aside else "",
                           bare, problem.group(0) if problem else "",
                           fronted.group(0).strip() if fronted else "",
                           tail.group(0).strip(" ,") if tail else "")
