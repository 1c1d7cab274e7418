"""Search: from units to ranked evidence.

Holds the sentence encoder (``encoder``), the term lexicon (``terms``), the knowledge index
(``index``: the Chroma store, ``store``, and the in-memory search views, ``views``, cached on
disk by ``view_cache``), hybrid retrieval (``retrieval``) and document
ingestion into the store (``ingest``). May import ``knowledge`` and the base modules.
"""
