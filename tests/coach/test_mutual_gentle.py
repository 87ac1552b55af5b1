"""A goal that promises his gentle conduct toward her and tells the trouble as a tension or
a conflict "between them" (harmful_mutual._gentle_to_her, rule dv-mutual): his violence
made a shared state of the two. Not: his gentle conduct alone, or a tension between a child
and someone. Sentences are the project's own (other families than the course's)."""

from __future__ import annotations

import pytest

from soplab.coach import assess

FIRES = [
    ("goal", "For six months Luis will be respectful with Ana and go to his cousin's when he "
             "needs a break, so that the friction between the two of them stops reaching "
             "Mateo; his cousin will see it."),
    ("goal", "Tom will talk calmly to Sarah for a year so the tension in the home no longer "
             "frightens Ella, and his brother will see it weekly."),
]
PASSES = [
    ("goal", "For six months Luis will be respectful with Ana and go to his cousin's when he "
             "needs a break, so that Mateo can sleep through the night; his cousin will see it."),
    ("goal", "Tom will talk calmly to Sarah for a year, and the tension between Ella (7) and "
             "her brother will ease as his brother sees each week."),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_a_tension_between_them_beside_his_gentleness_is_mutual(kind: str, text: str) -> None:
    result = assess(text, kind)
    assert "dv-mutual" in {f.rule for f in result.findings}
    assert result.score <= 0.25


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_his_gentleness_alone_is_not(kind: str, text: str) -> None:
    assert "dv-mutual" not in {f.rule for f in assess(text, kind).findings}
