"""A question about one recommendation of a report's outline is answered by that part, in full.

- The part meant is the one holding each of the three best-ranked sentences that stand in the
  outline's parts: a question about staffing is ranked nearest to the staffing paragraphs
  whatever words it uses, one for every recommendation is ranked near several parts.
- Fewer than three ranked sentences in the parts, or ranked sentences in two parts, mean no
  one part: the outline answers, one line a part.
- The part's account keeps each sentence of it that recommends, not only its paragraphs' leads:
  a part's later paragraphs often end on what should be done.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from assistant.answering.compose import Composer
from assistant.answering.outline import Part, Section
from assistant.answering.sentence_kinds import RECOMMENDATION
from assistant.knowledge.chunks import Unit

_TEXTS = [
    ("heading", "4. What the ministry should do"),
    ("heading", "(1) Keeping the tariff rebate"),
    ("sentence", "The rebate should stay in the statute."),
    ("sentence", "Dropping it would cost the mills orders."),
    ("heading", "(2) Hiring auditors"),
    ("sentence", "The rebate office has four clerks."),
    ("sentence", "Only one of them has audited a mill."),
    ("sentence", "The ministry should hire outside auditors."),
    ("heading", "(3) Publishing a priority list"),
    ("sentence", "Peru publishes its list every spring."),
]


def _units() -> list[Unit]:
    return [
        Unit(f"m#u{n:04d}", "m", n * 100, n * 100 + len(t), kind, t, t, f"m#p{n}", n)
        for n, (kind, t) in enumerate(_TEXTS)
    ]


def _section(units: list[Unit]) -> Section:
    return Section(
        units[0],
        (
            Part(units[1], (units[2], units[3])),
            Part(units[4], (units[5], units[6], units[7])),
            Part(units[8], (units[9],)),
        ),
    )


def _ranked(units: list[Unit], *places: int) -> list[SimpleNamespace]:
    return [SimpleNamespace(unit=units[p], score=1.0) for p in places]


def test_the_part_holding_the_best_ranked_sentences_is_the_one_meant():
    units = _units()
    composer = object.__new__(Composer)
    # Ranked nearest: the clerks, a sentence outside the outline, the auditors, the one auditor.
    outside = Unit("m#u0099", "m", 9900, 9920, "sentence", "Mills export steel.", "", "m#p99", 99)
    ranked = [*_ranked(units, 5), SimpleNamespace(unit=outside, score=1.0), *_ranked(units, 7, 6)]
    meant = composer._part_meant(_section(units), ranked)  # type: ignore[arg-type]
    assert meant is not None and meant.heading.text == "(2) Hiring auditors"


def test_ranked_sentences_spread_over_parts_mean_the_whole_outline():
    units = _units()
    composer = object.__new__(Composer)
    spread = _ranked(units, 2, 5, 6)
    assert composer._part_meant(_section(units), spread) is None  # type: ignore[arg-type]
    too_few = _ranked(units, 5, 6)
    assert composer._part_meant(_section(units), too_few) is None  # type: ignore[arg-type]


def test_the_part_s_account_keeps_every_sentence_that_recommends():
    units = _units()
    composer = object.__new__(Composer)
    composer._read_whole = lambda found: found  # type: ignore[method-assign]
    composer._caption_noted = lambda unit: None  # type: ignore[method-assign]
    # One paragraph: only its first sentence is a lead.
    body = [replace(u, paragraph=40) for u in (units[5], units[6], units[7])]
    told = composer._part_account(body, [], RECOMMENDATION)
    assert [u.text for u in told] == [
        "The rebate office has four clerks.",  # the paragraph's lead
        "The ministry should hire outside auditors.",  # recommends, though no lead
    ]
    assert [u.text for u in composer._part_account(body, [])] == [
        "The rebate office has four clerks."
    ]
