"""Lexical terms: the normalisation shared by the BM25 index, sentence scoring and scope checks.

Numbers, years and model names survive whole ("kc-x", "f-35a", "14.7", "2016"), so an exact
figure or name in a question matches the same figure or name in a source.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError
from assistant.knowledge.capitals import capitals
from assistant.quantities import money_tokens
from assistant.regex import lazy

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves tell say said says
    according did does do give gives given show shows please much many whose whats what's there's
    it's get gets getting got gotten make made like would could should may might must shall let lets
    know done""".split()
) | frozenset(
    # Contractions of these words ("I'm", "we've", "don't") are as empty of topic as the words.
    [
        f"{head}'{tail}"
        for head in "i you we they he she it that there what who where how here".split()
        for tail in ("m", "re", "ve", "d", "ll", "s")
    ]
    + [
        f"{verb}n't"
        for verb in "do does did is are was were has have had could would should must need".split()
    ]
    + ["can't", "won't", "shan't", "ain't"]
)
# Terms that mark a question's form, not its topic: ignored when judging what a question is about.
QUESTION_WORDS = frozenset(
    """much many long large big amount number figure value year years date when what which who
    why how happen happened happens stand stands exactly roughly approximately total
    current currently now today latest first last new newly else""".split()
) | frozenset(
    # Words of emphasis ask nothing of the topic: "what has it actually achieved" is not about
    # a source's "in actuality".
    """actually really truly precisely specifically basically essentially literally honestly
    seriously simply just even ever still""".split()
)
# Words that frame a request for a summary rather than name its topic ("summarize how X evolved
# over time"): never topic terms.
FRAMING_WORDS = frozenset(
    """summarize summarise summary summaries overview outline recap trace timeline evolve evolved
    evolution briefly brief explain describe list""".split()
)

# Words that ask for a history or a summary without naming its topic ("walk me through how the
# levy moved, in order, since its first year"): not what a summary's lines must be about. The
# words that open its period ("since 1995", "from 1990 onward") set when the story starts.
SUMMARY_FRAMING = frozenset(
    """walk put change changed changes changing order chronological chronologically history
    historical develop developed development developments sequence step steps start started
    beginning began begin today now present time times over years key main points since onward
    onwards""".split()
)

_TOKEN = lazy(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*")
_THOUSANDS = lazy(r"(?<=\d),(?=\d{3}(?!\d))")
# "U.S." and its possessive "U.S.'s" alike: a possessive's "s" is no word of its own.
_US = lazy(r"\bU\.?S\.?(?:['’]s)?(?=[\s,;:)'’]|$)")
# A word with a label ("Category-B", "Article-4"): written so or as "category B" and "Article 4",
# so both are the word and its label. A short code ("kc-x", "t-50") stays whole.
_LABELLED = lazy(r"^[a-z]{4,}-(?:[a-z]|\d{1,2})$")
_YEAR = lazy(r"^(19|20)\d\d$")
# Where a token splits into words: "offset-related", "2016-2020".
_WORD_BREAK = lazy(r"[-.]")
# A model code with a variant letter: "f-35a" is "f-35" too.
_VARIANT = lazy(r"^([a-z]+-\d+)[a-z]+$")


# An amount of money as one term: its currency and its exact value ("usd10000000"), however it is
# written ("$10 million", "USD 10 million", "ten million dollars", "a ten-million-dollar floor").
_AMOUNT_TERM = lazy(r"^(?:usd|krw)\d+(?:\.\d+)?$")


def amount_term(currency: str, value: Decimal) -> str:
    """The term of an amount: "usd10000000" for USD 10 million, "krw14700000000" for KRW 14.7
    billion. A written word of its own, so a text with it put in place reads it as one term."""
    return f"{currency.lower()}{value.normalize():f}"


def is_amount_term(term: str) -> bool:
    return bool(_AMOUNT_TERM.match(term))


def amounts(text: str) -> list[tuple[int, int, str]]:
    """Each amount of money ``text`` states, as (start, end, its term)."""
    return [
        (t.start, t.end, amount_term(t.currency or "", t.scaled()))
        for t in money_tokens(text)
        if t.scaled() > 0
    ]


def fold(text: str) -> str:
    """Lower case, accents and damaged characters removed, thousands separators dropped."""
    text = _US.sub(" usa ", text)
    text = unicodedata.normalize("NFKD", text.replace("\ufffd", ""))
    # The combining marks NFKD split off, dropped: looked up once per distinct character, not
    # once per character (every row, source sentence and question is folded).
    marks = [c for c in set(text) if unicodedata.combining(c)]
    if marks:
        text = text.translate(dict.fromkeys(map(ord, marks)))
    text = text.replace("’", "'").replace("‘", "'")
    return _THOUSANDS.sub("", text.lower())


@lru_cache(maxsize=4)
def _alias_table(path: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    file = Path(path)
    if not file.exists():
        return None, {}
    raw = read_yaml(file) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{file} must map each canonical term to a list of phrases")
    mapping: dict[str, str] = {}
    for canonical, phrases in raw.items():
        if not isinstance(phrases, list):
            raise KnowledgeError(f"{file}: {canonical!r} must list its phrases")
        for phrase in phrases:
            mapping[fold(str(phrase))] = str(canonical)
    # A capital is searched for as its country: "Ankara" as "turkiye", "Abu Dhabi" as "uae".
    for country, written in capitals(file.parent).items():
        term = mapping.get(fold(country), fold(country))
        for phrase in written:
            mapping.setdefault(fold(phrase), term)
    # Longest phrases first, so "u.s. trade representative" wins over "u.s". A possessive goes
    # with its phrase ("turkey's" is "turkiye"): left behind, its "s" would be a search term of
    # its own, in the index and in questions alike.
    ordered = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w.-])(" + "|".join(re.escape(p) for p in ordered) + r")(?:'s)?(?![\w-])"
    )
    return pattern, mapping


