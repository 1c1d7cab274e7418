"""The topic a paragraph lends its later sentences.

A news paragraph names its subject once and goes on about it: "Rail maker Vexa won the Nordland
contract for 12 trains. The deal binds it to buy parts locally. Of the 40 suppliers proposed, it
took on 9." The second sentence holds "Nordland" and "trains" only through the first, and the
third, just as much about that contract, names none of it. A lower sentence of the best one's own
paragraph, coming after it, is read with the words the best has only from the sentence it leans
on: they are the paragraph's topic, which the later sentence keeps without writing it. Words the
best writes itself are not lent: a later sentence must still say what the best says of the
question in its own right."""

from __future__ import annotations

from assistant.knowledge.chunks import Unit


def paragraph_topic(
    best: Unit, written: frozenset[str], leant_on: frozenset[str], later: Unit
) -> frozenset[str]:
    """The question's words ``later`` holds through the paragraph it shares with ``best`` (whose
    own words are ``written``, those of the sentence it leans on ``leant_on``): none unless it
    comes after ``best`` in the same paragraph of the same source."""
    if later.source_id != best.source_id or later.paragraph != best.paragraph:
        return frozenset()
    if later.start <= best.start:
        return frozenset()
    return leant_on - written
