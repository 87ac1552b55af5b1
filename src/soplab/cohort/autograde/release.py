"""Returning feedback through the exchange, one learner at a time.

nbgrader's ``release_feedback`` opens each learner's ``timestamp.txt`` and
``submission_secret.txt`` in turn; one learner without them (an old client, an
upload by hand) stops it for every learner after, with no name given.
:class:`SafeReleaseFeedback` (plugged into plain ``nbgrader release_feedback``
and formgrader's button by the course's ``nbgrader_config.py``) reads both as
data for each learner on their own. A learner whose files are missing or
unusable, or whose submission token another learner's submission also holds
(one could receive or overwrite the other's page), is skipped and reported by
name with the reason; everyone else's feedback is released.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
from collections import defaultdict
from pathlib import Path

from nbgrader.exchange.default import ExchangeReleaseFeedback
from nbgrader.utils import notebook_hash

from soplab._core.safeio import Refused, open_folder, read_file

from .submissions import SECRET_FILE, SECRET_PATTERN, TIMESTAMP_FILE, parse_timestamp

__all__ = ["SafeReleaseFeedback", "feedback_tokens"]


def _token(folder: Path) -> tuple[str, str]:
    """(submission token, problem) of one learner's feedback folder."""
    try:
        with open_folder(folder) as fd:
            stamp = read_file(fd, TIMESTAMP_FILE, 200).decode("utf-8", "replace").strip()
            token = read_file(fd, SECRET_FILE, 200).decode("ascii", "replace").strip()
    except Refused as exc:
        return "", f"its {TIMESTAMP_FILE} or {SECRET_FILE} was not read ({exc})"
    except OSError as exc:
        return "", f"its feedback folder cannot be read ({exc.strerror})"
    if parse_timestamp(stamp) is None:
        return "", f"its {TIMESTAMP_FILE} holds no valid time"
    if not SECRET_PATTERN.fullmatch(token):
        return "", f"its {SECRET_FILE} is not a submission token"
    return token, ""


def feedback_tokens(folders: dict[str, Path]) -> tuple[dict[str, str], dict[str, str]]:
    """``(learner -> token, learner -> problem)`` for learners' feedback folders; a token
    held by two or more learners is a problem for each of them."""
    tokens, problems = {}, {}
    for student, folder in folders.items():
        token, problem = _token(folder)
        if problem:
            problems[student] = problem
        else:
            tokens[student] = token
    holders = defaultdict(list)
    for student, token in tokens.items():
        holders[token].append(student)
    for ids in holders.values():
        if len(ids) > 1:
            for student in ids:
                others = ", ".join(i for i in ids if i != student)
                problems[student] = f"the same submission token as {others}; not released " \
                                    "(each should submit again)"
                del tokens[student]
    return tokens, problems


class SafeReleaseFeedback(ExchangeReleaseFeedback):
    """nbgrader's release_feedback, each learner on their own (module doc)."""

    #: one line per learner whose feedback was not released
    notes: list[str]

    def copy_files(self):
        self.notes = []
        assignment = self.coursedir.assignment_id
        exclude = set(filter(None, (self.coursedir.student_id_exclude or "").split(",")))
        folders: dict[str, Path] = {}
        pages: dict[str, list[Path]] = defaultdict(list)
        for found in sorted(glob.glob(os.path.join(self.src_path, "*.html"))):
            html = Path(found)
            student = html.parent.parent.name
            if student in exclude or html.is_symlink():
                continue
            folders[student] = html.parent
            pages[student].append(html)
        tokens, problems = feedback_tokens(folders)
        for student, problem in sorted(problems.items()):
            line = f"{student}: feedback not released: {problem}"
            self.log.error("%s", line)
            self.notes.append(line)
        for student, token in sorted(tokens.items()):
            for html in pages[student]:
                notebook_id = html.stem
                checksum = notebook_hash(secret=token, notebook_id=notebook_id)
                if not re.fullmatch(r"[0-9a-f]+", checksum):
                    continue
                tmp = os.path.join(self.dest_path, f"{checksum}-tmp.html")
                shutil.copy(html, tmp)
                shutil.move(tmp, os.path.join(self.dest_path, f"{checksum}.html"))
                self.log.info("Releasing feedback for student '%s' on assignment '%s/%s/%s'",
                              student, self.coursedir.course_id, assignment, notebook_id)
