"""Evaluation: cases as data, scored the way ``tradebrief ask`` answers.

Holds the case format (``cases``), judging an answer (``scoring``), the retrieval baselines
(``baselines``), the run (``runner``) and its report (``report``). May import everything below it
(the pipeline, answering, search, knowledge, calculator), never ``app``.
"""
