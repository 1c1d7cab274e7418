"""Spelling: the word the sources write that a question's word was meant as.

A word is taken for a misspelling only when the sources never write it and it is no real word
(``dictionary_base``; a name is judged as a name even when it is also a word, "Bus"). It is
corrected only to a word the sources write, a name only to a name they write, and a word whose
stem the sources use only to a word with the same stem. Four kinds of slip are corrected:

- letters wrong, missing, extra or swapped, within an allowance that grows with the word's
  length (``allowed_edits``): "Norwy", "Lockhed", "offest";
- the same word in another spelling convention (``spelling_key``): a Korean name in another
  romanisation ("Seol" for "Sul", "Hun" for "Hoon", "Duk-su" for "Duck-soo") or a consonant
  doubled or single ("tarrifs", "ofset");
- a name split in two or two names run together ("Lock heed", "Hanwhaocean");
- a word of a name of several words (``knowledge/names.yaml``, ``knowledge/aliases.yaml``) whose
  other words are written right: those say which name is meant, so the one word may be further
  off ("Buro of Fisheries and Ports").

``Speller.respell`` makes these corrections in a question's text, so everything downstream
(routing, the name table, the question frame, search) reads the words the sources write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

from assistant.answering.closed_compounds import closed_compound
from assistant.regex import lazy
from assistant.search.terms import STOPWORDS, Lexicon, fold

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
# "-er" or "-est", which on a word of three letters would make "offest" the superlative of
# "off": those are derivations, of longer words only (``_DERIVATIONS``).
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
# One word in British and in American spelling ("summarise", "labour", "centre", "cancelled"),
# and endings that make one word of another ("competitively", "negotiator", "criticize",
# "summarize", "tougher"): a word so made from a dictionary word is a real word, not a misspelling, though
# the dictionary (the model's vocabulary) lists only the word it is made from.
_RESPELLINGS = (
    ("ise", "ize"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("ll", "l"),
)
_DERIVATIONS = (
    ("ly", ""),
    ("or", "e"),
    ("or", ""),
    ("ize", ""),
    ("ize", "y"),
    ("ness", ""),
    # Comparatives of words of four letters or more ("tougher"): "offest" stays no word.
    ("er", ""),
    ("est", ""),
)


def dictionary_base(word: str, english: frozenset[str]) -> str | None:
    """The dictionary word ``word`` (folded) is, as written, inflected ("offsets" is
    "offset"), in another spelling ("summarise") or made with a common ending
    ("negotiators"), if ``english`` lists it."""
    if not english or not word.isalpha():
        return None
    for form in _forms(word):
        if form in english:
            return form
    return None


def inflected_from(word: str, english: frozenset[str]) -> str | None:
    """The dictionary word ``word`` (folded) is an inflection of, other than itself ("linked"
    of "link", "counted" of "count"), if ``english`` lists one; None for a word with no
    inflectional ending ("jinn", "sun")."""
    if not english or not word.isalpha():
        return None
    for ending, base in _INFLECTIONS:
        stem = word[: -len(ending)] + base
        if word.endswith(ending) and len(stem) >= 3 and stem in english:
            return stem
    return None


def _forms(word: str) -> list[str]:
    """``word`` and the words it may be made from, nearest first: without an inflection (a
    consonant doubled before it dropped too, "scrapping"), respelt, without a derivation."""
    forms = [word]
    for ending, base in _INFLECTIONS:
        stem = word[: -len(ending)] + base
        if word.endswith(ending) and len(stem) >= 3:
            forms.append(stem)
            doubled = ending in ("ed", "ing") and not base and _DOUBLED.search(stem[-2:])
            if doubled and len(stem) >= 4:
                forms.append(stem[:-1])
    for form in list(forms):
        for ending, other in _RESPELLINGS:
            if form.endswith(ending):
                forms.append(form[: -len(ending)] + other)
    for form in list(forms):
        for ending, base in _DERIVATIONS:
            if form.endswith(ending) and len(form) - len(ending) >= 4:
                forms.append(form[: -len(ending)] + base)
    return list(dict.fromkeys(forms))


def written_as_name(word: str, opens: bool, first: bool, english: frozenset[str]) -> bool:
    """Whether ``word``, as written, is a name: capitalised inside a sentence. A sentence's first
    word is capitalised anyway: the question's first is a name only if it looks like one anyway
    (an acronym); a later sentence's, only if it is no English word, however it is written: the
    sentence after a claim asks about it ("True?", "OK to use?", "FINE to cite?") in words, and
    the capitals of a word there are its writer's emphasis, no acronym's."""
    if not word[:1].isupper():
        return False
    if not opens:
        return True
    if first:
        return word.isupper()
    return dictionary_base(word.lower(), english) is None


def dropped(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` with letters left out ("jn" of "jin")."""
    letters = iter(word)
    return all(c in letters for c in short)


