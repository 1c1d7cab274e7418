"""Exchange rates a question states between two currencies of the currency table, written
either way round:

- a number of one currency per unit of another: "143 yen per dollar", "0.007 dollars per yen",
  "6.9 RMB to the dollar", "6.9 yuan/$", "$1.31 per pound", "¥143 to the dollar";
- one unit set equal to an amount of another: "1 USD = 143 JPY", "1 GBP = 1.31 USD", "£1 = $1.31";
- one unit said to buy or stand at an amount of another: "a dollar buys 146 yen", "the dollar
  fetches ¥143", "the pound trading at 1.31 dollars", "sterling at $1.31".

Each is read as ``value`` units of ``quote`` per unit of ``base`` ("150 JPY per USD"), which the
calculator's rate parser takes as written. The span it stands at is no amount of the question.

A won-per-dollar rate written as one value in both currencies ("a dollar fetches KRW 1,250",
"$1 = ₩1,210") is read by routing's equivalence, only beside another amount it converts; it is
left out here (a rate written per unit, "1,410 won per dollar", is read in any pair).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import currencies
from assistant.quantities import NUMBER, QuantityToken, lex
from assistant.regex import lazy

_WORDS = currencies.alternation([*currencies.WRITTEN_CODES, *currencies.NAMES])
_SYMBOLS = currencies.alternation(currencies.SYMBOLS)
# "per dollar", "to the pound", "a yen", "for each euro", "/$", "against the dollar".
_PER = r"(?:per|/|to\s+the|to\s+a|to\s+one|a|an|for\s+(?:one|each|a|an|every)|against\s+the)"
_BASE = rf"(?:(?:US\s?)?(?P<base>{_WORDS})\b|(?P<base_symbol>{_SYMBOLS})(?![\s\d]*\d))"
_PER_UNIT = lazy(
    rf"(?<![\w.])(?:(?P<lead>{_SYMBOLS})\s?(?P<led>{NUMBER})|(?P<rate>{NUMBER})\s*"
    rf"(?P<quote>{_WORDS})\b)(?!\s*(?:thousand|million|billion|trillion|bn|mn|tn)\b)"
    rf"\s*{_PER}\s*{_BASE}",
    re.I,
)
# One unit named by a word, and what it buys or where it stands: "a dollar buys", "the pound at".
_UNIT_NAMED = lazy(
    rf"\b(?:an?|one|the|each|every)\s+(?P<base>{currencies.alternation(currencies.NAMES)})\s+"
    rf"|(?<![\w.])(?P<bare>sterling)\s+",
    re.I,
)
# Longest first: "is worth" and "is at" before "is", which a match here never backtracks out of.
_BUYS = (
    r"is\s+worth|was\s+worth|trad(?:es?|ed|ing)\s+(?:at|for)|converts?\s+(?:in)?to|goes\s+for|"
    r"(?:is\s+|was\s+|stands?\s+|standing\s+|stood\s+)?at|"
    r"=|equals?|equalling|is|was|buys|buying|bought|gets|getting|got|fetches|fetching|fetched|costs?"
)
_BUYING = lazy(rf"\s*(?:{_BUYS})\s*$", re.I)
_UNIT_BUYS = lazy(rf"(?:{_BUYS})\s*", re.I)
_WON_DOLLAR = frozenset({"KRW", "USD"})


@dataclass(frozen=True)
class StatedRate:
    """``value`` units of ``quote`` buy one ``base``, stated at ``question[start:end]``."""

    start: int
    end: int
    value: str
    quote: str
    base: str

    def written(self) -> str:
        """The rate as the calculator takes it: "150 JPY per USD"."""
        return f"{self.value} {self.quote} per {self.base}"


def _code(written: str) -> str:
    return currencies.SPELLINGS[" ".join(written.lower().split())]


def stated_rates(question: str) -> list[StatedRate]:
    """The exchange rates ``question`` states, in order (see the module's docstring)."""
    found = [*_per_unit(question), *_unit_equal(question), *_unit_buys(question)]
    kept: list[StatedRate] = []
    for rate in sorted(found, key=lambda r: (r.start, -r.end)):
        if rate.quote != rate.base and not any(
            k.start < rate.end and rate.start < k.end for k in kept
        ):
            kept.append(rate)
    return kept


def _per_unit(question: str) -> list[StatedRate]:
    rates = []
    for m in _PER_UNIT.finditer(question):
        quote = _code(m["lead"] or m["quote"])
        base = _code(m["base"] or m["base_symbol"])
        value = (m["led"] or m["rate"]).replace(",", "")
        rates.append(StatedRate(m.start(), m.end(), value, quote, base))
    return rates


def _unit_equal(question: str) -> list[StatedRate]:
    """ "1 USD = 143 JPY", "£1 = $1.31": an amount of one unit, set equal to one of another
    currency."""
    money = [t for t in lex(question) if t.currency and not t.percent and not t.exponent]
    rates = []
    for unit, other in zip(money, money[1:], strict=False):
        if unit.scaled() != 1 or not _BUYING.match(" " + question[unit.end : other.start]):
            continue
        rate = _rate(unit.start, other.end, other, unit.currency or "")
        if rate is not None:
            rates.append(rate)
    return rates


def _unit_buys(question: str) -> list[StatedRate]:
    """ "a dollar buys 146 yen", "the pound trading at 1.31 dollars", "sterling at $1.31"."""
    money = [t for t in lex(question) if t.currency and not t.percent and not t.exponent]
    rates = []
    for m in _UNIT_NAMED.finditer(question):
        buys = _UNIT_BUYS.match(question, m.end())
        if buys is None:
            continue
        other = next((t for t in money if t.start == buys.end()), None)
        if other is None or other.scale:
            continue
        rate = _rate(m.start(), other.end, other, _code(m["base"] or m["bare"]))
        if rate is not None:
            rates.append(rate)
    return rates


def _rate(start: int, end: int, other: QuantityToken, base: str) -> StatedRate | None:
    quote = other.currency or ""
    if not quote or {quote, base} == _WON_DOLLAR:
        return None
    return StatedRate(start, end, f"{other.number.normalize():f}", quote, base)
