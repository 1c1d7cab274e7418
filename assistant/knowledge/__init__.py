"""Knowledge: what the assistant knows, read from files.

Holds the source documents and their metadata (``sources``), their split into cited units and
passages (``chunks``), readers for ingested formats (``readers``) and the structured data rows of
``knowledge/data`` (``rows``). May import only the top-level base modules (errors, settings,
answers, quantities).
"""
