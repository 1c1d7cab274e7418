"""Resolve follow-up questions ("those tankers", "what about the SME exports?") from the conversation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant import currencies
from assistant.answering.claims import is_claim
from assistant.answering.currency_carried import currency_carried, currency_for_amount
from assistant.answering.frame import ANY_KIND, answer_type, contract_kinds, named_before
from assistant.answering.patterns import YEAR_WORD, words
from assistant.answering.referent import answering_name
from assistant.answers import Turn
from assistant.knowledge.names import name_table
from assistant.quantities import QuantityToken, lex
from assistant.regex import lazy
from assistant.wording import say

# The first name of a kind ("person", "organisation", "country", "agent") a text names, if any.
NameFinder = Callable[[str, str], str | None]
# Where a text names someone or something: (kind, the name as the tables write it, start, end).
NameSpans = Callable[[str], list[tuple[str, str, int, int]]]
# The kinds of answer whose name a later "it", "he" or "that company" stands for.
_NAMING = frozenset({"person", "organisation", "company", "country", "agent"})
# A reference to what an earlier answer named: "that company", "the firm", "its", "he".
_ENTITY_REFERENCE = lazy(
    r"\b(?:that|this|the same|the said)\s+(?:company|firm|contractor|manufacturer|supplier|"
    r"maker|agency|ministry|office|organi[sz]ation|official|person|lawmaker|legislator|"
    r"spokes(?:man|woman|person))\b|\b(?:it|its|he|him|his|she|her|they|them|their)\b",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset({"its", "his", "their"})

_ANAPHORA = words(
    r"those|these|that one|that part|that program|that deal|that report|that figure|that rate|"
    r"(?:that|this) (?:phase|stage|package|pledge|commitment|purchase|contract|order|amount|"
    r"sum|total|threshold|offset|obligation|result|period|share|percentage|proportion|level)|"
    r"it|its|they|them|their|(?:the )?same|this program|this deal|this report|he|she|his|her|"
    r"the program|the project|the deal|the report|the company|the contract|the agreement|"
    # a time the conversation named: "what applied back then?"
    r"back then|at that time|by then|in that year|"
    # one of several the last answer listed, told by its words: "the nuclear one", "the second
    # one" ("number one" ranks, it refers to nothing)
    r"the (?:(?!number\b)[\w-]+ ){1,3}ones?"
)
# "that" or "this" standing alone for the earlier answer: "what share of that", "more than this?"
_BARE_DEMONSTRATIVE = lazy(
    r"\b(?:of|from|in|on|for|about|with|than|to) (?:that|this)(?=\s*(?:[?.,!;]|$|\s+(?:by|in|on|"
    r"at|for|from|to|as|was|is|were|are|had|has|have|did|does|do|will|would|could|can|went|"
    r"goes|go|came|comes|got|gets|alone|already|actually|really|so|now|then)\b))",
    re.IGNORECASE,
)
# "that" or "this" standing alone for what was said before, not a determiner ("that meeting")
# nor a conjunction: the subject of a verb of amounting ("does that imply", "what does this come
# to"), the end of the question ("how much is that?"), or what is put in other terms ("what is
# that in won?", "express that in won"). A determiner is never followed by "be": "what would
# that be on a larger deal?" asks of the earlier answer.
_DEMONSTRATIVE = lazy(
    r"\b(?:that|this)(?=\s*[?.!]|\s+(?:be|been|imply|implies|mean|means|come|comes|amount|amounts|work|"
    r"works|represent\w*|equal\w*|translate\w*|correspond\w*)\b)"
    r"|\b(?:is|was)\s+(?:that|this)\s+(?:in|into|at|per|as)\b"
    # or what is put in other terms by a verb: "express that in won", "convert this to dollars",
    # or applied to a new figure: "apply that to a $9 million order".
    r"|\b(?:express|convert|put|turn|change|translate|restate|give|show|apply|use)\s+(?:that|this)\s+"
    r"(?:in|into|to|as)\b"
    # or the subject an auxiliary verb asks of, standing alone: "how many cranes did that
    # buy?", "did this cover the dredging?". Right after the auxiliary "that" is no conjunction;
    # it is a pronoun when the word after it takes what a verb takes (an object's article, a
    # preposition, a name) or ends the question. A determiner's noun is followed by the verb
    # instead: "would that rule change affect …" names what it asks of. "How does that compare
    # with the dues of 1990?" names the side it asks for; the other was the earlier answer.
    r"|\b(?:did|does|do|was|is|were|are|has|had|have|will|would|could|can|should)\s+"
    r"(?:that|this)\s+(?!compare|stack|measure|match)"
    r"[\w-]+(?=\s*(?:[?.!,;]|$)|\s+(?:the|a|an|any|all|its|their|in|on|for|to|"
    r"with|by|of|from|at|into|about|(?-i:[A-Z]))\b)",
    re.IGNORECASE,
)
# A turn that corrects how the last question was taken: "no, I meant the second phase", "sorry,
# I was asking about the other deal". What follows is asked in place of what it corrects.
_CORRECTING = (
    r"(?:(?:no|nope|sorry|oh|oops|wait|actually|well|my mistake|my bad)\s*[,.!;:]*\s*)*"
    r"(?:i\s+meant|i\s+mean|i\s+was\s+asking\s+about|i['’]?m\s+asking\s+about|"
    r"i\s+was\s+talking\s+about|i\s+was\s+referring\s+to)"
)
_OPENING = lazy(
    rf"^\s*(what about|how about|and|what of|same for|also|then|now(?! that)|{_CORRECTING})\b",
    re.IGNORECASE,
)
# The present, asked of instead of a year: "and today?", "what about now?".
_NOW = words(r"today|now|nowadays|these days|currently|at present|presently")
# What makes an amount a rate: a unit of any currency of the table after it, joined by "per",
# "to the" or a slash ("won per dollar", "to the pound", "yen/$").
_CURRENCY_WORDS = currencies.alternation([*currencies.WRITTEN_CODES, *currencies.NAMES])
_PER_DOLLAR = lazy(
    rf"\s*(?:{_CURRENCY_WORDS})?\s*(?:per|/|to the|to a|to one|a|for (?:one|each|a))\s*(?:US\s?)?"
    rf"(?:(?:{_CURRENCY_WORDS})\b|{currencies.alternation(currencies.SYMBOLS)})",
    re.IGNORECASE,
)
# "There" standing for a place or a document the conversation named, at the question's end
# ("which fee does the port charge there?"); not the "there" of being ("how many are
# there?", "is there?").
_THERE_REFERRED = lazy(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\bthere\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "That" or "this" as the object of a wish or a change, before what is to be done to it: "does
# the board want that raised?", "would they see this cut to ten?". The thing is the earlier one.
_WANTED_DONE = lazy(
    r"\b(?:want|wants|wanted|need|needs|needed|like|see|get|have|make)\s+(?:that|this)\s+"
    r"(?:[\w-]+ed|[\w-]+en|cut|set|put|kept|made|brought)\b",
    re.IGNORECASE,
)
# "Is it true that ..." and "What is it" openers where "it" is empty, not a reference; so is
# the "it" of a question tag closing a statement ("the levy is 12%, isn't it?"), which stands
# for the statement's own subject.
_DUMMY_IT = words(
    r"is it true|is it the case|is it correct|"
    r"(?:is|was|are|were|has|have|had|does|do|did|can|could|will|would|should)(?:n['’]t)?"
    r"(?:\s+not)?\s+it(?=\s*\?\s*$)"
)


@dataclass(frozen=True)
class RuleStep:
    """The offset rule as it stood from ``year``: a point in the history a follow-up can step
    along ("and the one before?")."""

    year: int
    threshold_usd: Decimal
    shares: tuple[Decimal, ...]


@dataclass(frozen=True)
class ResolvedQuestion:
    """The question as asked, plus the earlier words it leans on (empty when it stands alone)."""

    question: str
    context: str = ""
    # The question as the user's own words and figures make it, when they asked it by a step
    # from an earlier one ("and the year before?" after a question of 2019 asks of 2018): its
    # figures are theirs, worked out from what they wrote, so an answer may state them.
    derived: str = ""

    @property
    def query(self) -> str:
        return f"{self.question} {self.context}".strip()


# A turn that asks only for more of what the last answer told: "tell me more", "say more",
# "go on", "more details, please", "can you elaborate?", "expand on that".
_MORE_ASKED = lazy(
    r"^\s*(?:(?:ok(?:ay)?|and|so|please|great|thanks|interesting)\s*[,.!]*\s*)*"
    r"(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
    r"(?:(?:tell|give|show)\s+(?:me|us)\s+(?:some\s+|a\s+(?:bit|little)\s+|a\s+few\s+)?more"
    r"|say\s+(?:some\s+|a\s+(?:bit|little)\s+)?more|(?:some\s+)?more\s+details?|more"
    r"|go\s+on|keep\s+going|continue|elaborate|expand)"
    r"(?:\s+(?:about|on|of)\s+(?:that|this|it|those|these|them))?"
    r"(?:\s*,?\s*(?:please|then|details?))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def asks_for_more(question: str) -> bool:
    """Whether ``question`` asks for nothing but more of what the last answer told."""
    return bool(_MORE_ASKED.search(question))


def asks_as_before(question: str) -> bool:
    """Whether a follow-up opens on the earlier question's asking ("what about …", "and …"), so
    that it asks for the same kind of thing of something else."""
    return bool(_OPENING.search(question))


# An opening that carries on from what was said: "so what is that per country?", "in that case,
# how much is owed?". It asks a new thing of the earlier turns, not the same thing of another.
_CARRYING_ON = lazy(
    r"^\s*(?:so|in that case|if so|given that|that being so)\b(?!\s+(?:far|much|many)\b)", re.I
)


# The verbs that open a question's own clause after its question words ("… was the fund set
# up", "… did the board decide"): a question that has one is a clause of its own.
_AUXILIARY = (
    r"did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must"
)


# A question that opens on a preposition and its question word ("with how many buyers?", "by
# whom?", "in which year?") completes a clause of the earlier question: it cannot stand alone.
# Only when no verb follows: "in what month did the board first meet?" has a clause of its own,
# with its own subject, and asks a new question ("was" or "did" after the asked-for words).
_COMPLETING = lazy(
    r"^\s*(?:with|in|for|by|from|to|at|of|on|under|over|above|below|beyond|since|until|"
    r"before|after|during|within|through|against)\s+"
    r"(?:how|what|which|whom|who|when|where)\b"
    rf"(?!(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_AUXILIARY})\b)",
    re.I,
)


# A comparison with one side only: "how does Chile compare?", "and how would the agency's stack
# up?". The other side is what the conversation was about.
_ONE_SIDE_COMPARED = lazy(
    r"^\s*(?:(?:and|so|but)\s*,?\s+)?how\s+(?:does|do|did|would|will|is|are)\s+(?:\S+\s+){1,5}?"
    r"(?:compare|stack\s+up|measure\s+up)\s*[?.!]*\s*$",
    re.I,
)


def is_follow_up(question: str, focus_terms: int) -> bool:
    if _ONE_SIDE_COMPARED.search(question):
        return True
    if _OPENING.search(question) or _CARRYING_ON.search(question) or _COMPLETING.search(question):
        return True
    text = _DUMMY_IT.sub(" ", question)
    return (
        bool(
            _ANAPHORA.search(text)
            or _ENTITY_REFERENCE.search(text)
            or _BARE_DEMONSTRATIVE.search(text)
            or _DEMONSTRATIVE.search(text)
            # "What was the rule at the time?": the time an earlier answer gave.
            or _time_referred(text)
            or _THERE_REFERRED.search(text)
            or _WANTED_DONE.search(text)
            or asks_which_counted(text)
            # "What came next?": a step along a history, from a time only an earlier turn gives.
            or _only_a_step(text)
        )
        or focus_terms <= 1
    )


def resolve(
    question: str,
    history: list[Turn],
    focus_terms: int,
    named: NameFinder | None = None,
    spans: NameSpans | None = None,
    rules: Sequence[RuleStep] = (),
    unattributed: Callable[[str], str] | None = None,
) -> ResolvedQuestion:
    """Attach the last user questions the new one refers to; a stand-alone question is unchanged.

    After a question that asked for someone ("Who built the tankers?"), "that company", "it" or
    "he" stands for whom the answer named: the question is asked of that name. A follow-up that
    names another of a kind the earlier question named ("And Chile?" after a question about
    Peru) asks the earlier question of the new one: ``spans`` finds the names. After a question
    about the rule's threshold or share, "and the one before?" asks it of the rule before, one of
    ``rules``. ``unattributed`` gives a question without the words that name its source
    ("according to the institute"): the source it names is whose account is asked for, not a
    new subject in place of the earlier one's."""
    if not history:
        return ResolvedQuestion(question)
    earlier = [t.content for t in history if t.role == "user"]
    if not (is_follow_up(question, focus_terms) or _part_of_earlier_whole(question, history)):
        # "And how does Peru stack up?" names a side of its own, so it is no follow-up by
        # its words; it is one only when all it adds is a name of the earlier question's kind.
        beside = _set_beside(question, earlier, spans) if spans is not None and earlier else None
        return beside if beside is not None else ResolvedQuestion(question)
    if not earlier:
        return ResolvedQuestion(question)
    swapped = _swapped(question, earlier, spans) if spans is not None else None
    if swapped is None and spans is not None:
        swapped = _set_beside(question, earlier, spans)
    if swapped is not None:
        return swapped
    stepped = _stepped(question, earlier, rules) or _reached_present(question, earlier, rules)
    if stepped is not None:
        return ResolvedQuestion(stepped)
    shifted = _shifted(question, earlier)
    if shifted is not None:
        return ResolvedQuestion(shifted, derived=shifted)
    owed = _obligation_asked(question, earlier[-1])
    if owed is not None:
        return ResolvedQuestion(owed)
    counted = _counted_named(question, earlier[-1])
    if counted is not None:
        return ResolvedQuestion(counted)
    kept = _kept(question, earlier[-1], spans) if spans is not None else None
    if kept is not None:
        return ResolvedQuestion(kept, earlier[-1])
    question = _then_dated(question, history)
    of_year = _rule_of_year_asked(question)
    if of_year is not None:
        return ResolvedQuestion(of_year)
    question = _CONDITIONAL_WHEN.sub(r"\g<1>if ", question)
    referent = _referent(history, named) if named is not None else None
    if referent is not None:
        question = _refer(question, referent)
    else:
        question = _part_referred(question, earlier[-1])
    question = _demonstratives_named(question, earlier[-1])
    context = [earlier[-1]]
    # A chain of follow-ups leans on the question that started it.
    if len(earlier) > 1 and is_follow_up(earlier[-1], 99):
        started = earlier[-2]
        if contract_kinds(earlier[-1])[0] is not None:
            # "… a competitive deal? — and if sole-source? — and in 1990?": the kind the middle
            # turn put in place of the first one's is the chain's kind.
            started = " ".join(ANY_KIND.sub(" ", started).split())
        context.insert(0, started)
    joined = " ".join(context)
    if spans is not None:
        asking = unattributed(question) if unattributed is not None else question
        if unattributed is not None and asking != question:
            # The follow-up names whose account it asks for ("and what does the institute say
            # …?"): the source the earlier question named is no constraint of it any more.
            joined = unattributed(joined)
        joined = _other_names_dropped(asking, joined, spans)
    if YEAR_WORD.search(question) or _NOW.search(question) or _WHEN_ASKED.search(question):
        # "And in 1986?" asks the earlier question of another year: the new year replaces the old
        # one, or the present the earlier question asked of ("today"); "and today?" asks it of
        # the present, which no year names. A follow-up that asks when ("when was that levy
        # cut?") asks for a time of its own: the earlier question's year is no constraint on it.
        joined = " ".join(_NOW.sub(" ", YEAR_WORD.sub(" ", joined)).split())
    kind, _ = contract_kinds(question)
    if kind is not None:
        # A follow-up naming another contract type ("and under open tender?") replaces the old type.
        joined = " ".join(ANY_KIND.sub(" ", joined).split())
    new_amount = _amount(question)
    if new_amount is None:
        # "And in 2021?" after a question asked in won asks in won too.
        question = currency_carried(question, joined)
    if new_amount is not None:
        # "What about 8 million?" asks the earlier question of another amount: it replaces the old
        # one and, written without a currency, takes the earlier amount's currency.
        old_amount = _amount(joined, with_currency=True)
        carried = currency_for_amount(joined)
        if old_amount is None and carried is not None and not new_amount.currency:
            # An earlier question asked in a currency but of no amount ("the floor in dollars")
            # gives its currency to an amount written without one.
            question = question.replace(new_amount.text, f"{new_amount.text} {carried}", 1)
        if old_amount is not None:
            if not new_amount.currency:
                currency = old_amount.pre or old_amount.post or ""
                written = new_amount.text
                if not old_amount.pre:
                    spelled = f"{written} {currency}"
                elif currency.isalpha():
                    spelled = f"{currency} {written}"
                else:
                    spelled = f"{currency}{written}"
                question = question.replace(written, spelled, 1)
            joined = " ".join(joined.replace(old_amount.text, " ").split())
    swapped_share = _share_swapped(question, joined) if new_amount is None else None
    if swapped_share is not None:
        return swapped_share
    return ResolvedQuestion(question, joined)


