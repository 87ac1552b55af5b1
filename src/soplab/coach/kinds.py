"""Which kind a text reads as: a score per kind from visible cues, the best wins.

Points (see :data:`WEIGHTS`) are added when a cue is found:

* question - ends with "?", starts like a question without a full stop, or is a
  short request such as "Tell me about ...";
* danger - someone "is worried that ..." (a named person, or any worrier at the
  start of a sentence: "The department, the school and Kai's aunt are worried
  that ..."); "if nothing changes"/"again"; a caregiver's possible act with
  may/might/could; "If Dad keeps ..., the children will ..."; an impact on the
  child next to may/might/could; a context; a caregiver's act put as a condition
  with what could then happen to a child ("Should Mum go back to drinking, Nia could
  be left ...", "If he returns to using, they could ..."); a risk or danger in any
  words ("at substantial risk of", "would be in danger if she went home");
* harm - a caregiver's past act (also "had not taken", or a child's disclosure
  "his stepfather hits him"); a past act from the ``harm_act`` cue list; a
  police, court or hospital event ("was charged with", "admitted to
  hospital"); a past time (when the act can harm or an impact is told); an
  impact on the child told in the past (not a stay in hospital told of an adult);
  report words ("it was reported", "as a result", "told the nurse"; not a denial
  told as a report: "told the court that he has never ..."); a jargon label in the
  past tense; minus points
  when someone is worried about the future or commits to something ("will");
* goal - a commitment by a caregiver ("will", "needs to", "must"); a long
  duration not told as history (months, a year, a school term, 60 days or
  more); who will see it ("will see", "needs to see", "show everyone"); what
  the child will experience ("so that ...", "For Ana to feel ..."); goal words
  ("close the case", "consistently"); a bare absence with no situation ("Graham
  will not drink.", the classic absence goal) and services (common goal
  mistakes);
* plan - times and situations ("every night", "by 8 pm", "when she goes
  out"); a short duration (days, weeks); network people; monitoring; a back-up
  ("if ..., then ...", but not "If Dad keeps ...", which is a worry); plan words
  (rule, plan, keys, pick up); list lines; a rota ("Mon/Tue Nan has Leo; Wed-Fri
  ..."); actions by professionals other than
  seeing or checking (those are a goal's observers); a rule for a situation
  with nothing about how long or who will see it ("Mr. Sato will not have
  friends over while the children are home"). A present-tense description with
  no commitment, back-up, list or rule words ("Nan visits every Sunday") is a
  strength, not a plan: its plan score is halved, unless it is an arrangement in
  force for a while ("until the team meets again", "only when another adult is
  there", "for the next 30 days", "at every visit", a form's "Responsible:" field).
  A professional's "will" ("The caseworker will stop by twice a week") is a plan
  step too.

If no kind reaches :data:`MIN_SCORE`, the text reads as "other"; ties go to the
kind earlier in :data:`TIE_ORDER`. Confidence is the winning score's lead over
the runner-up, tempered by its size.
"""

from __future__ import annotations

from . import kindcues as cues
from . import kindnotes as notes
from . import kindshapes as shapes
from . import lazyre as re
from . import ownwords as own
from .kindpoints import LABEL_WEIGHT, MIN_SCORE, NOTE_SHARE, OTHER_HEADING, TIE_ORDER, WEIGHTS
from .questions import looks_like_question
from .reading import Reading
from .text import phrase
from .wording import GOES_ON

__all__ = ["LABEL_WEIGHT", "MIN_SCORE", "OTHER_HEADING", "TIE_ORDER", "WEIGHTS", "decide",
           "kind_evidence", "score_kinds", "settled"]

_UNSURE_MODAL = re.compile(r"\b(?:may|might|could|would|can(?! ?not\b)(?!'t)|is likely to|"
                           r"are likely to)\b", re.I)
