"""The assistant refuses exactly when the sources do not answer: an answer stands only when a
statement of it gives what is asked, of the thing asked about; and a refusal is not given for
what only looks unanswered (a counted noun followed by its verb, a figure the answer states of
the right thing). The wordings here are invented; none is a case of the evaluation sets."""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, counted, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation

# Invented names: two third countries and two shipyards.
_COUNTRIES = ("Chile", "Peru")
_YARDS = ("Nordwerft", "Baltwerk")


def _answer(text: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[Citation(marker=1, source_id="s", title="t", quote="q", start=0, end=1)],
    )


def _subjects(kind: str, text: str) -> frozenset[str]:
    known = {"countries": _COUNTRIES, "companies": _YARDS}.get(kind, ())
    return frozenset(name.lower() for name in known if name in text)


_NAMES = Entities(subjects=_subjects)


# -- what a count counts -------------------------------------------------------------------


def test_a_plural_after_how_many_is_what_is_counted_and_the_word_after_it_its_verb():
    question = "Roughly how many ports charge docking fees?"
    assert counted(["Some 40 ports across the coast still levy fees."], question)
    assert not counted(["The fee was raised 3 times."], question)


def test_a_plural_noun_that_modifies_another_plural_is_not_what_is_counted():
    # "Weapons", "arms", "sales" modify a noun in the plural: the noun after them is counted.
    question = "How many arms deals did the port authority sign last decade?"
    assert counted(["The authority signed 14 deals over the decade."], question)
    assert not counted(["It bought 14 arms over the decade."], question)
    assert counted(
        ["It lists 9 schemes that qualify."], "the number of weapons schemes that qualify?"
    )
    # Two plurals joined by "and" are two things counted, the first asked first.
    assert counted(["12 firms were put forward."], "how many firms and items were put forward?")


def test_a_word_a_preposition_follows_may_be_the_verb_of_the_counted_noun():
    question = "How many staff work at the testing lab?"
    assert counted(["The lab has a dozen or so people on staff."], question)
    # The head noun still counts when it is the last word: "spare parts", not "spare".
    assert not counted(["It has spare room for 3 more benches."], "How many spare parts shipped?")


def test_the_counted_noun_is_the_first_plural_of_a_longer_phrase():
    question = "How many harbour safety audit reports were filed?"
    assert counted(["The board filed 14 audit reports in all."], question)
    assert not counted(["The harbour has 14 safety berths; audits were filed."], question)


def test_a_plural_in_ies_counts_what_its_other_words_count():
    question = "How many nations ratified the fishing accord?"
    assert counted(["The accord was ratified by 22 countries."], question)
    assert not counted(["The accord has 22 articles on quotas."], question)
    assert counted(["Eleven companies bid for the dredging work."], "How many firms bid for it?")


def test_tankers_are_counted_as_planes_or_ships():
    assert counted(["The navy leased two fuel tankers."], "How many ships did the navy lease?")
    assert counted(["It bought three refuelling tankers."], "How many mid-air refuelling planes?")
    assert not counted(["It bought three refuelling booms."], "How many refuelling planes?")


def test_a_plural_without_an_s_is_the_counted_noun_and_officials_count_people():
    question = "How many people run permits at the port office?"
    assert counted(["Only three officials (in the licensing unit) run permits."], question)
    assert not counted(["The office issued 40 permits last year."], question)


def test_a_noun_modifying_the_counted_head_counts_when_a_statement_writes_it_as_that_plural():
    question = "How many ferry boats did the port order?"
    assert counted(["The port ordered six ferries from a local yard."], question)
    # Written as a modifier again, it counts something else.
    assert not counted(["The port ordered six ferry berths."], question)


def test_a_count_for_a_year_is_a_number_of_the_asked_things_in_that_year_s_clause():
    frame = frame_of("How many pages did the yearbook give fisheries in 2019?")
    elsewhere = _answer(
        'The editor said: "It gave 9 pages to fisheries," and "there were 30 entries in 2019" [1].'
    )
    assert unmet(frame, elsewhere) is not None
    assert unmet(frame, _answer("In 2019 the yearbook gave fisheries 9 pages [1].")) is None
    # The year at the end of one clause is the time of every figure in it.
    frame = frame_of("How many licences did the port grant in 2019?")
    clause = _answer("The port granted 27 licences worth USD 5 million to 13 firms in 2019 [1].")
    assert unmet(frame, clause) is None