# What names one part of a whole: "the export piece", "the satellite item", "its tech part".
_PART_NOUN = lazy(r"\s*(?:piece|part|item|component|portion|element|share|line)s?\b", re.I)
# What asks how much of a thing already spoken of was done or paid: "how much of the dock
# works", "what share of its training". The thing is one the conversation gave ("the", "its").
_AMOUNT_OF_THE = lazy(
    r"\b(?:how\s+much|what\s+(?:share|part|portion|percentage|proportion|fraction))\s+of\s+"
    r"(?:the|its|that)\s+$",
    re.I,
)


def _part_of_earlier_whole(question: str, history: list[Turn]) -> bool:
    """Whether ``question`` names a part of a program's package ("and the dock item, delivered
    yet?", "how much of the dock works was done?") without the program, right after a question
    that named one program: the part is that program's, however many topic words the question
    has of its own."""
    table = name_table()
    if table.find("programs", question):
        return False
    named_part = any(
        _PART_NOUN.match(question, match.end()) or _AMOUNT_OF_THE.search(question[: match.start()])
        for pattern in table.patterns.get("categories", {}).values()
        for match in pattern.finditer(question)
    )
    earlier = [t.content for t in history if t.role == "user"]
    return named_part and bool(earlier) and len(table.find("programs", earlier[-1])) == 1


