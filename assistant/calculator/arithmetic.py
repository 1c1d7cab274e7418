"""Exact arithmetic on numbers, percentages and amounts of money, parsed from text, never eval'd.

    evaluate("50% of $12 million")               → USD 6,000,000
    evaluate("USD 10 million in KRW at 1470")     → KRW 14,700,000,000
    evaluate("from 7.99 billion to 800 million")  → change −89.99%, share 10.01%

A small recursive-descent parser over a fixed set of tokens: anything else (names, calls,
underscores, powers, scientific notation) is rejected, with its position, before any operation
runs. Values are ``Decimal`` throughout and rounded only for display.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, DecimalException, localcontext
from functools import lru_cache

from assistant.currencies import alternation
from assistant.errors import CalculationError
from assistant.quantities import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    KNOWN_CURRENCIES,
    NUMBER,
    SCALES,
    lex,
    unhyphenated,
    with_digits,
)
from assistant.regex import lazy

MAX_CHARS = 500
MAX_DIGITS = 24  # in one written number, before its scale word
MAX_DEPTH = 30  # nested parentheses
LIMIT = Decimal(10) ** 30  # largest magnitude any step may reach


@dataclass(frozen=True)
class Quantity:
    """A number, a percentage, or an amount in one currency. ``value`` is exact: 30% is 0.3."""

    value: Decimal
    currency: str | None = None
    percent: bool = False

    def display(self) -> str:
        return display(self)

    def exact(self) -> str:
        text = f"{self.value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text


def _trim(value: Decimal, places: int) -> str:
    with localcontext() as ctx:
        ctx.prec = 80  # room for any accepted value (≤ 10^30) at any shown precision
        text = f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def display(q: Quantity) -> str:
    """``USD 6,000,000`` / ``30%`` / ``0.1001``: grouped, rounded for reading only."""
    if q.currency:
        text = _trim(q.value, 2)
        sign = "−" if text.startswith("-") else ""
        return f"{sign}{q.currency} {text.lstrip('-')}"
    if q.percent:
        return _trim(q.value * 100, 2).replace("-", "−") + "%"
    return _trim(q.value, 6).replace("-", "−")


def with_short(q: Quantity) -> str:
    """``USD 7,482,993.2 (about USD 7.48 million)``: an amount of a million or more in full
    digits, then as a reader says it, to two decimals of its scale ("about" when that rounds)."""
    full = display(q)
    if not q.currency or abs(q.value) < SCALES["million"]:
        return full
    word = next(w for w in ("trillion", "billion", "million") if abs(q.value) >= SCALES[w])
    with localcontext() as ctx:
        ctx.prec = 80
        scaled = q.value / SCALES[word]
        shown = scaled.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{shown:f}".rstrip("0").rstrip(".") if "." in f"{shown:f}" else f"{shown:f}"
    about = "about " if shown != scaled else ""
    sign = "−" if text.startswith("-") else ""
    return f"{full} ({about}{sign}{q.currency} {text.lstrip('-')} {word})"


def compact(q: Quantity) -> str:
    """``USD 10 million`` for a round amount of a million or more (one that its scale word says
    to two decimals exactly), as rules and reports state amounts; any other value as
    ``display``. A reader looks for a threshold in the words its rule is stated in."""
    if not q.currency or abs(q.value) < SCALES["million"]:
        return display(q)
    word = next(w for w in ("trillion", "billion", "million") if abs(q.value) >= SCALES[w])
    with localcontext() as ctx:
        ctx.prec = 80
        scaled = q.value / SCALES[word]
        if scaled != scaled.quantize(Decimal("0.01")):
            return display(q)
    text = f"{scaled:f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    sign = "−" if text.startswith("-") else ""
    return f"{sign}{q.currency} {text.lstrip('-')} {word}"


@dataclass(frozen=True)
class Rate:
    """``value`` units of ``quote`` currency buy one unit of ``base`` (1470 KRW per USD)."""

    value: Decimal
    quote: str
    base: str = "USD"

    def display(self) -> str:
        return f"{_trim(self.value, 6)} {self.quote}/{self.base}"


@dataclass(frozen=True)
class Evaluation:
    """What ``evaluate`` found: the result and the working that led to it."""

    kind: str  # "value", "conversion" or "change"
    result: Quantity
    working: tuple[str, ...]
    rate: Rate | None = None
    share: Quantity | None = None  # for "change": new as a share of old


@contextmanager
def exact() -> Iterator[None]:
    """Decimal arithmetic with enough precision for any accepted input, and no silent infinities."""
    with localcontext() as ctx:
        ctx.prec = 50
        ctx.Emax = 60
        ctx.Emin = -60
        try:
            yield
        except DecimalException as exc:
            raise CalculationError(f"the calculation overflows ({type(exc).__name__})") from None


def _checked(q: Quantity) -> Quantity:
    if abs(q.value) > LIMIT:
        raise CalculationError("the result is too large (over 10^30); check the amounts")
    return q


# -- arithmetic on quantities --------------------------------------------------------------------


def add(a: Quantity, b: Quantity, sign: int = 1) -> Quantity:
    if a.currency != b.currency:
        raise CalculationError(
            f"cannot {'add' if sign > 0 else 'subtract'} {display(a)} and {display(b)}: "
            "give both in the same currency (or convert one first)"
        )
    with exact():
        value = a.value + b.value if sign > 0 else a.value - b.value
    return _checked(Quantity(value, a.currency, a.percent and b.percent))


def multiply(a: Quantity, b: Quantity) -> Quantity:
    if a.currency and b.currency:
        raise CalculationError(
            f"cannot multiply two amounts of money ({display(a)} × {display(b)})"
        )
    with exact():
        value = a.value * b.value
    return _checked(Quantity(value, a.currency or b.currency, a.percent and b.percent))


def divide(a: Quantity, b: Quantity) -> Quantity:
    if b.value == 0:
        raise CalculationError(f"division by zero ({display(a)} ÷ {display(b)})")
    if b.currency and a.currency != b.currency:
        what = f"{display(a)} by {display(b)}"
        raise CalculationError(
            f"cannot divide {what}: divide amounts of one currency, or an amount by a number"
        )
    with exact():
        value = a.value / b.value
    currency = None if b.currency else a.currency
    return _checked(Quantity(value, currency, a.percent and not b.percent and not b.currency))


def convert(amount: Quantity, target: str, rate: Rate) -> Quantity:
    """``amount`` in ``target`` currency at ``rate``, either way round."""
    if amount.currency is None:
        raise CalculationError(f"{display(amount)} has no currency to convert from")
    if rate.value <= 0:
        raise CalculationError(f"an exchange rate must be positive, not {_trim(rate.value, 6)}")
    with exact():
        if (amount.currency, target) == (rate.base, rate.quote):
            value = amount.value * rate.value
        elif (amount.currency, target) == (rate.quote, rate.base):
            value = amount.value / rate.value
        elif amount.currency == target:
            value = amount.value
        else:
            raise CalculationError(
                f"the rate {rate.display()} cannot convert {amount.currency} to {target}"
            )
    return _checked(Quantity(value, target))


def change(old: Quantity, new: Quantity) -> tuple[Quantity, Quantity]:
    """(percentage change, new as a share of old) from ``old`` to ``new``."""
    if old.currency != new.currency:
        raise CalculationError(
            f"cannot compare {display(old)} with {display(new)}: give both in the same currency"
        )
    if old.value == 0:
        raise CalculationError("a change from zero has no percentage")
    with exact():
        return (
            Quantity((new.value - old.value) / old.value, None, True),
            Quantity(new.value / old.value, None, True),
        )


# -- tokens ----------------------------------------------------------------------------------------

_TOKEN = lazy(
    rf"""
    (?P<space>\s+)
  | (?P<number>{NUMBER}|\.\d+)
  | (?P<power>\*\*|\^)
  | (?P<op>[-+*/()%])
  | (?P<currency>(?i:{CURRENCY_SYMBOLS}))
  | (?P<word>[A-Za-z]+)
    """,
    re.VERBOSE,
)
_WORDS = {
    **{w: "currency" for w in CURRENCIES if w.isalpha()},
    **{w: "scale" for w in SCALES},
    "percent": "percent", "pct": "percent",
    "of": "op", "x": "op", "times": "op", "plus": "op", "minus": "op",
    "in": "in", "into": "in", "to": "to", "at": "at", "per": "per",
    "from": "from", "change": "lead", "percentage": "lead", "what": "lead", "is": "lead",
    "calculate": "lead", "compute": "lead",
}  # fmt: skip
_OPERATOR_WORDS = {"of": "*", "x": "*", "times": "*", "plus": "+", "minus": "-"}


# A currency's name of several words is read as the one word of it that names the currency alone:
# "12 million US dollars" is 12 million dollars ("US" says which dollar, and USD is the one dollar
# the calculator knows), "40 million pounds sterling" is 40 million pounds.
_SHORT_NAMES = {
    name: next(w for w in name.split() if CURRENCIES.get(w) == CURRENCIES[name])
    for name in CURRENCIES
    if " " in name and any(CURRENCIES.get(w) == CURRENCIES[name] for w in name.split())
}
_LONG_NAMES = lazy(rf"\b(?:{alternation(list(_SHORT_NAMES))})\b", re.I)


def _short_names(text: str) -> str:
    return _LONG_NAMES.sub(lambda m: _SHORT_NAMES[" ".join(m.group().lower().split())], text)


# Parts and multiples in words, as the operations they name: "half of $12 million" is 50% of it,
# "double $15 million" is 2 times it; a third is divided out (see operation_words). Spelled
# amounts ("half a billion", "a quarter of a million") are numbers, left to the quantity lexer.
_NOT_A_NUMBER = r"(?!\s+an?\s+(?:thousand|million|billion|trillion)\b)"
_PART_WORDS = tuple(
    (lazy(pattern + _NOT_A_NUMBER, re.I), replacement)
    for pattern, replacement in (
        (r"\b(?:one[- ]|a )?half of\b", "50% of"),
        (r"\bthree[- ]quarters of\b", "75% of"),
        (r"\b(?:one[- ]|a )?quarter of\b", "25% of"),
        (r"\b(?:double|twice)\b(?: the)?", "2 times"),
        (r"\btriple\b(?: the)?", "3 times"),
    )
)


# An operation told as an order, its operands after it: "subtract A from B", "divide A by B".
_ORDERED = lazy(r"\b(?P<verb>subtract|deduct|take|divide|multiply)\s+", re.I)
_ORDER_JOINER = {
    "subtract": r"\s+from\s+",
    "deduct": r"\s+from\s+",
    "take": r"\s+(?:away\s+)?from\s+",
    "divide": r"\s+by\s+",
    "multiply": r"\s+by\s+",
}


def _ordered_operations(text: str) -> str:
    """``text`` with an operation told as an order written as one: "subtract $2 million from $9
    million" → "$9 million minus $2 million", "divide KRW 1 trillion by 5" → "KRW 1 trillion /
    5", "multiply $8 million by 0.3" → "$8 million times 0.3". Only two figures written right
    around the order's words are taken: anything else is left for the sources."""
    at = 0
    while match := _ORDERED.search(text, at):
        at = match.end()
        tokens = lex(text[match.end() :], words=True)
        if len(tokens) < 2 or tokens[0].start != 0:
            continue
        first, second = tokens[0], tokens[1]
        verb = match.group("verb").lower()
        between = text[match.end() + first.end : match.end() + second.start]
        if re.fullmatch(_ORDER_JOINER[verb], between, re.I) is None:
            continue
        a, b = first.text, second.text
        written = {"divide": f"{a} / {b}", "multiply": f"{a} times {b}"}.get(verb, f"{b} minus {a}")
        end = match.end() + second.end
        text = text[: match.start()] + written + text[end:]
        at = match.start() + len(written)
    return text


