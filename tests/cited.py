"""What an answer cites, for tests that check an answer stands on the right sentences."""

from __future__ import annotations


def cited_text(answer) -> str:
    """The quotes an answer cites, joined: what the answer stands on, apart from its wording."""
    return " ".join(c.quote for c in answer.citations)
