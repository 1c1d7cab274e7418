"""What a question asks a sentence to do, and which sentences do it: give a cause, recommend, name
a benefit or a drawback. Read from general English wording, never from a source's phrases.

A why-question is answered by a sentence that says "because" or "the reason"; "what does the
report recommend" by one that says "should" or "needs to"; "what are the advantages" by one that
says what something enables or improves. Such a sentence seldom repeats the question's words,
so it is picked among the sentences about the question's topic by what it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.frame import REASON_ASKED, answer_type
from assistant.regex import lazy


@dataclass(frozen=True)
class SentenceKind:
    name: str
    asked_by: re.Pattern[str]  # the question's wording that asks for it
    marked_by: re.Pattern[str]  # a sentence's wording that does it
    # A cause is often the sentence after the fact it explains ("Reasons for this …").
    follows_fact: bool = False
    # The everyday name of what is asked ("benefits"): what a search for it looks for, however
    # the question asks ("what has it got out of …", "what came of …"). None for causes: "why"
    # says what it asks for itself, and a search for "reasons" finds only the sentences that
    # use that word.
    called: str | None = None


CAUSE = SentenceKind(
    "cause",
    asked_by=REASON_ASKED,
    marked_by=lazy(
        r"\b(reasons?|because|due to|owing to|stems? from|driven by|caused by|factors?|"
        r"explains?|explained by|result(?:ed|s)? (?:of|from)|(?:is|was|are|were) behind|"
        # a purpose answers why someone did something
        r"in a bid to|in order to|so as to|aimed at|designed (?:as|to)|intended (?:as|to)|"
        r"meant to|"
        # "… as the ministry wants lower fees": what someone wants explains what they do
        r"as (?:the |a |an )?(?:[\w'’.-]+ ){0,4}?(?:wants?|seeks?|needs?|hopes?|aims?|tries|"
        r"intends?|looks? to))\b",
        re.I,
    ),
    follows_fact=True,
)
RECOMMENDATION = SentenceKind(
    "recommendation",
    called="recommendations",
    asked_by=lazy(
        # "The proposed amendment" names a thing proposed; it does not ask what is proposed.
        r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthat )(?<!\bits )"
        r"\b(recommend\w*|propos\w*|suggest\w*|advis\w*|call(?:s|ed)? for|urg\w*|"
        # The words a phrase spans ("want *the ministry* to do") are its topic, caught in a group.
        r"what should|should (.{0,40}) do|want\w* (.{0,60}) to do|want\w* (?:(\w+) )?done|"
        r"fix(?:es)?|remed(?:y|ies)|"
        r"solutions?|policy changes|what needs to be done)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(should|must|needs? to|ought to|recommend\w*|propos\w*|call(?:s|ed)? for|"
        r"urg(?:e|es|ed)|it is (?:necessary|essential|important) to)\b",
        re.I,
    ),
)
BENEFIT = SentenceKind(
    "benefit",
    called="benefits",
    asked_by=lazy(
        # Nor does a compound's second word ("a counter-benefit", "cost-benefit") ask for one.
        r"(?<!-)\b(advantages?|benefits?|upsides?|strengths?|pros|what does (.{0,60}) offer|"
        r"what (.{0,30}) gain(?:ed)?|good for|"
        # "what has it got out of the scheme", "what did they get from it", "what came of it"
        r"(?:get|gets|got|gotten|getting) (?:out of|from)|what came of|pay(?:s|ed)? off|"
        # "has it gained anything", "has it done them any good", "what good has it done"
        r"gain(?:s|ed)? (?:anything|much)|any good|what good|"
        # "what has the levy done for the growers since it began"
        r"what (?:has|have|did) (?:[\w'’-]+ ){1,6}?(?:done|achieved|accomplished) for)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(benefits?|benefit(?:ed|ted)|advantages?|enabl(?:es?|ed|ing)|allow(?:s|ed|ing)?|"
        r"increases?|enhances?|improv\w*|freedom|helped|gains?|generated|achiev\w*|"
        r"accomplish\w*|contribut\w*|paid off|succeed\w*|success\w*|"
        # what something was crucial to or laid the ground for
        r"pivotal|instrumental|foundations?)\b",
        re.I,
    ),
)
DRAWBACK = SentenceKind(
    "drawback",
    called="drawbacks",
    asked_by=lazy(
        r"(?<!-)\b(weakness\w*|drawbacks?|downsides?|shortcomings?|flaws?|problems? with|cons|"
        r"works? poorly|wrong with|criticis\w*|"
        # "what does it stand to lose", "what is at stake", "the risks of dropping it"
        r"(?:stand|stands|would|could|will|might) (?:to )?lose|risks?|at stake)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(problems?|burden\w*|lacks?|lacking|inefficien\w*|not an efficient|drawbacks?|"
        r"limit(?:s|ed|ations?)|nullif\w*|difficult\w*|fails?|failing|compressed|unfair)\b",
        re.I,
    ),
)
KINDS = (CAUSE, RECOMMENDATION, BENEFIT, DRAWBACK)

# "Why is leasing better than buying", "why does it beat the old way": a why-question about
# one thing's merit over another asks for its advantages, not for a cause.
_MERIT = lazy(
    r"\b(beats?|better than|superior to|preferable to|preferred (?:to|over)|outperforms?|"
    r"more (?:efficient|effective|useful|attractive) than|edge over|advantage over)\b",
    re.I,
)


def asked_kind(question: str) -> SentenceKind | None:
    """The kind of sentence ``question`` asks for, if it asks for one."""
    if _MERIT.search(question):
        return BENEFIT
    return next((kind for kind in KINDS if kind.asked_by.search(question)), None)


_OPEN_TYPES = frozenset({"other", "summary", "reason", "position", "comparison"})
# The words that name a kind of sentence ("advise", "drawbacks"), as opposed to the phrases that
# ask for one around a topic ("what does the voucher scheme offer"): the sources seldom use them.
_NAMING_WORDS = {
    "recommendation": r"recommend\w*|propos\w*|suggest\w*|advis\w*|urg\w*",
    "benefit": r"advantages?|benefits?|upsides?|strengths?|pros",
    "drawback": r"weakness\w*|drawbacks?|downsides?|shortcomings?|flaws?|cons",
}


def asking_words(question: str) -> str:
    """The words of ``question`` that ask for benefits, drawbacks or recommendations ("want …
    done", "got out of", "wrong with"), without the words such a phrase spans ("want the ministry
    to do"), which are its topic; "" for a question of no such kind or whose answer is no open
    one ("who proposed the bill" asks for a person). A cause is asked by "why", no topic word."""
    kind = asked_kind(question)
    if kind is None or kind.called is None or answer_type(question) not in _OPEN_TYPES:
        return ""
    pieces: list[str] = []
    for found in kind.asked_by.finditer(question):
        start = found.start()
        for group in range(2, kind.asked_by.groups + 1):
            if found.start(group) >= 0:
                pieces.append(question[start : found.start(group)])
                start = found.end(group)
        pieces.append(question[start : found.end()])
    return " ".join(pieces)


def without_asking(question: str) -> str:
    """``question`` without the words that name the kind of sentence it asks for ("what steps
    does the paper advise"): they say what the answer must do, not what it is about."""
    kind = asked_kind(question)
    naming = _NAMING_WORDS.get(kind.name) if kind is not None else None
    # "Who proposed the bill" asks for a person: there "proposed" is what the answer is about.
    if naming is None or answer_type(question) not in _OPEN_TYPES:
        return question
    return re.sub(rf"\b(?:{naming})\b", " ", question, flags=re.I)
