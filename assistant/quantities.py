"""Quantities written the way the sources and users write them: "$10 million", "KRW 1 trillion",
"14.7 billion won", "USD 7.99 billion", "46 percent", "seven". Exact decimals, never floats.

This module is the one place that knows how quantities are written: currency words and symbols,
scale words, number words, the number pattern, and how close two figures must be to be the same
figure. ``lex`` reads text into ``QuantityToken`` values with their spans; everything else that
finds amounts, figures or numbers in text (routing, scoring, the figures check, the data tables'
verification, follow-ups) filters those tokens rather than matching digits itself.

A reader of another script (Korean numbers: "7조 7,700억 원") plugs in as one more entry of
``READERS``: a function from text to tokens. ``lex`` merges what the readers find, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant import currencies
from assistant.regex import lazy

SCALES = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
}
# One letter is a scale only right after a number ("$5m"); as a word it is too easily something else.
LETTER_SCALES = frozenset({"k", "m", "b"})
SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
# Every way of writing a currency, lower-cased, to its code (``assistant/currencies.py``).
CURRENCIES = dict(currencies.SPELLINGS)
KNOWN_CURRENCIES = tuple(sorted(set(CURRENCIES.values())))
# The currencies the sources write amounts in.
SOURCE_CURRENCIES = ("USD", "KRW")
# The words for them ("dollars", "won"): a question's unit, never its topic (the sources write "$").
SOURCE_CURRENCY_WORDS = frozenset(
    w for w, code in CURRENCIES.items() if code in SOURCE_CURRENCIES and w.isalpha()
)
_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {**_UNIT_WORDS, **_TEEN_WORDS, **_TENS_WORDS, "hundred": 100}
# Fraction words: "half", "a third", "three quarters", "a tenth" each name a part of one by its
# denominator (a plural names the same part). This is the one table of them: every reader that
# takes a part of a figure from words (a share of a remainder, a share told in words, an amount
# spelled out as "six and a half million") looks the word up here.
FRACTION_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}


def fraction_denominator(word: str) -> int | None:
    """The denominator ``word`` names ("third": 3), or None when it names no part of one."""
    return FRACTION_DENOMINATORS.get(word.lower())


def part_of_one(word: str) -> Decimal:
    """The part of one fraction word ``word`` names, exactly ("quarter": 0.25)."""
    return Decimal(1) / FRACTION_DENOMINATORS[word.lower()]


# Parts of one an amount is spelled out with: "ten and a half", "a quarter of a billion", "three
# quarters of a million". Thirds are not read: their decimal never ends, and an amount is exact.
_FRACTION_WORDS = {word: part_of_one(word) for word in ("half", "quarter", "quarters")}
# The words a count is written with instead of digits ("fifteen tankers", "dozens of firms"): the
# number words but "zero", and those no exact figure is read from.
COUNT_WORDS = tuple(
    dict.fromkeys(
        (*(word for word in NUMBER_WORDS if word != "zero"), "dozen", "dozens", "hundreds")
    )
)
# Two figures within 2% are one figure rounded ("nearly $8 billion" and "USD 7.99 billion").
FIGURE_TOLERANCE = Decimal("0.02")


def currency_words(*codes: str, symbols: bool = True) -> str:
    """A regex alternation of every way of writing the currencies ``codes`` ("won|krw|₩"),
    longest first; ``symbols=False`` leaves out "$", "₩" and the like."""
    written = [w for w, c in CURRENCIES.items() if c in codes and (symbols or w[-1].isalpha())]
    return currencies.alternation(written)


# The currency symbols ("$", "US$", "₩"), as a regex alternation, longest first.
CURRENCY_SYMBOLS = "|".join(
    re.escape(w)
    for w in sorted((w for w in CURRENCIES if not w[-1].isalpha()), key=len, reverse=True)
)
# Digits grouped in threes by commas: "1,320", "12,000,000".
DIGIT_GROUPS = r"\d{1,3}(?:,\d{3})+"
# A written number: grouped by commas ("1,320.5") or plain ("1320.5").
NUMBER = rf"{DIGIT_GROUPS}(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"thousand|million|billion|trillion|bn|mn|tn|[kmb]"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# A number written in English words: "sixty", "twenty-five", "one hundred (and) twenty",
# "ten and a half", "a quarter of a" / "half a" / "three quarters of a" (before a scale word),
# "a" (before a scale word: "a billion dollars").
_SMALL_WORDS = (
    rf"(?:{_alternation(_TENS_WORDS)})(?:[- ](?:{_alternation(_UNIT_WORDS)})\b)?"
    rf"|(?:{_alternation(_TEEN_WORDS)}|{_alternation(_UNIT_WORDS)})"
)
_SPELLED_SCALE = r"(?=\s+(?:thousand|million|billion|trillion)\b)"
NUMBER_WORD = (
    rf"(?:(?:an?|one|two|three)\s+(?:half|quarters?)\s+of\s+an?{_SPELLED_SCALE}"
    rf"|half\s+an?{_SPELLED_SCALE}"
    rf"|(?:(?:{_SMALL_WORDS}|an?)\s+hundred(?:\s+(?:and\s+)?(?:{_SMALL_WORDS})\b)?"
    rf"|(?:{_SMALL_WORDS})|hundred)(?:\s+and\s+an?\s+(?:half|quarter)\b)?"
    rf"|an?{_SPELLED_SCALE})"
)
# A currency written before an amount is a code or a symbol ("GBP 40 million", "£40 million");
# after it, a code or a name ("40 million GBP", "40 million pounds sterling").
_PREFIX = currencies.alternation([*currencies.SYMBOLS, *currencies.WRITTEN_CODES])
_SUFFIX = (
    r"%|percent\b|per[ ]cent\b|"
    rf"(?:{currencies.alternation([*currencies.WRITTEN_CODES, *currencies.NAMES])})\b"
)
# A compound adjective joins the number, its scale and its currency with hyphens: "a
# 12-million-dollar deal", "a twelve-million-dollar deal", "a $5-billion order". A hyphen glued
# to a currency's letter code on one side and a digit on the other joins them too ("the
# USD-10-million rule"): a minus is written apart from the code ("USD -10 million").
_CODE_JOINER = r"(?<=[A-Za-z])-(?=\d)"
_SPELLED_SCALES = rf"(?:{'|'.join(SPELLED_SCALES)})"
_WORD_CURRENCIES = rf"(?:{currencies.alternation(currencies.NAMES)})"
_TOKEN = rf"""
    (?<![\w.])(?P<lead>[-−](?=(?:{_PREFIX})?\s?\d))?(?:(?P<pre>{_PREFIX})(?:\s|{_CODE_JOINER})?)?
    (?P<sign>[-−])?
    (?P<num>(?>{NUMBER}){{words}})        # atomic: "$55e7" is not USD 5 followed by something
    (?P<exp>[eE][-+]?\d+)?(?P<ord>(?:st|nd|rd|th)\b)?
    (?:(?:\s|-(?={_SPELLED_SCALES}\b))?(?P<scale>{SCALE})\b)?
    (?:(?:\s|-(?={_WORD_CURRENCIES}\b))?(?P<post>{_SUFFIX}))?
