"""The structured offset data in ``knowledge/data/``: typed, validated tables whose every row cites a
source with a verbatim quote.

Each YAML file is a list of rows. A row's figures (the fields its class names in ``FIGURES``) must
stand in its quote; ``verify`` checks that, and that each quote stands in its source, so a number
can never drift away from the words that state it.
"""

from __future__ import annotations

import calendar
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from assistant.datafiles import read_yaml
from assistant.errors import KnowledgeError, describe
from assistant.knowledge import spans as spans_mod
from assistant.knowledge.domain import domain
from assistant.quantities import lex
from assistant.wording import english, fields, say

ContractType = Literal["competitive", "non-competitive", "fms"]


def _program_year(year: int) -> int:
    first = domain().first_year
    if not first <= year <= 2100:
        raise ValueError(f"must be a year from {first} (the offset program's first) to 2100")
    return year


# A year a row may name: none before the program began (``knowledge/domain.yaml``).
Year = Annotated[int, AfterValidator(_program_year)]


class Row(BaseModel):
    """A fact with its provenance: the source's id and the words in it that state the fact."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    FIGURES: ClassVar[tuple[str, ...]] = ()
    # The label of a row's figure: the template of prompts/statements.yaml named by this prefix and
    # the value of this field ("value" and "measure": ``value_offset_value``, "offsets obtained").
    LABEL: ClassVar[tuple[str, str] | None] = None

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    source: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    # Words near the quote that anchor it (a table caption, the sentence before) when the quote
    # alone does not say which period or year it is about. Must stand in the source too.
    context: str = ""
    # Further sentences of the same source the row needs (a fact stated across two sentences); the
    # row may use only what ``quote``, ``more_quotes`` and ``context`` say. Each stands verbatim.
    more_quotes: tuple[str, ...] = ()
    note: str = ""

    @property
    def quotes(self) -> tuple[str, ...]:
        """Every quote the row rests on, the cited one first."""
        return (self.quote, *self.more_quotes)

    @property
    def cited(self) -> tuple[str, ...]:
        """What an answer from the row cites: its quotes, and its context when that is a
        sentence (the period a figure is for, stated the sentence before), not a table header."""
        prose = self.context and "\t" not in self.context and self.context not in self.quotes
        return (*self.quotes, self.context) if prose else self.quotes

    def figures(self) -> dict[str, Decimal]:
        """The row's numbers, by field: each must stand in the quote."""
        found = {}
        for name in self.FIGURES:
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):
                found[name] = Decimal(value)
        return found

    def statement(self) -> str:
        """The fact in one line of plain English (used in answers and the data view)."""
        raise NotImplementedError

    def shown(self) -> str:
        """The statement as an answer shows it (matching uses ``statement``)."""
        return self.statement()

    def label_key(self) -> str:
        """The template that labels this row's figure (see ``LABEL``)."""
        if self.LABEL is None:
            raise KnowledgeError(f"a {type(self).__name__} row has no label of its figure")
        prefix, name = self.LABEL
        return f"{prefix}_{getattr(self, name)}"

    def label(self) -> str:
        """What the row's figure is, worded; a category the label does not name follows it."""
        key, category = self.label_key(), getattr(self, "category", "")
        if key not in english():
            # An open vocabulary (a statistic's measure): a value with no label shows as written.
            return key.split("_", 1)[1]
        if category and "category" not in fields(key):
            return f"{say(key)}, {category}"
        return say(key, category=category)

    @classmethod
    def label_keys(cls) -> frozenset[str]:
        """The label templates this kind of row needs: one per value its ``LABEL`` field allows
        (none when the field takes any string)."""
        if cls.LABEL is None:
            return frozenset()
        prefix, name = cls.LABEL
        return frozenset(f"{prefix}_{v}" for v in get_args(cls.model_fields[name].annotation))


def _period_years(period: str) -> dict[str, Decimal]:
    start, end = period.split("-")
    return {"period start": Decimal(start), "period end": Decimal(end)}


