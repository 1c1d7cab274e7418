"""Does an answer meet what its question asks for? Checked on the answer's own evidence.

An answer is evidence (its text and the quotes it cites) put forward for a question's frame. It
answers only when that evidence holds what the frame asks for:

* every year the question asks about as a time ("in 2017", "during 1995") stands in it; a year
  that only falls inside a period the evidence gives ("2016–2020") is not answered, and the
  answer says what the sources give instead;
* a figure of the asked kind stands in it: an amount for "how much", a percentage for "what
  share", a number for "how many", a year or month for "when".

Nothing here knows a source or a question: the checks are on types and constraints.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from assistant.answering import word_forms
from assistant.answering.acting_parties import actor_unmet
from assistant.answering.agent_dates import only_its_creations_dated
from assistant.answering.breakdowns_asked import breakdown_unmet
from assistant.answering.causes_asked import (
    SAME_CLAUSE_WORDS,
    WHY_OPENING,
    asked_event,
    explains_event,
    only_why,
)
from assistant.answering.claims import when_stated
from assistant.answering.compared_sides import asked_unnamed
from assistant.answering.components_asked import components_unstated
from assistant.answering.counted_alike import counts_alike
from assistant.answering.counted_not_listed import counted_not_listed, subjects_not_listed
from assistant.answering.country_rule_asked import country_rule_subject
from assistant.answering.discourse import carries_on
from assistant.answering.divisions_asked import division_unmet
from assistant.answering.editions_asked import edition_year
from assistant.answering.frame import (
    ASKS_GATHERING,
    CODE,
    GATHERING_NOUNS,
    Frame,
    answer_type,
    as_asked,
    asked_noun,
    asks_person,
    code_in,
    given_names_text,
    stages,
    written_stages,
)
from assistant.answering.lengths_so_far import asks_length_so_far, runs_from, tells_length
from assistant.answering.office_held import office_not_held
from assistant.answering.office_speech import office_unvoiced
from assistant.answering.opening_times import opening_time
from assistant.answering.opposite_acts import contradicted
from assistant.answering.origins_asked import origin_countries
from assistant.answering.own_words import QUOTATION, asked_party, party_of, voiced_by
from assistant.answering.partners_named import home_partner_asked, object_of
from assistant.answering.patterns import SHARE_WORDS, THRESHOLD_WORDS, WH_WORDS, words
from assistant.answering.period_figures import FigureTimes, uncovered_year
from assistant.answering.prior_values import prior_unstated
from assistant.answering.program_holders import Mispairing
from assistant.answering.publication_years import publications_dated
from assistant.answering.publishers_described import describes_research_body
from assistant.answering.rates_asked import asks_exchange_rate, rate_unstated
from assistant.answering.sentence_kinds import CAUSE, FULFILMENT
from assistant.answering.series_positions import position_unmet
from assistant.answering.source_figures import PLEDGED
from assistant.answering.starts_asked import asks_a_start, tells_a_start
from assistant.answering.third_countries import of_a_third_country
from assistant.answering.topics_counted import amount_topic_asked, topic_asked, topic_counted
from assistant.answering.vague_counts import only_degree
from assistant.answering.word_forms import plural_of
from assistant.answering.written_names import whole_word
from assistant.answering.years_within import period_only
from assistant.answers import Answer, Citation
from assistant.knowledge.domain import domain
from assistant.knowledge.names import measure_table, name_table
from assistant.knowledge.relative_times import absolute
from assistant.knowledge.spans import governing, stating
from assistant.quantities import (
    COUNT_WORDS,
    KNOWN_CURRENCIES,
    NUMBER_WORDS,
    READERS,
    SPELLED_SCALES,
    QuantityToken,
    find_money,
    lex,
    money_tokens,
)
from assistant.regex import lazy
from assistant.search.terms import STOPWORDS
from assistant.wording import say

# A year used as a time ("in 2017", "by 2020", "2017's figure", "following 2020"), not as a name
# ("the 2025 report"); so is a year written into a word of time ("mid-2018", "early 2023",
# "pre-2016", "post-2020"), whatever stands before it.
_TIMED_YEAR = lazy(
    r"\b(?:in|during|for|by|since|until|till|through|throughout|before|after|following|"
    r"preceding|prior\s+to|as of|of|year)\s+"
    r"(?:the\s+(?:year\s+)?)?((?:19|20)\d\d)\b(?!\s*[-–—~]\s*(?:19|20)\d\d)"
    r"|\b((?:19|20)\d\d)\s*(?:'s|alone)\b|\b((?:19|20)\d\d)\s*\??\s*$"
    r"|\b(?:early|mid|late|pre|post)(?:-|\s+)((?:19|20)\d\d)\b(?!\s*[-–—~]\s*(?:19|20)\d\d)",
    re.I,
)
_YEAR = lazy(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_SPAN = lazy(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—~?]|to|through|until|and)\s*((?:19|20)\d\d)(?!\d)", re.I
)
_MONTH = lazy(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# A place: what follows a preposition of place ("in Samsun", "at the Hilton", "at the Prime
# Minister's residence", "in future talks"), not a time ("in March", "in 2019", "on the 1st").
_PLACE = lazy(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+|a\s+|an\s+)?(?!" + _MONTH.pattern + r")"
    r"(?!(?:order|terms|particular|total|part|addition|fact|advance|time|years?|months?|days?)\b)"
    r"[A-Za-z][\w'’.-]+"
)
# Times that are not calendar dates: "every second Tuesday", "each quarter", "yesterday".
_WHEN = words(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekly|monthly|quarterly|"
    r"annually|yearly|daily|every|each (week|month|quarter|year)|yesterday|today|tomorrow"
)
# A time of day ("3 PM", "10:30 a.m.", "noon") says when as a date does.
_CLOCK = lazy(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|o'clock)\b", re.I
)
# A year that is part of a name ("the 2024 Annual Review", "a 2019 report"): not a date.
_NAMING_YEAR = lazy(
    r"(?<!\d)(?:19|20)\d\d(?=\s+(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z]"
    # The noun may follow words that say what kind it is: "the 2024 harbour safety report".
    r"|(?:\s+(?!(?:the|a|an|and|or|of|in|on|at|to|for|by|was|were|is|are)\b)[a-z][\w-]*){0,2}"
    r"\s+(?:report|study|survey|bill|law|act|edition|budget|plan|paper|review|article)s?\b)"
    # A reference to a publication: "Based on OECD (2011)".
    r"|(?<=[A-Z]\s\()(?:19|20)\d\d(?=\))"
)
# An article or possessive just before a year: "the 2019 audit", "its 2024 review", "the
# agency's 2019 audit", "Norway's 2021 review" (a name's possessive determines the noun as "its").
_ARTICLE_BEFORE = lazy(r"(?:\b(?:the|a|an|its|their|this|that|his|her|our)|\w['’]s)\s+$", re.I)
# A gathering named: capitalised words ending in a gathering's noun ("the Defense Offset
# Roundtable", "the G20 Summit"), not the common noun ("in the event that").
_NAMED_GATHERING = lazy(
    r"\b(?:[A-Z0-9][\w'’-]*\s+){1,6}"
    rf"(?:{'|'.join(noun.capitalize() for noun in GATHERING_NOUNS)})s?\b"
)
# A date question that asks when something still going on began: "since when", "since what
# year", "since which month" ask for the start of an ongoing thing, not one event's date.
_ASKS_SINCE = words(r"since\s+(?:when|(?:what|which)\s+(?:year|date|month|time))")
# The start of an ongoing thing, as the sources write it: "since 2022", "since March 2018", or
# a verb of starting before its year ("initiated under an agreement … in 2022", "launched in
# 2019").
_SINCE_DATE = lazy(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
    r"|\b(?:initiated|began|begun|started|launched|opened|commenced)\b[^.;]{0,80}?"
    r"\b(?:in|since)\s+(?:19|20)\d\d\b"
    # "since adopting the levy in May 2019": a "since" clause dated by the act it runs from.
    r"|\bsince\s+\w+ing\b[^.;,]{0,80}?\b(?:in|on)\s+(?:(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b",
    re.I,
)
# A date question that asks for the month ("what month", "in which month of 2019").
_ASKS_MONTH = words(r"(?:which|what)\s+month|month\s+and\s+year|month\s+of\s+(?:19|20)\d\d")
# A date question that asks for the day ("on what day", "which day of March", "the exact date").
_ASKS_DAY = words(r"(?:which|what)\s+day|exact\s+(?:date|day)|day\s+and\s+month")
# A date question that asks for the time of day ("at what time", "what hour"), not "what time
# frame".
_ASKS_TIME = words(r"(?:what|which)\s+(?:time|hour)(?!\s+(?:frame|period|span|limit|horizon)s?\b)")
# A day of the month, or of the week: "15 May 2023", "May 15", "the 31st", "2023-05-15",
# "said Tuesday". A month with its year ("March 2018") is none.
_DAY = lazy(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.pattern
    + r"|"
    + _MONTH.pattern
    + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A month written in figures, as data rows date events: "2023-05-15", "2023-05".
# A month with its year: "December 2018", "March 5, 2023".
_MONTH_OF_YEAR = lazy(_MONTH.pattern + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b")
_ISO_MONTH = lazy(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b")
# A share written as a word, not a figure.
_HALF = lazy(r"\bhalf\b", re.I)
# A number word of a percentage, however many words it takes ("seven", "twenty-five").
_NUMBER_WORD = rf"(?:{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})"
# A percentage or a fraction written in words, as a writer may state a share: "seven percent",
# "twenty-five per cent", "one-third", "two thirds", "a quarter of".
_SHARE_IN_WORDS = lazy(
    rf"\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*\s*(?:percent|per\s+cent)\b"
    r"|\b(?:one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b"
    r"|\ba\s+(?:third|quarter|fifth|tenth)\s+of\b",
    re.I,
)
_COUNT_WORD = lazy(rf"(?<![\w.-])(?:{'|'.join(COUNT_WORDS)})\b", re.I)
# A number that names a part, not how many: "phase 1", "Article 20", "Table 3", "round two".
_LABEL_BEFORE = lazy(
    r"\b(?:phases?|stages?|articles?|tables?|figures?|fig\.|chapters?|sections?|rounds?|parts?|"
    r"levels?|tiers?|grades?|steps?|items?|no\.|nos\.|numbers?|options?|types?|models?|lines?|"
    r"annex(?:es)?|appendix|clauses?|paragraphs?|batch(?:es)?|lots?|pages?|pp?\.|blocks?|"
    r"versions?)\s*$",
    re.I,
)
# What a part asks for, as the answer names it when the sources lack it.
_LABEL = {
    "money": "amount",
    "quantity": "figure",
    "percent": "percentage",
    "count": "number",
    "date": "date",
    "person": "person",
    "organisation": "organisation",
    "company": "company",
    "country": "country",
    "agent": "person or organisation",
    "place": "place",
}


@dataclass(frozen=True)
class Entities:
    """Finders of the named things a question may ask for, by kind ("person", "organisation",
    "country"): whether a text names one. Built from ``knowledge/`` by the composer.

    ``subjects`` gives the names of one kind of the name table ("countries", "companies",
    "programs") that a text mentions; without it the name table alone is read."""

    finders: Mapping[str, Callable[[str], bool]] = field(default_factory=dict)
    subjects: Callable[[str, str], frozenset[str]] | None = None
    # A source's whole text by id, where the answerer has it: what a source is about is read
    # from all of it, not only from the quote cited.
    source_text: Callable[[str], str] | None = None
    # The names the sources themselves go by ("Yonhap" of a photo credit): who reports, never
    # what a question asks the name of.
    credited: frozenset[str] = frozenset()
    # A source's date by id ("2025-04-01"), as its metadata gives it: the times a source writes
    # relative to its own date ("last year (18 cases)") are read by it.
    source_date: Callable[[str], str] | None = None
    # Whether a text states an offset pledge the program tables give
    # (``source_figures.states_pledge``): the sources' words for what a question calls a
    # program's package, pledge or commitment.
    # The second argument is the question: a pledge of a program it does not name is not it.
    pledged: Callable[[str, str], bool] | None = None
    # The labels (program and stage) of the curated rows that quote a text (``row_labels``).
    labelled: Callable[[str], str] | None = None
    # The pairing of a program's facts a question takes as given that the program table makes
    # otherwise (``program_holders.mispaired``).
    mispaired: Callable[[str], Mispairing | None] | None = None
    # The names (lower case) of the bodies a phrase describes by the words of their full names
    # ("the weapons agency" of an "arms procurement agency", ``bodies_described``).
    described: Callable[[str], frozenset[str]] | None = None
    # The times of the rows of figures by period or year that quote a text
    # (``period_figures``): a figure's own time, as the tables give it.
    figure_times: FigureTimes | None = None

    def named(self, text: str, kind: str) -> bool:
        finder = self.finders.get(kind)
        return True if finder is None else finder(text)

    def names(self, text: str, kind: str) -> frozenset[str]:
        """The names of ``kind`` that ``text`` mentions."""
        if self.subjects is not None:
            return self.subjects(kind, text)
        table = name_table()
        kinds = (kind, "parties") if kind == "countries" else (kind,)
        return frozenset(n.lower() for k in kinds for n in table.find(k, text))


@dataclass(frozen=True)
class Unmet:
    """Why an answer does not answer its question, in words for the user; ``of_another`` when
    it states what is asked, but of another thing than the one the question names (another
    program, country or stage)."""

    reason: str
    of_another: bool = False


def timed_years(question: str) -> tuple[int, ...]:
    """The years a question asks about as a time, each on its own (not a period's ends).

    A period's end written again on its own asks about that year alone: "the ledger gives
    2014 to 2016; what was paid in 2016?" asks for a part of the period, which its whole does
    not give."""
    spans = [m.span() for m in _SPAN.finditer(question)]
    found = []
    for match in _TIMED_YEAR.finditer(question):
        group = next(i for i, g in enumerate(match.groups(), 1) if g)
        at = match.start(group)
        if not any(a <= at < b for a, b in spans):
            found.append(int(match.group(group)))
    return tuple(dict.fromkeys(found))


# The noun a naming year names: "the 2019 harbour audit report", "its 2021 Annual Review".
_NAMED_NOUNS = tuple("report study survey bill law act edition budget plan paper review".split())
_NAMED_NOUN = lazy(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\s+[\w'’-]+){0,3}?\s+"
    rf"(?P<noun>{'|'.join(_NAMED_NOUNS)})s?\b",
    re.I,
)
# A year before a name ("the 2019 HSR", "its 2021 Pilotage Code"): the thing it names is of a
# kind the name does not say.
_YEAR_BEFORE_NAME = lazy(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s+[A-Z]")


def _the_sources_subject(
    question: str, year: int, answer: Answer, entities: Entities, kind: str = "other"
) -> bool:
    """Whether the leading cited source is about the thing ``year`` names in ``question`` ("the
    2025 report") while its quote writes no year of its own for it: a news story says "this
    report" or "the report" of the one it covers, the first of its kind it names with a year. A
    story about the 2025 report answers for that report; asked of the 2024 report it does not.

    The leading citation is the first whose quote states what is asked (a figure of ``kind``):
    the statements an answer gives after it, from other sources (a comparison's background),
    are not what it answers the named thing with."""
    stating = [c for c in answer.citations if has_type(c.quote, kind)]
    if entities.source_text is None or not stating:
        return False
    nouns = {m["noun"].lower() for m in _NAMED_NOUN.finditer(question) if int(m["year"]) == year}
    # "The report the bureau put out in 2024" names it as "the 2024 report" does.
    nouns |= publications_dated(question, year)
    if not nouns and any(int(m["year"]) == year for m in _YEAR_BEFORE_NAME.finditer(question)):
        # "The 2019 HSR": named by what it is called, not by its kind; the first thing of
        # any kind a source names with a year is what the source is about.
        nouns = set(_NAMED_NOUNS)
    if not nouns or not _names_a_thing(question, year):
        return False
    for citation in stating[:1]:
        for m in _NAMED_NOUN.finditer(citation.quote):
            if m["noun"].lower() in nouns:
                return False  # the quote names such a thing with its year: that year decides
        first = next(
            (
                int(m["year"])
                for m in _NAMED_NOUN.finditer(entities.source_text(citation.source_id))
                if m["noun"].lower() in nouns
            ),
            None,
        )
        if first != year:
            return False
    return True


# A piece of writing a question may name by the year it came out: "the blog's 2024 post", "the
# Herald's 2021 article". Not "report", which a story names of what it covers.
_WRITING = lazy(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\s+[\w'’-]+){0,2}?\s+"
    r"(?:article|story|stories|post|piece|column|op-ed|editorial|write-up|dispatch)s?\b",
    re.I,
)


def _the_source_itself(question: str, year: int, answer: Answer, entities: Entities) -> bool:
    """Whether ``year`` dates the piece of writing the question names ("the gazette's 2024
    article") and the leading cited source is one that came out that year (its date in the
    source metadata): what that piece says is the answer, whatever year it writes. Asked of its
    2023 article, a story dated 2024 does not answer."""
    if entities.source_date is None or not answer.citations:
        return False
    if not any(int(m["year"]) == year for m in _WRITING.finditer(question)):
        return False
    return entities.source_date(answer.citations[0].source_id)[:4] == str(year)


# Two years written as one stretch of time: "2021 to 2022", "2016–2020".
_STRETCH = lazy(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—]|to|through|until)\s*((?:19|20)\d\d)(?!\d)", re.I
)


def _only_joined(said: str, question: str, year: int) -> tuple[int, int] | None:
    """The stretch of years the answer writes ``year`` in, when it writes it nowhere else and
    the question writes no such stretch: a figure for 2021 and 2022 together is none for the
    year 2021 that a question names ("the 2021 figure"). A year asked as a time ("after 2015",
    "apart from 2022"), or as the bound of an open time ("from 2016 on", "since 1983"), is left
    to the checks of times."""
    if _STRETCH.search(question) or year in timed_years(question) or _is_bound(question, year):
        return None
    stretches = [m for m in _STRETCH.finditer(said) if int(m[1]) <= year <= int(m[2])]
    if not stretches:
        return None
    inside = [(m.start(), m.end()) for m in stretches]
    alone = [m.start() for m in _YEAR.finditer(said) if int(m[1]) == year]
    if any(not any(a <= at < b for a, b in inside) for at in alone):
        return None
    return int(stretches[0][1]), int(stretches[0][2])


def _names_a_thing(question: str, year: int) -> bool:
    """Whether ``year`` names a thing after an article ("chapters of the 2019 audit report", "in its
    2024 review") wherever the question writes it, rather than asking about a time."""
    places = [m.start() for m in _YEAR.finditer(question) if int(m[1]) == year]
    return bool(places) and (
        all(
            _ARTICLE_BEFORE.search(question, 0, at) and _NAMING_YEAR.match(question, at)
            for at in places
        )
        # "The report the bureau put out in 2024": a clause of the report's own dates it.
        or (len(places) == 1 and bool(publications_dated(question, year)))
    )


_MARKER = lazy(r"\[\d+\]")


def finer_date(question: str) -> re.Pattern[str] | None:
    """The finer form of a date a question asks for: a time of day, a day, a month; None when
    a year would do."""
    if _ASKS_TIME.search(question):
        return _CLOCK
    if _ASKS_DAY.search(question):
        return _DAY
    if _ASKS_MONTH.search(question):
        return _MONTH
    return None


def date_precision(text: str) -> int:
    """How finely ``text`` dates what it states: 1 for a month of a year ("in December 2018",
    "2018-12"), 0 for a year or none. A weekday or a month without its year ("observers said
    Tuesday") dates the telling, not the thing told."""
    return 1 if _MONTH_OF_YEAR.search(text) or _ISO_MONTH.search(text) else 0


def dates_a_moment(text: str) -> bool:
    """Whether ``text`` dates something to a year or a month, not only to a span of years: the
    "(2023-2027)" of a five-year plan's title says when the plan runs, not when a thing was
    done."""
    rest = _STRETCH.sub(" ", _NAMING_YEAR.sub(" ", text))
    return bool(_YEAR.search(rest) or _MONTH_OF_YEAR.search(rest))


def opening_date(question: str) -> re.Pattern[str] | None:
    """The form that states the start of an ongoing thing ("since 2022"), when a date question
    asks since when it has gone on; None otherwise."""
    return _SINCE_DATE if _ASKS_SINCE.search(question) else None


def evidence(answer: Answer) -> str:
    """What an answer puts forward: its text (without citation markers) and its quotes."""
    return " ".join([_MARKER.sub(" ", answer.answer), *(c.quote for c in answer.citations)])


def has_type(text: str, kind: str, entities: Entities | None = None) -> bool:
    """Whether ``text`` states a figure of ``kind``, or names a person, an organisation or a
    country when that is asked for (other kinds always pass)."""
    if entities is not None and kind in entities.finders:
        return entities.named(text, kind) or (kind in _BODY_KINDS and _names_a_body(text))
    if kind == "money":
        return bool(find_money(text) or _scaled(text))
    if kind == "percent":
        return bool(_percents(text))
    if kind == "count":
        return bool(_plain_counts(text))
    if kind == "quantity":
        return bool(_counts(text))
    if kind == "place":
        return bool(_PLACE.search(text))
    if kind in ("date", "year"):
        text = _NAMING_YEAR.sub(" ", text)
        calendar = bool(_YEAR.search(text) or _MONTH.search(text))
        return calendar or kind == "date" and bool(_WHEN.search(text) or _CLOCK.search(text))
    return True


# A body's name that no table lists, written as one: capitalised words with a head noun of an
# institution among them ("the Port Safety Agency", "Institute for Marine Studies").
_BODY_HEAD = (
    r"(?:Agency|Administration|Ministry|Institute|Office|Committee|Division|Association|Board|"
    r"Bureau|Department|Council|Commission|Service|Center|Centre|Authority|Assembly|Foundation)"
)
_CAPITAL = r"(?:[A-Z][\w'’.-]*|&)"
_BODY_NAME = lazy(
    rf"\b(?:{_CAPITAL}\s+)+{_BODY_HEAD}\b|\b{_BODY_HEAD}\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]"
)
# The kinds a body's name answers: "which agency", and "who" (whoever acts).
_BODY_KINDS = ("organisation", "agent")


def _names_a_body(text: str) -> bool:
    return bool(_BODY_NAME.search(text))


# A question that asks for a length of time.
_ASKS_DURATION = words(
    r"how (?:long|far|early|soon|late|old)|how many (?:years|months|weeks|days|hours|decades)|"
    r"how much (?:\w+ )?time|"
    r"(?:what|which) (?:\w+ ){0,2}(?:period|window|duration|span|time ?frame|term|deadline|age)|"
    r"within what|for how long|by when|longer|shorter|earlier|sooner"
)
_A_NUMBER = rf"(?:\d[\d,.]*|{'|'.join(COUNT_WORDS)})"
# A length of time: "10 years", "3 to 6 months", "four to five years".
_DURATION = lazy(
    rf"\b{_A_NUMBER}(?:\s*(?:to|-|–|or)\s*{_A_NUMBER})?\s+"
    r"(?:calendar\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\b",
    re.I,
)


# A length of time asked up to now: "how long has the levy run", "how many years has it ...".
_ASKS_DURATION_SO_FAR = words(
    r"how long (?:\w+ ){0,4}?(?:have|has|had)|how long (?:\w+ ){0,4}?been|"
    r"how many (?:years|months|weeks|days|decades) (?:\w+ ){0,4}?(?:have|has|had)"
)


def runs_since(frame: Frame, said: str) -> bool:
    """Whether a length of time asked up to now ("how long has the harbour board met") is told
    by the time it runs from (``_SINCE_DATE``): "in talks since 2022" says how long, counted
    from then."""
    return bool(
        (_ASKS_DURATION_SO_FAR.search(frame.question) or asks_length_so_far(frame.question))
        and (_SINCE_DATE.search(said) or runs_from(said, frame.question))
    )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# A figure's own time: a year or a period at most this many words from it ("USD 5.88 billion in
# 2022", "in 2022, 27 contracts").
_TIED_WORDS = 3


def _figure_spans(text: str, kind: str) -> list[tuple[int, int]]:
    """Where ``text`` states figures of ``kind`` (none for kinds without figures)."""
    if kind == "money":
        spans = [(t.start, t.end) for t in money_tokens(text)] + _scaled(text)
    elif kind == "percent":
        spans = _percents(text)
    elif kind in ("count", "quantity"):
        spans = _amounts(text) + _plain_counts(text)
    else:
        return []
    # One figure is one span: "USD 270 million" is not also the "0 million" it ends with, which
    # stands further from the figure's time.
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not any(a < end and start < b for a, b in kept):
            kept.append((start, end))
    return kept


def _amounts(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states an amount or a percentage."""
    return _figure_spans(text, "money") + _figure_spans(text, "percent")


def _plain_counts(text: str) -> list[tuple[int, int]]:
    """The numbers of ``text`` that are not part of an amount: "4 trillion won" counts nothing,
    though its "4" is a number."""
    amounts = [
        (t.start, t.end) for t in lex(text) if t.scale in SPELLED_SCALES or t.currency or t.percent
    ]
    return [s for s in _counts(text) if not any(a <= s[0] < b for a, b in amounts)]


# A figure's span, for the word gaps to its time (``_tied_to``), is the one this check has always
# measured: a scaled number or a percentage from its last digit ("0 million" of "USD 270
# million"), a count by its digits before any decimal point.


def _scaled(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a number with a spelled-out scale ("5 million"), with or without a
    currency."""
    return [(t.num_end - 1, t.scale_end) for t in lex(text) if t.scale in SPELLED_SCALES]


def _percents(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a percentage ("46%", "51 percent"), in words too ("seven
    percent", "one-third"), or a half: a share written out is as much a share as its figure."""
    spans = [(t.num_end - 1, t.end) for t in lex(text) if t.percent and t.scale is None]
    spans += [m.span() for m in _SHARE_IN_WORDS.finditer(text)]
    return spans + [m.span() for m in _HALF.finditer(text)]


def _counts(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a number that may count something: a count word ("fifteen"), or a
    number's digits before any decimal point, unless they are a year, an ordinal, a name's
    number ("F-35", "5G", "5m") or a part's label ("phase 2", "Article 20")."""
    return list(_counts_kept(text, tuple(READERS)))


# Kept per text, as ``quantities.lex`` keeps its tokens; the number readers are part of the key,
# so a reader plugged in later is never skipped.
@lru_cache(maxsize=4096)
def _counts_kept(text: str, readers: tuple[object, ...]) -> tuple[tuple[int, int], ...]:
    blanked = _YEAR.sub(lambda m: " " * len(m.group()), text)
    found = [
        m.span()
        for m in _COUNT_WORD.finditer(blanked)
        if not _LABEL_BEFORE.search(blanked[: m.start()])
    ]
    for token in lex(blanked):
        start = token.num_start
        if token.ordinal or token.exponent or _joined(blanked[start - 1 : start]):
            continue
        if _LABEL_BEFORE.search(blanked[:start]):
            continue
        end = start + len(blanked[start : token.num_end].split(".")[0])
        after = blanked[end : end + 1]
        if after == "." or not _word_char(after):
            found.append((start, end))
    return tuple(sorted(found))


def _word_char(text: str) -> bool:
    """Whether ``text`` starts with a character of a word (a letter, a digit or "_")."""
    return text[:1].isalnum() or text[:1] == "_"


def _joined(before: str) -> bool:
    """Whether digits after ``before`` belong to something else: a word, a decimal or a name's
    number ("F-35")."""
    return _word_char(before) or before in (".", "-")


def _times(text: str) -> list[tuple[int, int, int, int]]:
    """The years and periods ``text`` names: (start, end, first year, last year)."""
    found = [(m.start(), m.end(), int(m[1]), int(m[2])) for m in _SPAN.finditer(text)]
    for m in _YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b, _, _ in found):
            found.append((m.start(), m.end(), int(m[1]), int(m[1])))
    return found


# A year that bounds a time rather than naming it: "since 2016", "after 2015", "up to 2022".
_BOUND_YEAR = lazy(
    r"\b(?:(?:since|after|following|from|through|thru|until|till|up to|up until|before|"
    r"preceding|prior\s+to|by|to|(?:starting|beginning|commencing)\s+(?:in|from))\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning) of\s+)?|(?:pre|post)-)((?:19|20)\d\d)\b",
    re.I,
)
# A year that opens a time running on from it: "since 1983", "from 1983 on", "starting in 1983"
# (not "from 1983 to 1990", a period with both ends).
_OPENING_YEAR = lazy(
    r"\b(?:since|(?:starting|beginning|commencing)\s+(?:in|from)|from)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning) of\s+)?((?:19|20)\d\d)\b(?!\s*(?:[-–—~]|to|through|until|and)\s*"
    r"(?:19|20)\d\d)",
    re.I,
)


def opened_years(question: str) -> tuple[int, ...]:
    """The years that open a time the question asks about, running on from them ("since 1983",
    "from 2016 on"): a period whose end the sources set, not a year asked on its own."""
    return tuple(dict.fromkeys(int(m[1]) for m in _OPENING_YEAR.finditer(question)))


def _is_bound(question: str, year: int) -> bool:
    """Whether ``year`` bounds a time of the question ("since 2016"); the "to" of a period the
    question names ("2016 to 2020") bounds that period, not the year asked on its own."""
    spans = [m.span() for m in _SPAN.finditer(question)]
    return any(
        int(m[1]) == year and not any(a <= m.start(1) < b for a, b in spans)
        for m in _BOUND_YEAR.finditer(question)
    )


# A bound that leaves its own year out: "after 2012" starts in 2013, "before 2006" ends in 2005
# ("after the start of 2015" lets 2015 in).
_EXCLUSIVE_BOUND = lazy(
    r"\b(?:(after|following)(?:\s+the\s+end\s+of)?|(?:before|preceding|prior\s+to)"
    r"(?:\s+the\s+(?:start|beginning)\s+of)?)\s+$|\b(?:(post)|pre)-$",
    re.I,
)


def _bound_forms(question: str, year: int) -> tuple[int, ...]:
    """The years that state a bound of the question: the year itself, and for a bound that
    leaves it out the first year it lets in ("after 2012" is "since 2013", "from 2013 to
    2017"; "before 2006" is "until 2005")."""
    forms = [year]
    for m in _YEAR.finditer(question):
        side = _EXCLUSIVE_BOUND.search(question, 0, m.start())
        if int(m[1]) == year and side is not None:
            forms.append(year + 1 if side[1] or side[2] else year - 1)
    return tuple(dict.fromkeys(forms))


# Answer types that are names, and the kinds of the name table a question may give them in.
_NAMED_KINDS = ("person", "company", "organisation", "country", "agent")
_NAME_TABLE_KINDS = ("people", "companies", "organisations", "countries")


def _without_names(text: str, question: str) -> str:
    """``text`` with the names ``question`` mentions blanked out, but not where they are part of
    a longer name: "Korea" asked about leaves "Korea Institute for ..." whole."""
    table = name_table()
    spans = [
        (m.span(), kind, name)
        for kind in _NAME_TABLE_KINDS
        for name, pattern in table.patterns[kind].items()
        for m in pattern.finditer(text)
    ]
    # A description asked for ("which procurement agency") gives no name: its body's name answers.
    given = given_names_text(question)
    asked = {(kind, name) for kind in _NAME_TABLE_KINDS for name in table.find(kind, given)}
    blanked = text
    for (start, end), kind, name in spans:
        inside = any(
            a <= start and end <= b and b - a > end - start and (k, n) not in asked
            for (a, b), k, n in spans
        )
        if (kind, name) in asked and not inside:
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return blanked


# The choices a question offers: after its ask ("which supplier did worse: the A or the B?",
# "who paid more, A or B?") or before it ("between A and B, which did worse?"). The choices hold
# two names or more joined by "or" (after) or "and"/"or" (before).
_CHOICES_OFFERED = (
    lazy(r"^\s*(?:which|who|whose)\b[^:;,—–]*[:;,—–]\s*(?P<choices>[^:;—–]*\bor\b[^:;—–]*)$", re.I),
    lazy(
        r"^\s*(?:of|between)\s+(?P<choices>[^,:;?]*\b(?:and|or)\b[^,:;?]*)[,:;]\s*"
        r"(?:which|who|whose)\b",
        re.I,
    ),
)


def _offered_choices(question: str) -> list[str]:
    """The names ``question`` offers to choose between ("which did worse: A or B?"), at least
    two of them, or none."""
    table = name_table()
    for pattern in _CHOICES_OFFERED:
        match = pattern.search(question.strip())
        if match is not None:
            found = [n for kind in _NAME_TABLE_KINDS for n in table.find(kind, match["choices"])]
            return found if len(found) >= 2 else []
    return []


def _every_choice_told(frame: Frame, statements: list[str]) -> bool:
    """Whether the answer to a choice between named sides (a name asked) tells of every side:
    the names the question offers are its answer, not names it gives, when each is in a
    statement."""
    if frame.answer_type not in _NAMED_KINDS:
        return False  # a figure asked of each side is a figure, not a side's name
    choices = _offered_choices(frame.question)
    table = name_table()
    return bool(choices) and all(
        any(table.mentions(name, piece) for piece in statements) for name in choices
    )


# A person's name before a body or a time it leads names that body or time, not a person
# who did or said anything: "the Lee administration", "the Park government", "the Moon era".
_LED_BODY = lazy(
    r"\b(?:[A-Z][\w'’.-]*\s+){1,3}(?:administration|government|cabinet|camp|era|presidency)\b"
)


def _without_led_bodies(text: str) -> str:
    return _LED_BODY.sub(_blank, text)


# A role a "who" question asks the holder of by the role's verb: "who chairs the board", "who
# presided over the panel", "who heads it". The verb's stem is what the sources write of it.
# So does "which" with a noun for the holders: "which ministers chair the board".
_ROLE_VERB_ASKED = lazy(
    r"(?:\bwho|^\W*(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:(?:is|was|are|were)\s+)?(?:co-?)?(?P<verb>chair|presid|head|lead|led)\w*",
    re.I,
)
_ROLE_STEM = {"chair": r"chair", "presid": r"presid", "head": r"head", "lead": r"(?:lead|led)"}
# The verb's endings only: "chaired", "presides", "heading", not "chairman" or "headquarters".
_VERB_END = r"(?:e|es|ed|ing|s)?\b"
# An office that names its holder where the sources give no personal name: a capitalised title,
# of a body when it says which ("the Minister of Finance", "the Ministers of Defense and of
# Trade", "the Prime Minister").
_OFFICE = (
    r"(?-i:(?:Prime\s+)?(?:Ministers?|Presidents?|Chair(?:m[ae]n|wom[ae]n|persons?)?|Directors?|"
    r"Commissioners?|Secretar(?:y|ies)|Administrators?)\b)"
)


def _office_holds_role(question: str, statements: list[str]) -> bool:
    """Whether the role ``question`` asks the holder of by its verb is told held by an office:
    "co-chaired by the Ministers of Defense and of Trade" answers "who chairs the committee"
    as a name would; the office is tied to the role's own verb ("chaired by", "presided over
    by", "the Minister chairs"), not merely in the same sentence."""
    asked = _ROLE_VERB_ASKED.search(question)
    if asked is None:
        return False
    verb = asked.group("verb").lower()
    stem = _ROLE_STEM["lead" if verb == "led" else verb]
    held = re.compile(
        rf"\b(?:co-?)?{stem}{_VERB_END}(?:\s+over)?\s+by\s+(?:the\s+)?{_OFFICE}"
        rf"|{_OFFICE}(?:\s+(?:of|for)\s+[\w ,&'’.-]{{1,60}}?)?\s+(?:co-?)?{stem}{_VERB_END}",
        re.I,
    )
    return any(held.search(piece) for piece in statements)


# A question for what a thing is called: "tell me the ferry's name", "which name does the scheme
# go by", "what is the levy called?".
_ASKS_NAME = lazy(
    r"\bnames?\s+of\b|\b(?:what|which)\s+name\b|\b(?:called|named|titled|dubbed)\s*\??\s*$", re.I
)
# A name written out: capitalised words or a code ("Sea Lark", "KF-21"), or a phrase in quotes
# ("renamed it 'joint production'").
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|\d[\w-]*[A-Za-z][\w-]*)"
_NAME_RUN = lazy(rf"(?<![\w'’.-]){_NAME_WORD}(?:[ ]{_NAME_WORD})*")
_QUOTED = lazy(r"[\"“‘']([^\"“”‘’']{2,80})[\"”’']")
# What opens a sentence or an aside: the capital after it may be only the sentence's.
_OPENING = lazy(r"(?:^|[.!?(:;\"“‘\[])\s*$")


def _folded_words(text: str) -> set[str]:
    return {w.replace(".", "").lower() for w in re.findall(r"[\w.'’-]+", text)}


def _names_anew(said: str, question: str, entities: Entities) -> bool:
    """Whether ``said`` names something ``question`` does not: a name in capitals or in quotes
    beyond the question's own words. A country (or its people's adjective) and a source's own
    name are no such name: they set the scene or credit the report, they name nothing asked."""
    asked = _folded_words(question)

    def new(name: str) -> bool:
        words = _folded_words(name) - {w.lower() for w in STOPWORDS}
        return bool(words - asked)

    for match in _QUOTED.finditer(said):
        if new(match.group(1)):
            return True
    for match in _NAME_RUN.finditer(said):
        run = match.group(0).split(" ")
        if _OPENING.search(said, 0, match.start()):
            # A sentence's first word is capitalised whatever it is: alone it is a name only
            # when written as one ("KF-21", "DAPA").
            if len(run) == 1 and not (run[0].isupper() or any(c.isdigit() for c in run[0])):
                continue
            if run[0].lower() in STOPWORDS:
                run = run[1:]
        name = " ".join(run)
        if not name or name.lower().strip(".") in entities.credited:
            continue
        if entities.named(name, "country") and "country" in entities.finders:
            continue
        if new(name):
            return True
    return False


def _anywhere(text: str, year: int) -> bool:
    return True


def _names_at_all(text: str, year: int) -> bool:
    return str(year) in text


def _names_alone(text: str, year: int) -> bool:
    """Whether ``text`` names ``year`` on its own: "from 2021 to 2022" says nothing of 2021."""
    return any(first == last == year for _, _, first, last in _times(text))


def _between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """The text between two spans, whichever comes first."""
    return text[a[1] : b[0]] if b[0] >= a[1] else text[b[1] : a[0]]


def _tied_to(piece: str, kind: str, year: int, bound: bool = False) -> bool:
    """Whether some figure of ``kind`` in ``piece`` may be the figure for ``year``: it is tied
    to that year, or to no time of its own; for a ``bound`` ("since 2016"), to a period that
    starts or ends with it."""
    figures = _figure_spans(piece, kind)
    if not figures:
        return True
    times = _times(piece)
    opening = opening_time(piece)
    for start, end in figures:
        gaps = [(len(_between(piece, (start, end), t[:2]).split()), t) for t in times]
        near = [(gap, t) for gap, t in gaps if gap <= _TIED_WORDS]
        if not near:
            # A figure far from any time takes the time its sentence opens with ("From 2016
            # to 2020, the value stood at USD 8 million"), if it opens with one.
            if opening is None or opening == (year, year) or bound and year in opening:
                return True
            continue
        # The figure's time is the nearest one ("spending of USD 8 billion from 2011 to 2015"
        # in "a 2023 report found ..."); equally near times are each its time.
        closest = min(gap for gap, _ in near)
        if any(
            gap == closest and (t[2] == t[3] == year or bound and year in (t[2], t[3]))
            for gap, t in near
        ):
            return True
    return False


def _count_in_year(
    piece: str, question: str, year: int, bound: bool = False, thing: bool = False
) -> bool:
    """Whether ``piece`` gives a number of what the question counts that may be the count for
    ``year``: one tied to that year, or to no time of its own while the year is not another
    figure's time ("7 pages on Japan, ... 40 cases in 2023" gives no page count for 2023); for
    a year that names the ``thing`` counted in ("the 2019 audit report"), any of no time of its
    own where the piece does not write the year."""
    things = _counted_things(question)
    if things is None:
        return True
    ours = _counting(piece, things)
    times = _times(piece)
    asked = [t for t in times if t[2] == t[3] == year or bound and year in (t[2], t[3])]
    others = [f for f in _amounts(piece) + _plain_counts(piece) if f not in ours]

    def gap(figure: tuple[int, int], time: tuple[int, int, int, int]) -> int:
        return len(_between(piece, figure, time[:2]).split())

    for figure in ours:
        near = [(gap(figure, t), t) for t in times if gap(figure, t) <= _TIED_WORDS]
        if near:
            closest = min(g for g, _ in near)
            if any(g == closest and t in asked for g, t in near):
                return True
        elif (
            thing
            and not asked
            or any(
                not _CLAUSE_BREAK.search(_between(piece, figure, t[:2]))
                or all(gap(o, t) > _TIED_WORDS for o in others)
                for t in asked
            )
        ):
            # The year is its clause's time ("the guild signed 9 leases with 4 ports in 2019"),
            # or no other figure's.
            return True
    return False


# What ends a clause: a comma, a semicolon, a colon or a quotation mark.
_CLAUSE_BREAK = lazy(r"[,;:\"“”]")


def figure_for(piece: str, kind: str, first: int, last: int) -> bool:
    """Whether ``piece`` states a figure of ``kind`` whose nearest time is the period from
    ``first`` to ``last`` (a single year when they are equal)."""
    times = _times(piece)
    for span in _figure_spans(piece, kind):
        gaps = [(len(_between(piece, span, t[:2]).split()), t) for t in times]
        if not gaps:
            continue
        closest = min(gap for gap, _ in gaps)
        if any(gap == closest and (t[2], t[3]) == (first, last) for gap, t in gaps):
            return True
    return False


def claims(answer: Answer) -> list[str]:
    """The answer's claims one by one: each ends at its citation markers or a line break."""
    return claims_of(answer.answer)


def claims_of(text: str) -> list[str]:
    """The claims of an answer's text: each ends at its citation markers or a line break."""
    return [p for p in re.split(r"\[\d+\]|\n", text) if p.strip()]


# "How many of the contracts were with Chile": the whole counted from, then what picks the part
# out of it (after the whole's verb), up to a source the question names it by.
_PARTITIVE = lazy(
    r"\bhow (?:many|much) of (?:the|these|those|them|its|their|us[d$]?|\$)\b.*?\b(?:were|was|are|"
    r"is|went|came|had|have|has|did|do|does|involv(?:ed|es|ing)|concern(?:ed|s|ing))\b"
    r"(?P<part>.*?)(?:,?\s*\b(?:according to|per|says?|said)\b.*)?$",
    re.I,
)
# The same with the whole put first: "Of the 40 contracts signed, how many were with Chile?".
_FRONTED_PARTITIVE = lazy(
    r"^\W*of\s+(?:the|these|those|its|their|us[d$]?|\$)\b[^,;?]*,\s*how (?:many|much)\b.*?\b"
    r"(?:were|was|are|is|went|came|had|have|has|did|do|does|involv(?:ed|es|ing)|"
    r"concern(?:ed|s|ing))\b(?P<part>.*?)(?:,?\s*\b(?:according to|per|says?|said)\b.*)?$",
    re.I,
)
# The kinds of name that pick a part out of a whole: a country, a party, a company, a person.
_PART_KINDS = ("countries", "parties", "companies", "people", "organisations")


# A part that is only a question word and its noun: "and by whom", "and for how much". It asks
# of what the clause before it asks of.
BARE_ASK = lazy(
    r"^\s*(?:(?:by|for|from|in|at|to|with|under|since|until)\s+)?"
    rf"(?:{WH_WORDS})(?:\s+[\w'’-]+){{0,2}}\s*[?.!]?\s*$",
    re.I,
)


def _part_of(frame: Frame, before: str) -> tuple[str, ...]:
    """The names that pick out the part of a whole ``frame`` asks a figure of: its own ("how many
    of the 40 contracts were with Chile"), or, for a bare ask ("… and for how much?"), those of
    the clause it is asked of (``before``, the question's words before it): the amount asked
    there is the part's amount, not the whole's."""
    own = _part_named(frame.question)
    if own or not before or not BARE_ASK.match(frame.question):
        return own
    return _part_named(before)


def _clause_before(frame: Frame, question: str) -> str:
    """The words of the whole ``question`` before the part ``frame`` asks ("" when the part is
    not found in it, or is the question itself)."""
    at = question.find(frame.question.strip())
    return question[:at] if at > 0 else ""


def _event_unmet(part: Frame, frames: list[Frame], statements: list[str]) -> bool:
    """Whether the statements tell the act a part asks of only as sought, not done: "did they
    seal the pact" (yes/no) or "when was it sealed" (a date), a bare ask ("and on what day?")
    being asked of the clause before it. Checked as for a whole question (``_told_done``,
    ``_happened``)."""
    asked = part.question
    place = frames.index(part) if part in frames else 0
    if place and BARE_ASK.match(asked):
        asked = f"{asked} {frames[place - 1].question}"
    if part.answer_type == "yesno":
        return not _told_done(asked, statements)
    if part.answer_type == "date":
        return not _happened(asked, statements)
    return False


def _part_unmet(frame: Frame, statements: list[str], part: tuple[str, ...]) -> bool:
    """Whether no statement gives the figure ``frame`` asks of the part its names pick out
    (``part``): a count of it for "how many", an amount of it for "how much"."""
    if not part:
        return False
    if frame.answer_type == "count":
        return not _count_of_part(frame, statements, part)
    if frame.answer_type in ("money", "quantity"):
        return not _figure_of_part(frame, statements, part)
    return False


# A thing a part points back at by its kind and what qualifies it ("… and what was that repair
# contract worth?"): the qualifier says which such thing; a bare noun ("that deal") only of what
# kind. The noun ends the phrase: a verb, a preposition or the question's end comes next. The
# word asking the figure is no noun of it ("what was that batch worth?": "batch" is the
# noun, and no qualifier).
_POINTED = lazy(
    r"\b(?:that|those|this|these)\s+(?P<qualifier>(?:[a-z][\w-]*\s+){1,2}?)"
    r"(?!(?:worth|cost|costs|amount(?:ed)?)\b)[a-z][\w-]*"
    r"(?=\s*(?:[?,.;]|$|\b(?:is|was|were|are|has|had|have|worth|cost|costs|amount(?:ed)?|"
    r"of|for|to|in|on|with|at|by|from)\b))"
)
# The same of a thing whose worth a part asks by "the" ("… and what was the dredging contract
# they dropped worth?", "what did the harbour crane cost?"): the figure is of that thing, which
# its qualifier picks out, not of any thing of its kind the answer gives a figure of.
_VALUED = lazy(
    r"\b(?:what\s+(?:was|were|is|are)|how\s+much\s+(?:was|were|is|are))\s+the\s+"
    r"(?P<qualifier>(?:[a-z][\w-]*\s+){1,2}?)[a-z][\w-]*"
    r"(?=\s+(?:(?:that|which|it|they|he|she|we|you)\s+(?:[\w'’-]+\s+){0,3}?)?worth\b)"
    r"|\b(?:what|how\s+much)\s+(?:did|does|do|will|would)\s+the\s+"
    r"(?P<costed>(?:[a-z][\w-]*\s+){1,2}?)[a-z][\w-]*(?=\s+cost\b)"
)
# Words for a time ("that same year"), which no thing is qualified by.
_TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "day", "time", "period"})


def _pointed_qualifiers(question: str) -> tuple[str, ...]:
    """The words that qualify a thing ``question`` points back at, short of its noun."""
    found: list[str] = []
    for match in _POINTED.finditer(question):
        before = re.findall(r"[\w'’-]+", question[: match.start()])
        if before and before[-1].lower() not in STOPWORDS:
            # After a noun, "that" opens a relative clause ("the levy that funded the port"),
            # which points back at nothing: a pointing "that" follows a verb or a preposition
            # ("what was that repair contract worth", "and for that dredging job?").
            continue
        qualifier = match["qualifier"].split()
        if _TIME_WORDS.intersection(qualifier) or match.group().split()[-1] in _TIME_WORDS:
            continue
        found += [w for w in qualifier if w not in STOPWORDS]
    for match in _VALUED.finditer(question):
        qualifier = (match["qualifier"] or match["costed"]).split()
        found += [w for w in qualifier if w not in STOPWORDS and w not in _TIME_WORDS]
    return tuple(dict.fromkeys(found))


def _pointed_unmet(frame: Frame, statements: list[str]) -> bool:
    """Whether a figure part that points back at a qualified thing ("that repair contract") is
    given by no statement writing its qualifiers: a figure of contracts in general, or of
    another kind of contract, is no figure of that one."""
    qualifiers = _pointed_qualifiers(frame.question)
    if not qualifiers or frame.answer_type not in _FIGURES:
        return False
    return not any(
        has_type(piece, frame.answer_type)
        and all(_writes(f"{before} {piece}", word) for word in qualifiers)
        for before, piece in zip(["", *statements], statements, strict=False)
    )


def _part_named(question: str) -> tuple[str, ...]:
    """The names that pick the counted part out of the whole a "how many of the …" question
    counts from ("… were with Chile", "… went to Acme"): the count must be said of them. A name
    the name table lists is matched in any of its spellings, any other as written."""
    match = _PARTITIVE.search(question) or _FRONTED_PARTITIVE.search(question)
    if match is None:
        return ()
    text = match["part"]
    table = name_table()
    listed = []
    for kind in _PART_KINDS:
        for name, pattern in table.patterns.get(kind, {}).items():
            if pattern.search(text):
                listed.append(name)
                text = pattern.sub(" ", text)
    written = [m.group(0) for m in _CAPITALISED_RUN.finditer(text)]
    return tuple(dict.fromkeys([*listed, *written]))


_CAPITALISED_RUN = lazy(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _count_of_part(frame: Frame, statements: list[str], part: tuple[str, ...]) -> bool:
    """Whether a statement gives a number of what is counted and names the part, itself or in
    the statement it carries on from."""
    table = name_table()
    things = _counted_things(frame.question)

    def names(text: str, name: str) -> bool:
        return table.mentions(name, text) or bool(
            re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)
        )

    return any(
        (things is None or _counting(piece, things))
        and _plain_counts(piece)
        and all(names(f"{before} {piece}", name) for name in part)
        for before, piece in zip(["", *statements], statements, strict=False)
    )


def _figure_of_part(frame: Frame, statements: list[str], part: tuple[str, ...]) -> bool:
    """Whether a statement gives a figure of the asked kind and names the part, itself or in
    the statement it carries on from."""
    table = name_table()

    def names(text: str, name: str) -> bool:
        return table.mentions(name, text) or bool(
            re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)
        )

    return any(
        (has_type(piece, frame.answer_type) or _share_of_whole(frame, piece))
        and all(names(f"{before} {piece}", name) for name in part)
        for before, piece in zip(["", *statements], statements, strict=False)
    )


# A comparison that asks for figures: "how much was A against B".
_ASKS_FIGURES = words(r"how\s+(?:much|many)")


# A kind of deal named by a short code before the deal's noun ("FMS purchases", "DCS
# contracts"): a part of all the deals of the time, whose figure is not the whole's. Two
# letters are mostly a place ("US contracts", "EU deals"): whose deals, not which.
_DEAL_KIND = lazy(
    r"(?<![\w-])(?P<kind>[A-Z]{3,6})\s+(?:purchases?|contracts?|deals?|sales?|buys|"
    r"acquisitions?|imports?|orders?|procurements?)\b"
    # Or the channel the deals went through: "the share bought through FMS".
    r"|\b(?:through|via)\s+(?:the\s+)?(?P<channel>[A-Z]{3,6})(?![\w-])"
)


def _deal_kinds(question: str) -> tuple[str, ...]:
    """The kinds of deal ``question`` limits its figure to: a code before a deal's noun that
    is no listed name nor currency (a country's or a body's code says whose deals, not which;
    "KRW purchases" says in what money)."""
    table = name_table()
    return tuple(
        dict.fromkeys(
            code
            for m in _DEAL_KIND.finditer(question)
            for code in [m["kind"] or m["channel"]]
            if code not in KNOWN_CURRENCIES
            and not any(table.find(kind, code) for kind in table.patterns)
        )
    )


def _writes_kind(piece: str, kind: str) -> bool:
    """Whether ``piece`` writes the code of a kind of deal: "imported weapons worth X over the
    period" is the figure of all deals, no answer for those of one kind."""
    return re.search(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", piece) is not None


def _period_categories(frame: Frame) -> tuple[str, ...]:
    """The kinds of offset (the name table's categories) a question asks the figures of within
    one period ("of what the agency booked over 2012–2016, how much went to training?")."""
    if len(frame.periods) != 1:
        return ()
    if frame.answer_type not in _FIGURES and not (
        frame.answer_type == "comparison" and _ASKS_FIGURES.search(frame.question)
    ):
        return ()
    return tuple(name_table().find("categories", frame.question))


def _period_unmet(frame: Frame, statements: list[str]) -> bool:
    """Whether a figure asked for one period is given by no statement: the figure for a period
    is one tied to it, of what the question measures (of the kind of deal it names, if any)."""
    if len(frame.periods) != 1 or frame.answer_type not in _FIGURES:
        return False
    first, last = frame.periods[0]
    deal_kinds = _deal_kinds(frame.question)
    return not any(
        figure_for(piece, frame.answer_type, first, last)
        and _other_measure(frame, [piece]) is None
        and all(_writes_kind(piece, kind) for kind in deal_kinds)
        for piece in statements
    )


def _division_unmet(frame: Frame, statements: list[str]) -> Unmet | None:
    """Why a division the question asks ("how were the funds divided among docks and rail?") goes
    unanswered (``divisions_asked``): a part named that no statement gives a figure beside, or
    parts given only for another time than the one period the question names."""
    period = frame.periods[0] if len(frame.periods) == 1 else None
    unanswered = division_unmet(
        frame.question,
        statements,
        lambda piece: bool(_amounts(piece) or _scaled(piece)),
        period,
        lambda text: [(first, last) for _, _, first, last in _times(text)],
    )
    if unanswered is None:
        return None
    if period is not None and unanswered == ["{}–{}".format(*period)]:
        return Unmet(
            say("no_figure_for_period", label=_LABEL["quantity"], start=period[0], end=period[1]),
            of_another=True,
        )
    return Unmet(
        say("no_figure_for", label=_LABEL["quantity"], name=" or ".join(unanswered)),
        of_another=True,
    )


def counted(statements: list[str], question: str) -> bool:
    """Whether one statement gives a number with what the question counts next to it: "how
    many tankers" is answered by "four aerial refueling tankers", not by "13 countries signed"
    when it counts signings."""
    things = _counted_things(question)
    return things is None or any(_counting(piece, things) for piece in statements)


# The year before the present, as a question names it: "last year", "the previous year's
# report", "a year earlier". (Not "the year before", which is as often before something named.)
_PAST_YEAR = words(
    r"(?:last|previous|prior|preceding)\s+year(?:['’]s)?|a\s+year\s+(?:earlier|before)"
)


def _counted_last_year(statements: list[str], question: str) -> bool:
    """Whether one statement counts what the question counts in a clause that says it is the
    previous year's ("last year (18 cases)", "18 cases in 2024" when the sources' present is
    2025): a count in another clause of the same sentence is of the present."""
    things = _counted_things(question)
    if not things:
        return True
    past = str(domain().present_year - 1)
    return any(
        _PAST_YEAR.search(clause) or past in clause
        for piece in statements
        for clause in stating(piece, lambda text: bool(_counting(text, things)))
    )


def _counted_in_edition(statements: list[str], question: str, year: int) -> bool:
    """Whether one statement counts what the question counts in a clause of the past edition
    ``year`` (``editions_asked``): one that names the year, or, for last year's edition, says
    it is last year's. A count in another clause of the same sentence is of another edition."""
    things = _counted_things(question)
    if not things:
        return True
    last = year == domain().present_year - 1

    def clauses(piece: str) -> list[str]:
        # A table row ("report 2024, cases listed: 18") has no clauses to split: when it
        # counts the thing, the row is its one clause, its label naming the edition.
        found = list(stating(piece, lambda text: bool(_counting(text, things))))
        return found or ([piece] if _counting(piece, things) else [])

    return any(
        str(year) in clause or (last and _PAST_YEAR.search(clause) is not None)
        for piece in statements
        for clause in clauses(piece)
    )


# The present year, as a question names it: "this year", "this year's report", "the current year".
_THIS_YEAR = words(r"(?:this|the\s+current|the\s+present)\s+year(?:['’]s)?")


def _counted_not_last_year(statements: list[str], question: str) -> bool:
    """Whether one statement counts what the question counts in a clause that is not the
    previous year's: "how many this year" is not answered by "last year (18 cases)" alone, nor
    by "18 cases in 2024" when the sources' present is 2025."""
    things = _counted_things(question)
    if not things:
        return True
    past = str(domain().present_year - 1)
    return any(
        not (_PAST_YEAR.search(clause) or past in clause)
        for piece in statements
        for clause in stating(piece, lambda text: bool(_counting(text, things)))
    )


# A count asked exactly: "exactly how many", "how many, precisely", "the exact number of".
_ASKS_EXACT = words(
    r"(?:exactly|precisely)\s+how\s+many|how\s+many\b[^?.;]{0,80}?\b(?:exactly|precisely)|"
    r"(?:exact|precise)\s+(?:number|count|headcount|tally)"
)
# A count given roughly: a word before it ("about 12", "some 40", "more than a dozen") or after
# it ("a dozen or so", "40-odd", "20 or more").
_ROUGH_BEFORE = lazy(
    r"\b(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|under|"
    r"(?:more|fewer|less)\s+than|at\s+(?:least|most)|up\s+to|upwards\s+of|close\s+to|"
    r"estimated|an\s+estimated)\s+(?:a\s+|an\s+)?$",
    re.I,
)
# A range is as rough: "one or two officials", "3 to 5 staff", "10-12 members".
_ROUGH_BEFORE_RANGE = lazy(rf"\b{_A_NUMBER}\s*(?:or|to|-|–)\s*$", re.I)
_ROUGH_AFTER = lazy(
    rf"^(?:\s+or\s+(?:so|more|fewer|less)\b|-?odd\b|\+|\s*plus\b|\s*(?:or|to|-|–)\s*{_A_NUMBER})",
    re.I,
)


def exactly_counted(statements: list[str], question: str, year: int | None = None) -> bool:
    """Whether one statement gives the number the question counts (``counted``) as it is, not
    roughly: "a dozen or so members" counts members roughly. With the past edition ``year``
    asked, only its clause counts: "40-odd in 2019" is not made exact by "12 this year"."""
    things = _counted_things(question)
    if year is not None and things:
        last = year == domain().present_year - 1
        statements = [
            clause
            for piece in statements
            for clause in stating(piece, lambda text: bool(_counting(text, things))) or [piece]
            if str(year) in clause or (last and _PAST_YEAR.search(clause) is not None)
        ]
    for piece in statements:
        spans = _plain_counts(piece) if things is None else _counting(piece, things)
        if any(
            not _ROUGH_BEFORE.search(piece[:start])
            and not _ROUGH_BEFORE_RANGE.search(piece[:start])
            and not _ROUGH_AFTER.match(piece[end:])
            for start, end in spans
        ):
            return True
    return False


def _counted_things(question: str) -> set[str] | None:
    """The words that name what a "how many" question counts, singular; None when any number
    counts it (no "how many", or "how many of those")."""
    asked = _COUNTED.search(question)
    if asked is None:
        return None
    phrase = asked.group(1).lower()
    end = _PHRASE_END.search(phrase)
    # A preposition after the phrase may follow its verb: "how many staff work in the unit".
    verb_after = end is not None and end.group() in _PREPOSITIONS
    phrase = phrase[: end.start()] if end is not None else phrase
    named = _COUNTED_AS.search(question)
    if named is not None:
        # "Of the 40 ships, how many are tankers?": the tankers are counted, not the ships.
        phrase = named.group(1).lower()
    words = [w for w in re.findall(r"[a-z][\w-]*", phrase) if w not in STOPWORDS]
    if not words:
        # "Of the 40 ships, how many ...": the ships are counted; "how many of those": what is
        # counted was named before.
        whole = _OF_THE.search(question)
        if whole is None:
            return None
        # Any of its first words may be the noun: "the 12 patrol boats the navy leased".
        words = [
            w for w in re.findall(r"[a-z][\w-]*", whole.group(1).lower()) if w not in STOPWORDS
        ]
        return {_singular(w) for w in words} or None
    # The head noun is what is counted, or a model code before it: "how many K-9 guns" is
    # answered by "20 K-9 howitzers", "how many spare parts" not by "spare".
    codes = {w for w in words if CODE.fullmatch(w.upper())}
    plural = next((w for w in words if _plural(w)), None) if named is None else None
    if plural is not None:
        # Some nouns modify another only in the plural ("weapons programs", "arms deals"): a
        # plural right before another plural noun is its modifier, not the head.
        at = words.index(plural)
        while (
            at + 1 < len(words)
            and words[at + 1].isalpha()
            and _plural(words[at + 1])
            and re.search(rf"\b{re.escape(words[at])}\s+{re.escape(words[at + 1])}\b", phrase)
        ):
            at += 1
        plural = words[at]
        # A noun modifies another in the singular, so the first plural is the head and the
        # words after it its verb ("how many firms bid", "how many customs disputes were").
        # A noun that modifies the head may count the same things by itself when a statement
        # writes it as the plural it counts: "how many ferry boats" is answered by "six
        # ferries". Kept plural, it matches only so ("how many spare parts" is no "spare").
        modifiers = {
            plural_of(w)
            for w in words[: words.index(plural)]
            if w.isalpha() and len(w) > 3 and not _plural(w)
        }
        return {_singular(plural)} | codes | modifiers
    things = {_singular(words[-1])} | codes
    if named is None and len(words) > 1 and verb_after:
        # So is a word a preposition follows ("how many staff work in"), if not the head itself.
        things.add(_singular(words[0]))
    return things


# The prepositions that may end a counted phrase.
_PREPOSITIONS = frozenset("in at on for to with from about across under over into by".split())


def _plural(word: str) -> bool:
    """Whether ``word`` reads as a plural noun ("firms", "countries", "people"; not "us", "gas",
    "this")."""
    return word in _IRREGULAR or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


# Plurals without an "s": "how many people work there" counts people, not the words after.
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def _counting(piece: str, things: set[str]) -> list[tuple[int, int]]:
    """Where ``piece`` gives a number with one of ``things`` next to it. A plural among
    ``things`` is matched only as written in the number's own noun phrase, the others singular
    and in their other words."""
    found = []
    for start, end in _plain_counts(piece):
        # The number's noun phrase: "four A330 aerial refueling tankers", "tankers: four".
        after = piece[end:].split()[:_COUNTED_AFTER]
        before = piece[:start].split()[-_COUNTED_BEFORE:]
        said = {_singular(w) for w in re.findall(r"[a-z][\w-]*", " ".join(before + after).lower())}
        # The number's own noun phrase, up to a break: "14 safety berths; audits were filed"
        # counts berths.
        own = set(re.findall(r"[a-z][\w-]*", re.split(r"[;,.:()]", " ".join(after))[0].lower()))
        if _counts_other(after, things):
            continue
        if any(a in own if _plural(a) else any(_same_word(a, b) for b in said) for a in things):
            found.append((start, end))
            continue
        # The number's own noun may name the asked things in another word ("85 items" for
        # "how many wares"): the two nouns are matched by meaning (``counted_alike``).
        head = _own_noun(after)
        if head is not None and any(
            counts_alike(_singular(a), head, _COUNTED_ALIKE) for a in things if a.isalpha()
        ):
            found.append((start, end))
    return found


# How many words after a number its own noun may stand ("four twin-engine coastal patrol boats").
_OWN_NOUN_WORDS = 5


def _own_noun(after: list[str]) -> str | None:
    """The noun a number counts, singular: the first plural among the words after it, before
    its noun phrase ends at a break or a preposition ("85 items from 30 firms" counts items)."""
    for word in after[:_OWN_NOUN_WORDS]:
        bare = re.sub(r"[^a-z-]", "", word.lower())
        if bare in _PREPOSITIONS or bare in STOPWORDS:
            return None
        if bare.isalpha() and _plural(bare):
            return _singular(bare)
        if re.search(r"[;,.:()]", word):
            return None
    return None


def _counts_other(after: list[str], things: set[str]) -> bool:
    """Whether the noun right after a number counts other things than ``things``: "deals with
    13 countries" gives no number of deals, whatever the words before the number name. Only
    when both are nouns known to count (``_COUNTED_ALIKE``), each a kind of its own, is that
    certain: "the governments of 130 countries" counts governments too, one to a country."""
    if not after:
        return False
    noun = re.sub(r"[^a-z-]", "", after[0].lower())
    if not _plural(noun):
        return False
    head = _singular(noun)
    own = [group for group in _COUNTED_ALIKE if head in group]
    asked = [group for group in _COUNTED_ALIKE if things & group]
    return bool(own and asked) and not any(_same_word(thing, head) for thing in things)


# How many words after a number (and before it) may name what it counts.
_COUNTED_AFTER, _COUNTED_BEFORE = 7, 4


def _same_word(a: str, b: str) -> bool:
    """Equal, one spelling of the other ("programme" and "program", "defence" and "defense":
    the same first five letters and lengths within three), or two nouns that count the same
    things ("agreements" and "contracts")."""
    return (
        a == b
        or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 3)
        or any(a in group and b in group for group in _COUNTED_ALIKE)
    )


# Nouns that count the same things, singular: "how many agreements" is answered by "27
# contracts", "how many jets" by "40 aircraft", "how many people" by "two officials".
_COUNTED_ALIKE = (
    frozenset({"contract", "agreement", "deal", "pact"}),
    # A tanker is counted as a plane or as a ship, whichever the question counts.
    frozenset({"jet", "aircraft", "fighter", "plane", "airplane", "warplane", "tanker"}),
    frozenset({"ship", "vessel", "boat", "tanker"}),
    frozenset({"company", "firm", "business", "enterprise", "contractor"}),
    frozenset({"country", "nation", "state"}),
    frozenset({"case", "instance", "item", "issue"}),
    frozenset({"person", "official", "staff", "member", "employee", "officer", "worker"}),
)


# Where the counted noun phrase ends: "how many ships around the world" counts ships.
# A word inside a hyphenated compound ("air-to-air", "built-in") is no word of its own: the
# compound is one word of the phrase, so no break is read inside it.
_PHRASE_END = lazy(
    r"(?<![\w-])(?:around|across|of|in|on|at|by|for|from|to|with|within|did|do|does|were|was|"
    r"are|is|have|has|had|will|would|can|could)(?![\w-])"
)
# "Of the 27 contracts signed, how many ...", "of the twelve bids": the whole a part is counted of.
_OF_THE = lazy(
    rf"\bof\s+(?:the|these|those|its|their)\s+(?:\d[\d,]*|{'|'.join(COUNT_WORDS)})\s+"
    r"((?:[\w-]+\s*){1,3})",
    re.I,
)
# The thing a "how many" question counts: the words after it, up to where its noun phrase ends
# (``_PHRASE_END``); six at most, the longest noun phrases questions write ("harbour safety
# audit reports" is four).
_COUNTED = lazy(r"\b(?:how many|number of)\s+((?:[\w-]+\s+){0,5}[\w-]+)", re.I)
# "How many are tankers", "how many were FMS cases": a plural noun after the verb is what is
# counted ("how many were sold abroad" names none).
_COUNTED_AS = lazy(
    r"\bhow many (?:of them |of these |of those )?(?:are|were|is|was)\s+"
    r"((?:(?![\w-]+(?:ed|en)\b)[\w-]+\s+){0,2}[\w-]+s)\b(?!\s+(?:by|to|in|at|for|from)\b)",
    re.I,
)


def _singular(word: str) -> str:
    # "Countries" counts what "country" and "nation" count, so the "-ies" plural is undone too.
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _noun_pattern(singular: str) -> str:
    """A pattern for a noun, singular or plural ("technology", "technologies")."""
    if singular.endswith("y") and len(singular) > 3:
        return re.escape(singular[:-1]) + "(?:y|ies)"
    return re.escape(singular) + "s?"


def _year_stated(
    frame: Frame,
    statements: list[str],
    year: int,
    bound: bool,
    thing: bool = False,
    leaning: frozenset[str] = frozenset(),
) -> bool:
    """Whether one statement gives the asked figure for ``year`` (its bound, when ``bound``;
    of the thing it names, when ``thing``: the statement need not write the year). ``leaning``:
    the statements that are of what the one before them names (``_leaning``)."""
    named = _anywhere if thing else _names_at_all if bound else _names_alone
    # The year and the asked figure stand in one statement, not in two unrelated ones, and
    # no figure there is tied to another time ("USD 8 billion from 2011 to 2015" does not
    # answer for 2023 because a report of 2023 says it).
    # A program the question names is named in that statement too: "K-9 parts exports (USD
    # 40 million)" beside another figure "in 2019" gives nothing for the K-9 in 2019.
    return any(
        named(piece, year)
        and has_type(piece, frame.answer_type)
        and _tied_to(piece, frame.answer_type, year, bound)
        and (
            frame.answer_type != "count"
            or _count_in_year(piece, frame.question, year, bound, thing)
        )
        and _of_codes(frame, piece, before, piece in leaning)
        for before, piece in zip(["", *statements], statements, strict=False)
    ) or any(
        # A figure with no time of its own takes the time of the statement just before it
        # ("In 2019 rebates reached USD 4 million. This was 12% of sales.").
        named(before, year)
        and carries_on(piece)
        and has_type(piece, frame.answer_type)
        and not _times(piece)
        and _of_codes(frame, before + " " + piece, "")
        for before, piece in zip(statements, statements[1:], strict=False)
    )


# "How much of their budget", "how much of the spending": the part of a whole asked for,
# which a share of it states as well as an amount does.
_PART_OF_WHOLE = words(
    r"how\s+much\s+of\s+(?:the|their|its|his|her|our|your|that|this|these|those)"
)


def _share_of_whole(frame: Frame, said: str) -> bool:
    """Whether ``said`` answers the amount ``frame`` asks of a whole with a share of that
    whole ("100 percent of the money spent"): an amount asked as a part of something is told
    as readily by the part's percentage."""
    return (
        frame.answer_type == "money"
        and bool(_PART_OF_WHOLE.search(frame.question))
        and bool(_percents(said))
    )


# How far a thing has got, asked in words of going rather than of keeping: "how has the
# training part gone", "how is the export side coming along", "what progress on the radar".
# A rate of keeping asked by its name: "the training part's implementation rate", "the
# delivery rate of the radar work". The rate of another part of the same promise is no answer.
_KEEPING_RATE = lazy(
    r"\b(?:implementation|fulfil+ment|completion|delivery|execution)\s+rates?\b"
    r"|\brates?\s+of\s+(?:implementation|fulfil+ment|completion|delivery|execution)\b",
    re.I,
)
_PROGRESS_ASKED = lazy(
    r"\bhow\s+(?:(?:has|have|is|are|did|does)\s+)?(?:[\w'’-]+\s+){0,8}?"
    r"(?:(?:has|have|had|is|are)\s+)?(?:gone|going|go|went|progress(?:ed|ing)?|"
    r"c[oa]me?\s+along|coming\s+along|turned\s+out)\b"
    r"|\b(?:progress|headway)\s+(?:on|of|with|in)\b|\bhow\s+far\s+along\b",
    re.I,
)


def _rate_of_another_part(question: str, statements: list[str]) -> list[str]:
    """The parts of a promise (offset categories the name table knows) ``question`` asks how
    far have been kept, when every rate the statements give is of another part; else none.

    Asked how a part has gone ("how has the training part gone?"), the part's own progress is
    what answers: a rate or a word of keeping or failing said of it. Statements that only list
    the part among the promises, or rate another part, give nothing of its progress."""
    table = name_table()
    asked = table.find("categories", question)
    if not asked:
        return []
    if FULFILMENT.asked_by.search(question) is None and _KEEPING_RATE.search(question) is None:
        if _PROGRESS_ASKED.search(question) is None:
            return []
        kept = [p for p in statements if _percents(p) or FULFILMENT.marked_by.search(p)]
        return [] if any(table.mentions(k, p) for k in asked for p in kept) else asked
    rated = [piece for piece in statements if _percents(piece)]
    if not rated:
        return []
    return [] if any(table.mentions(k, p) for k in asked for p in rated) else asked


# A table cell the source leaves empty: "Israel: n/a".
_BLANK_CELL = lazy(r"\s*:\s*(?:n/a|N/A|-|–|—)\s*$")
_BLANK_AFTER = lazy(r"\s*:\s*(?:n/a|N/A|-|–|—)(?=[;.\s]|$)")
# A table row as an answer states it: "Table 3. Offset Banking — Window of execution: Israel: n/a;
# Taiwan: n/a", its table's title, its row's label and its cells, one after another.
_ROW = lazy(r"^\s*(?P<title>[^—]*?)\s*—\s*(?P<label>[^:—]{3,60}):(?P<cells>[^—]*)$")
_LABEL_WORD = lazy(r"[a-z]{4,}")


def _only_blank_cells(said: str, question: str, entities: Entities) -> list[str]:
    """The countries ``question`` names that ``said`` gives no value: it mentions them only as
    empty table cells, or leaves them empty in a row the question asks for and gives them a value
    in none (``_rows_asked``)."""
    table = name_table().patterns.get("countries", {})
    listed = {name.lower(): pattern for name, pattern in table.items()}
    pieces = claims_of(said)
    rows = [_ROW.match(piece) for piece in pieces]
    asked = _rows_asked(rows, question)
    blank = []
    given = False
    for name in sorted(entities.names(question, "countries")):
        pattern = listed.get(name) or lazy(rf"\b{re.escape(name)}\b", re.I)
        empty, valued, shown = [], [], ""
        for piece, row in zip(pieces, rows, strict=True):
            for found in pattern.finditer(piece):
                shown = shown or found.group(0)
                cell = _cell_at(piece, row, found.start())
                if cell is None and _BLANK_AFTER.match(piece, found.end()):
                    empty.append(False)
                elif cell is None:
                    # Said outside a table's cells: it may give the value asked only in the
                    # words of the row asked ("Turkey executes within ten years").
                    valued.append(_talks_of(piece, asked))
                else:
                    (empty if _BLANK_CELL.search(cell) else valued).append(id(row) in asked)
        if empty and (not valued or any(empty) and not any(valued)):
            blank.append(shown)
        elif any(valued) and not empty:
            given = True
    if given:
        # Another country asked is given its value in the row asked: the row answers that side,
        # and shows the empty cells of the others as what the sources give of them ("n/a").
        return []
    # A country once: "Saudi" is said within "Saudi Arabia".
    return [name for name in blank if not any(name != other and name in other for other in blank)]


# The thing a question asks the figure of, by its noun phrase: "what is the berth levy floor
# for …", "which trigger applies in …".
_ASKED_MEASURE = lazy(
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?P<phrase>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:for|of|in|at|under|on|to|that|which|does|did|do|applies|apply|applied)\b",
    re.I,
)


def _measure_kind(frame: Frame) -> str | None:
    """The kind "money" when ``frame`` asks, by the noun of its wh-phrase, for the contract value
    from which a rule applies (a threshold, a trigger) and not for a share: an amount, which a
    percentage does not give. Else None."""
    asked = _ASKED_MEASURE.search(as_asked(frame.question))
    if asked is None:
        return None
    phrase = asked["phrase"]
    if THRESHOLD_WORDS.search(phrase) and not SHARE_WORDS.search(phrase):
        return "money"
    return None


def _holds_kind(text: str, kind: str) -> bool:
    """Whether ``text`` states a figure of ``kind``: a percentage for "percent", an amount (of
    money, or a scaled number) for the others; a length of time is none."""
    if kind == "percent":
        return bool(_percents(text))
    return bool(find_money(text) or _scaled(text))


def _rows_of_another_measure(frame: Frame, said: str, entities: Entities) -> list[str]:
    """The labels of the table rows an answer gives a country ``frame`` asks about, when they
    give it a figure of another kind than the one asked and nothing else in the answer gives it
    one ("Offset value per contract: Netherlands: Min. 100%" for the Netherlands' threshold
    amount: a share, not an amount). A row the question asks by its label's words answers,
    whatever it holds. Else empty."""
    kind = _measure_kind(frame)
    if kind is None:
        return []
    table = name_table().patterns.get("countries", {})
    listed = {name.lower(): pattern for name, pattern in table.items()}
    pieces = claims_of(said)
    rows = [_ROW.match(piece) for piece in pieces]
    asked = _rows_asked(rows, frame.question)
    labels: list[str] = []
    for name in sorted(entities.names(frame.question, "countries")):
        pattern = listed.get(name) or lazy(rf"\b{re.escape(name)}\b", re.I)
        other: list[str] = []
        for piece, row in zip(pieces, rows, strict=True):
            for found in pattern.finditer(piece):
                cell = _cell_at(piece, row, found.start())
                if cell is None and _holds_kind(piece, kind):
                    return []
                if cell is None or row is None:
                    continue
                if id(row) in asked or _holds_kind(cell, kind):
                    return []
                other.append(row["label"].strip())
        labels.extend(other)
    return list(dict.fromkeys(labels))


def _cell_at(piece: str, row: re.Match[str] | None, at: int) -> str | None:
    """The cell of ``row`` (a table row ``piece`` states) that the mention at ``at`` opens, up to
    the next cell; None when the mention is in no cell."""
    if row is None or at < row.start("cells"):
        return None
    stop = piece.find(";", at)
    return piece[at : stop if stop >= 0 else len(piece)]


def _label_words(row: re.Match[str]) -> set[str]:
    """The words (stems of five letters) by which a row's label tells it from the table's other
    rows: not the words it shares with the table's title ("Offset value" of "Offsets for FMS
    Contracts" is told by "value")."""
    title = {w[:5] for w in _LABEL_WORD.findall(row["title"].lower())}
    return {w[:5] for w in _LABEL_WORD.findall(row["label"].lower()) if w not in STOPWORDS} - title


def _rows_asked(rows: list[re.Match[str] | None], question: str) -> dict[int, set[str]]:
    """The rows ``question`` asks for, by ``id``, with their label's words: a row whose label
    tells it by a word the question uses ("legal instrument" of "Legal basis", "execute" of
    "Window of execution")."""
    words = {w[:5] for w in _LABEL_WORD.findall(question.lower())}
    asked = {}
    for row in rows:
        if row is not None and _label_words(row) & words:
            asked[id(row)] = _label_words(row) & words
    return asked


def _talks_of(piece: str, asked: dict[int, set[str]]) -> bool:
    """Whether ``piece`` uses a word of a row asked."""
    used = {w[:5] for w in _LABEL_WORD.findall(piece.lower())}
    return any(words & used for words in asked.values())


def _as_said(frame: Frame, answer: Answer) -> tuple[str, list[str]]:
    """What ``answer`` says and its statements, as a figure ``frame`` asks for is looked for in
    them: without the figures the question gives, and without lengths of time unless one is
    asked."""
    said = _MARKER.sub(" ", answer.answer)
    statements = claims(answer)
    if frame.answer_type in _FIGURES and not frame.restated:
        # A figure the question gives is not its answer: "of the 40 ships, how many were
        # built abroad?" is not answered by "40 ships".
        said = unasked(said, frame.question)
        statements = [unasked(piece, frame.question) for piece in statements]
    if frame.answer_type == "quantity" and not _ASKS_DURATION.search(frame.question):
        # A length of time answers how long, not what threshold or what value: "up to 10 years"
        # is no figure for "what lease ceiling does it apply".
        said = _DURATION.sub(_blank, said)
        statements = [_DURATION.sub(_blank, piece) for piece in statements]
    return said, statements


_MARKED = lazy(r"((?:\s*\[\d+\])+)")


def dated(answer: Answer, entities: Entities | None) -> Answer:
    """``answer`` as read against the years a question asks of: each time a quote writes
    relative to its source's date ("slightly more than last year", "this year's report") written
    out by that date ("2024", "the 2025 report"), in the quotes and in the answer's statements
    (each read by the source of its first marker). Only for checking: the answer shown keeps
    the sources' own words. Read so only for a figure asked (or figures compared): the time is
    the figure's beside it ("last year (18 cases)"); a statement of no such figure ("obliged to
    deliver until last year") is not made an answer of that year by it."""
    if entities is None or entities.source_date is None:
        return answer
    date_of = entities.source_date
    by_marker = {c.marker: date_of(c.source_id) for c in answer.citations}
    pieces = _MARKED.split(answer.answer)
    text = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0 and i + 1 < len(pieces):
            first = int(re.search(r"\d+", pieces[i + 1]).group())  # type: ignore[union-attr]
            piece = absolute(piece, by_marker.get(first, ""))
        text.append(piece)
    quotes = [
        c.model_copy(update={"quote": absolute(c.quote, date_of(c.source_id))})
        for c in answer.citations
    ]
    return answer.model_copy(update={"answer": "".join(text), "citations": quotes})


def _year_unmet(
    frame: Frame,
    answer: Answer,
    said: str,
    statements: list[str],
    entities: Entities | None,
    written: str | None = None,
) -> Unmet | None:
    """What ``answer`` leaves unmet of the years ``frame`` asks of (``said`` and ``statements``
    as ``_as_said`` gives them; ``answer`` ``dated``, and ``written`` the evidence as the
    sources write it, when it was)."""
    stated_years = {int(y) for y in _YEAR.findall(said)}
    leaning = _leaning(answer, statements, entities) if frame.codes else frozenset()
    for year in timed_years(frame.question):
        # A year asked on its own ("in 2021") is not stated by a period it ends ("2021 to
        # 2022"); a bound ("since 2016", "through 2022") is.
        bound = _is_bound(frame.question, year)
        # A year that names what the figure is of ("chapters of the 2019 audit report") need not
        # beside the figure: the sentence often says "this report". It must not be tied to
        # another time there, and the evidence names the year somewhere (below).
        naming = _names_a_thing(frame.question, year)
        if any(
            _year_stated(frame, statements, form, bound, naming, leaning)
            for form in (_bound_forms(frame.question, year) if bound else (year,))
        ):
            continue
        around = [(int(a), int(b)) for a, b in _SPAN.findall(said) if int(a) <= year <= int(b)]
        if around:
            a, b = around[0]
            return Unmet(say("only_period", start=a, end=b, year=year))
        if year in stated_years:
            return Unmet(
                say("no_figure_for_year", label=_LABEL.get(frame.answer_type, "answer"), year=year)
            )
        return Unmet(say("nothing_for_year", year=year))
    # A year that names a thing ("the 2024 report", "the 2023 bill") must be in the evidence:
    # an answer about another year's report answers another question.
    shown = evidence(answer)
    for year in frame.single_years:
        joined = _only_joined(said, frame.question, year)
        if joined is not None:
            return Unmet(say("only_period", start=joined[0], end=joined[1], year=year))
        forms = _bound_forms(frame.question, year)
        if any(str(form) in shown for form in forms) and (
            written is None
            or any(str(form) in written for form in forms)
            or _year_stated(frame, statements, year, False, False, leaning)
        ):
            # A year the evidence writes only as a source's "last year" is its figure's time
            # there ("slightly more than last year (18 cases)"): what is asked of that year's
            # thing must be the figure so tied, not another the quote gives of its own year.
            continue
        if entities is not None and (
            _the_sources_subject(frame.question, year, answer, entities, frame.answer_type)
            or _the_source_itself(frame.question, year, answer, entities)
        ):
            continue
        return Unmet(say("nothing_for_year", year=year))
    return None


def unmet(
    frame: Frame,
    answer: Answer,
    entities: Entities | None = None,
    given: str = "",
    asked_with: str = "",
) -> Unmet | None:
    """What the frame asks for that the answer does not state, if anything.

    Checked on what the answer says: a figure that stands only in a cited quote and not in the
    answer (a data row's quote that also holds other facts) is not an answer to the question.
    ``given`` is more of the question than the frame's own words (the whole question a part
    belongs to): the names it gives are no answer either. ``asked_with`` is the whole question
    a part was asked on its own from: what it ties a cause's event to holds for the part too."""
    frame = _typed_by_noun(frame)
    problem = _year_unmet_on_dates(frame, answer, entities) or _figure_time_unmet(
        frame, answer, entities
    )
    said, statements = _as_said(frame, answer)
    if problem is not None:
        return problem
    if frame.currency and not any(m.currency == frame.currency for m in find_money(said)):
        return Unmet(say("no_amount_in", currency=frame.currency))
    opposite = (
        None if frame.restated or frame.claim else contradicted(frame.question, claims(answer))
    )
    if opposite is None and entities is not None and entities.mispaired is not None:
        pairing = None if frame.restated or frame.claim else entities.mispaired(frame.question)
        if pairing is not None:
            # "What did Acme promise for the tankers?" is not answered by the tankers' pledge
            # when the table gives the tankers to Zenith.
            reason = (
                say("program_of_another", thing=pairing.thing, holder=pairing.holder)
                if pairing.company
                else say("part_of_another", thing=pairing.thing, holder=pairing.holder)
            )
            return Unmet(reason, of_another=True)
    if opposite is not None:
        # "Who headed the councillors who resisted the ordinance?" is not answered by the one who
        # drafted it, nor "why was the levy raised to 8%?" by its cut from 8%: the statement contradicts
        # what the question takes as given.
        return Unmet(say("premise_contradicted", asked=opposite.asked, stated=opposite.stated))
    unrated = _rate_of_another_part(frame.question, statements)
    if unrated:
        # "How far have they got on the training part of the deal?" is not answered by the rate
        # of another part of it.
        return Unmet(say("no_figure_for", label="rate", name=", ".join(unrated)), of_another=True)
    if frame.answer_type in ("money", "percent", "quantity"):
        unstated = components_unstated(
            frame.question, statements, lambda piece: has_type(piece, frame.answer_type), given
        )
    elif _KEEPING_RATE.search(frame.question):
        # "What were the rates of implementation of …" asks a percentage of each part.
        unstated = components_unstated(
            frame.question, statements, lambda piece: bool(_percents(piece)), given
        )
    else:
        unstated = []
    if unstated:
        # "What did Acme pledge in training?" is not answered by another company's training
        # pledge, nor by Acme's pledges of other kinds.
        return Unmet(
            say(
                "no_figure_for",
                label=_LABEL.get(frame.answer_type, "rate"),
                name=", ".join(unstated),
            ),
            of_another=True,
        )
    blank = _only_blank_cells(answer.answer, frame.question, entities) if entities else []
    if blank:
        # A table row whose cell for the country asked is empty ("Israel: n/a") gives the
        # other countries' values, none for that one.
        return Unmet(say("nothing_about", names=", ".join(blank)), of_another=True)
    unnamed = (
        asked_unnamed(
            frame.question,
            claims(answer),
            # Not the parties to the dispute: "the American trade report" names its author.
            lambda text: entities.names(text, "countries") - entities.names(text, "parties"),
            domain().home_country.lower(),
        )
        if entities
        else []
    )
    if unnamed:
        # "Set beside Freedonia's, what share does Ruritania ask?" is not answered by a row of every
        # country's share but Ruritania's: the standard it is set against is no answer.
        return Unmet(say("nothing_about", names=", ".join(unnamed)), of_another=True)
    other_rows = _rows_of_another_measure(frame, answer.answer, entities) if entities else []
    if other_rows:
        # A table row that gives the country asked a share does not give its threshold amount.
        kind = _measure_kind(frame) or frame.answer_type
        return Unmet(
            say("other_measure", label=_LABEL[kind], given=", ".join(other_rows).lower()),
            of_another=True,
        )
    measured = _measure_kind(frame) if frame.answer_type == "comparison" else None
    if measured is not None and not _holds_kind(said, measured):
        # "What is the threshold for the Netherlands in the chart comparing the countries?"
        # asks the threshold, whatever the question says of the chart it is in.
        return Unmet(say("no_such_figure", label=_LABEL[measured]))
    if (
        frame.answer_type != "person"
        and len(frame.parts) <= 1
        and asks_person(frame.question)
        and not has_type(
            _without_led_bodies(_without_names(said, f"{frame.question} {given}")),
            "person",
            entities,
        )
    ):
        # A person asked by a noun for one, though the question asks what they argued ("who is
        # the official who argued ...") or how they compare, is answered by a name: "an official
        # from the ministry said" and "some experts said" name no one, and a body is no person.
        return Unmet(say("no_such_figure", label=_LABEL["person"]))
    # A name the question gives is not its answer, as its figures are not: "which suppliers
    # did the navy buy from" is not answered by "the navy".
    beyond = (
        _without_names(said, f"{frame.question} {given}")
        if frame.answer_type in _NAMED_KINDS
        else said
    )
    if frame.answer_type == "person":
        beyond = _without_led_bodies(beyond)
    if (
        not has_type(beyond, frame.answer_type, entities)
        and not (
            # An office answers who holds a role, not what the holder's name is: "the names
            # of the judges who chair the panel" are not "the Ministers of X and of Y".
            frame.answer_type == "person"
            and not _ASKS_NAME.search(frame.question)
            and _office_holds_role(frame.question, statements)
        )
        and not _share_of_whole(frame, beyond)
        and not _all_of_kind(frame, beyond)
        and not _every_choice_told(frame, statements)
        and not runs_since(frame, said)
    ):
        return Unmet(say("no_such_figure", label=_LABEL[frame.answer_type]))
    if (
        frame.answer_type == "quantity"
        and asks_length_so_far(frame.question)
        and not tells_length(answer.answer, frame.question)
        and not _SINCE_DATE.search(said)
    ):
        # "How long has the guild met?" is answered by a span or the time it runs from, not by
        # the guild's dues of $40 (``lengths_so_far``).
        return Unmet(say("no_such_figure", label="length of time"))
    if ASKS_GATHERING.search(frame.question) and not any(
        _NAMED_GATHERING.search(piece) for piece in statements
    ):
        # "At which meeting was it agreed?" is answered by the gathering's name ("the Defense
        # Offset Roundtable"), not by any place or date the sentence holds.
        return Unmet(say("no_such_figure", label="event"))
    if (
        frame.answer_type not in _NAMED_KINDS
        and _ASKS_NAME.search(frame.question)
        and not _names_anew(said, f"{frame.question} {given}", entities or Entities())
    ):
        # "What was the ferry called?" is not answered by "the ferry docked in May".
        return Unmet(say("no_such_figure", label="name"))
    if (
        frame.codes
        and frame.answer_type in _FIGURES
        and not _stated_with(frame, statements, _leaning(answer, statements, entities))
    ):
        # "USD 23 billion for offsets overall" beside "the T-50 program" says nothing of what
        # the T-50 program brought.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=", ".join(frame.codes)),
            of_another=True,
        )
    if frame.programs and frame.answer_type in _FIGURES and not _of_programs(frame, statements):
        # "USD 1.06 billion for the defense community" beside "submarines were developed with
        # offsets" says nothing of what the submarine programs brought.
        names = ", ".join(f"the {noun} program" for noun in frame.programs)
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=names), of_another=True
        )
    if (
        frame.stages
        and frame.answer_type in _FIGURES
        and not _at_stage(frame, statements, entities)
    ):
        # "40 jets in all" says nothing of how many the second phase adds.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=f"the {_stage_name(frame)}"),
            of_another=True,
        )
    kinds = (
        name_table().find("categories", frame.question)
        if frame.answer_type in ("date", "money", "quantity")
        else []
    )
    if kinds and not any(
        (has_type(piece, frame.answer_type) or runs_since(frame, piece))
        and any(_writes_category(k, piece, frame.question) for k in kinds)
        for piece in statements
    ):
        # "When do the harbour satellites launch?" is not answered by the date of the deal
        # that pledged them, nor "how much training did the yard pledge?" by the pledge's other
        # parts: a date or an amount of a kind of offset is stated with it.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=" or ".join(kinds)),
            of_another=True,
        )
    if (
        frame.answer_type == "quantity"
        and _VALUE_ASKED.search(frame.question)
        and not any(_amounts(piece) for piece in statements)
    ):
        # "What total value do the 30 eligible projects carry?" is not answered by how many
        # of them there are: a value is an amount or a share, never a count.
        return Unmet(say("no_such_figure", label=_LABEL["money"]))
    if frame.answer_type == "date" and not _happened(frame.question, statements):
        return Unmet(say("not_happened"))
    if frame.answer_type == "date" and only_its_creations_dated(frame.question, statements):
        # "When was the trust set up?" is not answered by "a licence created by the trust in
        # 2016": that dates what the trust created (``agent_dates``).
        return Unmet(say("no_such_figure", label=_LABEL["date"]))
    if frame.answer_type == "date" and not _prospect_dated(frame.question, statements):
        # "When are the curbs expected to be lifted?" is not answered by the year of the deal
        # that brought the curbs in: the date must be of the lifting, or of when it is due.
        return Unmet(say("no_such_figure", label=_LABEL["date"]))
    if (
        frame.answer_type == "date"
        and _ASKS_MONTH.search(frame.question)
        and not any(_MONTH.search(piece) or _ISO_MONTH.search(piece) for piece in statements)
    ):
        # "What month in 2019 was the bridge finished?" is not answered by "finished in 2019".
        return Unmet(say("no_such_figure", label="month"))
    if (
        frame.answer_type == "date"
        and _ASKS_DAY.search(frame.question)
        and not any(_DAY.search(piece) for piece in statements)
    ):
        # Nor "the ferry left port which day?" by "it sailed in March 2019".
        return Unmet(say("no_such_figure", label="day"))
    if (
        frame.answer_type == "date"
        and _ASKS_TIME.search(frame.question)
        and not any(_CLOCK.search(piece) for piece in statements)
    ):
        # Nor "at what time did it sail?" by "it sailed on Tuesday".
        return Unmet(say("no_such_figure", label="time"))
    within = (
        period_only(frame.question, frame.periods, statements)
        if frame.answer_type == "date"
        else None
    )
    if within is not None and not frame.single_years:
        # "In which year between 2003 and 2007 did traffic peak?" is not answered by "from 2003
        # to 2007 it handled 40 million tonnes": the period's ends are not a year within it.
        return Unmet(say("period_whole", start=within[0], end=within[1]))
    if frame.answer_type in _EVENT_KINDS and not _done(frame, statements, entities):
        return Unmet(say("not_happened"))
    if (
        frame.answer_type == "yesno"
        and not frame.claim
        and not _told_done(frame.question, statements)
    ):
        # "Did the allies sign the pact?" is not answered by "in talks since 2019 to sign a
        # pact": the sources tell of the signing only as sought, not whether it took place.
        return Unmet(say("not_happened"))
    unwritten = _act_object_unwritten(frame, answer, statements, entities)
    if unwritten is not None:
        # "Did the yard pay a levy for the delay?" is not answered by "the delay was not made
        # good": sources that never write a levy cannot tell whether one was paid.
        return Unmet(say("never_mention", names=unwritten))
    if frame.answer_type == "other" and not _told_how(frame.question, statements):
        return Unmet(say("not_happened"))
    # "What the board found when it inspected the depot" asks a finding: its "when" only sets
    # the event, and a date of the event is no finding, whatever the question's frame ("any
    # word on what the inspectors concluded when ...").
    finding = frame.answer_type == "other" or _found_when(frame.question)
    if finding and not _tells_finding(frame.question, statements):
        return Unmet(say("only_took_place"))
    if asks_cause(frame, asked_with) and not _gives_cause(
        frame.question, statements, asked_with or given
    ):
        return Unmet(say("no_cause"))
    other = _other_measure(frame, statements)
    if other is not None:
        return Unmet(say("other_measure", label=_LABEL[frame.answer_type], given=other))
    if rate_unstated(frame.question, statements):
        # "Which exchange rate did the bureau apply?" is not answered by the won totals it
        # converted, nor by a percentage: a rate between two currencies is stated as one.
        return Unmet(say("no_such_figure", label="exchange rate"))
    thing = _thing_asked(frame)
    if thing is not None and not any(
        has_type(piece, frame.answer_type) and _calls(piece, thing, frame.question, entities)
        for piece in statements
    ):
        # "What fine does the port levy" is not answered by an amount no statement calls a fine.
        return Unmet(say("no_figure_for", label=_LABEL[frame.answer_type], name=f"the {thing}"))
    changed_to = prior_unstated(frame.question, statements)
    if changed_to is not None:
        # "What did the toll stand at until they hiked it to €9?" is not answered by "hiked the
        # toll to €9": the figure it moved from is asked.
        return Unmet(say("only_new_value", value=changed_to), of_another=True)
    if _period_unmet(frame, statements):
        first, last = frame.periods[0]
        return Unmet(
            say("no_figure_for_period", label=_LABEL[frame.answer_type], start=first, end=last)
        )
    broken_down = _period_categories(frame)
    if broken_down and not any(
        figure_for(piece, "quantity", *frame.periods[0])
        and any(name_table().mentions(c, piece) for c in broken_down)
        for piece in statements
    ):
        # "Of what the agency booked over 2012–2016, how much went to training?" is not answered
        # by the period's total: a kind's part of it is a figure of its own, stated with it.
        return Unmet(
            say("no_figure_for", label=_LABEL["quantity"], name=" or ".join(broken_down)),
            of_another=True,
        )
    divided = _division_unmet(frame, statements)
    if divided is not None:
        return divided
    if breakdown_unmet(
        frame.question,
        statements,
        frame.periods[0] if len(frame.periods) == 1 else None,
        _times,
    ):
        # "Break the levy down by province" is not answered by the levy's total, nor by the
        # count of provinces: a figure of each part is asked.
        return Unmet(say("no_breakdown"), of_another=True)
    if (
        frame.answer_type == "count"
        and not counted(statements, frame.question)
        and not runs_since(frame, said)
    ):
        return Unmet(say("no_count"))
    if (
        frame.answer_type == "count"
        and _PAST_YEAR.search(frame.question)
        and not _counted_last_year(statements, frame.question)
    ):
        # "How many did last year's report list?" is not answered by this year's count in the
        # same sentence as last year's count of something else.
        return Unmet(say("no_figure_for", label=_LABEL["count"], name="the previous year"))
    edition = edition_year(frame.question, domain().present_year)
    if (
        frame.answer_type == "count"
        and edition is not None
        and not _counted_in_edition(statements, frame.question, edition)
    ):
        # "How many pages did its 2023 edition give?" is not answered by this year's page count
        # in a sentence that names 2023 only beside a count of cases.
        return Unmet(say("no_figure_for", label=_LABEL["count"], name=f"the {edition} edition"))
    if (
        frame.answer_type == "count"
        and _THIS_YEAR.search(frame.question)
        and not _PAST_YEAR.search(frame.question)
        and not _counted_not_last_year(statements, frame.question)
    ):
        # "How many did this year's report list?" is not answered by last year's count alone.
        return Unmet(say("no_figure_for", label=_LABEL["count"], name="the present year"))
    if (
        frame.answer_type == "count"
        and _ASKS_EXACT.search(frame.question)
        and not exactly_counted(statements, frame.question, edition)
    ):
        # "Exactly how many staff" is not answered by "a dozen or so": a count given roughly
        # answers how many, not exactly how many.
        return Unmet(say("no_such_figure", label="exact number"))
    part = _part_of(frame, _clause_before(frame, given))
    if frame.answer_type == "count" and part and not _count_of_part(frame, statements, part):
        # "How many of the 40 contracts were with Chile?" is not answered by "40 contracts".
        return Unmet(
            say("no_figure_for", label=_LABEL["count"], name=", ".join(part)), of_another=True
        )
    degree = only_degree(frame.question, statements) if frame.answer_type == "count" else None
    if degree is not None:
        # "How many of the clerks speak Danish?" is not answered by "about twenty clerks, but
        # only a few of them speak Danish": the part is given a degree, not a number.
        return Unmet(say("only_degree", degree=degree), of_another=True)
    topic = topic_asked(frame.question) if frame.answer_type == "count" else ()
    if topic and not topic_counted(topic, statements, _plain_counts):
        # "How many of the 30 complaints concerned fishing?" is not answered by "30 complaints":
        # the part a subject picks out is counted with that subject, or not at all.
        return Unmet(
            say("no_figure_for", label=_LABEL["count"], name=" ".join(topic)), of_another=True
        )
    spent_on = (
        amount_topic_asked(frame.question) if frame.answer_type in ("money", "quantity") else ()
    )
    if spent_on and not topic_counted(spent_on, statements, _counts):
        # Nor "how much of the 9 million dollars went to dredging?" by the 9 million: the part
        # of an amount spent on a thing is given with that thing, or not at all.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=" ".join(spent_on)),
            of_another=True,
        )
    if (
        frame.answer_type in ("money", "quantity")
        and part
        and not _figure_of_part(frame, statements, part)
    ):
        # Nor "how much of those 9 million dollars in grants went to Peru?" by the 9 million, or by
        # the other figures of the whole ("across 12 countries"): the part's own figure is asked.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=", ".join(part)),
            of_another=True,
        )
    if given and frame.question.strip() != given.strip() and _pointed_unmet(frame, statements):
        # A part pointing back at what an earlier part asked of ("… and what was that repair
        # contract worth?") asks the figure of that thing.
        return Unmet(say("no_such_figure", label=_LABEL[frame.answer_type]))
    if frame.besides and not _beyond(frame, said, statements, entities):
        return Unmet(say("only_set_aside", names=", ".join(frame.besides)))
    if _list_unopened(frame, statements):
        # "What is on the agency's watch list?" is not answered by a statement that the agency
        # keeps and publishes one: the list's items must be given.
        return Unmet(say("no_such_figure", label="items of the list"))
    if _only_size(frame, statements) or (
        frame.answer_type not in _FIGURES
        and (
            counted_not_listed(frame.question, statements)
            or subjects_not_listed(frame.question, statements)
        )
    ):
        return Unmet(say("only_size"))
    if _RANK_ASKED.search(frame.question) and not any(map(_states_rank, statements)):
        # "Which place does the port hold in the league table?" is not answered by "among the
        # busier ports": a numbered rank is asked, and a position in words gives none.
        return Unmet(say("no_such_figure", label="numbered rank"))
    partial = _only_some(frame, statements)
    if partial is not None:
        return Unmet(say("only_set_aside", names=partial))
    pooled = _pooled_over_countries(frame, answer, statements, entities or Entities())
    if pooled is not None:
        # "What were the contracts with Chile worth?" is not answered by a figure the sources
        # give for contracts "with 13 countries" together, naming none of them.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=pooled), of_another=True
        )
    partner = _partner_unnamed(frame, answer, statements, entities or Entities())
    if partner is not None:
        # "What did the port import from Chile in 2019?" is not answered by all its imports.
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=partner), of_another=True
        )
    other = _about_another(
        frame, statements, entities or Entities(), _leaned_on(answer, statements, entities)
    )
    if other is not None:
        return Unmet(
            say("no_figure_for", label=_LABEL[frame.answer_type], name=other), of_another=True
        )
    # A claim about another of a series ("its second hearing was in May?") is judged, not
    # declined.
    occurrence = (
        None if frame.claim else _another_occurrence(f"{frame.question} {given}", statements)
    )
    if occurrence is not None:
        return Unmet(say("only_other_occurrence", given=occurrence), of_another=True)
    # What another of the series is told of is said first (above); a start alone, here.
    member = position_unmet(frame.question, statements) if frame.answer_type == "date" else None
    if member is not None:
        # "When did the fourth of the six ferries arrive?" is not answered by "six ferries,
        # delivered starting in May 2019": a start dates the first of a series, not the fourth.
        return Unmet(say("no_figure_for", label="date", name=f"the {member}"), of_another=True)
    silent = _named_not_quoted(frame.question, statements, entities or Entities())
    if silent is not None:
        return Unmet(say("not_quoted", person=silent))
    unvoiced = _party_unvoiced(frame.question, statements, entities)
    if unvoiced is not None:
        return Unmet(say("not_voiced", party=unvoiced))
    office = _office_unvoiced(frame.question, answer, statements, entities)
    if office is not None:
        return Unmet(say("not_voiced", party=office))
    held = _office_not_held(frame.question, answer, statements, entities)
    if held is not None:
        # "What did the agency's director say?" is not answered by its spokesperson's words.
        return Unmet(say("not_voiced", party=held))
    said_on = _said_on(frame.question, answer, entities or Entities())
    if said_on is not None:
        return Unmet(say("not_said_on", person=said_on[0], topic=said_on[1]), of_another=True)
    return _actor_unmet(frame, answer, statements)