# -- a figure about another ---------------------------------------------------------------


def test_a_figure_stated_of_another_country_does_not_answer_for_the_one_asked():
    frame = frame_of("What contract value triggers offsets in Chile?")
    other = _answer("Peru seeks offsets on contracts above USD 5 million [1].")
    assert (problem := unmet(frame, other, _NAMES)) is not None
    assert "Chile" in problem.reason
    same = _answer("Chile seeks offsets on contracts above USD 3 million [1].")
    assert unmet(frame, same, _NAMES) is None
    # Both named in one statement: it may well be the figure asked for.
    both = _answer("Chile and Peru seek offsets above USD 3 million [1].")
    assert unmet(frame, both, _NAMES) is None


def test_a_qualified_contract_value_asks_for_an_amount_not_a_share():
    # A share a country seeks of its contracts is no value of the contracts it seeks it on.
    frame = frame_of("What qualifying contract value makes Chile demand offsets?")
    assert frame.answer_type == "money"
    share = _answer("Chile and Peru seek offsets worth 60 percent of a contract [1].")
    assert unmet(frame, share, _NAMES) is not None
    what_s = frame_of("What's Chile's lowest qualifying contract price?")
    assert what_s.answer_type == "money"


def test_a_statement_naming_no_country_is_about_the_home_country_not_a_third_one():
    unnamed = _answer("Offsets are sought on contracts above USD 10 million [1].")
    assert unmet(frame_of("What contract value triggers offsets in Chile?"), unnamed, _NAMES)
    assert unmet(frame_of("What contract value triggers offsets in Korea?"), unnamed) is None


def test_a_third_country_asked_beside_the_home_country_is_the_one_a_statement_must_name():
    with_home = Entities(
        subjects=lambda kind, text: (
            _subjects(kind, text)
            | (frozenset({"korea"}) if kind == "countries" and "Korea" in text else frozenset())
        )
    )
    frame = frame_of("How much in offsets did Chile obtain from Korea for its frigates?")
    home = _answer("Korea obtained USD 900 million in offsets over five years [1].")
    assert (problem := unmet(frame, home, with_home)) is not None
    assert "Chile" in problem.reason
    named = _answer("Chile obtained USD 40 million in offsets from Korea for the frigates [1].")
    assert unmet(frame, named, with_home) is None
    # Asked of the home country alone, a statement naming it still answers.
    alone = frame_of("How much in offsets did Korea obtain over five years?")
    assert unmet(alone, home, with_home) is None


def _with_parties(kind: str, text: str) -> frozenset[str]:
    # The home country and the other party to the dispute, beside the third countries.
    parties = {"Korea": "korea", "United States": "united states"}
    if kind not in ("countries", "parties"):
        return _subjects(kind, text)
    named = frozenset(n for written, n in parties.items() if written in text)
    if kind == "parties":
        return named
    return _subjects(kind, text) | named


def test_who_gets_something_from_whom_is_not_answered_by_what_the_giver_got():
    names = Entities(subjects=_with_parties)
    reversed_ = frame_of("How much did the United States gain in offsets from Korea last decade?")
    home = _answer("Korea gained USD 900 million in offsets last decade [1].")
    unnamed = _answer("Offsets worth USD 900 million were gained last decade [1].")
    assert (problem := unmet(reversed_, home, names)) is not None
    assert "United States" in problem.reason
    assert unmet(reversed_, unnamed, names) is not None
    given = _answer("The United States gained USD 20 million in offsets from Korea [1].")
    assert unmet(reversed_, given, names) is None
    # The home country as the one who gets: a statement of what it got answers.
    forward = frame_of("How much did Korea gain in offsets from the United States last decade?")
    assert unmet(forward, home, names) is None


def test_an_amount_asked_as_a_thing_of_its_own_is_answered_only_by_a_statement_naming_it():
    frame = frame_of("What surcharge does the canal authority charge late barges?")
    other = _answer("Barges pay tolls on cargo above USD 2 million [1].")
    assert (problem := unmet(frame, other)) is not None
    assert "surcharge" in problem.reason
    named = _answer("Late barges pay a surcharge of USD 400 per day [1].")
    assert unmet(frame, named) is None
    # A word for a figure ("what amount", "what share") is no thing a statement must name.
    plain = frame_of("What amount does the canal authority charge late barges?")
    assert unmet(plain, other) is None


