"""Regular expressions compiled when first used, not when their module is imported.

The answering stage holds hundreds of module-level patterns, most of which a given question never
reaches (a calculation's patterns for a question about who supplied what, the Korean ones for an
English question). Compiling all of them made up a fifth of a cold ``tradebrief ask``.
``lazy(pattern, flags)`` stands for ``re.compile(pattern, flags)`` and compiles it at the first
method call or attribute read.

The stand-in answers every method and attribute of a compiled pattern, and ``.pattern`` without
compiling, so one pattern can be built from another's text. It is not a ``re.Pattern``: pass it to
no ``re.*`` function (``re.sub(PATTERN, ...)``) and test it with no ``isinstance``; call its own
methods (``PATTERN.sub(...)``), as the code here does.

A process that goes on to answer many questions (the chat server, ``tradebrief chat``, an agent's
session) pays instead for every pattern once, before its first question: ``compile_all()``
compiles every pattern written so far and not yet used. A one-question ``tradebrief ask`` never
calls it. Either way a pattern is compiled by ``re.compile`` once, so what it matches is the same.
"""

from __future__ import annotations

import itertools
import re
import weakref
from typing import Any, cast

# Bound to the compiled pattern's own methods at first use, so that later calls cost what calls
# on a compiled pattern cost (an instance attribute, no ``__getattr__``).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    """``re.compile(pattern, flags)``, compiled at first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        _WRITTEN[next(_NUMBERS)] = self

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: the first method call, or an
        # attribute (``flags``, ``groups``, ``groupindex``) that only the compiled pattern has.
        if name.startswith("_"):  # copying or pickling, before ``__init__`` has run
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled (its methods are bound to the compiled one's)."""
        return "search" in self.__dict__


# Every pattern written and still referenced, in the order written. Weakly held: a pattern that a
# function builds for one call (``lazy(rf"...{name}...")``) is forgotten with the call.
_WRITTEN: weakref.WeakValueDictionary[int, _Lazy] = weakref.WeakValueDictionary()
_NUMBERS = itertools.count()


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(pattern, flags)`` and is compiled at first use."""
    return cast(re.Pattern[str], _Lazy(pattern, int(flags)))


def compile_all() -> int:
    """Compile, now, every pattern written so far (by the modules imported so far) that has not been
    used yet; how many were compiled. For a process about to answer many questions, so that none of
    them pays for a pattern's first use. A pattern that does not compile is left as it is, to fail
    where it is used, as it would have."""
    compiled = 0
    for pattern in list(_WRITTEN.values()):
        if pattern.compiled:
            continue
        try:
            pattern.search  # noqa: B018 - the first attribute read compiles and binds the methods
        except re.error:
            continue
        compiled += 1
    return compiled


def is_compiled(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is compiled: a compiled pattern always, a ``lazy`` one once used."""
    return not isinstance(pattern, _Lazy) or pattern.compiled
