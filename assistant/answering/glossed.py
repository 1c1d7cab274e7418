"""The sources' own glossary: words they use only to say what one of their terms means.

A source that defines a term in passing ("the levy — a charge by which ships reimburse dredging
costs —", "A berth fee refers to a charge ...") describes it in words of its own. A word of that
description which the sources write nowhere else is, to them, the term's: a question using a word
of its family ("reimbursement" of "reimburse") and no word of the sources for it asks about the
term.
Only a word of the same derivational family, never the description's word itself (which the
sources write, so it is matched as written), and only a word the definition alone writes: a word
the sources use elsewhere too ("charge") has senses of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS, Lexicon, fold

# A term defined by an aside between dashes, or by the verb that says what it is. The term is
# the one or two words just before the dash or the verb.
_DASHED = lazy(r"(?P<term>[\w-]+(?: [\w-]+)?) [—–] (?:a|an) (?P<gloss>[^—–.]+?)(?: [—–]|\.)")
_VERBED = lazy(
    r"(?P<term>[\w-]+(?: [\w-]+)?) (?:refers to|is defined as) (?:a|an|the) (?P<gloss>[^.;]+)",
    re.IGNORECASE,
)
_WORD = lazy(r"[^\W\d_]+")
# Endings that make one word of another in a family ("compensate", "compensation",
# "compensatory"; "reimburse", "reimbursement"): the longest taken off, the rest is the root.
_FAMILY_ENDING = lazy(
    r"(?:atories|atory|ations|ation|atives|ative|ements|ement|ories|ory|ions|ion|ments|ment"
    r"|ively|ives|ive|ates|ated|ating|ate|ing|ed|ors|or|es|e|s)$"
)
# The shortest root a family is told by: shorter ones ("stat" of "state", "station") join
# unrelated words.
_SHORTEST_ROOT = 5


def family_root(word: str) -> str | None:
    """The root ``word`` (folded) shares with the other words of its family, if long enough."""
    # One ending, the longest: "compens-ation", "compens-atory" and "compens-ate" are one family.
    root = _FAMILY_ENDING.sub("", word)
    return root if len(root) >= _SHORTEST_ROOT else None


def glossed_terms(texts: Iterable[str], lexicon: Lexicon) -> dict[str, str]:
    """Each family root of a word only the sources' definitions write -> the term it defines,
    as the source writes it (folded). A root two terms' definitions share says neither."""
    texts = list(texts)
    written = Counter(w for text in texts for w in _WORD.findall(fold(text)))
    in_glosses: Counter[str] = Counter()
    # root -> the defined terms' search terms -> the term as first written.
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for text in texts:
        for pattern in (_DASHED, _VERBED):
            for match in pattern.finditer(text):
                term = fold(match.group("term")).strip()
                terms = tuple(lexicon.terms(term))
                if not terms:
                    continue
                words = [w for w in _WORD.findall(fold(match.group("gloss"))) if w not in STOPWORDS]
                in_glosses.update(words)
                for word in words:
                    root = family_root(word)
                    if root is not None:
                        found.setdefault(root, {}).setdefault(terms, term)
    return {
        root: next(iter(defined.values()))
        for root, defined in found.items()
        if len(defined) == 1 and _only_defining(root, written, in_glosses)
    }


def _only_defining(root: str, written: Mapping[str, int], in_glosses: Mapping[str, int]) -> bool:
    """Whether every word of the family ``root`` that the sources write, they write only in
    definitions."""
    family = [w for w in in_glosses if family_root(w) == root]
    return all(written[w] == in_glosses[w] for w in family) and not any(
        family_root(w) == root for w in written if w not in in_glosses
    )
