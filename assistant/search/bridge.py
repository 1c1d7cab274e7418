"""The vocabulary bridge: a question's word that no source uses, mapped to the sources' own words
nearest it in meaning ("lorries" to "trucks", "deckhands" to "crew").

Neither BM25 nor the sentence scoring can match a word the sources never write, and a question
put in everyday words ("how many lorries") is then refused though a sentence answers it. The
bridge embeds every written word of the loaded sources once with the index's own encoder, keeps
the matrix in the home's views folder under a key of the vocabulary and the encoder (so a
changed corpus or model builds a new one, never reuses an old one), and at question time
embeds only the out-of-vocabulary words, one cached vector each. A source word counts as a bridge
only at ``FLOOR`` cosine similarity or above: near synonyms and inflections, never words that
are merely about the same subject ("lorries" may reach "trucks", not "highway").

The bridge is read only on a second reading of a question the first refused (``bridging``), and
that reading's answer is kept only when it rests on a bridged word and its sentences name every
name the question names (``Composer.bridge_grounded``): a question the sources' own words answer
is answered as before, and one about another country's trucks is still refused.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.regex import lazy

if TYPE_CHECKING:
    from assistant.search.encoder import Encoder
    from assistant.search.word_meaning import WordMeaning

log = logging.getLogger(__name__)

# The least cosine similarity of a bridge. The round-35 sweep over the refusal, unanswerable and
# probe sets gave +2 -0 at 0.65 and at 0.70 (0.75 reads the same pairs: the loosest it kept, an
# everyday plural for a kind of aircraft, sits at 0.75) and +1 -0 at 0.80; below about 0.6 words
# of one subject, not of one meaning, come in ("arms" to "bodies").
FLOOR = 0.70
# At most this many source words stand for one question word.
WIDTH = 2
# The file format: bumped when the stored arrays change meaning.
FORMAT = 1
_BATCH = 256
# Whether the question being answered is read through the bridge: only on a second reading, after
# the first refused, so a question the sources' own words already answer is answered as before.
_BRIDGING: ContextVar[bool] = ContextVar("bridging", default=False)


@contextmanager
def bridging() -> Iterator[None]:
    """Read questions through the vocabulary bridge within this block (this thread or task)."""
    token = _BRIDGING.set(True)
    try:
        yield
    finally:
        _BRIDGING.reset(token)


def is_bridging() -> bool:
    return _BRIDGING.get()


def bridge_words(surfaces: Mapping[str, str], known: Callable[[str], bool]) -> list[str]:
    """The written words a bridge may lead to: alphabetic words of three letters or more whose
    term the sources use, in a fixed order."""
    return sorted(w for w, term in surfaces.items() if len(w) > 2 and w.isalpha() and known(term))


def _key(words: list[str], encoder_name: str) -> str:
    digest = hashlib.sha256(f"{FORMAT}\n{encoder_name}\n".encode())
    digest.update("\n".join(words).encode())
    return digest.hexdigest()[:20]


class VocabularyBridge:
    """Source words and their unit vectors; ``nearest`` maps a word's vector to the closest."""

    def __init__(self, words: list[str], vectors: np.ndarray) -> None:
        if len(words) != len(vectors):
            raise ValueError(f"{len(words)} bridge words but {len(vectors)} vectors")
        self.words = words
        self.vectors = vectors

    def nearest(
        self, vector: np.ndarray, floor: float = FLOOR, width: int = WIDTH
    ) -> list[tuple[str, float]]:
        """The (word, similarity) pairs at ``floor`` or above, closest first, ``width`` at most."""
        if not self.words:
            return []
        sims = self.vectors @ (vector / (np.linalg.norm(vector) or 1.0))
        order = np.argsort(-sims, kind="stable")[:width]
        return [(self.words[i], float(sims[i])) for i in order if sims[i] >= floor]


def _normalised(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


def load_or_build(
    folder: Path, words: list[str], encoder: Encoder, encoder_name: str
) -> VocabularyBridge:
    """The bridge over ``words``: read from ``folder`` when stored for these words and this
    encoder, else embedded now (about a second for two thousand words) and stored."""
    path = folder / f"bridge-{_key(words, encoder_name)}.npy"
    if path.exists():
        try:
            vectors = np.load(path, allow_pickle=False)
            if vectors.shape[0] == len(words):
                return VocabularyBridge(words, vectors)
        except (OSError, ValueError) as error:
            log.warning("vocabulary bridge %s unreadable, rebuilt: %s", path, error)
    if words:
        parts = [encoder.encode(words[i : i + _BATCH]) for i in range(0, len(words), _BATCH)]
        vectors = _normalised(np.vstack([np.asarray(p, dtype=np.float32) for p in parts]))
    else:
        vectors = np.zeros((0, 1), dtype=np.float32)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{threading.get_ident()}.tmp.npy")
        np.save(tmp, vectors, allow_pickle=False)
        tmp.replace(path)
        for old in folder.glob("bridge-*.npy"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as error:
        log.warning("vocabulary bridge not stored in %s: %s", folder, error)
    return VocabularyBridge(words, vectors)


class WordBridges:
    """The bridges of out-of-vocabulary question words, each word's found once."""

    def __init__(self, bridge: Callable[[], VocabularyBridge], meaning: WordMeaning) -> None:
        self._bridge = bridge
        self._meaning = meaning
        self._known: dict[str, list[tuple[str, float]]] = {}
        self._lock = threading.Lock()

    def of(self, word: str, floor: float = FLOOR) -> list[tuple[str, float]]:
        """The source words bridging ``word`` (lower case), closest first."""
        with self._lock:
            found = self._known.get(word)
        if found is None:
            vector = np.asarray(self._meaning.vector(word), dtype=np.float32)
            found = self._bridge().nearest(vector, floor=min(floor, FLOOR))
            with self._lock:
                if len(self._known) > 4096:
                    self._known.clear()
                self._known[word] = found
        return [(w, s) for w, s in found if s >= floor]


# A word of lower-case letters standing alone: a capitalised one is a name ("Ruritania"), which
# only an exact match may find.
_WORD = lazy(r"(?<![\w'’.-])[a-z]+(?![\w'’-])")


def bridged_terms(
    text: str,
    terms_of: Callable[[str], list[str]],
    idf: Callable[[str], float],
    bridged: Callable[[str], list[tuple[str, float]]],
) -> dict[str, list[tuple[str, str, float]]]:
    """For each term of ``text`` that no source uses, the source terms bridging it, as (term,
    written word, similarity), closest first; terms with no bridge are left out. Only whole
    lower-case words of three letters or more are bridged: codes, figures and names are matched
    exactly or not at all."""
    found: dict[str, list[tuple[str, str, float]]] = {}
    for word in dict.fromkeys(_WORD.findall(text)):
        if len(word) < 3:
            continue
        own = terms_of(word)
        if len(own) != 1 or own[0] in found or idf(own[0]) > 0:
            continue
        near = []
        for target, similarity in bridged(word):
            term = terms_of(target)
            if len(term) == 1 and idf(term[0]) > 0:
                near.append((term[0], target, similarity))
        if near:
            found[own[0]] = near
    return found
