"""A question is read once into a frame: answer type, constraints, negations, parts."""

from __future__ import annotations

import pytest

from assistant.answering.compose import intent_of
from assistant.answering.followup import resolve
from assistant.answering.frame import (
    answer_type,
    asked_noun,
    asserted_kinds,
    body_noun_as_body,
    class_nouns,
    contract_kinds,
    event_ends,
    frame_of,
    kind_nouns,
    kinds_as_written,
    opening_year,
    split_parts,
    wh_head_noun,
    without_register,
)
from assistant.answering.routing import route
from assistant.answers import Turn


@pytest.mark.parametrize(
    ("question", "asserted", "excluded"),
    [
        ("a non-FMS, competitive tender of $40M", "competitive", {"fms"}),
        ("a procurement that isn't a foreign military sale", None, {"fms"}),
        ("a deal that is not competitive", "non-competitive", set()),
        ("a sole-source buy", "non-competitive", set()),
        ("an FMS purchase", "fms", set()),
        ("a non-competitive deal", "non-competitive", set()),
        ("a contract outside the FMS channel, awarded competitively", "competitive", {"fms"}),
        ("a plain purchase", None, set()),
        ("an order neither bid competitively nor placed through FMS", "non-competitive", {"fms"}),
        ("a sale that is neither FMS nor non-competitive", "competitive", {"fms"}),
        ("a no-bid award", "non-competitive", set()),
        ("a single-source helicopter buy", "non-competitive", set()),
        ("a radar bought in open bidding", "competitive", set()),
    ],
)
def test_contract_kinds_read_negations(question, asserted, excluded):
    assert contract_kinds(question) == (asserted, frozenset(excluded))


@pytest.mark.parametrize(
    ("question", "written"),
    [
        (
            "What share must a sole-source radar deal offset?",
            "What share must a non-competitive radar deal offset?",
        ),
        ("offsets on single-sourced buys", "offsets on non-competitive buys"),
        ("the rate for a no-bid award", "the rate for a non-competitive award"),
        ("the share on noncompetitive contracts", "the share on non-competitive contracts"),
        # Negated, it asks of the other kind: left for the reading of negations.
        (
            "the share on a contract that is not sole-source",
            "the share on a contract that is not sole-source",
        ),
        ("the share on competitive contracts", "the share on competitive contracts"),
    ],
)
def test_a_kind_without_competition_is_put_in_the_sources_word(question, written):
    assert kinds_as_written(question) == written
    assert contract_kinds(written) == contract_kinds(question)


def test_a_negated_fms_contract_is_worked_out_under_the_competition_rules_not_as_fms(data):
    found = route("What offset does a non-FMS competitive deal of USD 33 million require?", data)
    assert [r.contract_type for r in found.requests] == ["competitive"]
    both = route("A $45 million purchase that is not an FMS case: how much offset?", data)
    assert sorted(r.contract_type for r in both.requests) == ["competitive", "non-competitive"]
    assert "rules out FMS" in both.lead


def test_a_restated_reported_figure_is_a_fact_question_not_a_computation(data):
    assert (
        route("Is it true that 19 offset contracts worth $2.1 billion were signed?", data) is None
    )
    assert route("Did the US report 40 offset deals worth $9 billion that year?", data) is None
    # A single contract posed inside the same opener is still a case to work out.
    posed = route("Is it true that a competitive contract of $30 million triggers an offset?", data)
    assert posed is not None and posed.requests[0].operation == "offset_obligation"


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        ("What percentage of KRW 50 billion is KRW 5 billion?", "KRW 5 billion", "KRW 50 billion"),
        ("$3 million is what share of $120 million?", "$3 million", "$120 million"),
    ],
)
def test_a_share_of_two_stated_amounts_goes_to_the_calculator(data, question, part, whole):
    (request,) = route(question, data).requests
    assert (request.operation, request.part, request.whole) == ("share_of", part, whole)


def test_a_rate_implied_by_two_stated_amounts_is_computed_not_quoted(data):
    found = route(
        "If KRW 2.9 billion equals USD 2 million, what exchange rate does that imply?", data
    )
    (request,) = found.requests
    assert request.operation == "evaluate" and request.expression == "2900000000 / 2000000"


