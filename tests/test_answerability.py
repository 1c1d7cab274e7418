"""An answer answers only when its evidence holds what the question asks for."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import (
    Entities,
    counted,
    figure_for,
    merge,
    timed_years,
    unanswered_parts,
    unmet,
)
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation
from assistant.quantities import find_money


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


def test_years_asked_as_a_time_are_constraints_but_a_year_naming_a_report_is_not():
    assert timed_years("What did exports reach in 2019?") == (2019,)
    assert timed_years("What did the 2023 bill propose?") == ()
    assert timed_years("What happened between 2016 and 2020?") == ()
    assert timed_years("What was the figure for 2018 alone?") == (2018,)


def test_a_year_inside_a_period_is_not_answered_by_the_period():
    frame = frame_of("How much did imports total in 2018?")
    problem = unmet(frame, _answer("Imports were USD 9 billion in 2016–2020 [1].", "x"))
    assert problem is not None and "2016–2020" in problem.reason and "2018" in problem.reason


def test_the_asked_year_and_the_asked_figure_must_stand_in_one_statement():
    frame = frame_of("How much was spent in 2012?")
    apart = _answer("A review began in 2012 [1]. Spending was USD 3 million [2].", "a", "b")
    together = _answer(
        "In 2012 spending was USD 3 million [1].", "In 2012 spending was USD 3 million"
    )
    assert unmet(frame, apart) is not None
    assert unmet(frame, together) is None


def test_a_how_many_question_needs_a_number_of_the_thing_it_counts():
    frame = frame_of("How many engineers joined the office?")
    assert (
        unmet(frame, _answer("The office was set up in 2019 by F-16 veterans [1].", "q"))
        is not None
    )
    assert unmet(frame, _answer("Some twelve engineers joined [1].", "q")) is None


def test_a_number_that_labels_a_part_counts_nothing():
    # "phase 2 (Hanwha)" names a stage of a program; it is no count of the frigates.
    frame = frame_of("I need the number of FFX-3 frigates the navy is ordering.")
    answer = _answer("FFX-3 phase 2 (Hanwha), contract value: about KRW 1.2 trillion [1].", "q")
    assert unmet(frame, answer) is not None
    assert unmet(frame, _answer("The navy ordered six FFX-3 frigates [1].", "q")) is None


def test_a_where_question_needs_a_place_not_a_dated_event():
    frame = frame_of("Where was the fisheries accord signed?")
    assert unmet(frame, _answer("Fisheries accord signed (2019-05-02) [1].", "q")) is not None
    assert unmet(frame, _answer("It was signed at the Harbour Hall in Tromso [1].", "q")) is None
    # A month after "in" is a time, not a place.
    assert unmet(frame, _answer("It was signed in May 2019 [1].", "q")) is not None


def test_of_a_whole_how_many_are_of_a_kind_counts_that_kind():
    question = "Of the 30 ferries on order, how many are hybrid vessels?"
    assert not counted(["The 30 ferries include 12 diesel tugs, some of them hybrids"], question)
    assert counted(["Of those, 8 hybrid vessels are due in 2026"], question)
    # A verb after "how many were" names nothing counted: the whole is.
    assert counted(
        ["30 ferries were ordered, 9 were built abroad"],
        "Of the 30 ferries, how many were built abroad?",
    )


def test_a_count_under_another_noun_for_the_same_things_still_counts():
    question = "How many purchase agreements did the navy sign?"
    assert counted(["The navy signed 14 purchase contracts in 2020"], question)
    assert counted(["14 deals were signed"], "How many contracts were signed?")
    assert not counted(["14 engineers were hired"], question)


def test_citation_markers_are_not_figures():
    frame = frame_of("What percentage did the agency keep?")
    assert unmet(frame, _answer("The agency kept some of it [1][2].", "a", "b")) is not None


def test_merged_answers_renumber_citations_and_cite_each_quote_once():
    first = _answer("Alpha [1].", "alpha")
    second = _answer("Alpha again [1]. Beta [2].", "alpha", "beta")
    second.citations[0] = first.citations[0]
    merged = merge(first, [second])
    assert [c.marker for c in merged.citations] == [1, 2]
    assert merged.answer.endswith("Alpha again [1]. Beta [2].")


def test_a_count_in_another_spelling_of_the_counted_word_still_counts():
    frame = frame_of("How many programmes qualified?")
    assert unmet(frame, _answer("Some 31 programs qualified [1].", "q")) is None


def _entities() -> Entities:
    people = ("Kim Min-su",)
    firms = ("Acme Aero",)
    return Entities(
        {
            "person": lambda text: any(p in text for p in people),
            "organisation": lambda text: any(f in text for f in firms),
            "company": lambda text: any(f in text for f in firms),
        }
    )


def test_a_question_asking_for_a_person_is_not_answered_by_evidence_naming_none():
    frame = frame_of("Which ministry official signed the waiver?")
    nobody = _answer("The ministry signed the waiver in May [1].", "The ministry signed it.")
    somebody = _answer("Kim Min-su signed the waiver [1].", "Kim Min-su signed the waiver.")
    problem = unmet(frame, nobody, _entities())
    assert problem is not None and "person" in problem.reason
    assert unmet(frame, somebody, _entities()) is None


def test_a_question_asking_for_a_company_needs_evidence_naming_one():
    frame = frame_of("Which foreign aircraft makers complained?")
    assert unmet(frame, _answer("Several complained [1].", "x"), _entities()) is not None
    assert unmet(frame, _answer("Acme Aero complained [1].", "x"), _entities()) is None


def test_a_figure_tied_to_another_period_does_not_answer_for_the_year_its_report_appeared():
    frame = frame_of("How much was spent in 2023?")
    quote = "A report in 2023 found spending of USD 8 billion from 2011 to 2015."
    assert unmet(frame, _answer(f"{quote} [1]", quote)) is not None
    own = "In 2023 spending reached USD 2 billion, a report said."
    assert unmet(frame, _answer(f"{own} [1]", own)) is None


def test_a_year_naming_a_report_must_stand_in_the_evidence():
    frame = frame_of("How many pages did the 2019 audit report run to?")
    other = "The latest audit report ran to 40 pages."
    assert unmet(frame, _answer(f"{other} [1]", other)) is not None
    same = "The 2019 audit report ran to 40 pages."
    assert unmet(frame, _answer(f"{same} [1]", same)) is None


def test_a_year_naming_a_report_is_met_by_a_story_about_that_report_that_says_this_report():
    # The story names the report once with its year, then says "this report"; the quote cited
    # is the later sentence.
    story = (
        "The ministry published its 2019 harbour audit report on Monday. "
        "Officials said this report ran to 40 pages, and a 2016 report had 12."
    )
    quote = "Officials said this report ran to 40 pages."
    entities = Entities(source_text=lambda source_id: story)
    about = frame_of("How many pages did the 2019 harbour audit report run to?")
    assert unmet(about, _answer(f"{quote} [1]", quote), entities) is None
    # Asked of another year's report, the same story does not answer.
    other = frame_of("How many pages did the 2021 harbour audit report run to?")
    assert unmet(other, _answer(f"{quote} [1]", quote), entities) is not None
    # Nor does a quote that names its own report with another year.
    named = "A 2016 report had 12 pages."
    assert unmet(about, _answer(f"{named} [1]", named), entities) is not None


def test_a_comparison_about_a_named_report_is_led_by_the_story_about_that_report():
    story = (
        "The ministry released its 2021 harbour audit report on Friday. "
        "Officials said this report listed 14 faults, up from 9 the year before."
    )
    other = "A 2018 report on dredging found rising costs."
    quote = "Officials said this report listed 14 faults, up from 9 the year before."
    texts = {"s1": story, "s2": other}
    entities = Entities(source_text=texts.__getitem__)
    frame = frame_of(
        "How does the fault tally in the 2021 harbour audit report compare with before?"
    )
    # The story about that report leads; background from another source follows it.
    led = _answer(f"{quote} [1] {other} [2]", quote, other)
    assert unmet(frame, led, entities) is None
    # Led by another year's report, it does not answer.
    backwards = _answer(f"{other} [1] {quote} [2]", other, quote)
    assert unmet(frame, backwards, entities) is not None


def _from_one_source(text: str, *quotes: str) -> tuple[Answer, Entities]:
    """``_quoted_from`` with the entities that read ``text`` as the one source's text."""
    return _quoted_from(text, *quotes), Entities(source_text=lambda source_id: text)


