"""Questions that ask which publication carried something: "which news agency said the ferry
line opened in 1990?", "what paper ran the toll figures?", "which daily quoted the
minister?".

Such a question asks for an outlet, and the only outlets the answer can name are the sources
themselves: who published the sentence that answers it is the cited source's own metadata
(``sources.yaml``'s ``publisher`` and ``medium``), not anything a sentence says. So the question
is answered as usual, and the answer then leads with the publisher of each cited source of the
asked kind of publication ("which wire service": a source whose medium is a wire). When no cited
source is of that kind, none of the sources of that kind carries what was asked about: the
answer says so and which kind of source does, and is a refusal, never a sentence that names no
outlet. A question that names a source already ("which paper, the gazette or the digest, …"),
or points at a publication the sources cite ("which paper ran that article?"), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.answering.attribution import names_a_source
from assistant.answering.source_kinds import NEWS_KINDS, kinds_named, kinds_of
from assistant.answers import Answer
from assistant.knowledge.sources import SourceMeta
from assistant.regex import lazy
from assistant.wording import say

# Nouns for a news publication (general English): the kinds they name are read by
# ``source_kinds``; "outlet" and "publication" name any news kind.
_OUTLET_NOUNS = (
    r"(?:news\s+|media\s+)?outlets?|publications?|newspapers?|papers?|dail(?:y|ies)|"
    r"(?:news)?wires?(?:\s+services?)?|news\s+services?|(?:news|wire|press)\s+agenc(?:y|ies)"
)
_ANY_NEWS = lazy(r"(?:news\s+|media\s+)?outlets?|publications?", re.I)
# The verbs of carrying a report: what an outlet does with a claim or a quote.
_CARRYING = (
    r"reported|reports|report|ran|runs|run|carried|carries|carry|quoted|quotes|quote|"
    r"published|publishes|publish|printed|prints|print|covered|covers|cover|broke|breaks|"
    r"said|says|say|wrote|writes|write|stated|states|state|cited|cites|cite|put|puts"
)
# Words that describe no outlet: "what did the wire service say" asks what, not which outlet.
_NOT_MOD = r"(?:the|a|an|its|their|this|that|did|does|do|is|was|were|are|has|had|have)"
# "which wire service reported …", "what business paper first ran …", "which outlet was it that
# quoted …": the outlet is the subject of the carrying verb.
_ASKED = lazy(
    rf"\b(?:which|what)\s+(?P<mods>(?:(?!{_NOT_MOD}\s)[A-Za-z][\w-]*\s+){{0,2}}?)"
    rf"(?P<noun>{_OUTLET_NOUNS})"
    rf"\s+(?:(?:was\s+it\s+)?that\s+|first\s+|originally\s+|had\s+|has\s+|did\s+)?"
    rf"(?:{_CARRYING})\b(?P<rest>.*)",
    re.I | re.S,
)
# A publication the question points at by the conversation or by another writer ("that
# article", "the author's piece"): the sources cite it, it is none of them.
_POINTED = lazy(
    r"^\s*(?:(?:that|this|those|these)\s+(?:article|piece|story|stories|column|paper|op-ed)s?"
    r"|(?:the|his|her|their)\s+(?:author|writer)['’]?s?\b)",
    re.I,
)


def outlet_kinds_asked(question: str, called: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The kinds of publication ``question`` asks which one carried something ("which wire
    service reported …": the wire kind); empty when it asks for no outlet, names a source
    already, or points at a publication the sources cite."""
    found = _ASKED.search(question)
    if found is None or _POINTED.match(found.group("rest")):
        return frozenset()
    if names_a_source(question, called):
        return frozenset()
    noun = re.sub(r"\s+", " ", found.group("noun"))
    if _ANY_NEWS.fullmatch(noun):
        return NEWS_KINDS
    return kinds_named(noun)


def _outlet(meta: SourceMeta) -> str:
    # A publisher's note after a semicolon (its authors) is no part of its name.
    name = meta.publisher.split(";")[0].strip()
    return f"{name} ({meta.medium})" if meta.medium else name


def led_by_outlet(
    answer: Answer, kinds: frozenset[str], sources: Mapping[str, SourceMeta]
) -> Answer:
    """``answer`` led by the publishers of its cited sources of the asked ``kinds``; a refusal
    saying which kind of source carries it when none of them is of those kinds."""
    if not kinds or answer.abstained or not answer.citations:
        return answer
    cited = list(dict.fromkeys(c.source_id for c in answer.citations if c.source_id in sources))
    fitting = [sid for sid in cited if kinds_of(sources[sid]) & kinds]
    if fitting:
        markers = {
            sid: min(c.marker for c in answer.citations if c.source_id == sid) for sid in fitting
        }
        names = "; ".join(f"{_outlet(sources[sid])} [{markers[sid]}]" for sid in fitting)
        lead = say("outlet_carried", names=names)
        return answer.model_copy(update={"answer": f"{lead} {answer.answer}"})
    others = "; ".join(_outlet(sources[sid]) for sid in cited)
    refusal = f"{say('cannot_answer')} {say('outlet_not_among', others=others)}"
    return answer.model_copy(update={"answer": refusal, "citations": [], "abstained": True})