def test_a_follow_up_amount_without_a_currency_takes_the_earlier_currency():
    history = [
        Turn(
            role="user", content="Would a non-competitive deal worth 30 billion won need an offset?"
        ),
        Turn(role="assistant", content="..."),
    ]
    resolved = resolve("And 7 billion?", history, 1)
    assert resolved.question == "And 7 billion won?"
    assert "30 billion" not in resolved.context


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Give me an overview of the offset rules over the decades", "summary"),
        ("How did Seoul respond to Washington's criticism?", "position"),
        ("Why has the offset value shrunk?", "reason"),
        ("How many contracts were signed?", "count"),
        ("What share of the value was technology transfer?", "percent"),
        ("How much was the tanker deal worth?", "money"),
        ("How much longer do the talks take?", "quantity"),
        ("At what level is the ceiling set?", "quantity"),
        ("When was the program launched?", "date"),
        # Leading is a role a person holds, as chairing is.
        ("Who led the bill?", "person"),
        ("Which agency runs procurement?", "organisation"),
        # The noun of the wh-phrase decides, a few modifiers away from its wh-word.
        ("Which treasury official announced the delay?", "person"),
        ("What is the name of the navy chief who approved it?", "person"),
        ("What customs duty rate applies to steel?", "percent"),
        ("Which European aerospace firms bid?", "company"),
        ("Which Asian nations buy tankers?", "country"),
        ("In what year did the audit start?", "date"),
        # ... even over a topic word elsewhere ("complaints" alone asks for a position).
        ("Which defense companies filed complaints?", "company"),
        # An auxiliary ends the phrase: this asks what was said, not for a ministry.
        ("What did the ministry say about the audit?", "other"),
        ("Does Japan require offsets?", "yesno"),
        ("Can the harbour board refuse a lease?", "yesno"),
        ("Can you tell me whether the deposit rose?", "yesno"),
        # A polite request asks for what it requests, not for a yes or a no.
        ("Can you explain simply how the deposit scheme works?", "other"),
        ("Could you describe the harbour board's leasing rules?", "other"),
        ("What minimum deposit does the harbour board demand?", "quantity"),
        # A wh-word with its verb run in asks as the one written out.
        ("What's the harbour board's minimum deposit?", "quantity"),
        ("what’s the share of leased berths?", "percent"),
        # A count of a currency's units is an amount of money.
        ("Going by that rate, how many dollars of the pledge were met?", "money"),
        ("How many won did the harbour board collect?", "money"),
        ("How many dollar-denominated leases did the board sign?", "count"),
        # A bound on a value or a price is an amount of money.
        ("What is the tender-value threshold for local sourcing?", "money"),
        ("What's the purchase price ceiling on leased cranes?", "money"),
        ("Where was the accord signed?", "place"),
        ("In which city did the envoys meet?", "place"),
        # "Where do things stand" asks how far they have got, not for a place.
        ("Where do the harbour talks stand now?", "other"),
        ("What slice of the port's income came from tolls?", "percent"),
        ("What did the harbour dues add up to last decade?", "quantity"),
        ("What did the dues amount to in dollar terms?", "money"),
        # What a thing "comes to" is its sum, as what it adds up to is ...
        ("What did the harbour's ferry earnings come to in 2017?", "quantity"),
        ("What do the berth fees come to per ship?", "quantity"),
        # ... but not a clause of "when it comes to", nor coming to decide something, nor a
        # thing a "what" asks for that is come to.
        ("When it comes to berths, who leases them?", "agent"),
        ("What findings did the pier inquiry come to?", "other"),
        ("What did the port board come to decide about leases?", "other"),
        ("Which portion of the fleet was leased?", "percent"),
        # A figure asked "as a share of" a whole is a share, whatever verb asks for it.
        ("What did the tolls come to as a share of the port's income?", "percent"),
        ("What were leased berths as a percentage of all berths?", "percent"),
        # The first wh-phrase asks; a later "when" only sets the time.
        ("Which office took charge when the pier reopened?", "organisation"),
        ("Who ran the pier when it reopened?", "agent"),
        # ... also when that phrase names a thing of no kind: the thing is asked, not a date.
        ("What surcharge does the pier levy when a barge stays overnight?", "other"),
        # A researcher's title asks for a person, as an official's does.
        ("Who is the senior fellow behind the harbour institute's study?", "person"),
        ("Which economist at the port authority drafted the tariff plan?", "person"),
        # Holding a role asks for whoever held it: a person, not the office.
        ("Who was serving as harbour commissioner when the levy began?", "person"),
        ("Who acted as chief negotiator in the ferry talks?", "person"),
        # ... but serving something is no role: whoever did it may be a body.
        ("Who was serving the levy notices?", "agent"),
        # "What's behind" is "what is behind" written short: it asks for causes.
        ("What's behind the slump in harbour tolls?", "reason"),
        ("What’s behind the pier's falling traffic?", "reason"),
        # "How come" is "why", in speech: it asks for causes, not for a manner.
        ("How come the harbour tolls fell after 2019?", "reason"),
        ("how come the guild has soured on the levy?", "reason"),
        # "When there is ..." sets a condition: a question about a time puts its verb first.
        ("And when there's only one bidder?", "other"),
        ("And when there are several lessees?", "other"),
        ("What about when it comes to barges?", "other"),
        ("When is there a second dredging round?", "date"),
        ("When was there last a toll rise?", "date"),
        # A noun that is a body only at times ("unit", "section") asks for one when it does a
        # body's duty; as a measure it does none.
        ("Which unit runs the harbour deposit scheme?", "organisation"),
        ("What section of the port handles the growers' claims?", "organisation"),
        ("Which branch is in charge of dredging permits?", "organisation"),
        ("Which unit is the harbour levy charged in?", "other"),
        ("What unit of currency do the growers get paid in?", "other"),
        # Weighing one thing against another in everyday words is a comparison.
        ("How does the harbour levy stack up against the river toll?", "comparison"),
        ("How do the port's berth fees measure up to its rivals' fees?", "comparison"),
        ("Did unpaid levy notices stack up at the harbour office?", "yesno"),
        # The part of a source to look in, named by a word of summary or comparison, does not
        # outweigh a wh-phrase that names its kind; without such a phrase it still decides.
        ("Which office collects the levy, per the gazette's comparison of ports?", "organisation"),
        ("What share does the port keep, going by the council's summary?", "percent"),
        ("In which year did the toll start, going by the council's history of it?", "date"),
        ("What is the history of the harbour toll?", "summary"),
        ("Compare the harbour levy with the river toll.", "comparison"),
    ],
)
def test_answer_types_come_from_question_forms(question, kind):
    assert answer_type(question) == kind


