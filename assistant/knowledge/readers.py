"""Readers that turn a document file into the plain text tradebrief stores, cites and searches.

Each reader returns an ``Extracted``: the text (one paragraph per line, table rows as
tab-separated cells, which is what ``chunks.py`` expects), the start offset of each page for
PDFs, and whatever title, publisher and date the document states about itself. A file that
cannot be read raises ``DocumentError`` with a one-line reason. Parsing libraries are imported
inside the readers, so ``tradebrief --help`` never loads them.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.datafiles import parse_yaml
from assistant.errors import DocumentError, KnowledgeError, first_line
from assistant.regex import lazy

# File extension → format name. These are the formats `ingest` and the UI's upload accept.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
ALLOWED_EXTENSIONS: tuple[str, ...] = tuple(FORMATS)

_SNIFF = 8192
# Most text a document may expand to when read (a DOCX's unzipped parts, a PDF's page text); the
# Settings value TRADEBRIEF_MAX_EXPANDED_MB is passed in by the ingester.
DEFAULT_MAX_EXPANDED_BYTES = 200 * 1024 * 1024
# An archive member inflating more than this many times its compressed size is a zip bomb.
MAX_RATIO = 100
# Members smaller than this are not judged by their ratio (a tiny, repetitive XML part may
# legitimately compress very well).
_RATIO_FLOOR = 1024 * 1024
_SENTENCE_END = lazy(r"[.!?:;][\"'”’)\]]*$")


@dataclass(frozen=True)
class Extracted:
    """A document's extracted text and what it says about itself."""

    text: str
    format: str
    pages: tuple[int, ...] = ()
    title: str = ""
    publisher: str = ""
    date: str = ""
    # A kind the document states (Markdown front matter); used only if it is a known kind.
    kind: str = ""


