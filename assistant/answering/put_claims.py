"""A claim put to the answerer without being asked as one: a statement quoted inside the
asker's frame ("For the newsletter: 'The mill opened in 1961.' Fine to print?") or a statement
told with no question at all ("The mill closed in 1999, I gather.").

Both are read as the claim they carry, asked as "Is it true that …?" with the statement put in,
by what the words are, never by a list of frames:

* a quoted statement is the claim when it states a figure and is no request, and the words around it
  carry nothing a claim or a question could be about: no figure, no name (a capital only opens
  a piece of the frame: "Fine", "OK") and no question word. What is left is what the asker will
  do with the claim (print it, send it, file it), which the sources cannot be asked about;
* a statement told is the claim when the question has no question mark and no question word,
  opens with no request ("list", "tell me"), and a clause of it states a figure with a verb near
  its start, as a statement asked back by its question mark alone does (``states_and_asks``).
"""

from __future__ import annotations

import re

from assistant.answering.claims import is_claim, is_request, states_and_asks
from assistant.answering.hedges import without_hedge
from assistant.answering.patterns import WH_WORDS
from assistant.regex import lazy

# A quoted span: opened after the start, a space, a colon or a bracket, closed before a space,
# a stop or the end, so an apostrophe inside a word ("the city's") neither opens nor closes it.
_QUOTED = lazy(r"(?:^|(?<=[\s:(\[]))(?P<open>['\"‘“])(?P<body>[^\"“”]+?)['\"’”](?=[\s.,;:!?)\]]|$)")
_DIGIT = lazy(r"\d")
_ASKS = lazy(rf"\b(?:{WH_WORDS}|whether|if)\b", re.I)
# Where a piece of the frame begins: its first word may be written with a capital.
_PIECE = lazy(r"[.:;!?\-–—]+")
_CAPITAL = lazy(r"^[A-Z]")
_WORD = lazy(r"[A-Za-z][\w'’-]*")
_ONE_STATEMENT_ENDS = lazy(r"[.!;:](?=\s)")
_ARTICLE = lazy(r"^(?:The|A|An)\b")
# Where a clause of a told text begins: after a comma or a semicolon, and an "and" opening it.
_CLAUSES = lazy(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=[a-z])")


def _frame_names_nothing(frame: str) -> bool:
    """Whether the words around a quoted statement name nothing: no capitalised word but the
    first of each piece, no figure and no question word."""
    if _DIGIT.search(frame) or _ASKS.search(frame):
        return False
    for piece in _PIECE.split(frame):
        words = _WORD.findall(piece)
        if any(_CAPITAL.match(w) and w != "I" for w in words[1:]):
            return False
    return True


def quoted_claim(question: str) -> str | None:
    """The statement quoted in ``question`` when the rest is only its frame (the module's
    docstring), else None."""
    spans = list(_QUOTED.finditer(question))
    if len(spans) != 1:
        return None
    span = spans[0]
    body = span["body"].strip().rstrip(".!").strip()
    frame = question[: span.start()] + " " + question[span.end() :]
    if not _DIGIT.search(body) or _ASKS.search(body) or not _frame_names_nothing(frame):
        return None
    # A quoted request ("'List the 2019 deals.'") puts nothing to check.
    if is_request(body):
        return None
    # "The mill …" reads on after "Is it true that": an article is no name.
    return _ARTICLE.sub(lambda m: m[0].lower(), body)


def told_claim(question: str) -> str | None:
    """The statement ``question`` is when it is told, not asked (the module's docstring)."""
    text = question.strip()
    if not text or "?" in text or _ASKS.search(text):
        return None
    # One statement: a second sentence or a colon sets out a task ("Add up the parts. Total
    # in billions."; "From the census: the average …"), which no single claim is.
    if _ONE_STATEMENT_ENDS.search(text.rstrip(".!").strip()):
        return None
    body = text.rstrip(".!").strip()
    # A clause that asks for something ("…, and give the rest in yen") makes the whole a task,
    # whatever its other clauses state.
    if any(is_request(c) for c in _CLAUSES.split(body)):
        return None
    return body if states_and_asks(body + "?") else None


def as_claim(question: str) -> str:
    """``question`` as the claim it puts: "Is it true that <statement>?" for a quoted or a told
    statement; ``question`` itself when it is already read as a claim, or puts none."""
    # "If I read it right, the mill opened in 1961.": a hedge of the asker's is no hypothesis,
    # and the statement it is set off from is the claim (``hedges``).
    plain = without_hedge(question)
    if plain != question:
        claim = as_claim(plain)
        return claim if claim != plain or is_claim(plain) else question
    quoted = quoted_claim(question)
    if quoted is not None:
        return f"Is it true that {quoted}?"
    if is_claim(question):
        return question
    told = told_claim(question)
    if told is not None:
        # The statement as told, with the tag that asks it back: "…, I gather, right?"
        return f"{told}, right?"
    return question
