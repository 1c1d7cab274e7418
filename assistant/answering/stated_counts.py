"""Arithmetic on counts the quoted sentence states: a count the sources do not give, whose
operands they do.

"How many more looms did the north mill run than the south mill?" may find a sentence that says
"the north mill ran 40 looms and the south mill 25 looms": no sentence states the 15 asked
for, but the sentence states both of its operands. The ask's head is a count ("how many
looms"), the operands are counts of that noun, and the grammar of the ask gives the operation:

- a comparison of size: "how many more / fewer", "by how many", "short of" a difference, the
  larger less the smaller; "how many times", "for every loom", "what multiple" a
  multiple, the larger over the smaller;
- a combination: "together", "combined", "all told", "in all", "add up": the sum;
- an average of one thing over another: "how many spindles per loom", "for each loom",
  "on average ... each": the count of the head noun over the count of the noun after "per",
  "each" or "every" (two different nouns);
- an amount per thing: "what did each loom cost", "the average value per loom": the one amount
  the sentence states over the count of the noun named after "each" or "per";
- one operand in the question: "if 5 of the looms were sold, how many would remain?", "with 10
  more looms, how many in all?": the sentence's count of that noun less (or plus) the
  question's own.

Types must agree: counts are compared with counts of the same noun (written alike, singular or
plural), an amount is divided only by a count. A count is a number followed by its noun, not a
year, a percentage, an amount or a name ("F-35A"). When more counts of the noun stand in the
sentence than the ask takes, the ones whose own words (the phrase the number opens, and the
words before it back to the last comma) share a word with the question are taken; then those
that name no year the question does not name. Anything else cannot be told apart with
confidence, and the answer stays as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.answering.claims import is_claim
from assistant.answering.multiples_asked import multiple_places
from assistant.answering.reading import reading
from assistant.answering.stated_operands import led_by_calculation
from assistant.answering.word_forms import content_words, stem
from assistant.answers import Answer
from assistant.calculator.operations import CalculatorInput
from assistant.knowledge.rows import OffsetData
from assistant.quantities import QuantityToken, format_money_short, lex
from assistant.regex import lazy

# A question that asks yes or no restates its figures: it asks no computation.
_YES_NO = lazy(
    r"^\s*(?:did|do|does|is|are|was|were|has|have|had|would|will|can|could|should)\b", re.I
)
_HOW_MANY = lazy(r"\bhow\s+many\b", re.I)
# The ask for an amount: "how much", "what did ... cost", "the value", "worth".
_AMOUNT_ASKED = lazy(r"\bhow\s+much\b|\bcost\b|\bvalue\b|\bworth\b|\bprice\b|\bspen[dt]\b", re.I)
_MULTIPLE = lazy(r"\btimes\b|\bmultiple\b|\bfor\s+every\b|\bfor\s+each\b", re.I)
# A combination names the things it combines: "A and B", "both".
_BOTH = lazy(r"\band\b|\bboth\b", re.I)
_SUM = lazy(
    r"\b(?:together|combined|all\s+told|in\s+all|altogether|add(?:ed)?\s+up|sum|in\s+total)\b",
    re.I,
)
_DIFFERENCE = lazy(
    r"\bhow\s+many\s+(?:more|fewer|less)\b|\bby\s+how\s+many\b|\bshort\s+of\b|\bfall\s+short\b"
    r"|\bgap\b|\bdifference\b|\btrail\w*\b|\boutnumber\w*\b",
    re.I,
)
# A count taken away: "lost", "left", "still have", "remain", "leave out", "set aside".
_TAKEN_AWAY = lazy(
    r"\b(?:lost|los[et]s?|left|leave|remain\w*|still|set\s+aside|take\s+away|taken\s+away"
    r"|minus|without|removed?|retired?|scrapped|withdrawn|sold\s+off)\b",
    re.I,
)
_ADDED = lazy(r"\b(?:add(?:ed|s)?|more|extra|another|plus|in\s+all|together|all\s+told)\b", re.I)
# The thing something is shared over: the noun phrase after "per", "each", "every", "apiece".
# "Per the bureau", "per its report" name a source, not a thing shared over.
_PER = lazy(
    r"\b(?:per|each|every)\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)"
    r"((?:[\w-]+\s+){0,3}[\w-]+)",
    re.I,
)
# Where a count's own phrase ends: punctuation, a conjunction, another figure.
_PHRASE_END = lazy(r"[,;:.()\"“”]|\s(?:and|but|while|whereas|or)\s", re.I)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_YEAR_NUMBER = lazy(r"^(?:19|20)\d\d$")
# A counted noun stands within this many words of its number ("four A330 MRTT aerial refueling
# tankers"): a noun phrase's modifiers, not a clause.
_NOUN_WORDS = 6


@dataclass(frozen=True)
class Count:
    """A number of things a text states: the number, its noun's stems and its own words."""

    token: QuantityToken
    value: Decimal
    nouns: frozenset[str]
    phrase: frozenset[str]
    words: frozenset[str]
    years: frozenset[str]

    @property
    def text(self) -> str:
        return self.token.text