def test_a_count_stated_of_another_company_does_not_answer_for_the_one_asked():
    frame = frame_of("How many parts did Nordwerft buy from local suppliers?")
    other = _answer("Baltwerk bought 30 parts from local suppliers [1].")
    assert unmet(frame, other, _NAMES) is not None
    # A count of something else that names the company asked about does not rescue it.
    beside = _answer("Nordwerft has 4 yards [1]. Baltwerk bought 30 parts from suppliers [2].")
    assert unmet(frame, beside, _NAMES) is not None
    assert unmet(frame, _answer("Nordwerft bought 12 parts locally [1]."), _NAMES) is None


def test_a_length_of_time_answers_how_long_not_what_threshold_or_value():
    threshold = frame_of("What tonnage threshold does the canal apply to tolls?")
    window = _answer("Bookings open up to 10 years ahead of the toll season [1].")
    assert unmet(threshold, window) is not None
    how_long = frame_of("How far ahead can the canal's tolls be booked?")
    assert unmet(how_long, window) is None
    longer = frame_of("How much longer can bookings run under the new scheme?")
    assert unmet(longer, _answer("Bookings ran 3 to 6 months, now up to five years [1].")) is None


# -- an event still to come -----------------------------------------------------------------


def test_a_date_for_an_event_is_not_given_by_a_statement_that_it_is_still_to_happen():
    for question in (
        "When did the two ports sign the twinning charter?",
        "When will the two ports sign the twinning charter?",
        "On what date are the two ports expected to sign the twinning charter?",
    ):
        frame = frame_of(question)
        pending = _answer("The ports have been in talks since 2019 to sign a twinning charter [1].")
        assert unmet(frame, pending) is not None, question
        done = _answer("The ports signed the twinning charter in May 2021 [1].")
        assert unmet(frame, done) is None, question


def test_a_date_of_something_else_does_not_date_an_act_the_answer_gives_only_as_to_come():
    question = "On what date did the two ports finally sign the twinning charter?"
    pending = _answer(
        "The ports are working to sign a twinning charter [1]. "
        "The older of the two ports opened in 1921 [1]."
    )
    assert unmet(frame_of(question), pending) is not None
    # The act written as done in any statement, or in the dated one, leaves the date standing.
    for done in (
        "The ports signed the twinning charter, hoping to sign more [1]. It was May 2021 [1].",
        "The ports, keen to sign it, signed the twinning charter in May 2021 [1].",
    ):
        assert unmet(frame_of(question), _answer(done)) is None, done


def test_when_something_will_happen_is_answered_by_the_date_it_is_set_for():
    scheduled = _answer(
        "The ports agreed to sign the twinning charter at the May summit, set for 2031 [1]."
    )
    for question in (
        "When will the two ports sign the twinning charter?",
        "When are the ports expected to sign the twinning charter?",
    ):
        assert unmet(frame_of(question), scheduled) is None, question
    # What has happened is not answered by what is only set to happen.
    assert unmet(frame_of("When did the two ports sign the twinning charter?"), scheduled)


def test_a_word_the_question_itself_writes_after_to_is_not_the_event():
    # "rise to USD 5 million": the figure it rose to, not an event still to come.
    frame = frame_of("When did the levy rise to USD 5 million?")
    assert unmet(frame, _answer("The levy was raised to USD 5 million in 1994 [1].")) is None


def test_who_does_something_is_not_answered_by_someone_meaning_to_do_it():
    frame = frame_of("Who is leading the harbour delegation in the tariff talks?")
    assert frame.answer_type == "person"
    meaning_to = _answer("Some say Trump may use the levy to lead the tariff talks [1].")
    assert unmet(frame, meaning_to) is not None


# -- names the question gives, and names no table lists ---------------------------------------


def test_the_names_a_who_question_gives_are_not_its_answer_but_longer_names_holding_them_are():
    entities = Entities({"agent": lambda text: "Korea" in text or "Trump" in text})
    frame = frame_of("Whose study do reporters cite on Korea's falling exports?")
    assert unmet(frame, _answer("Korea's exports fell by half [1]."), entities) is not None
    cited = _answer("Exports fell by half, a study by the Korea Institute for Tides found [1].")
    assert unmet(frame, cited, entities) is None


def test_a_body_no_table_lists_is_named_by_capitalised_words_around_an_institution_s_noun():
    none_listed = Entities({"organisation": lambda text: False})
    frame = frame_of("Which agency certifies harbour cranes?")
    assert (
        unmet(frame, _answer("Cranes are certified by the Port Safety Agency [1]."), none_listed)
        is None
    )
    assert (
        unmet(frame, _answer("Cranes are certified by an agency every year [1]."), none_listed)
        is not None
    )


