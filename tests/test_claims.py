"""A question that states a fact and asks whether it holds is judged by the figures the sources
give about what it names: confirmed, contradicted by another figure of the same kind, or
neither. The claim's own figures are what is tested, never topics the sources must share."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from assistant.answering.claims import (
    asking_for,
    claim_statement,
    claimed_side,
    claimed_time,
    is_claim,
    judge,
    of_parties,
    parties_named,
    same_change,
    stated_figures,
    times_named,
    unsupported_cause,
    when_stated,
)
from assistant.answering.frame import frame_of
from assistant.answering.routing import route
from assistant.knowledge.rows import OffsetData, load_data
from assistant.settings import Settings

_COUNTRIES = ("peru", "chile", "korea")


@pytest.fixture(scope="module")
def offset_data() -> OffsetData:
    return load_data(Settings().data_dir)


def _names(text: str) -> dict[str, frozenset[str]]:
    lower = text.lower()
    return {"countries": frozenset(c for c in _COUNTRIES if c in lower)}


@pytest.mark.parametrize(
    "question",
    [
        "The mine opened in 1990, right?",
        "The mine opened in 1990, correct?",
        "The levy is 12 percent. True?",
        "I heard the fund holds $3 billion. Is that accurate?",
        "I was told the plant cost USD 40 million - is that so?",
        "Is it true that the levy rose to 12%?",
        "Can you confirm the treaty was signed in 2001?",
        "The port handled 40 ships, isn't that right?",
        "Per the audit, the mine employs 900 people - do I have that right?",
        "So the levy doubled in 2004; have I got that right?",
        "Correct me if I'm wrong, but the fund was set up in 1999.",
        "The mine opened in 1990. Right year?",
        "My notes put the levy at 12 percent. Is that the correct figure?",
        "My file says the mine opened in 1990. Can you check that?",
        "According to our records, the levy is 12 percent - verify?",
        "Our draft has the levy at 12 percent; can you verify?",
        "The treaty was signed in 2001. Please confirm.",
        "The press office says the levy came in on 3 May. Could you verify that date?",
        "A memo puts the fund at $3 billion. Can you check this figure?",
    ],
)
def test_ways_of_asking_whether_a_fact_holds_are_claims(question):
    assert is_claim(question)
    assert frame_of(question).claim and frame_of(question).restated


@pytest.mark.parametrize(
    "question",
    [
        "Which figure is correct?",
        "What is the right threshold for a deal?",
        "When did the mine open?",
        "How much did the plant cost?",
        "How do buyers check the offset rules?",
        "Which agency must confirm the credits?",
    ],
)
def test_questions_that_merely_use_those_words_are_not_claims(question):
    assert not is_claim(question)


def test_a_figure_stated_about_the_subject_confirms_the_claim():
    assert judge("Peru's chapter ran to 9 pages, right?", "Peru got 9 pages [1].", _names) == "yes"


def test_the_same_figure_stated_about_someone_else_does_not_confirm_it():
    answer = "The report gave 9 pages to Chile, but only 4 pages to Peru [1]."
    assert judge("Peru's chapter ran to 9 pages, right?", answer, _names) == "no"


def test_another_figure_of_the_same_kind_contradicts_the_claim():
    assert judge("The mine opened in 1990, right?", "The mine opened in 1986 [1].", _names) == "no"
    claim = "The levy is 12 percent, correct?"
    assert judge(claim, "The levy stands at 15% [1].", _names) == "no"


def test_a_figure_of_another_kind_neither_confirms_nor_contradicts():
    # A year is no answer to a claimed percentage; a count of ships none to one of pages.
    assert judge("The levy is 12 percent, correct?", "The levy began in 1986 [1].", _names) is None
    assert judge("It ran to 9 pages, right?", "It named 40 ships [1].", _names) is None


def test_citation_markers_are_no_figures_of_an_answer():
    # "[2]" is no count that could contradict a claimed bare number.
    assert judge("They listed 40 items, up from 12, true?", "It grew [1][2].", _names) is None


def test_a_question_asked_after_a_claim_is_no_part_of_what_it_states():
    question = "I read the mill employed 300 people in 1990. How many did it employ in 1975?"
    assert claim_statement(question) == "I read the mill employed 300 people in 1990."
    # 1975 is what the later question asks about, not a year the claim states.
    answer = "In 1990 the mill employed 300 people, against 120 in 1985 [1]."
    assert judge(question, answer, _names) == "yes"


def test_a_claim_s_cause_must_be_stated_by_the_answer():
    claim = "My file says the toll was halved in 2004 at the request of the hauliers. Why?"
    answer = "The toll was cut from 8 to 4 dollars in 2004 [1]."
    assert unsupported_cause(claim, answer) == "at the request of the hauliers"
    stated = "The toll was halved in 2004 after a request from the hauliers' union [1]."
    assert unsupported_cause(claim, stated) is None
    # A cause told in other words keeps most of its own.
    worded = "The fund shrank because of a reluctance to raise new levies, right?"
    assert unsupported_cause(worded, "a reluctance to impose new levies [1]") is None
    assert unsupported_cause("The toll was halved in 2004, right?", answer) is None


def test_figures_are_read_with_their_kind():
    kinds = {f.value: f.kind for f in stated_figures("In 1986 it paid $5 million for 40 ships")}
    assert kinds[1986] == "year"
    assert kinds[5000000] == "money:USD"
    assert kinds[40] == "count:ship"


def test_a_claimed_figure_becomes_the_question_for_it():
    assert asking_for("The mine opened in 1990, right?", ["1990"]) == (
        "The mine opened in what year, right?"
    )


def test_a_claim_about_a_rule_s_bound_is_checked_not_calculated(offset_data):
    claim = (
        "I heard offset duties apply once a deal tops $10 million (about 14.7 billion won), right?"
    )
    assert route(claim, offset_data) is None
    # A contract posed to be worked out is still calculated.
    assert route("Would a $12 million deal trigger an offset obligation?", offset_data) is not None


@pytest.mark.parametrize(
    "claim",
    [
        "My notes say a foreign deal has to reach $10 million before offsets are sought. Right?",
        "I was told offsets only apply once a purchase hits USD 10 million, correct?",
        "A colleague says a deal must cross $10 million before Seoul asks for offsets. True?",
    ],
)
def test_a_claimed_threshold_told_by_a_verb_of_reaching_is_checked_not_calculated(
    claim, offset_data
):
    # "Reach", "hit" and "cross" draw the line a rule sets, as "tops" does: no contract is posed.
    assert route(claim, offset_data) is None


def test_a_contract_posed_with_a_verb_of_reaching_is_still_calculated(offset_data):
    assert route("If a competitive deal reaches $12 million, what offset is due?", offset_data)


@pytest.mark.slow
def test_a_claim_with_a_year_the_sources_never_use_is_corrected_by_theirs(assistant):
    answer = assistant.ask("Seoul's offset scheme dates back to 1979, right?")
    assert not answer.abstained
    assert answer.answer.startswith("Not as stated")
    assert "1982" in answer.answer


@pytest.mark.slow
def test_a_claim_of_the_threshold_now_is_corrected_by_a_statement_of_the_threshold(assistant):
    # The latest sum the sources give of another measure (offset values by period) is no
    # correction of a claim about the contract value that triggers offsets.
    answer = assistant.ask(
        "Our briefing book says the offset trigger today is any deal of $2 million or more. Right?"
    )
    assert answer.answer.startswith("Not as stated")
    assert "USD 10 million" in answer.answer
    assert "$800 million" not in answer.answer
    assert not answer.tool_calls


@pytest.mark.slow
def test_a_threshold_put_at_a_year_it_was_not_in_force_is_corrected_by_the_rule_step(assistant):
    # The sources state $10 million and 1984 in different places; the rule table says the
    # $10 million threshold came in with DAPA in 2006, so the claim is not borne out.
    answer = assistant.ask(
        "A memo claims the $10 million offset threshold goes back to 1984. Is that right?"
    )
    assert answer.answer.startswith("Not as stated")
    assert "2006" in answer.answer
    assert not answer.tool_calls


@pytest.mark.slow
def test_a_threshold_put_at_the_year_it_came_in_is_confirmed(assistant):
    answer = assistant.ask("So the USD 10 million trigger was set in 2006, right?")
    assert answer.answer.startswith("Yes")
    assert "2006" in answer.answer


@pytest.mark.slow
def test_a_claim_that_holds_is_confirmed_without_the_calculator(assistant):
    answer = assistant.ask(
        "I heard offset duties apply once a deal tops $10 million (about 14.7 billion won), right?"
    )
    assert answer.answer.startswith("Yes")
    assert not answer.tool_calls


@pytest.mark.slow
def test_a_noted_claim_of_a_rate_and_a_threshold_is_judged_not_calculated(assistant):
    # Two figures of a rule set out from the asker's notes pose no contract to work out.
    answer = assistant.ask(
        "I believe Türkiye raised its minimum offset to 60% and its contract threshold to "
        "USD 5 million."
    )
    assert not answer.tool_calls
    assert answer.answer.startswith("Not as stated")
    assert "70%" in answer.answer


@pytest.mark.slow
def test_a_claim_s_closing_tag_is_no_name_the_sources_must_know(assistant):
    answer = assistant.ask("Airbus pledged $662.6 million in offsets for the tankers. True?")
    assert not answer.abstained
    assert answer.answer.startswith("Yes")


@pytest.mark.slow
def test_a_beginning_asked_in_other_words_than_the_sources_is_dated(assistant):
    answer = assistant.ask("When did Korea's offset program get started?")
    assert not answer.abstained
    assert "1982" in answer.answer


def _names_and_kinds(text: str) -> dict[str, frozenset[str]]:
    # As the composer reads them: countries, and the kinds of contract a clause names.
    from assistant.answering.frame import asserted_kinds

    return {**_names(text), "contracts": frozenset(asserted_kinds(text)[0])}


def test_a_figure_stated_for_another_kind_of_contract_does_not_confirm_the_claim():
    answer = "Peru levies 12% on competitive deals and 8% on sole-source deals [1]."
    claim = "Peru levies 12% on sole-source deals as well, right?"
    assert judge(claim, answer, _names_and_kinds) == "no"
    assert judge("Peru levies 12% on competitive deals, right?", answer, _names_and_kinds) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "The mine opened in 1990, didn't it?",
        "By then the fund had spent its grant, hadn't it?",
        "The levy was 12 percent, wasn't it?",
    ],
)
def test_a_statement_closed_by_a_question_tag_is_a_claim(question):
    assert is_claim(question)


def test_a_share_told_in_words_is_contradicted_by_a_percentage_outside_it():
    claim = "By 2010 the fund had spent nearly all of its grant, hadn't it?"
    assert judge(claim, "By 2010 the fund had spent 15% of its grant [1].", _names) == "no"
    assert judge(claim, "By 2010 the fund had spent 92% of its grant [1].", _names) == "yes"


def test_most_of_and_hardly_any_of_are_ranges_of_shares():
    assert judge("Most of the grant went to ports, right?", "Ports got 70% [1].", _names) == "yes"
    assert judge("Most of the grant went to ports, right?", "Ports got 30% [1].", _names) == "no"
    claim = "Hardly any of the grant went to ports, right?"
    assert judge(claim, "Ports got 70% of it [1].", _names) == "no"


def test_half_the_whole_without_of_is_a_share_told_in_words():
    claim = "I read that the port keeps half the toll revenue. Accurate?"
    assert judge(claim, "The port keeps 50 percent of the toll revenue [1].", _names) == "yes"
    assert judge(claim, "The port keeps 20 percent of the toll revenue [1].", _names) == "no"


def test_a_share_told_in_words_is_not_judged_by_an_answer_without_a_percentage():
    claim = "Most of the grant went to ports, right?"
    assert judge(claim, "The grant was paid in 1990 [1].", _names) is None


@pytest.mark.slow
def test_a_share_claimed_for_the_other_kind_of_contract_is_corrected(assistant):
    answer = assistant.ask("Korea's share for competitive contracts is 30%, correct?")
    assert answer.answer.startswith("Not as stated")
    assert "50%" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Fact check: the harbour fee rose to 4 percent in 2011.",
        "A colleague told me the mine employs 900 people. Accurate?",
        # a check named as the opening, before the statement
        "Quick check - the port spent 3 billion won on 12 cranes?",
        "Sanity check: the mine hired 900 people in 2012?",
        "Just checking, the dam opened in 1990?",
    ],
)
def test_a_fact_passed_on_or_put_up_for_checking_is_a_claim(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        # what the asker's notes hold, after a colon or a dash, or as what they have
        "My notes: the harbour raised its pilot fee to 6% and its floor to USD 2 million.",
        "Our memo - the mine employs 900 people.",
        "My records have the dam's cost at 3 billion won.",
        "Per my notes, the fee was cut from 6% to 4% in 2011.",
        # what the asker believes or remembers
        "I believe the port lifted its levy to 5% in 2012.",
        "I recall that the mill exported 40 tonnes in 2019.",
    ],
)
def test_a_fact_the_asker_has_noted_or_believes_is_a_claim(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "My notes: what fee did the harbour charge in 2011?",
        "My notes are thin here: on a USD 20 million deal, what levy would the port charge?",
        "I believe I need the levy: what was it in 2012?",
        "I remember when the dam opened?",
    ],
)
def test_notes_or_beliefs_before_a_question_leave_it_a_question(question):
    assert not is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "Quick check: what fee does the harbour charge?",
        "Just checking - when did the dam open?",
        "Check the rule: how big must a deal be?",
    ],
)
def test_a_check_named_before_a_question_word_is_a_question(question):
    assert not is_claim(question)


def test_a_count_is_of_the_thing_named_a_few_words_after_it():
    # "14 coastal fishing ports" counts ports, as "11 ports" does.
    answer = "The survey listed 11 ports in all, up from 9 ports a year before [1]."
    assert judge("Did the survey list 14 coastal fishing ports?", answer, _names) == "no"


def test_a_year_stated_of_another_event_does_not_confirm_the_claim():
    # The claimed year is in the answer, but of another step; the sentence about the opening
    # gives another year.
    answer = (
        "The bridge, which opened to traffic in 1971, carries the coastal road [1]. "
        "Its toll was raised in 1975 and again in 1980 [2]."
    )
    assert judge("The bridge opened to traffic in 1975, right?", answer, _names) == "no"
    assert judge("The bridge toll was raised in 1975, right?", answer, _names) == "yes"


def test_a_figure_confirmed_in_a_sentence_that_denies_the_claim_contradicts_it():
    answer = "The council decided not to put a tariff on the $40 million dam [1]."
    assert judge("The council put a tariff on the $40 million dam, right?", answer, _names) == "no"
    claim = "The council did not put a tariff on the $40 million dam, right?"
    assert judge(claim, answer, _names) == "yes"
    # A denial of something else in the sentence says nothing against the claim.
    answer = "Its policy of not taxing rice bought from Peru, 80 percent of its trade, stands [1]."
    assert judge("Purchases from Peru are 80 percent of its trade, right?", answer, _names) == "yes"


def test_a_rule_s_bound_written_after_its_amount_is_no_contract(offset_data):
    claim = "My editor told me the 50% share applies to competitive deals of $10 million or more?"
    assert route(claim, offset_data) is None


@pytest.mark.slow
def test_a_claim_with_two_years_gets_one_verdict(assistant):
    answer = assistant.ask("The offset threshold rose to USD 2 million in 1991, correct?")
    assert answer.answer.startswith("Not as stated")
    assert answer.answer.count("the sources say") == 1
    assert "1984" in answer.answer


@pytest.mark.slow
def test_a_claim_refused_for_its_year_is_corrected_by_the_sources_year(assistant):
    answer = assistant.ask("The allies have talked about a procurement pact since 2019, right?")
    assert answer.answer.startswith("Not as stated")
    assert "2022" in answer.answer


@pytest.mark.slow
def test_a_claim_left_without_verdict_is_judged_with_the_sentences_stating_its_figures(assistant):
    answer = assistant.ask(
        "Korea's 50% offset applies to competitive deals above $10 million? True?"
    )
    assert answer.answer.startswith("Yes")
    assert not answer.tool_calls


def test_a_bound_the_claim_puts_on_its_figure_does_not_hold_the_verdict_back():
    answer = "Peru levies 12% on sole-source deals [1]. Competitive deals of at least $5 million pay 20% [2]."
    claim = "Peru levies 12% on sole-source deals over $5 million, right?"
    assert judge(claim, answer, _names_and_kinds) == "yes"
    # A bound the answer never states is left to the sources to settle.
    claim = "Peru levies 12% on sole-source deals over $9 million, right?"
    assert judge(claim, answer, _names_and_kinds) is None


@pytest.mark.parametrize(
    "claim",
    [
        "Peru levies 12% on sole-source deals topping $5 million, right?",
        "Peru levies 12% on sole-source deals surpassing $5 million, right?",
        "Peru levies 12% on sole-source deals of $5 million or greater, right?",
        "Peru levies 12% on sole-source deals of $5 million plus, right?",
    ],
)
def test_every_way_of_writing_a_bound_is_a_qualifier_of_the_claim(claim):
    # The bound words are the ones routing reads a rule's bound by (quantities.BOUND_*), so a
    # claim is not judged by one list and routed by another.
    answer = "Peru levies 12% on sole-source deals [1]. Competitive deals of at least $5 million pay 20% [2]."
    assert judge(claim, answer, _names_and_kinds) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "The dam holds 40 million cubic metres - is that what the census found?",
        "Exports reached $3 billion last year; was that what they stated?",
        "The port handled 120 ships in 2019. Is this the official count?",
        "Wages rose 4 percent, is this the official figure?",
        "Prices doubled over the decade - was that the conclusion?",
    ],
)
def test_a_statement_held_up_against_the_record_is_a_claim(question):
    assert is_claim(question)


def test_a_question_about_what_a_report_says_without_a_statement_is_no_claim():
    assert not is_claim("What does the survey say about the dam?")
    assert not is_claim("Is that the largest dam in the region?")


def test_a_compound_in_the_claim_matches_its_words_written_apart():
    # The claim's figure belongs to another item than the one it names: the sentence naming
    # "cargo handling" as two words is the closer one, and its figure contradicts.
    answer = (
        "Pledge (port dredging works): USD 5.5 billion [1]. "
        "Pledge (cargo handling equipment upgrades): USD 0.9 billion [1]."
    )
    claim = "The cargo-handling pledge came to $5.5 billion, didn't it?"
    assert judge(claim, answer, _names) == "no"


@pytest.mark.parametrize(
    ("claim", "answer", "verdict"),
    [
        ("Rebates came to about a tenth of sales, right?", "Rebates were 10% of sales [1].", "yes"),
        ("Rebates came to about a tenth of sales, right?", "Rebates were 25% of sales [1].", "no"),
        ("Roughly a quarter of the fleet was idle, true?", "24% of the fleet was idle [1].", "yes"),
        ("Two thirds of the budget went on wages, right?", "Wages took 20% [1].", "no"),
        ("One in five firms exported, correct?", "Some 21% of firms exported [1].", "yes"),
    ],
)
def test_a_share_told_as_a_fraction_is_judged_by_the_percentages_given(claim, answer, verdict):
    assert judge(claim, answer, _names) == verdict


# A table row read out as one line: each country's figure stands under its own label.
_LISTED = "Royalty per tonne: Peru: Min. 12%; Chile: Min. 30%; Korea: Min. 12% [1]"


def test_a_figure_listed_under_another_label_neither_confirms_nor_contradicts():
    # Chile's 30% says nothing against Peru's 12%.
    assert judge("Peru takes a royalty of 12 percent, right?", _LISTED, _names) == "yes"
    assert judge("Peru takes a royalty of 30 percent, right?", _LISTED, _names) == "no"
    assert judge("Chile takes a royalty of 12 percent, right?", _LISTED, _names) == "no"


def test_a_bound_stated_only_under_another_label_is_the_claim_under_test():
    # "at least 12%" is a floor stated for Peru and Korea, not for Chile, whose row says 30%.
    assert judge("Chile's royalty is at least 12%, correct?", _LISTED, _names) == "no"


def test_a_figure_in_a_sentence_about_someone_else_is_no_bound_of_the_claim():
    # "at least 12%" is Peru's new floor, told in a sentence naming Peru; Chile's row says 30%.
    answer = (
        "Royalty per tonne: Chile: Min. 30% [1]. "
        "Peru raised its royalty from a minimum of 5 percent to 12 percent [2]."
    )
    assert judge("Chile's royalty is at least 12%, correct?", answer, _names) == "no"
    assert judge("Peru's royalty is at least 12%, correct?", answer, _names) == "yes"


def test_a_figure_in_a_sentence_not_naming_a_third_country_is_not_that_country_s():
    # The sources are about the home country unless they say otherwise: an unnamed levy of 12%
    # is Korea's, not Peru's; Peru's own row decides.
    answer = "The levy is 12% of each contract, below Chile's 30% [1]. Royalty: Peru: Min. 9% [2]"
    assert judge("Peru levies 12 percent, right?", answer, _names) == "no"
    assert judge("Peru levies 12 percent, right?", answer.split(" [1]")[0], _names) is None


def test_a_bound_stated_of_the_home_country_is_no_bound_of_a_third_country():
    # "Over USD 3 million" is the whole claim about Peru: the home country's own floor of the
    # same size, in a sentence not naming Peru, neither confirms nor corrects it.
    claim = "Peru charges the duty on every import over USD 3 million these days, right?"
    home = "The duty is owed on imports over USD 3 million [1]."
    assert judge(claim, home, _names) is None
    assert judge(claim, "Peru now charges the duty above USD 3 million [1].", _names) == "yes"
    # A claim about the home country still takes the unnamed sentence as its own.
    assert judge(claim.replace("Peru", "Korea"), home, _names) == "yes"


_OURS = frozenset({"korea"})


def _found(
    countries: Iterable[str] = (), companies: Iterable[str] = ()
) -> dict[str, frozenset[str]]:
    return {"countries": frozenset(countries), "companies": frozenset(companies)}


def test_a_claim_about_a_third_country_is_met_only_by_a_statement_naming_it():
    parties = parties_named(_found({"peru", "korea"}), _OURS)
    assert parties["countries"] == {"peru"}
    assert of_parties(_found({"peru"}), parties, _OURS)
    assert of_parties(_found({"peru", "korea"}), parties, _OURS)
    # The home country's rule, stated without naming anyone, is not Peru's.
    assert not of_parties(_found(), parties, _OURS)
    assert not of_parties(_found({"korea"}), parties, _OURS)
    # Nor is a neighbour's.
    assert not of_parties(_found({"chile"}), parties, _OURS)


def test_a_claim_about_a_firm_is_met_only_by_a_statement_naming_that_firm():
    parties = parties_named(_found(companies={"Acme Rotors"}), _OURS)
    assert of_parties(_found(companies={"Acme Rotors"}), parties, _OURS)
    assert not of_parties(_found(companies={"Blue Keel"}), parties, _OURS)
    assert not of_parties(_found(), parties, _OURS)


def test_a_claim_about_the_home_country_is_met_by_its_unnamed_rules_not_another_country_s():
    parties = parties_named(_found({"korea"}), _OURS)
    assert not any(parties.values())
    assert of_parties(_found(), parties, _OURS)
    assert of_parties(_found({"korea"}), parties, _OURS)
    assert not of_parties(_found({"chile"}), parties, _OURS)


def test_an_abbreviation_before_a_figure_ends_no_sentence():
    figure = stated_figures("Chile: approx. 30% of output [1]")[0]
    assert figure.label == "Chile"
    assert figure.sentence == "Chile: approx. 30% of output [1]"


def test_a_figure_claimed_to_hold_ever_since_a_year_is_judged_by_that_year_s_figure():
    claim = "The ferry fare has been $12 ever since the line opened in 1975, right?"
    answer = (
        "Opened in 1975, the ferry line now charges a fare of $12 a trip [1]. In 1975 a trip "
        "cost $3 [2]."
    )
    assert judge(claim, answer, _names) == "no"


def test_a_figure_claimed_to_hold_ever_since_is_confirmed_when_that_year_s_figure_agrees():
    claim = "The ferry fare has been $12 ever since the line opened in 1975, right?"
    answer = "When the line opened in 1975, the fare was already $12 [1]. It is $12 today [2]."
    assert judge(claim, answer, _names) == "yes"


@pytest.mark.parametrize(
    ("question", "supposed"),
    [
        ("My notes say the mine opened in 1990; is that so?", False),
        ("Reports say the levy rose to 12%. Which year was that?", False),
        ("Say, a $20 million competitive deal: what would it owe?", True),
        ("What offset does a deal of, say, $20 million owe?", True),
        ("Let's say the fund held $3 billion: how much is 5% of it?", True),
    ],
)
def test_what_someone_says_is_told_and_a_clause_opened_by_say_is_supposed(question, supposed):
    assert frame_of(question).hypothetical is supposed


@pytest.mark.parametrize(
    "question",
    [
        "My notes say the levy went from 10% to 12% in 2004. Right year?",
        "Reports say the fund grew from $2 billion to $3 billion in 1999 - is that the correct year?",
    ],
)
def test_a_claim_about_when_a_told_change_happened_is_no_computation(question, offset_data):
    assert route(question, offset_data) is None


def test_a_claim_takes_the_one_side_of_a_dispute_its_figures_fit():
    sides = ["2 June 2024 opening", "12 June opening"]
    assert claimed_side("A paper dates the opening to June 12. Right?", sides) == 1
    assert claimed_side("The plant opened on the 2nd of June, correct?", sides) == 0
    # figures every side fits, or none does, take no side
    assert claimed_side("The plant opened in June, correct?", sides) is None
    assert claimed_side("The plant opened on 5 July, correct?", sides) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "One website dates the NTE to October 31st. Is that right?",
        "A newsletter had the trade barrier report out on 31 October; can you verify that date?",
    ],
)
def test_a_claim_one_source_makes_and_others_contradict_is_shown_disputed(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained and answer.disputed
    assert "disagree" in answer.answer and "March" in answer.answer
    cited = {c.source_id[:3] for c in answer.citations}
    assert "003" in cited and cited - {"003"}


@pytest.mark.slow
def test_a_claim_of_the_lower_disputed_offset_figure_names_both(assistant):
    answer = assistant.ask("I heard offsets won over 2016-2020 came to about $700 million, true?")
    assert answer.disputed
    assert "800 million" in answer.answer and "700 million" in answer.answer


def test_a_statement_of_the_present_or_a_later_year_is_later():
    assert when_stated("As of 2021, the toll is 12 euros.") > when_stated(
        "The toll was raised to 9 euros in 2019."
    )
    assert when_stated("The current toll stands at 12 euros.") > when_stated("It cost 9 in 2019.")
    assert when_stated("Tolls are levied on bridges.") == (False, 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Is it true that an offset duty kicks in today once a purchase tops USD 2 million?",
        "Can you confirm that offsets are currently owed on imports above USD 1 million?",
    ],
)
def test_a_claim_about_the_rule_in_force_is_judged_by_the_latest_rule(assistant, question):
    answer = assistant.ask(question)
    assert answer.answer.startswith("Not as stated")
    assert "USD 10 million" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Bulgaria currently wants offsets on deals over USD 2 million, correct?",
        "These days Norway asks for offsets only above USD 40 million, right?",
    ],
)
def test_a_claim_about_another_country_s_rule_in_force_is_not_met_by_the_home_rule(
    assistant, question
):
    """The sources state no purchase floor for these countries: the home country's latest
    floor (or an old one of the same size) neither confirms nor corrects the claim."""
    answer = assistant.ask(question)
    assert not answer.answer.startswith(("Yes", "Not as stated"))


@pytest.mark.slow
def test_a_share_claimed_for_the_present_is_corrected_by_the_latest_share(assistant):
    answer = assistant.ask("These days Seoul seeks 60% offsets on competitive buys, true?")
    assert answer.answer.startswith("Not as stated")
    assert "50 percent" in answer.answer or "50%" in answer.answer


@pytest.mark.slow
def test_a_question_for_the_figure_in_force_is_not_answered_by_the_first_rule(assistant):
    answer = assistant.ask("What is the purchase threshold for offsets that applies these days?")
    assert "USD 10 million" in answer.answer
    assert "1982" not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "claim",
    [
        "I was told the Korean offset scheme traces back to 1979; is that right?",
        "Korea's offset policy originated in 1988, true?",
    ],
)
def test_a_wrong_year_for_a_beginning_told_in_other_verbs_is_met_by_the_year_it_began(
    assistant, claim
):
    """Verbs of origin ("traces back to", "originated") ask when a thing began, as "began"
    does: a wrong year is contradicted by the year the sources give."""
    answer = assistant.ask(claim)
    assert answer.answer.startswith("Not as stated") and "1982" in answer.answer


@pytest.mark.slow
def test_a_claim_whose_cause_the_sources_never_give_is_not_confirmed(assistant):
    answer = assistant.ask(
        "I was told Seoul lowered its offset requirement to 30 percent in 1986 because of "
        "Washington's complaints. Correct?"
    )
    assert answer.abstained
    assert "complaints" in answer.answer
    assert "1986" in answer.answer  # the statement they do give is pointed to


@pytest.mark.slow
def test_a_claim_taking_the_side_the_other_sources_contradict_is_not_borne_out(assistant):
    answer = assistant.ask("According to my notes the blog dates the NTE release to October 31.")
    assert answer.answer.startswith("Not as stated")
    assert "March" in answer.answer
    assert answer.disputed


@pytest.mark.slow
def test_a_claim_with_one_wrong_figure_is_corrected_by_the_statement_of_the_right_one(assistant):
    answer = assistant.ask("Our memo says the USTR counted 30 Korean cases, up from 18. Verify?")
    assert answer.answer.startswith("Not as stated")
    assert "21 cases" in answer.answer


def test_a_figure_claimed_for_a_year_the_answer_gives_no_figure_for_is_unstated():
    # Tolls for 2019 and for 2014 to 2016 say nothing of the toll in 2021: neither yes nor no.
    answer = (
        "In 2019 the toll raised USD 40 million [1]. From 2014 to 2016 it raised USD 95 "
        "million in all [2]."
    )
    claim = "My memo says the toll raised $52 million in 2021. Correct?"
    assert judge(claim, answer, _names) == "unstated"
    assert claimed_time(claim) == "2021"


def test_a_figure_claimed_for_a_year_the_answer_covers_is_corrected():
    answer = "In 2019 the toll raised USD 40 million [1]. In 2021 it raised USD 48 million [2]."
    assert judge("The toll raised $52 million in 2021, right?", answer, _names) == "no"


def test_a_figure_claimed_for_a_period_is_judged_by_the_sentences_dating_that_period():
    answer = "Over 2011 to 2013 the port earned USD 9.1 million, against USD 4 million later [1]."
    assert judge("I read the port earned $1.9 million in 2011-13. True?", answer, _names) == "no"
    assert judge("I read the port earned $1.9 million in 2004-06. True?", answer, _names) == (
        "unstated"
    )


def test_a_shifted_year_is_corrected_by_the_sentence_stating_the_claimed_figures():
    # The same change, at another year: the claim is wrong about when, and is corrected.
    answer = "The levy was cut from 40 to 25 percent in 1991 [1]. Exports fell 6% in 2008 [2]."
    claim = "Our draft says the levy was cut from 40 to 25 percent in 1997. Right?"
    assert judge(claim, answer, _names) == "no"


def test_a_year_beside_other_figures_does_not_correct_a_dated_claim():
    # The claimed 40 percent holds, undated; the only other year is of a different figure.
    answer = "The levy is 40 percent of the fare [1]. Exports fell 6% from 2008 to 2010 [2]."
    claim = "My notes say the levy went back up to 40 percent in 1997. Right?"
    assert judge(claim, answer, _names) == "unstated"


def test_an_undated_figure_corrects_a_dated_claim_when_the_answer_dates_none_of_its_kind():
    # Page counts the sources never date are the counts of the report the claim names.
    answer = "The review gave 14 pages to Chile and 6 pages to Peru [1]."
    assert judge("The 2024 review gave Peru 9 pages, right?", answer, _names) == "no"


def test_a_sentence_giving_a_period_dates_its_figures_to_that_period():
    sentence = "From 2016 to 2020 it stood at $800 million, according to a 2023 report."
    assert times_named(sentence) == [(2016, 2020)]
    assert times_named("over 2021-22 and 1999") == [(2021, 2022)]
    assert times_named("set in 1986") == [(1986, 1986)]
    assert times_named("no date here") == []


@pytest.mark.slow
def test_a_claimed_figure_for_a_period_no_source_covers_is_declined(assistant):
    answer = assistant.ask(
        "I read that KIET put Korea's offset haul for 2001-2005 at USD 4.4 billion. Accurate?"
    )
    assert answer.abstained
    assert "2001" in answer.answer
    assert not answer.answer.startswith("Not as stated")


@pytest.mark.slow
def test_a_claimed_figure_for_a_covered_period_is_still_corrected(assistant):
    answer = assistant.ask(
        "I read that KIET put Korea's offset haul for 2011-2015 at USD 4.4 billion. Accurate?"
    )
    assert not answer.abstained
    assert answer.answer.startswith("Not as stated")
    assert "7.99" in answer.answer


@pytest.mark.slow
def test_a_rule_change_put_at_the_wrong_year_is_still_corrected(assistant):
    answer = assistant.ask(
        "Someone told me Seoul lowered the offset share from 50 to 30 percent in 1991. True?"
    )
    assert not answer.abstained
    assert answer.answer.startswith("Not as stated")
    assert "1986" in answer.answer


def test_a_change_told_by_its_two_ends_is_the_same_change_at_another_year():
    claim = "A colleague says the toll went from 12% to 9% in 2004. Right?"
    assert same_change(claim, "The toll was lowered from 12 to 9 percent in 1999.", 1999)
    # Another change, or the claim's own year, is no misdating.
    assert not same_change(claim, "The toll was lowered from 12 to 10 percent in 1999.", 1999)
    assert not same_change(claim, "The toll was lowered from 12 to 9 percent in 2004.", 2004)
    # One figure alone is no change: many statements give it.
    assert not same_change("The toll went up to 12% in 2004, right?", "A 12% toll.", 1999)


@pytest.mark.slow
def test_a_policy_change_misdated_is_corrected_by_the_policy_table(assistant):
    answer = assistant.ask("I believe Korea took its offset share from 50% down to 30% in 1979.")
    assert not answer.abstained
    assert answer.answer.startswith("Not as stated")
    assert "1986" in answer.answer


def test_a_figure_stated_only_for_another_period_does_not_confirm_a_dated_claim():
    # The claimed sum is in the answer, but as the fishery's catch of the earlier period; for
    # the period claimed the answer gives another sum, which corrects the claim.
    answer = (
        "The fishery landed about $4.2 billion of tuna from 2005 to 2009, but only about "
        "$900 million from 2010 to 2014 [1]."
    )
    assert judge("The fishery landed $4.2 billion in 2010-2014, right?", answer, _names) == "no"
    assert judge("The fishery landed $4.2 billion in 2005-2009, right?", answer, _names) == "yes"


def test_a_figure_beside_its_own_period_is_stated_for_that_period_alone():
    # One clause, two periods: each sum is of the period written after it.
    answer = (
        "Catches fell from nearly $4 billion (2005-2009) to around $900 million (2010-2014) [1]."
    )
    assert judge("Catches were $900 million in 2005-2009, true?", answer, _names) == "no"
    assert judge("Catches were $900 million in 2010-2014, true?", answer, _names) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        "so the port fee is 6%?",
        "And so the growers paid $2 million?",
        "So, in 2011 the quota fell to 40?",
    ],
)
def test_a_conclusion_with_a_figure_asked_back_is_a_claim(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    ["so what is the port fee in 2011?", "So did the growers pay 2 million?", "so it was dropped?"],
)
def test_a_question_opened_by_so_or_one_without_a_figure_is_no_claim(question):
    assert not is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "The mine opened in 1990?",
        "the levy is 12 percent?",
        "The port authority bought three cranes in 2004?",
        "The fund was wound up in 2011?",
        "Acme paid USD 40 million for the plant?",
        "The ministry set the levy at 12% in 1999?",
        "The ledger is old. The fund spent USD 3 million on ports?",
    ],
)
def test_a_statement_asked_back_by_its_question_mark_alone_is_a_claim(question):
    assert is_claim(question)
    assert frame_of(question).claim


@pytest.mark.parametrize(
    "question",
    [
        "The levy in 1999?",
        "the mine's output in 2004, by tonnage?",
        "number of ships, value and date of the 2004 order?",
        "So what did the ministry set the levy at in 1999?",
        "In 1985, would a $2 million order have needed a permit?",
        "Two separate orders of $12 million and $35 million: combined levy?",
        "Who is the U.S. Port Commissioner that opened the dock in 2004?",
        "Total number of cranes the port authority of the city bought in 2004?",
        "The report cited by the ministry in 2004?",
        "The mine opened early?",
        "The port handled 40 ships in 2004. Average per month?",
        "A deal worth USD 75 million. The levy is 30%. Levy in USD million, one decimal?",
    ],
)
def test_a_phrase_asked_or_a_question_with_a_figure_is_no_bare_claim(question):
    assert not is_claim(question)


def test_a_figure_claimed_as_now_is_corrected_by_the_change_that_left_it_behind():
    answer = "Peru, levy: raised from 12% to 15% [1]."
    assert judge("Peru levies 12 percent, right?", answer, _names) == "no"
    assert judge("Peru's levy is 15 percent, right?", answer, _names) == "yes"
    # The change itself, or the old figure put in the past, is what the answer states.
    assert judge("Peru raised its levy from 12 to 15 percent, right?", answer, _names) == "yes"
    assert judge("Peru's levy was 12 percent, right?", answer, _names) == "yes"


@pytest.mark.parametrize(
    "question",
    [
        # a request to be corrected, in its shorter and other forms
        "The ferry toll was set at 12 percent in 1999. Correct me if wrong.",
        "The ferry toll was set at 12 percent in 1999. Correct me if I'm mistaken.",
        "The ferry toll was set at 12 percent in 1999 - correct me if that's off.",
        "The ferry toll was set at 12 percent in 1999; am I off?",
        "The ferry toll was set at 12 percent in 1999. Have I got that wrong?",
        # a question of fit with the record
        "The ferry toll was set at 12 percent in 1999. Does that hold up?",
        "The ferry toll was set at 12 percent in 1999. Does that match the sources?",
        "Reports put the ferry toll at 12 percent in 1999. Is that the case?",
        # a closing tag asking for a verdict in other words
        "The ferry toll was set at 12 percent in 1999. Sound right?",
        "The ferry toll was set at 12 percent in 1999. Fair?",
        "The ferry toll was set at 12 percent in 1999, right or wrong?",
        "The ferry toll was set at 12 percent in 1999. Yes or no?",
        "The toll was 12 percent and the pier fee $2 million. Both correct?",
        "The ferry toll was set at 12 percent in 1999? Just double-checking.",
        # a report passed on without the asker's own verb
        "A colleague says the ferry toll was set at 12 percent in 1999.",
        "My understanding is that the ferry toll was set at 12 percent in 1999.",
        "I gather the ferry toll was set at 12 percent in 1999.",
    ],
)
def test_other_ways_of_putting_a_fact_up_for_checking_are_claims(question):
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "Does that hold for bulk carriers?",
        "Why is this still the case?",
        "Sources say the toll rose. Why?",
        "What do colleagues say about the toll?",
        "Just checking - when did the dam open?",
        "Is it fair?",
    ],
)
def test_questions_using_those_words_to_ask_are_not_claims(question):
    assert not is_claim(question)


def test_a_count_in_words_is_judged_as_a_count_in_digits():
    said = "The port refused four partner yards, including Nordwerft [1]."
    assert judge("The port refused four partner yards, right?", said, _names) == "yes"
    assert judge("The port refused five partner yards, right?", said, _names) == "no"
    # "seven percent" is a share, as "7%" is.
    assert judge("Tolls were 9% of the fares, right?", "Tolls were seven percent [1].", _names) == (
        "no"
    )


def test_one_and_a_fraction_in_words_count_nothing():
    # "one of the yards" picks a yard out; "one in five" is a share, judged as one.
    assert judge("One of the yards was refused, right?", "Two yards were refused [1].", _names) is (
        None
    )
    assert judge("One in five firms exported, correct?", "Some 21% did [1].", _names) == "yes"


def test_an_amount_given_with_or_about_beside_a_rule_s_bound_is_no_contract(offset_data):
    claim = "The report said duties may arise once a deal tops $10 million, or about 13.6 billion won. Correct?"
    assert route(claim, offset_data) is None


def test_a_figure_listed_under_another_part_does_not_confirm_the_part_claimed():
    answer = (
        "The ministry pledged $90 million in aid (grants $12 million, loans $70 million, "
        "training $8 million) to Peru [1]."
    )
    assert judge("Is it true that grants made up $70 million of the aid?", answer, _names) == "no"
    assert judge("Is it true that loans made up $70 million of the aid?", answer, _names) == "yes"
    assert judge("The ministry pledged $90 million in aid, right?", answer, _names) == "yes"


def test_a_figure_of_the_kind_merely_nearby_labels_no_part_against_the_claim():
    answer = "Neighbours require close to 100% of port fees, while the rate stands at 50% [1]."
    assert judge("The port fee share is 50 percent, correct?", answer, _names) == "yes"


# ------------------------------------------------- a request to check, its object named first


@pytest.mark.parametrize(
    "question",
    [
        "Please double-check this sentence: Peru's floor is 40 percent.",
        "Cross-check my number - the levy came to EUR 3 million in 2019.",
        "Check our figure: the fleet cost NOK 2 billion.",
        "Verify the following: Chile signed 12 offset deals.",
    ],
)
def test_a_request_to_check_a_named_line_opens_a_claim(question: str) -> None:
    assert is_claim(question)


@pytest.mark.parametrize(
    "question",
    [
        "Check this line: what is Peru's floor?",
        "Check the floor for Peru.",
        "Double-check the threshold Chile uses.",
    ],
)
def test_a_request_to_check_that_asks_or_names_no_line_is_no_claim(question: str) -> None:
    assert not is_claim(question)


# ------------------------------------------------- a claimed figure rounded from the stated one


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("The port earned $4.7 billion, right?", "The port earned $4.66 billion [1]."),
        ("The fleet cost 12.31 trillion won, correct?", "The fleet cost 12.3072 trillion won [1]."),
        ("The levy was 18% of the fee, true?", "The levy was 17.6% of the fee [1]."),
    ],
)
def test_a_figure_rounded_from_the_stated_one_is_confirmed(claim: str, stated: str) -> None:
    assert judge(claim, stated, _names) == "yes"


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        # one digit says too little to be a rounding of this figure
        ("The port earned $5 billion, right?", "The port earned $4.66 billion [1]."),
        # a figure that no rounding of the stated one gives
        ("The port earned $4.8 billion, right?", "The port earned $4.66 billion [1]."),
        # more exact than the statement is not a rounding of it
        ("The port earned $4.662 billion, right?", "The port earned $4.66 billion [1]."),
    ],
)
def test_a_figure_no_rounding_gives_is_not_confirmed(claim: str, stated: str) -> None:
    assert judge(claim, stated, _names) != "yes"
