"""A child (by name, age or child word) given an adult's duty of care (rule ``child-blamed``,
declared in :mod:`soplab.coach.safety_rules`): "Kai needs to watch his bro better", "the
13yo didn't supervise his brother", "Kai (13) has to make sure Tommy is safe", "Tommy was
not minded by his brother Kai", in any tense, modal, note form or passive."""

from __future__ import annotations

from . import lazyre as re
from .harmful import Later, gender, own, quote, sentence_span, side, subject_before
from .reading import Reading

__all__ = ["child_given_duty", "child_takes_a_turn"]

#: An adult's duty of care, in any form of the verb: "watch", "keep an eye on", "look
#: after", "supervise", "keep Tommy safe", "keep the pills up high".
#: Care a child takes of himself ("careful crossing the road", "careful on his bike"): his
#: own safety, not the adult's duty.
_OWN_SAFETY = (r"\s+(?:when\s+(?:he|she|they)\s+)?(?:crossing|walking|riding|cycling|biking|"
               r"swimming|on\s+(?:his|her|their|the)\s+(?:bike|scooter|skateboard|way|walk)|"
               r"(?:at|near|by|on|in|around|across)\s+(?:the\s+)?(?:road|street|roads|streets|"
               r"crossing|kerb|curb|traffic|water|pool|bus\s+stop))\b")
_CARE = re.compile(
    r"\b(?:watch(?:es|ed|ing)?|supervis(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+after|mind(?:s|ed|"
    r"ing)?|babys[ia]t\w*|(?:keep(?:s|ing)?|kept)\s+(?:a\s+|an\s+)?(?:closer\s+|better\s+|close\s+)?"
    r"eyes?\s+on|check(?:s|ed|ing)?\s+on|car(?:e|es|ed|ing)\s+for|t(?:ake|akes|ook|aking)\s+care\s+"
    r"of|(?:keep(?:s|ing)?|kept)\s+(?:him|her|them|(?:his\s+|her\s+|their\s+)?\w+)\s+(?:safe|away|busy|occupied|entertained|"
    r"distracted|quiet|inside|fed|in\s+sight|out\s+of\s+(?:trouble|the\s+way))|(?:keep(?:s|ing)?|kept|put(?:s|"
    r"ting)?)\s+(?:the\s+|mum's\s+|mom's\s+|her\s+)?(?:pills?|pill\s+bottles?|med\w*)|be\s+(?:more\s+)?"
    r"careful\s+with|(?:be|being)\s+(?:responsible\s+for|in\s+charge\s+of)"
    r"|(?P<lapse>let(?:s|ting)?\s+(?:(?:his|her|their|the)\s+)?(?:(?:little|baby|younger|small|"
    r"big)\s+)?(?:him|her|them|\w+)\s+(?:get|take|have|eat|swallow|reach|climb|play\s+with|go))"
    r"|protect(?:s|ed|ing)?|prevent(?:s|ed|ing)?|step(?:s|ped|ping)?\s+up(?!\s+(?:at|in)\s+(?:school|class))|be(?:en)?\s+(?:more\s+)?responsible\b|"
    r"(?P<outta>(?:stay|keep|get)(?:s|ing)?\s+outta\s+(?:it|the\s+way|the\s+middle))|"
    r"look(?:s|ed|ing)?\s+out\s+for|(?:keep(?:s|ing)?|kept)\s+(?:a\s+)?(?:close\s+)?watch|"
    r"be(?:en)?\s+(?:more\s+)?careful(?!" + _OWN_SAFETY + r")|(?:more\s+|extra\s+)?(?:careful|"
    r"watchful|vigilant|attentive)(?!\s+(?:of|about|not)\b|" + _OWN_SAFETY + r")|"
    r"pay(?:s|ing)?\s+(?:more\s+|close\s+|enough\s+)?attention|"
    r"(?P<out>(?:stay|keep|get)(?:s|ing)?\s+out\s+of\s+(?:it|"
    r"the\s+way|the\s+middle|their\s+\w+|adult\s+\w+)|get(?:s|ting)?\s+(?:in\s+the\s+middle|"
    r"involved|in\s+between)|stop(?:s|ped)?\s+(?:getting|stepping|"
    r"putting)\s+(?:in|involved|herself|himself)|mind\s+(?:her|his)\s+own\s+business)"
    r"|(?P<sure>(?:make|makes|made|making)\s+sure|ensur(?:e|es|ed|ing))"
    r"|(?P<call>(?:call|ring|phone|tell|get)(?:s|ed|ing)?\s+(?:911|the\s+police|an?\s+adult|"
    r"help|someone|an\s+ambulance|for\s+help|(?:his|her)\s+(?:mum|mom|mother|aunt\w*|nan|"
    r"gran\w*|grandma|uncle|dad|father))))\b", re.I)
