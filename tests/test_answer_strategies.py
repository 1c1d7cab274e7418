"""Reasons are answered by the sentences that give them; an argument comes with the sentences
that carry it on; real words the sources do not use are not mistaken for misspellings."""

from __future__ import annotations

import re

import pytest
from cited import cited_text as _quotes

pytestmark = pytest.mark.slow


def test_a_why_question_is_answered_by_the_stated_reasons_with_the_fact_they_explain(assistant):
    answer = assistant.ask("What explains the slump in offsets Korea secured from 2016 on?")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "Reasons for this rapid decline include" in quotes
    assert "2016 to 2020" in quotes  # the fact the reasons are about, which they call "this"


def test_a_why_question_about_a_motive_is_answered_by_the_stated_purpose(assistant):
    answer = assistant.ask("For what reason would the Americans list Seoul's offset rules now?")
    assert not answer.abstained
    assert "bargaining chip" in _quotes(answer) or "negotiating card" in _quotes(answer)


def test_a_spokesman_s_reply_comes_with_the_quotation_that_continues_it(assistant):
    answer = assistant.ask("How did the procurement agency's spokesman react to the USTR report?")
    quotes = _quotes(answer)
    assert "Most countries utilize offset programs" in quotes
    assert "coordinating to sign a reciprocal defense procurement agreement" in quotes


def test_a_real_word_the_sources_never_use_is_read_as_itself(assistant):
    answer = assistant.ask("Why has DAPA gone cold on offset deals?")
    assert not answer.abstained
    assert "stance against offset trade" in _quotes(answer)


def test_a_dateline_is_never_the_answer_to_a_question_about_the_world(assistant):
    answer = assistant.ask("What will the weather be like in Seoul next week?")
    assert answer.abstained


def test_a_question_about_two_periods_gets_a_figure_for_each(assistant):
    answer = assistant.ask(
        "What did Korea's offsets amount to in 2016-2020 as against 2011-2015, in dollar terms?"
    )
    assert not answer.abstained
    assert "7.99 billion" in answer.answer and "800 million" in answer.answer


def test_each_part_of_a_two_part_question_gets_its_own_figure(assistant):
    answer = assistant.ask(
        "What did Korea pay for imported weapons over 2016-2020, and how much of it was offset?"
    )
    assert "13.6 trillion" in answer.answer
    assert any(share in answer.answer for share in ("7%", "700 million", "800 million"))


def test_a_history_asked_in_other_words_is_the_dated_list_of_its_topic(assistant):
    answer = assistant.ask("Step by step, how did the offset trigger move from the first rule on?")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [line[2:6] for line in lines]
    assert years == sorted(years) and {"1984", "1986", "2006"} <= set(years)


@pytest.mark.parametrize(
    "question",
    [
        "How did the offset requirements evolve over the years?",
        "How have the offset conditions changed through the years?",
        "How has Korea's offset policy evolved since it began?",
    ],
)
def test_a_history_of_the_rules_is_the_policy_s_own_steps(assistant, question):
    # No row says "rules": the history is the policy's steps, not rows that name Korea.
    answer = assistant.ask(question)
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [line[2:6] for line in lines if line[2:6].isdigit()]
    assert years == sorted(years) and {"1982", "1986", "2006"} <= set(years)
    assert "10 million" in answer.answer and "30%" in answer.answer
    assert "beef" not in answer.answer and "CSAP" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How have the offset policy's thresholds and required shares changed over the years?",
        "Trace the offset rules' trigger amount and percentage from their beginning to today.",
    ],
)
def test_a_history_of_two_listed_topics_keeps_the_steps_of_each(assistant, question):
    # Neither listed topic narrows the history alone: the share step of 1986 stays beside the
    # threshold steps.
    answer = assistant.ask(question)
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    assert any("30%" in line for line in lines)
    assert any("10 million" in line for line in lines)
    assert any("2 million" in line for line in lines)


def test_a_history_bounded_by_a_period_lists_only_that_period(assistant):
    answer = assistant.ask("In date order, what did DAPA do about offsets between 2018 and 2023?")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [int(line[2:6]) for line in lines if line[2:6].isdigit()]
    assert len(years) >= 3 and all(2018 <= y <= 2023 for y in years)