def test_a_figure_in_a_paragraph_about_one_program_is_that_programs_figure():
    named = "The navy bought 12 P-8A patrol aircraft from Boeing in 2017."
    rate = "The local parts delivery rate stood at 41% in 2021."
    paragraph = f"{named} Boeing pledged local parts work. {rate}\nOther news followed."
    frame = frame_of("What share of the P-8A local parts work was delivered in 2021?")
    answer, entities = _from_one_source(paragraph, named, rate)
    assert unmet(frame, answer, entities) is None
    # Asked of another year, the same statements give nothing.
    assert unmet(
        frame_of("What share of the P-8A parts work was delivered in 2019?"), answer, entities
    )
    # A sentence in the next paragraph is not of the program the paragraph before names.
    apart = f"{named}\n{rate}"
    answer, entities = _from_one_source(apart, named, rate)
    assert unmet(frame, answer, entities) is not None
    # Nor is one that names the country: it is of the country's whole.
    whole = "Japan's local parts delivery rate stood at 41% in 2021."
    answer, entities = _from_one_source(f"{named} {whole}", named, whole)
    assert unmet(frame, answer, entities) is not None


def test_a_bound_that_leaves_its_year_out_is_stated_by_the_first_year_it_lets_in():
    after = frame_of("Why did harbour fees climb so fast after 2012?")
    since = "Fees have climbed since 2013 because the port authority doubled its rates."
    assert unmet(after, _answer(f"{since} [1]", since)) is None
    before = frame_of("What toll did the bridge charge before 2006?")
    until = "Until 2005 the bridge charged a toll of USD 2 per car."
    assert unmet(before, _answer(f"{until} [1]", until)) is None
    # A bound that lets its own year in is stated by that year alone.
    inside = frame_of("Why did harbour fees climb after the start of 2012?")
    assert unmet(inside, _answer(f"{since} [1]", since)) is not None


def test_a_year_naming_what_is_counted_in_need_not_stand_beside_the_count():
    frame = frame_of("How many pages of the 2021 pilotage review cover tug fees?")
    count = "Tug fees get 12 pages in the review, officials said."
    named = "The 2021 pilotage review was published in May."
    assert unmet(frame, _answer(f"{count} [1] {named} [2]", count, named)) is None
    # A count beside another year's figure is that other report's, or no year's.
    frame = frame_of("How many pages of the 2019 pilotage review cover tug fees?")
    against = "The review gives 12 pages to tug fees, and it counts 30 complaints in 2019."
    assert unmet(frame, _answer(f"{against} [1]", against)) is not None


def test_a_question_for_the_month_is_not_answered_by_the_year_alone():
    frame = frame_of("What month in 2017 was the ferry line opened to traffic?")
    year = "The ferry line opened in 2017 after long delays."
    assert unmet(frame, _answer(f"{year} [1]", year)) is not None
    month = "The ferry line opened in June 2017 after long delays."
    assert unmet(frame, _answer(f"{month} [1]", month)) is None
    assert unmet(frame_of("When did the ferry line open?"), _answer(f"{year} [1]", year)) is None


def test_a_count_of_a_part_picked_out_by_a_name_is_said_of_that_name():
    frame = frame_of(
        "How many of the ferry leases the port agreed in 2019 went to Chile, per the audit?"
    )
    whole = "In 2019 the port agreed 14 ferry leases with six countries."
    assert unmet(frame, _answer(f"{whole} [1]", whole)) is not None
    part = "In 2019 the port agreed 14 ferry leases, three of them with Chile."
    assert unmet(frame, _answer(f"{part} [1]", part)) is None
    # The name that picks out the part may stand in the statement a count carries on from.
    frame = frame_of("How many of the ferries ordered were built by Hanwha Ocean?")
    before = "The navy ordered nine ferries, and Hanwha Ocean won the bid."
    then = "It built four ferries, and the rest were imported."
    assert unmet(frame, _answer(f"{before} [1] {then} [2]", before, then)) is None


def test_an_amount_of_a_part_picked_out_by_a_name_is_said_of_that_name():
    frame = frame_of(
        "How much of those 9 million dollars in harbour grants paid in 2020 involved Peru?"
    )
    # The whole the question gives, and the other figures of the whole, are no part's figure.
    whole = "In 2020 the port paid USD 9 million in harbour grants to 12 countries."
    problem = unmet(frame, _answer(f"{whole} [1]", whole))
    assert problem is not None and "Peru" in problem.reason
    part = "In 2020 the port paid USD 9 million in harbour grants, USD 2 million of it to Peru."
    assert unmet(frame, _answer(f"{part} [1]", part)) is None
    # A question for the amount of a whole picks out no part.
    frame = frame_of("How much did the port pay in harbour grants in 2020?")
    assert unmet(frame, _answer(f"{whole} [1]", whole)) is None


