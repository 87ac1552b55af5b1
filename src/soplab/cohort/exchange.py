"""nbgrader's course configuration and exchange, for instructor tools.

* :func:`course_config` reads the course's ``nbgrader_config.py``;
  :func:`gradebook_url` picks the gradebook database (``--db URL``, else
  ``c.CourseDirectory.db_url`` from the config, else ``sqlite:///<root>/gradebook.db``).
* :func:`release`, :func:`fetch`, :func:`submit` and :func:`collect` move an
  assignment through nbgrader's file exchange (``c.Exchange.root``) with the
  real nbgrader exchange classes. The learner side takes the learner's id and
  home folder explicitly, so one process can act for several learners (nbgrader
  otherwise names the submitter after the operating-system user).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from soplab.course.config import course_config, gradebook_url

from .autograde.collect import SafeCollect
from .autograde.release import SafeReleaseFeedback

__all__ = [
    "ExchangeFailed", "collect", "exchange_root_of", "fetch", "fetch_feedback",
    "prepare_exchange", "release", "release_feedback", "submit",
]


class ExchangeFailed(RuntimeError):
    """An exchange step failed; the message is one line."""


def _config(root: Path, exchange_root: Path | str, *, db_url: str | None = None,
            student: str | None = None, home: Path | None = None):
    cfg = course_config(root)
    cfg.CourseDirectory.root = str(root)
    cfg.CourseDirectory.db_url = gradebook_url(root, db_url)
    cfg.Exchange.root = str(exchange_root)
    if student is not None:
        cfg.CourseDirectory.student_id = student
    if home is not None:
        cfg.Exchange.assignment_dir = str(home)
        cfg.Exchange.cache = str(home / ".nbgrader_cache")
    return cfg


def _run(app_class, cfg, assignment: str, what: str, *, app_out: list | None = None,
         **attrs) -> str:
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = assignment
    app = app_class(coursedir=coursedir, authenticator=Authenticator(config=cfg), config=cfg)
    for name, value in attrs.items():
        setattr(app, name, value)
    if app_out is not None:
        app_out.append(app)
    result = capture_log(app)
    if not result["success"]:
        lines = [ln for ln in result.get("log", "").splitlines()
                 if ln.startswith(("[CRITICAL]", "[ERROR]"))]
        reason = lines[-1].split("] ", 1)[-1] if lines else "see the nbgrader log"
        raise ExchangeFailed(f"{what} {assignment}: {reason}")
    return result.get("log", "")


def prepare_exchange(exchange_root: Path | str) -> Path:
    """Create the exchange folder (world-writable, as nbgrader expects)."""
    path = Path(exchange_root)
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o777)
    return path


def release(root: Path | str, assignment: str, exchange_root: Path | str, *,
            db_url: str | None = None) -> None:
    """``nbgrader release_assignment``: copy release/<assignment> to the exchange."""
    from nbgrader.exchange.default import ExchangeReleaseAssignment

    root = Path(root).resolve()
    prepare_exchange(exchange_root)
    _run(ExchangeReleaseAssignment, _config(root, exchange_root, db_url=db_url),
         assignment, "release", force=True)


def fetch(root: Path | str, assignment: str, exchange_root: Path | str, *, student: str,
          home: Path | str) -> Path:
    """``nbgrader fetch_assignment`` for one learner into ``home/<assignment>``."""
    from nbgrader.exchange.default import ExchangeFetchAssignment

    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    _run(ExchangeFetchAssignment,
         _config(Path(root).resolve(), exchange_root, student=student, home=home),
         assignment, "fetch")
    return home / assignment


def submit(root: Path | str, assignment: str, exchange_root: Path | str, *, student: str,
           home: Path | str, at: _dt.datetime | None = None) -> None:
    """``nbgrader submit`` of ``home/<assignment>`` (answer files included) as ``student``.

    ``at`` pins the submission time (the simulator uses it for late work).
    """
    from nbgrader.exchange.default import ExchangeSubmit

    class _Submit(ExchangeSubmit):
        def set_timestamp(self):
            super().set_timestamp()
            if at is not None:
                self.timestamp = at.strftime(self.timestamp_format)

    home = Path(home).resolve()
    _run(_Submit, _config(Path(root).resolve(), exchange_root, student=student, home=home),
         assignment, "submit")


def collect(root: Path | str, assignment: str, exchange_root: Path | str, *,
            db_url: str | None = None, check_owner: bool = True,
            notes: list[str] | None = None) -> list[str]:
    """``nbgrader collect``, sealed: the newest submission of each learner into
    ``submitted/``, taking only the notebook and answer files as plain files (see
    :class:`soplab.cohort.autograde.nbgrader_plugins.SafeCollect`).

    Returns the ids of the learners collected; what was skipped or left behind is
    added to ``notes`` (see :class:`soplab.cohort.autograde.collect.SafeCollect`).
    ``check_owner`` refuses an entry whose folder belongs to another system account
    than the learner it names (a folder of the collecting account itself is
    accepted, so one person running everything is not refused).
    """
    root = Path(root).resolve()
    cfg = _config(root, exchange_root, db_url=db_url)
    cfg.ExchangeCollect.check_owner = check_owner
    apps: list = []
    _run(SafeCollect, cfg, assignment, "collect", app_out=apps, update=True)
    if notes is not None and apps:
        notes.extend(getattr(apps[0], "notes", []))
    return sorted(p.parent.name for p in (root / "submitted").glob(f"*/{assignment}")
                  if p.is_dir() and not p.is_symlink())


def release_feedback(root: Path | str, assignment: str, exchange_root: Path | str, *,
                     db_url: str | None = None, notes: list[str] | None = None) -> None:
    """``nbgrader release_feedback``: put the feedback pages in the exchange, where each
    learner's *Fetch Feedback* finds their own (matched by their submission token).

    Each learner on their own (:class:`~soplab.cohort.autograde.release.SafeReleaseFeedback`):
    one whose page cannot be returned is added to ``notes`` by name, with the reason."""
    root = Path(root).resolve()
    prepare_exchange(exchange_root)
    apps: list = []
    _run(SafeReleaseFeedback, _config(root, exchange_root, db_url=db_url), assignment,
         "release feedback", app_out=apps)
    if notes is not None and apps:
        notes.extend(getattr(apps[0], "notes", []))


def fetch_feedback(root: Path | str, assignment: str, exchange_root: Path | str, *,
                   student: str, home: Path | str) -> list[Path]:
    """``nbgrader fetch_feedback`` for one learner: their pages into
    ``home/<assignment>/feedback/<time>/``. Returns the pages fetched."""
    from nbgrader.exchange.default import ExchangeFetchFeedback

    home = Path(home).resolve()
    _run(ExchangeFetchFeedback,
         _config(Path(root).resolve(), exchange_root, student=student, home=home),
         assignment, "fetch feedback")
    return sorted((home / assignment / "feedback").glob("*/*.html"))


def exchange_root_of(root: Path, given: str | None) -> Path | None:
    """The exchange folder: ``given``, else ``c.Exchange.root`` of the course, else None."""
    if given:
        return Path(given)
    configured = course_config(root).get("Exchange", {}).get("root")
    return Path(str(configured)) if configured else None
