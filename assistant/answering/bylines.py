"""Who wrote a source: the bylines it carries, and the questions that ask for them ("who wrote
the institute's paper?", "who is the gazette's Berlin correspondent?", "what is Ana Rossi's
title?").

A byline is told by its shape, not by any name: a line that is only a person's name and a title
("Ana Rossi, Senior Economist"), a title before each name of a slash-separated list ("Berlin
Correspondent Ana Rossi/Reporters Tom Berg/Eva Lind"), or "By" and a name. A writer's block is
the byline and the lines after it, up to the next byline: the division, centre and past papers
a report lists under its writer's name. A question about who wrote a source is answered from
that source's own bylines; a source with none names no author, and that is what the answer says.

Bylines are metadata, not evidence: they are read from a source's whole stored text, the lines
left out of its retrievable units (a closing author block, a byline before a publisher's blurb)
included, so that they never compete with the sentences other questions retrieve. Their offsets
are the stored text's, so what they quote is checked like any citation. Contact lines (an
e-mail address, a telephone number) are never a writer's block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.regex import lazy

# A person's name as a byline writes it: two or three capitalised words, each possibly joined
# to a second by a hyphen ("Ana Rossi", "Kim Min-jun", "Lee Hae Won").
_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_NAME = rf"{_WORD}(?:\s{_WORD}){{1,2}}"
# The nouns a writer's title ends in: "Research Fellow", "Senior Economist", "Correspondent".
_ROLE_NOUNS = (
    "Fellow|Researcher|Professor|Analyst|Director|Editor|Reporter|Correspondent|Writer|"
    "Economist|Scientist|Author|Lecturer|Columnist|Journalist|Associate|Photographer|"
    "Translator|Illustrator"
)
_TITLE = rf"(?:[A-Z][\w-]*\s+){{0,3}}(?:{_ROLE_NOUNS})s?"
# "Ana Rossi, Senior Economist": a name, then its title.
_NAME_THEN_TITLE = lazy(rf"^(?P<name>{_NAME}),\s+(?P<title>{_TITLE})\s*$")
# One part of "Berlin Correspondent Ana Rossi/Reporters Tom Berg/Eva Lind": a title, if any,
# then a name; the first part must have its title.
_TITLED_PART = lazy(rf"^(?:(?P<title>{_TITLE})\s+)?(?P<name>{_NAME})$")
# "By Ana Rossi" or "By Ana Rossi, Staff Writer".
_BY_NAME = lazy(rf"^By\s+(?P<name>{_NAME})(?:,\s+(?P<title>{_TITLE}))?\s*$")
# How many lines after a byline still describe its writer.
_BLOCK_LINES = 4
# A line that is a way to reach someone, not something said of them: an e-mail address or a
# telephone number.
_CONTACT = lazy(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:Tel|Phone|Fax|Mobile)\b\.?\s*:?\s*\+?\d", re.I)


@dataclass(frozen=True)
class Byline:
    """The people a byline names, with the title each is given ("" for none)."""

    names: tuple[str, ...]
    titles: tuple[str, ...]
    # Whether the title follows the name ("Ana Rossi, Economist"): the lines after such a
    # byline describe that one writer.
    heads_block: bool


def byline_of(line: str) -> Byline | None:
    """The byline ``line`` is, if it has a byline's shape; None for any other line."""
    text = line.strip()
    found = _NAME_THEN_TITLE.match(text) or _BY_NAME.match(text)
    if found is not None:
        return Byline((found["name"],), (found["title"] or "",), heads_block=True)
    parts = [_TITLED_PART.match(part.strip()) for part in text.split("/")]
    if not parts or any(part is None for part in parts) or not parts[0]["title"]:  # type: ignore[index]
        return None
    names, titles, title = [], [], ""
    for part in parts:
        assert part is not None
        title = part["title"] or title
        names.append(part["name"])
        titles.append(title)
    return Byline(tuple(names), tuple(titles), heads_block=False)


