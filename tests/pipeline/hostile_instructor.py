"""Named hostile cases on the INSTRUCTOR side: what one learner (or one odd file) can
do to collect, grading, feedback release and the report for the whole class.

A :class:`Class` is a small cohort (amara, luis, mei honest; zed the one the case
is about) that has fetched and submitted through nbgrader's exchange. Each case
in ``CASES`` changes one thing, at the stage it names:

* ``"inbound"``: in the exchange's inbound folder, before collect;
* ``"collected"``: after a first collect (a second collect follows);
* ``"autograded"``: after grading (a second, plain ``nbgrader autograde`` follows).

The test runs the class with and without the case and asserts that amara, luis and
mei are collected, graded, released and reported exactly alike.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bad_submissions import GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import COURSE, ORIENTATION

#: A user id no account on the machine has: "another learner's account".
STRANGER = 54321
HONEST = {"amara": KEY, "luis": THREE_OF_FIVE, "mei": {**KEY, "or-a05": "True"}}
TARGET = "zed"
ROSTER = "id,first_name,last_name,email,lms_id\n" + "".join(
    f"{sid},{sid.title()},Test,{sid}@example.org,{n}\n"
    for n, sid in enumerate([*HONEST, TARGET], start=101))


@dataclass
class Class:
    root: Path
    exchange: Path
    homes: Path
    notes: list[str] = field(default_factory=list)

    @property
    def inbound(self) -> Path:
        return self.exchange / COURSE / "inbound"

    def entry_of(self, sid: str) -> Path:
        return next(p for p in self.inbound.iterdir() if p.name.startswith(f"{sid}+"))

    def forge(self, name: str, *, like: str, uid: int | None = None) -> Path:
        """A copy of ``like``'s inbound entry under ``name``, owned by ``uid``."""
        target = self.inbound / name
        shutil.copytree(self.entry_of(like), target)
        if uid is not None:
            for dirpath, _dirs, files in os.walk(target):
                os.chown(dirpath, uid, uid)
                for f in files:
                    os.chown(os.path.join(dirpath, f), uid, uid)
        return target


FAR = "2099-01-01 00:00:00.000000 UTC"


def forged_for_classmate(c: Class) -> None:
    """Another account submits under amara's id, dated far ahead."""
    c.forge(f"amara+{ORIENTATION}+{FAR}+x", like=TARGET, uid=STRANGER)


def forged_after_collect(c: Class) -> None:
    forged_for_classmate(c)


def unparseable_name(c: Class) -> None:
    c.forge(f"{TARGET}+{ORIENTATION}+notatime+x", like=TARGET)


def markup_id(c: Class) -> None:
    c.forge(f"<img src=x onerror=alert(1)>+{ORIENTATION}+{FAR}+x", like=TARGET)


def homoglyph_id(c: Class) -> None:
    c.forge(f"\u0430mara+{ORIENTATION}+{FAR}+x", like=TARGET)  # Cyrillic a


def upper_case_id(c: Class) -> None:
    c.forge(f"Amara+{ORIENTATION}+{FAR}+x", like=TARGET)


def trailing_space_id(c: Class) -> None:
    c.forge(f"amara +{ORIENTATION}+{FAR}+x", like=TARGET)


def formula_id(c: Class) -> None:
    c.forge(f"=SUM(A1)+{ORIENTATION}+{FAR}+x", like=TARGET)


def hard_link_to_classmate(c: Class) -> None:
    """zed's answer file is a hard link to amara's saved answers (her workspace copy),
    and zed's notes file a hard link to a file of another account."""
    theirs = c.homes / "amara" / ORIENTATION / "answers" / f"{GRADED_SET}.json"
    mine = c.entry_of(TARGET) / "answers" / f"{GRADED_SET}.json"
    mine.unlink()
    os.link(theirs, mine)
    other = c.homes / "stranger.json"
    other.write_text(theirs.read_text())
    os.chown(other, STRANGER, STRANGER)
    hopes = c.entry_of(TARGET) / "answers" / "00-hopes.json"
    hopes.unlink(missing_ok=True)
    os.link(other, hopes)


def no_timestamp_no_secret(c: Class) -> None:
    entry = c.entry_of(TARGET)
    (entry / "timestamp.txt").unlink()
    (entry / "submission_secret.txt").unlink()


def huge_numbers_wrong_types(c: Class) -> None:
    path = c.entry_of(TARGET) / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    for n, entry in enumerate(data["answers"].values()):
        entry["changes"] = 10 ** 400 if n % 2 else "many"
        entry["changed"] = 12345 if n % 2 else "x" * 5000
    data["updated"] = ["not", "a", "time"]
    path.write_text(json.dumps(data))


def long_texts(c: Class) -> None:
    from coursekit import write_answers

    write_answers(c.entry_of(TARGET), "00-hopes", {"or-h01": "will not " * 2200})


def fifo_in_autograded(c: Class) -> None:
    os.mkfifo(c.root / "autograded" / TARGET / ORIENTATION / "timestamp.txt.pipe")
    stamp = c.root / "autograded" / TARGET / ORIENTATION / "timestamp.txt"
    stamp.unlink()
    os.mkfifo(stamp)


def look_alike_folder_in_submitted(c: Class) -> None:
    """A copy of amara's collected work under look-alike ids, put in submitted/ by hand."""
    for name in ("Amara", "amara ", "\u0430mara"):
        shutil.copytree(c.root / "submitted" / "amara" / ORIENTATION,
                        c.root / "submitted" / name / ORIENTATION)


def renamed_notebook(c: Class) -> None:
    entry = c.entry_of(TARGET)
    (entry / f"{ORIENTATION}.ipynb").rename(entry / f"{ORIENTATION} (1).ipynb")


#: name -> (stage, builder)
CASES = {
    "forged-inbound-entry-for-a-classmate": ("inbound", forged_for_classmate),
    "forged-entry-after-the-classmate-was-collected": ("collected", forged_after_collect),
    "inbound-name-without-a-time": ("inbound", unparseable_name),
    "markup-in-an-inbound-id": ("inbound", markup_id),
    "homoglyph-of-a-classmate-id": ("inbound", homoglyph_id),
    "upper-case-look-alike-id": ("inbound", upper_case_id),
    "trailing-space-look-alike-id": ("inbound", trailing_space_id),
    "formula-as-an-inbound-id": ("inbound", formula_id),
    "hard-link-to-a-classmate-answer-file": ("inbound", hard_link_to_classmate),
    "no-timestamp-and-no-secret": ("inbound", no_timestamp_no_secret),
    "huge-numbers-and-wrong-types-in-answer-metadata": ("inbound", huge_numbers_wrong_types),
    "long-texts": ("inbound", long_texts),
    "fifo-in-an-autograded-folder": ("autograded", fifo_in_autograded),
    "look-alike-folders-in-submitted": ("collected", look_alike_folder_in_submitted),
    "renamed-notebook": ("inbound", renamed_notebook),
}
