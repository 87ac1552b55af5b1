"""A synthetic cohort: made-up learners who answer the course the way people do.

Each simulated learner has a latent ability, a few misconceptions (tags of
``data/misconceptions.csv``), a habit of skipping items, and a chance of not
submitting or of submitting late. On an item tagged with a misconception the
learner holds, they usually choose the tempting wrong answer. Written answers
are put together from fragments: able learners include more of what a good
statement needs; learners with a misconception write it in (jargon, an
absence goal, a service as a goal, a closed question, past harm written as
danger).

Submissions look exactly like collected ones:
``<out>/<learner>/<assignment>/`` holds the release notebook, ``exercises.json``,
``answers/<set>.json`` (written with :class:`soplab.answers.AnswerFile`) and
nbgrader's ``timestamp.txt``. Everything is seeded: the same seed gives the
same cohort and the same files. All names are invented; emails use example.org.
"""

from __future__ import annotations

import copy
import math
import random
import shutil
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .answers import AnswerFile
from .items import Exercise, Item, ItemBank, load_bank
from .roster import Learner

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"

FIRST_NAMES = [
    "Amara", "Luis", "Mei", "Tomasz", "Nkechi", "Farid", "Priya", "Joaquín", "Hana", "Kwame",
    "Leilani", "Dmitri", "Yesenia", "Tuan", "Ayesha", "Mateo", "Siosaia", "Ingrid", "Rahul",
    "Esperanza", "Chidi", "Noor", "Kai", "Marisol", "Jae-won", "Olumide", "Sofía", "Bao",
    "Tahmina", "Rafael", "Winona", "Arash", "Lupe", "Keanu", "Fatima", "Guillermo", "Ren",
    "Adaeze", "Nikolai", "Itzel", "Samir", "Malia", "Desmond", "Xochitl", "Hiroshi", "Zainab",
]
LAST_NAMES = [
    "Okafor", "Hernández", "Nguyen", "Kowalski", "Haddad", "Patel", "Tanaka", "Mensah",
    "Kahananui", "Volkov", "Ramírez", "Tran", "Siddiqui", "Flores", "Fifita", "Lindqvist",
    "Iyer", "Castillo", "Eze", "Rahimi", "Akana", "Gutiérrez", "Park", "Adeyemi", "Morales",
    "Pham", "Begum", "Oliveira", "Redcloud", "Karimi", "Tuilagi", "Nakamura", "Abdi",
    "Delgado", "Chen", "Nwosu", "Ivanova", "Cruz", "Yazzie", "Sato", "Bello", "Mahmoud",
]

#: Fragments of written answers, by the kind asked for. ``good`` parts are
#: what a strong answer contains; ``weak`` parts stand in for missing detail.
FRAGMENTS: dict[str, dict[str, list[str]]] = {
    "harm": {
        "good": [
            "On March 3, Ms. Alvarez's neighbour saw her son Diego, age 6, alone on the "
            "apartment balcony for about two hours in the evening.",
            "Diego told the school nurse he was cold and scared and had not eaten dinner.",
            "This is the first time the agency has heard about the family.",
        ],
        "weak": ["Diego was left alone.", "Things at home were hard for Diego."],
        "jargon": ["Mother is neglectful and has a substance abuse problem."],
        "confusion": ["Diego could be left alone again and get hurt."],
    },
    "danger": {
        "good": [
            "The worker and the family are worried that if nothing changes, Tevita, age 4,",
            "could again be left in the car for long stretches while his father Sione works "
            "late shifts,",
            "and Tevita could be badly hurt by the heat or frightened and alone.",
        ],
        "weak": ["We are worried about Tevita.", "Something bad might happen."],
        "jargon": ["Father is unprotective and lacks parenting skills."],
        "confusion": ["Last week Tevita was left in the car for an hour."],
    },
    "goal": {
        "good": [
            "Everyone, including Grandma Rosa and the school counsellor, will see",
            "that when Ms. Begum feels overwhelmed at night she calls her sister Nasrin, who "
            "comes over so that Amina, age 7, is cared for by a calm adult",
            "every day for the next 90 days, and Amina will tell her teacher she feels safe "
            "at bedtime.",
        ],
        "weak": ["Amina will be safe.", "The family will do better."],
        "jargon": ["Mother will address her mental health issues."],
        "service": ["Ms. Begum will complete a parenting class and anger management."],
        "absence": ["Ms. Begum will not yell at Amina anymore."],
    },
    "plan": {
        "good": [
            "If Mr. Kowalski starts drinking, he will text his brother Piotr the word 'blue',",
            "Piotr will pick up Zofia within 30 minutes and she will stay with him overnight,",
            "and Zofia knows she can call Aunt Ewa from the phone by the fridge; the network "
            "meets every Sunday to check the plan is working.",
        ],
        "weak": ["Family will keep Zofia safe.", "Dad will get help."],
        "jargon": ["Father will comply with substance abuse services."],
        "service": ["Father will attend AA meetings and do random testing."],
        "absence": ["Mr. Kowalski will not drink around Zofia."],
    },
    "question": {
        "good": [
            "What have you already tried that helped, even a little, on the hard nights?",
            "Who in your family or community would you want to know about this?",
            "On a scale of 0 to 10, where 10 means Marisol is as safe as she needs to be, "
            "where would you put things today, and what makes it that number?",
        ],
        "weak": ["Tell me about home.", "How are things?"],
        "closed": ["Did you hit your daughter?", "Is there food in the house?"],
        "why": ["Why did you leave the children alone?"],
        "leading": ["Your dad hurts you when he is angry, doesn't he?"],
    },
    "reflection": {
        "good": [
            "I want to slow down at the door and explain plainly why I came.",
            "I will ask the family what they want me to understand about them.",
            "I noticed I tend to assume things, so I will ask instead.",
        ],
        "weak": ["I will try to do better.", "Not sure yet."],
    },
}

