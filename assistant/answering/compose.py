"""Extractive answers: pick the 1–4 source sentences that answer a question and cite each.

No language model: sentences are scored by how much of the question they cover (IDF-weighted
terms, with half credit for the sentence just before them), by dense similarity, and by whether
they carry what the question asks for (a number, a date, a name). When relevant sentences give
different money figures for the same anchors (a period, a program), the answer says the sources
disagree and cites each.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache, partial
from typing import Any, TypeVar, cast

from assistant.answering.agent_nouns import met_as_act
from assistant.answering.answerability import (
    BARE_ASK,
    Entities,
    Unmet,
    claims_of,
    date_precision,
    dates_a_moment,
    figure_for,
    finer_date,
    has_type,
    leaning_on_unanswered,
    merge,
    one_of_unnamed,
    opened_years,
    opening_date,
    runs_since,
    unanswered_parts,
    unmet,
)
from assistant.answering.attribution import (
    Attribution,
    asked_of_each,
    attributed,
    names_a_source,
)
from assistant.answering.bodies_described import bodies_described, initialled
from assistant.answering.bylines import (
    Byline,
    asks_of_writer,
    asks_of_writers,
    asks_writer,
    block_end,
    byline_lines,
    byline_of,
    credit_asked,
    first_only,
    gives_credit,
    named_writers,
)
from assistant.answering.citations import CitationList
from assistant.answering.claimed_subject import other_subject
from assistant.answering.claims import (
    CLAIM,
    NamesByKind,
    asking_for,
    changed_from,
    claim_statement,
    claimed_side,
    claimed_time,
    first_time_verdict,
    judge,
    of_now,
    of_parties,
    part_verdicts,
    parties_named,
    same_change,
    stated_figures,
    states_kind,
    unsupported_cause,
    when_stated,
)
from assistant.answering.commentators import asks_onlookers_reading, voices_onlookers
from assistant.answering.contract_reference import describes_by_a_contract
from assistant.answering.counted_alike import current_meaning, reading_meaning
from assistant.answering.country_rule_asked import OTHER_ATTRIBUTE, country_rule_subject
from assistant.answering.described import without_origins
from assistant.answering.discourse import (
    backs_claim,
    carries_on,
    concludes,
    credits_figure,
    signposts,
)
from assistant.answering.enumerations import with_enumerations
from assistant.answering.extremes import extreme_asked, most_extreme
from assistant.answering.figures import figures, untraced, without_markers
from assistant.answering.followup import asks_as_before, person_referred
from assistant.answering.frame import (
    BY_WORLD_MEASURE,
    SPEAKS_FOR,
    WEIGHT_ASKED,
    WEIGHT_WORDS,
    YEAR,
    Frame,
    answer_type,
    as_asked,
    asked_noun,
    asks_of_topic,
    asks_position,
    asserted_kinds,
    body_noun_as_body,
    body_noun_asked,
    class_nouns,
    described_as_named,
    event_ends,
    frame_of,
    given_names_text,
    group_size_named,
    introduction_named,
    kind_nouns,
    opening_words,
    opening_year,
    over_time,
    over_time_verbs,
    period_mentions,
    referents_put_in,
    split_parts,
    threshold_named,
    wh_head_noun,
    without_register,
)
from assistant.answering.gate_words import (
    presentation_words,
    source_descriptions,
    source_names_in,
)
from assistant.answering.known_deals import figure_written_in, tells_an_unreported_deal
from assistant.answering.lengths_so_far import SPAN_TOLD, asks_length_so_far
from assistant.answering.named_claims import names_verdict
from assistant.answering.named_sides import NamedSide, named_side
from assistant.answering.nearest_written import WrittenNeighbours, bridged
from assistant.answering.others_asked import asks_others, set_aside, without_set_aside
from assistant.answering.outline import (
    Part,
    Section,
    numbered_parts,
    outline_of,
    paragraph_leads,
    points_of,
    section_around,
)
from assistant.answering.own_words import QUOTATION, voice
from assistant.answering.paragraph_topic import paragraph_topic
from assistant.answering.part_meant import part_meant
from assistant.answering.parts_in_scope import split_by_scope
from assistant.answering.parts_of_whole import asks_for_parts, parts_gap, whole_and_parts
from assistant.answering.passage_gaps import gaps_filled
from assistant.answering.patterns import WH_WORDS, words
from assistant.answering.per_source import (
    asks_figure,
    one_ask,
    per_source,
    sources_in_order,
    unit_fits,
)
from assistant.answering.period_figures import figure_times_quoting
from assistant.answering.program_holders import Mispairing, mispaired
from assistant.answering.programs_asked import described_program_named, row_weights
from assistant.answering.publishers_described import describes_research_body, research_publisher
from assistant.answering.rankings import (
    Constraints,
    Entry,
    RankedTable,
    Superlative,
    chosen_table,
    joined,
    names_extreme,
    order,
    ranked_tables,
    ranking_figure_words,
    shown_tiers,
    superlative_asked,
)
from assistant.answering.referent import answering_name
from assistant.answering.replies_asked import reply_stand_in
from assistant.answering.reply_events import (
    PLACE_KINDS,
    SPEAKING_KINDS,
    Setting,
    matter_met,
    matter_names,
    reply_asked,
)
from assistant.answering.row_answers import (
    Fact,
    FactBook,
    ScoredFact,
    disagree,
    earliest_first,
    render,
    rule_rows_at_times,
    rule_steps_over_time,
)
from assistant.answering.row_labels import labels_quoting
from assistant.answering.scope import Scope, ScopeChecker, adjective_forms
from assistant.answering.self_descriptions import asks_of_itself, describes_itself
from assistant.answering.sentence_kinds import (
    CAMPS,
    CAUSE,
    DEBATE,
    MOTIVE,
    RECOMMENDATION,
    SIGNIFICANCE,
    SentenceKind,
    announces_list,
    asked_kind,
    asking_words,
    calls_by_name,
    names_a_statement,
    without_asking,
)
from assistant.answering.series_asked import asks_each_time, series, without_each_time
from assistant.answering.sides_asked import (
    asks_sides,
    currencies_asked,
    derivations,
    named_sources,
    periods_of,
    render_sides,
    side_words,
    sides_of,
)
from assistant.answering.sides_by_kind import head, side_asked, spoken_of
from assistant.answering.sides_wanted import sides_asked_alone
from assistant.answering.source_figures import states_pledge
from assistant.answering.speakers import (
    advised,
    asks_who_reported,
    leans_back,
    report_author,
    reports_speech,
    speaker,
    speaker_of,
    speaker_words,
    spoken_by_another,
    unnamed_speaker,
    without_speaker,
)
from assistant.answering.spelling import is_question_typo
from assistant.answering.stretches import period_written, stretch_written
from assistant.answering.synthesis import account_asked, fact_wanted, figure_values
from assistant.answering.typed_evidence import TYPED_DEPTH, Evidence, typed_stand_in
from assistant.answering.unwritten_words import met_but_for_unwritten
from assistant.answering.verdict_lead import led_by_deciding
from assistant.answering.wholes import whole_first
from assistant.answering.year_story import asks_year_events, of_the_year, year_told
from assistant.answers import Answer, Citation
from assistant.knowledge.chunks import Unit, is_dateline, is_heading
from assistant.knowledge.disagreements import Disagreement, Side, sides_cited, stands_on
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table, phrases_of
from assistant.knowledge.origins import origins
from assistant.knowledge.rows import CountryPolicy, OffsetRule, PolicyEvent, Row, TimelineEvent
from assistant.knowledge.spans import PERIOD
from assistant.quantities import (
    COUNT_WORDS,
    NUMBER_WORDS,
    SOURCE_CURRENCY_WORDS,
    find_money,
    lex,
)
from assistant.regex import lazy
from assistant.search.index import KnowledgeIndex
from assistant.search.retrieval import hybrid_search
from assistant.search.terms import (
    FRAMING_WORDS,
    QUESTION_WORDS,
    SUMMARY_FRAMING,
    Lexicon,
    is_amount_term,
    is_year,
)
from assistant.search.weight_sums import total_weight
from assistant.wording import say

# A word written in capitals, as initials are ("DAPA", "USTR").
_INITIALS = lazy(r"\b[A-Z]{2,}\b")
_NUMBER_Q = words(
    r"how (much|many|large|big|high|low)|percent|percentage|share|proportion|rate|value|amount|"
    r"threshold|figure|worth|total|cost|size|number of|how long|minimum|maximum|min|max|"
    r"at least|at most|ceiling|floor|cap"
)
_DATE_Q = words(r"when|what year|which year|what date|what month|since when|what (?:week)?day")
_WHO_Q = words(
    r"who|which (company|companies|agency|firm|contractor|countries|country|ministry|official|lawmaker)"
)
# A body the name table does not list, by the shape of its name: capitalised words ending in a
# noun for a body ("the Harbour Safety Board", "its Levy Division") or such a noun "of" a name
# ("Ministry of Fisheries"). Capitalised only: "the division in charge" names none.
_BODY_NOUNS = (
    r"Agency|Ministry|Administration|Office|Department|Division|Committee|Commission|Council|"
    r"Institute|Alliance|Association|Bureau|Board|Service|Authority|Federation|Organi[sz]ation|"
    r"Cent(?:er|re)|Foundation|Team|Directorate|Secretariat"
)
_BODY_NAME = lazy(
    r"(?<![\w-])(?!(?:The|A|An|This|That|These|Its|Their|Each|Every|Our|No)\s)"
    rf"(?:[A-Z][\w'’-]*\s+(?:(?:&|and|of|for|on)\s+)?){{1,5}}(?:{_BODY_NOUNS})\b"
    rf"|\b(?:{_BODY_NOUNS})\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
)
_BODY_NOUN = lazy(rf"\b(?:{_BODY_NOUNS})\b")
# The wh-nouns that ask for a body of any kind ("which body", "what organisation").
_ANY_BODY = (
    "body bodies organisation organisations organization organizations institution institutions"
)
# The nouns for a part of a body, each of which everyday speech uses for any of them.
_BODY_PARTS = "office offices division divisions department departments team teams bureau bureaus"
# A question for what a thing is called ("what does the ministry call it", "what is the scheme
# known as"), with the word that asks it.
_NAME_ASKED = lazy(
    r"\b(?:what|which)\b[^?.;]{0,80}?\b(?P<verb>call(?:s|ed)?|term(?:s|ed)?|dub(?:s|bed)?|"
    r"known as|referred to as|named)\b",
    re.I,
)
# A table row's label saying that its cells give names ("Alternative name of policy").
_NAMING_LABEL = lazy(r"\b(?:names?|called|terms?|known as|titles?)\b", re.I)


def _row_label(unit: Unit) -> str:
    """What a table row is about: its label, after the table's caption and before its cells."""
    row = unit.text.partition(_ROW_LABEL)[2] or unit.text
    return row.partition(": ")[0]


# How far below the best sentence one naming a body of the asked kind may score and still lead
# the answer to "which committee …": the best, naming none, only shares the matter's words.
_BODY_ASKED_FLOOR = 0.75
# Where a table row's shown text turns from its table's caption to the row itself.
_ROW_LABEL = " — "
# Sentences stating amounts in the asked currency stand in for better-scoring ones in another
# currency when they score at least this share of the best.
_CURRENCY_FLOOR = 0.5
# The name-table kinds (knowledge/names.yaml) that name each kind of answer; "agent" ("who") is
# a person or an organisation.
_NAME_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("people",),
    "company": ("companies",),
    "organisation": ("organisations", "companies"),
    "country": ("countries", "parties"),
    "agent": ("people", "organisations", "companies"),
}
# The kinds of the name table that are proper names.
_PROPER_NAME_KINDS = ("programs", "countries", "parties", "companies", "organisations", "people")
# The kinds of name a question's subject may be, beside countries (checked on their own).
_SUBJECT_KINDS = ("people", "organisations", "companies")
_CLAIM_KINDS = (*_SUBJECT_KINDS, "countries")
# The kinds of name that name a thing an open question may be about in words its sentences do
# not use ("the refuelling-aircraft order" for the sentences on Airbus): deals and their firms.
# Agencies and people are as often who says a thing ("what does the institute hold up as a
# model") as what it is about.
_THING_KINDS = ("programs", "companies")
# The kinds of name a follow-up may put in place of the earlier question's ("And Chile?").
_SWAPPABLE_KINDS = (*_CLAIM_KINDS, "programs", "categories")
# How far back the head of a sentence cut by a page break is looked for: the footnotes between
# them are units of their own.
_HEAD_REACH = 30
_FIGURE_ONLY = lazy(r"[\d.,]+")
# How many times deeper a question about one source searches.
_ONE_SOURCE_DEPTH = 4
# How many sentences a synthesis gathers from other sections and sources (``_gathered``).
_GATHERED = 2
# How many sentences a synthesis adds to finish the paragraphs it opens (``_paragraphs_finished``).
_FINISHED = 3
# How many sentences before a gathered one in its paragraph set its topic (``_terms_in_setting``).
_SETTING_REACH = 2
# A term so common in the sources (below this idf) names no topic of its own.
_TOPIC_IDF = 1.0
# How many passages a search for the name of the kind of sentence asked for adds: the readable
# sets score the same at 12 and 16, and one to two cases lower at 6 or 8, where a benefit asked
# in everyday words ("what has it done for the yards") misses the passage naming the gains.
_KIND_NAME_DEPTH = 12
# How far before a quote its setting is looked for (a few news paragraphs).
_SETTING_CHARS = 1000
# The conduct a question for a response takes as given: "for refusing the transfer", "for not
# paying", "over the missed deadline", "after failing the audit".
_PREMISE = lazy(
    r"\b(?:for\s+(?:not\s+)?\w+ing|(?:over|after|following)\s+(?:(?:the|its|their|his|her)\s+)?"
    r"(?:missed|failed|broken|unmet|unfulfilled|late|delayed|\w+ing)|because)\b[^?]*",
    re.I,
)
# How far from a person's name a word of their role stands: "Jo Min-ho, spokesperson of …",
# "trade envoy Park Se-ri" (a few words, not the rest of the sentence).
_ROLE_REACH = 30
# A dated list (a summary) holds at most this many rows, each covering this much of the question.
_LIST_LENGTH = 8
_LIST_COVERAGE = 0.3
# Share of what names one end of a period ("the 2019 inquiry") a dated row must state to date it.
_END_COVERAGE = 0.5
# A claim that the program itself began at some time: "the offset program dates from",
# "the offset system was introduced in", "the scheme started in".
_PROGRAM_START = lazy(
    r"\boffset\s+(?:trade\s+)?(?:program(?:me)?|policy|system|scheme|regime)\b[^?.]{0,40}?"
    r"\b(?:dates?\s+(?:back\s+)?(?:from|to)|began|begun|started|introduced|launched|created|"
    r"established|set up|in place since)\b",
    re.I,
)
# A claim that a figure has held since the scheme's first day: "all along since its launch",
# "from the very outset".
_START_CLAIM = lazy(
    r"\b(?:ever since|since|from|at)\s+(?:the\s+|its\s+)?(?:very\s+)?"
    r"(?:start|outset|beginning|inception|launch|introduction|program\s+(?:began|started))\b"
    # Only the program's own start: "ever since the agency was created" starts something else.
    r"|\b(?:ever since|all along since|always)\s+(?:it|they|(?:the|its)\s+(?:offset\s+)?"
    r"(?:program(?:me)?|policy|system|scheme|regime|rules?))\s+(?:(?:was|were|first)\s+)*"
    r"(?:began|begun|started|introduced|launched|created)\b",
    re.I,
)
# Words for a program's terms as a whole ("its rules", "the requirements", "the regime"): no row
# states them, and asked with a history they ask for every step of the policy, not for the rows
# that share some other word of the question ("Korea", "required" of an unrelated law).
# How many words from a topic a list's "and" may stand: "the toll floor and its rate".
_LISTED_REACH = 3
_RULES_Q = words(
    r"rules?|polic(?:y|ies)|requirements?|regime|(?<!in )terms(?! of)|conditions|regulations?"
)
# How many of the question's words the best sentence of a source it names must share to be that
# source's side when the question asked of it alone finds no answer (``_each_source_named``): one
# is a name or a common word ("report"), two are the matter.
_SOURCE_SIDE_HITS = 2
# How many statements of a side asked alone stand as its own (``_each_side_wanted``): its lead
# and the one that goes on from it.
_SIDE_LEAD = 2
# How far below the best row about something else a list of the other things may rank: their
# rows share only the question's frame ("other barrier in the report"), the best one its topic too.
_OTHER_ROWS_SPREAD = 0.8
# ... and how far below the best sentence: a list as good as the sentences that name the things.
_OTHER_ROWS_RIVAL = 0.9
# Share of the question a row about the thing set aside covers when it says all the question
# asks ("four parts refused, the radar among them"): nearly all of it, as the rule was written.
# Every value from 0.5 (what it was once silently set to) to 0.9 gives the same answers to every
# readable question that reaches the rule (27, 12 of them with a row between the two): a row
# covering less goes on to the narrowing below and comes to the same answer.
_ASIDE_WHOLE_COVERAGE = 0.9
# Share of the question a data row's own statement must cover to answer it.
_LABEL_COVERAGE = 0.2
_PERSON_Q = words("who")
# "What did the minister tell reporters about it": the words said, which a row of the time line
# ("the minister speaks at a briefing") only dates.
_SAID_Q = lazy(
    r"\bwhat\b(?:\s+\S+){1,10}?\s+(?:say|said|tell|told|state|stated|remark|remarked|"
    r"comment|commented|reply|replied|respond|responded)\b",
    re.I,
)
# "What did she pledge the growers?": what a person promises is said in their own words ("we
# will ..."), which a row of the time line only dates. A firm's or a government's promise is a
# package of figures, which the rows state. As far from "what" as ``_SAID_Q`` reaches.
_PROMISE_Q = lazy(r"\bwhat\b(?:\s+\S+){1,10}?\s+(?:promis|pledg|vow)\w*", re.I)
_HAS_NUMBER = lazy(
    r"\d+(?:[.,]\d+)?\s?(%|percent|million|billion|trillion|pages|cases|units|items|companies|countries|contracts|aircraft)|\$\s?\d|\b(USD|KRW)\s?\d|\d\s?(USD|KRW|won)\b"
)
_WHY_Q = words(
    r"why|for what reason|what (is|was|['’]s) behind|motivation|motive|aim(ed|s)? (at|to)|purpose|"
    r"meant to|intended to|"
    # "the ministry's case for a pause", "what made the council hesitant": a side's grounds
    # for its course, asked without "why", are the causes the sources give of it.
    r"(?:case|arguments?) for|what (?:makes|made) (?:[\w'’-]+ ){1,4}?(?:reluctant|wary|hesitant|"
    r"unwilling|cautious|skeptical|sceptical|keen|eager|willing)|" + WEIGHT_ASKED
    # "What makes the levy such a big deal": what gives a thing its weight.
)
_WEIGHT_WORDS = lazy(WEIGHT_WORDS, re.I)
_WEIGHT_ASKED = lazy(WEIGHT_ASKED, re.I)
# A sentence advising a side the question asks the grounds or the position of weighs this much
# of its score: advice to the side is no ground or stance of its own, though it names the side
# and the course.
_ADVICE_TO_SIDE_PRIOR = 0.8
# Connectives that give a cause or a purpose, in any text.
_CAUSE = words(
    r"because|due to|owing to|in a bid to|in order to|so as to|so that|aimed at|aims? to|"
    r"designed to|intended to|reasons?|stems? from|driven by|motivat\w*|as a (result|measure|way)|"
    r"led to|leads? to|lead to|resulted in|therefore|thus|hence|consequently|given that|amid|"
    r"seen as|interpreted as|viewed as|leverage|pressure"
)
# Verbs that attribute a statement or a stance to someone.
_ATTRIBUTION = words(
    # Not the "States" of "the United States", which attributes nothing.
    r"said|says|stated|(?<!united )states|argued|argues|claimed|claims|noted|notes|pointed out|"
    r"according to|critici[sz]ed|critici[sz]es|complained|countered|responded|explained|"
    r"emphasi[sz]ed|stressed|insisted|urged|called for|maintained|contended|added|"
    r"spokesperson|official"
)
_ANY = words(r"any|anything|much")
# The words asking for a definition around the thing to define: "could you explain what",
# "is", "mean".
_DEFINED_THING = lazy(
    r"\b(?:could|can|would|you|please|explain|describe|define|tell|me|about|what|does|do|is|"
    r"are|was|an?|the|mean|means|meant|by|stands?|for|short)\b|[^\w\s'’-]",
    re.I,
)
_DEFINE_Q = lazy(
    r"^\s*(what (is|are|was) (an? |the )?[\w-]+( [\w-]+){0,2}\s*\??\s*$|tell me about|define|explain|describe)"
    r"|\b(stands? for|short for)\b"
    # "could you explain what a levy is", "what does a levy mean"
    r"|\b(?:explain|describe) what\b|\bwhat (?:does|do) (?:[\w-]+ ){1,4}mean\b",
    re.IGNORECASE,
)
_DEFINITION = words(
    r"refers to|is a|is an|which enables|allows?|enables?|lets|means|defined as|is not unique"
)
# "Defense Acquisition Program Administration (DAPA)": a sentence that spells out an acronym.
_SPELLED_OUT = lazy(r"[A-Z][a-z]+ \([A-Z]{2,6}\)")
_MONTHS = lazy(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_YEAR = lazy(r"\b(19|20)\d\d\b")
_MONEY_Q = words(r"how much|worth|value|amount|dollars?|won")
_SHARE_Q = words(r"percent\w*|share|proportion|rate|how many", "%")
_SEVERAL_Q = words(r"and|as well as|both", "&")
# The words that ask for a whole by its parts.
_BREAKDOWN_FRAMING = frozenset(
    {
        "break",
        "breaks",
        "breaking",
        "broken",
        "down",
        "breakdown",
        "split",
        "divided",
        "type",
        "types",
        "kind",
        "kinds",
        "category",
        "categories",
        "component",
        "components",
        "sector",
        "sectors",
        "each",
    }
)
# A share stated as a figure: "35%", "60 percent".
_SHARE_CLAIMED = lazy(r"\d\s*(?:%|percent\b|per\s+cent\b)", re.I)
# A whole asked by its parts: "broken down by category", "split between", "for each kind".
_BREAKDOWN_Q = words(
    r"break(?:s|ing)?\s?down|broken down|split (?:between|among|across|by|into)|"
    # The whole may stand between the verb and its parts: "break the total down",
    # "divides the catch since 1990 into four kinds".
    r"(?:break(?:s|ing)?|broken)\s[^.?;]{1,60}?\bdown\b(?=\s+(?:by|into|between|among))|"
    r"(?:split(?:s|ting)?|divide[sd]?|dividing)\s[^.?;]{1,60}?\binto\s+"
    r"(?:(?:two|three|four|five|six|several|\d+)\s+)?[a-z]+s\b|"
    r"divided (?:between|among|into|by)|by (?:type|kind|category|categories|component|sector)s?|"
    r"(?:for |of )?each (?:type|kind|category|component|sector)|"
    # "List the components", "what are its parts, with values", "itemise it": every part.
    r"(?:list|name|give|itemi[sz]e|what (?:are|were))(?: me)? (?:all )?(?:the |its |their |each )?"
    r"(?:components?|parts|categories|elements|items)\b|itemi[sz]e[sd]?"
)
# The whole a breakdown question splits, where it stands between the verb and its parts:
# "break the levy down by port", "divides the catch since 1990 into four kinds".
_WHOLE_SPLIT = lazy(
    r"\b(?:break(?:s|ing)?|split(?:s|ting)?|divide[sd]?|dividing)\s+(?P<whole>[^.?;]{1,60}?)"
    r"\s+(?:down\b|into\b)",
    re.I,
)
# A length of time written as a count of years or decades: "forty-year", "40 years", "four
# decades", "two-decade".
_LENGTH_OF_TIME = lazy(
    rf"\b(?P<count>\d+|{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})[- ]"
    r"(?P<unit>year|decade)s?\b",
    re.I,
)
# Of the words naming the whole a breakdown splits, the share a row must state to be of it.
_BREAKDOWN_WHOLE_COVERAGE = 0.5
_NAME = lazy(r"(?<=[a-z,] )[A-Z][a-z]+")
# Sentences and rows whose ``_FITS`` readings are kept (``_shows``): more than the sources hold.
_TEXTS_SHOWN_KEPT = 16384
# What in a sentence fits each kind of question (an ``Intent`` field), and how much it counts: a
# figure for "how much", a year or month for "when", a name for "who" (half: names are everywhere),
# a cause for "why", a definition, an attribution for a position.
_FITS: tuple[tuple[str, tuple[re.Pattern[str], ...], float], ...] = (
    ("number", (_HAS_NUMBER,), 1.0),
    ("date", (_YEAR, _MONTHS), 1.0),
    ("who", (_NAME,), 0.5),
    ("why", (_CAUSE,), 1.0),
    ("define", (_DEFINITION, _SPELLED_OUT), 1.0),
    ("position", (_ATTRIBUTION,), 1.0),
)


@lru_cache(maxsize=_TEXTS_SHOWN_KEPT)
def _shows(text: str) -> tuple[bool, ...]:
    """For each entry of ``_FITS``, whether ``text`` shows what it looks for: read once per
    sentence or row, since every question ranks the same few thousand of them."""
    return tuple(any(pattern.search(text) for pattern in shown) for _, shown, _ in _FITS)


@lru_cache(maxsize=256)
def _fits_asked(intent: Intent) -> tuple[tuple[int, float], ...]:
    """The entries of ``_FITS`` that ``intent`` asks for, as (position, weight) in their order:
    a question's intent is read once, not at each of the thousands of sentences it ranks."""
    return tuple(
        (position, weight)
        for position, (asked, _, weight) in enumerate(_FITS)
        if getattr(intent, asked)
    )


def _fit(text: str, asked: tuple[tuple[int, float], ...]) -> float:
    """How well ``text`` shows what a question asks (``asked``, its ``_fits_asked``), up to 1."""
    if not asked:
        return 0.0
    shown = _shows(text)
    fit = 0.0
    for position, weight in asked:
        if shown[position]:
            fit += weight
    return min(fit, 1.0)


_SUPERSCRIPT_NOTE = lazy(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+[\u207e)]")
_LEADING_NOTE = lazy(r"^\d{1,2}\)\s+")

# A sentence that says what its document or a figure of it does (``signposts``: "Figure 1
# summarizes how ...") says where the content is, not what it is.
_SIGNPOST_PRIOR = 0.6
# A sentence about what the question sets aside ("besides the port, which sites ...") answers
# only if it names something else too: it weighs less than one about the rest.
_SET_ASIDE_PRIOR = 0.7
# A sentence that adds to what was said before ("the agency also cited …", "… were also named",
# "in addition", "as well") is where a source goes on to the other things: the answer to a
# question about what else there is besides the thing it sets aside.
_ADDS = lazy(r"\b(?:also|as well|in addition|additionally|furthermore|moreover)\b", re.I)
# The next item of a list: "Second, …", "Finally, …", "In addition, …".
# A sentence opening a list of points the sentences after it go on with.
# A sentence that adds one more item to a list a story tells ("the auditors also faulted …",
# "the review newly named …", "… were cited as well").
_ADDS_ITEM = lazy(r"\b(?:also|newly|as well|in addition|likewise)\b", re.I)
# A sentence telling where a thing stands among the world's or how widespread a practice is:
# "ranks in the lower half among …", "some 90 states worldwide …", "a common practice".
_STANDING = lazy(
    r"\b(?:rank(?:s|ed|ing)?|worldwide|around the world|(?:global|common|standard|usual) "
    r"(?:worldwide )?practice|(?:most|many|majority of) (?:other )?(?:countries|nations|states))\b",
    re.I,
)
# The figures a rule step states, by the kind of figure a claim gives, and the field of the
# step's rows that states them: a claimed threshold or share is checked the same way.
_RULE_FIGURES: dict[str, tuple[Callable[[OffsetRule], Collection[Decimal]], str]] = {
    "money:USD": (lambda rule: {rule.threshold_usd}, "threshold_usd"),
    "percent": (lambda rule: set(rule.shares.values()), "share_percent"),
}
_ENDS_SENTENCE = lazy(r"[.!?][\"'’”)]*\s*$")
_OPENS_LIST = lazy(r"^(?:the )?(?:first(?:ly)?|one)\b(?! (?:time|of)\b)", re.I)
_ENUMERATES = lazy(
    r"^(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|next|also|in addition|"
    r"additionally|moreover|furthermore)\b",
    re.I,
)
# How many sentences before a paragraph a conclusion opening it may lean on.
_LEANED_ON = 2
# How far below the best sentence one judging the matter in the asked way still speaks of it.
_JUDGMENT_FLOOR = 0.4
# How many sentences from a judgment on (itself first) argue it: a claim and its one or two grounds.
_GROUNDS = 3
# A paragraph that opens by saying its case is like the last one's ("The same applies to the
# other builder.", "Likewise, …", "So too did …") gives another example of that paragraph's point.
_LIKEWISE = lazy(
    r"^(?:the same (?:applies|is true|holds(?: true)?|goes|can be said|was true)|"
    r"(?:similarly|likewise|in the same way|by the same token)\b|so (?:too|does|did|do)\b|"
    r"(?:a |another )?similar (?:case|story|pattern|picture)\b)",
    re.I,
)
# A question a source asks ("What comes next?") is answered by the lines after it: as many as
# a wide answer shows, up to the source's next question.
_ASKS = lazy(r"\?\W*$")
# The degree a "how" question asks about ("how far along", "how big", "how soon"): how much,
# not what about. "How many" and "how much" are stopwords already.
_HOW_PHRASE = lazy(
    r"\bhow\s+(?:far|long|big|large|small|high|low|soon|often|well|badly|quickly|fast|slowly|"
    r"old|early|late|close|deep|wide|strong|severe|likely|common|hard|easy)"
    r"(?:\s+(?:along|ahead|back|off|ago|away|in advance))?\b",
    re.I,
)
# "What role does X play in Y", "what part did X play": the asking words of how X bears on Y, which
# a source seldom puts that way ("a secondary role" answers nothing of it).
_ROLE_Q = lazy(r"\bwhat\s+(?:roles?|part)\s+(?:[\w'’-]+\s+){1,8}?play(?:s|ed|ing)?\b", re.I)
_ROLE_WORDS = lazy(r"\b(?:what|roles?|part|play(?:s|ed|ing)?)\b", re.I)


def _years_long(length: re.Match[str]) -> int:
    """The years a length of time (``_LENGTH_OF_TIME``) runs: "four decades" is 40."""
    count = length.group("count").lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    return number * (10 if length.group("unit").lower() == "decade" else 1)


def _without_role_asking(text: str) -> str:
    """``text`` without the words of a "what role does X play" question, if it is one."""
    match = _ROLE_Q.search(text)
    if match is None:
        return text
    asked = _ROLE_WORDS.sub(" ", match.group())
    return f"{text[: match.start()]} {asked} {text[match.end() :]}"


# A wide answer (a summary, reasons, positions) draws on sentences scoring at least this share of
# the best, and shows at most this many.
# A summary's bullet or a heading restates a body sentence of its story when this share of its
# terms are that sentence's; looked for among the best ``_RESTATED_AMONG`` candidates.
_RESTATED = 0.8
_RESTATED_AMONG = 20
_SUMMARY_BULLET = lazy(r"^\s*[-•–*]\s+\S")
_WIDE_FLOOR = 0.6
_WIDE_SHOWN = 6
# A figure in a sentence: a number, a share, a sum (``Composer._backed_by``).
_FIGURE = lazy(r"\d")
# A report's section headed by the name of a quarrel tells it (``Composer._quarrel_told``); the
# best sentences of the ranking that stand in it come besides each paragraph's first.
_QUARREL_NAMED = lazy(r"\b(?:controvers\w*|debates?|disputes?|disagreements?|quarrels?)\b", re.I)
# Readable sets pass the same from 5 to 12 of them (one case fewer at 1 and 3, which leave out
# the sentence saying who moved first); each more adds about a fifth of a sentence to an answer.
_QUARREL_BEST = 5
# A synthesis names a report's numbered part when the part's heading shares at least this many of
# its terms with the question, and at least ``_PART_NAMED_SHARE`` of the heading's terms
# ("(3) Moving to pooled credits" and "lay out the plan for moving to pooled credits").
_PART_NAMED_FEWEST = 2
_PART_NAMED_SHARE = 0.5
# The terms of a heading that name its part: those found in fewer than about one unit in seven.
_PART_TERM_IDF = 2.0
# A sentence that gives an example of the point it serves.
_GIVES_EXAMPLE = lazy(r"\bfor (?:example|instance)\b", re.I)
# The sentences of a named part ranked best that come besides its paragraphs' first.
_PART_BEST = 3
# A news story's next sentence keeps to the matter of the one before when it shares a term of the
# question or of that sentence found in fewer than about a tenth of the sources' units ("offset"
# and "Korea" are in most): ``Composer._story_on``, which follows up to ``_STORY_REACH`` of them.
_STORY_IDF = 2.0
_STORY_REACH = 3
# A wh-word anywhere in a question: it asks for a particular thing, not for an account.
_ASKS_WH = lazy(rf"\b(?:{WH_WORDS})\b", re.I)
# The fewest sentences about a thing that make a source's account of it (``_source_tells``).
_TOLD_FEWEST = 2
# How far below the best a sentence telling a thing's standing in the world still answers a
# question weighing it so: such sentences share few of its words.
_STANDING_FLOOR = 0.4
# A question with words the sources never use is answered only by a sentence at least this close
# in meaning when it matches none of its words but names: real words in other words ("react" for
# "respond") reach it, other topics ("the weather" in a named city) do not. Results are the same
# from 0.32 to 0.48 (every readable set; before it required sharing only names, 0.5 refused a
# paraphrase).
_PARTIAL_DENSE = 0.4
# How far down the ranking a sentence closer in meaning than the best may stand in for it. For
# that stand-in (``_stand_in``) the depth binds nothing: 3, 5 and the whole ranking answer the
# same on every readable wrong refusal and unanswerable case; what limits it is that the lower
# sentence shares the best's words with the question and is as close in meaning.
_STAND_IN_DEPTH = 3
# What a source's word on itself answers: when what it grew out of took place, or what it is.
_SELF_TOLD = frozenset({"date", "other"})
# A sentence stating the finer date a question asks for (a time of day, a day, a month) stands in
# for the best when it scores at least this share of it. Every readable set scores the same from
# 0.3 to 0.75; at 0.9 the time of day a lower sentence gives is refused.
_FINER_FLOOR = 0.6
# A sentence naming what a question sets aside as one of a set it leaves unnamed keeps the
# ranking whole when it scores at least this share of the best (``_beside_aside``). Every readable
# set scores the same from 0.4 to 0.8; at 1.0 (the best sentence alone) two such sets are
# answered with the other things a deal's sentences name.
_ASIDE_FLOOR = 0.6
# How far down the ranking a table row may lead its table's other rows in as stand-ins. The
# readable sets score the same from 3 to 6; 1 and 2 lose the office a multi-part question asks
# for in a table row ranked third, and 3 loses one ranked fourth when "which unit" asks for a
# body: the middle of the plateau.
_SIBLING_DEPTH = 4
# How far down the ranking a sentence naming whom the question names may stand in for a best
# sentence about someone else.
_NAMING_DEPTH = 3
# The answer types any sentence on the topic says something of: no one sentence meets them.
_OPEN_KINDS = frozenset(
    {"other", "summary", "reason", "position", "comparison", "yesno", "definition"}
)
# Below this share of the question's weighted terms the best sentence is only near its topic.
_WEAK_COVERAGE = 0.3
# The kinds of answer a sentence can be seen to state by its figures and dates (``has_type``).
_STATED_KINDS = frozenset({"money", "percent", "count", "quantity", "date", "year", "place"})
# The kinds a lower sentence does not state for the best by its kind alone (``_typed_evidence``).
_UNDATED = frozenset({"date", "year"})


# Nouns that name any thing of a broad kind: a question asking for one by such a word asks for
# what the sources call by its own name.
def _thing_unwritten(frame: Frame, answer: Answer) -> bool:
    """Whether ``answer`` to a question of no kind that asks for a thing by its noun ("which
    party") writes that noun nowhere in what it says: a thing of its own, not a word for any
    sort of thing ("which type"), which an answer names with its noun ("the Democratic Party")."""
    if answer.abstained or frame.answer_type != "other":
        return False
    noun = asked_noun(frame.question)
    if noun is None or not noun.islower() or noun in _GENERAL_THINGS:
        return False
    said = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", answer.answer)}
    return not ({noun, f"{noun}s", noun.removesuffix("s"), noun.removesuffix("es")} & said)


_GENERAL_THINGS = frozenset(
    "document documents paperwork publication material materials resource resources tool tools "
    "instrument instruments item items thing things measure measures mechanism "
    # "What aircraft type", "which kind of vessel": a word for any sort of thing, asking which
    # one of the kind the words before or after it name.
    "type types kind kinds sort sorts model models variant variants class classes "
    # "What consequences does the writer foresee": a word for whatever follows from a thing,
    # which the sources tell as what it "could lead to", not by a name of its own.
    "consequence consequences repercussion repercussions ramification ramifications outcome "
    "outcomes effect effects".split()
)
# The best facts whose causes a why-question looks for.
_FACTS_EXPLAINED = 5
# How many speakers a "who said so?" answer names: the claims an answer cites come from one or
# two of them, and more would name whoever was quoted beside the point.
_SPEAKERS_SHOWN = 2
# How many sentences "tell me more" adds to an answer: a short paragraph's worth.
_FURTHER_SHOWN = 3
# How far after a sentence naming a speaker their words are followed: as far as a speaker is
# followed back (``speakers``).
_SPEECH_REACH = 4
# A question about what someone said or thinks: "what did she expect the panel to decide?".
_ASKS_WHAT_SAID = words(
    r"say|said|says|think|thinks|thought|expect\w*|believe\w*|predict\w*|add|added|mention\w*|"
    r"argue\w*|warn\w*|suggest\w*|claim\w*|note\w*|hope\w*"
)
# Most of a whole, by weight: more than half.
_MOST = 0.5
# A person referred to by a pronoun.
_PERSON_PRONOUN = words(r"he|him|his|she|her")
# A word standing for a thing another part names: asked apart, the part would be about nothing.
_REFERS_BACK = words(r"it|its|they|them|their|this|that|these|those|he|him|his|she|her")
# The kinds of answer a speaker is: who said something.
_SPEAKER_KINDS = frozenset({"person", "agent"})
# A question asking what a term means, by the term alone: "what is a levy?", "define levy",
# "what does levy stand for". Not "tell me about", "explain", "describe", which ask the same of
# a term and the points of a story of an event.
_TERM_ASKED = lazy(
    r"^\s*(?:what (?:is|are) (?:an? |the )?[\w-]+(?: [\w-]+){0,2}\s*\??\s*$|define\b)"
    r"|\b(?:stands? for|short for|definition)\b|\bwhat (?:does|do) (?:[\w-]+ ){1,4}mean\b",
    re.IGNORECASE,
)
# A numbered part of a source: "Table 2", "Figure 7", "section 3".
_SOURCE_PART = lazy(
    r"\b(?:table|figure|fig\.|chart|graph|box|section|annex|appendix)\s+\d+\b", re.I
)
KIND_PRIOR = {"sentence": 1.0, "row": 1.0, "footnote": 0.9, "heading": 0.6, "reference": 0.25}


def as_written(question: str, term: str, lexicon: Lexicon) -> str:
    """A name's search term as the question writes the name ("Curaçao", not its
    term "curacao"); the term as an acronym or in title case when no word of the question has it."""
    for word in _WRITTEN_WORD.findall(question):
        if term in lexicon.terms(word):
            return word
    return term.upper() if len(term) <= 3 else term.title()


_WRITTEN_WORD = lazy(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")


def _bare(word: str) -> str:
    """``word`` folded, without a possessive ending: "Europe's" → "europe"."""
    return re.sub(r"['’]s?$", "", word.lower())


def display(text: str) -> str:
    """A unit as shown in an answer: known encoding defects repaired, footnote marks dropped.

    Quotes in citations stay verbatim; only the answer's wording is repaired.
    """
    text = domain().repair(text)
    text = _SUPERSCRIPT_NOTE.sub("", text)
    text = _LEADING_NOTE.sub("", text)
    return text.strip()


# How many of the sentences nearest a claim about the present are read for the latest statement
# of its figure: the statements of a rule's figure over time rank close together.
_NOW_DEPTH = 8

# How many of the sentences nearest a question for the latest or earliest date are compared: the
# statements dating one thing rank together at the top.
_EXTREME_DEPTH = 4

# How close to the best row a row must score for its family to be the measure whose sides a
# question asks ("how do the papers' figures differ"): the rows of one period's measures score
# close together, and the one whose sources differ is the one asked of.
_SIDES_SPREAD = 0.8

# The kinds of question a disagreement over a figure of this unit bears on.
_ASKS_FOR_UNIT = {
    "date": {"date", "yesno", "other"},
    "month": {"date", "yesno", "other"},
}
_ASKS_FOR_AMOUNT = {"money", "quantity", "percent", "comparison", "summary", "yesno", "other"}


# Kinds of question no disagreement over a figure bears on: why, who argues what, what a thing is.
_NOT_OF_FIGURES = frozenset({"reason", "position", "definition"})
# The kinds of named thing a question may ask for by its wh-phrase, which a data row answers
# only by naming one (``Composer._naming_asked_kind``).
_NAMED_ROW_KINDS = frozenset({"person", "organisation", "company", "country"})

# "How large is <thing>", "how much of this was <thing>": the noun phrase whose size is asked, up
# to the first word that leads into what it belongs to or when ("the X share | of the whole",
# "the X part | over a period") or into the figure's own verb ("the X | worth").
_SIZE_OF = lazy(
    r"\bhow (?:big|large|much|sizable|sizeable) (?:of (?:that|it|this|those|these|the total) )?"
    r"(?:was|were|is|are|has been|had been) "
    r"(?P<thing>[^?.;,]{3,80}?)"
    r"(?=\s+(?:of|in|over|during|from|between|since|through|across|among|within|under|"
    r"that|which|when|before|after|worth)\b|\s*[?.;,(]|$)",
    re.I,
)
# A thing named by a pointing word ("that programme", "each") is one an earlier part named.
_POINTED_BACK = lazy(r"^(?:that|this|those|these|it|its|each|they|them)\b", re.I)
# How far below the best sentence one stating a figure of the asked thing may rank and lead
# (answers are the same from 0.6 to 0.8; far lower lets unrelated sentences lead).
_FIGURE_OF_THING_FLOOR = 0.7
# How near the best a sentence dating what a "when" question asks must score to lead when the
# best dates nothing the question names (``_of_date_asked``): as near as a figure of the thing.
_DATE_ASKED_FLOOR = 0.7
# A date question that asks for the year alone: "what year", "since which year", "in what year".
_YEAR_ASKED = words(r"(?:what|which)\s+year")


def _states_kind(text: str, kind: str, entities: Entities) -> bool:
    """Whether ``text`` states a thing of the ``kind`` a question's kind noun names: a stance
    is stated by a sentence reporting what someone said, any other kind as ``has_type`` reads it."""
    if kind == "position":
        return reports_speech(text)
    return has_type(text, kind, entities)


def _weighted_share(
    weights: Mapping[str, float], own: Set[str], context: Set[str], total: float
) -> float:
    """The share of a question's weighted words a sentence covers: those it writes (``own``)
    in full, those only the sentences before it write (``context``, less ``own``) at half."""
    held = sum(w for t, w in weights.items() if t in own)
    leaned = sum(w for t, w in weights.items() if t in context and t not in own)
    return (held + 0.5 * leaned) / total


def _times_named(question: str) -> list[tuple[int, int]]:
    """The spans of the times ``question`` names, in order: its periods ("2011-2015"), then each
    year outside them."""
    periods = [span for _, span in period_mentions(question)]
    years = [
        m.span() for m in YEAR.finditer(question) if not any(a <= m.start() < b for a, b in periods)
    ]
    return sorted(periods + years)


def _measure_term(weights: Mapping[str, float]) -> str | None:
    """The weightiest word of a prepared question (a figure's own term left aside): what a
    claim's figure is a figure of, the rarest of its words ("threshold" of "the trigger is $5
    million")."""
    words = {term: weight for term, weight in weights.items() if term.isalpha()}
    return max(words, key=lambda term: (words[term], term)) if words else None


def _asks_for(frame: Frame, unit: str) -> bool:
    return frame.answer_type in _ASKS_FOR_UNIT.get(unit, _ASKS_FOR_AMOUNT)


def _verdict(
    answer: Answer,
    frame: Frame,
    names: NamesByKind,
    periods: Collection[tuple[int, int]] = (),
    kinds: frozenset[str] = frozenset(),
) -> Answer:
    """A question that states figures and asks whether they hold gets a plain lead: yes when the
    answer states every one of them about what the question names, "not as stated" when it
    states another figure of the same kind there (``claims.judge``). A period it tells in words
    ("after 2020") is judged as the years the sources count for it (``period_written``, of
    ``periods``), not by the year it counts from."""
    if not (frame.restated or frame.answer_type == "yesno"):
        return answer
    verdict = judge(period_written(frame.question, periods), answer.answer, names, kinds)
    if verdict in (None, "yes") and frame.claim:
        # A first claimed, or denied by "already", is judged by a statement of the first.
        verdict = first_time_verdict(frame.question, answer.answer) or verdict
    if verdict is None and frame.claim:
        # A claim of who or which day, with no figure, by the statement speaking of it.
        verdict = names_verdict(frame.question, answer.answer, names)
    if verdict is None:
        return answer
    if verdict == "unstated":
        return _time_unstated(answer, frame.question)
    lead = say("verdict_yes") if verdict == "yes" else say("verdict_no")
    return answer.model_copy(update={"answer": f"{lead} {answer.answer}"})


def _time_unstated(answer: Answer, question: str) -> Answer:
    """A claim dated to a time the sources state nothing of the kind for ("gains of $720
    million in 2023", where they give gains only for other years) is one they cannot judge: to
    call it wrong would assert a contradiction nobody states. The answer says what is missing
    and points to the nearest statement they make."""
    return _claim_declined(answer, question, say("nothing_for_year", year=claimed_time(question)))


def _claim_declined(answer: Answer, question: str, reason: str) -> Answer:
    """A claim the sources cannot judge, declined with ``reason`` and pointing to the first
    statement ``answer`` cited, if any, as the nearest thing they say."""
    parts = [say("cannot_answer"), reason]
    cited = answer.citations[:1]
    if cited:
        first = cited[0].model_copy(update={"marker": 1})
        parts.append(say("nearest", sentence=display(first.quote), marker=1))
        cited = [first]
    return Answer(question=question, answer=" ".join(parts), citations=cited, abstained=True)


def _without_lead(text: str) -> str:
    """An answer without the verdict it opens with, if any."""
    for key in ("verdict_yes", "verdict_no"):
        lead = say(key)
        if text.startswith(lead):
            return text[len(lead) :].lstrip()
    return text


# Where a claim of an answer ends, its markers kept: after "… [2]." or "… [2]", or a line break.
_CITED_CLAIM_END = lazy(r"(?<=\]\.)\s+|(?<=\])\s+|\n+")


def _cited_claims(text: str) -> list[str]:
    return [c for c in _CITED_CLAIM_END.split(text) if c.strip()]


def _plain(claim: str) -> str:
    """A claim as stated, without its markers and spacing: what it says, whatever it cites."""
    return " ".join(re.sub(r"\[\d+\]", " ", claim).split()).rstrip(". ")


def _leading_new(answer: Answer, said: set[str], most: int) -> Answer:
    """A part's answer as its first ``most`` statements the answer it joins does not already
    make (``said``, as ``_plain`` gives them)."""
    kept = [
        claim.strip()
        for claim in _cited_claims(answer.answer)
        if _plain(claim) not in said and re.search(r"\[\d+\]", claim)
    ][:most]
    text = " ".join(kept)
    used = {int(m) for m in re.findall(r"\[(\d+)\]", text)}
    return answer.model_copy(
        update={"answer": text, "citations": [c for c in answer.citations if c.marker in used]}
    )


def _without_given(answer: Answer, said: set[str]) -> Answer:
    """A part's answer without the statements the answer it joins already makes (``said``, as
    ``_plain`` gives them), if another statement stays."""
    claims = _cited_claims(answer.answer)
    kept = [claim.strip() for claim in claims if _plain(claim) not in said]
    if len(kept) == len(claims) or not any(re.search(r"\[\d+\]", claim) for claim in kept):
        return answer
    text = " ".join(kept)
    used = {int(m) for m in re.findall(r"\[(\d+)\]", text)}
    return answer.model_copy(
        update={"answer": text, "citations": [c for c in answer.citations if c.marker in used]}
    )


def _with_its_clause(part: Frame, parts: list[Frame]) -> str:
    """A bare ask ("and by which office") as asked of the clause before it ("when was the levy
    set and by which office": by which office was the levy set); any other part as it is."""
    place = parts.index(part) if part in parts else 0
    if place == 0 or not BARE_ASK.match(part.question):
        return part.question
    return f"{part.question} {parts[place - 1].question}"


# A part that asks for a share of what an earlier part asked: "and what part of that went to …".
_OF_THE_WHOLE = words(r"of (?:that|it|this|these|those|the total|the whole|which)")


# The question word an ask opens with, with a preposition before it ("in which year").
_ASK_WORD = lazy(
    rf"^\s*(?:(?:in|at|on|by|from|for|to|of|with|since|until)\s+)?(?:{WH_WORDS})\b\s*", re.I
)


def _one_clause(part: Frame, other: Frame) -> bool:
    """Whether two asks differ only by their question words: "where was the toll agreed" and
    "when was the toll agreed" ask two things of one clause."""
    rest = [_ASK_WORD.sub("", p.question).strip(" ,;?").lower() for p in (part, other)]
    return bool(rest[0]) and rest[0] == rest[1]


def _leads_with_news(answer: Answer, given: str) -> bool:
    """Whether ``answer`` answers and its first statement says something the text ``given``
    does not: it is none of its statements, and if it states figures, not only figures it
    states (a table's row of what a sentence given says)."""
    claims = _cited_claims(answer.answer)
    if answer.abstained or not claims:
        return False
    if _plain(claims[0]) in {_plain(claim) for claim in _cited_claims(given)}:
        return False
    figures = {(f.value, f.kind) for f in stated_figures(claims[0])} | _months_of(claims[0])
    return not figures or not figures <= {
        (f.value, f.kind) for f in stated_figures(given)
    } | _months_of(given)


# A month and its year: "December 2018", "March 31, 2025".
_MONTH_YEAR = lazy(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2},)?\s+((?:19|20)\d\d)\b"
)


def _dates_finer(row: object, sentence: str, question: str) -> bool:
    """Whether ``row`` answers a question for a date ("when was it adopted") more precisely than
    ``sentence``: it dates an event to the month, and the sentence gives only that year."""
    if not isinstance(row, TimelineEvent) or len(row.date) < 7 or answer_type(question) != "date":
        return False
    years = {m.group(0) for m in _YEAR.finditer(sentence)}
    return years == {row.date[:4]} and not _MONTHS.search(sentence)


def _months_of(text: str) -> set[tuple[Decimal, str]]:
    """The months ``text`` dates things to, as figures of their own: "December 2018" is news
    beside "November 2018", though both state the year 2018."""
    return {
        (Decimal(match.group(2)), f"month:{match.group(1).lower()}")
        for match in _MONTH_YEAR.finditer(text)
    }


def _larger(text: str, than: str) -> bool:
    """Whether ``text`` states an amount larger than every amount ``than`` states in its
    currency."""

    def most(said: str) -> dict[str, Decimal]:
        found: dict[str, Decimal] = {}
        for token in lex(said):
            if token.currency:
                value = token.scaled(letters=False)
                found[token.currency] = max(found.get(token.currency, value), value)
        return found

    given, before = most(text), most(than)
    return any(value > before.get(currency, Decimal(0)) for currency, value in given.items())


def _wholes_of_later_parts(parts: list[Frame]) -> list[Frame]:
    """Each part whose whole a later part asks a share of ("how much in all, and how much of
    that from exports?"): an answer about the share may look like one about the whole, so the
    whole is looked up on its own, and added when that says something new."""
    return [
        earlier
        for earlier, later in zip(parts, parts[1:], strict=False)
        if _OF_THE_WHOLE.search(later.question)
    ]


# A question that asks its thing of each side it names: "give both rates", "how many on each
# side", "for either firm", "respectively".
_EACH = words(r"both|each|either|respectively")
# An ask put to a name as a last part that is the name alone ("… start there, and in Peru?",
# "…, or for the growers?"): it asks the first part's question again, of that name.
_ELLIPTIC_LAST = lazy(
    r"^\s*,?\s*(?:and|or|but|as well as)\s+(?:(?:what|how)\s+about\s+)?"
    r"(?:(?:in|for|of|at|from|by|with|under|to|on)\s+)?(?:the\s+)?$",
    re.I,
)
# Two names of one kind joined by "and", "or" or "versus", each with its own preposition or
# none ("in Peru and in Chile", "the guild or the board"): an ask of both, side by side.
_JOINED = lazy(
    r"^\s*,?\s*(?:and|or|vs\.?|versus|against)\s+(?:(?:in|for|of|at|from|by|with|under|to|on)"
    r"\s+)?(?:the\s+)?$",
    re.I,
)
_END_OF_ASK = lazy(r"^\s*[?.!]*\s*$")
# A question that offers a choice between things it names ("which firm, the maker or the
# buyer?", "whose rate was higher, A's or B's?") weighs one against the other: each needs its
# own statement, as in a comparison.
_CHOICE = words(r"which|whose|who")
_OR = words("or")
# The unnamed others a thing is compared with: "other importers", "other nations", "elsewhere".
_OTHERS = lazy(
    r"\b(?:other|most|many) (?:[\w-]+ ){0,2}?(?:countries|nations|importers|exporters|buyers|"
    r"governments|states|economies)\b|\belsewhere\b|\brest of the world\b"
    # Others named by their region: "European countries", "Asian buyers".
    r"|\b(?:European|Asian|African|American|Latin American|Middle Eastern|Nordic|Western|"
    r"Eastern|NATO|Gulf) (?:countries|nations|importers|exporters|buyers|governments|states|"
    r"economies|allies|partners)\b",
    re.I,
)
# How far down the ranking a sentence telling of the others is looked for.
_OTHERS_DEPTH = 30
# How far back in its paragraph a sentence naming no side is looked at for the side it is about.
_SIDE_REACH = 4
# A list's items, each a line of its own: "- …", "• …", "1. …"; and how many come with it.
_BULLET = lazy(r"^\s*(?:[-–•*▪●]|\d{1,2}[.)])\s+\S")
_LIST_ITEMS = 6
# How many units of notes a page break may put between a cut sentence and its whole.
_CUT_REACH = 4
# How far past a page's notes (footnotes, references) a cut sentence's whole is looked for.
_NOTES_REACH = 12
# A question naming a document's notes or credit lines: those are what it asks about.
# A figure's or table's note, and its caption: "Note: The values represent …", "Figure 3.
# Harbour Levies by Port (2001 to 2009)".
_NOTE_LABEL = lazy(r"^notes?\s*:\s*\S", re.I)
_CAPTION = lazy(r"^\s*(?:Figure|Table|Chart|Graph)\s+\d+[.:]\s*(.+?)\s*$", re.M)
# How many sentences of its paragraph a note's reading carries on for.
_NOTE_REACH = 3
# The words a question names a figure by.
_FIGURE_WORDS = "figure chart graph diagram plot"
_NOTES_NAMED = words(r"(?:foot)?notes?|sources? lines?|credits?|captions?")
# The units that name points without arguing them: a figure's or table's cells, a heading.
_CELLS = frozenset({"heading"})
_MARKER_RUN = lazy(r"(?:\s*\[\d+\])+")


def whole_names(names: Collection[str]) -> re.Pattern[str] | None:
    """A pattern finding any of ``names`` written as a whole, not inside another word or
    initialism: a body's initials ("ICA") stand inside others ("UICA", "America") that name
    something else. None for no names."""
    if not names:
        return None
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _table_of(unit: Unit) -> str | None:
    """The caption a table row's shown text opens with; None for a sentence."""
    if unit.kind != "row" or _ROW_LABEL not in unit.text:
        return None
    return unit.text.split(_ROW_LABEL, 1)[0]


def sibling_rows(
    ranked: list[Candidate],
    names: frozenset[str],
    cited: Collection[tuple[str, int]] = (),
    depth: int = 1,
) -> list[Candidate]:
    """The other rows of the table of each best-ranked table row among the first ``depth`` of
    ``ranked`` (the best table's first), in rank order (the best of all left out too), that hold
    every name (of ``names``, the question's) that row matched and are not ``cited`` already: a
    table gives each of its columns (the countries, the schemes) one attribute a row, so the row
    of the kind asked for ("which body", "what share") answers for the columns the best row
    matched, however few of the question's other words its label shares. Two tables may rank
    that high on the same columns (one of a policy's legal bases, one of its time limits): the
    row of the kind asked may be in either. [] when no table row ranks that high."""
    leads: dict[tuple[str, str], Candidate] = {}
    for c in ranked[:depth]:
        table = _table_of(c.unit)
        if table is not None:
            leads.setdefault((c.unit.source_id, table), c)
    found: list[Candidate] = []
    for (source_id, table), lead in leads.items():
        held = (lead.hits | lead.context_hits) & names
        found += [
            c
            for c in ranked[1:]
            if c is not lead
            and c not in found
            and c.unit.source_id == source_id
            and _table_of(c.unit) == table
            and (c.unit.source_id, c.unit.start) not in cited
            and held <= c.hits | c.context_hits
        ]
    return found


def _asks_each_joined(question: str, spans: list[tuple[str, str, int, int]]) -> bool:
    """Whether ``question`` asks one thing of two names of one kind it joins ("the fee in Peru
    and in Chile"), or asks it again of a name standing alone as its last part ("what fee is
    charged there, and in Chile?"): an answer about one of them leaves the other unasked."""
    for kind, name, _, end in spans:
        for other_kind, other, start, other_end in spans:
            if other_kind != kind or other == name or start < end:
                continue
            between = question[end:start]
            if _JOINED.match(between) or (
                _ELLIPTIC_LAST.match(between.rsplit(",", 1)[-1] if "," in between else "")
                and _END_OF_ASK.match(question[other_end:])
            ):
                return True
    return False


# A count written in words, of the things it stands before: "a dozen or so members", "one or
# two officials", "three firms". Not "one of the …", which picks one out, counting nothing.
_COUNT_IN_WORDS = lazy(
    rf"(?<![\w-])(?:{'|'.join(COUNT_WORDS)})(?:\s+or\s+(?:so|{'|'.join(COUNT_WORDS)}))?"
    r"\s+(?!of\b)(?:[a-z-]+\s+)?[a-z]+s\b",
    re.I,
)


def _figure_kinds(text: str) -> set[str]:
    """The kinds of figure ``text`` states: "money", "percent" or "count" (years and bare
    numbers aside), a count also in words."""
    found = set()
    for figure in stated_figures(text):
        head = figure.kind.split(":", 1)[0]
        if head in ("money", "percent", "count"):
            found.add(head)
    if "count" not in found and _COUNT_IN_WORDS.search(text):
        found.add("count")
    return found


def _first_year(unit: Unit) -> int:
    """The first year a sentence names (sentences naming none keep their place at the end)."""
    found = _YEAR.search(unit.text)
    return int(found.group()) if found else 9999


def unit_citation(index: KnowledgeIndex, unit: Unit, marker: int) -> Citation:
    """A unit's verbatim quote as a citation of its source, with the page for a PDF."""
    return source_citation(index, unit.source_id, unit.quote, unit.start, marker)


def source_citation(
    index: KnowledgeIndex, source_id: str, quote: str, start: int, marker: int
) -> Citation:
    """``quote``, standing at ``start`` of its source, as a citation, with the page for a PDF."""
    meta = index.source_meta(source_id)
    return Citation(
        marker=marker,
        source_id=source_id,
        title=meta.title if meta else source_id,
        quote=quote,
        start=start,
        end=start + len(quote),
        page=index.page_of(source_id, start),
    )


@dataclass
class Candidate:
    unit: Unit
    score: float
    coverage: float
    dense: float
    hits: frozenset[str]
    context_hits: frozenset[str]
    money: list = field(default_factory=list)
    # Found only by the name of a thing the question names, not by its search.
    by_name: bool = False


@dataclass(frozen=True)
class Query:
    """A question prepared once for scoring sentences and data rows alike."""

    question: str
    context: str
    text: str
    vector: Any
    weights: dict[str, float]
    intent: Intent
    asked: frozenset[str]
    # The sources the question names as its source ("according to Yonhap"): only theirs count.
    only: frozenset[str] = frozenset()
    # The things an open question names (a deal, a firm: by the name table's name; another
    # country: by its search term), each with the search terms of the words that name it: a
    # sentence naming the thing in any of its words ("Airbus" for "the refuelling-aircraft
    # order") covers them.
    things: tuple[tuple[str, frozenset[str]], ...] = ()
    # The question's terms that name a class of things ("contractors"), each with the
    # names-table kind of its members: a sentence naming one of them covers the term.
    classes: tuple[tuple[str, str], ...] = ()


# "How did Seoul react?", "what was the cabinet's response?": a government reacts by acting as
# well as by speaking: its head meets, a body is set up, a meeting is called. Such a sentence
# shares no word with "react".
_GOVERNMENT_REACTION_Q = lazy(
    r"\bhow (?:did|does|do|has|have|was|were|is|are|will|would) (?P<who>.{1,60}?) "
    r"(?:react|respond|repl|answer|handle|cope|deal)\w*|"
    r"(?P<whose>\b\w+(?: \w+)?)['’]s? (?:reaction|response)\b",
    re.I,
)
_GOVERNMENT_ACTS = lazy(
    r"\b(convene[sd]?|convening|(?:held|holds|hold|called|calls) (?:an? |the )?(?:[\w'’-]+ ){0,3}"
    r"meeting|emergency meeting|task force|response strateg\w*|countermeasures?|"
    r"(?:ordered|instructed|directed) (?:the )?(?:[\w'’-]+ ){0,3}(?:ministr|agenc|official)\w*)\b",
    re.I,
)


def _asks_what_person_promised(question: str) -> bool:
    """Whether ``question`` asks what a person promised: one it names, or "he" or "she"."""
    return bool(
        _PROMISE_Q.search(question)
        and (_PERSON_PRONOUN.search(question) or name_table().find("people", question))
    )


def _asks_government_reaction(question: str) -> bool:
    found = _GOVERNMENT_REACTION_Q.search(question)
    who = found and (found.group("who") or found.group("whose"))
    return bool(who and _GOVERNMENT.search(who))


def _asks_how_far(question: str) -> bool:
    """Whether a yes-or-no question asks for the sentences of a kind: "has it done any good",
    "did the builders keep their pledges"."""
    kind = asked_kind(question)
    return kind is not None and (kind.open_when_yes_or_no or _ANY.search(question) is not None)


@dataclass(frozen=True)
class Intent:
    """What kind of thing the question asks for."""

    number: bool
    date: bool
    who: bool
    why: bool
    define: bool = False
    position: bool = False
    # Summaries, reasons, positions and comparisons draw on more sentences than a quick fact.
    wide: bool = False
    # A summary reads in the order of the years its sentences name.
    chronological: bool = False


# The kinds of question answered from more than one sentence and source.
_WIDE_KINDS = ("summary", "reason", "position", "comparison", "other")
# A request to have a thing told at length: "explain the levy", "walk me through the talks".
# A lead ask of no kind is open only so: "which items were pledged" is of none either.
_OPEN_REQUEST = lazy(
    r"^\W*(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:explain|describe|outline|summari[sz]e|lay out|walk\s+(?:me|us)\s+through|"
    r"tell\s+(?:me|us)\s+about|(?:brief|fill)\s+(?:me|us)\s+(?:in\s+)?on|"
    r"catch\s+(?:me|us)\s+up\s+on)\b",
    re.I,
)


# Whose facts or case a request names: "the", or a side's possessive ("the union's", "Oslo's",
# "the growers'").
_WHOSE = r"(?:the\s+|(?:the\s+)?(?:[\w.&-]+\s+){0,2}?[\w.&-]+(?:['’]s|s['’])\s+)"
# A request to have the sources' facts on a matter gathered: told at length ("walk me through",
# "lay out"), pulled together ("pull together what they say", "sum up"), counted ("give me the
# figures") or argued ("give me the union's case").
_SYNTHESIS_REQUEST = lazy(
    r"^\W*(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:explain|describe|outline|summari[sz]e|sum up|lay out|trace|walk\s+(?:me|us)\s+through|"
    r"tell\s+(?:me|us)\s+about|(?:brief|fill)\s+(?:me|us)\s+(?:in\s+)?on|"
    r"catch\s+(?:me|us)\s+up\s+on|(?:pull|put|bring)\s+together|"
    rf"give\s+(?:me|us)\s+{_WHOSE}(?:numbers|figures|statistics|story|picture|case|arguments))\b",
    re.I,
)

# A request for a matter's whole account, wherever it stands in the question: its gist or
# overview ("the ruling's gist, please", "an overview of the strike", "the whole
# picture of a bill", "the bill's story", "in short"), or how a source or a side tells it ("how does
# the Herald portray the strike", "how did the union frame the vote").
_ACCOUNT_ASKED = lazy(
    r"\b(?:gist|overview|rundown|run-down|full picture|whole picture|big picture|"
    r"(?:the|its|whole|full)\s+story\s+(?:of|behind|on)|in\s+short|in\s+a\s+nutshell|"
    r"how\s+(?:does|did|do)\s+(?:[\w.&’'-]+\s+){1,5}?(?:portray|frame|depict|characteri[sz]e|"
    r"present|cast|explain|account\s+for|tell|read|place|tie|work))\b",
    re.I,
)

# Where one sentence of a question ends and the next begins.
_SENTENCE_BREAK = lazy(r"(?<=[.?!])\s+")


def _open_lead(parts: tuple[str, ...], kind: str) -> bool:
    """Whether a question of ``parts``, of ``kind`` narrower than its first ask, leads with an
    open ask: one of a wide kind, or a request to have its thing told at length."""
    if kind in _WIDE_KINDS or len(parts) < 2:
        return False
    lead = answer_type(parts[0])
    return lead in _WIDE_KINDS and (lead != "other" or bool(_OPEN_REQUEST.search(parts[0])))


# Kept per question and context (an Intent is frozen): preparing, ranking and selecting each
# read it again.
@lru_cache(maxsize=1024)
def intent_of(question: str, context: str = "") -> Intent:
    kind = answer_type(question)
    if kind == "other" and context and asks_as_before(question):
        # "What about the other one?" asks for what the question it follows asked for.
        kind = answer_type(context)
    summary = kind == "summary"
    parts = split_parts(question)
    return Intent(
        bool(_NUMBER_Q.search(question)),
        bool(_DATE_Q.search(question)),
        bool(_WHO_Q.search(question)),
        bool(_WHY_Q.search(question)) or kind == "reason",
        # "Simply put, what's a levy, and who ends up paying?": a definition is asked for by
        # any part of the question, however plainly it is to be put.
        any(_DEFINE_Q.search(part) for part in {without_register(question), *parts}),
        # "Summarize the ministry's objections" asks for a side's position in a summary's width.
        # ... and "the ministry's stance versus the unions'" each side's in a comparison's.
        position=kind == "position"
        or (kind in ("summary", "comparison") and asks_position(question)),
        # A question no answer type fits ("what has the program brought the industry?") is
        # open: it is answered like a summary, from more than one sentence and source.
        wide=kind in _WIDE_KINDS
        # "Describe the levy and which countries charge it": the lead ask opens the answer, and an
        # open lead is answered as widely as it would be alone, whatever the later asks want.
        or _open_lead(parts, kind)
        # "Has it done them any good?": whether there are any is answered by the ones there are;
        # "did they keep their pledges?" by how far they did.
        or (kind == "yesno" and _asks_how_far(question)),
        chronological=summary and over_time(question) or asks_year_events(question),
    )


def _synthesis(question: str, intent: Intent) -> bool:
    """Whether a question asks for a synthesis: a summary ("brief me on the levy"), the reasons
    for something, or a thing told at length ("walk me through the talks"). Its answer gathers
    facts from several sections and sources, not the one paragraph nearest its words."""
    if intent.wide and answer_type(question) in ("summary", "reason"):
        return True
    # "Is the crane levy high? Round up what the papers report": any part may ask for it, and
    # any sentence ("Why did the levy stall? Explain.").
    asks = {question, *split_parts(question), *_SENTENCE_BREAK.split(question)}
    if any(_SYNTHESIS_REQUEST.search(part) for part in asks):
        return True
    return intent.wide and _ACCOUNT_ASKED.search(question) is not None


def asks_a_sides_grounds(intent: Intent) -> bool:
    """Whether a question asks the grounds of a side's course: a broad question asking why, or
    asking a side's position. A broad follow-up about the side ("which office of the agency runs
    it?") asks something else, which the side's causes would crowd out."""
    return intent.wide and (intent.why or intent.position)


# "How did the ministry react to the audit?": the side asked for is who reacts; whom the
# question names after "to" is what the reply is about, not a side.
# How a reply is made ("publicly", "in public", "at first") may stand before or after its verb,
# and what it replies to may follow "once" ("responded once the report came out").
_HOW_REPLIED = r"(?:publicly|officially|formally|openly|first|at first|in public|in private)"
_REACTS = lazy(
    r"\bhow (?:did|does|do|has|have|would|will|was|were|is|are) (?P<who>.{1,60}?) "
    rf"(?:{_HOW_REPLIED} )?(?:react|respond|repl|answer|hit back|push(?:ed)? back)"
    rf"\w*(?: {_HOW_REPLIED})? (?:to|on|against|after|when|once)\b",
    re.I,
)
# A government replies through its ministries, agencies and their spokespeople.
_GOVERNMENT = lazy(r"\b(government|authorities|seoul|cabinet|ministr(?:y|ies))\b", re.I)
_OFFICIAL = lazy(
    r"\b(spokes(?:person|man|woman)|officials?|ministry|ministers?|administration|agency)\b", re.I
)

# Who speaks for a body: its spokespeople, officials and heads ("Kim, a ministry official,
# said"). "How did officials react?" asks for what a government's people said, as "how did the
# government react?" does.
_SPEAKS_FOR = lazy(
    r"\b(spokes(?:person|man|woman|people)|officials?|ministers?|director|chief|commissioner|"
    r"secretary|chair(?:man|woman|person)?)\b",
    re.I,
)


# A debate's two sides by how a sentence states its case: for a change ("those in favor of
# amending the law") or against one ("concerns over the move to abolish it").
_FAVOURS = lazy(
    r"\b(in favou?r of|(?:supporters|proponents|advocates|backers) of|(?:pushing|push(?:es|ed)?|"
    r"lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?) for)\b",
    re.I,
)
_OPPOSES = lazy(
    r"\b((?:voic|rais|express|cit)\w* (?:[\w'’-]+ ){0,3}?concerns?|concerns? (?:over|about|that)|"
    r"objections?|oppos(?:e|es|ed|ing|ition)|critics?|stance against)\b",
    re.I,
)


def _each_side_kept(ordered: list[Unit], doing: list[Unit], room: int) -> list[Unit]:
    """``ordered`` with the best sentence of each side of a debate within its first ``room``:
    one side's list of points ("The first is … The second is …") may fill the room that the
    other side's case needs. The other side's sentence takes the last place."""
    shown = ordered[:room]
    for side in (_FAVOURS, _OPPOSES):
        if any(side.search(u.text) for u in shown):
            continue
        missing = next((u for u in doing if side.search(u.text) and u not in shown), None)
        if missing is not None and len(shown) >= room:
            shown = [*shown[: room - 1], missing]
        elif missing is not None:
            shown.append(missing)
    return [*shown, *(u for u in ordered if u not in shown)]


@dataclass(frozen=True)
class _Span:
    """A history's period between two things that happened: the years of its ends, the words
    that name the ends, and each end's rarer words by weight."""

    first: int
    last: int
    marks: frozenset[str]
    ends: tuple[dict[str, float], dict[str, float]]


def _by_label(facts: list[ScoredFact], weights: dict[str, float]) -> list[ScoredFact]:
    """``facts`` with the rows of the best one's owner (one program, one country, one period)
    ordered among themselves by how much of the question their own statement names: the whole
    a question asks to be broken into parts is the split of that owner its words name ("what
    the maker pledged in offsets", the offset commitment), not another split of the same deal
    whose rows share the question's words only through the quote ("SME items recommended and
    bought"). Rows of other owners keep their places: a row of another thing that names more of
    the question's words is no better whole for that."""
    if not facts:
        return facts
    owner = facts[0].fact.family[:2]
    slots = [i for i, s in enumerate(facts) if s.fact.family[:2] == owner]
    own = sorted(
        (facts[i] for i in slots), key=lambda s: -_share_stated(weights, s.fact.label_terms)
    )
    ordered = list(facts)
    for i, scored in zip(slots, own, strict=True):
        ordered[i] = scored
    return ordered


def _share_stated(weights: dict[str, float], terms: frozenset[str]) -> float:
    """The share of ``weights`` that ``terms`` state (0 when there are no weights)."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in terms) / total if total else 0.0


def own_words(side: str, said: list[Candidate], replies: bool) -> Candidate | None:
    """The best of ``said`` whose speaker is ``side`` itself ("…," a spokesperson of the agency
    said; "the agency argues that …"), not one that names it beside a verb of saying only ("the
    agency's plan has called for …", "critics said the agency …"): a side's position is what it
    says. A reply (``replies``) is given by the people who speak for a body, its spokesperson,
    an official or a person named: theirs comes before the body's own word in a paper that sums
    up where it stands."""
    names = name_table()
    spoken: list[tuple[bool, int, Candidate]] = []
    for place, candidate in enumerate(said):
        who = speaker_words(candidate.unit.text)
        if who is None or not names.mentions(side, who):
            continue
        by_person = bool(_SPEAKS_FOR.search(who) or names.find("people", who))
        spoken.append((replies and not by_person, place, candidate))
    return min(spoken, key=lambda found: found[:2])[2] if spoken else None


def _names_kind_asked(question: str, noun: str) -> bool:
    """Whether the noun a question asks for names the kind of sentence it asks ("what
    consequences does the analyst foresee"): what such sentences do, which the sources say in
    their own words ("could lead to …"), not a thing by a word they never use."""
    kind = asked_kind(question)
    return kind is not None and any(
        noun.lower() in found.group(0).lower() for found in kind.asked_by.finditer(question)
    )


def _subjects_given(question: str) -> list[str]:
    """The people, organisations and companies ``question`` names, by kind. A description asked
    for ("which think tank") is no subject given: it names the kind of body asked
    (``frame.given_names_text``), and neither is a member the question sets aside ("besides
    Acme, which firms …"): the others asked for are what the answer is about, not it."""
    table = name_table()
    given = given_names_text(without_set_aside(question))
    return [n for kind in _SUBJECT_KINDS for n in table.find(kind, given)]


# Search texts whose embeddings a composer keeps (a vector is 384 floats: about 6 MB in all).
_VECTORS_KEPT = 4096
# What a composer keeps read of single units (``Composer._per_unit``): a few per unit, a few MiB
# at most.
_UNIT_READS_KEPT = 65536
_UNREAD = object()
_Read = TypeVar("_Read")
# Questions whose sides a composer keeps (a few names each): one answer reads them several times.
_SIDES_KEPT = 4096


class Composer:
    """Turns a question (already resolved against the conversation) into a cited ``Answer``."""

    def __init__(
        self,
        index: KnowledgeIndex,
        scope: ScopeChecker,
        depth: int = 8,
        rrf_k: int = 60,
        home_country: str = "",
        other_countries: frozenset[str] = frozenset(),
        comparison_words: frozenset[str] = frozenset(),
        facts: FactBook | None = None,
        source_texts: dict[str, str] | None = None,
        disagreements: tuple[Disagreement, ...] = (),
    ) -> None:
        self.index = index
        # Counted nouns judged by meaning (``counted_alike``), by the encoder that ranks sentences.
        self._word_meaning = index.word_meaning
        # The sources' words nearest in meaning to a question's unwritten word (``nearest_written``).
        self._neighbours: WrittenNeighbours | None = None
        self.disagreements = disagreements
        self.facts = facts
        self.source_texts = source_texts or {}
        # What questions call each source ("Yonhap"): see answering/attribution.py. A source
        # called by the name of a body the name table lists is called by its other names too:
        # "per the think tank" names the KIET paper as "per KIET" does.
        self.called = {
            sid: tuple(dict.fromkeys([*m.called, *(p for n in m.called for p in phrases_of(n))]))
            for sid, m in index.sources.items()
            if m.called
        }
        self.comparison_words = comparison_words
        self.home_country = home_country
        self.other_countries = other_countries
        self.scope = scope
        self.depth = depth
        self.rrf_k = rrf_k
        # Nor is the unit an amount is asked in ("in dollars") a word of the topic.
        self._question_stems = frozenset(
            index.lexicon.stems(QUESTION_WORDS | FRAMING_WORDS | SOURCE_CURRENCY_WORDS)
        )
        self._summary_stems = frozenset(index.lexicon.stems(SUMMARY_FRAMING))
        self._breakdown_stems = frozenset(index.lexicon.stems(_BREAKDOWN_FRAMING))
        self.entities = self._entities()
        self._unit_figures: dict[str, frozenset[tuple[Decimal, str]]] = {}
        self._statements: dict[str, list[Unit]] = {}
        self._sides_read: dict[str, tuple[str, ...]] = {}
        self._causes_told: dict[str, list[Unit]] = {}
        self._thing_mentions: dict[tuple[str, str], bool] = {}
        self._things_about: dict[str, list[Unit]] = {}
        self._ranked_tables: tuple[RankedTable, ...] | None = None
        # Search texts already embedded: one answer often prepares the same search again (a part
        # asked on its own, then with the whole), and embedding is the costliest step of a search.
        self._vectors: dict[str, Any] = {}
        # What one question's answering keeps, per thread (the chat answers several at once).
        self._answering = threading.local()

    def first_named(self, kind: str, text: str) -> str | None:
        """The first person, organisation or country (by ``kind``; "agent" is any of the
        first two) that ``text`` names, as the name table writes it."""
        return name_table().first_among(_NAME_KINDS.get(kind, ()), text)

    def name_spans(self, text: str) -> list[tuple[str, str, int, int]]:
        """Where ``text`` names a country, program, company, person or organisation: (kind,
        name, start, end). Countries the data tables know by their terms ("Chile") count too."""
        return list(self._per_text("name spans", text, self._name_spans_read))

    def _name_spans_read(self, text: str) -> tuple[tuple[str, str, int, int], ...]:
        table = name_table()
        found = [
            (kind, name, m.start(), m.end())
            for kind in _SWAPPABLE_KINDS
            for name, pattern in table.patterns.get(kind, {}).items()
            for m in pattern.finditer(text)
        ]
        countries = self.other_countries | ({self.home_country} if self.home_country else set())
        for m in re.finditer(r"[^\W\d_]+", text):
            if any(a <= m.start() < b for _, _, a, b in found):
                continue
            known = countries & set(self.index.lexicon.terms(m.group()))
            if known:
                found.append(("countries", min(known), m.start(), m.end()))
        named = {name.lower() for kind, name, _, _ in found if kind == "countries"}
        if named and self.home_country and self.home_country not in named:
            # "Seoul's share against the Netherlands'": the home capital set beside another
            # country names the home country's side (alone, the sources use it for the city).
            home = table.first("countries", self.home_country) or self.home_country
            for capital in domain().home_capitals:
                for m in re.finditer(rf"\b{re.escape(capital)}\b", text, re.I):
                    found.append(("countries", home, m.start(), m.end()))
        return tuple(found)

    def unplaced(self, text: str) -> str:
        """``text`` without the origin of each company it describes by one ("the American
        planemaker"): read for its countries, that place is none (answering/described.py)."""
        return self._per_text(
            "unplaced", text, lambda t: without_origins(t, origins(), self.index.lexicon.terms)
        )

    def names_by_kind(self, text: str) -> dict[str, frozenset[str]]:
        """The people, organisations, companies and countries ``text`` names, by kind."""
        return dict(self._per_text("names by kind", text, self._names_by_kind_read))

    def _names_by_kind_read(self, text: str) -> dict[str, frozenset[str]]:
        table = name_table()
        found = {kind: frozenset(table.find(kind, text)) for kind in _SUBJECT_KINDS}
        # "The American planemaker" describes a company: no country it names.
        placed = self.unplaced(text)
        found["countries"] = frozenset(table.find("countries", placed))
        terms = frozenset(self.index.lexicon.terms(placed))
        countries = self.other_countries | ({self.home_country} if self.home_country else set())
        # Countries the data tables know by their terms ("japan"), beside the name table's.
        found["countries"] = frozenset(
            {n.lower() for n in found["countries"]} | (countries & terms)
        )
        # The kind of contract a figure is stated for is what it is about, as a name is: 50% of
        # competitive deals says nothing of the share for sole-source ones.
        found["contracts"] = frozenset(asserted_kinds(text)[0])
        return found

    def source_year(self, source_id: str) -> str | None:
        """The date a source came out, as its metadata gives it, if it gives one."""
        return self._source_date(source_id) or None

    def _source_date(self, source_id: str) -> str:
        """A source's date as its metadata gives it ("2025-04-01"), "" when unknown."""
        meta = self.index.source_meta(source_id)
        return meta.date if meta is not None else ""

    def _entities(self) -> Entities:
        """What names a person, an organisation or a country, for questions that ask for one."""
        names = name_table()
        countries = self.other_countries | ({self.home_country} if self.home_country else set())

        def named(kind: str, text: str) -> bool:
            return any(names.find(table, text) for table in _NAME_KINDS[kind])

        def country(text: str) -> bool:
            return named("country", text) or bool(
                countries & frozenset(self.index.lexicon.terms(text))
            )

        # The agencies the data tables name (other countries' offset offices) are organisations.
        agencies = [
            row.value
            for row in (self.facts.data.countries if self.facts is not None else ())
            if row.attribute == "agency"
        ]

        def person(text: str) -> bool:
            return named("person", text)

        agency = whole_names(agencies)

        def organisation(text: str) -> bool:
            return (
                named("organisation", text)
                or bool(agency and agency.search(text))
                or bool(_BODY_NAME.search(text))
            )

        # A party is also named by its search term: "the US" (not "us") is the United States.
        party_terms = {
            name.lower(): frozenset(self.index.lexicon.terms(name))
            for name in names.names("parties")
        }

        def subjects(kind: str, text: str) -> frozenset[str]:
            return self._per_text(f"subjects {kind}", text, lambda t: subjects_read(kind, t))

        def subjects_read(kind: str, text: str) -> frozenset[str]:
            if kind in ("countries", "parties"):
                # "The American planemaker" describes a company: no country it asks about.
                text = self.unplaced(text)
            found = frozenset(n.lower() for n in names.find(kind, text))
            if kind == "parties":
                terms = frozenset(self.index.lexicon.terms(text))
                return found | {n for n, t in party_terms.items() if t and t <= terms}
            if kind == "countries":
                return found | self.names_by_kind(text)["countries"] | subjects("parties", text)
            return found

        return Entities(
            {
                "person": person,
                "organisation": organisation,
                "company": lambda text: named("company", text),
                "country": country,
                # "Who" asks for whoever acts: a person, a company, an agency or a government.
                "agent": lambda text: person(text) or organisation(text) or country(text),
            },
            subjects,
            lambda source_id: self.source_texts.get(source_id, ""),
            frozenset(name.lower() for called in self.called.values() for name in called),
            self._source_date,
            self._states_pledge,
            self._row_labels,
            self._mispaired,
            described=self._described_bodies,
            figure_times=self._figure_times,
        )

    def _described_bodies(self, text: str) -> frozenset[str]:
        """The names (lower case) of the bodies ``text`` describes by the words of their full
        names (``bodies_described``): "the harbour regulator's press officer" speaks for a body
        named the Harbour Regulation Authority."""
        return frozenset(name.lower() for name in self._bodies_named_by_description(text))

    def _bodies_named_by_description(self, text: str) -> set[str]:
        """The names, as the name table writes them, of the bodies ``text`` describes by the
        words of their full names (``bodies_described``)."""
        lexicon = self.index.lexicon
        return {
            self._named_by_term[body]
            for body in bodies_described(lexicon, lexicon.terms(text))
            if body in self._named_by_term
        }

    def _mispaired(self, question: str) -> Mispairing | None:
        return None if self.facts is None else mispaired(question, self.facts.data.programs)

    def _figure_times(self, text: str) -> frozenset[tuple[int, int]]:
        if self.facts is None:
            return frozenset()
        data = self.facts.data
        return figure_times_quoting(text, (*data.values, *data.statistics))

    def _row_labels(self, text: str) -> str:
        return labels_quoting(text, self.facts.data.rows()) if self.facts is not None else ""

    def _states_pledge(self, text: str, question: str) -> bool:
        return self.facts is not None and states_pledge(text, self.facts.data, question)

    # -- scoring ---------------------------------------------------------------------------

    def _weights(self, question: str, context: str, scope: Scope) -> dict[str, float]:
        weights: dict[str, float] = {}
        framing = self._question_stems
        if answer_type(question) == "summary":
            framing = framing | self._summary_stems
        if _BREAKDOWN_Q.search(question):
            # "by category", "broken down": how the answer is laid out, not what it is about.
            framing = framing | self._breakdown_stems
        # The words that ask for a kind of sentence ("what do they want the ministry to do",
        # "what went wrong with it") are the asking, not the topic: the sentences doing it say
        # "should", not "want".
        asking = frozenset(self.index.lexicon.terms(asking_words(question)))
        if answer_type(question) == "reason":
            # "Why does the levy matter so much", "what makes it such a big deal": the words
            # asking for a thing's weight are the asking too.
            asked = [m[0] for m in _WEIGHT_WORDS.finditer(question)]
            if _WEIGHT_ASKED.search(question):
                asked.append("makes made")
            asking |= frozenset(t for w in asked for t in self.index.lexicon.terms(w))
        for text, factor in ((context, 0.5), (without_asking(question), 1.0)):
            # "How far along", "how large": the words of the asking, not of the topic.
            text = _HOW_PHRASE.sub(" ", _without_role_asking(text))
            # An amount the sources state is weighed as that amount, not as its number and
            # scale words ("ten million dollars" is no "ten years"); one they never state (a
            # contract a question poses) keeps its words, and its typed term weighs nothing.
            text = self.index.lexicon.amounts_typed(text, lambda t: self.index.idf(t) > 0)
            for written in self.index.lexicon.terms(text):
                if is_amount_term(written) and not self.index.idf(written):
                    continue
                fixed = scope.corrections.get(written, written)
                # A misspelt hyphenated name is corrected to its parts ("yong jin").
                for term in self.index.lexicon.terms(fixed) if " " in fixed else [fixed]:
                    if term in framing or term in asking and factor == 1.0:
                        continue
                    if not self.index.idf(term) and is_question_typo(term):
                        continue
                    # A word no source uses weighs like the rarest word: nothing can cover it.
                    idf = self.index.idf(term) or self.index.max_idf
                    weights[term] = max(weights.get(term, 0.0), idf * factor)
        return weights

    def prepare(self, question: str, context: str = "", scope: Scope | None = None) -> Query:
        scope = scope or Scope(True)
        named = attributed(question, self.called)
        if named is None and context:
            # A follow-up that names no source of its own asks of the one the earlier question
            # named ("according to the wire, …" then "and the year before?").
            earlier = attributed(context, self.called)
            if earlier is not None:
                named = Attribution(earlier.sources, earlier.names, question)
        # "According to Yonhap, ...": the words naming the source are not words of the topic.
        topic = without_set_aside(named.question if named is not None else question)
        # "Like I'm not an engineer": how plainly to answer, not what about.
        topic = without_register(topic)
        # "The minimum deal size that triggers it": the sources' word for it is "threshold".
        topic = threshold_named(topic)
        # "When did they bring in the scheme?": the sources say it was "introduced".
        topic = introduction_named(topic)
        # "The three years just after 2010": the sentences write the years, "2011 to 2013".
        topic = stretch_written(topic)
        intent = intent_of(question, context)
        topic = period_written(topic, self._periods_counted(intent))
        # "Which unit runs it": "unit" asks for a body, which the sources call otherwise.
        topic = body_noun_as_body(topic)
        # "How big is the port's pilot team": the sources count its members.
        topic = group_size_named(topic)
        if self.facts is not None:
            # "The aerial refuelling deal": the sentences name the program the table describes so.
            topic = described_program_named(
                topic, self.facts.data.programs, self.index.lexicon.terms
            )
        # "Which think tank wrote it": the sentences write the think tank's name.
        topic = described_as_named(topic)
        # The search too looks for what the question is about, not for its asking words.
        topic = _without_role_asking(topic)
        # Misspelt words are searched as the words they were taken for.
        text = " ".join([topic, context, *dict.fromkeys(scope.corrections.values())]).strip()
        kind = asked_kind(question) if intent.wide else None
        if kind is not None and kind.called is not None:
            # "What has the country got out of it": the sources say "benefited", not "got". The
            # search looks for the kind by its name too; the sentences' coverage of the
            # question's own words is weighed as before.
            text = f"{text} ({kind.called})"
        weights = self._weights(topic, context, scope)
        classes = tuple(
            dict.fromkeys(
                (term, kind)
                for noun, kind in class_nouns(topic)
                for term in self.index.lexicon.terms(noun)
                if term in weights
            )
        )
        return Query(
            question,
            context,
            text,
            self._vector(self._as_abbreviated(text)),
            weights,
            intent,
            frozenset(self.index.lexicon.terms(text)),
            frozenset(named.sources) if named is not None else frozenset(),
            # A quick fact is found by the words naming it: "the F-35A's price" is not the price
            # of another F-35 purchase, which the name table's F-35 also names. A history runs
            # over many things; those it names mark its ends ("between the harbour audit and the dock sale").
            self._things(topic) if self._asks_of_things(question, intent, scope) else (),
            classes,
        )

    def _vector(self, text: str) -> Any:
        """The embedding of search ``text``, computed once: read-only, as every user shares it."""
        vector = self._vectors.get(text)
        if vector is None:
            vector = self.index.encoder.encode([text])[0]
            vector.setflags(write=False)
            if len(self._vectors) >= _VECTORS_KEPT:
                self._vectors.clear()
            self._vectors[text] = vector
        return vector

    def _asks_of_things(self, question: str, intent: Intent, scope: Scope) -> bool:
        """Whether an open question's answer is built from the sentences about the things it
        names. Not for a history, whose things mark its ends; nor for a claim, judged by the
        figures it states; nor for a question asking for a thing by a word the sources never
        use ("what fine did X impose on Y"), which a sentence found by a name alone does not
        answer."""
        return (
            intent.wide
            and not intent.chronological
            and not frame_of(question).claim
            and not self._asks_unknown_thing(question, scope)
        )

    def _things(self, topic: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """The things ``topic`` names, each with the search terms of the words naming it."""
        table = name_table()
        found: dict[str, frozenset[str]] = {}
        for kind in _THING_KINDS:
            for name, pattern in table.patterns.get(kind, {}).items():
                for m in pattern.finditer(topic):
                    terms = frozenset(self.index.lexicon.terms(m.group()))
                    found[name] = found.get(name, frozenset()) | terms
        # Another country than the home one is named by its search term ("the Dutch" is
        # netherlands), which is also what names it in a sentence. Not in a comparison with
        # the home country: its side is told in sentences naming no other country.
        terms = frozenset(self.index.lexicon.terms(topic))
        if not (self.home_country in terms and answer_type(topic) == "comparison"):
            for term in (self.other_countries - self.comparison_words) & terms:
                found[term] = frozenset({term})
        return tuple(sorted(found.items()))

    def _compared_countries(self, question: str) -> frozenset[str]:
        """The other countries a comparison with the home country names, by search term (none
        for any other question)."""
        terms = frozenset(self.index.lexicon.terms(question))
        if self.home_country not in terms or answer_type(question) != "comparison":
            return frozenset()
        return (self.other_countries - self.comparison_words) & terms

    def _about_thing(self, name: str) -> list[Unit]:
        """The sentences that name the thing called ``name`` (``_names_thing``), and those that
        go on about it after them in their paragraph."""
        known = self._things_about
        if name not in known:
            known[name] = [
                unit
                for unit in self.index.units.values()
                if unit.kind == "sentence"
                and (self._names_thing(name, unit) or self._goes_on_about(name, unit))
            ]
        return known[name]

    def _source_tells(self, question: str, query: Query) -> list[Unit]:
        """The sentences of the one source a question names about the one thing it names, in
        the source's order, when the question asks for an account of it (an open question of
        no kind of sentence): empty otherwise, or when the source says nothing of the thing."""
        if len(query.only) != 1 or len(query.things) != 1 or not query.intent.wide:
            return []
        if query.intent.chronological or asked_kind(question) is not None:
            return []
        # An account is asked by a request ("tell the story of X", "recount X"); a wh-question
        # ("what window does X allow") asks for one thing about X, which its best sentence gives.
        if answer_type(question) not in ("summary", "other") or _ASKS_WH.search(question):
            return []
        name = query.things[0][0]
        told = sorted(
            (u for u in self._about_thing(name) if u.source_id in query.only),
            key=lambda u: u.start,
        )
        # A source that only mentions the thing in passing gives no account of it.
        return told if len(told) >= _TOLD_FEWEST else []

    def _goes_on_about(self, name: str, unit: Unit) -> bool:
        """Whether ``unit`` comes right after a sentence of its paragraph that names the thing
        called ``name``, and so goes on about it ("Airbus agreed to provide … However, the
        implementation rate was only 10% …"); further back, a paragraph has often moved on."""
        return any(self._names_thing(name, before) for before in self._earlier(unit, reach=1))

    def _names_thing(self, name: str, unit: Unit) -> bool:
        """Whether ``unit`` names the thing called ``name``: by any of the words the name table
        gives it, or, for a country, by the search term ``name`` is."""
        known = self._thing_mentions
        key = (name, unit.id)
        if key not in known:
            known[key] = name_table().mentions(
                name, unit.text
            ) or name in self.index.unit_terms.get(unit.id, ())
        return known[key]

    def _label(self, source_id: str) -> str:
        meta = self.index.source_meta(source_id)
        return meta.label if meta is not None else source_id

    def unattributed(self, question: str) -> str:
        """``question`` without the words that name its source, if it names one."""
        named = attributed(question, self.called)
        return named.question if named is not None else question

    def rank(self, question: str, context: str = "", scope: Scope | None = None) -> list[Candidate]:
        """Candidate sentences for a question, best first."""
        return self._rank(self.prepare(question, context, scope))

    def _rank(self, query: Query) -> list[Candidate]:
        vector, weights, intent, asked = query.vector, query.weights, query.intent, query.asked
        # A question about one source looks deeper, since the others' passages are set aside;
        # so does one that sets a thing aside, since the passages about it are what it is not.
        aside = frozenset(self.index.lexicon.terms(" ".join(set_aside(query.question))))
        depth = self.depth * _ONE_SOURCE_DEPTH if query.only or aside else self.depth
        hits = hybrid_search(self.index, query.text, depth, rrf_k=self.rrf_k, vector=vector)
        total = sum(weights.values()) or 1.0
        foreign_penalty = not (
            asked & (self.other_countries | self.comparison_words | {self.home_country})
        )
        # A figure's credit line makes no point of a summary, a reason or a position; a question
        # that names a document's notes asks about them (``credits_figure``).
        uncredited = intent.wide and not _NOTES_NAMED.search(query.question)
        units: dict[str, Unit] = {}
        for hit in hits:
            for unit in self.index.units_of(hit.passage_id):
                if not query.only or unit.source_id in query.only:
                    units[unit.id] = unit
        for source_id in sorted(query.only):
            # A question put to one source ("per the Yonhap story") reads all of it: its answer
            # may share few words with the question ("insiders argue" for "what
            # do the dealers hope for"), and the search's best passages are mostly other sources'.
            for unit in self._units_of_source(source_id):
                units.setdefault(unit.id, unit)
        if _asks_government_reaction(query.question):
            # What a government did in reply is told in sentences that share no word with the
            # question ("the acting president held a meeting …"): every one is a candidate.
            for source_id in sorted(query.only or self.index.sources):
                for unit in self._marked_in(source_id, _GOVERNMENT_ACTS):
                    units.setdefault(unit.id, unit)
        if intent.position:
            # What a side said is looked for wherever it is reported: a spokesman's reply seldom
            # repeats the words of the question that asks for it ("how did they react").
            for side in self._sides(query.question):
                for unit in self._statements_of(side):
                    if not query.only or unit.source_id in query.only:
                        units.setdefault(unit.id, unit)
        # The side whose grounds a question asks is the first it names, its subject: "why does
        # the institute fault the agency" asks the institute's, not the agency's.
        asks_grounds = asks_a_sides_grounds(intent)
        sides = self._sides(query.question)[:1] if asks_grounds else []
        # The sides whose stance a position question asks: each one it names.
        stance_sides = self._sides(query.question) if intent.position else []
        if asks_grounds:
            # Why a side keeps its course is said where the sources give a cause of it ("the
            # agency's stance against the levy stems from …"), in words a question about that
            # side's case seldom shares ("why it cooled on", "its case for scaling back", "what
            # it dislikes"): each sentence naming a side the question names and giving a cause is
            # a candidate wherever it is.
            for side in sides:
                for unit in self._causes_told_of(side):
                    if not query.only or unit.source_id in query.only:
                        units.setdefault(unit.id, unit)
        kind = asked_kind(query.question) if intent.wide else None
        named_kind = kind if kind is not None and kind.called is not None else None
        # Causes are fitted by ``_fits`` (a why-question's intent); every other kind of sentence
        # a question asks for counts for a sentence that does it.
        marked_kind = kind if kind is not CAUSE else None
        if named_kind is not None and named_kind.called is not None:
            # The passages that use the kind's own name ("implementation", "benefits") are
            # searched for it alone: asked in everyday words ("have they kept their promises"),
            # with a topic the sources word otherwise ("suppliers" for the firms they name), the
            # question's passages may hold none of the sentences doing what it asks.
            for passage_id, _ in self.index.lexical_search(
                self.index.lexicon.terms(named_kind.called), _KIND_NAME_DEPTH
            ):
                for unit in self.index.units_of(passage_id):
                    if not query.only or unit.source_id in query.only:
                        units.setdefault(unit.id, unit)
        elif marked_kind is not None:
            # A kind with no name to search by ("what surrounded it", "why it matters") is done
            # by sentences elsewhere in the stories the question's passages come from ("It came
            # as …" paragraphs away): every sentence of theirs that does it is a candidate.
            # An actor's motive is often given by another story than the one the question's
            # words find (they name the act, "single out", not the aim): every source is read.
            sources = {unit.source_id for unit in units.values()}
            if marked_kind is MOTIVE:
                sources |= set(query.only or self.index.sources)
            for source_id in sorted(sources):
                for unit in self._marked_in(source_id, marked_kind.marked_by):
                    units.setdefault(unit.id, unit)
        for unit in self._stating_amounts(weights):
            # An amount the question names ("when did the harbour levy reach two million
            # dollars") is stated by few sentences, whose other words the question may not share
            # ("the port set its levy at USD 2 million"): each is a candidate wherever it is.
            if not query.only or unit.source_id in query.only:
                units.setdefault(unit.id, unit)
        searched = frozenset(units)
        for name, _ in query.things:
            # The sentences about a thing the question names are found by its name wherever they
            # are: the search, reading the question's words ("the refuelling-aircraft order"),
            # misses those that call it otherwise ("Airbus agreed to provide …") and the ones
            # after them.
            for unit in self._about_thing(name):
                if not query.only or unit.source_id in query.only:
                    units.setdefault(unit.id, unit)
        for term in self._compared_countries(query.question):
            # A comparison with the home country names the other country as no thing its
            # sentences must name (``_things``: the home side names none), but that country's
            # side is told only in the few sentences naming it, which the search, reading the
            # comparison's words ("what contract size triggers offsets"), may miss: each is a
            # candidate wherever it is.
            for unit in self._about_thing(term):
                if not query.only or unit.source_id in query.only:
                    units.setdefault(unit.id, unit)
        defines = self._definition_of(query.question) if intent.define else None
        if intent.define:
            # A thing is defined where it is first introduced ("Korea has been slow to use the
            # levy, which lets growers …"), in a passage whose other words a plain question
            # ("explain the levy") seldom shares: every sentence defining it is a candidate.
            for unit in self._defining(query.question, weights):
                if not query.only or unit.source_id in query.only:
                    units.setdefault(unit.id, unit)
        if answer_type(query.question) == "person":
            # "Which ministry spokesman …", "who was the envoy": the sentences naming a person
            # with that role beside the name are candidates wherever they are; the passage
            # holding one is often about something else and missed by the search.
            for unit in self._people_by_role(frozenset(weights)):
                if not query.only or unit.source_id in query.only:
                    units.setdefault(unit.id, unit)
        bodies = self._bodies_of_asked_kind(query.question)
        name_asked = _NAME_ASKED.search(query.question)
        name_terms = (
            frozenset(self.index.lexicon.terms(name_asked.group("verb")))
            if name_asked
            else frozenset()
        )
        body_terms = self._asked_body_terms(query.question) if bodies else frozenset()
        for unit in bodies:
            # "Which committee reviews it": a sentence naming a body of that kind is a candidate
            # wherever it is, as a person asked for by role is; its passage may be about something
            # else ("the MND is required to seek offsets … The X Committee reviews them").
            if not query.only or unit.source_id in query.only:
                units.setdefault(unit.id, unit)
        # What a person the question names said goes on after the sentence naming them: "…,"
        # he said." is theirs too, wherever it is reported.
        for person in name_table().find("people", query.question):
            for unit in self._statements_of(person):
                for later in self._speech_after(unit):
                    if not query.only or later.source_id in query.only:
                        units.setdefault(later.id, later)
        vectors = self.index.unit_vectors(list(units))
        figure_terms = frozenset(self.index.lexicon.terms(_FIGURE_WORDS)) & weights.keys()
        # "The ports and fisheries ministry" is an MFP a source names by its initials: a
        # sentence naming it meets the question's words of its full name (``bodies_described``).
        # A summary's sentences are chosen by their own words.
        described = (
            {} if intent.wide else bodies_described(self.index.lexicon, asked | weights.keys())
        )
        fits_asked = _fits_asked(intent)
        candidates = []
        for unit in units.values():
            terms = set(self.index.unit_terms.get(unit.id, ()))
            for body, naming in described.items():
                if body in terms:
                    terms |= naming
            context, noted = self._context_of(unit)
            context_terms = set(context)
            # "The foreign builders" are met by a sentence naming one ("Hanbit Yards agreed …").
            if query.classes:
                terms |= {
                    term for term, kind in query.classes if name_table().find(kind, unit.text)
                }
            if noted:
                # A figure's note is what a question about "the chart" reads.
                terms |= figure_terms
            if name_terms and unit.kind == "row" and _NAMING_LABEL.search(_row_label(unit)):
                # "What do they call it" is met by the table row that gives a thing's name
                # ("Alternative name of policy: …"), in the table's words, not the question's.
                terms |= name_terms
            if bodies and unit in bodies:
                # "Which committee" is met by a sentence naming one, though the name may be
                # indexed as its acronym ("the Steering Committee (SC)" as "sc").
                terms |= body_terms
            matched = frozenset(t for t in weights if t in terms)
            via_context = frozenset(t for t in weights if t in context_terms and t not in terms)
            coverage = _weighted_share(weights, matched, via_context, total)
            # A sentence about a thing the question names, in other words than it does ("Airbus"
            # for "the refuelling-aircraft order"), covers the words naming it: it ranks as if it
            # wrote them.
            # Its coverage, which says whether the sources write what the question asks, stays
            # that of its own words.
            thing_terms = set(matched)
            for name, naming in query.things:
                if self._names_thing(name, unit):
                    thing_terms |= naming
                elif self._goes_on_about(name, unit):
                    context_terms |= naming
            thing_context = {t for t in context_terms if t not in thing_terms}
            ranked_coverage = _weighted_share(weights, thing_terms, thing_context, total)
            dense = float(vectors[unit.id] @ vector) if unit.id in vectors else 0.0
            score = 0.6 * ranked_coverage + 0.4 * max(dense, 0.0)
            score += 0.08 * _fit(unit.text, fits_asked)
            if marked_kind is not None and marked_kind.marked_by.search(unit.text):
                # A question for benefits (causes, drawbacks …) of a topic every sentence is
                # about ("what has the country got out of it") is answered by those that name one.
                score += 0.08
            if intent.why and kind is not RECOMMENDATION and self._advised(sides, unit.text):
                # "The agency should widen it" is another's advice to a side, not the grounds
                # the side has for its course, which a why-question about that side asks.
                score *= _ADVICE_TO_SIDE_PRIOR
            elif (
                intent.position
                and kind is not RECOMMENDATION
                and self._advice_to_sides(query.question, stance_sides, unit)
            ):
                # Nor is it the side's stance, which a position question asks: what it says
                # or does, not what it is told.
                score *= _ADVICE_TO_SIDE_PRIOR
            if defines is not None and defines.search(unit.text):
                # "The levy, which lets growers …" says what the levy is; a sentence that only
                # has a defining word somewhere ("… allows …") may say it of something else.
                score += 0.08
            if len(unit.text.split()) < 6:
                score *= 0.7
            if foreign_penalty and terms & self.other_countries and self.home_country not in terms:
                score *= 0.85
            meta = self.index.source_meta(unit.source_id)
            score *= KIND_PRIOR.get(unit.kind, 1.0) * (meta.weight if meta else 1.0)
            if signposts(unit.text):
                score *= _SIGNPOST_PRIOR
            if aside & terms:
                score *= _SET_ASIDE_PRIOR
            elif aside and _ADDS.search(unit.text):
                score += 0.08
            if is_dateline(unit.text):
                # Where and when a story was filed: it answers nothing about its subject.
                score *= KIND_PRIOR["heading"]
            if uncredited and credits_figure(unit.text):
                # Where a figure's data come from ("Note: Based on …") cites works, as a
                # reference does: it makes no point of a summary, a reason or a position. (A
                # question naming the notes, or about one figure, may still be answered by it.)
                score *= KIND_PRIOR["reference"]
            candidates.append(
                Candidate(
                    unit,
                    score,
                    coverage,
                    dense,
                    matched,
                    via_context,
                    find_money(unit.text),
                    unit.id not in searched,
                )
            )
        candidates.sort(key=lambda c: (-c.score, c.unit.id))
        return candidates

    def _context_of(self, unit: Unit) -> tuple[frozenset[str], bool]:
        """The words ``unit`` leans on though it does not write them, and whether it is a
        figure's note, read once per unit: the same for every question that ranks it."""
        return self._per_unit("context", unit, self._context_read)

    def _context_read(self, unit: Unit) -> tuple[frozenset[str], bool]:
        context: set[str] = set()
        for before in self._earlier(unit):
            context.update(self.index.unit_terms.get(before.id, ()))
        speaking = self._speaker_sentence(unit)
        if speaking is not None:
            # The rest of a quotation is about whom the sentence naming its speaker names.
            context.update(self.index.unit_terms.get(speaking.id, ()))
        caption = self._caption_noted(unit)
        if caption is not None:
            # A figure's note says what its numbers are: it is about what the caption names.
            context.update(self.index.lexicon.terms(caption))
        return frozenset(context), caption is not None

    def _definition_of(self, question: str) -> re.Pattern[str] | None:
        """A pattern for a sentence saying what the thing ``question`` asks to have defined is
        or does, right after naming it: "the levy, which lets …", "a levy is …", "levies
        allow …"."""
        asked = [
            _DEFINED_THING.sub(" ", part).split()
            for part in {without_register(question), *split_parts(question)}
            if _DEFINE_Q.search(part)
        ]
        heads = sorted({words[-1].lower().rstrip("s") for words in asked if words})
        if not heads:
            return None
        return re.compile(
            rf"\b(?:{'|'.join(map(re.escape, heads))})\w*(?:\s*\([^)]*\))?"
            r"(?:\s*,\s*which|\s+(?:is|are)\s+(?:an?|the|when|where)\b|\s+refers?\s+to\b|"
            r"\s+(?:allows?|enables?|lets|means)\b)",
            re.I,
        )

    def _defining(self, question: str, weights: dict[str, float]) -> list[Unit]:
        """The sentences that define what ``question`` asks to have defined: they hold every
        word of it and say what it is or does ("the levy, which lets …", "a levy is …")."""
        asked = [
            part
            for part in {without_register(question), *split_parts(question)}
            if _DEFINE_Q.search(part)
        ]
        found: list[Unit] = []
        for text in asked:
            subject = frozenset(self.index.lexicon.terms(text)) & set(weights)
            if not subject:
                continue
            for unit in self.index.units.values():
                if (
                    unit.kind == "sentence"
                    and subject <= set(self.index.unit_terms.get(unit.id, ()))
                    and _DEFINITION.search(unit.text)
                ):
                    found.append(unit)
        return found

    def _units_of_source(self, source_id: str) -> list[Unit]:
        by_source = getattr(self, "_by_source", None)
        if by_source is None or by_source[0] is not self.index.units:
            grouped: dict[str, list[Unit]] = {}
            for unit in self.index.units.values():
                grouped.setdefault(unit.source_id, []).append(unit)
            by_source = (self.index.units, grouped)
            self._by_source = by_source
        return by_source[1].get(source_id, [])

    def _per_unit(self, what: str, unit: Unit, read: Callable[[Unit], _Read]) -> _Read:
        """``read(unit)``, read once per unit (and ``what`` is read) while the index holds the
        same units: ranking asks the same things of each candidate sentence (the sentences before
        it, whose words it goes on with, the caption it notes) at every question. Keyed by the
        unit's id, unique among the units the index holds: hashing the unit itself hashes all
        its fields at every read."""
        return self._read_once(what, unit.id, lambda: read(unit))

    def _per_text(self, what: str, text: str, read: Callable[[str], _Read]) -> _Read:
        """``read(text)``, read once per text (and ``what`` is read) while the index holds the
        same units, as ``_per_unit`` does: the names a sentence holds, whom it places where, are
        asked of the same candidate sentences at every question. ``read`` must depend on the
        text and the index alone, and its result must not be changed by those who get it."""
        return self._read_once(what, text, lambda: read(text))

    def _read_once(self, what: str, key: str, read: Callable[[], _Read]) -> _Read:
        """``read()``, kept under (``what``, ``key``) until the index holds other units (or the
        store of reads is full, when it starts again)."""
        kept: tuple[object, dict[tuple[str, str], object]] | None
        kept = getattr(self, "_unit_reads", None)
        if kept is None or kept[0] is not self.index.units or len(kept[1]) >= _UNIT_READS_KEPT:
            kept = (self.index.units, {})
            self._unit_reads = kept
        found = kept[1].get((what, key), _UNREAD)
        if found is _UNREAD:
            found = kept[1][what, key] = read()
        return cast(_Read, found)

    def _caption_noted(self, unit: Unit) -> str | None:
        """The caption of the figure or table whose note ``unit`` is, or carries on ("Note: The
        values represent offers accepted."): the caption stands between the note and the text
        before it ("Figure 3. Harbour Levies by Port (2001 to 2009)"). None
        for any other sentence."""
        return self._per_unit("caption", unit, self._caption_read)

    def _caption_read(self, unit: Unit) -> str | None:
        first = unit
        for _ in range(_NOTE_REACH):
            before = self._neighbour(first, -1)
            if before is None or before.paragraph != first.paragraph:
                break
            first = before
        if not _NOTE_LABEL.match(first.text):
            return None
        before = self._neighbour(first, -1)
        text = self.source_texts.get(first.source_id, "")
        gap = text[before.end if before is not None else 0 : first.start]
        captions = _CAPTION.findall(gap)
        return captions[-1] if captions else None

    def _stating_amounts(self, weights: Mapping[str, float]) -> list[Unit]:
        """The sentences stating an amount of money among the question's terms ("usd5000000"),
        read once per index: an amount term is written by a handful of sentences only."""
        asked = sorted(t for t in weights if is_amount_term(t))
        if not asked:
            return []
        stating = getattr(self, "_amount_units", None)
        if stating is None or stating[0] is not self.index.units:
            found: dict[str, list[Unit]] = {}
            for unit_id, terms in self.index.unit_terms.items():
                unit = self.index.units.get(unit_id)
                if unit is None or unit.kind != "sentence":
                    continue
                for term in terms:
                    if is_amount_term(term):
                        found.setdefault(term, []).append(unit)
            stating = self._amount_units = (self.index.units, found)
        return [unit for term in asked for unit in stating[1].get(term, [])]

    def _marked_in(self, source_id: str, pattern: re.Pattern[str]) -> list[Unit]:
        """The units of ``source_id`` that ``pattern`` finds, read once per index: the scans for
        a kind of sentence, or for a government's acts, run at every question asking for one."""
        marked = getattr(self, "_marked", None)
        if marked is None or marked[0] is not self.index.units:
            found: dict[tuple[str, re.Pattern[str]], list[Unit]] = {}
            marked = self._marked = (self.index.units, found)
        key = (source_id, pattern)
        if key not in marked[1]:
            units = self._units_of_source(source_id)
            marked[1][key] = [unit for unit in units if pattern.search(unit.text)]
        return marked[1][key]

    def _earlier(self, unit: Unit, reach: int = 3) -> list[Unit]:
        """Up to ``reach`` sentences before ``unit`` in its paragraph, nearest first."""
        return list(
            self._per_unit(f"earlier {reach}", unit, lambda u: self._earlier_read(u, reach))
        )

    def _earlier_read(self, unit: Unit, reach: int) -> tuple[Unit, ...]:
        found = []
        for back in range(1, reach + 1):
            before = self._neighbour(unit, -back)
            if before is None or before.paragraph != unit.paragraph or is_dateline(before.text):
                break
            found.append(before)
        return tuple(found)

    # -- composing ---------------------------------------------------------------------------

    def compose(self, question: str, context: str, scope: Scope, said: str = "") -> Answer:
        """A cited answer that holds what the question asks for, every part of it, or an
        abstention that says what the sources give instead. ``said``: the answer the question
        follows up, if it follows one up."""
        outermost = getattr(self._answering, "recent", None) is None
        if outermost:
            self._answering.recent = {}
            with reading_meaning(self._word_meaning):
                return self._composed(question, context, scope, said, outermost)
        return self._composed(question, context, scope, said, outermost)

    def _composed(
        self, question: str, context: str, scope: Scope, said: str, outermost: bool
    ) -> Answer:
        try:
            going_on = self._said_further(question, context, scope, said) if said else None
            if going_on is not None:
                return self._verdict_given(question, going_on) if outermost else going_on
            disputed = self._disputed_claim(question) if outermost else None
            if disputed is not None:
                return disputed
            each = self._each_source_figure(question, context, scope) if outermost else None
            if each is not None:
                return each
            sides = self._sides_asked(question, context, scope) if outermost else None
            if sides is not None:
                return sides
            ranking = self._ranking(question, context, scope) if outermost else None
            if ranking is not None:
                return ranking
            answer = self._compose(question, context, scope)
            if answer.abstained and scope.covered:
                answer = self._corrected_claim(question, context, scope) or answer
            if answer.abstained and outermost:
                answer = self._misdated_change(question) or answer
            if outermost:
                answer = self._verdict_given(question, answer)
            if answer.abstained and outermost:
                answer = self._claim_of_other_subject(question, answer) or answer
            if outermost:
                answer = self._claim_of_now(question, answer)
                answer = self._their_words_on(question, context, scope, answer)
                answer = self._reply_to_event(question, answer)
                answer = self._side_by_kind(question, answer)
                if not answer.abstained:
                    answer = self._each_source_named(question, context, scope, answer)
                    answer = self._each_side_wanted(question, context, scope, answer)
                answer = self._claim_of_start(question, answer)
                answer = self._extreme_date(question, answer)
                answer = self._cause_unsupported(question, answer)
                answer = led_by_deciding(question, answer)
                answer = self._each_part_judged(question, answer)
                answer = self._deal_unreported(question, answer)
            return answer
        finally:
            if outermost:
                self._answering.recent = None

    def _each_part_judged(self, question: str, answer: Answer) -> Answer:
        """A claim of several parts found not as stated says which of its parts the sources
        bear out and which they do not (``claims.part_verdicts``): "40% and 25%, both right?"
        may be half right, and the reader should not have to find which half."""
        if not answer.answer.startswith(say("verdict_no")) or not frame_of(question).claim:
            return answer
        parts = part_verdicts(question, answer.answer, self.names_by_kind)
        right = [written for written, verdict in parts if verdict == "yes"]
        wrong = [written for written, verdict in parts if verdict == "no"]
        if not (right and wrong):
            return answer
        line = say("parts_judged", right="; ".join(right), wrong="; ".join(wrong))
        return answer.model_copy(update={"answer": f"{answer.answer}\n\n{line}"})

    def _deal_unreported(self, question: str, answer: Answer) -> Answer:
        """A claim telling what happened to a deal the sources do not report ("a $2 billion
        radar buy went through without offsets last year, right?", ``known_deals``) is one they
        can neither confirm nor correct, whatever sentences share its words: it is declined,
        saying so."""
        if answer.abstained or answer.tool_calls or self.facts is None:
            return answer
        if not tells_an_unreported_deal(question, self.facts.data):
            return answer
        if figure_written_in(question, (unit.text for unit in self.index.units.values())):
            return answer
        return _claim_declined(answer, question, say("deal_unreported"))

    def _verdict_given(self, question: str, answer: Answer) -> Answer:
        """A claim answered without a verdict, by whichever way its answer was found (a data
        row stating its figures, the sentences of its topic), is judged by that answer as any
        claim is (``_verdict``): the user asked whether it holds. An answer that abstains,
        calculates, or sets disputed figures side by side is left as it is."""
        frame = frame_of(question)
        if not frame.claim or answer.abstained or answer.tool_calls or answer.disputed:
            return answer
        if any(answer.answer.startswith(say(k)) for k in ("verdict_yes", "verdict_no")):
            return answer
        return _verdict(answer, frame, self.names_by_kind)

    def _claim_of_other_subject(self, question: str, answer: Answer) -> Answer | None:
        """A claim refused for a name the statement nearest it never writes, whose figures and
        other words are that statement's (``claimed_subject.other_subject``): the claim gave
        the statement's figures to the wrong subject, and is answered "not as stated", naming
        whom the sources give them for. None when the claim is no such claim, or the refusal
        points to no statement."""
        if not frame_of(question).claim or not answer.citations:
            return None
        nearest = answer.citations[0]
        found = other_subject(
            question,
            nearest.quote,
            self.names_by_kind,
            self._written_in_small_letters,
            lambda name: names_a_source(name, self.called),
        )
        if found is None:
            return None
        cited = nearest.model_copy(update={"marker": 1})
        if found.right:
            lead = say("claim_of_other", right=", ".join(found.right), wrong=", ".join(found.wrong))
        else:
            lead = say("claim_not_of", wrong=", ".join(found.wrong))
        text = f"{lead} {display(cited.quote)} [1]"
        return Answer(question=question, answer=text, citations=[cited])

    def _written_in_small_letters(self, word: str) -> bool:
        """Whether any source writes ``word`` in small letters: a common word, not a name."""
        lowered = re.escape(word.lower())
        return any(
            re.search(rf"(?<![\w-]){lowered}(?![\w-])", text) is not None
            for text in self.source_texts.values()
        )

    def _misdated_change(self, question: str) -> Answer | None:
        """A claimed change of the policy put at a year the sources give nothing of the kind for
        ("trimmed from 12 to 9 percent in 1977") is the change they record at another year, when a
        policy event states all its figures (``claims.same_change``): the claim is corrected by
        that event, not declined. The event is looked up in the policy table, since the
        sentences nearest the claim's words may state the figures without the change."""
        if self.facts is None or not frame_of(question).claim:
            return None
        events = [
            e
            for e in self.facts.data.policy
            if e.year is not None and same_change(question, e.quote, e.year)
        ]
        if len(events) != 1:
            return None
        cited = CitationList(self.row_citation)
        said = f"{events[0].shown()} {cited.rows([events[0]])}."
        return Answer(
            question=question, answer=f"{say('verdict_no')} {said}", citations=cited.items
        )

    def _cause_unsupported(self, question: str, answer: Answer) -> Answer:
        """A claim that gives a cause for what it states ("scrapped in 2004 under EU pressure") is
        borne out only when the sources state that cause too: when the answer does not, the
        claim as a whole is not one the sources answer, and the statement of what they do say
        is pointed to. A claim the answer contradicts stays contradicted."""
        if not frame_of(question).claim or answer.abstained or not answer.citations:
            return answer
        if answer.answer.startswith(say("verdict_no")):
            return answer
        cause = unsupported_cause(question, answer.answer)
        if cause is None:
            return answer
        return _claim_declined(answer, question, say("cause_unsupported", cause=cause))

    def _disputed_claim(self, question: str) -> Answer | None:
        """A claim that states one side of a curated disagreement ("the blog dates the report to
        31 October, right?") is neither confirmed nor refuted by the sentence that says so: the
        other sources give another figure. The answer says the sources disagree and cites each
        side."""
        if not frame_of(question).claim or self.facts is None:
            return None
        for item in self.disagreements:
            side = claimed_side(question, [f"{s.value} {item.anchor}" for s in item.sides])
            if side is None:
                continue
            cited = CitationList(self.row_citation)
            parts = [
                f"{s.value} {cited.rows([self.facts.data.row(s.rows[0])])}" for s in item.sides
            ]
            text = say(
                "disagree_note", measure=item.measure, anchor=item.anchor, sides="; ".join(parts)
            )
            claimed = item.sides[side]
            others = [s for s in item.sides if s is not claimed]
            whose = self._named_side(question, item, side)
            if self._side_contradicted(claimed) and not any(map(self._side_contradicted, others)):
                # The side the claim takes is one the knowledge marks as contradicted by the
                # other sources (a source's error): the claim is not borne out, even where it
                # only reports what that source says.
                text = f"{say('claim_on_wrong_side', claimed=claimed.value)} {text}"
            elif not self._side_contradicted(claimed) and all(map(self._side_contradicted, others)):
                # The other way round: every other side is the contradicted one.
                text = f"{say('claim_on_right_side', claimed=claimed.value)} {text}"
            elif whose is not None:
                # Neither side a known error, and the claim says who gives the figure: what
                # that source writes settles it (a side that is a source's known error stays
                # not borne out above, even as that source's).
                name, found = whose
                rows = [self.facts.data.row(r) for r in found.rows]
                if found.holds:
                    lead = say("claim_named_yes", name=name, claimed=claimed.value)
                else:
                    given = "; ".join(r.shown() for r in rows)
                    lead = say("claim_named_no", name=name, given=given)
                text = f"{lead} {cited.rows(rows)}. {text}"
            return Answer(question=question, answer=text, citations=cited.items, disputed=True)
        return None

    def _named_side(
        self, question: str, item: Disagreement, side: int
    ) -> tuple[str, NamedSide] | None:
        """What the source a claim names writes of side ``side`` of ``item``
        (``named_sides``), with the name the claim calls it by; None when the claim names no
        source or the source settles nothing."""
        named = attributed(question, self.called)
        if named is None or self.facts is None:
            return None
        facts = self.facts
        found = named_side(item, side, named.sources, lambda r: facts.data.row(r).source)
        return None if found is None else (", ".join(named.names), found)

    def _sides_asked(self, question: str, context: str, scope: Scope) -> Answer | None:
        """How the sources differ on a figure, or which figure each gives (``sides_asked``):
        each source's figure of the measure asked, cited, then each side's sentence. None when
        the question asks no such thing or no family of rows has such sides
        (``_sides_rows``)."""
        if self.facts is None or frame_of(question).claim:
            return None
        kinds = {sid: meta.kind for sid, meta in self.index.sources.items()}
        named = named_sources(question, self.called, kinds)
        if not asks_sides(question, bool(named)):
            return None
        query, _ = self._ranked_query(question, context, scope)
        chosen = self._sides_rows(question, query, named | query.only)
        if not chosen:
            return None
        cited = CitationList(self.row_citation)
        family = [
            f
            for f in self.facts.facts
            if f.family == chosen[0].family and f.subject == chosen[0].subject
        ]
        derived = derivations(chosen, family)

        def marker(fact: Fact) -> tuple[int, ...]:
            at = next(i for i, f in enumerate(chosen) if f is fact)
            told = [fact, *derived.get(at, ())]
            return tuple(cited.row(f.row, quote) for f in told for quote in f.row.cited)

        text, disputed = render_sides(chosen, marker, self._label)
        # Each side's statement in its own words: how a source frames or derives its figure
        # ("seven percent of over USD 10 billion") is part of what it says.
        told = " ".join(f"“{c.quote.strip()}” [{c.marker}]" for c in cited.items)
        text = f"{text}\n\n{say('sides_words', quotes=told)}"
        return Answer(question=question, answer=text, citations=cited.items, disputed=disputed)

    def _ranking(self, question: str, context: str, scope: Scope) -> Answer | None:
        """The item of a table that ranks first or last on its figure, when the question asks
        for it plainly and one table decides it (``rankings``): the ends asked for, then the
        order, each item cited to its rows. None for a follow-up (what it ranks is in the
        conversation), a claim, a question of several parts that are not all of the ranking,
        or anything the tables cannot decide."""
        if self.facts is None or context or not scope.covered:
            return None
        asked = superlative_asked(question)
        if asked is None:
            return None
        frame = frame_of(question)
        if frame.claim:
            return None
        terms = self.index.lexicon.terms
        if self._ranked_tables is None:
            self._ranked_tables = ranked_tables(self.facts, terms)
        named = attributed(question, self.called)
        table = chosen_table(
            question,
            asked,
            self._ranked_tables,
            Constraints(
                terms=frozenset(terms(question)),
                programs=frozenset(name_table().find("programs", question)),
                countries=frozenset(name_table().find("countries", question)),
                home=domain().home_country,
                sources=frozenset(named.sources) if named is not None else frozenset(),
            ),
            terms,
        )
        if table is None or not self._all_of_ranking(frame.parts, table, terms):
            return None
        tiers = order(table)
        if tiers is None:
            return None
        return self._ranking_answer(question, asked, table, tiers)

    @staticmethod
    def _all_of_ranking(
        parts: Sequence[str], table: RankedTable, terms: Callable[[str], list[str]]
    ) -> bool:
        """Whether every part of a question is of the ranking: asks for an end of it, or only
        for the figures of the item it found ("its tonnage and its rank")."""
        if len(parts) < 2:
            return True
        allowed = table.terms | table.names | frozenset(terms(ranking_figure_words()))
        return all(names_extreme(part) or frozenset(terms(part)) <= allowed for part in parts)

    def _ranking_answer(
        self, question: str, asked: Superlative, table: RankedTable, tiers: list[list[Entry]]
    ) -> Answer:
        cited = CitationList(self.row_citation)

        def marker(fact: Fact) -> tuple[int, ...]:
            return tuple(cited.row(fact.row, quote) for quote in fact.row.cited)

        def names(tier: list[Entry]) -> str:
            listed = joined([e.name for e in tier])
            return say("ranking_tied", names=listed) if len(tier) > 1 else listed

        lead = []
        if asked.high:
            lead.append(say("ranking_high", names=names(tiers[0])))
        if asked.low:
            lead.append(say("ranking_low", names=names(tiers[-1])))
        shown = shown_tiers(tiers, asked)
        lines: list[str] = []
        disputed = False
        told = 0
        for entry in (*(e for tier in shown for e in tier), *table.besides):
            if told == sum(len(t) for t in shown):
                lines.append(say("ranking_besides"))
            told += 1
            text, differs = render([list(entry.facts)], marker)
            disputed |= differs
            lines.append(f"- {text.removeprefix(say('disagree_lead')).strip()}")
        heading = say("ranking_order") if shown == tiers else say("ranking_ends")
        if disputed:
            lead.insert(0, say("disagree_lead"))
        text = " ".join(lead) + f"\n\n{heading}\n" + "\n".join(lines)
        return Answer(question=question, answer=text, citations=cited.items, disputed=disputed)

    def _each_source_figure(self, question: str, context: str, scope: Scope) -> Answer | None:
        """The figure of one measure asked of named sources (``per_source``): two sources or
        more named get each one's own figures, cited, and a word for each that gives none; one
        source asked alone ("according to the Gazette") that gives none is said to give none,
        never answered from another. None otherwise (the usual answer)."""
        # Two things asked ("what did the Courier blame, and what toll did it give?"): the rows
        # of one measure answer neither whole, and the usual answer takes each part.
        if self.facts is None or frame_of(question).claim or not one_ask(question, self.called):
            return None
        named = sources_in_order(question, self.called)
        if len(named) < 2:
            alone = attributed(question, self.called)
            # One source's silence is told only of a figure asked: "what do the insiders it
            # quotes want done" asks no measure, whatever rows its words match.
            if alone is None or len(alone.sources) != 1 or not asks_figure(question):
                return None
            named = alone.sources
        query, _ = self._ranked_query(question, context, scope)
        found = per_source(self._measure_family(question, query), named)
        if found is None or (len(named) > 1 and not found.rows):
            return None
        if len(named) == 1 and found.rows:
            return None
        family = found.rows or self._measure_family(question, query)
        label, _, _ = family[0].row.shown().partition(": ")
        silent = " ".join(
            say("source_gives_none", source=self._label(s), label=label) for s in found.silent
        )
        if not found.rows:
            refusal = f"{say('cannot_answer')} {silent}"
            return Answer(question=question, answer=refusal, abstained=True)
        cited = CitationList(self.row_citation)
        by_source: dict[str, list[str]] = {}
        for fact in found.rows:
            figure = fact.row.shown().partition(": ")[2] or fact.row.shown()
            marks = "".join(f"[{cited.row(fact.row, quote)}]" for quote in fact.row.cited)
            by_source.setdefault(fact.row.source, []).append(f"{figure} {marks}")
        sides = "; ".join(
            f"{self._label(source)}: {' and '.join(figures)}"
            for source in named
            if (figures := by_source.get(source))
        )
        text = " ".join(filter(None, [say("source_figures", label=label, sides=sides), silent]))
        told = " ".join(f"“{c.quote.strip()}” [{c.marker}]" for c in cited.items)
        text = f"{text}\n\n{say('sides_words', quotes=told)}"
        disputed = disagree(list(found.rows))
        return Answer(question=question, answer=text, citations=cited.items, disputed=disputed)

    def _rows_without_sides(self, question: str, query: Query) -> list[ScoredFact]:
        """The data rows ``query`` ranks, matched without the words that name the sources,
        their disagreement or the sides asked: those say whose figures, not which measure."""
        dropped = frozenset(
            self.index.lexicon.terms(
                " ".join(
                    [
                        *side_words(question),
                        *presentation_words(question),
                        *source_names_in(question, self.called),
                    ]
                )
            )
        )
        weights = {t: w for t, w in query.weights.items() if t not in dropped}
        return self.rank_facts(replace(query, weights=weights, only=frozenset())) if weights else []

    def _measure_family(self, question: str, query: Query) -> list[Fact]:
        """The rows of the measure ``question`` asks, of every source: the family of the best
        rows matched without the words naming sources or their disagreement, among those scoring
        near the best, the first stating every word of the question the best ones state."""
        assert self.facts is not None
        facts = self._rows_without_sides(question, query)
        if not facts:
            return []
        near = [f for f in facts if f.score >= _SIDES_SPREAD * facts[0].score]
        # A share is asked by its word, an amount otherwise (``unit_fits``).
        near = [f for f in near if unit_fits(question, f.fact)]
        if not near:
            return []
        fullest = max(f.coverage for f in near)
        best = next(f.fact for f in near if f.coverage >= fullest)
        return [
            f for f in self.facts.facts if f.family == best.family and f.subject == best.subject
        ]

    def _sides_rows(self, question: str, query: Query, named: frozenset[str]) -> list[Fact]:
        """The rows to set side by side: the measure is that of the best rows, matched without
        the words that name the sources or their disagreement; of the families of rows scoring
        near the best and matching as many of its words, the first whose sources (``named``,
        else all) give two figures or more (``sides_of``). [] when none does."""
        assert self.facts is not None
        facts = self._rows_without_sides(question, query)
        if not facts:
            return []
        floor = _SIDES_SPREAD * facts[0].score
        near = [f for f in facts if f.score >= floor]
        # The measure asked states every word of the question the best rows state: a family
        # that misses one ("pages" beside a report's release date) is of another measure.
        fullest = max(f.coverage for f in near)
        currencies = currencies_asked(question)
        seen: set[tuple[object, ...]] = set()
        for scored in near:
            key = (scored.fact.family, scored.fact.subject)
            if scored.coverage < fullest or key in seen:
                continue
            seen.add(key)
            family = [
                f
                for f in self.facts.facts
                if f.family == scored.fact.family and f.subject == scored.fact.subject
            ]
            chosen = sides_of(family, named, currencies)
            if chosen:
                return chosen
        return periods_of([s.fact for s in near], named, currencies)

    def _side_contradicted(self, side: Side) -> bool:
        """Whether every row of ``side`` is marked disputed: a figure the knowledge records as
        contradicted by the other sources."""
        assert self.facts is not None
        return all(getattr(self.facts.data.row(r), "disputed", False) for r in side.rows)

    def _extreme_date(self, question: str, answer: Answer) -> Answer:
        """A question for the date of the latest or the earliest of a thing is answered by the
        statement, among those nearest the question, that dates it at that extreme ("under the
        latest guidelines (2022)" against "revised the guidelines in 2020"), not by the one that
        matches the question's words best."""
        extreme = extreme_asked(question)
        if extreme is None or answer.abstained or not answer.citations:
            return answer
        parts = split_parts(question)
        if len(parts) > 1:
            return self._extreme_date_of_parts(parts, answer)
        if frame_of(question).answer_type != "date":
            return answer
        ranked = self.rank(question)[:_EXTREME_DEPTH]
        if not ranked:
            return answer
        lead = ranked[0].hits
        near = [
            c.unit
            for c in ranked
            if c.unit.kind == "sentence"
            and len(c.hits & lead) * 2 >= len(lead)
            and not self._of_other_country(c.unit.text)
        ]
        chosen = most_extreme([u.text for u in near], extreme)
        if chosen is None:
            return answer
        unit = near[chosen]
        first = answer.citations[0].quote
        if " ".join(unit.text.split()) in " ".join(first.split()):
            return answer
        if most_extreme([first, unit.text], extreme) != 1:
            return answer
        return self._cited(question, [unit])

    def _extreme_date_of_parts(self, parts: tuple[str, ...], answer: Answer) -> Answer:
        """For a question of several asks, the latest or earliest date one ask wants is added
        to what the answer states, not put in place of it: the other asks' statements are
        answers of their own ("when did the levy begin, and when was its latest rule set?")."""
        extras = []
        for part in parts:
            if extreme_asked(part) is None or frame_of(part).answer_type != "date":
                continue
            for citation in answer.citations:
                # Asked alone with each cited statement, the part keeps it when it dates the
                # extreme already.
                alone = answer.model_copy(update={"citations": [citation]})
                if self._extreme_date(part, alone) is alone:
                    break
            else:
                chosen = self._extreme_date(part, answer)
                if chosen is not answer:
                    extras.append(chosen)
        said = {_plain(claim) for claim in _cited_claims(answer.answer)}
        return merge(answer, [_without_given(e, said) for e in extras]) if extras else answer

    @cached_property
    def _our_countries(self) -> frozenset[str]:
        """The countries of the home country and of the parties to the matter, read once."""
        home = self.names_by_kind(" ".join([domain().home_country, *name_table().names("parties")]))
        return frozenset(home.get("countries", frozenset()))

    def _of_other_country(self, text: str) -> bool:
        """Whether ``text`` names a country besides the home country and the parties to the
        matter: a statement of another country's rule."""
        ours = self._our_countries
        return bool(self.names_by_kind(text).get("countries", ours) - ours)

    def _claim_of_now(self, question: str, answer: Answer) -> Answer:
        """A claim about the rule in force ("the threshold today is X, right?") is judged by the
        latest statement of a figure of its kind, not by one that gave X for an older rule: among
        the sentences nearest the claim, the one that speaks of the present or names the latest
        year decides. When it states another value, the claim is corrected by it. A question
        for the figure in force ("what is the threshold now?") answered by a statement dated to
        an older year is answered by that latest statement instead."""
        frame = frame_of(question)
        if not frame.present and frame.claim and not answer.abstained:
            return self._confirmed_by_the_past(question, answer)
        if not frame.present or answer.abstained:
            return answer
        if frame.claim:
            claimed = " ".join(CLAIM.sub(" ", question).split())
            latest = self._latest_of_kind(claimed, question, of_measure=True)
            if latest is None or states_kind(latest.text, question)[1]:
                # The latest statement bears out a figure of the claim, or none is found: a
                # figure only an earlier rule had is still corrected by the rule in force.
                return self._confirmed_by_the_past(question, answer)
            return self._cited(question, [latest], lead=say("verdict_no"))
        quotes = [c.quote for c in answer.citations]
        if answer.tool_calls or not quotes or frame.answer_type == "date":
            return answer
        if len(frame.parts) > 1:
            # A question of several asks had its ask of the present answered as a part
            # (``_compose``): the latest statement of one kind would stand in for every part.
            return answer
        latest = self._latest_of_kind(question, " ".join(quotes))
        if latest is None or latest.text in quotes:
            return answer
        later_now, later_year = when_stated(latest.text)
        if not all(
            not now and 0 < year and (year < later_year or later_now)
            for now, year in map(when_stated, quotes)
        ):
            return answer  # a statement of the answer is undated or as late
        return self._cited(question, [latest])

    def _confirmed_by_the_past(self, question: str, answer: Answer) -> Answer:
        """A claim of the home country's rule as it stands, put without "now" ("the trigger is
        $4 million, right?": no time, nothing past), that states a threshold or a share only an
        earlier rule had is corrected by the rule in force: a figure that once held is no
        confirmation of what holds. The answer cites the latest rule's statement of that figure
        and the step that set the claimed one. Claims naming another country or a firm are
        theirs, a claim of what a named source says is judged by that source, and a figure the
        latest rule keeps is judged as before."""
        if self.facts is None or not self.facts.data.rules or answer.abstained:
            return answer
        if names_a_source(question, self.called):
            return answer
        # "The floor is a sale of $8 million, right?" says what the rule is by a contract
        # (``contract_reference``): a figure no rule ever had is corrected by the rule in force
        # too, and so is one already denied by an older rule's statement.
        described = describes_by_a_contract(question)
        denied = described and answer.answer.startswith(say("verdict_no"))
        if not (answer.answer.startswith(say("verdict_yes")) or denied) or not of_now(question):
            return answer
        parties = parties_named(self.names_by_kind(question), self._our_countries)
        if any(parties.values()):
            return answer
        rules = self.facts.data.rules
        latest = rules[-1]
        given = {(f.kind, f.value) for f in stated_figures(without_markers(answer.answer))}
        rows: list[Row] = []
        for figure in stated_figures(CLAIM.sub(" ", claim_statement(question))):
            if figure.kind not in _RULE_FIGURES:
                continue
            stated, field = _RULE_FIGURES[figure.kind]
            earlier = [r for r in rules[:-1] if figure.value in stated(r)]
            if figure.value in stated(latest) or not (earlier or described):
                continue
            now = sorted(stated(latest))
            if denied and (figure.kind, now[-1]) in given:
                continue  # the answer already gives the figure in force
            rows.append(self._stating(latest, field, now[-1]))
            if earlier:
                rows.append(self._stating(earlier[-1], field, figure.value))
        rows = list(dict.fromkeys(rows))
        if not rows:
            return answer
        said = self._rows_stated(question, rows)
        return said.model_copy(update={"answer": f"{say('verdict_no')} {said.answer}"})

    def _rows_stated(self, question: str, rows: list[Row]) -> Answer:
        """Data rows as an answer: each row's statement, cited to its row, in the order given."""
        cited = CitationList(self.row_citation)
        said = " ".join(f"{row.shown()} {cited.rows([row])}." for row in rows)
        return Answer(question=question, answer=said, citations=cited.items)

    def _claim_of_start(self, question: str, answer: Answer) -> Answer:
        """A claim about what held when the program began ("it has required X ever since it
        started", "the program dates from YEAR") is judged by the rule table's first step, not
        by whatever sentence retrieval brings: a later statement of the same figure, or a year
        inside a long period, says nothing of the start. When the first rule (or its start year)
        differs from the claim, the claim is corrected by it, and by the step that brought the
        claimed figure in, if one did."""
        if self.facts is None or not frame_of(question).claim or not self.facts.data.rules:
            return answer
        rules = self.facts.data.rules
        first = rules[0]
        figures = stated_figures(question)
        program = _PROGRAM_START.search(question)
        # "From the outset" is read as the first rule's year: naming that year is naming the start.
        opening = any(f.kind == "year" and f.value == first.from_year for f in figures)
        if not (program or opening or _START_CLAIM.search(question)):
            return answer
        wrong: list[Row] = []
        for figure in figures:
            if figure.kind == "year" and program and figure.value != first.from_year:
                wrong.append(self.facts.data.row(first.cites[0]))
            if figure.kind not in _RULE_FIGURES:
                continue
            stated, field = _RULE_FIGURES[figure.kind]
            if figure.value not in stated(first):
                later = [r for r in rules if figure.value in stated(r)]
                wrong.append(self.facts.data.row(first.cites[0]))
                wrong += [self._stating(later[0], field, figure.value)] if later else []
        rows = list(dict.fromkeys(wrong))
        if not rows:
            return answer
        said = self._rows_stated(question, rows)
        return said.model_copy(update={"answer": f"{say('verdict_no')} {said.answer}"})

    def _stating(self, rule: OffsetRule, field: str, value: Decimal) -> Row:
        """The row of ``rule``'s cited steps that states ``value`` as its ``field``."""
        assert self.facts is not None
        rows = [self.facts.data.row(c) for c in rule.cites]
        return next((r for r in rows if getattr(r, field, None) == value), rows[0])

    def _latest_of_kind(self, question: str, figures: str, of_measure: bool = False) -> Unit | None:
        """Among the sentences nearest ``question``, the latest statement (of the present, else
        of the latest year) of a figure of a kind ``figures`` states, about the other country or
        the firm ``question`` names, if any (``claims.of_parties``): the home country's rule
        corrects no claim about another party. With ``of_measure`` (a claim under test), a
        statement of the measure the claim names (its weightiest word, in the statement or the
        sentences before it) is preferred when there is one: a later sum of another measure
        ("offset values fell to $800 million") corrects no claim about a threshold."""
        ours = self._our_countries
        parties = parties_named(self.names_by_kind(question), ours)
        query = self.prepare(question)
        dated: list[tuple[tuple[bool, int], Candidate]] = []
        for candidate in self._rank(query)[:_NOW_DEPTH]:
            unit = candidate.unit
            if unit.kind != "sentence" or not of_parties(
                self.names_by_kind(unit.text), parties, ours
            ):
                continue
            kind, _ = states_kind(unit.text, figures)
            when = when_stated(unit.text)
            if kind and any(when):
                dated.append((when, candidate))
        measure = _measure_term(query.weights) if of_measure else None
        of_it = [d for d in dated if measure in d[1].hits | d[1].context_hits]
        # The first of the latest, as the ranking orders them.
        best = max(of_it or dated, key=lambda d: d[0], default=None)
        return None if best is None else best[1].unit

    def _parts_in_scope(self, question: str, context: str) -> Answer | None:
        """A question refused as a whole for a name or year only some of its parts use
        (``parts_in_scope``): the parts inside the sources, each asked with its own scope, are
        answered, and the others are said not to be answered. None when no part inside the
        sources is answered, or the question is no such question."""
        if frame_of(question).claim:
            return None
        parts = split_parts(question)
        scopes = [self.scope.check(part) for part in parts]
        split = split_by_scope(parts, [s.covered for s in scopes])
        if split is None:
            return None
        answered: list[Answer] = []
        not_answered: list[str] = []
        for part, part_scope in zip(parts, scopes, strict=True):
            if part not in split.inside:
                not_answered.append(part)
                continue
            found = self.compose(part, context, part_scope)
            if found.abstained or not found.citations:
                not_answered.append(part)
            else:
                answered.append(found)
        if not answered:
            return None
        answer = merge(answered[0], answered[1:])
        asked = "; ".join(p.strip(" ,;.?!") for p in not_answered)
        said_not = say("part_unanswered", parts=asked)
        return answer.model_copy(
            update={"question": question, "answer": f"{answer.answer}\n\n{said_not}"}
        )

    def _corrected_claim(self, question: str, context: str, scope: Scope) -> Answer | None:
        """A claim refused for its year ("they have talked since 2019, haven't they?": nothing
        is said of 2019) is the claim under test, no constraint: asked for the year instead, the
        sources contradict it by stating theirs. So is a claim refused for want of a statement
        close enough to all its words, its figures among them ("the levy is 12 percent, true?"
        against a table row giving the levy as 9%): asked for its figures instead, the sources
        confirm or contradict it."""
        if not frame_of(question).claim:
            return None
        years = [m.group(1) for m in YEAR.finditer(question)]
        figures = years or [token.text for token in lex(question)]
        if not figures:
            return None
        # Every figure asked for at once; then, for a claim of several figures, each alone, the
        # others kept: a figure the claim gets right ("from 9") is the words of the very
        # statement that corrects the one it gets wrong, and asked for too it is lost.
        askings = [figures] + ([[f] for f in figures] if len(set(figures)) > 1 else [])
        for asked in askings:
            # Asked without its "true?" or "I heard": those words are no topic a statement
            # shares.
            bare = " ".join(CLAIM.sub(" ", asking_for(question, asked)).split())
            checked = self._compose(bare, context, scope)
            verdict = (
                None if checked.abstained else judge(question, checked.answer, self.names_by_kind)
            )
            if verdict not in ("yes", "no") or (years and verdict != "no"):
                continue
            lead = say("verdict_no") if verdict == "no" else say("verdict_yes")
            body = _without_lead(checked.answer)
            return checked.model_copy(update={"answer": f"{lead} {body}"})
        return None

    def _compose(self, question: str, context: str, scope: Scope) -> Answer:
        frame = frame_of(question)
        if (
            not scope.covered
            and frame.claim
            and scope.unknown
            and all(_FIGURE_ONLY.fullmatch(u) for u in scope.unknown)
        ):
            # "It began in 1990, right?": a year the sources never use is the claim under test,
            # no constraint on the answer. The sources answer it only by stating another figure
            # of its kind.
            bare = asking_for(question, scope.unknown)
            checked = self.compose(bare, context, replace(scope, covered=True, unknown=()))
            if (
                not checked.abstained
                and judge(question, checked.answer, self.names_by_kind) == "no"
            ):
                # The bare question still restates the claim's other figures and may have been
                # given a lead of its own: the claim's verdict replaces it.
                lead = say("verdict_no")
                body = _without_lead(checked.answer)
                return checked.model_copy(update={"answer": f"{lead} {body}"})
        if not scope.covered:
            in_part = self._parts_in_scope(question, context)
            if in_part is not None:
                return in_part
            return self._abstain(question, scope.reason, scope.unknown)
        answer, ranked = self._compose_one(question, context, scope)
        parts = [frame_of(part) for part in frame.parts] if len(frame.parts) > 1 else []
        if answer.abstained and parts:
            # A long question of many parts matches no one sentence well: an answer to any
            # of its parts starts the answer, and the other parts are looked up below.
            answer, ranked = self._first_part_answered(question, context, scope, parts, answer)
        speaks_for = frame.answer_type == "person" and bool(SPEAKS_FOR.search(question))
        if answer.abstained and speaks_for:
            # The sentences sharing the question's words for the act may none of them name the
            # body: the one naming its speaker does, in other words.
            answer = self._speaking_for(question, frame) or answer
        if answer.abstained:
            return answer
        whole = replace(frame, answer_type="other") if parts else frame
        problem = unmet(whole, answer, self.entities)
        if problem is not None and self.facts is not None:
            # A data row that does not state what is asked: the source sentences may.
            answer, ranked = self._compose_one(question, context, scope, rows=False)
            problem = None if answer.abstained else unmet(whole, answer, self.entities)
        elif parts and self.facts is not None:
            # Rows that do not answer the first part ("how many aircraft, and from whom?"
            # answered by the pledge's figures) give way to the sentences when these do.
            first = replace(frame, answer_type=parts[0].answer_type)
            if unmet(first, answer, self.entities) is not None:
                alone, alone_ranked = self._compose_one(question, context, scope, rows=False)
                if not alone.abstained and unmet(first, alone, self.entities) is None:
                    answer, ranked = alone, alone_ranked
        elif self.facts is not None and _thing_unwritten(whole, answer):
            # "Which party does the assemblyman belong to?" is not answered by a row that names
            # him and no party: the source sentences that write the thing asked answer instead.
            alone, alone_ranked = self._compose_one(question, context, scope, rows=False)
            if (
                not alone.abstained
                and not _thing_unwritten(whole, alone)
                and unmet(whole, alone, self.entities) is None
            ):
                answer, ranked = alone, alone_ranked
        if answer.abstained:
            return answer
        if problem is not None and parts:
            # A year or a name one part asks of ("the rate in 1982, and the one the agency set")
            # holds for that part only, and no one statement gives every part: the parts are
            # answered one by one, the first the sources answer leading.
            leading = self._first_part_answered(question, context, scope, parts, answer)
            if leading[0] is not answer:
                (answer, ranked), problem = leading, None
        if problem is not None and frame.currency is not None:
            answer, problem = self._in_currency(question, whole, ranked, answer, problem)
        if problem is not None and whole.answer_type in _SPEAKER_KINDS:
            spoken = self._with_speaker(question, whole, answer)
            if spoken is not None:
                answer, problem = spoken, None
        if problem is not None and speaks_for:
            spoken = self._speaking_for(question, whole)
            if spoken is not None:
                answer, problem = spoken, None
        if problem is not None:
            stand_in = self._stand_in(question, context, scope, whole, ranked, answer, problem)
            if stand_in is not None:
                answer, problem = stand_in, None
        if problem is not None and (whole.periods or opened_years(question)):
            # A period opened by a year ("since 1983") is one too: the sources set its end.
            behind = self._rows_behind(question, context, scope, answer)
            if behind is not None and unmet(whole, behind, self.entities) is None:
                answer, problem = behind, None
        if problem is not None and whole.answer_type == "comparison":
            timed = self._each_time(question, context, scope, answer)
            if timed is not None and unmet(whole, timed, self.entities) is None:
                answer, problem = timed, None
        if problem is not None:
            # A comparison of the rule at a time named in words ("when it began") may find no
            # one sentence tying that time to its figure; the rule table's rows of that time do.
            timed = self._rule_of_each_time(question, answer)
            if timed is not answer and unmet(whole, timed, self.entities) is None:
                answer, problem = timed, None
        if problem is not None:
            return self._abstain(question, problem.reason, (), ranked, rejected=answer)
        if parts and len(unanswered_parts(frame, answer, parts, self.entities)) == len(parts):
            # The statements the whole question's words found answer none of its parts: a part
            # asked alone, as a question of its own, may find its own (a table's row for the
            # country it names), and leads; the other parts are looked up below.
            first_met = self._part_answered_alone(question, context, scope, parts)
            if first_met is None:
                return self._abstain(question, say("no_part_answered"), (), ranked)
            answer = first_met
        missing = unanswered_parts(frame, answer, parts, self.entities, self.index.lexicon.terms)
        wholes = [p for p in _wholes_of_later_parts(parts) if p not in missing]
        overlooked = (
            self._overlooked(question, context, scope, answer, parts, [*missing, *wholes])
            if parts and intent_of(question, context).wide
            else []
        )
        extras: list[Answer] = []
        found_for: list[Frame] = []  # the part each of the extras was found for, while it is
        unanswered: list[Frame] = []
        topic_first = asks_of_topic(question)
        for part in [*wholes, *missing, *overlooked]:
            asked, person = self._part_asked(part, parts, answer, topic_first)
            around = f"{context} {question}".strip()
            if topic_first and part in missing:
                # The parts of "the levy: when was it first charged, who collects it, …" each
                # carry the topic, so each is asked first without the other parts' words: these
                # bring back the statements that answered those parts, and a year one of them
                # gives would pass for the date this part asks.
                apart = self._asked_apart(asked, context, scope, self._said(answer, extras))
                if apart is not None and unmet(part, apart, self.entities, question) is None:
                    extras.append(_without_given(apart, self._said(answer, extras)))
                    found_for.append(part)
                    continue
            extra, part_ranked = self._compose_one(asked, around, scope)
            if extra.abstained or unmet(part, extra, self.entities, question) is not None:
                # As for the whole question: a row that does not state what the part asks for
                # leaves it to the source sentences.
                extra, part_ranked = self._compose_one(asked, around, scope, rows=False)
            if part.present and part in missing:
                # A part for what holds now, found by the words the other parts share with it,
                # may get the statement of an older time they asked of: as for a whole question
                # of the present, the latest statement of its kind answers it.
                extra = self._claim_of_now(asked, extra)
                given_now = self._said(answer, extras)
                if not extra.abstained and all(
                    _plain(claim) in given_now for claim in _cited_claims(extra.answer)
                ):
                    # That latest statement is one the answer gives already, found with the
                    # other parts' words around it, which bring back their own statements (of
                    # the time they ask of): asked as a question of its own, the part may find
                    # the statement of now, which the answer then gives too.
                    of_now = self._now_answered_alone(asked, context, scope, part, given_now)
                    if of_now is None:
                        continue
                    extra = of_now
            best_found = extra
            said = {_plain(claim) for a in (answer, *extras) for claim in _cited_claims(a.answer)}
            # Asked on its own, the part finds first a statement the answer already gives, and
            # that statement answers it: the part is answered, though the statement writes the
            # part's own words its own way ("aircraft" for "jets", "KRW" for "won"). Not when
            # the part writes a word the sources never do: it may name a thing they never
            # mention ("the crews' training cost"), whose figure another thing's is not.
            extra_claims = _cited_claims(extra.answer)
            given_already = (
                part in missing
                and not extra.abstained
                and bool(extra_claims)
                and all(_plain(claim) in said for claim in extra_claims)
                and unmet(part, extra, self.entities, question) is None
                and not self.scope.check(part.question).unknown
            )

            def answers(extra: Answer, part: Frame = part) -> bool:
                # A whole is larger than any share of it the answer gives. A name another part
                # gives ("under the agency's rules, …, and which body decides?") is no answer
                # to a part asking for one.
                return unmet(part, extra, self.entities, question) is None and (
                    part not in wholes or _larger(extra.answer, answer.answer)
                )

            further = (
                self._further_words(
                    person, " ".join(a.answer for a in (answer, *extras)), part_ranked
                )
                if person and not extra.abstained and not _leads_with_news(extra, answer.answer)
                else []
            )
            if further:
                # The person's quoted words the answer gives: what else they said answers.
                extra = self._cited(asked, further)
            elif not extra.abstained and (
                all(_plain(claim) in said for claim in _cited_claims(extra.answer))
                or not answers(extra)
            ):
                # The part's best answer is one the answer already gives, which did not answer
                # it, or gives nothing the part asks for: the best sentence not yet stated may.
                # Only sentences the answer states count: a row's quote that gives its context
                # (the whole a part belongs to) is cited but not said.
                cited = {
                    (c.source_id, c.start)
                    for a in (answer, *extras)
                    for c in a.citations
                    if display(c.quote)[:80] in a.answer or self._row_shown(c, a.answer)
                }
                extra, _ = self._compose_one(
                    asked, around, scope, rows=False, given=frozenset(cited)
                )
            if not best_found.abstained and not answers(extra) and part_ranked:
                # No statement found answers the part: as for a whole question, a sentence
                # that answers alone, or the one after the part's best, may.
                problem = unmet(part, best_found, self.entities, question)
                if problem is not None:
                    extra = (
                        self._stand_in(
                            asked, around, scope, part, part_ranked, best_found, problem, question
                        )
                        or extra
                    )
            if (extra.abstained or not answers(extra)) and not _REFERS_BACK.search(asked):
                extra = self._asked_apart(asked, context, scope, said) or extra
            if (
                (extra.abstained or not answers(extra))
                and part in missing
                and not given_already
                and not _REFERS_BACK.search(asked)
            ):
                # Each lookup above went one way; asked as a question of its own, the part goes
                # every way a whole question does (a statement that answers it alone, the
                # sentence after its best), and is said unanswered only when none finds it.
                alone = self._compose(asked, context, scope)
                if not alone.abstained and not all(
                    _plain(claim) in said for claim in _cited_claims(alone.answer)
                ):
                    extra = alone
            written = (
                # "…, and her rank?": the part as asked alone, "her" the writer the
                # answer to the part before names, asks what that writer's byline says.
                self.writers(part.question) or (self.writers(asked) if person else None)
                if (extra.abstained or not answers(extra)) and part in missing
                else None
            )
            if written is not None and not written.abstained:
                # "Who wrote the paper, and when did it appear?": a part asking who wrote a
                # source is answered by its bylines, as the question alone would be.
                extras.append(written)
                found_for.append(part)
            elif not extra.abstained and answers(extra):
                extras.append(_without_given(extra, said))
                found_for.append(part)
            elif part in missing and not given_already:
                unanswered.append(part)
        extras = self._each_part_once(frame, parts, found_for, extras)
        for part in [p for p in parts if p not in missing and p not in wholes]:
            # A part taken as answered may only share a word and a kind of figure with some
            # statement about another thing (a share of another whole): asked alone, the part
            # finds its own statement first, which the answer then gives too. The other parts'
            # words are no context of it: they would bring back the statement it got.
            asked, person = self._part_asked(part, parts, answer, topic_first)
            named = self._naming_source(question, context)
            alone, alone_ranked = self._compose_one(asked, named, scope)
            if alone.abstained or unmet(part, alone, self.entities) is not None:
                # As for a missing part: a row that does not state what the part asks for
                # leaves it to the source sentences.
                alone, alone_ranked = self._compose_one(asked, named, scope, rows=False)
            given = " ".join(a.answer for a in (answer, *extras))
            further = (
                self._further_words(person, given, alone_ranked)
                if person and not _leads_with_news(alone, given)
                else []
            )
            if further:
                # The person's words the answer quotes: what else they said is what the part
                # asks of them, whatever kind of thing it asks for.
                said = {_plain(claim) for claim in _cited_claims(given)}
                extras.append(_without_given(self._cited(asked, further), said))
            elif _leads_with_news(alone, given) and unmet(part, alone, self.entities) is None:
                said = {_plain(claim) for claim in _cited_claims(given)}
                extras.append(_without_given(alone, said))
        unanswered += leaning_on_unanswered(parts, unanswered)
        if parts and len(unanswered) == len(parts):
            # Every part looked up on its own went unanswered: the statements the answer
            # started from answer none of them either.
            return self._abstain(question, say("no_part_answered"), (), ranked)
        answer = merge(answer, extras) if extras else answer
        if unanswered:
            # The parts the sources do not answer are said to be so, beside the ones they do.
            asked = "; ".join(p.question.strip(" ,;.?!") for p in unanswered)
            said_not = say("part_unanswered", parts=asked)
            answer = answer.model_copy(update={"answer": f"{answer.answer}\n\n{said_not}"})
        answer = self._both_sides(question, context, scope, answer)
        answer = self._rule_of_each_time(question, answer)
        answer = self._each_named(question, context, scope, answer)
        answer = self._each_time_said(question, context, scope, answer)
        answer = self._others_side(question, context, scope, answer)
        periods = self._periods_counted(intent_of(question, context))
        # The one kind of contract the conversation so far is about, for a claim naming none.
        talked_of = frozenset(asserted_kinds(context)[0]) if context else frozenset()
        kinds = talked_of if len(talked_of) == 1 else frozenset()
        judged = _verdict(answer, frame, self.names_by_kind, periods, kinds)
        if frame.restated:
            shown = self._claimed_figures(question, judged)
            if judged is answer:
                # No verdict from the answer alone: the sentences stating the claim's other
                # figures may settle it.
                shown = _verdict(shown, frame, self.names_by_kind, periods, kinds)
            judged = self._misdated_threshold(question, shown)
        answer = judged
        return self.flag_disputes(answer, frame)

    def _each_part_once(
        self, frame: Frame, parts: list[Frame], found_for: list[Frame], extras: list[Answer]
    ) -> list[Answer]:
        """``extras`` (each found for the part of ``found_for`` beside it) without one whose part
        the kept extra of another ask of the same clause answers as well: "where and when was
        the talk given" is answered by the sentence giving its place and date, not beside it
        by a sentence the place found first ("forums at expositions worldwide"). Asks of other
        clauses keep their own statements: a loosely met kind ("who" by any name) is no answer
        to them. A part asking for no kind of thing is met by any statement, so its extra
        stays."""
        terms = self.index.lexicon.terms

        def meets(part: Frame, extra: Answer) -> bool:
            return part not in unanswered_parts(frame, extra, parts, self.entities, terms)

        dropped: set[int] = set()
        for i, part in enumerate(found_for):
            others = [
                j
                for j, other in enumerate(found_for)
                if j != i and j not in dropped and other is not part and _one_clause(part, other)
            ]
            if part.answer_type != "other" and any(meets(part, extras[j]) for j in others):
                dropped.add(i)
        return [extra for i, extra in enumerate(extras) if i not in dropped]

    @staticmethod
    def _said(answer: Answer, extras: list[Answer]) -> set[str]:
        """The claims ``answer`` and the ``extras`` added to it state, plain."""
        return {_plain(claim) for a in (answer, *extras) for claim in _cited_claims(a.answer)}

    def _now_answered_alone(
        self, asked: str, context: str, scope: Scope, part: Frame, said: set[str]
    ) -> Answer | None:
        """The part of the present asked as a question of its own (``_compose``, every way a
        whole question goes), when that answers it with a statement the answer does not give
        yet (``said``); None otherwise."""
        # As a whole question of the present is, the part's answer is checked against the latest
        # statement of its kind.
        alone = self._claim_of_now(asked, self._compose(asked, context, scope))
        if alone.abstained or unmet(part, alone, self.entities) is not None:
            return None
        if all(_plain(claim) in said for claim in _cited_claims(alone.answer)):
            return None
        return alone

    def _asked_apart(self, asked: str, context: str, scope: Scope, said: set[str]) -> Answer | None:
        """A part that names its own subject, asked without the other parts' words around it:
        these bring back the statement that answers them ("how long has the board met, and what
        does it ask of the mills?" finds the mills' sentence for both); None when
        that finds nothing new either."""
        alone, _ = self._compose_one(asked, context, scope)
        if alone.abstained or all(_plain(c) in said for c in _cited_claims(alone.answer)):
            alone, _ = self._compose_one(asked, context, scope, rows=False)
        if alone.abstained or all(_plain(c) in said for c in _cited_claims(alone.answer)):
            return None
        return alone

    def _overlooked(
        self,
        question: str,
        context: str,
        scope: Scope,
        answer: Answer,
        parts: list[Frame],
        skip: list[Frame],
    ) -> list[Frame]:
        """For an open question of several asks ("how does the levy work, and why do the
        growers like it?"), the asks whose own best sentence the answer leaves out: the whole
        question's words blur each ask's, and an open answer states something of every type."""
        cited = {(c.source_id, c.start) for c in answer.citations}
        around = f"{context} {question}".strip()
        found = []
        for part in parts:
            if part in skip:
                continue
            _, ranked = self._ranked_query(_with_its_clause(part, parts), around, scope)
            if ranked and (ranked[0].unit.source_id, ranked[0].unit.start) not in cited:
                found.append(part)
        return found

    def _part_asked(
        self, part: Frame, parts: list[Frame], answer: Answer, topic_first: bool = False
    ) -> tuple[str, str]:
        """A part as asked alone: with its clause (``_with_its_clause``), and a pronoun for
        a person ("… and what did she promise?") standing for the person an earlier part asked
        for, as the answer names them: alone, "she" would be no one. With it, that person's
        name ("" when the part refers to no one so)."""
        asked = _with_its_clause(part, parts)
        place = parts.index(part) if part in parts else 0
        if asked == part.question and not _OF_THE_WHOLE.search(asked) and not topic_first:
            # Its pronoun for a thing stands for the thing an earlier ask names; a share
            # "of it" is the whole's, which the part's own lookup handles. The asks of a
            # topic named first had their pronouns read against the topic already. An ask
            # after one for a person may refer to things too ("who said …, and when they'd …").
            asked = referents_put_in([p.question for p in parts])[place]
        if place == 0 or parts[place - 1].answer_type not in ("person", "agent"):
            return asked, ""
        # The person the earlier part asked for is the one its own sentence of the answer names.
        name = answering_name(parts[place - 1].question, answer.answer, "person", self.first_named)
        referred = person_referred(asked, name) if name else asked
        return referred, name if referred != asked and name else ""

    def _further_words(
        self, person: str, given: str, ranked: list[Candidate], again: bool = False
    ) -> list[Unit]:
        """What ``person``, whom an answer (``given``) quotes, goes on to say: of the sentences
        that carry on their words after a quoted sentence naming them, the best ``ranked`` one
        and the rest of the quotation after it. A story names a speaker once; what else they
        said ("…,” he said.) names them by a pronoun only, and matches no question naming them.
        ``again``: the best may be a sentence ``given`` already states."""
        run: set[str] = set()
        for claim in claims_of(given):
            unit = self._unit_showing(claim.strip())
            if unit is not None and speaker(unit.text, self._first_agent) == person:
                run |= {u.id for u in self._speech_after(unit)}
        for candidate in ranked:
            if candidate.unit.id in run and (again or display(candidate.unit.text) not in given):
                return [candidate.unit, *self._speech_after(candidate.unit)]
        return []

    def _naming_source(self, question: str, context: str) -> str:
        """``context`` for a part of ``question`` asked alone: "tell X and Y, per the Daily"
        asks both of the Daily, though the words naming it stand in the last part only. The
        context names the source (as a follow-up's earlier question does), and no more of the
        other parts' words, which would bring back their statements."""
        named = attributed(question, self.called)
        if named is None or attributed(context, self.called) is not None:
            return context
        return f"{context} according to {named.names[0]}".strip()

    def _first_part_answered(
        self, question: str, context: str, scope: Scope, parts: list[Frame], refusal: Answer
    ) -> tuple[Answer, list[Candidate]]:
        """The answer to the first of ``parts`` that the sources answer; the whole's ``refusal``
        when none is. A part is asked on its own: the whole question around it would bring
        back the weak match it had."""
        context = self._naming_source(question, context)
        for part in parts:
            answer, ranked = self._compose_one(_with_its_clause(part, parts), context, scope)
            if (
                not answer.abstained
                and unmet(part, answer, self.entities, asked_with=question) is None
            ):
                return answer, ranked
        return refusal, []

    def _part_answered_alone(
        self, question: str, context: str, scope: Scope, parts: list[Frame]
    ) -> Answer | None:
        """The answer to the first of ``parts`` that, asked as a question of its own (with all
        a whole question's ways to an answer), the sources answer; None when none is. Only when
        the whole question's statements answer no part: the lookups are many."""
        for part in parts:
            asked, _ = self._part_asked(part, parts, Answer(question=question, answer=""))
            alone = self._compose(asked, context, scope)
            # Met as asked alone: a bare ask ("and for how much?") carries its clause's names.
            if (
                not alone.abstained
                and unmet(part, alone, self.entities, asked_with=question) is None
                and unmet(frame_of(asked), alone, self.entities, asked_with=question) is None
            ):
                return alone
        return None

    def _claimed_figures(self, question: str, answer: Answer) -> Answer:
        """A claim's figures that the answer does not state, each shown where the sources state
        it: of the sentences giving that figure, of its kind, the one sharing the most of the
        question's words ("the 4 billion peso project" is found where the project is valued).
        The verdict stands on the answer to the question; these sentences show what the sources
        say of the claim's other figures. A figure of the home country's rule that a claim dates
        ("the EUR 3 million ceiling dates from 1979") is shown by the step of the rule table that
        brought it in, when that was another year (``_dated_rule_steps``): a sentence that only
        uses the figure says nothing of when it came in."""
        said = {(f.value, f.kind) for f in stated_figures(answer.answer)}
        wanted = [
            (f.value, f.kind)
            for f in stated_figures(question)
            if f.kind != "year" and (f.value, f.kind) not in said
        ]
        if not wanted:
            return answer
        weights = self._weights(question, "", Scope(True))
        # A row cites the sentence it was read from without stating it: only quotes the answer
        # states are shown already.
        shown = {c.quote for c in answer.citations if display(c.quote)[:80] in answer.answer}
        steps = self._dated_rule_steps(question, wanted)
        found: list[Unit] = []
        for figure in dict.fromkeys(wanted):
            if figure in steps:
                continue
            stating = [
                unit
                for unit in self.index.units.values()
                if figure in self._figures_of(unit)
                and unit.quote not in shown
                and unit not in found
            ]
            if stating:
                found.append(
                    max(
                        stating,
                        key=lambda u: total_weight(
                            set(self.index.unit_terms.get(u.id, ())),
                            lambda t: weights.get(t, 0.0),
                        ),
                    )
                )
        more = [self._cited(question, found)] if found else []
        if steps:
            cited = CitationList(self.row_citation)
            rows = list(dict.fromkeys(steps.values()))
            told = " ".join(f"{row.shown()} {cited.rows([row])}." for row in rows)
            more.insert(0, Answer(question=question, answer=told, citations=cited.items))
        return merge(answer, more) if more else answer

    def _misdated_threshold(self, question: str, answer: Answer) -> Answer:
        """A claim that puts a threshold of the home country's rule at a time it was not in
        force ("the $10 million trigger goes back to 1984") is wrong, whatever sentences state
        the figure and the year apart: the rule table says when each threshold held. Its
        verdict is "not as stated", with the step that brought the threshold in."""
        if answer.abstained or answer.answer.startswith(say("verdict_no")):
            return answer
        claimed = self._years_claimed_of_rule(question)
        if not claimed or self.facts is None:
            return answer
        rules = self.facts.data.rules
        steps: list[Row] = []
        for figure in stated_figures(question):
            if figure.kind != "money:USD" or changed_from(question, figure.value):
                continue
            holding = [r for r in rules if r.threshold_usd == figure.value]
            if holding and not any(
                r.from_year <= year <= (r.to_year or year) for r in holding for year in claimed
            ):
                steps.append(self._stating(holding[0], "threshold_usd", figure.value))
        if not steps:
            return answer
        step = self._rows_stated(question, list(dict.fromkeys(steps)))
        merged = merge(step, [answer.model_copy(update={"answer": _without_lead(answer.answer)})])
        return merged.model_copy(update={"answer": f"{say('verdict_no')} {merged.answer}"})

    def _years_claimed_of_rule(self, question: str) -> set[int]:
        """The years a claim puts the home country's rule at, when the rule table can test them
        (none for a claim about another country's rule)."""
        if self.facts is None or not self.facts.data.rules or self._of_other_country(question):
            return set()
        return {int(y) for y in YEAR.findall(claimed_time(question))}

    def _dated_rule_steps(
        self, question: str, wanted: list[tuple[Decimal, str]]
    ) -> dict[tuple[Decimal, str], Row]:
        """For a claim that dates the home country's rule ("the EUR 3 million ceiling dates from
        1979"), each of ``wanted`` (a threshold or a share) that the rule table brought in at
        another year than the claim's, with the row of the step that did."""
        claimed = self._years_claimed_of_rule(question)
        if not claimed or self.facts is None:
            return {}
        steps: dict[tuple[Decimal, str], Row] = {}
        for value, kind in wanted:
            if kind not in _RULE_FIGURES:
                continue
            stated, field = _RULE_FIGURES[kind]
            first = next((r for r in self.facts.data.rules if value in stated(r)), None)
            if first is not None and first.from_year not in claimed:
                steps[(value, kind)] = self._stating(first, field, value)
        return steps

    def _figures_of(self, unit: Unit) -> frozenset[tuple[Decimal, str]]:
        """The (value, kind) of each figure a sentence states, read once per sentence."""
        known = self._unit_figures.get(unit.id)
        if known is None:
            known = frozenset((f.value, f.kind) for f in stated_figures(unit.text))
            self._unit_figures[unit.id] = known
        return known

    def _both_sides(self, question: str, context: str, scope: Scope, answer: Answer) -> Answer:
        """A question about two periods or more ("2016–2020 against 2011–2015") gets a figure
        for each: a period the answer gives no figure for is looked up on its own, the other
        periods left out of the question, and added when a statement gives it."""
        sides = period_mentions(question)
        if len(sides) < 2:
            return answer
        currency = frame_of(question).currency
        kind = "money" if currency else "quantity"

        def states(text: str, period: tuple[int, int]) -> bool:
            # A period's amount in another currency than the one asked is no side of the
            # comparison asked for: the sides are weighed in one currency.
            return any(
                figure_for(piece, kind, *period)
                and (currency is None or any(t.currency == currency for t in lex(piece)))
                for piece in claims_of(text)
            )

        extras = []
        for period, _ in sides:
            if states(answer.answer, period):
                continue
            alone = question
            for other, (start, end) in sorted(sides, key=lambda s: -s[1][0]):
                if other != period:
                    alone = alone[:start] + alone[end:]
            extra, _ = self._compose_one(alone, context, scope)
            if not extra.abstained and (
                states(extra.answer, period)
                # A note of the sources' figures for the period names it once, before them all.
                or (currency is not None and states(" ".join(claims_of(extra.answer)), period))
            ):
                extras.append(extra)
        return merge(answer, extras) if extras else answer

    def _each_time(
        self, question: str, context: str, scope: Scope, answer: Answer
    ) -> Answer | None:
        """A comparison of two times ("the grants paid in 2019 against the 2012–2016 ones") has
        a side at each: a year is a constraint of its own side only. Each time the answer does
        not state is looked up on its own, the other times left out of the question, and added
        when a statement gives it; None when no time is added."""
        times = _times_named(question)
        if len(times) < 2:
            return None
        extras: list[Answer] = []
        for start, end in times:
            years = YEAR.findall(question[start:end])
            if all(y in answer.answer for y in years):
                continue
            alone = question
            for a, b in sorted(times, reverse=True):
                if (a, b) != (start, end):
                    alone = alone[:a] + alone[b:]
            extra, _ = self._compose_one(" ".join(alone.split()), context, scope)
            if not extra.abstained and all(y in extra.answer for y in years):
                said = {_plain(c) for c in _cited_claims(answer.answer)}
                extras.append(_without_given(extra, said))
        return merge(answer, extras) if extras else None

    def _each_time_said(self, question: str, context: str, scope: Scope, answer: Answer) -> Answer:
        """A comparison of two times or more ("the grants paid in 2019 against the 2012–2016
        ones") answers each time the sources give (``_each_time``) and says of a time they give
        nothing of that they do not, beside the others, not as if the comparison were
        answered whole: one side unanswered is no reason to drop the other, nor to hide the
        gap."""
        if frame_of(question).answer_type != "comparison" or answer.abstained:
            return answer
        if not answer.citations or answer.tool_calls:
            return answer
        answer = self._each_time(question, context, scope, answer) or answer
        ungiven = [
            " ".join(question[start:end].split())
            for start, end in _times_named(question)
            if not all(year in answer.answer for year in YEAR.findall(question[start:end]))
        ]
        if not ungiven:
            return answer
        note = say("side_not_given", names=", ".join(dict.fromkeys(ungiven)))
        return answer.model_copy(update={"answer": f"{answer.answer}\n\n{note}"})

    def _rule_of_each_time(self, question: str, answer: Answer) -> Answer:
        """A comparison of the offset rule at the times it names gets the rule in force at
        each: the rows stating what the answer leaves out of a time's rule are added."""
        if self.facts is None:
            return answer
        rows = rule_rows_at_times(question, answer.answer, self.facts.data)
        if not rows:
            return answer
        return merge(answer, [self._rows_stated(question, rows)])

    def _each_named(self, question: str, context: str, scope: Scope, answer: Answer) -> Answer:
        """A comparison of two things of one kind or more ("Korea against Norway", "the agency
        or the ministry"), or a question asking something of each ("both rates", "on each
        side"), gets a statement about each, and of each the kinds of figure it gives of any
        (a rate of one side asks for the other's rate). A thing the answer says too little of
        is given the sentence right after one about it that states what it lacks (a pledge,
        then the share of it kept), else it is looked up on its own, the others' names left out
        of the question, and its statement added when it names it and states what it lacked."""
        spans = self.name_spans(question)
        if (
            frame_of(question).answer_type != "comparison"
            and not _EACH.search(question)
            and not self._offers_choice(question, spans)
            and not _asks_each_joined(question, spans)
        ):
            return answer
        extras: list[Answer] = []
        ungiven: list[str] = []
        for kind in dict.fromkeys(kind for kind, *_ in spans):
            sides = [(name, start, end) for k, name, start, end in spans if k == kind]
            names = list(dict.fromkeys(name for name, _, _ in sides))
            if len(names) < 2:
                continue
            ungiven += self._sides_ungiven(question, context, scope, answer, extras, kind, sides)
        merged = merge(answer, extras) if extras else answer
        if ungiven and not merged.abstained and merged.citations:
            # A side the sources give nothing of is said to be so beside the sides they give,
            # not left out as if the comparison were answered whole.
            note = say("side_not_given", names=", ".join(dict.fromkeys(ungiven)))
            merged = merged.model_copy(update={"answer": f"{merged.answer}\n\n{note}"})
        return merged

    def _sides_ungiven(
        self,
        question: str,
        context: str,
        scope: Scope,
        answer: Answer,
        extras: list[Answer],
        kind: str,
        sides: list[tuple[str, int, int]],
    ) -> list[str]:
        """Adds to ``extras`` a statement of each side of ``kind`` the answer says too little of
        (``_each_named``); returns the sides for which none is found and which no statement
        given names at all."""
        names = list(dict.fromkeys(name for name, _, _ in sides))
        ungiven: list[str] = []
        told = self._told_of([answer, *extras], kind, names)
        wanted = set().union(*told.values())
        for name in names:
            lacking = wanted - told[name]
            if not lacking and (
                self._names(answer, kind, name)
                or any(self._names(extra, kind, name) for extra in extras)
            ):
                continue
            extra = self._next_telling(question, [answer, *extras], kind, name, names, lacking)
            if extra is None:
                alone = question
                for other, start, end in sorted(sides, key=lambda side: -side[1]):
                    if other != name:
                        alone = alone[:start] + alone[end:]
                extra, _ = self._compose_one(alone, context, scope)
                if (
                    extra.abstained
                    or not self._names(extra, kind, name)
                    or (lacking and not lacking & self._told_of([extra], kind, names)[name])
                ):
                    if not any(self._names(a, kind, name) for a in (answer, *extras)):
                        ungiven += [question[s:e] for n, s, e in sides if n == name][:1]
                    continue
            said = {_plain(c) for a in (answer, *extras) for c in _cited_claims(a.answer)}
            extras.append(_without_given(extra, said))
            told = self._told_of([answer, *extras], kind, names)
        return ungiven

    def _others_side(self, question: str, context: str, scope: Scope, answer: Answer) -> Answer:
        """A comparison of a thing with the others of its kind, unnamed ("how does Korea's
        practice differ from other importers'?", "than elsewhere"), has two sides: the others'
        is told by a sentence naming several countries the question does not. When the answer
        has none, the best-ranked such sentence is added."""
        if frame_of(question).answer_type != "comparison" or not _OTHERS.search(question):
            return answer

        def countries(text: str) -> set[str]:
            # A country is found by its name and by its table's term: one country either way.
            return {n.lower() for k, n, _, _ in self.name_spans(text) if k == "countries"}

        asked = countries(question)

        def others(text: str) -> int:
            return len(countries(text) - asked)

        if any(others(claim) >= 2 for claim in claims_of(answer.answer)):
            return answer
        _, ranked = self._ranked_query(question, context, scope)
        cited = {(c.source_id, c.start) for c in answer.citations}
        telling = [
            c.unit
            for c in ranked[:_OTHERS_DEPTH]
            if c.unit.kind == "sentence"
            and (c.unit.source_id, c.unit.start) not in cited
            and others(display(c.unit.text)) >= 2
        ]
        # One about the others alone tells their practice; one naming the compared thing too
        # may tell of its dealings with them instead ("it sells to A, B and C").
        alone = [u for u in telling if not countries(display(u.text)) & asked]
        found = (alone or telling)[:1]
        return merge(answer, [self._cited(question, found)]) if found else answer

    def _each_source_named(
        self, question: str, context: str, scope: Scope, answer: Answer
    ) -> Answer:
        """A question naming two sources or more as its sources ("where do the Gazette and the
        blog part ways on the date?", "what title does each of them use?") asks what each one
        says: a named source the answer cites nothing of is asked the question alone, the other
        names left out, and its statement added when that answer cites it."""
        cited = {c.source_id for c in answer.citations}
        extras: list[Answer] = []
        for source, alone in asked_of_each(question, self.called):
            if source in cited or any(c.source_id == source for a in extras for c in a.citations):
                continue
            extra, ranked = self._compose_one(alone, context, scope)
            if extra.abstained:
                # What the question asks of the sources together ("on which points do they differ")
                # asks of one nothing it can answer alone: its statement is its sentence
                # nearest the question, when that shares more than one of its words.
                best = next((c for c in ranked if c.unit.kind == "sentence"), None)
                if best is None or len(best.hits) < _SOURCE_SIDE_HITS:
                    continue
                extra = self._cited(alone, [best.unit])
            if not any(c.source_id == source for c in extra.citations):
                continue
            said = {_plain(c) for a in (answer, *extras) for c in _cited_claims(a.answer)}
            extras.append(_without_given(extra, said))
        return merge(answer, extras) if extras else answer

    def _each_side_wanted(
        self, question: str, context: str, scope: Scope, answer: Answer
    ) -> Answer:
        """A question setting one side's doing against what another side wants ("contrast the
        council's cuts with what the growers propose") gives that side's own statement: the
        side is asked alone (``sides_asked_alone``) and the lead of that answer added, the
        statements the answer already makes left out."""
        extras: list[Answer] = []
        for alone in sides_asked_alone(question):
            extra, _ = self._compose_one(alone, context, scope)
            if extra.abstained or not extra.citations:
                continue
            said = {_plain(c) for a in (answer, *extras) for c in _cited_claims(a.answer)}
            extras.append(_leading_new(extra, said, _SIDE_LEAD))
        return merge(answer, extras) if extras else answer

    @staticmethod
    def _offers_choice(question: str, spans: list[tuple[str, str, int, int]]) -> bool:
        """Whether ``question`` asks which of two things it names, of one kind, is the one: a
        "which" or "whose" and an "or" between the two names."""
        if not _CHOICE.search(question):
            return False
        for kind, name, _, end in spans:
            for other_kind, other, start, _ in spans:
                if other_kind == kind and other != name and start > end:
                    if _OR.search(question[end:start]):
                        return True
        return False

    def _stated_units(self, answers: list[Answer]) -> list[tuple[str, Unit | None]]:
        """The statements ``answers`` make, each with the sentence of the sources it shows
        (None for a data row's statement)."""
        found = []
        for answer in answers:
            for claim in claims_of(answer.answer):
                text = _MARKER_RUN.sub("", claim).strip()
                found.append((text, self._unit_showing(text)))
        return found

    def _about(self, text: str, unit: Unit | None, kind: str, names: list[str]) -> set[str]:
        """Which of ``names`` (of ``kind``) a statement is about: those it names, else the one
        its paragraph last named before it ("However, only 10% was kept" after the sentence
        naming the firm)."""
        own = {n for k, n, _, _ in self.name_spans(text) if k == kind and n in names}
        if own or unit is None:
            return own
        for before in self._earlier(unit, reach=_SIDE_REACH):
            named = [
                (start, n)
                for k, n, start, _ in self.name_spans(display(before.text))
                if k == kind and n in names
            ]
            if named:
                return {max(named)[1]}
        return set()

    def _told_of(self, answers: list[Answer], kind: str, names: list[str]) -> dict[str, set[str]]:
        """For each of ``names``, the kinds of figure (an amount, a share, a count) the
        statements of ``answers`` about it give."""
        told: dict[str, set[str]] = {name: set() for name in names}
        for text, unit in self._stated_units(answers):
            kinds = _figure_kinds(text)
            for name in self._about(text, unit, kind, names):
                told[name] |= kinds
        return told

    def _next_telling(
        self,
        question: str,
        answers: list[Answer],
        kind: str,
        name: str,
        names: list[str],
        lacking: set[str],
    ) -> Answer | None:
        """The sentence right after one of ``answers`` about ``name``, in its paragraph and
        about it too, that states a figure of a kind in ``lacking``, cited."""
        if not lacking:
            return None
        stated = self._stated_units(answers)
        shown = {unit.id for _, unit in stated if unit is not None}
        for text, unit in stated:
            if unit is None or name not in self._about(text, unit, kind, names):
                continue
            after = self._neighbour(unit, 1)
            if after is None or after.id in shown or after.paragraph != unit.paragraph:
                continue
            said = display(after.text)
            if lacking & _figure_kinds(said) and name in self._about(said, after, kind, names):
                return self._cited(question, [after])
        return None

    def _names(self, answer: Answer, kind: str, name: str) -> bool:
        """Whether ``answer`` names ``name`` as a thing of ``kind``."""
        return any(k == kind and n == name for k, n, _, _ in self.name_spans(answer.answer))

    def _in_currency(
        self, question: str, frame: Frame, ranked: list[Candidate], answer: Answer, problem: Unmet
    ) -> tuple[Answer, Unmet | None]:
        """An amount asked in a currency ("measured in won") is answered by the best sentences
        that state amounts in it, when one scores near the best sentence; the same figure in
        another currency is not what was asked."""
        if not ranked:
            return answer, problem
        floor = _CURRENCY_FLOOR * ranked[0].score
        stating = [
            c
            for c in map(self._read_whole_candidate, (c for c in ranked if c.score >= floor))
            if any(m.currency == frame.currency for m in c.money)
        ]
        if not stating:
            return answer, problem
        # Beside an amount the question states in another currency ("the EUR 3 million harbour
        # levy: how many pounds is that?"), the amount asked is that one restated: the sentences
        # stating both.
        stated = {t for t in self.index.lexicon.terms(question) if is_amount_term(t)}
        restating = [c for c in stating if stated & set(self.index.unit_terms.get(c.unit.id, ()))]
        units = self._select(restating or stating, intent_of(question).wide)
        retry = self._on_topic(self._cited(question, units), question, ranked)
        if retry.abstained or unmet(frame, retry, self.entities) is not None:
            return answer, problem
        return retry, None

    def _unranked_rows(
        self, ranked: list[Candidate], question: str, cited: Collection[tuple[str, int]]
    ) -> list[Candidate]:
        """The rows of the best-ranked table row's table (among the first ``_SIBLING_DEPTH``)
        that the search did not rank, in the table's order, holding every name of the question
        that row matched (as ``sibling_rows``); each stands in at that row's scores."""
        lead = next((c for c in ranked[:_SIBLING_DEPTH] if _table_of(c.unit) is not None), None)
        if lead is None:
            return []
        table = _table_of(lead.unit)
        names = self._name_terms(question)
        held = (lead.hits | lead.context_hits) & names
        seen = {c.unit.id for c in ranked}
        rows = []
        for step in (-1, 1):
            unit = self._neighbour(lead.unit, step)
            while unit is not None and _table_of(unit) == table:
                terms = frozenset(self.index.unit_terms.get(unit.id, ()))
                if (
                    unit.id not in seen
                    and (unit.source_id, unit.start) not in cited
                    and held <= terms
                ):
                    rows.append(
                        replace(
                            lead, unit=unit, hits=terms & lead.hits, money=find_money(unit.text)
                        )
                    )
                unit = self._neighbour(unit, step)
        return sorted(rows, key=lambda c: c.unit.id)

    def _read_whole_candidate(self, candidate: Candidate) -> Candidate:
        """``candidate`` with its sentence read whole when a page's notes cut it short
        (``_whole_of``): the figure of "... the third stage of the dredging plan" stands after
        the notes, in "(valued at EUR 2 billion)"."""
        if candidate.unit.kind != "sentence":
            return candidate
        whole = self._whole_of(candidate.unit)
        if whole is candidate.unit:
            return candidate
        return replace(candidate, unit=whole, money=find_money(whole.text))

    def _stand_in(
        self,
        question: str,
        context: str,
        scope: Scope,
        frame: Frame,
        ranked: list[Candidate],
        rejected: Answer,
        problem: Unmet,
        given: str = "",
    ) -> Answer | None:
        """A sentence that answers alone where the sentences selected together do not (``given``:
        the whole question a part is of, whose names are no answer):

        * the best-ranked sentence, when the selection left it out (a question read as asking
          for recommendations draws the report's other proposals; the best sentence names the
          firm it asks for);
        * when the selection states what is asked but of another program, country or stage
          than the question names, a lower sentence that states it of the one named and covers
          as much of the question as the best sentence, with the sentence it leans on ("KF-X
          technology transfer ($1.4 billion)" ranks above the tankers' "technology transfer
          $84.3 million", which follows the sentence naming the tankers' program).

        Any other lower sentence that merely holds a figure or a name of the asked kind is no
        answer: it would answer questions the sources leave open."""
        if not ranked:
            return None
        cited = {(c.source_id, c.start) for c in rejected.citations}
        tried = [] if (ranked[0].unit.source_id, ranked[0].unit.start) in cited else ranked[:1]
        # A sentence ranked just below the best may say in other words what the best says in the
        # question's: it shares every word the best shares with the question, itself or in the
        # sentence it leans on, and is at least as close in meaning or is the sentence right
        # after the best (a promise, then the share of it kept). A sentence sharing
        # less is on another matter that merely holds a figure or a name of the asked kind: "when
        # did they abolish it" is not answered by an audit "in 2018" after which they pushed to
        # abolish it. The sentence itself states what is asked. A date is not looked for so: the
        # sentences near a topic are dated by other events of it (an audit, a report, a pledge),
        # which the words checked cannot tell from the event asked about. A sentence closer in
        # meaning than the best that lacks one word of it, no name, may say that word otherwise
        # (a table row's "recognized?" for "adopted"). A later sentence of the best one's own
        # paragraph holds what the best holds only through the sentence it leans on: the
        # paragraph's topic, which it keeps without naming (``paragraph_topic``).
        best = ranked[0]
        shared = best.hits | best.context_hits
        after = self._neighbour(best.unit, 1)
        tried += [
            c
            for c in (ranked[1:_STAND_IN_DEPTH] if frame.answer_type != "date" else [])
            if (c.unit.source_id, c.unit.start) not in cited
            and (
                shared
                <= c.hits
                | c.context_hits
                | paragraph_topic(best.unit, best.hits, best.context_hits, c.unit)
                and (c.dense >= best.dense or (after is not None and c.unit.id == after.id))
                or self._says_otherwise(c, best, question)
            )
            and (
                has_type(c.unit.text, frame.answer_type, self.entities)
                or runs_since(frame, c.unit.text)
            )
        ]
        # A sentence broken across a page break is also shown whole, from its later piece: when
        # the first piece ranks best, the whole says all it says and what follows the break.
        tried += [
            c
            for c in ranked[1:]
            if c.unit.id != best.unit.id
            and best.unit.text in c.unit.text
            and has_type(c.unit.text, frame.answer_type, self.entities)
        ]
        finer = finer_date(question) if frame.answer_type == "date" else None
        opening = opening_date(question) if finer is None and frame.answer_type == "date" else None
        if frame.answer_type == "quantity" and asks_length_so_far(question):
            # "How long has the guild met?" is answered as "since when" is, or by a length.
            opening = SPAN_TOLD
        if opening is not None:
            # "Since when have they …" asks the start of something still going on, which a
            # sentence states as "since 2022" or "initiated … in 2022": that form, about the
            # thing the best is about, dates that thing, not another event near it. The parties
            # the question names may be written otherwise ("the allies", "both nations"); the
            # thing's own words may not.
            topic = shared - self._name_terms(question)
            floor = _FINER_FLOOR * best.score
            tried += [
                c
                for c in ranked[1:]
                if c.score >= floor
                and (c.unit.source_id, c.unit.start) not in cited
                and topic
                and topic <= c.hits | c.context_hits
                and opening.search(c.unit.text)
            ]
        if finer is not None:
            # A time of day, a day or a month is stated by few sentences, and seldom by the one
            # most about the matter ("the release is due soon"): a lower one that states that
            # form, about all the best is about (itself or in the sentence it leans on), is the
            # time of that matter, not of another event near it.
            floor = _FINER_FLOOR * best.score
            tried += [
                c
                for c in ranked[1:]
                if c.score >= floor
                and (c.unit.source_id, c.unit.start) not in cited
                and shared <= c.hits | c.context_hits
                and finer.search(c.unit.text)
            ]
        if any(_table_of(c.unit) is not None for c in ranked[:_SIBLING_DEPTH]):
            siblings = sibling_rows(ranked, self._name_terms(question), cited, _SIBLING_DEPTH)
            tried += [c for c in siblings if c not in tried]
        if problem.of_another:
            weights = self.prepare(question, context, scope).weights
            total = sum(weights.values()) or 1.0

            def covered(candidate: Candidate) -> float:
                # A name the sentence writes in other words counts as its own ("Airbus, which
                # supplied the tankers" names the tanker program the sentence before names).
                own = candidate.hits | {
                    t for t in candidate.context_hits if self._writes(t, candidate.unit.text)
                }
                return _weighted_share(weights, own, candidate.context_hits, total)

            tried = [c for c in ranked[1:] if covered(c) >= ranked[0].coverage]
            # A table gives the column named one attribute a row: the row of the measure asked
            # ("the minimum share") answers for that column, ranked or not, where the row
            # picked gave another column's figure or another measure.
            tried += [c for c in self._unranked_rows(ranked, question, cited) if c not in tried]
        for candidate in tried:
            answer = self._on_topic(
                self._cited(question, self._select([candidate])), question, ranked
            )
            if not answer.abstained and unmet(frame, answer, self.entities, given) is None:
                return answer
        return self._with_next(question, ranked, rejected, frame, given)

    def _with_next(
        self,
        question: str,
        ranked: list[Candidate],
        rejected: Answer,
        frame: Frame,
        given: str = "",
    ) -> Answer | None:
        """The rejected answer with the sentence right after one it cites in its paragraph, when
        the two answer together: the selection keeps a pledge and drops the share of it kept
        "as of 2019" that follows, or a scheme and drops the firms that "have long argued this
        system" is a barrier. Only the next sentence of the same paragraph is looked at: what
        it says is of what the cited one names (a news story's next paragraph is often on
        another matter, naming other people). Not for a date, as for the stand-ins above: a
        sentence near a topic is dated by another event of it."""
        if frame.answer_type == "date":
            return None
        by_place = {(c.unit.source_id, c.unit.start): c.unit for c in ranked}
        units = [
            by_place[place]
            for place in dict.fromkeys((c.source_id, c.start) for c in rejected.citations)
            if place in by_place
        ]
        shown = {unit.id for unit in units}
        for at, unit in enumerate(units):
            after = self._neighbour(unit, 1)
            if after is None or after.id in shown or after.kind != unit.kind:
                continue
            if after.paragraph != unit.paragraph:
                continue
            if not has_type(after.text, frame.answer_type, self.entities):
                continue
            answer = self._on_topic(
                self._cited(question, [*units[: at + 1], after, *units[at + 1 :]]),
                question,
                ranked,
            )
            if not answer.abstained and unmet(frame, answer, self.entities, given) is None:
                return answer
        return None

    def _says_otherwise(self, candidate: Candidate, best: Candidate, question: str) -> bool:
        """Whether ``candidate`` says in its own word one word of the question the best sentence
        writes ("recognized" for "adopted"): it writes every other word the best shares with the
        question and every name, and is closer in meaning than the best."""
        missing = (best.hits | best.context_hits) - candidate.hits - candidate.context_hits
        return (
            len(missing) == 1
            and not missing & self._name_terms(question)
            and candidate.dense > best.dense
        )

    def _writes(self, term: str, text: str) -> bool:
        """Whether ``text`` names what the search term ``term`` names, in any words the name table
        gives it ("airbus" and "the tankers" for the term of "KC-X")."""
        table = name_table()
        return any(
            table.mentions(name, text)
            for kind in _PROPER_NAME_KINDS
            for name in table.names(kind)
            if term in self.index.lexicon.terms(name)
        )

    def _ranked_query(
        self, question: str, context: str, scope: Scope
    ) -> tuple[Query, list[Candidate]]:
        """The prepared question and its ranked sentences, kept while one question is answered
        (``compose``): its parts are often ranked more than once (rows first, then sentences)."""
        recent: dict[tuple[object, ...], tuple[Query, list[Candidate]]] | None = getattr(
            self._answering, "recent", None
        )
        key = (question, context, scope.covered, tuple(sorted(scope.corrections.items())))
        found = recent.get(key) if recent is not None else None
        if found is None:
            query = self.prepare(question, context, scope)
            found = (query, self._rank(query))
            if recent is not None:
                recent[key] = found
        return found[0], list(found[1])

    def _compose_one(
        self,
        question: str,
        context: str,
        scope: Scope,
        rows: bool = True,
        given: frozenset[tuple[str, int]] = frozenset(),
    ) -> tuple[Answer, list[Candidate]]:
        """An answer from the best rows or sentences; none of the sentences ``given`` (source and
        start), which an answer already holds."""
        query, every = self._ranked_query(question, context, scope)
        ranked = [c for c in every if (c.unit.source_id, c.unit.start) not in given]
        ranked = self._beside_aside(question, ranked)
        if (
            len(query.only) == 1
            and asks_of_itself(question)
            and answer_type(question) in _SELF_TOLD
        ):
            # "The institute's paper is a reworked talk: when was the talk given?" asks about the
            # named source itself, which its own sentence on itself tells (``self_descriptions``).
            # Only its time or what it is: who took part, or the town, it does not tell, and
            # naming its author and host body, it would seem to.
            (source,) = query.only
            own = [u for u in self._units_of_source(source) if describes_itself(u.text)]
            if own:
                return self._on_topic(self._cited(question, own[:1]), question, ranked), ranked
        if query.only and not ranked:
            names = ", ".join(self._label(s) for s in sorted(query.only))
            return self._abstain(question, say("source_silent", source=names), ()), ranked
        if ranked and self._unknown_thing(question, scope, ranked[0]):
            # Nor does a row answer it: its words are the sources' too.
            return self._abstain(question, say("not_answered"), (), ranked), ranked
        # A data row states a fact, never why it matters: "why is the ruling significant" is
        # answered by the sentences that say what follows from it.
        weighs = query.intent.wide and asked_kind(question) is SIGNIFICANCE
        # A question that names its source is answered from its sentences, except for a
        # country's rule figures, which that source's table gives one to a row.
        only_rows = bool(query.only) and self._country_requirement(question, query.only)
        if self.facts is not None and rows and (not query.only or only_rows) and not weighs:
            from_data = (
                self._series_asked(query)
                or (self._timeline_from_facts(query) if query.intent.chronological else None)
                or self._from_facts(query, ranked)
            )
            checked = self._on_topic(from_data, question, ranked) if from_data else None
            if checked is not None and self._asks_unknown_thing(question, scope):
                checked = self._all_named(checked, question, ranked)
            if checked is not None and not checked.abstained:
                return checked, ranked
            # Rows about someone else than the question names: its sentences may answer.
        if not ranked:
            return self._abstain(question, say("not_covered"), ()), ranked
        best = ranked[0]
        # "Summarize the KIET paper's recommendations": a question whose only topic is the source
        # it names asks about all of that source; no sentence need share a word with it.
        whole_source = bool(query.only) and not query.weights
        # "What does the Daily tell of the Alpha deal": a summary of what one named source says
        # of a thing it names is that source's sentences about the thing, in its own order;
        # they need share no other word with the question ("story", "package").
        told = self._source_tells(question, query)
        if told:
            return self._on_topic(self._cited(question, told), question, ranked), ranked
        # The best sentence is ranked by words and meaning together: one just below it that is
        # closer in words or in meaning says the sources treat the question as well.
        # The word naming the kind of answer is met by a sentence stating one (``_gate_match``).
        matches = self._gate_match(question, query, ranked[:_STAND_IN_DEPTH])
        weak = not whole_source and all(
            covered < _WEAK_COVERAGE and c.dense < 0.45
            for c, (covered, _) in zip(ranked, matches, strict=False)
        )
        # A topic word the sources never use ("weather") and only a partial match elsewhere.
        # The best sentence shares only the question's names ("Seoul"): one sharing a word of the
        # topic may say in other words what the unknown word asks ("spokesperson" for
        # "spokesman").
        partial = (
            bool(scope.unknown)
            and matches[0][0] < 0.5
            and best.dense < _PARTIAL_DENSE
            and matches[0][1] <= self._name_terms(question)
        )
        if weak and not partial:
            weak = not self._meets_written_words(question, query, ranked[:_STAND_IN_DEPTH], matches)
        if weak and not partial:
            # Everyday words for the sources' terms: a lower sentence stating the kind of answer
            # asked, under the question's names and years, close in meaning (``typed_evidence``).
            found = self._typed_evidence(question, ranked[:TYPED_DEPTH])
            if found is None:
                # "What reply came from the port board?": a sentence giving the board's own words, which
                # share few of the question's (``replies_asked``).
                found = reply_stand_in(question, [c.unit.text for c in ranked[:TYPED_DEPTH]])
            if found is not None:
                ranked = [ranked[found], *ranked[:found], *ranked[found + 1 :]]
                weak = False
        if weak or partial:
            reason = say("not_answered")
            return self._abstain(question, reason, (), ranked), ranked
        # A question for a date or an amount is not answered by benefits because it names one
        # ("when did they start asking for counter-benefits?").
        kind = asked_kind(question) if query.intent.wide else None
        if query.intent.wide:
            # "Lay out the report's plan for pooled credits": the numbered part that plan heads.
            told = self._part_told(question, ranked)
            checked = (
                self._on_topic(self._cited(question, told), question, ranked) if told else None
            )
            if checked is not None and not checked.abstained:
                return checked, ranked
        if kind is RECOMMENDATION:
            outlined = self._outlined(question, ranked, kind)
            # A source's list of recommendations that never names what the question names
            # ("what does it advise taking from Norway", "what does it urge doing with Acme
            # Corp") leaves it to the sentences about that.
            if outlined is not None and not self._names_every_subject(outlined, question):
                outlined = None
            checked = self._on_topic(outlined, question, ranked) if outlined is not None else None
            if checked is not None and not checked.abstained:
                return checked, ranked
        if kind is DEBATE:
            told = self._quarrel_told(ranked)
            checked = (
                self._on_topic(self._cited(question, told), question, ranked) if told else None
            )
            if checked is not None and not checked.abstained:
                return checked, ranked
        leading = 1
        about: Callable[[Unit], bool] | None = None
        if query.intent.wide:
            # A summary's bullet or a heading that a body sentence tells in full gives way to it.
            ranked = self._without_restatements(ranked)
            # Each side a position question names leads with its own statement; each one an
            # open question names ("the deals with Alpha and Beta") with what is said of it.
            ranked, about = self._about_things(query, ranked)
            ranked, leading = self._side_first(
                question,
                ranked,
                quoted=query.intent.position,
                things=query.things if about is not None else (),
            )
        standing = self._standing(ranked) if BY_WORLD_MEASURE.search(question) else []
        if query.intent.wide and kind is None and standing:
            units = self._with_standing(ranked, standing)
        elif query.intent.wide and kind is None and asks_others(question):
            units = self._others(ranked, question)
        else:
            points = self._asks_points(question, query.intent, scope)
            if not query.intent.wide:
                ranked = self._of_figure_asked(question, ranked)
                ranked = self._of_date_asked(question, query, ranked)
                ranked = self._of_body_asked(question, ranked)
            read_by = (
                self._onlookers_run(ranked)
                if query.intent.wide and asks_onlookers_reading(question)
                else []
            )
            # A question naming the one source it asks of reads that source's own list of what
            # it asks for, however few of the question's words its opener shares.
            named = next(iter(query.only)) if len(query.only) == 1 else None
            units = read_by or self._select(
                ranked,
                query.intent.wide,
                kind,
                leading,
                about,
                points,
                named,
                frozenset(query.weights),
            )
            if kind is RECOMMENDATION:
                units = self._advice_on_named(units, question)
            if _asks_government_reaction(question) and not any(
                _GOVERNMENT_ACTS.search(u.text) for u in units
            ):
                # A reply in words alone is half a government's reaction: what it did comes too.
                acted = next((c.unit for c in ranked if _GOVERNMENT_ACTS.search(c.unit.text)), None)
                if acted is not None:
                    units = [*units, acted]
        if query.intent.wide and kind is None and about is None:
            # A claim and the figures its paragraph's next sentence backs it with are one point.
            units = list(dict.fromkeys(x for u in units for x in [u, *self._backed_by(u)]))
            # A named speaker's statement and the rest of their words after it are one point.
            units = list(dict.fromkeys(x for u in units for x in [u, *self._spoken_on(u)]))
        if _synthesis(question, query.intent) and about is None and units:
            units = [*units, *self._gathered(query, units, ranked)]
            units = self._paragraphs_finished(units)
            if kind is None:
                # An account of a matter takes up its passage whole. A question asking one kind
                # of point ("why did the board stop dredging?") quotes the sentences of that
                # kind; what stands between two of them is not of the kind asked.
                units = self._passage_gaps_filled(units)
        if query.intent.position and kind is not RECOMMENDATION:
            units = self._without_advice_to_sides(question, units)
        if query.intent.chronological:
            units.sort(key=_first_year)
        answer = self._on_topic(self._cited(question, units), question, ranked)
        if answer.abstained and kind is not None:
            # The sentences that give causes (or benefits, or drawbacks) are about someone else
            # than the question names: the best sentences about whom it names may say it in
            # other words ("under-delivered" of a firm whose pledge was "only 10% fulfilled").
            units = self._select(ranked, query.intent.wide, None, leading, about)
            answer = self._on_topic(self._cited(question, units), question, ranked)
        if self._asks_unknown_thing(question, scope):
            answer = self._all_named(answer, question, ranked)
        return answer, ranked

    def _of_figure_asked(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """``ranked`` with the sentence that states a figure of the thing a "how big was X"
        question asks the size of first, when one near the best writes most of that thing's
        distinctive words, and more of them than the best does: the best may state a figure of
        the matter around it (the whole, another period) because it shares the question's
        framing words. A sentence naming only a minority of them (the part's generic noun,
        "component") names some other thing and must not displace a refusal's evidence."""
        asked = _SIZE_OF.search(question)
        kind = frame_of(question).answer_type
        if asked is None or kind not in ("money", "quantity", "percent") or not ranked:
            return ranked
        if _POINTED_BACK.match(asked.group("thing")):
            return ranked
        weights = self._distinctive(asked.group("thing"))
        if not weights:
            return ranked
        best = ranked[0]
        least = len(weights.keys() & best.hits)
        # A best sentence stating no figure of the kind asked cannot say how big the thing is:
        # one near it writing as much of the thing, with such a figure, says it.
        figureless = not has_type(best.unit.text, kind)
        floor = _FIGURE_OF_THING_FLOOR * best.score
        lead: Candidate | None = None
        held = (least, 0.0)
        for candidate in ranked[1:]:
            if candidate.score < floor:
                break
            # Most of the thing's words, more than the best writes; of those, the rarer words.
            named = weights.keys() & candidate.hits
            stated = (len(named), total_weight(named, weights.__getitem__))
            most = 2 * len(named) > len(weights)
            more = stated[0] > least or figureless and stated[0] == least
            if most and more and stated > held and has_type(candidate.unit.text, kind):
                lead, held = candidate, stated
        if lead is None:
            return ranked
        return [lead, *(c for c in ranked if c is not lead)]

    def _of_date_asked(
        self, question: str, query: Query, ranked: list[Candidate]
    ) -> list[Candidate]:
        """``ranked`` with the sentence that dates what a "when" question asks first, when the
        best does not. A question naming an amount ("when did the floor reach USD 5 million")
        is answered by a sentence near the best (``_DATE_ASKED_FLOOR``) stating a date and every
        amount it names, the one covering most of the question first. When the best dates
        nothing but a span of years (a plan's "(2023-2027)"), a "when" question is answered by
        a sentence near it writing every word of the question the best writes and dating a
        moment, the one dating it most finely first ("in December 2018")."""
        if not ranked or frame_of(question).answer_type != "date":
            return ranked
        amounts = frozenset(t for t in query.weights if is_amount_term(t))

        def dates(candidate: Candidate) -> bool:
            return not (amounts - candidate.hits) and has_type(
                candidate.unit.text, "date", self.entities
            )

        best = ranked[0]
        floor = _DATE_ASKED_FLOOR * best.score
        near = [c for c in ranked[1:] if c.score >= floor and dates(c)]
        lead: Candidate | None = None
        if amounts and not dates(best):
            lead = max(
                near,
                key=lambda c: (c.coverage, date_precision(c.unit.text), c.score),
                default=None,
            )
        elif (
            dates(best) and not _YEAR_ASKED.search(question) and not dates_a_moment(best.unit.text)
        ):
            lead = max(
                (c for c in near if c.hits >= best.hits and dates_a_moment(c.unit.text)),
                key=lambda c: (date_precision(c.unit.text), c.score),
                default=None,
            )
        if lead is None:
            return ranked
        return [lead, *(c for c in ranked if c is not lead)]

    def _of_body_asked(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """``ranked`` with the best sentence naming a body of the kind a "which committee"
        question asks for first, when the best names none and it scores near the best
        (``_BODY_ASKED_FLOOR``): a sentence about the matter that names no such body cannot
        say which one it is."""
        bodies = self._bodies_of_asked_kind(question)
        if not bodies or not ranked or ranked[0].unit in bodies:
            return ranked
        floor = _BODY_ASKED_FLOOR * ranked[0].score
        lead = next((c for c in ranked if c.score >= floor and c.unit in bodies), None)
        if lead is None:
            return ranked
        return [lead, *(c for c in ranked if c is not lead)]

    def _distinctive(self, phrase: str) -> dict[str, float]:
        """The terms of ``phrase`` that tell one thing of the sources from another, by idf: no
        year, and none as common as the home country, the setting every sentence shares (the
        programme's own name, the country), which no sentence states more of than another."""
        setting = self.index.idf(self.home_country) if self.home_country else 0.0
        return {
            t: self.index.idf(t)
            for t in self.index.lexicon.terms(phrase)
            if not is_year(t) and self.index.idf(t) > setting
        }

    def _gate_match(
        self, question: str, query: Query, candidates: list[Candidate]
    ) -> list[tuple[float, frozenset[str]]]:
        """Each candidate's coverage and matched terms, with the noun by which the question
        names the kind of answer it asks for ("which day", "what share", "which agency") met by
        a sentence that states a thing of that kind: the word is what the answer is, which the
        sentence answering it gives ("on Monday"), not a topic it must repeat."""
        # Every part's kind noun ("in which year …, and by which body"), and the noun naming a
        # stance asked ("the agency's line"), met by a sentence reporting what someone said.
        nouns = kind_nouns(question)
        asked = [
            (frozenset(self.index.lexicon.terms(noun)) & query.weights.keys(), kind)
            for noun, kind in nouns
        ]
        finer = finer_date(question) if any(k == "date" for _, k in nouns) else None
        weights = self._gate_weights(question, query)
        total = sum(weights.values()) or 1.0
        unwritten = self._unwritten_words(question, weights)
        near = self._near_words()
        names = self._name_terms(question) if unwritten else frozenset()
        found = []
        for c in candidates:
            met = frozenset(
                term
                for terms, kind in asked
                if _states_kind(c.unit.text, kind, self.entities)
                and (kind != "date" or finer is None or finer.search(c.unit.text))
                for term in terms - c.hits - c.context_hits
            )
            # "The gear" is met by a sentence writing "equipment" (``nearest_written``), when it
            # is said of the same things (every name and year the question writes) and meets the
            # question in one of its written words: a question in none of the sources' words
            # ("how to fry the rice") is on another topic, whatever its words' neighbours.
            if c.hits and names <= c.hits | c.context_hits:
                met |= bridged(
                    unwritten, frozenset(self.index.unit_terms.get(c.unit.id, ())), near
                ) - (c.hits | c.context_hits)
            # "The seller" is met by a sentence writing the act ("selling countries").
            met |= met_as_act(
                weights.keys() - c.context_hits,
                frozenset(self.index.unit_terms.get(c.unit.id, ())),
                self.scope.vocabulary,
            )
            found.append(
                (_weighted_share(weights, c.hits | met, c.context_hits, total), c.hits | met)
            )
        return found

    def _meets_written_words(
        self,
        question: str,
        query: Query,
        candidates: list[Candidate],
        matches: list[tuple[float, frozenset[str]]],
    ) -> bool:
        """Whether a sentence near the top meets the question in all but the words no source
        writes (``unwritten_words``), stating the kind of answer asked. Only a question asking
        for a thing of a kind a sentence can be seen to state (an amount, a date, a body): an
        open one (how a ministry took a ruling) is met by any sentence on its topic, and
        the words no source writes may be all it asks about."""
        kind = frame_of(question).answer_type
        finders = self.entities.finders if self.entities is not None else {}
        if kind not in _STATED_KINDS and kind not in finders:
            return False
        return met_but_for_unwritten(
            self._gate_weights(question, query),
            self.scope.vocabulary,
            (
                (hits, c.context_hits, has_type(c.unit.text, kind, self.entities))
                for c, (_, hits) in zip(candidates, matches, strict=False)
            ),
        )

    def _typed_evidence(self, question: str, candidates: list[Candidate]) -> int | None:
        """The position of the best-ranked of ``candidates`` that states the kind of answer a
        question of a stated kind asks for, writes its names, years and figures and is close to
        it in meaning (``typed_evidence``)."""
        kind = frame_of(question).answer_type
        finders = self.entities.finders if self.entities is not None else {}
        # Not a date: the sentences near a topic are dated by its other events (an audit, a
        # report), which its names and years cannot tell from the event asked about.
        if kind in _UNDATED or kind not in _STATED_KINDS and kind not in finders:
            return None
        constraints = self._name_terms(question)
        return typed_stand_in(
            constraints,
            [
                Evidence(
                    has_type(c.unit.text, kind, self.entities), c.hits, c.context_hits, c.dense
                )
                for c in candidates
            ],
        )

    def _unwritten_words(self, question: str, weights: dict[str, float]) -> dict[str, str]:
        """The question's weighted terms no source writes, each with the word it writes."""
        vocabulary = self.scope.vocabulary
        lexicon = self.index.lexicon
        found: dict[str, str] = {}
        for word in lexicon.words(question):
            for term in lexicon.terms_of([word]):
                if term in weights and term not in vocabulary and word.isalpha():
                    found.setdefault(term, word)
        return found

    def _near_words(self) -> Callable[[str], frozenset[str]]:
        """The sources' words nearest in meaning to a word, while an answer is composed with an
        encoder (``nearest_written``); none otherwise."""
        neighbours = self._written_neighbours()
        if neighbours is None:
            return lambda word: frozenset()
        return neighbours.terms_near

    def _written_neighbours(self) -> WrittenNeighbours | None:
        meaning = current_meaning()
        if meaning is None:
            return None
        if self._neighbours is None:
            vocabulary = self.scope.vocabulary
            self._neighbours = WrittenNeighbours(
                meaning.encode,
                {w: t for w, t in self.index.surfaces.items() if t in vocabulary},
                vocabulary=meaning.vocabulary,
            )
        return self._neighbours

    def keep_ahead(self) -> None:
        """Build now what the first question would otherwise build and keep on disk: the
        vectors of the sources' vocabulary (over a second on this machine), so that the first
        ``ask`` after ``index`` costs what every later one does."""
        with reading_meaning(self._word_meaning):
            neighbours = self._written_neighbours()
            if neighbours is not None:
                neighbours.prepare()

    def _gate_weights(self, question: str, query: Query) -> dict[str, float]:
        """The question's weighted words the gate asks a sentence to share: not those asking
        how the answer is laid out or worded, nor the names of the sources it asks after
        (``gate_words``), which no answering sentence need write. All of them when nothing
        else is left: a question of nothing but such words is judged as before."""
        dropped = frozenset(
            self.index.lexicon.terms(
                " ".join([*presentation_words(question), *source_names_in(question, self.called)])
            )
        )
        # A source described rather than named ("the think tank", "the wire stories") is named
        # all the same, in words the sources do not write of themselves; a description they
        # do write ("the report") may be what is asked about and stays.
        described = (
            frozenset(self.index.lexicon.terms(" ".join(source_descriptions(question))))
            - self.scope.vocabulary
        )
        dropped |= described
        content = {t: w for t, w in query.weights.items() if t not in dropped}
        return content if content else dict(query.weights)

    def _asks_points(self, question: str, intent: Intent, scope: Scope) -> bool:
        """Whether an open question asks for the points of an argument or a story ("why did
        the talks stall?", "bring me up to speed on the quarrel"), whose room the next-best sentences may
        fill. Not what a term means ("what is X?"), which one passage gives; not a thing asked by its
        noun ("what levy did the board set?"), nor what a named part of a source says ("what
        does Chart 3 show of Peru?"): each is one statement, and more sentences about its
        neighbours only dilute it, or lend it a quote naming what it asks of by chance."""
        return not (
            (intent.define and _TERM_ASKED.search(question))
            or asked_noun(question) is not None
            or _SOURCE_PART.search(question)
            or self._asks_unknown_thing(question, scope)
        )

    def _beside_aside(self, question: str, ranked: list[Candidate]) -> list[Candidate]:
        """``ranked`` without the sentences about what the question sets aside ("besides the
        levy, what else did the auditors fault?"): they tell what the answer is not. When the
        best sentence is about it all the same, what the sources say on the rest of the
        question is about that thing: the ranking stands and the answer's check decides whether
        they name anything else ("four items, including the levy" names no other)."""
        aside = frozenset(self.index.lexicon.terms(" ".join(set_aside(question))))

        def about_aside(candidate: Candidate) -> bool:
            return aside <= set(self.index.unit_terms.get(candidate.unit.id, ()))

        if not aside or not ranked or about_aside(ranked[0]):
            return ranked
        # Nor when a sentence scoring near the best names it as one of a set whose other members
        # it leaves unnamed ("three partner yards, including the northern one"): the others the
        # question asks for are that set's, which the sources do not name. A best sentence on
        # the question's subject alone ("the maker agreed to …") says nothing of them.
        floor = _ASIDE_FLOOR * ranked[0].score
        if any(
            about_aside(c) and any(one_of_unnamed(c.unit.text, t) for t in set_aside(question))
            for c in ranked
            if c.score >= floor
        ):
            return ranked
        return [c for c in ranked if not about_aside(c)]

    def _others(self, ranked: list[Candidate], question: str) -> list[Unit]:
        """The sentences answering what else there is besides a thing set aside: the best-ranked,
        each on its own. The other things are named one or two to a sentence, often in the
        same passage and in the same words around them ("the report also faulted …"): the
        rest of the best sentence's paragraph, or a sentence's having no word the ones before
        lack, says nothing of whether it names one more."""
        chosen = self._filled([*self._items_added(ranked, question)[:_WIDE_SHOWN]], ranked)
        years = {m.group(0) for m in YEAR.finditer(question)}
        if years and not any(y in u.text for u in chosen for y in years):
            # The year the question sets ("the 2019 audit") is stated beside the things named
            # ("this year's audit"): the best sentence stating it says which year they are of.
            dated = next((c.unit for c in ranked if any(y in c.unit.text for y in years)), None)
            if dated is not None:
                chosen = [*chosen[: _WIDE_SHOWN - 1], dated]
        return _by_paragraph(chosen)

    def _filled(self, chosen: list[Unit], ranked: list[Candidate]) -> list[Unit]:
        """``chosen``, then the best-ranked sentences above the wide floor that say something
        none before says, up to the room of a wide answer."""
        chosen = list(chosen)
        floor = _WIDE_FLOOR * ranked[0].score
        for candidate in ranked:
            if len(chosen) >= _WIDE_SHOWN or candidate.score < floor:
                break
            if candidate.unit in chosen or any(self._similar(candidate.unit, u) for u in chosen):
                continue
            chosen.append(candidate.unit)
        return chosen

    def _standing(self, ranked: list[Candidate]) -> list[Unit]:
        """The sentences telling where a thing stands among the world's, or how widespread a
        practice is: whether a thing is unusual by the world's measure is what they say, in
        words the question seldom shares ("ranks lower-middle among four dozen", "a common
        practice worldwide"). Not a heading naming the world only in passing."""
        floor = _STANDING_FLOOR * ranked[0].score if ranked else 0.0
        return [
            c.unit
            for c in ranked
            if c.score >= floor
            and c.unit.kind == "sentence"
            and _STANDING.search(c.unit.text)
            and _ENDS_SENTENCE.search(c.unit.text)
        ]

    def _with_standing(self, ranked: list[Candidate], standing: list[Unit]) -> list[Unit]:
        """The sentences telling a thing's standing first, then the best of the rest: each makes
        a point of its own, so no one paragraph fills the answer's room."""
        chosen: list[Unit] = []
        for unit in standing:
            if unit not in chosen and not any(self._similar(unit, u) for u in chosen):
                chosen.append(unit)
        chosen = self._filled(chosen, ranked)[:_WIDE_SHOWN]
        return _by_paragraph(chosen)

    def _periods_counted(self, intent: Intent) -> frozenset[tuple[int, int]]:
        """The periods a question's periods told in words are read as (``period_written``):
        "what have offsets brought since the early eighties" asks what the sources count for
        "1983 to 2022". None for a history since a year, told along its years, nor for the
        causes of a change after a year, told by what came about around it, not by the total
        of the years since."""
        if intent.chronological or intent.why:
            return frozenset()
        return self._source_periods

    def _as_abbreviated(self, text: str) -> str:
        """``text`` for the embedding search: each full name the sources abbreviate followed by
        its initials, as the sources introduce it ("the Defense Acquisition Program
        Administration (DAPA)"), unless the text writes them already. The sources spell a name
        out once and use the initials after; BM25 reads both as one term (the alias table), but
        an embedding of the full name alone sits far from the passages using the initials,
        which then drop out of the fused search, and one of the initials alone loses what the
        name means."""
        pattern = self._full_name_pattern
        if pattern is None:
            return text
        written = frozenset(_INITIALS.findall(text))

        def spelled_out(match: re.Match[str]) -> str:
            initials = self._abbreviations[match.group(0).lower()]
            return match.group(0) if initials in written else f"{match.group(0)} ({initials})"

        return pattern.sub(spelled_out, text)

    @cached_property
    def _abbreviations(self) -> dict[str, str]:
        """Each full name of the alias table (as folded) -> its initials, for the names whose
        canonical term is the name's initials (a "korea institute for industrial economics
        and trade" spelled out, and "KIET"; another phrase for it, "procurement agency" or a capital for its country, is no
        spelling out of it) and which the sources mostly write by those initials alone."""
        lexicon = self.index.lexicon
        spelled: dict[str, str] = {}
        for phrase in lexicon.phrases:
            # A phrase of the alias table reads as the one term it stands for.
            read = lexicon.words(phrase)
            if " " in phrase and len(read) == 1 and initialled(phrase, read[0]):
                spelled[phrase] = read[0].upper()
        # Only the names the sources mostly write by their initials alone: one they mostly
        # spell out ("reciprocal defense procurement") is embedded best as they write it.
        alone: dict[str, int] = {}
        in_full: dict[str, int] = {}
        for unit in self.index.units.values():
            lowered = unit.text.lower()
            initials = frozenset(_INITIALS.findall(unit.text))
            full = {spelled[p] for p in spelled if p in lowered}
            for name in full:
                in_full[name] = in_full.get(name, 0) + 1
            for name in (initials & frozenset(spelled.values())) - full:
                alone[name] = alone.get(name, 0) + 1
        return {
            phrase: initials
            for phrase, initials in spelled.items()
            if alone.get(initials, 0) > in_full.get(initials, 0)
        }

    @cached_property
    def _full_name_pattern(self) -> re.Pattern[str] | None:
        names = sorted(self._abbreviations, key=len, reverse=True)
        if not names:
            return None
        return re.compile(
            r"(?<![\w.-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE
        )

    @cached_property
    def _source_periods(self) -> frozenset[tuple[int, int]]:
        """The periods some unit of the sources writes by its first and last years."""
        return frozenset(
            (int(first), int(last))
            for unit in self.index.units.values()
            for first, last in PERIOD.findall(unit.text)
        )

    @cached_property
    def _used_terms(self) -> frozenset[str]:
        """The terms some unit of the sources uses."""
        return frozenset(t for terms in self.index.unit_terms.values() for t in terms)

    def _items_added(self, ranked: list[Candidate], question: str) -> list[Unit]:
        """The sentences by which the source of the best one adding an item ("the report also
        faulted …", "it newly named …") lists the others besides the thing set aside, best first.
        A story names each item in a sentence of its own, in words of that item (beef, cloud
        rules) and seldom in the question's: only their marking it as one more says they
        belong to the list. The best of them leads; none naming the thing set aside (its head
        noun, "offsets" of "defense offsets"; the word before it the sources use when they never
        use the head, "offset" of "offset rules"), which is what the answer is not."""
        floor = _WIDE_FLOOR * ranked[0].score
        first = next(
            (
                c.unit
                for c in ranked
                if c.score >= floor and c.unit.kind == "sentence" and _ADDS_ITEM.search(c.unit.text)
            ),
            None,
        )
        if first is None:
            return []
        aside = frozenset(
            used[-1]
            for phrase in set_aside(question)
            if (used := [t for t in self.index.lexicon.terms(phrase) if t in self._used_terms])
        )
        added: list[Unit] = [first]
        # Those the ranking reached first, then the rest of the source in its order: an item
        # named only in its own words ranks below any sentence sharing the question's.
        for unit in [*(c.unit for c in ranked), *self._source_units(first.source_id)]:
            if (
                unit.source_id != first.source_id
                or unit.kind != "sentence"
                or unit in added
                or not _ADDS_ITEM.search(unit.text)
                or aside & set(self.index.unit_terms.get(unit.id, ()))
            ):
                continue
            added.append(unit)
        # A heading ("Beef and Cloud Rules Also Faulted") names in short what the story's
        # sentences tell in full: it comes after them.
        return sorted(added, key=lambda u: not _ENDS_SENTENCE.search(u.text))

    def _row_shown(self, citation: Citation, text: str) -> bool:
        """Whether ``text`` shows the table row ``citation`` quotes: a row is shown with its
        table's title and headers, not as its verbatim cells."""
        return any(
            unit.kind == "row" and unit.start == citation.start and display(unit.text)[:80] in text
            for unit in self._source_units(citation.source_id)
        )

    def _telling_terms(self, unit: Unit) -> set[str]:
        """The terms of ``unit`` that tell its matter from the sources' common ground: not a
        number ("(2)"), and rarer than ``_PART_TERM_IDF`` ("offset", "defense" are everywhere)."""
        return {
            t
            for t in self._unit_terms(unit)
            if not t.isdigit() and self.index.idf(t) >= _PART_TERM_IDF
        }

    def _unit_terms(self, unit: Unit) -> frozenset[str]:
        """The terms the index reads in ``unit``."""
        return frozenset(self.index.unit_terms.get(unit.id, ()))

    def _source_units(self, source_id: str) -> list[Unit]:
        """A source's units in document order, read once per source while the index holds the
        same units (``_marked_in``): several steps of every question walk a source's units."""
        kept: tuple[object, dict[str, tuple[Unit, ...]]] | None
        kept = getattr(self, "_in_order", None)
        if kept is None or kept[0] is not self.index.units:
            kept = (self.index.units, {})
            self._in_order = kept
        found = kept[1].get(source_id)
        if found is None:
            units: list[Unit] = []
            while (unit := self.index.units.get(f"{source_id}#u{len(units):04d}")) is not None:
                units.append(unit)
            found = kept[1][source_id] = tuple(units)
        return list(found)

    def _outlined(
        self, question: str, ranked: list[Candidate], kind: SentenceKind
    ) -> Answer | None:
        """The numbered section of a source among the best-ranked whose parts do what the question
        asks, one cited line a part (``outline``). Called for recommendations only: for causes
        and benefits the section whose parts name most of them was seldom the one asked about."""
        floor = _WIDE_FLOOR * ranked[0].score
        sources = dict.fromkeys(c.unit.source_id for c in ranked if c.score >= floor)
        for source_id in sources:
            section = outline_of(self._source_units(source_id), kind)
            if section is None:
                continue
            # "What does it advise about staffing?": the one part the question's own words
            # point to, told in full, not every part's first line.
            meant = self._part_meant(section, ranked, question)
            if meant is not None:
                return self._cited(question, self._part_account(list(meant.body), ranked, kind))
            cited = CitationList(self.row_citation)
            lines = [
                f"{display(section.heading.text)} [{cited.add(self._citation(section.heading, 1))}]"
            ]
            for part in section.parts:
                line = (
                    f"- {display(part.heading.text)} [{cited.add(self._citation(part.heading, 1))}]"
                )
                points = points_of(part, kind, self._unit_terms)
                if points:
                    line += ":" + "".join(
                        f" {display(p.text)} [{cited.add(self._citation(p, 1))}]" for p in points
                    )
                lines.append(line)
            return Answer(question=question, answer="\n".join(lines), citations=cited.items)
        return None

    def _part_meant(
        self, section: Section, ranked: list[Candidate], question: str = ""
    ) -> Part | None:
        """The one part of an outline the question is about (``part_meant``): the part the
        best-ranked sentences standing in the outline's parts all belong to, or lean to when
        its heading's telling words are written in the question (``_names_heading``)."""
        place = {u.id: i for i, part in enumerate(section.parts) for u in part.body}
        places = [place[c.unit.id] for c in ranked if c.unit.id in place]
        asked = set(self.index.lexicon.terms(question)) if question else set()
        named = {
            i
            for i, part in enumerate(section.parts)
            if asked and self._names_heading(part.heading, asked)
        }
        meant = part_meant(places, named)
        return None if meant is None else section.parts[meant]

    def _names_heading(self, heading: Unit, asked: set[str]) -> bool:
        """Whether a question's terms ``asked`` write at least ``_PART_NAMED_SHARE`` of the
        telling terms of a part's ``heading``: "what should the priority list hold" names
        "(3) Publishing a priority list"; "what should the ministry do" does not name
        "(5) Hosting laboratories in the ministry's regional clusters" by its one shared word."""
        named = self._telling_terms(heading)
        shared = named & asked
        return bool(shared) and len(shared) >= _PART_NAMED_SHARE * len(named)

    def _part_told(self, question: str, ranked: list[Candidate]) -> list[Unit]:
        """For a synthesis that names one numbered part of a report ("(3) Moving to pooled
        credits") by most of its heading's terms, its rarest among them, in a source among the
        best-ranked: the part's account, each paragraph's first sentence (where the part states
        each step: the plan, its means, its timetable) and the sentence after it that leans on
        it, with the
        ``_PART_BEST`` sentences of the part ranked best and its first example, in the
        report's order. Ranking sentences one by one quotes the paragraph nearest the
        question's words and leaves the part's other steps out."""
        floor = _WIDE_FLOOR * ranked[0].score
        asked = set(self.index.lexicon.terms(question))
        sources = dict.fromkeys(c.unit.source_id for c in ranked if c.score >= floor)
        named_best: tuple[float, list[Unit]] | None = None
        for source_id in sources:
            for heading, body in numbered_parts(self._source_units(source_id)):
                named = self._telling_terms(heading)
                shared = named & asked
                if len(shared) < _PART_NAMED_FEWEST or len(shared) < _PART_NAMED_SHARE * len(named):
                    continue
                # The word that tells this part from the others ("pooling") must be among them:
                # common ones alone ("use", "plan") are named by questions about other things.
                rarest = max(self.index.idf(t) for t in named)
                if not any(self.index.idf(t) == rarest for t in shared):
                    continue
                # Of two headings named as often, the one named by its rarer words.
                weight = total_weight(shared, self.index.idf) / total_weight(named, self.index.idf)
                if named_best is None or weight > named_best[0]:
                    named_best = (weight, body)
        if named_best is None:
            return []
        # The part's paragraphs its account opens are read on to their last points, and the
        # points it skips between two it quotes come too.
        told = self._part_account(named_best[1], ranked)
        return sorted(
            self._passage_gaps_filled(self._paragraphs_finished(told)), key=lambda u: u.start
        )

    def _part_account(
        self, body: list[Unit], ranked: list[Candidate], kind: SentenceKind | None = None
    ) -> list[Unit]:
        """A numbered part's account (``_part_told``): each paragraph's first sentence and the
        sentence after it that leans on it, the part's best-ranked sentences and its first
        example, in the report's order; with ``kind``, each sentence doing what the question
        asks too (a part's recommendations: "it should also hire", wherever they stand)."""
        # A figure's note ("Note: The values represent …") says what its numbers are, no step.
        body = [u for u in body if self._caption_noted(u) is None]
        leads = paragraph_leads(body)
        # A lead's point goes on in the sentence after it that leans on it ("Such a plan …").
        going_on = {
            after
            for before, after in zip(body, body[1:], strict=False)
            if before in leads and after.paragraph == before.paragraph and carries_on(after.text)
        }
        closest = [c.unit for c in ranked if c.unit in body][:_PART_BEST]
        # The example a part gives of its point ("Chile, for example, publishes its list")
        # makes the point concrete: the first one comes too.
        example = next((u for u in body if _GIVES_EXAMPLE.search(u.text)), None)
        chosen = [
            u
            for u in body
            if u in leads
            or u in going_on
            or u in closest
            or u is example
            or (kind is not None and kind.marked_by.search(u.text))
        ]
        return sorted(self._read_whole(chosen), key=lambda u: u.start)

    def _quarrel_told(self, ranked: list[Candidate]) -> list[Unit]:
        """For a question asking to lay out a quarrel (``DEBATE``), the account a report gives of
        it in a section titled for it ("1) Abolishment controversy") when one of the best
        sentences stands in that section: each of its paragraphs states a step (the move, the
        objections, the counter-move), so each paragraph's first sentence comes, with the
        sentences that say whose side they state (``DEBATE.marked_by``), the points of a list
        one announces, and the best sentences of the section, in the report's order. Ranking
        sentences one by one finds the step that shares the question's words and misses the
        side that answers it in other words."""
        floor = _WIDE_FLOOR * ranked[0].score
        for candidate in ranked[:_STAND_IN_DEPTH]:
            if candidate.score < floor or candidate.unit.kind != "sentence":
                continue
            found = section_around(self._source_units(candidate.unit.source_id), candidate.unit)
            if found is None or not _QUARREL_NAMED.search(found[0].text):
                continue
            heading, body = found
            best = {c.unit for c in ranked[:_QUARREL_BEST] if c.unit in body}
            chosen = [
                u
                for u in body
                if u in best or u in paragraph_leads(body) or DEBATE.marked_by.search(u.text)
            ]
            told = [w for u in chosen for w in [u, *self._list_run(u)]]
            return sorted(self._read_whole(told), key=lambda u: u.start)
        return []

    def _unknown_thing(self, question: str, scope: Scope, best: Candidate) -> bool:
        """Whether a question of no kind asks for a thing by a word the sources never use ("what
        surcharge does the agency levy") and the best sentence shares little more than its
        setting (the agency, offsets). Close meaning is no answer here: a sentence about what
        the agency does is near any question about the agency; one that shares the rest of the
        question ("what list does Taiwan publish online") may name the thing in other words."""
        if not self._asks_unknown_thing(question, scope):
            return False
        return best.coverage < _WEAK_COVERAGE or self._only_premise(question, best)

    def _only_premise(self, question: str, best: Candidate) -> bool:
        """Whether the best sentence shares with a question for an unknown thing only its names
        and the conduct the thing answers ("what fine for refusing the transfer" met by "they
        refused the transfer"): it states what the question takes as given, not what was done
        about it."""
        premise = _PREMISE.search(question)
        if premise is None:
            return False
        lexicon = self.index.lexicon
        given = frozenset(lexicon.terms(premise.group(0))) | self._name_terms(question)
        rest = frozenset(lexicon.terms(question[: premise.start()])) - given
        return bool(rest) and not (best.hits & rest)

    def _asks_unknown_thing(self, question: str, scope: Scope) -> bool:
        """Whether a question of no kind asks for a thing by a word the sources never use."""
        noun = asked_noun(question)
        if noun is None or answer_type(question) != "other":
            return False
        if noun.lower() in _GENERAL_THINGS:
            # "Which document", "what paperwork": a word for any thing of its kind, which the
            # sources name by its own name ("a priority list", "a guideline"), not a thing of
            # its own they never mention.
            return False
        if _names_kind_asked(question, noun) or names_a_statement(noun):
            return False
        unknown = set(scope.unknown)
        return any(t in unknown for t in self.index.lexicon.terms(noun))

    def _all_named(self, answer: Answer, question: str, ranked: list[Candidate]) -> Answer:
        """An answer to a question asking for a thing by a word the sources never use is known
        for the answer only by whom it is about: one of its quotes must name everyone the
        question names. "What levy did the board put on Nordwerft" is not answered by what the
        board did to another yard, nor by what it did in general."""
        if answer.abstained:
            return answer
        table = name_table()
        named = _subjects_given(question)
        # One quote, with who it is by or about, names them all: a quote about each does not
        # tell what one did to the other.
        if any(
            all(table.mentions(n, f"{self._setting(c)} {c.quote}") for n in named)
            for c in answer.citations
        ):
            return answer
        missing = [
            n
            for n in named
            if not any(table.mentions(n, f"{self._setting(c)} {c.quote}") for c in answer.citations)
        ] or named
        return self._abstain(question, say("nothing_about", names=", ".join(missing)), (), ranked)

    def _name_terms(self, question: str) -> frozenset[str]:
        """The search terms of the names, acronyms and years ``question`` writes."""
        return frozenset(
            t for word in self.scope.entities(question) for t in self.index.lexicon.terms(word)
        )

    def _on_topic(self, answer: Answer, question: str, ranked: list[Candidate]) -> Answer:
        """An answer about other countries than the one the question names is no answer: what
        Korea does says nothing about Japan's policy."""
        said = " ".join([answer.answer, *(c.quote for c in answer.citations)])
        table = name_table()
        # The people, agencies and companies a question names: one of them is in the answer, or
        # it is about someone else ("when was the bureau founded" is not answered by another
        # bureau's founding).
        subjects = _subjects_given(question)
        if subjects and not any(
            table.mentions(n, " ".join([said, *map(self._setting, answer.citations)]))
            for n in subjects
        ):
            naming = self._naming_subject(question, ranked, subjects, answer)
            if naming is not None:
                return naming
            return self._abstain(
                question, say("nothing_about", names=", ".join(subjects)), (), ranked
            )
        # A name the sources write only as an adjective ("naval ships") is the setting of the
        # story that writes it: an answer from another story is about someone else.
        cited = {c.source_id for c in answer.citations}
        lowered = " ".join([said, *(self.source_texts.get(s, "") for s in cited)]).lower()
        for word, forms in self.scope.by_adjective(question).items():
            if not any(re.search(rf"\b{re.escape(f)}\b", lowered) for f in forms):
                # "the navy's spokesman" is not answered by another body's.
                return self._abstain(question, say("nothing_about", names=word.title()), (), ranked)
        # A country the question sets aside ("besides Alpha, which states …") is what the
        # answer is not about: the others asked for need not name it.
        named = frozenset(self.index.lexicon.terms(without_set_aside(self.unplaced(question)))) & (
            self.other_countries - self.comparison_words
        )
        if not named:
            return answer
        if named & frozenset(self.index.lexicon.terms(said)):
            return answer
        # "European countries" are of Europe: a place the answer writes as its adjective.
        lowered_said = said.lower()
        if any(
            re.search(rf"\b{re.escape(form)}\b", lowered_said)
            for n in named
            for form in adjective_forms(_bare(as_written(question, n, self.index.lexicon)))[1:]
        ):
            return answer
        names = ", ".join(as_written(question, n, self.index.lexicon) for n in sorted(named))
        return self._abstain(question, say("nothing_about", names=names), (), ranked)

    def _advice_on_named(self, units: list[Unit], question: str, reach: int = 2) -> list[Unit]:
        """``units`` with each piece of advice about a person, body or company the question
        names followed by the next sentences of its paragraph that name them too: advice on one
        firm goes on about it in words of its own, without "should" ("Deals with Acme should come
        first. A joint venture with Acme would be a good start.")."""
        table = name_table()
        subjects = _subjects_given(question)
        if not subjects:
            return units
        out: list[Unit] = []
        for unit in units:
            out.append(unit)
            named = [n for n in subjects if table.mentions(n, unit.text)]
            if not named:
                continue
            for step in range(1, reach + 1):
                nxt = self._neighbour(unit, step)
                if nxt is None or nxt.kind != "sentence" or nxt.paragraph != unit.paragraph:
                    break
                if any(table.mentions(n, nxt.text) for n in named) and nxt not in units:
                    out.append(nxt)
        return list(dict.fromkeys(out))

    def _names_every_subject(self, answer: Answer, question: str) -> bool:
        """Whether ``answer`` (its text, its quotes and their sources' titles and publishers) mentions
        every person, body and company the question names. A list of a report's points that
        names the report but not the firm asked about ("what does the institute urge doing with
        Acme Corp") answers what the report says in general, not what it says of the firm."""
        table = name_table()
        subjects = _subjects_given(question)
        said = " ".join([answer.answer, *(c.quote for c in answer.citations)])
        for citation in answer.citations:
            meta = self.index.source_meta(citation.source_id)
            said += f" {citation.title} {meta.publisher} {meta.short_name}" if meta else ""
        return all(table.mentions(n, said) for n in subjects)

    def _naming_subject(
        self, question: str, ranked: list[Candidate], subjects: list[str], rejected: Answer
    ) -> Answer | None:
        """For a question asking for a name, a figure or a date of someone it names ("which
        agency spokesman spoke at the briefing?"), the sentence ranked near the best that names
        them and holds what is asked, when the best is about someone else: the words the
        question sets its scene with may draw a sentence on that scene. It answers only when
        it meets every constraint of the question; an open question is left refused, since any
        sentence naming them says something of them."""
        frame = frame_of(question)
        if frame.answer_type in _OPEN_KINDS or frame.besides:
            return None
        table = name_table()
        cited = {(c.source_id, c.start) for c in rejected.citations}
        for candidate in ranked[:_NAMING_DEPTH]:
            unit = candidate.unit
            if (unit.source_id, unit.start) in cited or not any(
                table.mentions(n, unit.text) for n in subjects
            ):
                continue
            if not has_type(unit.text, frame.answer_type, self.entities):
                continue
            answer = self._cited(question, self._select([candidate]))
            if not answer.abstained and unmet(frame, answer, self.entities) is None:
                return answer
        return None

    def _setting(self, citation: Citation) -> str:
        """Who a quote is by or about when it does not say: its source's title and publisher,
        and the few sentences before it ("the agency's spokesman said ..." and then "he said")."""
        text = self.source_texts.get(citation.source_id, "")
        before = text[max(0, citation.start - _SETTING_CHARS) : citation.start]
        meta = self.index.source_meta(citation.source_id)
        byline = f"{meta.publisher} {meta.short_name}" if meta else ""
        # "The report pointed out ...": the words of whoever the story says put the report out.
        author = report_author(
            citation.quote,
            [u.text for u in self._source_units(citation.source_id)],
            lambda text: bool(name_table().find("organisations", text)),
        )
        return f"{citation.title} {byline} {before} {author}"

    def _listed_with_another(self, question: str, topic: str) -> bool:
        """Whether the word of ``question`` that names ``topic`` is one of several things listed
        ("the thresholds and the shares", "trigger amount, share and scope"): then the topic is
        one of the question's topics, and no one of them narrows the history alone."""
        words = re.findall(r"[\w'’-]+|[,&]", question)
        for at, word in enumerate(words):
            if topic not in self.index.lexicon.terms(word):
                continue
            near = words[max(0, at - _LISTED_REACH) : at + _LISTED_REACH + 1]
            if any(w.lower() in ("and", "&", ",") for w in near):
                return True
        return False

    def _event_span(self, question: str) -> _Span | None:
        """The years of the two things a history's period runs between ("from the inquiry to
        the ruling"), with the words that name them, which mark its ends and are no topic of
        it; None unless both are dated, the first no later than the second. An end that names a
        year is that year; another is the year of the dated row that states most of its rarer
        words (the setting's words, "offset" or the home country, date nothing)."""
        assert self.facts is not None
        ends = event_ends(question)
        if ends is None:
            return None
        setting = self.index.idf(self.home_country) if self.home_country else 0.0
        years: list[int] = []
        named: list[dict[str, float]] = []
        for at, phrase in enumerate(ends):
            terms = frozenset(self.index.lexicon.terms(phrase))
            stated = [int(t) for t in terms if is_year(t)]
            weights = {
                t: self.index.idf(t)
                for t in terms
                if not is_year(t) and t not in self.other_countries and self.index.idf(t) > setting
            }
            named.append(weights)
            if stated:
                years.append(stated[0])
                continue
            best: tuple[float, int] | None = None
            for fact in self.facts.facts:
                share = _share_stated(weights, fact.label_terms)
                if fact.when is None or share < _END_COVERAGE:
                    continue
                # Of rows stating as much, the first end is the earliest, the last the latest.
                key = (share, -fact.when if at == 0 else fact.when)
                if best is None or key > best:
                    best = key
            if best is None:
                return None
            years.append(abs(best[1]))
        if years[0] > years[1]:
            return None
        marks = frozenset(self.index.lexicon.terms(" ".join(ends)))
        return _Span(years[0], years[1], marks, (named[0], named[1]))

    def _timeline_from_facts(self, query: Query) -> Answer | None:
        """A summary as a dated list: every dated row about the question's topic (the most
        specific word the best dated row shares with the question, "threshold"), one line a
        statement, oldest first, each cited with its quotes."""
        assert self.facts is not None
        dated_facts = [f for f in self.rank_facts(query) if f.fact.when is not None]
        # A period the question names ("from 2018 through 2023") bounds the list; its years
        # are not its topic.
        years = [int(t) for t in query.weights if is_year(t)]
        span = self._event_span(query.question) if len(years) < 2 else None
        if span is not None:
            years = [span.first, span.last]
        bounded = len(years) >= 2
        if bounded:
            first, last = min(years), max(years)
            dated_facts = [
                f
                for f in dated_facts
                if all(first <= int(t[:4]) <= last for t in f.fact.label_terms if is_year(t[:4]))
                and first <= (f.fact.when or 0) <= last
            ]
        year = year_told(query.question) if span is None and len(years) == 1 else None
        if year is not None:
            told = self._year_events(query, dated_facts, year)
            if told is not None:
                return told
        start = opening_year(query.question) if span is None else None
        if start is not None:
            # "Since 1995" opens the period: the story from that year on.
            dated_facts = [f for f in dated_facts if (f.fact.when or 0) >= start]
        # A history of the rule gives every step of it in the span, each dated by its own row,
        # however the question words the rule ("trigger" for the rows' "threshold").
        opens, closes = (min(years), max(years)) if bounded else (start, None)
        steps = rule_steps_over_time(query.question, opens, closes, self.facts.data)
        if span is not None:
            return self._between_events(query, dated_facts, steps, span)
        if not dated_facts or dated_facts[0].coverage < _LIST_COVERAGE:
            return self._dated_list(query, {}, steps)
        # The home country is the setting of nearly every row, never what a history is about.
        shared = [
            t
            for t in query.weights
            if t in dated_facts[0].fact.terms and not is_year(t) and t != self.home_country
        ]
        rules = bool(_RULES_Q.search(query.question))
        # The rule word itself ("requirements") is no topic within the rules.
        ruled = frozenset(
            t for m in _RULES_Q.finditer(query.question) for t in self.index.lexicon.terms(m[0])
        )
        shared = [t for t in shared if t not in ruled]
        if not shared and not rules:
            return self._dated_list(query, {}, steps)
        topic = max(shared, key=query.weights.__getitem__) if shared else ""
        narrow = (
            bool(topic)
            and self.index.idf(topic) > self.index.idf(self.home_country)
            and not self._listed_with_another(query.question, topic)
        )
        # Two tables often state one event from one quote: keep the fuller statement.
        dated: dict[tuple[int, str], tuple[int, str, Row]] = {}
        for scored in dated_facts:
            fact = scored.fact
            # Within a named period every row about the question's words belongs to its story.
            if rules:
                # The policy's own steps; a word of the question rarer than the setting
                # ("the trigger", not "offset") narrows them to the steps about it.
                if not isinstance(fact.row, PolicyEvent) or narrow and topic not in fact.terms:
                    continue
            else:
                about = bounded or topic in fact.label_terms or topic in fact.terms
                if not about or scored.coverage < _LIST_COVERAGE and topic not in fact.label_terms:
                    continue
            assert fact.when is not None
            key = (fact.when, fact.row.quote)
            if key not in dated or len(fact.statement) > len(dated[key][1]):
                dated[key] = (fact.when, fact.statement, fact.row)
        return self._dated_list(query, dated, steps)

    def _year_events(self, query: Query, dated_facts: list[ScoredFact], year: int) -> Answer | None:
        """The events of the one year a question asks about (``year_story``), each told once in
        its fullest telling, in date order; None when the year has fewer than two."""
        subject = {t for t in query.weights if not is_year(t) and t != self.home_country}
        dated: dict[tuple[int, str], tuple[int, str, Row]] = {}
        for scored in dated_facts:
            fact = scored.fact
            if not isinstance(fact.row, PolicyEvent | TimelineEvent):
                continue
            if not of_the_year(fact.when, fact.label_terms | fact.terms, year, subject):
                continue
            if not self._stands_alone(fact.row):
                continue
            assert fact.when is not None
            key = (fact.when, fact.row.quote)
            if key not in dated or len(fact.statement) > len(dated[key][1]):
                dated[key] = (fact.when, fact.statement, fact.row)
        return self._dated_list(query, dated, [], spread=True)

    def _between_events(
        self, query: Query, dated_facts: list[ScoredFact], steps: list[Row], span: _Span
    ) -> Answer | None:
        """A history between two things that happened: the events of the span (figures measured
        over a period are no steps of a story), each told once, the fullest telling of it kept,
        the events that mark its ends first. The question's other words ("how the agency moved
        away from …") say how the story goes, not which events are in it: rows seldom share them,
        but an event of the story states something the question names beyond its setting and the
        ends themselves (another law of the same years is another story)."""
        topic = {
            t
            for t in query.weights
            if not is_year(t) and t not in span.marks and t != self.home_country
        }
        events = [
            s.fact
            for s in dated_facts
            if isinstance(s.fact.row, PolicyEvent | TimelineEvent)
            and s.fact.when is not None
            and topic & s.fact.label_terms
            and self._stands_alone(s.fact.row)
        ]
        # Each end's own event leads its year: of that year's events, the one stating most of
        # what names the end.
        ends: list[Fact] = []
        for year, weights in zip((span.first, span.last), span.ends, strict=True):
            own = [f for f in events if f.when == year and _share_stated(weights, f.label_terms)]
            if own:
                ends.append(max(own, key=lambda f: _share_stated(weights, f.label_terms)))
        events = [*ends, *(f for f in events if all(f is not end for end in ends))]
        dated: dict[tuple[int, str], tuple[int, str, Row]] = {}
        for fact in events:
            assert fact.when is not None
            key = (fact.when, fact.row.quote)
            if key not in dated or len(fact.statement) > len(dated[key][1]):
                dated[key] = (fact.when, fact.statement, fact.row)
        return self._dated_list(query, dated, steps, spread=True)

    def _stands_alone(self, row: Row) -> bool:
        """Whether a row's line is traced by its own quotes: a line whose figure only another
        row's quote states is dropped from the answer, and would take a place in the list's room
        for nothing."""
        cited = CitationList(self.row_citation)
        line = f"- {row.shown()} {cited.rows([row])}"
        return not untraced(Answer(question="", answer=line, citations=cited.items))

    def _dated_list(
        self,
        query: Query,
        dated: dict[tuple[int, str], tuple[int, str, Row]],
        steps: list[Row],
        spread: bool = False,
    ) -> Answer | None:
        """The dated statements as a list, oldest first, with each step of ``steps`` that no
        line of its year states the figure of; None for fewer than two lines."""
        # A step is told when a line of its year states its figure.
        given = {
            (when, f.kind, f.value)
            for when, statement, _ in dated.values()
            for f in stated_figures(statement)
            if f.kind != "year"
        }
        dated = dict(dated)
        told: list[tuple[Row, int, set[tuple[int, str, Decimal]]]] = []
        for row in steps:
            when = getattr(row, "year", None)
            if isinstance(when, int):
                figures_of = stated_figures(row.shown())
                told.append(
                    (row, when, {(when, f.kind, f.value) for f in figures_of if f.kind != "year"})
                )
        if dated and not {kind for _, kind, _ in given} & {k for *_, s in told for _, k, _ in s}:
            # Lines about the question's topic that state no figure of the rule's kinds tell
            # another story ("the quota system" as an institution): no step of the rule is its.
            told = []
        for row, when, stated in told:
            if stated <= given:
                continue
            given |= stated
            dated.setdefault((when, row.quote), (when, row.shown(), row))
        if len(dated) < 2:
            return None
        lines: list[str] = []
        cited = CitationList(self.row_citation)
        # A history between two events reaches its last one, each event in its place in its
        # year; any other starts at its beginning.
        every = list(dated.values())
        kept = (
            sorted(_spread(every), key=_date_order)
            if spread
            else sorted(every, key=lambda item: (item[0], item[1]))[:_LIST_LENGTH]
        )
        for _, _, row in kept:
            # As precisely as the row dates it: "March 2020", not "2020".
            lines.append(f"- {row.shown()} {cited.rows([row])}")
        return Answer(question=query.question, answer="\n".join(lines), citations=cited.items)

    def _series_asked(self, query: Query) -> Answer | None:
        """A measure asked at each time ("from period to period, each figure"): the rows of its
        series, one line a time (``series_asked``); None when not asked or no series fits."""
        assert self.facts is not None
        if not asks_each_time(query.question):
            return None
        # The words of the distribution are no topic a row could share.
        laid_out = self.prepare(without_each_time(query.question), query.context)
        groups = series(query.question, self.rank_facts(laid_out), self.facts.facts, _LIST_COVERAGE)
        # A time whose line its own quote does not trace ("the year before" for 2024) would be
        # dropped from the answer: the series is of the times the quotes write.
        told = [g for g in ([f for f in g if self._stands_alone(f.row)] for g in groups) if g]
        return self._rows_answer(query, told) if len(told) >= 2 else None

    def _from_facts(self, query: Query, ranked: list[Candidate]) -> Answer | None:
        """An answer from the data tables, when a row answers the question at least as well as
        any source sentence does."""
        assert self.facts is not None
        kind = asked_kind(query.question) if query.intent.wide else None
        if kind is not None and asks_for_parts(query.question):
            # "What has the scheme brought, broken down by type?": the gains asked by their
            # parts are the figures of a whole and its parts, which the rows state.
            kind = None
        if account_asked(query.question, _synthesis(query.question, query.intent)):
            # "Summarize the story of the ferry order": a summary asks for the topic's account,
            # which its paragraph tells; the rows of one measure are a part of it.
            return None
        if (
            query.intent.why or query.intent.define or query.intent.position or kind is not None
        ) and not (query.intent.number):
            # Rows state what happened; reasons, definitions and arguments are in the sentences,
            # and so are the benefits, drawbacks and recommendations an open question asks for.
            return None
        # What a source says one country requires is that country's rule figures, its rows.
        required = self._country_requirement(query.question, query.only)
        if required:
            return self._rows_answer(query, required)
        if _PERSON_Q.search(query.question) or _SAID_Q.search(query.question):
            return None  # rows state what happened; the sentences name who and what they said
        if _asks_what_person_promised(query.question):
            return None
        facts = self._naming_asked_kind(query.question, self.rank_facts(query))
        if not facts:
            return None
        split = bool(_BREAKDOWN_Q.search(query.question))
        if split or asks_for_parts(query.question):
            # "Split by category": every part of the best whole the tables break into parts,
            # with the whole itself when its row stands apart from its parts' rows (the parts
            # carry its sentence). A family of a deal's figures split some way is that
            # deal's parts only when the question asks for a split outright: "what did it
            # consist of" may be asked of a deal with no parts, or of its record instead.
            years = frozenset(t for t in query.asked if is_year(t))
            parts = whole_and_parts(facts, self.facts.facts, _LIST_COVERAGE, years)
            if not parts and split:
                parts = self.facts.breakdown(
                    _by_label(facts, query.weights), _LIST_COVERAGE
                ) or self._whole_split(query, facts)
            if parts:
                answer = self._rows_answer(query, parts)
                gap = parts_gap(parts)
                return (
                    answer.model_copy(update={"answer": f"{answer.answer} {gap}"})
                    if gap
                    else answer
                )
        if set_aside(query.question):
            # What else there is is a list: all of a table's rows of such things, else the
            # sentences that name them; one row of the rest is no answer to "what else".
            others = self._other_rows(query, facts, ranked[0].score if ranked else 0.0)
            return self._rows_answer(query, others) if others else None
        facts = earliest_first(facts, query.question)
        facts = whole_first(facts, query.question, self._subject_terms(query.question))
        best = facts[0]
        # A row answers when it scores at least as well as the best sentence about the same
        # thing. A sentence rivals a row only if it is about what the question names: one on
        # another country's rule is no better answer for having more words in common.
        anchors = query.asked & (self.other_countries - self.comparison_words)
        rivals = [c for c in ranked if anchors <= set(self.index.unit_terms.get(c.unit.id, ()))]
        rival = rivals[0].score if rivals else 0.0
        if rivals and _dates_finer(best.fact.row, rivals[0].unit.text, query.question):
            # A sentence dating the event only to its year is no better answer to "when" than
            # the row dating it to the month: the row is the same fact, told more precisely.
            rival = 0.0
        if best.coverage < 0.6 and frame_of(query.question).answer_type == "comparison":
            # The sides of a comparison named by their categories of one table ("the share of A
            # against B and C") are those rows, each one, however few of the question's other
            # words they share: a side is searched by its own name, not by the whole question.
            sides = self.facts.named_sides(
                self._subject_terms(query.question),
                frozenset(t for t in query.asked if is_year(t)),
            )
            if sides:
                return self._rows_answer(query, sides)
        if best.coverage < 0.6 or best.score < rival:
            return None
        total = sum(query.weights.values()) or 1.0
        stated = sum(w for t, w in query.weights.items() if t in best.fact.label_terms) / total
        if stated < _LABEL_COVERAGE:
            # The row matched through its quote, but what it states is about something else
            # ("released: 31 March" for "was this the first report to flag…"): the sentence says it.
            return None
        named = self._subject_terms(query.question)
        # A question that restates a report ("N deals worth $X with M partners")
        # checks every figure it names.
        several = bool(_SEVERAL_Q.search(query.question)) or frame_of(query.question).restated
        groups = self.facts.select(
            facts,
            (named, query.asked),
            several=several,
            kinds=frozenset(asserted_kinds(query.question)[0]),
        )
        return self._rows_answer(query, groups)

    def _country_requirement(
        self, question: str, only: frozenset[str] = frozenset()
    ) -> list[list[Fact]]:
        """The rows of a country's rule figures (its least share, its trigger) when ``question``
        asks what that one country, not the home country, requires. Its words that tell one row
        of the country table from another are weak here: the table is of offsets on US military
        sales, so naming such deals matches every row (and the row on whether offsets are sought
        on them best), and "require" is no row's word. Only the rows from the sources ``only``
        when it names some. Else []."""
        assert self.facts is not None
        subject = country_rule_subject(question)
        if subject is None and frame_of(question).restated and _SHARE_CLAIMED.search(question):
            # "Taipei demands 60%, right?": a share claimed of one country is checked against
            # what its rule requires, not against sentences of other countries' shares.
            subject = question if not OTHER_ATTRIBUTE.search(question) else None
        if subject is None:
            return []
        named = name_table().find("countries", subject)
        if len(named) != 1 or named[0] == domain().home_country:
            return []
        rows = {
            attribute: [
                f
                for f in self.facts.facts
                if isinstance(f.row, CountryPolicy)
                and f.row.country == named[0]
                and f.row.attribute == attribute
                and (not only or f.row.source in only)
            ]
            for attribute in ("min_share", "threshold")
        }
        if not rows["min_share"]:
            return []  # a country whose least share the tables lack: the other ways answer
        return [group for group in (rows["min_share"], rows["threshold"]) if group]

    def _naming_asked_kind(self, question: str, facts: list[ScoredFact]) -> list[ScoredFact]:
        """The rows that can answer a question asking by its wh-phrase for a named thing ("which
        agency", "which ministry", "which firm", "which country"): those whose statement names
        one of that kind that the source sentence it is drawn from names too. A row about the same
        matter that names none (the scheme listed among a report's complaints) tells something
        else of it, and a name in its label alone (the report the row comes from) is not what
        it states: the sentences, which may name the one asked for, answer instead."""
        head = wh_head_noun(as_asked(question))
        if head is None or head[1] not in _NAMED_ROW_KINDS:
            return facts
        kind = head[1]
        return [
            f
            for f in facts
            if self._names_of_kind(f.fact.statement, kind)
            & self._names_of_kind(f.fact.row.quote, kind)
        ]

    def _names_of_kind(self, text: str, kind: str) -> frozenset[str]:
        """The names of ``kind`` (a person, an organisation, a firm, a country) ``text`` writes:
        the name table's, and a body's name no table lists ("the Port Safety Agency")."""
        table = name_table()
        found = {name.lower() for kinds in _NAME_KINDS[kind] for name in table.find(kinds, text)}
        if kind == "organisation":
            found |= {" ".join(m.group().lower().split()) for m in _BODY_NAME.finditer(text)}
        return frozenset(found)

    def _other_rows(self, query: Query, facts: list[ScoredFact], rival: float) -> list[list[Fact]]:
        """What else there is besides a thing the question sets aside, when a table lists such
        things one to a row: every row of the best-ranked family of several subjects that is
        not about the thing set aside. The row about that thing often ranks first (it shares
        the most words), and the rows of the others each share only the question's frame, so
        none of them stands out alone: the list is all of them. [] when no such family ranks
        close to the best row about something else, or well below the best sentence (``rival``):
        rows of the same program's other figures are no list of the other things it asks for
        ("which other parts were refused" is not told by the deal's other commitments)."""
        aside = set_aside(query.question)
        if not aside:
            return []
        assert self.facts is not None
        # A row is about a thing set aside when it states all of its words ("defence offsets"):
        # one word of it ("the Defense Business Act") names something else.
        names = [frozenset(self.index.lexicon.terms(thing)) for thing in aside]
        names = [n for n in names if n]

        def about_aside(terms: frozenset[str]) -> bool:
            return any(n <= terms for n in names)

        rest = [f for f in facts if not about_aside(f.fact.label_terms)]
        aside_best = max((f.coverage for f in facts if f not in rest), default=0.0)
        if aside_best >= _ASIDE_WHOLE_COVERAGE and aside_best > max(
            (f.coverage for f in rest), default=0.0
        ):
            # The row of the thing set aside says all the question asks, and more fully than
            # any other row ("four parts refused, the radar among them"): the rest are of that
            # row's list, which no other row holds. Rows of the others that answer the question
            # as fully (each of a deal's commitments, the one set aside among them) are the list.
            return []
        # The others of a thing set aside are of its kind: when a row tells what was done with
        # it ("four parts withheld, the radar among them"), rows of the same deal's other figures
        # ("what the maker pledged") are no list of the others, whatever words they share.
        told = {
            attribute
            for f in facts
            if f not in rest and (attribute := getattr(f.fact.row, "attribute", None))
        }
        if told:
            rest = [f for f in rest if getattr(f.fact.row, "attribute", None) in told]
        if not rest or rest[0].coverage < _LIST_COVERAGE:
            return []
        floor = max(_OTHER_ROWS_SPREAD * rest[0].score, _OTHER_ROWS_RIVAL * rival)
        for scored in rest:
            if scored.score < floor:
                break
            parts = self.facts.breakdown([scored], _LIST_COVERAGE)
            if parts:
                kept = [group for group in parts if not about_aside(group[0].label_terms)]
                return kept if len(kept) >= 2 else []
        return []

    def _rows_answer(self, query: Query, groups: list[list[Fact]]) -> Answer:
        """The rows of ``groups`` as an answer, each cited with its quotes."""
        cited = CitationList(self.row_citation)

        def marker(fact: Fact) -> tuple[int, ...]:
            return tuple(cited.row(fact.row, quote) for quote in fact.row.cited)

        from assistant.answering.row_answers import render

        text, disputed = render(groups, marker)
        return Answer(
            question=query.question, answer=text, citations=cited.items, disputed=disputed
        )

    def _rows_behind(
        self, question: str, context: str, scope: Scope, answer: Answer
    ) -> Answer | None:
        """The data rows that record a sentence the answer cites, with the time its passage sets:
        a share of a whole often names the period only in the sentence before it ("over the
        last four decades (1983 to 2022)"), which the row keeps with the sentence. Else None."""
        if self.facts is None or not answer.citations:
            return None
        query, _ = self._ranked_query(question, context, scope)
        quotes = [c.quote.strip() for c in answer.citations]
        facts = [
            f
            for f in self.rank_facts(query)
            if any(f.fact.row.quote.strip() and f.fact.row.quote.strip() in q for q in quotes)
        ]
        if not facts:
            return None
        named = self._subject_terms(query.question)
        groups = self.facts.select(facts, (named, query.asked))
        if query.only:
            # A question that names its sources is answered from theirs: the rows of another
            # source that state the same measure are no part of it.
            groups = [
                g for g in ([f for f in rows if f.row.source in query.only] for rows in groups) if g
            ]
            if not groups:
                return None
        return self._rows_answer(query, groups)

    def _subject_terms(self, question: str) -> frozenset[str]:
        """The terms by which ``question`` may tell one row of a table from its neighbours: its
        words, less a "how long" or "how far" that asks for a measure. Such an asking word matches
        a row by chance ("long-standing" for "how long"), and a follow-up that names nothing
        else leaves the choice to the earlier question it leans on."""
        return frozenset(self.index.lexicon.terms(_HOW_PHRASE.sub(" ", question)))

    def _whole_split(self, query: Query, facts: list[ScoredFact]) -> list[list[Fact]]:
        """The parts of the whole a breakdown question names between its verb and its parts
        ("divides the catch since 1990 into four kinds"): the rest of such a question says how
        to split and lay out ("into four kinds", "order them", "set their sizes side by side"),
        which no row states, so a row is of the whole when it states most of the whole's own
        words. [] when the question names no whole so, or no row family splits it."""
        found = _WHOLE_SPLIT.search(query.question)
        if found is None or self.facts is None:
            return []
        whole = {
            t: w
            for t, w in query.weights.items()
            if t in set(self.index.lexicon.terms(found.group("whole")))
        }
        total = sum(whole.values())
        if not total:
            return []
        # A whole named by its length ("the forty-year total", "over two decades") is of the
        # rows whose period runs that long, counted with or without its first year.
        length = _LENGTH_OF_TIME.search(found.group("whole"))
        spanned = frozenset(self.index.lexicon.terms(length.group(0))) if length else frozenset()
        years = _years_long(length) if length else None

        def of_whole(fact: Fact) -> float:
            terms = set(fact.terms)
            if years is not None and fact.years:
                first, last = min(map(int, fact.years)), max(map(int, fact.years))
                if abs(last - first + 1 - years) <= 1:
                    terms |= spanned
            return sum(w for t, w in whole.items() if t in terms) / total

        rescored = [replace(f, coverage=of_whole(f.fact)) for f in facts]
        return self.facts.breakdown(rescored, _BREAKDOWN_WHOLE_COVERAGE)

    def rank_facts(self, query: Query) -> list[ScoredFact]:
        """Data rows for a prepared question, best first."""
        assert self.facts is not None
        named = frozenset(self.index.lexicon.terms(query.question))
        years = frozenset(t for t in named if is_year(t))
        weights = query.weights
        span = (
            self._event_span(query.question)
            if query.intent.chronological and len(years) < 2
            else None
        )
        if query.intent.chronological and (
            len(years) >= 2 or opening_year(query.question) or span is not None
        ):
            # The ends of the period a history covers, not each row's year; the year a period
            # opens with ("since 1995") is no more its topic than "now" would be.
            if len(years) == 1:
                weights = {t: w for t, w in weights.items() if t not in years}
            # A period run on to the present ("since 2006", "since the scheme began") ends at the
            # present year: "now", no topic, not the rows of that year's events.
            present = str(domain().present_year)
            if len(years) >= 2 and present in years:
                weights = {t: w for t, w in weights.items() if t != present}
            # "Since the late 2010s" says when the story opens, as a year would.
            # ... and "how has it shifted" that it is told along time: neither is its topic.
            opening = frozenset(
                self.index.lexicon.terms(
                    f"{opening_words(query.question)} {over_time_verbs(query.question)}"
                )
            )
            # The things that mark a period's ends ("from the inquiry to the ruling") date it.
            marks: frozenset[str] = span.marks if span is not None else frozenset()
            weights = {t: w for t, w in weights.items() if t not in opening and t not in marks}
            years = frozenset()
        anchors = years | frozenset(t for t in named if t in self.other_countries)
        asks_money = bool(_MONEY_Q.search(query.question)) and not _SHARE_Q.search(query.question)
        # A program named by another name or by its kind, an offer asked: the rows' own words.
        weights = row_weights(
            query.question, weights, self.index.lexicon.terms, self.facts.data.programs
        )
        return self.facts.rank(
            weights,
            query.vector,
            partial(_fit, asked=_fits_asked(query.intent)),
            self._source_weight,
            anchors,
            foreign=self.other_countries - query.asked,
            money=asks_money,
            present=None if any(is_year(t) for t in query.asked) else domain().present_year,
        )

    def _source_weight(self, source_id: str) -> float:
        meta = self.index.source_meta(source_id)
        return meta.weight if meta else 1.0

    def row_citation(self, row: Row, marker: int, quote: str | None = None) -> Citation:
        """A data row's quote (or another of its quotes) as a citation of its source."""
        quote = quote or row.quote
        start = self.source_texts.get(row.source, "").find(quote)
        meta = self.index.source_meta(row.source)
        return Citation(
            marker=marker,
            source_id=row.source,
            title=meta.title if meta else row.source,
            quote=quote,
            start=max(start, 0),
            end=max(start, 0) + len(quote),
        )

    def _sides(self, question: str) -> list[str]:
        """The people, organisations and companies ``question`` names, in its order, then the
        bodies it describes by the words of their full names ("the trade ministry" for MOTIE,
        ``bodies_described``) or by the kind of body that publishes ("the think tank",
        ``publishers_described``): a side asked about by its description is still that body,
        whose statements the sources attribute to it by its name. Read once per question."""
        known = self._sides_read
        found = known.get(question)
        if found is None:
            if len(known) >= _SIDES_KEPT:
                known.clear()
            found = known[question] = self._sides_of(question)
        return list(found)

    def _sides_of(self, question: str) -> tuple[str, ...]:
        names = name_table()
        found = [
            (question.lower().find(name.lower()), name)
            for kind in _NAME_KINDS["agent"]
            for name in names.find(kind, question)
        ]
        lexicon = self.index.lexicon
        for body, met in bodies_described(lexicon, lexicon.terms(question)).items():
            name = self._named_by_term.get(body)
            # A described body stands where the first word of its description does.
            at = next(
                (
                    w.start()
                    for w in re.finditer(r"[a-z]+", question.lower())
                    if lexicon.stem(w.group()) in met
                ),
                len(question),
            )
            if name is not None:
                found.append((at, name))
        # A publisher described is the side whose stance or grounds are asked ("the think tank's
        # verdict"); asked of anything else ("the think tank's appendix lists …"), the
        # description names where to read, which the gate and the attribution read.
        stance = intent_of(question)
        publisher = research_publisher(
            question,
            {sid: meta.kind for sid, meta in self.index.sources.items()},
            self.called,
            lambda name: bool(names.find("organisations", name)),
        )
        if publisher is not None and (stance.position or stance.why):
            found.append((publisher[1], publisher[0]))
        return tuple(dict.fromkeys(name for _, name in sorted(found)))

    @cached_property
    def _named_by_term(self) -> dict[str, str]:
        """Each person, organisation and company of the name table by the one index term its
        name is ("moti": "MOTIE"), read once."""
        lexicon = self.index.lexicon
        found: dict[str, str] = {}
        for kind in _NAME_KINDS["agent"]:
            for name in name_table().names(kind):
                terms = lexicon.terms(name)
                if len(terms) == 1:
                    found.setdefault(terms[0], name)
        return found

    def _asked_body_terms(self, question: str) -> frozenset[str]:
        """The terms of the noun by which ``question`` asks for a body ("committe")."""
        noun = body_noun_asked(question)
        return frozenset(self.index.lexicon.terms(noun)) if noun else frozenset()

    def _bodies_of_asked_kind(self, question: str) -> frozenset[Unit]:
        """The units naming a body of the kind ``question`` asks for by its wh-phrase ("which
        committee": "the X Steering Committee"); any body for one asked by a word of no kind
        ("which body", "which organisation"). Empty when it asks for no body."""
        asked = self._asked_body_terms(question)
        if not asked:
            return frozenset()
        lexicon = self.index.lexicon
        if asked & frozenset(lexicon.terms(_ANY_BODY)):
            return frozenset(unit for unit, _ in self._bodies_named)
        parts = frozenset(lexicon.terms(_BODY_PARTS))
        if asked & parts:
            # "Which office runs it" is asked of any part of a body, whichever its sources name
            # ("the Offset Division").
            asked = parts
        return frozenset(unit for unit, nouns in self._bodies_named if asked & nouns)

    @cached_property
    def _bodies_named(self) -> tuple[tuple[Unit, frozenset[str]], ...]:
        """Each unit naming a body by the shape of its name, with the terms of the nouns that
        say what kind of body it is ("committe" of "the Offset Review Committee"), read once."""
        lexicon = self.index.lexicon
        found = []
        for unit in self.index.units.values():
            if unit.kind not in ("sentence", "row", "footnote"):
                continue
            nouns = {
                term
                for m in _BODY_NAME.finditer(unit.text)
                for noun in _BODY_NOUN.findall(m.group())
                for term in lexicon.terms(noun)
            }
            if nouns:
                found.append((unit, frozenset(nouns)))
        return tuple(found)

    def _people_by_role(self, terms: frozenset[str]) -> list[Unit]:
        """The sentences that write one of ``terms`` right beside a person's name ("Han Mi-ra,
        the ministry's spokeswoman", "envoy Park"): an apposition tells the person's role."""
        return [unit for unit, near in self._beside_people if terms & near]

    @cached_property
    def _beside_people(self) -> tuple[tuple[Unit, frozenset[str]], ...]:
        """Each sentence naming a person, with the terms written within reach of the names, read
        once: every question for a person by role reads them."""
        table = name_table()
        found = []
        for unit in self.index.units.values():
            if unit.kind != "sentence":
                continue
            near: set[str] = set()
            for pattern in table.patterns.get("people", {}).values():
                for m in pattern.finditer(unit.text):
                    role = unit.text[max(0, m.start() - _ROLE_REACH) : m.end() + _ROLE_REACH]
                    near.update(self.index.lexicon.terms(role))
            if near:
                found.append((unit, frozenset(near)))
        return tuple(found)

    def _statements_of(self, side: str) -> list[Unit]:
        """The sentences that attribute a statement to ``side`` ("…,” a spokesperson of the
        agency said), read once per side."""
        known = self._statements
        if side not in known:
            names = name_table()
            known[side] = [
                unit
                for unit in self.index.units.values()
                if unit.kind == "sentence"
                and _ATTRIBUTION.search(unit.text)
                and names.mentions(side, unit.text)
            ]
        return known[side]

    @staticmethod
    def _advised(sides: list[str], text: str, government: bool = False) -> bool:
        """Whether ``text`` tells one of ``sides`` what it should do: a side is named in the
        subject of one of its modals of obligation ("Amid the slump, the agency should …",
        ``speakers.advised``). ``government``: the question asks of a government by a word for
        one ("the government", "Seoul"), by which advice is given to it too ("the government
        needs to …")."""
        subjects = advised(text) if sides or government else []
        names = name_table()
        return any(names.mentions(side, who) for side in sides for who in subjects) or (
            government and any(_GOVERNMENT.search(who) for who in subjects)
        )

    def _without_advice_to_sides(self, question: str, units: list[Unit]) -> list[Unit]:
        """``units`` without the advice they give to a side a position question asks of: the
        paragraph around a side's statement may go on to advise it ("The agency argues … The
        agency should …"), which is its adviser's stance, not the side's. All of them when
        every one is such advice."""
        sides = self._sides(question)
        return [u for u in units if not self._advice_to_sides(question, sides, u)] or units

    def _advice_to_sides(self, question: str, sides: list[str], unit: Unit) -> bool:
        """Whether ``unit`` gives advice to a side a position question asks of ("the agency
        should widen the rules" for "what is the agency's stance"): that is its adviser's
        stance, not the side's. Advice in a source that speaks for a side asked (the institute's
        own report, asked what the institute argues) is that side's own stance."""
        names = name_table()
        if any(
            names.mentions(side, called)
            for side in sides
            for called in self.called.get(unit.source_id, ())
        ):
            return False
        return self._advised(sides, unit.text, bool(_GOVERNMENT.search(question)))

    def _causes_told_of(self, side: str) -> list[Unit]:
        """The sentences naming ``side`` that give a cause ("its stance stems from …", "…
        because …"), read once per side."""
        known = self._causes_told
        if side not in known:
            names = name_table()
            known[side] = [
                unit
                for unit in self.index.units.values()
                if unit.kind == "sentence"
                and CAUSE.marked_by.search(unit.text)
                and names.mentions(side, unit.text)
            ]
        return known[side]

    def _about_things(
        self, query: Query, ranked: list[Candidate]
    ) -> tuple[list[Candidate], Callable[[Unit], bool] | None]:
        """For an open question about things it names ("what came of the refuelling-aircraft
        order?"), the sentences about them (naming them, or going on about them after a
        sentence that does), when one among the best also shares a word of the question besides
        the name: others share the question's other words ("offsets", "how Korea's approach
        changed") but speak of something else. Returns them and what tells a sentence about
        them (None when the question names no thing, or no sentence on it answers)."""
        if not query.things or not ranked:
            return ranked, None

        def about(unit: Unit) -> bool:
            return any(
                self._names_thing(name, unit) or self._goes_on_about(name, unit)
                for name, _ in query.things
            )

        floor = _WIDE_FLOOR * ranked[0].score
        kept = [c for c in ranked if about(c.unit)]
        # One that shares no word of the question but the thing's name says nothing of what is
        # asked about it ("… 11 pages on Japan" for Japan's offset rules).
        naming = frozenset(t for _, terms in query.things for t in terms)
        if not any(c.score >= floor and c.hits - naming for c in kept):
            # Nor are the sentences the search did not find, only the thing's name.
            return [c for c in ranked if not c.by_name], None
        # Where a source tells of the thing, its paragraph keeps naming it; a sentence that
        # names it in passing, as an example in a paragraph about something else, comes after.
        told = [c for c in kept if self._tells_of(query.things, c.unit)]
        return [*told, *(c for c in kept if c not in told)], about

    def _tells_of(self, things: tuple[tuple[str, frozenset[str]], ...], unit: Unit) -> bool:
        """Whether most sentences of ``unit``'s paragraph name one of ``things`` (a table's row
        names each thing it compares; it tells of none)."""
        if unit.kind != "sentence":
            return False
        paragraph = [unit]
        for step in (-1, 1):
            nxt = self._neighbour(unit, step)
            while nxt is not None and nxt.paragraph == unit.paragraph:
                paragraph.append(nxt)
                nxt = self._neighbour(nxt, step)
        return any(
            2 * sum(self._names_thing(name, u) for u in paragraph) > len(paragraph)
            for name, _ in things
        )

    def _side_first(
        self,
        question: str,
        ranked: list[Candidate],
        quoted: bool = True,
        things: tuple[tuple[str, frozenset[str]], ...] = (),
    ) -> tuple[list[Candidate], int]:
        """For a question about a side's position ("how did the ministry respond"), the best
        statement of that side leads: quoted or reported ("…,” the spokesperson of the ministry
        said"), or in its own publication. A question about several sides ("the ministry versus
        the unions") gets each one's, in the order it names them. What others said about the
        matter come after. Returns the candidates and the number that lead."""
        names = name_table()
        # The things an open question names lead as its sides would ("the refuelling aircraft
        # and the stealth jets": the best sentence about each); the firms it names are those
        # sides.
        sides = self._sides(question) or [name for name, _ in things]
        reacts = _REACTS.search(question)
        if reacts is not None and ranked:
            replier = reacts.group("who")
            # The replier is named or described ("the dock board's press officer" is the board's): a
            # side it describes replies as one it names does, and is not whom it replied to.
            described = set(self._sides(replier))
            sides = [side for side in sides if names.mentions(side, replier) or side in described]
            if not sides and (_GOVERNMENT.search(replier) or _SPEAKS_FOR.search(replier)):
                return self._officials_first(ranked, [name for name in self._sides(question)])
        if not sides or not ranked:
            return ranked, 1
        floor = _WIDE_FLOOR * ranked[0].score
        leading: list[Candidate] = []
        for side in sides:
            own = {
                sid
                for sid, called in self.called.items()
                if any(names.mentions(side, name) for name in called)
            }
            # Advice to the side ("the agency should …") is its adviser's stance: it does not
            # lead as the side's.
            above = [
                c
                for c in ranked
                if c.score >= floor
                and c not in leading
                and not (quoted and self._advice_to_sides(question, [side], c.unit))
            ]
            said = [
                c
                for c in above
                if quoted
                and (
                    (_ATTRIBUTION.search(c.unit.text) and names.mentions(side, c.unit.text))
                    or c.unit.source_id in own
                )
            ]
            # A side nobody quotes is known by what is said of it ("the agency has been pushing
            # to repeal …"); not by what another side the question names says of it ("…,” the
            # ministry's spokesman said when asked about the agency's report"): that is the
            # other side's statement.
            others = [other for other in sides if other != side]
            about = [
                c
                for c in above
                if self._names_thing(side, c.unit)
                and not spoken_by_another(c.unit.text, side, others, names.mentions)
            ]
            if said or about:
                leading.append(own_words(side, said, reacts is not None) or (said or about)[0])
        if not leading:
            return ranked, 1
        rest = [c for c in ranked if c not in leading]
        return [*leading, *rest], len(leading)

    def _officials_first(
        self, ranked: list[Candidate], replied_to: list[str]
    ) -> tuple[list[Candidate], int]:
        """For a question about how a government reacted, the best statements its officials
        made (a ministry official, an agency's spokesperson said …), one a source, lead: not
        those of whom it replied to (``replied_to``), who are named before their own verb of
        saying too."""
        names = name_table()
        floor = _WIDE_FLOOR * ranked[0].score
        leading: list[Candidate] = []
        for candidate in ranked:
            if candidate.score < floor:
                break
            who = speaker_words(candidate.unit.text)
            if (
                who is None
                or not _OFFICIAL.search(who)
                or any(names.mentions(name, who) for name in replied_to)
                or any(c.unit.source_id == candidate.unit.source_id for c in leading)
            ):
                continue
            leading.append(candidate)
        if not leading:
            return ranked, 1
        return [*leading, *(c for c in ranked if c not in leading)], len(leading)

    def _of_kind(self, ranked: list[Candidate], kind: SentenceKind, reach: int = 3) -> list[Unit]:
        """The sentences among the best that do what the question asks (give a cause,
        recommend, name a benefit or a drawback), best first; a cause is also looked for within
        ``reach`` sentences after each of the best few facts, and shown after the fact it
        explains, which it often calls only "this"."""
        best = ranked[0].score
        # A judgment is known by its wording, which few sentences share: it is looked for
        # further down than a sentence sharing the question's words is.
        floor = (_JUDGMENT_FLOOR if kind.grounds_follow else _WIDE_FLOOR) * best
        found: list[Unit] = []
        for place, candidate in enumerate(ranked):
            if candidate.score < floor:
                break
            if candidate.unit.kind in _CELLS:
                # A figure's or table's cells and a heading name points without arguing one:
                # the sentences that argue them answer.
                continue
            if kind.marked_by.search(candidate.unit.text):
                found.append(candidate.unit)
                continue
            if place >= _FACTS_EXPLAINED:
                continue
            # One point of a case the sentences before announce ("The second is that …" after
            # "… have voiced two concerns. The first is …") says whose case it is only through
            # the announcement, which brings the points after it.
            opener = self._opened_by(candidate.unit, kind)
            if opener is not None and self._list_run(opener):
                found.append(opener)
            if not kind.follows_fact:
                continue
            for step in range(1, reach + 1):
                nxt = self._neighbour(candidate.unit, step)
                if nxt is None or nxt.kind != "sentence":
                    break
                if kind.marked_by.search(nxt.text):
                    found += [candidate.unit, nxt]
                    break
        # One reason leads to the next: a story that gives a cause often gives another in its
        # next sentences ("Some experts said ... as ... wants ..."), which share few of the
        # question's words and so rank low or not at all.
        found = [u for unit in found for u in [unit, *self._going_on(unit, kind)]]
        if not kind.follows_fact:
            # Advice comes as a run ("They suggest the need to …" right before "An official
            # said it must …"): the points just before a found one go with it, after it, so the
            # answer still leads with the best.
            found = [u for unit in found for u in [unit, *self._coming_before(unit, kind)]]
        return list(dict.fromkeys(found))

    def _listed_in(self, source_id: str, kind: SentenceKind) -> list[Unit]:
        """The sentences of a source that open a bulleted list of their own in the wording of
        what ``kind`` asks ("… this could lead to:" before its items): the source's own list
        of them, which names its points in the items, not in the question's words."""
        return [
            unit
            for unit in self._source_units(source_id)
            if unit.kind == "sentence"
            and kind.marked_by.search(unit.text)
            and self._items_after(unit)
        ]

    def _list_run(self, unit: Unit) -> list[Unit]:
        """The points of the list ``unit`` opens or announces: the sentences carrying on from it
        when it is the list's first point ("The first is …") or the next one is."""
        run = self._carried_on(unit)
        if _OPENS_LIST.match(unit.text) or (run and _OPENS_LIST.match(run[0].text)):
            return run
        return []

    def _opened_by(self, unit: Unit, kind: SentenceKind, reach: int = 3) -> Unit | None:
        """The sentence doing what ``kind`` does whose run of sentences carrying on from it
        (``carries_on``) ``unit`` belongs to, within ``reach`` sentences before it; None when
        the run breaks first. A sentence a page's notes cut short is read whole. A list's third
        point is three sentences below its announcement (the readable sets score the same with
        a reach of two to four; one misses a list's second point)."""
        for _ in range(reach):
            if unit.kind != "sentence" or not carries_on(unit.text):
                return None
            before = self._before_whole(unit)
            if before is None or before.kind != "sentence":
                return None
            if kind.marked_by.search(before.text):
                return before
            unit = before
        return None

    def _before_whole(self, unit: Unit) -> Unit | None:
        """The unit before ``unit`` in its source, past the part of it a page's notes cut off
        (``_whole_of`` read backwards)."""
        for step in range(1, _CUT_REACH + 1):
            earlier = self._neighbour(unit, -step)
            if earlier is None:
                break
            if earlier.kind == "sentence" and unit.text.startswith(earlier.text):
                return self._neighbour(earlier, -1)
        return self._neighbour(unit, -1)

    def _coming_before(self, unit: Unit, kind: SentenceKind, reach: int = 2) -> list[Unit]:
        """The sentences right before ``unit`` in its source that do what it does, nearest
        first, up to ``reach`` of them and up to the first that does not."""
        found = []
        for step in range(1, reach + 1):
            before = self._neighbour(unit, -step)
            if (
                before is None
                or before.kind != "sentence"
                or not kind.marked_by.search(before.text)
            ):
                break
            found.append(before)
        return found

    def _points_beside(self, unit: Unit, kind: SentenceKind) -> list[Unit]:
        """The other sentences of ``unit``'s paragraph that do what it does, in order."""
        return [
            u
            for u in self._paragraph(unit)
            if u.id != unit.id and u.kind == "sentence" and kind.marked_by.search(u.text)
        ]

    def _onlookers_run(self, ranked: list[Candidate]) -> list[Unit]:
        """Why onlookers read an event as they do (``commentators``): the best-ranked story that
        attributes a reading to them, from its first such sentence among the best to one past
        its last, every reading with the sentence after it, in the story's order; then the best
        sentence of each other source, as any wide answer has. Empty when no story does."""
        floor = _WIDE_FLOOR * ranked[0].score
        seed = next(
            (c.unit for c in ranked if c.score >= floor and voices_onlookers(c.unit.text)), None
        )
        if seed is None:
            return []
        run = [seed]
        unit, gap = seed, 0
        # A reading comes with the context the next sentence gives; another reading within a
        # sentence of the last carries the run on.
        while gap < 2 and len(run) < _WIDE_SHOWN:
            nxt = self._neighbour(unit, 1)
            if nxt is None or nxt.kind != "sentence":
                break
            gap = 0 if voices_onlookers(nxt.text) else gap + 1
            run.append(nxt)
            unit = nxt
        if gap == 2:
            run.pop()
        sources = {seed.source_id}
        for candidate in ranked:
            if len(run) >= _WIDE_SHOWN or candidate.score < floor:
                break
            if candidate.unit.source_id not in sources:
                sources.add(candidate.unit.source_id)
                run.append(candidate.unit)
        return run

    def _going_on(self, unit: Unit, kind: SentenceKind, reach: int = 2) -> list[Unit]:
        """The sentences right after ``unit`` in its source that do what it does (give a cause,
        name a benefit), up to ``reach`` of them and up to the first that does not."""
        found = []
        for step in range(1, reach + 1):
            nxt = self._neighbour(unit, step)
            if nxt is None or nxt.kind != "sentence" or not kind.marked_by.search(nxt.text):
                break
            found.append(nxt)
        return found

    def _select(
        self,
        ranked: list[Candidate],
        wide: bool = False,
        kind: SentenceKind | None = None,
        leading: int = 1,
        about: Callable[[Unit], bool] | None = None,
        points: bool = False,
        named: str | None = None,
        topic: frozenset[str] = frozenset(),
    ) -> list[Unit]:
        """The sentences an answer quotes, from the ranked candidates. ``about`` tells the
        sentences about the things an open question names (all ``ranked`` are): each makes a
        point of its own, though all share the words naming the thing. ``points``: the question
        asks for points of an argument or a story (``_asks_points``), which fill the answer's
        room. ``named``: the one source the question names, whose own list of what ``kind``
        asks for (``_listed_in``) comes after the best sentences that do it. ``topic``: the
        question's terms, which a news story's next sentences keep to (``_story_on``)."""
        doing = self._of_kind(ranked, kind) if kind is not None else []
        if kind is not None and named is not None:
            doing += [u for u in self._listed_in(named, kind) if u not in doing]
        if kind is not None:
            # A sentence that calls them by their name ("The benefits of the scheme are
            # numerous.") opens the source's own list of them: it leads, its list after it.
            # So does one announcing the list it opens ("Reasons for this fall include …").
            doing.sort(
                key=lambda u: not (calls_by_name(kind, u.text) or announces_list(kind, u.text))
            )
        if doing:
            assert kind is not None
            # Recommendations, benefits and drawbacks come as a paragraph's list ("The benefits
            # … are numerous. … Finally, …"): the first one comes with the rest of its paragraph.
            # Only the sentences of that paragraph that make such a point or go on with the list
            # ("Second, …"): an abstract's "This report surveys …" is no recommendation.
            lead = (
                []
                if kind.follows_fact
                else [
                    u
                    for u in self._paragraph(doing[0])
                    if kind.marked_by.search(u.text) or _ENUMERATES.match(u.text)
                ]
            )
            # A point that leans on the sentences before it in its paragraph ("They suggest …"
            # after "Insiders argue …") comes with them: they say whose point it is.
            shown_with = [
                u
                for unit in doing
                for u in [
                    *self._leaned_on(unit),
                    *self._leaned_on_within(unit),
                    unit,
                    *self._carried_on(unit),
                    *self._items_after(unit),
                    *(self._grounds(unit) if kind.grounds_follow else []),
                ]
            ]
            ends = {(u.source_id, u.paragraph): u for u in shown_with}
            shown_with = list(
                dict.fromkeys(
                    [
                        *shown_with,
                        *(u for end in ends.values() for u in self._likewise_after(end, kind)),
                    ]
                )
            )
            # One from each paragraph that makes such a point first, then the rest of the first
            # paragraph's list: a report's recommendations are spread over its sections.
            firsts: dict[tuple[str, int], Unit] = {}
            for unit in shown_with:
                firsts.setdefault((unit.source_id, unit.paragraph), unit)
            # Causes one source alone gives are seldom the whole story: the best sentence of each
            # other source about the matter comes after them, as in any wide answer.
            if len({u.source_id for u in shown_with}) == 1:
                floor = _WIDE_FLOOR * ranked[0].score
                seen = {shown_with[0].source_id}
                for candidate in ranked:
                    if candidate.score < floor:
                        break
                    if candidate.unit.source_id not in seen:
                        seen.add(candidate.unit.source_id)
                        firsts.setdefault(
                            (candidate.unit.source_id, candidate.unit.paragraph), candidate.unit
                        )
            # The first paragraph's list follows its first point; each other paragraph's point
            # comes with the next sentence when that backs it with another ("X has benefited. It
            # has generated $N …"), before the rest, which the answer's room may not hold.
            heads = list(firsts.values())
            # A list's first point ("The first is …") comes with the points after it, and so
            # does a sentence announcing them ("… voiced two concerns."), though a page's notes
            # may put the rest of a point in a paragraph of its own.
            runs = {head.id: self._list_run(head) for head in heads}
            backed = [
                u
                for head in heads[1:]
                for u in [
                    head,
                    *runs[head.id],
                    *self._items_after(head),
                    *self._going_on(head, kind, reach=1),
                    *self._points_beside(head, kind),
                    *(self._grounds(head) if kind.grounds_follow else []),
                ]
                if u.paragraph == head.paragraph or u in runs[head.id]
            ]
            ordered = list(dict.fromkeys([*heads[:1], *lead, *backed, *shown_with]))
            if kind.grounds_follow:
                # Each judgment with its grounds, best first, before what other sources add:
                # a judgment without them says only that the thing was odd, not why.
                # A source's judgments and grounds read as one argument, in its order.
                met = {u.source_id: i for i, u in reversed(list(enumerate(shown_with)))}
                argued = sorted(
                    dict.fromkeys(shown_with), key=lambda u: (met[u.source_id], u.start)
                )
                ordered = list(dict.fromkeys([*argued, *ordered]))
            # A judgment comes with the grounds its paragraph gives, in room of their own.
            room = _WIDE_SHOWN + (_GROUNDS - 1 if kind.grounds_follow else 0)
            if kind in (DEBATE, CAMPS):
                ordered = _each_side_kept(ordered, doing, room)
            ordered = self._read_whole(ordered)
            kept = ordered[:room]
            # A sentence shown only for the one after it that leans on it ("The program has
            # helped …" before "Its inclusion …") says nothing when the room cut that one off.
            while kind.grounds_follow and kept and len(kept) < len(ordered):
                last, after = kept[-1], self._neighbour(kept[-1], 1)
                if (
                    after is None
                    or after in kept
                    or last
                    not in [
                        *self._leaned_on(after),
                        *self._leaned_on_within(after),
                    ]
                ):
                    break
                if kind.marked_by.search(last.text):
                    break
                kept.pop()
            ordered = kept
            rank = {key: i for i, key in enumerate(firsts)}
            # A list's points read after the sentence that opens it, though a page's notes put
            # the rest of a point in a paragraph of its own.
            opens = {u.id: head for head in ordered for u in self._list_run(head)}

            def place(unit: Unit) -> tuple[int, int, int]:
                head = opens.get(unit.id, unit)
                return rank.get((head.source_id, head.paragraph), 0), head.start, unit.start

            ordered.sort(key=place)
            return self._with_items(ordered)
        best = ranked[0]
        # The sides a question asks about each lead with their own statement (``_side_first``).
        chosen: list[Candidate] = ranked[: max(leading, 1)]
        covered = {hit for c in chosen for hit in c.hits}
        most, floor, shown = (5, _WIDE_FLOOR, _WIDE_SHOWN) if wide else (3, 0.8, 4)
        if about is not None and wide:
            # Each thing an open question names has the room an answer about one thing has.
            shown *= max(leading, 1)
        if wide:
            # A summary, a reason or a position is seldom one source's alone: the best sentence
            # of each other source that is about it comes in, whether or not it shares more of
            # the question's words (it often says what the first one leaves out).
            sources = {c.unit.source_id for c in chosen}
            for candidate in ranked[len(chosen) :]:
                if candidate.score < floor * best.score:
                    break
                if candidate.unit.source_id in sources or any(
                    self._similar(candidate.unit, c.unit) for c in chosen
                ):
                    continue
                chosen.append(candidate)
                sources.add(candidate.unit.source_id)
                covered |= candidate.hits
        for candidate in ranked[1:]:
            if len(chosen) >= most or candidate.score < floor * best.score:
                break
            if any(self._similar(candidate.unit, c.unit) for c in chosen):
                continue
            # Each sentence about the thing the question names says something of its own of
            # it, though it shares no other word of the question; a table's row, naming each
            # thing it compares, only when it adds one.
            own_point = about is not None and candidate.unit.kind == "sentence"
            if not (candidate.hits - covered) and not own_point:
                continue
            chosen.append(candidate)
            covered |= candidate.hits
        if wide and points:
            # A wide answer's room that sentences adding a word of the question leave is the
            # next best's: about the same matter in other words, they are its other points
            # ("stems from difficulties in …" beside "has expressed its intention to …").
            for candidate in ranked[1:]:
                if len(chosen) >= shown or candidate.score < floor * best.score:
                    break
                if candidate in chosen or any(
                    self._similar(candidate.unit, c.unit) for c in chosen
                ):
                    continue
                chosen.append(candidate)
        units: list[Unit] = []
        if wide:
            # Reasons, positions and summaries are argued over a paragraph: the best sentence
            # comes with the rest of its paragraph ("Reasons for this include …; second, …"),
            # leaving room for what other sources add.
            others = max(len({c.unit.source_id for c in chosen}), leading) - 1
            if about is None:
                told = self._paragraph(best.unit)
                # The sentences a concluding best one argues from ("… in this regard") are shown
                # to say what it concludes from, in room of their own: the points after it are
                # the argument asked for, and only as many as its paragraph holds.
                share = max(shown - 1 - others, 2)
                premises = (
                    min(told.index(best.unit), max(len(told) - share, 0))
                    if best.unit in told and carries_on(best.unit.text)
                    else 0
                )
                units += told[: share + premises]
                shown += premises
            else:
                # Each thing the question names leads with its best sentence and what its
                # paragraph goes on to say of it, in room of its own.
                room = shown // max(leading, 1)
                for leader in chosen[: max(leading, 1)]:
                    told = [u for u in self._told(leader.unit, about) if u not in units]
                    units += told[:room]
        argues_for: dict[str, Unit] = {}
        for candidate in chosen:
            if about is not None and len(units) >= shown:
                break  # the room is the named things' own, which their leads have filled
            # A sentence that leans on an earlier one ("the implementation rate was only 10%…")
            # is shown with the sentence that names what the question asks about.
            before = self._context_unit(candidate)
            if before and before not in units and len(units) < shown - 1:
                units.append(before)
            if wide and about is None and candidate is not best and concludes(candidate.unit.text):
                # A conclusion opening its paragraph ("… in this regard") comes with the
                # sentences it argues from, in room of their own, as the best sentence does:
                # without them it says only that something follows, not from what.
                argued = [u for u in self._leaned_on(candidate.unit) if u not in units]
                units += argued
                shown += len(argued)
                argues_for.update({u.id: candidate.unit for u in argued})
            if candidate.unit not in units:
                units.append(candidate.unit)
            if wide:
                # An argument goes on in the sentences that carry on from it: in a news story,
                # which gives each sentence a paragraph, the rest of a speaker's statement may
                # run over several ("“…” … Cho said … “…,” he said.").
                reach = _STORY_REACH if self._news_sentence(candidate.unit) else 2
                for after in self._carried_on(candidate.unit, reach):
                    if about is not None and not about(after):
                        continue  # it carries the argument on to another matter
                    if after not in units and len(units) < shown:
                        units.append(after)
        if wide and len(units) < shown:
            units = self._stories_on(units, chosen, topic, shown)
        # Sentences of one paragraph read in document order; paragraphs in order of relevance.
        first_seen: dict[tuple[str, int], int] = {}
        for position, unit in enumerate(units):
            first_seen.setdefault((unit.source_id, unit.paragraph), position)

        # A conclusion's premises read just before its paragraph, wherever theirs first came.
        def read_at(unit: Unit) -> tuple[int, int, int]:
            ends = argues_for.get(unit.id)
            if ends is not None:
                return first_seen[(ends.source_id, ends.paragraph)], 0, unit.start
            return first_seen[(unit.source_id, unit.paragraph)], 1, unit.start

        units.sort(key=read_at)
        if wide:
            # A summary's bullet or a heading beside the body sentence that tells it in full
            # gives way to the next point.
            units = [u for u in units if not self._restates(u, units)]
        return self._read_whole(units)[:shown]

    def _gathered(self, query: Query, units: list[Unit], ranked: list[Candidate]) -> list[Unit]:
        """The sentences that add to a synthesis what its quoted paragraphs leave out, the
        ``_GATHERED`` of them closest to the question in meaning, none a near-duplicate of a
        shown sentence:

        - the rest of a quoted point: the sentence right after a quoted one in its paragraph
          that leans on it ("This is because …", "It is therefore crucial to …");
        - a fact of the kind the question asks for (``synthesis.fact_wanted``: figures, causes,
          dated events or a side's arguments) that holds the question's topic (the telling
          words its best sentence shares with it), from a paragraph the answer does not quote
          or going on, within ``_SETTING_REACH``, from a sentence it quotes (the figures that
          break a quoted total down, a second cause after the first); figures only when it
          states one the answer does not."""
        if not ranked:
            return []
        wanted = fact_wanted(query.question, query.intent.why, query.intent.chronological)
        # The question's topic is what its best sentence shares with it, leaving out the words
        # nearly every sentence holds ("offset"): a gathered fact holds all of it.
        topic = {t for t in ranked[0].hits if self.index.idf(t) >= _TOPIC_IDF}
        told = {(u.source_id, u.paragraph) for u in units}
        quoted = {u.id for u in units}
        # The figures the answer states so far: a sentence repeating them adds none.
        shown = figure_values(" ".join(u.text for u in units))

        def finishes_point(unit: Unit) -> bool:
            before = self._neighbour(unit, -1)
            return (
                before is not None
                and before.id in quoted
                and before.paragraph == unit.paragraph
                and carries_on(unit.text)
            )

        def of_kind_asked(unit: Unit) -> bool:
            if wanted is None or not topic or not wanted(unit.text):
                return False
            if (unit.source_id, unit.paragraph) in told and not any(
                u.id in quoted for u in self._earlier(unit, reach=_SETTING_REACH)
            ):
                return False
            if not wanted.adds(unit.text, shown):
                return False
            return topic <= self._terms_in_setting(unit)

        pool = [
            u
            for u in self.index.units.values()
            if u.kind == "sentence" and u.id not in quoted
            if not query.only or u.source_id in query.only
        ]
        vectors = self.index.unit_vectors([u.id for u in pool])
        scored = [
            (-float(vectors[u.id] @ query.vector) if u.id in vectors else 0.0, u.id, u)
            for u in pool
        ]
        found: list[Unit] = []
        for _, _, unit in sorted(scored):
            if len(found) >= _GATHERED:
                break
            if not (finishes_point(unit) or of_kind_asked(unit)):
                continue
            # A sentence a page's notes cut short is told whole, and only once.
            unit = self._whole_of(unit)
            if unit.id in quoted or any(self._similar(unit, u) for u in [*units, *found]):
                continue
            found.append(unit)
            shown |= figure_values(unit.text)
        return found

    def _paragraphs_finished(self, units: list[Unit]) -> list[Unit]:
        """``units`` with the rest of each paragraph they open read to its end, right after its
        last quoted sentence: a synthesis that quotes two or more sentences of a paragraph has
        taken up its account, whose last points (the outcome after the pledge, the remedy after
        the fault) the answer's room cut off. Up to ``_FINISHED`` sentences in all, the earlier
        paragraphs first; a signpost or a sentence saying again what one shown says is skipped."""
        quoted: dict[tuple[str, int], list[Unit]] = {}
        for unit in units:
            if unit.kind == "sentence":
                quoted.setdefault((unit.source_id, unit.paragraph), []).append(unit)
        left = _FINISHED
        added: dict[str, list[Unit]] = {}
        shown = list(units)
        for told in quoted.values():
            if left <= 0:
                break
            last = max(told, key=lambda u: u.start)
            before = self._neighbour(min(told, key=lambda u: u.start), -1)
            opened = before is None or before.paragraph != last.paragraph
            if len(told) < 2 and not opened:
                continue
            rest: list[Unit] = []
            nxt = self._neighbour(last, 1)
            while nxt is not None and len(rest) < left:
                if nxt.kind != "sentence" or nxt.paragraph != last.paragraph:
                    break
                whole = self._whole_of(nxt)
                if not (
                    signposts(whole.text)
                    or whole in shown
                    or any(self._similar(whole, u) for u in shown)
                ):
                    rest.append(whole)
                    shown.append(whole)
                nxt = self._neighbour(nxt, 1)
            if rest:
                added[last.id] = rest
                left -= len(rest)
        if not added:
            return units
        return list(dict.fromkeys(x for u in units for x in [u, *added.get(u.id, [])]))

    def _passage_gaps_filled(self, units: list[Unit]) -> list[Unit]:
        """``units`` with the sentences between two quoted ones of a paragraph
        (``passage_gaps.gaps_filled``), each read whole."""

        def between(first: Unit, last: Unit) -> list[Unit]:
            found: list[Unit] = []
            nxt = self._neighbour(first, 1)
            while nxt is not None and nxt.start < last.start:
                found.append(nxt)
                nxt = self._neighbour(nxt, 1)
            return found

        def repeats(unit: Unit, shown: list[Unit]) -> bool:
            return signposts(unit.text) or any(self._similar(unit, u) for u in shown)

        filled = self._read_whole(gaps_filled(units, between, repeats))
        # Each paragraph's sentences are gathered once, however many of its units are quoted.
        paragraphs: dict[tuple[str, int], list[Unit]] = {}
        for u in filled:
            if u.kind == "sentence" and (u.source_id, u.paragraph) not in paragraphs:
                paragraphs[u.source_id, u.paragraph] = [
                    self._whole_of(x)
                    for x in self._source_units(u.source_id)
                    if x.kind == "sentence" and x.paragraph == u.paragraph
                ]
        paragraph_of = {
            u.id: paragraphs[u.source_id, u.paragraph] for u in filled if u.kind == "sentence"
        }
        return with_enumerations(filled, paragraph_of)

    def _terms_in_setting(self, unit: Unit) -> set[str]:
        """The terms of ``unit`` and of the sentences before it in its paragraph (up to
        ``_SETTING_REACH``): what a sentence is about is set by the lines that lead to it ("The
        harbour's tonnage fell by half in 2019. Reasons for this fall include ...")."""
        terms = set(self.index.unit_terms.get(unit.id, ()))
        for before in self._earlier(unit, reach=_SETTING_REACH):
            terms.update(self.index.unit_terms.get(before.id, ()))
        return terms

    def _without_restatements(self, ranked: list[Candidate]) -> list[Candidate]:
        """``ranked`` without the summary lines and headings below the best that restate in
        short a sentence of their own source ranked with them (``_restates``): the sentence
        tells it in full, and the short form would take a wide answer's room twice for one
        point. The best stays: its summary's lines, read together, lead the answer."""
        top = ranked[:_RESTATED_AMONG]
        others = [c.unit for c in top]
        kept = [c for c in top[1:] if not self._restates(c.unit, others)]
        return [*top[:1], *kept, *ranked[_RESTATED_AMONG:]]

    def _restates(self, short: Unit, others: list[Unit]) -> bool:
        """Whether ``short``, a heading or a summary's bullet ("- The ministry cut …"), says
        again what one sentence of its story's body among ``others`` says: nearly all of its
        terms are that sentence's. A line that sums up several sentences says what none of them
        says alone (whose reaction to what), and stays."""
        if not (short.kind == "heading" or _SUMMARY_BULLET.match(short.text)):
            return False
        mine = set(self.index.unit_terms.get(short.id, ()))
        if not mine:
            return False
        for full in others:
            if full.source_id != short.source_id or full.kind != "sentence":
                continue
            if _SUMMARY_BULLET.match(full.text):
                continue
            theirs = set(self.index.unit_terms.get(full.id, ()))
            if len(mine & theirs) >= _RESTATED * len(mine):
                return True
        return False

    def _read_whole(self, units: list[Unit]) -> list[Unit]:
        """``units`` with each sentence a page's notes cut short read whole (``_whole_of``),
        once: the part before the notes and the whole sentence are one point, not two."""
        return list(dict.fromkeys(self._whole_of(u) if u.kind == "sentence" else u for u in units))

    def _grounds(self, unit: Unit) -> list[Unit]:
        """The sentences of ``unit``'s paragraph right after it that argue the judgment it
        states, up to ``_GROUNDS - 1`` of them."""
        paragraph = self._paragraph(unit)
        start = paragraph.index(unit) + 1 if unit in paragraph else len(paragraph)
        return paragraph[start : start + _GROUNDS - 1]

    def _likewise_after(self, unit: Unit, kind: SentenceKind) -> list[Unit]:
        """When the paragraph after ``unit``'s opens by saying its case is the same ("The same
        applies to the other builder"), that opener and the sentences of it that do what
        ``kind`` asks: another example of the point, which names neither the question's words
        nor, in its opener, the point itself."""
        nxt = self._neighbour(self._paragraph(unit)[-1], 1)
        if nxt is None or nxt.paragraph == unit.paragraph or nxt.source_id != unit.source_id:
            return []
        if nxt.kind != "sentence" or not _LIKEWISE.match(nxt.text.strip()):
            return []
        marked = [u for u in self._paragraph(nxt)[1:] if kind.marked_by.search(u.text)]
        return [nxt, *marked] if marked else []

    def _told(self, unit: Unit, about: Callable[[Unit], bool]) -> list[Unit]:
        """``unit``'s paragraph from it on (``_paragraph``), without the sentences after it that
        are not ``about`` the thing the question names."""
        paragraph = self._paragraph(unit)
        start = paragraph.index(unit) if unit in paragraph else 0
        return paragraph[: start + 1] + [u for u in paragraph[start + 1 :] if about(u)]

    def _paragraph(self, unit: Unit) -> list[Unit]:
        """The sentences of ``unit``'s paragraph in document order, from ``unit`` on, the
        sentence before it first when it leans on one."""
        found = [u for u in reversed(self._earlier(unit, reach=1))] or self._leaned_on(unit)
        # A source's own question says nothing: it opens the lines that answer it.
        opens = _ASKS.search(unit.text) is not None
        for step in range(0, 12):
            nxt = self._neighbour(unit, step)
            if nxt is None:
                break
            if nxt.paragraph != unit.paragraph and not (
                opens
                and step < _WIDE_SHOWN
                and nxt.kind == "sentence"
                and not _ASKS.search(nxt.text)
            ):
                break
            if not signposts(nxt.text) or nxt is unit:
                # The paragraph's points, not what its document does beside them.
                found.append(nxt)
        return found

    def _leaned_on(self, unit: Unit) -> list[Unit]:
        """For a sentence opening its paragraph on a conclusion ("It is hard to single it out
        in this regard"), the sentences before it that it argues from, in order."""
        # Not a paragraph's first sentence: ``_earlier`` reads its paragraph.
        return self._argued_from(
            unit,
            lambda before, first: (
                is_dateline(before.text) or (first is unit and before.paragraph == unit.paragraph)
            ),
        )

    def _leaned_on_within(self, unit: Unit) -> list[Unit]:
        """For a sentence inside a paragraph that carries on from the one before ("They
        suggest …"), the sentences before it in its paragraph that it carries on from, in order,
        back to the one that does not ("Insiders argue …"), up to ``_LEANED_ON`` of them."""
        return self._argued_from(unit, lambda before, _: before.paragraph != unit.paragraph)

    def _argued_from(self, unit: Unit, stops: Callable[[Unit, Unit], bool]) -> list[Unit]:
        """The unbroken run of up to ``_LEANED_ON`` sentences before ``unit`` that each next one
        carries on from, in order; ``stops(before, first)`` ends it at ``before``."""
        found: list[Unit] = []
        first = unit
        while carries_on(first.text) and len(found) < _LEANED_ON:
            before = self._neighbour(first, -1)
            if before is None or before.kind != "sentence" or stops(before, first):
                break
            found.insert(0, before)
            first = before
        # An argument that reaches back to its evidence ("According to the survey, …") reaches
        # the claim that evidence backs, the sentence before it: the evidence alone says what
        # was found, not what it argues.
        if found and backs_claim(first.text):
            before = self._neighbour(first, -1)
            if (
                before is not None
                and before.kind == "sentence"
                and before.paragraph == first.paragraph
                and not stops(before, first)
            ):
                found.insert(0, before)
        return found

    def _neighbour(self, unit: Unit, step: int) -> Unit | None:
        """The unit ``step`` places after ``unit`` in its source (before it when negative)."""
        number = int(unit.id.rsplit("#u", 1)[1])
        return self.index.units.get(f"{unit.source_id}#u{number + step:04d}")

    def _stories_on(
        self, units: list[Unit], chosen: list[Candidate], topic: frozenset[str], shown: int
    ) -> list[Unit]:
        """``units`` with the room they leave (up to ``shown``) given to the next sentences of
        the news stories the ``chosen`` sentences come from (``_story_on``), best first, each
        run right after the sentences it goes on from: a story tells its points in turn, and
        the best sentence of each source keeps its place before them."""
        units = list(units)
        for candidate in chosen:
            if len(units) >= shown or candidate.unit not in units:
                continue
            run = self._story_on(candidate.unit, topic)
            # It goes on after the sentences already shown that carry the same story on.
            anchor = candidate.unit
            while run and run[0] in units:
                anchor = run.pop(0)
            for after in run:
                if len(units) >= shown or after in units:
                    break
                units.insert(units.index(anchor) + 1, after)
                anchor = after
        return units

    def _news_sentence(self, unit: Unit) -> bool:
        """Whether ``unit`` is a paragraph of its own, as a news story writes each sentence."""
        return len(self._paragraph_units(unit)) == 1

    def _story_on(self, unit: Unit, topic: frozenset[str]) -> list[Unit]:
        """For a sentence that is a paragraph of its own, as a news story writes each one, the
        story's next sentences while each carries on from the one before (the rest of a
        quotation, "Cho said …") or shares a telling term with the question or with ``unit``
        (``_STORY_IDF``): its next points on the matter, up to ``_STORY_REACH`` of them. The
        first that does neither has turned to another matter and ends the run; so does a
        heading, a caption's unit or a paragraph of several sentences (a report's, not a
        story's)."""
        if not self._news_sentence(unit):
            return []
        terms = self.index.unit_terms
        telling = {t for t in (*topic, *terms.get(unit.id, ())) if self.index.idf(t) >= _STORY_IDF}
        found: list[Unit] = []
        last = unit
        for _ in range(_STORY_REACH):
            nxt = self._neighbour(last, 1)
            if nxt is None or nxt.kind != "sentence" or not self._news_sentence(nxt):
                break
            if not (carries_on(nxt.text) or telling & set(terms.get(nxt.id, ()))):
                break
            found.append(nxt)
            last = nxt
        return found

    def _paragraph_units(self, unit: Unit) -> list[Unit]:
        """The sentences of ``unit``'s paragraph, in document order, without a dateline
        ("SEOUL, April 1 (Yonhap)"), which opens a story's first paragraph."""
        first = unit
        while (before := self._neighbour(first, -1)) is not None and (
            before.paragraph == unit.paragraph
        ):
            first = before
        found = [first]
        while (nxt := self._neighbour(found[-1], 1)) is not None and (
            nxt.paragraph == unit.paragraph
        ):
            found.append(nxt)
        return [u for u in found if u.kind == "sentence" and not is_dateline(u.text)]

    def _backed_by(self, unit: Unit) -> list[Unit]:
        """The next sentence of ``unit``'s paragraph when it backs ``unit``'s claim with the
        figures it leaves out ("X is a common practice." before "In 2023, 27 deals …"), and the
        one after when it carries them on: a claim without a figure says only that something is
        so, its next sentence how much."""
        if _FIGURE.search(unit.text):
            return []
        nxt = self._neighbour(unit, 1)
        nxt = self._whole_of(nxt) if nxt is not None else None
        if nxt is None or nxt.kind != "sentence" or nxt.paragraph != unit.paragraph:
            return []
        if not _FIGURE.search(nxt.text):
            return []
        # The figures may run on into a sentence that leans on them ("This accounts for …").
        return [nxt, *(u for u in self._carried_on(nxt, 1) if u.paragraph == unit.paragraph)]

    def _spoken_on(self, unit: Unit) -> list[Unit]:
        """The rest of the words of the person ``unit`` names as its speaker ("“…,” Park, the
        agency's spokesperson, said" before "“…,” he added." and "Park said …"): a story names a
        speaker once and goes on with what they said, which a wide question about their side
        asks for as much as the first sentence. Nothing for a sentence naming no person before
        its verb of saying: a body's report it goes "according to" is no speaker going on."""
        words = speaker_words(unit.text)
        if words is None or self.first_named("person", words) is None:
            return []
        return self._speech_after(unit)

    def _carried_on(self, unit: Unit, reach: int = 2) -> list[Unit]:
        """Up to ``reach`` sentences after ``unit`` that carry on from it, in order."""
        return self._run_after(unit, reach, carries_on)

    def _run_after(self, unit: Unit, reach: int, goes_on: Callable[[str], bool]) -> list[Unit]:
        """The unbroken run of up to ``reach`` sentences after ``unit`` that ``goes_on`` keeps."""
        found = []
        for _ in range(reach):
            nxt = self._neighbour(unit, 1)
            nxt = self._whole_of(nxt) if nxt is not None else None
            if nxt is None or nxt.kind != "sentence" or not goes_on(nxt.text):
                break
            found.append(nxt)
            unit = nxt
        return found

    def _with_items(self, units: list[Unit]) -> list[Unit]:
        """``units`` with the items of each list one opens right after it, all of them, where
        the answer's room or its order of paragraphs left some out or elsewhere."""
        items = {u.id: self._items_after(u) for u in units}
        listed = {item.id for found in items.values() for item in found}
        kept: list[Unit] = []
        for unit in units:
            if unit.id in listed or unit in kept:
                continue  # its list's opener brings it
            kept.append(unit)
            kept += [item for item in items[unit.id] if item not in kept]
        return kept

    def _items_after(self, unit: Unit) -> list[Unit]:
        """The items of the list a sentence ending in a colon opens ("… could lead to:"), each
        a line of its own marked by a bullet: the sentence says nothing without them."""
        if not unit.text.rstrip().endswith(":"):
            return []
        return self._run_after(unit, _LIST_ITEMS, lambda text: bool(_BULLET.match(text)))

    def _whole_of(self, unit: Unit) -> Unit:
        """A sentence a page's notes cut short ("… runs contrary to the" before a footnote),
        as the sentence read whole after the notes; any other unit as it is."""
        # The notes between are not counted: a page may end on several of them.
        sentences = 0
        for step in range(1, _NOTES_REACH + 1):
            later = self._neighbour(unit, step)
            if later is None or sentences >= _CUT_REACH:
                break
            if later.kind != "sentence":
                continue
            if later.text.startswith(unit.text) and later != unit:
                return later
            sentences += 1
        return unit

    def _context_unit(self, candidate: Candidate) -> Unit | None:
        if not candidate.context_hits:
            return None
        for before in self._earlier(candidate.unit):
            if signposts(before.text):
                continue  # it names the topic only to say where the document treats it
            if candidate.context_hits & set(self.index.unit_terms.get(before.id, ())):
                return before
        return None

    def _similar(self, a: Unit, b: Unit) -> bool:
        ta, tb = set(self.index.unit_terms.get(a.id, ())), set(self.index.unit_terms.get(b.id, ()))
        if not ta or not tb:
            return False
        return len(ta & tb) / len(ta | tb) > 0.6

    def flag_disputes(self, answer: Answer, frame: Frame) -> Answer:
        """An answer that cites one side of a curated disagreement names the other sides too,
        each cited, and is marked disputed: a known wrong date or a second figure never stands
        alone as if the sources agreed. Only where the question asks for such a figure (not for
        a reason or a position) and about that period (a question about 2011–2015 is not told
        of a disagreement over 2016–2020 that its quote happens to mention)."""
        if answer.abstained or not self.disagreements or self.facts is None:
            return answer
        # A question of several parts asks for a figure when one of its parts does ("how much
        # came in, and why so little?"): the whole reads as a reason, the part as an amount.
        asking = [
            f
            for f in ([frame] if len(frame.parts) < 2 else [frame_of(part) for part in frame.parts])
            if f.answer_type not in _NOT_OF_FIGURES
        ]
        if not asking:
            return answer
        asked = set(frame.years)
        quotes = [c.quote for c in answer.citations]
        notes: list[str] = []
        cited = CitationList(self.row_citation, answer.citations)
        touched = False
        for item in self.disagreements:
            sides = sides_cited(quotes, item)
            if not sides or not any(_asks_for(f, item.unit) for f in asking):
                continue
            anchored = {int(y) for y in re.findall(r"(?:19|20)\d\d", item.anchor)}
            if asked and anchored and not asked & anchored:
                continue
            touched = True
            if len(sides) == len(item.sides):
                continue  # every side is already cited
            parts = []
            for side in item.sides:
                on_side = [c for c in cited.items if stands_on(c.quote, side)]
                if on_side:
                    marks = "".join(f"[{c.marker}]" for c in on_side)
                else:
                    marks = cited.rows([self.facts.data.row(side.rows[0])])
                parts.append(f"{side.value} {marks}")
            notes.append(
                say(
                    "disagree_note",
                    measure=item.measure,
                    anchor=item.anchor,
                    sides="; ".join(parts),
                )
            )
        if not touched:
            return answer
        text = "\n\n".join([answer.answer, *notes]) if notes else answer.answer
        return answer.model_copy(
            update={"answer": text, "citations": cited.items, "disputed": True}
        )

    def speakers(self, question: str, said: str) -> Answer | None:
        """Who said what the earlier answer ``said`` cites ("who said so?"): for each cited
        sentence, in order, the sentence that names its speaker, then the sentence itself when
        another; at most two speakers. None when no cited sentence has a named speaker."""
        shown: list[Unit] = []
        named: set[str] = set()
        for claim in claims_of(said):
            unit = self._unit_showing(claim.strip())
            if unit is None:
                continue

            def before(back: int, unit: Unit = unit) -> str | None:
                earlier = self._neighbour(unit, -back)
                return earlier.text if earlier is not None and earlier.kind == "sentence" else None

            found = speaker_of(unit.text, before, self._first_agent)
            if found is None or found[0] in named:
                continue
            name, back = found
            named.add(name)
            naming = self._neighbour(unit, -back) if back else unit
            shown = list(dict.fromkeys([*shown, *(u for u in (naming, unit) if u is not None)]))
            if len(named) == _SPEAKERS_SHOWN:
                break
        if not shown:
            # A speaker the sources tell only by what they are ("an industry official said") is
            # all they say of who said it: the sentence itself answers.
            shown = [
                unit
                for claim in claims_of(said)
                if (unit := self._unit_showing(claim.strip())) is not None
                and unnamed_speaker(unit.text)
            ][:1]
        cited = tuple(
            dict.fromkeys(u.source_id for u in self._shown_again(said) if isinstance(u, Unit))
        )
        written = self.writers(question, cited=cited) if cited else None
        if written is not None and not written.abstained:
            # "Who wrote that?" after sentences of a source with a byline: its writers.
            return written
        if asks_who_reported(question):
            # "Who reported that?" asks whoever put the words out: the publisher of each source
            # the answer cited, before the sentences that name whom it quotes, else before what
            # the answer cited itself (a story's own statement names no speaker).
            return self._reported(question, shown or self._shown_again(said))
        return self._cited(question, shown) if shown else None

    def writers(
        self, question: str, earlier: Sequence[str] = (), cited: Sequence[str] = ()
    ) -> Answer | None:
        """Who wrote the source ``question`` asks about ("who wrote the institute's paper?"),
        from that source's own bylines, each with the lines under it that place its writer (a
        division, a centre); or what the bylines say of a writer the question names ("what is
        Ana Rossi's title?"), the writer's whole block, or of its writers unnamed ("which
        division are the study's authors in?"), each one's block. A source asked about that carries no
        byline, or none with the credit asked ("who edited it?"), names none: the answer
        refuses, saying so. None when the question asks neither, or names no source (the
        source may come from the ``earlier`` questions: "who wrote it?"). ``cited``: the
        sources an earlier answer cited, which a "who wrote that?" after it asks about."""
        found = self._bylines()
        every = [byline for lines in found.values() for _, byline in lines]
        named = named_writers(question, every)
        if asks_writer(question):
            sources = tuple(cited) or self._sources_written(question, named, found, earlier)
            if not sources:
                return None
            lines = [line for sid in sources for line in found.get(sid, [])]
            credit = credit_asked(question)
            if credit is not None:
                lines = [(at, b) for at, b in lines if gives_credit(b, credit)]
            others = [(at, b) for at, b in lines if not set(b.names) <= named]
            lines = others or lines
            if first_only(question):
                lines = lines[:1]
            if not lines:
                source = self.index.source_meta(sources[0])
                title = f"“{source.title}”" if source is not None else sources[0]
                why = say("names_no_writer", source=title, credit=credit or "author")
                return Answer(
                    question=question, answer=f"{say('cannot_answer')} {why}", abstained=True
                )
            units = [u for at, b in lines for u in self._writer_block(at, b, placing_only=True)]
            return self._cited(question, units)
        if not named and asks_of_writers(question):
            # "Which division are the study's authors in?": each writer's whole block, when the
            # source asked about has bylines; else the question is left to the other answers.
            sources = self._sources_written(question, named, found, earlier)
            lines = [line for sid in sources for line in found.get(sid, [])]
            units = [u for at, b in lines for u in self._writer_block(at, b, placing_only=False)]
            return self._cited(question, units) if units else None
        if named and asks_of_writer(question):
            lines = [(at, b) for ls in found.values() for at, b in ls if set(b.names) & named]
            units = [u for at, b in lines for u in self._writer_block(at, b, placing_only=False)]
            return self._cited(question, units) if units else None
        return None

    def _bylines(self) -> dict[str, list[tuple[Unit, Byline]]]:
        """Each source's bylines (see bylines.py), in the order they stand, each as a unit of the
        source's whole stored text (boilerplate included: a byline is metadata, not evidence)."""
        return self._byline_lines()[0]

    def _byline_lines(
        self,
    ) -> tuple[dict[str, list[tuple[Unit, Byline]]], dict[str, list[Unit]]]:
        """Each source's bylines, and the lines of its whole stored text a writer's block may
        hold (``byline_lines``) as units quoting that text verbatim at their offsets."""
        kept = getattr(self, "_bylines_kept", None)
        if kept is None or kept[0] is not self.index.units:
            found: dict[str, list[tuple[Unit, Byline]]] = {}
            lines_of: dict[str, list[Unit]] = {}
            for sid in self.index.sources:
                lines = lines_of[sid] = [
                    Unit(
                        id=f"{sid}#line{start}",
                        source_id=sid,
                        start=start,
                        end=start + len(line),
                        kind="heading" if is_heading(line) else "sentence",
                        text=line,
                        quote=line,
                        passage_id="",
                        paragraph=-1,
                    )
                    for start, line in byline_lines(self.source_texts.get(sid, ""))
                ]
                for unit in lines:
                    byline = byline_of(unit.text)
                    if byline is not None:
                        found.setdefault(sid, []).append((unit, byline))
            kept = self._bylines_kept = (self.index.units, (found, lines_of))
        return kept[1]

    def _writer_block(self, at: Unit, byline: Byline, placing_only: bool) -> list[Unit]:
        """The byline ``at`` and the lines under it that describe its writer: all of them, or,
        ``placing_only``, the short lines (headings) that place the writer, not past papers."""
        if not byline.heads_block:
            return [at]
        units = self._byline_lines()[1].get(at.source_id, [])
        start = units.index(at)
        block = units[start : block_end([u.text for u in units], start)]
        return [at, *(u for u in block[1:] if not placing_only or u.kind == "heading")]

    def _sources_written(
        self,
        question: str,
        named: set[str],
        found: dict[str, list[tuple[Unit, Byline]]],
        earlier: Sequence[str],
    ) -> tuple[str, ...]:
        """The sources whose writers ``question`` asks for: those it calls by name ("the
        Gazette's story"), else the one research source it describes ("the think tank's
        paper"), else those a writer it names wrote, else those an earlier question named."""
        called = attributed(question, self.called)
        if called is not None:
            return called.sources
        # Asked who writes for it, a publisher named in any form names its pieces: "whom does
        # the Gazette credit as writers".
        mentioned = tuple(
            sid
            for sid, names in self.called.items()
            if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", question, re.I) for n in names)
        )
        if len(mentioned) == 1:
            return mentioned
        research = [sid for sid, m in self.index.sources.items() if m.kind.startswith("research")]
        if describes_research_body(question) and len(research) == 1:
            return (research[0],)
        wrote = tuple(
            sid for sid, lines in found.items() if any(set(b.names) & named for _, b in lines)
        )
        if wrote:
            return wrote
        for text in reversed(earlier):
            before = attributed(text, self.called)
            if before is not None:
                return before.sources
        return ()

    def told_further(self, question: str, said: str) -> Answer | None:
        """ "Tell me more" after an answer ``said``: the sentences that follow, in their
        paragraph, the last sentence the answer showed of each source it cited (a story, a
        report goes on with its point), at most ``_FURTHER_SHOWN`` of them and none the answer
        showed already. None when the answer showed no sentence, or its paragraphs end there."""
        shown = [item for item in self._shown_again(said) if isinstance(item, Unit)]
        last = {unit.source_id: unit for unit in shown}
        given = {unit.id for unit in shown}
        further: list[Unit] = []
        for unit in last.values():
            before = unit
            while len(further) < _FURTHER_SHOWN:
                after = self._neighbour(before, 1)
                if after is None or after.kind != "sentence":
                    break
                if after.paragraph != before.paragraph and not leans_back(after.text):
                    # A new paragraph starts another point, unless it goes on with the words
                    # of the one before ("…,” he said.).
                    break
                if after.id not in given and display(after.text) not in said:
                    further.append(after)
                before = after
        return self._cited(question, further) if further else None

    def _shown_again(self, said: str) -> list[Unit | Row]:
        """What an earlier answer ``said`` cites, claim by claim: the sentence a claim shows,
        else the data row whose statement it is."""
        rows = {fact.row.shown(): fact.row for fact in self.facts.facts} if self.facts else {}
        found: list[Unit | Row] = []
        for claim in claims_of(said):
            text = claim.strip()
            shown = self._unit_showing(text) or rows.get(text.rstrip(" ."))
            if shown is not None:
                found.append(shown)
        return found

    def _reported(self, question: str, shown: Sequence[Unit | Row]) -> Answer | None:
        """What ``shown`` says, under the publisher of its source, source by source in the
        order they first come: "Reported by <publisher>: <sentence> [1] <sentence> [2]". At most
        ``_SPEAKERS_SHOWN`` sources; None for nothing shown."""
        by_source: dict[str, list[Unit | Row]] = {}
        for item in shown:
            source_id = item.source_id if isinstance(item, Unit) else item.source
            if item not in by_source.setdefault(source_id, []):
                by_source[source_id].append(item)
        cited = CitationList(self.row_citation)
        told = []
        for source_id, items in list(by_source.items())[:_SPEAKERS_SHOWN]:
            said = []
            for item in items:
                if isinstance(item, Unit):
                    text, marker = display(item.text), cited.add(self._citation(item, 1))
                else:
                    text, marker = item.shown(), cited.add(self.row_citation(item, 1))
                said.append(f"{text} [{marker}]")
            told.append(say("reported_by", outlet=self._outlet(source_id), sentence=" ".join(said)))
        if not told:
            return None
        return Answer(question=question, answer=" ".join(told), citations=cited.items)

    def _outlet(self, source_id: str) -> str:
        """Who put a source out, as a reader names it: its publisher without the authors
        listed after it, else (a publisher unknown) what the source is called."""
        meta = self.index.source_meta(source_id)
        if meta is None:
            return source_id
        publisher = meta.publisher.split(";")[0].strip()
        return publisher if publisher and not publisher.startswith("Unknown") else meta.label

    def _speaker_sentence(self, unit: Unit) -> Unit | None:
        """The sentence before ``unit`` that names the speaker whose words ``unit`` goes on
        with ("…,” he said."), if it goes on with someone's."""
        return self._per_unit("speaker", unit, self._speaker_sentence_read)

    def _speaker_sentence_read(self, unit: Unit) -> Unit | None:
        if unit.kind != "sentence" or not leans_back(unit.text):
            return None

        def before(back: int) -> str | None:
            earlier = self._neighbour(unit, -back)
            return earlier.text if earlier is not None and earlier.kind == "sentence" else None

        found = speaker_of(unit.text, before, self._first_agent)
        return self._neighbour(unit, -found[1]) if found is not None and found[1] else None

    def _said_further(self, question: str, context: str, scope: Scope, said: str) -> Answer | None:
        """ "When did she think the levy would end?" after an answer quoting her: what she goes on
        to say after the quoted sentence answers, not the quoted sentence again. Only for a
        question that names a person the answer ``said`` quotes and asks what they said."""
        if not _ASKS_WHAT_SAID.search(question):
            return None
        people = name_table().find("people", question)
        if not people and _PERSON_PRONOUN.search(question):
            # "What did she add …?" after an answer quoting one person: "she" is that speaker.
            quoted = {
                speaker(unit.text, self._first_agent)
                for claim in claims_of(said)
                if (unit := self._unit_showing(claim.strip())) is not None
            } - {None}
            people = sorted(name for name in quoted if name) if len(quoted) == 1 else []
        for person in people:
            _, ranked = self._compose_one(question, context, scope, rows=False)
            # Asked of in a turn of its own, what was said may be said again, and the words
            # quoted already may be what is asked about, unless the turn asks for more of them.
            further = self._further_words(person, said, ranked, again=True)
            again = self._quoted_words_asked(question, person, said, further)
            if again is not None:
                return self._cited(question, [again])
            if further:
                return self._cited(question, further)
        return None

    def _quoted_words_asked(
        self, question: str, person: str, said: str, further: list[Unit]
    ) -> Unit | None:
        """ "What did she say most growers want?" after an answer quoting her: the sentence of
        ``said`` that names ``person`` as its speaker, when its own words (who speaks left out)
        state most of the turn's words, and more of them than the words she goes on with
        (``further``) do: the turn asks about what she was already quoted saying, not for more
        of it. A turn whose
        words name nothing she said ("what else did she say?") is never answered so. None
        otherwise."""
        naming = next(
            (
                unit
                for claim in claims_of(said)
                if (unit := self._unit_showing(claim.strip())) is not None
                and speaker(unit.text, self._first_agent) == person
            ),
            None,
        )
        if naming is None:
            return None
        # The turn's own words, weighed by how rare they are, without the person's name or the
        # words asking what was said.
        named = set(self.index.lexicon.terms(person))
        asked = {
            t: self.index.idf(t)
            for t in self.index.lexicon.terms(_ASKS_WHAT_SAID.sub(" ", question))
            if t not in named
        }

        def stated(unit: Unit) -> float:
            own = set(self.index.lexicon.terms(without_speaker(unit.text)))
            return sum(w for t, w in asked.items() if t in own)

        own = stated(naming)
        # Most of what the turn asks about, by weight: a word the whole story shares (the
        # topic every sentence of it names) is no sign the turn asks about these words.
        if own <= _MOST * sum(asked.values()):
            return None
        if further and own <= max(stated(u) for u in further):
            return None
        return naming

    def _their_words_on(self, question: str, context: str, scope: Scope, answer: Answer) -> Answer:
        """ "What did the spokesman expect of the talks?" answered by the sentence naming him
        (his first quotation): what he said of the thing asked about may be in the words he goes
        on with ("…,” he said."), which name him by a pronoun only. The question's words are
        weighed apart from those telling who speaks: when a sentence of his run of words states
        more of the rest than the naming sentence's own words do, that sentence and the rest of
        his words after it answer. Only for an answer giving that person's words alone (the
        naming sentence first); ``answer`` as it was otherwise."""
        if answer.abstained or not _ASKS_WHAT_SAID.search(question):
            return answer
        people = name_table().find("people", question)
        if len(people) != 1:
            return answer
        units = [self._unit_showing(claim.strip()) for claim in claims_of(answer.answer)]
        naming = units[0] if units else None
        if naming is None or speaker(naming.text, self._first_agent) != people[0]:
            return answer
        run = {u.id for u in self._speech_after(naming)}
        if any(u is None or u.id not in run for u in units[1:]):
            return answer  # the answer gives more than this person's words
        query, ranked = self._ranked_query(question, context, scope)
        own = set(self.index.lexicon.terms(without_speaker(naming.text)))
        stated = sum(w for t, w in query.weights.items() if t in own)
        best: tuple[float, Unit] | None = None
        for candidate in ranked:
            if candidate.unit.id not in run:
                continue
            weight = total_weight(candidate.hits, lambda t: query.weights.get(t, 0.0))
            if weight > stated and (best is None or weight > best[0]):
                best = (weight, candidate.unit)
        if best is None:
            return answer
        return self._cited(question, [best[1], *self._speech_after(best[1])])

    def _reply_to_event(self, question: str, answer: Answer) -> Answer:
        """ "How did the port authority take being named on the regulator's watch list?" answered by the
        party's own words that reply to that event (``reply_events``): of the sentences whose
        speaker names the party, the one whose setting meets most of the question's description
        of the event, with the words its speaker goes on with. ``answer`` as it was when the
        question asks for no reply, when no words of the party reply to the event or two
        replies meet the description alike (it does not tell which), or when ``answer`` already
        gives the reply."""
        asked = reply_asked(question)
        if asked is None:
            return answer
        table = name_table()
        party = {n for kind in SPEAKING_KINDS for n in table.find(kind, asked.who)}
        party |= self._bodies_named_by_description(asked.who)
        if not party:
            return answer
        lexicon = self.index.lexicon
        matter_terms = set(lexicon.terms(asked.matter))
        name_terms = set(lexicon.terms(" ".join(matter_names(asked.matter))))
        party_terms = set(lexicon.terms(asked.who))
        met: list[tuple[float, Unit]] = []
        for unit in self.index.units.values():
            voiced = voice(unit.text) if unit.kind == "sentence" else ""
            if not voiced or not party & {n for k in SPEAKING_KINDS for n in table.find(k, voiced)}:
                continue
            terms = matter_met(matter_terms, name_terms, party_terms, self._reply_setting(unit))
            if terms:
                met.append((sum(self.index.idf(t) for t in terms), unit))
        lead = self._clear_lead(met, answer)
        if lead is None:
            return answer
        replied = self._cited(question, [lead, *self._speech_after(lead)])
        return replied if self.meets(question, replied) else answer

    @staticmethod
    def _clear_lead(met: list[tuple[float, Unit]], answer: Answer) -> Unit | None:
        """The unit that scores best in ``met``; None when none does, when two tie (the
        question does not tell them apart) or when ``answer`` cites it already."""
        met.sort(key=lambda m: -m[0])
        if not met or (len(met) > 1 and met[1][0] == met[0][0]):
            return None
        lead = met[0][1]
        if any(c.source_id == lead.source_id and c.start == lead.start for c in answer.citations):
            return None
        return lead

    def _side_by_kind(self, question: str, answer: Answer) -> Answer:
        """ "What does the local fishing trade argue about …" answered first by the words of
        the side the question names by its kind (``sides_by_kind``): the sentence whose speaker
        is of that kind and whose words, with those its speaker goes on with, share most of the
        rest of the question, then what ``answer`` gave. ``answer`` as it was when the question
        names no side by kind, when no such speaker's words share the rest, when two do alike,
        or when ``answer`` already gives them."""
        who = side_asked(question)
        if who is None:
            return answer
        table = name_table()
        if any(table.find(k, who) for k in SPEAKING_KINDS) or self._bodies_named_by_description(
            who
        ):
            return answer  # a named party: the questions naming it have their own paths
        lexicon = self.index.lexicon
        kind = set(lexicon.terms(spoken_of(who, self.home_country)))
        # The speaker must be of the kind the side's head noun tells ("industry" of "Korean
        # industry"): a word that only narrows it ("report" of "trade barrier report") is no
        # speaker of that kind.
        heads = set(lexicon.terms(head(who)))
        rest = set(lexicon.terms(question[question.find(who) + len(who) :])) - kind
        met: list[tuple[float, Unit]] = []
        for unit in self.index.units.values():
            voiced = voice(unit.text) if unit.kind == "sentence" else ""
            shared = kind & set(lexicon.terms(voiced)) if voiced else set()
            if not shared & heads or any(table.find(k, voiced) for k in SPEAKING_KINDS):
                continue
            said = " ".join(u.text for u in [unit, *self._speech_after(unit)])
            topic = rest & set(lexicon.terms(said))
            if topic:
                met.append((sum(self.index.idf(t) for t in shared | topic), unit))
        lead = self._clear_lead(met, answer)
        if lead is None:
            return answer
        given = [] if answer.abstained else claims_of(answer.answer)
        shown = [u for claim in given if (u := self._unit_showing(claim.strip())) is not None]
        run = [lead, *self._speech_after(lead)]
        told = self._cited(question, [*run, *(u for u in shown if u not in run)])
        return told if self.meets(question, told) else answer

    def _reply_setting(self, unit: Unit) -> Setting:
        """Where the words ``unit`` gives stand: the sentences of its paragraph up to it (what
        a reply answers is told before it), the words its speaker goes on with, and the
        sentences of its source naming a body or place its frame names outside its quotations
        (the event "when asked about the harbour report" names is told where the source names
        the report's author). The home country, named throughout its own sources, marks none."""
        table = name_table()
        frame = QUOTATION.sub(" ", unit.text)
        home = table.first("countries", self.home_country) or self.home_country
        named = {n for kind in PLACE_KINDS for n in table.find(kind, frame)} - {home}
        named -= {n for kind in SPEAKING_KINDS for n in table.find(kind, voice(unit.text))}
        paragraph = self._paragraph_units(unit)
        units = [*paragraph[: paragraph.index(unit) + 1], *self._speech_after(unit)]
        if named:
            units += [
                u
                for u in self._units_of_source(unit.source_id)
                if u.kind == "sentence" and any(table.mentions(n, u.text) for n in named)
            ]
        return Setting(frozenset(self.index.lexicon.terms(" ".join(u.text for u in units))))

    def _speaking_for(self, question: str, frame: Frame) -> Answer | None:
        """ "Who answered the press for the guild?": the person a sentence names with that body
        beside the name, speaking ("…, a spokesperson of the guild, said"); the question's words
        for the act (answering, fielding questions) are seldom the sentence's. Of several, the
        one sharing most of the question's weighted words. None when no body the question names
        stands beside a speaking person's name."""
        table = name_table()
        bodies = {
            name for kind in ("organisations", "companies") for name in table.find(kind, question)
        }
        # A body described by the words of its full name ("the weapons office") is spoken for
        # by its people as when it is named.
        bodies |= self._bodies_named_by_description(question)
        if not bodies:
            return None
        weights = {t: self.index.idf(t) for t in self.index.lexicon.terms(question)}
        best: tuple[float, str, Unit] | None = None
        for unit, _ in self._beside_people:
            if not _ATTRIBUTION.search(unit.text):
                continue
            if not bodies & set(self._bodies_beside_people.get(unit.id, ())):
                continue
            terms = set(self.index.unit_terms.get(unit.id, ()))
            shared = sum(w for t, w in weights.items() if t in terms)
            if best is None or (shared, unit.id) > best[:2]:
                best = (shared, unit.id, unit)
        if best is None:
            return None
        spoken = self._cited(question, [best[2]])
        return spoken if unmet(frame, spoken, self.entities) is None else None

    @cached_property
    def _bodies_beside_people(self) -> dict[str, tuple[str, ...]]:
        """For each sentence naming a person, the organisations and companies written in the
        apposition of the name ("Han Mi-ra, the ministry's spokeswoman"), read once per
        composer."""
        table = name_table()
        found: dict[str, tuple[str, ...]] = {}
        for unit, _ in self._beside_people:
            bodies: list[str] = []
            for pattern in table.patterns.get("people", {}).values():
                for m in pattern.finditer(unit.text):
                    # The apposition the name stands in: back to the comma before it, on to the
                    # comma that closes what follows it ("Jo Min-ho, head of the guild, said").
                    before = unit.text[: m.start()].rsplit(",", 1)[-1]
                    after = ",".join(unit.text[m.end() :].split(",")[:2])
                    role = f"{before} {after}"
                    bodies += table.find("organisations", role) + table.find("companies", role)
            if bodies:
                found[unit.id] = tuple(dict.fromkeys(bodies))
        return found

    def _with_speaker(self, question: str, frame: Frame, answer: Answer) -> Answer | None:
        """ "Who said the levy would be raised at the summit?" answered by a sentence that goes on
        with someone's words ("…,” he said.): that sentence after the one naming its speaker,
        when the speaker is who the question asks for. None when no cited sentence goes on so."""
        for claim in claims_of(answer.answer):
            unit = self._unit_showing(claim.strip())
            naming = self._speaker_sentence(unit) if unit is not None else None
            if unit is None or naming is None:
                continue
            spoken = self._cited(question, [naming, unit])
            if unmet(frame, spoken, self.entities) is None:
                return spoken
        return None

    def _speech_after(self, unit: Unit) -> list[Unit]:
        """The sentences after ``unit`` that go on with the words of the speaker it names."""
        return self._run_after(unit, _SPEECH_REACH, leans_back)

    def _first_agent(self, text: str) -> str | None:
        return self.first_named("agent", text)

    def meets(self, question: str, answer: Answer) -> bool:
        """Whether ``answer`` states what ``question`` asks for, under every constraint it sets
        (``answerability.unmet``)."""
        return unmet(frame_of(question), answer, self.entities) is None

    def shown_again(self, question: str, claim: str) -> Answer | None:
        """``question`` answered by the sentence an earlier answer showed as ``claim``, cited
        again; None when no sentence of the sources is shown so."""
        unit = self._unit_showing(claim.strip())
        return self._cited(question, [unit]) if unit is not None else None

    def _unit_showing(self, text: str) -> Unit | None:
        """The sentence of the sources an answer shows as ``text``, if any."""
        terms = self.index.lexicon.terms(text)
        for passage_id, _ in self.index.lexical_search(terms, 5):
            for unit in self.index.units_of(passage_id):
                if display(unit.text) == text:
                    return unit
        return None

    def _citation(self, unit: Unit, marker: int) -> Citation:
        return unit_citation(self.index, unit, marker)

    def _cited(self, question: str, units: list[Unit], lead: str = "") -> Answer:
        cited = CitationList(self.row_citation)
        shown = []
        for unit in units:
            markers = [cited.add(self._citation(unit, 1))]
            caption = self._caption(unit)
            if caption is not None:
                markers.append(cited.add(caption))
            markers += [cited.add(self._citation(head, 1)) for head in self._head_of(unit)]
            shown.append(f"{display(unit.text)} " + "".join(f"[{m}]" for m in markers))
        body = " ".join(shown)
        return Answer(question=question, answer=f"{lead} {body}".strip(), citations=cited.items)

    def _head_of(self, unit: Unit) -> list[Unit]:
        """The start of a sentence a page break cut (its head, before the footnotes), when the
        unit shows it before its own verbatim tail: the head is cited too, since the words and
        figures it adds stand in no quote of the tail."""
        if unit.kind != "sentence" or unit.text == unit.quote:
            return []
        head = unit.text[: max(0, len(unit.text) - len(unit.quote))]
        found = []
        for step in range(1, _HEAD_REACH + 1):
            before = self._neighbour(unit, -step)
            if before is None:
                break
            if before.kind == "sentence" and before.quote.strip() and before.quote in head:
                found.append(before)
        return found[::-1]

    def _caption(self, unit: Unit) -> Citation | None:
        """The caption of a table row's table, cited beside the row: a row is shown under its
        caption ("Table 4. Quotas (2021) — …"), whose words and years the row's own quote lacks."""
        if unit.kind != "row" or " — " not in unit.text:
            return None
        caption = unit.text.split(" — ", 1)[0]
        text = self.source_texts.get(unit.source_id, "")
        start = text.rfind(caption, 0, unit.start)
        return (
            source_citation(self.index, unit.source_id, caption, start, 1) if start >= 0 else None
        )

    def _abstain(
        self,
        question: str,
        reason: str,
        unknown: tuple[str, ...],
        ranked: list[Candidate] | None = None,
        rejected: Answer | None = None,
    ) -> Answer:
        """An abstention with the reason, pointing to the nearest thing the sources cover. When
        the reason states figures of an answer that was ``rejected`` ("the sources give
        2016–2020 only as one period"), the quote stating them is the one pointed to, so every
        figure of the abstention is traced too."""
        text = f"{say('cannot_answer')} {reason}".strip()
        citations: list[Citation] = []
        stated = {value for _, value in figures(reason)} - {v for _, v in figures(question)}
        if rejected is not None and stated:
            for citation in rejected.citations:
                if stated <= {value for _, value in figures(citation.quote)}:
                    citations = [citation.model_copy(update={"marker": 1})]
                    sentence = " ".join(citation.quote.split())
                    text += " " + say("nearest", sentence=sentence, marker=1)
                    return Answer(
                        question=question, answer=text, citations=citations, abstained=True
                    )
        if ranked is None and unknown:
            # Point to the nearest thing the sources do cover, asked without the unknown names.
            stripped = question
            for word in unknown:
                stripped = re.sub(re.escape(word), " ", stripped)
            ranked = self.rank(stripped) if self.index.lexicon.terms(stripped) else []
        if ranked and ranked[0].coverage >= 0.3:
            nearest = ranked[0].unit
            # A sentence a page break cut is shown whole, so the head before the break is
            # cited with its tail: the words and figures it adds stand in no quote of the tail.
            heads = self._head_of(nearest)
            citations = [self._citation(nearest, 1)]
            citations += [self._citation(head, 2 + i) for i, head in enumerate(heads)]
            text += " " + say("nearest", sentence=display(nearest.text), marker=1)
            text += "".join(f"[{2 + i}]" for i in range(len(heads)))
        return Answer(question=question, answer=text, citations=citations, abstained=True)


def _date_order(line: tuple[int, str, Row]) -> tuple[int, int, int, str]:
    """Where a dated line stands in a list: by its year, then by its month and day where the
    row knows them (an event dated to its year alone opens its year), then by its words."""
    when, statement, row = line
    month = day = 0
    if isinstance(row, TimelineEvent):
        parts = [int(p) for p in row.date.split("-")[1:]]
        month, day = (parts + [0, 0])[:2]
    elif isinstance(row, PolicyEvent) and row.month:
        month = row.month
    return when, month, day, statement


def _spread(lines: list[tuple[int, str, Row]]) -> list[tuple[int, str, Row]]:
    """The lines of a dated list that its room holds, of ``lines`` in order of relevance: the
    best of each year before a second of any, so that a long story reaches its end."""
    if len(lines) <= _LIST_LENGTH:
        return lines
    # The n-th line of each year, in order of relevance, before any year's next one.
    count: dict[int, int] = {}
    place = []
    for at, line in enumerate(lines):
        count[line[0]] = count.get(line[0], 0) + 1
        place.append((count[line[0]], at))
    return [lines[at] for _, at in sorted(place)[:_LIST_LENGTH]]


def _by_paragraph(units: list[Unit]) -> list[Unit]:
    """``units`` grouped by the paragraph each first comes from, in the order the paragraphs
    were first chosen, and in reading order within one: a passage reads as written."""
    first_seen: dict[tuple[str, int], int] = {}
    for position, unit in enumerate(units):
        first_seen.setdefault((unit.source_id, unit.paragraph), position)
    return sorted(units, key=lambda u: (first_seen[(u.source_id, u.paragraph)], u.start))