def _actor_unmet(frame: Frame, answer: Answer, statements: list[str]) -> Unmet | None:
    """Why the statements do not have the party the question makes its actor do what it asks
    (``acting_parties``): they name it only in another role, or give the act to another."""
    if frame.claim or frame.restated:
        return None
    quotes = _quotes_of_claims(answer)
    if len(quotes) != len(statements):
        quotes = [None] * len(statements)
    texts = [
        f"{piece} {quote.quote}" if quote is not None else piece
        for piece, quote in zip(statements, quotes, strict=True)
    ]
    found = actor_unmet(frame.question, texts, domain().home_country.lower())
    if found is None:
        return None
    if found.other is not None:
        reason = say("act_of_another", party=found.party, other=found.other)
    elif found.role == "place":
        reason = say("named_only_place", party=found.party)
    elif found.role == "compared":
        reason = say("named_only_compared", party=found.party)
    elif found.role == "owner":
        reason = say("named_only_owner", party=found.party)
    else:
        reason = say("named_only_object", party=found.party)
    return Unmet(reason, of_another=True)


# The noun a "what" phrase of any length ends on, before its verb: "what harbour pilot fee
# renewal rate had the port reached". No word it skips is an auxiliary: "what does the report
# say the rate is" asks what the report says.
_AUX = r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|might|must|may)"
_LONG_PHRASE_NOUN = lazy(
    rf"^\W*(?:what|which)\s+(?:(?!{_AUX}\s)[\w'’.&-]+\s+)+?(?P<noun>[a-z][\w-]*)\s+{_AUX}\b",
    re.I,
)

