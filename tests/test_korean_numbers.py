"""Korean numbers are read exactly (만/억/조, digits or Korean numerals) and written the Korean way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.korean_numbers import both_ways, korean_money, korean_number, read, read_numbers
from assistant.quantities import Money


@pytest.mark.parametrize(
    ("written", "currency", "amount"),
    [
        ("1천만 달러", "USD", "10000000"),
        ("1,000만 달러", "USD", "10000000"),
        ("천만 달러", "USD", "10000000"),
        ("10억 원", "KRW", "1000000000"),
        ("13조 6천억 원", "KRW", "13600000000000"),
        ("1조 원", "KRW", "1000000000000"),
        ("6억 6,260만 달러", "USD", "662600000"),
        ("삼백만 달러", "USD", "3000000"),
        ("1.5억 원", "KRW", "150000000"),
        ("미화 1,200만", "USD", "12000000"),
    ],
)
def test_an_amount_in_man_eok_jo_is_read_exactly(written, currency, amount):
    found = [r for r in read(written) if r.kind == "money"]
    assert [r.money for r in found] == [Money(currency, Decimal(amount))]


@pytest.mark.parametrize(
    ("written", "english"),
    [
        ("50%", "50%"),
        ("50퍼센트", "50%"),
        ("5할", "50%"),
        ("1982년", "1982"),
        ("2016~2020년", "2016-2020"),
        ("2016-2020년", "2016-2020"),
        ("2016년부터 2020년까지", "2016-2020"),
        ("2022년 이후", "after 2022"),
        ("2006년부터", "since 2006"),
        ("7쪽", "7 pages"),
        ("제20조", "Article 20"),
        ("달러당 1,470원", "at 1470 won per dollar"),
        ("10월 31일", "October 31"),
        ("원화로", "in won"),
        ("2차 사업", "second phase 사업"),
    ],
)
def test_shares_years_periods_and_counts_get_their_english_wording(written, english):
    assert read_numbers(written) == english


@pytest.mark.parametrize(
    "text", ["일본의 입장", "이상", "조선 산업", "백악관", "이천 공장", "F-35A", "KF-21"]
)
def test_words_that_only_look_like_numerals_are_left_alone(text):
    assert read_numbers(text) == text


def test_a_code_with_digits_keeps_its_digits():
    assert read_numbers("F-35 2차 사업") == "F-35 second phase 사업"


def test_amounts_are_written_in_korean_groups_and_both_ways():
    assert korean_number(Decimal("13600000000000")) == "13조 6,000억"
    assert korean_money(Decimal("10000000"), "USD") == "1,000만 달러"
    assert korean_money(Decimal("14700000000"), "KRW") == "147억 원"
    assert both_ways(Decimal("10000000"), "USD") == "1,000만 달러(USD 10 million)"
    assert korean_number(Decimal("7500")) == "7,500"


@given(st.integers(min_value=1, max_value=10**15))
def test_a_written_korean_amount_reads_back_to_its_value(value):
    written = korean_money(Decimal(value), "USD")
    (reading,) = [r for r in read(written) if r.kind == "money"]
    assert reading.money == Money("USD", Decimal(value))