_PAST_IMPACT = re.compile(r"\b(?:was|were|had|got|needed|went|became|has been|have been|ended up|"
                          r"started|began|came to school|arrived|turned up|has lost|have lost|"
                          r"missed|came in|came home|cried|fell|wet|stopped|lost|saw|heard|"
                          r"watched|(?:has|have) (?:come|gone|worn|turned up|arrived))\b",
                          re.I)
_PAST_LABEL = re.compile(r"\b(?:was|were|had been|has been|received|reported)\b", re.I)
_HISTORY = re.compile(r"\b(?:has|have|had) been\b|\bsince\b|\bfor the (?:past|last)\b|"
                      r"\b(?:raised|brought (?:\w+ )?up|took (?:\w+ )?in|lived|spent)\b|"
                      r"\b(?:was|were|used to)\b(?![^,.;]*\b(?:will|would|should)\b)", re.I)
_SHORT = re.compile(r"\b(?:days?|weeks?|nights?)\b", re.I)
#: A situation a rule applies to ("when she goes out", "while the children are home", "until
#: the next court date", "with anyone who ...", "alone with the baby").
_RULE_SITUATION = re.compile(r"\b(?:when|whenever|while|after|before|until|on (?:the )?"
                             r"(?:nights?|days?|weekends?|mornings?|evenings?)|at (?:the )?"
                             r"(?:house|home|flat)|with (?:anyone|anybody|no one|nobody)|"
                             r"alone with|unsupervised|within \d+ (?:metres|meters|yards|feet|"
                             r"miles|km))\b", re.I)
#: Words that make a present-tense sentence a rule ("the keys stay with Judy on her shifts").
_RULE_WORDS = re.compile(r"\b(?:rules?|safety plan|on (?:her|his|their) (?:night )?shifts?|"
                         r"(?:stays?|kept) with|"
                         r"(?:stays?|live|lives) (?:in|with) (?:the )?(?:locked|\w+'s))\b", re.I)
#: A caregiver's behaviour that goes on: "If Dad keeps ...", "if Mum carries on ...".
_IF_KEEPS = re.compile(r"\b(?:if|unless)\s+(?:[\w'.]+\s+){1,4}?(?:keeps?|continues?|carries on|"
                       r"goes on|still|again|stays? (?:as|the same|like this))\b", re.I)
#: A professional who will see or check is the goal's observer, not a plan action.
_WATCHING = re.compile(r"(?:(?:be able to|all|both|also|regularly)\s+)?(?:see|check|notice|hear|"
                       r"observe|confirm|witness|verify)\b", re.I)
#: A text that calls itself a schedule or a plan.
_SCHEDULE = re.compile(r"\b(?:schedule|rota|roster|timetable|(?:safety |my |the )?plan)\s*:|"
                       r"\bschedule of\b|\bsafety plan\b", re.I)
#: A behaviour that goes on: "still drinking", "keeps shouting", "carries on".
_STILL = re.compile(r"\b(?:still|keeps?|continues?|carries on|goes on)\b", re.I)
#: A clause that gives a reason: what follows is told, not promised.
_REASON = re.compile(r"\b(?:because|since|'?cause)\s+$", re.I)
_LONG_DAYS = re.compile(r"\b(?:60|90|120|180|sixty|ninety)\s+days\b", re.I)


def _is_professional(r: Reading, subject: str) -> bool:
    return bool(r.p.professional_word.search(subject)) and not (
        r.p.caregiver_word.search(subject) or r.p.network_word.search(subject))


#: The parts that make a text the kind the rules read, whatever else it has.
#: (A harm's act and when are not enough: "Mother has kept T. at the same school all year,
#: took him to every well-child visit" is a strength told in the past.)
_DEFINED_BY = {"goal": ("duration", "goal_observer"), "danger": ("worry", "future")}


