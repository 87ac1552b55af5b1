"""Kind readings from how a record is laid out rather than from its cue words: a section
heading that names what follows in a record's own words ("Risk:", "Concerns -",
"Conditions for return:", "Services offered to date:"), a dated incident line ("3/2/24
approx 2300 hrs: ..."), children told as there when it happened ("the kids were home"),
a child's own fear or question (no one's promise or back-up: "refuses to go to school in
case ...", "asks if she is going to be taken away"), and a present arrangement bounded in
time or kept whole ("Saturdays 10-4 only", "the whole time", "through March 31", "knows
not to tell him")."""

from __future__ import annotations

from . import lazyre as re
from .reading import Reading

__all__ = ["CHILD_THERE", "DATED_ENTRY", "HEADING", "IN_FORCE", "KEPT_LIMIT", "KNOWS_TO",
           "SECTION_WORDS", "child_fear", "child_found", "child_there", "section_kind"]

#: A heading at the start, up to six words before a colon or dash ("Risk:", "Identified
#: concerns -", "Conditions for return:", "Services offered to date:").
HEADING = re.compile(r"^\s*(?P<head>[A-Za-z][\w'’/&() -]{0,50}?)\s*(?::|\s-|\s\u2013|\s\u2014)\s+")
#: The words of a heading and the kind of what follows it, first match wins (a referral's
#: "presenting concern" or an "allegation" is what happened; a "risk" or "worry" what may).
SECTION_WORDS = (
    ("harm", r"allegations?|presenting|reason for (?:the )?referral|incidents?|injur(?:y|ies)|"
             r"what happened|findings?"),
    ("goal", r"goals?|vision|outcome wanted|what (?:we|I) want"),
    ("other", r"services?|referrals? (?:made|offered|given)|actions? taken|steps taken|"
              r"collaterals?|contacts? made|household composition|family composition|notes?|"
              r"disposition|outcome|strengths?|protective|history|background"),
    ("danger", r"risks?|concerns?|worr(?:y|ies)|dangers?|threats?|what (?:we|I) (?:are|am) "
               r"worried(?: about)?"),
    ("plan", r"conditions?|arrangements?|safety steps|next steps|steps|rules?|plan|"
             r"agreements?"),
)
#: The heading's own word is its first or its last ("Conditions for return", "Identified
#: risks"): "Security concern for the meeting" and "Prior contact check" are about something
#: else, and a heading with a verb ("GP had grounds for concern") is a sentence.
_SECTION = tuple((kind, re.compile(rf"^(?:{words})\b|\b(?:{words})$", re.I))
                 for kind, words in SECTION_WORDS)
_VERB = re.compile(r"\b(?:is|are|was|were|has|had|have|will|did|does)\b", re.I)


def section_kind(text: str) -> str:
    """The kind a record's heading names in its own words ("" if no heading or none named):
    "Risk: hx of DV ..." is a danger, "Conditions for return: ..." a plan, "Services
    offered to date: ..." neither (other). A heading with a person's or a household's name
    ("Father's household (Buckeye):") names no kind."""
    m = HEADING.match(text)
    if not m or len(m.group("head").split()) > 5 or _VERB.search(m.group("head")):
        return ""
    head = m.group("head").strip()
    return next((kind for kind, rx in _SECTION if rx.search(head)), "")


#: A dated entry in a case log: a date, or a date and a time, at the start ("11/3/25 approx
#: 2200 hrs: ...", "On 4/12 at 0130 ...", "Sat 21/10 about 10pm - ...", "14.02.2024 - ...").
DATED_ENTRY = re.compile(r"^\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                         r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b[^.:;]{0,30}?"
                         r"(?::|\s-\s|\s(?:at|approx|approximately|around|about)\b)", re.I)
#: Children told as there when it happened: "Kids were home", "the children were in the next
#: room", "both girls were present", "the baby was in the car".
CHILD_THERE = re.compile(r"\b(?:were|was)\s+(?:all\s+|both\s+|also\s+)?(?:at\s+home|home|"
                         r"there|present|in\s+the\s+(?:\w+\s+)?(?:room|house|home|flat|car|"
                         r"apartment|bedroom|kitchen|hallway)|nearby|watching|awake|in\s+bed|"
                         r"asleep\s+(?:upstairs|inside|in))\b", re.I)


