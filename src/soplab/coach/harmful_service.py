"""A service told by its form, not by its name (rule ``services-as-plan``, declared in
:mod:`soplab.coach.safety_rules`; read by :func:`soplab.coach.misframed.services_only`).

``data/lexicon/services.csv`` names the services a learner often writes ("parenting
class", "anger management"), but a writer can name any other: "attend the community
healing circle", "go on a bereavement support programme", "cooperate with a homemaker
service and a public health nurse visit", "work with a family resource centre worker",
"demonstrate progress in a treatment plan". What they share is their form: a verb of
joining or taking part (cue group ``service_join`` of ``data/lexicon/cues.csv``) and, at
most four words on, a noun that makes the phrase a service (``service_head``). A second
service joined by "and" or "or" belongs to the same phrase.

Not a service: a visit with no helper before it ("go on a visit to Grandma"), a verb of
joining with no service noun after it ("go to the park with Leo", "work with Kai on his
reading"), a service noun reached across "and", "to", "with" ("attend to Tommy and the
worker").
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .goalstates import services_in
from .lexicon import alternation
from .reading import Reading

__all__ = ["bind_services", "service_forms", "services_kept", "services_told"]

#: Up to four words between the verb and the service noun, none of them a joint or a
#: preposition that starts another phrase ("attend to Tommy and the worker").
_BETWEEN = r"(?:(?!(?:and|or|but|to|with|for|at|in|on|of|from|so|then)\b)[\w'\u2019-]+\s+){0,4}?"
_DET = r"(?:(?:an?|the|his|her|their|its|some|one|this|that)\s+)?"


@lru_cache(maxsize=8)
def _form(join: tuple[str, ...], head: tuple[str, ...]) -> re.Pattern[str]:
    noun = _DET + _BETWEEN + alternation(head)
    return re.compile(alternation(join) + r"\s+" + noun
                      + r"(?:\s*(?:,|and|or|&|as\s+well\s+as)\s+" + noun + r")*", re.I)


def service_forms(r: Reading, text: str) -> list[re.Match[str]]:
    """The services ``text`` tells by their form ("attend the community healing circle")."""
    cues = r.p.lexicon.cues
    join, head = tuple(cues.get("service_join", ())), tuple(cues.get("service_head", ()))
    if not join or not head:
        return []
    return list(_form(join, head).finditer(text))


def services_told(r: Reading, text: str) -> list[re.Match[str]]:
    """Every service in ``text``: named (``services.csv``) or told by its form."""
    return [m for _, m in r.p.lexicon.terms["services"].find(text)] + service_forms(r, text)


def services_kept(r: Reading, text: str) -> list[re.Match[str]]:
    """The services of ``text`` less the things only put away (``goalstates.services_in``:
    "meds out of reach"), and those told by their form."""
    return sorted(services_in(r, text) + service_forms(r, text), key=lambda m: m.start())


def bind_services(r: Reading, words: str) -> str:
    """``words`` with the joints inside a service told by its form made "&", so that
    "cooperate with a homemaker service and a public health nurse visit" stays one
    service when a promise is cut into its pieces at "and" and commas."""
    for m in reversed(service_forms(r, words)):
        inner = re.sub(r"\s*,\s*(?:and\s+)?|\s+and\s+", " & ", m.group(0))
        words = words[:m.start()] + inner + words[m.end():]
    return words
