"""Split sources into citable units (sentences, table rows) with exact offsets, grouped into passages.

A unit's ``quote`` is always ``source.text[start:end]``; its ``text`` is what is shown and
embedded, which differs from the quote only for table rows (rendered with their column headers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from assistant.knowledge.sources import Source
from assistant.regex import lazy

UnitKind = Literal["sentence", "row", "heading", "footnote", "reference"]

# Longest passage, in characters, before a paragraph is cut into several (MiniLM reads ~256 tokens).
PASSAGE_CHARS = 700
# Longest unit, in characters: a longer "sentence" (a run-on line, a one-line 20 MB file) is cut
# at a clause boundary, else between words, else anywhere; each piece is quoted verbatim.
MAX_UNIT_CHARS = 1000
# How far around a sentence boundary the splitter looks for abbreviations and what follows.
_LOOK = 100

_ABBREVIATIONS = {
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "vs",
    "etc",
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "min",
    "max",
    "approx",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "st",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gov",
    "dept",
    "art",
    "para",
    "p",
    "pp",
    "vol",
}
# Superscript digits: a footnote mark ("¹⁾") or its number closing a sentence.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070-\u2079"
_CLOSERS = f"\"'”’)\\]\u207e{_SUPERSCRIPTS}"
_BOUNDARY = lazy(rf"[.!?][{_CLOSERS}]*(?=\s+\S)")
_CAPTION = lazy(r"^(Table|Figure)\s+\d+\.\s")
# A footnote's mark: a number and a parenthesis ("1)"), or superscripts and one ("¹⁾").
_NOTE_NUMBER = r"\d{1,2}\)"
_NOTE_SUPERSCRIPT = rf"[{_SUPERSCRIPTS}]+\u207e"
_FOOTNOTE = lazy(rf"^(?:{_NOTE_NUMBER}\s|{_NOTE_SUPERSCRIPT})")
_NUMBERED = lazy(r"^(\d{1,2}\.|\(\d{1,2}\)|\d{1,2}\))\s")
# "DAPA (2022), Offset Program Guidelines." / "News 1 (2023), "Head of ..."" / "<https://...>."
_REFERENCE = lazy(
    rf"^(?:(?:{_NOTE_NUMBER}|{_NOTE_SUPERSCRIPT})\s*)?([^.()]{{1,80}}\(\d{{4}}\)[,.]|<https?://)"
)
_TAG = lazy(r"<[^>]+>")
_SENTENCE_END = lazy(rf"[.!?:;][{_CLOSERS}]*$")


@dataclass(frozen=True)
class Unit:
    """The smallest citable piece of a source: a sentence or a table row."""

    id: str
    source_id: str
    start: int
    end: int
    kind: UnitKind
    text: str
    quote: str
    passage_id: str
    paragraph: int


@dataclass(frozen=True)
class Passage:
    """Neighbouring units of one paragraph, the piece that retrieval ranks."""

    id: str
    source_id: str
    start: int
    end: int
    text: str
    unit_ids: tuple[str, ...]


# A news dateline opening a story: "SEOUL, April 1 (Korea Bizwire)", "WASHINGTON, March 31
# (Yonhap) --". It says where and when the story was filed, not what it says, so it is a unit of
# its own rather than the start of the first sentence.
_DATELINE = lazy(
    r"^[A-Z]{2,}(?:[ -][A-Z]{2,})*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
    r"\([A-Z][^()\n]{1,40}\)(?:\s*(?:--|—|–|-))?"
)


# Kept per text: ranking asks it of every candidate sentence, and of the sentences before each.
@lru_cache(maxsize=4096)
def is_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline and nothing more ("SEOUL, April 1 (Korea Bizwire)")."""
    match = _DATELINE.match(text.strip())
    return match is not None and not text.strip()[match.end() :].strip()


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (shifted by ``offset``), trimmed of white space; a
    dateline opening the text is a span of its own."""
    spans: list[tuple[int, int]] = []
    start = 0
    dateline = _DATELINE.match(text)
    if dateline and text[dateline.end() :].strip():
        spans.append((0, dateline.end()))
        start = dateline.end()
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_abbreviation(text, match.start()):
            continue
        if text[match.start()] == "." and text[max(0, match.start() - 2) : match.start()] == "..":
            continue
        # Windows, not slices to the end of the text: a 20 MB line stays linear.
        following = text[end : end + _LOOK].lstrip()[:1]
        if following.islower():
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s + offset, e + offset))
    return trimmed


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - _LOOK) : dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in _ABBREVIATIONS:
        return True
    # A lone capital is an initial ("S. Korea", "J. Smith").
    return len(token) == 1 and text[dot - 1].isupper()


_CLAUSE_END = lazy(r"[,;:\u2013\u2014)\]](?=\s)")
_SPACE = lazy(r"\s+")


def bounded_spans(
    text: str, start: int, end: int, limit: int = MAX_UNIT_CHARS
) -> list[tuple[int, int]]:
    """``text[start:end]`` as spans of at most ``limit`` characters, trimmed of white space.

    A span that fits is returned as it is. A longer one is cut at the last clause boundary
    (, ; : – — ) ]) in the second half of each ``limit`` window, else at the last white space
    there, else at ``limit`` itself, so every piece is a verbatim slice of ``text``.
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        window = text[start : start + limit]
        half = limit // 2
        cut = 0
        for match in _CLAUSE_END.finditer(window, half):
            cut = match.end()
        if not cut:
            for match in _SPACE.finditer(window, half):
                cut = match.start()
        if not cut:
            cut = limit
        piece_end = start + cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            spans.append((start, piece_end))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
    return spans


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def is_heading(line: str) -> bool:
    """A title or section heading: no closing punctuation and short, or a numbered section."""
    if _SENTENCE_END.search(line):
        return False
    words = len(line.split())
    return words <= 12 or (words <= 20 and bool(_NUMBERED.match(line)))