def test_a_kind_s_part_of_a_period_s_total_is_a_figure_of_its_own():
    frame = frame_of(
        "Of the offsets the agency booked in 2012-2016, how much was military support "
        "against technology transfer?"
    )
    total = "From 2012 to 2016 the agency booked offsets worth USD 3 billion."
    problem = unmet(frame, _answer(f"{total} [1]", total))
    assert problem is not None and "military support" in problem.reason
    kind = "From 2012 to 2016 technology transfer made up USD 1 billion of the offsets booked."
    assert unmet(frame, _answer(f"{kind} [1]", kind)) is None
    # A kind's figure for another span is no part of this one.
    other = "From 1990 to 2016 technology transfer made up USD 4 billion of the offsets booked."
    assert unmet(frame, _answer(f"{other} [1] {total} [2]", other, total)) is not None


def test_a_date_asked_of_a_kind_of_offset_is_stated_with_that_kind():
    frame = frame_of("When are the military satellites of the harbour deal due to go up?")
    deal = "The harbour deal was signed in March 2019."
    assert unmet(frame, _answer(f"{deal} [1]", deal)) is not None
    launch = "The military satellites pledged in the harbour deal are due to launch in 2027."
    assert unmet(frame, _answer(f"{launch} [1]", launch)) is None


def test_a_country_named_with_an_accent_is_named_once_and_as_written_when_refused():
    def subjects(kind: str, text: str) -> frozenset[str]:
        # A country found both by its name and by its search stem, as the composer finds them.
        return (
            frozenset({"curaçao", "curacao"})
            if kind == "countries" and "Cura" in text
            else frozenset()
        )

    frame = frame_of("How many inspectors does Curaçao's ferry office employ?")
    other = "The ferry office of Greece employs 12 inspectors."
    problem = unmet(frame, _answer(f"{other} [1]", other), Entities(subjects=subjects))
    assert problem is not None and problem.reason.endswith("for Curaçao itself.")


def test_an_amount_asked_in_won_is_answered_by_a_sentence_stating_won(assistant):
    answer = assistant.ask("In won terms, what offsets did Korea secure from 2016 to 2020?")
    assert not answer.abstained
    assert any(m.currency == "KRW" for m in find_money(answer.answer))


def test_a_figure_carrying_on_from_a_dated_statement_takes_its_year():
    frame = frame_of("What share of sales did the rebates make up in 2019?")
    carried = _answer("In 2019 rebates reached USD 4 million [1]. This was 12% of sales [2].", "a")
    unrelated = _answer("A review began in 2019 [1]. Rebates were 12% of sales [2].", "a")
    assert unmet(frame, carried) is None
    assert unmet(frame, unrelated) is not None


def test_how_many_of_those_counts_what_was_named_before():
    frame = frame_of("How many of those were delivered late?")
    assert unmet(frame, _answer("Nine arrived after the deadline [1].", "a")) is None


def test_a_bare_ask_after_a_part_picked_out_by_a_name_asks_the_figure_of_that_part():
    question = "Of the 14 ferry leases agreed in 2019, how many went to Chile and for how much?"
    frame = frame_of(question)
    parts = [frame_of(p) for p in frame.parts]
    whole = "In 2019 the port agreed 14 ferry leases worth USD 30 million with six countries."
    # The whole's count and amount answer neither the count nor the amount of Chile's part.
    assert unanswered_parts(frame, _answer(f"{whole} [1]", whole), parts) == parts
    assert unmet(parts[1], _answer(f"{whole} [1]", whole), given=question) is not None
    part = "Of the 14, three leases went to Chile, worth USD 5 million."
    assert unanswered_parts(frame, _answer(f"{part} [1]", part), parts) == []
    assert unmet(parts[1], _answer(f"{part} [1]", part), given=question) is None
    # A bare ask after a part that picks out no one asks of the whole.
    plain = frame_of("How many ferry leases did the port agree in 2019, and for how much?")
    plain_parts = [frame_of(p) for p in plain.parts]
    assert unanswered_parts(plain, _answer(f"{whole} [1]", whole), plain_parts) == []


def test_a_part_pointing_back_at_a_qualified_thing_asks_the_figure_of_that_thing():
    question = "Which tug did the yard refit, and what was that refit contract worth?"
    frame = frame_of(question)
    parts = [frame_of(p) for p in frame.parts]
    other = "Harbour contracts above USD 2 million must be tendered."
    answer = _answer(f"{other} [1]", other)
    # A figure of contracts in general is no figure of the refit contract.
    assert parts[1] in unanswered_parts(frame, answer, parts)
    assert unmet(parts[1], answer, given=question) is not None
    own = "The refit contract for the tug was worth USD 3 million."
    assert unmet(parts[1], _answer(f"{own} [1]", own), given=question) is None
    # A bare noun pointed back at ("that agency") says only of what kind the thing is.
    asked = "Who chairs the port board, and by how much did that board raise tolls?"
    said = "In 2019 the port board raised tolls by 5%."
    part = frame_of("by how much did that board raise tolls")
    assert unmet(part, _answer(f"{said} [1]", said), given=asked) is None


def test_each_part_of_a_question_is_answered_by_a_statement_about_that_part():
    from assistant.search.terms import Lexicon

    terms = Lexicon().terms
    frame = frame_of("When did the depot open, and when were the pricing rules issued?")
    parts = [frame_of(p) for p in frame.parts]
    answer = _answer("The pricing rules were issued in May 2021 [1].", "a")
    missing = unanswered_parts(frame, answer, parts, terms=terms)
    assert [p.question for p in missing] == ["When did the depot open"]
    both = _answer("The depot opened in 2019 [1]. The pricing rules were issued in May 2021 [2].")
    assert unanswered_parts(frame, both, parts, terms=terms) == []


def test_a_part_asking_of_the_present_is_not_answered_by_the_past_figure_of_another_part():
    from assistant.search.terms import Lexicon

    frame = frame_of("What was the pilot fee in 1990, and what is it now?")
    parts = [frame_of(p) for p in frame.parts]
    assert [p.present for p in parts] == [False, True]
    answer = _answer("In 1990 the pilot fee was USD 40 [1]. It rose to USD 55 in 1996 [2].")
    missing = unanswered_parts(frame, answer, parts, terms=Lexicon().terms)
    assert [p.question for p in missing] == ["what is it now"]


