"""``soplab lms push ASSIGNMENT``: the gradebook's scores to the LMS, through AGS.

One line item per assignment, found by ``resourceId`` (the assignment's folder
name) and ``tag`` (``soplab``), made when missing. Each learner with work to
report gets one score:

==================== ================ ================= ==============================
gradebook            scoreGiven       gradingProgress   activityProgress
==================== ================ ================= ==============================
graded               final score      FullyGraded       Completed
waits for a person   score so far     PendingManual     Submitted
not submitted, not   (nothing sent)
autograded, excused
==================== ================ ================= ==============================

The final score is the one the export and the report show (late penalty taken
off). Before sending, the push reads the line item's current results and sends
only what differs (score, maximum, or the comment that says whether parts still
wait), so a second push changes nothing and a changed grade is updated.

Nothing is sent when a learner with work to report has no LMS user id: the
refusal names them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pandas as pd

from ..analytics import assignment_scores, read_config, read_gradebook, read_roster
from ..analytics.canvasids import EXCUSED_FILE, read_excused
from ..analytics.labels import assignment_titles
from .ags import AgsClient
from .config import LtiConfig, read_lti_config

__all__ = [
    "COMMENTS", "PushError", "PushReport", "Score", "TAG", "plan_scores", "push_assignment",
]

TAG = "soplab"
#: The comment each kind of score carries (learners read it in the LMS).
COMMENTS = {
    "FullyGraded": "Every part is graded.",
    "PendingManual": "Some parts wait for an instructor to grade them; this score may go up.",
}


class PushError(ValueError):
    """Nothing can be sent; one line that names the assignment or the learners."""


@dataclass(frozen=True)
class Score:
    learner: str
    user_id: str
    given: float
    maximum: float
    grading: str  # FullyGraded | PendingManual

    @property
    def activity(self) -> str:
        return "Completed" if self.grading == "FullyGraded" else "Submitted"

    @property
    def comment(self) -> str:
        return COMMENTS[self.grading]

    def payload(self, timestamp: str) -> dict:
        return {"userId": self.user_id, "scoreGiven": self.given,
                "scoreMaximum": self.maximum, "activityProgress": self.activity,
                "gradingProgress": self.grading, "comment": self.comment,
                "timestamp": timestamp}

    def matches(self, result: dict | None) -> bool:
        """Whether the platform's current result already says this."""
        if not result:
            return False
        try:
            given = float(result.get("resultScore"))
            maximum = float(result.get("resultMaximum", self.maximum))
        except (TypeError, ValueError):
            return False
        return (math.isclose(given, self.given, abs_tol=1e-6)
                and math.isclose(maximum, self.maximum, abs_tol=1e-6)
                and (result.get("comment") or "") == self.comment)


@dataclass
class PushReport:
    assignment: str
    line_item: str = ""
    created: bool = False
    posted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    #: every score planned for a learner with work to report (sent or not)
    scores: list[Score] = field(default_factory=list)
    #: learner -> the platform's result before this push, for learners it had one for
    before: dict[str, dict] = field(default_factory=dict)

    def summary(self) -> str:
        made = "made" if self.created else "found"
        return (f"{self.assignment}: line item {made}; {len(self.posted)} score(s) sent, "
                f"{len(self.unchanged)} already up to date, {len(self.skipped)} with nothing "
                "to send")


def plan_scores(scores: pd.DataFrame, roster: pd.DataFrame, assignment: str,
                excused: set[tuple[str, str]] = frozenset()
                ) -> tuple[list[Score], dict[str, str]]:
    """The scores to send for ``assignment`` and, per learner left out, why."""
    rows = scores[scores["assignment"] == assignment]
    if rows.empty:
        known = ", ".join(dict.fromkeys(scores["assignment"])) or "none yet"
        raise PushError(f"{assignment}: not an assignment of this course (it has {known})")
    ids = {}
    if roster is not None and not roster.empty:
        ids = {str(k): str(v) for k, v in zip(roster["id"], roster["lms_id"], strict=True) if v}
    planned: list[Score] = []
    skipped: dict[str, str] = {}
    missing: list[str] = []
    for row in rows.itertuples(index=False):
        sid = str(row.student_id)
        if (sid, assignment) in excused:
            skipped[sid] = "excused"
            continue
        if row.status == "not submitted":
            skipped[sid] = "not submitted"
            continue
        if row.status == "not autograded":
            skipped[sid] = "submitted, not autograded yet"
            continue
        if row.status == "graded":
            given, grading = float(row.score), "FullyGraded"
        else:  # pending manual grading: what is graded so far, penalty taken off
            given, grading = max(0.0, float(row.partial_score) - float(row.late_penalty)), \
                "PendingManual"
        user = ids.get(sid) or (str(row.lms_user_id) if isinstance(row.lms_user_id, str)
                                and row.lms_user_id.strip() else "")
        if not user:
            missing.append(sid)
            continue
        planned.append(Score(sid, user, round(given, 4), float(row.max_score), grading))
    if missing:
        raise PushError(f"{', '.join(sorted(missing))}: no LMS user id (lms_id in the roster); "
                        "add it with `soplab roster import` or let them launch the course "
                        "from the LMS once; nothing was sent")
    return planned, skipped


def push_assignment(root: Path | str, assignment: str, *, db_url: str | None = None,
                    config: LtiConfig | None = None, http: httpx.Client | None = None,
                    dry_run: bool = False) -> PushReport:
    """Send ``assignment``'s scores to the LMS; see the module's docstring."""
    root = Path(root)
    config = config or read_lti_config(root)
    course = read_config(root, db_url)
    scores = assignment_scores(read_gradebook(course.db_url, course.course_id))
    excused: set[tuple[str, str]] = set()
    if (root / EXCUSED_FILE).is_file():
        excused = read_excused(root / EXCUSED_FILE, scores["student_id"].unique(),
                               scores["assignment"].unique())
    planned, skipped = plan_scores(scores, read_roster(root), assignment, excused)
    maximum = float(scores.loc[scores["assignment"] == assignment, "max_score"].max())
    label = assignment_titles(root, [assignment])[assignment]
    report = PushReport(assignment, skipped=skipped, scores=planned)
    own = http is None
    http = http or httpx.Client(timeout=30.0)
    try:
        client = AgsClient(config, http)
        items = client.line_items(assignment, TAG)
        if items:
            item = items[0]
            if not math.isclose(float(item.get("scoreMaximum", 0)), maximum) and not dry_run:
                item = client.update_line_item(item, scoreMaximum=maximum)
        elif dry_run:
            report.created = True
            report.posted = [s.learner for s in planned]
            return report
        else:
            item = client.create_line_item(label, maximum, assignment, TAG)
            report.created = True
        report.line_item = str(item.get("id", ""))
        current = {str(r.get("userId")): r for r in client.results(item)}
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
        for score in planned:
            if current.get(score.user_id):
                report.before[score.learner] = current[score.user_id]
            if score.matches(current.get(score.user_id)):
                report.unchanged.append(score.learner)
                continue
            if not dry_run:
                client.post_score(item, score.payload(stamp))
            report.posted.append(score.learner)
    finally:
        if own:
            http.close()
    return report