# A figure asked through what someone said of it: "what did the harbour master say the berth
# fee would be", "what does the audit estimate the backlog share is". The noun the reported
# clause ends on before its verb names the figure asked, not the words of the speaker: an
# answer quoting the speaker on the topic but stating no such figure does not answer.
_SAYING = (
    r"(?:say|says|said|expect|expects|expected|estimate|estimates|estimated|forecast|forecasts|"
    r"predict|predicts|predicted|project|projects|projected|put|puts|claim|claims|claimed|"
    r"think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned)"
)
_REPORTED_FIGURE = lazy(
    rf"\bwhat\s+(?:did|does|do|has|have|had|will|would)\s+(?:(?!{_AUX}\s)[\w'’.&-]+\s+){{1,8}}?"
    rf"{_SAYING}\s+(?:that\s+)?(?P<clause>(?:(?!{_AUX}\s)[\w'’.&-]+\s+){{1,9}}?)"
    r"(?:would|will|could|might|is|was|are|were)\b",
    re.I,
)
# Where a noun phrase's head gives way to what qualifies it: "the toll rate | on foreign ships".
_QUALIFIER = lazy(r"\s(?:of|on|for|in|to|with|from|at|by|under|over|across|among|between)\s", re.I)

# "What" as the object of a verb of an amount: "what did the pilotage fees contribute over the
# decade", "what does dredging account for". What a thing contributes or accounts for is how much
# of it, which an answer states as a figure. Not "bring in" or "make up", which as often mean to
# introduce or to invent.
_AMOUNT_VERB = lazy(
    rf"\bwhat\s+(?:did|does|do|will|would)\s+(?:(?!{_AUX}\s)[\w'’.&-]+\s+){{1,8}}?"
    r"(?:contribute|account\s+for)\b",
    re.I,
)


