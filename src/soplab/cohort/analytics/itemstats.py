r"""Item and test statistics, as quiz platforms report them (Moodle's quiz statistics).

Notation, for one assessment taken by ``n`` learners with ``k`` items:
``x_i`` is a learner's score on item ``i`` (0 .. ``max_i``; 0 or 1 for the
course's choice items), ``T = sum_i x_i`` the learner's total and
``X_i = T - x_i`` the *rest of the test* without item ``i``. Variances and
covariances use ``n - 1`` (sample), and ``r`` is Pearson's correlation.

Per item
    facility            ``F_i = 100 * mean(x_i) / max_i``
    standard deviation  ``SD_i = 100 * sqrt(V(x_i)) / max_i``
    discrimination      ``D_i = 100 * r(x_i, X_i)
                             = 100 * C(x_i, X_i) / sqrt(V(x_i) * V(X_i))``
    disc. efficiency    ``DE_i = 100 * C(x_i, X_i) / C_max(x_i, X_i)``, where
                        ``C_max`` is the covariance of the two lists each
                        sorted ascending: the largest covariance the two score
                        distributions allow.
Per option ``o`` of a choice item
    share               ``p_o = (learners choosing o) / n``
    point-biserial      ``r_pb(o) = r(1[chose o], X_i)``; for the key this is
                        ``D_i / 100``. A distractor with a clearly positive
                        value draws learners who do well elsewhere: check the
                        key and the wording.
Per assessment
    Cronbach's alpha    ``alpha = k / (k - 1) * (1 - sum_i V(x_i) / V(T))``
    error ratio         ``ER = 100 * sqrt(1 - alpha)``
    standard error      ``SE = SD(T) * sqrt(1 - alpha)``

Undefined values are NaN, never a made-up number, and the ``flag`` says why:
when everyone (or no one) gets an item right its variance is 0 and
``D``/``DE`` are undefined; with one learner no variance exists; with no
submissions every figure is NaN and ``n`` is 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = [
    "AssessmentAnalysis", "ITEM_STAT_COLUMNS", "NO_ANSWER", "OPTION_COLUMNS", "Thresholds",
    "analyse_assessment", "assessment_statistics", "item_statistics", "option_statistics",
    "score_matrices",
]

ITEM_STAT_COLUMNS = ("n", "mean", "max", "facility", "sd", "discrimination_index",
                     "discriminative_efficiency", "flag")
OPTION_COLUMNS = ("item_id", "option", "option_text", "is_key", "count", "share",
                  "point_biserial", "flag")
NO_ANSWER = "(no answer)"


@dataclass(frozen=True)
class Thresholds:
    """When an item is flagged (Moodle's guidance on reading its statistics)."""

    #: facility at or above this (%) -> "too easy"
    too_easy: float = 95.0
    #: facility at or below this (%) -> "too hard"
    too_hard: float = 20.0
    #: discrimination index below this -> "does not discriminate"
    weak_discrimination: float = 20.0
    #: a distractor's point-biserial above this -> "attracts strong learners"
    distractor_point_biserial: float = 0.10
    #: fewer learners than this -> "too few learners"
    min_learners: int = 5


def _cov(a: np.ndarray, b: np.ndarray) -> float:
    n = len(a)
    if n < 2:
        return math.nan
    c = float(np.dot(a - a.mean(), b - b.mean()) / (n - 1))
    return 0.0 if abs(c) < 1e-12 else c  # rounding noise is not a relationship


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2:
        return math.nan
    va, vb = _cov(a, a), _cov(b, b)
    if va <= 1e-12 or vb <= 1e-12:
        return math.nan
    return _cov(a, b) / math.sqrt(va * vb)


def _join(flags: list[str]) -> str:
    return "; ".join(dict.fromkeys(f for f in flags if f))


def item_statistics(scores: pd.DataFrame, max_scores: Mapping[str, float] | None = None,
                    thresholds: Thresholds | None = None) -> pd.DataFrame:
    """Statistics of every item (column) of a learners x items score matrix.

    ``scores`` holds one row per learner who took the assessment; NaN counts
    as 0 (not answered). ``max_scores`` defaults to 1 per item. Returns a
    frame indexed by item with :data:`ITEM_STAT_COLUMNS` (facility, SD, D and
    DE in %, see the module docstring).
    """
    t = thresholds or Thresholds()
    x = scores.astype(float).fillna(0.0)
    n = len(x)
    total = x.sum(axis=1).to_numpy()
    rows = {}
    for item in x.columns:
        xi = x[item].to_numpy()
        mx = float((max_scores or {}).get(item, 1.0))
        rest = total - xi
        flags: list[str] = []
        if n == 0:
            rows[item] = dict(n=0, mean=math.nan, max=mx, facility=math.nan, sd=math.nan,
                              discrimination_index=math.nan,
                              discriminative_efficiency=math.nan, flag="no responses")
            continue
        mean = float(xi.mean())
        facility = 100.0 * mean / mx
        var_i = _cov(xi, xi)
        sd = 100.0 * math.sqrt(var_i) / mx if not math.isnan(var_i) else math.nan
        d = 100.0 * _corr(xi, rest)
        cov = _cov(xi, rest)
        cmax = _cov(np.sort(xi), np.sort(rest))
        de = 100.0 * cov / cmax if cmax > 1e-12 else math.nan
        if n < t.min_learners:
            flags.append(f"too few learners (n < {t.min_learners})")
        if facility >= 100.0 - 1e-9:
            flags.append("everyone correct: cannot discriminate")
        elif facility <= 1e-9:
            flags.append("no one correct: check the key")
        if facility >= t.too_easy:
            flags.append("too easy")
        elif facility <= t.too_hard:
            flags.append("too hard")
        if not math.isnan(d):
            if d < 0:
                flags.append("negative discrimination: check the key")
            elif d < t.weak_discrimination:
                flags.append("does not discriminate")
        rows[item] = dict(n=n, mean=mean, max=mx, facility=facility, sd=sd,
                          discrimination_index=d, discriminative_efficiency=de,
                          flag=_join(flags))
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(ITEM_STAT_COLUMNS))
    frame.index.name = "item_id"
    frame["n"] = frame["n"].astype(int)
    return frame


