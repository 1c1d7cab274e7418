"""A part is answered only when a statement holds what it asks and meets every constraint it
sets, in whatever words the sources use for it; what no statement meets is refused.

- "Why did it happen?" asks for a cause or a purpose: a statement that tells only what happened
  restates the question. "Why is it seen as odd?" asks for the grounds of a view, which are facts.
- "When was it due to be done?" asks for a plan, which a statement of what would be done gives.
- A figure is of a statement's subject, not of what the subject is compared with after "than".
- A time of day, a day or a month asked for is stated by few sentences: a lower one about all
  that the best is about stands in for it; so does the whole of a sentence broken across a page.
- "Besides X, which others …": the others are of X's kind, told where X is told.
"""

from __future__ import annotations

import pytest

from assistant.answering.answerability import Entities, finer_date, one_of_unnamed, unmet
from assistant.answering.frame import frame_of
from assistant.answers import Answer, Citation


def _answer(text: str, *quotes: str) -> Answer:
    citations = [
        Citation(marker=i, source_id=f"s{i}", title="t", quote=q, start=0, end=len(q))
        for i, q in enumerate(quotes, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations)


def _said(sentence: str) -> Answer:
    return _answer(f"{sentence} [1]", sentence)


# Why something happened


def test_why_it_happened_is_not_answered_by_what_happened():
    frame = frame_of("Why did the growers ship so little of their pledged quota?")
    shortfall = "By 2021 the growers had shipped only 40% of the pledged quota."
    problem = unmet(frame, _said(shortfall))
    assert problem is not None and "no reason" in problem.reason


@pytest.mark.parametrize(
    "cause",
    [
        "The growers shipped only 40% of the quota because the harbour was shut for a year.",
        "Shipments stalled following a blight that hit the northern valleys.",
        "The growers held back stock in a bid to raise prices abroad.",
    ],
)
def test_why_it_happened_is_answered_by_a_stated_cause_or_purpose(cause):
    frame = frame_of("Why did the growers ship so little of their pledged quota?")
    assert unmet(frame, _said(cause)) is None


def test_what_caused_it_asks_for_a_cause_as_why_does():
    frame = frame_of("What caused the growers to ship so little of their pledged quota?")
    shortfall = "By 2021 the growers had shipped only 40% of the pledged quota."
    assert unmet(frame, _said(shortfall)) is not None
    cause = "Shipments stalled following a blight that hit the northern valleys."
    assert unmet(frame, _said(cause)) is None


def test_a_hyphenated_compound_is_no_view_whose_grounds_are_asked():
    # "support" and "view" inside a compound name a kind of thing, not what someone thinks.
    shortfall = "By 2021 the shipyard had delivered only 2% of its crew-support pledges."
    for question in (
        "Why did the shipyard deliver so little of its crew-support pledges?",
        "Why did the port's sea-view berths stay empty?",
    ):
        assert unmet(frame_of(question), _said(shortfall)) is not None, question
    # The same word on its own still asks about a view.
    assert unmet(frame_of("Why does the board support the shipyard?"), _said(shortfall)) is None


def test_a_body_explaining_that_something_happened_gives_no_cause_of_it():
    frame = frame_of("Why has the ministry stopped approving levy waivers since 2015?")
    reported = "The trade board explains that since 2015 the ministry has approved no waivers."
    assert unmet(frame, _said(reported)) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Why do analysts see the growers' shipments as a failure?",
        "Why did observers find the low shipments surprising?",
        "Why does the board criticise the growers' quota?",
        "Why are the growers unhappy with the new quota?",
        "Why is it puzzling that the board cut the quota?",
    ],
)
def test_why_a_view_is_held_is_answered_by_the_facts_it_rests_on(question):
    facts = "By 2021 the growers had shipped only 40% of the pledged quota."
    assert unmet(frame_of(question), _said(facts)) is None


# A plan asked as a plan


def test_when_an_event_was_due_is_answered_by_when_it_was_to_happen():
    frame = frame_of("At what time was the levy ruling due to be announced?")
    plan = "The court plans to announce the ruling at 10 AM on 3 May."
    assert unmet(frame, _said(plan)) is None


@pytest.mark.parametrize(
    "question",
    [
        "When was the levy ruling scheduled to be made public?",
        "On which day was the levy ruling expected to be read out?",
    ],
)
def test_a_plan_asked_in_other_words_is_answered_by_the_plan(question):
    plan = "The court plans to announce the ruling at 10 AM on 3 May."
    assert unmet(frame_of(question), _said(plan)) is None


