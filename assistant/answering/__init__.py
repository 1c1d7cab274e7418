"""Answering: from a question to a cited ``Answer``.

Holds routing of computations to the calculator (``routing``), follow-up resolution
(``followup``), the scope check (``scope``), answers from data rows (``row_answers``) and
extractive composition of cited sentences (``compose``). May import ``calculator``, ``search``,
``knowledge`` and the base modules.
"""