def test_a_body_asked_by_a_noun_that_is_also_a_measure_is_searched_as_a_body():
    # The sources call the part of an organisation that runs a thing a division or an office,
    # not a "unit"; the measure's "unit" is left as written.
    searched = body_noun_as_body("Which unit runs the harbour deposit scheme?")
    assert "unit" not in searched and "division" in searched and "deposit scheme" in searched
    kept = "Which unit is the harbour levy charged in?"
    assert body_noun_as_body(kept) == kept


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("What surcharge does the pier levy on barges?", "surcharge"),
        ("Which two harbour reforms were adopted?", "reforms"),
        ("Give me the toll rebate that was granted to tugs.", None),
        # No noun between the wh-word and its verb: nothing is named.
        ("What did the pier authority announce?", None),
    ],
)
def test_the_thing_a_what_phrase_asks_for_is_the_noun_before_its_verb(question, noun):
    assert asked_noun(question) == noun


def test_a_multi_part_question_is_split_into_its_questions():
    assert split_parts("How many jets were bought, and for how much?") == (
        "How many jets were bought",
        "for how much",
    )
    assert split_parts("When did it start? Who runs it?") == ("When did it start", "Who runs it")
    assert split_parts("What are the rules for Norway and Japan?") == (
        "What are the rules for Norway and Japan?",
    )


def test_an_ask_put_as_saying_an_embedded_question_is_a_part_of_its_own():
    assert split_parts(
        "Work out the ferry levy on a EUR 5 million cargo, and say whether a EUR 1 million one "
        "would pay any."
    ) == (
        "Work out the ferry levy on a EUR 5 million cargo",
        "say whether a EUR 1 million one would pay any.",
    )
    assert len(split_parts("Name the yard's owner, and tell me how many berths it has.")) == 2
    # A saying with no embedded question after it asks nothing of its own.
    assert len(split_parts("Give the levy and say it plainly.")) == 1


def test_two_question_words_sharing_one_clause_are_two_asks_of_that_clause():
    # "where and when was it held" asks a place and a date of one event: neither question word
    # is dropped for standing alone before "and".
    assert split_parts("Who chaired the harbour inquiry, and where and when did it sit?") == (
        "Who chaired the harbour inquiry",
        "where did it sit",
        "when did it sit",
    )
    assert split_parts("How and why was the ferry line sold?") == (
        "How was the ferry line sold",
        "why was the ferry line sold",
    )
    # A question word with no clause of its own after it is left as it was.
    assert split_parts("Fill me in on the harbour levy: who set it, when, and why?")[1:] == (
        "when (the harbour levy)",
        "why (the harbour levy)",
    )