# "It", "its", or a bare "that"/"this" ("what share of that"): one thing referred to.
_ONE_THING = lazy(
    r"\b(?:it|its)\b|\b(?<=of |in |on |to )(?:that|this)(?=\s*(?:[?.,!;]|$|\s+(?:by|in|as|was|is|had|has)\b))",
    re.I,
)


def _part_referred(question: str, earlier: str) -> str:
    """``question`` with its "it" written as the one part of one program the earlier question
    named ("the tanker deal's SME export piece"): a part's figures (its rate of delivery, its
    value) are told apart from the same part of another program only by the program, which the
    follow-up leaves unsaid. A follow-up that names a part of its own ("what slice of it went
    to local training?") refers to the program's whole: "it" is written as the program. Unchanged when
    the follow-up names a program, or the earlier question named not exactly one program (nor,
    for a follow-up naming no part, exactly one part)."""
    table = name_table()
    if table.find("programs", question):
        return question
    own_part = bool(table.find("categories", question))
    spans = {}
    for kind in ("programs",) if own_part else ("programs", "categories"):
        found = [
            match
            for pattern in table.patterns.get(kind, {}).values()
            for match in [pattern.search(earlier)]
            if match
        ]
        if len(table.find(kind, earlier)) != 1 or not found:
            return question
        spans[kind] = max(found, key=lambda m: m.end() - m.start()).group()
    empty = [m.span() for m in _DUMMY_IT.finditer(question)]
    # A part the follow-up names before its "it" is what "it" stands for ("what was pledged for
    # local training, and was all of it delivered?"): nothing to write in.
    parts_before = [
        match.start()
        for pattern in table.patterns.get("categories", {}).values()
        for match in pattern.finditer(question)
    ]
    for reference in _ONE_THING.finditer(question):
        if any(a <= reference.start() < b for a, b in empty):
            continue
        if any(start < reference.start() for start in parts_before):
            return question
        thing = " ".join(["the", *spans.values()])
        if reference.group().lower() == "its":
            thing += "'s"
        return question[: reference.start()] + thing + question[reference.end() :]
    return question


