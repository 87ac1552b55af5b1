"""The lesson asks workers to record a parent's disagreement ("Minh says it was one bad
night"): the words of the person using violence are his own, not a source to protect.
Only what the survivor or a child said in private is."""

from soplab.coach import assess

DANGER = ("The worker and the police officers are worried that when Minh shouts at Thanh "
          "about money, he may push or hit her again, as he did on Sunday night. Vy, 12, "
          "could be badly hurt if she steps in to stop him, and Bao, 6, could keep hiding.")


def _rules(text: str) -> set[str]:
    return {f.rule for f in assess(text, "danger").findings}


def test_his_own_account_is_not_an_exposed_source() -> None:
    result = assess(DANGER + " Minh says it was one bad night and will not happen again.",
                    "danger")
    assert "dv-source-exposed" not in {f.rule for f in result.findings}
    assert result.score >= 0.9


def test_what_a_child_said_is_still_an_exposed_source() -> None:
    assert "dv-source-exposed" in _rules(DANGER + " Vy told the worker that he pushes her mum "
                                                  "most weekends.")