"""
_DIGITS_AND_WORDS = lazy(
    _TOKEN.replace("{words}", rf"|\b{NUMBER_WORD}\b(?!-(?!{_SPELLED_SCALES}\b))"),
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class QuantityToken:
    """One written quantity and where it stands: ``text[start:end]``.

    ``number`` is the number as written, before its scale; ``scale`` the scale word, lower-cased;
    ``pre`` and ``post`` the currency or percent words before and after it, as written, and
    ``sign`` a minus sign. The number itself stands at ``text[num_start:num_end]`` (with an
    exponent or ordinal suffix written on it), the number and its scale end at ``scale_end``.
    ``glued`` says a letter follows the number directly ("5G", "F-35A"): a name, not a figure."""

    start: int
    end: int
    text: str
    number: Decimal
    num_start: int
    num_end: int
    scale_end: int
    sign: str | None = None
    pre: str | None = None
    post: str | None = None
    scale: str | None = None
    exponent: str | None = None
    ordinal: bool = False
    glued: bool = False
    word: bool = False

    @property
    def currency(self) -> str | None:
        written = self.pre or self.post
        return CURRENCIES.get(" ".join(written.lower().split())) if written else None

    @property
    def percent(self) -> bool:
        return self.post is not None and self.post.lower() in ("%", "percent", "per cent")

    def scaled(self, letters: bool = True) -> Decimal:
        """The number times its scale; ``letters=False`` leaves one-letter scales ("5 m") out."""
        if self.scale and (letters or self.scale not in LETTER_SCALES):
            return self.number * SCALES[self.scale]
        return self.number


def parse_number(text: str) -> Decimal:
    """ "1,320.5" → 1320.5; "seven" → 7; "one hundred twenty" → 120; "ten and a half" → 10.5."""
    if text.strip()[:1].isalpha():
        return _spelled(text)
    return Decimal(text.replace(",", ""))


def _spelled(text: str) -> Decimal:
    """The value of a number written in words (see ``NUMBER_WORD``), exactly."""
    value, counted, after_and = Decimal(0), False, False
    for word in re.findall(r"[a-z]+", text.lower()):
        if word == "and":
            after_and = True
        elif word in _FRACTION_WORDS:
            # "ten and a half" adds a half; "three quarters" and "half (a)" take a part of one.
            part = _FRACTION_WORDS[word]
            value = value + part if after_and else (value if counted else Decimal(1)) * part
            counted = True
        elif word == "hundred":
            value, counted = (value if counted else Decimal(1)) * 100, True
        elif word in NUMBER_WORDS:
            value, counted = value + NUMBER_WORDS[word], True
    return value if counted else Decimal(1)  # "a billion"


# A Latin letter glued to a number makes it a name ("F-35A", "5G"); a Hangul unit ("1982년") does not.
_LATIN_LETTER = lazy(r"[A-Za-z]")
_DIGIT_NEXT = lazy(rf"\s*(?:{currencies.alternation(currencies.SYMBOLS)})?\d")


def _latin(text: str, words: bool = False) -> Iterable[QuantityToken]:
    """Quantities written in digits (and, with ``words``, English number words). An amount
    spelled out with its scale word ("sixty million dollars", "a quarter of a billion") is read
    always: only a bare number word ("seven", "one") waits for ``words``."""
    at = 0
    while (match := _DIGITS_AND_WORDS.search(text, at)) is not None:
        at = match.end()
        num_end = max(match.end("num"), match.end("exp"), match.end("ord"))
        scale = match.group("scale")
        spelled = match.group("num")[:1].isalpha()
        bare = spelled and (scale or "").lower() not in SPELLED_SCALES
        # "one KRW 40 billion order": a bare number word never takes the currency of the
        # figure after it, which is read again as that figure's own. Nor does a number without a
        # scale take a currency code written before the next figure ("the 1982 USD 1 million
        # threshold", "46 KRW 2 billion orders"): a code stands before its amount as often as
        # after it, and the number before it is then a year or a count, never USD 1,982.
        code = (match.group("post") or "").upper() in currencies.WRITTEN_CODES
        lends = (bare or (code and not spelled and not scale)) and bool(
            match.group("post") and _DIGIT_NEXT.match(text, match.end())
        )
        if lends:
            at = num_end
        # "$30M won competitively": an amount has one currency; a currency word after one
        # already written before it, naming another, is a word of the sentence (here the verb
        # "won"), and the amount ends before it.
        foreign = not lends and _two_currencies(match.group("pre"), match.group("post"))
        if foreign:
            at = match.end("scale") if scale else num_end
        if bare and not words:
            at = match.end("num")
            continue
        end = num_end if lends else at if foreign else match.end()
        post = None if lends or foreign else match.group("post")
        glued = not scale and not post and bool(_LATIN_LETTER.match(text, num_end))
        written = match.group("num")
        yield QuantityToken(
            start=match.start(),
            end=end,
            text=text[match.start() : end],
            number=parse_number(written),
            num_start=match.start("num"),
            num_end=num_end,
            scale_end=match.end("scale") if scale else num_end,
            sign=match.group("sign") or match.group("lead"),
            pre=match.group("pre"),
            post=post,
            scale=scale.lower() if scale else None,
            exponent=match.group("exp"),
            ordinal=bool(match.group("ord")),
            glued=glued,
            word=written[:1].isalpha(),
        )


def _two_currencies(pre: str | None, post: str | None) -> bool:
    """Whether an amount is written with one currency before it and another after it."""
    if not pre or not post:
        return False
    before = CURRENCIES.get(" ".join(pre.lower().split()))
    after = CURRENCIES.get(" ".join(post.lower().split()))
    return before is not None and after is not None and before != after


Reader = Callable[[str], Iterable[QuantityToken]]
# More readers for ``lex``, each finding the quantities of one other way of writing them (digits
# and English number words are read by ``_latin``); a Korean number reader is appended here.
READERS: list[Reader] = []


def lex(text: str, words: bool = False) -> list[QuantityToken]:
    """Every quantity written in ``text``, in order; with ``words``, spelled-out numbers too
    ("seven"). Where two readers find overlapping tokens, the one that starts first is kept."""
    return list(_lexed(text, words, tuple(READERS)))


# One question's answer reads the same candidate sentences many times over (their figures, their
# amounts, their equivalences), and the next question reads most of them again: the tokens, which
# are frozen, are kept per text. The readers are part of the key, so a reader plugged in later
# is never skipped.
@lru_cache(maxsize=16384)
def _lexed(text: str, words: bool, readers: tuple[Reader, ...]) -> tuple[QuantityToken, ...]:
    found = [*_latin(text, words), *(token for reader in readers for token in reader(text))]
    found.sort(key=lambda t: (t.start, -t.end))
    kept: list[QuantityToken] = []
    for token in found:
        if not kept or token.start >= kept[-1].end:
            kept.append(token)
    return tuple(kept)


def with_digits(text: str) -> str:
    """``text`` with every number written in words put in digits: "forty million pounds" →
    "40 million pounds", "two and a half billion" → "2.5 billion"."""
    for token in reversed([t for t in lex(text, words=True) if t.word]):
        digits = f"{token.number.normalize():f}"
        text = text[: token.num_start] + digits + text[token.num_end :]
    return text


_COMPOUND_HYPHEN = lazy(rf"-(?=(?:{_SPELLED_SCALES}|{_WORD_CURRENCIES})\b)|{_CODE_JOINER}", re.I)


def unhyphenated(text: str) -> str:
    """``text`` with the hyphens of compound amounts made spaces: "a 12-million-dollar deal" →
    "a 12 million dollar deal". Other hyphens ("2016-2020", "F-35", "10-5") stay."""
    for token in reversed(lex(text, words=True)):
        inner = _COMPOUND_HYPHEN.sub(" ", token.text)
        text = text[: token.start] + inner + text[token.end :]
    return text


def same_figure(a: Decimal, b: Decimal) -> bool:
    """Whether two figures are one figure rounded: equal, or within ``FIGURE_TOLERANCE``."""
    biggest = max(abs(a), abs(b))
    return biggest == 0 or abs(a - b) / biggest <= FIGURE_TOLERANCE


# A bound written around an amount, which makes it a limit rather than a figure: before it
# ("over $5 million", "tops", "at least") or after it ("$5 million or more", "10 billion+").
# A threshold is also told by a verb of arriving at a level: "once a deal reaches, hits or
# crosses $5 million" draws the line as "tops" does.
BOUND_BEFORE = lazy(
    r"\b(?:tops?|topping|exceed\w*|over|above|more than|at least|upwards of|beyond|surpass\w*|"
    r"pass\w*|reach(?:es|ed|ing)?|hit(?:s|ting)?|cross(?:es|ed|ing)?)\s+(?:a\s+|the\s+)?$",
    re.I,
)
BOUND_AFTER = lazy(
    r"\s*(?:or|and)\s+(?:more|above|over|higher|greater|upwards?|up)\b|\s*\+|\s*plus\b", re.I
)


@dataclass(frozen=True)
class Money:
    """An amount in one currency, exact."""

    currency: str
    amount: Decimal

    def close_to(self, other: Money) -> bool:
        """Same currency, and the same figure (see ``same_figure``)."""
        return self.currency == other.currency and same_figure(self.amount, other.amount)

    def display(self) -> str:
        return format_money(self.amount, self.currency)


def money_tokens(text: str) -> list[QuantityToken]:
    """The tokens of ``text`` that are amounts in a currency the sources use ("$5 million",
    "14.7 billion won"); "$5e7" is none (it is no amount as the sources write them)."""
    return [
        t for t in lex(text) if t.currency in SOURCE_CURRENCIES and not t.exponent and not t.percent
    ]


def find_money(text: str) -> list[Money]:
    """Every amount with a currency marker in ``text``."""
    return list(_money_found(text, tuple(READERS)))


# Kept per text as ``_lexed`` keeps the tokens: ranking asks each candidate sentence's amounts
# at every question. The readers are part of the key, as there.
@lru_cache(maxsize=16384)
def _money_found(text: str, readers: tuple[Reader, ...]) -> tuple[Money, ...]:
    return tuple(Money(t.currency or "", t.scaled()) for t in money_tokens(text))


def format_money(amount: Decimal, currency: str) -> str:
    """``USD 12,000,000`` / ``KRW 14,700,000,000``: exact, grouped, trailing zeros trimmed."""
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{sign}{currency} {text}"


def format_money_short(amount: Decimal, currency: str) -> str:
    """``USD 7.99 billion`` / ``KRW 1 trillion``: how the sources write large amounts."""
    for word in ("trillion", "billion", "million"):
        scale = SCALES[word]
        if abs(amount) >= scale:
            scaled = amount / scale
            if scaled == scaled.quantize(Decimal("0.0001")):
                text = f"{scaled:f}"
                if "." in text:
                    text = text.rstrip("0").rstrip(".")
                return f"{currency} {text} {word}"
    return format_money(amount, currency)
