"""The figures of the data tables that a question names in words, for the calculator to work on.

"Put Airbus's tanker offset package into won" names one figure the sources state: the KC-X
offset commitment, USD 662.6 million (``knowledge/data/programs.yaml``). The calculator works on
that figure and the answer cites the sentence that states it. A figure is found only when the
question names its program and what of it (the contract's value, the offsets pledged or one part
of them, the units bought, a count the sources give twice); else there is none.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answering.patterns import words
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData, OffsetStatistic, ProgramFact
from assistant.knowledge.spans import money
from assistant.quantities import format_money_short, parse_number
from assistant.regex import lazy

# "the second phase", "second-phase", "phase 2", "the 2nd F-35 phase": one phase of a program the tables split.
_PHASE = lazy(
    r"\b(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:[\w-]+\s+){0,2}?"
    r"(?:phase|stage|tranche)\b|\b(?:phase|stage|tranche)\s+(?P<number>[1-4]|one|two|three|four)\b",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PHASE_SUFFIX = lazy(r"\s+phase\s+\d+$", re.I)
# What of a program is named: the offsets pledged, or the contract's value.
PLEDGED = words(
    r"offsets?|commit\w*|pledg\w*|promis\w*|packages?|obligations?|agreed|undertook|undertaken"
)
_WORTH = words(
    r"worth|values?|valued|cost\w*|price\w*|paid|pay|spen[dt]\w*|contract|deal|purchase|buy"
)
# The nouns a count of firms goes by: "12 companies", "73 SMEs", "the suppliers".
_FIRMS = words(r"compan(?:y|ies)|firms?|SMEs|suppliers?|businesses|enterprises|vendors?")


def program_named(text: str, data: OffsetData) -> str | None:
    """The program ``text`` names, by the data tables' name; a phase it names by its ordinal
    ("the second phase", "phase two") is that phase of the program, when the tables have it."""
    program = name_table().first("programs", text)
    if program is None:
        return None
    phase = _PHASE.search(text)
    if phase is None:
        return program
    written = (phase.group("ordinal") or phase.group("number") or "").lower()
    number = _ORDINALS.get(written) or int(parse_number(re.sub(r"(st|nd|rd|th)$", "", written)))
    wanted = f"{_PHASE_SUFFIX.sub('', program)} phase {number}"
    return wanted if any(r.program == wanted for r in data.programs) else program


def _category_rows(text: str, rows: list[ProgramFact]) -> list[ProgramFact]:
    """The rows among ``rows`` of the offset category ``text`` names ("SME exports", "satellites")."""
    table = name_table()
    named = set(table.find("categories", text))

    def names(row: ProgramFact) -> bool:
        if (table.first("categories", row.category) or "") in named:
            return True
        # A category the name table does not list is named by its last word ("satellites").
        last = row.category.split()[-1].lower() if row.category else ""
        stem = last[:-1] if last.endswith("s") else last
        return len(stem) > 3 and re.search(rf"\b{re.escape(stem)}s?\b", text, re.I) is not None

    return [r for r in rows if r.category != "total" and names(r)]


def commitment_part(text: str, data: OffsetData) -> tuple[ProgramFact, ProgramFact | None] | None:
    """(the commitment of the one offset category ``text`` names, the program's total commitment
    if the tables give one) for the program it names; None unless exactly one category is named."""
    program = program_named(text, data)
    if program is None:
        return None
    rows = _commitments(program, data)
    parts = _category_rows(text, rows)
    if len(parts) != 1:
        return None
    total = next((r for r in rows if r.category == "total"), None)
    return parts[0], total


def named_commitments(text: str, data: OffsetData) -> list[ProgramFact]:
    """The commitments of each offset category ``text`` names, of the program it names."""
    program = program_named(text, data)
    return _category_rows(text, _commitments(program, data)) if program else []


def _commitments(program: str, data: OffsetData) -> list[ProgramFact]:
    return [
        r
        for r in data.programs
        if r.program == program and r.attribute == "commitment" and r.amount is not None and r.unit
    ]


def states_pledge(text: str, data: OffsetData, asked: str = "") -> bool:
    """Whether ``text`` states a program's offsets pledged as the program tables give them: a
    commitment's amount, in its currency, beside the program or the contractor that pledged it
    ("Airbus ... agreed to provide offset trade worth $662.6 million"). The sources word a pledge
    so, never as a "package" or a "commitment": a question may call it either. When ``asked``
    (the question) names programs, the pledge is one of theirs: the fighter maker's pledge is
    not the tanker maker's."""
    stated = money(text)
    lowered = text.lower()
    programs = set(name_table().find("programs", asked)) if asked else set()
    return any(
        r.attribute == "commitment"
        and r.amount is not None
        and (r.unit, r.amount) in stated
        and (r.contractor.lower() in lowered or program_named(text, data) == r.program)
        and (not programs or r.program in programs)
        for r in data.programs
    )