#: Which misconception tags change how a learner writes each kind of answer.
WRITING_MISCONCEPTIONS: dict[str, list[tuple[str, str]]] = {
    "harm": [("jargon-label", "jargon"), ("harm-danger-confusion", "confusion")],
    "danger": [("jargon-label", "jargon"), ("harm-danger-confusion", "confusion")],
    "goal": [("service-as-goal", "service"), ("absence-goal", "absence"),
             ("jargon-label", "jargon")],
    "plan": [("service-as-goal", "service"), ("absence-goal", "absence"),
             ("jargon-label", "jargon")],
    "question": [("closed-question", "closed"), ("why-question", "why"),
                 ("leading-question", "leading")],
}

#: Misconceptions the simulator gives out most (the ones the course works hardest on).
COMMON = ["harm-danger-confusion", "service-as-goal", "absence-goal", "closed-question",
          "jargon-label"]


@dataclass
class SimLearner:
    """A made-up learner and the habits that shape their answers."""

    id: str
    first_name: str
    last_name: str
    email: str
    lms_id: str
    cohort: str
    section: str
    ability: float
    misconceptions: frozenset[str] = field(default_factory=frozenset)
    skip_rate: float = 0.05
    submit_rate: float = 0.95
    late_rate: float = 0.1

    def as_roster(self) -> Learner:
        return Learner(self.id, self.first_name, self.last_name, self.email, self.lms_id,
                       self.cohort, self.section)


@dataclass
class Simulation:
    learners: list[SimLearner]
    #: assignment -> learner ids with a submission folder
    submitted: dict[str, list[str]] = field(default_factory=dict)
    #: assignment -> learner ids who did not submit
    missing: dict[str, list[str]] = field(default_factory=dict)
    #: assignment -> learner ids who submitted after the due date
    late: dict[str, list[str]] = field(default_factory=dict)


def _ascii(text: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch in string.ascii_lowercase)


