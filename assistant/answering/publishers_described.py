"""A side a question calls by what kind of body publishes rather than by its name: "how does
the think tank see the levy", "the research institute's take on it".

Such words describe a research body, and the only research body whose writing the sources hold
is the publisher of the one source of the research kind (``sources.yaml``'s ``kind``): the
description is that publisher. With no such source, or several, it names none. A wh-phrase
("which think tank") asks for the name instead of giving it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from assistant.regex import lazy

# Words for a body that does research: "the think tank", "the research institute", "the
# institute's researchers", "the research centre".
_RESEARCH_BODY = lazy(
    r"(?<![\w-])(?:think[-\s]tanks?|research\s+(?:institutes?|institutions?|bod(?:y|ies)|"
    r"cent(?:er|re)s?|groups?|organi[sz]ations?)|institute(?:['’]s)?\s+researchers?|"
    r"(?:the|its|that|this)\s+institute)(?![\w-])",
    re.I,
)
# The description asked for ("which think tank", "what research institute"): no side given.
_ASKED_FOR = lazy(
    r"\b(?:which|what)\s+(?!(?:the|a|an|its|their|this|that)\s)(?:[\w-]+\s+)?"
    r"(?:think[-\s]tank|research\s+\w+|institute)",
    re.I,
)
# The kind of source a research body publishes.
_RESEARCH_KIND = "research"


def describes_research_body(text: str) -> bool:
    """Whether ``text`` calls a body by what it is as a publisher of research ("the think
    tank", "the research institute")."""
    return bool(_RESEARCH_BODY.search(text))


def research_publisher(
    question: str,
    kinds: Mapping[str, str],
    called: Mapping[str, Iterable[str]],
    known: Callable[[str], bool],
) -> tuple[str, int] | None:
    """The name of the research body ``question`` describes ("the think tank"), with where the
    description stands: the first of the names of the one source of the research kind
    (``kinds``: each source's kind) that ``known`` knows as a body's name. None when it
    describes none, asks for one, or the sources hold research from none or from several."""
    described = _RESEARCH_BODY.search(question)
    if described is None or _ASKED_FOR.search(question):
        return None
    research = [sid for sid, kind in kinds.items() if kind.startswith(_RESEARCH_KIND)]
    if len(research) != 1:
        return None
    name = next((name for name in called.get(research[0], ()) if known(name)), None)
    return None if name is None else (name, described.start())