def settled(r: Reading, kind: str, other: str = "harm") -> str:
    """The reading the rules' ``kind`` rests on that words alone do not show ("" if none):
    the parts that define that kind (a goal's time frame and who will see it, a danger's
    worrier and outlook), a finding of harm, a harm set aside (history, denied, not found,
    no child there: only against reading ``other`` as harm), a behaviour going on put as a
    condition ("If Dad keeps ..., they will ..."), a caregiver's act with may/might/could
    and no promise, an absence goal, a rota (only against reading it as neither goal nor
    plan), a heading naming the kind, a worry someone holds (against other or harm),
    coercive control or a threat told, a task written as an order, a professional's step
    told, a capacity shown (a goal, against plan or other). A learned second opinion leaves
    such a reading alone."""
    text = r.text
    if kind in _DEFINED_BY and all(getattr(r, part) for part in _DEFINED_BY[kind]):
        return f"a {kind}'s defining parts"
    acted = bool(r.past_action and r.p.harm_act.search(r.past_action))
    if other == "harm" and cues.harm_set_aside(r, acted):
        return "harm set aside"
    if kind == "harm" and cues.FINDING.search(text):
        return "a finding of harm"  # "The court found that the father ..."
    if kind == "harm" and notes.allegation(r) and not cues.PRIOR_HISTORY.match(text):
        return "a harm alleged"  # "A referral was received alleging neglect by ..."
    if kind == "harm" and (told := cues.harm_told(r, other)):
        return told  # "Minh: pushed her.", "Since May he has taken her wages, kept ..."
    if kind == "danger" and r.worry is not None and other in ("other", "harm"):
        return "a worry someone holds"  # "The nurse's biggest concern was neglect: ..."
    if kind == "goal" and other in ("plan", "other") and shapes.ability_goal(r):
        return "a capacity shown"  # "Tia can name three safe adults ..."
    if (_IF_KEEPS.search(text) and r.impact) or cues.conditional_danger(r) or (
            r.backup and r.impact and _STILL.search(r.backup)):
        return "behaviour going on, as a condition"
    if (kind == "danger" and r.future_behaviour and _UNSURE_MODAL.search(r.future_behaviour)
            and not r.commitments and not cues.said_words(r, r.future_behaviour)):
        return "a caregiver's act that may happen"  # "Ivan may drink again when ..."
    by_caregivers = [c for c in r.caregiver_commitments if not _is_professional(r, c.subject)]
    if (by_caregivers and all(c.negated for c in by_caregivers)
            and not _RULE_SITUATION.search(text) and not r.p.plan_words.search(text)):
        return "absence goal"
    if (kind == "plan" and other == "other" and by_caregivers
            and all(c.negated for c in by_caregivers) and _RULE_SITUATION.search(text)):
        return "a prohibition for a situation"  # "... shall not come within 100 metres of"
    if kind == "plan" and other != "goal" and (cues.order_form(r) or cues.BE_TO.search(text)
                                                or cues.ARRANGEMENT.search(text)):
        return "a task written as an order"  # "Aroha's uncle to drive her to school.",
        # an arrangement in force ("until ...", "only when ...", a form's "Responsible:")
    if kind == "goal" and other in ("plan", "other") and shapes.wished_state(r):
        return "a state wished for"  # "That the children have ...", "What we want: ..."
    if r.rota and other not in ("goal", "plan"):
        return "rota"  # a goal's or a plan's shape, whichever the model reads, not nothing
    if cues.labelled_kind(text):
        return "heading"
    if kind == "other" and (cues.practice_record(r) or notes.agency_step(r)):
        return "a professional's step told"
    if kind == "other" and notes.note(r):
        return "a note: a rule for a role, a plan's needs, topics, a care or health history"
    return ""