def _money(amount: Decimal, currency: str) -> str:
    from assistant.quantities import format_money_short

    return format_money_short(amount, currency)


class PolicyEvent(Row):
    """One change in Korea's offset policy."""

    FIGURES: ClassVar = ("year", "threshold_usd", "share_percent")

    year: Year | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    event: str
    threshold_usd: Decimal | None = Field(default=None, gt=0)
    share_percent: Decimal | None = Field(default=None, gt=0, le=1000)
    applies_to: tuple[Literal["all", "competitive", "non-competitive", "fms"], ...] = ("all",)
    mandatory: bool | None = None

    def statement(self) -> str:
        return (
            say("policy_statement", year=self.year, event=self.event) if self.year else self.event
        )

    def shown(self) -> str:
        # The month when the quote fixes it: "when did ..." is answered as precisely as the
        # source says it ("December 2018", not "2018").
        if self.month and self.year:
            month = calendar.month_name[self.month]
            return say("policy_in_month", month=month, statement=self.statement())
        return self.statement()


class ThresholdReading(BaseModel):
    """What the sources say of a contract worth exactly a rule's threshold: ``note`` (with a
    ``{threshold}`` field for the amount) and the rows that say it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    note: str = Field(min_length=1)
    cites: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _fields(self) -> ThresholdReading:
        named = {name for _, name, _, _ in string.Formatter().parse(self.note) if name}
        if not named <= {"threshold"}:
            raise ValueError(f"note may fill only {{threshold}}, not {sorted(named)}")
        return self


class OffsetRule(BaseModel):
    """The offset rule in force over a span of years, derived from cited policy events."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^rule-[0-9]{4}$")
    from_year: Year
    to_year: Year | None = None
    threshold_usd: Decimal = Field(gt=0)
    shares: dict[Literal["competitive", "non-competitive"], Decimal]
    fms: Literal["case-by-case", "unstated"]
    cites: tuple[str, ...] = Field(min_length=1)
    note: str = ""
    # Where the sources allow more than one reading for a kind of contract in these years: both
    # readings (or "the sources do not state it"), shown with every calculation that relies on it.
    ambiguous: dict[ContractType, str] = Field(default_factory=dict)
    at_threshold: ThresholdReading | None = None

    @model_validator(mode="after")
    def _complete(self) -> OffsetRule:
        if set(self.shares) != {"competitive", "non-competitive"}:
            raise ValueError("shares must give both competitive and non-competitive")
        if self.to_year is not None and self.to_year < self.from_year:
            raise ValueError("to_year is before from_year")
        return self

    def covers(self, year: int) -> bool:
        return self.from_year <= year and (self.to_year is None or year <= self.to_year)

    @property
    def span(self) -> str:
        return f"{self.from_year}–{self.to_year}" if self.to_year else f"since {self.from_year}"


class OffsetValue(Row):
    """A figure for a period: offsets obtained, weapons imported, or a share of them."""

    FIGURES: ClassVar = ("amount", "percent")
    LABEL: ClassVar = ("value", "measure")

    period: str = Field(pattern=r"^(19|20)\d\d-(19|20)\d\d$")
    measure: Literal[
        "offset_value",
        "weapons_imports",
        "offset_share_of_imports",
        "share_of_previous_period",
        "offset_value_by_type",
        "weapons_imports_from_us",
    ]
    category: str = ""
    amount: Decimal | None = Field(default=None, gt=0)
    currency: Literal["USD", "KRW"] | None = None
    percent: Decimal | None = Field(default=None, gt=0, le=1000)
    qualifier: str = ""

    @model_validator(mode="after")
    def _has_a_figure(self) -> OffsetValue:
        if self.amount is None and self.percent is None:
            raise ValueError("a value row needs an amount or a percent")
        if (self.amount is None) != (self.currency is None):
            raise ValueError("amount and currency go together")
        return self

    def figures(self) -> dict[str, Decimal]:
        return {**super().figures(), **_period_years(self.period)}

    def figure(self) -> str:
        parts = []
        if self.amount is not None and self.currency:
            parts.append(_money(self.amount, self.currency))
        if self.percent is not None:
            parts.append(f"{self.percent}%")
        text = " (".join(parts) + (")" if len(parts) == 2 else "")
        return f"{self.qualifier} {text}".strip()

    def statement(self) -> str:
        start, end = self.period.split("-")
        return say(
            "value_statement", start=start, end=end, label=self.label(), figure=self.figure()
        )


