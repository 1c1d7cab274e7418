"""One table of fraction words: each names a part of one by its denominator, plural or not."""

from decimal import Decimal

from assistant.quantities import fraction_denominator as denominator
from assistant.quantities import lex, part_of_one


def test_a_fraction_word_names_its_denominator_singular_or_plural() -> None:
    # "a third of the balance", "two thirds of the rest": the same part, once or twice.
    assert denominator("third") == denominator("Thirds") == 3
    assert denominator("quarter") == denominator("fourth") == 4
    assert denominator("dozen") is None


def test_a_part_of_one_is_exact() -> None:
    assert part_of_one("half") == Decimal("0.5")
    assert part_of_one("tenth") == Decimal("0.1")


def test_an_amount_spelled_with_a_half_or_a_quarter_still_reads_the_same() -> None:
    # "a quarter of a billion" and "ten and a half million" read from the shared table.
    numbers = [
        t.number for t in lex("a quarter of a billion dollars and ten and a half million won")
    ]
    assert numbers == [Decimal("0.25"), Decimal("10.5")]
