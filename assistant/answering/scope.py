"""Does a question fall inside what the sources cover? Decided before any answer is composed.

A question is out of scope when it names a year, country, program, person or report that no
source mentions (so a 2027 report is never answered with a 2025 fact), or when most of what it
asks about is absent from the sources. A question is judged as respelt (``spelling``): a misspelt
word counts as the word the sources write that it was meant as.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from assistant.answering.frame import period_mentions
from assistant.answering.sentence_kinds import without_asking
from assistant.answering.spelling import (
    Respelling,
    Speller,
    dictionary_base,
    inflected_from,
    is_question_typo,
    written_as_name,
)
from assistant.knowledge.names import name_table
from assistant.quantities import SOURCE_CURRENCY_WORDS, lex
from assistant.regex import lazy
from assistant.search.terms import QUESTION_WORDS, STOPWORDS, Lexicon, is_year
from assistant.wording import say

# A decade, "1990s" or "2010s": the years it spans.
_DECADE = lazy(r"(?:[a-z]+-)?((?:19|20)\d)0s")
# Imperatives that open a request; not topics.
_OPENERS = frozenset(
    "explain describe list compare summarize summarise outline define name give tell show "
    "briefly please".split()
)
_YEAR_SPAN = lazy(r"^((?:19|20)\d\d)-((?:19|20)\d\d)$")
# "40-jet", "30-month": a count joined to its noun; the noun is what must be known.
_QUANTITY_PREFIX = lazy(r"^\d+(?:[.,]\d+)?-(?=[a-z])")
# "mid-2022", "early-2023", "2020-era": a year joined to a word; each is checked on its own.
_YEAR_JOINED = lazy(r"(?<=[a-z])-(?=(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d)-(?=[a-z])", re.I)
# A sentence ended just before a word: "… in 1990. True?"
_SENTENCE_END = lazy(r"[.?!]\s+$")
# An amount whose scale is written short: "$300m", "1.4bn", "5tn", "20k".
_SHORT_SCALED = lazy(r"[$€£₩]?\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|b|tn)", re.I)
_WORD = lazy(r"[^\W_][\w'’\-.]*[^\W_]|[^\W_]")
# The endings that make a noun's relational adjective: "naval" of "navy", "Canadian" of
# "Canada", "European" of "Europe", "industrial" of "industry".
_ADJECTIVE_ENDINGS = ("al", "ial", "an", "ian", "ese", "ic")


def adjective_forms(word: str) -> tuple[str, ...]:
    """``word`` (folded) and the relational adjectives it may take: "navy", "naval", ...; a
    final vowel may go ("navy" → "naval") or stay ("europe" → "european")."""
    stems = (word, word[:-1]) if word[-1:] in tuple("aeiouy") else (word,)
    return (word, *dict.fromkeys(f"{s}{e}" for s in stems for e in _ADJECTIVE_ENDINGS))


def _lowercase_parts(word: str) -> frozenset[str]:
    """The parts of the hyphenated ``word`` written in lower case ("linked" of "NATO-linked"):
    words a name is joined to, not parts of the name."""
    if "-" not in word:
        return frozenset()
    return frozenset(part for part in word.split("-") if part.isalpha() and part.islower())


def _without_amounts(text: str) -> str:
    """``text`` with its amounts and percentages made spaces, those a compound joins too:
    "on-USD-10-million" → "on- ". A figure may be hypothetical: never a word the sources must use."""
    for token in reversed(lex(text)):
        if token.currency or token.scale or token.percent:
            text = text[: token.start] + " " + text[token.end :]
    return text


@dataclass(frozen=True)
class Scope:
    """The verdict on a question, with the terms the sources never mention."""

    covered: bool
    unknown: tuple[str, ...] = ()
    reason: str = ""
    corrections: dict[str, str] = field(default_factory=dict)


class ScopeChecker:
    """Knows the vocabulary of the indexed sources and judges questions against it."""

    def __init__(
        self,
        lexicon: Lexicon,
        vocabulary: frozenset[str],
        years: frozenset[str],
        surfaces: dict[str, str] | None = None,
        names: frozenset[str] = frozenset(),
        english: frozenset[str] = frozenset(),
        phrases: Iterable[str] = (),
        called: Iterable[str] = (),
        targets: frozenset[str] | None = None,
        rare: frozenset[str] = frozenset(),
        usage: Mapping[str, int] | None = None,
    ) -> None:
        """``surfaces`` maps each word the sources write to its term (default: the terms
        themselves); ``names`` are the words the sources write as names; ``english`` is a
        dictionary of real words (a word in it is never taken for a misspelling); ``phrases``
        are names of several words, ``called`` the names a question calls a source by,
        ``targets`` the real words a misspelling may be corrected to and ``rare`` the real words
        too rare for the dictionary, taken only for slips of the sources' words, and ``usage`` how
        many of the sources' sentences write each term (``Speller``)."""
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.surfaces = surfaces if surfaces is not None else {t: t for t in vocabulary}
        self.names = names
        self.years = years
        self.english = english
        self.speller = Speller(
            lexicon,
            vocabulary,
            self.surfaces,
            names,
            english,
            phrases,
            called,
            targets,
            rare,
            usage,
        )
        # The units of the sources' amounts ("in dollars") say how to answer, not what about.
        framing = QUESTION_WORDS | _OPENERS | SOURCE_CURRENCY_WORDS
        self._question_stems = frozenset(lexicon.stems(framing))
        # "KCX" and "F35A" are "KC-X" and "F-35A" written without their hyphens.
        self._unhyphenated = {t.replace("-", ""): t for t in vocabulary if "-" in t}
        # A source's own name ("Asiae", "the KIET paper") is the name a question calls it by,
        # whether or not its text writes it: the sources are never "silent" on themselves.
        self._source_terms = frozenset(t for name in called for t in lexicon.terms(name))
        # The years the sources name, as numbers (each question's period is set against them).
        self._named_years = sorted(int(t) for t in vocabulary if is_year(t))

    def respell(self, question: str) -> Respelling:
        """``question`` with its misspelt words replaced by the words the sources write."""
        return self.speller.respell(question)

    def nearest(self, word: str, name: bool = False, initials: bool = False) -> str | None:
        """The term of the known word ``word`` (as written, folded) is a misspelling of, if any
        (the terms of its parts, space-separated, for a hyphenated name).

        A ``name`` is corrected only to a name the sources use: "India" is not "indicate". Any
        other word that is a real word is not a misspelling: "gone" is a different word from
        "done", and "tried" is "try", known only if the sources use "try". ``initials``: the
        word is written in capitals, as an acronym (``Speller.correct``).
        """
        if not name and dictionary_base(word, self.english) is not None:
            # Read as the word it is made from as the model's vocabulary lists it ("staffing"
            # is "staff"): that vocabulary holds words in their own right, whole ("evening" is
            # not "even"), the larger list every form of each, so it would stop at "staffing".
            base = dictionary_base(word, self.speller.targets)
            return None if base is None else self.surfaces.get(base)
        joined = self._unhyphenated.get(word.replace("-", ""))
        if joined is not None:
            return joined
        known = self.speller.correct(word, name, initials)
        if known is None or not all(part in self.surfaces for part in known.split("-")):
            return None
        return " ".join(self.surfaces[part] for part in known.split("-"))

    def _adjective_written(self, word: str) -> bool:
        """Whether the sources write the relational adjective of the name ``word`` (folded):
        a source on "naval ships" mentions the navy, one on "Canadian jets" Canada. A word
        shorter than four letters is too short to tell its adjective from another word."""
        if len(word) < 4 or not word.isalpha():
            return False
        return any(form in self.surfaces for form in adjective_forms(word)[1:])

    def by_adjective(self, question: str) -> dict[str, tuple[str, ...]]:
        """The names of ``question`` the sources write only as their adjective ("Navy" of
        "naval ships"), each with the forms an answer may write it in: the name is known, but a
        sentence not writing it is about someone else."""
        found: dict[str, tuple[str, ...]] = {}
        for entity in self.entities(question):
            for word, term in self._written(entity):
                if term in self.vocabulary or term in self.lexicon.alias_terms:
                    continue
                if self._adjective_written(word):
                    found[word] = adjective_forms(word)
        return found

    def _listed(self, word: str) -> str | None:
        """The terms of the name the name table lists ``word`` as another way of writing, when
        the sources write that name ("Smyth" for a "Smith" the sources name)."""
        table = name_table()
        for kind in table.patterns:
            for name, pattern in table.patterns[kind].items():
                if pattern.fullmatch(word):
                    terms = self.lexicon.terms(name)
                    if terms and all(t in self.vocabulary for t in terms):
                        return " ".join(terms)
        return None

    def _corrections(self, spelled: Respelling) -> dict[str, str]:
        """Each term of the question the sources never use -> the terms of the words it was
        taken for (space-separated)."""
        corrections = {}
        for written, meant in spelled.changes.items():
            fixed = self.lexicon.terms(meant)
            for term in self.lexicon.terms(written):
                if fixed and term not in fixed and term not in self.vocabulary:
                    corrections[term] = " ".join(fixed)
        return corrections

    def entities(self, question: str) -> list[str]:
        """Names, acronyms, years and model numbers in the question, as written."""
        found = []
        for position, match in enumerate(_WORD.finditer(question)):
            word = match.group(0).strip("'’.")
            lower = word.lower()
            if lower in STOPWORDS or lower in _OPENERS or lower in QUESTION_WORDS:
                continue
            has_digit = any(c.isdigit() for c in word)
            if has_digit and not is_year(word) and not re.search(r"[A-Za-z]", word):
                continue  # a plain amount (12, 662.6): hypothetical figures are allowed
            if _SHORT_SCALED.fullmatch(word):
                continue  # an amount with its scale cut short ("300m", "1.4bn") is one too
            # Every sentence starts with a capital ("True?" ends a claim): ``written_as_name``.
            opens = position == 0 or bool(_SENTENCE_END.search(question, 0, match.start()))
            is_name = written_as_name(word, opens, position == 0, self.english)
            if has_digit or is_name:
                found.append(word)
        return found

    def _written(self, text: str) -> list[tuple[str, str]]:
        """(word as written and folded, its term) for each word of ``text`` that has a term."""
        words = [w for w in self.lexicon.words(text) if w not in STOPWORDS]
        pairs = []
        for word in words:
            for term in self.lexicon.terms_of([word]):
                pairs.append((word, term))
        return pairs

    def _known_decade(self, term: str, text: str) -> bool:
        """Whether ``term`` is a decade ("the mid-2010s") some year the sources name falls in;
        "mid-2010s" also yields the term "mid-2010", as "F-35As" does "F-35A"."""
        decade = _DECADE.fullmatch(term) or (
            _DECADE.fullmatch(f"{term}s") if f"{term}s" in text.lower() else None
        )
        if decade is None:
            return False
        return any(f"{decade.group(1)}{d}" in self.vocabulary for d in range(10))

    def _bounds_within_reach(self, question: str) -> frozenset[str]:
        """The years that end a period of ``question`` and fall within the years the sources
        name: "from 2019 to 2025" asks what happened between them, which the sources may say
        of the years they do name, without naming 2019 itself."""
        named = self._named_years
        if not named:
            return frozenset()
        return frozenset(
            str(year)
            for (first, last), _ in period_mentions(question)
            for year in (first, last)
            if min(named) <= year <= max(named)
        )

    def check(self, question: str) -> Scope:
        """The verdict on ``question``, judged as respelt (``respell``): its corrections map
        the question's own terms to the terms of the words they were taken for."""
        spelled = self.respell(question)
        question = spelled.text
        unknown: list[str] = []
        corrections = self._corrections(spelled)
        bounds = self._bounds_within_reach(question)
        # A question written all in capitals writes no word as an acronym.
        shouted = not any(c.islower() for c in question)
        for entity in self.entities(question):
            acronym = entity.isupper() and not shouted
            parts = _YEAR_JOINED.sub(" ", _QUANTITY_PREFIX.sub("", _without_amounts(entity)))
            for word, term in self._written(parts):
                if (
                    term in self.vocabulary
                    or term in self.lexicon.alias_terms
                    or term in self._source_terms
                ):
                    continue
                if parts != entity and word.isalpha() and dictionary_base(word, self.english):
                    continue  # "mid" of "mid-2023": an English word, not a name
                if word in _lowercase_parts(entity) and inflected_from(word, self.english):
                    # "linked" of "NATO-linked", "backed" of "state-backed": an inflected English
                    # word joined to a name is no part of the name (a given name's syllables,
                    # "Min-ho", carry no inflection); it is judged with the question's other words.
                    continue
                span = _YEAR_SPAN.match(term)
                if span and set(span.groups()) <= self.vocabulary:
                    continue  # "2016-2022": a period between two years the sources name
                if self._known_decade(term, parts) or term in bounds:
                    continue
                if self._adjective_written(word):
                    continue
                if term.endswith("s") and term[:-1] in self.vocabulary:
                    corrections[term] = term[:-1]  # "F-35As": the plural of a known code
                    continue
                near = (
                    self._unhyphenated.get(term)
                    if is_year(term) or any(c.isdigit() for c in term)
                    else self.nearest(word, name=True, initials=acronym) or self._listed(word)
                )
                if near is None:
                    unknown.append(entity)
                    break
                corrections[term] = near
        if unknown:
            names = ", ".join(dict.fromkeys(unknown))
            return Scope(
                False,
                tuple(dict.fromkeys(unknown)),
                say("never_mention", names=names),
                corrections,
            )
        # "What does the paper advise": the words asking for a kind of sentence are no topic.
        focus = [
            (w, t)
            for w, t in self._written(without_asking(_without_amounts(question)))
            if t not in self._question_stems
        ]
        if not focus:
            return Scope(True, (), "", corrections)
        missing, paraphrased = [], []
        for word, term in focus:
            if (
                term in self.vocabulary
                or is_question_typo(term)
                or term in corrections
                or self._known_decade(term, question)
                or term in bounds
            ):
                continue
            near = self.nearest(word)
            if near is not None:
                corrections[term] = near
            elif dictionary_base(word, self.english) is not None:
                # A real word the sources do not use ("objectionable" for "unfair") may say in
                # other words what they do cover: whether they do is judged on the sentences found.
                paraphrased.append(term)
            else:
                missing.append(term)
        if (
            len(missing) >= 2
            and len(missing) / len(focus) >= 0.4
            or len(missing) / len(focus) > 0.5
        ):
            return Scope(False, tuple(missing + paraphrased), say("not_covered"), corrections)
        return Scope(True, tuple(missing + paraphrased), "", corrections)
