"""A synthesis that names one numbered part of a report by its heading is answered by that part.

- A part is named when the question holds at least two of its heading's telling terms (not
  numbers, not words nearly every unit holds), at least half of them, and the rarest.
- The answer is the part's account: each paragraph's first sentence, the sentence after it that
  leans on it, the part's best-ranked sentences and its first example, in the report's order; a
  figure's note is no step of it.
- In a list of recommendations, a part's point is the sentence restating its heading when one
  comes before the first sentence that recommends.
"""

from __future__ import annotations

from types import SimpleNamespace

from assistant.answering.compose import Composer
from assistant.answering.outline import Part, numbered_parts, point_of
from assistant.answering.sentence_kinds import RECOMMENDATION
from assistant.knowledge.chunks import Unit

_COMMON = {"levy", "the", "a", "of", "to", "and", "in", "is", "it"}

_REPORT = [
    ("heading", "(1) Keeping the levy", 0),
    ("sentence", "It is wise to go on keeping the existing levy.", 1),
    ("sentence", "The statute should say so plainly.", 1),
    ("heading", "(2) Pooling import credits", 2),
    ("sentence", "Credits are now earned contract by contract.", 3),
    ("sentence", "Such credits expire within a year.", 3),
    ("sentence", "Importers rarely use them.", 3),
    ("sentence", "Chile, for example, pools credits for a decade.", 3),
    ("sentence", "The office should pool credits across contracts.", 4),
    ("sentence", "It could start with the ports.", 4),
    ("sentence", "Note: The values are of offers accepted.", 5),
    ("heading", "(3) Staffing the office", 6),
    ("sentence", "The office needs twelve auditors.", 7),
]


def _words(text: str) -> list[str]:
    return [w.strip(".,:()").lower() for w in text.split() if w.strip(".,:()")]


def _units() -> dict[str, Unit]:
    units = {}
    for number, (kind, text, paragraph) in enumerate(_REPORT):
        unit_id = f"r#u{number:04d}"
        units[unit_id] = Unit(
            unit_id, "r", number * 100, number * 100 + len(text), kind, text, text,
            f"r#p{paragraph}", paragraph,
        )  # fmt: skip
    return units


def _composer() -> Composer:
    units = _units()
    composer = object.__new__(Composer)
    composer.index = SimpleNamespace(  # type: ignore[attr-defined]
        units=units,
        unit_terms={i: _words(u.text) for i, u in units.items()},
        lexicon=SimpleNamespace(terms=_words),
        idf=lambda term: 0.5 if term in _COMMON else 6.0 if term == "pooling" else 4.0,
    )
    composer._read_whole = lambda found: found  # type: ignore[method-assign]
    composer._caption_noted = (  # type: ignore[method-assign]
        lambda unit: "Credits" if unit.text.startswith("Note:") else None
    )
    return composer


def _ranked(composer: Composer, *texts: str) -> list[SimpleNamespace]:
    by_text = {u.text: u for u in composer.index.units.values()}
    return [SimpleNamespace(unit=by_text[t], score=1.0) for t in texts]


def test_a_part_named_by_its_heading_is_told_step_by_step():
    composer = _composer()
    ranked = _ranked(composer, "The statute should say so plainly.", "Importers rarely use them.")
    told = composer._part_told("Lay out the plan for pooling credits", ranked)  # type: ignore[arg-type]
    assert [u.text for u in told] == [
        "Credits are now earned contract by contract.",
        "Such credits expire within a year.",  # leans on the lead
        "Importers rarely use them.",  # ranked
        "Chile, for example, pools credits for a decade.",  # the part's example
        "The office should pool credits across contracts.",
        "It could start with the ports.",  # leans on the lead
    ]  # the figure's note is left out


def test_one_shared_word_or_only_common_words_name_no_part():
    composer = _composer()
    ranked = _ranked(composer, "Importers rarely use them.")
    assert composer._part_told("What do importers gain from credits?", ranked) == []  # type: ignore[arg-type]
    assert composer._part_told("Why keep the levy at all?", ranked) == []  # type: ignore[arg-type]
    # Two of three, but not the word that tells the part from the others.
    assert composer._part_told("Which import credits are counted?", ranked) == []  # type: ignore[arg-type]


def test_headings_without_sentences_under_them_are_no_parts():
    units = list(_units().values())
    empty = Unit("r#u0099", "r", 9900, 9910, "heading", "(4) Outlook", "(4) Outlook", "r#p9", 9)
    assert [h.text for h, _ in numbered_parts([*units, empty])] == [
        "(1) Keeping the levy",
        "(2) Pooling import credits",
        "(3) Staffing the office",
    ]


def test_the_sentence_restating_a_part_s_heading_is_its_point():
    units = list(_units().values())
    part = Part(units[0], (units[1], units[2]))

    def terms(unit: Unit) -> set[str]:
        return set(_words(unit.text)) - {"the", "a", "to", "is", "it", "(1)"}

    plain = point_of(part, RECOMMENDATION)
    echoed = point_of(part, RECOMMENDATION, terms)
    assert plain is not None and plain.text == "The statute should say so plainly."
    assert echoed is not None and echoed.text == "It is wise to go on keeping the existing levy."
