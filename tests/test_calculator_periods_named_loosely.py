"""Calculations on the period figures of the tables, asked in words that name the periods, the
share or the asked span loosely: one span by its years and the other by its length beside it
("the four years before", "the prior five years"), two spans only by a shared length ("both
five-year stretches"); a share the sources state that the question asks worked out again from
the two amounts; the span asked after a sentence that gives the inputs "for" their periods; and
whose figures they are, named as an adjective ("the Yonhap numbers")."""

from __future__ import annotations

from routed import requests_of as _requests

from assistant.answering.attribution import attributed
from assistant.answering.routing import route
from assistant.knowledge.sources import load_metadata
from assistant.settings import Settings

# ------------------------------------------------- a span named by its length beside another


def test_a_span_named_by_years_and_the_one_before_it_by_length(data):
    requests = _requests(
        "Korea's 2016-2020 offsets against the prior five years: what percentage slide is that?",
        data,
    )
    assert {r["operation"] for r in requests} == {"percent_change"}
    assert requests[0]["old"].startswith("USD 799")


def test_a_span_before_named_after_its_length(data):
    requests = _requests(
        "By what percent did offsets for 2016-2020 shrink relative to the five years before?",
        data,
    )
    assert requests[0]["operation"] == "percent_change"


def test_two_spans_named_only_by_one_length(data):
    requests = _requests(
        "Across both five-year stretches of offset value the tables hold, what was the percent "
        "slide?",
        data,
    )
    assert requests[0]["operation"] == "percent_change"
    assert requests[0]["old"].startswith("USD 799")


def test_the_won_figures_of_spans_named_by_length(data):
    (change,) = _requests(
        "In won terms, how big a percentage slump did 2016-2020 offsets show on the preceding "
        "five years?",
        data.stated_by(("000_698068ed5c1850f6",)),
    )
    assert change["old"].startswith("KRW") and change["new"].startswith("KRW")


def test_a_length_that_is_not_the_named_span_s_finds_no_span(data):
    # Offsets for 2016-2020 beside "the previous three years": no span of three years ends
    # in 2015 in the tables, and a five-year span is not three years.
    assert (
        route(
            "How far in percent did 2016-2020 offsets slip against the previous three years?", data
        )
        is None
    )


def test_a_loose_span_with_no_figure_asked_is_the_sources_comparison(data):
    # No percentage, ratio or amount asked: the sources compare the spans in words themselves.
    assert route("How far did 2016-2020 offsets sink next to the five years before?", data) is None


def test_a_span_length_with_no_change_asked_is_no_calculation(data):
    assert route("What were offsets in the two five-year periods?", data) is None


# ------------------------------------------------- a stated share asked worked out again


def test_a_stated_share_asked_computed_from_the_amounts(data):
    (share,) = _requests(
        "Of US arms bought over 2011-2022, calculate the FMS share from the won amounts given.",
        data,
    )
    assert share["operation"] == "share_of"
    assert (share["part"], share["whole"]) == ("KRW 25 trillion", "KRW 33.8 trillion")


def test_a_stated_share_asked_plainly_is_read_from_the_source(data):
    assert route("Over 2011-2022, what share of US arms buys went through FMS?", data) is None


# ------------------------------------------------- the span asked after the inputs' sentence


def test_the_span_asked_is_the_last_sentence_s_not_the_inputs(data):
    (difference,) = _requests(
        "The tables hold a sum for 2016-2022 and a figure for 2021-2022. Derive what they imply "
        "for 2016-2020.",
        data,
    )
    assert difference["expression"].endswith("− USD 270 million")


def test_one_sentence_asking_for_a_span_still_reads_its_lead(data):
    (difference,) = _requests(
        "What does the 2016-2022 total less 2021-2022 imply for 2016-2020 offsets?", data
    )
    assert difference["expression"].endswith("− USD 270 million")


# ------------------------------------------------- whose figures, named as an adjective


def _called():
    meta = load_metadata(Settings().sources_dir)
    return {k: v.called for k, v in meta.items()}


def test_a_source_named_before_its_figures_attributes_them():
    named = attributed("Taking the Yonhap numbers, how far did offsets fall?", _called())
    assert named is not None and named.sources == ("001_4df862b2e8f3b0fd",)


def test_figures_of_a_thing_that_is_no_source_attribute_nothing():
    assert attributed("Taking the FMS numbers, how far did buys fall?", _called()) is None
