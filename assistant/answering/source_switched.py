"""A follow-up that asks the question before it of another source: "and what does the Gazette
say?", "which figure does the bureau use?", "and the Gazette?". It asks nothing of its own but
whose account is wanted, so it is the earlier question put to the source it names, the source
the earlier question named (if any) left out: "What toll did the Courier report for 2031? — and
the Gazette?" asks "What toll was reported for 2031, according to the Gazette?"."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.answering.attribution import attributed
from assistant.answering.written_names import whole_name
from assistant.regex import lazy

# How a follow-up opens before what it asks: "and", "what about", "ok so", "how about".
_OPENING = lazy(
    r"^\s*(?:(?:ok(?:ay)?|so|and|also|now|then|right|well)\b[\s,]*)*"
    r"(?:(?:what|how)\s+about\s+)?",
    re.I,
)
# The words a follow-up may use besides the source's name and still ask nothing of its own: the
# wh-word, the figure asked for as "the figure" or "the number", and the time as "the same
# years" or "then".
_BARE = frozenset(
    "what which how and about does do did is was the a an its their figure figures number "
    "numbers estimate estimates value one same period years year five then there for in of it "
    "that this those these instead say says said give gives gave put puts have has had".split()
)

# Verbs of merely giving, using or reporting a figure, and the words for a piece of writing.
_GIVING = frozenset(
    "use uses used using rely relies relied on go goes went with adopt adopts adopted report "
    "reports reported according to per by cite cites cited list lists listed show shows showed "
    "paper article story piece study s".split()
)


def asked_of_another_source(
    question: str, earlier: str, called: Mapping[str, tuple[str, ...]]
) -> str | None:
    """``earlier`` asked of the source ``question`` names, when ``question`` asks nothing besides
    whose account is wanted; else None. ``called``: each source's names."""
    opened = _OPENING.sub("", question).strip(" ?.!")
    name = _bare_name(opened, called)
    if name is None:
        named = attributed(question, called)
        # "And for the Gazette?", "what does the Gazette have?": a name in no form that
        # attributes is still whose account is wanted when nothing else is asked (below).
        names = named.names if named is not None else _names_mentioned(question, called)
        if len(names) != 1:
            return None
        name = names[0]
        own = set(re.findall(r"[\w-]+", name.lower()))
        # Every word besides the name's is bare or a verb of merely giving a figure: "what does
        # the Gazette recommend?" asks for its advice, not the earlier question's figure.
        rest = [w for w in re.findall(r"[\w-]+", opened.lower().replace("’", "'")) if w not in own]
        if any(word not in _BARE and word not in _GIVING for word in rest):
            return None
    before = attributed(earlier, called)
    asked = before.question if before is not None else earlier
    asked = asked.strip().rstrip("?.! ").rstrip(",; ")
    if not asked:
        return None
    the = "the " if not name.isupper() and len(name.split()) > 1 else ""
    return f"{asked}, according to {the}{name}?"


def _bare_name(text: str, called: Mapping[str, tuple[str, ...]]) -> str | None:
    """The source's name ``text`` is, with "the" and a word for a piece of writing ("the Gazette
    story", "the bureau's paper") allowed around it; else None."""
    for aliases in called.values():
        for name in sorted(aliases, key=len, reverse=True):
            words = r"[-\s]?".join(re.escape(part) for part in name.split())
            if re.fullmatch(
                rf"(?:the\s+)?{words}(?:['’]s)?(?:\s+(?:report|article|story|paper|study|piece|"
                rf"post|figures?|numbers?|estimates?|account|version|one))?",
                text,
                re.I,
            ):
                return name
    return None


def _names_mentioned(question: str, called: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The name (its longest form found) of each source ``question`` mentions, in any form."""
    found = []
    for aliases in called.values():
        for name in sorted(aliases, key=len, reverse=True):
            if whole_name(name).search(question):
                found.append(name)
                break
    return tuple(found)


def adds_nothing(part: str, earlier: str, called: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether ``part`` asks nothing that ``earlier`` does not, but whose account: each of its
    words is a source's name, a bare word (``_BARE``), a verb of merely giving a figure
    (``_GIVING``) or a word of ``earlier``. "…, and what does the Gazette give (for 2031)?"
    after "what toll does the Courier give (for 2031)" asks the same; "…, and which yard did
    it name?" asks something new."""
    own = {w for names in called.values() for n in names for w in re.findall(r"[\w-]+", n.lower())}
    before = set(re.findall(r"[\w-]+", earlier.lower().replace("’", "'")))
    return all(
        word in own or word in _BARE or word in _GIVING or word in before
        for word in re.findall(r"[\w-]+", part.lower().replace("’", "'"))
    )