def make_cohort(n: int, seed: int = 0, *, tags: list[str] | None = None,
                cohort: str = "Cohort A", sections: int = 2) -> list[SimLearner]:
    """``n`` made-up learners with abilities, misconceptions and habits (seeded)."""
    rng = random.Random(seed)
    tags = list(tags or COMMON)
    common = [t for t in COMMON if t in tags] or tags
    learners = []
    used: set[str] = set()
    for number in range(1, n + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        handle = f"{_ascii(first)[:1]}{_ascii(last)}"
        sid = f"{handle}{number:03d}"
        while sid in used:  # pragma: no cover (numbers make ids unique)
            sid += "x"
        used.add(sid)
        how_many = rng.choices([0, 1, 2, 3], weights=[2, 4, 3, 1])[0]
        held = set(rng.sample(common, min(how_many, len(common))))
        if rng.random() < 0.3 and tags:
            held.add(rng.choice(tags))
        learners.append(SimLearner(
            id=sid, first_name=first, last_name=last,
            email=f"{_ascii(first)}.{_ascii(last)}{number}@example.org",
            lms_id=f"LMS{100000 + number * 37 + seed % 1000}",
            cohort=cohort, section=f"Section {1 + (number - 1) % max(1, sections)}",
            ability=rng.gauss(0.0, 1.0), misconceptions=frozenset(held),
            skip_rate=rng.choice([0.0, 0.02, 0.05, 0.15, 0.4]),
            submit_rate=rng.choice([1.0, 1.0, 0.95, 0.85]),
            late_rate=rng.choice([0.0, 0.05, 0.1, 0.3]),
        ))
    return learners


def _p_right(learner: SimLearner, item: Item) -> float:
    difficulty = 0.0 if item.kind == "practice" else 0.3
    p = 1.0 / (1.0 + math.exp(-(1.2 * learner.ability + 1.0 - difficulty)))
    if item.misconception and item.misconception in learner.misconceptions:
        p *= 0.2  # the tempting wrong answer wins most of the time
    return p


def choose(learner: SimLearner, ex: Exercise, item: Item, rng: random.Random) -> str:
    """The option the learner picks (text for classify, a letter for scenario)."""
    if ex.widget == "scenario":
        options = [chr(65 + i) for i in range(len(item.choices))]
    else:
        options = list(ex.choices)
    right = item.label
    wrong = [o for o in options if o != right]
    if not wrong or rng.random() < _p_right(learner, item):
        return right
    return rng.choice(wrong)


def write_text(learner: SimLearner, kind: str, rng: random.Random) -> str:
    """A written answer assembled from fragments, shaped by ability and misconceptions."""
    parts = FRAGMENTS.get(kind, FRAGMENTS["reflection"])
    strength = 1.0 / (1.0 + math.exp(-1.5 * learner.ability))
    chosen = [p for p in parts["good"] if rng.random() < 0.25 + 0.7 * strength]
    if not chosen:
        chosen = [rng.choice(parts["weak"])]
    for tag, slot in WRITING_MISCONCEPTIONS.get(kind, []):
        if tag in learner.misconceptions and slot in parts and rng.random() < 0.8:
            bad = rng.choice(parts[slot])
            if slot in ("service", "absence", "closed", "why", "leading", "confusion"):
                chosen = [bad, *chosen[1:]] if rng.random() < 0.6 else [bad]
            else:
                chosen.insert(0, bad)
    if rng.random() < 0.2 and strength < 0.5:
        chosen.append(rng.choice(parts["weak"]))
    return " ".join(chosen)


def write_form(learner: SimLearner, item: Item, rng: random.Random) -> dict:
    """A plan or network form, complete for strong learners and thinner or weaker
    (services, 'will not' rules, professionals only) for others."""
    from .rubrics import RUBRICS, perfect_answer

    value = copy.deepcopy(perfect_answer(item))
    strength = 1.0 / (1.0 + math.exp(-1.5 * learner.ability))

    def slips() -> bool:
        return rng.random() > 0.35 + 0.6 * strength

    if RUBRICS[item.label][0] == "plan":
        if "service-as-goal" in learner.misconceptions and rng.random() < 0.8:
            value["rules"][0]["rule"] = "Dad attends AA meetings and a parenting class"
            value["monitoring"] = "Random drug testing twice a week"
        if "absence-goal" in learner.misconceptions and rng.random() < 0.8:
            value["rules"][1]["rule"] = "Dad will not drink when the children are home"
        for key in ("monitoring", "backup", "review"):
            if slips():
                value[key] = ""
        if slips():
            value["rules"][1]["when"] = ""
        if slips():
            value["people"] = value["people"][:1]
    else:
        if slips():
            value["people"] = value["people"][:2]
        for person in value["people"]:
            if slips():
                person["knows"] = ""
            if slips():
                person["role"] = "Helps"
        if "service-as-goal" in learner.misconceptions and rng.random() < 0.8:
            for person in value["people"][:2]:
                person["relationship"] = "Therapist"
    return value


def answer_assignment(bank: ItemBank, assignment: str, learner: SimLearner, folder: Path,
                      rng: random.Random, when: datetime) -> dict[str, int]:
    """Write ``answers/<set>.json`` for every set of ``assignment`` into ``folder``.

    Returns how many items were answered per set.
    """
    counts = {}
    for ex in bank.exercises_for(assignment):
        store = AnswerFile(exercise=ex.id, folder=folder)
        minute = 0
        for item in bank.items_for(ex.id):
            if rng.random() < learner.skip_rate:
                continue
            if ex.widget == "text":
                value = write_text(learner, item.label, rng)
            elif ex.widget in ("plan", "network"):
                value = write_form(learner, item, rng)
            else:
                value = choose(learner, ex, item, rng)
            minute += rng.randint(1, 4)
            changes = 1 + (rng.random() < 0.2)
            store.answers[item.id] = {
                "value": value,
                "changed": (when - timedelta(minutes=120 - minute)).isoformat(
                    timespec="seconds"),
                "changes": changes,
            }
        if store.answers:
            store.save()
        counts[ex.id] = len(store.answers)
    return counts


def write_submission(root: Path, bank: ItemBank, assignment: str, learner: SimLearner,
                     out: Path, rng: random.Random, when: datetime) -> Path:
    """``out/<learner>/<assignment>/`` as nbgrader collect would leave it."""
    release = root / "release" / assignment
    if not release.is_dir():
        raise FileNotFoundError(f"release/{assignment}: not built yet (run soplab build)")
    folder = out / learner.id / assignment
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(release, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints",
                                                                   "answers"))
    answer_assignment(bank, assignment, learner, folder, rng, when)
    (folder / "timestamp.txt").write_text(when.strftime(TIMESTAMP_FORMAT))
    return folder


