"""The currencies an amount may be written in, and every way of writing each: its code (and any
other code it goes by: "RMB" for the yuan), its symbols, and its names with their plural forms.

This table is the one vocabulary of money: the quantity lexer's prefixes and suffixes, the
calculator's currency words and routing's exchange rates are all derived from it, so a currency
listed here is read everywhere an amount is read, and one not listed ("CHF 30 million") stays an
unknown currency, refused plainly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    """One currency: ``code`` (ISO 4217), the other ``codes`` it is written with, its
    ``symbols`` ("$", "US$"), and its ``names``, each paired with its plural form ("dollar",
    "dollars"; "won", "won"), the everyday name first (its plural is the word for its amounts)."""

    code: str
    symbols: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    codes: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        """Every way of writing this currency, lower-cased: codes, symbols, names and plurals."""
        words = [self.code, *self.codes, *self.symbols]
        words += [form for pair in self.names for form in pair]
        return tuple(dict.fromkeys(w.lower() for w in words))

    def written_codes(self) -> tuple[str, ...]:
        return (self.code, *self.codes)

    def name_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(form for pair in self.names for form in pair))


TABLE = (
    Currency("USD", ("US$", "$"), (("dollar", "dollars"), ("us dollar", "us dollars"))),
    Currency("KRW", ("₩",), (("won", "won"),)),
    Currency("EUR", ("€",), (("euro", "euros"),)),
    Currency("JPY", ("¥",), (("yen", "yen"),)),
    Currency(
        "GBP",
        ("£",),
        (("pound", "pounds"), ("pound sterling", "pounds sterling"), ("sterling", "sterling")),
    ),
    Currency("CNY", (), (("yuan", "yuan"), ("renminbi", "renminbi")), codes=("RMB",)),
)

# Every way of writing a currency, lower-cased, to its code.
SPELLINGS = {word: c.code for c in TABLE for word in c.spellings()}
CODES = tuple(c.code for c in TABLE)
# Every code written before or after an amount ("USD", "RMB"), upper-case.
WRITTEN_CODES = frozenset(code for c in TABLE for code in c.written_codes())
SYMBOLS = tuple(s for c in TABLE for s in c.symbols)
NAMES = tuple(form for c in TABLE for form in c.name_forms())


def alternation(words: tuple[str, ...] | list[str], escape: bool = True) -> str:
    """A regex alternation of ``words``, longest first (so "pounds sterling" wins over "pounds");
    a space in a name matches any run of whitespace."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join((re.escape(w) if escape else w).replace(r"\ ", r"\s+") for w in ordered)