def test_a_list_of_questions_after_a_comma_is_split_but_a_relative_clause_is_not():
    assert split_parts(
        "Tell me how many ferries were leased, when the first one sailed, and who built them."
    ) == ("Tell me how many ferries were leased", "when the first one sailed", "who built them.")
    # A relative clause, and a time before a single question, are no second question.
    assert len(split_parts("Did the yard, which built the ferries, cut prices?")) == 1
    assert len(split_parts("In 2019, what did the yard charge per ferry?")) == 1


def test_a_request_to_be_told_of_a_topic_leaves_the_topic_alone_in_each_ask():
    # Whatever the request's verb, the topic put in each ask is the topic, not the request.
    assert split_parts("Fill me in on the harbour levy: who set it, when, and why?") == (
        "who set the harbour levy",
        "when (the harbour levy)",
        "why (the harbour levy)",
    )


def test_how_plainly_to_answer_is_neither_a_topic_nor_a_part_of_each_ask():
    assert split_parts("In everyday language, what is a toll road and who builds one?") == (
        "what is a toll road",
        "who builds one",
    )
    assert without_register("Put simply, what does a ferry subsidy mean?") == (
        "what does a ferry subsidy mean?"
    )
    assert without_register("Explain berth fees like I'm not a shipping lawyer") == (
        "Explain berth fees"
    )
    assert without_register("Could you describe the pier levy, for a newcomer?") == (
        "Could you describe the pier levy?"
    )
    # "To my boss" is whom the asker explains it to, no wish about the answer.
    assert without_register("How do I explain the levy to my boss?") == (
        "How do I explain the levy to my boss?"
    )


def test_words_announcing_several_asks_are_no_topic_of_theirs():
    # "Two things:" only says asks follow: each ask stands as written, nothing put in it.
    assert split_parts("Two things: who owns the ferry line, and when did it open?") == (
        "who owns the ferry line",
        "when did it open",
    )
    assert split_parts(
        "A couple of quick questions: what does the berth levy cost, and who collects it?"
    ) == ("what does the berth levy cost", "who collects it")
    # A topic that is a thing is still put in each ask.
    parts = split_parts("The spare parts: who makes them, and what do they cost?")
    assert len(parts) == 2
    assert all("spare parts" in part for part in parts)


def test_a_request_to_explain_a_topic_leaves_the_topic_alone_in_each_ask():
    assert split_parts(
        "Describe the berth levy to a non-specialist: how does it work and who pays it?"
    ) == ("how does the berth levy work", "who pays the berth levy")


def test_a_definition_is_asked_for_by_any_part_however_plainly_it_is_put():
    assert intent_of("In simple words, what is a berth levy and who pays it?").define
    assert intent_of("Could you explain what a berth levy is, for an outsider?").define
    assert intent_of("What does a berth levy mean?").define
    assert not intent_of("Who pays the berth levy, and when?").define


def test_a_topic_set_before_a_comma_is_put_in_each_of_the_asks_after_it():
    assert split_parts(
        "For the ferry line, tell me its owner, when it opened and what it cost."
    ) == (
        "what is the ferry line's owner",
        "when the ferry line opened",
        "what the ferry line cost",
    )
    # A clause of time keeps its "when", after each ask it sets the time of.
    assert split_parts("When the pier first opened, who ran it and what did a berth cost?") == (
        "who ran it when the pier first opened",
        "what did a berth cost when the pier first opened",
    )
    # A time set first is put after each ask; their pronouns stand for no year.
    assert split_parts("In 2019, how many ferries sailed, and what did they earn?") == (
        "how many ferries sailed in 2019",
        "what did they earn in 2019",
    )
    # A source set first is kept with each ask, where attribution reads it.
    assert split_parts(
        "Per the harbour board, how many berths are there and what does one cost?"
    ) == (
        "how many berths are there per the harbour board",
        "what does one cost per the harbour board",
    )
    # "When did ..." is an ask itself, and one ask after a topic is one question.
    assert split_parts("When did the pier open, and who ran it?") == (
        "When did the pier open",
        "who ran it",
    )
    assert len(split_parts("For the ferry line, what did the council pay?")) == 1