def test_a_part_asking_of_the_present_is_not_answered_by_the_statement_dating_another_part():
    from assistant.search.terms import Lexicon

    frame = frame_of("When did the pilot fee begin, and how much is the fee now?")
    parts = [frame_of(p) for p in frame.parts]
    # The statement that dates the start gives the fee of that time, not today's.
    start = _answer("When the pilot fee began in 1990, it was USD 40 per call [1].", "a")
    missing = unanswered_parts(frame, start, parts, terms=Lexicon().terms)
    assert [p.question for p in missing] == ["how much is the fee now"]
    # An undated statement of the fee, or one saying it holds now, answers it.
    for fee in ("The pilot fee is USD 55 per call [2].", "The fee is currently USD 55 [2]."):
        both = _answer(f"The pilot fee began in 1990 [1]. {fee}", "a", "b")
        assert unanswered_parts(frame, both, parts, terms=Lexicon().terms) == []


def test_a_table_row_answers_the_part_its_label_names_not_a_part_its_cells_mention():
    from assistant.search.terms import Lexicon

    terms = Lexicon().terms
    frame = frame_of("Which office runs each levy, and how is each levy invoiced?")
    parts = [frame_of(p) for p in frame.parts]
    # "invoice" stands in a cell of the row on who runs the levies; no row on invoicing is given.
    runs = _answer(
        "Table 2. Port Levies — Office in charge: Berth levy: Harbour Office, invoice desk; "
        "Pilot levy: Pilot Board [1]"
    )
    missing = unanswered_parts(frame, runs, parts, terms=terms)
    assert [p.question for p in missing] == ["how is each levy invoiced"]
    both = _answer(
        "Table 2. Port Levies — Office in charge: Berth levy: Harbour Office; Pilot levy: Pilot "
        "Board [1] Table 2. Port Levies — Invoicing: Berth levy: Monthly; Pilot levy: Per call [2]"
    )
    assert unanswered_parts(frame, both, parts, terms=terms) == []


def test_a_figure_belongs_to_the_period_nearest_it():
    piece = "From 2010 to 2014 sales reached USD 5 million, double the level of 2005 to 2009."
    assert figure_for(piece, "money", 2010, 2014)
    assert not figure_for(piece, "money", 2005, 2009)


def test_a_year_naming_a_report_is_not_a_date():
    frame = frame_of("When did the levy begin?")
    named = _answer("The 2024 Annual Review criticised the levy [1].", "a")
    dated = _answer("The levy began in 2019 [1].", "a")
    assert unmet(frame, named) is not None
    assert unmet(frame, dated) is None


def test_a_figure_asked_about_a_coded_program_is_stated_with_that_code():
    frame = frame_of("How much did the K-9 howitzer deal bring in offsets?")
    beside = _answer(
        "Offsets brought USD 2 billion overall [1]. The K-9 howitzer was among them [2].", "a"
    )
    with_it = _answer("The K-9 howitzer deal brought USD 300 million in offsets [1].", "a")
    assert unmet(frame, beside) is not None
    assert unmet(frame, with_it) is None


def test_what_is_counted_is_the_head_noun_or_a_model_code():
    frame = frame_of("How many core technologies were refused?")
    assert unmet(frame, _answer("Four core projects were delayed [1].", "a")) is not None
    coded = frame_of("How many K-9 guns were delivered?")
    assert unmet(coded, _answer("Some 20 K-9 howitzers arrived [1].", "a")) is None


def test_figures_of_each_kind_are_read_by_the_quantity_lexer():
    from assistant.answering.answerability import has_type

    for text, kinds in (
        ("a contract of $5 million", {"money", "quantity"}),
        ("worth 5 billion", {"money", "quantity"}),
        ("an offset of 51 percent", {"percent", "quantity"}),
        ("half of the contract", {"percent"}),
        ("fifteen tankers and 1,320.5 units", {"count", "quantity"}),
        ("the F-35 program in 2017, the 5th round, 5G and 5e3", set()),
    ):
        for kind in ("money", "percent", "count", "quantity"):
            assert has_type(text, kind) == (kind in kinds), (text, kind)


def test_a_question_asking_for_a_company_is_not_answered_by_an_agency():
    companies = {"Nordwerft"}
    agencies = {"Procurement Office"}
    entities = Entities(
        {
            "company": lambda text: any(c in text for c in companies),
            "organisation": lambda text: any(n in text for n in companies | agencies),
        }
    )
    frame = frame_of("Which company complained about the tender?")
    agency = _answer("The Procurement Office received complaints [1].", "a")
    company = _answer("Nordwerft complained about the tender [1].", "a")
    assert unmet(frame, agency, entities) is not None
    assert unmet(frame, company, entities) is None


def test_a_name_the_whole_question_gives_does_not_answer_a_part_asking_for_one():
    # "Under the ministry's rules, what fee applies, and which office can waive it?": the part
    # asking for an office is not answered by the ministry the first part names.
    entities = Entities(
        {"organisation": lambda text: any(n in text for n in ("MOTIE", "Customs Board"))}
    )
    whole = "Under MOTIE's export rules, what fee applies, and which office can waive it?"
    part = frame_of("which office can waive it")
    given = _answer("MOTIE can waive the fee [1].", "MOTIE can waive the fee.")
    other = _answer("The Customs Board can waive the fee [1].", "The Customs Board can.")
    assert unmet(part, given, entities) is None  # alone, the part names no one
    assert unmet(part, given, entities, whole) is not None
    assert unmet(part, other, entities, whole) is None


def test_a_time_of_day_answers_a_question_for_when():
    frame = frame_of("What time of day will the ministry publish the tariff list?")
    clock = "The ministry said it would publish the list at 10 a.m. local time on the 4th."
    assert unmet(frame, _answer(f"{clock} [1]", clock)) is None
    vague = "The ministry said it would publish the list soon."
    assert unmet(frame, _answer(f"{vague} [1]", vague)) is not None


def test_a_question_for_a_time_of_day_is_not_answered_by_the_day_alone():
    frame = frame_of("At what hour did the council vote on the levy?")
    day = "The council voted on the levy on Tuesday, 4 March 2019."
    assert unmet(frame, _answer(f"{day} [1]", day)) is not None
    clock = "The council voted on the levy at 4 p.m. on Tuesday."
    assert unmet(frame, _answer(f"{clock} [1]", clock)) is None
    # "When" is answered by the day.
    assert (
        unmet(frame_of("When did the council vote on the levy?"), _answer(f"{day} [1]", day))
        is None
    )


def test_a_year_before_the_name_of_a_report_is_met_by_a_story_about_that_report():
    # "The 2019 HSR" names the report by what it is called, not by the word "report".
    story = (
        "The ministry published its 2019 Harbour Safety Report on Monday. "
        "Officials said it ran to 40 pages, and a 2016 report had 12."
    )
    quote = "Officials said it ran to 40 pages."
    entities = Entities(source_text=lambda source_id: story)
    about = frame_of("How many pages did the 2019 HSR run to?")
    assert unmet(about, _answer(f"{quote} [1]", quote), entities) is None
    other = frame_of("How many pages did the 2021 HSR run to?")
    assert unmet(other, _answer(f"{quote} [1]", quote), entities) is not None