# What writing a piece is: "wrote", "authored", "co-wrote", "penned", "is behind", "put their
# names to".
_WROTE = (
    r"(?:wrote|write|writes|written|authored|co-?authored|co-?wrote|co-?written|penned|drafted|"
    r"(?:is|are|was|were|stands?|stood)\s+behind|put\s+(?:their|his|her)\s+names?\s+to)"
)
# The nouns for whoever writes a piece.
_WRITERS = (
    r"(?:(?:lead|first|main|principal|senior|co-?)\s*)?(?:authors?|co-?authors?|writers?|"
    r"correspondents?|reporters?|journalists?|researchers?|research\s+fellows?|fellows?|"
    r"analysts?|economists?|scholars?)"
)
# Credits beside writing, asked by their verb or their noun: a byline answers them only when one
# of its titles names that credit.
_CREDITS = {
    "editor": r"edited|editors?",
    "translator": r"translated|translators?",
    "photographer": r"photographed|photographers?|photos?\s+by",
    "illustrator": r"illustrated|illustrators?",
}
_CREDIT = "|".join(_CREDITS.values())
_ASKS_WRITER = lazy(
    # "who wrote", "who co-wrote", "who actually penned", "who is behind"
    rf"\bwho\s+(?:(?:actually|really|originally|exactly|else|also)\s+)?(?:{_WROTE}|{_CREDIT})\b"
    # "which reporter penned", "what scholars put their names to", "how many people penned"
    rf"|\b(?:which|what|how\s+many)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WRITERS}|people|persons?)\s+"
    rf"(?:(?:who|that)\s+)?(?:{_WROTE}|{_CREDIT})\b"
    # "who is the economist that penned", "who is the person behind"
    rf"|\bwho(?:'s|’s|\s+(?:is|are|was|were))\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_WRITERS}|person|people)\s+(?:(?:who|that)\s+(?:{_WROTE}|{_CREDIT})|behind)\b"
    # "who are the authors of", "who is the Berlin correspondent on", "name the writers of"
    rf"|\b(?:who(?:'s|’s|\s+(?:is|are|was|were))|which|name)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_WRITERS}|{_CREDIT})\s+(?:of|on|for|behind|to|credited)\b"
    # "which people does it credit as writers", "who is credited with writing it"
    rf"|\b(?:who|whom|which|name)\b[^?]*\bcredit(?:s|ed)?\s+(?:as\s+)?(?:the\s+|its\s+)?"
    rf"(?:{_WRITERS})\b"
    rf"|\bwho\b[^?]*\bcredited\s+with\s+(?:writing|authoring|drafting)\b"
    # "how many authors", "whose byline", "who shares the byline", "written by whom"
    rf"|\bhow\s+many\s+(?:[\w-]+\s+)?(?:authors|co-?authors|writers)\b"
    rf"|\b(?:who|whose|which|what)\b[^?]*\bbylines?\b"
    # "whose name is on the pamphlet as its writer"
    rf"|\bwhose\s+names?\b[^?]*\b(?:as|the)\s+(?:{_WRITERS})\b"
    rf"|\b(?:written|authored|edited|translated)\s+by\s+whom\b"
    rf"|\bwho\b[^?]*\b(?:written|authored|edited|translated)\s+by\s*\??\s*$",
    re.I,
)
# What a source is, as a question calls the piece it asks the writer of.
_PIECE = (
    r"(?:reports?|papers?|study|studies|brief|briefs|articles?|story|stories|pieces?|posts?|"
    r"blogs?|coverage|analysis|columns?|op-eds?|dispatch|summary)"
)
# "Behind" asks for a writer only of a piece: "who is behind the brief", not "who is behind the
# push for a levy".
_BEHIND = lazy(r"\bbehind\b", re.I)
_BEHIND_PIECE = lazy(rf"\bbehind\s+(?:[\w'’-]+\s+){{0,4}}?{_PIECE}\b", re.I)
# The thing a writing verb asks about, up to the first preposition or clause break: "drafted
# [the harbour ordinance] according to the brief", "wrote [the brief] on port levies".
_WRITTEN_THING = lazy(
    rf"\b{_WROTE}\s+(?P<thing>.*?)(?=\s+(?:on|about|for|in|with|according|regarding|concerning)"
    r"\b|[,;?]|$)",
    re.I,
)
# A writing that no source is: a law or a rule, an agreement, or the trade estimate the news
# reports. Their writers are no source's byline, so such a question is left to the other answers
# (which refuse when the sources do not say).
_OTHERS_WORK = lazy(
    r"\b(?:laws?|acts?|bills?|statutes?|decrees?|ordinances?|guidelines?|rules?|regulations?|"
    r"provisions?|clauses?|amendments?|treat(?:y|ies)|agreements?|contracts?|charters?|"
    r"constitution|NTE|estimate|articles?\s+(?:\d+|of\s+(?:the\s+)?[\w\s]*?\b(?:law|act)))\b",
    re.I,
)