def _cells(line: str) -> list[str]:
    return [" ".join(_TAG.sub(" ", cell).split()) for cell in line.split("\t")]


def _render_row(caption: str, header: list[str], row: list[str]) -> str:
    """A table row as a readable line that keeps its column headers."""
    if header and header[0] == "" and len(row) > 1:
        label, cells, names = row[0], row[1:], header[1:]
        parts = [f"{n}: {c}" if n else c for n, c in zip(names, cells, strict=False) if c]
        body = f"{label}: " + "; ".join(parts)
    else:
        parts = [f"{n}: {c}" if n else c for n, c in zip(header, row, strict=False) if c]
        body = "; ".join(parts)
    return f"{caption} — {body}" if caption else body


def _in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def split_source(source: Source) -> tuple[list[Unit], list[Passage]]:
    """Units and passages of a source, in document order, boilerplate left out."""
    text = source.text
    excluded = source.boilerplate_spans()
    units: list[Unit] = []
    passages: list[Passage] = []
    caption = ""
    header: list[str] | None = None

    # A sentence broken by a page break ("in con-" … footnotes … "tracts was raised"): its tail
    # is shown and searched with its head, while its quote stays the verbatim tail.
    pending = ""

    def add_passage(members: list[tuple[int, int, UnitKind, str]], paragraph: int) -> None:
        pid = f"{source.id}#p{len(passages):04d}"
        ids = []
        for start, end, kind, shown in members:
            uid = f"{source.id}#u{len(units):04d}"
            ids.append(uid)
            units.append(
                Unit(uid, source.id, start, end, kind, shown, text[start:end], pid, paragraph)
            )
        p_start, p_end = members[0][0], members[-1][1]
        p_text = " ".join(m[3] for m in members)
        passages.append(Passage(pid, source.id, p_start, p_end, p_text, tuple(ids)))

    for paragraph, (line_start, line) in enumerate(_lines(text)):
        stripped = line.strip()
        if not stripped or _in_spans(line_start, line_start + len(line), excluded):
            if not stripped:
                header = None
            continue
        if "\t" in line:
            cells = _cells(line)
            if header is None:
                header = cells
                continue
            lead = len(line) - len(line.lstrip())
            start, end = line_start + lead, line_start + len(line.rstrip())
            if end - start <= MAX_UNIT_CHARS:
                add_passage([(start, end, "row", _render_row(caption, header, cells))], paragraph)
            else:  # an overlong row is cited in verbatim pieces
                for s, e in bounded_spans(text, start, end):
                    add_passage([(s, e, "row", text[s:e])], paragraph)
            continue
        header = None
        lead = len(line) - len(line.lstrip())
        if _CAPTION.match(stripped):
            caption = stripped
            continue
        if (is_heading(stripped) or not units) and len(stripped) <= MAX_UNIT_CHARS:
            pending = ""
            start = line_start + lead
            add_passage([(start, start + len(stripped), "heading", stripped)], paragraph)
            continue
        footnote = bool(_FOOTNOTE.match(stripped))
        group: list[tuple[int, int, UnitKind, str]] = []
        spans = [
            piece
            for start, end in sentence_spans(line, line_start)
            for piece in bounded_spans(text, start, end)
        ]
        for start, end in spans:
            sentence = text[start:end]
            if (
                pending
                and not footnote
                and not group
                and (sentence[0].islower() or sentence[0] == "(")
            ):
                sentence = (
                    pending[:-1] + sentence if pending.endswith("-") else f"{pending} {sentence}"
                )
            kind: UnitKind = "footnote" if footnote else "sentence"
            if _REFERENCE.match(sentence) and (footnote or group):
                kind = "reference"
            elif footnote and group and group[-1][2] == "reference" and len(sentence.split()) < 12:
                # The rest of a bibliographic entry ("GICA Conference presentation. June 2023.").
                kind = "reference"
            if group and end - group[0][0] > PASSAGE_CHARS:
                add_passage(group, paragraph)
                group = []
            group.append((start, end, kind, sentence))
        if group:
            add_passage(group, paragraph)
            last = group[-1]
            if not footnote:
                pending = (
                    "" if _SENTENCE_END.search(text[last[0] : last[1]]) else text[last[0] : last[1]]
                )
    return units, passages
