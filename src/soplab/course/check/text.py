"""Learner-facing text: jargon, reading level, links and images.

The course must practise what it teaches, so the statement coach's jargon
lexicon is applied to the course's own words. Text that talks *about* a word
puts it in quotes ("words like 'neglect' are labels"): quoted words are
skipped. A notebook's markdown cell can also allow words explicitly with an
HTML comment, which learners do not see::

    <!-- soplab-check: allow neglect, DV -->

Prompts and options of items tagged ``jargon-label`` are jargon on purpose
(the learner is asked to spot it) and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from soplab.coach.lexicon import load_lexicon

from .config import CheckConfig
from .course import Course
from .report import Finding

__all__ = [
    "CHECK", "JARGON_TAG", "Passage", "allowed_words", "blank_quotes", "check_jargon",
    "check_links", "check_reading_level", "flesch_kincaid", "jargon_terms", "learner_lines",
    "passages", "plain_text", "run",
]

CHECK = "text"
JARGON_TAG = "jargon-label"
_QUOTED = re.compile(
    r'"[^"\n]{1,200}"'                 # "straight double"
    r"|\u201c[^\u201d\n]{1,200}\u201d"  # “curly double”
    r"|\u2018[^\u2019\n]{1,200}\u2019"  # ‘curly single’
    r"|(?<![\w])'[^'\n]{1,200}?'(?![\w])"  # 'straight single' (not an apostrophe)
    r"|`[^`\n]{1,200}`"                 # `code`
)
_ALLOW = re.compile(r"<!--\s*soplab-check:\s*allow\s+(.*?)-->", re.IGNORECASE | re.DOTALL)
_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HTML_SRC = re.compile(r"<(img|a)\b[^>]*?\b(src|href)\s*=\s*[\"']([^\"']+)[\"'][^>]*>",
                       re.IGNORECASE)
_HTML_ALT = re.compile(r"\balt\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_WEB = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """A piece of text learners read, and where it lives."""
    file: str
    place: str
    text: str
    allowed: frozenset[str] = frozenset()


def _finding(severity: str, file: str, place: str, message: str, fix: str = "") -> Finding:
    return Finding(severity, CHECK, file, place, message, fix)


def blank_quotes(text: str) -> str:
    """The text with quoted spans replaced by spaces (offsets kept)."""
    text = _ALLOW.sub(lambda m: " " * len(m.group(0)), text)
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def allowed_words(text: str) -> frozenset[str]:
    words: set[str] = set()
    for match in _ALLOW.finditer(text):
        words |= {w.strip().lower() for w in match.group(1).split(",") if w.strip()}
    return frozenset(words)


def learner_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a Markdown file, without sections meant for authors only
    (a heading containing 'for course authors' or 'authors only')."""
    skipping, level = False, 0
    for number, line in enumerate(text.splitlines(), start=1):
        heading = re.match(r"^(#+)\s", line)
        if heading:
            depth = len(heading.group(1))
            lowered = line.lower()
            if "for course authors" in lowered or "authors only" in lowered:
                skipping, level = True, depth
                continue
            if skipping and depth <= level:
                skipping = False
        if not skipping and line.strip():
            yield number, line


def passages(course: Course) -> Iterator[Passage]:
    """Every learner-facing text of the course."""
    for notebook in course.notebooks:
        for number, cell in enumerate(notebook.cells, start=1):
            if cell.cell_type == "markdown":
                yield Passage(notebook.rel, f"cell {number}", cell.source,
                              allowed_words(cell.source))
    bank = course.bank
    if bank is not None:
        for ex in bank.exercises.values():
            row = str(course.exercise_rows.get(ex.id, ""))
            for text in (ex.title, ex.instructions):
                yield Passage("data/exercises.csv", row, text)
        for item in bank.items.values():
            ex = bank.exercises[item.exercise]
            row = str(item.row)
            if item.misconception != JARGON_TAG:
                yield Passage(item.source, row, item.prompt)
                for option in item.choices:
                    yield Passage(item.source, row, option)
            if ex.is_practice:  # graded items' explanations are for instructors only
                yield Passage(item.source, row, item.explanation)
                for feedback in item.choice_feedback:
                    yield Passage(item.source, row, feedback)
    vignettes = course.root / "data" / "vignettes"
    if vignettes.is_dir():
        for path in sorted(vignettes.glob("*.md")):
            if path.name.lower() == "readme.md":
                continue
            rel = path.relative_to(course.root).as_posix()
            for number, line in learner_lines(path.read_text(encoding="utf-8")):
                yield Passage(rel, str(number), line)


def jargon_terms(course: Course):
    """The coach's jargon list for this course."""
    folder = course.root / "data" / "lexicon"
    lexicon = load_lexicon(folder if (folder / "jargon.csv").is_file() else None)
    return lexicon.terms.get("jargon")


def check_jargon(course: Course) -> Iterator[Finding]:
    terms = jargon_terms(course)
    if terms is None:
        yield _finding("note", "data/lexicon/jargon.csv", "",
                       "jargon was not checked: the statement coach (soplab.coach) is not "
                       "installed")
        return
    for passage in passages(course):
        if not passage.text:
            continue
        seen: set[str] = set()
        for entry, match in terms.find(blank_quotes(passage.text)):
            words = match.group(0)
            if words.lower() in passage.allowed or words.lower() in seen:
                continue
            seen.add(words.lower())
            suggestion = f" {entry.suggestion}" if entry.suggestion else ""
            yield _finding(
                "warning", passage.file, passage.place,
                f"uses '{words}' ({entry.category or 'jargon'}), the kind of word the course "
                "teaches workers to avoid",
                f"describe the behaviour instead.{suggestion} If the text is about the word "
                "itself, put it in quotes.")