def test_when_an_event_happened_is_still_not_answered_by_a_plan():
    frame = frame_of("At what time was the levy ruling announced?")
    plan = "The court plans to announce the ruling at 10 AM on 3 May."
    problem = unmet(frame, _said(plan))
    assert problem is not None and "planned" in problem.reason


# The subject of a compared figure


def _countries(kind: str, text: str) -> frozenset[str]:
    known = ("Korea", "Peru", "Chile", "Bolivia")
    found = frozenset(n.lower() for n in known if n in text)
    return found if kind == "countries" else frozenset()


def test_a_figure_is_of_the_subject_not_of_the_others_it_is_compared_with():
    frame = frame_of("What share of the harvest must growers sell locally in Peru?")
    compared = (
        "Peru's scheme requires growers to sell 30% of the harvest locally, lower than Chile "
        "and Bolivia, which ask for more."
    )
    assert unmet(frame, _said(compared), Entities(subjects=_countries)) is None


def test_a_home_figure_compared_with_others_is_the_home_country_s():
    # The sources are about the home country unless they say otherwise: the scheme is its own,
    # named in the sentence before; the others stand only in the comparison.
    frame = frame_of("What share of the harvest must growers sell locally in Korea?")
    unnamed = (
        "The scheme also requires growers to sell 30% of the harvest locally, lower than Chile "
        "and Bolivia, which ask for more."
    )
    assert unmet(frame, _said(unnamed), Entities(subjects=_countries)) is None


def test_a_figure_stated_of_another_after_the_comparison_is_still_another_s():
    frame = frame_of("What share of the harvest must growers sell locally in Peru?")
    theirs = "Unlike the old rules, Chile now requires growers to sell 30% of the harvest locally."
    problem = unmet(frame, _said(theirs), Entities(subjects=_countries))
    assert problem is not None and "Peru" in problem.reason


# The finer date a question asks for


@pytest.mark.parametrize(
    ("question", "stated", "coarser"),
    [
        ("At what time did the ferry sail?", "It sailed at 6 PM.", "It sailed in May 2020."),
        ("On which day did the ferry sail?", "It sailed on 4 May 2020.", "It sailed in 2020."),
        ("In what month did the ferry sail?", "It sailed in May 2020.", "It sailed in 2020."),
    ],
)
def test_the_finer_date_asked_for_is_told_from_a_coarser_one(question, stated, coarser):
    finer = finer_date(question)
    assert finer is not None
    assert finer.search(stated) and not finer.search(coarser)


def test_a_question_for_a_year_asks_for_no_finer_date():
    assert finer_date("When did the ferry first sail?") is None
    assert finer_date("What time frame does the levy cover?") is None


# The others of a thing set aside


def test_a_thing_named_as_one_of_a_set_whose_rest_goes_unnamed():
    said = "The port refused three partner yards, including Nordwerft."
    assert one_of_unnamed(said, "Nordwerft")
    assert not one_of_unnamed(said, "Baltwerk")


def test_a_thing_named_with_all_the_rest_of_its_set_is_not_one_of_unnamed():
    said = "The port refused two partner yards, including Nordwerft and Baltwerk."
    assert not one_of_unnamed(said, "Nordwerft")
    assert not one_of_unnamed("Nordwerft was refused a berth.", "Nordwerft")


# Against the sources (slow: the built index)


def test_a_time_of_day_asked_is_found_below_sentences_that_only_tell_of_the_event(assistant):
    answer = assistant.ask(
        "In Korean time, at what hour were the new US tariffs scheduled to be made public?"
    )
    assert not answer.abstained
    assert "4 AM" in answer.answer


def test_the_whole_of_a_sentence_broken_across_a_page_answers_what_its_first_piece_omits(
    assistant,
):
    answer = assistant.ask(
        "How much is the F-35 second phase worth, the deal where DAPA sought no offsets?"
    )
    assert not answer.abstained
    assert "KRW 4 trillion" in answer.answer


def test_the_others_of_a_thing_set_aside_are_not_the_same_deal_s_other_figures(assistant):
    answer = assistant.ask(
        "Other than the radar, what further core technologies did Lockheed Martin withhold?"
    )
    assert answer.abstained


def test_why_a_firm_under_delivered_is_refused_when_the_sources_only_give_the_shortfall(
    assistant,
):
    answer = assistant.ask("What caused Airbus to deliver so little of its tanker offsets? Why?")
    assert answer.abstained