def option_statistics(choices: pd.DataFrame, scores: pd.DataFrame,
                      keys: Mapping[str, str],
                      options: Mapping[str, list[str]] | None = None,
                      option_text: Mapping[tuple[str, str], str] | None = None,
                      thresholds: Thresholds | None = None) -> pd.DataFrame:
    """Share and point-biserial of every option of every choice item.

    ``choices`` and ``scores`` are learners x items (same index and columns):
    the option each learner chose (NaN: no answer) and the item score.
    ``keys`` maps item -> key option; ``options`` lists each item's options
    (also those nobody chose). ``r_pb(o) = r(1[chose o], X_i)`` with the rest
    of the test ``X_i``; NaN when everyone or no one chose ``o``.
    """
    t = thresholds or Thresholds()
    x = scores.astype(float).fillna(0.0)
    total = x.sum(axis=1).to_numpy()
    n = len(x)
    rows = []
    for item in choices.columns:
        chosen = choices[item].where(choices[item].notna(), NO_ANSWER).astype(str).to_numpy()
        rest = total - x[item].to_numpy() if item in x.columns else total
        listed = list((options or {}).get(item, []))
        seen = [o for o in pd.unique(chosen) if o not in listed and o != NO_ANSWER]
        opts = listed + sorted(seen) + ([NO_ANSWER] if (chosen == NO_ANSWER).any() else [])
        key = keys.get(item)
        for opt in opts:
            ind = (chosen == opt).astype(float)
            count = int(ind.sum())
            r = _corr(ind, rest) if n else math.nan
            is_key = opt == key
            flag = ""
            if (not is_key and opt != NO_ANSWER and count >= 2 and not math.isnan(r)
                    and r > t.distractor_point_biserial):
                flag = "distractor attracts strong learners: check the key"
            rows.append(dict(item_id=item, option=opt,
                             option_text=(option_text or {}).get((item, opt), opt),
                             is_key=is_key, count=count,
                             share=count / n if n else math.nan, point_biserial=r, flag=flag))
    return pd.DataFrame(rows, columns=list(OPTION_COLUMNS))


