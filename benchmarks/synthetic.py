"""A synthetic corpus that looks like the sources, for measuring tradebrief at 10k–100k chunks.

The real sources give a few hundred sentences. ``make_corpus`` shuffles them into new paragraphs
and substitutes their numbers, years, people, companies, countries and program codes, so the
text reads like the sources while its exact terms (what BM25 sees) vary the way a large corpus
would. Everything is deterministic for a given seed.

A *chunk* is a passage, the piece retrieval ranks (BM25 and Chroma's passage collection): each
synthetic source is a title line and paragraphs of 1–3 sentences short enough that
``assistant.knowledge.chunks.split_source`` makes exactly one passage of each line.

``DerivedEncoder`` stands in for the model when the store is filled: embedding 100k real
chunks takes hours on this machine, so a synthetic sentence gets the real embedding of the
sentence it was made from, mixed with another real embedding and seeded noise, normalised; a
passage gets the normalised mean of its sentences' vectors. Query vectors always come from the
real model.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.knowledge.chunks import _CAPTION, _FOOTNOTE, sentence_spans, split_source
from assistant.knowledge.sources import Source, SourceMeta

if TYPE_CHECKING:
    import numpy as np

# Passages per synthetic source (its title line included); a source this size is embedded and
# inserted by one ``Store._index_source`` call, as a real source would be.
PER_SOURCE = 100
# Longest paragraph, safely under chunks.PASSAGE_CHARS so that each line is one passage.
MAX_PARAGRAPH = 640
# How many sentences a paragraph holds, and how often (the sources average ~1.8 per passage).
SENTENCES_PER_PARAGRAPH = ((1, 0.45), (2, 0.35), (3, 0.20))

COUNTRIES = (
    "South Korea", "Korea", "United States", "Turkiye", "Netherlands", "Norway", "Taiwan",
    "Saudi Arabia", "Israel", "Malaysia", "Bulgaria", "Poland", "Egypt", "Australia", "Japan",
    "India", "Canada", "Germany", "France", "Spain", "Brazil", "Indonesia", "Finland", "Sweden",
    "Romania", "Philippines", "Vietnam", "Chile", "Greece", "Portugal",
)  # fmt: skip
COMPANIES = (
    "Airbus", "Boeing", "Lockheed Martin", "Raytheon", "Hanwha Aerospace", "Saab", "Thales",
    "BAE Systems", "Rheinmetall", "Leonardo", "Embraer", "Korea Aerospace Industries",
    "General Dynamics", "Northrop Grumman", "LIG Nex1", "Hyundai Rotem", "Kongsberg", "Elbit",
)  # fmt: skip
SURNAMES = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
            "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jo", "Chey", "Chung", "Koo")  # fmt: skip
SYLLABLES = ("Tae", "Eui", "Duck", "Dae", "Kwang", "Jae", "Sang", "Seul", "Yong", "Min", "Ji",
             "Hyun", "Sung", "Young", "Jin", "won", "sun", "soo", "hoon", "mo", "eun", "gi", "ho")  # fmt: skip
WESTERN = ("Donald Trump", "Scott Bessent", "Jamieson Greer", "Howard Lutnick", "Pete Hegseth",
           "Marco Rubio", "Janet Yellen", "Lloyd Austin", "Katherine Tai", "Gina Raimondo")  # fmt: skip

_NUMBER = re.compile(r"(?<![\w.,-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w-])")
_CODE = re.compile(r"\b(?:[A-Z]{1,3}-\d{1,3}[A-Z]?|[A-Z]{1,2}-X)\b")
_KOREAN_NAME = re.compile(rf"\b(?:{'|'.join(SURNAMES)}) [A-Z][a-z]+-[a-z]+\b")
_WESTERN_NAME = re.compile(r"\b(?:Donald Trump|Scott Besant|Trump)\b")


def _alternation(names: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


_COUNTRY = _alternation(COUNTRIES)
_COMPANY = _alternation(COMPANIES)


@dataclass
class Corpus:
    """Synthetic sources and where each of their sentences came from."""

    sources: list[Source]
    chunks: int
    base: list[str]
    # synthetic sentence or title -> index into ``base`` of the real text it was made from
    origin: dict[str, int] = field(default_factory=dict)


def base_texts(sources: Sequence[Source]) -> tuple[list[str], list[str]]:
    """Real sentences fit to shuffle (whole, closed, one sentence when followed by another) and titles."""
    sentences: list[str] = []
    titles: list[str] = []
    for source in sources:
        units, _ = split_source(source)
        for unit in units:
            text = unit.text
            if unit.kind == "heading" and 3 <= len(text.split()) <= 12:
                titles.append(text)
            if unit.kind != "sentence" or unit.text != unit.quote:
                continue
            if not 40 <= len(text) <= 420 or "\t" in text or "\n" in text:
                continue
            if not (text[0].isupper() or text[0] in '"“') or _CAPTION.match(text):
                continue
            if _FOOTNOTE.match(text) or len(sentence_spans(f"{text} The end.")) != 2:
                continue
            sentences.append(text)
    return list(dict.fromkeys(sentences)), list(dict.fromkeys(titles))


class _Substituter:
    """Swaps the exact terms of a sentence for others of the same kind."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        letters = "ABCDEFGHKLMPRSTUX"
        self.codes = [
            f"{''.join(rng.choices(letters, k=rng.randint(1, 2)))}-{rng.randint(2, 199)}"
            + rng.choice(["", "", "A", "K", "X"])
            for _ in range(400)
        ]

    def number(self, match: re.Match[str]) -> str:
        token = match.group(0)
        digits = token.replace(",", "").replace(".", "")
        if len(digits) == 4 and token.isdigit() and 1950 <= int(token) <= 2049:
            return str(self.rng.randint(1975, 2030))
        out = []
        for position, char in enumerate(token):
            if char.isdigit():
                out.append(str(self.rng.randint(1 if position == 0 else 0, 9)))
            else:
                out.append(char)
        return "".join(out)

    def korean_name(self, _: re.Match[str]) -> str:
        first, second = self.rng.choice(SYLLABLES[:16]), self.rng.choice(SYLLABLES).lower()
        return f"{self.rng.choice(SURNAMES)} {first.capitalize()}-{second}"

    def __call__(self, text: str) -> str:
        rng = self.rng
        text = _NUMBER.sub(self.number, text)
        text = _CODE.sub(lambda m: rng.choice(self.codes), text)
        text = _KOREAN_NAME.sub(self.korean_name, text)
        text = _WESTERN_NAME.sub(lambda m: rng.choice(WESTERN), text)
        text = _COMPANY.sub(lambda m: rng.choice(COMPANIES), text)
        # Half the countries stay, so the corpus is still mostly about Korea, as the sources are.
        return _COUNTRY.sub(
            lambda m: m.group(0) if rng.random() < 0.5 else rng.choice(COUNTRIES), text
        )