def _share_swapped(question: str, earlier: str) -> ResolvedQuestion | None:
    """ "And 30%?" after "What is 50% of $36 million?": the earlier question with the new
    percentage in the old one's place. Only for a follow-up that is nothing but an opening and a
    percentage, after a question that states one percentage."""
    new = _share(question)
    opening = _SWAP_OPENING.match(question)
    if new is None or opening is None:
        return None
    rest = question[opening.end() : new.start] + question[new.end :]
    if re.search(r"\w", _SWAP_FILLER.sub(" ", rest)):
        return None
    old = _share(earlier)
    if old is None:
        return None
    return ResolvedQuestion(earlier[: old.start] + new.text + earlier[old.end :])


def _share(text: str) -> QuantityToken | None:
    """The one percentage ``text`` states, if it states exactly one."""
    found = [token for token in lex(text) if token.percent]
    return found[0] if len(found) == 1 else None


# The opening of a follow-up that asks the earlier question of something else: "And Chile?",
# "What about the agency?", "How about for Peru, then?".
_SWAP_OPENING = lazy(
    rf"^\s*(?:and|what about|how about|what of|same for|same question for|now for|{_CORRECTING})\b"
    r"(?:\s*,?\s*(?:what|how) about\b)?",
    re.IGNORECASE,
)
# Words that only acknowledge the last answer before a follow-up: "ok", "right,", "thanks.".
_ACKNOWLEDGED = lazy(
    r"^\s*(?:(?:ok(?:ay)?|right|thanks|got it|i see|great|fine|so|then)\s*[,.!;:]*\s*)*(?:and\b)?",
    re.IGNORECASE,
)
# A follow-up that sets one new name beside the earlier question's, asking nothing else: "how
# does that compare with Chile?", "how does Chile compare?", "and Chile's, by comparison?".
_COMPARING = words(r"compar\w*|versus|vs|against|stacks? up|measures? up")
_COMPARING_FILLER = words(
    r"how|what|does|do|did|is|are|was|were|that|this|it|those|these|the|figure|one|ones|with|"
    r"to|and|about|by|in|of|for|same|else|then|so|but|would|look|looks|does it|up|stack|stacks|"
    r"measure|measures|s"
)


def _set_beside(question: str, earlier: list[str], spans: NameSpans) -> ResolvedQuestion | None:
    """ "And how does Ghana compare?" after "Which body runs Kenya's program?": the earlier
    question asked of both, Kenya's and then Ghana's ("Which body runs Kenya's program, and
    Ghana?"), so that the reply sets them next to each other. None unless the follow-up names one
    thing, of the kind of the one other thing the earlier question named, and says nothing but
    that it is compared."""
    if not _COMPARING.search(question):
        return None
    found = spans(question)
    if len({(kind, name) for kind, name, _, _ in found}) != 1:
        return None
    kind, name, start, end = found[0]
    owner = _OWNER.match(question, end)
    rest = question[:start] + " " + question[owner.end() if owner else end :]
    if re.search(r"\w", _COMPARING_FILLER.sub(" ", _COMPARING.sub(" ", rest))):
        return None
    place = len(earlier) - 1
    while place > 0 and _names_only(earlier[place], spans) is not None:
        place -= 1
    base = earlier[place]
    # The earlier question names that one thing and nothing else: a name beside it (the firm of
    # a program) would be no name of the new thing, asked of it all the same.
    old = {(k, n) for k, n, _, _ in spans(base)}
    if len(old) != 1 or next(iter(old))[0] != kind or (kind, name) in old:
        return None
    return ResolvedQuestion(f"{base.rstrip(' ?.!')}, and {question[start:end]}?")


# A possessive's ending after a name: "Chile's", "the Andes'".
_OWNER = lazy(r"[’']s?(?!\w)")
# The words such a follow-up may have beside its names.
# "One" stands for the earlier question's thing after a name: "and the Chilean one?".
_SWAP_FILLER = words(r"the|in|for|of|on|at|about|with|then|instead|please|case|and|or|ones?")


def _names_only(question: str, spans: NameSpans) -> list[tuple[str, str]] | None:
    """The (kind, name) pairs of a follow-up that is nothing but an opening and names ("And
    Chile?"); None for any other question."""
    # The opening may be left out: "the Dutch?", "okay, Chile?" is nothing but a name too.
    opening = _SWAP_OPENING.match(question) or _ACKNOWLEDGED.match(question)
    if opening is None:
        return None
    rest = question[opening.end() :]
    found = spans(rest)
    if not found:
        return None
    for _, _, start, end in sorted(found, key=lambda span: span[2], reverse=True):
        # A name in the possessive ("And Chile's?") asks for the same thing of it.
        owner = _OWNER.match(rest, end)
        rest = rest[:start] + " " + rest[owner.end() if owner else end :]
    if re.search(r"\w", _SWAP_FILLER.sub(" ", rest)):
        return None
    return [(kind, name) for kind, name, _, _ in sorted(found, key=lambda span: span[2])]


def _swapped(question: str, earlier: list[str], spans: NameSpans) -> ResolvedQuestion | None:
    """ "And Chile?" after "What share does Peru require?": the earlier question, asked of Chile.

    The earlier question is the last one that was not itself such a follow-up, so a chain ("And
    Chile? And Bolivia?") keeps asking the first question. It must name one thing of the kind the
    follow-up names, which is put in its place; otherwise None."""
    new = _names_only(question, spans)
    if new is None:
        return None
    place = len(earlier) - 1
    while place > 0 and _names_only(earlier[place], spans) is not None:
        place -= 1
    base = earlier[place]
    written = {kind: question[start:end] for kind, _, start, end in spans(question)}
    replaced: dict[tuple[int, int], str] = {}
    for kind in dict.fromkeys(kind for kind, _ in new):
        old = [(start, end, name) for k, name, start, end in spans(base) if k == kind]
        if len({name for _, _, name in old}) != 1 or old[0][2] in {n for k, n in new if k == kind}:
            continue
        for start, end, _ in old:
            replaced.setdefault((start, end), written[kind])
    if not replaced:
        return None
    text, last = [], 0
    for (start, end), name in sorted(replaced.items()):
        if start < last:
            continue  # one name read as two kinds ("Acme" the firm and its program)
        text += [base[last:start], name]
        last = end
    rewritten = "".join([*text, base[last:]])
    context = earlier[place - 1] if place > 0 and is_follow_up(base, 99) else ""
    return ResolvedQuestion(rewritten, context)


