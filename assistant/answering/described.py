"""Companies a question describes by where they are based instead of naming them: "the European
planemaker", "a US defense contractor".

The place's adjective there says which company is meant; it is no country the answer must be
about. A description that fits one company the sources name (``knowledge/origins.yaml``) is put
as that company's name, so the question is read, searched and checked as naming it ("the
European planemaker" is Airbus). One that fits several names none of them: only the adjective is
set aside where the countries a question asks about are read ("the American planemaker" asks
about no country), so the answer is not asked to be about the United States itself; its words
are still searched for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from assistant.regex import lazy

# The nouns for a company, in the singular: "the European planemaker" is one company the asker
# has in mind; "European suppliers" are a class, the place of which is a constraint.
_COMPANY = (
    r"(?:[a-z]*maker|manufacturer|firm|company|corporation|conglomerate|contractor|"
    r"subcontractor|supplier|vendor|seller|producer|exporter|[a-z]*builder|shipyard|giant)"
)
# A determiner, the place's adjective (one word, or two for "South Korean"), up to two words of
# trade between ("defense", "aircraft"; no determiner, which starts another phrase), and the
# company noun, not in the plural.
_DESCRIBED = lazy(
    r"\b(?P<det>the|a|an|this|that)\s+"
    r"(?P<place>(?:south\s+)?[a-z][a-z.]*)\s+"
    r"(?P<trade>(?:(?!(?:the|a|an|this|that)\s)[a-z][\w-]*\s+){0,2}?)"
    rf"(?P<noun>{_COMPANY})(?![\w-])",
    re.I,
)


def as_named(
    question: str, origins: Mapping[str, tuple[str, ...]], terms: Callable[[str], list[str]]
) -> str:
    """``question`` with each company it describes by an origin only one company the sources
    name has put as that company's name ("the European planemaker" is Airbus). ``origins``
    maps each company to its place and adjective; ``terms`` gives a text's search terms, by
    which an adjective is matched to its place ("American" and "US" are both "usa")."""

    def named(match: re.Match[str]) -> str:
        fitting = _fitting(match, origins, terms)
        return fitting[0] if len(fitting) == 1 else match.group()

    return _DESCRIBED.sub(named, question) if _DESCRIBED.search(question) else question


def without_origins(
    text: str, origins: Mapping[str, tuple[str, ...]], terms: Callable[[str], list[str]]
) -> str:
    """``text`` with the place's adjective of each company it describes by origin set aside
    ("the American planemaker" is "the planemaker"): read for the countries a question asks
    about, it is no country the answer must be about, whichever company it describes."""

    def unplaced(match: re.Match[str]) -> str:
        if not _fitting(match, origins, terms):
            return match.group()
        return f"{match['det']} {match['trade']}{match['noun']}"

    return _DESCRIBED.sub(unplaced, text) if _DESCRIBED.search(text) else text


def _fitting(
    match: re.Match[str],
    origins: Mapping[str, tuple[str, ...]],
    terms: Callable[[str], list[str]],
) -> list[str]:
    """The companies whose origin is the place a description's adjective names."""
    place = frozenset(terms(match["place"]))
    if not place:
        return []
    return [
        company
        for company, written in origins.items()
        if place <= frozenset(t for where in written for t in terms(where))
    ]