def test_a_period_end_asked_again_on_its_own_asks_for_that_year_alone():
    question = "Port dues for 2017 to 2019 are reported; how much was collected in 2017 on its own?"
    assert timed_years(question) == (2017,)
    assert timed_years("How much was collected from 2017 to 2019?") == ()
    whole = "From 2017 to 2019 the port collected USD 40 million in dues."
    problem = unmet(frame_of(question), _answer(f"{whole} [1]", whole))
    assert problem is not None and "2017–2019 only as one period" in problem.reason
    # The period's own "to" does not make its end a bound: the year is still asked alone.
    last = "Dues for 2017 to 2019 are one figure. What came in in 2019 specifically?"
    problem = unmet(frame_of(last), _answer(f"{whole} [1]", whole))
    assert problem is not None and "2019 alone" in problem.reason


def _firms(kind: str, text: str) -> frozenset[str]:
    if kind != "companies":
        return frozenset()
    return frozenset(n for n in ("norsk marine", "baltic works") if n in text.lower())


def _quoted_from(story: str, *quotes: str) -> Answer:
    """An answer that quotes ``quotes`` of ``story`` one after another, each where it stands."""
    citations = [
        Citation(
            marker=i,
            source_id="s",
            title="t",
            quote=q,
            start=story.index(q),
            end=story.index(q) + len(q),
        )
        for i, q in enumerate(quotes, start=1)
    ]
    text = " ".join(f"{q} [{i}]" for i, q in enumerate(quotes, start=1))
    return Answer(question="q", answer=text, citations=citations)


def test_a_sentence_that_carries_on_is_of_what_its_own_source_names_before_it():
    # The answer sets the carrying-on sentence beside another firm's pledge; in its source it
    # follows the first firm's.
    story = (
        "Norsk Marine agreed to build three ferries for the port. "
        "However, by 2021 only 40% of that work was done.\n"
        "Baltic Works pledged to train 200 engineers for the yard."
    )
    pledge = "Baltic Works pledged to train 200 engineers for the yard."
    rate = "However, by 2021 only 40% of that work was done."
    answer = _quoted_from(story, pledge, rate)
    entities = Entities(subjects=_firms, source_text=lambda source_id: story)
    baltic = frame_of("What share of Baltic Works's training pledge was done by 2021?")
    problem = unmet(baltic, answer, entities)
    assert problem is not None and problem.of_another
    norsk = frame_of("What share of the Norsk Marine ferry work was done by 2021?")
    alone = _quoted_from(story, rate)
    assert unmet(norsk, alone, entities) is None


def test_one_of_a_series_asked_by_its_ordinal_is_not_answered_by_another_of_it():
    told = "The harbour board held its second public hearing on 4 May 2019."
    third = frame_of("When did the harbour board hold its third hearing?")
    problem = unmet(third, _answer(f"{told} [1]", told))
    assert problem is not None and "second public hearing" in problem.reason
    second = frame_of("When did the harbour board hold its second hearing?")
    assert unmet(second, _answer(f"{told} [1]", told)) is None


def _people(kind: str, text: str) -> frozenset[str]:
    return frozenset({"ines moreau"} if kind == "people" and "Ines Moreau" in text else set())


def test_what_a_person_said_is_not_answered_from_a_source_that_never_names_them():
    stories = {
        "port": "The harbour board raised its docking levy by 8% in 2019 after a fee review.",
        "briefing": "“Levies follow costs,” Ines Moreau, the board's press officer, said Tuesday.",
    }
    entities = Entities(
        finders={"person": lambda text: "Ines Moreau" in text},
        subjects=_people,
        source_text=stories.__getitem__,
    )
    question = frame_of("What did the board's Ines Moreau say about the docking levy rise?")
    levy = stories["port"]
    answer = Answer(
        question="q",
        answer=f"{levy} [1]",
        citations=[
            Citation(marker=1, source_id="port", title="t", quote=levy, start=0, end=len(levy))
        ],
    )
    problem = unmet(question, answer, entities)
    assert problem is not None and problem.of_another
    # Her own source, whatever the answer shows of it, is left to the other checks.
    briefing = stories["briefing"]
    hers = Answer(
        question="q",
        answer=f"{levy} [1]",
        citations=[
            Citation(
                marker=1,
                source_id="briefing",
                title="t",
                quote=briefing,
                start=0,
                end=len(briefing),
            )
        ],
    )
    assert unmet(question, hers, entities) is None


def test_a_part_asking_for_a_body_is_not_answered_by_the_body_the_part_names():
    from assistant.search.terms import Lexicon

    entities = Entities(
        {"organisation": lambda text: any(n in text for n in ("MOTIE", "Tariff Desk"))}
    )
    frame = frame_of("When did the rebate start, and which office inside MOTIE runs it?")
    parts = [frame_of(p) for p in frame.parts]
    terms = Lexicon().terms
    only_motie = _answer("MOTIE started the rebate in May 2019 [1].", "a")
    missing = unanswered_parts(frame, only_motie, parts, entities, terms)
    assert [p.question for p in missing] == ["which office inside MOTIE runs it"]
    unit = _answer("MOTIE started the rebate in May 2019 [1]. Its Tariff Desk runs the rebate [2].")
    assert unanswered_parts(frame, unit, parts, entities, terms) == []


def test_a_share_written_in_words_states_a_percentage():
    frame = frame_of("What share of the fleet budget went to repairs?")
    said = "Repairs took only nine percent of the fleet budget [1]."
    assert unmet(frame, _answer(said, said)) is None
    thirds = "Repairs took one-third of the fleet budget [1]."
    assert unmet(frame, _answer(thirds, thirds)) is None
    bare = "Repairs took much of the fleet budget [1]."
    assert unmet(frame, _answer(bare, bare)) is not None


def test_how_much_of_a_whole_is_answered_by_its_share_but_not_by_nothing():
    frame = frame_of("How much of their port spending do the cities recoup through tolls?")
    share = "The cities recoup 40 percent of the money spent on ports through tolls [1]."
    assert unmet(frame, _answer(share, share)) is None
    none = "The cities recoup the money spent on ports through tolls [1]."
    assert unmet(frame, _answer(none, none)) is not None
    # An amount asked without a whole is not answered by a share.
    priced = frame_of("How much did the cities spend on ports?")
    assert unmet(priced, _answer(share, share)) is not None


