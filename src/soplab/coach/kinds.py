"""Which kind a text reads as: a score per kind from visible cues, the best wins.

Scores (points are added when the cue is found; see :data:`WEIGHTS`):

* question - ends with "?" (or starts like a question and has no full stop);
* danger - someone "is worried that ..."; "if nothing changes"; a caregiver's
  possible action (may/might/could); an impact on the child; a context;
* harm - a caregiver's past act; a past time; an impact on the child; report
  words ("it was reported", "as a result"); minus points when someone is worried
  about the future;
* goal - a "will" commitment by an adult; how long; who will see it; what the
  child will experience; goal words ("close the case", "consistently");
* plan - times ("every night", "by 8 pm"); network people; monitoring; a
  back-up ("if ..., then ..."); plan words (rule, plan, call, pick up); list lines.

If no kind reaches :data:`MIN_SCORE`, the text reads as "other". Confidence is
the winning score's share of the top two, tempered by its size.
"""

from __future__ import annotations

from soplab.coach.questions import looks_like_question
from soplab.coach.reading import Reading

MIN_SCORE = 2.5

WEIGHTS = {
    "question": {"question": 8.0},
    "danger": {"worry": 3.5, "future_phrase": 1.5, "behaviour": 1.0, "modal_impact": 1.0,
               "context": 0.5},
    "harm": {"past_action": 2.0, "past_time": 1.0, "impact": 1.0, "report": 1.5,
             "worry_penalty": -3.0, "will_penalty": -1.5},
    "goal": {"commitment": 1.0, "duration": 2.0, "observer": 1.5, "experience": 1.5,
             "goal_words": 1.5, "absence": 0.5, "service": 0.5},
    "plan": {"time": 1.0, "network": 1.0, "monitoring": 1.0, "backup": 2.0, "plan_words": 1.0,
             "list": 1.5, "action": 0.5},
}


def score_kinds(r: Reading) -> dict[str, float]:
    """A score for each kind (higher reads more like it)."""
    w = WEIGHTS
    text = r.text
    s = {k: 0.0 for k in ("harm", "danger", "goal", "plan", "question")}
    if looks_like_question(text):
        s["question"] += w["question"]["question"]
    worry = r.worry is not None
    if worry:
        s["danger"] += w["danger"]["worry"]
    if r.p.future.search(text):
        s["danger"] += w["danger"]["future_phrase"]
    if r.future_behaviour:
        s["danger"] += w["danger"]["behaviour"]
    if r.impacts and any(r.p.modal.search(text, max(0, m.start() - 40), m.start())
                         for m in r.impacts):
        s["danger"] += w["danger"]["modal_impact"]
    if worry and r.context:
        s["danger"] += w["danger"]["context"]

    if r.past_action:
        s["harm"] += w["harm"]["past_action"]
    if r.harm_time and not r.plan_time:
        s["harm"] += w["harm"]["past_time"]
    if r.impacts:
        s["harm"] += w["harm"]["impact"]
    if r.p.report.search(text):
        s["harm"] += w["harm"]["report"]
    if worry:
        s["harm"] += w["harm"]["worry_penalty"]
    if r.caregiver_commitments:
        s["harm"] += w["harm"]["will_penalty"]

    commitments = r.caregiver_commitments
    if commitments:
        s["goal"] += w["goal"]["commitment"]
    if r.duration:
        s["goal"] += w["goal"]["duration"]
    if r.observer:
        s["goal"] += w["goal"]["observer"]
    if r.experience:
        s["goal"] += w["goal"]["experience"]
    if r.p.goal_words.search(text):
        s["goal"] += w["goal"]["goal_words"]
    if any(c.negated for c in commitments):
        s["goal"] += w["goal"]["absence"]
    if commitments and r.p.lexicon.terms["services"].find(text):
        s["goal"] += w["goal"]["service"]

    if r.plan_time:
        s["plan"] += w["plan"]["time"]
    if r.network:
        s["plan"] += w["plan"]["network"]
    if r.monitoring:
        s["plan"] += w["plan"]["monitoring"]
    if r.backup:
        s["plan"] += w["plan"]["backup"]
    if r.p.plan_words.search(text):
        s["plan"] += w["plan"]["plan_words"]
    if len(r.p.list_line.findall(text)) >= 2:
        s["plan"] += w["plan"]["list"]
    if r.action:
        s["plan"] += w["plan"]["action"]
    return s


def decide(scores: dict[str, float]) -> tuple[str, float]:
    """The winning kind and a confidence in [0, 1]."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SCORE:
        return "other", round(min(0.95, 0.5 + (MIN_SCORE - max(top, 0.0)) / (2 * MIN_SCORE)), 3)
    margin = (top - max(second, 0.0)) / (top + 1.0)
    size = min(1.0, top / 6.0)
    return best, round(max(0.05, min(0.99, 0.35 + 0.45 * margin + 0.2 * size)), 3)
