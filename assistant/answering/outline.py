"""A report's numbered sections, read as an outline: "what does the report recommend" is answered by
the section whose numbered parts each recommend something, one line a part.

A report lays its recommendations (or its problems, or its benefits) out as a numbered section,
"3. Improving the practice", with numbered parts, "(1) Keeping the requirement", "(2) Widening the
scale", …, each argued in its own paragraphs. Ranking sentences one by one finds the parts that
share the question's words and misses the rest; the outline gives every part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.discourse import carries_on
from assistant.answering.sentence_kinds import SentenceKind
from assistant.knowledge.chunks import Unit
from assistant.regex import lazy

# How a heading is numbered: "1.", "(1)", "1)", "I.", "A.". Each style is one level of the
# outline; which level is which is read from the order the styles first appear in.
_NUMBERED = lazy(
    r"^\s*(?:(?P<paren>\(\d{1,2}\))|(?P<close>\d{1,2}\))|(?P<dot>\d{1,2}\.)(?!\d)|"
    r"(?P<roman>[IVX]{1,4}\.)|(?P<letter>[A-Z]\.))\s+\S"
)
# An outline of fewer parts is no list of points.
_FEWEST_PARTS = 3
_MOST_PARTS = 8
# A sentence restates its part's heading when it holds at least this share of the heading's
# terms, and at least _ECHO_FEWEST of them ("(2) Keeping the quota" and "It is wise to keep the
# existing quota").
_ECHO_SHARE = 0.5
_ECHO_FEWEST = 2

# The terms of a unit, as the index reads them.
Terms = Callable[[Unit], frozenset[str] | set[str]]


@dataclass(frozen=True)
class Part:
    """One numbered part of a section: its heading and the sentences under it."""

    heading: Unit
    body: tuple[Unit, ...]


@dataclass(frozen=True)
class Section:
    heading: Unit
    parts: tuple[Part, ...]


def _style(unit: Unit) -> str | None:
    if unit.kind != "heading":
        return None
    match = _NUMBERED.match(unit.text)
    return match.lastgroup if match else None


def sections(units: list[Unit]) -> list[Section]:
    """The sections of one source (its units in document order) that have numbered parts."""
    levels: dict[str, int] = {}
    headed: list[tuple[int, int]] = []  # (place in units, level) of each numbered heading
    for place, unit in enumerate(units):
        style = _style(unit)
        if style is not None:
            headed.append((place, levels.setdefault(style, len(levels))))
    found = []
    for i, (place, level) in enumerate(headed):
        children = []
        for j in range(i + 1, len(headed)):
            child_place, child_level = headed[j]
            if child_level <= level:
                break
            if child_level == level + 1:
                end = next(
                    (k for k in range(child_place + 1, len(units)) if units[k].kind == "heading"),
                    len(units),
                )
                body = tuple(u for u in units[child_place + 1 : end] if u.kind == "sentence")
                children.append(Part(units[child_place], body))
        if children:
            found.append(Section(units[place], tuple(children)))
    return found


def outline_of(units: list[Unit], kind: SentenceKind) -> Section | None:
    """The section of a source whose parts do what ``kind`` asks (recommend, name a problem, …):
    most of its parts say it, and no other section's parts say it as often."""
    best: tuple[float, Section] | None = None
    for section in sections(units):
        if not _FEWEST_PARTS <= len(section.parts) <= _MOST_PARTS:
            continue
        saying = sum(any(kind.marked_by.search(u.text) for u in p.body) for p in section.parts)
        share = saying / len(section.parts)
        if share > 0.5 and (best is None or share > best[0]):
            best = (share, section)
    return best[1] if best else None


def point_of(part: Part, kind: SentenceKind, terms: Terms | None = None) -> Unit | None:
    """The first sentence of a part that does what ``kind`` asks, else its first sentence; read
    whole when a page's notes cut it short (the part goes on with it whole after them). A
    sentence before it that restates the part's heading ("(1) Keeping the quota": "It is best
    to keep the existing quota.") is the point instead: it says the part's recommendation in the
    heading's own terms, where the later sentence argues a step towards it."""
    marked = [u for u in part.body if kind.marked_by.search(u.text)]
    point = marked[0] if marked else (part.body[0] if part.body else None)
    if point is None:
        return None
    if terms is not None:
        echoed = next((u for u in part.body if _echoes(part.heading, u, terms)), None)
        if echoed is not None and echoed.start < point.start:
            point = echoed
    later = part.body[part.body.index(point) + 1 :]
    return next((u for u in later if u.text.startswith(point.text)), point)


def _echoes(heading: Unit, unit: Unit, terms: Terms) -> bool:
    """Whether ``unit`` holds most of ``heading``'s terms (``_ECHO_SHARE``, ``_ECHO_FEWEST``)."""
    named = set(terms(heading))
    shared = named & set(terms(unit))
    return len(shared) >= _ECHO_FEWEST and len(shared) >= _ECHO_SHARE * len(named)


def points_of(part: Part, kind: SentenceKind, terms: Terms | None = None) -> list[Unit]:
    """A part's point (``point_of``), after the sentence before it in the part when the point
    carries on from that one ("This policy should be abolished …" after the sentence saying
    which policy): alone, it would not say what it is about."""
    point = point_of(part, kind, terms)
    if point is None:
        return []
    place = part.body.index(point)
    if place > 0 and carries_on(point.text):
        return [part.body[place - 1], point]
    return [point]


def section_around(units: list[Unit], unit: Unit) -> tuple[Unit, list[Unit]] | None:
    """The numbered heading nearest before ``unit`` in its source (its units in document order)
    and the sentences under that heading, up to the next heading: the section ``unit`` argues
    in. None when no numbered heading comes before it."""
    if unit not in units:
        return None
    place = units.index(unit)
    heading = next((i for i in range(place, -1, -1) if _style(units[i]) is not None), None)
    if heading is None:
        return None
    end = next(
        (k for k in range(heading + 1, len(units)) if units[k].kind == "heading"), len(units)
    )
    if end <= place:
        return None
    body = [u for u in units[heading + 1 : end] if u.kind == "sentence"]
    return units[heading], body


def numbered_parts(units: list[Unit]) -> list[tuple[Unit, list[Unit]]]:
    """Each numbered heading of a source (its units in document order) with the sentences
    under it, up to the next heading; headings with no sentence under them left out."""
    found = []
    for place, unit in enumerate(units):
        if _style(unit) is None:
            continue
        end = next(
            (k for k in range(place + 1, len(units)) if units[k].kind == "heading"), len(units)
        )
        body = [u for u in units[place + 1 : end] if u.kind == "sentence"]
        if body:
            found.append((unit, body))
    return found


def paragraph_leads(body: list[Unit]) -> list[Unit]:
    """The first sentence of each paragraph of ``body``, in order: where a report's section
    states each step of its account."""
    seen: set[int] = set()
    leads = []
    for unit in body:
        if unit.paragraph not in seen:
            seen.add(unit.paragraph)
            leads.append(unit)
    return leads