def _typed_by_noun(frame: Frame) -> Frame:
    """``frame`` asking for a figure when its "what" phrase ends on a noun for one, however
    many words come before it ("what harbour pilot fee renewal rate had the port reached" asks
    for a percentage as "what rate" does): an answer must then state that figure, of what the
    question names. The kind read from the phrase's first words stands when it found one; a
    rate between currencies is a figure of its own, whatever its noun reads as."""
    if asks_exchange_rate(frame.question):
        # A rate between currencies is no percentage: any figure may state it, and
        # ``rate_unstated`` asks that one does.
        return replace(frame, answer_type="quantity")
    if frame.answer_type != "other":
        return frame
    for noun in (
        _found_noun(_LONG_PHRASE_NOUN, frame.question),
        _reported_noun(frame.question),
    ):
        kind = _figure_noun_kind(noun) if noun else None
        if kind is not None:
            return replace(frame, answer_type=kind)
    if _AMOUNT_VERB.search(frame.question):
        return replace(frame, answer_type="quantity")
    return frame


def _found_noun(pattern: re.Pattern[str], question: str) -> str | None:
    found = pattern.search(question)
    return found["noun"] if found is not None else None


def _reported_noun(question: str) -> str | None:
    """The head noun of the clause a question reports ("what did she say the toll rate on
    foreign ships would be": "rate"): its last word before what qualifies it."""
    found = _REPORTED_FIGURE.search(question)
    if found is None:
        return None
    head = _QUALIFIER.split(f" {found['clause']}", maxsplit=1)[0].split()
    return head[-1] if head else None


