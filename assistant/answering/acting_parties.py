"""The party a question makes the actor of its verb, and whether the answer has it act.

"What did Freedonia object to?", "when did the Harbour Board announce the levy?", "how many
berths did Acme lease?" name a party as the subject of the act asked about. A statement that
names that party in another role answers none of them:

- as what the act is done to or for, or what is spoken of: "the levy was criticised *by the
  council* for *Freedonia's* sake", "items recommended *to Acme*", "pages *on Freedonia*";
- as a place: "a roundtable *at the Harbour Board*";
- as what something is compared with: "*unlike Freedonia*, Ruritania charges 5%";
- as the owner of a thing that is no act: "*Freedonia's* programme sets conditions" (but
  "Freedonia's *refusal*", an act's noun, has it act).

So when every mention of the asked party in the answer's statements (with their quotes) is in
such a role, the answer is of another's act (rule one). A party is the actor when a statement
makes it the subject ("Acme reportedly leased"), the agent ("was leased *by Acme*") or the
owner of an act's noun.

And when the statements write the act asked (a word of the question's verb's stem) only with
another party as its subject or agent, they tell of another's act (rule two): "when did the
Harbour Board announce it?" is not answered by "the Port Authority announced it". Another party
is one of the same kind (another country, agency, company), or of a kind that cannot act for
the asked one: a company does not act for a country, nor a country for a company, whereas an
agency acts for its country and a person for their body. An act whose subject the statement
leaves unwritten ("the levy was raised in 1986") may be anyone's: it keeps the answer.

The home country, the sources' own subject, is exempt from rule one: they write its acts in the
passive and its programmes as its own ("the country's levy") without naming it as a subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.word_forms import stem
from assistant.knowledge.names import NameTable, name_table
from assistant.regex import lazy

# The kinds of name that may act, and the kind each is read as: the dispute's parties are
# countries.
_KINDS = {
    "countries": "country",
    "parties": "country",
    "organisations": "body",
    "companies": "company",
    "people": "person",
}
# Which kinds may stand for which in an act: an agency acts for its country, a person for their
# body or company. A company never acts for a country or an agency, nor they for it.
_STANDS_FOR = {
    "country": {"country", "body", "person"},
    "body": {"country", "body", "person"},
    "company": {"company", "person"},
    "person": {"country", "body", "company", "person"},
}

# A question whose verb has an auxiliary before its subject: "what did X object to", "how
# much has X spent", "when does X start".
_ASKED = lazy(
    r"^\W*(?:what|which|how|when|where|why|who|whom)\b[^?]*?\s"
    r"(?:did|does|do|has|have|had)\s+(?P<rest>[^?]+)",
    re.I,
)
# A question in the passive whose agent follows "by": "when was the levy raised by the board".
_ASKED_PASSIVE = lazy(
    r"^\W*(?:what|which|how|when|where|why)\b[^?]*?\s(?:was|were|is|are|been)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?P<verb>[a-z]+ed)\s+by\s+(?:the\s+)?",
    re.I,
)
_TOKEN = lazy(r"[\w.&’'-]+|[^\w\s]")
_DETERMINERS = frozenset({"the", "a", "an"})

# The words before a mention that give it a role other than the actor's: what is acted on,
# spoken of or done for ("to", "on", "of", "for"), a place ("in", "at"), or a standard of
# comparison ("than", "unlike").
_OBJECT = frozenset(
    {
        "to",
        "of",
        "for",
        "on",
        "about",
        "with",
        "against",
        "toward",
        "towards",
        "into",
        "among",
        "between",
        "including",
        "over",
        "under",
        "regarding",
        "concerning",
        "onto",
    }
)
_PLACE = frozenset({"in", "at", "inside", "within"})
_COMPARED = frozenset({"than", "unlike", "like", "versus", "vs", "vs."})
# What an act's noun ends in ("refusal" aside): a possession of one of these is an act of the
# possessor ("the council's decision", "its rejection", "their spending").
_ACT_NOUN = lazy(r"(?:tion|sion|ment|ance|ence|ing)s?$", re.I)
# A verb in the past right after a name (an adverb between): "Acme leased", "Acme reportedly
# said". The irregular pasts are English's commonest.
_FINITE_AFTER = lazy(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|told|held|made|took|gave|won|sold|bought|sent|wrote|"
    r"set|put|kept|left|brought|built|chose|found|met|paid|spent)\b",
)
# Words after a name that start no verb or noun it qualifies.
_FUNCTION = (
    r"and|or|but|to|of|for|on|in|at|with|from|by|as|than|that|which|who|is|are|was|were|"
    r"has|have|had|the|a|an|its|their|this|these|those"
)
# Verbs whose subject receives rather than acts ("what did Ruritania get from the deal"): the
# party given something ("for Ruritania", "to Ruritania") is what they ask of.
_RECEIVES = lazy(
    r"^(?:get|gets|got|receive|obtain|win|won|secure|gain|earn|reap|collect|accept"
    # Nor do the subjects of a state: "what role does the board have" asks of a role others give.
    r"|have|has|had|own|lack|possess|hold)",
    re.I,
)
# A clause in the passive with no agent ("items were bought", "was later approved"): whose act
# it is the statement leaves unwritten, and it may be the asked party's.
_AGENTLESS = lazy(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|done|given|"
    r"taken|paid|sold|bought|won|held|sent|set|put|kept|left|brought|built|chosen|"
    r"written|known)\b(?!\s+(?:\w+\s+)?by\b)",
    re.I,
)
# The endings of a noun for a person or persons, which a name before it only qualifies ("the
# Acme spokesperson", "Ruritanian officials"); no verb after "did" ends in a plural's "s". A verb
# with such an ending ("offer") is let go unread: the rule then says nothing.
_PERSON_NOUN = lazy(r"(?:er|or|ist|ian|man|men|person|people|ent|ant|ary|s)$", re.I)
# The words by which a party's own people are named ahead of it: "the spokesperson of Acme",
# "the head of the Harbour Board", "officials from Acme".
_SPOKEN_FOR = frozenset({"of", "from"})
_PEOPLE_OF = lazy(
    r"^(?:heads?|chiefs?|staff|officials?)$|(?:er|or|ist|ian|man|men|person|people|ent|ant|ary)s?$",
    re.I,
)
# How far back past a mention's modifiers ("the", names, "U.S.") the word before it is looked
# for, and how many words may stand between a subject and its verb ("has recently raised").
_MODIFIERS = 3
_BETWEEN = 3
# Words that cannot stand between a subject and its verb: another clause starts.
_CLAUSE_BREAK = (
    frozenset(
        {
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "while",
            "if",
            "because",
            "as",
            "but",
            "or",
        }
    )
    | _OBJECT
    | _PLACE
    | _COMPARED
)


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Acting:
    """Who a question makes the actor (``party``, as written, and its canonical ``name`` and
    ``kind``) and the verb it acts by."""

    party: str
    name: str
    kind: str
    verb: str


@dataclass(frozen=True)
class ActorUnmet:
    """Why the statements do not have the asked party act: ``role`` (object, place, compared,
    owner) when they name it only so; ``other`` when they give the act to another party."""

    party: str
    role: str | None = None
    other: str | None = None


def mentions(text: str, table: NameTable | None = None) -> list[Mention]:
    """Every name of a kind that may act, where ``text`` writes it; the longest at a place.
    ``table`` is the names table (``knowledge/names.yaml`` unless given)."""
    found: list[Mention] = []
    for kind, group in _KINDS.items():
        for name, pattern in (table or name_table()).patterns.get(kind, {}).items():
            for match in pattern.finditer(text):
                found.append(Mention(name.lower(), group, match.start(), match.end()))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def acting(question: str, table: NameTable | None = None) -> Acting | None:
    """The party ``question`` makes the subject of its verb, when its subject is one named
    party, written right after the auxiliary ("what did *the Harbour Board* announce"; a title
    before a name is part of it: "what did *port chief Ann Lee* promise"), as are its people
    ("what did *Ruritania's officials* say"). None for a subject of several parties, another
    possessive ("Acme's crane"), or one that names none."""
    asked = _ASKED.search(question)
    if asked is None:
        return _agent_asked(question, table)
    offset = asked.start("rest")
    named = [m for m in mentions(question, table) if m.start >= offset]
    tokens = [(offset + t.start(), t.group()) for t in _TOKEN.finditer(asked["rest"])]
    last: Mention | None = None
    its_people = False
    for at, (start, word) in enumerate(tokens):
        inside = next((m for m in named if m.start <= start < m.end), None)
        if inside is not None:
            last = inside
            continue
        following = tokens[at + 1][0] if at + 1 < len(tokens) else len(question)
        titled = word.isalpha() and any(m.start == following for m in named)
        if last is None:
            if (at == 0 and word.lower() in _DETERMINERS) or word[:1].isupper() or titled:
                continue  # the subject's words before its name: "the", "port chief"
            return None
        if re.match(r"['’]", question[last.end :]) and not its_people:
            if _PEOPLE_OF.search(word) and word.isalpha() and word.islower():
                its_people = True  # "Ruritania's officials" act for Ruritania
                continue
            return None  # a possessive: "Acme's crane" is the crane
        if titled and next(m for m in named if m.start == following).kind == "person":
            continue  # a title between names: "Acme chairman Ann Lee"
        if not word.isalpha() or not word.islower() or word in ("and", "or"):
            return None  # several parties, or no verb
        if _PERSON_NOUN.search(word):
            return None  # the subject is a person of the party's: "the Acme spokesman"
        return Acting(question[last.start : last.end], last.name, last.kind, word)
    return None


def _agent_asked(question: str, table: NameTable | None) -> Acting | None:
    """The party a question in the passive makes the agent of its verb: "when was the levy
    raised *by the Harbour Board*?" asks the board's act as "when did the board raise it"."""
    passive = _ASKED_PASSIVE.search(question)
    if passive is None:
        return None
    at = passive.end()
    after = next((m for m in mentions(question, table) if m.start == at), None)
    if after is None:
        return None
    return Acting(question[after.start : after.end], after.name, after.kind, passive["verb"])