# -- a stage of a program, the members of a set -------------------------------------------------


def test_a_stage_is_read_the_same_however_it_is_written():
    from assistant.answering.frame import stages

    assert stages("the second phase of the dredging plan") == (("phase", 2),)
    assert stages("its 2nd-phase contract") == (("phase", 2),)
    assert stages("Dredging phase 2 (Baltwerk)") == (("phase", 2),)
    assert stages("Phase II of the plan") == (("phase", 2),)
    assert stages("the first unit arrived; version 1.5") == ()


def test_a_figure_asked_of_a_stage_is_stated_with_that_stage():
    frame = frame_of("How many cranes does the second phase of the port plan add?")
    total = _answer("The port plan will bring 40 cranes in all [1].")
    assert (problem := unmet(frame, total)) is not None and "second phase" in problem.reason
    staged = _answer("Its second phase adds 12 cranes [1].")
    assert unmet(frame, staged) is None
    # The stage may stand in the statement the figure carries on from.
    carried = _answer("The second phase was approved in 2021 [1]. It adds 12 cranes [2].")
    assert unmet(frame, carried) is None


def test_a_stage_asked_by_another_word_for_it_is_the_stage_of_that_number():
    """ "Tranche", "batch" and "phase" are words for one thing: the second of one is the second
    of the other; another number is still another stage."""
    frame = frame_of("How much was the second tranche of the port plan worth?")
    assert unmet(frame, _answer("Its second phase was worth USD 30 million [1].")) is None
    other = unmet(frame, _answer("Its first phase was worth USD 30 million [1]."))
    assert other is not None and "second tranche" in other.reason


def test_a_figure_asked_of_a_program_named_by_a_common_noun_is_stated_with_that_noun():
    frame = frame_of("How much did the port earn in offsets from its dredger programs?")
    apart = _answer(
        "Offsets helped the port build its own dredgers [1]. "
        "The port gained USD 90 million in offsets over the decade [2]."
    )
    problem = unmet(frame, apart)
    assert problem is not None and "dredger program" in problem.reason
    together = _answer("The dredger programs brought the port USD 12 million in offsets [1].")
    assert unmet(frame, together) is None
    # Said in the statement the figure's sentence carries on from.
    leaning = _answer("The port ran two dredger programs [1]. They brought USD 12 million [2].")
    assert unmet(frame, leaning) is None


def test_the_members_of_a_set_are_not_answered_by_a_list_of_fewer_of_them():
    frame = frame_of("Name the three harbour projects the council shelved.")
    partial = _answer("The council shelved three harbour projects, including the ferry pier [1].")
    assert (problem := unmet(frame, partial)) is not None and "ferry pier" in problem.reason
    full = _answer(
        "The council shelved three harbour projects, including the pier, the dock and the lock [1]."
    )
    assert unmet(frame, full) is None


def test_a_set_sized_without_an_article_asks_for_its_members_too():
    # The question names the set in passing and asks for the rest of it.
    frame = frame_of("The council shelved five harbour projects, one a pier. Which were the rest?")
    partial = _answer("The council shelved five harbour projects, including a pier [1].")
    assert (problem := unmet(frame, partial)) is not None and "a pier" in problem.reason


def test_a_year_and_a_program_the_question_names_stand_in_the_statement_of_the_figure():
    frame = frame_of("How much did the K-9 program bring in offsets in 2019?")
    apart = _answer(
        "The maker pledged K-9 parts exports (USD 40 million) [1]. Exports reached 12% in 2019 [2]."
    )
    assert unmet(frame, apart) is not None
    together = _answer("In 2019 the K-9 program brought USD 40 million in offsets [1].")
    assert unmet(frame, together) is None


def test_a_role_asks_for_a_person_and_contrast_for_a_comparison():
    from assistant.answering.frame import answer_type

    assert answer_type("What was the name of the port commissioner who signed the lease?") == (
        "person"
    )
    assert answer_type("Which senator objected to the dredging budget?") == "person"
    assert answer_type("Contrast the toll paid by barges with the toll paid by tugs.") == (
        "comparison"
    )


