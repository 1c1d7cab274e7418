"""An invented name table of a port's levy board, a crane maker and the board's spokesperson,
for tests of whose words a question asks (an office, its holder, the body it speaks for)."""

from __future__ import annotations

import re

from assistant.knowledge.names import NameTable

LEVY_BOARD_TABLE = NameTable(
    {
        "organisations": {
            "levy board": re.compile(r"(?<![\w-])Levy Board(?![\w-])", re.I),
        },
        "companies": {"dockline": re.compile(r"(?<![\w-])Dockline(?![\w-])", re.I)},
        "people": {"ana quispe": re.compile(r"(?<![\w-])(?:Ana )?Quispe(?![\w-])")},
    }
)


def levy_board_names(text: str, kind: str) -> frozenset[str]:
    """The names of ``kind`` that ``text`` mentions, lower case."""
    return frozenset(n.lower() for n in LEVY_BOARD_TABLE.find(kind, text))
