"""What an office-holder said, asked of a body whose office-holders the sources never quote.

"What did the harbour board's spokesperson say about the levy?", "what did a Dockline executive
tell reporters?": each asks for the words of a person who speaks for a named body, by the office
they hold. Such a question is answered only by a sentence in which a person of that body speaks:
its speaker (the words before its verb of saying, ``own_words.voice``) names the body and a person
(by an office, "an official from the board", or by a name the table knows). Which office is not
weighed: one office goes by many names ("the press secretary" is the spokesperson). The body
speaking as itself ("the board stated in its annual report that …") is no office-holder's word,
and neither is a sentence that only names the body ("Dockline agreed to supply …").

When no such sentence stands in the answer nor anywhere in the sources it cites, the sources do
not say what was asked, whatever they tell of the body or the topic. Only a body the name table
knows is judged: a description ("the port's regulator") may stand for a body the sources name
otherwise, and a country's officials speak through offices the sources seldom tie to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.own_words import QUOTATION, Names, Party, party_of, voice
from assistant.regex import lazy

# The words that ask for what someone put into words: "what did X say / tell / argue …".
_ASKED_WORDS = lazy(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?P<who>[^?,;:]+?)\s+"
    r"(?:say|said|tell|told|state|stated|announce|announced|argue|argued|claim|claimed|"
    r"comment|commented|remark|remarked|reply|replied|answer|answered|stress|stressed|"
    r"warn|warned|predict|predicted|promise|promised|explain|explained)\b"
    # the words of X asked as a noun: "the line from X", "the remarks of X"
    r"|\bwhat\s+(?:was|were|is|are)\s+the\s+(?:line|words|comments?|remarks?|statement|"
    r"message)\s+(?:from|of|by)\s+(?P<from>[^?,;:]+?)(?=\s+(?:when|about|on|to|at|in|after|"
    r"regarding|concerning)\b|\s*[?.!]|$)"
    # "what arguments did X give", "what reasons did X offer in public"
    r"|\bwhat\s+(?:arguments?|points?)\s+(?:did|does|do|has|have|had)\s+(?P<gave>[^?,;:]+?)\s+"
    r"(?:give|gave|make|made|offer|offered|put\s+forward)\b",
    re.I,
)
# The nouns of an office a person holds for a body: the asker wants one person's words, not the
# body's own. Not "representative", which is also the name of a body ("the Harbour Trade
# Representative").
_OFFICE = lazy(
    r"\b(?:spokes\w*|executives?|officials?|officers?|ceo|chief|head|ministers?|secretary|"
    r"directors?|president|chair(?:man|woman|person)?|commissioners?|administrators?|"
    r"ambassadors?|envoys?|negotiators?|deputy|managers?)\b",
    re.I,
)
# The kinds of name a body or its people go by in the name table.
_BODY_KINDS = ("organisations", "companies")
_PEOPLE = "people"
# A sentence ends at its stop (with the quotation it closes) before a capital or an opening
# quotation, or at a line break; a quotation closed on a comma ("“…,” she said") goes on.
_SENTENCE_END = lazy(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[A-Z“\"])|\n+")


def office_asked(question: str) -> str | None:
    """The words naming the office-holder whose words ``question`` asks for ("a Dockline
    executive", "the board's spokesperson"), when it asks for someone's words and names them by
    an office. Else None."""
    for found in _ASKED_WORDS.finditer(question):
        who = next(found[g] for g in ("who", "from", "gave") if found[g])
        if _OFFICE.search(who):
            return who.strip()
    return None


def office_speaks(party: Party, statement: str, names: Names) -> bool:
    """Whether a person of ``party``'s body speaks in ``statement``: its speaker names the body
    by a name the table knows, and a person (an office or a known name). Which office is not
    weighed: one office goes by many names ("press secretary", "spokesperson")."""
    who = voice(statement)
    if not who.strip():
        return False
    if not party.names & {n for kind in _BODY_KINDS for n in names(who, kind)}:
        return False
    # Without a person, the body speaks as itself: "the board stated in its report".
    return bool(_OFFICE.search(who) or names(who, _PEOPLE))


def sentences_of(text: str) -> list[str]:
    """The sentences of a source's text, enough to find who speaks in each."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def office_unvoiced(
    question: str, statements: list[str], texts: Iterable[str], names: Names
) -> str | None:
    """The office-holder ``question`` asks the words of, when the body they hold office in is a
    name the table knows and no person of it holding that office speaks in ``statements`` or in
    any sentence of ``texts`` (the whole sources cited). Else None."""
    who = office_asked(question)
    if who is None:
        return None
    body = {n for kind in _BODY_KINDS for n in names(_without_quotes(who), kind)}
    if not body:
        return None
    party = party_of(who, question, names)
    if party is None or not party.names & body:
        return None
    pieces = [*statements, *(s for text in texts for s in sentences_of(text))]
    if any(office_speaks(party, piece, names) for piece in pieces):
        return None
    return who


def _without_quotes(text: str) -> str:
    return QUOTATION.sub(" ", text)
