"""The statement coach: feedback on harm and danger statements, safety goals,
safety plan steps and solution-focused questions.

>>> from soplab.coach import analyse
>>> r = analyse("Grandma Rosa is worried that Dad may drink when he is alone with Mia (3), "
...             "and Mia could get hurt.")
>>> r.kind
'danger'

Every rule is a visible pattern or word list (``data/lexicon/``), so each
result can be explained; nothing is downloaded and results are deterministic.
"""

from .analyse import analyse
from .assessment import CONFIDENT, Assessment, assess
from .lexicon import load_lexicon
from .render import checklist_html
from .result import KINDS, CoachResult, Component, Flag
from .safety import Finding
from .score import written_score

__all__ = [
    "CONFIDENT",
    "KINDS",
    "Assessment",
    "CoachResult",
    "Component",
    "Finding",
    "Flag",
    "analyse",
    "assess",
    "checklist_html",
    "load_lexicon",
    "written_score",
]
