"""A question for a body is answered by a name of a body, and only by one: a name the name table
does not list still names a body by its shape ("the Harbour Levy Board"), an agency's initials
only as a whole word; a table row that matches the question's names but holds another attribute
gives way to the row of its table that holds the one asked for; a count stands for the noun right
after it, not for another noun the sentence names before it."""

from __future__ import annotations

from assistant.answering.answerability import counted
from assistant.answering.compose import _BODY_NAME, Candidate, sibling_rows, whole_names
from assistant.knowledge.chunks import Unit


def test_a_capitalised_name_ending_in_a_noun_for_a_body_names_a_body():
    for text in (
        "The permits are issued by the Peru Fisheries & Ports Agency since 2011.",
        "The levy is collected by its Levy Division, not by the ports.",
        "An analyst at the Andean Growers Alliance (AGA) Forum said so.",
        "The Ministry of Fisheries objected.",
        "Each contract is handled by an Integrated Harvest Team.",
    ):
        assert _BODY_NAME.search(text), text


def test_lower_case_words_laws_and_plans_name_no_body():
    for text in (
        "The division in charge of the levy was never named.",
        "Growers complained about the Fisheries Levy Act of 2014.",
        "PLA (Peruvian Levy Agreement) sets the rate.",
        "The Committee met twice.",
        "Guidelines to a growers' benefits program in Peru",
    ):
        assert not _BODY_NAME.search(text), text


def test_an_agency_is_found_by_its_initials_only_as_a_whole_word():
    pattern = whole_names(["ICA", "MIEC TDA"])
    assert pattern is not None
    assert pattern.search("Norway: ICA; UAE: MIEC TDA")
    assert not pattern.search("UICA (Umbrella Industrial Cooperation Agreement)")
    assert not pattern.search("Offsets in South America and GICA members")
    assert whole_names([]) is None


def _row(text: str, start: int, kind: str = "row") -> Unit:
    return Unit(f"s#{start}", "s", start, start + 10, kind, text, text, "s#p0", start)  # type: ignore[arg-type]


def _candidate(unit: Unit, score: float, hits: set[str]) -> Candidate:
    return Candidate(unit, score, 0.5, 0.4, frozenset(hits), frozenset())


_LAW = "Table 3. Levies by country — Legal basis: Peru: Levy Act; Chile: Port Code"
_BODY = "Table 3. Levies by country — Body in charge: Peru: PLB; Chile: CPA"
_OTHER_TABLE = "Table 5. Growers — Body in charge: Peru: growers' union"


def test_the_rows_of_the_best_rows_table_that_name_its_names_come_after_it():
    law = _candidate(_row(_LAW, 100), 0.5, {"peru", "chile", "levi"})
    body = _candidate(_row(_BODY, 200), 0.4, {"peru", "chile"})
    other = _candidate(_row(_OTHER_TABLE, 300), 0.45, {"peru", "chile", "bodi"})
    sentence = _candidate(_row("Peru's board sets the levy.", 400, "sentence"), 0.45, {"peru"})
    names = frozenset({"peru", "chile"})
    assert sibling_rows([law, other, sentence, body], names) == [body]
    # One already cited is not offered again.
    assert sibling_rows([law, body], names, {("s", 200)}) == []


def test_a_row_missing_a_name_the_best_row_matched_is_no_sibling():
    law = _candidate(_row(_LAW, 100), 0.5, {"peru", "chile"})
    body = _candidate(_row(_BODY, 200), 0.4, {"peru"})
    assert sibling_rows([law, body], frozenset({"peru", "chile"})) == []


def test_a_sentence_ranked_best_has_no_siblings():
    sentence = _candidate(_row("Peru's board sets the levy.", 100, "sentence"), 0.5, {"peru"})
    body = _candidate(_row(_BODY, 200), 0.4, {"peru"})
    assert sibling_rows([sentence, body], frozenset({"peru"})) == []
    assert sibling_rows([], frozenset({"peru"})) == []