def test_a_figure_of_a_named_program_is_of_what_the_question_measures():
    frame = frame_of("How much has the navy spent on the K-9 program?")
    pledge = _answer(
        "For the K-9 program the maker pledged offsets worth USD 40 million [1]. "
        "The navy spent USD 3 billion on imports in 2019 [2]."
    )
    assert unmet(frame, pledge) is not None
    spent = _answer("The navy spent USD 900 million on the K-9 program [1].")
    assert unmet(frame, spent) is None


def test_an_amount_set_beside_a_noun_is_that_noun_s_whatever_else_the_sentence_measures():
    frame = frame_of("How much has the navy spent on the K-9 program?")
    beside = _answer(
        "The navy sought no offsets for the K-9 program (valued at USD 900 million) [1]."
    )
    assert unmet(frame, beside) is None
    between_commas = _answer(
        "The navy waived offsets on the K-9 program, worth USD 900 million, last year [1]."
    )
    assert unmet(frame, between_commas) is None
    # Set beside the offsets, it is the offsets' amount.
    pledge = _answer("For the K-9 program the maker pledged offsets (worth USD 40 million) [1].")
    assert unmet(frame, pledge) is not None


def test_who_leads_is_not_answered_by_someone_meaning_to_lead():
    frame = frame_of("Who leads the port's delegation at the tariff talks?")
    meaning_to = _answer("Some say the ministry may use the levy to lead the tariff talks [1].")
    assert unmet(frame, meaning_to) is not None


def test_items_a_report_lists_are_counted_as_its_cases():
    assert counted(["A total of 21 cases were mentioned."], "How many items did the report list?")


def test_how_much_time_asks_for_a_length_of_time():
    frame = frame_of("How much negotiating time does a buyer get under the pooled scheme?")
    assert unmet(frame, _answer("Talks may start up to five years ahead [1].")) is None


# -- the best sentence is judged too ------------------------------------------------------------


@pytest.mark.slow
def test_the_best_sentence_answers_alone_when_the_sentences_selected_without_it_do_not(assistant):
    # Read as asking for recommendations, the question draws the report's other proposals; the
    # best-ranked sentence, which names the firm, is what answers it.
    answer = assistant.ask(
        "Which company does the KIET report suggest as a partner for a joint R&D memorandum?"
    )
    assert not answer.abstained
    assert "Boeing" in answer.answer


@pytest.mark.slow
def test_a_figure_of_the_named_program_stands_in_for_another_program_s_ranked_above_it(assistant):
    # Another program's "technology transfer ($1.4 billion)" ranks first; the tankers' figure
    # follows the sentence that names their program.
    answer = assistant.ask("How much technology transfer did the KC-X offset package include?")
    assert not answer.abstained
    assert "84.3" in answer.answer


@pytest.mark.slow
def test_a_sentence_that_drops_what_the_question_is_about_does_not_stand_in(assistant):
    # The one program whose offsets include satellites is not the one asked about; a sentence
    # naming the asked one says nothing of satellites.
    answer = assistant.ask("How much did Airbus pledge in military communication satellites?")
    assert answer.abstained


@pytest.mark.slow
def test_a_name_written_as_the_name_table_lists_it_is_the_name_the_sources_write(assistant):
    # The name table lists the usual spelling of a name the sources misspell; the question that
    # uses it is about the person the sources name.
    answer = assistant.ask(
        "At what time did Treasury Secretary Bessent say the tariffs would come out?"
    )
    assert not answer.abstained
    assert "3 PM" in answer.answer


@pytest.mark.slow
def test_a_sentence_sharing_a_word_of_the_topic_is_not_refused_for_a_paraphrased_word(assistant):
    # "spokesman" is no word of the sources, which write "spokesperson" (the aliases make them one
    # term); the best sentence shares the briefing and the agency with the question, not only
    # names.
    answer = assistant.ask("Which spokesman answered for DAPA at the regular briefing?")
    assert not answer.abstained
    assert "Jo Yong-jin" in answer.answer


@pytest.mark.slow
def test_the_sentence_after_the_best_stands_in_when_it_states_what_the_best_leads_up_to(assistant):
    # The best sentence gives the pledge; the one after it how much of the pledge was carried
    # out, which is what is asked.
    answer = assistant.ask("What fraction of Airbus's military support commitment was carried out?")
    assert not answer.abstained
    assert "1%" in answer.answer


