"""Search: from units to ranked evidence.

Holds the sentence encoder (``encoder``), the dictionary of real English words (``english``), the
term lexicon (``terms``), the knowledge index
(``index``) over the Chroma store (``store``, its vectors packed in ``blocks``, with its manifest,
``manifest``, the archive of ingested texts, ``archive``, and the migration of a store of the older
format, ``migration``) and the in-memory search views (``views``, kept as columns,
``columns``, and cached on disk by ``view_cache``, its vectors read by rows, ``rowfile``; dense search over many passages through an
int8 shortlist, ``dense``), single words embedded once for the answering checks
(``word_meaning``), the vectors of a fixed list of words kept on disk per encoder
(``kept_vectors``), sums of term weights that do not hang on the terms' order (``weight_sums``),
hybrid retrieval (``retrieval``) and its
LangChain retriever (``retriever``), and document ingestion into the store (``ingest``) with its
progress and cancel (``watch``), the one-writer lock (``lock``) and server lease (``lease``), and
the crash points of the fault-injection tests (``crash``). May import ``knowledge`` and the base
modules.
"""