# A follow-up that sets the new name beside the old one keeps both: "how does Chile compare?";
# so does one asking by how much the new one exceeds or falls short of the old ("how many more
# did Chile sign?"): the difference is taken from the earlier figure.
_SIDE_BY_SIDE = words(
    r"compar\w*|versus|vs|than|against|both|differ\w*|same as|"
    r"how (?:many|much) (?:more|fewer|less|higher|lower|bigger|larger|smaller|greater)"
)


def _other_names_dropped(question: str, context: str, spans: NameSpans) -> str:
    """``context`` without the names of each kind the follow-up names anew: after "What share
    does Peru require?", "And Chile?" asks for Chile's share, not for Peru's and Chile's."""
    asked: dict[str, set[str]] = {}
    for kind, name, _, _ in spans(question):
        asked.setdefault(kind, set()).add(name)
    if not asked or _SIDE_BY_SIDE.search(question):
        return context
    dropped = sorted(
        (start, end)
        for kind, name, start, end in spans(context)
        if kind in asked and name not in asked[kind]
    )
    if not dropped:
        return context
    kept, last = [], 0
    for start, end in dropped:
        if start >= last:
            kept.append(context[last:start])
        last = max(last, end)
    kept.append(context[last:])
    return " ".join(" ".join(kept).split())


# "And where no bids are taken?" / "and when nobody bids?", "what about when the buyer is abroad?": after the opening of a
# follow-up, a "when" that a clause follows (no verb put first, as in "when did …") sets the
# case the earlier question is asked of, as "if" does; it asks for no date.
_CONDITIONAL_WHEN = lazy(
    r"^(\s*(?:and|but|or|what about|how about)\s+)when\s+"
    r"(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|must|might|"
    r"shall|may)\b)",
    re.IGNORECASE,
)


# "Back then", "at that time": the time the last answer gave.
_THEN = words(r"back then|at that time|at the time|in that year|that year|by then|then")
# "Then" that is no time: "what then?", "and then?", "so then", "then what", "how about Chile,
# then?"; "what was the rate then?" asks of a time.
_NOT_A_TIME = lazy(
    r"^\s*(?:and|so|but)?\s*then\b|(?:,|^\s*\w+)\s*then\s*[?.!]?\s*$|\bthen what\b", re.I
)
# A time the words after it name ("at the time of the audit", "at the time when ..."), or one
# whose noun follows ("that year's ships"): no time referred to on its own.
_TIME_NAMED_AFTER = lazy(r"^(?:\s*(?:of|when|that|the|a|an|it|they)\b|'s\b)", re.I)


def _time_referred(question: str) -> re.Match[str] | None:
    """Where ``question`` refers to a time said before ("back then", "at the time", "what was
    it then?"), if it does."""
    said = _THEN.search(question)
    if said is None:
        return None
    if said.group(1).lower() == "then" and _NOT_A_TIME.search(question):
        return None
    if _TIME_NAMED_AFTER.match(question[said.end() :]):
        return None
    return said


def _then_dated(question: str, history: list[Turn]) -> str:
    """After a question that asked when something happened, "what applied back then?" asks of
    the year the answer gave: the first year it states."""
    if len(history) < 2 or history[-1].role != "assistant" or history[-2].role != "user":
        return question
    said = _time_referred(question)
    if said is None:
        return question
    if answer_type(history[-2].content) != "date" or history[-1].content.startswith(
        say("cannot_answer")
    ):
        return question
    year = YEAR_WORD.search(history[-1].content)
    if year is None or YEAR_WORD.search(question):
        return question
    return question[: said.start()] + f"in {year.group()}" + question[said.end() :]


def _referent(history: list[Turn], named: NameFinder) -> str | None:
    """The name the last answer gave, when the question before it asked for one."""
    if len(history) < 2 or history[-1].role != "assistant" or history[-2].role != "user":
        return None
    kind = answer_type(history[-2].content)
    answer = history[-1].content
    if kind not in _NAMING or answer.startswith(say("cannot_answer")):
        return None
    return answering_name(history[-2].content, answer, kind, named)


def _refer(question: str, name: str) -> str:
    """``question`` with its first reference to someone replaced by ``name`` ("its" by "name's");
    the empty "it" of "is it true that" is no reference."""
    empty = [m.span() for m in _DUMMY_IT.finditer(question)]
    for reference in _ENTITY_REFERENCE.finditer(question):
        if any(a <= reference.start() < b for a, b in empty):
            continue
        said = reference.group().lower()
        return (
            question[: reference.start()]
            + (f"{name}'s" if said in _POSSESSIVE else name)
            + question[reference.end() :]
        )
    return question


# A person referred to by a pronoun: "… and what did she promise the dockers?"
_PERSON_REFERENCE = lazy(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)


def person_referred(question: str, name: str) -> str:
    """``question`` with its first pronoun for a person ("he", "his") replaced by ``name``
    ("his" by "name's"); unchanged when it refers to no one so."""
    reference = _PERSON_REFERENCE.search(question)
    if reference is None:
        return question
    said = reference.group().lower()
    return (
        question[: reference.start()]
        + (f"{name}'s" if said == "his" else name)
        + question[reference.end() :]
    )


# A turn that wants a piece of the total the previous reply gave: "what portion of this came
# from Peru?", "and melons: how many of them?".
_PART_OF_THAT = lazy(
    r"\b(?:how (?:much|many)|what (?:share|part|portion|proportion|percentage|fraction))\s+"
    r"of\s+(?:that|this|those|these|it|them)\b",
    re.IGNORECASE,
)


def asks_part_of_last(question: str) -> bool:
    """Whether ``question`` asks for a part of the whole the last answer gave."""
    return bool(_PART_OF_THAT.search(question))


def gives_again(answer: str, last: str) -> bool:
    """Whether ``answer`` leads with the whole ``last`` gave: its first claim that states
    figures states only the figures of ``last``'s first such claim. Asked for a part, such an
    answer gives the whole again; one leading with a part ``last`` listed after the whole
    answers."""
    given, whole = _leading_amounts(answer), _leading_amounts(last)
    return bool(given) and given <= whole


def _leading_amounts(text: str) -> set[tuple[str | None, Decimal, bool]]:
    """The sums and percentages of the first claim of ``text`` that states any."""
    for claim in re.split(r"\[\d+\]|\n", text):
        found = {(t.currency, t.scaled(), t.percent) for t in lex(claim) if t.currency or t.percent}
        if found:
            return found
    return set()


def changes_an_input(question: str) -> bool:
    """Whether a follow-up gives a new input for the earlier question's calculation: a figure
    (a year, an amount, a rate), a contract type, or the present ("and today?")."""
    return bool(
        re.search(r"\d", question)
        or lex(question)
        or contract_kinds(question)[0] is not None
        or _NOW.search(question)
    )