def _stem(word: str) -> str:
    """A word's stem, a plural "s" the stemmer keeps aside: a name with a digit in it
    ("F-35As") or an initialism ("SMEs") is written with one as any noun is."""
    cut = word.lower() if any(c.isdigit() for c in word) else stem(word)
    return cut[:-1] if cut.endswith("s") and not cut.endswith("ss") else cut


def _noun(words: list[str]) -> list[str]:
    """The counted noun of the words after a number: the first plural ("aerial refueling
    tankers" counts tankers; the words before it only say which), else the first two words
    ("F-35A aircraft")."""
    for word in words[:_NOUN_WORDS]:
        if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
            return [word]
    return words[:2]


def _is_count(token: QuantityToken, text: str) -> bool:
    return (
        token.currency is None
        and not token.percent
        and not token.glued
        and not token.ordinal
        and not token.exponent
        and token.scale is None
        and not _YEAR_NUMBER.match(text[token.num_start : token.num_end])
        and token.number > 0
    )


def counts_in(text: str) -> list[Count]:
    """The counts ``text`` states, each with the nouns of the phrase it opens (up to four words
    to where the phrase ends) and its own words (that phrase and the words before the number back
    to the last punctuation)."""
    tokens = lex(text, words=True)
    found = []
    for i, token in enumerate(tokens):
        if not _is_count(token, text):
            continue
        later = [t for t in tokens[i + 1 :] if not _YEAR_NUMBER.match(t.text)]
        stop = later[0].start if later else len(text)
        after = text[token.end : stop]
        end = _PHRASE_END.search(after)
        phrase = after[: end.start()] if end else after
        nouns = _noun(content_words(phrase))
        if not nouns:
            continue
        start = tokens[i - 1].end if i else 0
        before = re.split(r"[,;:.()\"“”]", text[start : token.start])[-1]
        own = {_stem(w) for w in content_words(f"{before} {phrase}")}
        found.append(
            Count(
                token,
                token.scaled(),
                frozenset(_stem(w) for w in nouns),
                frozenset(_stem(w) for w in content_words(phrase)),
                frozenset(own),
                frozenset(_YEAR.findall(f"{before} {phrase}")),
            )
        )
    return found


def _distinct(counts: list[Count]) -> list[Count]:
    seen: dict[tuple[Decimal, frozenset[str]], Count] = {}
    for count in counts:
        seen.setdefault((count.value, count.nouns), count)
    return list(seen.values())


def _question_stems(question: str) -> set[str]:
    return {_stem(w) for w in content_words(re.sub(r"\d[\d.,]*(?![\w-])", " ", question))}