def contract_value(program: str | None, data: OffsetData) -> ProgramFact | None:
    """The program tables' row giving ``program``'s contract value as an amount, if any."""
    return next(
        (
            r
            for r in data.programs
            if r.program == program and r.attribute == "contract_value" and r.amount is not None
        ),
        None,
    )


def money_named(question: str, data: OffsetData, context: str = "") -> ProgramFact | None:
    """The one amount of money of the program tables that ``question`` names: an offset
    category's commitment, the whole commitment, or the contract's value. ``context`` is what
    a follow-up leans on ("that phase", "that pledge"): it may name the program and the part;
    what is asked of it (the offsets or the price) is read from the question first."""
    text = f"{question} {context}".strip()
    program = program_named(text, data)
    if program is None:
        return None
    commitments = _commitments(program, data)
    value = contract_value(program, data)
    parts = _category_rows(question, commitments) or (
        [] if _WORTH.search(question) and not PLEDGED.search(question) else
        _category_rows(text, commitments)
    )  # fmt: skip
    if len(parts) == 1:
        return parts[0]
    if parts:
        return None  # two categories: no one figure
    total = next((r for r in commitments if r.category == "total"), None)
    # The question, then what it follows up, the latest question first.
    # "the offset package's worth" is the offsets pledged: the pledge named wins over the words
    # of a price, which name the contract's value only alone.
    for said in (question, *reversed(re.split(r"(?<=[?.!])\s+", context))):
        if PLEDGED.search(said):
            return total
        if _WORTH.search(said):
            return value
    return None


def counted_pairs(text: str, data: OffsetData) -> list[tuple[ProgramFact, ProgramFact]]:
    """Pairs of counts the tables give of one thing of the program ``text`` names, one pair per
    kind of thing ``text`` names ("items", "companies"): (the smaller, the larger), such as the
    SME items bought and the items recommended."""
    program = program_named(text, data)
    if program is None:
        return []
    groups: dict[tuple[str, str], list[ProgramFact]] = {}
    for row in data.programs:
        if row.program != program or row.amount is None or not row.category or not row.unit:
            continue
        if row.unit in ("USD", "KRW", "percent") or row.attribute == "commitment":
            continue
        groups.setdefault((row.attribute, row.unit), []).append(row)
    found = []
    for (_, unit), rows in groups.items():
        if len(rows) != 2 or not _names_unit(text, unit):
            continue
        small, large = sorted(rows, key=lambda r: r.amount or Decimal(0))
        found.append((small, large, _position(text, unit)))
    return [(small, large) for small, large, _ in sorted(found, key=lambda f: f[2])]


# The noun phrase a "how many" counts: "how many of the dock cranes …", "how many yards …".
_HOW_MANY_PHRASE = lazy(
    r"\bhow\s+many\s+(?:of\s+(?:the|its|their|those|these)\s+)?(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.I,
)


def pair_counted(
    text: str, pairs: list[tuple[ProgramFact, ProgramFact]]
) -> list[tuple[ProgramFact, ProgramFact]]:
    """Of ``pairs`` (``counted_pairs``), the one whose kind is what ``text``'s "how many" counts,
    when the question names several kinds: an English noun phrase ends in its head, so of the
    kinds named in the phrase "how many" opens, the last named is the one counted ("how many of
    the SME items" counts items, with "SME" a word that describes them). ``pairs`` as they are
    when they are one, or when the phrase names none of them."""
    found = _HOW_MANY_PHRASE.search(text)
    if len(pairs) < 2 or found is None:
        return pairs
    phrase = found.group("phrase")
    named = [p for p in pairs if _names_unit(phrase, p[0].unit or "")]
    if not named:
        return pairs
    return [max(named, key=lambda p: _end_in(phrase, p[0].unit or ""))]