# One Snowball stemmer per thread: a PyStemmer object keeps state between calls and is not
# safe to share across threads (a server answers questions on several), and search and the
# answering checks (``answering/word_forms.py``) must stem alike.
_STEMMERS = threading.local()


def snowball_stem(word: str) -> str:
    """``word``'s Snowball English stem ("signing" -> "sign"), as the index stems it."""
    stemmer: Any = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        import Stemmer  # PyStemmer: Snowball English, a C extension, fast

        stemmer = _STEMMERS.english = Stemmer.Stemmer("english")
    stemmed: str = stemmer.stemWord(word)
    return stemmed


class Lexicon:
    """Turns text into search terms: folded, aliased, stemmed, stopwords dropped."""

    def __init__(self, aliases_file: Path | None = None) -> None:
        self._aliases = _alias_table(str(aliases_file)) if aliases_file else (None, {})
        # The words of alias phrases ("estimate" in "national trade estimate") are known words
        # even though the index stores only their canonical term.
        self.alias_terms = frozenset(
            self.stem(w)
            for phrase in self._aliases[1]
            for w in _TOKEN.findall(phrase)
            if w not in STOPWORDS
        )
        # Each alias word as written, with the term it stands for: a one-word alias ("turkey") stands
        # for its canonical term, a word of a longer phrase for its own stem.
        self.alias_words: dict[str, str] = {}
        for phrase, canonical in self._aliases[1].items():
            words = [w for w in _TOKEN.findall(phrase) if w not in STOPWORDS and w.isalpha()]
            for word in words:
                self.alias_words.setdefault(
                    word, self.stem(canonical) if len(words) == 1 else self.stem(word)
                )
        # The words and (written) terms of texts already split, by text: answering one question
        # splits the same question, context and candidate sentences many times over (a tenth of
        # a warm answer's time). Both are pure functions of the text for a given lexicon; copies
        # are handed out, so a caller that extends its list changes nothing here.
        self._words_of: dict[str, tuple[str, ...]] = {}
        self._written_terms_of: dict[str, tuple[str, ...]] = {}
        self._terms_of: dict[str, tuple[str, ...]] = {}

    @property
    def phrases(self) -> tuple[str, ...]:
        """The alias table's phrases and canonical terms, folded ("bureau of industry and
        security", "bis")."""
        mapping = self._aliases[1]
        return tuple(dict.fromkeys([*mapping, *map(fold, mapping.values())]))

    def digest(self) -> str:
        """A digest of everything that decides this lexicon's terms: its alias table, the
        stopwords and this module's code (derived views cached on disk are keyed by it)."""
        import hashlib
        import json

        payload = json.dumps(
            [sorted(self._aliases[1].items()), sorted(STOPWORDS)], ensure_ascii=False
        ).encode("utf-8")
        digest = hashlib.sha256(payload)
        digest.update(Path(__file__).read_bytes())
        return digest.hexdigest()[:24]

    def _alias(self, folded: str) -> str:
        pattern, mapping = self._aliases
        if pattern is None:
            return folded
        return pattern.sub(lambda m: f" {mapping[m.group(1)]} ", folded)

    def words(self, text: str) -> list[str]:
        """Folded, aliased words before stemming, possessives removed, stopwords kept."""
        known = self._words_of.get(text)
        if known is None:
            known = _remembered(self._words_of, text, tuple(self._words(text)))
        return list(known)

    def _words(self, text: str) -> list[str]:
        out: list[str] = []
        for token in _TOKEN.findall(self._alias(fold(text))):
            if token.endswith("'s"):
                token = token[:-2]
            token = token.strip("'.")
            if not token:
                continue
            parts = _WORD_BREAK.split(token)
            # "kc-x", "f-35a", "t-50", "10.45", "u.s" stay whole; "offset-related" splits, and so
            # does a period "2016-2020", into the years other texts write as "2016 to 2020",
            # and a year written into a compound ("mid-2018", "pre-2016", "2023-era"), whose
            # year is the one other texts write alone.
            if len(parts) > 1 and (
                _LABELLED.match(token)
                or all(p.isalpha() and len(p) > 2 for p in parts)
                or all(map(_YEAR.match, parts))
                or any(map(_YEAR.match, parts))
                and all(_YEAR.match(p) or p.isalpha() and len(p) > 2 for p in parts)
            ):
                out.extend(parts)
            else:
                out.append(token)
        return out

    def terms(self, text: str) -> list[str]:
        """Search terms of ``text``: what BM25 indexes and what questions are matched on. Each
        amount of money it states adds its typed term (``amount_term``) to the terms of its
        written words, so one amount matches the same amount however either text writes it."""
        known = self._terms_of.get(text)
        if known is None:
            terms = (*self.written_terms(text), *(term for _, _, term in amounts(text)))
            known = _remembered(self._terms_of, text, terms)
        return list(known)

    def written_terms(self, text: str) -> list[str]:
        """Search terms of ``text``'s written words only, without typed amount terms: what a
        passage's BM25 indexes, whose lengths a typed term would change."""
        known = self._written_terms_of.get(text)
        if known is None:
            terms = tuple(self.terms_of(self.words(text)))
            known = _remembered(self._written_terms_of, text, terms)
        return list(known)

    @staticmethod
    def amounts_typed(text: str, known: Callable[[str], bool]) -> str:
        """``text`` with each amount whose term is ``known`` written as that term alone: "the
        ten-million-dollar floor" → "the usd10000000 floor". Its number and scale words then
        match no "ten years" or "10 percent"; an amount no source states keeps its words."""
        for start, end, term in reversed(amounts(text)):
            if known(term):
                text = f"{text[:start]} {term} {text[end:]}"
        return text

    def terms_of(self, words: list[str]) -> list[str]:
        """The search terms of words already split by ``words``."""
        out: list[str] = []
        for word in words:
            if word in STOPWORDS:
                continue
            out.append(self.stem(word))
            # "F-35A" also answers to "F-35".
            variant = _VARIANT.match(word)
            if variant:
                out.append(variant.group(1))
        return out

    def stem(self, word: str) -> str:
        if word.isalpha():
            return snowball_stem(word)
        return word

    def stems(self, words: Iterable[str]) -> list[str]:
        return [self.stem(w) for w in words]


# Texts remembered per lexicon table before it starts afresh: far more than one question's texts,
# and a bound on memory in a server that answers questions for days.
_REMEMBERED = 20_000


def _remembered(
    table: dict[str, tuple[str, ...]], text: str, value: tuple[str, ...]
) -> tuple[str, ...]:
    """``value``, kept in ``table`` under ``text``; the table is emptied when it is full."""
    if len(table) >= _REMEMBERED:
        table.clear()
    table[text] = value
    return value


def is_year(term: str) -> bool:
    return bool(_YEAR.match(term))