def _amount(text: str, with_currency: bool = False) -> QuantityToken | None:
    """The first amount in ``text`` that is money or scaled ("8 million"), not a year, a count or
    an exchange rate ("at 1,200 won per dollar")."""
    for token in lex(text):
        if token.exponent or token.percent or _PER_DOLLAR.match(text, token.end):
            continue
        if token.currency or (not with_currency and token.scale):
            return token
    return None


# A step along a history from the time the last question was about: "and the one before?", "what
# came next?", "and earlier, in 1984?".
_STEP_BACK = words(
    r"before (?:that|then|this|it)|prior to (?:that|then|this)|earlier|previously|"
    r"the (?:one|time|rule|level) before"
)
_STEP_ON = words(
    r"after (?:that|then|this|it)|next|later|afterwards?|subsequently|following that|"
    r"the (?:one|time|rule|level) after"
)
# The offset rule's two measures, each with a history of its own: the contract value that sets
# an obligation off, and the share of the contract to be offset (a share the rule demands, not
# any share: "what share of the offsets was technology?" asks of no rule).
_THRESHOLD_ASKED = words(
    r"thresholds?|trigger\w*|cut-?offs?|sets? (?:it |them )?off|kicks? in|"
    r"how (?:big|large) (?:a|the) (?:contract|deal|purchase)"
)
_SHARE_ASKED = words(r"shares?|percent\w*|proportion", "%")
_DEMANDED = words(
    r"requir\w*|demand\w*|obligat\w*|must|had to|has to|have to|rules?|"
    r"of (?:the|a|its|their) (?:contract|deal|purchase)(?: value)?|contract values?"
)
# What else a stepping follow-up may say: it asks the earlier question again, of another time.
_STEP_FILLER = words(
    r"and|so|but|then|what|which|how|about|was|were|is|it|they|that|this|the|a|back|in|at|of|"
    r"for|from|on|to|came|come|did|do|does|happened|went|rule|rules|level|figure|value|one|"
    r"require|required|requirement|set|stand|stood|go|before|after|prior|year|time|s"
)


def _only_a_step(question: str) -> bool:
    """Whether ``question`` is no more than a step along a history, one way ("and the one
    before?", "what came next?", "the threshold after that, in 2006?")."""
    back, on = _STEP_BACK.search(question), _STEP_ON.search(question)
    if bool(back) == bool(on):
        return False
    rest = question
    for said in (_STEP_BACK, _STEP_ON, YEAR_WORD, _THRESHOLD_ASKED, _SHARE_ASKED, _DEMANDED):
        rest = said.sub(" ", rest)
    return not re.search(r"\w", _STEP_FILLER.sub(" ", rest))


def _stepped(question: str, asked: list[str], rules: Sequence[RuleStep]) -> str | None:
    """ "And the one before?" after "What is the threshold today?": the question of the rule before
    the one the earlier question asked about, for the measure it asked about; "what came next?"
    of the rule after. A year the follow-up names ("before that, in 1984?") is the time asked.
    None unless the follow-up is no more than such a step and the earlier question asked of the
    threshold or the share. ``asked`` is the earlier user questions, the last first asked: in a
    chain of steps ("and the one before?" twice) each steps on from where the one before led."""
    if not rules or not asked or not _only_a_step(question):
        return None
    back = _STEP_BACK.search(question)
    earlier = _stepped(asked[-1], asked[:-1], rules) or asked[-1]
    threshold = bool(_THRESHOLD_ASKED.search(earlier) or _THRESHOLD_ASKED.search(question))
    share = any(_SHARE_ASKED.search(t) and _DEMANDED.search(t) for t in (earlier, question))
    if not threshold and not share:
        # A chain that moved in time without naming the measure ("and in 1984?", then "and the
        # one before that?") still asks of the measure the turn that started it named.
        measure = _measure_named(reversed(asked[:-1]))
        if measure is None:
            return None
        threshold, share = measure, not measure
    if threshold == share:
        return None
    years = YEAR_WORD.findall(question)
    if years:
        year = int(years[0])
    else:
        moves = _changes(rules, threshold)
        year_asked = _time_of(earlier, rules, threshold)
        if back:
            since = max((y for y in moves if y <= year_asked), default=None)
            year = max((y for y in moves if since is not None and y < since), default=0)
        else:
            year = min((y for y in moves if y > year_asked), default=0)
        if not year:
            return None
    return say("step_threshold", year=year) if threshold else say("step_share", year=year)


# When a measure came to stand where it stands now: "when did it reach its current level?", "since
# when has it been at today's figure?". The level now is the rule's latest value; asked when it
# was reached, the answer is the year that value was set.
_WHEN_ASKED = words(r"when|what year|which year|since when|how long ago")
_REACHED = words(
    r"reach\w*|got to|get to|gets to|gotten to|came to|come to|become|became|rose to|rise to|"
    r"climb\w* to|hit|settled? (?:at|on)|arrived? at|been at|was set at|set at|land\w* at|move\w* to"
)
_LEVEL_NOW = lazy(
    r"\b(?:current|present|today['’]?s?)\s+(?:level|value|figure|amount|mark|size|point)\b|"
    r"\b(?:level|value|figure|amount|mark|size|point)\b[^.?!]{0,30}?\b(?:now|today|currently|"
    r"nowadays|at present|these days)\b",
    re.IGNORECASE,
)


def _reached_present(question: str, asked: list[str], rules: Sequence[RuleStep]) -> str | None:
    """ "So when did it get to where it stands today?" after a question about the threshold (or
    the share): the question of the year the measure took the value it still holds, the last
    change in its history. None unless the follow-up asks when a present level was reached, of
    no year or amount of its own, and the conversation is about one of the two measures."""
    if not rules or not asked or YEAR_WORD.search(question) or _amount(question) is not None:
        return None
    if not (_WHEN_ASKED.search(question) and _REACHED.search(question)):
        return None
    if not _LEVEL_NOW.search(question):
        return None
    threshold = _measure_named((question, *reversed(asked)))
    if threshold is None:
        return None
    moves = _changes(rules, threshold)
    if not moves:
        return None
    year = moves[-1]
    return say("step_threshold", year=year) if threshold else say("step_share", year=year)