def _narrowed(question: str, counts: list[Count], noun: frozenset[str]) -> list[Count]:
    """The counts the question means among several of one noun: those whose phrase ("pages on
    Chile"), else whose own words, share a word with the question (the noun aside), when at
    least two do; then those naming no year the question does not name."""
    wanted = _question_stems(question)
    for words in (lambda c: c.phrase, lambda c: c.words):
        named = [c for c in counts if (words(c) - noun) & wanted]
        if len(named) >= 2:
            counts = named
            break
    asked_years = set(_YEAR.findall(question))
    return [c for c in counts if c.years <= asked_years]


@dataclass(frozen=True)
class Worked:
    """The calculator request and the figures it works on, as the sentence writes them."""

    request: CalculatorInput
    operands: tuple[str, str]


def _noun_of(counts: list[Count], wanted: set[str]) -> list[Count]:
    return [c for c in counts if c.nouns & wanted]


def _per_noun(question: str, counts: list[Count]) -> list[Count]:
    """The counts of the thing the question shares something over ("per loom", "each loom")."""
    for match in _PER.finditer(question):
        named = {_stem(w) for w in content_words(match.group(1))}
        found = _noun_of(counts, named)
        if found:
            return found
    return []


def _pair_of_one_noun(question: str, counts: list[Count]) -> tuple[Count, Count] | None:
    """Two counts of one noun the question names, told apart by its words."""
    wanted = _question_stems(question)
    groups: dict[frozenset[str], list[Count]] = {}
    for count in counts:
        shared = frozenset(count.nouns & wanted)
        if shared:
            groups.setdefault(shared, []).append(count)
    pairs = []
    for noun, group in groups.items():
        group = _narrowed(question, group, noun) if len(group) > 2 else group
        if len(group) == 2 and group[0].value != group[1].value:
            pairs.append((group[0], group[1]))
    return pairs[0] if len(pairs) == 1 else None


def _nearest(counts: list[Count], to: Count) -> Count | None:
    """The count standing nearest ``to`` in the text, when one is strictly nearest."""
    ranked = sorted(counts, key=lambda c: abs(c.token.start - to.token.start))
    if len(ranked) > 1 and abs(ranked[0].token.start - to.token.start) == abs(
        ranked[1].token.start - to.token.start
    ):
        return None
    return ranked[0] if ranked else None


def _big_small(a: Count, b: Count) -> tuple[Count, Count]:
    return (a, b) if a.value >= b.value else (b, a)


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _evaluate(expression: str, places: int | None) -> CalculatorInput:
    """The request; a quotient of counts asked with no reading is stated as a multiple is
    ("6.86", the exact quotient in the working)."""
    if places is None and "/" in expression:
        places = multiple_places(expression)
    return CalculatorInput(operation="evaluate", expression=expression, places=places)


def _asked_count(question: str) -> Count | None:
    """The one count the question itself gives ("if 5 of the looms were sold"), if one."""
    own = [c for c in counts_in(question) if not _YEAR_NUMBER.match(c.text)]
    return own[0] if len(own) == 1 else None


def worked_counts(question: str, text: str, places: int | None = None) -> Worked | None:
    """The calculation ``question`` asks of the counts (and amount) ``text`` states; None when
    it asks none, or its operands cannot be told apart with confidence."""
    if _YES_NO.match(question) or is_claim(question):
        return None
    counts = _distinct(counts_in(text))
    if not counts:
        return None
    if len(_HOW_MANY.findall(question)) > 1:
        # "How many looms in May and how many in June?" asks two stated facts.
        return None
    if _HOW_MANY.search(question):
        return _count_asked(question, counts, places)
    if _AMOUNT_ASKED.search(question):
        return _amount_per_thing(question, text, counts, places)
    return None