def test_why_offsets_fell_is_still_answered_by_the_reasons_given(assistant):
    answer = assistant.ask("Why did Korea's offset intake shrink so much after 2015?")
    assert not answer.abstained


# The same constraints, stated with a word that insists on them or narrows them


@pytest.mark.parametrize("adverb", ["exactly", "precisely", "really"])
def test_why_exactly_asks_for_a_cause_as_why_does(adverb):
    frame = frame_of(f"Why {adverb} did the growers ship so little of their pledged quota?")
    shortfall = "By 2021 the growers had shipped only 40% of the pledged quota."
    assert unmet(frame, _said(shortfall)) is not None
    cause = "The growers shipped only 40% of the quota because the harbour was shut for a year."
    assert unmet(frame, _said(cause)) is None


@pytest.mark.parametrize(
    "question",
    [
        "What conclusions did the harbour board's 2019 audit come to?",
        "What specific findings did the 2019 harbour audit reach?",
        "What results did the board's 2019 audit of the fund produce?",
    ],
)
def test_a_finding_named_before_its_body_is_asked_as_what_was_found(question):
    held = "Since the board audited the fund in 2019, the port has sought to close it."
    problem = unmet(frame_of(question), _said(held))
    assert problem is not None and "took place" in problem.reason
    found = "The board's 2019 audit found that the fund had paid out twice for one berth."
    assert unmet(frame_of(question), _said(found)) is None


def test_a_kind_of_deal_named_by_its_code_is_a_part_of_the_period_s_deals():
    frame = frame_of("How much did the navy spend on FMS purchases during 2014-2018?")
    whole = "From 2014 to 2018, the navy imported USD 9 billion worth of ships."
    problem = unmet(frame, _said(whole))
    assert problem is not None and "2014–2018" in problem.reason
    kind = "From 2014 to 2018, FMS purchases made up USD 6 billion of the navy's imports."
    assert unmet(frame, _said(kind)) is None
    # A country's or a currency's code says whose deals or in what money, not which.
    for question in (
        "How much did the navy spend on KRW purchases during 2014-2018?",
        "How much did the navy spend on USA purchases during 2014-2018?",
    ):
        assert unmet(frame_of(question), _said(whole)) is None, question


def test_a_year_a_question_names_is_not_stated_by_a_stretch_it_only_ends():
    frame = frame_of("What was the 2017 export figure on its own?")
    joined = "Over 2017 to 2018, the growers exported USD 40 million of fruit."
    problem = unmet(frame, _said(joined))
    assert problem is not None and "2017–2018" in problem.reason
    # The year written on its own, beside the stretch, states it.
    alone = f"{joined[:-1]}, of which USD 15 million in 2017."
    assert unmet(frame, _said(alone)) is None
    # Nor is a stretch the question itself asks about refused.
    asked = frame_of("What was the fruit figure for 2017-2018?")
    assert unmet(asked, _said(joined)) is None


@pytest.mark.parametrize(
    "question",
    [
        "How much fruit did the growers export from 2017 on?",
        "What fruit exports did the growers make since 2017?",
        "How did fruit exports fare from 2017 onwards?",
    ],
)
def test_a_year_that_opens_an_asked_time_is_met_by_a_stretch_it_begins(question):
    # "From 2017 on" asks about a time that starts then: a stretch from 2017 is about it, not
    # a figure for 2017 alone.
    joined = "Over 2017 to 2018, the growers exported only USD 40 million of fruit."
    assert unmet(frame_of(question), _said(joined)) is None


def test_a_claim_restating_a_partly_listed_set_is_answered_by_it():
    # The claim states the set as the sources give it and asks for none of its members: the
    # statement listing only some answers it. Asked for the members, it still does not.
    said = _said("The port refused three partner yards, including Nordwerft.")
    claim = "The port turned down three partner yards, Nordwerft among them, right?"
    assert unmet(frame_of(claim), said) is None
    asked = unmet(frame_of("Which were the three partner yards the port refused?"), said)
    assert asked is not None and "Nordwerft" in asked.reason


def test_a_claim_naming_a_member_the_sources_do_not_list_is_still_unmet():
    said = _said("The port refused three partner yards, including Nordwerft.")
    claim = "The port turned down three partner yards, Baltwerk among them, right?"
    assert unmet(frame_of(claim), said) is not None
