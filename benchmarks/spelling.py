"""Measure how the misspelling allowance trades corrections against false matches.

    .venv/bin/python benchmarks/spelling.py [--samples 3000] [--seed 7] [--cuts 3,7 3,6 ...]

For each allowance ``SHORT,LONG`` (no letter wrong up to SHORT letters, one up to LONG, two
beyond; the shipped one is ``answering/spelling.allowed_edits``), against the words of the
knowledge base (the index's written words and names):

- *misspellings*: words the sources write, each with one or two random slips (a letter dropped,
  added, changed, two swapped, a consonant doubled or undoubled; seeded), that are themselves no
  word the sources write or, for a lower-case word, no dictionary word. Counted by the length of
  the word: corrected back (*right*), corrected to another word (*wrong*) or left alone.
- *unknown names*: questions about people no source names ("What did Kim Ha-yoon say about
  offsets?", family and given names drawn from common Korean syllables, those the sources
  write left out) and about cities no source names (the time-zone database's cities): the share
  the scope check lets through (a false match) instead of declining.

Prints one table per allowance and the machine's load. The index of TRADEBRIEF_HOME is used
(built first if needed).
"""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAMILY = (
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong"
)
SYLLABLES = (
    "min ji seo hyun woo jun young eun hee sung jae dong kyung soo jin hoon ho yeon ah na ra bin "
    "ha yoon tae won sang chul gi hye mi jeong seok"
).split()
BANDS = ((1, 3), (4, 5), (6, 7), (8, 99))
CONSONANTS = "bcdfghjklmnpqrstvwxz"


def slip(word: str, rng: random.Random) -> str:
    """``word`` with one random slip."""
    i = rng.randrange(len(word))
    kind = rng.choice(("drop", "add", "change", "swap", "double"))
    if kind == "drop" and len(word) > 2:
        return word[:i] + word[i + 1 :]
    if kind == "add":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    if kind == "change":
        return word[:i] + rng.choice(string.ascii_lowercase.replace(word[i], "")) + word[i + 1 :]
    if kind == "swap" and i + 1 < len(word) and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    doubled = [j for j in range(len(word) - 1) if word[j] == word[j + 1] and word[j] in CONSONANTS]
    if doubled:
        j = rng.choice(doubled)
        return word[:j] + word[j + 1 :]
    singles = [j for j, c in enumerate(word) if c in CONSONANTS]
    if singles:
        j = rng.choice(singles)
        return word[: j + 1] + word[j:]
    return word


def misspellings(speller, samples: int, seed: int) -> list[tuple[str, str, bool, int]]:
    """(misspelt, meant, is a name, slips) for ``samples`` words with one and with two slips."""
    rng = random.Random(seed)
    names = sorted(w for w in speller.names if w.isalpha() and len(w) >= 3)
    words = sorted(
        w for w in speller.surfaces if w.isalpha() and len(w) >= 3 and w not in speller.names
    )
    found = []
    while len(found) < samples:
        name = rng.random() < 0.5
        meant = rng.choice(names if name else words)
        slips = rng.choice((1, 2))
        written = meant
        for _ in range(slips):
            written = slip(written, rng)
        if written != meant and not speller._known(written, name):
            found.append((written, meant, name, slips))
    return found


def unknown_people(checker, rng: random.Random, count: int) -> list[str]:
    known = set(checker.surfaces)
    people = []
    while len(people) < count:
        family = rng.choice(FAMILY.split())
        given = f"{rng.choice(SYLLABLES).title()}-{rng.choice(SYLLABLES)}"
        parts = given.lower().split("-")
        if all(p in known for p in parts):
            continue  # perhaps someone the sources name
        people.append(f"What did {family} {given} say about offsets?")
    return people


def unknown_cities(checker) -> list[str]:
    cities = set()
    for zone in zoneinfo.available_timezones():
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if city.isascii() and city.replace(" ", "").isalpha():
            if not any(w.lower() in checker.surfaces for w in city.split()):
                cities.add(city)
    return [f"What offset rules does {city} have?" for city in sorted(cities)]


def measure(checker, cases, people, cities) -> dict:
    speller = checker.speller
    table = {band: {"right": 0, "wrong": 0, "left": 0} for band in BANDS}
    for written, meant, name, _ in cases:
        band = next(b for b in BANDS if b[0] <= len(meant) <= b[1])
        fixed = speller.correct(written, name)
        stem = checker.lexicon.stem
        if fixed is None:
            table[band]["left"] += 1
        elif fixed == meant or stem(fixed) == stem(meant):
            table[band]["right"] += 1
        else:
            table[band]["wrong"] += 1
    through_people = sum(checker.check(q).covered for q in people)
    through_cities = sum(checker.check(q).covered for q in cities)
    return {
        "bands": table,
        "people": (through_people, len(people)),
        "cities": (through_cities, len(cities)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cuts", nargs="+", default=["3,5", "3,6", "3,7", "3,8", "3,9", "2,7", "4,7"]
    )
    args = parser.parse_args()

    import assistant.answering.spelling as spelling
    from assistant import Assistant

    print(f"load average before: {os.getloadavg()[0]:.2f}")
    checker = Assistant(progress=False)._ready().scope
    cases = misspellings(checker.speller, args.samples, args.seed)
    people = unknown_people(checker, random.Random(args.seed), 400)
    cities = unknown_cities(checker)
    shipped = spelling.allowed_edits
    for cut in args.cuts:
        short, long_ = map(int, cut.split(","))
        spelling.allowed_edits = lambda n, s=short, t=long_: 0 if n <= s else 1 if n <= t else 2
        result = measure(checker, cases, people, cities)
        print(f"\nallowance {cut}: none up to {short} letters, one up to {long_}, two beyond")
        print("  word length   right   wrong    left")
        for (low, high), row in result["bands"].items():
            total = sum(row.values()) or 1
            label = f"{low}-{high}" if high < 99 else f"{low}+"
            print(
                f"  {label:>11} {row['right'] / total:7.1%} {row['wrong'] / total:7.1%}"
                f" {row['left'] / total:7.1%}   ({total})"
            )
        rights = sum(r["right"] for r in result["bands"].values())
        wrongs = sum(r["wrong"] for r in result["bands"].values())
        print(f"  all: right {rights / len(cases):.1%}, wrong {wrongs / len(cases):.1%}")
        for label, (through, total) in (("people", result["people"]), ("cities", result["cities"])):
            print(f"  unknown {label} let through: {through}/{total} ({through / total:.1%})")
    spelling.allowed_edits = shipped
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