@pytest.mark.parametrize(
    "question",
    [
        "In date order, what did the agency do on offsets from the BAI's 2018 audit to its F-35 decision?",
        "Trace Korea's course on offsets between the 2018 audit and the F-35 decision.",
    ],
)
def test_a_history_between_two_events_lists_the_events_from_the_one_to_the_other(
    assistant, question
):
    # Each end is dated by the row that states it (the audit of 2018, the decision of 2023):
    # the list runs between them, and its room reaches the last.
    answer = assistant.ask(question)
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [
        int(y)
        for y in re.findall(r"^- (?:\d+ )?(?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b", answer.answer, re.M)
    ]
    assert len(lines) >= 4 and years == sorted(years)
    assert all(2018 <= y <= 2023 for y in years) and {2018, 2020, 2023} <= set(years)
    assert "F-35" in lines[-1] or any("F-35" in line for line in lines)
    assert "beef" not in answer.answer and "CSAP" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # Nothing dates a landing on the moon: the period has no far end to cut the list at.
        "How did DAPA's offset course shift between the 2018 audit and the moon landing?",
        # An end after the other is no period.
        "Trace the offset steps from the F-35 decision to the 2018 audit.",
    ],
)
def test_a_period_whose_ends_no_rows_date_in_order_is_no_span_of_events(assistant, question):
    assert assistant._ready()._event_span(question) is None


def test_a_history_since_a_year_lists_the_dated_facts_from_that_year_on(assistant):
    import re

    answer = assistant.ask("Trace what DAPA has done on offset policy since 2020.")
    # A row's month is shown where its source gives one: "- March 2020: ...".
    years = [
        int(y) for y in re.findall(r"(?:^|\s)- (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b", answer.answer)
    ]
    assert years == sorted(years) and all(y >= 2020 for y in years)
    assert {2020, 2023} <= set(years)


@pytest.mark.parametrize(
    "question",
    [
        "Year by year, how has the work of DAPA on offsets changed since the late 2010s?",
        "How have DAPA's offset practices evolved since the mid-2010s?",
    ],
)
def test_a_history_since_a_decade_is_the_dated_list_from_that_part_of_it_on(assistant, question):
    # Neither the decade nor the verb asking for a history is the topic: the agency is.
    import re

    answer = assistant.ask(question)
    years = [
        int(y) for y in re.findall(r"(?:^|\s)- (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b", answer.answer)
    ]
    assert years == sorted(years) and all(y >= 2014 for y in years)
    assert {2018, 2020, 2023} <= set(years)


def test_a_history_since_a_year_lists_every_step_from_that_year_on(assistant):
    # "Since 1984" opens the period: it is not a year each row must state.
    answer = assistant.ask("How has the offset trigger changed since 1984?")
    lines = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    years = [int(line[2:6]) for line in lines if line[2:6].isdigit()]
    assert len(years) >= 3 and min(years) >= 1984 and {1986, 2006} <= set(years)


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("What role did the 2018 audit play in DAPA's turn against offsets?", "audit"),
        ("What role did Lockheed Martin play in the satellite offsets?", "Lockheed Martin"),
    ],
)
def test_a_what_role_question_searches_its_topic_not_the_words_role_and_play(
    assistant, question, about
):
    quotes = _quotes(assistant.ask(question))
    assert about in quotes
    assert "secondary role" not in quotes  # shares the asking words, says nothing of the topic


def test_a_question_put_to_one_source_weighs_every_sentence_of_that_source(assistant):
    # Its answer may share no word with the question, and the search's best passages are mostly
    # the other sources'.
    source = "000_698068ed5c1850f6"
    ranked = assistant._ready().rank("Going by the Asia Business Daily, what is the mood?")
    every = {u.id for u in assistant.index.units.values() if u.source_id == source}
    assert {c.unit.source_id for c in ranked} == {source}
    assert every <= {c.unit.id for c in ranked}


