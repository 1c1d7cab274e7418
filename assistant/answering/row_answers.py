"""Answers read straight from the structured data: a question that a table row answers gets the
row's figure, cited with the row's quote. Rows that state the same thing with different figures are
all shown, and the answer says the sources disagree.

Rows are scored like source sentences (IDF-weighted coverage of the question's terms plus dense
similarity), over the row's plain-English statement, its quote and its context words.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from assistant import quantities
from assistant.answering.claims import stated_figures
from assistant.answering.extremes import first_change_asked
from assistant.answering.frame import frame_of
from assistant.answering.patterns import SHARE_WORDS, THRESHOLD_WORDS, words
from assistant.datafiles import atomic_write
from assistant.errors import KnowledgeError
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import (
    CountryPolicy,
    OffsetData,
    OffsetRule,
    OffsetStatistic,
    OffsetValue,
    ProgramFact,
    Row,
    TimelineEvent,
    UstrFact,
    country_written,
)
from assistant.regex import lazy
from assistant.search.terms import Lexicon, is_year
from assistant.wording import say

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fact:
    """A data row prepared for matching."""

    row: Row
    statement: str
    terms: frozenset[str]
    label_terms: frozenset[str]  # of the statement alone, without the quote
    family: tuple[Any, ...]  # rows answering the same question: one period, one program...
    subject: str  # the thing within the family a figure is about (a category, an economy)
    figure: tuple[str, Decimal | str]  # (unit, value): what must agree across sources

    # Read once per fact (a fact is frozen): ranking asks them of every row at every question.
    @cached_property
    def years(self) -> frozenset[str]:
        return frozenset(t for t in self.terms if is_year(t))

    @cached_property
    def when(self) -> int | None:
        """The year the fact is about (the end of a period), if it is about one."""
        row = self.row
        if isinstance(row, OffsetValue):
            return int(row.period[-4:])
        if isinstance(row, TimelineEvent):
            return row.year
        year = getattr(row, "year", None)
        return year if isinstance(year, int) else None

    @property
    def is_money(self) -> bool:
        return self.figure[0] in ("USD", "KRW")


@dataclass(frozen=True)
class ScoredFact:
    fact: Fact
    score: float
    coverage: float
    dense: float


def _shape(row: Row) -> tuple[tuple[Any, ...], str, tuple[str, Decimal | str]]:
    """(family, subject, figure) of a row."""
    if isinstance(row, OffsetValue):
        unit = row.currency or "percent"
        value = row.amount if row.amount is not None else row.percent
        assert value is not None
        return ("value", row.period, row.measure), row.category, (unit, value)
    if isinstance(row, ProgramFact):
        figure = (row.unit, row.amount) if row.amount is not None else ("text", row.value)
        return ("program", row.program, row.attribute), row.category, figure
    if isinstance(row, CountryPolicy):
        return ("country", row.country, row.attribute), row.contract_type or "", ("text", row.value)
    if isinstance(row, UstrFact):
        if row.topic in ("pages", "cases"):
            family: tuple[Any, ...] = ("ustr", row.topic, row.economy, row.year)
            return family, "", (row.unit, row.number or Decimal(0))
        if row.topic == "other_barrier":
            return ("ustr", row.topic), row.id, ("text", row.value)
        if row.topic == "release_date" and row.month is not None:
            return ("ustr", row.topic), "", ("month", Decimal(row.month))
        return ("ustr", row.topic), "", ("text", row.value)
    if isinstance(row, OffsetStatistic):
        return ("statistic", row.measure, row.year), "", (row.unit, row.amount)
    return ("row", row.id), "", ("text", row.statement())


def _label_and_figure(fact: Fact) -> tuple[str, str]:
    label, _, figure = fact.row.shown().partition(": ")
    return (label, figure) if figure else ("", label)


def _cached_vectors(path: Path, rows: int) -> np.ndarray | None:
    """The facts' vectors kept at ``path``, or None when there are none to use: no file, or one
    that cannot be read whole (torn by a crash, written by another numpy) or holds another
    number of rows. The caller then encodes the facts again and rewrites the file."""
    try:
        cached = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError) as exc:
        log.info("facts cache %s is unreadable (%s); encoding the facts again", path, exc)
        return None
    if cached.ndim != 2 or cached.shape[0] != rows:
        return None
    return cached


def undated(terms: frozenset[str]) -> frozenset[str]:
    """``terms`` without its dates ("2018", "2018-12"): one event dated to the month or the year."""
    return frozenset(t for t in terms if not is_year(t[:4]))


def _fullest_telling(best: ScoredFact, close: Sequence[ScoredFact]) -> ScoredFact:
    """Of the rows that each state one event from the best row's quote (the timeline's "the
    agency adopts the plan" and the policy table's "adopts the plan, then shelves it"), the one
    that tells most of it: the same quote, so the same grounds, and nothing the shorter says is
    lost. Dates aside: one row may date it to the month, the other to the year."""
    if best.fact.family[0] != "row":
        return best
    same = [
        s
        for s in close
        if s.fact.family[0] == "row"
        and s.fact.row.quote == best.fact.row.quote
        and undated(best.fact.label_terms) <= undated(s.fact.label_terms)
    ]
    return max(same, key=lambda s: len(s.fact.statement), default=best)


class FactBook:
    """Every data row, ready to be matched against a question."""

    def __init__(
        self,
        data: OffsetData,
        lexicon: Lexicon,
        encoder: str,
        encode: Callable[[list[str]], np.ndarray],
        cache_dir: Path | None = None,
    ) -> None:
        """``encode`` gives the vectors of the model ``encoder`` names; the facts' vectors are
        kept in ``cache_dir`` under that name, so ``encode`` is called only when they are not
        there (a model still loading in the background is waited for only then)."""
        self.data = data
        self.facts: list[Fact] = []
        home = domain().home_country
        home_terms = frozenset(lexicon.terms(home))
        for row in data.rows():
            statement = row.statement()
            terms = frozenset(lexicon.terms(f"{statement} {row.quote} {row.context}"))
            if country_written(home, statement):
                # A row on what the home country's own body did is about the home country,
                # named or not ("the ministry adopts a scheme" for "when did Chile adopt it").
                terms |= home_terms
            family, subject, figure = _shape(row)
            label = frozenset(lexicon.terms(statement))
            self.facts.append(Fact(row, statement, terms, label, family, subject, figure))
        self.vectors = self._vectors(encoder, encode, cache_dir)

    def _vectors(
        self, encoder: str, encode: Callable[[list[str]], np.ndarray], cache_dir: Path | None
    ) -> np.ndarray:
        texts = [f"{f.statement}. {f.row.quote}" for f in self.facts]
        key = hashlib.sha256("\n".join([encoder, *texts]).encode()).hexdigest()[:16]
        path = cache_dir / f"facts-{key}.npy" if cache_dir else None
        if path is not None:
            cached = _cached_vectors(path, len(texts))
            if cached is not None:
                return cached
        vectors = np.asarray(encode(texts), dtype=np.float32)
        if path is not None:
            # Whole or not at all: another process reads this file while this one writes it,
            # and a crash mid-write must not leave a file that every later start trips over.
            buffer = io.BytesIO()
            np.save(buffer, vectors)
            atomic_write(path, buffer.getvalue())
        return vectors

    def rank(
        self,
        weights: dict[str, float],
        vector: np.ndarray,
        fits: Any,
        source_weight: Any,
        anchors: frozenset[str] = frozenset(),
        foreign: frozenset[str] = frozenset(),
        money: bool = False,
        present: int | None = None,
    ) -> list[ScoredFact]:
        """Facts by how well they answer a question with these term ``weights`` and ``vector``.

        A fact must state every anchor (the question's years and named countries) itself, not only
        in a quote it shares with other rows (one table row quotes the whole table). Facts about
        ``foreign`` countries the question does not name weigh less; with ``money`` (the question
        asks how much) amounts beat percentages; with ``present`` (a question with no year: it
        asks about now) older facts weigh a little less, down to 0.9 for the program's first year."""
        total = sum(weights.values()) or 1.0
        # As Python floats, each the float of its row's similarity.
        dense = (self.vectors @ vector).tolist()
        first = domain().first_year
        asked = list(weights.items())
        # Only the rows holding a word of the question cover any of it: the others cover none.
        holding = self._holding()
        touched: set[int] = set()
        for term, _ in asked:
            touched.update(holding.get(term, ()))
        # A source's weight is read once per ranking, not once per row of it.
        weight_of: dict[str, float] = {}
        scored = []
        for position, (fact, similarity) in enumerate(zip(self.facts, dense, strict=True)):
            if not anchors <= fact.label_terms:
                continue
            terms = fact.terms
            if position in touched:
                coverage = sum([w for t, w in asked if t in terms]) / total
            else:
                coverage = 0 / total
            score = 0.6 * coverage + 0.4 * max(similarity, 0.0)
            score += 0.08 * fits(fact.statement)
            if money and fact.is_money:
                score += 0.05
            if foreign and not foreign.isdisjoint(terms):
                score *= 0.85
            if present and fact.when:
                score *= 0.9 + 0.1 * max(0, fact.when - first) / max(1, present - first)
            source = fact.row.source
            weight = weight_of.get(source)
            if weight is None:
                weight = weight_of[source] = source_weight(source)
            score *= weight
            scored.append(ScoredFact(fact, score, coverage, similarity))
        scored.sort(key=lambda s: (-s.score, s.fact.row.id))
        return scored

    def _holding(self) -> dict[str, tuple[int, ...]]:
        """For each term, the positions of the facts whose terms hold it, read once per list of
        facts (the rows are read once per index; every question ranks all of them)."""
        kept = getattr(self, "_holding_kept", None)
        if kept is None or kept[0] is not self.facts:
            found: dict[str, list[int]] = {}
            for position, fact in enumerate(self.facts):
                for term in fact.terms:
                    found.setdefault(term, []).append(position)
            kept = (self.facts, {term: tuple(at) for term, at in found.items()})
            self._holding_kept = kept
        return kept[1]

    def select(
        self,
        ranked: Sequence[ScoredFact],
        asked: Sequence[frozenset[str]] = (),
        spread: float = 0.9,
        several: bool = False,
        kinds: frozenset[str] = frozenset(),
    ) -> list[list[Fact]]:
        """The facts to answer with, as groups of rows that state one thing (one per source).

        The best fact's family, narrowed to the subjects that score close to it and, when the
        question (else its context; ``asked`` lists the term sets in that order) names what sets
        some subjects apart ("SME exports"), to those. Facts of other
        families drawn from the same quote as the best one come along when the question asks for
        ``several`` things ("how many aircraft and at what cost": 40, about KRW 7.77 trillion).
        Where the family's rows differ by the kind of contract, the ``kinds`` the question names
        are its subjects, each of them ("competitive against sole-source deals": both rows).
        Subjects the question names are all given, however far their rows score below the best:
        one may be named in other words than its row's."""
        best = ranked[0]
        close = [s for s in ranked if s.score >= spread * best.score]
        best = _fullest_telling(best, close)
        family = best.fact.family
        subjects = list(dict.fromkeys(s.fact.subject for s in close if s.fact.family == family))
        if asked:
            subjects = self._named_subjects(family, asked[0]) or subjects
        by_kind = [
            f.subject
            for f in self.facts
            if f.family == family and isinstance(f.row, CountryPolicy) and f.subject in kinds
        ]
        if by_kind:
            subjects = list(dict.fromkeys(by_kind))
        elif len(subjects) > 1:
            terms: dict[str, set[str]] = {}
            for fact in self.facts:
                if fact.family == family:
                    terms.setdefault(fact.subject, set()).update(fact.label_terms)
            common = set.intersection(*terms.values())
            for words in asked:
                named = [subject for subject in subjects if (terms[subject] - common) & words]
                if named:
                    subjects = named
                    break
        order = {fact.subject: i for i, fact in reversed(list(enumerate(self.facts)))}
        groups = [
            [f for f in self.facts if f.family == family and f.subject == subject]
            for subject in sorted(subjects[:6], key=lambda subject: order.get(subject, 0))
        ]
        taken = {family}
        for scored in close if several else ():
            fact = scored.fact
            if fact.family not in taken and fact.row.quote == best.fact.row.quote:
                taken.add(fact.family)
                groups.append(
                    [f for f in self.facts if f.family == fact.family and f.subject == fact.subject]
                )
        return groups

    def _named_subjects(self, family: tuple[Any, ...], words: frozenset[str]) -> list[str]:
        """The subjects of ``family`` that ``words`` name by what sets them apart from its other
        subjects, when they name two or more; else []."""
        terms: dict[str, set[str]] = {}
        for fact in self.facts:
            if fact.family == family and fact.subject:
                terms.setdefault(fact.subject, set()).update(fact.label_terms)
        if len(terms) < 2:
            return []
        common = set.intersection(*terms.values())
        named = [subject for subject, own in terms.items() if (own - common) & words]
        return named if len(named) >= 2 else []

    def named_sides(self, words: frozenset[str], years: frozenset[str]) -> list[list[Fact]]:
        """The sides of a comparison that are rows of one table family: the subjects the
        question's ``words`` name by what sets them apart from the family's other subjects, two
        or more, in the tables' order, when exactly one family has such subjects whose rows
        state every one of ``years`` (the question's period is theirs, and it names one: the
        period is what the sides share, without it any table's labels may echo its words). A
        side named in other words than its row's still has its row beside the others; [] when
        no family, or more than one, fits."""
        if not years:
            return []
        fitting: list[list[list[Fact]]] = []
        for family in dict.fromkeys(f.family for f in self.facts if f.subject):
            named = self._named_subjects(family, words)
            groups = [
                [f for f in self.facts if f.family == family and f.subject == subject]
                for subject in named
            ]
            if named and all(years <= f.label_terms for group in groups for f in group):
                fitting.append(groups)
        return fitting[0] if len(fitting) == 1 else []

    def breakdown(self, ranked: Sequence[ScoredFact], floor: float) -> list[list[Fact]]:
        """A whole by its parts: of the rows covering at least ``floor`` of the question, the
        best whose family splits into several subjects (a period's value by type, a pledge by
        category), with every subject of that family, in the tables' order; [] when none does."""
        for scored in ranked:
            if scored.coverage < floor:
                continue
            family = scored.fact.family
            subjects = list(
                dict.fromkeys(f.subject for f in self.facts if f.family == family and f.subject)
            )
            if len(subjects) >= 2:
                return [
                    [f for f in self.facts if f.family == family and f.subject == subject]
                    for subject in subjects
                ]
        return []


def same_figure(a: tuple[str, Decimal | str], b: tuple[str, Decimal | str]) -> bool:
    """Whether two (unit, value) figures agree: same unit, and equal or the same figure rounded
    (``quantities.same_figure``) when numbers."""
    (unit_a, value_a), (unit_b, value_b) = a, b
    if unit_a != unit_b:
        return False
    if isinstance(value_a, Decimal) and isinstance(value_b, Decimal):
        return quantities.same_figure(value_a, value_b)
    return value_a == value_b


def _hedged(fact: Fact) -> bool:
    return bool(getattr(fact.row, "qualifier", ""))


def conflict(a: Fact, b: Fact) -> bool:
    """Whether two rows truly disagree: different values for the same measure (family and
    subject: one period, program category, economy...) in the same unit kind (a currency, a
    percent, a month). Text values never conflict (two statements are not two values), and a hedged
    figure ("about $7.99 billion") agrees with any figure within the figure tolerance of it; two unhedged figures
    agree only when equal."""
    if a.family != b.family or a.subject != b.subject:
        return False
    (unit_a, value_a), (unit_b, value_b) = a.figure, b.figure
    if unit_a != unit_b or not isinstance(value_a, Decimal) or not isinstance(value_b, Decimal):
        return False
    if value_a == value_b:
        return False
    return not ((_hedged(a) or _hedged(b)) and same_figure(a.figure, b.figure))


def disagree(facts: Sequence[Fact]) -> bool:
    """Whether any two of the rows conflict (see ``conflict``)."""
    return any(conflict(a, b) for i, a in enumerate(facts) for b in facts[i + 1 :])


def shape_fact(row: Row) -> Fact:
    """A row as a Fact with its family, subject and figure but no search terms (for checks)."""
    family, subject, figure = _shape(row)
    return Fact(row, row.statement(), frozenset(), frozenset(), family, subject, figure)


def conflicting_pairs(rows: Sequence[Row]) -> set[frozenset[str]]:
    """Every pair of row ids the answerer would flag as disagreeing."""
    facts = [shape_fact(row) for row in rows]
    return {
        frozenset((a.row.id, b.row.id))
        for i, a in enumerate(facts)
        for b in facts[i + 1 :]
        if conflict(a, b)
    }


def clusters(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Rows grouped by the figure they give (rounding aside, but never two that conflict), in
    order of first appearance."""
    groups: list[list[Fact]] = []
    for fact in facts:
        for group in groups:
            if same_figure(group[0].figure, fact.figure) and not any(
                conflict(member, fact) for member in group
            ):
                group.append(fact)
                break
        else:
            groups.append([fact])
    return groups


def _cited(groups: list[list[Fact]], budget: int) -> set[int]:
    """Which rows to cite: the first row of every figure always (so each figure, and each side of
    a disagreement, has a source), then further sources of a figure while ``budget`` quotes last."""
    chosen: set[int] = set()
    quotes: set[tuple[str, str]] = set()
    extras: list[Fact] = []
    for rows in groups:
        for group in clusters(rows):
            chosen.add(id(group[0]))
            quotes.add((group[0].row.source, group[0].row.quote))
            extras += group[1:]
    for fact in extras:
        key = (fact.row.source, fact.row.quote)
        if key in quotes or len(quotes) < budget:
            chosen.add(id(fact))
            quotes.add(key)
    return chosen


def render(groups: list[list[Fact]], marker: Any, budget: int = 4) -> tuple[str, bool]:
    """The answer text for selected facts; ``marker(fact)`` gives a fact's citation numbers (one
    for each quote the row stands on).
    At most ``budget`` distinct quotes are cited unless more figures need one each.
    Returns (text, whether the sources disagree)."""
    sentences = []
    disputed = False
    cited = _cited(groups, budget)
    for rows in groups:
        label, _ = _label_and_figure(rows[0])
        parts = []
        for group in clusters(rows):
            _, figure = _label_and_figure(group[0])
            marks = "".join(
                f"[{m}]"
                for m in dict.fromkeys(m for f in group if id(f) in cited for m in marker(f))
            )
            parts.append(f"{figure} {marks}")
        if disagree(rows):
            disputed = True
        body = "; ".join(parts)
        sentences.append(f"{label}: {body}." if label else f"{body}.")
    notes: list[str] = []
    for rows in groups:
        for fact in rows:
            note = fact.row.note
            if note and len(notes) < 2 and note not in notes:
                if getattr(fact.row, "disputed", False) or isinstance(fact.row, CountryPolicy):
                    notes.append(note)
    lead = say("disagree_lead") + " " if disputed else ""
    return lead + " ".join(sentences) + ("" if not notes else " " + " ".join(notes)), disputed


# A comparison of the offset rule at times it names ("the rule at the start against today's",
# "the 1990 trigger compared with the level set later"): the rule's threshold, its shares, or
# both when the rule is asked of as a whole. The program's own words bound it: a share of
# imports or of a market is no rule.
_RULE_THRESHOLD = THRESHOLD_WORDS
_RULE_SHARE = SHARE_WORDS
# A floor is the least of either figure (the contract value, the share): the rule as a whole.
_RULE_WHOLE = words(r"rules?|requirements?|regime|terms|conditions|floors?")
_OF_THE_PROGRAM = words(
    r"offsets?|thresholds?|trigger\w*|floors?|obligat\w*|industrial cooperation"
)
_SET_AGAINST = words(r"compar\w*|versus|vs|differ\w*|contrast\w*")
# A verb of setting a rule's figure, after the body that set it ("the one the agency set") or
# before it ("the floor fixed by the agency").
_SETTING = r"(?:set|fixed|introduced|adopted|established|imposed|laid\s+down|decided|chose)"
_SET_AFTER = lazy(rf"^\s+(?:has\s+|had\s+|first\s+|originally\s+)?{_SETTING}\b", re.I)
_SET_BEFORE = lazy(rf"\b{_SETTING}\s+by\s+(?:the\s+)?$", re.I)


def _rules_set_by(question: str, data: OffsetData) -> list[OffsetRule]:
    """The rules a comparison names by the body that set them ("the one the agency set"): of
    each organisation the question names as the subject or agent of a verb of setting, the
    earliest rule whose opening step (a row of the rule's first year) names it. The body is
    that side's constraint: its time is the year it set the rule, which the question leaves
    unsaid."""
    found: list[OffsetRule] = []
    for pattern in name_table().patterns.get("organisations", {}).values():
        if not any(
            _SET_AFTER.match(question[m.end() :]) or _SET_BEFORE.search(question[: m.start()])
            for m in pattern.finditer(question)
        ):
            continue
        for rule in data.rules:
            opening = [data.row(c) for c in rule.cites]
            if any(
                getattr(row, "year", None) == rule.from_year
                and pattern.search(getattr(row, "quote", "") or "")
                for row in opening
            ):
                found.append(rule)
                break
    return found


# The figures of a rule step by the kind ``stated_figures`` reads them as, with the field of the
# step's rows that states them.
_StepFigure = tuple[str, Callable[[OffsetRule], Sequence[Decimal]], str]
_STEP_FIGURES: tuple[_StepFigure, ...] = (
    ("money:USD", lambda rule: [rule.threshold_usd], "threshold_usd"),
    ("percent", lambda rule: sorted(set(rule.shares.values())), "share_percent"),
)


def _figures_asked(threshold: bool, share: bool) -> list[_StepFigure]:
    """The kinds of a rule's figures a question asks after: its threshold, its shares, or both
    when it names neither and asks of the rule as a whole."""
    whole = not (threshold or share)
    return [
        step
        for step in _STEP_FIGURES
        if whole or (threshold and step[0] != "percent") or (share and step[0] == "percent")
    ]


def rule_rows_at_times(question: str, stated: str, data: OffsetData) -> list[Row]:
    """The rows to add to an answer (``stated``) to a comparison of the offset rule at the times
    ``question`` names (a year, the start read as its year, the present): of each time's rule,
    the figures asked (its threshold, its shares, or both for the rule as a whole) that
    ``stated`` leaves out, each from a row of that rule's step, one of the time's own year
    first. A comparison of periods ("2016-2020") weighs values, not a rule: none."""
    frame = frame_of(question)
    if not data.rules or frame.periods or not _OF_THE_PROGRAM.search(question):
        return []
    if frame.answer_type != "comparison" and not _SET_AGAINST.search(question):
        return []
    threshold, share = _RULE_THRESHOLD.search(question), _RULE_SHARE.search(question)
    if not (threshold or share or _RULE_WHOLE.search(question)):
        return []
    asked = _figures_asked(bool(threshold), bool(share))
    times: dict[str, tuple[int, OffsetRule]] = {}
    for year in frame.years:
        try:
            rule = data.rule_for(year)
        except KnowledgeError:
            continue  # a year no rule covers (before the program, a report's year): no time of it
        times.setdefault(rule.id, (year, rule))
    if frame.present:
        current = data.current_rule
        times.setdefault(current.id, (current.from_year, current))
    # A rule named by the body that set it is told with the year it was set: its figure stated
    # of another time (the present rule, a year it still held) does not say which one it was.
    by_agent = set()
    for rule in _rules_set_by(question, data):
        if rule.id not in times and str(rule.from_year) not in stated:
            by_agent.add(rule.id)
        times.setdefault(rule.id, (rule.from_year, rule))
    given = {(f.kind, f.value) for f in stated_figures(stated)}
    rows: list[Row] = []
    for year, rule in times.values():
        steps = sorted(
            (data.row(c) for c in rule.cites), key=lambda row: getattr(row, "year", None) != year
        )
        for kind, figures_of, name in asked:
            for value in figures_of(rule):
                if (kind, value) in given and rule.id not in by_agent:
                    continue
                row = next((r for r in steps if getattr(r, name, None) == value), None)
                if row is not None and row not in rows:
                    rows.append(row)
                    given |= {(f.kind, f.value) for f in stated_figures(row.shown())}
    return rows


# A share named with the whole it is a part of ("the share of offsets in imports", "percentage
# of the budget"): the rule's share is one of each contract's value, which it never needs naming.
_SHARE_OF_A_WHOLE = words(
    r"(?:shares?|percent\w*|rates?|proportion)\s+(?:of|in)\s+"
    r"(?!(?:the\s+|each\s+|a\s+)?(?:contracts?|purchases?|deals?)(?:['’]s?)?\b)\w+"
)


def rule_steps_over_time(
    question: str, first: int | None, last: int | None, data: OffsetData
) -> list[Row]:
    """The rows that date each step of the offset rule a history asks after ("how has the
    trigger moved", "the requirements year by year"): of every rule in force from ``first`` to
    ``last`` (either open), each asked figure (threshold, shares, or both for the rule as a
    whole) that differs from the rule before it, from the row of that rule's step dated its
    first year. A row of a later year that a rule also cites restates the figure, never dates
    the step; a step no row of its year states is left to the sentences."""
    if not data.rules or not _OF_THE_PROGRAM.search(question):
        return []
    threshold, share = _RULE_THRESHOLD.search(question), _RULE_SHARE.search(question)
    if share and _SHARE_OF_A_WHOLE.search(question):
        # "Offsets' share of imports" is a part of another whole, measured, never required.
        share = None
        if not threshold:
            return []
    if not (threshold or share or _RULE_WHOLE.search(question)):
        return []
    asked = _figures_asked(bool(threshold), bool(share))
    rows: list[Row] = []
    before: OffsetRule | None = None
    for rule in sorted(data.rules, key=lambda r: r.from_year):
        earlier, before = before, rule
        if (first is not None and rule.from_year < first) or (
            last is not None and rule.from_year > last
        ):
            continue
        steps = [data.row(c) for c in rule.cites]
        for _, figures_of, name in asked:
            old = set(figures_of(earlier)) if earlier is not None else set()
            for value in figures_of(rule):
                if value in old:
                    continue
                row = next(
                    (
                        r
                        for r in steps
                        if getattr(r, name, None) == value
                        and getattr(r, "year", None) == rule.from_year
                    ),
                    None,
                )
                if row is not None and row not in rows:
                    rows.append(row)
    return rows


# How far below the best row one of an earlier date may score and still tell the first of the
# changes a question asks after (the readable sets score the same from 0.4 to 0.8; from 0.9 the
# later change's row, worded more like the question, keeps its place).
ORDINAL_SPREAD = 0.6


def earliest_first(facts: list[ScoredFact], question: str) -> list[ScoredFact]:
    """``facts`` with, for a question after the first of a series of changes ("when was the
    levy first raised?"), the earliest-dated row of the best row's table that scores near it
    put first: the best-matching row may tell a later change in the same words."""
    if not first_change_asked(question) or not facts or facts[0].fact.when is None:
        return facts
    best = facts[0]
    near = [
        s
        for s in facts
        if type(s.fact.row) is type(best.fact.row)
        and s.fact.when is not None
        and s.score >= ORDINAL_SPREAD * best.score
    ]
    earliest = min(near, key=lambda s: (s.fact.when or 0, -s.score))
    if earliest is best:
        return facts
    return [earliest, *(s for s in facts if s is not earliest)]