@pytest.mark.parametrize(
    ("request_", "kind"),
    [
        ("Give me the year the ferry line opened.", "date"),
        ("I need the number of ferries the yard delivered.", "count"),
        ("Tell me the amount the council paid for the pier.", "quantity"),
        ("Name the firms that bid for the pier.", "company"),
        ("Could you list the agencies that approved it?", "organisation"),
        ("Please tell me about the pier.", "other"),
    ],
)
def test_a_request_asks_what_its_question_would(request_, kind):
    assert answer_type(request_) == kind


def test_single_years_and_periods_are_told_apart():
    frame = frame_of("What did Korea get in 2018, within 2016-2020?")
    assert frame.periods == ((2016, 2020),) and frame.single_years == (2018,)


def test_a_follow_up_that_changes_the_contract_type_drops_the_earlier_type():
    history = [
        Turn(role="user", content="Would a sole-source deal of $60 million need an offset?"),
        Turn(role="assistant", content="..."),
    ]
    resolved = resolve("And if it had gone to open, competitive tender?", history, 1)
    assert "sole-source" not in resolved.context and "$60 million" in resolved.context
    assert contract_kinds(resolved.query)[0] == "competitive"


def test_a_restated_share_is_checked_against_the_sources_not_computed(data):
    assert (
        route("Is it correct that KRW 8 trillion was 40% of KRW 20 trillion spent?", data) is None
    )


def test_a_restated_figure_gets_a_plain_verdict_lead():
    from assistant.answering.compose import _verdict
    from assistant.answers import Answer

    frame = frame_of("Did the agency sign 12 deals worth $4 billion?")

    def nobody(text: str) -> dict[str, frozenset[str]]:
        return {}

    agreed = _verdict(
        Answer(question="q", answer="It signed 12 deals worth USD 4 billion [1]."), frame, nobody
    )
    assert agreed.answer.startswith("Yes, the sources say so:")
    other = _verdict(
        Answer(question="q", answer="It signed 9 deals worth USD 3 billion [1]."), frame, nobody
    )
    assert other.answer.startswith("Not as stated")
    partial = Answer(question="q", answer="It signed 12 deals [1].")
    assert _verdict(partial, frame, nobody) == partial


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("Measured in won, what did the program bring?", "KRW"),
        ("In dollar terms, how large were imports?", "USD"),
        ("How many won is that?", "KRW"),
        ("How large were imports?", None),
    ],
)
def test_the_currency_an_amount_is_asked_in(question, currency):
    assert frame_of(question).currency == currency


def test_an_amount_asked_in_won_is_not_answered_in_dollars():
    from assistant.answering.answerability import unmet
    from assistant.answers import Answer

    frame = frame_of("Measured in won, what did imports come to?")
    assert unmet(frame, Answer(question="q", answer="Imports were $9 billion [1].")) is not None
    assert unmet(frame, Answer(question="q", answer="Imports were KRW 12 trillion [1].")) is None


def test_a_fall_is_said_in_words(data):
    from assistant.calculator.operations import calculate

    result = calculate({"operation": "percent_change", "old": "40", "new": "30"}, data)
    assert "a decrease of 25%" in result.summary
    rise = calculate({"operation": "percent_change", "old": "$40", "new": "$50"}, data)
    assert "an increase of 25%" in rise.summary


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("two orders of $30M each, one competitive, one not", ("competitive", "non-competitive")),
        ("a sole-source deal and another that is competitive", ("non-competitive", "competitive")),
        ("a non-FMS competitive tender", ("competitive",)),
        # "not" before a kind word is that kind's negation, not an elliptic second contract.
        ("one competitive buy, one not through FMS", ("competitive",)),
    ],
)
def test_every_contract_type_a_question_names_is_read_in_order(question, kinds):
    assert asserted_kinds(question)[0] == kinds


def test_one_amount_under_two_named_types_is_worked_out_under_each_and_summed_when_asked(data):
    found = route(
        "Two buys of $24 million apiece, one competitive and one not: total offset?", data
    )
    assert found is not None and found.total
    assert [(r.amount, r.contract_type) for r in found.requests] == [
        ("$24 million", "competitive"),
        ("$24 million", "non-competitive"),
    ]
    alone = route(
        "What offset does a competitive $24 million deal need, and a sole-source one?", data
    )
    assert alone is not None and not alone.total


def test_the_total_of_two_obligations_is_a_calculation_of_its_own_shown_with_its_working(
    assistant,
):
    answer = assistant.ask(
        "Two buys of $24 million apiece, one competitive, one not: total offset?"
    )
    calls = [call.input for call in answer.tool_calls]
    assert [c["operation"] for c in calls] == ["offset_obligation", "offset_obligation", "evaluate"]
    assert calls[-1]["expression"] == "USD 12,000,000 + USD 7,200,000"
    assert "USD 19,200,000" in answer.answer


