"""A country that frames a figure question is not a partner whose part of a total is asked.

A question limits a total to one trade partner ("imports from Chile") and is then not answered
by the total of every partner. But a country may stand in a question without being a partner:
as the trader itself ("how many deals did the Chilean arms makers sign?"), as the market a rule
applies in ("exporters hit with levies in Chile"), or, for the home country, as the buyer the
sources are about when no other country's trade is asked. A country's rule figure (its least
share, what it requires) holds for each contract, so no partner takes a part of it.
"""

from __future__ import annotations

from assistant.answering.country_rule_asked import country_rule_subject
from assistant.answering.origins_asked import origin_countries
from assistant.answering.partners_named import home_partner_asked, object_of


def _countries(phrase: str) -> frozenset[str]:
    # An invented reader of country words: Chilean and Peruvian goods, nothing else.
    found = set()
    if "chile" in phrase.lower():
        found.add("chile")
    if "peru" in phrase.lower():
        found.add("peru")
    return frozenset(found)


def test_a_country_before_the_goods_is_their_origin():
    assert origin_countries("What did the navy pay for Chilean arms?", _countries) == {"chile"}
    assert origin_countries("How many Peruvian-made weapons were bought?", _countries) == {"peru"}


def test_a_country_before_the_makers_of_the_goods_is_the_trader():
    # The makers, sellers or firms of the goods are the question's subject, not goods it buys.
    for asked in (
        "How many deals did Chilean arms makers sign last year?",
        "What did Peruvian weapons suppliers earn abroad?",
        "How many contracts did Chilean arms firms win?",
        "What did the Peruvian arms industry export?",
        "How much did Chilean weapons-exporters sell?",
    ):
        assert origin_countries(asked, _countries) == frozenset(), asked


def test_a_statement_still_names_the_origin_before_its_trade():
    # Statements keep their wider reading: "Chile's arms industry" sells Chilean goods.
    assert origin_countries("Chilean arms makers sold rifles", _countries, statement=True) == {
        "chile"
    }


def test_the_object_of_a_preposition_ends_where_a_new_phrase_opens():
    assert object_of("levies in Chile, per the ministry") == "levies "
    assert object_of("the Peruvian navy") == "the Peruvian navy"
    assert object_of("the Republic of Chile") == "the Republic of Chile"
    assert object_of("Peru and Chile") == "Peru and Chile"
    assert object_of("Peru during 2019") == "Peru "


def test_the_home_country_is_a_partner_only_of_another_country_s_trade():
    # "How many deals did Peru's yards sign with Chile?" (Chile the home country): asked.
    assert home_partner_asked(frozenset({"chile"}), frozenset({"chile", "peru"}), "chile")
    # "The floor for contractors dealing with the Chilean army": no other trader, the frame.
    assert not home_partner_asked(frozenset({"chile"}), frozenset({"chile"}), "chile")
    # "Deals with Chile and Peru": both partners, no other trader named.
    assert not home_partner_asked(
        frozenset({"chile", "peru"}), frozenset({"chile", "peru"}), "chile"
    )
    # A question with no home partner asks nothing of it.
    assert not home_partner_asked(frozenset({"peru"}), frozenset({"peru", "chile"}), "chile")


def test_a_rule_asked_on_purchases_from_a_partner_is_still_the_country_s_rule():
    # The partner check is skipped for these: the rule is no total split by partner.
    assert country_rule_subject("What least share does Peru require on its buys from Chile?")
    assert country_rule_subject("What minimum offset do the Peruvians set on deals with Chile?")
    assert country_rule_subject("What did Peru import from Chile in 2019?") is None