def test_a_question_about_advantages_gets_the_sentences_that_name_them(assistant):
    from assistant.answering.sentence_kinds import BENEFIT

    answer = assistant.ask("What do buyers gain from offset banking compared with deal-by-deal?")
    # The sentences, that is: a table's rows are shown under their caption, which names them.
    naming = [
        c
        for c in answer.citations
        if BENEFIT.marked_by.search(c.quote) and not c.quote.lstrip().startswith("<")
    ]
    assert len(naming) >= 2 and "offset banking" in naming[0].quote
    assert sum("offset banking" in c.quote for c in naming) >= 2


def test_benefits_asked_in_everyday_words_are_the_sentences_that_name_them(assistant):
    # "What has it gotten out of …" is answered as "what are its benefits": the sources say
    # "benefitted" and "pivotal", never "gotten".
    answer = assistant.ask("Tell me what Korea's arms industry has gotten out of offset trade.")
    quotes = _quotes(answer)
    assert "T-50" in quotes and "submarines" in quotes


def test_a_benefit_comes_with_the_figures_its_paragraph_backs_it_with(assistant):
    # "X has benefitted from it." is backed by the next sentence's figure; the answer's room goes
    # to it before other paragraphs' points.
    answer = assistant.ask("What does Korea get from offsets, judging by its record?")
    quotes = _quotes(answer)
    assert "has benefitted from its offset program" in quotes
    assert "USD 23.2 billion" in quotes


def test_a_question_whose_only_topic_is_its_source_s_recommendations_gets_them(assistant):
    # Once the source ("the KIET study's") and the kind ("recommendations") are set aside, no
    # word is left for a sentence to share: the source's recommending section answers it.
    answer = assistant.ask("Summarize the KIET study's recommendations.")
    assert not answer.abstained
    assert {c.source_id for c in answer.citations} == {"002_b00326718e5a7ad5"}
    assert "offset banking" in answer.answer


def test_what_a_side_wants_done_comes_with_whose_point_it_is(assistant):
    # "want done" asks for recommendations; "They emphasize …" comes after the sentence saying
    # who "they" are.
    answer = assistant.ask(
        "According to the Asia Business Daily, what do defense companies want done to restore"
        " offsets?"
    )
    quotes = _quotes(answer)
    assert "industry insiders argue" in quotes
    assert "must be reestablished" in quotes


def test_each_ask_of_an_open_question_of_several_gets_its_own_best_sentence(assistant):
    # Searched whole, the "why" ask's words (KIET, Korea, use more) drown the "what is" ask's:
    # each ask is searched on its own too, and its best sentence joins the answer.
    answer = assistant.ask("What is offset banking, and why does KIET want Korea to use it more?")
    assert not answer.abstained
    assert "five years" in _quotes(answer)


def test_recommendations_are_gathered_from_each_section_that_makes_one(assistant):
    answer = assistant.ask("What changes does the KIET report urge for Korea's offset policy?")
    assert not answer.abstained
    text = (assistant.settings.sources_dir / "002_b00326718e5a7ad5.txt").read_text(encoding="utf-8")
    paragraphs = {text.count("\n\n", 0, c.start) for c in answer.citations}
    assert len(paragraphs) >= 2
    assert sum("should" in c.quote for c in answer.citations) >= 2


def test_a_follow_up_on_that_figure_asks_about_the_earlier_subject_not_its_asking_words(assistant):
    # "How far along" asks for a degree: its rare words are no topic, and "of that" is the tanker
    # pledge the first question was about, not the fighter deal's own SME exports.
    first = "Which offsets did the tanker supplier pledge to Korea?"
    earlier = assistant.ask(first)
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": earlier.answer},
    ]
    answer = assistant.ask("How far along were the small-firm exports of that by 2022?", history)
    assert not answer.abstained
    assert "10%" in answer.answer and "23.4%" not in answer.answer


def test_a_summary_of_a_side_s_objections_is_its_statement_not_a_timeline(assistant):
    answer = assistant.ask("Sum up the objections the USTR raised against Seoul's offset rules.")
    assert not answer.abstained
    assert not answer.answer.startswith("- ")  # a dated list is for a history
    assert "10 million" in answer.answer