def test_two_named_amounts_and_a_share_asked_outright_are_the_smaller_over_the_larger(data):
    found = route(
        "Exports hit $3 billion after $12 billion a decade ago; what share is that?", data
    )
    assert found is not None and found.requests[0].operation == "share_of"
    assert (found.requests[0].part, found.requests[0].whole) == ("$3 billion", "$12 billion")
    assert "smaller" in found.lead
    # Two amounts with a fall between them are a change, not a share.
    moved = route("By what percentage did it fall from $12 billion to $3 billion?", data)
    assert moved is None or moved.requests[0].operation != "share_of"


def test_how_much_was_spent_or_paid_asks_for_money():
    assert answer_type("How much did the navy spend on radars last year?") == "money"
    assert answer_type("How much was the contractor paid in total?") == "money"
    assert answer_type("What fine did the shipyard pay for the delay?") == "money"
    assert answer_type("How much did exports grow?") == "quantity"


def test_a_request_for_events_in_order_is_a_summary():
    assert answer_type("List the tariff decisions of 2019 in chronological order.") == "summary"
    assert answer_type("Step by step, what did the council decide?") == "summary"


def test_asking_how_a_thing_has_shifted_asks_for_its_history():
    # Shifting is changing: the story is told along time, like "how has it changed".
    assert answer_type("How have the port's berth fees shifted since the 1990s?") == "summary"
    assert intent_of("How did the growers' levy shift between 2001 and 2015?").chronological
    # A question's own asking word still decides what it asks: why, or when.
    assert answer_type("Why did the council shift its stance on the toll?") == "reason"
    assert answer_type("When did the ferry timetable shift to winter hours?") == "date"


def test_a_company_asked_for_is_a_company_and_an_agency_an_organisation():
    assert answer_type("Which firm built the frigates?") == "company"
    assert answer_type("Which shipbuilders bid for the tender?") == "company"
    assert answer_type("Which ministry approved the tender?") == "organisation"


def test_commas_inside_brackets_belong_to_the_aside_not_to_the_question():
    parts = split_parts(
        "For the new port: what was the fee per berth (USD millions, two decimals), and when "
        "was it set?"
    )
    assert len(parts) == 2
    assert "(USD millions, two decimals)" in parts[0]


def test_a_phrase_after_a_comma_that_says_how_to_answer_is_no_ask_of_its_own():
    # "in millions" and "to the nearest whole number" qualify the one ask before them.
    question = "In 2019, how much did the port earn, in millions, to the nearest whole number?"
    assert split_parts(question) == (question,)


def test_a_figure_s_comma_is_no_clause_break():
    parts = split_parts("If a ton costs KRW 1,250,000, what do 40 tons cost, and who sells them?")
    assert parts == (
        "what do 40 tons cost if a ton costs KRW 1,250,000",
        "who sells them if a ton costs KRW 1,250,000",
    )


def test_a_pronoun_that_does_not_agree_with_the_topic_keeps_its_own_referent():
    # "their" agrees with "buyers", not with the singular topic; "it" agrees with the topic.
    parts = split_parts(
        "The grain levy in Peru: when was it set, and how early can buyers prepay their dues?"
    )
    assert parts == (
        "when was The grain levy in Peru set",
        "how early can buyers prepay their dues (The grain levy in Peru)",
    )


def test_a_plural_topic_is_what_they_and_their_stand_for():
    parts = split_parts("Peru's port fees: when were they raised, and who collects them?")
    assert parts == ("when were Peru's port fees raised", "who collects Peru's port fees")


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("How has the import quota moved since 1995?", 1995),
        ("Trace the levy from the late 1990 reform on.", 1990),
        ("What happened to the tariff after 2003?", 2003),
        ("How did the quota change from 1995 to 2004?", None),  # a closed period
        ("Since 1995, how has the 2004 rule fared?", None),  # another year is named
        ("What was the quota in 1995?", None),
        # A decade opens the period at its part of it.
        ("How has the toll regime evolved since the late 1990s?", 1997),
        ("Trace the levy from the mid-2000s on.", 2004),
        ("What has the guild done about quotas since the 2010s?", 2010),
        ("Since the 1990s, how has the 2004 rule fared?", None),  # a year is named too
    ],
)
def test_a_period_opened_by_a_year_runs_from_that_year(question, year):
    assert opening_year(question) == year


