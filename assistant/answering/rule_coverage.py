"""Whether the data hold the offset rule a calculation would apply: for the country asked, for
the time asked, and for the part of the offset asked.

A question may ask the offset that another country or body would seek ("under Ruritania's own
rules", "what would the EU's minimum be"). The data hold rules for a few countries only: the home
country's rule by period (``offset_rules.yaml``) and, for some others, a minimum share and a
threshold (``countries.yaml``). The other countries the sources write of (``domain.yaml``'s
``other_countries``) have no rule there. A calculation that would apply a rule to a country the
data hold none for would silently apply another country's (or drop that country): it is declined
instead, saying whose rules the sources do give.

The same holds for the time and the part asked. Another country's rows state its rule as it now
stands (a raised threshold, a raised share): its rule before that change is not in the data. And
each rule sets one share for a kind of contract and never divides that share among the kinds of
offset (technology, components, exports): a portion owed in one kind is not in the data.

The countries a question names are read from the data (names.yaml, countries.yaml, domain.yaml),
never from a list kept here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData
from assistant.regex import lazy
from assistant.wording import say

# Operations that apply an offset rule (a share, a threshold) the data hold for a country.
_RULE_OPERATIONS = frozenset({"offset_obligation", "compare_policies", "offset_rule"})

# A threshold asked of the country named just before it: "Ruritania's contract floor",
# "Ruritania's trigger", "the threshold of Ruritania" is not read (the owner comes first).
_THRESHOLD_AFTER = lazy(
    r"^(?:'s|’s)?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:thresholds?|floors?|triggers?|cut-?offs?|minimum contract (?:value|size))\b",
    re.I,
)


# A rule asked as it stood before a change: "before it was tightened", "its old threshold".
_EARLIER = lazy(
    r"\b(?:before|prior to)\s+(?:it|they|that|this|the\s+\w+)\s+(?:was|were|had been|got)\s+"
    r"(?:tighten|rais|increas|chang|revis|amend|lift|hik)\w*"
    r"|\b(?:old|older|earlier|previous|former|original|pre-change)\s+"
    r"(?:rule|rules|threshold|floor|regime|policy|minimum|share|requirement)s?\b",
    re.I,
)
# A portion of the obligation asked by its kind: "what share of the obligation must be exports".
_PART_OF_OFFSET = lazy(
    r"\b(?:how much|what (?:share|part|portion|fraction|proportion|percent\w*))\s+of\s+"
    r"(?:the|that|this|its|their|such an?)\s+(?:[\w-]+\s+){0,2}?(?:offsets?|obligations?)\b",
    re.I,
)


@dataclass(frozen=True)
class Named:
    """A country or body a question names: its name as the data write it, and where."""

    name: str
    start: int
    end: int


@cache
def _patterns(data_countries: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each country or body the knowledge knows, with the pattern of the words written for it."""
    table = name_table().patterns.get("countries", {})
    found: dict[str, re.Pattern[str]] = dict(table)
    for name in data_countries:
        found.setdefault(name, re.compile(rf"\b{re.escape(name)}\b", re.I))
    for word in _other_words():
        canonical = name_table().first("countries", word) or next(
            (n for n in data_countries if n.lower() == word), None
        )
        if canonical is None:
            found.setdefault(_display(word), re.compile(rf"\b{re.escape(word)}\b", re.I))
    return tuple(found.items())


def _other_words() -> tuple[str, ...]:
    """The other countries and bodies of domain.yaml, without the words that only ask about
    countries in general ("European", "foreign"), which name no one whose rule could be asked."""
    general = set(domain().comparison_words)
    return tuple(w for w in domain().other_countries if w not in general)


def _display(word: str) -> str:
    """A lower-case country word as a name: "israel" is "Israel", "eu" is "EU"."""
    return word.upper() if len(word) <= 3 else word.title()


def named(question: str, data: OffsetData) -> list[Named]:
    """The countries and bodies ``question`` names, in its order (each once)."""
    countries = frozenset(r.country for r in data.countries)
    found = []
    for name, pattern in _patterns(countries):
        match = pattern.search(question)
        if match:
            found.append(Named(name, match.start(), match.end()))
    return sorted(found, key=lambda n: n.start)


def _has(data: OffsetData, country: str, attribute: str) -> bool:
    return any(r.country == country and r.attribute == attribute for r in data.countries)


def applies_a_rule(requests: list, cites: list[str], data: OffsetData) -> bool:
    """Whether a calculation applies an offset rule of the data (rather than a share the
    question states): an obligation, a comparison of countries, or a country's minimum share."""
    shares = {r.id for r in data.countries if r.attribute == "min_share"}
    return any(r.operation in _RULE_OPERATIONS for r in requests) or bool(shares & set(cites))


def missing_rules(question: str, data: OffsetData) -> tuple[list[str], list[str]]:
    """The countries ``question`` names that the data hold no offset share for, and those whose
    threshold it asks that the data hold no threshold for (the home country's rule has both)."""
    home = domain().home_country
    no_share, no_threshold = [], []
    for country in named(question, data):
        if country.name == home:
            continue
        if not _has(data, country.name, "min_share"):
            no_share.append(country.name)
        elif _THRESHOLD_AFTER.match(question[country.end :]) and not _has(
            data, country.name, "threshold"
        ):
            no_threshold.append(country.name)
    return list(dict.fromkeys(no_share)), list(dict.fromkeys(no_threshold))


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def declined(question: str, requests: list, cites: list[str], data: OffsetData) -> str | None:
    """Why the calculation routed for ``question`` cannot be made (None when it can): it applies
    an offset rule, and the question asks the rule of a country the data hold none for."""
    if not applies_a_rule(requests, cites, data):
        return None
    no_share, no_threshold = missing_rules(question, data)
    home = domain().home_country
    if no_share:
        given = list(dict.fromkeys(r.country for r in data.countries if r.attribute == "min_share"))
        others = [c for c in given if c != home]
        return say("no_rule_for", names=_listed(no_share), given=_listed(others), home=home)
    if no_threshold:
        given = list(dict.fromkeys(r.country for r in data.countries if r.attribute == "threshold"))
        return say("no_threshold_for", names=_listed(no_threshold), given=_listed(given))
    earlier = _earlier_foreign(question, data)
    if earlier:
        return say("no_earlier_rule_for", names=_listed(earlier))
    kind = _kind_of_offset(question, requests)
    if kind is not None:
        return say("no_split_by_kind", kind=kind)
    return None


def _earlier_foreign(question: str, data: OffsetData) -> list[str]:
    """The other countries whose rule ``question`` asks as it stood before a change: their rows
    state their rule as it now stands (the home country's rules are given by period)."""
    if not _EARLIER.search(question):
        return []
    home = domain().home_country
    return list(dict.fromkeys(n.name for n in named(question, data) if n.name != home))


def _kind_of_offset(question: str, requests: list) -> str | None:
    """The kind of offset (a category of names.yaml) whose part of a required offset
    ``question`` asks, when the calculation applies the home rule, which splits by no kind."""
    if not any(r.operation == "offset_obligation" for r in requests):
        return None
    if not _PART_OF_OFFSET.search(question):
        return None
    return name_table().first("categories", question)