#: The child's own hurt told before what she tries to do ("could get hurt ... when she tries to").
_HURT_BEFORE = Later(r"\b(?:hurt|injured|harmed|cut|hit|caught\s+in)\b", re.I)
#: What a child is to make sure of that is an adult's duty: another child's safety, the
#: medicines, the door ("Kai will make sure Tommy is safe", "ensure the pills are put away").
_SURE_OF = Later(r"\b(?:safe|watched|supervised|minded|looked\s+after|"
                      r"cared\s+for|pills?|tablets?|med\w*|locked|door|stove|brother|sister|bro|sis|"
                      r"baby|(?:little|younger)\s+\w+|eats?|fed|asleep|bed)\b", re.I)
#: Words that only say what the child will do or can do (his own safety plan: "Kai will
#: call his aunt if he is worried"), not a duty: calling for help is a duty only when told
#: as owed ("Kai has to call 911 when Tommy ...").
_OWED = set("""need needs must should should've ought supposed failed forgot has have
responsible job expected meant told asked""".split())
#: The child's care told in the passive as a lapse: "if he is not minded by his brother
#: Kai", "Tommy wasn't watched by Kai (13)"; "should not be minded by Kai" relieves him.
_NOT_CARED_BY = Later(r"\b(?:(?:is|was|were|are)\s+not|isn't|wasn't|weren't|aren't)\s+"
                           r"(?:being\s+)?(?:properly\s+)?(?:watched|supervised|minded|looked\s+after|"
                           r"cared\s+for|checked\s+on|kept\s+safe|protected)\s+(?:properly\s+)?by\s+"
                           r"(?P<who>[\w'-]+(?:\s+[\w'-]+){0,3})", re.I)
#: A child by age in any note form: "the 13yo", "13-year-old", "13 y/o", "(13)".
_AGED = re.compile(r"^(?:(?:the|her|his|their|older|big|elder|eldest)\s+)*\d{1,2}\s*-?\s*"
                   r"(?:yo|y\s?/?\s?o|"
                   r"yrs?|years?[- ]old)$", re.I)
#: Words between a child and that duty that give it to the child: a modal, "needs to",
#: "supposed to", a negation told as a lapse ("didn't", "wasn't"), "failed to".
_DUTY_WORD = set("""need needs needed has have had must should shall will 'll would ought
supposed suppose meant expected got gotta failed fails forgot forgets neglected neglecting not
responsible tasked told asked required obliged trusted charged should've must've
could've would've suppose shoulda musta oughta
n't never no
didn't wasn't isn't doesn't don't won't can't cannot""".split())
_FILLER = _DUTY_WORD | set("""to be been being is are was were do does did possibly probably
maybe always also again now still just really then keep keeps kept start starts try tries
going gonna has have had of one who the enough more b by help helps helping turns take
taking counted depended relied relying on upon can could share shares sharing""".split())
#: Words standing for the child just named: "Kai he need watch", "Kai's job is to watch".
_STANDS_FOR = {"he", "she", "job", "responsibility", "duty", "role", "task"}
#: An adult who sets the child to it ("Renee left Kai to watch him", "asked Kai to").
_SETS_CHILD = set("""left leaves leave leaving asked asks ask told tells tell made makes make let
lets expects expected expect wants wanted want relied relies rely trusted trusts trust had has
have got gets get leaving putting put puts""".split())
_BE = {"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got"}
#: A linking verb: what follows "and" is a state the child is in, not a duty ("Sara will
#: feel safe and cared for", "Tommy is fed and looked after", "Vy stays calm and protected").
_LINK = _BE | set("""feel feels felt feeling seem seems seemed stay stays stayed remain remains
remained look looks looked am""".split())
#: The duty taken off the child: "should not have to", "no longer", "instead of Kai".
_RELIEF = re.compile(r"(?:\bno longer|\b(?:not|never) (?:have|need|be (?:asked|expected|left|made|"
                     r"responsible))|n't (?:have|need|be (?:asked|expected|left|made))|"
                     r"\binstead(?!\s+of\s+(?:\w+ing|being|his|her|playing|the\s+\w+ing)\b)|"
                     r"\brather than(?!\s+\w+ing\b)|\banymore|\bany more)\b", re.I)
