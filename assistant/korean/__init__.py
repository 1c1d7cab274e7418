"""Korean: questions in Korean over the English sources, answered with Korean lines.

Holds the reading of a Korean question into the English one the pipeline answers, through the
domain glossary (``interpret``), the check that the English answer covers the Korean question
(``coverage``), and the Korean wording of an answer from its typed facts (``answer``). The Korean
numbers themselves are read at the base (``assistant.korean_numbers``), since the figures check
reads them too. May import ``answering``, ``calculator``, ``search``, ``knowledge`` and the base
modules; ``pipeline``, ``evaluation``, ``app`` and ``cli`` import it.
"""