def test_a_paragraph_opening_on_a_conclusion_comes_with_the_sentences_it_rests_on(assistant):
    answer = assistant.ask(
        "On what grounds does the Hankyung piece say Korea cannot be picked out as special?"
    )
    quotes = _quotes(answer)
    assert "special problem in this regard" in quotes
    assert "32.8%" in quotes  # the figures the conclusion rests on, in the paragraph before


def test_recommendations_leave_out_an_abstract_s_description_of_the_report(assistant):
    answer = assistant.ask("What policy changes does the research institute urge on offsets?")
    assert not answer.abstained
    assert "This report surveys" not in _quotes(answer)


def test_a_part_the_sources_leave_open_is_said_to_be_unanswered_beside_the_answered_one(
    assistant,
):
    answer = assistant.ask(
        "How many tankers did Korea buy under KC-X, and which Airbus executive signed the deal?"
    )
    assert not answer.abstained
    assert "four A330 MRTT" in answer.answer
    assert "do not answer this part of the question: which Airbus executive" in answer.answer


def test_a_report_s_recommendations_are_its_numbered_parts_each_with_its_point(assistant):
    answer = assistant.ask("What does the KIET paper advise the government to do?")
    assert not answer.abstained
    quotes = _quotes(answer)
    # Every part of the numbered section, not only those sharing the question's words.
    for part in ("(1) Maintaining the offset requirement", "(3) Transitioning to offset banking",
                 "(5) Reinforcing offset organizational resources and personnel"):  # fmt: skip
        assert part in quotes
    assert answer.answer.count("\n- ") >= 5


def test_a_question_of_many_parts_that_matches_no_sentence_whole_is_answered_part_by_part(
    assistant,
):
    # As one query the three asks match nothing well; the first is answered by the table of
    # the banking policy, and the answer starts from it.
    answer = assistant.ask(
        "When the banking scheme started, which office was put in charge, and how many years"
        " could credits be held?"
    )
    assert not answer.abstained, answer.answer
    assert "Offset Division" in answer.answer


def test_a_later_part_asks_of_the_person_the_first_part_named_by_his_further_words(assistant):
    # "he" is the spokesperson the first part finds; what he expects is in the rest of his
    # quotation, which names him only as "he".
    answer = assistant.ask(
        "Who answered for the Defense Acquisition Program Administration at the Tuesday"
        " briefing, and what does he expect next?"
    )
    assert "Jo Yong-jin" in answer.answer
    assert "will likely be discussed during the process of signing" in answer.answer


def test_a_reason_comes_with_the_further_reasons_the_story_gives_right_after_it(assistant):
    answer = assistant.ask(
        "Why, in the view of observers, did the Americans single out Seoul's offset policy in "
        "their barrier report?"
    )
    quotes = _quotes(answer)
    assert "negotiating card" in quotes
    # The next sentence gives another motive in words the question does not use.
    assert "cooperation in the shipbuilding industry" in quotes


def test_a_side_s_reaction_is_its_reported_statement_wherever_the_sources_give_it(assistant):
    # The reply shares almost no words with the question: it is found as a statement attributed
    # to the side the question names, not among the sentences most like the question.
    answer = assistant.ask(
        "What was the defence procurement agency's reaction to being named in the barrier report?"
    )
    assert not answer.abstained
    assert "Most countries utilize offset programs" in answer.citations[0].quote


def test_a_why_question_whose_stated_causes_concern_others_is_answered_about_whom_it_names(
    assistant,
):
    # The sentences that say "because" are about the program at large; the question names two
    # firms, and what is said of them answers it.
    answer = assistant.ask(
        "Why are Korea's offset packages from Airbus and Lockheed Martin regarded as falling short?"
    )
    assert not answer.abstained
    assert "implementation rate was only" in _quotes(answer)


def test_each_firm_an_open_question_names_gets_a_sentence_of_its_own(assistant):
    answer = assistant.ask(
        "Why are people unhappy with what Airbus and Lockheed Martin did on offsets?"
    )
    assert "Airbus" in answer.answer
    assert "Lockheed Martin" in answer.answer


def test_causes_one_source_gives_come_with_what_the_other_sources_say_of_the_matter(assistant):
    answer = assistant.ask(
        "Why did Korean writers think it odd that Washington named the offset program a barrier?"
    )
    assert len({c.source_id for c in answer.citations}) >= 2


