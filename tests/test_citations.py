"""One answer, one number per quote, in the order the answer first uses each."""

from __future__ import annotations

from assistant.answering.citations import CitationList
from assistant.answers import Citation
from assistant.knowledge.rows import load_data
from assistant.settings import Settings


def _citation(row, marker, quote):
    return Citation(marker=marker, source_id=row.source, title="t", quote=quote, start=0,
                    end=len(quote))  # fmt: skip


def test_a_quote_cited_twice_keeps_its_first_number():
    data = load_data(Settings().data_dir)
    first, second = data.policy[0], data.policy[1]
    cited = CitationList(_citation)
    assert cited.rows([first]) == "".join(f"[{i}]" for i in range(1, len(first.quotes) + 1))
    again = cited.rows([second, first])
    assert again.endswith("[1]" if len(first.quotes) == 1 else f"[{len(first.quotes)}]")
    assert [c.marker for c in cited.items] == list(range(1, len(cited.items) + 1))
    assert len({(c.source_id, c.quote) for c in cited.items}) == len(cited.items)


def test_citations_already_in_an_answer_keep_their_numbers():
    data = load_data(Settings().data_dir)
    row = data.policy[0]
    existing = [_citation(row, 1, row.quote)]
    cited = CitationList(_citation, existing)
    assert cited.row(row) == 1 and len(cited.items) == 1
