"""analyse() stays quick enough for live feedback."""

from __future__ import annotations

import statistics
import time

from soplab.coach import analyse

TEXTS = [
    "Grandma Rosa and the school are worried that when Dad drinks in the evening he may fall "
    "asleep while Leo (1) is in the bath, and Leo could drown.",
    "On March 3, Dad hit Kai (6) with a belt and Kai had bruises on his legs.",
    "Jon will speak calmly to Maria and walk away when his voice rises for six months, and the "
    "safety network will see this so that Ana and Ben feel safe at home.",
    "Every evening Aunt Lila will check in with Mom at 7 pm. If Mom has been drinking, Aunt "
    "Lila will pick up the kids.",
    "What would your sister say she has seen you do that helps?",
]


def test_median_time_under_50_ms() -> None:
    analyse("warm up")
    times = []
    for _ in range(3):
        for text in TEXTS:
            start = time.perf_counter()
            analyse(text)
            times.append((time.perf_counter() - start) * 1000)
    assert statistics.median(times) <= 50


def test_word_prefilters_never_change_a_result() -> None:
    """A pattern skipped because its words are missing would not have matched anyway."""
    from soplab.coach.patterns import LazyPattern, patterns_for

    p = patterns_for()
    texts = TEXTS + ["Nan visits every Sunday.", "For Ana to feel safe, Dad needs to see Nan.",
                     "Children's services is still worried that Mum may sleep in.",
                     # each word prefilter with a text its pattern matches
                     "Dad stays sober on weekends, as Aunty Mere sees when she drops by.",
                     "Leo and Ana are back at school and Ana is safe on the bus.",
                     "Mia (4) is never alone with him; Kai has a calm adult there.",
                     "The twins never have to hide in their room, and Jo won't need to wait.",
                     "Grandpa Tom picks up Leo at 3 pm and Mum then cooks dinner for the kids.",
                     "As the nurse observes, the baby's nappies are changed.",
                     "Nan keeping an eye on the boys, and the neighbour checks at night.",
                     "Her 3-year-old daughter Mia and 5 month old Leo; Jason Lee's son Kai.",
                     "Mia and Leo (3 and 5) live with their grandchildren Tui and Ana."]
    for name in p.__dataclass_fields__:
        value = getattr(p, name)
        for rx in value if isinstance(value, tuple) else (value,):
            if isinstance(rx, LazyPattern) and rx.needs is not None:
                for text in texts:
                    assert [m.span() for m in rx.finditer(text)] == \
                        [m.span() for m in rx.rx.finditer(text)], (name, text)


def test_a_long_text_is_read_up_to_the_cap_and_says_so() -> None:
    """20,000 characters (the answer box's limit) complete, and the learner is told where
    the coach stopped reading (no timing here: benchmarks/coach_scaling.py times it)."""
    from soplab.coach import assess
    from soplab.coach.analyse import READ_LIMIT
    from soplab.coach.render import render_text

    text = ("will not " * 2300)[:20_000]
    result = analyse(text, expected_kind="goal")
    assert result.truncated and result.read_chars <= READ_LIMIT < len(text)
    assert f"first {result.read_chars:,} characters" in render_text(result)
    a = assess(text, "goal")
    assert any("characters were read" in reason for reason in a.reasons)
    short = analyse("Dad will read to Leo at bedtime every night.", expected_kind="plan")
    assert not short.truncated