def _writes_a_source(question: str) -> bool:
    """Whether what ``question`` asks the writer of may be a source: not a law, a rule, an
    agreement or another body's report, and, asked with "behind", a piece."""
    if _BEHIND.search(question) and not _BEHIND_PIECE.search(question):
        return False
    thing = _WRITTEN_THING.search(question)
    return thing is None or not _OTHERS_WORK.search(thing["thing"])


# Only the first writer: "the lead author", "the main writer".
_FIRST_ONLY = lazy(r"\b(?:lead|first|main|principal)\s+(?:authors?|writers?)\b", re.I)
# What a byline says of a writer: a title, a unit, a workplace. (Past papers are left to the
# retrieved sentences: a writer named in a byline may be cited elsewhere for other papers.)
_ATTRIBUTE = (
    r"(?:title|position|post|role|job|rank|division|department|unit|cent(?:er|re)|institute|"
    r"affiliation|organi[sz]ation|employer)s?"
)
# What a question asks of a writer it names: "what is Ana Rossi's title?", "where does she
# work?", "who is Ana Rossi?". Not her stance ("Ana Rossi's position on levies") nor how a thing
# works by her account ("how does the levy work, according to Ana Rossi?").
_ASKS_OF_WRITER = lazy(
    r"\b(?:title|rank|division|department|unit|cent(?:er|re)|institute|affiliation|"
    r"organi[sz]ation|employer)s?\b"
    r"|\b(?:position|job|post)s?\b(?!\s+(?:on|about|regarding|toward|towards|concerning)\b)"
    r"|\b(?:where|(?:in|at|for)\s+which)\b[^?]*\b(?:work|works|worked|working|based)\b"
    r"|^\s*who\s+(?:is|was)\b",
    re.I,
)
# What a question asks of a piece's writers it does not name, said of the writers themselves:
# "which division are the study's authors in?", "the writers' titles", "the titles of its
# authors", "where do the paper's authors work?". An attribute elsewhere in the question ("which
# division of the ministry handles levies, according to the authors?") is not theirs.
_WRITERS_NOUN = r"(?:co-?)?(?:authors|writers)"
_ASKS_OF_WRITERS = lazy(
    rf"\b(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?{_ATTRIBUTE}\s+(?:are|is|do|does|did|were)\s+"
    rf"(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_WRITERS_NOUN}\b"
    rf"|\b{_WRITERS_NOUN}(?:'|’)?\s+(?:own\s+)?{_ATTRIBUTE}\b"
    rf"|\b{_ATTRIBUTE}\s+(?:of|held\s+by)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_WRITERS_NOUN}\b"
    rf"|\bwhere\s+(?:do|did)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_WRITERS_NOUN}\s+work\b",
    re.I,
)
# Another part asked beside who wrote it: "its writer, and the day it was printed?".
_ANOTHER_PART = lazy(
    r"(?:,|;|\band\b)\s*(?:and\s+)?(?:what|when|where|why|how|which|did|does|is|was)\b", re.I
)