def score_kinds(r: Reading) -> dict[str, float]:
    """A score for each kind (higher reads more like it)."""
    w = WEIGHTS
    text = r.text
    s = {k: 0.0 for k in ("harm", "danger", "goal", "plan", "question")}
    if looks_like_question(text):
        s["question"] += w["question"]["question"]

    worry = r.worry is not None
    d = w["danger"]
    if worry:
        s["danger"] += d["worry"]
    if r.p.future.search(text):
        s["danger"] += d["future_phrase"]
    if_keeps = _IF_KEEPS.search(text)
    if r.future_behaviour and (worry or if_keeps or _UNSURE_MODAL.search(r.future_behaviour)) \
            and not cues.said_words(r, r.future_behaviour):  # not a threat told: "said he'd ..."
        s["danger"] += d["behaviour"]
    if if_keeps and r.impact:  # "If Dad keeps drinking ..., the children will ..."
        s["danger"] += d["if_keeps"]
    if r.impact and any(_UNSURE_MODAL.search(text, max(0, m.start() - 40), m.start())
                        for m in r.impacts):
        s["danger"] += d["modal_impact"]
    if worry and r.context:
        s["danger"] += d["context"]
    if not worry and own.risk(r):  # "Kirsty could be at serious risk of ..."
        s["danger"] += d["risk"]
    conditional = cues.conditional_danger(r)
    if not worry and conditional:  # "Should Mum go back to drinking, Nia could ..."
        s["danger"] += d["condition"]

    # "... because he won't leave his Mam alone": a reason told, not a promise made
    # "told the kids that if Mum leaves, CPS will take them": a threat reported, no promise
    commitments = [c for c in r.caregiver_commitments if not _REASON.search(
        text, 0, max(0, text.find(c.words))) and not cues.reported(r, text.find(c.words))]
    by_caregivers = [c for c in commitments if not _is_professional(r, c.subject)]
    h = w["harm"]
    if r.past_action:
        s["harm"] += h["past_action"]
        if r.p.harm_act.search(r.past_action):
            s["harm"] += h["harm_act"]
    event = cues.event(r)
    if event and not worry and not commitments:
        s["harm"] += h["event"]
    harmful = (bool(r.impact) or bool(r.past_action and r.p.harm_act.search(r.past_action))
               or bool(event))
    if r.harm_time and not commitments and harmful:
        s["harm"] += h["past_time"]
    if r.impact:
        s["harm"] += h["impact"]
        if _PAST_IMPACT.search(text):
            s["harm"] += h["past_impact"]
    finding = cues.FINDING.search(text)
    if (finding and not own.risk(r) and not worry
            and not cues.NEGATED_FINDING.search(text, max(0, finding.start() - 30), finding.end())):
        s["harm"] += h["report"]  # "The court found that the father ...": a finding of harm
    denial = cues.DENIAL.search(text)
    if r.p.report.search(text) and not (denial and (not r.past_action or text.find(
            r.past_action.lstrip(".")) > denial.start())):
        s["harm"] += h["report"]  # "told the court that he has never ..." is a denial
    if any(e.category != "diagnosis" for e, _ in r.p.lexicon.terms["jargon"].find(text)) \
            and _PAST_LABEL.search(text):
        s["harm"] += h["past_label"]
    acted = bool(r.past_action and r.p.harm_act.search(r.past_action))
    # "has taken her wages, kept her phone", "told her that if she left he would ...":
    # coercive control and threats told as acts
    if not acted and (cues.control_told(r) or cues.THREAT_TOLD.search(text)
                      or cues.VIOLENCE_TOLD.search(text)):  # "Tia said: 'Dad pulled ..."
        s["harm"] += h["past_action"] + h["harm_act"]
    if not acted and own.witnessed_act(r):  # "the midwife saw Noah's father push ..."
        s["harm"] += h["witnessed"]
    if not r.past_action and own.omission_in_clause(r):  # "... while Renee was in bed"
        s["harm"] += h["omission"]
    if own.missed_care(r):  # "Noor was not taken to any of her vaccination appointments"
        s["harm"] += h["missed_care"]
    if worry:
        s["harm"] += h["worry_penalty"]
    if not acted and shapes.SERVICE_GIVEN.search(text):  # help given, not a harm told
        s["harm"] = min(s["harm"], h["impact"])
    if cues.harm_set_aside(r, acted):
        s["harm"] *= 0.3  # "Mum was abused as a child", "No harm was found", "Dad says he
        # never ...", "no child was there": history, harm not found or denied, not this
        # harm told
    elif own.past_strength(r):  # "Grandma looked after the kids for a month ..."
        s["harm"] += h["strength_penalty"]
    if commitments or any(_is_professional(r, c.subject) for c in r.commitments):
        s["harm"] += h["will_penalty"]  # a child's "won't sleep alone" is no promise

    g = w["goal"]
    if by_caregivers:
        s["goal"] += g["commitment"]
    long_goal = False
    if r.duration and not _HISTORY.search(text, max(0, text.find(r.duration) - 40),
                                              text.find(r.duration) + 1):
        short = _SHORT.search(r.duration) and not _LONG_DAYS.search(r.duration)
        long_goal = not short
        s["goal"] += g["short_duration"] if short else g["long_duration"]
        if short:
            s["plan"] += w["plan"]["short_duration"]
    # a goal's parts told in the present or as notes count a little less, and not in a
    # worry or a schedule ("Mon/Tue Nan has Leo", "Schedule: ...", "My plan: ..."), where
    # the same words are a danger's or a plan's
    noted = not (worry or r.rota or _SCHEDULE.search(text))
    if r.observer:
        s["goal"] += g["observer"]
    elif noted and r.goal_observer:  # "Cousin checks weekly", "Seen by: ..."
        s["goal"] += g["observer_noted"]
    if r.experience and not shapes.past_purpose(r):  # not "applied ... so that she would"
        s["goal"] += g["experience"]
    elif noted and r.goal_experience and not r.experience:  # "Vy and Bao feel peaceful"
        s["goal"] += g["experience_noted"]
    if r.p.goal_words.search(text):
        s["goal"] += g["goal_words"]
    situation = _RULE_SITUATION.search(text)
    if (by_caregivers and all(c.negated for c in by_caregivers) and not situation
            and not r.p.plan_words.search(text)):
        s["goal"] += g["absence"]  # "Graham will not drink.": the classic absence goal
    if by_caregivers and r.p.lexicon.terms["services"].find(text):
        s["goal"] += g["service"]
    if (not by_caregivers and (own.state_goal(r) or shapes.ability_goal(r))  # "Sara is met ..."
            or shapes.wished_state(r)):  # "That the children have ...", "What we want: ..."
        s["goal"] += g["state"]

    labelled = cues.labelled_kind(text)  # "Danger: ...": the writer says what it is
    if labelled in s:
        s[labelled] += LABEL_WEIGHT

    p = w["plan"]
    if by_caregivers:
        s["plan"] += p["commitment"]
    if any(_is_professional(r, c.subject) and not _WATCHING.match(c.phrase)
           for c in r.commitments):
        s["plan"] += p["professional"]
    if r.plan_time:
        s["plan"] += p["time"]
    if r.network:
        s["plan"] += p["network"]
    if r.monitoring:
        s["plan"] += p["monitoring"]
    # "If Dad keeps drinking ..., the children will ..." is a worry, no back-up step ("if ...,
    # then ..."; "If Dad comes home drunk again, ..." is one); "if the children return home
    # while Dad is still drinking, Kai will fall behind" (what goes on, what it does): danger
    goes_on = bool(r.backup and r.impact and _STILL.search(r.backup))
    backup = (r.backup if not (r.backup and (GOES_ON.match(r.backup) or conditional or goes_on
                                             or shapes.not_a_step(r, r.backup))) else ""
              ) or shapes.safety_routine(r)  # "When there's fighting the kids go to ..."
    if goes_on and not worry and not conditional:
        s["danger"] += d["condition"]
    if backup:
        s["plan"] += p["backup"]
    if r.p.plan_words.search(text):
        s["plan"] += p["plan_words"]
    is_list = len(r.p.list_line.findall(text)) >= 2 or len(cues.INLINE_ITEM.findall(text)) >= 2
    if is_list:
        s["plan"] += p["list"]
    if r.action:
        s["plan"] += p["action"]
    # a rule for a situation, with nothing about how long or who will see it, is a plan step
    if (commitments and not (long_goal or r.observer or r.experience)
            and situation):
        s["plan"] += p["rule"]
    if commitments and all(c.negated for c in commitments) and situation and not long_goal:
        s["plan"] += p["prohibition"]  # "must not leave the baby alone with anyone ..."
    rule_form = (own.rule_form(r) or (m.group(0) if (m := cues.BE_TO.search(text)) else "")
                 or cues.order_form(r))
    if rule_form and not shapes.topic_not_rule(r, rule_form):  # "No babysitting.", "Nan to"
        s["plan"] += p["rule_form"]
    if r.rota:  # "Mon/Tue Lorraine takes Tommy; Wed-Fri Marie stays over"
        s["plan"] += p["rota"]
    if not (r.commitments or backup or is_list or rule_form or _RULE_WORDS.search(text)
            or cues.ARRANGEMENT.search(text) or cues.PRESENT_RULE.search(text) or r.rota):
        # a plan step says what will happen (will, agrees, if ... then, a list of rules);
        # "Nan visits every Sunday" describes a strength that is already there
        s["plan"] *= 0.5
    # "Strengths: Nan lives next door and ...": a section of notes; "SW went over the
    # worries ...", "Explained to Mom that if ...": a record of the work done
    if labelled == "other" or cues.practice_record(r):
        s = {k: v * OTHER_HEADING for k, v in s.items()}
    elif notes.note(r):
        s = {k: v * NOTE_SHARE for k, v in s.items()}
    return s


