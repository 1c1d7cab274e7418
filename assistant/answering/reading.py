"""How a question asks a computed result to be read: rounded to some places, in some scale.

"…, to four decimal places", "with one decimal", "to the closest hundredth of a percent", "to
the nearest $0.01 billion", "rounded to 0.1 million won", "stated in millions", "as a whole number": each says how to state the result, never
what to compute. ``reading`` finds them and gives the question without their words, so "0.01" in
"to the nearest $0.01 billion" is never taken for an amount to work on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.answering.patterns import WH_WORDS, words
from assistant.quantities import parse_number
from assistant.regex import lazy

_NUMBER_WORD = r"\d|zero|one|two|three|four|five|six"
# Words that only announce a rounding: "rounded to", "round it off to", "give it with".
_ROUND = (
    r"(?:(?:rounded|rounding|round(?:ed)?)(?:\s+(?:it|that|this|the\s+result|them))?"
    r"(?:\s+off)?\s*)"
)
# "to two decimal places", "(three decimals)", "two decimals, please", "with 1 decimal point", "2 dp".
_PLACES = lazy(
    rf"(?:,\s*|\s+|\(\s*)?\b{_ROUND}?(?:(?:to|at|with|in|using)\s+)?(?:an?\s+)?"
    rf"(?P<places>{_NUMBER_WORD})\s+(?:decimal\s+places?|decimals?|decimal\s+points?|d\.?p\.?)"
    r"(?!\w)(?:\s+please)?(?:\s*\))?",
    re.I,
)
# "in billions", "in millions of dollars", "in USD millions", "(KRW billions)", or a sentence of
# its own ("… what is the total? Trillions."): the scale an amount is stated in.
_CURRENCY_BEFORE = r"(?:(?:US\s?)?(?:USD|KRW|EUR|dollars?|won|euros?)\s+)?"
_IN_SCALE = lazy(
    rf"(?:\bin\s+{_CURRENCY_BEFORE}|(?P<open>\(\s*){_CURRENCY_BEFORE}(?=\w+s\s*(?:[,)?.;]|$))|"
    # "USD billions.", "Trillions of won, please.": a sentence of its own, the currency before or
    # after the scale.
    rf"(?:^|(?<=[.?!;]))\s*{_CURRENCY_BEFORE}(?=\w+s(?:\s+of\s+(?:US\s)?(?:dollars|won|euros))?"
    r"(?:,?\s*please)?\s*(?:[.!;?]|$)))"
    r"(?P<scale>thousand|million|billion|trillion)s\b(?(open)(?:\s*\))?)",
    re.I,
)
# The scale named once, after a currency's code: "in KRW billion, rounded", "in USD million?",
# "USD billion, two decimals." A code before the scale shows it names a unit, not an amount.
_IN_SCALE_ONE = lazy(
    r"(?:\bin\s+|(?:^|(?<=[.?!;]))\s*)(?:US\s?)?(?:USD|KRW|EUR)\s+"
    r"(?P<scale>thousand|million|billion|trillion)\b"
    r"(?=\s*(?:[,)?.;!]|$|round\w*\b|to\b|with\b|as\b))",
    re.I,
)
# "to the nearest $0.01 billion", "rounded to the nearest thousand won", "nearest whole number",
# "to the closest hundredth", "nearest won": the step a result is rounded to, written
# like an amount.
_NEAREST = lazy(
    rf"(?:,\s*|\s+)?\b{_ROUND}?(?:to\s+)?(?:the\s+)?nearest\s+(?:(?:\$|US\$|USD|KRW|₩)\s?)?"
    # A step of ten or a hundred, in figures or words ("nearest USD 10 million", "nearest hundred
    # thousand dollars"), rounds to tens or hundreds of its scale (negative places); the step
    # is no amount to work on.
    r"(?P<step>0?\.0*1(?!\d)|10{0,2}(?![\d.,])|one|a|(?:ten|hundred)(?!th)|whole|single|tenth|hundredth|"
    r"thousandth)?\s*"
    # the part of a scale the step is ("rounded to a tenth of a million euros": 0.1 million)
    r"(?:(?<=th )of\s+an?\s+(?=(?:thousand|million|billion|trillion)\b))?"
    r"(?P<scale>thousand|million|billion|trillion)?s?\s*"
    r"(?:of\s+an?\s+)?"
    r"(?P<unit>(?:US\s)?dollars?|won|USD|KRW|cents?|percent(?:age)?(?:\s+points?)?|%|points?|"
    r"(?:whole\s+)?numbers?|units?)?"
    r"(?<=\w|%|\$)",
    re.I,
)
# "as a whole number", "in whole percent", "with no decimals", "without decimals", "(whole
# number)", "whole USD millions": no places.
_WHOLE = lazy(
    rf"(?:,\s*|\s+)?\b{_ROUND}?(?:(?:as|in|to)\s+(?:an?\s+)?whole\s+(?:numbers?|percent(?:ages?)?|"
    r"figures?)|(?:with\s+)?no\s+decimals?(?:\s+places?)?|without\s+(?:any\s+)?decimals?)\b"
    # A bracketed aside of its own: "(whole number)", "(whole percent, please)".
    r"|\s*\(\s*(?:as\s+)?(?:an?\s+)?whole[-\s](?:numbers?|percent(?:ages?)?|figures?)"
    r"(?:,?\s*please)?\s*\)"
    # A sentence of its own: "… what part is that? Whole numbers."
    r"|(?:^|(?<=[.?!;]))\s*whole\s+(?:numbers?|percent(?:ages?)?|figures?)(?:,?\s*please)?"
    r"(?=\s*(?:[.!;]|$))"
    # Before the scale it rounds in: "whole USD millions", "in whole billions of won" (the scale's
    # words stay, to be read as a scale).
    rf"|\bwhole\s+(?={_CURRENCY_BEFORE}(?:thousand|million|billion|trillion)s\b)",
    re.I,
)
_STEP_PLACES = {
    "tenth": 1,
    "hundredth": 2,
    "thousandth": 3,
    "ten": -1,
    "10": -1,
    "hundred": -2,
    "100": -2,
}
# "rounded to 0.1 million won", "give it to $0.01 billion", "(0.1 billion)": the step written as
# a one in some decimal place of a scale, after a verb of rounding or alone in brackets. A
# figure a sentence tells ("it rose to 0.1 billion") has no such verb.
_DECIMAL_STEP = lazy(
    r"(?:,\s*|\s+)?(?:\b(?:round(?:ed|ing)?|give|state|show)(?:\s+(?:it|that|this|them|the\s+"
    r"(?:result|answer|total|figures?)))?(?:\s+off)?\s+to\s+(?:the\s+)?|(?P<open>\(\s*)|"
    # Set off by a comma: "the sum, to 0.25 million?", or "won to 0.01 trillion" (the currency
    # it rounds, then the step), or a sentence of its own ("0.1 million."). A figure a sentence
    # tells ("fell to 0.1 billion") follows a verb, never a comma or a currency's name.
    r"(?P<bare>(?:(?<=,)|(?<=,\s)|(?<=\bUSD\s)|(?<=\bKRW\s)|(?<=\bwon\s)|(?<=dollars\s))to\s+"
    r"|(?:^|(?<=[.?!;]))\s*))"
    r"(?:(?:\$|US\$|USD|KRW|₩)\s?)?(?P<step>0?\.0*1)\s*(?:(?:USD|KRW)\s+)?"
    r"(?P<scale>thousand|million|billion|trillion)s?(?:\s+(?:US\s)?(?:dollars?|won|USD|KRW))?"
    r"(?(open)\s*\))(?(bare)(?=\s*(?:[?.!,;)]|$)))",
    re.I,
)
# "to 0.01 million USD and 0.01 billion KRW": a further step joined to one just read, each
# for its own currency; like the first, it states how to read a result, never an amount.
_MORE_STEP = lazy(
    r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:\$|US\$|USD|KRW|₩)\s?)?"
    r"(?P<step>0?\.0*1)\s*(?P<scale>thousand|million|billion|trillion)s?"
    r"(?:\s+(?:US\s)?(?:dollars?|won|USD|KRW))?",
    re.I,
)


@dataclass(frozen=True)
class Reading:
    """The places and scale a result is asked in (None: not asked), and the question without the
    words that ask them. A sentence that rounds only percentages, or only amounts of money ("won
    to one decimal; the percentage as a whole number"), sets the places of those results
    alone."""

    places: int | None
    scale: str | None
    question: str
    percent_places: int | None = None
    money_places: int | None = None
    # Every sentence that gives places names percentages alone ("Percent, one decimal."): other
    # results (a count, an amount) keep their own reading.
    percent_only: bool = False


# What a sentence that says how to round names as the results it rounds.
_PERCENT_NAMED = lazy(r"\b(?:percent\w*|per cent|shares?)\b|%", re.I)
_MONEY_NAMED = lazy(r"\b(?:USD|KRW|dollars?|won|amounts?)\b|[$₩]", re.I)
_SENTENCES = lazy(r"[;.?!](?:\s+|$)")
# One sentence may round each result its own way, clause by clause: "the fee in whole euros, the
# rate to two places".
_CLAUSES = lazy(r",\s*|\s+and\s+(?=the\b|its\b|that\b)", re.I)


# A question's readings are kept (they are frozen): routing and composing read the same
# question, its parts and its sentences many times over, each time with every rounding pattern.
_READINGS_KEPT = 1024


@lru_cache(maxsize=_READINGS_KEPT)
def reading(question: str) -> Reading:
    """How ``question`` asks its result to be read."""
    found = _reading(question)
    percent_places = money_places = None
    other_places = False
    for sentence in (c for s in _SENTENCES.split(question) for c in _rounding_clauses(s)):
        places = _reading(sentence).places
        if places is None:
            continue
        percent, money = _PERCENT_NAMED.search(sentence), _MONEY_NAMED.search(sentence)
        other_places = other_places or not (percent and not money)
        if percent and not money:
            percent_places = places
        elif (money or _names_a_result(sentence)) and not percent:
            # "Shares to one place, the multiple to three places.": a result named by a kind other
            # than a percentage (a ratio, a count, an amount) is read as its clause says.
            money_places = places
    if percent_places is not None and not other_places:
        return replace(found, percent_places=percent_places, percent_only=True)
    if percent_places is None or money_places is None:
        return found  # one rounding for every result
    return replace(found, percent_places=percent_places, money_places=money_places)


def _rounding_clauses(sentence: str) -> list[str]:
    """The parts of a sentence that each round one kind of result: its clauses, when it names
    both kinds and each clause names one ("the fee in whole euros, the rate
    to two places"); else the sentence whole ("dollars in millions, no decimals" rounds the dollars)."""
    clauses = _CLAUSES.split(sentence)
    named = [bool(_PERCENT_NAMED.search(c)) != bool(_MONEY_NAMED.search(c)) for c in clauses]
    if len(clauses) >= 2 and all(named):
        return clauses
    percent = [bool(_PERCENT_NAMED.search(c)) for c in clauses]
    if len(clauses) >= 2 and any(percent) and not all(percent) and names_its_readings(sentence):
        # "Shares to one place, the multiple to three places.": each clause names its result by
        # kind, a percentage or another kind, and reads it its own way.
        return clauses
    return [sentence]


def _names_a_result(clause: str) -> bool:
    """Whether ``clause`` names a result by its kind ("ratio to two places", "the average in
    millions") beside saying how to read it."""
    named = _results_named(_reading(clause).question)
    return bool(named) and named <= _RESULT_NOUNS


@lru_cache(maxsize=_READINGS_KEPT)
def _reading(question: str) -> Reading:
    places: int | None = None
    scale_match = _IN_SCALE.search(question)
    scale = scale_match.group("scale").lower() if scale_match else None
    nearest = _NEAREST.search(question)
    if nearest and (nearest.group("step") or nearest.group("scale") or nearest.group("unit")):
        step = (nearest.group("step") or "").lower()
        if step in _STEP_PLACES:
            places = _STEP_PLACES[step]
        elif step.lstrip("0").startswith("."):
            places = len(step.lstrip("0")) - 1  # ".1" is one place, ".01" two
        elif (nearest.group("unit") or "").lower().startswith("cent"):
            places = 2
        else:
            places = 0
        if nearest.group("scale"):
            scale = nearest.group("scale").lower()
        question = question[: nearest.start()] + question[nearest.end() :]
    for start, end, step_places, step_scale in reversed(_decimal_steps(question)):
        places, scale = step_places, step_scale
        question = question[:start] + question[end:]
    written = _PLACES.search(question)
    if written:
        places = int(parse_number(written.group("places")))
        question = _PLACES.sub("", question)
    whole = _WHOLE.search(question)
    if whole:
        places = 0
        question = _WHOLE.sub("", question)
    # Read again once the rounding words are gone: "KRW billions with three decimals." names its
    # scale in a sentence of its own, as "KRW billions." does.
    scale_match = None if scale else _IN_SCALE.search(question) or _IN_SCALE_ONE.search(question)
    if scale_match:
        scale = scale_match.group("scale").lower()
    return Reading(places, scale, question)


def _decimal_steps(question: str) -> list[tuple[int, int, int, str]]:
    """Each step a result is rounded to, written like an amount ("rounded to 0.01 million won",
    "to 0.01 million USD and 0.01 billion KRW"), in order: its span, places and scale."""
    found = []
    for step in _DECIMAL_STEP.finditer(question):
        match: re.Match[str] | None = step
        start, end = step.span()
        while match is not None:
            # ".1" is one place, ".01" two
            places = len(match.group("step").lstrip("0")) - 1
            found.append((start, end, places, match.group("scale").lower()))
            match = _MORE_STEP.match(question[end:])
            if match is not None:
                start, end = end, end + match.end()
    return found


def _decimal_step_readings(sentence: str) -> dict[str, Reading]:
    """The reading each currency's step gives, when one sentence rounds two currencies each to
    its own step ("to 0.01 million USD and 0.01 billion KRW")."""
    found: dict[str, Reading] = {}
    for start, end, places, scale in _decimal_steps(sentence):
        piece = sentence[start:end]
        named = {c for c, p in (("USD", _DOLLARS), ("KRW", _WON)) if p.search(piece)}
        if len(named) == 1:
            found.setdefault(named.pop(), Reading(places, scale, sentence))
    return found


def without_scale(text: str) -> str:
    """``text`` without the words that ask for a scale ("in millions")."""
    return _IN_SCALE_ONE.sub(" ", _IN_SCALE.sub(" ", text))


# The currency a rounding's words name: "in USD millions", "millions of dollars", "nearest
# million won", "(KRW billions)".
_DOLLARS = lazy(r"\b(?:USD|US\s?dollars?|dollars?)\b|\$", re.I)
_WON = lazy(r"\b(?:KRW|won)\b|₩", re.I)


_IN_CURRENCY_ALONE = lazy(r"\bin\s+(?:US\s)?(?:dollars|won|USD|KRW)(?=\s*(?:[?.!,;)]|$))", re.I)


def currency_asked(question: str) -> str | None:
    """The currency the words saying how to read a result name ("in EUR millions, one decimal"
    names EUR), or None: a result asked in one currency is stated in it, whatever currency the
    inputs are in."""
    spans = [m.group() for m in _IN_SCALE.finditer(question)]
    spans += [m.group() for m in _NEAREST.finditer(question) if m.group("unit") or m.group("step")]
    spans += [m.group() for m in _DECIMAL_STEP.finditer(question)]
    # "in millions of dollars": the currency follows the scale word.
    spans += re.findall(
        r"\b(?:thousand|million|billion|trillion)s\s+of\s+(?:US\s)?(?:dollars|won)\b",
        question,
        re.I,
    )
    # "what offset in dollars?": a currency alone at the end of a clause asks the result in it (a
    # contract "priced in won, ..." names its own currency, which asks nothing new of it).
    spans += [m.group() for m in _IN_CURRENCY_ALONE.finditer(question)]
    named = {
        code
        for span in spans
        for code, pattern in (("USD", _DOLLARS), ("KRW", _WON))
        if pattern.search(span)
    }
    return named.pop() if len(named) == 1 else None


def readings_by_currency(question: str) -> dict[str, Reading]:
    """How results in each currency are to be read, when a sentence reads them one currency a
    clause ("euros to the nearest thousand, pounds to two places"): the clause naming one
    currency reads the amounts in it. Empty unless two currencies are each read their own way."""
    found: dict[str, Reading] = {}
    own: dict[str, str] = {}  # the clause that reads each currency its own way
    for sentence in _SENTENCES.split(question):
        steps = _decimal_step_readings(sentence)
        if len(steps) >= 2:
            for code, asked in steps.items():
                found.setdefault(code, asked)
            continue
        for clause in _CLAUSES.split(sentence):
            asked = _reading(clause)
            if asked.places is None and asked.scale is None:
                continue
            named = {c for c, p in (("USD", _DOLLARS), ("KRW", _WON)) if p.search(clause)}
            if len(named) == 1:
                code = named.pop()
                if code not in found:
                    found[code], own[code] = asked, clause
    if len(found) == 1 and own and _CURRENCY_FIRST.match(next(iter(own.values()))):
        # "in dollars (nearest thousand) and in won, won to 0.01 trillion": a clause that opens
        # with one currency's name reads that currency alone; the rest of the question, without
        # it, reads the other, when it says how.
        code, clause = next(iter(own.items()))
        other, naming = ("KRW", _WON) if code == "USD" else ("USD", _DOLLARS)
        left = question.replace(clause, " ")
        rest = _reading(left)
        # The rest reads the other currency only when it names it ("… in dollars (nearest
        # million) …"); a rest that names none rounds other results (a share), not money.
        if (rest.places is not None or rest.scale is not None) and naming.search(left):
            found[other] = rest
    return found if len(found) >= 2 else {}


# A clause that opens by naming the currency it reads: "won to 0.01 trillion", "USD in thousands".
_CURRENCY_FIRST = lazy(r"^\s*(?:the\s+)?(?:USD|KRW|US\s?dollars?|dollars?|won)\b", re.I)


# What an ask asks for beyond how to read a result: a question word, an operation, a measure.
_ASKS_FOR = words(
    rf"{WH_WORDS}|convert\w*|add\w*|sum\w*|subtract\w*|divid\w*|multipl\w*|comput\w*|"
    r"calculat\w*|work out|express\w*|shares?|percent\w*|totals?|difference|rates?|average\w*|"
    # A change named by its noun: "and state the fall in won", "plus the gap, in millions".
    r"drops?|falls?|declines?|decreases?|increases?|rises?|gaps?|reductions?",
    r"\d",
)


@lru_cache(maxsize=_READINGS_KEPT)
def only_reads(part: str) -> bool:
    """Whether ``part`` only says how to read a result ("Two decimals, please.", "USD billions,
    one decimal."): no ask of its own, so never a part a question must have answered."""
    asked = reading(part)
    if len(asked.question.split()) <= 1:
        return True
    reads_own_way = asked.places is not None or asked.scale is not None
    if reads_own_way and _ROUNDS_NAMED.match(part) and _results_named(asked.question):
        # "Round the sum to one place and the mean to three": a sentence that opens by
        # rounding names results the question asks, asks none of its own.
        return True
    if reads_own_way and names_its_readings(part):
        # "Mean in whole thousands of euros, ratio to one place.": results the question asks,
        # each named with its reading, none asked anew.
        return True
    return reads_own_way and not _ASKS_FOR.search(asked.question)


# The nouns that name a result by its kind, with no ask of their own: "the average", "the share".
_RESULT_NOUNS = frozenset(
    "total sum average mean share percentage percent proportion remainder rest difference gap "
    "count amount value result figure rate ratio change".split()
)


def names_its_readings(sentence: str) -> bool:
    """Whether every clause of ``sentence`` names a result by its kind and says how to read it
    ("Mean in whole thousands of euros, ratio to one place.", "Balance in billions"), and
    nothing else."""
    clauses = [c for c in _CLAUSES.split(sentence.strip(" .;!?")) if c.strip()]
    if not clauses:
        return False
    for clause in clauses:
        asked = _reading(clause)
        if asked.places is None and asked.scale is None:
            return False
        named = _results_named(asked.question)
        if not named or not named <= _RESULT_NOUNS | set(_ASK_BY_PLACE):
            return False
    return True


# Asks named by where they stand: "no decimals for the latter, two places for the first".
_ASK_BY_PLACE = {"first": 0, "second": 1, "third": 2, "former": 0, "latter": -1}


# A sentence that opens with the verb of rounding.
_ROUNDS_NAMED = lazy(r"^\W*(?:please\s+)?round(?:ed|ing)?\b", re.I)
# Words of a rounding clause that name no result: "round the total to …" names "total".
_NOT_A_RESULT = words(
    r"round\w*|the|and|to|in|of|at|with|for|it|its|them|both|each|please|off|as|a|an|us|"
    r"usd|krw|dollars?|won|euros?|thousands?|millions?|billions?|trillions?|decimals?|places?|"
    r"points?|whole|numbers?|one|two|three|four|five|six|zero|nearest"
)


def _results_named(text: str) -> set[str]:
    """The words of a rounding clause that name results ("total", "average"), lower-cased:
    "round dollars to one place" names none, only a currency."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", _NOT_A_RESULT.sub(" ", text))}


def readings_named(question: str, asks: Sequence[str]) -> list[Reading | None]:
    """How each of ``asks`` is to be read, when a sentence of ``question`` rounds results it names
    one by one ("round the sum to three places in millions and the mean to zero in
    thousands"): the clause naming a word only one ask uses reads that ask. None for an ask no
    clause names; all None unless two asks are named."""
    found: list[Reading | None] = [None] * len(asks)
    ask_words = [{w.lower() for w in re.findall(r"[A-Za-z]+", a)} for a in asks]
    for sentence in _SENTENCES.split(question):
        if not (_ROUNDS_NAMED.match(sentence) or names_its_readings(sentence)):
            continue
        for clause in _CLAUSES.split(sentence):
            asked = _reading(clause)
            if asked.places is None and asked.scale is None:
                continue
            named = _results_named(asked.question)
            owners = [i for i, w in enumerate(ask_words) if named & w]
            if len(named) == 1 and (place := _ASK_BY_PLACE.get(next(iter(named)))) is not None:
                # An ask named by its place is that ask, whatever words the asks share.
                owners = [range(len(asks))[place]] if -len(asks) <= place < len(asks) else []
            if len(owners) == 1 and found[owners[0]] is None:
                found[owners[0]] = asked
    if sum(r is not None for r in found) < 2:
        return [None] * len(asks)
    return found


# What else a turn that only asks for a result read another way may say: "and round that off,
# please", "now give it to me in billions", "what about to one decimal?".
_READING_FILLER = words(
    r"and|so|then|now|ok(?:ay)?|what|about|how|please|instead|rather|again|it|that|this|them|"
    r"those|the|result|results|figure|figures|answer|number|numbers|amount|amounts|give|me|us|"
    r"show|state|express|make|put|write|round|rounded|rounding|off|to|in|with|as|can|could|"
    r"you|would|will|be|is|was|just|only|same|but"
)


def without_reading(text: str) -> str:
    """``text`` without the words that say how to read its result."""
    return without_scale(reading(text).question)


def asks_only_a_reading(question: str) -> bool:
    """Whether ``question`` says nothing but how to read a result ("round that to the nearest
    million", "and in billions?", "one decimal, please"): on its own it computes nothing, after
    a calculation it asks for that result again, read its way."""
    found = reading(question)
    if found.places is None and found.scale is None and found.percent_places is None:
        return False
    return not re.search(r"\w", _READING_FILLER.sub(" ", without_scale(found.question)))
