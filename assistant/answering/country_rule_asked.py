"""Whether a question asks what one country's offset rule requires, and where it names that country.

The country table gives each country's least offset share (and its trigger). A question asking
for it names the country and the rule's figure in many ways: "what does Chile require?", "Peru's
lowest offset share on imports?", "Chile's floor for offsets on US sales", "what does the
think tank say Peru asks as a least offset?". Every word of such a question other than the
country's name is weak in the table, which is of offsets on US military sales: "FMS" matches every
row (and the row on whether offsets are sought on them best), so ranking alone picks the wrong
row. Organisations named with a country in them ("the Chile Institute for Trade") name no country.
"""

from __future__ import annotations

import re

from assistant.answering.patterns import words
from assistant.knowledge.names import name_table
from assistant.regex import lazy

# "<X> requires / demands / mandates / asks for / expects what (minimum offset share)?"
_REQUIRES = lazy(
    r"^\W*(?:and\s+|so\s+)?(?:what|how\s+much)\s+"
    r"(?:(?:minimum|min\.?|least|lowest|offsets?|shares?|percentage|percent|value|level|rate)\s+)"
    r"{0,3}(?:do|does|did|would|will)\s+"
    r"(?P<subject>(?:\S+\s+){1,4}?)(?:actually\s+|now\s+)?"
    r"(?:requir\w*|demand\w*|mandat\w*|insist\w*\s+on|ask\w*\s+for|expect\w*)\b",
    re.I,
)
# The least share asked in other words: "minimum offset", "min. offset %", "offset floor",
# "the least offset share".
_LEAST_SHARE = lazy(
    r"\b(?:min(?:imum|\.)?|least|lowest)\s+(?:required\s+)?(?:offset|share|percentage)|"
    r"\boffsets?\s+(?:minimum|floor)\b",
    re.I,
)
# Words that ask for another of a country's attributes than its rule's figures.
OTHER_ATTRIBUTE = words(
    r"agenc\w*|department\w*|office\w*|bod(?:y|ies)|law\w*|legal|basis|bank\w*|whether"
)


def country_rule_subject(question: str) -> str | None:
    """The part of ``question`` that names the country whose rule figures it asks, or None when
    it asks no country's rule (or asks another of its attributes: its agency, its law)."""
    if OTHER_ATTRIBUTE.search(question):
        return None
    found = _REQUIRES.search(question)
    if found is not None:
        return found.group("subject")
    if _LEAST_SHARE.search(question):
        return without_organisations(question)
    return None


def without_organisations(text: str) -> str:
    """``text`` with the names of organisations blanked out, so that a country inside one (the
    "Chile" of "the Chile Institute for Trade") is not read as the country named: the names the
    name table lists, and a country's name that a capitalised word continues ("Chile Trade
    Office", "the Peru Herald"), which names something of that country, not the country."""
    table = name_table()
    for pattern in table.patterns.get("organisations", {}).values():
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    for pattern in table.patterns.get("countries", {}).values():
        text = pattern.sub(
            lambda m: " " * len(m.group()) if _NAME_GOES_ON.match(m.string, m.end()) else m.group(),
            text,
        )
    return text


# A capitalised word right after a name: the name goes on ("Institute", "Herald").
_NAME_GOES_ON = lazy(r"\s+[A-Z][a-z]")
