"""Evaluation: cases as data, scored the way ``tradebrief ask`` answers.

Holds the case format (``cases``), the dev and held-out sets (``sets``), cases re-asked in another
language (``translations``), judging an answer (``scoring``), the retrieval baselines
(``baselines``), the run (``runner``), its report (``report``) and draft cases from disliked
answers (``drafts``). May import everything below it (the pipeline, korean, answering, search,
knowledge, calculator), never ``app``.
"""