def plain_text(markdown: str) -> str:
    """Markdown reduced to sentences, for a reading-level score."""
    text = _ALLOW.sub(" ", markdown)
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:#+|[-*+]|\d+\.|>)\s*", "", line)
        if set(line.strip()) <= set("|-: "):
            continue
        line = line.replace("|", ". ").replace("*", "").replace("_", " ").strip()
        if line and line[-1] not in ".!?:;":
            line += "."
        lines.append(line)
    return " ".join(lines)


def flesch_kincaid(text: str) -> float:
    """Flesch-Kincaid grade of ``text``.

    Words and sentences are counted by textstat. Syllables come from textstat's
    own hyphenation dictionary (pyphen), because textstat's default syllable
    counter downloads NLTK's CMU dictionary on first use, which cannot happen
    without internet.
    """
    import pyphen
    import textstat

    words = max(1, textstat.lexicon_count(text))
    sentences = max(1, textstat.sentence_count(text))
    dic = pyphen.Pyphen(lang="en_US")
    syllables = sum(len(dic.positions(w)) + 1 for w in re.findall(r"[a-z]+", text.lower()))
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def check_reading_level(course: Course, config: CheckConfig) -> Iterator[Finding]:
    try:
        import pyphen  # noqa: F401 - installed with textstat
        import textstat  # noqa: F401
    except ImportError:
        yield _finding("note", "source", "", "reading levels were not measured: textstat is "
                       "not installed")
        return
    for notebook in course.notebooks:
        text = " ".join(plain_text(c.source) for c in notebook.cells
                        if c.cell_type == "markdown")
        words = len(text.split())
        if not words:
            continue
        grade = flesch_kincaid(text)
        limit = config.for_assignment(notebook.assignment).max_reading_grade
        if grade > limit:
            yield _finding("warning", notebook.rel, "",
                           f"reading level is grade {grade:.1f} (Flesch-Kincaid, {words} "
                           f"words), above the course's limit of {limit:g}",
                           "use shorter sentences and everyday words")
        else:
            yield _finding("note", notebook.rel, "", f"reading level is grade {grade:.1f} "
                           f"(Flesch-Kincaid, {words} words)")


def _targets(text: str) -> Iterator[tuple[bool, str, str | None]]:
    """(is image, target, alt text or None for links) of every link and image."""
    for match in _MD_LINK.finditer(text):
        image = match.group(1) == "!"
        yield image, match.group(3), match.group(2) if image else None
    for match in _HTML_SRC.finditer(text):
        image = match.group(1).lower() == "img"
        alt = _HTML_ALT.search(match.group(0))
        yield image, match.group(3), (alt.group(1) if alt else "") if image else None


def _documents(course: Course) -> Iterator[tuple[str, Path, str, str, dict]]:
    """(file, folder, place, markdown, attachments) for notebooks and guides."""
    for notebook in course.notebooks:
        for number, cell in enumerate(notebook.cells, start=1):
            if cell.cell_type == "markdown":
                yield (notebook.rel, notebook.path.parent, f"cell {number}", cell.source,
                       cell.get("attachments", {}) or {})
    root = course.root
    files = [root / "README.md", *sorted((root / "docs").glob("*.md")),
             *sorted((root / "data" / "vignettes").glob("*.md"))]
    for path in files:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            yield path.relative_to(root).as_posix(), path.parent, "", text, {}


def check_links(course: Course) -> Iterator[Finding]:
    root = course.root
    web: dict[str, list[str]] = {}
    for file, folder, where, text, attachments in _documents(course):
        text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
        for image, target, alt in _targets(text):
            what = "image" if image else "link"
            if image and not (alt or "").strip():
                yield _finding("warning", file, where, f"image '{target}' has no text "
                               "description", "write what the picture shows in the alt text: "
                               "![what it shows](file.png)")
            if target.startswith("#"):
                continue
            if target.lower().startswith("attachment:"):
                name = unquote(target.split(":", 1)[1])
                if name not in attachments:
                    yield _finding("error", file, where, f"{what} '{target}' is not attached "
                                   "to the cell", "paste the picture into the cell again")
                continue
            if _WEB.match(target):
                web.setdefault(file, []).append(target)
                continue
            path = unquote(target.split("#", 1)[0].split("?", 1)[0])
            if not path:
                continue
            resolved = (folder / path).resolve()
            if not resolved.exists():
                yield _finding("error", file, where,
                               f"{what} '{target}' points to a file that does not exist",
                               "correct the path (it is relative to this file's folder) or "
                               f"add the {'picture' if image else 'file'}")
            elif file.startswith("source/") and not resolved.is_relative_to(folder):
                yield _finding("warning", file, where,
                               f"{what} '{target}' leaves the assignment folder; learners "
                               "receive only the assignment folder, so it will not work for "
                               "them", "copy the file into the assignment folder and link "
                               "to the copy")
            elif not resolved.is_relative_to(root):
                yield _finding("error", file, where, f"{what} '{target}' points outside "
                               "the course", "link to a file inside the course")
    for file, urls in web.items():
        listed = ", ".join(dict.fromkeys(urls))
        yield _finding("note", file, "", f"links to the web (listed, not fetched): {listed}")


def run(course: Course, config: CheckConfig) -> list[Finding]:
    return [*check_jargon(course), *check_reading_level(course, config), *check_links(course)]