#: (Not "instead of taking a shower": what he did in its place, his lapse.)
#: The duty promised away from the child ("Kai will not be in charge"), not in a worry or a
#: condition ("worried Kai won't look after him": his lapse feared, as in harmful_lapse).
_WILL_NOT = re.compile(r"\b(?:(?:will|shall|should|must)\s+(?:not|never)|won't|wont|"
                       r"shouldn't|mustn't)$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever|or|otherwise)\b", re.I)
_FEARED = re.compile(r"\b(?:worr\w*|fear\w*|concern\w*|afraid|scared|at\s+risk)\b", re.I)
#: The duty told as what it costs the child ("... and miss more school"): his harm.
_HIS_LOSS = re.compile(r"\b(?:miss(?:es|ed|ing)?|instead of|fall(?:s|ing)? behind|"
                       r"(?:not|n't|never) "
                       r"(?:get|go|gets|goes) to|stay(?:s|ing|ed)? (?:home|off) from|out of|"
                       r"kept (?:home |off )?from)\s+(?:\w+\s+){0,3}?(?:school|class\w*|"
                       r"basketball|practice|friends|homework|lessons|grade)\b", re.I)
#: How the child's care fell short: "watch his bro better", "not closely enough".
_SHORT = re.compile(r"[\w' ]{0,30}?\b(?:better|more (?:closely|carefully)|(?:closely|"
                    r"carefully|properly) enough|properly|enough)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?\n,(\u2014]|\b(?:and|but|because|bc|cos|cause|so|that|when|"
                         r"while|as|since|if|unless|then|until|after|worried|concerned)\b", re.I)


_KIN = set("the his her their older big elder eldest little young brother sister son daughter "
           "teen teenage bro sis".split())


#: A brother or sister told as the child's sibling: "his big brother", "her older sister".
_SIBLING = Later(r"(?:(?:his|her|their|the)\s+)?(?:big|older|elder|eldest|little|younger|"
                      r"baby|teenage)\s+(?:brother|sister|bro|sis)", re.I)


#: A child's lapse told with "instead of" the care: "busy on his phone instead of minding him".
_BUSY_INSTEAD = Later(r"\b(?:busy|playing|phone|game\w*|tablet|tv|telly|asleep|sleeping|"
                           r"shower|out with|friends)\b[^.;]{0,40}\binstead\s+of\s*$", re.I)


#: The child's own view of it: "Vy feels she has to protect her mum".
_HIS_VIEW = set("""feel feels felt think thinks thought believe believes believed say says said
know knows knew worry worries worried fear fears feared told tell tells""".split())


def _childs_view(r: Reading, pos: int) -> bool:
    """The sentence up to ``pos`` is a child's own view ("Kai told his teacher that he has
    to ...", "Vy feels she has to ..."), not someone telling the child ("say to Kai")."""
    s, _ = sentence_span(r.text, pos)
    for w in re.finditer(r"[\w'-]+", r.text[s:pos]):
        if w.group(0).lower() in _HIS_VIEW:
            who = subject_before(r, s + w.start())
            if who and _is_child(r, who[0]):
                return True
    return False


