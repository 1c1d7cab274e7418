"""A count the sources give by a general noun, asked by the asker's own noun.

A general noun ("cases", "items", "instances", "matters", "entries") names no kind of thing: it
counts whatever its passage is about. "Officials raised 12 matters at the harbour board meeting"
answers "how many grievances did the officials raise", "how many concerns" or "how many issues",
and "the almanac gave 30 entries" answers "how many almanac records": the asker names the
passage's things in a word of their own, and the general noun stands for any such word.

So a "how many" question whose counted noun the sources never write with a number (the asker's
word, not theirs), or whose counted noun is itself general, is read as asking the count of each
general noun the sources do write with a number. It is answered only when exactly one such
reading is answered, with every other constraint of the question (its economy, its year or
edition, its report) checked as usual: a count of a noun the sources do write with a number
("how many trawlers", "how many chapters") is that noun's count or none, and two general counts
that both fit leave the question open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from assistant.answering.answerability import (
    _COUNTED_ALIKE,
    _counted_things,
    _own_noun,
    _plain_counts,
    _singular,
)
from assistant.answering.counted_alike import counts_alike
from assistant.answering.word_forms import plural_of
from assistant.answers import Answer
from assistant.regex import lazy

__all__ = [
    "GENERAL",
    "as_general",
    "asked_noun",
    "general_answer",
    "general_readings",
    "nouns_counted",
]

# Nouns that name no kind of thing: a number of them counts what their passage is about.
GENERAL = frozenset({"case", "item", "instance", "matter", "entry", "issue"})

# Lengths of time and multiples count no things ("how many years", "how many times larger").
_NOT_THINGS = frozenset("time second minute hour day week month year decade century".split())


def nouns_counted(texts: Iterable[str]) -> frozenset[str]:
    """The nouns (singular) the texts write right after a number: "58 crates from 12 farms"
    writes crates and farms counted."""
    found: set[str] = set()
    for text in texts:
        for _, end in _plain_counts(text):
            head = _own_noun(text[end:].split()[:7])
            if head is not None:
                found.add(head)
    return frozenset(found)


def _counted_word(question: str) -> str | None:
    """The counted head noun of a "how many" question as written (plural), if it asks one."""
    things = _counted_things(question)
    if not things:
        return None
    alpha = [t for t in things if t.isalpha() and len(t) > 2]
    heads = [t for t in alpha if not t.endswith("s") or _singular(t) == t]
    if len(heads) != 1:
        return None
    head = heads[0]
    for word in re.findall(r"[A-Za-z][\w-]*", question):
        if _singular(word.lower()) == head and word.lower() != head:
            return word
    return None


def _free(noun: str, written: frozenset[str]) -> bool:
    """Whether the counted ``noun`` (singular) is the asker's own word for what a general noun
    counts: general itself, or never written with a number by the sources and no noun of a
    kind of thing ("nations", "planes": the kinds that count alike)."""
    if noun in _NOT_THINGS:
        return False
    if noun in GENERAL:
        return True
    if noun in written:
        return False
    # A noun of a kind of thing that counts alike with others (planes, firms, officials), or
    # one the encoder puts as near such a noun as ``counted_alike`` asks ("suppliers" of
    # "companies"), names things of that kind, not whatever a passage is about.
    return not any(
        noun in group or any(counts_alike(noun, member) for member in group)
        for group in _COUNTED_ALIKE
        if not group & GENERAL
    )


def as_general(question: str, written: frozenset[str]) -> list[str]:
    """``question`` read with its counted noun as each general noun ``written`` (the nouns the
    sources write counted), when that noun is free (``_free``); [] when it asks no such count."""
    word = _counted_word(question)
    if word is None:
        return []
    noun = _singular(word.lower())
    if not _free(noun, written):
        return []
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return [
        pattern.sub(plural_of(general), question, count=1)
        for general in sorted(GENERAL & written)
        if general != noun
    ]


def general_readings(questions: list[str], written: frozenset[str]) -> list[list[str]]:
    """The conversation ``questions`` (earlier ones first, the one asked last) read with each
    general noun in place of the first free counted noun they ask: one list of questions per
    reading. A follow-up ("and the year before?") is read with the turn that counted."""
    readings: dict[str, list[str]] = {}
    for at in range(len(questions) - 1, -1, -1):
        word = _counted_word(questions[at])
        variants = as_general(questions[at], written)
        if word is None:
            continue
        for variant in variants:
            general = next(g for g in GENERAL if re.search(rf"\b{plural_of(g)}\b", variant))
            readings[general] = [*questions[:at], variant, *questions[at + 1 :]]
        break
    return list(readings.values())


def asked_noun(questions: Sequence[str]) -> str | None:
    """The counted noun (singular) of the last of ``questions`` that asks a count."""
    for question in reversed(questions):
        word = _counted_word(question)
        if word is not None:
            return _singular(word.lower())
    return None


# Where a sentence ends in a source's text.
_SENTENCE_END = lazy(r"(?<=[.!?\"”])\s+")


def _passage(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the paragraph of the quote at ``start``..``end`` of ``text`` begins, and the
    quote's own sentence up to the quote's end."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    breaks = [line_start, *(line_start + m.end() for m in _SENTENCE_END.finditer(before))]
    return line_start, text[breaks[-1] : end]


def _writes(text: str, noun: str) -> bool:
    return (
        re.search(rf"\b(?:{re.escape(noun)}|{re.escape(plural_of(noun))})\b", text, re.I)
        is not None
    )


def general_answer(
    answered: Sequence[Answer], noun: str, sources: Mapping[str, str], said: Iterable[str]
) -> Answer | None:
    """The one answer the general readings of a count give, if they agree: every reading
    quotes one sentence that counts a general noun ("21 cases were mentioned"), and the first
    reading leads with that count's paragraph, so the count is what the question's other words
    are about (a lead from another passage answers them, not the count). The asked ``noun``
    (singular), if the sources write it at all, is written in the count's own sentence, as
    what the count is of: "how many barriers" is counted by "21 cases" after "the EU's trade
    barriers" in its sentence; "how many satellites" is not by "246 items" two sentences after
    the satellites, which are a part of a deal of their own. ``sources``: every source's text by its id; ``said``: the sentences and rows the
    sources say (boilerplate aside). None when no reading
    answers, or they disagree."""
    if not answered:
        return None
    first = answered[0]
    quoted = set.intersection(*({c.quote for c in a.citations} for a in answered))
    counts = [
        c for c in first.citations if c.quote in quoted and GENERAL & nouns_counted([c.quote])
    ]
    if not counts or not first.citations:
        return None
    lead = first.citations[0]
    written_anywhere = any(_writes(text, noun) for text in said)
    for count in counts:
        text = sources.get(count.source_id, "")
        if not text:
            continue
        begin, sentence = _passage(text, count.start, count.end)
        if lead.source_id != count.source_id or not begin <= lead.start < count.end:
            continue
        if noun in GENERAL or not written_anywhere or _writes(sentence, noun):
            return first
    return None