def _count_asked(question: str, counts: list[Count], places: int | None) -> Worked | None:
    own = _asked_count(question)
    if own is not None:
        return _with_own_count(question, own, counts, places)
    if any(t.currency or t.percent for t in lex(question)):
        # An amount or a percentage of the question's own is another route's operand.
        return None
    per = _per_noun(question, counts)
    if len(per) > 1:
        per = _narrowed(question, per, frozenset().union(*(c.nouns for c in per)))
    wanted = _question_stems(question)
    heads = [c for c in counts if c not in per and c.nouns & wanted]
    if (
        per
        and heads
        and not (set().union(*(c.nouns for c in per)) & set().union(*(c.nouns for c in heads)))
    ):
        # "How many spindles per loom": the head's count over the count of the thing after "per".
        divisor = per[0] if len(per) == 1 else None
        if divisor is None:
            return None
        head = heads[0] if len(heads) == 1 else _nearest(heads, divisor)
        if head is None:
            return None
        expression = f"{_plain(head.value)} / {_plain(divisor.value)}"
        return Worked(_evaluate(expression, places), (head.text, divisor.text))
    pair = _pair_of_one_noun(question, counts)
    if pair is None:
        return None
    big, small = _big_small(*pair)
    operations = [
        sign
        for sign, pattern in (("/", _MULTIPLE), ("+", _SUM), ("-", _DIFFERENCE))
        if pattern.search(question)
    ]
    if len(operations) != 1 or (operations == ["+"] and not _BOTH.search(question)):
        # "How many in total?" of one thing asks the total the sources state; a sum asked
        # names the things it adds ("this year and last").
        return None
    expression = f"{_plain(big.value)} {operations[0]} {_plain(small.value)}"
    return Worked(_evaluate(expression, places), (big.text, small.text))


def _with_own_count(
    question: str, own: Count, counts: list[Count], places: int | None
) -> Worked | None:
    """The sentence's count of the noun the question's own count names, less (or plus) it."""
    stated = [c for c in counts if c.nouns & own.nouns and c.value != own.value]
    if len(stated) > 1:
        stated = _narrowed(question, stated, frozenset().union(*(c.nouns for c in stated)))
    if len(stated) != 1:
        return None
    (of,) = stated
    taken, added = bool(_TAKEN_AWAY.search(question)), bool(_ADDED.search(question))
    if taken == added:
        return None
    if taken and own.value >= of.value:
        return None
    sign = "-" if taken else "+"
    expression = f"{_plain(of.value)} {sign} {_plain(own.value)}"
    return Worked(_evaluate(expression, places), (of.text, own.text))


def _amount_per_thing(
    question: str, text: str, counts: list[Count], places: int | None
) -> Worked | None:
    """The one amount ``text`` states over the count of the thing the question puts after
    "each" or "per" ("what did each loom cost")."""
    if any(t.currency or t.percent for t in lex(question)):
        return None
    per = _per_noun(question, counts)
    if len(per) > 1:
        per = _narrowed(question, per, frozenset().union(*(c.nouns for c in per)))
    amounts = {(t.currency, t.scaled()): t for t in lex(text) if t.currency and t.scaled() > 0}
    if len(per) != 1 or len(amounts) != 1:
        return None
    (amount,) = amounts.values()
    big = format_money_short(amount.scaled(), amount.currency or "")
    expression = f"{big} / {_plain(per[0].value)}"
    return Worked(_evaluate(expression, places), (amount.text, per[0].text))


def with_stated_counts(question: str, answer: Answer, data: OffsetData) -> Answer:
    """``answer`` (composed from the sources, with no calculation) with the calculation the
    question asks of the counts its first quoted sentence states put first; ``answer`` itself
    when there is none."""
    if answer.abstained or answer.tool_calls or not answer.citations:
        return answer
    asked = reading(question)
    places = asked.places
    for chosen in (answer.citations[:1], answer.citations[:2]):
        if len({c.quote for c in chosen}) != len(chosen):
            continue
        worked = worked_counts(asked.question, " ".join(c.quote for c in chosen), places)
        if worked is not None:
            break
    else:
        return answer
    return led_by_calculation(answer, worked.request, worked.operands, chosen, data)