def format_of(path: Path) -> str:
    """The format name for ``path``'s extension, or a DocumentError listing the accepted ones."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "no extension"
        raise DocumentError(
            f"{path.name}: unsupported format ({shown}): use one of {', '.join(ALLOWED_EXTENSIONS)}"
        )
    return fmt


def read_document(
    path: Path, data: bytes | None = None, max_expanded_bytes: int = DEFAULT_MAX_EXPANDED_BYTES
) -> Extracted:
    """Extract ``path`` (or ``data``, its bytes already read) as text; DocumentError if unreadable.

    A document that would expand past ``max_expanded_bytes`` when read (a zip bomb dressed as a
    DOCX, a PDF whose pages hold more text than that) is refused with a DocumentError.
    """
    fmt = format_of(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"{path.name}: cannot be read: {exc.strerror}") from None
    if not data.strip():
        raise DocumentError(f"{path.name}: the file is empty")
    try:
        extracted = _READERS[fmt](path.name, data, max_expanded_bytes)
    except DocumentError:
        raise
    except Exception as exc:  # a parser's own failure on a damaged file is still bad input
        reason = first_line(exc)
        raise DocumentError(f"{path.name}: cannot be read as {fmt} ({reason})") from None
    if not extracted.text.strip():
        raise DocumentError(f"{path.name}: no text could be extracted from it")
    return extracted


def _decode(name: str, data: bytes) -> str:
    """UTF-8 text, or a DocumentError for binary content behind a text extension."""
    if b"\x00" in data[:_SNIFF]:
        raise DocumentError(f"{name}: holds binary data, not text (is the extension right?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: is not UTF-8 text (invalid byte at position {exc.start}); "
            "save it as UTF-8 and ingest it again"
        ) from None


def _read_text(name: str, data: bytes, limit: int) -> Extracted:
    # Plain text is stored exactly as written (only a byte-order mark is dropped).
    return Extracted(_decode(name, data), "text")


# -- Markdown ------------------------------------------------------------------------------


def _front_matter(text: str) -> tuple[dict, str]:
    """A leading ``---`` YAML block (title, publisher, date...) and the text after it."""
    if not text.startswith("---"):
        return {}, text
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", text, re.S)
    if not match:
        return {}, text
    try:
        meta = parse_yaml(match.group(1), "the front matter")
    except KnowledgeError:
        # A block that is not YAML is part of the text, as a Markdown reader shows it.
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[match.end() :]


def _read_markdown(name: str, data: bytes, limit: int) -> Extracted:
    from markdown_it import MarkdownIt

    meta, body = _front_matter(_decode(name, data))
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    blocks: list[str] = []
    row: list[str] | None = None
    title = ""
    heading_level = None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = token.tag
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "table_close":
            blocks.append("")
        elif token.type in ("fence", "code_block"):
            blocks += [*token.content.rstrip("\n").splitlines(), ""]
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
                continue
            if heading_level == "h1" and not title:
                title = text
            heading_level = None
            blocks += [text, ""]
    text = "\n".join(blocks).strip("\n") + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    return Extracted(
        text,
        "markdown",
        title=str(meta.get("title") or title),
        publisher=str(meta.get("publisher") or meta.get("author") or ""),
        date=str(meta.get("date") or ""),
        kind=str(meta.get("kind") or ""),
    )


def _inline_text(token) -> str:  # noqa: ANN001 - a markdown_it Token
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


# -- HTML ----------------------------------------------------------------------------------


def _read_html(name: str, data: bytes, limit: int) -> Extracted:
    import trafilatura

    if b"\x00" in data[:_SNIFF]:
        raise DocumentError(f"{name}: holds binary data, not HTML (is the extension right?)")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    # The main text only: trafilatura drops navigation, headers, footers and comment sections.
    text = trafilatura.extract(
        data,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_precision=True,
        output_format="txt",
    )
    if not text or not text.strip():
        raise DocumentError(f"{name}: no article text found in the page")
    _within(name, len(text), limit)
    meta = trafilatura.extract_metadata(data)
    return Extracted(
        text.strip() + "\n",
        "html",
        title=(meta.title or "") if meta else "",
        publisher=((meta.sitename or meta.author) or "") if meta else "",
        date=(meta.date or "") if meta else "",
    )


# -- PDF -----------------------------------------------------------------------------------


def _reflow(page: str) -> str:
    """A page's lines joined back into paragraphs, one per line.

    PDF text comes as printed lines; a line that fills the measure continues on the next, a
    short one (a heading, a paragraph's last line) ends its paragraph.
    """
    lines = [" ".join(line.split()) for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    previous = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = previous = ""
            continue
        if current and len(previous) >= 0.7 * width and not _is_list_item(line):
            if current.endswith("-") and line[:1].islower():
                current = current[:-1] + line  # "con-" + "tracts"
            else:
                current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        previous = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _is_list_item(line: str) -> bool:
    return bool(re.match(r"([-•*▪]|\d{1,2}[.)]|\(\w\))\s", line))


def _read_pdf(name: str, data: bytes, limit: int) -> Extracted:
    import pypdf
    from pypdf.errors import DependencyError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise DocumentError(f"{name}: is not a PDF (no %PDF header): is the file damaged?")
    # pypdf reports recoverable damage through logging; the outcome is reported here instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened: object = reader.decrypt("")
            except (DependencyError, NotImplementedError, PyPdfError):
                opened = 0
            if not opened:
                raise DocumentError(
                    f"{name}: is password-protected: remove the password (save an unprotected "
                    "copy) and ingest that"
                )
            raise DocumentError(
                f"{name}: is encrypted: save a copy without encryption (e.g. print to PDF) "
                "and ingest that"
            )
        pages: list[str] = []
        total = 0
        for printed in reader.pages:
            pages.append(_reflow(printed.extract_text() or ""))
            total += len(pages[-1])
            _within(name, total, limit)  # stop at the page that passes the limit
        info = reader.metadata
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types (and plain ones) on damaged files
        reason = first_line(exc)
        raise DocumentError(f"{name}: is not a readable PDF ({reason})") from None
    if not pages:
        raise DocumentError(f"{name}: the PDF has no pages")
    if not any(p.strip() for p in pages):
        raise DocumentError(f"{name}: has no extractable text (a scanned PDF? run OCR on it first)")
    starts = []
    text = ""
    for page in pages:
        if text:
            text += "\n\n"
        starts.append(len(text))
        text += page
    title = publisher = date = ""
    if info is not None:
        title = str(info.title or "")
        publisher = str(info.author or "")
        try:
            created = info.creation_date
        except Exception:  # a malformed date in the metadata is not worth refusing the file
            created = None
        date = created.date().isoformat() if created else ""
    return Extracted(
        text + "\n", "pdf", pages=tuple(starts), title=title, publisher=publisher, date=date
    )


# -- limits --------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def _within(name: str, size: int, limit: int) -> None:
    """A DocumentError when ``size`` characters of text extracted so far pass ``limit``."""
    if size > limit:
        raise DocumentError(
            f"{name}: its text runs past {_mb(limit)} (TRADEBRIEF_MAX_EXPANDED_MB): "
            "split the document, or raise the limit if you trust it"
        )


def check_archive(name: str, data: bytes, limit: int) -> None:
    """Refuse a zip archive (DOCX) that would inflate past ``limit`` bytes or by over 100:1.

    Only the central directory is read: sizes as the archive declares them, nothing inflated.
    The declared sizes are binding, since Python's zipfile stops a member at its declared size
    (and fails its CRC check) however much its compressed data would give.
    """
    import zipfile

    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        reason = first_line(exc)
        raise DocumentError(f"{name}: is not a readable DOCX ({reason})") from None
    total = sum(m.file_size for m in members)
    if total > limit:
        raise DocumentError(
            f"{name}: unzips to {_mb(total)}, over the {_mb(limit)} limit "
            "(TRADEBRIEF_MAX_EXPANDED_MB): refused without unzipping it"
        )
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            ratio = member.file_size / max(member.compress_size, 1)
            raise DocumentError(
                f"{name}: its part {member.filename} inflates {ratio:,.0f} times "
                f"({_mb(member.file_size)} from {member.compress_size:,} bytes), over {MAX_RATIO}:1: "
                "a zip bomb? refused without unzipping it"
            )


# -- DOCX ----------------------------------------------------------------------------------


def _read_docx(name: str, data: bytes, limit: int) -> Extracted:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # An OLE container: an encrypted (password-protected) Word file, or an old .doc.
        raise DocumentError(
            f"{name}: is password-protected or an old .doc file: save it as an unprotected .docx"
        )
    check_archive(name, data, limit)  # before python-docx is even imported: a refusal is instant
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.append("")
                for row in block.rows:
                    lines.append("\t".join(" ".join(c.text.split()) for c in row.cells))
                lines.append("")
            else:
                lines.append(" ".join(block.text.split()))
        props = document.core_properties
    except Exception as exc:  # python-docx raises zipfile, KeyError and its own errors
        reason = first_line(exc)
        raise DocumentError(f"{name}: is not a readable DOCX ({reason})") from None
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    return Extracted(
        text,
        "docx",
        title=props.title or "",
        publisher=props.author or "",
        date=props.created.date().isoformat() if props.created else "",
    )


_READERS: dict[str, Callable[[str, bytes, int], Extracted]] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
}
