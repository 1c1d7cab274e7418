"""A data row on what the home country's own body did is about the home country.

"The agency adopts the scheme" names no country, yet a question that asks when the home country
adopted it asks about that row: the labels file says which bodies stand for the home country (its
procurement agency, its defence ministry). Such a row carries the home country's search term, so
the question's country counts toward the row's coverage as it would toward a sentence that names
the country; a row about another country, or a body of no country, does not.
"""

from __future__ import annotations

import numpy as np

from assistant.answering.row_answers import FactBook
from assistant.knowledge.domain import domain
from assistant.knowledge.rows import country_written, load_data
from assistant.search.terms import Lexicon
from assistant.settings import Settings


def _encode(texts: list[str]) -> np.ndarray:
    return np.ones((len(texts), 3), dtype=np.float32)


def test_a_body_of_the_home_country_writes_the_home_country():
    home = domain().home_country
    assert country_written(home, "The Ministry adopts a scheme run by DAPA")
    assert country_written(home, "Korean firms")
    assert not country_written(home, "Norway's agency raises its share")


def test_rows_on_the_home_body_carry_the_home_country_term(tmp_path):
    lexicon = Lexicon(Settings().knowledge_dir / "aliases.yaml")
    book = FactBook(load_data(Settings().data_dir), lexicon, "stand-in", _encode, tmp_path)
    (home,) = lexicon.terms(domain().home_country)
    by_body = [
        f
        for f in book.facts
        if "DAPA" in f.statement and not country_written("Norway", f.statement)
    ]
    assert by_body and all(home in f.terms for f in by_body)
    others = [
        f
        for f in book.facts
        if f.statement.startswith("Norway")
        and home not in lexicon.terms(f"{f.row.quote} {f.row.context}")
    ]
    assert others and all(home not in f.terms for f in others)