def assessment_statistics(scores: pd.DataFrame,
                    max_scores: Mapping[str, float] | None = None) -> dict[str, float | int | str]:
    """Whole-assessment figures: n, k, mean/median/SD of the total (points and %),
    Cronbach's alpha, error ratio ER (%) and standard error SE (points and %)."""
    x = scores.astype(float).fillna(0.0)
    n, k = x.shape
    max_total = float(sum((max_scores or {}).get(c, 1.0) for c in x.columns))
    total = x.sum(axis=1).to_numpy()
    out: dict[str, float | int | str] = dict(n=n, k=k, max_total=max_total)
    nan = math.nan
    mean = float(total.mean()) if n else nan
    median = float(np.median(total)) if n else nan
    var_t = _cov(total, total)
    sd = math.sqrt(var_t) if not math.isnan(var_t) else nan
    if k >= 2 and not math.isnan(var_t) and var_t > 1e-12:
        sum_var = float(sum(_cov(x[c].to_numpy(), x[c].to_numpy()) for c in x.columns))
        alpha = k / (k - 1) * (1.0 - sum_var / var_t)
    else:
        alpha = nan
    one_minus = 1.0 - alpha if not math.isnan(alpha) else nan
    er = 100.0 * math.sqrt(one_minus) if not math.isnan(one_minus) and one_minus >= 0 else nan
    se = sd * math.sqrt(one_minus) if not math.isnan(one_minus) and one_minus >= 0 else nan
    pct = 100.0 / max_total if max_total else nan
    note = ""
    if n == 0:
        note = "no submissions"
    elif n < 2:
        note = "one learner: no spread, so no reliability figures"
    elif k < 2:
        note = "one item: Cronbach's alpha needs at least two"
    elif math.isnan(alpha):
        note = "every learner has the same total: reliability undefined"
    out.update(mean=mean, mean_pct=mean * pct, median=median, sd=sd, sd_pct=sd * pct,
               alpha=alpha, error_ratio=er, standard_error=se, standard_error_pct=se * pct,
               note=note)
    return out


@dataclass
class AssessmentAnalysis:
    """Statistics of one assignment's assessment items."""

    assignment: str
    items: pd.DataFrame
    options: pd.DataFrame
    summary: dict[str, float | int | str] = field(default_factory=dict)


def score_matrices(responses: pd.DataFrame, assignment: str,
                   kind: str = "assessment") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, choices): learners x items of one assignment's keyed items of ``kind``."""
    r = responses[(responses["assignment"] == assignment) & (responses["kind"] == kind)]
    r = r[r["correct"].notna()]
    if r.empty:
        return pd.DataFrame(), pd.DataFrame()
    scores = r.pivot(index="student_id", columns="item_id", values="correct")
    choices = r.pivot(index="student_id", columns="item_id", values="chosen")
    order = list(dict.fromkeys(r["item_id"]))
    return scores[order], choices[order]


def analyse_assessment(responses: pd.DataFrame, assignment: str,
                       thresholds: Thresholds | None = None,
                       option_text: Mapping[tuple[str, str], str] | None = None,
                       options: Mapping[str, list[str]] | None = None) -> AssessmentAnalysis:
    """Item, option and test statistics of one assignment (assessment items only)."""
    scores, choices = score_matrices(responses, assignment)
    if scores.empty:
        return AssessmentAnalysis(assignment, item_statistics(scores, thresholds=thresholds),
                                  pd.DataFrame(columns=list(OPTION_COLUMNS)),
                                  assessment_statistics(scores))
    r = responses.loc[responses["assignment"] == assignment, ["item_id", "label"]]
    r = r.drop_duplicates("item_id")
    keys = dict(zip(r["item_id"].tolist(), r["label"].tolist(), strict=True))
    items = item_statistics(scores, thresholds=thresholds)
    opts = option_statistics(choices, scores, keys, options=options, option_text=option_text,
                             thresholds=thresholds)
    flagged = opts[opts["flag"] != ""]
    for item_id, group in flagged.groupby("item_id"):
        names = ", ".join(f"'{o}'" for o in group["option"])
        extra = f"distractor {names} attracts strong learners: check the key"
        items.loc[item_id, "flag"] = _join([items.loc[item_id, "flag"], extra])
    return AssessmentAnalysis(assignment, items, opts, assessment_statistics(scores))