def child_there(r: Reading) -> str:
    """Children told as there when something happened ("" if not): the subject before
    "were/was home|there|present|in the room" is a child ("Kids were home.")."""
    for m in CHILD_THERE.finditer(r.text):
        start = max(r.text.rfind(".", 0, m.start()), r.text.rfind(",", 0, m.start()),
                    r.text.rfind(" and ", 0, m.start()), -1) + 1
        subject = r.text[start:m.start()].strip()
        if subject and len(subject.split()) <= 5 and r.is_child(subject) and not re.search(
                r"\b(?:not|never|n't)\b", subject, re.I):
            return m.group(0)
    return ""


def child_found(r: Reading, event: re.Match[str] | None) -> bool:
    """A police ``event`` that found a child ("Troopers found the kids alone in a truck",
    "officers found Micah (5) walking alone"): where a child was found is the harm."""
    if not (event and re.search(r"\bfound\b", event.group(0), re.I)):
        return False
    det = _DETERMINERS.match(r.text, event.end())
    return bool(r.child_ref.match(r.text, det.end() if det else event.end()))


_DETERMINERS = re.compile(r"\s+(?:(?:the|his|her|their|both|all|two|three|four|a|an)\s+)*",
                          re.I)


#: A child's own fear or question: "refuses to go to school in case ...", "asks if she is
#: going to be taken away", "won't sleep unless the light is on", "wonders whether ...".
_FEAR = re.compile(r"\b(?:refus\w*|scared|afraid|frightened|won't|will not|asks?|asking|asked|"
                   r"wonders?|wondering|worries|worried|keeps asking)\b[^.;!?]*?\b(?:in case|"
                   r"if|whether|unless)\b", re.I)


def child_fear(r: Reading, at: int) -> bool:
    """The words at ``at`` are part of a child's own fear or question told ("Kaitlyn now
    refuses to go to school in case her mother is gone", "Ellie has started asking if she is
    going to be taken away"): no promise and no back-up step."""
    text = r.text
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at), -1) + 1
    end = min((i for i in (text.find(c, at) for c in ".;!?\n") if i >= 0), default=len(text))
    m = _FEAR.search(text, start, end) if at >= 0 else None
    if not m or m.start() > at + 40:
        return False
    subject = text[start:m.start()].strip()
    words = [w for w in subject.split() if w.lower() not in ("now", "has", "have", "started",
                                                             "begun", "also", "still")]
    return bool(words) and r.is_child(" ".join(words[:3]))


#: A present arrangement bounded in time or kept whole: "Saturdays 10-4 only", "weekends
#: only", "the whole time", "at all times", "through March 31", "till the 14th".
IN_FORCE = re.compile(r"\b(?:\w+days?|weekends?|nights?|daytime|days|mornings?|evenings?|"
                      r"\d{1,2}(?::\d\d)?\s*(?:-|to)\s*\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\s+"
                      r"only\b|\bthe\s+(?:whole|entire)\s+(?:time|visit|day|night|weekend)\b|"
                      r"\bat\s+all\s+times\b|\b(?:through|thru|till|til)\s+(?:the\s+)?(?:\d{1,2}"
                      r"(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
                      r"dec)[a-z]*\.?\s+\d)", re.I)
#: A rule someone knows and keeps, told in the present: "Denise knows not to tell Andre",
#: "the school knows to call me", "Nan knows never to leave them with him".
KNOWS_TO = re.compile(r"\b(?:knows?|understands?|is aware|are aware)\s+(?:not\s+|never\s+)?to\s+"
                      r"[a-z]+\b|\bknows?\s+(?:that\s+)?(?:she|he|they)\s+(?:must|should|can't|"
                      r"cannot|is not to|are not to)\b", re.I)
#: A limit kept now: a visit supervised, a place someone does not come to ("visits are
#: agency-supervised", "he does not come to the apartment", "she never goes near the school").
KEPT_LIMIT = re.compile(r"\bsupervised\b|\b(?:does not|doesn't|do not|don't|never)\s+(?:come|"
                        r"comes|go|goes|stay|stays|visit|visits|enter|drive|sleep|call)\s+"
                        r"(?:to|at|in|into|near|round|over|by)\b", re.I)