def _is_child(r: Reading, who: str) -> bool:
    """A child by name (in any case), child word, age in note form or a sibling."""
    return side(r, who) == "child" or side(r, who.title()) == "child" or bool(
        _AGED.match(who) or _SIBLING.fullmatch(who))


def child_given_duty(r: Reading) -> str:
    """A child (by name, age or child word) given the adult's duty of care, in any tense,
    modal or note form: "Kai needs to watch his bro better", "the 13yo didn't supervise
    his brother", "Kai will keep the pill bottle up high". A child named as cared for
    ("Renee will watch Tommy") or relieved of it ("Kai will no longer have to") is not."""
    for m in _CARE.finditer(r.text):
        s = max(0, m.start() - 80)
        head = re.sub(r"\(\s*\d{1,2}\s*\)|,\s*(?:who\s+is\s+|aged?\s+)?\d{1,2}(?:\s*yo)?\s*,",
                      lambda x: " " * len(x.group(0)), r.text[s:m.start()])  # "Kai, who is 13,"
        head = re.sub(r"\b(help(?:s|ing)?)\s+(?:(?:his|her|their)\s+)?\w+\s+(by|with)\s*$",
                      r"\1 \2 ", head)  # "Kai will help Renee by watching Tommy"
        cut = list(_CLAUSE_END.finditer(head))
        words = re.findall(r"[\w'-]+", head[cut[-1].end():] if cut else head)
        _, end = sentence_span(r.text, m.start())
        rest = r.text[m.end():end]
        if _BUSY_INSTEAD.search(head):  # "Kai (13) was busy on his phone instead of minding
            kid = next((w for w in words if _is_child(r, w)), "")  # him": his lapse
            if kid and not any(side(r, w) == "adult" for w in words[:words.index(kid)]):
                return quote(r, s + head.find(kid), m.end(), 14)
        said = " ".join(words)
        if _WILL_NOT.search(said) and not _CONDITION.search(said) and not (
                r.worry is not None or _FEARED.search(r.text)):
            continue
        if _RELIEF.search(said) or _RELIEF.search(re.split(r"[,;]", rest)[0]) \
                or _HIS_LOSS.search(rest) or re.match(r"\s*(?:herself|himself|themselves)\b", rest):
            continue
        aux: list[str] = []
        while words and (words[-1].lower() in _FILLER or re.fullmatch(r"[a-z]{3,}ly", words[-1])):
            aux.insert(0, words.pop().lower())
        if len(words) >= 1 and words[-1].lower() in {"he", "she"} and not _is_child(
                r, " ".join(words[:-1][-1:])) and not _childs_view(r, m.start()) \
                and not _HIS_LOSS.search(
                r.text, sentence_span(r.text, m.start())[0], m.start()):  # "Kai is a good
            # boy but he need to step up" (not "Vy feels she has to", "missed school because
            # he has to look after Tommy": his view, his loss)
            named = [w for w in re.findall(r"[A-Za-z][\w-]*", r.text[:m.start()])  # the one
                     if w.lower() not in {"he", "she"} and side(r, w) in ("adult", "child")]
            if named and _is_child(r, named[-1]) and gender(named[-1]) in (  # last named
                    "", words[-1].lower()):
                words = [named[-1]]
        if len(words) > 1 and words[-1].lower() in _STANDS_FOR:  # "Kai's job is to watch"
            aux.insert(0, "to" if words[-1].lower() not in {"he", "she"} else words[-1].lower())
            words = words[:-1]
            words[-1] = re.sub(r"'s?$", "", words[-1])
        if not words and len(cut) > 1 and cut[-1].group(0) == "," == cut[-2].group(0) and len(
                head[cut[-2].end():cut[-1].start()].split()) <= 4:  # "Vy, bless her, needs to"
            words = re.findall(r"[\w'-]+", head[cut[-3].end() if len(cut) > 2 else 0:
                                                 cut[-2].start()])
        if not words and cut and cut[-1].group(0).lower() == "and":  # "Kai is skipping
            before = head[cut[-2].end() if len(cut) > 1 else 0:cut[-1].start()]  # school and
            front = re.findall(r"[\w'-]+", before)[:4]  # not watching Tommy": his subject
            words = next((front[:n] for n in range(1, min(3, len(front) + 1))
                          if _is_child(r, " ".join(front[:n]))), [])
            aux += [w.lower() for w in front[len(words):len(words) + 2]
                    if w.lower() in _FILLER]  # "Kai will give Tommy breakfast and keep him ..."
            if words and _LINK.intersection(w.lower() for w in front[len(words):]):
                aux.append("be")  # "Sara will feel safe and cared for": a state she is in
        elif words and cut and cut[-1].group(0).lower() == "and" and side(r, words[0]) in (
                "adult", "network") and not _is_child(r, words[-1]):  # "Kai and Aunt Lorraine
            front = re.findall(r"[\w'-]+", r.text[sentence_span(r.text, m.start())[0]:
                                                    s + cut[-1].start()])  # will take turns"
            if front and _is_child(r, front[-1]) and all(w.lower() in _KIN for w in front[:-1]):
                words = front[-1:]  # the child shares the adult's duty
        who = next((" ".join(words[-n:]) for n in range(min(3, len(words)), 0, -1)
                    if (n == 1 or _AGED.match(" ".join(words[-n:]))
                        or _SIBLING.fullmatch(" ".join(words[-n:])))
                    and _is_child(r, " ".join(words[-n:]))), "")
        while who and len(words) > len(who.split()) and \
                words[-len(who.split()) - 1].lower() in _KIN:  # "older brother Kai"
            who = words[-len(who.split()) - 1] + " " + who
        lead = words[:len(words) - len(who.split())]
        if not who or lead and lead[-1].lower() in _SETS_CHILD:
            continue  # "Renee left Kai to watch Tommy": the adult's act, told as it is
        verb = m.group(0).split()[0].lower()
        if (_BE.intersection(aux) or aux[-1:] == ["not"]) and (
                verb.endswith("ed") or verb in {"kept", "babysat"}):
            continue  # "Tommy may not be supervised", "Lily not supervised": the child cared for
        if (m.group("call") or m.group("out") or m.group("outta")) and not (set(aux) & _OWED or any(
                a.endswith("n't") or a in {"not", "never"} for a in aux)):
            continue  # "Kai will call his aunt if he is worried", "Mia had to call 911
            # because no adult was home": his own safety step, or what she went through
        if m.group("sure") and not _SURE_OF.search(re.split(r"[,;]|\bor\b", rest)[0]):
            continue  # "Kai will make sure he packs his bag": his own task
        if {"try", "tries"} & set(aux) and not set(aux) & _OWED and _HURT_BEFORE.search(
                r.text, sentence_span(r.text, m.start())[0], m.start()):
            continue  # "Vy could get hurt the next time she tries to protect her mom": her hurt
        unless = cut and cut[-1].group(0).lower() == "unless"  # "unless his brother protects him"
        told_as_duty = m.group("lapse") or unless or "to" in aux or any(
            a in _DUTY_WORD or a.endswith("n't") for a in aux)
        if told_as_duty or _SHORT.match(r.text, m.end()):
            start = r.text.find(who.split()[0], s)
            return quote(r, start if start >= 0 else m.start(), m.end(), 14)
    for m in _NOT_CARED_BY.finditer(r.text):
        words = m.group("who").split()
        if any(_is_child(r, " ".join(words[:n])) or _is_child(r, words[n - 1].strip(".,;"))
               for n in range(1, len(words) + 1)):
            return quote(r, m.start(), m.end(), 14)
    for m in _HIS_WATCH.finditer(r.text):  # "It happened on Kai's watch", "in Kai's care"
        who = m.group("who") or m.group("kid") or re.sub(r"\s*\(.*", "", m.group("of"))
        if re.search(r"\b(?:left|leaves?|leaving|put|puts|putting|placed)(?:[\s,]+[\w'()-]+){0,4}"
                     r"[\s,]*$",
                     r.text[max(0, m.start() - 40):m.start()]):
            continue  # "Renee left Tommy in Kai's care": the adult's act, told as it is
        if _is_child(r, who) or _is_child(r, who.split()[-1]) or _SIBLING.match(who):
            return quote(r, m.start(), m.end(), 14)
    return ""