def _words_before(text: str, at: int) -> list[str]:
    return [t.group() for t in _TOKEN.finditer(text[:at])]


def _for_its_person(before: list[str], at: int) -> bool:
    """Whether the word before ``before[at]`` (past "the", "a") names a person or people."""
    words = [w for w in before[:at] if w.lower() not in _DETERMINERS]
    return bool(words) and _PEOPLE_OF.search(words[-1]) is not None and words[-1].isalpha()


def role(text: str, mention: Mention, verb: str) -> str:
    """The role ``text`` gives a party it names at ``mention``: "actor" (subject, owner of an
    act's noun), "agent" (after "by"), "qualifier" (a lower-case word follows: its verb or the
    noun it qualifies, either of which may be its act), or "object", "place", "compared",
    "owner"."""
    after = text[mention.end :]
    possessive = (
        re.match(r"\s*['’]s?\b", after) if not re.match(r"\s*['’]s\s+\w+['’]", after) else None
    )
    if possessive is not None:
        owned = re.findall(r"[\w-]+", after[possessive.end() :])[:_MODIFIERS]
        asked = stem(verb)
        if any(stem(w) == asked or _ACT_NOUN.search(w) for w in owned):
            return "actor"
        return "owner"
    if _FINITE_AFTER.match(after):
        return "actor"  # its verb follows: "Acme leased", "Acme reportedly said"
    if re.match(r"\s+[a-z]", after) and not re.match(rf"\s+(?:{_FUNCTION})\b", after):
        # Another word after it: a verb, or the noun it qualifies ("the Acme report"),
        # either of which may be its act; which, the words do not tell.
        return "qualifier"
    before = _words_before(text, mention.start)
    for word_at, word in reversed(list(enumerate(before))[-(_MODIFIERS + 1) :]):
        low = word.lower()
        if (
            low in _DETERMINERS
            or (word[:1].isupper() and low not in _OBJECT | _PLACE | _COMPARED and low != "by")
            or "." in word[:-1]
        ):
            continue
        if low == "by":
            return "agent"
        if low in _SPOKEN_FOR and _for_its_person(before, word_at):
            return "actor"  # "a spokesperson of Acme said": Acme speaks through its people
        if low in _OBJECT:
            return "object"
        if low in _PLACE:
            return "place"
        if low in _COMPARED:
            return "compared"
        break
    return "actor"