def swapped(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with two neighbouring letters typed the other way round
    ("kiet" as "keit"): the cheapest slip of the keys, which keeps every letter of the word."""
    if len(typed) != len(word) or typed == word:
        return False
    apart = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and typed[apart[0]] == word[apart[1]]
        and typed[apart[1]] == word[apart[0]]
    )


def struck_twice(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one of its letters typed twice ("USSR" of "USR"): a key
    struck twice adds no letter of its own, where another letter added would ("ASERPA")."""
    return len(typed) == len(word) + 1 and any(
        typed[i] == typed[i + 1] and typed[:i] + typed[i + 1 :] == word
        for i in range(len(typed) - 1)
    )


def _slip_of_initials(typed: str, initials: str) -> bool:
    """Whether ``typed`` is the acronym ``initials`` with letters left out, two neighbouring
    letters swapped or one letter struck twice: every letter typed is one of the acronym's, in
    its order or a pair apart."""
    return (
        swapped(typed, initials)
        or struck_twice(typed, initials)
        or (len(typed) < len(initials) and dropped(typed, initials))
    )


# The longest name corrected only for a dropped letter or two neighbouring letters swapped
# (``Speller._nearest``): with a letter changed, unknown names of four letters were let through
# 24 times in 400 (benchmarks/spelling.py), with the dropped-letter rule once. A swap keeps every
# letter of the name in its place but one pair: another name is seldom so near.
_SHORT_NAME = 4
# The shortest name corrected at all: an acronym of three letters, only for two neighbouring
# letters swapped, which keeps every letter of it ("UEA" of "UAE").
_SHORTEST_NAME = 3
# The shortest part of a hyphenated word corrected on its own as a word: a romanised Korean
# syllable ("jin", "seung") is shorter, and may be a syllable of another name.
_WORD_PART = 6


# Letters of a word per slip it may hold and still be read as that word: "offest" (one in six),
# "thresold" (one in eight), "implmntaton" for "implementation" (three in fourteen).
_LETTERS_PER_SLIP = 4


def allowed_edits(length: int) -> int:
    """Letters a misspelling may get wrong: one for every ``_LETTERS_PER_SLIP`` letters, so none
    in a word of three letters or fewer, where one slip makes another word as often as not."""
    return length // _LETTERS_PER_SLIP


def spelt(word: str) -> bool:
    """A word of letters, or of letter groups joined by hyphens ("yong-jin")."""
    return bool(word) and all(part.isalpha() for part in word.split("-"))


# Vowel letters and pairs that romanisations of Korean write for one sound: 어 is "eo", "o" or
# "u" ("Seol", "Sul"), 우 "u" or "oo" ("Hun", "Hoon"), 으 "eu" or "u" ("Seung", "Sung"), 이 "i"
# or "ee" ("Lee", "Li"). Pairs are read before single letters, left to right.
_VOWEL_KEYS = {
    # "e" before "o" or "u" (어, 으), "o" doubled or before "u", "o" alone: one back vowel.
    **{"e" + v: "u" for v in "ou"},
    **{"o" + v: "u" for v in "ou"},
    "o": "u",
    "ee": "i",
}
_VOWEL_GROUPS = lazy("|".join(sorted(_VOWEL_KEYS, key=len, reverse=True)))
_VOWEL = lazy(r"[aeiouy]")
_SYLLABLE = lazy(r"[aeiouy]+")
_DOUBLED = lazy(r"([b-df-hj-np-tv-z])\1+")


# One English sound, several spellings: "-tion", "-sion", "-cian", "-cean" as written by ear
# ("-shun", "oshan", "oshen").
_SHUN = lazy(r"(?:[tsc]i|ce|sh)(?:o|u|a|e)n")
# A "c" sounds "s" before "e", "i" or "y" and "k" elsewhere ("Celia", "Carla" written "Selia",
# "Karla"); a "y" between consonants is the vowel "i" ("Lyn", "Lin"); a final "e" after a
# consonant is silent ("Janine", "Janin").
_SOFT_C = lazy(r"c(?=[eiy])")
_VOWEL_Y = lazy(r"(?<=[b-df-hj-np-tv-xz])y(?=[b-df-hj-np-tv-xz])")
_SILENT_E = lazy(r"([aeiouy][b-df-hj-np-tv-z]+)e$")


def spelling_key(word: str) -> str:
    """What ``word`` (folded) sounds like, with the choices that spelling conventions make
    differently taken away: separators ("Duck-soo", "Ducksoo", "Duck soo"), "ck" for "k", "ph"
    for "f", "-shun" for "-tion", "c" for the "s" or "k" it sounds, "y" for the vowel "i", a
    silent final "e", a doubled consonant for a single one, and the Korean vowel spellings of
    ``_VOWEL_GROUPS``.
    Two words with the same key are one word spelt two ways: "Seol Hun" and "Sul Hoon",
    "Duk-su" and "Duck-soo", "tarrifs" and "tariffs", "negoshuns" and "negotiations"."""
    key = re.sub(r"[\s'’-]", "", word.lower()).replace("ck", "k").replace("ph", "f")
    key = _SHUN.sub("shn", key)
    key = _SOFT_C.sub("s", key).replace("c", "k")
    key = _SILENT_E.sub(r"\1", _VOWEL_Y.sub("i", key))
    key = _VOWEL_GROUPS.sub(lambda m: _VOWEL_KEYS[m.group()], key)
    return _DOUBLED.sub(r"\1", key)


# British and American spellings of one word, the British first: "organisation",
# "analyse", "labour", "centre", "travelling", "defence", "catalogue", "programme".
_CONVENTIONS = (
    ("isa", "iza"),
    ("ise", "ize"),
    ("isi", "izi"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("mme", "m"),
)
# The shortest word read in the other convention: shorter words ("tour", "for") are other words.
_CONVENTION_WORD = 5

# The shortest name read by its sound alone (``heard_consonants``): a shorter one has too few
# consonants to say which name it is.
_BY_EAR = 5
_SILENT_GH = lazy(r"(?<=[aeiouy])gh")
# "w" or "h" after a vowel and before none is part of the vowel ("Sowdi", "Norwah").
_GLIDE = lazy(r"(?<=[aeiouy])[wh](?![aeiouy])")
_VOWELS = lazy(r"[aeiouy]")


def _heard(word: str) -> str:
    """``spelling_key`` of ``word`` with a silent "gh" and the "w" or "h" of a vowel left out."""
    return _GLIDE.sub("", _SILENT_GH.sub("", spelling_key(word)))


def heard_consonants(word: str) -> str:
    """``word``'s first letter and the consonants heard after it (``_heard``): "Norweigh" and
    "Norway" are "nrw", "Tywan" and "Taiwan" "twn". The vowels are what a name written by ear
    most often gets wrong."""
    key = _heard(word)
    return key[:1] + _VOWELS.sub("", key[1:])


def vowels_agree(typed: str, name: str) -> bool:
    """Whether the vowels of ``typed`` may be written for those of ``name``: as many vowel
    groups, each sharing a letter with the other's ("ei" and "ay", "y" being "i"; "u" and
    "au"). "Sowdi" writes Saudi's vowels by ear; "Aruba" has a "u" where "Arabia" has an "a"."""
    ours = _SYLLABLE.findall(_heard(typed).replace("y", "i"))
    theirs = _SYLLABLE.findall(_heard(name).replace("y", "i"))
    return len(ours) == len(theirs) and all(
        set(a) & set(b) for a, b in zip(ours, theirs, strict=True)
    )


# Consonants that romanisations of Korean write two ways: ㅈ "ch" or "j" ("Chung", "Jung"),
# ㄱ "k" or "g" ("Koo", "Gu"), ㄷ "t" or "d", ㅂ "p" or "b", ㄹ "r" or "l".
_KOREAN_CONSONANTS = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"))


def romanised_key(word: str) -> str:
    """``spelling_key`` of ``word`` (folded) with each Korean consonant written one way: "Jung"
    and "Chung", "Gu Gwang" and "Koo Kwang" are one name in two romanisations. Only for a word
    of a Korean name whose other words say which name it is (``_phrase_fixes``): alone, "Jung"
    may as well be a name of its own."""
    for written, key in _KOREAN_CONSONANTS:
        word = word.replace(written, key)
    return spelling_key(word)


# A word of letters as a question writes it, parts joined by hyphens or an apostrophe
# ("Duck-soo", "Korea's"); never a piece of a code with digits ("F-35A", "mid-2023").
_TOKEN = lazy(r"(?<![\w-])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\w-])")
_SENTENCE_END = lazy(r"[.?!]\s+$")
# Capital letters each with a full stop ("N.B.R.", "N.B.R"): initials written with stops.
_DOTTED = lazy(r"(?<![\w.])(?:[A-Z]\.){2,}[A-Z]?(?![\w])")
_POSSESSIVE = lazy(r"['’]s$", re.IGNORECASE)
# The small words a name of several words holds without an initial: "Board of Audit and
# Inspection" is the BAI.
_INSIDE_NAME = frozenset("of and for on the".split())
# Negative contractions typed without their apostrophe ("wasnt", "dont", "cant"): the nearest
# word by letters ("want", "don", "can") drops or turns the negation, so each is read as the
# contraction it is. The verbs that take "n't" are a closed class of English.
_UNAPOSTROPHISED = {
    contraction.replace("'", ""): contraction
    for contraction in (
        "isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't can't couldn't "
        "won't wouldn't shouldn't mustn't needn't mightn't shan't ain't"
    ).split()
}


@dataclass(frozen=True)
class _Word:
    """A word of a question: where it is, as written, folded, and whether it is written as a
    name (capitalised, and not only because it opens the question)."""

    start: int
    end: int
    written: str
    folded: str
    name: bool
    known: bool


# Questions whose respelling a ``Speller`` keeps (``Speller.respell``).
_RESPELT_KEPT = 1024


@dataclass(frozen=True)
class Respelling:
    """A question with its misspellings corrected, and each correction (as written, folded ->
    the words the sources write)."""

    text: str
    changes: dict[str, str] = field(default_factory=dict)


class Speller:
    """Corrects a question's words to the words the sources write (see the module docstring)."""

    def __init__(
        self,
        lexicon: Lexicon,
        vocabulary: frozenset[str],
        surfaces: dict[str, str],
        names: frozenset[str] = frozenset(),
        english: frozenset[str] = frozenset(),
        phrases: Iterable[str] = (),
        called: Iterable[str] = (),
        targets: frozenset[str] | None = None,
        rare: frozenset[str] = frozenset(),
        usage: Mapping[str, int] | None = None,
    ) -> None:
        """``surfaces`` maps each word the sources write (folded) to its term; ``names`` are the
        words they write as names; ``english`` is a dictionary of real words; ``phrases`` are
        names of several words (folded) whose words, written right, say which name is meant;
        ``called`` are the names a question calls a source by ("Asiae"), whose words are no
        misspellings though no source writes them: respelt ("Asia"), the question would no
        longer say whose figures it asks for; ``targets`` are the real words a misspelling may be
        corrected to (default: all of ``english``): the common ones, as a rare word is no likelier
        meant than left, and indexing fewer words makes the first correction cheaper; ``rare``
        are real words too rare for ``english`` ("tranche", "outlay"): among them fall more
        slips of the sources' words ("trad" of "trade"), so such a word is still corrected, but
        only to a word the sources write, a letter off (``_kept_as_written``); ``usage`` counts
        the sentences of the sources that write each term, to choose among equally near words."""
        self.lexicon = lexicon
        self.usage: Mapping[str, int] = usage or {}
        self.rare = rare
        self.vocabulary = vocabulary
        self.surfaces = surfaces
        self.names = names
        self.english = english
        self.targets = english if targets is None else targets
        self.called = frozenset(w for name in called for w in re.findall(r"[^\W\d_]+", fold(name)))
        # A source's own name that is no English word ("Hankyung", "Asiae") is a name a
        # misspelling may be meant as, whether or not a source's text writes it: the question
        # calls the source by it ("Hankyug" is Hankyung). Its English words ("Daily") are not.
        # A function word is no name though a sentence of the sources opens with it ("While
        # ..."): a misspelt name is never taken for one ("Chile" is not "while").
        self._names_meant = (
            names | frozenset(w for w in self.called if dictionary_base(w, english) is None)
        ) - STOPWORDS
        # Each name of several words, word by word (hyphenated parts apart), with how many of
        # its words are not stopwords (a hyphenated given name is one: "Park Eun-hee" is two).
        self._phrases = sorted(
            {
                (
                    words,
                    len([t for t in fold(phrase).split() if t not in STOPWORDS]),
                    tuple(map(spelling_key, words)),
                )
                for phrase in phrases
                for words in [tuple(re.findall(r"[^\W\d_]+", fold(phrase)))]
                if not re.search(r"\d", phrase)
                and len([w for w in words if w not in STOPWORDS]) >= 2
            },
            key=lambda p: (-len(p[0]), p),
        )

    @cached_property
    def _by_initials(self) -> dict[str, frozenset[str]]:
        """The names of several words the name table lists (a body, a firm, a person, a
        source), by their initials (folded; "of", "the", "and" have none), each with every
        spelling the sources write it in ("Defense"/"Defence"). A name with a word of one letter
        is left out: its initials are no abbreviation anyone writes."""
        from assistant.knowledge.names import name_table

        patterns = [p for kind in name_table().patterns.values() for p in kind.values()]
        out: dict[str, dict[tuple[str, ...], str]] = {}
        for words, _, _ in self._phrases:
            content = [w for w in words if w not in STOPWORDS]
            if any(len(w) < 2 for w in content):
                continue
            phrase = " ".join(words)
            if not any(p.fullmatch(phrase) for p in patterns):
                continue
            initials = "".join(w[0] for w in content)
            name = tuple(self.lexicon.terms(phrase))
            out.setdefault(initials, {}).setdefault(name, phrase)
        return {i: frozenset(names.values()) for i, names in out.items()}

    def _initials_of_name(
        self, words: list[_Word], edits: dict[tuple[int, int], str], done: set[int]
    ) -> None:
        """Initials the sources never write ("the KDA" for a body they name only in full):
        the one name of several words they write as a name whose initials those are, written
        out. Only a word in capitals of two letters or more, and only when exactly one such name
        has those initials: with two, the initials say neither."""
        for i, word in enumerate(words):
            if word.known or i in done or len(word.folded) < 2:
                continue
            if not (word.written.isupper() and word.written.isalpha()):
                continue
            name = self._by_initials.get(word.folded)
            if name is not None and len(name) == 1:
                (phrase,) = name
                edits[(word.start, word.end)] = " ".join(
                    w if w in STOPWORDS else w.capitalize() for w in phrase.split()
                )
                done.add(i)

    @cached_property
    def _name_neighbours(self) -> frozenset[tuple[str, str]]:
        """Each word of a name of several words with the word after it ("min", "soo" of "Jeong
        Min-soo")."""
        return frozenset(pair for words, _, _ in self._phrases for pair in pairwise(words))

    @cached_property
    def _alias_phrases(self) -> frozenset[str]:
        """The alias table's names of several words, folded."""
        return frozenset(p for p in self.lexicon.phrases if " " in p)

    @cached_property
    def _indexes(self) -> tuple[_Index, _Index]:
        """Every word a misspelling may be taken for: the sources' words and the dictionary's
        ("acount" is "account" even where the sources write only "amount"). Made when a question
        first holds a word to correct: indexing the dictionary's tens of thousands of words is
        most of a Speller's making, and most questions hold no unknown word."""
        return _Index.of([*self.surfaces, *self._names_meant - self.surfaces.keys()]), _dictionary(
            self.targets
        )

    def make_ready(self) -> None:
        """Build now what the first question holding an unknown word would build (``_indexes``):
        for a process that will answer many questions, before the first one waits for it."""
        self._indexes  # noqa: B018 - a cached property: read once, kept

    def correct(self, word: str, name: bool = False, initials: bool = False) -> str | None:
        """The word (folded) that ``word`` (folded, unknown to the sources) was meant as, if any:
        first one spelt the same way (``spelling_key``), then the nearest within the allowance
        of ``allowed_edits``; of equally near words, one the sources write. A ``name`` is
        corrected only to a name the sources write, any other word to one of theirs or to a
        dictionary word. ``initials``: the word is written in capitals, as an acronym."""
        if not spelt(word):
            return None
        among = self._names_meant if name else None
        if "-" in word:
            return self._hyphenated(word, among)
        # One syllable spelt another way may be a syllable of any name ("Jun" of "Joon-ho" or
        # of "Joon-young"): only a word of two or more is taken for a word on its own; a
        # syllable, only inside the whole name (``_in_phrases``).
        same = [
            (edit_distance(word, c, len(word) + len(c)), not self._written(c), c)
            for c in self._spelt_as(word, among is None)
            if among is None or c in among
        ]
        # A word of consonants alone is an initialism, no syllable: spelt the same way, it is
        # the same initialism ("MRRT" for "MRTT", the wrong letter doubled).
        nearest = self._nearest(word, among, initials)
        if nearest is None and not same and among is not None and not initials:
            nearest = self._by_ear(word, among)
        if same and (len(_SYLLABLE.findall(spelling_key(word))) >= 2 or not _VOWEL.search(word)):
            distance, unwritten, sounded = min(same)
            # A word spelt by ear is read as it sounds ("ofset"), unless a word the sources
            # write is nearer in letters: "preceeding" is their "preceding", a letter off, not
            # "presiding", which only sounds the same; or as near, where the word it sounds
            # like is none of theirs ("thorugh" is their "through", not "thorough"). A name
            # keeps its spelling key: other romanisations ("Seol") are further in letters than
            # names they are not ("Seoul").
            if among is None and nearest is not None and self._written(nearest):
                apart = edit_distance(word, nearest, distance)
                if apart < distance or (apart == distance and unwritten):
                    return nearest
            return sounded
        return nearest

    def _nearest(self, word: str, among: frozenset[str] | None, initials: bool) -> str | None:
        limit = allowed_edits(len(word))
        # An acronym of three letters, with no letter to spare, is taken for another only with
        # every letter kept and one neighbouring pair swapped ("UEA"), and only when it is no
        # word of the dictionary, which knows the common acronyms and names ("CIA", "Kia") that
        # are such a swap of a name the sources write.
        acronym = initials and len(word) == _SHORTEST_NAME and word not in self.english
        if among is not None and (limit or acronym) and len(word) <= _SHORT_NAME:
            # Short names are many and a letter apart ("Hong", "Dong", "Song"): a short name is
            # taken for a misspelling only of the one name it is with two neighbouring letters
            # swapped ("KEIT"), or, from four letters, with a letter dropped; never with a letter
            # changed. Three letters with one dropped are two, as likely any initials as these.
            same = [c for c in self._beginning_as(word, len(word), False) if c in among]
            meant = {c for c in same if swapped(word, c)}
            if limit:
                longer = [c for c in self._beginning_as(word, len(word) + 1, False) if c in among]
                meant |= {c for c in longer if dropped(word, c)}
            if limit and initials:
                # An acronym's letters are initials, one key each: a key struck twice ("BIIS")
                # adds none. Written as a word, a short name with a letter doubled ("Hann") is
                # as likely another name.
                shorter = [c for c in self._beginning_as(word, len(word) - 1, False) if c in among]
                meant |= {c for c in shorter if struck_twice(word, c)}
            return min(meant) if len(meant) == 1 else None
        if limit == 0:
            return None
        # The allowance is the longer word's: letters lost from a long word ("implmntaton") are
        # slips of its fourteen letters, not of the eleven typed.
        reach = limit
        while allowed_edits(len(word) + reach + 1) >= reach + 1:
            reach += 1
        best: tuple[int, bool, bool, int, str] | None = None
        letters = _letters(word)
        for length in range(len(word) - limit, len(word) + reach + 1):
            limit = allowed_edits(max(len(word), length))
            for candidate in self._beginning_as(word, length, among is None):
                if among is not None and candidate not in among:
                    continue
                # The letters of an acronym are the initials of words: one changed or added
                # names another body ("DARPA" is not "DAPA", "KIST" not "KIET"); one dropped or
                # two swapped is a slip of the keys ("DAPA" typed "DPAA").
                if initials and among is not None and not _slip_of_initials(word, candidate):
                    continue
                # Each letter one word has and the other lacks takes an edit: a cheap bound
                # that spares most of the edit distances.
                theirs = (
                    self._indexes[0].letters.get(candidate) or self._indexes[1].letters[candidate]
                )
                if (letters & ~theirs).bit_count() > limit or (
                    theirs & ~letters
                ).bit_count() > limit:
                    continue
                distance = edit_distance(word, candidate, limit)
                # Of equally near words: one the sources write, then one with only letters lost
                # (a letter left out is the commonest slip: "totl" is "total" before "tool"),
                # then the one they write most often ("exprt" is their "export", not "expert").
                ranked = (
                    distance,
                    not self._written(candidate),
                    not dropped(word, candidate),
                    -self.usage.get(self.surfaces.get(candidate, candidate), 0),
                    candidate,
                )
                if distance <= limit and (best is None or ranked < best):
                    best = ranked
        return best[-1] if best else None

    @cached_property
    def _names_by_ear(self) -> dict[str, list[str]]:
        """The names a misspelling may be taken for, by their consonants as heard."""
        found: dict[str, list[str]] = {}
        for name in sorted(self._names_meant):
            if name.isalpha() and len(name) >= _BY_EAR:
                found.setdefault(heard_consonants(name), []).append(name)
        return found

    def _by_ear(self, word: str, among: frozenset[str]) -> str | None:
        """The one name ``word`` sounds like when its vowels are spelt otherwise ("Tywan",
        "Norweigh", "Sowdi"): the same consonants heard in the same order, the first letter
        kept, vowels that may be written for its own (``vowels_agree``), at most half the letters
        apart. A name whose vowels are written by ear keeps its
        consonants; another name seldom has the same ones in the same order."""
        if len(word) < _BY_EAR or not word.isalpha():
            return None
        heard = heard_consonants(word)
        if len(heard) < 2:
            return None
        limit = len(word) // 2
        meant = [
            name
            for name in self._names_by_ear.get(heard, ())
            if name in among
            and name[0] == word[0]
            and vowels_agree(word, name)
            and edit_distance(word, name, limit) <= limit
        ]
        return meant[0] if len(meant) == 1 else None

    def _written(self, word: str) -> bool:
        """Whether the sources write ``word`` (folded): a word of theirs, or a function word
        ("through", "between"), which every text writes though no index keeps it. Of two words
        equally near a slip, "thorugh" is their "through", not "thorough"."""
        return word in self.surfaces or word in STOPWORDS

    def _spelt_as(self, word: str, dictionary: bool) -> list[str]:
        """The sources' words (and the ``dictionary``'s) with ``word``'s spelling key."""
        key = spelling_key(word)
        indexes = self._indexes if dictionary else self._indexes[:1]
        return [c for index in indexes for c in index.by_key.get(key, ())]

    def _beginning_as(self, word: str, length: int, dictionary: bool) -> set[str]:
        """The sources' words (and the ``dictionary``'s) of ``length`` letters with ``word``'s
        first or second letter: a misspelling keeps one of the two."""
        indexes = self._indexes if dictionary else self._indexes[:1]
        return {
            c
            for index in indexes
            for start in ((word[0], 0), (word[1:2], 1))
            for c in index.by_start.get((length, *start), ())
        }

    def _hyphenated(self, word: str, among: frozenset[str] | None) -> str | None:
        """A hyphenated word: the name it is with the hyphen dropped ("Lock-heed"), else its
        parts as the sources write them: a part that lost its vowel ("Yong-jn" for "Yong-jin"),
        too short to correct on its own, beside a part the sources use, which says which name
        is meant. A part with a vowel is a syllable and may be of another name ("Eun-ji" is not
        "Eun-jin"): a given name in another romanisation ("Duk-su") is read only inside the
        whole name (``_in_phrases``)."""
        pool = self.names if among is not None else self.surfaces
        if word.replace("-", "") in pool:
            return word.replace("-", "")
        parts = word.split("-")
        if not any(part in self.surfaces for part in parts):
            return None
        fixed = []
        for part in parts:
            if part in self.surfaces:
                fixed.append(part)
                continue
            if len(part) >= _WORD_PART and (
                among is None
                or any(len(p) > _SHORT_NAME and p in self.surfaces for p in parts if p != part)
            ):
                # A part too long for a syllable is a word of a compound ("non-competitve",
                # "Japan-relatd", beside a name of the sources' too long for a syllable),
                # corrected on its own as any word is.
                meant = self.correct(part)
                if meant is None or not spelt(meant) or "-" in meant:
                    return None
                fixed.append(meant)
                continue
            if _VOWEL.search(part):
                return None  # a syllable ("ji"), perhaps of another name ("Eun-ji")
            close = [n for n in self.names if len(n) == len(part) + 1 and dropped(part, n)]
            if len(close) != 1:
                return None
            fixed.append(close[0])
        return "-".join(fixed)

    # -- a question's text -------------------------------------------------------------------

    def words(self, question: str) -> list[_Word]:
        """The words of ``question`` that could be misspelt, in order."""
        found = []
        for position, match in enumerate(_TOKEN.finditer(question)):
            written = _POSSESSIVE.sub("", match.group())
            folded = fold(written).strip()
            opens = position == 0 or bool(_SENTENCE_END.search(question, 0, match.start()))
            name = written_as_name(written, opens, position == 0, self.english)
            found.append(
                _Word(
                    match.start(),
                    match.start() + len(written),
                    written,
                    folded,
                    name,
                    self._known(folded, name),
                )
            )
        return found

    def _known(self, folded: str, name: bool) -> bool:
        """Whether a word is no misspelling: the sources write it, a question calls a source by
        it, it is a stopword, or (not written as a name) a question word mistyped ("wat") or a
        real word. A capitalised word inside a question is no question word: "Hon" beside "Sul"
        is "Hoon", not "how"."""
        if len(folded) < 2 or not spelt(folded):
            return True
        # A single letter joined to a word is a prefix, as "K-" of "K-Defense" or "e-" of
        # "e-commerce", no word with its letters lost: the index keeps no word of one letter.
        return all(
            len(part) < 2
            or part in self.surfaces
            or part in self.called
            or part in STOPWORDS
            or (not name and is_question_typo(part))
            or (not name and self._real(part))
            for part in folded.split("-")
        )

    def _real(self, word: str) -> bool:
        """Whether ``word`` is a real word, to be left as written. A form the model's vocabulary
        lacks of a word whose stem the sources use ("speculates" where they write "speculated")
        is their word written otherwise: it is respelt as they write it (only to a word of that
        stem, ``_same_stem``), which the model reads whole where it reads the other in pieces."""
        if dictionary_base(word, self.english) is None:
            return False
        return (
            self.targets is self.english
            or dictionary_base(word, self.targets) is not None
            or self.lexicon.stem(word) not in self.vocabulary
        )

    def respell(self, question: str) -> Respelling:
        """``question`` with each misspelt word replaced by the word the sources write.

        Read once per question text: a question and the earlier ones of its conversation are
        respelt at every turn, and the scope check respells what answering hands it."""
        kept: dict[str, Respelling] = self.__dict__.setdefault("_respelt", {})
        found = kept.get(question)
        if found is None:
            if len(kept) >= _RESPELT_KEPT:
                kept.clear()
            found = kept[question] = self._respell(question)
        return found

    def _respell(self, question: str) -> Respelling:
        words = self.words(question)
        # (start, end) of the text replaced -> the words the sources write there.
        edits: dict[tuple[int, int], str] = {}
        done: set[int] = set()
        for i, word in enumerate(words):
            if word.folded in _UNAPOSTROPHISED:
                edits[(word.start, word.end)] = _UNAPOSTROPHISED[word.folded]
                done.add(i)
                continue
            # A name of several words hyphenated as a modifier ("a foreign-military-sales deal")
            # is that name: the alias table lists it with spaces.
            spaced = word.folded.replace("-", " ")
            if spaced != word.folded and spaced in self._alias_phrases:
                edits[(word.start, word.end)] = word.written.replace("-", " ")
                done.add(i)
        self._undotted(question, edits)
        self._closed_up(question, words, edits, done)
        if all(w.known for w in words):
            self._in_other_convention(words, edits, done)
            return _applied(question, edits) if edits else Respelling(question)
        self._in_phrases(question, words, edits, done)
        # A question written all in capitals writes no word as an acronym.
        shouted = not any(c.islower() for c in question)
        # A name the sources write in full is corrected to it first ("Burow of Industry and
        # Security"); only a name they write by its initials alone is read as them.
        self._initialled(question, words, edits, done)
        self._initials_of_name(words, edits, done)
        for i, word in enumerate(words):
            if word.known or i in done:
                continue
            joined = self._joined(question, words, i, done)
            if joined is not None:
                (first, last), fixed = joined
                edits[(words[first].start, words[last].end)] = fixed
                done |= {first, last}
                continue
            meant = (
                self.correct(word.folded, word.name, word.written.isupper() and not shouted)
                or self._split(word)
                or (self._people_adjective(word.folded) if word.name else None)
            )
            if (
                meant is None
                or not self._same_stem(word.folded, meant)
                or self._kept_as_written(word.folded, meant)
            ):
                continue
            edits[(word.start, word.end)] = meant
            done.add(i)
        self._in_other_convention(words, edits, done)
        return _applied(question, edits)

    def _closed_up(
        self, question: str, words: list[_Word], edits: dict[tuple[int, int], str], done: set[int]
    ) -> None:
        """Two words the sources write as one ("back burner" for "backburner"), joined
        (``closed_compound``); names and words already respelt are left."""
        for i, (a, b) in enumerate(pairwise(words)):
            if i in done or i + 1 in done or a.name or b.name:
                continue
            between = question[a.end : b.start]
            joined = closed_compound(a.folded, b.folded, between, self.surfaces, STOPWORDS)
            if joined is not None:
                edits[(a.start, b.end)] = joined
                done |= {i, i + 1}

    def _in_other_convention(
        self, words: list[_Word], edits: dict[tuple[int, int], str], done: set[int]
    ) -> None:
        """Each real word left as written that the sources write only in the other spelling
        convention, respelt as they write it (``_other_convention``); a word of a name already
        read otherwise ("Defence Program Steering Comitee" as its initials) is left."""
        taken = [(start, end) for start, end in edits]
        for i, word in enumerate(words):
            if i in done or any(s <= word.start < e for s, e in taken):
                continue
            other = self._other_convention(word.folded)
            if other is not None:
                edits[(word.start, word.end)] = other
                done.add(i)

    def _other_convention(self, folded: str) -> str | None:
        """``folded`` in the other spelling convention, British or American, when the sources
        use that word and never this one ("centres" where they write "centers", "labour" where
        they write "labor"): one word, whose stems differ, so search would otherwise miss it."""
        if len(folded) < _CONVENTION_WORD or folded in STOPWORDS or not folded.isalpha():
            return None
        if self.lexicon.stem(folded) in self.vocabulary:
            return None
        for one, other in _CONVENTIONS:
            for written, meant in ((one, other), (other, one)):
                at = folded.find(written)
                while at > 0:
                    respelt = folded[:at] + meant + folded[at + len(written) :]
                    theirs = self.lexicon.stem(respelt) in self.vocabulary
                    if theirs and dictionary_base(folded, self.english):
                        return respelt
                    at = folded.find(written, at + 1)
        return None

    def _undotted(self, question: str, edits: dict[tuple[int, int], str]) -> None:
        """Initials written with full stops ("the N.B.R.") where the sources write them without
        ("the NBR"): read as the sources write them. Only initials of three letters or more: two
        ("U.S.") are as often a country or a word written that way by the sources themselves."""
        for match in _DOTTED.finditer(question):
            letters = match.group().replace(".", "")
            folded = fold(letters)
            if len(letters) >= 3 and folded in self._names_meant and folded not in STOPWORDS:
                edits[match.span()] = letters

    def _kept_as_written(self, folded: str, meant: str) -> bool:
        """Whether the real but rare word ``folded`` (``rare``, as written or inflected) is kept
        though ``meant`` is near it: a rare word is a slip only of a word the sources write
        ("trad" of "trade"). Taken for another word no source writes ("outlay" for "outlaw",
        "tranche" for "trance"), it would only be asked about as a different word. A word of a
        stem the sources use is theirs ("speculates" read as their "speculated"). And a real
        word is a slip only of a word one letter off, or spelt the same way: two letters off,
        it is likelier meant as written ("underpins", not "undermine")."""
        if dictionary_base(folded, self.rare) is None:
            return False
        theirs = all(self.lexicon.stem(part) in self.vocabulary for part in meant.split())
        near = spelling_key(folded) == spelling_key(meant) or edit_distance(folded, meant, 1) <= 1
        return not (theirs and near)

    def _people_adjective(self, folded: str) -> str | None:
        """The adjective in "-ish" of the people a name ``folded`` calls by their short noun
        ("Turks" of "Turkish", "Swede" of "Swedish", "Finns" of "Finnish"), when the sources or
        the alias table know that adjective: the people of a country stand for the country, as
        its adjective does. The noun is the adjective without its ending, a final "e" or a
        doubled last letter aside."""
        noun = folded[:-1] if folded.endswith("s") else folded
        if len(noun) < 3 or not noun.isalpha():
            return None
        stems = dict.fromkeys([noun, noun[:-1] if noun.endswith("e") else noun, noun + noun[-1]])
        for stem in stems:
            adjective = f"{stem}ish"
            if adjective in self.lexicon.alias_words or adjective in self.surfaces:
                return adjective
        return None

    def _initialled(
        self, question: str, words: list[_Word], edits: dict[tuple[int, int], str], done: set[int]
    ) -> None:
        """A name of several words written out where the sources write only its initials ("the
        Central Bank of Ruritania" for "the CBR"): the whole name replaced by the initials. Only a
        name with a word the sources never write: a name they do write in full is theirs as
        written. The small words inside a name ("of", "and") have no initial."""
        i = 0
        while i < len(words):
            if not words[i].name or words[i].folded in STOPWORDS:
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(words) and question[words[j - 1].end : words[j].start].isspace():
                if words[j].name and words[j].folded not in STOPWORDS:
                    run.append(j)
                elif words[j].folded not in _INSIDE_NAME:
                    break
                j += 1
            i = run[-1] + 1
            if len(run) < 2 or set(run) & done or all(words[k].known for k in run):
                continue
            initials = "".join(words[k].folded[0] for k in run)
            if initials in self.names:
                edits[(words[run[0]].start, words[run[-1]].end)] = initials.upper()
                done.update(range(run[0], run[-1] + 1))

    def _same_stem(self, written: str, fixed: str) -> bool:
        """A word whose stem the sources use ("procurment" is "procur") is only respelt to a word
        with that stem: its meaning is known, only its spelling is not."""
        term = self.lexicon.stem(written)
        if term not in self.vocabulary or " " in fixed or "-" in fixed:
            return True
        return self.lexicon.stem(fixed) == term

    def _joined(
        self, question: str, words: list[_Word], i: int, done: set[int]
    ) -> tuple[tuple[int, int], str] | None:
        """A name written as two words ("Air Bus", "Lock heed"): the unknown word ``i`` and the
        word before or after it, with only a space between, make a name the sources write."""
        for first, last in ((i - 1, i), (i, i + 1)):
            if first < 0 or last >= len(words) or first in done or last in done:
                continue
            a, b = words[first], words[last]
            if not question[a.end : b.start].isspace() or "-" in a.folded + b.folded:
                continue
            pool = self.names if a.name or b.name else self.surfaces
            if a.folded + b.folded in pool:
                return (first, last), a.folded + b.folded
        return None

    def _split(self, word: _Word) -> str | None:
        """Two names run together ("Hanwhaocean"): the most even cut into two words the sources
        write as names, if the word is written as a name. Short names (``_SHORT_NAME``) are
        many and are syllables of others ("Han", "Jin", "Kim"): an unknown name cut into them
        ("Hanjin") would be read as names of the sources it never meant, so a part that short
        is taken only beside the word it follows in a name the sources write ("Minsoo" of
        "Min-soo"). Two ordinary words run together are left: "pushback" cut as "push back"
        reads as two words of the sources it never meant."""
        text = word.folded
        if not word.name or "-" in text:
            return None
        cuts = [
            (abs(len(text) - 2 * k), text[:k], text[k:])
            for k in range(3, len(text) - 2)
            if text[:k] in self.names
            and text[k:] in self.names
            and (
                min(k, len(text) - k) > _SHORT_NAME or (text[:k], text[k:]) in self._name_neighbours
            )
        ]
        if not cuts:
            return None
        _, first, second = min(cuts)
        return f"{first} {second}"

    def _in_phrases(
        self, question: str, words: list[_Word], edits: dict[tuple[int, int], str], done: set[int]
    ) -> None:
        """Words of a name of several words that the other words of it, written right, identify
        (the module docstring): each replaced by the name's word."""
        parts = [
            (i, offset, part)
            for i, word in enumerate(words)
            for offset, part in _parts(word.folded)
        ]
        # Where each word, and each spelling key, is: a phrase is tried only where one of its
        # words is found as written or spelt another way.
        at: dict[str, list[int]] = {}
        for position, (_, _, part) in enumerate(parts):
            at.setdefault(part, []).append(position)
            at.setdefault("\0" + spelling_key(part), []).append(position)
        for phrase, content, keys in self._phrases:
            begins = {
                position - j
                for j, (word, key) in enumerate(zip(phrase, keys, strict=True))
                if word not in STOPWORDS
                for position in at.get(word, []) + at.get("\0" + key, [])
            }
            for begin in sorted(b for b in begins if 0 <= b <= len(parts) - len(phrase)):
                window = parts[begin : begin + len(phrase)]
                indices = {i for i, _, _ in window}
                if indices & done or all(words[i].known for i in indices):
                    continue
                if not _adjacent(question, words, sorted(indices)):
                    continue
                fixes = _phrase_fixes(window, phrase, content, words)
                if fixes is None:
                    continue
                for i, offset, part, meant in fixes:
                    start = words[i].start + offset
                    edits[(start, start + len(part))] = meant
                done |= indices


@dataclass(frozen=True)
class _Index:
    """Words by spelling key, and by length with their first or second letter; the letters of
    each (``_letters``)."""

    by_key: dict[str, list[str]]
    by_start: dict[tuple[int, str, int], list[str]]
    letters: dict[str, int]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Index:
        by_key: dict[str, list[str]] = {}
        by_start: dict[tuple[int, str, int], list[str]] = {}
        letters: dict[str, int] = {}
        for word in words:
            if spelt(word):
                by_key.setdefault(spelling_key(word), []).append(word)
                by_start.setdefault((len(word), word[0], 0), []).append(word)
                by_start.setdefault((len(word), word[1:2], 1), []).append(word)
                letters[word] = _letters(word)
        return cls(by_key, by_start, letters)


def _letters(word: str) -> int:
    """The set of ``word``'s letters as bits."""
    bits = 0
    for c in word:
        bits |= 1 << (ord(c) & 63)
    return bits


@lru_cache(maxsize=2)
def _dictionary(english: frozenset[str]) -> _Index:
    """The dictionary's index, built once: it is the same for every knowledge base."""
    return _Index.of(sorted(english))


def _parts(folded: str) -> list[tuple[int, str]]:
    """The parts of a hyphenated word with their offsets ("duck-soo": (0, "duck"), (5, "soo"))."""
    found, offset = [], 0
    for part in folded.split("-"):
        found.append((offset, part))
        offset += len(part) + 1
    return found


def _adjacent(question: str, words: list[_Word], indices: list[int]) -> bool:
    """Whether the words are one after another with only spaces between them."""
    return all(question[words[a].end : words[b].start].isspace() for a, b in pairwise(indices))


def _phrase_fixes(
    window: list[tuple[int, int, str]], phrase: tuple[str, ...], content: int, words: list[_Word]
) -> list[tuple[int, int, str, str]] | None:
    """The changes that make ``window`` read ``phrase`` (of ``content`` words not stopwords),
    or None if it is another phrase.

    Words the sources write must be the phrase's own. An unknown word is the phrase's if it is
    spelt the same way (``spelling_key``) or within ``allowed_edits``; one of them may be further
    off (same first letter, at most half its letters wrong) in a name of three words or more
    whose other words are written right ("Buro of Fisheries and Ports")."""
    fixes, far, exact, romanised = [], 0, 0, 0
    for (i, offset, part), meant in zip(window, phrase, strict=True):
        if part == meant:
            exact += meant not in STOPWORDS
            continue
        if words[i].known or meant in STOPWORDS:
            return None
        if romanised_key(part) == romanised_key(meant) and spelling_key(part) != spelling_key(
            meant
        ):
            # Another romanisation's consonants ("Jung" of "Chung"): the name's other words,
            # written right, must say which name it is.
            romanised += 1
            fixes.append((i, offset, part, meant))
            continue
        longer = max(len(part), len(meant))
        # A syllable of a hyphenated given name is allowed the slips of the whole word it is
        # part of ("Yong-jim" is seven letters, one wrong), as any other name is; it keeps its
        # first letter, which would make it another name ("Bin-" is not "Min-"). The hyphen is
        # no letter: "KF-X" is three, none of which may be wrong.
        whole = allowed_edits(len(words[i].folded.replace("-", "")))
        slip = part[0] == meant[0] and edit_distance(part, meant, whole) <= whole
        if (
            not slip
            and spelling_key(part) != spelling_key(meant)
            and edit_distance(part, meant, allowed_edits(len(part))) > allowed_edits(len(part))
        ):
            if part[0] != meant[0] or edit_distance(part, meant, longer // 2) > longer // 2:
                return None
            far += 1
        fixes.append((i, offset, part, meant))
    if far > 1 or (far and (content < 3 or exact < content - 1)) or (romanised and not exact):
        return None
    return fixes


def _cased(written: str, fixed: str) -> str:
    """``fixed`` in the case ``written`` has: "BURO" -> "BUREAU", "Seol" -> "Sul"."""
    if fixed.isupper():
        return fixed  # initials, as the sources write them
    if written.isupper() and len(written) > 1:
        return fixed.upper()
    if written[:1].isupper():
        return " ".join(w[:1].upper() + w[1:] for w in fixed.split(" "))
    return fixed


def _applied(question: str, edits: dict[tuple[int, int], str]) -> Respelling:
    text, changes = question, {}
    for (start, end), fixed in sorted(edits.items(), reverse=True):
        written = question[start:end]
        changes[fold(written).strip()] = fixed
        text = text[:start] + _cased(written, fixed) + text[end:]
    return Respelling(text, dict(reversed(changes.items())))