def test_a_date_a_plan_was_slated_for_is_answered_by_the_plan():
    frame = frame_of("Which day were the harbour levies slated to start?")
    said = "The board is set to start the harbour levies on Thursday [1]."
    assert unmet(frame, _answer(said, said)) is None


# -- a constraint the question sets that the answer does not meet --------------------------------


def test_a_figure_asked_through_what_someone_said_needs_that_figure():
    frame = frame_of("What did the harbour master say the new berth fee rate would be?")
    quoted = 'The harbour master said the fee "will apply to every foreign ship."'
    assert unmet(frame, _answer(f"{quoted} [1]", quoted)) is not None
    rated = "The harbour master said the berth fee rate would be 4 percent."
    assert unmet(frame, _answer(f"{rated} [1]", rated)) is None


def test_what_someone_said_on_a_topic_is_not_narrowed_to_a_figure():
    # No figure noun ends the reported clause: what was said answers.
    frame = frame_of("What did the harbour master say the council would do next?")
    said = "The harbour master said the council would review the levy."
    assert unmet(frame, _answer(f"{said} [1]", said)) is None


def test_what_a_kind_contributed_in_a_period_asks_its_own_figure_for_that_period():
    frame = frame_of("What did training contribute in the 2012-2016 window alone?")
    overall = "Training offsets made up 30.8 percent, or USD 7 billion, over the forty years."
    assert unmet(frame, _answer(f"{overall} [1]", overall)) is not None
    own = "In 2012-2016, training offsets brought USD 2 billion."
    assert unmet(frame, _answer(f"{own} [1]", own)) is None


def test_an_exact_rank_is_not_answered_by_a_position_in_words():
    frame = frame_of("What is the port's precise ranking among the region's container hubs?")
    vague = "The port sits in the upper-middle ranking among the region's container hubs."
    assert unmet(frame, _answer(f"{vague} [1]", vague)) is not None
    numbered = "The port ranks fourth among the region's container hubs."
    assert unmet(frame, _answer(f"{numbered} [1]", numbered)) is None
    # Where it ranks is answered in words.
    loose = frame_of("Where does the port rank among the region's container hubs?")
    assert unmet(loose, _answer(f"{vague} [1]", vague)) is None


def test_a_part_asking_a_figure_for_a_period_is_not_answered_by_another_periods_figure():
    question = "How much did the port spend on dredging in 2012-2016, and on what?"
    frame = frame_of(question)
    parts = [frame_of(p) for p in frame.parts]
    other = "In 2017-2021 the port spent USD 9 million on dredging."
    assert parts[0] in unanswered_parts(frame, _answer(f"{other} [1]", other), parts)
    own = "In 2012-2016 the port spent USD 6 million on dredging."
    assert parts[0] not in unanswered_parts(frame, _answer(f"{own} [1]", own), parts)


def test_a_part_asking_of_what_an_unanswered_part_gives_is_unanswered_too():
    from assistant.answering.answerability import leaning_on_unanswered

    frame = frame_of(
        "What did the port spend in 2012-2016, and what share of that went to dredging?"
    )
    parts = [frame_of(p) for p in frame.parts]
    assert leaning_on_unanswered(parts, [parts[0]]) == [parts[1]]
    assert leaning_on_unanswered(parts, []) == []
    # A pronoun before a noun names its own thing, not the part before.
    named = frame_of("What did the port spend in 2012-2016, and what share of that levy was paid?")
    named_parts = [frame_of(p) for p in named.parts]
    assert leaning_on_unanswered(named_parts, [named_parts[0]]) == []


def test_a_rate_someone_was_asked_to_have_given_is_declined_when_they_gave_none(assistant):
    answer = assistant.ask("What did President Trump say the tariff rate on Korean goods would be?")
    assert answer.abstained
    assert "percentage" in answer.answer


def test_a_numbered_rank_is_declined_where_the_sources_place_korea_only_in_words(assistant):
    asked = assistant.ask(
        "What precise rank, as a number, does KIET give Korea among offset seekers?"
    )
    assert asked.abstained and "numbered rank" in asked.answer
    assert "lower-middle" in asked.answer  # what the sources give instead
    placed = assistant.ask("Where does KIET put Korea among offset-seeking nations?")
    assert not placed.abstained and "lower-middle" in placed.answer


def test_a_share_of_an_import_bill_the_sources_never_give_is_declined(assistant):
    answer = assistant.ask(
        "What did Korea pay for foreign weapons over 2011-2015, and how much of that came back "
        "as offsets?"
    )
    assert answer.abstained
    given = assistant.ask(
        "What did Korea pay for foreign weapons over 2016-2020, and how much of that came back "
        "as offsets?"
    )
    assert not given.abstained


def test_a_length_of_time_asked_up_to_now_is_told_by_the_time_it_runs_from():
    ongoing = _answer(
        "The harbour boards have been in merger talks since early 2019 [1].",
        "The harbour boards have been in merger talks since early 2019.",
    )
    assert (
        unmet(frame_of("How long have the harbour boards been discussing a merger?"), ongoing)
        is None
    )
    assert unmet(frame_of("How many years has the merger been under discussion?"), ongoing) is None
    # A length still to come is not told by when something began.
    assert unmet(frame_of("How long will the merger talks take?"), ongoing) is not None
    # Nor is a length up to now told by a year that starts nothing.
    dated = _answer("The ports held a merger review in 2019 [1].", "A review was held in 2019.")
    assert unmet(frame_of("How long have the harbour boards been discussing a merger?"), dated)


def test_a_choice_between_named_sides_is_answered_by_a_statement_of_each_side():
    frame = frame_of(
        "Which contractor fell further behind on its training pledge, Boeing or Raytheon?"
    )
    both = _answer(
        "Boeing had delivered 40% of its training pledge [1]. Raytheon had delivered 75% [2].",
        "Boeing had delivered 40% of its training pledge.",
        "Raytheon had delivered 75%.",
    )
    one = _answer(
        "Boeing had delivered 40% of its training pledge [1].",
        "Boeing had delivered 40% of its training pledge.",
    )
    assert unmet(frame, both, _entities()) is None
    # One side alone answers no choice: the names the question gives are still no answer.
    assert unmet(frame, one, _entities()) is not None
    # The sides may come before the ask.
    before = frame_of("Between Raytheon and Boeing, which firm lagged on training?")
    assert unmet(before, both, _entities()) is None
    # A figure asked of each side is a figure: the sides' names are no answer to it.
    figure = frame_of("Which share was lower, Boeing's or Raytheon's?")
    assert unmet(figure, _answer("Boeing and Raytheon both pledged training [1].", "x")) is not None