def test_a_shortened_what_is_behind_asks_why():
    assert intent_of("What's behind the slump in harbour tolls?").why


def test_a_closing_request_for_examples_is_no_ask_of_its_own():
    question = "How well did the ferry firms keep their timetable pledges? Give examples."
    assert split_parts(question) == ("How well did the ferry firms keep their timetable pledges?",)
    # The things it names to draw on stay, in brackets, as what the examples are about.
    assert without_register("Why did the tender fail? Use the two harbour audits.") == (
        "Why did the tender fail (the two harbour audits)?"
    )
    assert without_register("Why did the tender fail? Use the main cases as examples.") == (
        "Why did the tender fail?"
    )
    # A closing instruction that asks for a figure is an ask of its own.
    assert len(split_parts("What did the levy raise? Give the total in euros.")) == 2


def test_a_plural_noun_for_companies_or_countries_names_a_class_the_sources_name_one_by_one():
    assert class_nouns("How did foreign suppliers and other nations respond?") == [
        ("suppliers", "companies"),
        ("nations", "countries"),
    ]
    # "The maker" is one thing the question has in mind, not any maker.
    assert class_nouns("What did the maker sign up for?") == []


def test_how_far_a_promise_was_kept_asks_how_well_not_for_a_distance():
    assert answer_type("How far have the builders kept their housing pledges?") == "other"
    assert answer_type("How far is the new quay from the old one?") == "quantity"


@pytest.mark.parametrize(
    "question",
    [
        "At what time did the ferry leave the harbour?",
        "What time of day was the vote held?",
        "At what hour will the minister speak?",
        "What time is the auction due to open?",
    ],
)
def test_a_question_for_a_time_of_day_asks_when(question):
    assert answer_type(question) == "date"


def test_a_time_frame_or_a_rate_is_no_time_of_day():
    assert answer_type("What time frame does the lease cover?") != "date"
    assert answer_type("At what rate was the levy charged?") == "percent"


def test_an_ask_opening_with_a_preposition_before_its_question_word_is_kept_as_asked():
    # "since when", "on what day": a question of its own, not a noun to ask "what is" of.
    assert split_parts(
        "According to the harbour board, since when has the toll applied, "
        "and on what day was it doubled?"
    ) == (
        "since when has the toll applied according to the harbour board",
        "on what day was it doubled according to the harbour board",
    )
    assert split_parts("Per the ministry, until when does the rebate run, and who pays it?") == (
        "until when does the rebate run per the ministry",
        "who pays it per the ministry",
    )


def test_a_which_or_who_item_in_a_list_of_asks_is_an_ask_of_its_own():
    assert split_parts(
        "Which agency runs the ferry fund, who chairs its board, and when was it set up?"
    ) == ("Which agency runs the ferry fund", "who chairs its board", "when was it set up")
    assert split_parts(
        "What did the port charge, which firm paid the most, and how was it billed?"
    ) == ("What did the port charge", "which firm paid the most", "how was it billed")
    # A relative clause closed by a comma stays in its question.
    assert split_parts(
        "Did the yard, which built the ferries, cut prices, and when did it do so?"
    ) == ("Did the yard, which built the ferries, cut prices", "when did it do so")


@pytest.mark.parametrize(
    ("question", "ends"),
    [
        (
            "Trace the levy from the 2009 inquiry to the court's ruling.",
            ("the 2009 inquiry", "the court's ruling"),
        ),
        (
            "How did the growers' stance shift between the first tender and the board's veto?",
            ("the first tender", "the board's veto"),
        ),
    ],
)
def test_a_period_marked_by_two_events_has_those_events_as_its_ends(question, ends):
    assert event_ends(question) == ends


@pytest.mark.parametrize(
    "question",
    [
        # Two years mark the period themselves.
        "Trace the levy from the 2009 inquiry to the 2015 ruling.",
        # The period's first day and today are no events.
        "How has the toll changed from the scheme's start to today?",
        "Walk me through the levy from its introduction up to the board's veto.",
        "How has the berth fee moved from the 1990s to now?",
        # No period at all.
        "How did the ferry fares change over the years?",
    ],
)
def test_a_period_not_marked_by_two_events_has_no_event_ends(question):
    assert event_ends(question) is None


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("On which day of the week did the harbour board meet?", ("day", "date")),
        ("Which agency ran the tender?", ("agency", "organisation")),
        ("What share of the budget went to repairs?", ("share", "percent")),
        # The earliest wh-phrase names what is asked; a later one only sets the time.
        ("Which firms bid when the yard reopened in what year?", ("firms", "company")),
    ],
)
def test_the_noun_naming_the_kind_of_answer_is_read_from_the_wh_phrase(question, head):
    assert wh_head_noun(question) == head