def test_a_question_a_source_asks_is_answered_by_the_lines_after_it(assistant):
    # The blog asks "What's Next?" and answers it in the list that follows: the question line
    # alone says nothing.
    answer = assistant.ask("According to the blog, what happens next between Seoul and Washington?")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "this could lead to" in quotes
    assert "investment" in quotes and "concessions" in quotes


def test_what_a_question_sets_aside_is_neither_its_topic_nor_its_answer(assistant):
    # The report's offset passages are what the question is not about; what else it listed is.
    answer = assistant.ask(
        "Other than offsets, what did Washington's trade barrier report complain about in Korea?"
    )
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "beef" in quotes or "cloud" in quotes.lower()


def test_what_else_besides_a_thing_is_answered_by_the_sentences_naming_the_others(assistant):
    # The other measures are named one or two to a sentence ("… also pointed out …"), not in
    # the best sentence's paragraph; the passages about the scheme set aside are what it is not.
    answer = assistant.ask(
        "Other than the offset scheme, which Korean measures ended up in the NTE's catalogue "
        "of barriers?"
    )
    assert not answer.abstained
    quotes = _quotes(answer).lower()
    assert "beef" in quotes and "location-based data" in quotes


@pytest.mark.parametrize(
    "question",
    [
        "Apart from the offset rules, which Korean practices did the American barrier report "
        "object to?",
        "In addition to the offset policy, what other Korean barriers did the NTE cite?",
        # "Defense" alone names something else too (the Defense Business Act is one of them).
        "Besides defence offsets, which Korean measures did the trade report take issue with?",
        "Other than the offset program, what did Washington's barrier report list for Korea?",
    ],
)
def test_what_else_a_table_lists_besides_a_thing_set_aside_is_every_other_row(assistant, question):
    # The row about the thing set aside shares the most words and ranks first; the others each
    # share only the frame ("barrier in the report"), so only all of them together answer.
    answer = assistant.ask(question)
    assert not answer.abstained
    quotes = _quotes(answer).lower()
    for thing in ("beef", "cloud", "nuclear", "location-based data"):
        assert thing in quotes, thing
    assert "prioritizing domestic technology" not in quotes  # the thing set aside


@pytest.mark.parametrize(
    "question",
    [
        "Aside from the radar, what other key technologies did the F-35 maker withhold?",
        "Other than radar, what core tech did Lockheed refuse to give Korea?",
    ],
)
def test_the_rest_of_a_list_the_sources_leave_unnamed_is_not_the_deals_other_figures(
    assistant, question
):
    # The deal's other commitments are rows of the same program, not the other refused parts.
    answer = assistant.ask(question)
    assert "offset commitment" not in answer.answer


def test_a_plain_request_to_explain_a_thing_is_answered_by_a_sentence_saying_what_it_does(
    assistant,
):
    answer = assistant.ask("Could you explain what offset banking is, for a layperson?")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "offset banking allows" in quotes or "offset banking, which enables" in quotes


def test_whether_a_thing_did_any_good_is_answered_by_the_good_it_did(assistant):
    answer = assistant.ask("Has the offset system done Korea any good over the years?")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "T-50" in quotes or "23.2 billion" in quotes


def test_what_a_thing_has_done_for_someone_is_answered_by_its_benefits_not_its_dates(assistant):
    answer = assistant.ask("What have offsets done for Korean industry since their introduction?")
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "T-50" in quotes or "23.2 billion" in quotes or "submarine" in quotes


def test_how_far_promises_were_kept_is_answered_by_what_was_implemented_of_each(assistant):
    answer = assistant.ask(
        "How far have the overseas vendors honoured their offset commitments to Korea?"
    )
    quotes = _quotes(answer)
    # The sources say "implementation rate", not "promise", and name each firm the question
    # calls "vendors": each firm's paragraph gives what it did of its pledge.
    assert "the implementation rate was only" in quotes
    assert "reportedly refused to transfer" in quotes
    assert "make good on its promise" not in quotes


