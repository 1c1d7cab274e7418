"""Search: from units to ranked evidence.

Holds the sentence encoder (``encoder``), the term lexicon (``terms``), the Chroma-backed store
with its in-memory search views (``index``), hybrid retrieval (``retrieval``) and document
ingestion into the store (``ingest``). May import ``knowledge`` and the base modules.
"""
