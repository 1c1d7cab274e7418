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

from assistant.answering.written_names import whole_word
from assistant.knowledge.domain import domain
from assistant.knowledge.names import name_table
from assistant.knowledge.rows import OffsetData
from assistant.regex import lazy
from assistant.wording import listed, say

# Operations that apply an offset rule (a share, a threshold) the data hold for a country.
_RULE_OPERATIONS = frozenset({"offset_obligation", "compare_policies", "offset_rule"})

# A threshold asked of the country named just before it: "Ruritania's contract floor",
# "Ruritania's trigger", "the Netherlands' cut-off"; "the threshold of Ruritania" is not read (the
# owner comes first).
_THRESHOLD_AFTER = lazy(
    r"^(?:'s|’s|'|’)?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:thresholds?|floors?|triggers?|cut-?offs?|minimum contract (?:value|size))\b",
    re.I,
)


# A rule asked as it stood before a change: "before it was tightened", "before Ruritania raised
# its floor", "prior to the increase", "its old threshold", "the new minimum against the old one".
_CHANGE_VERB = r"(?:tighten|rais|increas|chang|revis|amend|lift|hik|lower|cut|reduc|cutt)\w*"
_EARLIER = lazy(
    r"\b(?:before|prior to)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:was|were|had been|got)\s+)?"
    + _CHANGE_VERB
    + r"|\b(?:before|prior to)\s+(?:the|its|their|that|this)\s+(?:[\w-]+\s+)?"
    r"(?:change|tightening|increase|rise|hike|revision|amendment|cut|reduction)s?\b"
    r"|\b(?:old|older|earlier|previous|former|original|pre-change)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rules?|thresholds?|floors?|triggers?|regimes?|polic(?:y|ies)|minimums?|shares?"
    r"|requirements?|ones?|levels?)\b",
    re.I,
)
# A contract the question itself places over the threshold ("a ferry order of $45 million, over the
# floor"): whether it meets the threshold is given, so the threshold is not needed.
_OVER_THRESHOLD = lazy(
    r"\b(?:above|over|exceed\w*|past|clear\w*|meet\w*|beyond)\s+(?:the|its|their|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:thresholds?|floors?|triggers?|cut-?offs?)\b",
    re.I,
)
# How much more one rule demands than another: "how much more", "the difference", "more ... than".
_HOW_MUCH_MORE = lazy(
    r"\bhow much (?:more|extra|additional|higher)\b|\bdifference\b|\bextra\b"
    r"|\bmore\b[^.?!;]{0,60}?\bthan\b",
    re.I,
)
# A rule's change: "lifted", "raised", "tightened", the old figure, "from 40 to 65 percent".
_CHANGED = lazy(
    r"\b(?:lift|rais|increas|tighten|hik)\w*"
    r"|\b(?:old|older|earlier|previous|former|original)\b"
    r"|\bfrom\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)?\s+to\s+\d+",
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
        found.setdefault(name, whole_word(name))
    for word in _other_words():
        canonical = name_table().first("countries", word) or next(
            (n for n in data_countries if n.lower() == word), None
        )
        if canonical is None:
            found.setdefault(_display(word), whole_word(word))
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
    """The countries and bodies ``question`` names, in its order (each once, where first named)."""
    first: dict[str, Named] = {}
    for place in _places(question, data):
        first.setdefault(place.name, place)
    return sorted(first.values(), key=lambda n: n.start)


def _places(question: str, data: OffsetData) -> list[Named]:
    """Every place ``question`` names a country or body, in its order: "bought by Ruritania ...
    Ruritania's floor" names it twice, and the second asks its threshold."""
    countries = frozenset(r.country for r in data.countries)
    found = [
        Named(name, match.start(), match.end())
        for name, pattern in _patterns(countries)
        for match in pattern.finditer(question)
    ]
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
    threshold it asks that the data hold no threshold for (the home country's rule has both).
    Each place a country is named is read: its threshold may be asked where it is named again."""
    home = domain().home_country
    no_share, no_threshold = [], []
    for country in _places(question, data):
        if country.name == home:
            continue
        if not _has(data, country.name, "min_share"):
            no_share.append(country.name)
        elif _THRESHOLD_AFTER.match(question[country.end :]) and not _has(
            data, country.name, "threshold"
        ):
            no_threshold.append(country.name)
    return list(dict.fromkeys(no_share)), list(dict.fromkeys(no_threshold))


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
        return say("no_rule_for", names=listed(no_share), given=listed(others), home=home)
    if no_threshold:
        given = list(dict.fromkeys(r.country for r in data.countries if r.attribute == "threshold"))
        return say("no_threshold_for", names=listed(no_threshold), given=listed(given))
    earlier = _earlier_missing(question, data)
    if earlier is not None:
        return earlier
    kind = _kind_of_offset(question, requests)
    if kind is not None:
        return say("no_split_by_kind", kind=kind)
    return None


def _earlier_missing(question: str, data: OffsetData) -> str | None:
    """Why the rule of another country cannot be applied as it stood before a change (None when
    it can, or is not asked): its rows state its rule as it now stands, and give a part of it
    before the change only where the quote states that change ("lifted from 40 to 65 percent").
    The earlier rule needs its share, and its threshold unless the question places the contract
    over the threshold. The home country's rules are given by period, and checked elsewhere."""
    if not _EARLIER.search(question):
        return None
    home = domain().home_country
    needs_threshold = not _OVER_THRESHOLD.search(question)
    for name in dict.fromkeys(n.name for n in named(question, data) if n.name != home):
        rows = [r for r in data.countries if r.country == name]
        no_share = all(r.earlier_percent is None for r in rows)
        no_threshold = needs_threshold and all(r.earlier_amount_usd is None for r in rows)
        if no_share and no_threshold:
            return say("no_earlier_rule_for", names=name)
        if no_share:
            return say("no_earlier_share_for", names=name)
        if no_threshold:
            return say("no_earlier_threshold_for", names=name)
    return None


def _kind_of_offset(question: str, requests: list) -> str | None:
    """The kind of offset (a category of names.yaml) whose part of a required offset
    ``question`` asks, when the calculation applies the home rule, which splits by no kind."""
    if not any(r.operation == "offset_obligation" for r in requests):
        return None
    if not _PART_OF_OFFSET.search(question):
        return None
    return name_table().first("categories", question)


def asks_change(question: str) -> bool:
    """Whether ``question`` asks how much more a rule demands after a change than before it:
    "what extra does the harbour's new levy bring over its old one", "the levy went from 40 to
    65 percent: what extra is that on a $45 million berth?"."""
    return bool(_HOW_MUCH_MORE.search(question) and _CHANGED.search(question))
