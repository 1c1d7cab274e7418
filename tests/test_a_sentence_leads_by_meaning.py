"""A one-fact question asked in the asker's own words may share almost no word with the sentence
that answers it. A sentence near the top of the ranking answers it by meaning only when several
signals agree: it is the closest in meaning of those near the top and close enough on its own,
it states a figure or date of the kind asked, it names whatever the question names, and it
writes at least one of the question's other words. A body or a person asked is never led so.

Every question is invented: no evaluation case is reworded here."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answering.meaning_led import MEANING_FLOOR, meaning_led


@dataclass(frozen=True)
class _Sentence:
    text: str
    dense: float
    hits: frozenset[str] = frozenset()
    context_hits: frozenset[str] = frozenset()


def _states_years(sentence: _Sentence) -> bool:
    return "years" in sentence.text


# "How long may suppliers take to settle pooled credits, per the ministry?"
_BEST = _Sentence("Suppliers propose credits from the bottom up.", 0.33, frozenset({"credit"}))
_MEANT = _Sentence(
    "Pooled obligations may be discharged within 8 years.", 0.47, frozenset({"pool"})
)
_NAMES = frozenset({"norway"})


def test_the_closest_sentence_stating_the_figure_asked_leads():
    led = meaning_led("quantity", [_BEST, _MEANT], frozenset(), _states_years)
    assert led is _MEANT


def test_a_sentence_below_the_floor_of_meaning_does_not():
    far = _Sentence(_MEANT.text, MEANING_FLOOR - 0.01, _MEANT.hits)
    assert meaning_led("quantity", [_BEST, far], frozenset(), _states_years) is None


def test_a_sentence_stating_no_figure_of_the_kind_asked_does_not():
    plain = _Sentence("Pooled obligations may be discharged later.", 0.47, frozenset({"pool"}))
    assert meaning_led("quantity", [_BEST, plain], frozenset(), _states_years) is None


def test_a_sentence_that_leaves_out_a_name_the_question_gives_does_not():
    # "How long may Norway's suppliers take …": a sentence that never names Norway is of another.
    assert meaning_led("quantity", [_BEST, _MEANT], _NAMES, _states_years) is None


def test_a_name_written_in_the_sentence_before_counts():
    leaning = _Sentence(_MEANT.text, 0.47, _MEANT.hits, frozenset({"norway"}))
    assert meaning_led("quantity", [_BEST, leaning], _NAMES, _states_years) is leaning


def test_a_sentence_sharing_no_word_besides_the_names_does_not():
    bare = _Sentence(_MEANT.text, 0.47, frozenset({"norway"}))
    assert meaning_led("quantity", [_BEST, bare], _NAMES, _states_years) is None


def test_a_body_or_a_person_asked_is_never_led_by_meaning():
    assert meaning_led("body", [_BEST, _MEANT], frozenset(), lambda _: True) is None
    assert meaning_led("person", [_BEST, _MEANT], frozenset(), lambda _: True) is None


def test_two_sentences_equally_close_leave_the_ranking_alone():
    twin = _Sentence("Pooled obligations last 8 years.", 0.47, frozenset({"pool"}))
    assert meaning_led("quantity", [_BEST, _MEANT, twin], frozenset(), _states_years) is None