# Kept per question: routing, composing and the answer's checks each read it of the same question.
@lru_cache(maxsize=1024)
def operation_words(text: str) -> str:
    """``text`` with parts and multiples in words written as operations: "a third of $9 million"
    → "$9 million / 3", "double $15 million" → "2 times $15 million"."""
    text = _ordered_operations(text)
    for pattern, replacement in _PART_WORDS:
        text = pattern.sub(replacement, text)
    # A third is no exact decimal: "two thirds of $9 million" is worked out as $9 million × 2 / 3.
    while match := _THIRDS.search(text):
        rest = text[match.end() :]
        amount = next(iter(lex(rest, words=True)), None)
        if amount is None or amount.start != 0:
            break  # a third of something other than an amount written right after
        times = " × 2" if match.group("two") else ""
        end = amount.end
        text = f"{text[: match.start()]}{rest[:end]}{times} / 3{rest[end:]}"
    return text


_THIRDS = lazy(r"\b(?:(?P<two>two)[- ]thirds|(?:one[- ]|a )?third) of\s+", re.I)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


def tokenize(text: str) -> list[Token]:
    if not isinstance(text, str):
        raise CalculationError("an expression must be text")
    if len(text) > MAX_CHARS:
        raise CalculationError(
            f"the expression is too long ({len(text)} characters; at most {MAX_CHARS})"
        )
    text = operation_words(text)
    # Amounts in words ("sixty million dollars") are read by the one quantity lexer.
    text = (
        with_digits(unhyphenated(text))
        .replace("×", "*").replace("÷", "/").replace("−", "-").replace("–", "-")
        .replace("\u00a0", " ").replace("per cent", "percent")
    )  # fmt: skip
    text = _short_names(text).strip().rstrip("?").rstrip()
    if not text:
        raise CalculationError("the expression is empty: try '50% of $12 million'")
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise CalculationError(
                f"unexpected {text[pos]!r} at position {pos + 1}: the calculator takes numbers, "
                "amounts ($12 million, 14.7 billion won), %, + - * / and parentheses"
            )
        kind = match.lastgroup or ""
        word = match.group()
        if kind == "number":
            if re.match(r"[eE][-+]?\d", text[match.end() : match.end() + 3]):
                tail = re.match(r"[eE][-+]?\d+", text[match.end() :])
                written = word + (tail.group() if tail else "")
                raise CalculationError(
                    f"scientific notation ({written!r}) is not accepted: write the number out or "
                    "use thousand / million / billion / trillion"
                )
            if len(re.sub(r"\D", "", word)) > MAX_DIGITS:
                raise CalculationError(f"{word[:12]}… has more than {MAX_DIGITS} digits")
        elif kind == "power":
            raise CalculationError(f"powers ({word!r} at position {pos + 1}) are not supported")
        elif kind == "word":
            lowered = word.lower()
            if lowered not in _WORDS and re.fullmatch(r"[A-Z]{3}", word) and tokens:
                currency_code(word)  # raises: an unknown currency code after an amount
            if lowered not in _WORDS:
                raise CalculationError(
                    f"unexpected {word!r} at position {pos + 1}: the calculator takes numbers, "
                    "amounts ($12 million, 14.7 billion won), %, + - * / and parentheses"
                )
            kind = _WORDS[lowered]
            if kind == "op":
                word = _OPERATOR_WORDS[lowered]
            elif (
                kind == "scale"
                and lowered in ("b", "m", "k")
                and not (tokens and tokens[-1].kind == "number")
            ):
                raise CalculationError(f"unexpected {word!r} at position {pos + 1}")
        elif kind == "op" and word == "%":
            kind = "percent"
        if kind == "currency" and word.upper() == "US$":
            word = "US$"
        if kind != "space":
            tokens.append(Token(kind, word, pos))
        pos = match.end()
    while tokens and tokens[0].kind == "lead":
        tokens.pop(0)
    if not tokens:
        raise CalculationError("nothing to calculate: try '50% of $12 million'")
    return tokens


