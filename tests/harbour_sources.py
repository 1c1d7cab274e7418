"""Invented sources of a harbour town's press, for tests of how questions name sources by kind.

Two dailies, a wire, an institute whose publisher line carries a note after its name, and a blog
with no medium written: each test reads the kinds, names and publishers it needs from these.
"""

from __future__ import annotations

from assistant.knowledge.sources import SourceMeta

HARBOUR_SOURCES = {
    "s1": SourceMeta(
        id="s1",
        title="Port tolls climb again",
        publisher="The Harbour Evening Gazette",
        called=("Harbour Evening Gazette", "Gazette"),
        kind="news",
        medium="Ruritanian evening daily newspaper",
    ),
    "s2": SourceMeta(
        id="s2",
        title="Dock strike ends",
        publisher="The Morning Courier",
        called=("Morning Courier", "Courier"),
        kind="news",
        medium="Ruritanian morning daily newspaper",
    ),
    "s3": SourceMeta(
        id="s3",
        title="Tolls to rise, minister says",
        publisher="Ruripress",
        called=("Ruripress",),
        kind="news",
        medium="English-language wire service of a Ruritanian news agency",
    ),
    "s4": SourceMeta(
        id="s4",
        title="The economics of port tolls",
        publisher="Northern Policy Institute; authors A. Berg and C. Lind",
        called=("NPI",),
        kind="research report",
        medium="Ruritanian research institute (think tank) report",
    ),
    "s5": SourceMeta(id="s5", title="Why tolls hurt", called=("blog",), kind="blog"),
}
