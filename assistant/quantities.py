"""Amounts of money written the way the sources and users write them: "$10 million", "KRW 1 trillion",
"14.7 billion won", "USD 7.99 billion". Exact decimals, never floats."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

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
_CURRENCY_WORDS = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "krw": "KRW",
    "₩": "KRW",
    "won": "KRW",
}
MONEY = re.compile(
    r"(?<![\w.])(?<![eE][-+])(?P<pre>US\$|USD|\$|KRW|₩)?\s?"
    # Atomic, and never followed by an exponent: "$5e7" is not USD 5, nor "$55e7" USD 5.
    r"(?P<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))(?![eE][-+]?\d)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kKmMbB])\b)?"
    r"(?:\s?(?P<post>USD|KRW|won|dollars?)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    """An amount in one currency, exact."""

    currency: str
    amount: Decimal

    def close_to(self, other: Money, tolerance: Decimal = Decimal("0.01")) -> bool:
        if self.currency != other.currency:
            return False
        biggest = max(abs(self.amount), abs(other.amount))
        return biggest == 0 or abs(self.amount - other.amount) / biggest <= tolerance

    def display(self) -> str:
        return format_money(self.amount, self.currency)


def parse_number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def find_money(text: str) -> list[Money]:
    """Every amount with a currency marker in ``text``."""
    found = []
    for match in MONEY.finditer(text):
        pre, post = match.group("pre"), match.group("post")
        if not pre and not post:
            continue
        currency = _CURRENCY_WORDS[(pre or post).lower()]
        value = parse_number(match.group("num"))
        scale = match.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        found.append(Money(currency, value))
    return found


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