def currency_code(word: str) -> str:
    code = CURRENCIES.get(word.lower()) or CURRENCIES.get(word)
    if code is None:
        if re.fullmatch(r"[A-Za-z]{3}", word):
            raise CalculationError(
                f"unknown currency {word.upper()!r}: use one of {', '.join(KNOWN_CURRENCIES)}"
            )
        raise CalculationError(f"unknown currency {word!r}")
    return code


# -- parser ---------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0

    def peek(self, offset: int = 0) -> Token | None:
        index = self.at + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise CalculationError("the expression ends too early")
        self.at += 1
        return token

    def expect_end(self) -> None:
        token = self.peek()
        if token is not None:
            raise CalculationError(f"unexpected {token.text!r} at position {token.pos + 1}")

    # expr := term (("+"|"-") term)*
    def expr(self) -> tuple[Quantity, str]:
        value, text = self.term()
        while (token := self.peek()) and token.kind == "op" and token.text in "+-":
            self.take()
            right, right_text = self.term()
            value = add(value, right, 1 if token.text == "+" else -1)
            text = f"{text} {'+' if token.text == '+' else '−'} {right_text}"
        return value, text

    # term := unary (("*"|"/") unary)*
    def term(self) -> tuple[Quantity, str]:
        value, text = self.unary()
        while (token := self.peek()) and token.kind == "op" and token.text in "*/":
            self.take()
            right, right_text = self.unary()
            if token.text == "*":
                value, text = multiply(value, right), f"{text} × {right_text}"
            else:
                value, text = divide(value, right), f"{text} ÷ {right_text}"
        return value, text

    # unary := ("-"|"+") unary | primary "%"?
    def unary(self) -> tuple[Quantity, str]:
        token = self.peek()
        if token and token.kind == "op" and token.text in "+-":
            self.take()
            value, text = self.unary()
            if token.text == "-":
                return Quantity(-value.value, value.currency, value.percent), f"−{text}"
            return value, text
        value, text = self.primary()
        following = self.peek()
        if following and following.kind == "percent":
            self.take()
            if value.currency:
                raise CalculationError(f"{display(value)}% is not a percentage of anything")
            with exact():
                value = Quantity(value.value / 100, None, True)
            text = (
                display(value) if text.replace(",", "").replace(".", "").isdigit() else f"{text}%"
            )
        return value, text

    # primary := currency? number scale? currency? | "(" expr ")"
    def primary(self) -> tuple[Quantity, str]:
        token = self.take()
        if token.kind == "op" and token.text == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise CalculationError(f"too many nested parentheses (at most {MAX_DEPTH})")
            value, text = self.expr()
            closing = self.take()
            if closing.text != ")":
                raise CalculationError(f"expected ')' at position {closing.pos + 1}")
            self.depth -= 1
            return value, f"({text})"
        currency = None
        negative = False
        if token.kind == "currency":
            currency = currency_code(token.text)
            token = self.take()
            # "USD -10 million": the sign may follow the currency, as a ledger writes it.
            if token.kind == "op" and token.text in "+-":
                negative = token.text == "-"
                token = self.take()
        if token.kind != "number":
            raise CalculationError(
                f"expected a number at position {token.pos + 1}, not {token.text!r}"
            )
        with exact():
            amount = Decimal(token.text.replace(",", ""))
            scale = self.peek()
            if scale and scale.kind == "scale":
                self.take()
                amount *= SCALES[scale.text.lower()]
        suffix = self.peek()
        if suffix and suffix.kind == "currency":
            if currency:
                raise CalculationError(
                    f"two currencies for one amount at position {suffix.pos + 1}"
                )
            self.take()
            currency = currency_code(suffix.text)
        quantity = _checked(Quantity(-amount if negative else amount, currency))
        return quantity, display(quantity)

    def rate(self, source: str, target: str) -> Rate:
        token = self.take()
        if token.kind != "number":
            raise CalculationError(f"expected a rate after 'at', not {token.text!r}")
        value = Decimal(token.text.replace(",", ""))
        first = self.peek()
        if first is None:
            # A bare number: how many of the non-USD currency one USD buys.
            if "USD" in (source, target):
                other = target if source == "USD" else source
                return Rate(value, other, "USD")
            return Rate(value, target, source)
        if first.kind != "currency":
            raise CalculationError(f"unexpected {first.text!r} at position {first.pos + 1}")
        self.take()
        quote = currency_code(first.text)
        link = self.take()
        if not (link.kind == "per" or link.text == "/"):
            raise CalculationError(
                f"write the rate as '1470 KRW per USD' (at position {link.pos + 1})"
            )
        base = currency_code(self.take().text)
        return Rate(value, quote, base)