def test_a_question_naming_no_kind_of_answer_has_no_head_noun():
    assert wh_head_noun("Line up the three tolls the port charges.") is None
    assert wh_head_noun("What did the minister say about the levy?") is None


@pytest.mark.parametrize(
    "question",
    [
        "What kind of firm won the harbour dredging tender?",
        "which type of shipyard work does the navy want done abroad",
        "What sort of official signed the levy order?",
        "What kinds of country buy the most patrol boats?",
    ],
)
def test_a_kind_of_a_named_thing_is_asked_as_a_description_not_a_name(question):
    # The answer describes the kind ("a state-owned dredger", "hull repairs"); no name is asked.
    assert answer_type(question) not in ("company", "person", "organisation", "country")
    assert wh_head_noun(question) is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which firm won the harbour dredging tender?", "company"),
        ("Which official signed the levy order?", "person"),
        ("What share of the tender went to foreign firms?", "percent"),
    ],
)
def test_the_named_thing_itself_is_still_asked_by_its_name(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "What was the name of the tariff order President Trump signed on Liberation Day?",
        "what is the bill called that Assemblyman Sul drafted on counter-trade",
    ],
)
def test_a_title_that_is_part_of_a_persons_name_asks_for_no_person(question):
    # The title names who is meant: the thing asked is the order or the bill, not a person.
    assert answer_type(question) != "person"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which president signed the tariff order?", "person"),
        ("Which Ministry of Trade, Industry and Energy official spoke at the hearing?", "person"),
        ("Which ministry drafted the rules?", "organisation"),
    ],
)
def test_a_title_or_a_name_s_head_noun_without_a_named_person_still_asks_its_kind(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "the number of shipbuilding programs the navy expects to open to offsets next year?",
        "What is the number of radar projects on the agency's list?",
    ],
)
def test_a_count_of_programs_named_by_a_common_noun_names_no_program_whose_figure_is_asked(
    question,
):
    # "The number of radar programs" counts programs, as "how many radar programs" does.
    assert frame_of(question).programs == ()
    assert frame_of(question).answer_type == "count"


def test_a_figure_brought_by_programs_named_by_a_common_noun_still_names_them():
    assert frame_of("How much did the navy gain from its radar programs?").programs == ("radar",)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that Peru levies a fee on any project importing ships worth $5 million or more?",
        "The ministry audits the offsets on every program above USD 2 million, right?",
        "Confirm: grants are paid for each project in the northern region.",
    ],
)
def test_a_quantifier_before_program_or_project_names_no_program(question):
    # "Any project" says which projects a rule covers; "any" is no program's name.
    assert frame_of(question).programs == ()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # After "what was X's", the noun phrase runs to its last noun: an "official line" is a
        # stance, not an official.
        ("What was the ministry's official line on the trade report?", "position"),
        ("What is the agency's official stance on banking credits?", "position"),
        # No copula: the head noun before a verb still asks for a person.
        ("Which of the agency's officials spoke at the briefing?", "person"),
        ("Which agency's spokesperson answered the reporters?", "person"),
        # An owner before a head noun that ends the phrase keeps its kind.
        ("What was the ministry's share of the budget?", "percent"),
    ],
)
def test_an_owner_s_noun_phrase_is_headed_by_its_last_noun(question, kind):
    assert answer_type(question) == kind


def test_every_part_names_its_kind_by_its_own_noun():
    assert kind_nouns("In what year was the cap set, and by which agency?") == (
        ("year", "date"),
        ("agency", "organisation"),
    )
    assert kind_nouns("What was the ministry's public line on the listing?") == (
        ("line", "position"),
    )
    assert kind_nouns("How do offsets work?") == ()


def test_a_haul_or_a_take_for_a_time_asks_an_amount_but_a_take_on_a_matter_is_a_view():
    assert answer_type("What was the port's haul in 2017?") == "quantity"
    assert answer_type("What was the port's fee take for 2017 alone?") == "quantity"
    assert answer_type("What is the harbour master's take on the levy?") != "quantity"
    assert answer_type("What steps did the port take in 2017?") != "quantity"