#: What happened told as in a child's charge: "on Kai's watch", "while Tommy was in his big
#: brother's care", "under the 13-year-old's supervision", "Kai was in charge".
_HIS_WATCH = Later(r"\b(?:on|under|in|during|while\s+in)\s+(?P<who>(?:(?:his|her|"
                   r"their|the)\s+)?(?:(?:big|older|elder|eldest|little|younger|teenage)\s+)?"
                   r"[\w-]+(?:\s+[\w-]+)?)(?:\s*\(\s*\d{1,2}\s*\))?'s?\s+(?:watch|care|charge|supervision|"
                   r"hands)\b|\b(?:under|in)\s+the\s+(?:care|charge|supervision)\s+of\s+(?P<of>(?:(?:his|"
                   r"her|their)\s+)?(?:(?:big|older|elder|eldest)\s+)?(?:(?:brother|sister)\s+)?"
                   r"[\w-]+(?:\s*\(\s*\d{1,2}\s*\))?)"
                   r"|\b(?P<kid>[A-Z][\w-]+)(?:\s*\(\s*\d{1,2}\s*\)|,\s*\d{1,2},)?\s+(?:was|"
                   r"were|is)\s+(?:left\s+)?in\s+charge\b(?!\s+of\s+(?:himself|herself|his|"
                   r"her)\b)")



