"""One way for the answering checks to fold a word's forms together and to pick out the words
of a text that say what it is about.

Many checks compare the words of a question with the words of a statement: does the sentence
write the noun counted, does an explanation say more than the event it explains, which sentence
of an earlier answer shares the earlier question's words. Each needs "signed" and "signs" to be
one word, and "which" or "were" to be no word of a topic. They all use this module, so that they
agree with each other and with search: ``stem`` is the Snowball stemmer the index stems with
(``search.terms.snowball_stem``, which ``Lexicon.stem`` calls) and ``content_words`` drops the index's stop list (``STOPWORDS``).

What some checks want beyond that is a parameter of ``stem``, not a stemmer of their own.
``letters=n`` keeps only the stem's first ``n`` letters, so that a word and the nouns formed on
it agree ("announced", "announcement"), and so do two spellings that part only near their ends
("programme", "program"). ``written=True`` gives the letters every written form of the word
starts with, for a check that searches raw text for them: a word of the text that starts so is
the word or one formed on it ("fish" in "fishing", "fisheries" and "fishermen").
"""

from __future__ import annotations

from functools import lru_cache

from assistant.regex import lazy
from assistant.search.terms import STOPWORDS, snowball_stem

# A word: letters, digits, hyphens and apostrophes, starting with a letter ("offset-related",
# "f-35a", "firm's"), or with a digit when numbers are asked for ("2019", "14.7" as "14", "7").
_WORD = lazy(r"[a-z][\w'-]*")
_WORD_OR_NUMBER = lazy(r"[a-z0-9][\w'-]*")
# A possessive's "s" is no word of its own: "the firm's" writes "firm".
_POSSESSIVE = lazy(r"'s$")


@lru_cache(maxsize=65536)
def _snowball(word: str) -> str:
    return snowball_stem(word)


def stem(word: str, letters: int | None = None, written: bool = False) -> str:
    """``word`` without its ending of tense, number or part of speech, as search stems it
    ("signed", "signs" and "signing" -> "sign"; "policy" and "policies" -> "polici"). A compound
    is stemmed at its last part, where English inflects it ("aircraft-carriers" ->
    "aircraft-carrier"); a word with a digit ("f-35a") is kept whole.

    ``letters``, when given, keeps only the stem's first that many letters: a check that must
    see a word in the nouns and adjectives formed on it ("announced", "announcement") or in a
    spelling that differs near its end ("defence", "defense") folds more than inflection.

    ``written`` gives the stem as the letters the word's forms are written with, for a check
    that looks for them at the start of a word of raw text (``\\bsign`` in "signing"): the stem
    cut back to where it parts from the word itself ("making" -> "mak", not "make", which
    "making" does not begin with), and without the "i" the stemmer writes for a "y" that its
    other forms keep ("policies" -> "polic", which "policy" begins with too)."""
    word = word.lower()
    head, _, last = word.rpartition("-")
    if not last.isalpha():
        return word[:letters] if letters is not None else word
    cut = _snowball(last)
    if written:
        cut = _common_start(cut, last)
        if cut.endswith("i") and last[len(cut) : len(cut) + 2] in ("es", "ed") and len(cut) > 4:
            cut = cut[:-1]
    stemmed = f"{head}-{cut}" if head else cut
    return stemmed[:letters] if letters is not None else stemmed


def _common_start(a: str, b: str) -> str:
    at = 0
    while at < min(len(a), len(b)) and a[at] == b[at]:
        at += 1
    return a[:at]


def content_words(
    text: str, shortest: int = 1, numbers: bool = False, parts: bool = False
) -> list[str]:
    """The words of ``text`` that say what it is about, lower case, in order: none of the stop
    list (``STOPWORDS``: "which", "were", "according"), a possessive's "'s" dropped. Words
    shorter than ``shortest`` letters are left out too, for a check whose short words are
    mostly names' initials or units. Numbers are words only when ``numbers`` is set: a
    figure is a topic's word only for a check that compares what two texts say, not what they
    name.

    A hyphenated compound is one word ("deep-sea", "f-35a"), unless ``parts`` is set: then each
    of its parts is a word of its own, for a check that compares what two texts say, where one
    may write a compound ("fee-waiver requests") and the other its words apart ("requests for
    a fee waiver")."""
    folded = text.lower().replace("’", "'")
    if parts:
        folded = folded.replace("-", " ")
    found = (_WORD_OR_NUMBER if numbers else _WORD).findall(folded)
    out = []
    for word in found:
        word = _POSSESSIVE.sub("", word).strip("'-")
        if len(word) >= shortest and word not in STOPWORDS:
            out.append(word)
    return out


def stems(
    text: str,
    shortest: int = 1,
    letters: int | None = None,
    numbers: bool = False,
    parts: bool = False,
) -> set[str]:
    """The stems (``stem``) of ``text``'s content words (``content_words``)."""
    return {stem(w, letters) for w in content_words(text, shortest, numbers, parts)}


def plural_of(singular: str) -> str:
    """The regular plural of a noun: "harbour" → "harbours", "ferry" → "ferries", "tax" →
    "taxes" (the counted-noun checks write a counted noun as it counts)."""
    if singular.endswith("y") and len(singular) > 3 and singular[-2] not in "aeiou":
        return singular[:-1] + "ies"
    return singular + ("es" if singular.endswith(("s", "x", "ch", "sh")) else "s")
