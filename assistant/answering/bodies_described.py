"""Bodies a question describes by the words of their full name while the sources name them by
initials: "the ports and fisheries ministry" for an MFP whose full name the alias table gives
("ministry of fisheries and ports", ``knowledge/aliases.yaml``).

A sentence naming it by initials ("two clerks in all of MFP …") shares none of those words
with the question, so it would rank below sentences that merely hold one of them ("fisheries
quotas", "the Ministry of Finance"). A question whose words make up most of one of a
body's full names, in any order, while it does not name the body itself, describes that body: a
sentence naming it meets those words of the question.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS, Lexicon

_WORD = lazy(r"[a-z]+")


# The words that say what kind of body a name is ("the Ministry of …", "… Administration"): a
# description names the kind and something of the body's remit ("the trade ministry").
_KINDS = frozenset(
    {"ministry", "bureau", "board", "administration", "agency", "institute", "committee", "office"}
)


def initialled(phrase: str, initials: str) -> bool:
    """Whether ``initials`` are the first letters of words of ``phrase``, in order ("mfp" of
    "ministry of fisheries and ports"; "of" and "and" may be skipped)."""
    letters = iter(word[0] for word in _WORD.findall(phrase))
    return all(letter in letters for letter in initials.lower())


@lru_cache(maxsize=4)
def _full_names(lexicon: Lexicon) -> Mapping[str, tuple[tuple[frozenset[str], str], ...]]:
    """Each body the alias table gives by initials and in full, with the stems of each full
    name's words and the stem of the word saying its kind ("motie": ({ministri, trade, industri,
    energi}, "ministri"))."""
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for phrase in lexicon.phrases:
        words = _WORD.findall(phrase)
        kinds = [w for w in words if w in _KINDS]
        canonical = lexicon.terms(phrase)
        if len(canonical) != 1 or len(canonical[0]) < 2 or not kinds:
            continue
        if not initialled(phrase, canonical[0]):
            continue
        stems = frozenset(lexicon.stem(w) for w in words if w not in STOPWORDS)
        out.setdefault(canonical[0], []).append((stems, lexicon.stem(kinds[0])))
    return {term: tuple(names) for term, names in out.items()}


def bodies_described(lexicon: Lexicon, asked: Collection[str]) -> dict[str, frozenset[str]]:
    """The bodies the question's terms ``asked`` describe by the word for their kind and another
    word of one of their full names ("trade" and "ministry" for MOTIE), each with the question's
    words of that name; a body the question names itself is not described."""
    found: dict[str, frozenset[str]] = {}
    for term, names in _full_names(lexicon).items():
        if term in asked:
            continue
        for stems, kind in names:
            met = stems.intersection(asked)
            if kind in met and len(met) > 1 and len(met) > len(found.get(term, ())):
                found[term] = frozenset(met)
    return found