_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
}
_SPAN = r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)[- ]years?|(?P<unit>decade|period|years?|stretch|span))"
# A period told by where it stands from the one asked before: "the five years before", "the
# previous decade", "the decade after that", "the preceding period", "the year before".
_RELATIVE_PERIOD = lazy(
    rf"\b(?:the\s+)?(?:(?P<pre>previous|preceding|prior|earlier|next|following|subsequent|later)\s+{_SPAN}"
    rf"|{_SPAN.replace('P<n>', 'P<n2>').replace('P<unit>', 'P<unit2>')}\s+"
    r"(?P<post>before|prior|preceding|earlier|after|following|later)(?:\s+(?:that|then|this|it))?)\b",
    re.IGNORECASE,
)
_BEFORE_WORDS = frozenset({"previous", "preceding", "prior", "earlier", "before"})
_PERIOD_OF = lazy(r"\b((?:19|20)\d\d)(\s?(?:-|–|—|to|through|until|and)\s?)((?:19|20)\d\d)\b", re.I)
# What else such a follow-up may say: it asks the earlier question again, of another period.
_SHIFT_FILLER = words(
    r"and|so|but|then|what|how|about|was|were|is|it|that|this|the|a|in|for|over|during|of|from|"
    r"across|through|covering|same|question|figure|one|ones|number|amount|value|total"
)


def _shifted(question: str, asked: list[str]) -> str | None:
    """ "And the four years prior?" after a question about 2012-2015: the earlier question
    asked of 2008-2011, the span of the same length (or of the length the follow-up states: "the
    decade after") just before or after the earlier question's period. None unless the follow-up
    is no more than such a shift and an earlier question named one period; in a chain of shifts
    each moves on from where the one before led."""
    relative = _RELATIVE_PERIOD.search(question)
    if relative is None or not asked or YEAR_WORD.search(question):
        return None
    rest = question[: relative.start()] + " " + question[relative.end() :]
    if re.search(r"\w", _SHIFT_FILLER.sub(" ", rest)):
        return None
    earlier = _shifted(asked[-1], asked[:-1]) or asked[-1]
    count = relative.group("n") or relative.group("n2")
    unit = (relative.group("unit") or relative.group("unit2") or "").lower()
    direction = (relative.group("pre") or relative.group("post")).lower()
    before = direction in _BEFORE_WORDS
    periods = list(_PERIOD_OF.finditer(earlier))
    if not periods:
        # "And the year before?" after a question of one year (the harbour's 2019 dues): the
        # same question of the year that many years before or after it.
        return _year_shifted(earlier, count, unit, before)
    if len(periods) != 1:
        return None
    period = periods[0]
    first, last = int(period.group(1)), int(period.group(3))
    if last <= first:
        return None
    if unit == "year":
        # "The year before 2016-2020" is one year, the one next to the period.
        year = first - 1 if before else last + 1
        lead = _PERIOD_LEAD.sub(" ", earlier[: period.start()])
        return " ".join(f"{lead} in {year}{earlier[period.end() :]}".split())
    if count:
        length = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
    elif unit == "decade":
        length = 10
    else:
        length = last - first + 1
    if before:
        start, end = first - length, first - 1
    else:
        start, end = last + 1, last + length
    return earlier[: period.start()] + f"{start}{period.group(2)}{end}" + earlier[period.end() :]


# The word a period is asked with ("from 2016 to 2020", "between 2016 and 2020"), which one
# year is not asked with.
_PERIOD_LEAD = lazy(r"\b(?:from|between|over|during|in|for|across|through)\s*$", re.I)


def _year_shifted(earlier: str, count: str | None, unit: str, before: bool) -> str | None:
    """``earlier``, a question of one year, asked of the year ``count`` years (one for "the year",
    ten for "the decade") before or after it; None when it names no year or several, or the
    follow-up moves by a period of no length in years ("the preceding period")."""
    years = list(YEAR_WORD.finditer(earlier))
    if len(years) != 1:
        return None
    if count:
        length = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
    elif unit in ("year", "decade"):
        length = 1 if unit == "year" else 10
    else:
        return None
    year = int(years[0].group()) + (-length if before else length)
    return earlier[: years[0].start()] + str(year) + earlier[years[0].end() :]


def _measure_named(texts: Iterable[str]) -> bool | None:
    """Whether the first of ``texts`` (latest first) that names one of the two measures, and
    not both, names the threshold (True) or the share the rule demands (False); None when none
    does."""
    for text in texts:
        threshold = bool(_THRESHOLD_ASKED.search(text))
        share = bool(_SHARE_ASKED.search(text) and _DEMANDED.search(text))
        if threshold != share:
            return threshold
    return None


def _changes(rules: Sequence[RuleStep], threshold: bool) -> list[int]:
    """The years the measure asked of (the threshold, else the shares) took a new value."""
    moves, last = [], None
    for rule in sorted(rules, key=lambda r: r.year):
        value = rule.threshold_usd if threshold else rule.shares
        if value != last:
            moves.append(rule.year)
        last = value
    return moves


def _time_of(earlier: str, rules: Sequence[RuleStep], threshold: bool) -> int:
    """The year the earlier question asked about: the one it names; else the first year of the
    threshold it states ("when did the threshold become $10 million?"); else the present."""
    named = YEAR_WORD.search(earlier)
    if named is not None:
        return int(named.group())
    if threshold:
        for token in lex(earlier):
            if token.currency == "USD":
                stated = [r.year for r in rules if r.threshold_usd == token.scaled()]
                if stated:
                    return min(stated)
    return max(r.year for r in rules)


# A promise the earlier question asked about: "what did the firm pledge?", "what offsets did it
# agree to?".
_PROMISED = words(r"promis\w*|pledg\w*|commit\w*|agree[ds]?|agreeing|offer\w*|sign\w* up|undert\w*")
# Whether it was kept, asked with the promise left unsaid or referred to: "did the firm make good
# on that?", "did it follow through?", "were those carried out?", "did it hand the designs over?".
_KEPT_ASKED = words(
    r"deliver(?:ed|s|ing)?|follow(?:ed|s|ing)? through|kept|keep|honou?r(?:ed|s)?|"
    r"fulfill?(?:ed|s)?|carr(?:y|ied) (?:\w+ )?out|hand(?:ed|s)? (?:\w+ )?over|"
    r"live[ds]? up to|ma(?:k|d)e good|come through|came through|transferr?(?:ed|s)?"
)
# The same asked from the other side, whether some of it was kept back: "did it hold anything
# back?", "was anything withheld?", "did it refuse any of it?". Only of the promiser left unsaid:
# "did the ministry refuse …" asks of another; a part of the package it names ("did it withhold
# any technology?") is what may have been held back.
_HELD_BACK_ASKED = words(
    r"h[oe]ld(?:s|ing)? (?:\w+ ){0,3}?back|withh[eo]ld\w*|refus\w*|declin\w*|reneg\w*|"
    r"back(?:ed|s)? out|f[ae]ll(?:s|en)? short"
)
# The names of who promised: the firm, else its program.
_PROMISERS = ("companies", "programs")


