"""Korean numbers, read exactly and written the Korean way.

    read_numbers("1,200만 달러 규모")   → "USD 12 million 규모"
    korean_money(Decimal("10000000"), "USD") → "1,000만 달러"

Amounts group by 만 (10⁴), 억 (10⁸) and 조 (10¹²), each group written in digits ("1,000만"),
with 천/백/십 ("1천만", "13조 6천억") or in Korean numerals ("천만", "삼백만"). Values are
``Decimal`` throughout; the English text produced is what the English quantity readers parse
(``USD 12 million``, ``KRW 13.6 trillion``, ``50%``, ``1982``, ``2016-2020``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.quantities import DIGIT_GROUPS, NUMBER, Money, format_money_short
from assistant.regex import lazy

_BIG = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
_SMALL = {"십": Decimal(10), "백": Decimal(100), "천": Decimal(1000)}
_DIGITS = {c: Decimal(i) for i, c in enumerate("영일이삼사오육칠팔구")}
_NUMERALS = "일이삼사오육칠팔구십백천"

# One written number: digit groups and unit characters, groups possibly separated by a space
# ("13조 6천억"). A span without Arabic digits must hold a unit character and be followed by a
# currency, percent or counter word: "이" or "일본" are never numbers.
_NUMBER = lazy(
    rf"(?<![\w.,/])(?<![\w]-)(?:{NUMBER}|[{_NUMERALS}]+)"
    rf"(?:\s?[만억조])?"
    # A further group is a number only with its unit: "13조 6천억", never "F-35 2차".
    rf"(?:\s?(?:{DIGIT_GROUPS}|\d+|[{_NUMERALS}]+)(?:[천백십]\s?[만억조]?|[만억조]))*"
    # The ones after the last unit: "1만 1" is 10,001.
    rf"(?:(?<=[만억조])\s?(?:{DIGIT_GROUPS}|\d{{1,4}})(?![\d.,]))?"
)
# 달라 is the common nonstandard spelling of 달러 ("몇 달라", "100만 달라").
_CURRENCY = lazy(r"\s?(?P<word>달러|달라|불|원)(?![가-힣]{0,0}[화])")
_PERCENT = lazy(r"\s?(?:%|퍼센트|프로(?!그램|젝트|세스)|할(?![인당])(?=[\s가-힣?.,]|$))")
_YEAR_WORD = lazy(r"\s?년(?!대)")
_RANGE = lazy(
    r"(?P<a>(?:19|20)\d\d)\s?년?\s?(?:~|-|–|—|부터|에서)\s?(?P<b>(?:19|20)\d\d)\s?년(?:까지|도)?"
)
_USD_PREFIX = lazy(r"(?:미화|미국\s?달러로?|US\$|\$)\s?$")
COUNTERS = {
    "년": "years",
    "쪽": "pages",
    "페이지": "pages",
    "건": "cases",
    "개국": "countries",
    "개월": "months",
    "개": "",
    "명": "people",
    "대": "units",
    "곳": "places",
    "가지": "",
}
_COUNTER = lazy(r"\s?(?P<word>" + "|".join(sorted(COUNTERS, key=len, reverse=True)) + ")")
_MONTHS = "January February March April May June July August September October November December"
# "10월 31일", "3월", "31일": a month and a day as the English date readers write them.
_DATE = lazy(r"(?<!\d)(?P<month>1[0-2]|[1-9])\s?월(?:\s?(?P<day>[12]\d|3[01]|[1-9])\s?일)?")
_DAY = lazy(r"(?<![\d,.])(?P<day>[12]\d|3[01]|[1-9])\s?일(?![가-힣]*(?:본|부|반|단|정|자리))")
# "제20조", "제4조": an article of a law.
_ARTICLE = lazy(r"제\s?(?P<number>\d+)\s?조(?:\s?제\s?(?P<clause>\d+)\s?항)?")
# An exchange rate: "달러당 1,470원", "1달러에 1,400원", "환율 1,350원", "1,250원/달러".
_RATE = lazy(
    r"(?:(?:달러당|1\s?달러(?:에|당|=)?|환율(?:이|은|을)?)\s?(?P<a>[\d,]+(?:\.\d+)?)\s?원)"
    r"|(?:(?P<b>[\d,]+(?:\.\d+)?)\s?원\s?(?:/|당|에)\s?(?:1\s?)?달러)"
)
# "2차 사업": the second phase of a program.
_PHASE = lazy(r"(?<![\d,.])(?P<n>[1-9])\s?차(?![가-힣]*(?:이|액))")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# The currency an amount is asked in: "원화로", "달러로".
_IN_CURRENCY = lazy(
    r"(?P<word>원화|달러화?|원)\s?(?:로|으로)(?=\s|$|[?.,])|몇\s?(?P<asked>달러|달라|원)(?!\w*화)"
)
# Words that say where a year stands: "2022년 이후" is after 2022.
_YEAR_RELATION = {
    "이후": "after",
    "이래": "since",
    "부터": "since",
    "이전": "before",
    "전": "before",
    "까지": "until",
    "후": "after",
}
_RELATION = lazy(r"\s?(?P<word>이후|이래|부터|이전|까지)|\s(?P<short>전|후)(?![가-힣])")


@dataclass(frozen=True)
class Reading:
    """A figure found in Korean text: where it stands, what it is, and its English wording."""

    start: int
    end: int
    kind: str  # money, percent, year, period, count, number
    english: str
    value: Decimal
    money: Money | None = None


def number_value(text: str) -> Decimal | None:
    """The value of a written Korean number ("1,000만", "13조 6천억", "천만"); None if not one."""
    text = text.replace(" ", "")
    if not text:
        return None
    return _by_units(text, _BIG, _group_value, lambda char: True)


def _group_value(text: str) -> Decimal | None:
    """A group below 만: "1,000", "6천", "1천2백", "삼백", "천"."""
    if re.fullmatch(NUMBER, text):
        return Decimal(text.replace(",", ""))
    return _by_units(
        text, _SMALL, _digits_value, lambda char: char.isdigit() or char in _DIGITS or char in ",."
    )


def _by_units(
    text: str,
    units: dict[str, Decimal],
    part: Callable[[str], Decimal | None],
    allowed: Callable[[str], bool],
) -> Decimal | None:
    """The sum of each part of ``text`` times the unit character after it ("1천2백": 1×1000 +
    2×100; a unit alone counts once, the part after the last unit once); None when a part is
    not a number (``part`` gives None) or holds a character that is not ``allowed``."""
    total = Decimal(0)
    pending = ""
    for char in text:
        if char in units:
            value = part(pending) if pending else Decimal(1)
            if value is None:
                return None
            total += value * units[char]
            pending = ""
        elif allowed(char):
            pending += char
        else:
            return None
    if pending:
        rest = part(pending)
        if rest is None:
            return None
        total += rest
    return total


def _digits_value(text: str) -> Decimal | None:
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return Decimal(text.replace(",", ""))
    if len(text) == 1 and text in _DIGITS:
        return _DIGITS[text]
    return None


def read(text: str) -> list[Reading]:
    """Every figure of ``text``: amounts of money, percentages, years and periods, counts."""
    found: list[Reading] = []
    taken: list[tuple[int, int]] = []
    for match in _RANGE.finditer(text):
        a, b = match.group("a"), match.group("b")
        found.append(Reading(match.start(), match.end(), "period", f"{a}-{b}", Decimal(a)))
        taken.append(match.span())
    for match in _ARTICLE.finditer(text):
        english = f"Article {match.group('number')}"
        if match.group("clause"):
            english += f"({match.group('clause')})"
        found.append(Reading(*match.span(), "article", english, Decimal(match.group("number"))))
        taken.append(match.span())
    for match in _RATE.finditer(text):
        rate = Decimal((match.group("a") or match.group("b")).replace(",", ""))
        english = f"at {_plain(rate):} won per dollar"
        found.append(Reading(*match.span(), "rate", english, rate))
        taken.append(match.span())
    for match in _DATE.finditer(text):
        month = _MONTHS.split()[int(match.group("month")) - 1]
        english = f"{month} {match.group('day')}" if match.group("day") else month
        found.append(Reading(*match.span(), "date", english, Decimal(match.group("month"))))
        taken.append(match.span())
    for match in _DAY.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        day = int(match.group("day"))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
        found.append(Reading(*match.span(), "date", f"the {day}{suffix}", Decimal(day)))
        taken.append(match.span())
    for match in _PHASE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        english = f"{_ORDINALS[int(match.group('n')) - 1]} phase"
        found.append(Reading(*match.span(), "phase", english, Decimal(match.group("n"))))
        taken.append(match.span())
    for match in _IN_CURRENCY.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        word = match.group("word") or match.group("asked")
        english = "in won" if word.startswith("원") else "in dollars"
        found.append(Reading(*match.span(), "currency", english, Decimal(0)))
        taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        written = match.group().rstrip()
        if any(s < match.start() + len(written) <= e for s, e in taken):
            continue
        has_digit = any(c.isdigit() for c in written)
        value = number_value(written)
        if value is None:
            continue
        end = match.start() + len(written)
        tail = text[end:]
        currency = _CURRENCY.match(tail)
        before = text[: match.start()]
        usd_before = _USD_PREFIX.search(before)
        if currency or usd_before:
            code = "USD" if usd_before or currency and currency.group("word") != "원" else "KRW"
            money = Money(code, value)
            stop = end + (currency.end() if currency else 0)
            start = usd_before.start() if usd_before else match.start()
            found.append(Reading(start, stop, "money", english_money(money), value, money))
            continue
        if not has_digit and len(written) < 2:
            continue
        percent = _PERCENT.match(tail)
        if percent:
            share = value * 10 if percent.group().strip() == "할" else value
            english = f"{_plain(share)}%"
            found.append(Reading(match.start(), end + percent.end(), "percent", english, share))
            continue
        year = _YEAR_WORD.match(tail)
        if year and has_digit and value == value.to_integral() and 1900 <= value <= 2099:
            stop = end + year.end()
            english = str(int(value))
            relation = _RELATION.match(text, stop)
            if relation:
                word = relation.group("word") or relation.group("short")
                english = f"{_YEAR_RELATION[word]} {english}"
                stop = relation.end()
            found.append(Reading(match.start(), stop, "year", english, value))
            continue
        counter = _COUNTER.match(tail)
        if counter:
            noun = COUNTERS[counter.group("word")]
            english = f"{_plain(value)} {noun}".strip()
            found.append(Reading(match.start(), end + counter.end(), "count", english, value))
            continue
        if has_digit:
            found.append(Reading(match.start(), end, "number", _plain(value), value))
    return sorted(found, key=lambda r: r.start)


def read_numbers(text: str) -> str:
    """``text`` with each Korean figure replaced by its English wording, spaced apart."""
    out, last = [], 0
    for reading in read(text):
        if reading.english == text[reading.start : reading.end]:
            continue  # a plain number ("2018", "7.5") stays as written
        out.append(text[last : reading.start])
        out.append(f" {reading.english} ")
        last = reading.end
    out.append(text[last:])
    return " ".join("".join(out).split())


def english_money(money: Money) -> str:
    """``USD 12 million``: how the English readers and the sources write an amount."""
    return format_money_short(money.amount, money.currency)


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def korean_number(value: Decimal) -> str:
    """``1,000만``, ``13조 6,000억``, ``7,500``: grouped by 만/억/조, each group with commas."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = int(value)
    fraction = value - whole
    if whole < 10_000 or fraction:
        text = f"{value:,f}"
        return sign + (text.rstrip("0").rstrip(".") if "." in text else text)
    parts = []
    for char, unit in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        count, whole = divmod(whole, unit)
        if count:
            parts.append(f"{count:,}{char}")
    if whole:
        parts.append(f"{whole:,}")
    return sign + " ".join(parts)


def korean_money(amount: Decimal, currency: str) -> str:
    """``1,000만 달러``, ``14조 7,000억 원``, ``EUR 5,000``."""
    unit = {"USD": "달러", "KRW": "원"}.get(currency)
    if unit is None:
        return f"{currency} {korean_number(amount)}"
    return f"{korean_number(amount)} {unit}"


def both_ways(amount: Decimal, currency: str) -> str:
    """``1,000만 달러(USD 10 million)``: the Korean reading and the sources' own wording."""
    return f"{korean_money(amount, currency)}({format_money_short(amount, currency)})"
