"""A dictionary of real English words: a word in it is never taken for a misspelling.

The speller (``answering/spelling.py``) corrects a question's word only when it is no real word.
The embedding model's vocabulary (``encoder.english_words``, ~22k whole words) lacks many common
words ("bake", "enact", "wildfire"), and a real word it lacks is respelt into a word the sources
write, so an off-topic question is read as another, answerable, one. This module adds the English
word list that ships with the ``pyspellchecker`` package (``spellchecker/resources/en.json.gz``:
~160k words with their frequencies in film subtitles, cleaned of common misspellings) at install
time; nothing is downloaded. The file is read directly, not through the package's API.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
from functools import lru_cache

from assistant.search.encoder import english_words

# The fewest occurrences a word needs to count as a real word. Below about 100 the list is
# filled out with rare or archaic words ("pleach", "pervious") among which the sources' words
# with a letter wrong fall more often: of 600 random slips of their words, the model's words
# alone leave 2 fewer uncorrected than floors 150 to 1000 do (both slips real words, "shooing"),
# and 7 fewer than floor 50. Higher floors leave ordinary words out, to be respelt: of 68
# common words the model lacks ("bake", "wildfire", "leek"), floors 50 to 250 keep every one,
# 1000 respells 8 and 5000 23 ("vegan" as "began").
FREQUENCY_FLOOR = 200


@lru_cache(maxsize=2)
def _listed(floor: int) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the subtitle word list of lower-case letters only (no names, numbers or
    contractions): those seen at least ``floor`` times, and the rest. Both empty when the
    package is not installed."""
    try:
        resource = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
        counts = json.loads(gzip.decompress(resource.read_bytes()))
    except (ModuleNotFoundError, OSError, ValueError):
        return frozenset(), frozenset()
    common: list[str] = []
    rare: list[str] = []
    for word, count in counts.items():
        if word.isalpha() and word.isascii() and word.islower():
            (common if count >= floor else rare).append(word)
    return frozenset(common), frozenset(rare)


def common_words(floor: int = FREQUENCY_FLOOR) -> frozenset[str]:
    """The words of the subtitle word list seen at least ``floor`` times, of lower-case letters
    only (no names, numbers or contractions). Empty when the package is not installed."""
    return _listed(floor)[0]


def rare_words(floor: int = FREQUENCY_FLOOR) -> frozenset[str]:
    """The words of the subtitle word list seen fewer than ``floor`` times that the model's
    vocabulary lacks: real words ("tranche", "outlay", "underpins"), though among them fall
    more slips of the sources' words than among the common ones (``FREQUENCY_FLOOR``). The
    speller takes such a word for a slip only of a word the sources write."""
    return _listed(floor)[1] - english_words()


def english_dictionary() -> frozenset[str]:
    """Every word known to be real English: the model's whole words and the common words."""
    return english_words() | common_words(FREQUENCY_FLOOR)
