"""Made-up learners: names, a latent ability, misconceptions and habits (seeded)."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from ..roster import Learner

__all__ = [
    "COMMON", "FIRST_NAMES", "LAST_NAMES", "SimLearner", "learner_rng", "make_cohort",
]


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


def learner_rng(seed: int, assignment: str, learner: SimLearner) -> random.Random:
    """The random stream of one learner's answers to one assignment."""
    return random.Random(f"{seed}:{assignment}:{learner.id}")