def _actor_of(text: str, act: re.Match[str], found: list[Mention], verb: str) -> Mention | None:
    """The party ``text`` makes the subject or agent of the act written at ``act``, if it names
    one: a mention in an actor's role at most a few words before it in the same clause, or after
    "by" just after it."""
    agent = re.match(r"\s+(?:\w+\s+)?by\s+", text[act.end() :])
    if agent is not None:
        at = act.end() + agent.end()
        after = next((m for m in found if at <= m.start <= at + 5), None)
        if after is not None:
            return after
    for mention in reversed(found):
        if mention.end > act.start():
            continue
        # A name's abbreviation in brackets stands with it: "the Harbour Board (HB) announced".
        between = [
            t.group()
            for t in _TOKEN.finditer(text[mention.end : act.start()])
            if t.group() not in "()"
        ]
        if len(between) > _BETWEEN or any(
            not w.isalpha() or w.lower() in _CLAUSE_BREAK for w in between
        ):
            return None
        return mention if role(text, mention, verb) in ("actor", "qualifier") else None
    return None


def _coordinated(text: str, act: re.Match[str]) -> bool:
    """Whether the act at ``act`` shares the subject of an act before it: "X raised A, and
    (also) raised B"."""
    before = [t.group().lower() for t in _TOKEN.finditer(text[: act.start()])][-3:]
    return "and" in before and not any(w in _CLAUSE_BREAK for w in before)