@pytest.mark.parametrize(
    "question",
    [
        "Did the foreign arms makers make good on their offset commitments to Seoul?",
        "How well did overseas suppliers deliver on their offset pledges to Korea? Examples please.",
        "How well have the tanker and jet makers kept their offset promises to Korea?",
    ],
)
def test_a_case_the_source_calls_the_same_as_the_last_is_another_example_of_its_point(
    assistant, question
):
    quotes = _quotes(assistant.ask(question))
    # The second firm's paragraph opens "The same applies to …": it names no promise, but what
    # follows is that firm's record of keeping it.
    assert "implementation did not occur" in quotes
    assert "reportedly refused to transfer" in quotes
    assert "23.4%" in quotes


@pytest.mark.parametrize(
    "question",
    [
        "What made it so surprising that Washington went after Seoul's offset rules?",
        "Why is it puzzling that the Americans objected to Korean offsets?",
        "Why did the US listing of Korea's offsets strike observers as odd?",
    ],
)
def test_why_a_thing_was_odd_is_answered_by_the_judgments_and_their_grounds(assistant, question):
    quotes = _quotes(assistant.ask(question))
    # Not why the Americans acted (a bargaining chip), but what made it odd: the sources'
    # judgments and the sentences after them that argue them in words of their own.
    assert "common worldwide practice" in quotes or "global practice" in quotes
    assert "fallen out of favor" in quotes or "contracting" in quotes


def test_why_a_decision_matters_is_answered_by_what_it_will_lead_to(assistant):
    answer = assistant.ask(
        "Why is the procurement agency's choice to skip offsets on the follow-on jet buy significant?"
    )
    assert "set the stage" in _quotes(answer)


def test_the_backdrop_to_a_thing_is_the_events_the_sources_set_it_among(assistant):
    answer = assistant.ask("What was the backdrop to the USTR's criticism of Korea's offsets?")
    assert "ahead of the announcement of reciprocal tariffs" in _quotes(answer)


def test_an_open_answer_s_room_holds_the_next_best_sentences_beside_those_adding_a_word(
    assistant,
):
    # The legislators' bill shares no word with the question the sentences before it lack; it
    # is the next best about the matter, and the answer has room for it.
    answer = assistant.ask("Tell me about the efforts to rewrite the law that governs offsets.")
    assert "If made law, the bill" in _quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which of Taiwan's offset practices does KIET hold up as worth emulating?",
        "What should Korea copy from Taiwan on offsets, according to KIET?",
    ],
)
def test_what_a_source_holds_up_as_a_model_is_answered_by_what_the_model_does(assistant, question):
    # The paper's list of recommendations never names Taiwan: the sentences about what Taiwan
    # does answer, whichever of its practices the paper gives as an example comes first (its
    # negotiating bodies, its published priority list).
    answer = assistant.ask(question)
    assert not answer.abstained
    quotes = _quotes(answer)
    assert "Taiwan for example has set up interdepartmental bodies" in quotes or (
        "Taiwan, for example, keeps and updates an Industrial ICP Priority List" in quotes
    )


def test_advice_just_before_the_best_recommendation_comes_with_it(assistant):
    # The insiders' "they suggest the need to" sits right before an official's "must" and ranks
    # below it: a run of advice is quoted whole.
    answer = assistant.ask(
        "Per the Asia Business Daily, what would the defense industry like done to revive offsets?"
    )
    assert "pre-value accumulation system" in _quotes(answer)


def test_why_an_actor_acted_is_answered_by_the_purposes_other_stories_give_it(assistant):
    # The question's words ("pick on", "rules") find the offset-decline paragraphs; the aims
    # observers give Washington are in another story, in words of purpose the question lacks.
    answer = assistant.ask("Why is the Trump team picking on Seoul's offset rules at this point?")
    quotes = _quotes(answer)
    assert "bargaining chip" in quotes
    assert "shipbuilding industry" in quotes


@pytest.mark.parametrize(
    "question",
    [
        "What was the Seoul government's response once the barrier report came out?",
        "How have the authorities in Korea responded to the looming US tariffs?",
    ],
)
def test_a_government_s_reaction_includes_what_it_did_not_only_what_it_said(assistant, question):
    # The meeting its head held shares no word with "response" or "responded".
    answer = assistant.ask(question)
    assert "Task Force" in _quotes(answer)