def test_which_of_those_points_back_at_the_members_already_listed():
    listed = _answer(
        "The yard pledged crane parts ($4 million) and welder training ($9 million) [1].",
        "The yard pledged crane parts ($4 million) and welder training ($9 million).",
    )
    assert unmet(frame_of("Which of those elements was worth the most?"), listed) is None
    # Asked afresh, a figure of a thing is one the sources call by that thing's name.
    assert unmet(frame_of("What levy does the yard pay?"), listed) is not None


def test_whether_a_measure_passed_is_not_told_by_its_being_proposed():
    proposed = _answer(
        "A harbour levy bill was proposed in May 2021 [1]. If enacted, it would double the "
        "levy on tankers [2].",
        "A harbour levy bill was proposed in May 2021.",
        "If enacted, it would double the levy on tankers.",
    )
    problem = unmet(frame_of("Did the harbour levy bill clear parliament?"), proposed)
    assert problem is not None and "happened" in problem.reason
    # Putting it forward is itself the act asked: the proposal answers it.
    assert unmet(frame_of("Did anyone put a harbour levy bill forward?"), proposed) is None
    passed = _answer(
        "Parliament passed the harbour levy bill in 2021 [1].",
        "Parliament passed the harbour levy bill in 2021.",
    )
    assert unmet(frame_of("Did parliament pass the harbour levy bill?"), passed) is None


def test_a_total_over_a_counted_set_of_countries_is_no_figure_for_one_of_them():
    quote = "The agency signed 12 arms deals worth USD 3 billion with 9 countries in 2021."
    pooled = _answer(f"{quote} [1]", quote)
    problem = unmet(frame_of("What were the agency's arms deals with Japan worth in 2021?"), pooled)
    assert problem is not None and problem.of_another and "Japan" in problem.reason
    # The total itself, and the number of countries, are what the statement gives.
    assert unmet(frame_of("What were the agency's arms deals worth in 2021?"), pooled) is None
    assert (
        unmet(frame_of("How many countries did the agency sign arms deals with?"), pooled) is None
    )
    named = "The agency signed arms deals worth USD 3 billion with 9 countries, Japan among them."
    assert (
        unmet(
            frame_of("What were the agency's arms deals with Japan worth?"),
            _answer(f"{named} [1]", named),
        )
        is None
    )


def test_a_country_in_the_name_of_a_cited_newspaper_is_not_a_country_asked_about():
    quote = "The agency signed 12 arms deals worth USD 3 billion with 9 countries in 2021."
    pooled = _answer(f"{quote} [1]", quote)
    frame = frame_of("Going by the Korea Daily’s figures, what were the agency's arms deals worth?")
    assert unmet(frame, pooled, Entities(credited=frozenset({"korea daily"}))) is None


def test_when_a_rule_is_due_to_go_is_not_told_by_when_it_was_made_whatever_the_subject_length():
    made = _answer(
        "The pilotage licence was created in 2010 [1] and tightened in 2019 [2].",
        "The pilotage licence was created in 2010.",
        "It was tightened in 2019.",
    )
    question = (
        "When is the port's pilotage licence, issued by the maritime authority to every "
        "foreign master, due to be abolished or eased?"
    )
    assert unmet(frame_of(question), made) is not None


def test_a_country_in_the_name_of_a_cited_paper_is_not_what_a_figure_is_asked_of():
    quote = "Dredging the channel cost EUR 12 million."
    stated = _answer(f"{quote} [1]", quote)
    paper = Entities(credited=frozenset({"poland gazette"}))
    reported = frame_of("As the Poland Gazette reported it, what did dredging the channel cost?")
    assert unmet(reported, stated, paper) is None
    # Asked of the country itself, the figure stated of no country is still not Poland's.
    problem = unmet(frame_of("How much did dredging Poland's channel cost?"), stated, paper)
    assert problem is not None and "Poland" in problem.reason


def _from_story(story: str, *quotes: str) -> tuple[Answer, Entities]:
    """An answer quoting ``quotes`` from one source whose whole text is ``story``."""
    citations = [
        Citation(marker=i, source_id="story", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    text = " ".join(f"{q} [{i}]" for i, q in enumerate(quotes, start=1))
    answer = Answer(question="q", answer=text, citations=citations)
    return answer, Entities(source_text=lambda source_id: story)


HULL = "The shipyard was bound to deliver the hull by May, but delivery did not occur."


def test_whether_a_thing_the_sources_never_write_was_paid_is_not_told_by_what_else_happened():
    story = f"The navy ordered a hull from the shipyard in 2019. {HULL}"
    answer, entities = _from_story(story, HULL)
    problem = unmet(frame_of("Did the shipyard pay a levy for the late hull?"), answer, entities)
    assert problem is not None and "a levy" in problem.reason


def test_a_thing_the_source_writes_elsewhere_leaves_whether_it_was_paid_to_the_other_checks():
    story = f"{HULL} Yards that deliver late owe the navy a levy on each week of delay."
    answer, entities = _from_story(story, HULL)
    assert (
        unmet(frame_of("Did the shipyard pay a levy for the late hull?"), answer, entities) is None
    )


def test_an_act_the_statements_write_is_judged_by_how_they_tell_it_not_by_its_object():
    paid = "The shipyard refunded EUR 2 million to the navy after the hull came late."
    answer, entities = _from_story(paid, paid)
    question = "Did the shipyard refund any compensation for the late hull?"
    assert unmet(frame_of(question), answer, entities) is None


INSPECTED = (
    "Ever since the Harbour Safety Board inspected the docks in 2019, the port has been "
    "pushing to close the oldest berth."
)


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything on what the Harbour Safety Board concluded when it inspected the "
        "docks in 2019?",
        "What did the Harbour Safety Board find when it inspected the docks in 2019?",
    ],
)
def test_what_a_body_found_when_it_acted_is_not_told_by_the_act_and_its_year(question):
    problem = unmet(frame_of(question), _answer(f"{INSPECTED} [1]", INSPECTED))
    assert problem is not None and "not what it found" in problem.reason


def test_a_finding_reported_answers_what_the_body_found_when_it_acted():
    found = (
        "The Harbour Safety Board found in 2019, when it inspected the docks, that one berth "
        "was unsafe."
    )
    question = "What did the Harbour Safety Board find when it inspected the docks in 2019?"
    assert unmet(frame_of(question), _answer(f"{found} [1]", found)) is None


