"""Spelling: how far a written word may be from a word the sources write and still be it.

The measures the scope check corrects misspellings with: the edit distance between two words,
the letters a word of a given length may get wrong, whether a word is a real (dictionary) word,
and whether a short word is a question word mistyped.
"""

from __future__ import annotations

# Question words as people mistype them ("wat", "wich", "hw"): asking, not a topic.
_ASKING = ("what", "which", "when", "where", "who", "why", "how")


def is_question_typo(term: str) -> bool:
    """Whether an unknown ``term`` is a question word with a letter wrong, missing or swapped."""
    return (
        len(term) <= 5
        and term not in _ASKING
        and any(edit_distance(term, word, 1) <= 1 for word in _ASKING)
    )


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count 1), or ``limit + 1`` once it is exceeded."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# Endings that inflect a dictionary word: "offsets", "fixes", "inked", "tried", "hoping". Not
# "-er" or "-est", which would make "offest" the superlative of "off".
_INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ied", "y"),
    ("ies", "y"),
    ("ing", ""),
    ("ing", "e"),
)


def dictionary_base(word: str, english: frozenset[str]) -> str | None:
    """The dictionary word ``word`` (folded) is, as written or inflected ("offsets" is
    "offset"), if ``english`` lists it."""
    if not english or not word.isalpha():
        return None
    if word in english:
        return word
    for ending, base in _INFLECTIONS:
        stem = word[: -len(ending)] + base
        if word.endswith(ending) and len(stem) >= 3 and stem in english:
            return stem
    return None


def dropped(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` with letters left out ("jn" of "jin")."""
    letters = iter(word)
    return all(c in letters for c in short)


def allowed_edits(length: int) -> int:
    """Letters a misspelling may get wrong: none in a short word, more as words grow."""
    return 0 if length <= 3 else 1 if length <= 7 else 2


def spelt(word: str) -> bool:
    """A word of letters, or of letter groups joined by hyphens ("yong-jin")."""
    return bool(word) and all(part.isalpha() for part in word.split("-"))