def _figure_noun_kind(noun: str) -> str | None:
    """The kind of figure ``noun`` names ("rate" a percentage, "values" an amount), if any: a
    plural names the same kind as its singular. A budget, as its size is asked ("what yearly
    budget does the office have"), is an amount of money."""
    for form in dict.fromkeys((noun, noun.removesuffix("s"))):
        if _MONEY_NOUN.fullmatch(form):
            return "money"
        kind = answer_type(f"what {form} is it")
        if kind in _FIGURES:
            return kind
    return None


# Nouns for a sum of money set aside or spent, whose size an amount states.
_MONEY_NOUN = lazy(r"budget|funding|expenditure", re.I)


# "What did the envoy say about the harbour levy?": what a person said on a topic.
_SAID_ON = lazy(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?P<who>[^?,;]+?)\s+"
    r"(?:say|said|think|thought|argue|argued|state|stated|claim|claimed|comment|commented|"
    r"note|noted|remark|remarked|make)\s+(?:of|about|on|regarding|concerning|over)\s+"
    r"(?P<topic>[^?;]+)",
    re.I,
)
# "How high", "how soon", "how much": a topic asking for a degree, by the word of its measure.
_HOW_DEGREE = lazy(r"\bhow\s+[a-z]+\b", re.I)
# A claim of an answer and the citation markers that end it.
_CITED = lazy(r"(?P<claim>[^\[\]]+?)(?P<markers>(?:\s*\[\d+\])+)")
_MARKER_NUMBER = lazy(r"\[(\d+)\]")


# The stems' first letters a word is compared across its forms by: "announced" and
# "announcement" agree.
_KEY_LETTERS = 6


def _word_key(word: str) -> str:
    """A word as compared across its forms and the words formed on it."""
    return word_forms.stem(word, letters=_KEY_LETTERS)


# The kinds of name that pick out a topic; the home country and the parties to the dispute do
# not, since every source is about them.
_TOPIC_KINDS = ("companies", "programs", "organisations", "people", "countries")


def _said_on(question: str, answer: Answer, entities: Entities) -> tuple[str, str] | None:
    """The person and the topic of a "what did <person> say about <topic>" question, when what
    the answer shows that person saying is about something else: it names none of the topic's
    own words, or leaves out a name the topic gives. A person quoted on the tariffs' timing said
    nothing the answer can show about the harbour levy. What the person says is the statements
    that name them and those of the same source that carry on from these ("…,” he said", "Kim
    added"). Else None."""
    asked = _SAID_ON.search(question)
    if asked is None or not entities.named(asked["who"], "person"):
        return None
    speaker = entities.names(asked["who"], "people")
    source = {c.marker: c.source_id for c in answer.citations}
    theirs: list[str] = []
    last = None
    for cited in _CITED.finditer(answer.answer):
        piece, markers = cited["claim"], _MARKER_NUMBER.findall(cited["markers"])
        of = source.get(int(markers[0])) if markers else None
        if entities.names(piece, "people") & speaker or (
            theirs and of == last and carries_on(piece)
        ):
            theirs.append(piece)
            last = of
        elif theirs:
            break
    if not theirs:
        # Not shown speaking: an author speaks through the whole report, which the other
        # checks weigh. A source that never names the person is no word of theirs: what one
        # story reports on the topic is not what a person quoted in another story said of it.
        read = entities.source_text
        if read is not None and not any(
            entities.names(read(c.source_id), "people") & speaker for c in answer.citations
        ):
            return asked["who"], asked["topic"].strip()
        return None
    said = " ".join(theirs)
    topic = asked["topic"].strip()
    background = entities.names(f"{domain().home_country} {question}", "parties") | {
        domain().home_country.lower()
    }
    for kind in _TOPIC_KINDS:
        wanted = entities.names(topic, kind) - entities.names(asked["who"], kind) - background
        if wanted - entities.names(said, kind):
            return asked["who"], topic
    named = " ".join(
        n for kind in _TOPIC_KINDS for n in entities.names(f"{topic} {asked['who']}", kind)
    )
    # "How steep would the cut be" asks for a degree, which any word of degree gives ("mild"):
    # the adjective after "how" is the asker's measure, no topic the person must name.
    measured = _HOW_DEGREE.sub(" ", topic.lower())
    own = {
        _word_key(w)
        for w in word_forms.content_words(measured, shortest=4)
        if w not in named.lower()
    }
    written = word_forms.stems(said, shortest=4, letters=_KEY_LETTERS)
    if own and not own & written:
        return asked["who"], topic
    return None


def _office_unvoiced(
    question: str, answer: Answer, statements: list[str], entities: Entities | None
) -> str | None:
    """The office-holder whose words the question asks ("the board's spokesperson"), when no
    person of that office of that body speaks in the answer or in the sources it cites
    (``office_speech``). Else None."""
    if entities is None or entities.source_text is None or not answer.citations:
        return None
    read = entities.source_text
    texts = [read(s) for s in dict.fromkeys(c.source_id for c in answer.citations)]
    return office_unvoiced(question, statements, texts, entities.names)


def _office_not_held(
    question: str, answer: Answer, statements: list[str], entities: Entities | None
) -> str | None:
    """The office-holder whose words the question asks, when no speaker in the answer or in the
    sources it cites holds that office: its rank, portfolio and body (``office_held``)."""
    if entities is None or entities.source_text is None or not answer.citations:
        return None
    read = entities.source_text
    texts = [read(s) for s in dict.fromkeys(c.source_id for c in answer.citations)]
    return office_not_held(question, statements, texts, entities.names)


def _party_unvoiced(question: str, statements: list[str], entities: Entities | None) -> str | None:
    """The party whose own reply, finding or reason the question asks for ("how did the agency
    respond", "the audit's findings", "what reason does the port give"), when no statement
    gives that party's words: each names another speaker, or none. A source's own author speaks
    in all of it and is left to the other checks. Else None."""
    party = asked_party(question)
    if party is None or entities is None:
        return None
    if any(re.search(rf"\b{re.escape(name)}\b", party, re.I) for name in entities.credited):
        return None
    if describes_research_body(party):
        # "The think tank's verdict": the research body a question describes is the author of
        # the sources' research (``publishers_described``), who speaks in all of it.
        return None
    described = entities.described(party) if entities.described is not None else frozenset()
    asked = party_of(party, question, entities.names, described)
    if asked is None:
        return None
    return None if voiced_by(asked, statements, entities.names) else party


# "What did the envoy tell the minister?", "what did she say at the hearing?": a person's
# words, asked as speech.
_ASKS_WORDS = lazy(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?P<who>[^?,;]+?)\s+(?:tell|say)\b", re.I
)


def _named_not_quoted(question: str, statements: list[str], entities: Entities) -> str | None:
    """The person a question asks the words of, when the statements name that person but show
    them saying nothing: each that names them has another speaker or none ("the minister met
    the envoy and said …" quotes the minister). A person listed among those at a meeting said
    nothing the answer can show. Statements that never name the person (a report in its
    author's voice) are left to the other checks; so is a speaker the names table does not
    know. Else None."""
    asked = _ASKS_WORDS.search(question)
    if asked is None or not entities.named(asked["who"], "person"):
        return None
    person = entities.names(asked["who"], "people")
    naming = [i for i, piece in enumerate(statements) if entities.names(piece, "people") & person]
    if not person or not naming:
        return None
    for i in naming:
        if entities.names(_before_speech(statements[i]), "people") & person:
            return None
        after = statements[i + 1] if i + 1 < len(statements) else ""
        if _SPEECH.search(after) and carries_on(after) and not entities.names(after, "people"):
            return None  # "Kim spoke at the briefing. “…,” she said."
    return asked["who"].strip()


# Verbs by which a statement reports what its subject put into words, wider than those that
# mark a quotation's speaker: "indicated that", "announced that", "pointed out".
_SPEECH = words(
    r"said|says|say|told|tells|stated|states|noted|notes|added|adds|indicated|indicates|"
    r"announced|announces|explained|explains|stressed|stresses|emphasi[sz]ed|warned|warns|"
    r"argued|argues|claimed|claims|remarked|commented|suggested|suggests|insisted|predicted|"
    r"urged|asked|replied|answered|responded|confirmed|mentioned|revealed|declared|"
    r"expressed|described|promised|pledged|vowed|pointed\s+out|according\s+to"
)


def _before_speech(piece: str) -> str:
    """The words of ``piece`` that may name who speaks in it, quotations left out: those before
    its last verb of speech ("Kim said", "“…,” Kim, an official, noted"), and those after
    "according to"; "" when it reports no speech. Someone named only after every such verb
    ("the minister said at a meeting with Kim") is spoken to or of, not speaking."""
    plain = QUOTATION.sub(" ", piece)
    found = list(_SPEECH.finditer(plain))
    if not found:
        return ""
    after = " ".join(plain[m.end() :] for m in found if m.group().lower().startswith("according"))
    return f"{plain[: found[-1].start()]} {after}"


# A choice among members pointed back at: "which of those items", "which one of these".
_POINTED_MEMBERS = words(r"(?:which|what)(?: one)? of (?:those|these|them)")


def _thing_asked(frame: Frame) -> str | None:
    """The noun a figure question asks for by its "what" phrase ("what fine does ..."), when
    the noun is a thing of its own and not a word for a figure ("what amount", "what share")."""
    if frame.answer_type not in _FIGURES:
        return None
    noun = asked_noun(frame.question)
    # A name ("what DAPA did") or a currency ("what dollars") is no thing the figure is of.
    if noun is None or not noun.islower() or find_money(f"5 {noun}"):
        return None
    if _POINTED_MEMBERS.search(frame.question):
        # "Which of those parts was worth most" names the members of a list already told, in
        # any word: their figure is asked, not one the sources call a "part".
        return None
    if answer_type(f"what {noun} is it") in _FIGURES:
        return None
    return noun


def _writes(piece: str, noun: str) -> bool:
    """Whether ``piece`` writes ``noun`` in some spelling or number."""
    return any(
        _same_word(_singular(noun), _singular(w)) for w in re.findall(r"[a-z][\w-]*", piece.lower())
    )


def _calls(piece: str, noun: str, question: str, entities: Entities | None) -> bool:
    """Whether ``piece`` calls its figure ``noun``: writes the noun, or, for a word of an offset
    pledge ("package", "commitment", "promise"), states a pledge the program tables give (of a
    program ``question`` names, if it names any), as the sources word it ("agreed to provide
    offset trade worth ...")."""
    if _writes(piece, noun):
        return True
    pledged = entities.pledged if entities is not None else None
    return pledged is not None and PLEDGED.fullmatch(noun) is not None and pledged(piece, question)


# "The four core technologies", "3 partner firms, one of them Nordwerft": a set of a given size
# whose members are asked for.
_SIZE = rf"(?:{'|'.join(w for w in NUMBER_WORDS if w != 'zero')}|\d{{1,2}})"
_MEMBERS = lazy(rf"\b(?:the\s+)?({_SIZE})\s+((?:[\w-]+\s+){{0,3}}?[a-z][\w-]*s)\b", re.I)
# What opens a partial list: "four core technologies, including radar".
_PARTIAL_LIST = lazy(r"^\W*(?:including|such as|among them|notably)\s+(.+?)(?=[.;]|$)", re.I)


def _only_some(frame: Frame, statements: list[str]) -> str | None:
    """What the sources list of a set whose members the question asks for ("the four core
    technologies"), when the statement that names the set lists fewer of them ("four core
    technologies, including radar"): those named, else None."""
    if frame.answer_type in _FIGURES or frame.answer_type in ("date", "yesno"):
        return None
    asked = _MEMBERS.search(frame.question)
    if asked is None:
        return None
    size = _number(asked.group(1))
    head = _noun_pattern(_singular(asked.group(2).split()[-1].lower()))
    named = re.compile(rf"\b({_SIZE})\s+(?:[\w-]+\s+){{0,3}}?{head}\b", re.I)
    for piece in statements:
        for found in named.finditer(piece):
            listed = _PARTIAL_LIST.search(piece[found.end() :])
            if _number(found.group(1)) != size or listed is None:
                continue
            items = [i.strip() for i in re.split(r",|\band\b", listed.group(1)) if i.strip()]
            if len(items) < size and not (frame.claim and _restates(frame.question, items)):
                return ", ".join(items)
    return None


def _restates(claim: str, items: list[str]) -> bool:
    """Whether a claim names every member a statement lists of a set ("four technologies,
    radar among them" against "four technologies, including radar"): it restates the set as the
    sources give it, and asks for no members, so their naming only some answers it in full."""
    return all(re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", claim, re.I) for item in items)


def one_of_unnamed(text: str, thing: str) -> bool:
    """Whether ``text`` names ``thing`` as one of a set of a given size whose other members it
    leaves unnamed ("three partner yards, including Nordwerft")."""
    for found in _MEMBERS.finditer(text):
        listed = _PARTIAL_LIST.search(text[found.end() :])
        if listed is None or not re.search(
            rf"(?<![\w-]){re.escape(thing)}(?![\w-])", listed[1], re.I
        ):
            continue
        items = [i.strip() for i in re.split(r",|\band\b", listed.group(1)) if i.strip()]
        if len(items) < _number(found.group(1)):
            return True
    return False


# "What were the five hearings", "which 12 ports", "name the four firms": the members of a set of
# a given size asked for, not its size.
_ASKS_MEMBERS = lazy(
    rf"^\W*(?:(?:what|which)\s+(?:(?:were|are|was|is)\s+(?:the|its|their|those|these)\s+)?"
    rf"|(?:name|list|identify)\s+(?:the|its|their|all)\s+(?:of\s+the\s+)?)({_SIZE})\s+[a-z]",
    re.I,
)
# What opens a list of members after a set's size: "four yards, Nordwerft, …", "five hearings
# in 2019: on fees, …", "three firms (…)", "four technologies, including radar"; not a figure
# or a year after a colon or in brackets ("contracts (2022): 27").
_LIST_OPENS = lazy(
    r"^[^.;]*?\b(?:including|such as|namely|among them)\b"
    r"|^[^.;:,]{0,40}[:—(]\s*(?!\d)\w"
    r"|^\s*(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?-i:[A-Z])",
    re.I,
)


# What a list holds, asked: "what tops the list", "which sectors are on its list", "what does
# the priority list include".
_LIST_CONTENTS_ASKED = lazy(
    r"^\W*(?:what|which)\b[^?]*?\b(?:tops?|heads?|leads?|(?:is|are)\s+(?:on|in)|make\s+up|"
    r"makes\s+up|appears?\s+(?:on|in)|"
    # Or where on it: "what stands at the head of the port's list", "what ranks first on
    # its list".
    r"(?:sits?|stands?|comes?|ranks?|is|are)\s+(?:at|on)\s+(?:the\s+)?(?:top|head)\s+of|"
    r"(?:comes?|ranks?|is|are)\s+first\s+(?:on|in))\s+"
    r"(?:the|its|their|this|that|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?list\b"
    r"|\blist\s+(?:include|includes|contain|contains|cover|covers|name|names)\b",
    re.I,
)
# Where a statement goes on to give a list's items: "the list: A, B", "a list including A".
_ITEMS_GIVEN = lazy(
    r"\blists?\b[^.;]{0,60}?(?::|\b(?:including|such as|namely|among them|like|e\.g\.))"
    r"|\blists?\b[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:topped|headed|led)\s+by\b"
    # Items before the list: "A, B and C are included in the list", "A and B top the list".
    r"|\b(?:included|includ\w*|appear\w*|placed|put|are|is|tops?|heads?)\s+(?:on|in)?\s*"
    r"(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,5}?lists?\b"
    # Or a run of three items or more: "semiconductor, automotive, and aircraft".
    r"|\b[\w-]+,\s+[\w-]+,\s+(?:(?:and|or)\s+)?[\w-]+",
    re.I,
)


def _list_unopened(frame: Frame, statements: list[str]) -> bool:
    """Whether a question asks what a list holds and the statements that write of the list
    give none of its items: they only say it is kept, updated or published."""
    if frame.answer_type in _FIGURES or not _LIST_CONTENTS_ASKED.search(frame.question):
        return False
    about = [p for p in statements if re.search(r"\blists?\b", p, re.I)]
    return bool(about) and not any(_ITEMS_GIVEN.search(p) for p in about)


def _only_size(frame: Frame, statements: list[str]) -> bool:
    """Whether a question asking for the members of a set of a given size ("what were the five
    hearings?") is answered only by that size: a statement that writes the set's noun writes its
    size, and none lists members after the size or the noun ("five hearings were held in 2019").
    How many there were says nothing of which; the sentences beside it on other matters say
    nothing of them."""
    if frame.answer_type in _FIGURES or frame.answer_type in ("date", "yesno"):
        return False
    asked = _ASKS_MEMBERS.search(frame.question)
    members = _MEMBERS.search(frame.question, asked.start(1)) if asked else None
    if asked is None or members is None or members.start(1) != asked.start(1):
        return False
    size = _number(asked.group(1))
    forms = [str(size), *(w for w, n in NUMBER_WORDS.items() if n == size)]
    written = lazy(rf"(?<![\w.,])(?:{'|'.join(forms)})(?![\w]|[.,]\d)", re.I)
    noun = lazy(rf"\b{_noun_pattern(_singular(members.group(2).split()[-1].lower()))}\b", re.I)
    about = [p for p in statements if noun.search(p)]
    if not any(written.search(p) for p in about):
        return False
    return not any(
        _LIST_OPENS.search(piece[m.end() :])
        for piece in about
        for m in [*written.finditer(piece), *noun.finditer(piece)]
    )


def _number(word: str) -> int:
    """A count written in digits or in words ("four" -> 4)."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


# The kinds of name a figure or a date is stated about. A figure stated only of another of them
# ("Norway requires 100%") says nothing of the one asked about ("What does Japan require?").
_SUBJECT_KINDS = ("countries", "companies", "programs", "categories")


def _about_another(
    frame: Frame, statements: list[str], entities: Entities, leaned: list[str] | None = None
) -> str | None:
    """The name the question asks a figure or a date of, when every statement that gives one is
    about something else of its kind: it names another and not this one. A third country (not
    the home country nor a party to the dispute) is also not the subject of a statement that
    names no country, since the sources are about the parties unless they say otherwise. A
    statement that carries on from the one before ("However, the rate was only 10%") is of what
    that one names (``leaned``, by statement). Else None."""
    if frame.answer_type not in _FIGURES and frame.answer_type != "date":
        return None
    leaned = leaned or ["", *statements][: len(statements)]
    giving = [
        (piece, before + " " + piece if carries_on(piece) else piece)
        for before, piece in zip(leaned, statements, strict=False)
        if has_type(piece, frame.answer_type)
        and (frame.answer_type != "count" or counted([piece], frame.question))
    ]
    if not giving:
        return None
    giving = [(piece, _before_comparison(text, frame.answer_type)) for piece, text in giving]
    aside = " ".join(frame.besides)
    home = domain().home_country.lower()
    # A country inside the name of a paper the sources cite (a "Chile Gazette") names the
    # paper, not the country a figure is asked of.
    question = _without_credited(frame.question, entities)
    for kind in _SUBJECT_KINDS:
        asked = entities.names(question, kind) - entities.names(aside, kind)
        if not asked:
            continue
        # The parties to the dispute are the sources' subject as much as the home country.
        parties = entities.names(question, "parties") | {home}
        foreign = kind == "countries" and not asked & parties
        receiving = entities.names(_receiver(frame.question), kind) & asked
        if kind == "countries" and receiving and home not in receiving:
            # Who gets something from whom: "what did the US get from Korea" asks of what the
            # US got, which a statement of what Korea got (naming no one else) does not give.
            asked, foreign = receiving, True
        elif kind == "countries" and asked - parties:
            # A third country the question names is what it asks about: "what did Chile get
            # from Korea" is not answered by a statement of what Korea got from anyone.
            asked, foreign = asked - parties, True
        if not any(
            (named := _subjects_of(frame, text, kind, entities)) & asked or not (named or foreign)
            for _, text in giving
        ):
            return ", ".join(sorted({_written_as(n, frame.question) for n in asked}))
    return None


# A figure given for a counted set of countries together: "with 13 countries", "nearly 130
# countries", "some four dozen nations".
_COUNTED_COUNTRIES = lazy(
    rf"(?:\b(?:{_NUMBER_WORD}|dozens?|hundreds?)|(?<![\w.,])\d{{1,3}})"
    r"(?:[\s-]+(?:dozen|or\s+so))*\s+(?:other\s+|foreign\s+)?(?:countries|nations)\b",
    re.I,
)


def _pooled_over_countries(
    frame: Frame, answer: Answer, statements: list[str], entities: Entities
) -> str | None:
    """The countries a figure question names that the answer's figure is not of, when every
    statement giving a figure of the kind asked (with the quote it cites) gives it for a counted
    set of countries together and names none of them: a total over "13 countries" says nothing
    of what one of them got. None when the count of countries is itself asked."""
    if frame.answer_type not in _FIGURES:
        return None
    things = _counted_things(frame.question) if frame.answer_type == "count" else None
    if things and any(_same_word(t, "countries") or _same_word(t, "nations") for t in things):
        return None
    asked = entities.names(_without_credited(frame.question, entities), "countries")
    if not asked:
        return None
    giving = _giving_texts(frame, answer, statements, entities)
    if not giving or not all(_COUNTED_COUNTRIES.search(text) for text in giving):
        return None
    named = frozenset().union(*(entities.names(text, "countries") for text in giving))
    missing = asked - named
    if not missing:
        return None
    return ", ".join(sorted({_written_as(n, frame.question) for n in missing}))


def _giving_texts(
    frame: Frame, answer: Answer, statements: list[str], entities: Entities
) -> list[str]:
    """Each statement that gives a figure of the kind asked, with the quote it cites and, when
    it carries on from the sentence before ("This accounts for 30% of the total"), what it
    leans on: the figure is of what that sentence names."""
    quotes = _quotes_of_claims(answer)
    if len(quotes) != len(statements):
        quotes = [None] * len(statements)
    leaned = _leaned_on(answer, statements, entities)
    return [
        f"{before if carries_on(quote.quote if quote else piece) else ''} {piece} "
        f"{quote.quote if quote is not None else ''}"
        for piece, quote, before in zip(statements, quotes, leaned, strict=True)
        if has_type(piece, frame.answer_type)
    ]


# A country a figure is asked of as the other side of a trade: "imports from Chile", "the
# contracts with Peru", "sales to Ghana"; the words after it that may name it ("with 9
# countries, Peru among them").
_PARTNER = lazy(r"\b(?P<by>from|with|to|against)\s+(?=(?P<who>(?:[\w'’.,-]+\s*){1,5}))", re.I)


# A question names a trade partner only after a word of trade: "imports from Chile", "the
# deals in 2019 were with Peru"; not "pages that dealt with Peru" or "a share Peru attaches to".
_TRADED = lazy(
    r"\b(?:import\w*|export\w*|buy\w*|bought|purchas\w*|procur\w*|sold|sell\w*|sales?|"
    r"contracts?|deals?(?!\s+with\b)|agreements?|signed|weapons|arms)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?=(?:from|with|to)\s)",
    re.I,
)


def _partners(text: str, entities: Entities, home: bool) -> frozenset[str]:
    """The countries ``text`` names as the other side of a trade (``_PARTNER``), or as the
    origin of the goods by a word before them ("Chilean rifles", ``origin_countries``); in a
    question (``home`` False) a partner only after a word of trade (``_TRADED``). The home country counts there
    only as one dealt "with": what is sold "to" or bought "from" it is the sources' own
    subject, which they often leave unnamed."""
    home_name = domain().home_country.lower()
    # The origin of the goods, by a word before them ("American arms"), is the side they are
    # bought from; never the home country's own ("Korean-made parts" are its exports).
    found: set[str] = set(
        origin_countries(text, partial(entities.names, kind="countries"), statement=home)
    ) - ({home_name} if not home else set())
    starts = {m.end() for m in _TRADED.finditer(text)}
    for match in _PARTNER.finditer(text):
        if not home and match.start() not in starts:
            continue
        # In a question, the partner is the preposition's own object ("with levies in Chile"
        # deals with levies; Chile is where).
        who = match["who"] if home else object_of(match["who"])
        for name in entities.names(who, "countries"):
            if name != home_name or home or match["by"].lower() == "with":
                found.add(name)
    return frozenset(found)


def _partner_unnamed(
    frame: Frame, answer: Answer, statements: list[str], entities: Entities
) -> str | None:
    """The country a figure question names as the other side of a trade ("what did the port
    import from Chile", "what share of the deals were with Peru") when no statement giving a
    figure of the kind asked (with its quote and what it carries on from) names it so: a
    figure of all imports, or of deals with every partner together, is not the part of one.
    None when the question names no such country, or asks a count of countries."""
    if frame.answer_type not in _FIGURES:
        return None
    if country_rule_subject(frame.question) is not None:
        # A country's rule ("what least share does Chile require on its US purchases?") holds
        # for each contract: it is no total that a partner takes a part of.
        return None
    asked = _without_credited(frame.question, entities)
    partners = _partners(asked, entities, home=False)
    home = domain().home_country.lower()
    if home in partners and not home_partner_asked(
        partners, entities.names(asked, "countries"), home
    ):
        partners = partners - {home}
    if not partners:
        return None
    things = _counted_things(frame.question) if frame.answer_type == "count" else None
    if things and any(_same_word(t, "countries") or _same_word(t, "nations") for t in things):
        return None
    giving = _giving_texts(frame, answer, statements, entities)
    if not giving:
        return None
    named = frozenset().union(*(_partners(text, entities, home=True) for text in giving))
    missing = partners - named
    if not missing:
        return None
    return ", ".join(sorted({_written_as(n, frame.question) for n in missing}))


def _without_credited(text: str, entities: Entities) -> str:
    """``text`` without the names the sources go by: a paper named for its country ("the
    Korea Times" style) names a newspaper, not a country asked about."""
    for name in sorted(entities.credited, key=len, reverse=True):
        text = whole_word(name).sub(" ", text)
    return text


def _subjects_of(frame: Frame, text: str, kind: str, entities: Entities) -> frozenset[str]:
    """The names of ``kind`` a statement gives its figure of. A count is of what its own clause
    names, else the clause before it: "11 pages on Japan, but only 7 pages on Korea, and 21
    cases were listed" counts Korea's cases, not Japan's. Other figures, and a statement with
    no clause that counts the thing asked, are of every name the statement mentions."""
    named = entities.names(text, kind)
    things = _counted_things(frame.question) if frame.answer_type == "count" else None
    if not named or not things:
        return named
    counting = governing(
        text,
        lambda clause: set(entities.names(clause, kind)),
        lambda clause: bool(_counting(clause, things)),
    )
    return frozenset(counting) if counting else named


# Where a statement turns to what its subject is compared with: "the levy takes 30%, less than
# Chile and Bolivia charge".
_COMPARED_WITH = words(r"than|compared (?:with|to)|unlike|as opposed to|in contrast to")


def _before_comparison(text: str, kind: str) -> str:
    """``text`` up to where it turns to what its subject is compared with, when the figure of
    ``kind`` stands before that: the others named after it are not whom the figure is of."""
    turn = _COMPARED_WITH.search(text)
    if turn is None or not has_type(text[: turn.start()], kind):
        return text
    return text[: turn.start()]


# An ordinal that picks one of a series of like things: "the second hearing", "its 3rd audit".
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))"
)
_ORDINAL_THING = lazy(rf"\b({_ORDINAL})\s+((?:[\w'’-]+\s+){{0,2}}?)([a-z][\w-]{{2,}})\b", re.I)


