"""A later sentence of a news paragraph is about what the paragraph names first.

"Rail maker Vexa won the Nordland contract for 12 trains. Under it, Vexa pledged local parts
worth $90 million. Of 40 suppliers proposed, it took on 9." The last sentence is about the
Nordland trains though it names neither: a question asking how many suppliers Vexa took on for
the Nordland trains is answered by it, when the best-ranked sentence (the pledge, which holds
"Nordland" only through the sentence before it) states no count.

- The words the best sentence holds only through the sentence it leans on are lent to the later
  sentences of its own paragraph.
- Words the best sentence writes itself are not lent: the later sentence must say those itself.
- Nothing is lent to a sentence of another paragraph, or to one before the best.
"""

from __future__ import annotations

from paragraphed import units_in_paragraphs

from assistant.answering.paragraph_topic import paragraph_topic

_UNITS = units_in_paragraphs(
    [
        [
            "Rail maker Vexa won the Nordland contract for 12 trains.",
            "Under it, Vexa pledged local parts worth $90 million.",
            "Of 40 suppliers proposed, it took on 9.",
        ],
        ["Freight volumes rose by 4% in 2021."],
    ]
)
_WON, _PLEDGE, _TOOK_ON, _FREIGHT = (_UNITS[f"s#u{i:04d}"] for i in range(4))
# The pledge writes "vexa" and "parts"; "nordland" and "trains" it holds through the sentence
# before it.
_WRITTEN = frozenset({"vexa", "parts"})
_LEANT_ON = frozenset({"nordland", "trains"})


def test_a_later_sentence_of_the_paragraph_holds_what_the_best_leans_on():
    assert paragraph_topic(_PLEDGE, _WRITTEN, _LEANT_ON, _TOOK_ON) == {"nordland", "trains"}


def test_the_best_sentence_s_own_words_are_not_lent():
    lent = paragraph_topic(_PLEDGE, _WRITTEN, _LEANT_ON | {"vexa"}, _TOOK_ON)
    assert "vexa" not in lent


def test_nothing_is_lent_to_another_paragraph_or_an_earlier_sentence():
    assert paragraph_topic(_PLEDGE, _WRITTEN, _LEANT_ON, _FREIGHT) == frozenset()
    assert paragraph_topic(_PLEDGE, _WRITTEN, _LEANT_ON, _WON) == frozenset()