def make_corpus(sources: Sequence[Source], chunks: int, seed: int = 0) -> Corpus:
    """``chunks`` passages in synthetic sources of ``PER_SOURCE`` passages, made from ``sources``."""
    if chunks < 1:
        raise ValueError(f"chunks must be at least 1, not {chunks}")
    rng = random.Random(seed)
    sentences, titles = base_texts(sources)
    if not sentences or not titles:
        raise ValueError("the sources give no sentences or titles to build from")
    base = sentences + titles
    substitute = _Substituter(rng)
    origin: dict[str, int] = {}
    sizes, weights = zip(*SENTENCES_PER_PARAGRAPH, strict=True)
    # Sentences are dealt from shuffled decks, so every real sentence is used about equally.
    deck: list[int] = []

    def draw() -> int:
        if not deck:
            deck.extend(rng.sample(range(len(sentences)), len(sentences)))
        return deck.pop()

    out: list[Source] = []
    made = 0
    while made < chunks:
        number = len(out)
        lines = []
        title_index = rng.randrange(len(titles))
        title = substitute(titles[title_index]).rstrip(".:;!?")
        origin.setdefault(title, len(sentences) + title_index)
        lines.append(title)
        made += 1
        while made < chunks and len(lines) < PER_SOURCE:
            wanted = rng.choices(sizes, weights)[0]
            paragraph: list[str] = []
            for _ in range(wanted):
                index = draw()
                sentence = substitute(sentences[index])
                if paragraph and len(" ".join([*paragraph, sentence])) > MAX_PARAGRAPH:
                    break
                paragraph.append(sentence)
                origin.setdefault(sentence, index)
            line = " ".join(paragraph)
            if len(sentence_spans(line)) != len(paragraph):  # a substitution merged two
                line = paragraph[0]
            lines.append(line)
            made += 1
        meta = SourceMeta(
            id=f"syn{number:05d}", title=lines[0], publisher="synthetic", kind="other"
        )
        out.append(Source(meta=meta, text="\n\n".join(lines) + "\n"))
    return Corpus(out, chunks, base, origin)


def _seed_of(text: str, seed: int) -> int:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8, key=seed.to_bytes(8, "little"))
    return int.from_bytes(digest.digest(), "little")


class DerivedEncoder:
    """Cheap stand-in vectors: real embeddings of the base sentences, mixed and perturbed.

    A synthetic sentence gets ``normalise(base + 0.35 * other_base + 0.45 * noise)`` (cosine to
    its base ~0.85), seeded by its text, so the same text always gets the same vector; any other
    text (a passage) gets the normalised mean of its sentences' vectors.
    """

    name = "derived-from-all-MiniLM-L6-v2"

    def __init__(self, corpus: Corpus, base_vectors: np.ndarray, seed: int = 0) -> None:
        self.corpus = corpus
        self.base_vectors = base_vectors
        self.seed = seed
        self.calls = 0
        self.unknown = 0
        # The vectors of the last sentences made: a source's passages are made of its units'
        # sentences, embedded just before them (the same vectors, made once).
        self._recent: dict[str, np.ndarray] = {}

    def _sentence(self, text: str) -> np.ndarray:
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= 20_000:
                self._recent.clear()
            found = self._recent[text] = self._made(text)
        return found

    def _made(self, text: str) -> np.ndarray:
        import numpy as np

        rng = np.random.default_rng(_seed_of(text, self.seed))
        index = self.corpus.origin.get(text)
        if index is None:
            self.unknown += 1
            index = int(rng.integers(len(self.base_vectors)))
        other = self.base_vectors[int(rng.integers(len(self.base_vectors)))]
        noise = rng.standard_normal(self.base_vectors.shape[1]).astype(np.float32)
        noise /= np.linalg.norm(noise)
        vector = self.base_vectors[index] + 0.35 * other + 0.45 * noise
        return vector / np.linalg.norm(vector)

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        import numpy as np

        self.calls += 1
        out = np.zeros((len(texts), self.base_vectors.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            if text in self.corpus.origin:
                out[row] = self._sentence(text)
                continue
            parts = [text[s:e] for s, e in sentence_spans(text)] or [text]
            mean = np.mean([self._sentence(p) for p in parts], axis=0)
            out[row] = mean / np.linalg.norm(mean)
        return out