def test_the_rows_of_a_second_table_ranked_near_the_top_follow_the_first_tables():
    # Two tables match the same columns: the row of the kind asked (a time limit) may be in the
    # one ranked second, below the first table's rows.
    law = _candidate(_row(_LAW, 100), 0.5, {"peru", "levi"})
    grower = _candidate(_row(_OTHER_TABLE, 200), 0.48, {"peru", "bodi"})
    body = _candidate(_row(_BODY, 300), 0.4, {"peru"})
    window = "Table 5. Growers — Window of payment: Peru: up to 3 years"
    growers_window = _candidate(_row(window, 400), 0.3, {"peru"})
    names = frozenset({"peru"})
    assert sibling_rows([law, grower, body, growers_window], names, depth=2) == [
        body,
        growers_window,
    ]
    # Beyond the depth asked, a second table leads nothing.
    assert sibling_rows([law, body, grower, growers_window], names, depth=2) == [body]


def test_a_count_of_another_kind_of_thing_right_after_the_number_is_no_count_of_the_asked():
    question = "How many levy agreements did Peru sign in 2019?"
    assert not counted(["Peru signed levy agreements with 9 countries in 2019"], question)
    assert counted(["Peru signed 14 levy contracts with 9 countries in 2019"], question)
    # A noun not known to count a kind of its own leaves the number to the words around it:
    # the governments of 60 nations are 60 governments.
    assert counted(
        ["Levies are charged by the governments of some 60 nations"],
        "How many governments charge levies?",
    )


def test_a_table_row_just_below_the_best_sentence_leads_its_table_within_the_depth_asked():
    sentence = _candidate(_row("Peru's levy rose in 2019.", 100, "sentence"), 0.5, {"peru"})
    law = _candidate(_row(_LAW, 200), 0.45, {"peru"})
    body = _candidate(_row(_BODY, 300), 0.3, {"peru"})
    names = frozenset({"peru"})
    # The row that leads its table was ranked on its own merits, not as a sibling of itself.
    assert sibling_rows([sentence, law, body], names, depth=2) == [body]
    assert sibling_rows([sentence, law, body], names, depth=1) == []


def test_which_with_any_noun_for_an_office_asks_for_a_body():
    from assistant.answering.frame import answer_type

    for question in (
        "Which division collects the pier levy?",
        "which bureau oversees the rebate scheme",
        "Which board signs off on the growers' quotas?",
    ):
        assert answer_type(question) == "organisation", question
    # A unit of measure, and a body that is only the subject of what is asked, are no such ask.
    assert answer_type("What unit are the levy figures given in?") != "organisation"
    assert answer_type("Tell me the amount the board paid for the pier.") == "quantity"


def test_a_topic_named_first_then_asked_of_makes_parts_that_stand_alone():
    from assistant.answering.frame import asks_of_topic

    # Each part of these carries the topic, so each is looked up without the other parts' words.
    assert asks_of_topic("The pier levy: when was it set, and which board collects it?")
    assert asks_of_topic("For the growers' rebate, who pays it and how much is it?")
    # A part of this one leans on another ("it" is the levy the first part names).
    assert not asks_of_topic("When was the pier levy set, and which board collects it?")
    assert not asks_of_topic("When was the pier levy set?")


def test_a_row_that_names_no_body_gives_way_to_the_sentence_naming_the_one_asked_for(assistant):
    # The tables hold the core-technology list among the report's complaints, labelled by the
    # report; the sentence it comes from names the ministry that keeps the list.
    answer = assistant.ask(
        "Which ministry maintains the list of Korea's national core technologies?"
    )
    assert not answer.abstained
    assert "Ministry of Trade, Industry and Energy" in answer.answer


def test_a_row_that_names_the_body_asked_for_still_answers_or_its_sentence_does(assistant):
    # The scheme is listed among complaints (no body named) and, in the timeline, as created by
    # its agency: the answer names the agency either way.
    answer = assistant.ask(
        "What organisation introduced the cloud certification that US firms dislike?"
    )
    assert not answer.abstained
    assert "Korea Internet & Security Agency" in answer.answer
