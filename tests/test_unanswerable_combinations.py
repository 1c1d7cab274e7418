"""Every word of a question may be known while the combination is not: the answer then has to
hold what is asked, of the thing asked about, or the question is declined."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import (
    Entities,
    counted,
    has_type,
    opened_years,
    unasked,
    unmet,
)
from assistant.answering.frame import answer_type, frame_of
from assistant.answering.others_asked import set_aside, without_set_aside
from assistant.answers import Answer, Citation
from assistant.knowledge.names import name_table


def _answer(text: str) -> Answer:
    quote = "q"
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote=quote, start=0, end=1)],
    )


def test_a_figure_the_question_gives_is_not_its_answer():
    frame = frame_of("Of the 40 frigates ordered, how many were built abroad?")
    assert unmet(frame, _answer("The navy ordered 40 frigates in all [1].")) is not None
    assert unmet(frame, _answer("Of the 40 frigates, 12 frigates were built abroad [1].")) is None


def test_a_restated_figure_is_confirmed_not_taken_away():
    frame = frame_of("Is it true the navy paid USD 2 billion for the frigates?")
    assert unmet(frame, _answer("The navy paid USD 2 billion for the frigates [1].")) is None


def test_the_question_s_figures_are_blanked_but_names_and_years_are_kept():
    text = "In 2019 the F-16 fleet of 40 jets cost USD 2 billion."
    kept = unasked(text, "Of the 40 F-16 jets bought for USD 2 billion in 2019, how many flew?")
    assert "2019" in kept and "F-16" in kept
    assert "40" not in kept and "2 billion" not in kept


def test_an_amount_is_not_a_count():
    assert not has_type("the 3 trillion won radar project", "count")
    assert has_type("the 3 trillion won radar project", "quantity")
    frame = frame_of("How many radars does the second batch cover?")
    assert unmet(frame, _answer("The 3 trillion won radar project went ahead [1].")) is not None


def test_what_is_counted_stands_next_to_its_number():
    question = "How many shipyards around the region bid?"
    assert counted(["Bids came from 9 shipyards in the region."], question)
    assert counted(["Shipyards: nine bid in all."], question)
    # The number counts something else; the counted word stands far from it.
    assert not counted(
        ["The shipyards heard from the ministry last week that 14 countries had signed."], question
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A role after "who is/was the" asks for a person, not whoever acts.
        ("Who was the finance minister that signed the decree?", "person"),
        # A name is one modifier, however many words it has.
        ("Which Ministry of Trade, Industry and Energy official commented?", "person"),
        # What someone paid is an amount of money.
        ("What did the navy pay the shipyard for the frigates?", "money"),
        ("Above what contract value are bids reviewed?", "money"),
        ("What was the combined value of the two orders?", "quantity"),
        # A plural noun ends the wh-phrase: the question asks for countries, not a percentage.
        ("Besides Chile, which countries demand 80 percent?", "country"),
        # "When" still asks for a date when a contract value is mentioned.
        ("When was the limit raised from 5 to 10 percent of contract value?", "date"),
    ],
)
def test_the_asked_kind_in_more_question_forms(question, kind):
    assert answer_type(question) == kind


def test_what_a_question_sets_aside_is_read_without_its_article():
    assert set_aside("Apart from the radar, which parts were withheld?") == ("radar",)
    assert set_aside("Besides Chile and Peru, who objected?") == ("Chile", "Peru")
    assert set_aside("What else besides training did they offer?") == ("training",)
    assert set_aside("Beyond the levy, what did the council change?") == ("levy",)
    # A contract kind ruled out is a calculator's negation, not something set aside.
    assert set_aside("a deal other than FMS worth 5 million") == ()


def test_a_question_is_searched_without_what_it_sets_aside():
    asked = without_set_aside("Apart from the radar, which parts were withheld?")
    assert "radar" not in asked and "Apart" not in asked
    assert "which parts were withheld?" in asked
    assert without_set_aside("Which parts were withheld?") == "Which parts were withheld?"


def test_an_answer_that_names_only_what_was_set_aside_does_not_answer():
    frame = frame_of("Apart from the radar, which parts did the maker withhold?")
    only = _answer("The maker withheld three parts, including the radar [1].")
    more = _answer("The maker withheld the radar, the engine and the seeker [1].")
    assert unmet(frame, only) is not None
    assert unmet(frame, more) is None


def test_an_amount_of_another_measure_does_not_answer():
    # A purchase's price is not answered by the offset it brought, nor the other way round.
    price = frame_of("What was the contract price of the frigate deal?")
    assert (
        unmet(price, _answer("The frigate maker pledged offsets worth USD 90 million [1]."))
        is not None
    )
    assert unmet(price, _answer("The frigate deal's price was USD 900 million [1].")) is None
    offset = frame_of("How much offset value did the frigate maker pledge?")
    assert (
        unmet(offset, _answer("The frigate maker pledged offsets worth USD 90 million [1]."))
        is None
    )


def test_a_figure_for_a_period_is_one_tied_to_that_period():
    frame = frame_of("What was the value of radar imports over 2001-2005?")
    beside = _answer("Radar imports reached USD 3 billion from 2006 to 2010, after 2001-2005 [1].")
    tied = _answer("Radar imports reached USD 2 billion from 2001 to 2005 [1].")
    assert unmet(frame, beside) is not None
    assert unmet(frame, tied) is None


def test_a_name_with_a_comma_is_one_name_in_the_name_table():
    table = name_table()
    assert table.mentions("MOTIE", "the Ministry of Trade, Industry and Energy said")
    # Its words are not names of their own: "trade" alone does not name the ministry.
    assert not table.mentions("MOTIE", "trade grew and energy prices fell")


def test_a_name_with_a_comma_is_one_alias_in_the_lexicon():
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    lexicon = Lexicon(Settings().knowledge_dir / "aliases.yaml")
    (ministry,) = lexicon.terms("MOTIE")
    assert ministry not in lexicon.terms("trade grew and energy prices fell")
    assert ministry in lexicon.terms("the Ministry of Trade, Industry and Energy said")


@pytest.mark.slow
def test_an_answer_that_never_names_the_organisation_asked_about_is_declined(assistant):
    answer = assistant.ask("What does the Sejong Institute recommend on offset banking?")
    assert answer.abstained
    assert "Sejong Institute" in answer.answer


@pytest.mark.slow
def test_a_report_s_sentences_are_its_publisher_s_words(assistant):
    # The institute's report never names the institute in the sentences it is quoted for.
    answer = assistant.ask("What does KIET urge the government to do about offset banking?")
    assert not answer.abstained
    assert "should" in answer.answer


@pytest.mark.slow
def test_a_year_joined_to_a_word_is_read_as_the_year(assistant):
    answer = assistant.ask("Which legislator fronted the mid-2023 offset bill?")
    assert not answer.abstained
    assert "Sul Hoon" in answer.answer


def test_of_the_n_things_how_many_counts_those_things():
    question = "Of the 40 frigates ordered, how many were built abroad?"
    assert counted(["Of the 40 frigates, 12 frigates were built abroad."], question)
    # Another count beside them is not a count of the frigates.
    assert not counted(
        ["Frigates are built in yards that for years have hired staff from 9 countries."], question
    )


def test_a_year_in_a_reference_is_not_a_date():
    assert not has_type("Source: based on NATO (2019) and NATO (2021).", "date")
    assert has_type("The agency opened in 2019 (see NATO).", "date")


@pytest.mark.slow
def test_a_table_row_about_the_named_country_beats_a_sentence_about_another(assistant):
    answer = assistant.ask(
        "For the Netherlands, what is the lowest offset share asked on an FMS purchase?"
    )
    assert "100%" in answer.answer
    assert "Netherlands" in answer.answer


def test_a_country_s_adjective_names_the_country():
    from assistant.search.terms import Lexicon
    from assistant.settings import Settings

    lexicon = Lexicon(Settings().knowledge_dir / "aliases.yaml")
    assert lexicon.terms("the Dutch rules")[:1] == lexicon.terms("the Netherlands rules")[:1]
    assert set(lexicon.terms("Norwegian offsets")) == set(lexicon.terms("Norway offsets"))


@pytest.mark.parametrize(
    ("statement", "answers"),
    [
        ("The two sides have been in talks since 2019 to sign a pact [1].", False),
        ("2021: a bill was proposed; if passed it would create the fund [1].", False),
        ("The pact was signed in March 2019 [1].", True),
        # Said in other words: left to the other checks, not refused here.
        ("The pact came into force in 2019 [1].", True),
    ],
)
def test_a_date_asked_for_an_event_needs_a_statement_that_it_happened(statement, answers):
    frame = frame_of("When was the pact signed?")
    assert (unmet(frame, _answer(statement)) is None) == answers


@pytest.mark.parametrize(
    ("statement", "answers"),
    [
        # The question's word after "to" is a noun's complement; the change itself is done.
        (
            "The floor price to qualify for the rebate was later raised to 8 dollars in 2004 [1].",
            True,
        ),
        (
            "The floor price to qualify for the rebate has been lowered to 8 dollars since 2004 [1].",
            True,
        ),
        (
            "In 2004 the board lifted the floor price to qualify for the rebate to 8 dollars [1].",
            True,
        ),
        # Only put forward, or only to come: no change took place.
        ("A 2004 draft proposed that the floor to qualify be raised to 8 dollars [1].", False),
        ("In 2004 the board said it would seek to qualify more goods [1].", False),
    ],
)
def test_a_change_asked_of_is_dated_by_a_statement_that_tells_it_done(statement, answers):
    frame = frame_of("In which year did the board lift its qualifying floor to 8 dollars?")
    assert (unmet(frame, _answer(statement)) is None) == answers


def test_a_completed_change_does_not_date_an_act_of_another_kind():
    # "sign" is no change: a change told done beside talks "to sign" dates the change only.
    frame = frame_of("When did the two ports sign the pilotage pact?")
    statement = "Fees were raised in 2019 while the ports held talks to sign a pilotage pact [1]."
    assert unmet(frame, _answer(statement)) is not None


@pytest.mark.slow
def test_a_completed_change_dates_the_change_asked_of(assistant):
    # The source tells the trigger's rise as done ("was raised"), its "to trigger" a noun's
    # complement: the year is given, not refused as a plan.
    answer = assistant.ask(
        "In what year did the government lift the contract value that triggers offsets to USD 2 million?"
    )
    assert not answer.abstained
    assert "1984" in answer.answer


def test_a_year_asked_on_its_own_is_not_answered_by_a_period_it_ends():
    frame = frame_of("What did the mill's exports earn in 2019 by itself?")
    period = "From 2019 to 2020 the mill's exports earned USD 40 million [1]."
    assert unmet(frame, _answer(period)) is not None
    assert unmet(frame, _answer("In 2019 the mill's exports earned USD 25 million [1].")) is None


def test_a_year_that_bounds_the_time_asked_is_answered_by_the_period_it_ends():
    frame = frame_of("How much have the mill's exports earned since 2015?")
    answer = "The mill's exports earned USD 90 million from 2015 to 2020 [1]."
    assert unmet(frame, _answer(answer)) is None


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("What share of the mill's sales since 1990 went abroad?", (1990,)),
        ("From 2004 on, how much did the port collect?", (2004,)),
        ("Starting in 2011, what did the levy raise?", (2011,)),
        # A period with both ends, or a year asked on its own, opens nothing.
        ("What did the port collect from 2004 to 2010?", ()),
        ("What did the port collect in 2004?", ()),
        ("What did the port collect until 2004?", ()),
    ],
)
def test_a_year_that_opens_a_running_time_is_read_as_its_start(question, years):
    assert opened_years(question) == years


def test_a_year_starting_a_time_is_answered_by_the_period_it_opens():
    frame = frame_of("Starting in 2015, what did the mill's exports earn?")
    answer = "The mill's exports earned USD 90 million from 2015 to 2020 [1]."
    assert unmet(frame, _answer(answer)) is None


@pytest.mark.slow
def test_a_share_since_the_start_of_a_covered_period_is_answered_from_its_rows(assistant):
    # The share's sentence names no year; the period it is of (1983 to 2022) is in the
    # sentence before, which the data row keeps with it.
    answer = assistant.ask(
        "What share of Korea's offset value since 1983 came from technologies for native weapons?"
    )
    assert not answer.abstained
    assert "46%" in answer.answer or "46 percent" in answer.answer


@pytest.mark.slow
def test_a_share_since_a_year_the_sources_do_not_start_from_is_still_declined(assistant):
    answer = assistant.ask(
        "What share of Korea's offset value since 1990 came from equipment acquisition?"
    )
    assert answer.abstained


def test_a_possessive_before_the_noun_still_asks_for_an_amount():
    assert answer_type("What was the port's annual dredging value in 2010?") == ("quantity")


def test_an_amount_is_one_figure_however_its_digits_are_read():
    # "USD 270 million" is three words from its period; the "0 million" it ends with is not a
    # second figure standing further away, with no time of its own.
    frame = frame_of("What did the fund pay out in 2019 on its own?")
    answer = "Over two years (2019 to 2020), the fund paid out USD 270 million [1]."
    assert unmet(frame, _answer(answer)) is not None


def test_a_name_the_question_gives_is_not_the_name_it_asks_for():
    # The question names the buyer; an answer naming only the buyer names no supplier.
    frame = frame_of("Which 5 Korean SMEs ended up supplying Airbus?")
    assert frame.answer_type == "company"
    table = name_table()
    companies = Entities({"company": lambda text: bool(table.find("companies", text))})
    only_buyer = _answer("Airbus bought parts from 5 companies [1].")
    assert unmet(frame, only_buyer, companies) is not None
    named = _answer("Airbus bought parts from Hanwha and 4 others [1].")
    assert unmet(frame, named, companies) is None


def test_a_role_s_verb_asks_for_a_person():
    assert answer_type("Who chairs the port's review board?") == "person"
    assert answer_type("Who presided over the 2019 talks?") == "person"


def test_a_question_whose_every_part_goes_unanswered_is_declined_whole(assistant):
    # The sources tell of the task force's first meeting only: neither the date of a later one
    # nor what it decided is theirs to give, so the first meeting's sentence is no answer.
    answer = assistant.ask(
        "Where did the tariff task force hold its fifth meeting, and what was agreed?"
    )
    assert answer.abstained


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        # The whole's count and amount are not the count and amount of one country's share.
        "Of the 27 contracts the US signed in 2022, how many were with Korea, and for how much?",
        # A figure of contracts in general is none of the maintenance deal the question means.
        "What was the name of the American logistics vessel Hanwha Ocean maintained, and how "
        "much was that maintenance deal worth?",
    ],
)
def test_a_figure_asked_with_a_qualifier_the_sources_never_meet_is_declined(assistant, question):
    assert assistant.ask(question).abstained


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "How many offset contracts did the US sign in 2022, and for how much?",
        "How many cases did last year's NTE mention for Korea?",
        "Who heads DAPA, and what did that agency say about F-35 offsets?",
    ],
)
def test_the_same_figures_asked_without_an_unmet_qualifier_are_answered(assistant, question):
    assert not assistant.ask(question).abstained