def asks_writer(question: str) -> bool:
    """Whether ``question`` asks who wrote a piece (or how many wrote it), and nothing else: not
    who wrote a law, a rule or an agreement, whatever source the question cites for it."""
    return (
        bool(_ASKS_WRITER.search(question))
        and not _ANOTHER_PART.search(question)
        and _writes_a_source(question)
    )


def asks_of_writer(question: str) -> bool:
    """Whether ``question`` asks what a byline says of its writer (a title, a division, a
    workplace), once it names the writer."""
    return bool(_ASKS_OF_WRITER.search(question)) and not _ANOTHER_PART.search(question)


def asks_of_writers(question: str) -> bool:
    """Whether ``question`` asks what a piece's bylines say of its writers, unnamed: where they
    work, their titles ("what titles do the study's authors hold?")."""
    return bool(_ASKS_OF_WRITERS.search(question)) and not _ANOTHER_PART.search(question)


def first_only(question: str) -> bool:
    """Whether ``question`` asks for the first-named writer only ("the lead author")."""
    return bool(_FIRST_ONLY.search(question))


def credit_asked(question: str) -> str | None:
    """The credit beside writing ``question`` asks for ("who edited it?": editor), if any."""
    return next(
        (
            credit
            for credit, words in _CREDITS.items()
            if re.search(rf"\b(?:{words})\b", question, re.I)
        ),
        None,
    )


def gives_credit(byline: Byline, credit: str) -> bool:
    """Whether one of ``byline``'s titles names ``credit``."""
    return any(credit in title.lower() for title in byline.titles)


@lru_cache(maxsize=4096)
def _spelled(name: str) -> re.Pattern[str]:
    """``name`` as a question may write it: any case, a hyphen or a space or nothing between
    its parts ("Kim Min-jun", "kim min jun", "Kim Minjun")."""
    parts = re.split(r"[\s-]+", name)
    return re.compile(r"\b" + r"[\s-]?".join(re.escape(p) for p in parts) + r"\b", re.I)


def named_writers(question: str, bylines: list[Byline]) -> set[str]:
    """The writers of ``bylines`` that ``question`` names."""
    return {name for b in bylines for name in b.names if _spelled(name).search(question)}


def byline_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a source's whole stored ``text`` that may be a byline or describe a writer,
    each stripped, with the offset it starts at: blank lines, table rows (tab-separated) and
    contact lines are left out."""
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and "\t" not in stripped and not _CONTACT.search(stripped):
            found.append((offset + len(line) - len(line.lstrip()), stripped))
        offset += len(line)
    return found


def block_end(texts: list[str], start: int) -> int:
    """Where the writer's block that starts with the byline at ``start`` of a source's lines
    (``texts``) ends: before the next byline, at most ``_BLOCK_LINES`` lines on."""
    end = start + 1
    while end < len(texts) and end - start <= _BLOCK_LINES and byline_of(texts[end]) is None:
        end += 1
    return end


# "Their" asking what the writers are: "what are their titles?", "which division are they in?".
_THEIR = lazy(r"\btheir\b", re.I)
_THEY = lazy(r"\bthey\b", re.I)


def of_writers_asked(question: str, earlier: str) -> str | None:
    """``question`` asked of the writers the ``earlier`` question asked for ("who wrote the
    paper?" then "what are their titles?": "what are the authors' titles?"), when it refers to
    them by "their" or "they"; None when the earlier question asked for no writer or the
    question refers to no one so."""
    if not asks_writer(earlier) or not (_THEIR.search(question) or _THEY.search(question)):
        return None
    asked = _THEY.sub("the authors", _THEIR.sub("the authors'", question))
    return asked if asks_of_writers(asked) else None