@pytest.mark.slow
def test_a_lower_sentence_on_another_matter_does_not_stand_in(assistant):
    # No negotiator is named; lower sentences about the talks share only their name and a word,
    # and name the governments, which are no answer to who leads a delegation.
    answer = assistant.ask(
        "Who is leading Korea's delegation in the reciprocal defense procurement talks with "
        "Washington?"
    )
    assert answer.abstained


@pytest.mark.slow
def test_what_someone_said_is_answered_by_their_words_not_a_dated_row(assistant):
    answer = assistant.ask(
        "What did the procurement agency's spokesman tell reporters about the trade estimate?"
    )
    assert not answer.abstained
    assert "domestic priority supply" in answer.answer


@pytest.mark.slow
def test_a_date_of_another_event_near_the_topic_does_not_stand_in(assistant):
    # The sources say the agency is pushing to abolish the requirement, after an audit in 2018;
    # the audit's year is no date of an abolition.
    answer = assistant.ask("When did DAPA abolish the offset requirement?")
    assert answer.abstained


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "What sanction does the offset division apply when a seller misses a deadline?",
        "What reward does DAPA offer when a foreign supplier exceeds its offset pledge?",
    ],
)
def test_a_thing_asked_by_a_word_no_source_uses_is_refused_when_only_its_setting_matches(
    assistant, question
):
    # No source writes the thing asked for, nor says it in other words; the sentences found share
    # only the agency and offsets, which any question about the agency shares.
    assert assistant.ask(question).abstained


@pytest.mark.slow
def test_a_thing_asked_by_a_word_no_source_uses_is_answered_by_a_sentence_sharing_the_rest(
    assistant,
):
    # "publication" is no word of the sources; the sentence that shares the rest of the question
    # names the thing in its own word ("Priority List").
    answer = assistant.ask(
        "Which publication does Taiwan refresh yearly and post online for suppliers?"
    )
    assert not answer.abstained
    assert "Priority List" in answer.answer


@pytest.mark.slow
def test_every_company_the_sources_name_answers_a_which_firms_question(assistant):
    # The name table lists every company a source names: one it missed left a "which firms"
    # question refused though its sentence names three.
    first = "Which agency runs the CSAP?"
    earlier = assistant.ask(first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": earlier.answer},
    ]
    answer = assistant.ask("Which firms have argued against it?", history=history)
    assert not answer.abstained
    assert "Microsoft" in answer.answer


@pytest.mark.slow
def test_a_closer_sentence_saying_one_word_of_the_question_otherwise_stands_in(assistant):
    # The best sentence writes "adopted" but names no country; the table row closer in meaning
    # says it as "recognized" and names them.
    answer = assistant.ask("Which countries have adopted offset banking?")
    assert not answer.abstained
    assert "Netherlands" in answer.answer


@pytest.mark.slow
def test_a_part_asking_another_row_of_a_table_gets_that_row(assistant):
    # The row on who is in charge mentions "each contract" in a cell; the part on contracting is
    # answered by the table's own row on it, not left to that mention.
    answer = assistant.ask(
        "In DAPA's 2021 banking policy table, which department is in charge of each scheme, and "
        "how is each scheme contracted?"
    )
    assert not answer.abstained
    assert "Offset Division" in answer.answer
    assert "Memoranda of understanding" in answer.answer


def test_an_answer_in_the_sentence_after_a_cited_one_that_goes_on_from_it_is_given(assistant):
    # The sentence naming the system is found; the firms are named in the next sentence of its
    # paragraph ("… have long argued that this system is an unnecessary barrier").
    answer = assistant.ask(
        "Which companies have complained for years about Korea's cloud security certification "
        "system?"
    )
    assert not answer.abstained
    assert "Microsoft" in answer.answer and "Google" in answer.answer


# -- what a person is quoted saying ----------------------------------------------------------

_PEOPLE = ("Ida Brandt", "Omar Sayed")


def _people_and_yards(kind: str, text: str) -> frozenset[str]:
    known = {"people": _PEOPLE, "companies": _YARDS}.get(kind, ())
    return frozenset(name.lower() for name in known if name in text)


_SPEAKERS = Entities(
    finders={"person": lambda text: any(name in text for name in _PEOPLE)},
    subjects=_people_and_yards,
)


def _from_sources(text: str, *sources: str) -> Answer:
    return Answer(
        question="q",
        answer=text,
        citations=[
            Citation(marker=n, source_id=source, title="t", quote="q", start=0, end=1)
            for n, source in enumerate(sources, start=1)
        ],
    )