# --- a child given a turn of the care in a goal or plan --------------------------
#: A turn of the care, told without a care verb: "take over", "step in", "fill in",
#: "cover", "take charge", "be in charge", "take turns", "help out", "pitch in", "be the one".
_TURN = Later(r"^(?:(?:also|then|just|always|usually|sometimes|\w+ly)\s+)*(?P<v>t(?:ake|akes)\s+"
              r"over|step(?:s)?\s+in|fill(?:s)?\s+in|cover(?:s)?|t(?:ake|akes)\s+(?:charge|"
              r"turns|on)|be\s+in\s+charge|help(?:s)?(?:\s+out)?|pitch(?:es)?\s+in|do(?:es)?|"
              r"handle(?:s)?|run(?:s)?|share(?:s)?|be\s+the\s+one\s+(?:who|to|that)|"
              r"(?:be|is)\s+responsible|give(?:s)?|put(?:s)?|get(?:s)?|make(?:s)?|feed(?:s)?|"
              r"bath(?:e|es)?|change(?:s)?|walk(?:s)?|pick(?:s)?|take(?:s)?|sit(?:s)?\s+with|be\s+there\s+"
              r"for|be\s+on\s+(?:[\w-]+\s+)?(?:duty|watch)|be\s+(?:(?:the|his|her)\s+)?"
              r"(?:[\w-]+(?:'s|')\s+)?(?:back-?up|"
              r"babysitter|sitter|carer|caregiver|relief)|help(?:s)?\s+w/)"
              r"(?=\W|$)(?P<after>.*)$", re.I | re.S)
#: The turn verbs that need nothing after them to be a carer's turn ("Kai will take over").
_BARE = {"take over", "takes over", "step in", "steps in", "fill in", "fills in", "take charge",
         "takes charge", "be in charge", "take turns", "takes turns", "cover", "covers"}
