"""Knowledge: what the assistant knows, read from files.

Holds the source documents and their metadata (``sources``), their split into cited units and
passages (``chunks``), the times a source writes relative to its own date read by that date
(``relative_times``), readers for ingested formats (``readers``), the structured data rows of
``knowledge/data`` (``rows``) with the span of its quote each figure binds to (``spans``) and
their check's clean verdict, remembered between processes (``verdict``), and the domain's data
files: its fixed facts (``domain``), names and aliases (``names``), the capitals that stand for
their countries (``capitals``), where the companies named are based (``origins``), curated
disagreements
(``disagreements``) and the Korean glossary (``glossary``). May import only the
top-level base modules.
"""
