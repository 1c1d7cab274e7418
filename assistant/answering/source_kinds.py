"""Sources a question calls by what kind of publication they are: "per the wire service",
"the business paper's number", "is the agency's count any different?".

Each source's ``medium`` in ``sources.yaml`` says in plain words what kind of publication it is
("a Korean business daily newspaper"); its ``kind`` says less ("news"). A noun for a kind of
publication (``_KINDS``: general English, no source's nickname) names the sources whose medium
is of that kind; the words before it ("the *economic* daily", "the *Korean* newspapers") narrow
them to the sources whose description (medium, publisher, title) holds every such word. Used as
a source ("according to …", "… says", "the … story", as ``attribution`` reads a name), the
phrase is read as the names of the sources it describes, so the question is answered from them
as if it had named them, each labelled when it describes two. A phrase that names a kind no
source is of, or a country's publication of a kind when none of that country is held ("the
Norwegian weekly"), names a source the project does not have, and the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.answering.attribution import attributes, names_a_source
from assistant.knowledge.sources import SourceMeta
from assistant.regex import lazy

# The kinds of publication, each with the nouns that call a publication of it (singular and
# plural). A noun of two kinds ("paper": a newspaper or a research paper) names neither unless
# the words before it settle which.
_KINDS: dict[str, str] = {
    "newspaper": r"newspapers?|papers?|dail(?:y|ies)|broadsheets?|tabloids?",
    "wire": (
        r"(?:news)?wires?(?:\s+services?)?|news\s+services?|(?:news|wire|press)\s+agenc(?:y|ies)"
    ),
    "research": (
        r"think[-\s]tanks?|(?:research\s+)?institutes?|research\s+(?:bod(?:y|ies)|"
        r"cent(?:er|re)s?|groups?|organi[sz]ations?|reports?)|(?:research|policy|working)\s+"
        r"papers?|papers?|stud(?:y|ies)"
    ),
    "blog": r"blog(?:\s+posts?)?|bloggers?|posts?(?!-)",
    "broadcast": (
        r"(?:tv|television|radio)(?:\s+(?:broadcasts?|stations?|channels?|networks?|news|"
        r"reports?|programm?e?s?))?|broadcasts?|broadcasters?|podcasts?"
    ),
    "magazine": r"magazines?|weekl(?:y|ies)|monthl(?:y|ies)|periodicals?",
}
# Collective nouns for the news, whatever its medium: "the press", "the news reports". They name
# no one source: only a country's press the sources hold none of ("the Danish press") is read.
_NEWS = (
    r"press|media|news\s+(?:outlets?|reports?|stor(?:y|ies)|articles?|coverage)|outlets|"
    r"articles|stories|newspaper\s+articles"
)
NEWS_KINDS = frozenset({"newspaper", "wire", "broadcast", "magazine"})
# What a source's ``kind`` says of its medium when ``medium`` is not written.
_OF_KIND = {"news": "newspaper", "research report": "research", "blog": "blog"}

# Words that describe nothing: a phrase's words run from its determiner to its noun.
_FUNCTION = r"the|a|an|and|or|of|for|to|in|on|by|its|their|that|this|these|those"
_NOUN = "|".join(f"(?:{p})" for p in [*_KINDS.values(), _NEWS])
# Any noun that calls a publication, of whichever kind: what an unnamed teller of a claim may be
# (``claim_tellers``).
PUBLICATION_NOUN = _NOUN
# "the economic daily", "the Korean newspapers", "the news agency": a determiner, up to two
# words that describe, the noun. A word that picks one of several ("the other paper", "the
# first study") or a number leaves the phrase unread: it calls the source by the conversation.
_PHRASE = lazy(
    rf"\b(?P<det>the)\s+(?P<mods>(?:(?!(?:{_FUNCTION})\s)[A-Za-z][\w-]*\s+){{0,2}}?)"
    rf"(?P<noun>{_NOUN})(?![\w-])",
    re.I,
)
# A word of nationality: a capitalised adjective of a people ("Japanese", "Norwegian", "Danish",
# "Israeli", "French").
_NATIONALITY = lazy(r"^[A-Z][a-z]+(?:an|ese|ish|i|ch)$")
_PICKING = lazy(
    r"^(?:other|same|first|second|third|last|latter|former|two|three|both|each|new|latest|"
    r"original|earlier|later|whole|entire|very|said|above)$",
    re.I,
)


@dataclass(frozen=True)
class KindNamed:
    """A question with the phrases naming sources by kind read as their names; ``absent`` the
    first phrase naming a kind of source the project does not have, if any."""

    question: str
    absent: str | None = None


def kinds_of(meta: SourceMeta) -> frozenset[str]:
    """The kinds of publication ``meta``'s source is: those whose nouns its ``medium`` holds,
    else the one its ``kind`` implies."""
    medium = meta.medium.lower()
    found = {k for k, nouns in _KINDS.items() if re.search(rf"\b(?:{nouns})\b", medium)}
    # "a news agency's wire service" is of the wire kind; a noun inside another kind's phrase
    # ("paper" in "newspaper") is matched whole by the word boundaries.
    if not found and meta.kind in _OF_KIND:
        found = {_OF_KIND[meta.kind]}
    return frozenset(found)


def kinds_named(noun: str) -> frozenset[str]:
    """The kinds of publication a noun calls ("wire service": the wire kind; "the press": every
    news kind; "paper": a newspaper's or a research paper's)."""
    if re.fullmatch(_NEWS, noun, re.I):
        return NEWS_KINDS
    return frozenset(k for k, nouns in _KINDS.items() if re.fullmatch(nouns, noun, re.I))


def _described(meta: SourceMeta) -> str:
    return f"{meta.medium} {meta.publisher} {meta.title}".lower()


def _holds(description: str, word: str) -> bool:
    """Whether ``description`` holds ``word`` or a form of it ("Korean" in "Korea's")."""
    w = word.lower()
    stem = w[:-1] if w.endswith("n") and len(w) > 4 else w
    return bool(re.search(rf"\b{re.escape(w)}\b|\b{re.escape(stem)}", description))


def described_sources(
    phrase_mods: Sequence[str], noun: str, sources: Mapping[str, SourceMeta]
) -> tuple[tuple[str, ...], bool]:
    """The sources a kind noun with its describing words names, and whether the phrase names
    a kind of source the project does not have (none of its kinds, or none of the country a
    capitalised word names)."""
    kinds = kinds_named(noun)
    of_kind = {sid: m for sid, m in sources.items() if kinds_of(m) & kinds}
    if not of_kind:
        return (), True
    fitting = [
        sid for sid, m in of_kind.items() if all(_holds(_described(m), w) for w in phrase_mods)
    ]
    if not fitting:
        # A word of nationality no source of the kind has ("the Japanese daily") names a
        # publication that is not among them; another word ("the offset paper", "the BIS
        # study") may be the topic's or a body's the sources report on: left as asked.
        return (), any(_NATIONALITY.match(w) for w in phrase_mods)
    if (
        kinds != NEWS_KINDS
        and len({k for sid in fitting for k in kinds_of(sources[sid]) & kinds}) > 1
    ):
        return (), False  # "the paper": a newspaper or a research paper, the words do not say
    return tuple(fitting), False


def _name_of(meta: SourceMeta) -> str:
    return meta.called[0] if meta.called else meta.label


def read_by_kind(question: str, sources: Mapping[str, SourceMeta]) -> KindNamed:
    """``question`` with each phrase that names sources by their kind, as their source, read as
    their names ("per the wire service" → "per Korea Bizwire"; "both dailies" →
    both dailies' own names)."""
    called = {sid: m.called for sid, m in sources.items()}
    absent = None
    out: list[str] = []
    at = 0
    for hit in _PHRASE.finditer(question):
        mods = hit.group("mods").split()
        if any(_PICKING.match(w) for w in mods):
            continue
        phrase = hit.group(0)[len(hit.group("det")) :].strip()
        # A capitalised noun is part of a name ("the Korea Institute for …", "the Daily"), and a
        # phrase that holds a source's name ("the KIET paper") names it already.
        if hit.group("noun")[:1].isupper() or names_a_source(phrase, called):
            continue
        if not attributes(phrase, question):
            continue
        named, missing = described_sources(mods, hit.group("noun"), sources)
        if missing and absent is None:
            absent = hit.group(0)
        # "The press", "the news reports": the news as a whole, no one account; the answer from
        # every source is not narrowed to some (a country's press none holds is still absent).
        if not named or kinds_named(hit.group("noun")) == NEWS_KINDS:
            continue
        det = hit.group("det")
        listed = [_name_of(sources[sid]) for sid in named]
        names = (
            f", {det.lower()} ".join(listed[:-1]) + f" and {det.lower()} "
            if len(listed) > 1
            else ""
        )
        names += listed[-1]
        out += [question[at : hit.start()], f"{det} {names}"]
        at = hit.end()
    out.append(question[at:])
    return KindNamed("".join(out), absent)


def not_held(phrase: str, sources: Mapping[str, SourceMeta]) -> str:
    """What the answer says of a phrase naming a source the project does not have."""
    held = "; ".join(
        f"{m.label} ({m.medium or m.kind})" for m in sources.values() if m.origin == "built-in"
    )
    return f"{phrase[:1].upper()}{phrase[1:]} is not among the sources, which are: {held}."