def test_whether_a_source_tells_a_thing_may_be_answered_in_other_words_than_the_question_s():
    # "Mention" asks whether the source tells of it, which it may do without the word.
    worries = "The shipyard's report sets out the drawbacks of late hulls for the navy."
    answer, entities = _from_story(worries, worries)
    question = "Did the shipyard's report mention any downsides of late hulls?"
    assert unmet(frame_of(question), answer, entities) is None


def test_an_adverb_after_a_name_is_no_thing_acted_on():
    # "Did EFTA loans really make up half the fund?": "really" qualifies the act; the sources
    # never writing it says nothing of whether the loans made up half.
    made = "Credit from EFTA made up 50 percent of the harbour fund."
    answer, entities = _from_story(made, made)
    question = "Did EFTA loans really make up half the harbour fund?"
    assert unmet(frame_of(question), answer, entities) is None


def test_a_phrasal_verb_s_particle_is_no_thing_acted_on():
    # "Hold back" is the act; the thing held back is the word after it.
    refused = "The shipyard reportedly refused to hand over two hull designs."
    answer, entities = _from_story(refused, refused)
    question = "Did the shipyard hold back any designs?"
    assert unmet(frame_of(question), answer, entities) is None


def test_a_part_is_not_answered_by_a_figure_of_another_country_than_the_one_it_asks_of():
    entities = Entities()
    frame = frame_of("Which ministry runs Poland's offsets, and what share does it demand?")
    parts = [frame_of(p) for p in frame.parts]
    egypt = "Egypt demands offsets worth 40 percent of each contract."
    poland = "Poland demands offsets worth 100 percent of each contract."
    # The pronoun carries the country the first part names: Egypt's share is not Poland's.
    missing = unanswered_parts(frame, _answer(f"{egypt} [1]", egypt), parts, entities)
    assert parts[1] in missing
    assert parts[1] not in unanswered_parts(
        frame, _answer(f"{poland} [1]", poland), parts, entities
    )
    # A part naming its own country asks of that country, whatever the other part names.
    named = frame_of("What share does Poland demand, and what share does Egypt demand?")
    named_parts = [frame_of(p) for p in named.parts]
    only = unanswered_parts(named, _answer(f"{poland} [1]", poland), named_parts, entities)
    assert [p.question for p in only] == ["what share does Egypt demand"]
    # A part that neither names a country nor points back at one asks of none.
    loose = frame_of("Which ministry runs Poland's offsets, and what share do buyers demand?")
    loose_parts = [frame_of(p) for p in loose.parts]
    assert loose_parts[1] not in unanswered_parts(
        loose, _answer(f"{egypt} [1]", egypt), loose_parts, entities
    )


def test_a_figure_of_trade_with_every_partner_is_no_figure_of_trade_with_one():
    quote = "From 2014 to 2018, Norway imported USD 4 billion worth of patrol boats."
    whole = _answer(f"{quote} [1]", quote)
    problem = unmet(
        frame_of("How much did Norway import in patrol boats from Japan in 2014-2018?"), whole
    )
    assert problem is not None and problem.of_another and "Japan" in problem.reason
    # The whole is what the statement gives; a statement naming the partner answers for it.
    assert (
        unmet(frame_of("How much did Norway import in patrol boats in 2014-2018?"), whole) is None
    )
    named = "From 2014 to 2018, Norway bought USD 1 billion of patrol boats from Japan."
    assert (
        unmet(
            frame_of("How much did Norway import in patrol boats from Japan in 2014-2018?"),
            _answer(f"{named} [1]", named),
        )
        is None
    )


def test_a_share_carrying_on_from_a_total_over_counted_countries_is_of_that_total():
    first = "In 2021 the agency signed 12 arms deals worth USD 3 billion with 9 countries."
    then = "This accounts for 20% of all its export contracts."
    answer = _answer(f"{first} [1] {then} [2]", first, then)
    problem = unmet(frame_of("What share of the agency's 2021 arms deals were with Japan?"), answer)
    assert problem is not None and problem.of_another and "Japan" in problem.reason
    assert (
        unmet(frame_of("What share of its export contracts did the 2021 deals make?"), answer)
        is None
    )


def _countries_by_word(kind: str, text: str) -> frozenset[str]:
    """A reader of countries that knows a country by its adjective too, as the index's does."""
    if kind not in ("countries", "parties"):
        return frozenset()
    words = {"japan": ("japan", "japanese"), "korea": ("korea", "korean")}
    return frozenset(c for c, forms in words.items() if any(f in text.lower() for f in forms))


def test_goods_asked_by_their_origin_are_not_answered_by_the_goods_of_every_origin():
    entities = Entities(subjects=_countries_by_word)
    quote = "From 2014 to 2018, the navy imported USD 4 billion worth of foreign arms."
    whole = _answer(f"{quote} [1]", quote)
    for asked in (
        "How much did the navy spend on Japanese arms in 2014-2018?",
        "What did the navy pay for Japanese-made weapons over 2014-2018?",
    ):
        problem = unmet(frame_of(asked), whole, entities)
        assert problem is not None and problem.of_another, asked
    # The goods of every origin are what the statement gives.
    everyone = frame_of("How much did the navy spend on foreign arms in 2014-2018?")
    assert unmet(everyone, whole, entities) is None
    # A statement that names the origin, by "from" or by its word before the trade, answers.
    asked = frame_of("How much did the navy spend on Japanese arms in 2014-2018?")
    for named in (
        "From 2014 to 2018, the navy bought USD 1 billion of arms from Japan.",
        "From 2014 to 2018, the navy bought USD 1 billion of Japanese defense exports.",
    ):
        assert unmet(asked, _answer(f"{named} [1]", named), entities) is None, named
    # The home country's own goods are bought from no partner.
    own = "From 2014 to 2018, the navy bought USD 2 billion of arms."
    home = frame_of("How much Korean-made weaponry did the navy buy in 2014-2018?")
    assert unmet(home, _answer(f"{own} [1]", own), entities) is None


def test_every_kind_of_offset_the_value_tables_split_by_is_a_part_of_a_period_total():
    # The value tables split offsets into parts manufacturing and equipment acquisition too: a
    # period's total says nothing of what either brought in it.
    total = "From 2005 to 2009, offsets brought USD 3 billion."
    for asked in (
        "What value did equipment-acquisition offsets bring over 2005 to 2009?",
        "How much did parts manufacturing offsets yield in 2005-2009?",
    ):
        problem = unmet(frame_of(asked), _answer(f"{total} [1]", total))
        assert problem is not None and problem.of_another, asked
    part = "From 2005 to 2009, equipment acquisition brought USD 1 billion of offsets."
    asked = frame_of("What value did equipment-acquisition offsets bring over 2005 to 2009?")
    assert unmet(asked, _answer(f"{part} [1]", part)) is None