#: A carer's task or time in the clause: "bath time", "bedtime", "the evenings", "his
#: meals", "put him to bed", "the school run", "nappies".
_CARE_TASK = Later(r"\b(?:bath\w*|bed\s*time|to\s+bed|nap\s*time|nappies|nappy|diapers?|"
                   r"bottles?|meals?\s+for|(?:breakfast|lunch|dinner|tea|supper)\s+for|feed\w*|"
                   r"dressed|(?:the\s+)?(?:evenings?|mornings?|afternoons?|nights?|weekends?|"
                   r"shifts?|overnight)|school\s+run|daycare|day\s*care|nursery|pre-?school|"
                   r"care|childcare|duties|watching|minding|looking\s+after|supervis\w+|"
                   r"medicines?|meds|pills|tablets)\b", re.I)
#: What is his own: his school, his homework, his own time ("take over his own homework").
_HIS_OWN = Later(r"^\s*(?:(?:his|her|their)\s+own|himself|herself|(?:his|her)\s+(?:homework|"
                 r"school\w*|planner|room|bag|chores|studies|grades?|class\w*|practice|team|"
                 r"game|friends?)|at\s+school|in\s+class|with\s+(?:his|her)\s+(?:homework|"
                 r"school\w*|friends?|team))\b", re.I)
#: Where a commitment's own clause ends ("..., and Marie will see it", "while Renee rests").
_TURN_END = Later(r"[.;:!?\n]|,\s*(?:and|but|so|while)\b|\b(?:while|so\s+(?:that\s+)?"
                  r"(?:she|he|[A-Z]\w+)\s+can|and\s+(?:the\s+)?(?:[A-Z]\w+|worker|social"
                  r"\s+worker|SW)\s+(?:will|can|to)\b)", re.I)
#: A worry the commitment is part of: what could happen, not what is promised.
_WORRY_BEFORE = Later(r"\b(?:worr(?:y|ied|ies)|concern(?:ed|s)?|afraid|fear(?:s|ed|ful)?|scared|"
                      r"risk)\b", re.I)


def _child_in(r: Reading, subject: str) -> str:
    """The child among the people of a commitment's subject ("For six months Kai (13)",
    "Kai and Marie", "the 13-year-old"), or ""."""
    text = re.sub(r"\(\s*\d{1,2}\s*\)|,\s*(?:aged?\s+)?\d{1,2}\b", " ", subject)
    for part in re.split(r",\s*|\s+(?:and|&|or)\s+", text):
        words = re.findall(r"[\w'-]+", part)
        for n in (3, 2, 1):
            who = " ".join(words[-n:])
            if len(words) >= n and _is_child(r, who) and (n == 1 or _AGED.match(who)
                                                          or _SIBLING.fullmatch(who)):
                return who
    return ""


def child_takes_a_turn(r: Reading) -> str:
    """A child promised a turn of another child's care in a goal or plan, in words
    without a care verb: "Kai will take over with Tommy after school", "Kai, 13, will step
    in", "Kai will cover the evenings", "Kai will handle bath time", "Kai and Marie will
    share the evenings with Tommy", "Kai will be the one who puts him to bed", in note form
    ("Kai to take over", "Kai gonna help w/ Tommy") or, in a goal with a time frame, the
    present ("Kai covers the evenings"). His own school, homework or time ("Kai will take
    over his own homework") is not a duty, nor a child cared for ("Kai and Tommy will be
    cared for by Marie"), nor what could happen ("worried that Vy will step in again")."""
    for c in r.commitments:
        kid = "" if c.negated else _child_in(r, c.subject)
        m = _TURN.match(c.phrase) if kid else None
        if m and _turn_taken(r, kid, m, c.start):
            return own(c)
    timed = bool(_GOAL_SPAN.search(r.text))
    for k in _KID_DOES.finditer(r.text):
        kid = k.group("kid")
        if not _is_child(r, kid):
            continue
        _, end = sentence_span(r.text, k.end())
        m = _TURN.match(r.text[k.end():end])  # (its "^" is the clause's start)
        label = re.fullmatch(r"\s*(?:[-*\u2022]\s*)?[\w /&-]{1,24}:\s*",  # "After school: Kai
                             r.text[sentence_span(r.text, k.start())[0]:k.start()])  # takes over"
        if not m or not k.group("modal") and not ((timed or label) and re.search(
                r"(?:es|s)$", m.group("v").split()[0])):
            continue  # "Kai takes over" is a promise only in a goal with a time frame
        if re.match(r"\s*again\b", m.group("after")) or r.p.impact.search(m.group("after")):
            continue  # "Vy will step in again and be hurt": what could happen to her
        if _turn_taken(r, kid, m, k.start()):
            return quote(r, k.start(), k.end() + m.end("v") + len(m.group("after")[:40]), 14)
    return ""


