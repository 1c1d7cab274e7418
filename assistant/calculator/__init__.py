"""The deterministic calculator: exact-decimal arithmetic, never ``eval``.

Holds the expression parser (``arithmetic``), the offset-obligation rules (``obligation``), the
operations a request names (``operations``) and the LangChain tool (``tools``). May import
``knowledge`` (the rule rows) and the base modules; it sits beside ``answering``, which calls it.
"""