# A question asking for a numbered position in an order: "its exact rank among the ports",
# "the precise ranking", "which rank number". Not "where does it rank" nor "what rank does it
# hold", which a position in words ("near the top", "lower-middle") answers.
_RANK_ASKED = lazy(
    r"\b(?:exact|precise|numbered|numerical|numeric)\s+(?:[\w'’-]+\s+)?(?:rank|ranking)s?\b"
    # "precisely which ranking did the harbour reach": the adverb asks a numbered rank too.
    r"|\b(?:exactly|precisely)\s+(?:what|which)\s+(?:[\w'’-]+\s+)?(?:rank|ranking)s?\b"
    r"|\brank(?:ing)?\s+number\b",
    re.I,
)
# A numbered position as written: "ranks third", "the 12th largest", "No. 4", "placed 5th", "#2".
_RANK_STATED = lazy(
    rf"\b{_ORDINAL}\b(?:\s+[\w-]+){{0,2}}?\s+(?:largest|biggest|highest|lowest|most|rank\w*|"
    rf"place\w*|position|spot)|\b(?:rank\w*|place[sd]?|position|spot)\s+(?:\w+\s+)?{_ORDINAL}\b"
    r"|\bNo\.\s*\d+\b|#\d+\b",
    re.I,
)


def _states_rank(piece: str) -> bool:
    """Whether ``piece`` gives a numbered position in an order."""
    return _RANK_STATED.search(piece) is not None


def _another_occurrence(question: str, statements: list[str]) -> str | None:
    """What the statements give instead, when the question asks of one of a series by its
    ordinal ("the second hearing") and the statements tell of another of that series ("the
    first hearing") but never of the one asked: how another hearing went says nothing of this
    one. Else None."""
    for asked in _ORDINAL_THING.finditer(question):
        ordinal, noun = asked.group(1).lower(), _singular(asked.group(3).lower())
        if noun in STOPWORDS:
            continue
        series = re.compile(
            rf"\b({_ORDINAL})\s+(?:[\w'’-]+\s+){{0,5}}?{_noun_pattern(noun)}\b", re.I
        )
        told = [m for piece in statements for m in series.finditer(piece)]
        if told and not any(m.group(1).lower() == ordinal for m in told):
            return ", ".join(dict.fromkeys(m.group().lower() for m in told))
    return None


# Where a sentence ends in a source: its stop (and any closing quotation mark) before a space.
_SENTENCE_END = lazy(r"[.!?][”\"’]?\s+")
# How many sentences back a statement that carries on is followed to the one it leans on.
_LEANS_BACK = 3


def _leaned_on(answer: Answer, statements: list[str], entities: Entities | None) -> list[str]:
    """What each statement leans on when it carries on from the one before: the sentences just
    before its quote in its source, back to one that does not carry on, where the answerer has
    the source; else the statement before it in the answer. An answer may set a quote beside
    one from another paragraph: "However, the rate was only 10%" is still of the firm its own
    paragraph names, not of the one the answer names just before it."""
    in_answer = ["", *statements][: len(statements)]
    source_text = entities.source_text if entities is not None else None
    quotes = _quotes_of_claims(answer)
    if source_text is None or len(quotes) != len(statements):
        return in_answer
    leaned = []
    for quote, before in zip(quotes, in_answer, strict=True):
        text = source_text(quote.source_id) if quote is not None else ""
        if quote is None or not text:
            leaned.append(before)
            continue
        sentences = [s for s in _SENTENCE_END.split(text[: quote.start]) if s.strip()]
        back: list[str] = []
        for sentence in reversed(sentences[-_LEANS_BACK:]):
            back.insert(0, sentence)
            if not carries_on(sentence):
                break
        leaned.append(" ".join(back))
    return leaned


def _quotes_of_claims(answer: Answer) -> list[Citation | None]:
    """The quote each of the answer's claims (``claims``) cites first, if any."""
    cited = {c.marker: c for c in answer.citations}
    quotes: list[Citation | None] = []
    start = 0
    for end in [*re.finditer(r"\[(\d+)\]|\n", answer.answer), None]:
        piece = answer.answer[start : end.start() if end else None]
        if piece.strip():
            marker = end.group(1) if end is not None else None
            quotes.append(cited.get(int(marker)) if marker else None)
        if end is not None:
            start = end.end()
    return quotes


# One who gets something from another: "did the US obtain ... from Korea", "does Chile win".
_RECEIVER = lazy(
    r"\b(?:did|does|do|has|have|had|will|would|could)\s+(?P<who>(?:[\w'’.-]+\s+){1,4}?)"
    r"(?:get|obtain|receive|win|secure|gain|earn|reap|extract|collect)\b(?=.*\bfrom\b)",
    re.I,
)


def _receiver(question: str) -> str:
    """The words of a question that name who gets something from another, if it asks so."""
    found = _RECEIVER.search(question)
    return found.group("who") if found else ""


def _written_as(name: str, question: str) -> str:
    """``name`` as the question writes it ("Japan" for "japan"; "Curaçao" for its search
    term "curacao", the start of the word with its accents taken off), else as the name table
    does."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", question, re.I)
    if found:
        return found.group()
    plain = "".join(_unaccented(c) for c in question)
    found = re.search(rf"(?<![\w-]){re.escape(name)}\w*", plain, re.I)
    if found:
        return question[found.start() : found.end()]
    table = name_table()
    return next(
        (n for kind in table.patterns for n in table.names(kind) if n.lower() == name), name
    )


def _unaccented(char: str) -> str:
    """``char`` without its accent ("ü" is "u"), one character for one, so places carry over."""
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


# The event a date question asks about, in the passive: "when was the pact signed".
_PAST_EVENT = lazy(
    r"\b(?:was|were|has been|have been|had been)\s+(?:[\w'’.-]+\s+){0,8}?([a-z]{3,}ed)\b", re.I
)
# Words that say an event is only intended, proposed or expected.
_NOT_YET = words(r"would|propos\w*|plans?|planned|expect\w*|aims?|intend\w*|seeks?|bills?|draft\w*")


# The event whose time to come a question asks: "when does the board expect the quota to end",
# "when is the pact due to be signed", "when will the rules be eased".
_PROSPECT_EVENT = lazy(
    r"\bwhen\b.{0,160}?\b(?:expect\w*|due|set|scheduled|slated|likely|planned|plans?|going)\s+"
    r"(?:[\w'’-]+\s+){0,5}?to\s+(?:be\s+)?(?P<verb>[a-z]{3,})"
    r"|\bwhen\s+will\s+(?:[\w'’-]+\s+){0,6}?be\s+(?P<passive>[a-z]{3,}ed)\b",
    re.I,
)


def _prospect_dated(question: str, statements: list[str]) -> bool:
    """Whether a dated statement can give when the event a question asks the time to come of
    is due: it writes the event's verb, or tells of a plan (something due, expected, scheduled,
    planned). A date of another thing ("the 2008 deal that brought the curbs in") is none."""
    event = _PROSPECT_EVENT.search(question)
    if event is None:
        return True
    stem = word_forms.stem((event["verb"] or event["passive"]).lower(), written=True)
    dated = [p for p in statements if has_type(p, "date")]
    return not dated or any(
        re.search(rf"\b{re.escape(stem)}", piece, re.I)
        or _DUE.search(piece)
        or _NOT_YET.search(piece)
        for piece in dated
    )


def _happened(question: str, statements: list[str]) -> bool:
    """Whether the dated statements say that the event asked about happened: "when was the
    pact signed" is not answered by "in talks since 2019 to sign a pact" or by "a bill proposed
    in 2019 that, if passed, would ..."; a statement in other words than the question's
    ("the bureau came into existence in 1999" for "founded") is left to the other checks."""
    event = _PAST_EVENT.search(question)
    if event is None:
        return _acted(question, statements)
    if _PROSPECT_PASSIVE.search(question) or _PROSPECT_ASKED.search(question):
        # "When was the vote due to be held?", "which day were the levies slated to start?" ask
        # when it was set for, which a statement that it would be held then gives.
        return True
    stem = event.group(1).lower()[:-2].rstrip("e") or event.group(1).lower()
    subject = re.search(r"\b(?:was|were|been)\s+(?P<subject>.*)$", question[: event.start(1)], re.I)
    thing = _head_noun(subject["subject"]) if subject else None
    dated = [p for p in statements if has_type(p, "date")]
    for piece in dated:
        said = piece.lower()
        told = [m.start() for m in re.finditer(rf"\b{re.escape(stem)}\w*", said)]
        if any(not re.search(r"\bto\s+$", said[:at]) for at in told):
            return True  # the event itself, not only "to sign" it
        if not told and not _NOT_YET.search(piece) and not _only_sought_thing(thing, said):
            return True
    return not dated


# A question in the active voice about a past act: "did the council pass the bill", "when has
# the board adopted it".
_PAST_ACT = lazy(r"\b(?:did|has|have|had)\s+(?P<rest>[^?;]+)", re.I)


def _asked_stem(asked: re.Match[str] | None) -> str | None:
    """The stem of the verb an act question asks about (its ``rest`` group), or None when the
    question is not of that form or names no verb: then the statements are left to the other
    checks."""
    if asked is None:
        return None
    verb = _verb_of(asked["rest"])
    return None if verb is None else word_forms.stem(verb, written=True)


def _acted(question: str, statements: list[str]) -> bool:
    """Whether the dated statements can say when the act a question asks of in the active voice
    took place ("when did the council pass the bill?"): not when none writes its verb and each
    tells of the thing only as put forward ("a bill was proposed in May"). A statement in other
    words than the question's is left to the other checks, as for the passive."""
    asked = _PAST_ACT.search(question)
    stem = _asked_stem(asked)
    if asked is None or stem is None or _PUTTING_FORWARD.search(asked["rest"]):
        # An act of putting forward ("when did they put the bill forward") is what a statement
        # of a proposal tells.
        return True
    dated = [p for p in statements if has_type(p, "date")]
    if _only_to_come(stem, statements, dated):
        return False
    verb = _verb_of(asked["rest"])
    after = re.search(rf"\b{re.escape(verb)}\b(?P<object>.*)", asked["rest"]) if verb else None
    # An act asked as under way ("how long has the ferry treaty been under negotiation") is what
    # seeking it is; one a dated statement writes as done in the question's own verb is left
    # to the checks of that verb.
    progressive = verb is not None and verb.endswith("ing")
    thing = _head_noun(after["object"]) if after is not None and not progressive else None
    if (
        dated
        and not any(
            re.search(rf"\b{re.escape(stem)}", piece, re.I)
            and not _only_intended(stem, piece.lower())
            for piece in dated
        )
        and all(_only_sought_thing(thing, piece.lower()) for piece in dated)
    ):
        # "When did the allies conclude the pact?" is not answered by "in talks since 2019 to
        # sign a pact", whatever verb each uses for the act.
        return False
    # A statement on another thing of the same date says nothing of this one: when some dated
    # statement writes a name the question gives ("the Harbour Levy Act"), those decide.
    names = [m.group() for m in _NAMES_GIVEN.finditer(asked["rest"])]
    naming = [p for p in dated if any(name.lower() in p.lower() for name in names)]
    return not dated or any(
        re.search(rf"\b{re.escape(stem)}", piece, re.I)
        or not _ONLY_PUT_FORWARD.search(_dated_part(piece))
        for piece in naming or dated
    )


# The last word of a phrase that can be the noun of the thing it names: "the harbour levy pact".
_LAST_WORD = lazy(r"([a-z][a-z'’-]{3,})\W*$", re.I)
# An infinitive after a word of seeking in its clause, and the words it governs up to a noun:
# "in talks since 2019 to sign a bilateral trade pact", "working to seal the pact". A purpose
# after a done act ("revised the rules in 2020 to make it optional") seeks nothing still open.
_SOUGHT_PHRASE = (
    r"\b(?:talks?|negotiat\w*|coordinat\w*|work(?:s|ing)?|efforts?|aim\w*|seek\w*|sought|"
    r"push\w*|plan\w*|bid|tr(?:y|ies|ying)|attempt\w*|striv\w*|hop\w*|intend\w*|prepar\w*)"
    r"\b[^,.;:]{{0,60}}?"
    r"\bto\s+(?:be\s+)?[a-z]+\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,6}}?{noun}"
)


# Where the noun phrase of a thing ends: at a preposition ("the talks on the pact" is of
# talks), a comma or a conjunction ("the ferry treaty yet, or which day").
_THING_ENDS = lazy(
    r"\b(?:in|on|of|for|about|over|with|to|at|by|from|into|under|between|among|against|and|or|"
    r"but|so|that|which|who|whose|when|where|because|as|if|after|before|since|until|while)\b"
    r"|[,;:]",
    re.I,
)


# A word after the noun that only says when ("signed the pact yet", "the pact already").
_AFTERWORD = lazy(r"(?:\s+(?:yet|already|so far|now|then|finally|at last|ever))+\W*$", re.I)


def _head_noun(phrase: str) -> str | None:
    """The noun of the thing whose event is asked, from ``phrase`` (a question's subject before
    its verb, or its object after it): its last word before any preposition ("the talks on the
    pact" is of talks), or None when it opens with one or ends in no word."""
    head = _THING_ENDS.split(phrase.strip().rstrip("?"), maxsplit=1)[0]
    head = _AFTERWORD.sub("", head)
    found = _LAST_WORD.search(head)
    return found.group(1).lower() if found else None


def _only_sought_thing(thing: str | None, said: str) -> bool:
    """Whether ``said`` (lower-case) names ``thing`` only as what an infinitive seeks ("in talks
    since 2019 to sign a pact", "working to finalize the pact"): whatever its verb, it tells of
    an event not yet done, and its date is of the seeking."""
    if not thing:
        return False
    named = [m.start() for m in re.finditer(rf"\b{re.escape(thing)}", said)]
    if not named:
        return False
    sought = [m.end() for m in re.finditer(_SOUGHT_PHRASE.format(noun=re.escape(thing)), said)]
    ends = {at + len(thing) for at in named}
    return bool(sought) and ends <= set(sought)


def _only_to_come(stem: str, statements: list[str], dated: list[str]) -> bool:
    """Whether the statements write the asked act ("sign") only as still to be done ("working
    to sign a pact") and no dated statement writes it at all: the date they give is of
    something else, and what they say of the act is that it has not happened."""
    if any(re.search(rf"\b{re.escape(stem)}", piece, re.I) for piece in dated):
        return False
    return any(_only_intended(stem, piece.lower()) for piece in statements) and not any(
        re.search(rf"\b{re.escape(stem)}", piece, re.I) and not _only_intended(stem, piece.lower())
        for piece in statements
    )


# Where a sentence turns from one statement to another that sets it against the first: "the
# rule took effect in 2018, but the system still only takes proposals from below".
_TURN_ASIDE = lazy(r";\s+|,?\s+\b(?:but|whereas|while|although|though|yet)\s+", re.I)


def _dated_part(statement: str) -> str:
    """The clauses of ``statement`` that state a date, else the whole of it: what the date is
    of is told beside it, and a word of proposing in a clause the sentence turns to ("…, but
    proposals still only move from below") says nothing of whether the dated act took place."""
    dated = [c for c in _TURN_ASIDE.split(statement) if has_type(c, "date")]
    return " ".join(dated) or statement