def test_a_person_quoted_on_another_topic_does_not_answer_what_they_said_about_this_one():
    answer = _from_sources("Harbour master Ida Brandt said the tolls would rise in May [1].", "a")
    for question in (
        "What did Ida Brandt say about the ferry timetable?",
        "What did Ida Brandt think of Nordwerft's dredging work?",
    ):
        assert unmet(frame_of(question), answer, _SPEAKERS) is not None, question
    said = unmet(frame_of("What did Ida Brandt say about the toll increase?"), answer, _SPEAKERS)
    assert said is None


def test_what_a_person_says_runs_on_through_the_sentences_that_carry_on_from_theirs():
    answer = _from_sources(
        "Ida Brandt spoke at Monday's briefing [1]. “Berth fees will double,” she said [1].", "a"
    )
    assert unmet(frame_of("What did Ida Brandt say about berth fees?"), answer, _SPEAKERS) is None


def test_a_sentence_of_another_source_does_not_carry_on_what_a_person_said():
    answer = _from_sources(
        "Ida Brandt said the tolls would rise [1]. However, Nordwerft's dredging ran late [2].",
        "a",
        "b",
    )
    question = "What did Ida Brandt say about Nordwerft's dredging?"
    assert unmet(frame_of(question), answer, _SPEAKERS) is not None


def test_a_person_only_named_as_present_said_nothing_the_answer_can_show():
    answer = _from_sources(
        "Ida Brandt chaired the port meeting with Omar Sayed and two pilots [1]. "
        "Ida Brandt said, “Fees will rise in May” [1].",
        "a",
    )
    for question in (
        "What did Omar Sayed tell Ida Brandt at the port meeting?",
        "What did Omar Sayed say at the meeting?",
    ):
        problem = unmet(frame_of(question), answer, _SPEAKERS)
        assert problem is not None and "Omar Sayed" in problem.reason, question
    told = unmet(frame_of("What did Ida Brandt tell Omar Sayed at the meeting?"), answer, _SPEAKERS)
    assert told is None


@pytest.mark.parametrize(
    "statement",
    [
        "Omar Sayed indicated that the fees “may vary by berth” [1].",
        "Omar Sayed announced that the fees would rise in May [1].",
        "“Fees will rise,” Omar Sayed, the port's treasurer, noted [1].",
        "Fees will rise in May, according to Omar Sayed [1].",
    ],
)
def test_a_person_who_is_the_subject_of_any_verb_of_speech_is_shown_speaking(statement):
    answer = _from_sources(statement, "a")
    assert unmet(frame_of("What did Omar Sayed tell the board?"), answer, _SPEAKERS) is None


def test_a_person_not_shown_speaking_is_left_to_the_other_checks():
    # An author speaks through the whole report without being named in each sentence.
    answer = _from_sources("Berth fees will double next year [1].", "a")
    assert unmet(frame_of("What did Omar Sayed say about berth fees?"), answer, _SPEAKERS) is None


# -- how precise a date is asked ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "On what day in May 2019 did the ferry first sail?",
        "What was the exact date the ferry first sailed?",
        "Which day did the harbour board meet?",
    ],
)
def test_a_day_asked_for_is_not_met_by_the_month_or_the_year(question):
    assert unmet(frame_of(question), _answer("The ferry first sailed in May 2019 [1]."))
    assert unmet(frame_of(question), _answer("The ferry first sailed in 2019 [1]."))


@pytest.mark.parametrize(
    "said",
    [
        "The ferry first sailed on 14 May 2019 [1].",
        "The ferry first sailed on May 14, 2019 [1].",
        "The ferry first sailed in 2019, on the 14th (local time) [1].",
        "The board met Tuesday, officials said [1].",
    ],
)
def test_a_day_of_the_month_or_of_the_week_answers_which_day(said):
    assert unmet(frame_of("On what day did the ferry first sail?"), _answer(said)) is None


# -- how an event went -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How did the harbour council vote on the dredging bill?",
        "How did councillors vote on the dredging measure?",
        "How did the harbour council pass the dredging levy?",
    ],
)
def test_how_a_vote_went_is_not_told_by_a_measure_only_proposed(question):
    answer = _answer("In May 2019 two councillors proposed a bill to fund dredging [1].")
    problem = unmet(frame_of(question), answer)
    assert problem is not None and "happened" in problem.reason