def acts(texts: Sequence[str], verb: str, table: NameTable | None = None) -> list[Mention | None]:
    """Who each statement has do the act of ``verb`` (by its stem), for each time it writes it:
    a party, or None when the statement leaves the actor unwritten."""
    asked = stem(verb)
    if len(asked) < 3:
        return []
    out: list[Mention | None] = []
    for text in texts:
        found = mentions(text, table)
        last: Mention | None = None
        for word in re.finditer(r"[A-Za-z][\w-]*", text):
            if stem(word.group()) != asked or any(m.start <= word.start() < m.end for m in found):
                continue
            actor = _actor_of(text, word, found, verb)
            if actor is None and last is not None and _coordinated(text, word):
                actor = last
            out.append(actor)
            last = actor
    return out


def _another(actor: Mention, asked: Acting, sides: frozenset[str]) -> bool:
    """Whether ``actor`` is another party than the asked one: of its kind but another name, or
    of a kind that cannot act for it. An agency acts for a country only for one of the
    dispute's two sides (the home country and the parties): the sources name no agency of a
    third country."""
    if actor.name == asked.name:
        return False
    if actor.kind == "body" and asked.kind == "country" and asked.name not in sides:
        return True
    return actor.kind == asked.kind or actor.kind not in _STANDS_FOR[asked.kind]


def _sides(home: str, table: NameTable | None) -> frozenset[str]:
    """The two sides of the dispute: the home country and the parties."""
    return frozenset({home, *(n.lower() for n in (table or name_table()).names("parties"))})


def actor_unmet(
    question: str, texts: Sequence[str], home: str, table: NameTable | None = None
) -> ActorUnmet | None:
    """Why the statements ``texts`` (each with its quote) do not have the party ``question``
    makes its actor do what it asks, or None when they do or it cannot be told (module doc).
    ``home`` is the sources' own country (lower case)."""
    asked = acting(question, table)
    if asked is None or not texts:
        return None
    sides = _sides(home, table)
    done = acts(texts, asked.verb, table)
    if done and all(a is not None and _another(a, asked, sides) for a in done):
        others = sorted({question_or_text(a, texts, table) for a in done if a is not None})
        return ActorUnmet(asked.party, other=", ".join(others))
    if asked.name == home or any(a is not None and a.name == asked.name for a in done):
        return None
    found = [(text, m) for text in texts for m in mentions(text, table)]
    naming = {text for text, m in found if m.name == asked.name}
    if _RECEIVES.match(asked.verb) or any(_AGENTLESS.search(text) for text in naming):
        # A passive with no agent in a sentence that names the party may be its act: "items
        # were offered to Acme, and few were bought" leaves the buyer unwritten.
        return None
    roles = [role(text, m, asked.verb) for text, m in found if m.name == asked.name]
    if not roles or any(r in ("actor", "agent", "qualifier") for r in roles):
        return None
    if not any(
        m.name != asked.name
        and _another(m, asked, sides)
        and role(text, m, asked.verb) in ("actor", "agent")
        for text, m in found
    ):
        return None  # no one else is written acting: the act may still be the party's
    # The role it has most often: what the answer can say the sources do give of it.
    kept = max(("object", "place", "compared", "owner"), key=roles.count)
    return ActorUnmet(asked.party, role=kept)


def question_or_text(mention: Mention, texts: Sequence[str], table: NameTable | None = None) -> str:
    """How the statements write the party at ``mention``."""
    for text in texts:
        for m in mentions(text, table):
            if m == mention:
                return text[m.start : m.end]
    return mention.name
