"""Why a kind reading stands: the readings the rules rest on that words alone do not show
(:func:`settled`, so a learned second opinion leaves them alone), the words shown with a
verdict (:func:`kind_evidence`), and the cues :mod:`soplab.coach.kinds` shares with them
(a caregiver's behaviour that goes on, an unsure modal, a rule's situation)."""

from __future__ import annotations

from . import kindcues as cues
from . import kindsections as sec
from . import lazyre as re
from . import ownwords as own
from .reading import Reading
from .text import phrase

__all__ = ["IF_KEEPS", "RULE_SITUATION", "STILL", "UNSURE_MODAL", "is_professional",
           "kind_evidence", "settled"]

UNSURE_MODAL = re.compile(r"\b(?:may|might|could|would|can(?! ?not\b)(?!'t)|is likely to|"
                          r"are likely to)\b", re.I)
#: A situation a rule applies to ("when she goes out", "while the children are home", "until
#: the next court date", "with anyone who ...", "alone with the baby").
RULE_SITUATION = re.compile(r"\b(?:when|whenever|while|after|before|until|on (?:the )?"
                            r"(?:nights?|days?|weekends?|mornings?|evenings?)|at (?:the )?"
                            r"(?:house|home|flat)|with (?:anyone|anybody|no one|nobody)|"
                            r"alone with|unsupervised|within \d+ (?:metres|meters|yards|feet|"
                            r"miles|km))\b", re.I)
#: A caregiver's behaviour that goes on: "If Dad keeps ...", "if Mum carries on ...".
IF_KEEPS = re.compile(r"\b(?:if|unless)\s+(?:[\w'.]+\s+){1,4}?(?:keeps?|continues?|carries on|"
                      r"goes on|still|again|stays? (?:as|the same|like this))\b", re.I)
#: A behaviour that goes on: "still drinking", "keeps shouting", "carries on".
STILL = re.compile(r"\b(?:still|keeps?|continues?|carries on|goes on)\b", re.I)


def is_professional(r: Reading, subject: str) -> bool:
    """``subject`` names a professional (not a caregiver or a network person)."""
    return bool(r.p.professional_word.search(subject)) and not (
        r.p.caregiver_word.search(subject) or r.p.network_word.search(subject))


#: The parts that make a text the kind the rules read, whatever else it has.
#: (A harm's act and when are not enough: "Mother has kept T. at the same school all year,
#: took him to every well-child visit" is a strength told in the past.)
_DEFINED_BY = {"goal": ("duration", "goal_observer"), "danger": ("worry", "future")}


def _plan_form(r: Reading) -> bool:
    """The text has a plan step's form (a promise, a back-up, a rule, an arrangement in
    force, a rota, plan words), not only a present description ("Nan visits every Sunday")."""
    text = r.text
    return bool(r.commitments or r.backup or r.rota or r.p.plan_words.search(text)
                or cues.ARRANGEMENT.search(text) or cues.PRESENT_RULE.search(text)
                or cues.BE_TO.search(text) or sec.IN_FORCE.search(text)
                or sec.KNOWS_TO.search(text) or sec.KEPT_LIMIT.search(text)
                or cues.order_form(r) or own.rule_form(r)
                or r.p.list_line.search(text))


def settled(r: Reading, kind: str, other: str = "harm") -> str:
    """The reading the rules' ``kind`` rests on that words alone do not show ("" if none):
    the parts that define that kind (a goal's time frame and who will see it, a danger's
    worrier and outlook), a finding of harm, a harm set aside (history, denied, not found,
    no child there: only against reading ``other`` as harm), a behaviour going on put as a
    condition ("If Dad keeps ..., they will ..."), a caregiver's act with may/might/could
    and no promise, an absence goal, a rota (only against reading it as neither goal nor
    plan), a heading naming the kind, a worry someone holds (against other or harm),
    coercive control or a threat told, a task written as an order, a professional's step
    told. A learned second opinion leaves such a reading alone."""
    text = r.text
    if kind in _DEFINED_BY and all(getattr(r, part) for part in _DEFINED_BY[kind]):
        return f"a {kind}'s defining parts"
    acted = bool(r.past_action and r.p.harm_act.search(r.past_action))
    if other == "harm" and cues.harm_set_aside(r, acted):
        return "harm set aside"
    if kind == "harm" and cues.FINDING.search(text):
        return "a finding of harm"  # "The court found that the father ..."
    if kind == "harm" and (told := cues.harm_told(r, other)):
        return told  # "Minh: pushed her.", "Since May he has taken her wages, kept ..."
    if kind == "danger" and r.worry is not None and other in ("other", "harm"):
        return "a worry someone holds"  # "The nurse's biggest concern was neglect: ..."
    if (IF_KEEPS.search(text) and r.impact) or cues.conditional_danger(r) or (
            r.backup and r.impact and STILL.search(r.backup)):
        return "behaviour going on, as a condition"
    if (kind == "danger" and r.future_behaviour and UNSURE_MODAL.search(r.future_behaviour)
            and not r.commitments and not cues.said_words(r, r.future_behaviour)):
        return "a caregiver's act that may happen"  # "Ivan may drink again when ..."
    by_caregivers = [c for c in r.caregiver_commitments if not is_professional(r, c.subject)]
    if (by_caregivers and all(c.negated for c in by_caregivers)
            and not RULE_SITUATION.search(text) and not r.p.plan_words.search(text)):
        return "absence goal"
    if kind == "plan" and other != "goal" and cues.order_form(r):
        return "a task written as an order"  # "Aroha's uncle to drive her to school."
    if r.rota and other not in ("goal", "plan"):
        return "rota"  # a goal's or a plan's shape, whichever the model reads, not nothing
    if cues.labelled_kind(text):
        return "heading"
    if kind == "plan" and other == "other" and sec.IN_FORCE.search(text) and (
            r.monitoring or r.network):
        return "an arrangement in force"  # "with Dad Sundays 12-5 only, his sister there"
    if kind == "other" and other == "plan" and not _plan_form(r):
        return "a strength already there"  # "Nan visits every Sunday and ..."
    if kind == "other" and cues.practice_record(r):
        return "a professional's step told"
    return ""


def kind_evidence(r: Reading, kind: str) -> str:
    """The words that most made the text read as ``kind`` (shown with the verdict)."""
    if kind == "question":
        return r.text.split("?")[0].strip()[:80] + ("?" if "?" in r.text else "")
    if kind == "danger":
        if r.worry:
            return r.text[r.worry.start():r.worry.end()].strip()
        m = IF_KEEPS.search(r.text)
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
