"""Questions that set one side's doing against what another side wants: "contrast the ministry's
plan to cap the levy with what the harbour pilots propose", "the council is cutting the fund;
what do the growers want instead?".

The question's words are mostly the first side's, so the sentences about that side rank first
and the other side's own statement ("the pilots urge keeping the levy") ranks far below them.
Each side that the question asks what it wants is asked alone ("What do the harbour pilots
propose?"), so that its own statement is found by its own words.
"""

from __future__ import annotations

import re

from assistant.regex import lazy

# The question sets sides against each other: it contrasts or compares them, asks what one
# wants "instead" or "while", against or unlike another.
_CONTRAST = lazy(
    r"\b(?:contrast\w*|compar\w*|versus|vs\.?|against|part\s+ways|differ\w*|while|whereas|"
    r"unlike|instead|rather\s+than|beside|set\s+\w+)\b",
    re.I,
)
# A word of a side's name: not one tying the name to what follows it, nor a verb that
# carries the asking ("what cut does Peru seek" names no side "cut").
_SIDE_WORD = (
    r"(?!(?:with|against|and|or|of|to|from|on|in|versus|than|beside|the|what|how|do|does|did|"
    r"is|are|was|were|has|have|had|should|would|will|shall|can|could|may|might|must)\b)"
    r"[A-Za-z][\w.'’-]*"
)
# What a side wants, in the verbs a stance is asked by.
_STANCE_VERBS = (
    r"wants?|proposes?|recommends?|urges?|argues?|calls?\s+for|prefers?|favou?rs?|advocates?|"
    r"seeks?|asks?\s+for|suggests?"
)
# "what the growers want", "what do the growers want": a side of one to five words.
_SIDE_WANTS = lazy(
    r"\bwhat\s+(?:(?P<aux>do|does|did)\s+)?"
    rf"(?P<side>(?:the\s+)?(?:{_SIDE_WORD}\s+){{0,3}}?{_SIDE_WORD})\s+"
    rf"(?P<verb>{_STANCE_VERBS})\b",
    re.I,
)
# The source the whole question is asked of ("according to the almanac, ..."): asked of each
# side too.
_ACCORDING = lazy(r"\b(?:according\s+to|as\s+told\s+by|per)\s+[^,;?.]+", re.I)
# Words that stand for a side without naming it: asked alone, they name nothing.
_NO_SIDE = frozenset({"it", "they", "he", "she", "we", "you", "i", "this", "that", "each", "one"})


def sides_asked_alone(question: str) -> list[str]:
    """Each side a question setting sides against each other asks what it wants, asked alone
    ("contrast the plan with what the pilots propose" → "What do the pilots propose?"); empty when the question sets
    no sides against each other or asks no side what it wants."""
    if not _CONTRAST.search(question):
        return []
    according = _ACCORDING.search(question)
    told = [according[0].strip()] if according else []
    asked = []
    for m in _SIDE_WANTS.finditer(question):
        side = m["side"].strip()
        if side.lower().split()[-1] in _NO_SIDE:
            continue
        head, _, rest = " ".join(m["verb"].split()).partition(" ")
        if m["aux"]:
            aux, base = m["aux"].lower(), head
        else:
            aux = "does" if head.lower().endswith("s") else "do"
            base = head[:-1] if head.lower().endswith("s") else head
        asked.append(" ".join(" ".join(["What", aux, side, base, rest, *told]).split()) + "?")
    return asked