def evaluate(text: str) -> Evaluation:
    """Parse and compute ``text``; raises ``CalculationError`` with a one-line reason."""
    tokens = tokenize(text)
    if tokens[0].kind == "from":
        return _change(tokens)
    parser = _Parser(tokens)
    value, working = parser.expr()
    token = parser.peek()
    if token and token.kind in ("in", "to"):
        parser.take()
        target = currency_code(parser.take().text)
        if parser.peek() is None:
            raise CalculationError(
                f"converting {display(value)} to {target} needs a rate: add 'at RATE', e.g. "
                f"'at 1470' ({target if target != 'USD' else value.currency} per USD)"
            )
        at = parser.take()
        if at.kind != "at":
            raise CalculationError(f"expected 'at RATE' at position {at.pos + 1}")
        rate = parser.rate(value.currency or "", target)
        parser.expect_end()
        result = convert(value, target, rate)
        step = "×" if (value.currency, target) == (rate.base, rate.quote) else "÷"
        line = f"{working} {step} {rate.display()} = {display(result)}"
        return Evaluation("conversion", result, (line,), rate)
    parser.expect_end()
    return Evaluation("value", value, (f"{working} = {display(value)}",))


def parse_rate(text: str, source: str, target: str) -> Rate:
    """A rate as written: "1470" (the non-USD currency per USD), "1,470 KRW per USD", "1470 won/$"."""
    tokens = tokenize(text)
    if tokens[0].kind != "number":
        raise CalculationError(f"a rate must start with a number, e.g. 1470, not {text!r}")
    parser = _Parser(tokens)
    rate = parser.rate(source, target)
    parser.expect_end()
    if rate.value <= 0:
        raise CalculationError(f"an exchange rate must be positive, not {text!r}")
    return rate


def parse_amount(text: str) -> Quantity:
    """One written amount ("$12 million", "14.7 billion won", "-5"); arithmetic is not allowed."""
    parser = _Parser(tokenize(text))
    value, _ = parser.unary()
    parser.expect_end()
    return value


def _change(tokens: list[Token]) -> Evaluation:
    split = next((i for i, t in enumerate(tokens) if t.kind == "to"), None)
    if split is None:
        raise CalculationError("write a change as 'from OLD to NEW'")
    old_parser, new_parser = _Parser(tokens[1:split]), _Parser(tokens[split + 1 :])
    old, old_text = old_parser.expr()
    old_parser.expect_end()
    new, new_text = new_parser.expr()
    new_parser.expect_end()
    pct, share = change(old, new)
    working = (
        f"({new_text} − {old_text}) ÷ {old_text} = {display(pct)}",
        f"{new_text} ÷ {old_text} = {display(share)}",
    )
    return Evaluation("change", pct, working, share=share)
