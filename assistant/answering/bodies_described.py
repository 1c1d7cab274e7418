"""Bodies a question describes by the words of their full name while the sources name them by
initials: "the ports and fisheries ministry" for an MFP whose full name the alias table gives
("ministry of fisheries and ports", ``knowledge/aliases.yaml``).

A sentence naming it by initials ("two clerks in all of MFP …") shares none of those words
with the question, so it would rank below sentences that merely hold one of them ("fisheries
quotas", "the Ministry of Finance"). A question that names the kind of body (by the
word of its name or another of that word's family: "the procurement office" for a "procurement
agency") and a word of its remit from one of its names, while it does not name the body itself,
describes that body: a sentence naming it meets those words of the question.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS, Lexicon

_WORD = lazy(r"[a-z]+")


# The words that say what kind of body a name is ("the Ministry of …", "… Administration"): a
# description names the kind and something of the body's remit ("the trade ministry"). Each
# kind is called by the others of its family in everyday speech: an administration or a bureau
# is "the agency" or "the office", a ministry "the department".
_FAMILIES = (
    frozenset({"administration", "agency", "office", "bureau", "authority"}),
    frozenset({"ministry", "department"}),
    frozenset({"institute"}),
    frozenset({"board"}),
    frozenset({"committee", "commission", "council"}),
)
_KINDS = frozenset().union(*_FAMILIES)


def _family(kind: str) -> frozenset[str]:
    """The words by which a body of ``kind`` is called: its own and its family's."""
    return next((f for f in _FAMILIES if kind in f), frozenset({kind}))


def initialled(phrase: str, initials: str) -> bool:
    """Whether ``initials`` are the first letters of words of ``phrase``, in order ("mfp" of
    "ministry of fisheries and ports"; "of" and "and" may be skipped)."""
    letters = iter(word[0] for word in _WORD.findall(phrase))
    return all(letter in letters for letter in initials.lower())


@lru_cache(maxsize=4)
def _full_names(
    lexicon: Lexicon,
) -> Mapping[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """Each body the alias table gives by initials, with the stems of the words of each of its
    names that says what kind of body it is, in full or described ("motie": ({ministri, trade,
    industri, energi}, {ministri, depart}); "procurement agency" of an agency named by
    initials), and the stems of the words of that kind's family. A name's word is met by a
    question's word in either of its readings: as written (its stem) and as the alias table reads
    it (``Lexicon.terms``). A question calling the body by another word for one of them ("the
    weapons agency" of an "arms procurement agency") names it, and so does one writing the word
    where no alias is read ("arms" in "an arms-buying agency", a compound read word by word)."""
    out: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for phrase in lexicon.phrases:
        words = _WORD.findall(phrase)
        kinds = [w for w in words if w in _KINDS]
        canonical = lexicon.terms(phrase)
        if len(canonical) != 1 or len(canonical[0]) < 2 or not kinds:
            continue
        # A name's words are read both ways a question's may be: through the alias table ("arms"
        # of "arms procurement agency" is the question's "weapons", "defence" its "defense") and
        # as written, which a hyphenated compound keeps ("arms-buying" reads "arm", "buy").
        content = [w for w in words if w not in STOPWORDS]
        stems = frozenset(lexicon.stem(w) for w in content) | frozenset(
            t for w in content for t in lexicon.terms(w)
        )
        family = frozenset(lexicon.stem(w) for w in _family(kinds[0]))
        out.setdefault(canonical[0], []).append((stems, family))
    return {term: tuple(names) for term, names in out.items()}


def bodies_described(lexicon: Lexicon, asked: Collection[str]) -> dict[str, frozenset[str]]:
    """The bodies the question's terms ``asked`` describe by the word for their kind and another
    word of one of their full names ("trade" and "ministry" for MOTIE), each with the question's
    words of that name; a body the question names itself is not described."""
    found: dict[str, frozenset[str]] = {}
    # The bodies called by their own kind's word ("the trade ministry"): a word of another kind
    # of the family ("office" of "the ministry's office") then calls none.
    own: set[str] = set()
    for term, names in _full_names(lexicon).items():
        if term in asked:
            continue
        for stems, family in names:
            called = family.intersection(asked)
            remit = (stems - family).intersection(asked)
            met = remit | called
            if called and remit and len(met) > len(found.get(term, ())):
                found[term] = frozenset(met)
            if remit and stems.intersection(family, asked):
                own.add(term)
    return {term: met for term, met in found.items() if term in own} if own else found
