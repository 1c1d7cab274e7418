"""A misspelt question is answered as the question spelt right is; a name no source writes is
still declined. Wordings invented for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MISSPELT = [
    # A name split in two, and two names run together.
    ("What did Lock Heed Martin promise in satellites?", "Lockheed Martin"),
    ("What did LockheedMartin promise in satellites?", "Lockheed Martin"),
    # Korean names in another romanisation.
    ("Which bill did Assemblyman Sol Hun sponsor?", "Sul Hoon"),
    ("Who did Acting President Han Deok-su meet?", "Han Duck-soo"),
    # A word of a long name far off, its other words right.
    ("How many offset contracts did the Burow of Industry and Security count for 2022?", "Bureau"),
    # A consonant doubled; a misspelt word of an alias phrase.
    ("Did the tarrif talks touch on offsets?", "tariff"),
    ("Since what year have the reciprocal defence procuremint talks been going on?", "procurement"),
]


@pytest.mark.parametrize(("misspelt", "meant"), MISSPELT)
def test_a_misspelt_question_gets_the_answer_of_the_question_spelt_right(
    assistant, misspelt, meant
):
    right = assistant.ask(
        misspelt.replace("Lock Heed Martin", meant)
        .replace("LockheedMartin", meant)
        .replace("Sol Hun", meant)
        .replace("Han Deok-su", meant)
        .replace("Burow", meant)
        .replace("tarrif", meant)
        .replace("procuremint", meant)
    )
    answer = assistant.ask(misspelt)
    assert answer.question == misspelt  # shown as asked
    assert not right.abstained and answer.answer == right.answer


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What did Assemblyman Sul Hyun propose?", "Hyun"),  # not Sul Hoon
        ("What did Lockheed Marvel promise in satellites?", "Marvel"),
        ("What offsets does New Zealand ask for?", "Zealand"),
        ("What did Park Ji-hoon say about offsets?", "Ji-hoon"),
    ],
)
def test_a_name_no_source_writes_is_declined_not_corrected_into_another(
    assistant, question, unknown
):
    answer = assistant.ask(question)
    assert answer.abstained and unknown in answer.answer
