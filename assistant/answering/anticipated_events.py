"""An event the question takes as done that the sources only plan, expect or propose.

"What did the harbour pact change once it was signed?", "how were fees settled in the signed
pact?", "which clause did the council finally repeal?": each asks about the outcome of an act
(signing, repealing) it states as done. The sources answer it only if they tell of that act as
done. When every clause of theirs that tells of the act on the same thing puts it in the
irrealis (an infinitive, "the talks to sign the pact", "pushing to repeal the clause"; a modal,
"the fees will be imposed"; "the process of signing"; a condition, "if passed"), the act is only
anticipated, and its outcome is not something the sources can give.

The act is read from the question's own verb, when the question uses it as done: a past form
("was signed", "the signed pact") not itself under an irrealis marker ("would be signed"), or a
verb after "finally"; and only an act that brings an instrument into being or force (an
agreement signed, a bill passed, a tariff imposed, a clause repealed), which happens once and is
told in few words: whether another act happened ("the threshold changed") the sources may tell
in many words, so their irrealis use of the question's verb proves nothing of it. A clause of the sources tells of the same act when the words around its verb
(four content words either side: the thing acted on or by) share at least two with the words
around the question's verb (an acronym meets the words it spells); clauses about other things
that use the verb are not weighed. Nothing is judged when no such sentence uses the verb at all: silence is for other
checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.office_speech import sentences_of
from assistant.regex import lazy
from assistant.search.terms import STOPWORDS

_WORD = lazy(r"[A-Za-z][\w-]*")
# A verb the question states as done: a past form, or any verb after "finally".
_DONE = lazy(r"\b(?P<past>[a-z]{3,}ed)\b|\bfinally\s+(?P<finally>[a-z]{3,})\b", re.I)
# What puts a verb in the irrealis when it stands at most two words before it: an infinitive's
# "to", a modal, a condition, a process still under way.
_IRREALIS = lazy(
    r"\b(?:to|will|would|could|can|may|might|shall|should|must|if|unless|process\s+of)"
    r"(?:\s+(?:be|have|been|not|also|likely|soon|first|then|finally)){0,2}\s*$",
    re.I,
)
# A modal anywhere before the question's verb puts the question itself in the irrealis: "when
# would the fees be imposed".
_MODAL_ASKED = lazy(r"\b(?:will|would|could|can|may|might|shall|should|must)\b", re.I)
# The instruments whose coming into being or force is an act done once, on a day: an agreement
# signed, a bill passed, a tariff imposed, a clause repealed. Another act ("the threshold
# changed", "the items bought") may be told in any of many words, so a source's irrealis use of
# the question's own verb does not show that it never happened.
_INSTRUMENT = lazy(
    r"\b(?:agreements?|pacts?|deals?|treat(?:y|ies)|accords?|acts?|bills?|laws?|amendments?|"
    r"clauses?|memorand(?:um|a)|tariffs?|RDP)\b",
    re.I,
)
# The verb is passive: a form of "be" before it in its clause ("the pact was signed", "when was
# the pact finally signed").
_PASSIVE = lazy(r"\b(?:was|were|been|be|being|is|are)\b", re.I)
# An adverb just before a verb, so that the word before it shows: "the deal finally helped".
_ADJACENT = lazy(r"(?:\s+\w+ly)?\s*$")
# Past forms that report asking or saying, or that describe rather than tell of an act: never
# the act a question takes as done.
_NOT_ACTS = frozenset(
    {"asked", "based", "related", "called", "named", "listed", "reported", "quoted", "expected"}
)


def _stem(verb: str) -> str:
    """The stem of a past form: "signed" -> "sign", "imposed" -> "impos", "planned" -> "plan"."""
    word = verb.lower()
    if word.endswith("ed"):
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2]:
            word = word[:-1]
    return word


def _forms(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(stem)}(?:{re.escape(stem[-1])})?(?:e|es|s|ed|d|ing|ings)?\b", re.I
    )


def _content(text: str) -> set[str]:
    """The content words of ``text`` by their first five letters, with the acronyms its runs of
    two to four words spell ("reciprocal defense procurement" is also "rdp"), so that a
    question's "the RDP" meets a source's words spelled out."""
    words = [w.lower() for w in _WORD.findall(text)]
    found = {w[:5] for w in words if w not in STOPWORDS and len(w) > 2 and not w.endswith("ed")}
    for size in (3, 4):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if not any(w in STOPWORDS for w in run):
                found.add("".join(w[0] for w in run))
    return found


def _done_to_instrument(question: str, at: int, end: int) -> bool:
    """Whether the verb at ``at``–``end`` is done to an instrument its sentence names: one
    among the words after it (its object: "sign the pact"), or before it when the verb is
    passive ("the pact was signed") or the instrument is not its subject ("what tariff did they
    impose"). An instrument just before an active verb is its subject ("the deal helped")."""
    start = max(question.rfind(mark, 0, at) for mark in ".?!;") + 1
    stop = min((i for i in (question.find(m, end) for m in ".?!;") if i >= 0), default=None)
    before, after = question[start:at], question[end:stop]
    if _INSTRUMENT.search(_window(after, 0, 0)):
        return True
    if not _INSTRUMENT.search(_window(before, len(before), len(before))):
        return False
    if _PASSIVE.search(before):
        return True
    last = _WORD.findall(_ADJACENT.sub("", before))[-1:]
    return not (last and _INSTRUMENT.fullmatch(last[0]))


def _window(text: str, at: int, end: int) -> str:
    """The four content words either side of the verb at ``at``–``end``: the thing the act
    is done to or by."""

    def content(part: str) -> list[str]:
        return [w for w in _WORD.findall(part) if w.lower() not in STOPWORDS and len(w) > 2]

    return " ".join([*content(text[:at])[-4:], *content(text[end:])[:4]])


def _near(text: str, at: int, end: int) -> set[str]:
    return _content(_window(text, at, end))


def acts_done(question: str) -> list[tuple[str, set[str]]]:
    """The stems of the acts ``question`` states as done, each with the content words near it:
    "once the pact was signed" -> [("sign", {"pact"})]; none for "when will the pact be signed"
    or "the pact to be signed"."""
    found = []
    for match in _DONE.finditer(question):
        verb = match["past"] or match["finally"]
        before = question[: match.start()]
        if verb.lower() in _NOT_ACTS or _IRREALIS.search(before) or _MODAL_ASKED.search(before):
            continue
        if not _done_to_instrument(question, match.start(), match.end()):
            continue
        found.append((_stem(verb), _near(question, match.start(), match.end())))
    return found


def only_anticipated(question: str, texts: Iterable[str]) -> str | None:
    """A sentence of ``texts`` that tells of an act ``question`` states as done only as planned,
    expected or proposed, when every sentence on the same thing that uses the act's verb does
    so. Else None."""
    sentences = [s for text in texts for s in sentences_of(text)]
    for stem, near in acts_done(question):
        forms = _forms(stem)
        uses = [
            (sentence, match)
            for sentence in sentences
            for match in forms.finditer(sentence)
            if len(_near(sentence, match.start(), match.end()) & near) >= 2
        ]
        if uses and all(_IRREALIS.search(s[: m.start()]) for s, m in uses):
            return uses[0][0].strip()
    return None