def _kept(question: str, earlier: str, spans: NameSpans) -> str | None:
    """ "Did the firm make good on that?" after "What did Acme promise for the frigates?": whether what
    the earlier question's firm (else program) promised was kept, asked of it by name, so that
    the answer is what was carried out or refused, not the promise said again. None when the
    follow-up names someone of its own or asks of no promise kept."""
    held_back = _HELD_BACK_ASKED.search(question) is not None and not any(
        kind != "categories" for kind, *_ in spans(question)
    )
    if not ((_KEPT_ASKED.search(question) or held_back) and _PROMISED.search(earlier)):
        return None
    if is_claim(question):
        # "our draft has the tooling share at $52 million, correct?" checks a figure of the
        # promise; it asks nothing of its keeping, whatever its words.
        return None
    if len(question.split()) > 10 or any(k in _PROMISERS for k, *_ in spans(question)):
        return None
    firms, programs = (
        list(dict.fromkeys(name for k, name, _, _ in spans(earlier) if k == kind))
        for kind in _PROMISERS
    )
    if len(firms) == 1:
        return say("kept_of_company", name=firms[0])
    if len(programs) == 1:
        return say("kept_of_program", name=programs[0])
    return None


# What the offset rule required, asked of a time: "so what were the rules at that time?".
_RULE_ASKED = words(
    r"rules?|requir\w*|regulations?|conditions|terms|"
    # what the program asked of sellers, told by its verb: "what did it demand in 1982?"
    r"demand(?:s|ed)?|ask(?:s|ed)? for|impos(?:e|es|ed)|insist(?:s|ed)? on"
)
_RULE_FILLER = words(
    r"and|so|but|what|which|how|did|do|does|was|were|is|are|the|its|their|in|at|of|say|said|"
    r"says|apply|applied|then|offsets?|program|policy|force|set|laid|down|out|stipulate\w*|"
    # the program or its makers, referred to: "what did it (they) demand"
    r"it|they|sellers?|contractors?|suppliers?|from|on"
)


def _rule_of_year_asked(question: str) -> str | None:
    """ "So what did the rule ask for in 1991?" (a year the last answer gave for "back then"):
    what the offset rule of that year required, however its words are put. None unless the
    question asks that and nothing else."""
    years = YEAR_WORD.findall(question)
    if len(years) != 1 or not _RULE_ASKED.search(question):
        return None
    rest = _RULE_FILLER.sub(" ", _RULE_ASKED.sub(" ", YEAR_WORD.sub(" ", question)))
    if re.search(r"\w", rest):
        return None
    return say("rule_of_year", year=years[0])


# "That phase", "this deal": a thing the earlier question named, by its noun.
_THAT_NOUN = lazy(
    r"\b(?:that|this)\s+(phase|stage|package|pledge|commitment|purchase|contract|order|deal|"
    r"program|programme|project|agreement|report|threshold|obligation|period)\b",
    re.IGNORECASE,
)


def _demonstratives_named(question: str, earlier: str) -> str:
    """``question`` with "that phase" written as the earlier question named the phase ("the
    jet's second phase"), when it named it with words that tell it apart: each part of a
    follow-up of several parts ("who signed it, and what did that stage cost?") is
    then asked alone of the thing named."""

    return _THAT_NOUN.sub(lambda m: named_before(m.group(1), earlier) or m.group(), question)


# The count an earlier question asked for: "how many ports did the board close?".
_HOW_MANY = lazy(r"\bhow many\b", re.I)
# A follow-up that asks which of the things counted they are: "which one is named?", "name
# them", "which ones?", "what are they?". It must ask for names: "one" or a plural pronoun
# stands for the things counted.
_WHICH_ASKED = words(r"which|what|name|list|identify|specify")
_COUNTED_REFERENCE = words(r"one|ones|them|they|those|these")
_COUNTED_FILLER = words(
    r"and|so|then|but|which|what|one|ones|of|them|they|those|these|it|is|are|was|were|the|"
    r"named|mentioned|given|listed|cited|specified|identified|called|name|list|identify|specify|"
    r"tell|me|us|please|exactly|specifically|actually|reportedly|do|does|did|we|know"
)


def asks_which_counted(question: str) -> bool:
    """Whether ``question`` is no more than asking which things, spoken of before, they are
    ("which one is named?", "name them"): it stands for nothing without an earlier turn."""
    return bool(
        _WHICH_ASKED.search(question)
        and _COUNTED_REFERENCE.search(question)
        and not re.search(r"\w", _COUNTED_FILLER.sub(" ", question))
    )


def _counted_named(question: str, earlier: str) -> str | None:
    """ "Which one is named?" after "How many ports did the board close?": the earlier question
    asking which ports, so that the answer names them instead of counting them again. None
    unless the follow-up is no more than such asking and the earlier question asked how many."""
    if not asks_which_counted(question):
        return None
    count = _HOW_MANY.search(earlier)
    if count is None:
        return None
    which = "Which" if count.group()[0].isupper() else "which"
    return earlier[: count.start()] + which + earlier[count.end() :]


# An answer's citation markers ("[1]", "[2][3]") and the lines it adds beside its statements:
# the working of a calculation, the note that the sources disagree.
_MARKERS = lazy(r"\s*(?:\[\d+\])+")
_ASIDE_LINE = lazy(r"^\s*(?:Working:|The sources disagree\b|No year given\b).*$", re.M)


def stated_by(answer: str) -> str:
    """What an earlier answer stated, as plain words a later turn may lean on: its statements
    without markers and asides; empty for a refusal, which states nothing of the sources."""
    if not answer.strip() or answer.lstrip().startswith(say("cannot_answer")):
        return ""
    return " ".join(_MARKERS.sub(" ", _ASIDE_LINE.sub(" ", answer)).split())


# What names the offset rule's share as what a question asks for: "what percentage does the
# program ask for?", "what share must be offset?".
_RULE_SHARE_ASKED = words(r"what (?:share|percent\w*|proportion|portion|fraction)")


def _obligation_asked(question: str, earlier: str) -> str | None:
    """ "So on a $70 million deal?" or "apply that to 70 million dollars" after "What share does
    the rule demand of non-competitive contracts?": the offset owed on that amount under the
    rule asked of, as a full question of the contract's kind (the follow-up's, else the earlier
    question's) and of the earlier question's year. None unless the follow-up gives an amount
    and no percentage, and the earlier question asked the rule's share with no amount of its own."""
    amount = _amount(question)
    if amount is None or _share(question) is not None or any(t.percent for t in lex(question)):
        return None
    if _amount(earlier) is not None or not _RULE_SHARE_ASKED.search(earlier):
        return None
    kind = contract_kinds(question)[0] or contract_kinds(earlier)[0]
    if kind is None and not _DEMANDED.search(earlier):
        return None
    written = amount.text
    years = YEAR_WORD.findall(question) or YEAR_WORD.findall(earlier)
    if kind is None:
        asked = say("obligation_on", amount=written)
    else:
        asked = say("obligation_on_kind", amount=written, kind=kind)
    return f"{asked[:-1]} in {years[0]}?" if len(set(years)) == 1 else asked