# A name of two or more capitalised words: "Harbour Levy Act", "Port Council".
_NAMES_GIVEN = lazy(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


def _verb_of(rest: str) -> str | None:
    """The verb after a subject ("the council pass the bill", "lawmakers vote on"): the first
    lower-case word not a stopword that its object, a preposition or the end follows, not the
    plural subject before it. A subject that is a name ("the Harbour Levy Act become law") ends
    where its capitals do, and the word after it is the verb whatever follows."""
    written = re.findall(r"[A-Za-z][\w'’-]*", rest)
    start = next((i for i, w in enumerate(written) if w.lower() not in _DETERMINERS), 0)
    end = start
    while end < len(written) and written[end][0].isupper():
        end += 1
    if start < end < len(written) and not re.search(r"['’]s$", written[end - 1]):
        after = written[end]
        if after.islower() and after not in STOPWORDS:
            return after
    return next(
        (
            w
            for w, after in zip(written, [*written[1:], ""], strict=True)
            if w.islower()
            and w not in STOPWORDS
            and (not after or after in STOPWORDS or not after.islower())
        ),
        None,
    )


_DETERMINERS = frozenset("the a an its their his her this that these those".split())


# What a question in the active voice asks about: the words after its auxiliary or its "who"
# ("when did the allies sign the pact", "when are they expected to sign it", "who chairs it").
_ACTIVE_EVENT = lazy(
    r"\b(?:did|does|do|will|would|shall|are|is|who)\s+((?:[\w'’.-]+\s+){0,8}[\w'’.-]+)", re.I
)
_INFINITIVE = lazy(r"\bto\s+$", re.I)
_WORD = lazy(r"[A-Za-z]{2,}")
# Words that make the infinitive after them the event itself: "expected to sign" asks about the
# signing, where "began to sign" asks about the beginning.
_PROSPECT = lazy(
    r"\b(?:expected|set|due|going|likely|scheduled|slated|poised|planning|plan|plans|aim|aims|"
    r"intend|intends|hope|hopes)\s+to\s+$",
    re.I,
)

# The same before a passive: "due to be held", "scheduled to be signed".
_PROSPECT_PASSIVE = lazy(_PROSPECT.pattern.removesuffix(r"\s+to\s+$") + r"\s+to\s+be\s+[a-z]", re.I)

# The same as the very verb a question asks about: "were the levies slated to start", "was the
# vote scheduled to take place" ask of the plan, whatever the verb after it.
_PROSPECT_ASKED = lazy(
    r"\b(?:was|were)\s+(?:[\w'’.-]+\s+){0,8}?(?:expected|set|due|scheduled|slated|planned)\s+to\s+"
    r"[a-z]",
    re.I,
)

# A question about what is still to come, and a statement that dates it ahead.
_FUTURE = lazy(
    r"\b(?:will|shall|(?:expected|set|due|going|likely|scheduled|slated|planned)\s+to)\b", re.I
)
_DUE = words(r"scheduled|expected|due|slated|set for|planned for|will|by the end of")

# The answer types whose statements must say the event asked about took place: when it did,
# who did it.
_EVENT_KINDS = frozenset({"date", "agent", "person", "organisation", "company", "country"})


def _done(frame: Frame, statements: list[str], entities: Entities | None = None) -> bool:
    """Whether a statement that gives what is asked (a date, a name) says the event asked about
    took place, not only that someone is to do it: "when did the allies sign the pact" is not
    answered by "in talks since 2019 to sign a pact", nor "who is leading the talks" by "the
    ministry may use it to lead the talks". A word of the question that a statement writes only
    as an infinitive ("to sign") is the event not done; a word the question itself writes after
    "to" ("rose to USD 5 million", "began to sign") is not the event, unless it follows a word of
    prospect ("expected to sign")."""
    found = _ACTIVE_EVENT.search(frame.question)
    if found is None:
        return True
    asked = []
    rest = _from_the_verb(found.group(1))
    for word in re.finditer(r"[A-Za-z][\w'’-]{2,}", rest):
        before = rest[: word.start()]
        if _INFINITIVE.search(before) and not _PROSPECT.search(before):
            continue
        if word.group()[0].isupper():
            # A name or a unit ("EUR", "the Harbour Act") is no verb: "lifted to EUR 3 million"
            # writes no infinitive.
            continue
        if word.group().lower() not in STOPWORDS:
            asked.append(word_forms.stem(word.group().lower(), written=True))
    giving = [
        p.lower()
        for p in statements
        if _WORD.search(p) and has_type(p, frame.answer_type, entities)
    ]
    # "When will they sign it" asks when the event is due, which a statement that schedules it
    # ("agreed to sign it at the next round, set for May") gives; "in talks since 2019 to sign
    # it" dates only the talks.
    ahead = _FUTURE.search(frame.question) is not None
    change = _asks_change(rest)
    return not giving or any(
        not any(_only_intended(word, said) for word in asked)
        or (ahead and _DUE.search(said))
        or (change and _tells_change_done(said))
        for said in giving
    )


# A yes/no question that asks whether an act was done: "did the council pass the bill", "have
# they signed it yet". Its act is the verb after the subject; a few words before it only say
# that it came about in the end or insist on it ("end up signing", "manage to sign", "actually
# signed"), and name no act of their own.
_ASKS_DONE = lazy(r"^\W*(?:did|has|have|had)\s+(?!not\b)(?P<rest>[^?;]+)", re.I)
# The same in the passive: "has the pact been signed", "was the bill passed".
_ASKS_DONE_TO = lazy(
    r"^\W*(?:(?:has|have|had)\s+(?:[\w'’.-]+\s+){1,8}?been|(?:was|were)\s+(?:[\w'’.-]+\s+){1,8}?)"
    r"\s*(?:(?:already|actually|finally|ever|eventually|officially|formally)\s+)?"
    r"(?P<done>(?-i:[a-z]+ed))\b",
    re.I,
)
_CAME_ABOUT = lazy(
    r"\b(?:end|ended|wind|wound)\s+up\s+(?=[a-z]+ing\b)"
    r"|\b(?:manage|managed|get|got)\s+(?:around\s+)?to\s+(?=[a-z])"
    r"|\b(?:go|gone|went)\s+on\s+to\s+(?=[a-z])"
    r"|\b(?:already|actually|finally|really|ever|eventually|ultimately|officially|formally|yet|"
    r"indeed|truly|still)\s+",
    re.I,
)
# How an act a statement writes is told: denied ("did not sign", "decided not to seek"), only
# sought ("in talks to sign"), only to come ("will sign", "could be signed") or under way ("in
# the process of signing"). What is none of these tells the act as done.
_DENIED = lazy(r"\b(?:not|never|no\s+longer)\s+(?:[a-z]+\s+){0,2}$", re.I)
_SOUGHT = lazy(r"\bto\s+(?:be\s+)?$", re.I)
_TO_COME = lazy(
    r"\b(?:will|would|shall|may|might|could|should|can|must)\s+(?:[a-z]+\s+){0,2}$", re.I
)


def _act_asked(question: str) -> str | None:
    """The stem of the act a yes/no question asks was done ("sign" of "did they end up signing
    the pact?"), or None when it asks no act."""
    passive = _ASKS_DONE_TO.search(question)
    asked = _ASKS_DONE.search(question)
    if passive is not None:
        verb: str | None = passive["done"]
    elif asked is not None:
        verb = _verb_of(_CAME_ABOUT.sub("", asked["rest"]))
    else:
        return None
    if verb is None:
        return None
    stem = word_forms.stem(verb.lower(), written=True)
    # "conclude" is written "concluded" and "concluding" too.
    return stem[:-1] if stem.endswith("e") and len(stem) > 3 else stem


def _thing_done(question: str) -> str | None:
    """The noun of the thing a yes/no question asks an act was done to: the subject of a passive
    ("has the pact been signed") or the object after the verb ("did they conclude the pact")."""
    passive = _ASKS_DONE_TO.search(question)
    if passive is not None:
        subject = re.search(
            r"^\W*(?:has|have|had|was|were)\s+(?P<subject>.*?)(?:\s+been)?\s*$",
            question[: passive.start("done")],
            re.I,
        )
        return _head_noun(subject["subject"]) if subject else None
    asked = _ASKS_DONE.search(question)
    verb = _verb_of(_CAME_ABOUT.sub("", asked["rest"])) if asked else None
    if asked is None or verb is None:
        return None
    after = re.search(rf"\b{re.escape(verb)}\b(?P<object>.*)", asked["rest"])
    return _head_noun(after["object"]) if after else None


def _tells_act(stem: str, said: str) -> bool | None:
    """Whether ``said`` tells the act of ``stem`` as done or denied (True), only as sought, to
    come or under way (False), or does not write it (None)."""
    told = None
    for found in re.finditer(rf"\b{re.escape(stem)}(?:e|es|s|d|ed|ing|[a-z]ed|[a-z]ing)?\b", said):
        before = said[: found.start()]
        if _DENIED.search(before):
            return True
        pending = (
            _SOUGHT.search(before)
            or _TO_COME.search(before)
            or (found.group().endswith("ing") and not stem.endswith("ing"))
        )
        if not pending:
            return True
        told = False
    return told


def _told_done(question: str, statements: list[str]) -> bool:
    """Whether the statements can answer whether the act a yes/no question asks of was done:
    not when those that write it tell it only as sought, to come or under way ("the allies have
    been in talks to sign a pact" for "did they sign the pact?"). A statement in other words
    than the question's is left to the other checks."""
    stem = _act_asked(question)
    if stem is None:
        return True
    told = [_tells_act(stem, piece.lower()) for piece in statements]
    if all(t is None for t in told):
        # No statement writes the act: "did the assembly pass the bill?" is still not answered
        # when every statement tells of the measure only as put forward ("a bill was proposed
        # in 2023; if made law it would ..."), unless putting it forward is the act asked; nor
        # "did they conclude the pact?" when every statement naming the pact names it only as
        # what an infinitive seeks ("coordinating to sign a pact"), whatever its verb.
        thing = _thing_done(question)
        naming = [p for p in statements if thing and re.search(rf"\b{re.escape(thing)}", p, re.I)]
        if naming and all(_only_sought_thing(thing, p.lower()) for p in naming):
            return False
        return not _only_put_forward(question, statements)
    return any(told)


# What the act a yes/no question asks of was done to: the first word after its verb, past an
# article or a possessive ("pay a levy", "sign any contracts", "lose its licence").
_ACT_OBJECT = (
    r"(?:e|es|s|d|ed|ing|[a-z]ed|[a-z]ing)?\s+"
    # A phrasal verb's particle ("hold back any parts") belongs to the verb, not to the thing.
    r"(?:(?:back|out|off|up|down|over|away|aside|forward|through|in|on)\s+)?"
    r"(?P<named>(?:(?:a|an|any|the|its|their|his|her|some)\s+)?(?P<thing>(?![a-z]+ly\b)[a-z]{4,}))\b"
)

# Acts of telling or showing ("did the paper mention any risks?", "did the report list fees?"):
# whether a source tells a thing may be answered in other words than the question's, so the
# thing need not be written as asked.
_TELLING_ACT = lazy(
    r"(?:say|said|tell|told|mention|discuss|cite|list|note|flag|rais|giv|gave|offer|point|"
    r"describ|report|highlight|identif|claim|argu|suggest|recommend|propos|present|show|"
    r"provid|includ|contain|specif|detail|outlin|address|cover|explain|warn|admit|acknowledg)",
    re.I,
)


def _act_object_unwritten(
    frame: Frame, answer: Answer, statements: list[str], entities: Entities | None
) -> str | None:
    """The thing a yes/no question asks was acted on ("a levy" of "did the yard pay a levy?"),
    when no statement writes the act and neither the statements nor the whole of any source
    they cite ever write that thing: the sources cannot tell whether an act on it was done,
    whatever else they tell of its subject. Else None. Only an act in the active voice, asked
    as a question of its own (a claim under test is judged by its figures)."""
    if frame.answer_type != "yesno" or frame.claim or entities is None:
        return None
    if entities.source_text is None or not answer.citations:
        return None
    asked = _ASKS_DONE.search(frame.question)
    stem = _act_asked(frame.question)
    if asked is None or stem is None or _TELLING_ACT.match(stem):
        return None
    if any(_tells_act(stem, piece.lower()) is not None for piece in statements):
        return None
    found = re.search(rf"\b{re.escape(stem)}{_ACT_OBJECT}", asked["rest"])
    if found is None or found["thing"] in STOPWORDS:
        return None
    thing = word_forms.stem(found["thing"], written=True)
    written = re.compile(rf"\b{re.escape(thing)}", re.I)
    texts = [*statements, *(entities.source_text(c.source_id) for c in answer.citations)]
    if any(written.search(text) for text in texts):
        return None
    return found["named"]


# A measure told only as put forward, not decided: proposed, drafted, pending, not yet law, or
# what it would do "if made law" / "if passed".
_PUT_FORWARD_ONLY = words(
    r"propos\w*|draft(?:ed|s)?|pending|not\s+yet|if\s+(?:made|enacted|passed|adopted)\b"
)


def _only_put_forward(question: str, statements: list[str]) -> bool:
    """Whether every statement tells of a measure only as put forward ("proposed a bill"), for a
    question that asks of another act than putting it forward."""
    telling = [piece for piece in statements if _WORD.search(piece)]
    if not telling or _PUTTING_FORWARD.search(question):
        return False
    return all(_PUT_FORWARD_ONLY.search(piece) for piece in telling)


# The verbs of a change to a level, a rule or a figure ("raise", "lower", "lift", "cut"), and
# their completed forms: passive or perfect ("was raised", "has been lowered", "had cut") or a
# plain past tense no modal or "to" stands before ("Korea raised the value in 1986").
_CHANGE_STEMS = (
    r"rais|lower|lift|cut|increas|reduc|decreas|chang|revis|amend|tighten|relax|eas|adjust|"
    r"hik|boost|doubl|halv|trebl|tripl|expand|extend|narrow|widen|scal|push|bump"
)
_CHANGE_ASKED = lazy(rf"^(?:{_CHANGE_STEMS})(?:e|es|s|ed|ing|ting)?$", re.I)
# A level moving, asked of as the change it is: "when did the trigger climb to USD 5 million".
_MOVE_ASKED = lazy(
    r"^(?:climb|rise|rose|risen|go|gone|went|jump|grow|grew|grown|fall|fell|drop|move)(?:s|ed|ped)?$",
    re.I,
)
# A word before "to", "from" or "by" and a figure: the level a change goes to.
_TO_LEVEL = lazy(
    r"\b([A-Za-z]+)\s+(?:to|from|by)\s+(?:[$€£]|usd\b|krw\b|eur\b|\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b)",
    re.I,
)
_CHANGE_DONE = lazy(
    r"\b(?:was|were|has|have|had)\s+(?:been\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:(?:{_CHANGE_STEMS})(?:e|)d|cut|lifted)\b"
    r"|(?<!\bto\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bmust\s)(?<!\bshall\s)(?<!\bcan\s)"
    rf"\b(?:{_CHANGE_STEMS})(?:e|)d\b",
    re.I,
)


def _asks_change(rest: str) -> bool:
    """Whether the act a question asks of, from its verb on ("lift its trigger to USD 5
    million"), is a change to a level or a rule."""
    verb = re.match(r"[A-Za-z]+", rest)
    if verb is not None and _CHANGE_ASKED.match(verb.group()) is not None:
        return True
    # The verb found may be a noun of the subject ("the trigger climb to USD 5 million"): a
    # word of moving a level that goes to, from or by a figure is the change asked of.
    return any(
        _CHANGE_ASKED.match(m.group(1)) or _MOVE_ASKED.match(m.group(1))
        for m in _TO_LEVEL.finditer(rest)
    )


def _tells_change_done(said: str) -> bool:
    """Whether a statement tells, in the clauses that date it, of a change as done ("the fee
    to enter the market was cut to EUR 2 million in 1991"): a word of the question it
    writes only after "to" is then a noun's complement ("the fee to enter"), not an act
    still to come. A change only proposed ("was proposed to be raised") tells of none."""
    dated = _dated_part(said)
    return _CHANGE_DONE.search(dated) is not None and not _ONLY_PUT_FORWARD.search(dated)


def _from_the_verb(rest: str) -> str:
    """The words after an auxiliary from their verb on ("reach USD 5 million" of "the trigger
    reach USD 5 million"): the subject before the verb names what acted, not the act, and a
    statement may write it after "to" as a noun's complement ("the value to trigger the
    requirement") with the act done all the same. The whole when no verb is found."""
    verb = _verb_of(rest)
    at = re.search(rf"\b{re.escape(verb)}\b", rest) if verb else None
    return rest[at.start() :] if at else rest


# "How did the council vote on the bill?": how an event went, told by its verb.
_HOW_DID = lazy(r"\bhow\s+did\s+(?P<rest>[^?,;]+)", re.I)


def _told_how(question: str, statements: list[str]) -> bool:
    """Whether the statements can tell how the event a "how did <subject> <verb>" question asks
    about went: not when none of them writes its verb and they tell of it only as proposed or
    drafted ("how did the council vote on the bill?" against "a bill was proposed").
    A statement in other words than the question's is left to the other checks."""
    stem = _asked_stem(_HOW_DID.search(question))
    if stem is None:
        return True
    if any(re.search(rf"\b{re.escape(stem)}", piece, re.I) for piece in statements):
        return True
    return not any(_ONLY_PUT_FORWARD.search(piece) for piece in statements)


# "What did the inspectors conclude in their 2019 review?", "what did the panel's audit find?":
# what a body found, concluded or advised, asked of an event of finding out.
# The finding may be named between "what" and its verb ("what flaws did the review turn up",
# "what specific faults did the panel report"), and reported rather than found.
_ASKS_FINDING = lazy(
    r"\bwhat\s+(?:[a-z]+\s+){0,2}?(?:did|does|do|has|have|had)\s+(?P<who>[^?,;]+?)\s+"
    r"(?:conclude|find|found|recommend|advise|determine|establish|uncover|discover|reveal|rule|"
    r"report|identify|turn\s+up)\b"
    r"(?P<rest>[^?;]*)",
    re.I,
)
# The same asked inside another question, with no auxiliary: "anything on what the assessors
# turned up?", "tell me what the commission concluded". The body is named with its article or
# its capitals, not by a bare word ("what was found" asks of no body).
_ASKS_FINDING_WITHIN = lazy(
    r"\b[Ww]hat\s+(?P<who>(?:the|its|their|this|that|[A-Z][\w'’-]*)\s+[^?,;]*?)\s+"
    r"(?:[a-z]+ly\s+)?(?:found|concluded|determined|uncovered|discovered|revealed|ruled|"
    r"identified|turned\s+up)\b"
    r"(?P<rest>[^?;]*)",
)
# The finding named as such before the body, with a verb that only carries it ("what
# conclusions did the 2019 review come to", "what findings did the panel's audit produce"):
# asks what was found as the verbs of finding do.
_ASKS_FINDING_NOUN = lazy(
    r"\bwhat\s+(?:[a-z]+\s+)?(?:findings?|conclusions?|results?|verdicts?)\s+"
    r"(?:did|does|do|has|have|had)\s+(?P<who>[^?,;]+?)\s+"
    r"(?:reach|reached|come\s+to|arrive\s+at|produce|yield|draw|make|issue|present|deliver|"
    r"return|publish|bring)\b"
    r"(?P<rest>[^?;]*)",
    re.I,
)
# The event a finding is asked of: "in its 2019 review", "from the audit", "the panel's audit".
_FINDING_EVENT = lazy(
    r"\b(?:in|from|after|during|through|by)\s+(?:its|their|the|his|her|that|this)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[a-z]+\s+){0,2}?(?P<event>[a-z]{4,})"
    r"(?:\s+(?:of|into|on|about|over|for|concerning)\b[^,;]*)?\s*$",
    re.I,
)
# The event told by a clause of its own after the finding: "when it audited the fund in 2019",
# "after the panel inspected the docks". Its verb in the past names the event.
_FINDING_CLAUSE = lazy(
    r"^\s*(?:when|after|as)\s+(?:it|they|he|she|(?:the|its|their)\s+[a-z]+)\s+"
    r"(?:[a-z]+ly\s+)?(?P<event>(?-i:[a-z]{3,}ed))\b",
    re.I,
)
# What the event was of, after it: "the panel's 2019 audit of the harbour fund". Its words name
# what was examined, not who examined it. The event is a common noun, never a word of a name
# ("the 2021 Office of the Port Ombudsman review").
_EVENT_OF = r"(?P<of>\s+(?:of|into|on|about|over|for|concerning)\s[^,;]*)?"
_EVENT_SUBJECT = lazy(
    rf"(?:['’]s|\b(?:19|20)\d\d)\s+(?:[a-z]+\s+){{0,2}}?(?P<event>(?-i:[a-z]{{4,}})){_EVENT_OF}\s*$",
    re.I,
)
# An event named after its body's name, however long: "the 2019 Port Safety Board review".
_NAMED_BODY_EVENT = lazy(
    r"(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s+|(?:of|and|for|the)\s+)+(?P<event>[a-z]{4,})"
    + _EVENT_OF
    + r"\s*$"
)
# Words that report what was found: a verb of finding or saying, or the finding named as such.
_FOUND = words(
    r"found|finds|concluded|concludes|conclusions?|findings?|determined|recommend\w*|"
    r"advised|ruled|judged|revealed|showed|shows|uncovered|discovered|identified|"
    r"pointed\s+(?:out|to)|noted|said|says|stated|criticized|criticised|faulted|blamed|flagged|"
    r"cited|highlighted|argued|"
    r"warned|urged|called\s+for|according\s+to|results?\s+of"
)


def asks_finding(question: str) -> bool:
    """Whether ``question`` asks what a body found, concluded or advised."""
    return _finding_asked(question) is not None


def _finding_asked(question: str) -> re.Match[str] | None:
    """The "what did <who> find <rest>" of ``question``, by a verb of finding or by the finding
    named before its body."""
    return (
        _ASKS_FINDING.search(question)
        or _ASKS_FINDING_NOUN.search(question)
        or _ASKS_FINDING_WITHIN.search(question)
    )


def _found_when(question: str) -> bool:
    """Whether ``question`` asks what a body found in an event told by a "when" clause after it
    ("what did the board find when it inspected the depot?"): the "when" sets the event, and the
    question asks the finding, not a date."""
    asked = _finding_asked(question)
    return asked is not None and _FINDING_CLAUSE.search(asked["rest"]) is not None


def _tells_finding(question: str, statements: list[str]) -> bool:
    """Whether the statements can tell what a body found in an event a question asks of
    ("what did the inspectors conclude in their 2019 review?"): not when some of them write the
    event ("the inspectors reviewed the fund in 2019") and none that writes it or names the body
    reports a finding. That an event took place says nothing of what it found, nor do the
    sentences beside it on other matters; an answer that never writes the event (a report's own
    findings, in its words) is left to the other checks."""
    asked = _finding_asked(question)
    if asked is None:
        return True
    found = (
        _FINDING_EVENT.search(asked["rest"].strip())
        or _FINDING_CLAUSE.search(asked["rest"])
        or _EVENT_SUBJECT.search(asked["who"])
        or _NAMED_BODY_EVENT.search(asked["who"])
    )
    if found is None or found["event"].lower() in STOPWORDS:
        return True
    event = re.compile(
        rf"\b{re.escape(word_forms.stem(found['event'].lower(), written=True))}", re.I
    )
    table = name_table()
    # The body is named before what its event was of: a statement on the thing examined (the
    # "harbour fund" of "the panel's audit of the harbour fund") is not one about the event.
    who = asked["who"]
    if found.groupdict().get("of"):
        who = who[: found.start("of")]
    bodies = [n for kind in table.patterns for n in table.find(kind, who)]
    own = [
        word_forms.stem(w.lower(), written=True)
        for w in _WORD.findall(who)
        if w.lower() not in STOPWORDS
    ]
    tied = [
        piece
        for piece in statements
        if event.search(piece)
        or any(table.mentions(n, piece) for n in bodies)
        or any(re.search(rf"\b{re.escape(w)}", piece, re.I) for w in own if len(w) >= 4)
    ]
    if not any(event.search(piece) for piece in statements):
        return True
    return any(_FOUND.search(piece) for piece in tied)


# Words that say a measure was only put forward, not decided: the event a "how did" question
# asks about (a vote, a passage) is then not told. Softer words ("would", "plans") leave it open.
_ONLY_PUT_FORWARD = words(r"propos\w*|bills?|draft\w*|pending|not\s+yet")
# The verbs of putting something forward, asked as the act itself.
_PUTTING_FORWARD = words(
    r"put(?:s|ting)?\s+(?:[\w'’-]+\s+){0,6}?forward|propos\w*|submit\w*|draft\w*"
)


# "Why did the dam give way?": why something happened or was done. "Why is it odd", "why are
# the growers unhappy" ask about a state or a judgment, whose grounds are facts. An adverb that
# only insists on the cause ("why exactly did", "why precisely has") asks the same.
_WHY_DONE = lazy(
    r"(?:" + WHY_OPENING + r"(?:did|does|do|has|have|had|would|will|can|could|might)|"
    r"\bwhat\s+(?:caused|causes|drove|drives|led|leads|made|makes|prompted|explains))\s+"
    r"(?P<rest>[^?]+)",
    re.I,
)
# "Why was the fee raised?": a passive names an event done, as "why did they raise it" does.
_WHY_PASSIVE = lazy(
    WHY_OPENING
    + r"(?:was|were|is|are)\s+(?P<rest>"
    + SAME_CLAUSE_WORDS
    + r"(?-i:[a-z]+ed)\b[^?]*)",
    re.I,
)
# A why-question about a view, a stance or a judgment ("why do critics think …", "why was it
# seen as odd", "why is the board wary of it") is answered by its grounds, which seldom say
# "because": the facts the view rests on.
_A_VIEW = words(
    r"think\w*|thought|believe\w*|feel\w*|felt|see|sees|seen|saw|view\w*|regard\w*|"
    r"consider\w*|find|finds|found|deem\w*|seem\w*|look|looks|looked|appear\w*|"
    r"say|says|said|call\w*|argu\w*|claim\w*|insist\w*|critici[sz]\w*|blame\w*|"
    r"prais\w*|recommend\w*|urg\w*|want\w*|like|likes|liked|prefer\w*|favou?r\w*|"
    r"support\w*|oppos\w*|expect\w*|fear\w*|worr\w*|hope\w*|"
    r"odd|strange\w*|surpris\w*|unexpected\w*|unusual|notable|important|significant\w*|"
    r"matter\w*|controversial|reluctant|wary|keen|eager|hesitant|cautious|skeptical|sceptical"
)
# Words that give a cause beside the ones a cause sentence is picked by: what an event followed
# from, or led to.
_CAUSED = words(
    r"following|amid|in response to|in light of|thanks to|as a result|led to|leads? to|"
    r"therefore|thus|hence|given that|so that|prompted|triggered|since (?:the|it|they|its|their)"
)
# "The ministry explains that it has not …" reports what someone says, not why.
_EXPLAINS_THAT = words(r"explain(?:s|ed)?\s+that")
# "What explanation does the ministry give for the drop", "how does the union explain it": the
# explanation someone gives, which a statement reporting it ("the union explains that …") gives.
_GIVEN_EXPLANATION = words(
    r"(?:explanations?|accounts?)\s+(?:does|do|did)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:give|gives|offer|offers|provide|provides)"
    r"|how\s+(?:does|do|did)\s+(?:[\w'’-]+\s+){1,4}?explain"
)
# How many words of its own a reported explanation says beyond the event asked of: one is a word
# put otherwise ("has not been accommodating" for "stopped accommodating"); two say something.
_OWN_WORDS_OF_AN_EXPLANATION = 2
# A hyphenated compound ("military-support pledges", "well-liked"): one word that names or
# describes a thing, whose parts are no verb or judgment the question asks the grounds of.
_COMPOUND = lazy(r"[\w'’]+(?:-[\w'’]+)+")


def asks_cause(frame: Frame, asked_with: str = "") -> bool:
    """Whether ``frame`` asks the cause of an event: a reason question, or a why-clause within a
    longer ask ("trace the fee: why was it raised twice?"). A part of a question whose only
    asking word is "why" ("why was the levy cut in 1997, and again in 2001?") asks a cause too,
    however the part was filled out."""
    if frame.answer_type == "reason" or asked_event(frame.question) is not None:
        return True
    return bool(asked_with) and only_why(asked_with)


def _gives_cause(question: str, statements: list[str], given: str = "") -> bool:
    """Whether a statement gives the cause (or the purpose) a "why did it happen" question asks
    for: one that tells only what happened, in the question's words or others ("the pledge
    was only 10% fulfilled" for "why did the firm fall short"), restates the question. A
    question about a view is answered by the facts the view rests on, and always passes.

    A statement that gives a cause gives it only for the event it explains: the causes of a
    fall are no reasons for a rise, nor the reasons for a stance the reasons for a renaming in a
    year those causes never name (``causes_asked``). When statements give causes, one must be
    of the asked event. A part of a longer question ("… in 1997? What was the thinking?")
    asks of the event the whole ties down, when it ties down none itself."""
    event = asked_event(question)
    whole = asked_event(given) if given and given.strip() != question.strip() else None
    if event is None:
        event = whole
    elif whole is not None and not event.years and not event.quoted and not event.months:
        event = replace(event, years=whole.years, quoted=whole.quoted, months=whole.months)
    asked = _WHY_DONE.search(question) or _WHY_PASSIVE.search(question)
    rest = asked["rest"] if asked is not None else event.words if event is not None else ""
    if _A_VIEW.search(_COMPOUND.sub(" ", rest)):
        return True
    if event is not None and _GIVEN_EXPLANATION.search(question):
        if any(_explains_beyond(piece, event.words) for piece in statements):
            return True
    causes = [
        i
        for i, piece in enumerate(statements)
        if CAUSE.marked_by.search(_EXPLAINS_THAT.sub(" ", piece)) or _CAUSED.search(piece)
    ]
    if event is not None and causes:
        return any(
            explains_event(event, statements[i], statements[i - 1] if i else "") for i in causes
        )
    return (asked is None and event is None) or bool(causes)


# "Which countries", "which firms": several of a kind asked for, which a statement may give as all
# those of a description ("on all unfair countries", "every firm that bid") instead of by name.
_WHICH_SEVERAL = lazy(
    r"\bwhich\s+(?:[\w-]+\s+)?(?:countries|nations|governments|companies|firms)\b", re.I
)
_ALL_OF_KIND = lazy(
    r"\b(?:all|every|each)\s+(?:(?!of\b)[\w-]+\s+){0,2}?"
    r"(?:countries|country|nations?|governments?|companies|company|firms?)\b",
    re.I,
)


def _all_of_kind(frame: Frame, said: str) -> bool:
    """Whether the answer gives the several things of a kind ``frame`` asks for ("which
    countries") as all of a description ("all unfair countries"): which ones, told by what they
    are rather than by name."""
    return bool(_WHICH_SEVERAL.search(frame.question) and _ALL_OF_KIND.search(said))


def _explains_beyond(statement: str, event: str) -> bool:
    """Whether ``statement`` reports someone's explanation ("the union explains that …") that
    says more than the event it is asked for: one that only restates the event ("explains that
    since 2010 they have not …" for "why did they stop in 2010") explains nothing."""
    said = _EXPLAINS_THAT.search(statement)
    if said is None:
        return False
    own = word_forms.stems(statement[said.end() :], shortest=3, numbers=True, parts=True)
    own -= word_forms.stems(event, numbers=True, parts=True)
    return len(own) >= _OWN_WORDS_OF_AN_EXPLANATION


def _only_intended(word: str, said: str) -> bool:
    """Whether ``said`` writes ``word`` (or a longer form of it), and only after "to"."""
    told = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\w*", said)]
    return bool(told) and all(_INFINITIVE.search(said[:at]) for at in told)


def _other_measure(frame: Frame, statements: list[str]) -> str | None:
    """What the answer's amounts measure instead, when the question asks the amount of one
    thing (what a purchase cost) and every amount the answer gives is named as another's (the
    offset it brought): that other thing's name, else None."""
    if frame.answer_type not in ("money", "quantity"):
        return None
    table = measure_table()
    asked = _measures_asked(frame.question)
    if len(asked) != 1:
        return None
    figures = [p for p in statements if has_type(p, frame.answer_type)]
    if any(
        not set(table.find("measures", noun)) - set(asked) for p in figures for noun in _valued(p)
    ):
        # "... no offsets on the frigate program (valued at USD 2 billion)": the amount set
        # beside a noun is that noun's, whatever else the sentence measures.
        return None
    others = {m for p in figures for m in table.find("measures", p)} - set(asked)
    if figures and others and not any(table.mentions(asked[0], p) for p in figures):
        return ", ".join(sorted(others))
    return None


def _writes_category(category: str, piece: str, question: str) -> bool:
    """Whether ``piece`` writes the offset category ``category`` as the name table knows it, or
    in the words ``question`` calls it by in any of their forms ("export" is written by "the
    growers exported")."""
    table = name_table()
    if table.mentions(category, piece):
        return True
    called = [
        found.group()
        for patterns in table.patterns.values()
        if category in patterns
        for found in [patterns[category].search(question)]
        if found
    ]
    written = {_word_key(w.lower()) for w in re.findall(r"[A-Za-z]+", piece)}
    return any(
        all(_word_key(w.lower()) in written for w in re.findall(r"[A-Za-z]+", name))
        for name in called
    )


# A figure asked as a value, a worth or a cost: an amount, which a count does not give.
_VALUE_ASKED = lazy(r"\b(?:values?|worth|costs?|prices?)\b", re.I)
# A clause of a question, between commas, dashes or brackets.
_CLAUSE = lazy(r"[^,;:()\u2014\u2013]+")


def _measures_asked(question: str) -> list[str]:
    """The measures (``knowledge/measures.yaml``) ``question`` asks an amount of: not one it
    names only in a clause that gives its own amount ("what did the navy pay for the ships, the
    deal that brought EUR 90 million in offsets?" asks the price, the offset being given)."""
    table = measure_table()
    named = table.find("measures", question)
    given = {
        measure
        for clause in _CLAUSE.findall(question)
        if find_money(clause)
        for measure in table.find("measures", clause)
    }
    asking = [
        measure
        for clause in _CLAUSE.findall(question)
        if not find_money(clause)
        for measure in table.find("measures", clause)
    ]
    kept = [m for m in named if m not in given or m in asking]
    return kept or named


# An amount set beside a noun, in brackets or between commas: "the frigate program (valued at
# USD 2 billion)", "the dredging deal, worth EUR 40 million, ...". The noun phrase before it:
# up to five words, back to a preposition ("the last batch of [the dredger order]").
_SET_BESIDE = lazy(
    r"((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s*(?:\(|,)\s*(?:valued\s+at|worth|estimated\s+at)\s"
    r"(?:[^(),]|(?<=\d),(?=\d))*\d(?:[^(),]|(?<=\d),(?=\d))*(?:\)|,|$)",
    re.I,
)
_PHRASE_START = lazy(
    r".*\b(?:of|in|on|for|against|at|from|to|by|over|under|with|and|or)\s+", re.I | re.S
)


def _valued(piece: str) -> list[str]:
    """The noun phrases of ``piece`` that an amount is set beside ("the frigate program (valued
    at USD 2 billion)" gives "the frigate program"): the amount is theirs."""
    found = []
    for match in _SET_BESIDE.finditer(piece):
        phrase = match.group(1)
        start = _PHRASE_START.match(phrase)
        found.append(phrase[start.end() :] if start else phrase)
    return found


def _beyond(frame: Frame, said: str, statements: list[str], entities: Entities | None) -> bool:
    """Whether the answer names something besides what the question sets aside: a name of the
    asked kind once those are taken out, or another item listed with one of them ("radar and
    sonar"); an answer that names none of them is judged by the other checks."""
    if frame.answer_type in _FIGURES:
        return True
    aside = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(b) for b in frame.besides) + r")(?![\w-])", re.I
    )
    if entities is not None and frame.answer_type in entities.finders:
        return has_type(aside.sub(" ", said), frame.answer_type, entities)
    holding = [piece for piece in statements if aside.search(piece)]
    if not holding:
        return True
    # A name's initials in brackets come between it and the next item ("Alpha (AL), Beta …").
    listed = re.compile(
        rf"(?:{aside.pattern})(?:\s*\([^()]*\))?\s*(?:,|\band\b|\bor\b|\bas well as\b)\s*\w"
        rf"|\w[\w)]*\s*(?:,|\band\b|\bor\b)\s+(?:the\s+)?(?:{aside.pattern})",
        re.I,
    )
    return any(listed.search(piece) for piece in holding)


