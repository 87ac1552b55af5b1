"""One cast: every surname in the course belongs to one family, with one set of facts.

The cast list, ``data/cast.csv``, has one row per person::

    family,first,surname,title,role,age,facts
    Okafor,Emeka,Okafor,Mr.,father; supervises the night crew at a water plant,41,...

``family`` is the story the person belongs to (Minh Tran belongs to the
Nguyen family); ``title`` is how the course may address them with the
surname (Mr., Ms., Mrs., or a word such as Doña or Pastor used with the first
name); ``role`` says who they are to the family, in words the checker reads
(a "sister" or "boyfriend" named in the role is someone the course may speak
of); ``age`` is fixed; ``facts`` are the other fixed facts, for authors.

The checker reads every item, notebook and vignette and warns when a text

* addresses someone by a title and surname the list does not give
  ("Mr. Kowalczyk" when the Kowalczyk family has only a mother);
* pairs a first name with a cast surname the list does not have
  ("Fatima Okafor");
* gives a cast person another age ("Vy, 13" when Vy is 12);
* speaks of a cast person's relative the family does not have
  ("Ms. Kowalczyk's husband", "Ms. Farah's 9-year-old");
* uses a title and surname that are not in the list at all, so nobody can
  see whether another story already gives that name other facts.

The coach's corpora and lexicon are checked too (module ``corpora``): their
rows tell other stories, so a course family's surname there is a warning.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .course import Course
from .report import Finding

__all__ = [
    "CAST_FILE", "CHECK", "COLUMNS", "Cast", "FORMAL", "KIN", "NOT_FIRST", "Person",
    "RELATIONS", "Text", "check_text", "check_vignette_tables", "family_line", "read_cast", "run",
    "texts",
]

CHECK = "cast"
CAST_FILE = "data/cast.csv"
COLUMNS = ("family", "first", "surname", "title", "role", "age", "facts")
#: Titles used with a surname ("Ms. Farah") or a full name ("Mrs. Nkechi Okafor").
FORMAL = ("Mr", "Ms", "Mrs", "Mx", "Dr")
#: Words used with a first name ("Doña Carmen", "Aunt Bea", "Pastor Ruth").
KIN = ("Aunt", "Uncle", "Grandpa", "Grandma", "Pastor", "Doña", "Don", "Bà", "Ông",
       "Cousin", "Coach", "Auntie")
#: Relatives and people a text may attach to a cast person ("Ms. Farah's sister").
RELATIONS = ("boyfriend", "girlfriend", "partner", "husband", "wife", "ex-husband", "ex-wife",
             "sister", "brother", "mother", "father", "son", "daughter", "twins",
             "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle",
             "cousin", "stepfather", "stepmother", "stepdad", "stepmom", "niece", "nephew")
#: A capitalised name (accented letters included: Doña, Tomás, Bà).
_NAME = r"[A-ZÀ-ÖØ-ÞĐ][^\W\d_'’]*(?:-[A-ZÀ-ÖØ-ÞĐ][^\W\d_]*)?"
_FORMAL = re.compile(rf"\b({'|'.join(FORMAL)})\.?\s+(?:and\s+({'|'.join(FORMAL)})\.?\s+)?"
                     rf"({_NAME})(?:\s+({_NAME}))?")
_KIN = re.compile(rf"\b({'|'.join(KIN)})\s+({_NAME})")
_PAIR = re.compile(rf"(?=\b({_NAME})\s+({_NAME})\b)")
_REF = rf"(?:(?:{'|'.join(FORMAL)})\.?\s+)?{_NAME}(?:\s+{_NAME})?"
_POSSESSIVE = re.compile(rf"\b({_REF})['’]s\s+(?:(\d{{1,2}})-year-old|({'|'.join(RELATIONS)}))\b")
_AGE_AFTER = re.compile(rf"\b({_REF}),\s+(\d{{1,2}})(?![\d:])(?!\s*(?:am|pm|%|-))"
                        rf"|\b({_REF})\s+\((\d{{1,2}})\)")
_AGE_BEFORE = re.compile(rf"\b(\d{{1,2}})-year-old\s+(?:(?:son|daughter|brother|sister|boy|"
                         rf"girl|baby|child|grandson|granddaughter)\s+)?({_REF})")
#: Capitalised words that may stand before a surname without being a first name.
NOT_FIRST = frozenset("""
The A An And Or But Of In On At To For From With By Our Your Their His Her My Graded Family
Families Practice Dear Meet Visit Visiting Scene Map Build Repair Rewrite Write Ask Tell
When If While Whenever Before After Since During Today Tonight Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Mama Papa Mom Dad Grandma Grandpa Aunt Uncle Pastor Doña Bà
Mr Ms Mrs Mx Dr Cousin Coach Auntie Navajo Nation Indian Diné Both Each Every All Young Old
Little Big New Whole Entire This That These Those Why What Who How Where Which
""".split())


@dataclass(frozen=True)
class Person:
    family: str
    first: str
    surname: str
    title: str
    role: str
    age: int | None
    row: int

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.surname) if p) or self.title

    def described(self) -> str:
        age = f", {self.age}" if self.age is not None else ""
        role = self.role.split(";")[0].strip()
        if not (self.first or self.surname):
            return f"{role}{age}"
        title = f"{self.title} " if self.title else ""
        return f"{title}{self.name}{age} ({role})"


@dataclass
class Cast:
    people: list[Person] = field(default_factory=list)

    def surnames(self) -> set[str]:
        return {p.surname for p in self.people if p.surname}

    def firsts(self) -> set[str]:
        return {p.first for p in self.people if p.first}

    def family(self, name: str) -> list[Person]:
        return [p for p in self.people if p.family == name]

    def with_surname(self, surname: str) -> list[Person]:
        return [p for p in self.people if p.surname == surname]

    def resolve(self, reference: str) -> list[Person]:
        """People a reference such as 'Ms. Farah', 'Vy' or 'Minh Tran' may mean."""
        words = reference.replace(".", " ").split()
        title = words[0] if words and words[0] in FORMAL else ""
        words = words[1:] if title else words
        if not words:
            return []
        if words[-1] in self.surnames():
            found = self.with_surname(words[-1])
            if len(words) > 1:
                found = [p for p in found if p.first == words[0]]
            if title:
                found = [p for p in found if _title(p.title) == title] or found
            return found
        if not title:
            return [p for p in self.people if p.first == words[-1]]
        return []


def _title(value: str) -> str:
    return value.strip().rstrip(".")


def _finding(severity: str, file: str, place: object, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, "" if place is None else str(place), message, fix)


def read_cast(root: Path) -> tuple[Cast | None, list[Finding]]:
    """The cast list, or None when the course has none; problems as findings."""
    path = root / CAST_FILE
    if not path.is_file():
        return None, []
    findings: list[Finding] = []
    cast = Cast()
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip() for h in reader.fieldnames or []]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                return None, [_finding("error", CAST_FILE, 1,
                                       f"column {', '.join(missing)} missing from the header",
                                       f"the header is: {','.join(COLUMNS)}")]
            for number, raw in enumerate(reader, start=2):
                row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
                if not any(row.values()):
                    continue
                if not row["family"] or not (row["first"] or row["surname"] or row["role"]):
                    findings.append(_finding("error", CAST_FILE, number,
                                             "a person needs a family and a name or a role",
                                             "fill in family, first, surname (or, for someone "
                                             "never named, the role)"))
                    continue
                age = None
                if row["age"]:
                    if not row["age"].isdigit():
                        findings.append(_finding("error", CAST_FILE, number,
                                                 f"age '{row['age']}' is not a whole number",
                                                 "write the age in years, e.g. 7"))
                        continue
                    age = int(row["age"])
                cast.people.append(Person(row["family"], row["first"], row["surname"],
                                          row["title"], row["role"], age, number))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return None, [_finding("error", CAST_FILE, None, f"cannot be read ({exc})",
                               "save it as 'CSV UTF-8'")]
    families: dict[str, set[str]] = {}
    for person in cast.people:
        if person.surname:
            families.setdefault(person.surname, set()).add(person.family)
    for surname, owners in sorted(families.items()):
        if len(owners) > 1:
            first = min(p.row for p in cast.with_surname(surname))
            findings.append(_finding(
                "warning", CAST_FILE, first,
                f"the surname {surname} belongs to {len(owners)} families "
                f"({', '.join(sorted(owners))}); learners will take them for one family",
                "give one of the families another surname"))
    seen: dict[tuple[str, ...], int] = {}
    for person in cast.people:
        key = (person.family, person.first, person.surname, person.title, person.role)
        if key in seen:
            findings.append(_finding("error", CAST_FILE, person.row,
                                     f"{person.name} is listed twice (row {seen[key]})",
                                     "keep one row per person"))
        seen[key] = person.row
    return cast, findings


@dataclass(frozen=True)
class Text:
    file: str
    place: str
    text: str


def texts(course: Course) -> Iterator[Text]:
    """Every text that names people: items, sets, notebooks (code too: figures name
    people) and vignettes (all of them, author notes included)."""
    bank = course.bank
    if bank is not None:
        for ex in bank.exercises.values():
            row = str(course.exercise_rows.get(ex.id, ""))
            yield Text("data/exercises.csv", row, f"{ex.title}\n{ex.instructions}")
        for item in bank.items.values():
            parts = [item.prompt, item.explanation, *item.choices, *item.choice_feedback]
            yield Text(item.source, str(item.row), "\n".join(parts))
    for notebook in course.notebooks:
        for number, cell in enumerate(notebook.cells, start=1):
            yield Text(notebook.rel, f"cell {number}", cell.source)
    folder = course.root / "data" / "vignettes"
    if folder.is_dir():
        for path in sorted(folder.glob("*.md")):
            rel = path.relative_to(course.root).as_posix()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    yield Text(rel, str(number), line)


def family_line(cast: Cast, family: str) -> str:
    people = cast.family(family)
    shown = "; ".join(p.described() for p in people[:8])
    more = f"; and {len(people) - 8} more" if len(people) > 8 else ""
    return f"the {family} family in {CAST_FILE}: {shown}{more}"


def check_text(cast: Cast, text: Text, *, unknown: bool = True) -> Iterator[Finding]:
    """Warnings for one text; ``unknown=False`` leaves out names the cast does not know
    (the coach's corpora tell other stories, with their own names)."""
    surnames = cast.surnames()
    firsts = cast.firsts()
    fix_cast = (f"use a name and facts {CAST_FILE} gives, or add the person to {CAST_FILE} "
                "(a new surname for a new family)")

    def warn(message: str, fix: str = fix_cast) -> Finding:
        return _finding("warning", text.file, text.place, message, fix)

    reported: set[str] = set()
    for match in _FORMAL.finditer(text.text):
        titles = [t for t in (match.group(1), match.group(2)) if t]
        word, after = match.group(3), match.group(4)
        if not word[0].isupper():
            continue
        if after and after[0].isupper() and after in surnames:
            first, surname = word, after
        else:
            first, surname = "", word
        shown = f"{' and '.join(t + '.' for t in titles)} {first + ' ' if first else ''}{surname}"
        if surname not in surnames:
            if not unknown or surname in firsts or shown in reported:
                continue
            reported.add(shown)
            yield warn(f"'{shown}' is not in the cast list, so nobody can see whether another "
                       "story already gives this name other facts",
                       f"add the person to {CAST_FILE} (family, role, age, facts), or use a "
                       "cast name")
            continue
        people = cast.with_surname(surname)
        for title in titles:
            fits = [p for p in people if _title(p.title) == title
                    and (not first or p.first == first)]
            if not fits and shown not in reported:
                reported.add(shown)
                family = people[0].family
                yield warn(f"'{shown}': {family_line(cast, family)}; none is {title}. "
                           f"{first + ' ' if first else ''}{surname}")
    for match in _KIN.finditer(text.text):
        kin, name = match.group(1), match.group(2)
        if not unknown or not name[0].isupper() or name in firsts or name in surnames:
            continue
        shown = f"{kin} {name}"
        if shown not in reported:
            reported.add(shown)
            yield warn(f"'{shown}' is not in the cast list", f"add {name} to {CAST_FILE} with "
                       "the family, role and facts, or use a cast name")
    for match in _PAIR.finditer(text.text):
        first, surname = match.group(1), match.group(2)
        if (surname not in surnames or not first[0].isupper() or first in NOT_FIRST
                or first in surnames):
            continue
        if not any(p.first == first for p in cast.with_surname(surname)):
            shown = f"{first} {surname}"
            if shown not in reported:
                reported.add(shown)
                yield warn(f"'{shown}': {family_line(cast, cast.with_surname(surname)[0].family)}"
                           f"; none is called {first}")
    for match in _POSSESSIVE.finditer(text.text):
        people = cast.resolve(match.group(1))
        families = {p.family for p in people}
        if len(families) != 1:
            continue
        family = families.pop()
        members = cast.family(family)
        if match.group(2):
            age = int(match.group(2))
            if not any(p.age == age for p in members):
                shown = f"{match.group(1)}'s {age}-year-old"
                if shown not in reported:
                    reported.add(shown)
                    yield warn(f"'{shown}': {family_line(cast, family)}; nobody is {age}")
        else:
            relation = match.group(3)
            if not any(re.search(rf"\b{re.escape(relation)}", p.role, re.IGNORECASE)
                       for p in members if p not in people):
                shown = f"{match.group(1)}'s {relation}"
                if shown not in reported:
                    reported.add(shown)
                    yield warn(f"'{shown}': {family_line(cast, family)}; no {relation}")
    ages = [(m.group(1) or m.group(3), m.group(2) or m.group(4))
            for m in _AGE_AFTER.finditer(text.text)]
    ages += [(m.group(2), m.group(1)) for m in _AGE_BEFORE.finditer(text.text)]
    for reference, age in ages:
        people = cast.resolve(reference)
        if len(people) != 1 or people[0].age is None:
            continue
        person = people[0]
        if int(age) != person.age:
            shown = f"{reference}, {age}"
            if shown not in reported:
                reported.add(shown)
                yield warn(f"'{reference}' is {age} here, but {CAST_FILE} gives "
                           f"{person.name} age {person.age} (row {person.row})",
                           f"use age {person.age}, or change it in {CAST_FILE} and everywhere "
                           "the person appears")


def check_vignette_tables(course: Course, cast: Cast) -> Iterator[Finding]:
    """Every person in a vignette's who-is-who table is in the cast, with that age."""
    folder = course.root / "data" / "vignettes"
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        rel = path.relative_to(course.root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"\d{1,3}", cells[1]):
                continue
            name = re.sub(r"^(?:Mr|Ms|Mrs|Mx|Dr)\.\s+", "", cells[0])
            words = name.split()
            found = [p for p in cast.people
                     if p.first and p.surname and words[-2:] == [p.first, p.surname]
                     or words == [p.first, p.surname]]
            if not found:
                yield _finding("warning", rel, number,
                               f"'{cells[0]}' is in the who-is-who table but not in "
                               f"{CAST_FILE}",
                               f"add the person to {CAST_FILE} with the age {cells[1]}, the "
                               "role and the fixed facts")
            elif found[0].age != int(cells[1]):
                yield _finding("warning", rel, number,
                               f"'{cells[0]}' is {cells[1]} here, but {CAST_FILE} gives age "
                               f"{found[0].age} (row {found[0].row})",
                               "make the two agree")


def run(course: Course) -> list[Finding]:
    cast, findings = read_cast(course.root)
    if cast is None:
        if not findings:
            findings.append(_finding("note", CAST_FILE, None,
                                     "the course has no cast list, so names were not checked",
                                     f"add {CAST_FILE} (see docs/trainers.md)"))
        return findings
    for text in texts(course):
        findings += check_text(cast, text)
    findings += check_vignette_tables(course, cast)
    return findings