def simulate(root: Path | str, assignments: list[str], n: int = 30, seed: int = 0, *,
             due: datetime | None = None, out: Path | str | None = None,
             learners: list[SimLearner] | None = None, progress=None) -> Simulation:
    """Simulate a cohort's submissions of ``assignments`` under ``out``
    (default ``<root>/submitted``). Late work is stamped after ``due``."""
    root = Path(root).resolve()
    out = Path(out) if out else root / "submitted"
    bank = load_bank(root)
    tags = sorted(bank.misconceptions) or None
    learners = learners or make_cohort(n, seed, tags=tags)
    due = due or DEFAULT_DUE
    result = Simulation(learners)
    for number, assignment in enumerate(assignments):
        if progress:
            progress(f"simulating {len(learners)} learners on {assignment}")
        result.submitted[assignment] = []
        result.missing[assignment] = []
        result.late[assignment] = []
        for learner, when, late in schedule(learners, assignment, number, seed, due):
            if when is None:
                result.missing[assignment].append(learner.id)
                continue
            write_submission(root, bank, assignment, learner, out,
                             learner_rng(seed, assignment, learner), when)
            result.submitted[assignment].append(learner.id)
            if late:
                result.late[assignment].append(learner.id)
    return result


def learner_rng(seed: int, assignment: str, learner: SimLearner) -> random.Random:
    """The random stream of one learner's answers to one assignment."""
    return random.Random(f"{seed}:{assignment}:{learner.id}")


def schedule(learners: list[SimLearner], assignment: str, number: int, seed: int,
             due: datetime) -> list[tuple[SimLearner, datetime | None, bool]]:
    """Who submits ``assignment`` (the ``number``-th, due a week after the one
    before) and when: ``(learner, time or None if not submitted, late)``."""
    rng = random.Random(f"{seed}:{assignment}:plan")
    due = due_date(due, number)
    plan = []
    for learner in learners:
        if rng.random() > learner.submit_rate:
            plan.append((learner, None, False))
            continue
        late = rng.random() < learner.late_rate
        offset = timedelta(hours=rng.uniform(1, 30)) if late else -timedelta(
            hours=rng.uniform(0.5, 72))
        plan.append((learner, due + offset, late))
    return plan


def due_date(first_due: datetime, number: int) -> datetime:
    """Due date of the ``number``-th assignment (0-based), a week apart."""
    return first_due + timedelta(days=7 * number)


DEFAULT_DUE = datetime(2026, 1, 15, 17, 0, tzinfo=UTC)


#: What every simulated hand grade says first (a real course never runs the simulator).
SIMULATED_COMMENT = "Simulated grade for the demo."