def unasked(text: str, question: str) -> str:
    """``text`` with every figure the question itself gives blanked out (years aside: a year
    names a time, not an answer)."""
    given = {t.scaled() for t in _figures(question)}
    for token in reversed(_figures(text)):
        if token.scaled() in given:
            text = text[: token.start] + " " * (token.end - token.start) + text[token.end :]
    return text


def _figures(text: str) -> list[QuantityToken]:
    """The figures ``text`` states, not a year's or a name's number ("2022", "F-35")."""
    return list(_figures_read(text, tuple(READERS)))


# Kept per text: the checks read the figures of the same candidate sentences at every question.
# The readers are part of the key (``quantities._lexed``), so one plugged in later is never skipped.
@lru_cache(maxsize=16384)
def _figures_read(text: str, readers: tuple[object, ...]) -> tuple[QuantityToken, ...]:
    return tuple(
        t
        for t in lex(text, words=True)
        if not t.glued
        and not _joined(text[t.num_start - 1 : t.num_start])
        and _YEAR.fullmatch(t.text.strip()) is None
    )


# The answer types a figure states.
_FIGURES = frozenset({"money", "quantity", "percent", "count"})
# What is read with a source's relative times written out (``dated``): a figure, or figures
# compared ("more than last year (18 cases)").
_DATED_KINDS = _FIGURES | {"comparison"}


# What a year asked on its own may be asked of without a figure's time: a cause, a date, a name.
_UNTIMED_KINDS = frozenset({"reason", "date", "person", "agent", "organisation", "country"})


def _figure_time_unmet(frame: Frame, answer: Answer, entities: Entities | None) -> Unmet | None:
    """A year asked on its own ("in 2019", "2019 alone") that the cited figures' own times, as
    the tables date them, do not cover exactly (``period_figures``): a figure for 2016-2020, or
    for 2022, gives nothing for 2019."""
    if entities is None or entities.figure_times is None or answer.abstained:
        return None
    if frame.claim or frame.restated:
        # "The toll pact was sealed in 2014, wasn't it?": the year is the claim under test,
        # which the verdict answers by the time the sources give, not a time a figure is asked of.
        return None
    if frame.answer_type in _UNTIMED_KINDS or _SPAN.search(frame.question):
        return None
    years = [
        year
        for year in timed_years(frame.question)
        if not _is_bound(frame.question, year) and not _names_a_thing(frame.question, year)
    ]
    if not years:
        return None
    quotes = [citation.quote for citation in answer.citations]
    found = uncovered_year(
        years, quotes, entities.figure_times, lambda quote: bool(_figures(quote))
    )
    if found is None:
        return None
    # The periods found are not named: the refusal's nearest quote shows what the sources give,
    # and a period no quote it cites writes would be a figure it cannot trace.
    return Unmet(say("figure_times", year=found[0]))


def _year_unmet_on_dates(frame: Frame, answer: Answer, entities: Entities | None) -> Unmet | None:
    """``_year_unmet`` of ``answer`` read by its sources' dates (``dated``) when the frame asks
    for a figure or a comparison, with the evidence as the sources write it."""
    on_dates = dated(answer, entities) if frame.answer_type in _DATED_KINDS else answer
    said, statements = _as_said(frame, on_dates)
    return _year_unmet(frame, on_dates, said, statements, entities, evidence(answer))


def _stated_with(
    frame: Frame, statements: list[str], leaning: frozenset[str] = frozenset()
) -> bool:
    """Whether one statement gives the asked figure and names every code the question names,
    itself or in the statement it carries on from or leans on (``_leaning``)."""
    for before, piece in zip(["", *statements], statements, strict=False):
        # The figure is of what the question measures too: a program's offset pledge is no
        # figure of what was spent on it.
        if not has_type(piece, frame.answer_type) or _other_measure(frame, [piece]) is not None:
            continue
        named = piece + (" " + before if carries_on(piece) or piece in leaning else "")
        if all(_names(code, named) for code in frame.codes):
            return True
    return False


def _of_programs(frame: Frame, statements: list[str]) -> bool:
    """Whether one statement gives the asked figure and writes the noun of every program the
    question names by one (in any number: "submarine" for "submarines"), itself or in the
    statement it carries on from."""
    for before, piece in zip(["", *statements], statements, strict=False):
        if not has_type(piece, frame.answer_type):
            continue
        named = piece + (" " + before if carries_on(piece) else "")
        # A stop word read as a program's noun ("the") names none: nothing to find written.
        nouns = [n for n in frame.programs if n.lower() not in STOPWORDS]
        if all(word_forms.stem(noun) in word_forms.stems(named) for noun in nouns):
            return True
    return False


def _at_stage(frame: Frame, statements: list[str], entities: Entities | None = None) -> bool:
    """Whether one statement gives the asked figure and names every stage the question names
    ("the second phase"), itself or in the statement it carries on from, or in the label of a
    curated row that quotes it ("F-35A phase 1", ``row_labels``). A stage is told by its
    number, whatever the word for it: "the second tranche" is the sources' "second phase"."""
    labelled = entities.labelled if entities is not None else None
    asked = {number for _, number in frame.stages}
    for before, piece in zip(["", *statements], statements, strict=False):
        if not has_type(piece, frame.answer_type):
            continue
        if frame.answer_type == "count" and not counted([piece], frame.question):
            continue
        label = labelled(piece) if labelled is not None else ""
        named = stages(piece + (" " + before if carries_on(piece) else "") + f" {label}")
        if asked <= {number for _, number in named}:
            return True
    return False


def _stage_name(frame: Frame) -> str:
    """The stages the question names, as it writes them."""
    return ", ".join(written_stages(frame.question))


def _of_codes(frame: Frame, piece: str, before: str, leans: bool = False) -> bool:
    """Whether ``piece``, or the statement it carries on from (or leans on, ``leans``), names
    every code the question names, when it asks for a figure (any statement does when it names
    none)."""
    if frame.answer_type not in _FIGURES:
        return True
    named = piece + (" " + before if leans or carries_on(piece) else "")
    return all(_names(code, named) for code in frame.codes)


def _names_its_own(text: str, entities: Entities) -> bool:
    """Whether ``text`` names a program (by its code) or a country of its own."""
    return bool(CODE.search(text) or entities.names(text, "countries"))


def _leaning(answer: Answer, statements: list[str], entities: Entities | None) -> frozenset[str]:
    """The statements of ``answer`` (as ``statements`` gives them) that are of the program the
    statement before them names: both are quoted from one paragraph of one source, in its
    order, and the later names no program or country of its own. A paragraph on one deal names
    it once ("40 F-35A aircraft") and then states its figures ("the export rate was 23.4%"); a
    sentence there that names the country ("offsets obtained by Korea fell") is of the country's
    whole, not of the deal."""
    if entities is None or entities.source_text is None:
        return frozenset()
    by_marker = {c.marker: c for c in answer.citations}
    cited: list[Citation | None] = []
    pieces = re.split(r"(\[\d+\]|\n)", answer.answer)
    for at, piece in enumerate(pieces):
        if at % 2 or not piece.strip():
            continue
        after = pieces[at + 1] if at + 1 < len(pieces) else ""
        marker = re.fullmatch(r"\[(\d+)\]", after)
        cited.append(by_marker.get(int(marker[1])) if marker else None)
    if len(cited) != len(statements):
        return frozenset()
    leaning = set()
    for at in range(1, len(statements)):
        first, then = cited[at - 1], cited[at]
        if first is None or then is None or first.source_id != then.source_id:
            continue
        if then.start <= first.start or _names_its_own(then.quote, entities):
            continue
        text = entities.source_text(first.source_id)
        if "\n" not in text[first.start : then.start]:
            leaning.add(statements[at])
    return frozenset(leaning)


def _names(code: str, text: str) -> bool:
    """Whether ``text`` names the thing ``code`` names: the code itself, or a word the name
    table gives the same program ("Airbus" and "the tankers" for KC-X)."""
    if code_in(code, text):
        return True
    table = name_table()
    program = table.first("programs", code)
    return program is not None and table.mentions(program, text)


def unanswered_parts(
    frame: Frame,
    answer: Answer,
    frames: list[Frame],
    entities: Entities | None = None,
    terms: Callable[[str], list[str]] | None = None,
) -> list[Frame]:
    """The parts of a multi-part question whose asked figure the answer does not state.

    With ``terms`` (a text's search terms), a part is answered only by a statement that holds
    its figure and one of the words only that part uses: in "When did the bank open, and when
    were the rules issued?" a date about the rules does not answer when the bank opened."""
    said = evidence(answer)

    def holds(text: str, part: Frame) -> bool:
        # As for a whole question, a name the part gives is no answer to it: "which office
        # inside the agency runs it" is not answered by the agency.
        if part.answer_type in _NAMED_KINDS:
            text = _without_names(text, part.question)
        return has_type(text, part.answer_type, entities)

    statements_of = claims(answer)
    stated = [
        part
        for part in frames
        if holds(said, part)
        # A figure of the whole is no figure of the part a part's names pick out of it.
        and not _part_unmet(
            part, statements_of, _part_of(part, _clause_before(part, frame.question))
        )
        and not _pointed_unmet(part, statements_of)
        # Of one part among several, as of a whole question: another period's figure, or
        # another measure's figure for the period, is no figure for the period it asks.
        and not _period_unmet(part, statements_of)
        # Nor, as of a whole question, is a figure of another country one of the country the
        # part asks of, by name or by a pronoun for the country an earlier part names.
        and not _of_another_country(part, frames, answer, statements_of, entities)
        # Nor, as of a whole question, does a statement of an act only sought ("in talks to
        # sign a pact") say whether, or when, it was done.
        and not _event_unmet(part, frames, statements_of)
    ]
    # Nor, as of a whole question, is the figure a statement gives for a part asking another
    # kind a count of what a part counts ("how many staff" is not answered by the "five years"
    # another part asked for). Beside parts that count too, the words for the counted things
    # may be the sources' own others ("items" for "parts"), and each part keeps its number.
    if any(part.answer_type != "count" for part in stated):
        stated = [part for part in stated if not _count_unmet(part, statements_of, said)]
    stated = [part for part in stated if not _time_unmet(part, frames, answer, entities)]
    if terms is None or len(frames) < 2:
        return [part for part in frames if part not in stated]
    statements = [(piece, set(terms(_row_heads(piece)))) for piece in claims(answer)]
    asked = [set(terms(part.question)) for part in frames]
    whole = " ".join([frame.question, *(part.question for part in frames)])
    missing = []
    for i, part in enumerate(frames):
        own = asked[i] - set().union(*(a for j, a in enumerate(asked) if j != i))
        # A third country's figure ("Chile recently raised its rate to 9%") tells nothing of
        # what holds now for the country asked of, dated or not.
        holding = [
            piece
            for piece, _ in statements
            if holds(piece, part)
            and not (entities is not None and of_a_third_country(piece, whole, entities.names))
        ]
        if _asks_present_beside_a_past(part, frames) or _asks_present_beside_a_date(
            part, frames, holding
        ):
            # "What was the toll in 1971, and what is it today?": a statement of 1971 or of any year
            # between answers the first part only; the present is looked up on its own.
            missing.append(part)
            continue
        if _asks_start_beside_the_present(part, frames, holding):
            # "When did the toll begin, and what is it today?": the year of the rate in force
            # dates no beginning; the start is looked up on its own.
            missing.append(part)
            continue
        if part not in stated or (
            own and not any(own & words and holds(piece, part) for piece, words in statements)
        ):
            missing.append(part)
    return missing


def _count_unmet(part: Frame, statements: list[str], said: str) -> bool:
    """Whether ``part`` asks how many of a thing and no statement counts that thing, as
    ``unmet`` checks of a whole question (``counted``)."""
    return (
        part.answer_type == "count"
        and not counted(statements, part.question)
        and not runs_since(part, said)
    )


# A pronoun that points back to a thing an earlier part names: "… and what share does it ask?"
_POINTS_BACK = lazy(r"\b(?:it|its|they|their|them|there)\b", re.I)


def _of_another_country(
    part: Frame,
    frames: list[Frame],
    answer: Answer,
    statements: list[str],
    entities: Entities | None,
) -> bool:
    """Whether every statement of the answer giving the figure ``part`` asks for is of another
    country than the one the part asks of (``_about_another``, the whole question's check). A
    part naming no country asks of the country the parts before it name when it points back to
    them by a pronoun ("which body runs offsets in Chile, and what share does it ask?": Chile's
    share); a part naming none otherwise asks of no country in particular."""
    if entities is None or part.answer_type not in _FIGURES:
        return False
    asked = part
    if not entities.names(part.question, "countries") and _POINTS_BACK.search(part.question):
        before = frames[: frames.index(part)] if part in frames else []
        named = sorted({n for b in before for n in entities.names(b.question, "countries")})
        if not named:
            return False
        asked = replace(part, question=f"{part.question} ({', '.join(named)})")
    leaned = _leaned_on(answer, statements, entities)
    return _about_another(asked, statements, entities, leaned) is not None


def _time_unmet(
    part: Frame, frames: list[Frame], answer: Answer, entities: Entities | None
) -> bool:
    """Whether the answer leaves unmet a time ``part`` holds on its own, as it would asked alone:
    a year only it names ("when was the port opened, and what did its 2019 audit find?"), or,
    for a date, the event it dates ("when was the pact signed" is not answered by the year
    something else began, nor by talks to sign it). A statement answering another part gives
    neither."""
    others = {year for other in frames if other is not part for year in other.years}
    at = frames.index(part)
    if at + 1 < len(frames) and BARE_ASK.match(frames[at + 1].question):
        # "…, how many went to Chile, and for how much?": the bare ask after the part is asked
        # of its clause, year and all; the year is the whole's, not the part's own.
        others |= set(part.years)
    frame = _typed_by_noun(part)
    if set(frame.years) - others:
        if _year_unmet_on_dates(frame, answer, entities) is not None:
            return True
    if frame.answer_type != "date":
        return False
    statements = claims(answer)
    return (
        not _happened(frame.question, statements)
        or not _prospect_dated(frame.question, statements)
        or not _done(frame, statements, entities)
    )


# A part that asks of what the part before it gives, by a pronoun alone: "… and the dredger's
# slice of that?", "… and the rebates out of it?". Not a pronoun before a noun
# ("of that contract"), which names the thing itself.
_OF_WHAT_CAME_BEFORE = lazy(
    r"\b(?:of|from)\s+(?:that|those|it|them|this|these)"
    r"(?=\s*(?:[?,.;]|$)|\s+(?:is|was|were|are|went|came|did|does|do|has|had|have|would|will)\b)",
    re.I,
)


def leaning_on_unanswered(frames: list[Frame], unanswered: list[Frame]) -> list[Frame]:
    """The parts that ask of what an unanswered part before them asks for ("what did the harbour
    board lay out over 2009, and which part of that paid for buoys?"): a part of a whole the sources do
    not give is not given either, whatever share of another whole they state."""
    leaning = []
    for before, part in zip(frames, frames[1:], strict=False):
        if part in unanswered or part in leaning:
            continue
        if (before in unanswered or before in leaning) and _OF_WHAT_CAME_BEFORE.search(
            part.question
        ):
            leaning.append(part)
    return leaning


def _asks_present_beside_a_past(part: Frame, frames: list[Frame]) -> bool:
    """Whether ``part`` asks of the present while another part asks of a year: the two ask one
    thing at two times."""
    return (
        part.present
        and not part.years
        and any(other.years and not other.present for other in frames if other is not part)
    )


def _asks_start_beside_the_present(part: Frame, frames: list[Frame], holding: list[str]) -> bool:
    """Whether ``part`` asks when something began while another part asks of the present ("when
    did the levy begin, and what is its rate now?"), and no statement that holds a date
    (``holding``) tells of a beginning (``starts_asked``): the year the rate in force is stated
    for is not the year the levy began."""
    if part.answer_type != "date" or part.years or not asks_a_start(part.question):
        return False
    if not any(other.present for other in frames if other is not part):
        return False
    return not any(tells_a_start(piece) for piece in holding)


def _asks_present_beside_a_date(part: Frame, frames: list[Frame], holding: list[str]) -> bool:
    """Whether ``part`` asks of the present while another part asks when something happened
    ("when did the levy begin, and what is its rate now?"), and every statement that holds the
    part's figure (``holding``) is dated to some year without saying it holds now: the statement
    that gave the date tells of that time, not of today."""
    if not part.present or part.years:
        return False
    if not any(o.answer_type == "date" and not o.present for o in frames if o is not part):
        return False
    return bool(holding) and all(
        not now and year > 0 for now, year in (when_stated(piece) for piece in holding)
    )


# A table's row as shown: "Table 4. Title — Row label: Column: value; Column: value".
_TABLE_ROW = lazy(r"^(?:Table|Figure)\s+\d+\.[^—\n]*—\s")


def _row_heads(piece: str) -> str:
    """What a statement is about: for a table's row, its title, its label and its columns'
    heads without the cells' values, whose words say what the row gives, not what it is about
    ("for each contract" in a row of who is in charge is no row on contracting)."""
    if not _TABLE_ROW.match(piece):
        return piece
    return " ".join(cell.rsplit(":", 1)[0] if ":" in cell else cell for cell in piece.split(";"))


def merge(first: Answer, more: list[Answer]) -> Answer:
    """One answer from several, citations renumbered in order, each quote cited once. A quote
    is the same when it spans the same characters: a table row's quote may be only the start of
    a sentence another answer quotes whole, whose figures past it it does not show."""
    citations = list(first.citations)
    texts = [first.answer]
    for extra in more:
        renumber: dict[int, int] = {}
        for citation in extra.citations:
            same = next(
                (
                    c
                    for c in citations
                    if (c.source_id, c.start, c.end)
                    == (citation.source_id, citation.start, citation.end)
                ),
                None,
            )
            if same is None:
                same = citation.model_copy(update={"marker": len(citations) + 1})
                citations.append(same)
            renumber[citation.marker] = same.marker
        text = re.sub(r"\[(\d+)\]", partial(_renumbered, renumber), extra.answer)
        if text not in texts:
            texts.append(text)
    return first.model_copy(
        update={
            "answer": "\n\n".join(texts),
            "citations": citations,
            "disputed": first.disputed or any(a.disputed for a in more),
        }
    )


def _renumbered(renumber: dict[int, int], marker: re.Match[str]) -> str:
    number = int(marker.group(1))
    return f"[{renumber.get(number, number)}]"
