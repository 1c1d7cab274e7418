"""Who said what an earlier answer quoted: "who said so?", "according to whom?".

News writing names a speaker once, in full, and then goes on with the rest of the quotation
("…,” he said.), a quotation on its own, or the speaker's surname ("Kim said …"). The speaker of
a cited sentence is therefore the one it names before its verb of saying, or, for a sentence
that names nobody, the one named by the nearest sentence before it in that run of reported
speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from assistant.answering.discourse import SENTENCES_KEPT, carries_on
from assistant.regex import lazy

# A follow-up that asks for the source of what was just said, and nothing more: "who said so?",
# "who claimed that, exactly?", "who reported that?", "according to whom?", "says who?", "whose
# words are those?".
_WHO_SAID = lazy(
    r"^\s*(?:(?:and|but|so|ok(?:ay)?|sorry)\s*,?\s+)?(?:"
    r"(?:who|whom)\s+(?:(?:was\s+it\s+that|is\s+it\s+that|exactly|actually|originally)\s+)?"
    r"(?:said|says|say|stated|states|claimed|claims|made|makes|predicted|predicts|expects|"
    r"expected|argued|argues|told|tells|warned|suggested|suggests|thinks|thought|believes|"
    r"believed|is\s+saying|was\s+saying|"
    # the verbs that report a finding or a piece of news: "who reported that?", "who found so?"
    r"reported|reports|wrote|writes|noted|notes|announced|announces|found|finds|estimated|"
    r"estimates|revealed|reveals|disclosed|discloses|observed|concluded|pointed\s+out|"
    r"published|publishes|covered|covers)"
    r"\s+(?:so|that|this|it|those|these)"
    # the kind of publisher asked for: "which outlet reported that?", "what paper wrote this?"
    r"|(?:which|what)\s+(?:news\s+)?(?:outlet|paper|newspaper|publication|media|agency|"
    r"site|source|report)\s+(?:reported|wrote|published|carried|covered|said|stated)\s+"
    r"(?:so|that|this|it|those|these)"
    r"|(?:who|whom)\s+(?:is|was)\s+(?:quoted|speaking|the\s+(?:source|speaker))"
    r"(?:\s+(?:of|for|on|there|here)\s*(?:that|this|it)?)?"
    r"|(?:who|whom)\s+pointed\s+(?:that|this|it)\s+out"
    r"|according\s+to\s+whom|says\s+who|who\s+says"
    r"|whose\s+(?:words|claim|quote|view|statement|remark|comment|prediction)s?\s+"
    r"(?:is|was|are|were)\s+(?:that|this|those|these)"
    r")(?:\s*,?\s*(?:exactly|originally|first|then|again|here|there))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The words that report speech: a speaker stands before them ("Park, a ministry official, said").
_SAYS = lazy(
    r"\b(?:said|says|stated|states|told|noted|notes|argued|argues|claimed|claims|added|"
    r"explained|stressed|emphasi[sz]ed|warned|insisted|predicted|remarked|commented|"
    # the present of many speakers ("insiders argue", "experts say"), in verbs that are no noun
    r"say|argue|insist|warn|explain|emphasi[sz]e|"
    r"pointed\s+out|according\s+to)\b",
    re.IGNORECASE,
)
# Quoted words, which name no speaker even when they name someone.
_QUOTED = lazy(r"“[^”]*”|\"[^\"]*\"")

# The name of someone a text names first (as the name tables write it), if any.
FirstName = Callable[[str], str | None]

# How many sentences back a run of reported speech is followed to its named speaker.
_REACH = 4


def asks_who_said(question: str) -> bool:
    """Whether ``question`` asks only who said what the last answer said."""
    return bool(_WHO_SAID.search(question))


# What asks for whoever put the words out, not only whoever spoke them: a verb of news or of
# publishing ("who reported that?", "who wrote this?"), or a kind of publisher ("which outlet
# said so?").
_REPORTING = lazy(
    r"\b(?:reported|reports|wrote|writes|published|publishes|covered|covers|carried|outlet|"
    r"paper|newspaper|publication|media|site)\b",
    re.IGNORECASE,
)


def asks_who_reported(question: str) -> bool:
    """Whether ``question`` asks only who reported what the last answer said: the answer is
    the publisher of each source it cited (with whoever those sources quote)."""
    return asks_who_said(question) and bool(_REPORTING.search(question))


def _saying(text: str) -> tuple[str, re.Match[str]] | None:
    """``text`` with its quotations left out, and its verb of saying ("said", "according to")."""
    plain = _QUOTED.sub(" ", text)
    said = _SAYS.search(plain)
    return None if said is None else (plain, said)


def reports_speech(text: str) -> bool:
    """Whether ``text`` reports what someone said ("…,” Park said", "according to the
    ministry"): the kind of sentence that states a side's stance."""
    return _saying(text) is not None


def speaker_words(text: str) -> str | None:
    """The words of ``text`` before its verb of saying, quotations left out ("“…,” Park, a
    ministry official, said" gives ", Park, a ministry official,"): who is said to speak."""
    found = _saying(text)
    if found is None or found[1].group().lower().startswith("according"):
        return None
    plain, said = found
    return plain[: said.start()]


def without_speaker(text: str) -> str:
    """``text`` without the words that tell who speaks ("“…,” Park Min-ho, a ministry official,
    said when asked" keeps the quotation and "said when asked"): what is said, and when."""
    words = speaker_words(text)
    named = words.strip(" ,;:") if words else ""
    return text.replace(named, " ", 1) if named and named in text else text


def speaker(text: str, first_name: FirstName) -> str | None:
    """The named speaker of ``text``: the first name before its verb of saying, quotations left
    out ("“…,” Park Min-ho, a ministry official, said" names Park), or after "according to"."""
    found = _saying(text)
    if found is None:
        return None
    plain, said = found
    if said.group().lower().startswith("according"):
        return first_name(plain[said.end() :])
    return first_name(plain[: said.start()])


# Words that stand for a speaker without saying who: a pronoun, or nothing.
_NO_ONE = lazy(r"^(?:\s|[,;:—–-]|\b(?:he|she|they|it|we|i|you|who|which|that|this)\b)*$", re.I)


def unnamed_speaker(text: str) -> bool:
    """Whether ``text`` tells who speaks only by what they are ("An industry official said",
    "some experts said"): the sources give that much of the speaker and no name."""
    words = speaker_words(text)
    return words is not None and not _NO_ONE.match(words)


# A modal of obligation: what follows is what its subject is told to do ("the agency should
# widen it", "the council needs to act").
_OUGHT = lazy(r"\b(?:should|ought\s+to|must|needs?\s+to)\b", re.IGNORECASE)
# Where the clause of a modal's subject begins: the sentence's start, a mark of punctuation or a
# quotation's opening, or a "that" opening a clause ("the institute argues that the agency
# should …").
_CLAUSE_START = lazy(r"[,;:(“\"—–]|\bthat\b", re.IGNORECASE)
# Verbs by which a subject holds a view of its own: "the agency said it must …", "the board
# believes it should …" state the subject's own stance, not advice given to it.
_HOLDS = lazy(
    rf"{_SAYS.pattern}|\b(?:believ\w*|thinks?|thought|maintain\w*|insist\w*|hold|holds|held|"
    r"plans?|planned|intends?|intended|wants?|wanted|decided|agreed|vowed|pledged)\b",
    re.IGNORECASE,
)


def advised(text: str) -> list[str]:
    """Whom ``text`` tells what to do: the subject of each of its modals of obligation, in
    the modal's own clause ("the port authority" of "Amid the slump, the port authority should
    cut its fees"; "the ministry" of "the institute argues that the ministry must …"). Advice
    to a side is its adviser's stance, not the side's own. Not a subject that states its own
    view ("the ministry said it must …", "the board believes it should …"): that is the
    subject's stance."""
    found = []
    for modal in _OUGHT.finditer(text):
        before = text[: modal.start()]
        starts = [m.end() for m in _CLAUSE_START.finditer(before)]
        subject = before[starts[-1] if starts else 0 :].strip()
        if subject and not _HOLDS.search(subject):
            found.append(subject)
    return found


# A speaker called by a surname alone: "Kim said", "“…,” Kim added".
_SURNAME = lazy(r"^\s*[A-Z][\w'’-]+\s*$")


@lru_cache(maxsize=SENTENCES_KEPT)
def leans_back(text: str) -> bool:
    """Whether ``text`` leaves its speaker to a sentence before it: it carries on from that
    sentence ("…,” he said.", a quotation on its own) or calls the speaker by a surname."""
    if carries_on(text):
        return True
    plain = _QUOTED.sub(" ", text).strip(" ,")
    said = _SAYS.search(plain)
    return said is not None and bool(_SURNAME.match(plain[: said.start()].strip(" ,")))


def speaker_of(
    sentence: str, before: Callable[[int], str | None], first_name: FirstName
) -> tuple[str, int] | None:
    """The speaker of ``sentence`` and how many sentences back they are named (0: in it).

    ``before(n)`` is the sentence ``n`` places before it in its source (None past its start). A
    sentence that names no speaker leans on the one before while each ``leans_back``; one whose
    speaker is unnamed ("some experts said") has none."""
    named = speaker(sentence, first_name)
    if named is not None:
        return named, 0
    if not leans_back(sentence):
        return None
    for back in range(1, _REACH + 1):
        text = before(back)
        if text is None:
            return None
        named = speaker(text, first_name)
        if named is not None:
            return named, back
        if not leans_back(text):
            return None
    return None


# A quote that speaks through "the report" ("the report pointed out that ..."): the words are
# those of whoever put the report out.
_THE_REPORT = lazy(r"\b(?:the|this)\s+report\b", re.IGNORECASE)
# A report a sentence names, not the source itself ("this report" in a report is the report).
_REPORT = lazy(r"(?<!\bthis\s)\breport\b", re.IGNORECASE)
# What an author does with a report: puts it out, or says something in it.
_PUT_OUT = lazy(
    r"\b(?:released|published|issued|unveiled|stated|highlighted|pointed\s+out)\b", re.IGNORECASE
)


def report_author(quote: str, sentences: list[str], names_body: Callable[[str], bool]) -> str:
    """The sentence of a quote's source that names who put out "the report" the quote speaks
    through, else "". A news story tells first of the report it is about, with its author ("the
    agency released its annual report", "the ministry stated in its report"): the reports it
    brings in later to weigh it ("according to a report by the institute") are named in full,
    and "the report" on its own is still the first. A report's "this report" is itself, whose
    author its byline names. ``names_body`` says whether a sentence names
    an organisation."""
    if not _THE_REPORT.search(quote):
        return ""
    return next(
        (s for s in sentences if _REPORT.search(s) and _PUT_OUT.search(s) and names_body(s)),
        "",
    )


def spoken_by_another(
    text: str, side: str, others: Iterable[str], mentions: Callable[[str, str], bool]
) -> bool:
    """Whether ``text`` is said by one of ``others`` and not by ``side``: "“…,” a spokesman of
    the board said when asked about the guild's letter" is the board's statement, though it
    names the guild. ``mentions(name, words)`` tells whether ``words`` name ``name``."""
    who = speaker_words(text)
    if not who or mentions(side, who):
        return False
    return any(mentions(other, who) for other in others)