def test_importing_the_coach_compiles_almost_no_pattern() -> None:
    """The readers' patterns wait for first use (``from . import lazyre as re``): the
    import of ``soplab.coach`` is most of ``soplab coach TEXT``'s cold start, and a text
    needs only some of them (a new reader module should import ``re`` that way too)."""
    import subprocess
    import sys

    probe = ("import re\ncompiled = []\nreal = re._compile\n"
             "def counting(pattern, flags):\n"
             "    if isinstance(pattern, str) and (str, pattern, flags) not in re._cache:\n"
             "        compiled.append(pattern)\n"
             "    return real(pattern, flags)\n"
             "re._compile = counting\nimport soplab.coach\nprint(len(compiled))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert int(done.stdout) <= 25, f"importing soplab.coach compiled {done.stdout} patterns"


def test_a_waiting_pattern_answers_as_a_compiled_one() -> None:
    import re

    from soplab.coach import lazyre

    text = "Nan and Mum, then Dad; Nan again"
    waiting = lazyre.compile(r"(?P<who>Nan|Mum|Dad)\b", re.I)
    plain = re.compile(r"(?P<who>Nan|Mum|Dad)\b", re.I)
    assert isinstance(waiting, lazyre.Waiting) and waiting._rx is None
    assert lazyre.compile(plain) is plain and lazyre.compile(waiting) is waiting
    assert waiting.search(text).span() == plain.search(text).span()
    assert waiting.match(text, 9) is None and waiting.fullmatch("dad").group("who") == "dad"
    assert [m.span() for m in waiting.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert waiting.findall(text) == plain.findall(text)
    assert waiting.sub("X", text, count=2) == plain.sub("X", text, count=2)
    assert waiting.subn("X", text) == plain.subn("X", text)
    assert waiting.split(text, maxsplit=1) == plain.split(text, maxsplit=1)
    assert waiting.groupindex == plain.groupindex and waiting.flags == plain.flags
    assert lazyre.sub(waiting, "X", text) == re.sub(plain, "X", text)
    assert lazyre.split(waiting, text) == re.split(plain, text)
    assert lazyre.findall(waiting, text) == lazyre.findall(plain, text)
    assert lazyre.search(r"then", text).start() == text.index("then")


def test_a_pattern_read_without_a_part_matches_as_the_whole() -> None:
    """``LazyPattern.without``: a text lacking the words reads with the shorter pattern
    (the goal acts' "the aunt of Lily" part), and finds the same as the whole one."""
    from soplab.coach.goalacts import _grammar
    from soplab.coach.patterns import LazyPattern, patterns_for

    rx = LazyPattern(r"(?P<who>Nan|Mum)(?:\s+of\s+(?:Leo|Kai))?\s+(?P<v>\w+)")
    rx.without(r"(?:\s+of\s+(?:Leo|Kai))?", r"(?i:\sof\s)")
    assert rx.search("Nan walks Leo").group(0) == "Nan walks"
    assert rx._rx is None  # the whole pattern is compiled only for a text with " of "
    assert rx.search("Mum of Leo walks").group(0) == "Mum of Leo walks"
    texts = TEXTS + ["The aunt of Lily will walk her to school, and Nan of the village checks.",
                     "Dad will walk Leo to school; Leo is met at the gate by Grandma Rosa.",
                     "For Mum to feel safe, we want to see Dad speaking calmly to Aunty.",
                     "the mom and dad of the twins will take turns\nof course Nan helps"]
    texts += ["Grandma Rosa is worried that Dad may drink when he is alone with Mia (3).",
              "Nan is worried that Dad or Mum may shout & Leo could hide.",
              "Aunty Mere worries Dad will drive drunk with Kai (4) in the car"]
    g = _grammar(patterns_for())
    for name in ("act", "for_to", "passive", "passive_be"):
        whole = getattr(g, name)
        for text in texts:
            assert [m.span("subj") for m in whole.finditer(text)] == \
                [m.span("subj") for m in whole.rx.finditer(text)], (name, text)
    # every person pattern: a text with no list of people reads without the list's part
    from soplab.coach import goalstates

    p = patterns_for()
    for name, value in [*vars(p).items(), *vars(goalstates._grammar(p)).items()]:
        for rx in value if isinstance(value, tuple) else (value,):
            if isinstance(rx, LazyPattern):
                for text in texts:
                    assert [m.span() for m in rx.finditer(text)] == \
                        [m.span() for m in rx.rx.finditer(text)], (name, text)