def _end_in(text: str, unit: str) -> int:
    pattern = (
        _FIRMS if _FIRMS.fullmatch(unit) else re.compile(rf"\b{re.escape(unit[:-1])}\w*", re.I)
    )
    return max((m.end() for m in pattern.finditer(text)), default=-1)


# The noun a count is asked per: "per SME", "each of the 73 firms", "for every company".
_PER_COUNTED = lazy(
    r"\b(?:per|each(?:\s+of\s+(?:the|its|their|those|these))?|(?:for\s+)?every)\s+"
    r"(?:[\d,]+\s+)?(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,3})",
    re.I,
)


def count_per_count(text: str, data: OffsetData) -> tuple[ProgramFact, ProgramFact] | None:
    """(a count, the count it is asked per) of the program ``text`` names, both of one group
    the tables count two ways: "items per SME recommended" is the 246 items recommended over
    the 73 firms they came from. The group ("recommended", "purchased") is the one ``text``
    names; the divisor is the count of what it asks per. None unless each is one row."""
    program = program_named(text, data)
    if program is None:
        return None
    rows = [
        r
        for r in data.programs
        if r.program == program
        and r.amount is not None
        and r.category
        and r.unit not in ("", "USD", "KRW", "percent")
        and r.attribute != "commitment"
    ]
    named = {r.category for r in rows if _names_group(text, r.category)}
    if len(named) != 1:
        return None
    group = [r for r in rows if r.category in named]
    per = [m.group("noun") for m in _PER_COUNTED.finditer(text)]
    # "per SME" names the count of SMEs as "per item" names the count of items.
    asked = {w for noun in per for word in noun.split() for w in (word, f"{word}s")}
    divisors = [r for r in group if any(_names_unit(word, r.unit) for word in asked)]
    totals = [
        r for r in group if r not in divisors and r.attribute == (divisors or group)[0].attribute
    ]
    if len(divisors) != 1 or len(totals) != 1 or totals[0].unit == divisors[0].unit:
        return None
    return totals[0], divisors[0]


def _names_group(text: str, category: str) -> bool:
    """Whether ``text`` names the group a count is of: "recommended" by "recommend", "were
    recommended"; "purchased" by "purchase", "purchasing"."""
    stem = category[:-2] if category.endswith("ed") else category
    if len(stem) <= 3:
        return False
    pattern = rf"\b{re.escape(stem)}\w*|{_GROUP_WORDS.get(category, '(?!)')}"
    return re.search(pattern, text, re.I) is not None


# The other words a group counted is named by: what was purchased was bought.
_GROUP_WORDS = {"purchased": r"\bbought\b|\bbuy(?:s|ing)?\b"}


def _names_unit(text: str, unit: str) -> bool:
    if _FIRMS.fullmatch(unit):
        return bool(_FIRMS.search(text))
    stem = unit[:-1] if unit.endswith("s") else unit
    return re.search(rf"\b{re.escape(stem)}s?\b", text, re.I) is not None


def _position(text: str, unit: str) -> int:
    pattern = _FIRMS if _FIRMS.fullmatch(unit) else re.compile(rf"\b{re.escape(unit[:-1])}", re.I)
    match = pattern.search(text)
    return match.start() if match else len(text)


def units_of(program: str, data: OffsetData) -> ProgramFact | None:
    """The number of units (aircraft, tankers) the program bought, as the tables give it."""
    return next(
        (
            r
            for r in data.programs
            if r.program == program and r.attribute == "units" and r.amount is not None
        ),
        None,
    )


def written(row: ProgramFact | OffsetStatistic) -> str:
    """A row's figure as the calculator reads it: "USD 662.6 million", "246"."""
    assert row.amount is not None
    if row.unit in ("USD", "KRW"):
        return format_money_short(row.amount, row.unit)
    return f"{row.amount.normalize():f}"