#: A goal's time frame ahead ("for six months", "over the next 3 months", "until the
#: review"), not a time gone by ("for three weeks", "for the last two months").
_GOAL_SPAN = Later(r"\b(?:(?:for|over|in)\s+the\s+next|(?:for|within)\s+(?:six|6|nine|9|twelve|"
                   r"12|3|three)\s+months?|until\s+(?:the\s+)?(?:review|case|court|file|next))\b",
                   re.I)
#: A child named, then a modal or "to" (a plan's note form), then what he does.
_KID_DOES = Later(r"\b(?P<kid>[A-Z][\w-]+|(?:the|her|his|their)\s+\d{1,2}\s*-?\s*(?:yo|year-old|"
                  r"y/o))(?:\s*\(\s*\d{1,2}\s*\)|,\s*\d{1,2},)?\s+(?P<modal>(?:will|'ll|can|shall|should|"
                  r"must|to|2|gonna|is\s+going\s+to)\s+)?")


def _turn_taken(r: Reading, kid: str, m: re.Match[str], at: int) -> bool:
    """The turn verb ``m`` said of the child ``kid`` is a turn of another child's care:
    with that child, a carer's task or time, or alone ("Kai will take over")."""
    if _WORRY_BEFORE.search(r.text, sentence_span(r.text, at)[0], at):
        return False  # "worried that Vy will step in again and be hurt": what could happen
    cut = _TURN_END.search(m.group("after"))
    after = m.group("after")[:cut.start()] if cut else m.group("after")
    if _HIS_OWN.match(after) or _RELIEF.search(after) or re.match(
            r"\s*(?:in\s+)?between|\s*to\s+(?:stop|protect)", after, re.I):
        return False  # "steps in between her parents": what she does to stop him (harm)
    said = m.group("v") + " " + after  # "be Tommy's backup": the other child in the verb
    others = [x.group(0) for rx in (r.child_ref, _SIBLING) for x in rx.finditer(said)] + [
        w for w in re.findall(r"\b[A-Z][\w-]+", said) if w != kid and _is_child(r, w)]
    verb = re.sub(r"\s+", " ", m.group("v").lower())
    own_time = re.search(r"\b(?<!after\s)(?<!from\s)(?:school|class|homework|practice|"
                         r"team|game|friends?)\b", after, re.I)
    task = _CARE_TASK.search(after)
    if task and (own_time or re.search(r"\b(?:his|her|their|my)\s+(?:own\s+)?$",
                                       after[:task.start()], re.I)):
        task = None  # "Lily will take her bath", "take over feeding the class hamster"
    base = re.sub(r"^(\w+?)(?:es|s)\b", r"\1", verb) if verb not in _BARE else verb
    bare = verb in _BARE or base in _BARE or base + "e" in _BARE
    with_child = any(re.search(r"\b(?:with|w/|for)\s+(?:(?:his|her|the|their)\s+)?(?:(?:little|"
                               r"baby|younger|big)\s+)?" + re.escape(o) + r"\b(?!')", said)
                     for o in others)  # "help out with Tommy", not "help Tommy with his reading"
    return bool(bare and (others or not own_time) or task and (others or verb.startswith((
        "be", "is", "hand", "shar", "do", "run", "help", "cover"))) or others and verb.startswith(
        ("be the", "take charge", "be there", "be on")) or with_child and verb.startswith(
        ("help", "pitch"))
        or others and re.search(r"back-?up|sitter|carer|caregiver|relief", verb))
