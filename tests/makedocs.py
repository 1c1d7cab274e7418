"""Small documents of every ingestible format, made by the tests themselves.

Each states a made-up fact no built-in source mentions (an "obsidian panel", a "basalt
clause"...), so an answer citing it can only have come from the ingested document.
"""

from __future__ import annotations

from pathlib import Path

PDF_PAGE_1 = (
    "The working group met on 4 March 2025 to review the offset guidelines for foreign "
    "contracts. It agreed that the quartzite clause should be reviewed before the next round "
    "of talks, because several suppliers had complained about it in writing."
)
PDF_PAGE_2 = "The obsidian review panel will report to the minister in June 2026."

ARTICLE = (
    "The Korean delegation proposed lowering the offset ratio for cobalt-class contracts "
    "to 25 percent by 2028."
)
NAV_WORDS = ("Subscribe", "Log in", "About us")
COMMENT_WORDS = ("Leave a comment", "cheap watches", "Post comment")

HTML = f"""<!doctype html>
<html><head><title>RDP talks stall over offsets</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Defense Daily">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<header><div class="menu">Subscribe | Log in | Search</div></header>
<article><h1>RDP talks stall over offsets</h1>
<p>Negotiators from Seoul and Washington met in March to discuss the Reciprocal Defense
Procurement agreement. The talks stalled over Korea's offset requirements.</p>
<p>{ARTICLE} Officials called it the main sticking point.</p>
</article>
<section id="comments"><h3>Leave a comment</h3>
<form action="/comment" method="post"><label>Name</label><input name="name">
<label>Comment</label><textarea name="c"></textarea><button>Post comment</button></form>
<div class="comment"><p>Great article! Visit my site for cheap watches.</p></div></section>
<footer>Copyright 2025 Defense Daily. All rights reserved.</footer>
</body></html>
"""

DOCX_SENTENCE = "The basalt working paper recommends a single offset window of 90 days."
MARKDOWN = """---
title: RDP round notes
publisher: Negotiating team
date: 2025-06-12
kind: memo
---
# Round three

The team agreed to table the **garnet clause** at round three, scheduled for *September 2025*.
"""
TEXT = "Team memo\nThe malachite proposal would cap offsets at 20 percent of the contract value.\n"


def pdf(path: Path, pages: tuple[str, ...] = (PDF_PAGE_1, PDF_PAGE_2), title: str = "") -> Path:
    """A text PDF with one paragraph per page, made with fpdf2."""
    from fpdf import FPDF

    document = FPDF()
    if title:
        document.set_title(title)
        document.set_author("DAPA working group")
    document.set_font("Helvetica", size=11)
    for text in pages:
        document.add_page()
        document.multi_cell(0, 6, text)
    document.output(str(path))
    return path


def encrypted_pdf(path: Path, source: Path, user_password: str) -> Path:
    """``source`` encrypted with pypdf; an empty user password opens it without asking."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def docx(path: Path) -> Path:
    """A DOCX with a heading, a paragraph and a table, made with python-docx."""
    import docx as python_docx

    document = python_docx.Document()
    document.core_properties.title = "Basalt working paper"
    document.core_properties.author = "Negotiating team"
    document.add_heading("Basalt working paper", level=1)
    document.add_paragraph(DOCX_SENTENCE)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Deadline"
    table.cell(1, 0).text, table.cell(1, 1).text = "Offset window review", "October 2025"
    document.save(str(path))
    return path


def every_format(folder: Path) -> dict[str, Path]:
    """One document of each format in ``folder``, by format name."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rdp-news.html").write_text(HTML, encoding="utf-8")
    (folder / "round-notes.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "team-memo.txt").write_text(TEXT, encoding="utf-8")
    return {
        "pdf": pdf(folder / "dapa-memo.pdf", title="DAPA working group memo"),
        "html": folder / "rdp-news.html",
        "markdown": folder / "round-notes.md",
        "text": folder / "team-memo.txt",
        "docx": docx(folder / "basalt-paper.docx"),
    }


def docx_bomb(path: Path, inflated_mb: int) -> Path:
    """A real DOCX whose word/document.xml is ``inflated_mb`` MB of one repeated run of XML.

    It compresses about 1000:1 (300 MB → ~300 KB), so the file is small and opening it would
    inflate it all. Written a megabyte at a time: the test never holds the inflated part.
    """
    import zipfile

    honest = docx(path.with_name("honest-" + path.name))
    run = b"<w:p><w:r><w:t>offset offset offset</w:t></w:r></w:p>"
    chunk = run * (1024 * 1024 // len(run))
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(path, "w") as bomb:
        for member in source.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, source.read(member.filename), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(info, "w", force_zip64=True) as part:
            for _ in range(inflated_mb):
                part.write(chunk)
    honest.unlink()
    return path