class ProgramFact(Row):
    """A fact about one import program (KC-X, F-35A) and its offset package."""

    FIGURES: ClassVar = ("amount", "year")
    LABEL: ClassVar = ("program", "attribute")

    program: str
    contractor: str
    attribute: Literal[
        "units",
        "contract_value",
        "commitment",
        "implementation_rate",
        "refused",
        "sme_purchases",
        "decision",
    ]
    category: str = ""
    amount: Decimal | None = Field(default=None, ge=0)
    unit: str = ""
    value: str = ""
    year: Year | None = None
    qualifier: str = ""

    def figure(self) -> str:
        if self.amount is None:
            return self.value
        if self.unit in ("USD", "KRW"):
            text = _money(self.amount, self.unit)
        elif self.unit == "percent":
            text = f"{self.amount}%"
        else:
            text = self.value or f"{self.amount} {self.unit}"
        return f"{self.qualifier} {text}".strip()

    def statement(self) -> str:
        program, contractor, label = self.program, self.contractor, self.label()
        if self.year and self.attribute == "implementation_rate":
            return say(
                "program_statement_of_year",
                program=program,
                contractor=contractor,
                label=label,
                year=self.year,
                figure=self.figure(),
            )
        return say(
            "program_statement",
            program=program,
            contractor=contractor,
            label=label,
            figure=self.figure(),
        )


class CountryPolicy(Row):
    """One attribute of a country's offset policy."""

    FIGURES: ClassVar = ("percent", "amount_usd", "earlier_percent", "earlier_amount_usd")
    LABEL: ClassVar = ("country", "attribute")

    country: str
    attribute: Literal["min_share", "fms_offsets", "agency", "legal_basis", "threshold"]
    value: str
    percent: Decimal | None = Field(default=None, gt=0, le=1000)
    amount_usd: Decimal | None = Field(default=None, gt=0)
    # Where the quote states a change ("lifted … from 40 percent to 65 percent"): the share or
    # threshold before it. A part of an earlier rule that no row gives is not in the data.
    earlier_percent: Decimal | None = Field(default=None, gt=0, le=1000)
    earlier_amount_usd: Decimal | None = Field(default=None, gt=0)
    contract_type: Literal["competitive", "non-competitive"] | None = None

    def statement(self) -> str:
        return say("country_statement", country=self.country, label=self.label(), value=self.value)


class UstrFact(Row):
    """A fact about the USTR's 2025 National Trade Estimate report."""

    # The report's year is context, not a figure: "last year (18 cases)" never writes 2024.
    FIGURES: ClassVar = ("day", "number", "amount_usd")

    topic: Literal[
        "release_date", "name", "offsets", "first_listing", "other_barrier", "pages", "cases"
    ]
    value: str = ""
    economy: str = ""
    year: Year | None = None
    # The release month, only where the text itself fixes it (a month name, or a weekday before a
    # dateline); never from a source's publication date.
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    number: Decimal | None = Field(default=None, ge=0)
    amount_usd: Decimal | None = Field(default=None, gt=0)
    unit: str = ""
    qualifier: str = ""
    disputed: bool = False

    def statement(self) -> str:
        # The report's year is named only where the row's own quote names it.
        year = domain().report_year
        report = say("ustr_report_of", year=year) if str(year) in self.quote else say("ustr_report")
        if self.topic == "pages":
            return say("ustr_pages", report=report, economy=self.economy, number=self.number)
        if self.topic == "cases":
            return say(
                "ustr_cases", year=self.year, qualifier=self.qualifier, number=self.number
            ).replace("  ", " ")
        if self.topic == "release_date":
            label = say("ustr_released", report=report)
        elif self.topic == "name":
            label = say("ustr_report")
        elif self.topic == "offsets":
            label = say("ustr_on_offsets", report=report)
        elif self.topic == "other_barrier":
            label = say("ustr_other_barrier", report=report)
        else:
            label = report
        return say("row_statement", label=label, value=self.value)