def decide(scores: dict[str, float]) -> tuple[str, float]:
    """The winning kind and a confidence in [0, 1].

    Ties go to the kind earlier in :data:`TIE_ORDER`: a "will" sentence with as many
    plan cues as goal cues is a plan step, since a goal needs its own parts (how long,
    who will see it, what the child will experience) to win.
    """
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], TIE_ORDER.index(kv[0])))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SCORE:
        return "other", round(min(0.95, 0.5 + (MIN_SCORE - max(top, 0.0)) / (2 * MIN_SCORE)), 3)
    margin = (top - max(second, 0.0)) / (top + 1.0)
    size = min(1.0, top / 6.0)
    return best, round(max(0.05, min(0.99, 0.35 + 0.45 * margin + 0.2 * size)), 3)


def kind_evidence(r: Reading, kind: str) -> str:
    """The words that most made the text read as ``kind`` (shown with the verdict)."""
    if kind == "question":
        return r.text.split("?")[0].strip()[:80] + ("?" if "?" in r.text else "")
    if kind == "danger":
        if r.worry:
            return r.text[r.worry.start():r.worry.end()].strip()
        m = _IF_KEEPS.search(r.text)
        if m:
            return phrase(re.split(r"[,;.]", r.text[m.start():], maxsplit=1)[0])
        return r.future_behaviour or r.future
    if kind == "harm":
        m = cues.EVENT.search(r.text)
        report = r.p.report.search(r.text)
        return (r.past_action or (phrase(m.group(0)) if m else "")
                or (report.group(0) if report else "") or r.impact)
    if kind == "goal":
        first = next((c.words for c in r.caregiver_commitments), "")
        return phrase(first) if first else r.duration or r.observer or r.experience
    if kind == "plan":
        first = next((c.words for c in r.commitments), "")
        return r.backup or (phrase(first) if first else "") or r.action or r.plan_time
    return ""
