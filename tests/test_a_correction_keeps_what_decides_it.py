"""A claim found not as stated is answered by the statements that give the sources' own figure
of the kinds the claim states; statements that state no such figure correct nothing and are
dropped with the citations only they used. A confirmation, an answer none of whose statements
states such a figure, and a note without a citation are left as they are."""

from __future__ import annotations

from assistant.answering.verdict_focus import only_deciding
from assistant.answers import Answer, Citation
from assistant.wording import say

_CLAIM = "A friend says the ferry levy is 12 percent. Correct?"


def _cited(marker: int, quote: str) -> Citation:
    return Citation(marker=marker, source_id="s", title="t", quote=quote, start=0, end=len(quote))


def _answer(lead: str, *quotes: str, note: str = "") -> Answer:
    body = " ".join(f"{q} [{i}]." for i, q in enumerate(quotes, 1))
    text = f"{lead} {body}" + (f"\n\n{note}" if note else "")
    return Answer(
        question=_CLAIM,
        answer=text,
        citations=[_cited(i, q) for i, q in enumerate(quotes, 1)],
    )


def test_a_correction_drops_statements_stating_no_figure_of_the_claim_s_kind():
    # The year the levy began and a remark on the ferry line state no rate: they correct
    # nothing of "12 percent" and go, with their citations.
    answer = _answer(
        say("verdict_no"),
        "The levy began in 1998",
        "The ferry levy stands at 9 percent",
        "Ferry operators have long complained",
    )
    trimmed = only_deciding(_CLAIM, answer)
    assert trimmed.answer == f"{say('verdict_no')} The ferry levy stands at 9 percent [1]."
    assert [(c.marker, c.quote) for c in trimmed.citations] == [
        (1, "The ferry levy stands at 9 percent")
    ]


def test_a_note_without_a_citation_stays_beside_the_correction():
    answer = _answer(
        say("verdict_no"),
        "The ferry levy stands at 9 percent",
        "Ferry operators have long complained",
        note="The sources do not answer this part of the question: who set it.",
    )
    trimmed = only_deciding(_CLAIM, answer)
    assert trimmed.answer.endswith(
        "\n\nThe sources do not answer this part of the question: who set it."
    )
    assert "complained" not in trimmed.answer


def test_a_confirmation_is_left_whole():
    answer = _answer(
        say("verdict_yes"), "The ferry levy stands at 12 percent", "The levy began in 1998"
    )
    assert only_deciding(_CLAIM, answer) == answer


def test_a_correction_with_no_statement_of_the_claim_s_kind_is_left_whole():
    # Nothing states a rate: no statement can be told from another by the claim's figure.
    answer = _answer(
        say("verdict_no"), "The levy began in 1998", "Ferry operators have long complained"
    )
    assert only_deciding(_CLAIM, answer) == answer