class OffsetStatistic(Row):
    """A statistic on offsets that is no period's value or program's fact: a seller country's own
    offset deals, the countries seeking offsets, an agency's count of programs eligible for them."""

    FIGURES: ClassVar = ("year", "amount")
    LABEL: ClassVar = ("statistic", "measure")

    year: Year | None = None
    measure: str
    amount: Decimal = Field(ge=0)
    unit: str
    qualifier: str = ""
    # A count of a group within another count of the table ("46 non-competitive contracts" among
    # "59 programs"): the group's word, and the id of the count it is part of.
    category: str = ""
    part_of: str = ""

    def figure(self) -> str:
        if self.unit == "USD":
            text = _money(self.amount, "USD")
        elif self.unit == "percent":
            text = f"{self.amount}%"
        else:
            text = f"{self.amount} {self.unit}"
        return f"{self.qualifier} {text}".strip()

    def statement(self) -> str:
        if self.year:
            return say(
                "statistic_of_year", label=self.label(), year=self.year, figure=self.figure()
            )
        return say("row_statement", label=self.label(), value=self.figure())


class TimelineEvent(Row):
    """A dated event, as precise as its source allows."""

    date: str = Field(pattern=r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
    event: str
    # The date is worked out from the article's dateline ("Tuesday", "the 2nd"), so the year is
    # not in the quote; `note` says how.
    dated_by_article: bool = False

    def figures(self) -> dict[str, Decimal]:
        if self.dated_by_article:
            return {}
        parts = self.date.split("-")
        found = {"year": Decimal(parts[0])}
        if len(parts) == 3:
            found["day"] = Decimal(int(parts[2]))
        return found

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def statement(self) -> str:
        return self._dated(self.date)

    def shown(self) -> str:
        # Matching reads the ISO date; a reader is shown it as people write it.
        return self._dated(self.shown_date())

    def _dated(self, date: str) -> str:
        if self.dated_by_article:
            # Part of the date comes from the article's dateline or publication date, not the quote.
            noted = say("metadata_date")
            return say(
                "timeline_dated_by_article", event=self.event, metadata_date=noted, date=date
            )
        return say("timeline_statement", date=date, event=self.event)

    def shown_date(self) -> str:
        """The date as precise as the row, as a reader writes it: "2018", "November 2018",
        "15 May 2023"."""
        year, *rest = self.date.split("-")
        if not rest:
            return year
        month = calendar.month_name[int(rest[0])]
        return f"{int(rest[1])} {month} {year}" if len(rest) == 2 else f"{month} {year}"


class ImpliedRate(Row):
    """An exchange rate implied by a source stating one amount in both currencies."""

    FIGURES: ClassVar = ("usd", "krw")

    usd: Decimal = Field(gt=0)
    krw: Decimal = Field(gt=0)
    # Who states it (the source's name, from sources.yaml) and the words a request may use to ask
    # for this source's rate ("kiet").
    by: str = ""
    names: tuple[str, ...] = ()

    @property
    def krw_per_usd(self) -> Decimal:
        return self.krw / self.usd

    def statement(self) -> str:
        usd, krw = _money(self.usd, "USD"), _money(self.krw, "KRW")
        return say("rate_statement", usd=usd, krw=krw, rate=f"{self.krw_per_usd:,f}")


TABLES: dict[str, type[Row]] = {
    "policy_history.yaml": PolicyEvent,
    "offset_values.yaml": OffsetValue,
    "programs.yaml": ProgramFact,
    "countries.yaml": CountryPolicy,
    "ustr_report.yaml": UstrFact,
    "us_offsets.yaml": OffsetStatistic,
    "timeline.yaml": TimelineEvent,
    "rates.yaml": ImpliedRate,
}
RULES_FILE = "offset_rules.yaml"


@dataclass(frozen=True)
class OffsetData:
    """Every table, validated and cross-checked."""

    policy: tuple[PolicyEvent, ...]
    rules: tuple[OffsetRule, ...]
    values: tuple[OffsetValue, ...]
    programs: tuple[ProgramFact, ...]
    countries: tuple[CountryPolicy, ...]
    ustr: tuple[UstrFact, ...]
    statistics: tuple[OffsetStatistic, ...]
    timeline: tuple[TimelineEvent, ...]
    rates: tuple[ImpliedRate, ...]

    def rows(self) -> Iterator[Row]:
        for table in (
            self.policy,
            self.values,
            self.programs,
            self.countries,
            self.ustr,
            self.statistics,
            self.timeline,
            self.rates,
        ):
            yield from table

    def stated_by(self, sources: tuple[str, ...]) -> OffsetData:
        """These tables with the period figures (where the sources disagree) those ``sources``
        give, for a question that names whose figures it works on; unchanged when they give none.
        """
        values = tuple(r for r in self.values if r.source in sources)
        return replace(self, values=values) if values else self

    def row(self, row_id: str) -> Row:
        for row in self.rows():
            if row.id == row_id:
                return row
        raise KeyError(row_id)

    def rule_for(self, year: int) -> OffsetRule:
        for rule in self.rules:
            if rule.covers(year):
                return rule
        raise KnowledgeError(f"no offset rule in {RULES_FILE} covers {year}")

    @property
    def current_rule(self) -> OffsetRule:
        return max(self.rules, key=lambda r: r.from_year)

    @property
    def default_rate(self) -> ImpliedRate:
        return self.rates[0]


def _read(path: Path, model: Any) -> tuple:
    if not path.is_file():
        raise KnowledgeError(f"missing data table {path}")
    raw = read_yaml(path)
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path.name} must be a list of rows")
    try:
        return tuple(TypeAdapter(list[model]).validate_python(raw))
    except ValidationError as exc:
        first = exc.errors()[0]
        index = first["loc"][0] if first["loc"] else "?"
        row_id = raw[index].get("id", "?") if isinstance(index, int) else "?"
        raise KnowledgeError(
            f"{path.name}, row {index} ({row_id}): {describe(exc, 'row', skip=1)}"
            + (f" ({exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""),
            path=path,
            id=None if row_id == "?" else str(row_id),
            value=first.get("input"),
        ) from None


def load_data(data_dir: Path) -> OffsetData:
    """Read and validate every table; raises ``KnowledgeError`` naming the file and row."""
    tables = {name: _read(data_dir / name, model) for name, model in TABLES.items()}
    rules = tuple(sorted(_read(data_dir / RULES_FILE, OffsetRule), key=lambda r: r.from_year))
    data = OffsetData(
        policy=tables["policy_history.yaml"],
        rules=rules,
        values=tables["offset_values.yaml"],
        programs=tables["programs.yaml"],
        countries=tables["countries.yaml"],
        ustr=tables["ustr_report.yaml"],
        statistics=tables["us_offsets.yaml"],
        timeline=tables["timeline.yaml"],
        rates=tables["rates.yaml"],
    )
    _cross_check(data)
    check_labels()
    return data


def check_labels() -> None:
    """Raise ``KnowledgeError`` unless every label a kind of row needs is a template."""
    for model in TABLES.values():
        missing = sorted(model.label_keys() - english().keys())
        if missing:
            raise KnowledgeError(
                f"prompts/statements.yaml has no label {missing[0]!r} for {model.__name__} rows",
                id=missing[0],
            )


def _cross_check(data: OffsetData) -> None:
    seen: set[str] = set()
    for row in data.rows():
        if row.id in seen:
            raise KnowledgeError(f"row id {row.id!r} is used twice in knowledge/data", id=row.id)
        seen.add(row.id)
    policy_ids = {event.id for event in data.policy}
    first = expected = domain().first_year
    for rule in data.rules:
        missing = [c for c in rule.cites if c not in policy_ids]
        if missing:
            raise KnowledgeError(f"{RULES_FILE}, {rule.id} cites unknown policy rows {missing}")
        unknown = [c for c in rule.at_threshold.cites if c not in seen] if rule.at_threshold else []
        if unknown:
            raise KnowledgeError(
                f"{RULES_FILE}, {rule.id}: at_threshold cites unknown rows {unknown}", id=rule.id
            )
        if rule.from_year != expected:
            raise KnowledgeError(
                f"{RULES_FILE}: {rule.id} starts in {rule.from_year}; the rules must cover every "
                f"year from {first} without gaps or overlaps (expected {expected})"
            )
        if rule.to_year is None and rule is not data.rules[-1]:
            raise KnowledgeError(f"{RULES_FILE}: only the last rule may be open-ended")
        expected = (rule.to_year or 0) + 1
    if data.rules and data.rules[-1].to_year is not None:
        raise KnowledgeError(f"{RULES_FILE}: the last rule must be open-ended (no to_year)")
    if not data.rates:
        raise KnowledgeError("rates.yaml must give at least one implied rate")
    counts = {s.id: s for s in data.statistics}
    for part in data.statistics:
        whole = counts.get(part.part_of) if part.part_of else part
        if whole is None or (part.part_of and not (part.category and part.amount <= whole.amount)):
            raise KnowledgeError(
                f"us_offsets.yaml, {part.id}: part_of must name a larger count of the table, and "
                "the part its category",
                id=part.id,
            )


def numbers_in(text: str) -> set[Decimal]:
    """Every number ``text`` states: "USD 7.99 billion" gives 7.99 and 7990000000, "seven" gives 7."""
    found: set[Decimal] = set()
    for token in lex(text, words=True):
        found |= {token.number, token.scaled(letters=False)}
    return found


LABELS_FILE = "labels.yaml"
_LABEL_KINDS = ("contract_types", "countries", "measures", "categories", "programs", "case_years")


@dataclass(frozen=True)
class _Labels:
    """What a clause says about which thing a figure belongs to (``knowledge/labels.yaml``)."""

    contract_types: dict[str, str]
    countries: dict[str, str]
    measures: spans_mod.Mentions
    categories: spans_mod.Mentions
    programs: dict[str, str]
    case_years: dict[int, str]


@cache
def _labels_in(path: Path) -> _Labels:
    raw = read_yaml(path) or {}
    tables: dict[str, dict[Any, str]] = {}
    for kind in _LABEL_KINDS:
        table = raw.get(kind) if isinstance(raw, dict) else None
        if not isinstance(table, dict) or not table:
            raise KnowledgeError(f"{path}: {kind} must map labels to regexes", path=path, id=kind)
        for label, pattern in table.items():
            try:
                re.compile(str(pattern))
            except re.error as exc:
                raise KnowledgeError(
                    f"{path}: {kind}.{label}: {exc}", path=path, id=str(label), value=pattern
                ) from None
        tables[kind] = {label: str(pattern) for label, pattern in table.items()}
    return _Labels(
        contract_types=tables["contract_types"],
        countries=tables["countries"],
        measures=spans_mod.vocabulary(tables["measures"]),
        categories=spans_mod.vocabulary(tables["categories"]),
        programs=tables["programs"],
        case_years={int(year): rx for year, rx in tables["case_years"].items()},
    )


def labels_path() -> Path:
    """The labels file ``verify`` binds figures with (the configured ``knowledge/labels.yaml``)."""
    from assistant.settings import DEFAULT_KNOWLEDGE

    return DEFAULT_KNOWLEDGE / LABELS_FILE


def _labels() -> _Labels:
    return _labels_in(labels_path())


def country_written(country: str, text: str) -> bool:
    """Whether ``text`` names ``country`` as the labels file writes it: by a name or by a body of
    its own (the home country's ministry or procurement agency)."""
    pattern = _labels().countries.get(country)
    return bool(pattern and re.search(pattern, text, re.I))


def _usd(text: str) -> set[Decimal]:
    return {v for c, v in spans_mod.money(text) if c == "USD"}


def _krw(text: str) -> set[Decimal]:
    return {v for c, v in spans_mod.money(text) if c == "KRW"}


def _years(text: str) -> set[Decimal]:
    return {Decimal(y) for y in spans_mod.YEAR.findall(text)}


def _days(text: str) -> set[Decimal]:
    return {Decimal(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b", text)}


def _unit_form(unit: str) -> Any:
    if unit == "USD":
        return _usd
    if unit == "KRW":
        return _krw
    if unit == "percent":
        return spans_mod.percents
    # "73 domestic SMEs", "12 companies": a count of firms, however the source calls them.
    words = {"aircraft": r"aircraft", "tankers": r"tankers", "firms": r"SMEs|companies|firms"}.get(
        unit, re.escape(unit)
    )
    return lambda text: spans_mod.counts(text, words)


def _country_cell(row: CountryPolicy) -> int | None:
    if "\t" not in row.context:
        return None
    pattern = _labels().countries.get(row.country, re.escape(row.country))
    for index, header in enumerate(row.context.split("\t")):
        if header and re.search(pattern, header):
            return index
    return -1  # the country has no column: nothing binds


def bindings(row: Row) -> list[spans_mod.Binding]:
    """Each figure of ``row`` with the labels that must stand in its span."""
    B = spans_mod.Binding
    labels = _labels()
    year_label = spans_mod.year_mentions
    out: list[spans_mod.Binding] = []
    if isinstance(row, OffsetValue):
        start, end = (int(y) for y in row.period.split("-"))
        period = (spans_mod.period_mentions, row.period)
        previous = (spans_mod.period_mentions, f"{start - 5}-{start - 1}")
        category = (
            ((labels.categories, row.category or "all purchases"),)
            if (row.measure in ("offset_value_by_type", "weapons_imports_from_us"))
            else ()
        )
        measure = {
            "offset_value": ((labels.measures, "offset"),),
            "weapons_imports": ((labels.measures, "imports"),),
            "weapons_imports_from_us": ((labels.measures, "imports"),),
            "offset_share_of_imports": ((labels.measures, "imports"),),
        }.get(row.measure, ())
        if row.amount is not None and row.currency:
            form = _usd if row.currency == "USD" else _krw
            out.append(B("amount", row.amount, form, (period, *measure, *category)))
        if row.percent is not None:
            when = previous if row.measure == "share_of_previous_period" else period
            out.append(B("percent", row.percent, spans_mod.percents, (when, *measure, *category)))
    elif isinstance(row, PolicyEvent):
        year = ((year_label, str(row.year)),) if row.year else ()
        if row.year:
            out.append(B("year", Decimal(row.year), _years, in_context=True))
        if row.threshold_usd is not None:
            out.append(B("threshold_usd", row.threshold_usd, _usd, year))
        if row.share_percent is not None:
            kinds = [k for k in row.applies_to if k in labels.contract_types]
            here = (labels.contract_types[kinds[0]],) if len(kinds) == 1 else ()
            out.append(B("share_percent", row.share_percent, spans_mod.percents, year, here))
    elif isinstance(row, CountryPolicy):
        cell = _country_cell(row)
        country = labels.countries.get(row.country, re.escape(row.country))
        whole = () if cell is not None else (country,)
        here = (labels.contract_types[row.contract_type],) if row.contract_type else ()
        if row.percent is not None:
            out.append(B("percent", row.percent, spans_mod.percents, (), here, cell, whole))
        if row.amount_usd is not None:
            words = (r"threshold|worth|valued|exceed", *here)
            out.append(B("amount_usd", row.amount_usd, _usd, (), words, cell, whole))
    elif isinstance(row, ProgramFact):
        program = next(
            (rx for key, rx in labels.programs.items() if row.program.startswith(key)), ""
        )
        whole = (program,) if program else ()
        category = ((labels.categories, row.category),) if row.category else ()
        if row.amount is not None:
            out.append(B("amount", row.amount, _unit_form(row.unit), category, whole=whole))
        if row.year is not None:
            out.append(B("year", Decimal(row.year), _years, whole=whole, in_context=True))
    elif isinstance(row, UstrFact):
        if row.day is not None:
            out.append(B("day", Decimal(row.day), _days, here=(r"released",)))
        if row.number is not None:
            label: tuple[str, ...] = ()
            if row.topic == "pages":
                label = (re.escape(row.economy),)
            elif row.topic == "cases" and row.year:
                label = (labels.case_years.get(row.year, str(row.year)),)
            out.append(B("number", row.number, _unit_form(row.unit or "number"), (), label))
        if row.amount_usd is not None:
            out.append(B("amount_usd", row.amount_usd, _usd, (), (r"exceed|threshold",)))
    elif isinstance(row, OffsetStatistic):
        year = ((year_label, str(row.year)),) if row.year else ()
        out.append(B("amount", row.amount, _unit_form(row.unit), year))
        if row.year:
            out.append(B("year", Decimal(row.year), _years, in_context=True))
    elif isinstance(row, TimelineEvent):
        for name, value in row.figures().items():
            out.append(B(name, value, _years if name == "year" else spans_mod.numbers))
    elif isinstance(row, ImpliedRate):
        out += [B("usd", row.usd, _usd), B("krw", row.krw, _krw)]
    return out


def unbound(row: Row) -> list[str]:
    """Problems binding the row's figures (and, in a table, its text value) to their spans."""
    problems = []
    for binding in bindings(row):
        if not spans_mod.bound(binding, row.context, row.quotes):
            problems.append(
                f"{row.id}: {binding.name} {binding.value} is not in its quote with its labels"
            )
    if isinstance(row, CountryPolicy):
        cell = _country_cell(row)
        if cell is not None:
            cells = row.quote.split("\t")
            text = cells[cell].strip() if 0 <= cell < len(cells) else None
            if not text or text not in row.value:
                problems.append(f"{row.id}: value {row.value!r} is not in {row.country}'s cell")
    return problems


def verify(data: OffsetData, sources: dict[str, str]) -> list[str]:
    """Problems with the data's provenance: unknown sources, quotes not in their source, figures
    not bound to their own span of the quote (see ``assistant.knowledge.spans``), rule figures
    that no cited row states for that kind of contract. Empty when all is well."""
    problems = []
    for row in data.rows():
        text = sources.get(row.source)
        if text is None:
            problems.append(f"{row.id}: unknown source {row.source!r}")
            continue
        if row.quote not in text:
            problems.append(f"{row.id}: quote does not stand verbatim in {row.source}")
        for extra in row.more_quotes:
            if extra not in text:
                problems.append(
                    f"{row.id}: more_quotes {extra[:40]!r} is not verbatim in {row.source}"
                )
        if row.context and row.context not in text:
            problems.append(f"{row.id}: context does not stand verbatim in {row.source}")
        problems += unbound(row)
    policy = {event.id: event for event in data.policy}
    for rule in data.rules:
        cited = [policy[c] for c in rule.cites if c in policy]
        if not any(e.threshold_usd == rule.threshold_usd for e in cited):
            problems.append(
                f"{rule.id}: threshold_usd {rule.threshold_usd} is in none of the rows it cites"
            )
        for kind, share in rule.shares.items():
            if not any(
                e.share_percent == share and {"all", kind} & set(e.applies_to) for e in cited
            ):
                problems.append(
                    f"{rule.id}: {kind} {share} is in none of the rows it cites for {kind} contracts"
                )
    return problems