def test_how_an_event_went_in_other_words_is_left_to_the_other_checks():
    # No word of putting forward: "revised" tells how the rules changed, in its own words.
    answer = _answer("The board revised its leasing rules in 2020 to allow shorter leases [1].")
    assert unmet(frame_of("How did the board change its leasing rules?"), answer) is None
    # A vote the statements tell of answers, though a bill is named too.
    told = _answer("The council voted 9 to 2 for the dredging bill in May 2019 [1].")
    assert unmet(frame_of("How did the council vote on the dredging bill?"), told) is None


# -- what an event of finding out found -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What did the harbour inspectors conclude in their 2019 review of the docks?",
        "What did the ombudsman's 2021 inquiry find about the ferry tenders?",
        "What did the port authority recommend after its inquiry into the berth fees?",
        # The finding named before its verb, and reported rather than found.
        "What specific flaws did the harbour inspectors report from their 2019 review?",
        # The event named after a body's long name.
        "What did the 2021 Office of the Ferry Ombudsman inquiry conclude?",
    ],
)
def test_that_an_event_of_finding_out_took_place_is_not_what_it_found(question):
    held = _answer(
        "The harbour inspectors held a review of the docks in 2019 and the ombudsman opened an "
        "inquiry into the ferry tenders in 2021. [1]"
    )
    assert unmet(frame_of(question), held) is not None
    # Sentences beside it on other matters say nothing of the finding either.
    beside = _answer(f"{held.answer} Dock fees have risen by a third since 2015. [1]")
    assert unmet(frame_of(question), beside) is not None


def test_a_finding_named_before_its_verb_is_answered_by_what_was_found():
    question = "What specific flaws did the harbour inspectors report from their 2019 review?"
    told = _answer("In its 2019 review, the inspectors found that two berths were unsafe. [1]")
    assert unmet(frame_of(question), told) is None


def test_a_finding_reported_of_the_event_answers_what_it_found():
    question = "What did the harbour inspectors conclude in their 2019 review of the docks?"
    told = _answer("In its 2019 review, the inspectors found that two berths were unsafe. [1]")
    assert unmet(frame_of(question), told) is None
    # A body's own statements of content, naming no event, are judged by the other checks.
    own = _answer("In 2019 two berths were unsafe and the cranes past their service life. [1]")
    assert unmet(frame_of(question), own) is None


def test_what_an_audit_found_is_refused_when_the_sources_only_date_it(assistant):
    answer = assistant.ask("What did the BAI's 2018 audit find about offsets?")
    assert answer.abstained
    answer = assistant.ask("What did KIET find about offsets in its 2023 report?")
    assert not answer.abstained


# -- the members of a set, not its size ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What were the five hearings the council held in 2019?",
        "Which three yards did the navy pick for the frigates?",
        "Name the three yards the navy picked.",
    ],
)
def test_the_size_of_a_set_does_not_say_which_its_members_are(question):
    sized = _answer(
        "In 2019 the council held five hearings, and the navy picked three yards. [1] "
        "Dock fees rose by a third. [1]"
    )
    assert unmet(frame_of(question), sized) is not None


def test_a_list_after_the_size_or_the_noun_names_the_members():
    listed = _answer("In 2019 the council held five hearings: on fees, berths and pilots. [1]")
    assert unmet(frame_of("What were the five hearings the council held in 2019?"), listed) is None
    named = _answer("The navy picked three yards, Nordwerft, Baltwerk and Kielhaven. [1]")
    assert unmet(frame_of("Which three yards did the navy pick?"), named) is None


def test_a_row_giving_a_count_in_its_label_s_year_names_no_members():
    row = _answer("Frigate contracts signed (2021): 12 contracts [1].")
    assert unmet(frame_of("What were the 12 frigate contracts signed in 2021?"), row) is not None


def test_the_members_of_a_set_the_sources_only_count_are_refused(assistant):
    answer = assistant.ask(
        "Which were the 27 offset contracts the United States concluded in 2022?"
    )
    assert answer.abstained


# -- a share of a whole over a period the passage sets ----------------------------------------


def test_a_share_whose_period_only_the_sentence_before_names_is_answered_from_its_row(assistant):
    # The sentence giving the shares names no years: the one before it sets the four decades,
    # and the data row keeps them together.
    answer = assistant.ask(
        "Of the offsets Korea amassed between 1983 and 2022, what percentage was equipment "
        "acquisition?"
    )
    assert not answer.abstained and "23.1%" in answer.answer
    assert {c.source_id for c in answer.citations} == {"002_b00326718e5a7ad5"}