#: A short remark after it, by how well the part was done (share of its points).
_REMARKS = ((0.85, "Clear, specific and in the family's own words; well done."),
            (0.6, "A good start: say who will do what, and when."),
            (0.0, "Add what you saw and heard, in plain words, and what happens next."))


@dataclass(frozen=True)
class SimulatedGrading:
    """What :func:`simulate_hand_grading` filled in."""

    parts: int
    submissions: int


def hand_grade(learner: SimLearner | None, max_score: float,
               rng: random.Random) -> tuple[float, str]:
    """A plausible hand grade of one part (in half points) and its comment: able
    learners score higher, with some spread. ``None``: a learner the simulator does
    not know, graded as an average one."""
    ability = learner.ability if learner is not None else 0.0
    strength = 1.0 / (1.0 + math.exp(-1.5 * ability))
    share = min(1.0, max(0.0, 0.3 + 0.7 * strength + rng.gauss(0.0, 0.1)))
    score = min(max_score, max(0.0, round(share * max_score * 2) / 2))
    remark = next(text for floor, text in _REMARKS if share >= floor)
    return score, f"{SIMULATED_COMMENT} {remark}"


def simulate_hand_grading(db_url: str, course: str, assignments: list[str],
                          learners: list[SimLearner], seed: int = 0) -> SimulatedGrading:
    """Grade every hand-graded part (nbgrader task cell) of the submissions of
    ``assignments`` that nobody has graded yet, as formgrader would: the part's grade
    gets a ``manual_score`` (and no longer needs manual grading), its comment a
    ``manual_comment`` that starts with :data:`SIMULATED_COMMENT`. Scores follow each
    learner's ability (seeded).

    For the demo and tests only: a real course grades these parts by hand in formgrader.
    """
    from uuid import uuid4

    from nbgrader.api import (
        Assignment,
        BaseCell,
        Comment,
        Grade,
        Gradebook,
        SubmittedAssignment,
        SubmittedNotebook,
        TaskCell,
    )
    from sqlalchemy import and_, bindparam, select, update

    g, cm, tc, bc = (Grade.__table__, Comment.__table__, TaskCell.__table__,
                     BaseCell.__table__)
    sn, sa, a = SubmittedNotebook.__table__, SubmittedAssignment.__table__, Assignment.__table__
    by_id = {p.id: p for p in learners}
    with Gradebook(db_url, course) as gb:
        db = gb.db
        rows = db.execute(
            select(g.c.id, g.c.notebook_id, g.c.cell_id, tc.c.max_score, bc.c.name,
                   sa.c.id.label("submission"), sa.c.student_id, a.c.name.label("assignment"),
                   cm.c.id.label("comment_id"))
            .join(tc, tc.c.id == g.c.cell_id)
            .join(bc, bc.c.id == tc.c.id)
            .join(sn, sn.c.id == g.c.notebook_id)
            .join(sa, sa.c.id == sn.c.assignment_id)
            .join(a, a.c.id == sa.c.assignment_id)
            .outerjoin(cm, and_(cm.c.notebook_id == g.c.notebook_id,
                                cm.c.cell_id == g.c.cell_id))
            .where(a.c.name.in_(assignments), g.c.manual_score.is_(None))
            .order_by(a.c.name, sa.c.student_id, bc.c.name)).all()
        grades, comments, new_comments = [], [], []
        for row in rows:
            rng = random.Random(f"{seed}:{row.assignment}:{row.student_id}:{row.name}:hand")
            score, text = hand_grade(by_id.get(row.student_id), float(row.max_score), rng)
            grades.append({"b_id": row.id, "b_score": score})
            if row.comment_id is None:
                new_comments.append({"id": uuid4().hex, "notebook_id": row.notebook_id,
                                     "cell_id": row.cell_id, "auto_comment": None,
                                     "manual_comment": text})
            else:
                comments.append({"b_id": row.comment_id, "b_text": text})
        try:
            if grades:
                db.execute(update(g).where(g.c.id == bindparam("b_id"))
                           .values(manual_score=bindparam("b_score"), needs_manual_grade=False),
                           grades)
            if comments:
                db.execute(update(cm).where(cm.c.id == bindparam("b_id"))
                           .values(manual_comment=bindparam("b_text")), comments)
            if new_comments:
                db.execute(cm.insert(), new_comments)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return SimulatedGrading(len(rows), len({row.submission for row in rows}))
