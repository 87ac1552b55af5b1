"""The points each kind's cues add (:mod:`soplab.coach.kinds` reads the cues), the least
score a kind needs, the order ties go in, and what a heading adds or leaves."""

from __future__ import annotations

__all__ = ["LABEL_WEIGHT", "MIN_SCORE", "NOTE_SHARE", "OTHER_HEADING", "TIE_ORDER", "WEIGHTS"]

MIN_SCORE = 2.0
TIE_ORDER = ("danger", "harm", "plan", "goal", "question")
#: What a heading naming the kind ("Danger:", "Safety goal -") adds to that kind.
LABEL_WEIGHT = 3.0
#: What a heading naming none of the kinds ("Strengths:", "History -") leaves of each score.
OTHER_HEADING = 0.3
#: What a note of the agency's own process or policy (:mod:`soplab.coach.kindnotes`: "Alert
#: sent to ...", "Carers must ... if a child in their care ...") leaves of each score: its
#: steps are the agency's, so the plan cues they carry count for little.
NOTE_SHARE = 0.2

WEIGHTS = {
    "question": {"question": 8.0},
    "danger": {"worry": 3.5, "future_phrase": 1.0, "behaviour": 1.5, "modal_impact": 1.0,
               "context": 0.5, "if_keeps": 1.5, "risk": 2.5, "condition": 2.0},
    "harm": {"past_action": 1.0, "harm_act": 1.5, "past_time": 1.0, "impact": 0.5,
             "past_impact": 1.5, "report": 2.0, "past_label": 2.0, "event": 1.5,
             "witnessed": 2.5, "omission": 1.0, "strength_penalty": -3.0, "missed_care": 2.0,
             "worry_penalty": -3.0,
             "will_penalty": -1.5},
    "goal": {"commitment": 2.0, "long_duration": 2.0, "short_duration": 0.5, "observer": 1.5,
             "experience": 2.0, "goal_words": 1.5, "absence": 0.5, "service": 0.5,
             "state": 2.0, "observer_noted": 1.0, "experience_noted": 1.5},
    "plan": {"commitment": 0.5, "time": 1.0, "short_duration": 1.0, "network": 1.0,
             "monitoring": 1.0, "backup": 2.0, "plan_words": 1.0, "list": 1.5, "action": 0.5,
             "professional": 1.5, "rule": 1.0, "rule_form": 2.0, "prohibition": 1.5, "rota": 2.0},
}
