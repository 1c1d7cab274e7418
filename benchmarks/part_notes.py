"""Measure and print: how often answers say a part of the question is unanswered, and on what.

    TRADEBRIEF_HOME=... .venv/bin/python benchmarks/part_notes.py [--set dev --set tuning ...]
        [--dump FILE]

An answer that answers some parts of a question and not others ends with the note "The sources do
not answer this part of the question: …" (``part_unanswered``). The note is a claim like any
other: said of a part the answer above it answers, or of a fragment that is no part at all, it is
false. The scorer does not check it, so this benchmark counts it: every case of the readable sets
(every set but the held-out ones, by default) is asked as the evaluation asks it (follow-ups with
their turns), and the answers carrying the note are split by whether the case passed and whether
the case expects a part to go unanswered (a refusal, or a case note saying something asked is not
given). A note on a passing case that expects every part answered is a likely false note; the
counts are printed by category and by how many parts the note names. ``--dump`` writes every
noted answer (question, note, answer) to a JSON file for reading. Uses the index of
``TRADEBRIEF_HOME`` (built if missing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path


def _note_pattern() -> re.Pattern[str]:
    """The note as ``prompts/answers.yaml`` words it (``part_unanswered``), in each language the
    answers are said in; the parts it names are in the group of the language that matched
    (``parts_en``, ``parts_ko``)."""
    from assistant.wording import UI_LANGUAGES, templates

    sayings = []
    for language in UI_LANGUAGES:
        before, _, after = templates(language=language)["part_unanswered"].partition("{parts}")
        sayings.append(f"{re.escape(before)}(?P<parts_{language}>.*){re.escape(after)}")
    return re.compile(rf"(?:{'|'.join(sayings)})\s*$", re.M)


# A case note or fact saying something asked is not in the sources: a true note is expected.
NOT_GIVEN = re.compile(
    r"\bnot (?:given|stated|state|say|said|answer|a separate)|\bhas no figure|\bunanswered|"
    r"\bdo(?:es)? not (?:answer|give|say|state)",
    re.I,
)


def expects_unanswered(case) -> bool:
    texts = [case.note or "", *case.facts]
    return case.abstain or any(NOT_GIVEN.search(t) for t in texts)


def measure(set_names: list[str]) -> tuple[dict, list[dict]]:
    from assistant import Assistant
    from assistant.evaluation.cases import load_cases
    from assistant.evaluation.runner import _ask_full
    from assistant.evaluation.sets import discover, pick
    from assistant.knowledge.sources import load_sources

    assistant = Assistant(progress=False)
    texts = {s.id: s.text for s in load_sources(assistant.settings.sources_dir)}
    sets = [s for s in pick(discover(), set_names or None) if not s.name.startswith("heldout")]
    note = _note_pattern()

    noted: list[dict] = []
    counts: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_parts: Counter[int] = Counter()
    for evalset in sets:
        for case in load_cases(list(evalset.files)):
            result = _ask_full(assistant, case, texts, 5)
            counts["cases"] += 1
            found = note.search(result.answer.answer)
            if not found:
                continue
            named = next(parts for parts in found.groups() if parts is not None)
            expected = expects_unanswered(case)
            passed = result.judgement.passed
            kind = ("passed" if passed else "failed") + (
                ", part expected unanswered" if expected else ", every part expected answered"
            )
            counts[kind] += 1
            counts["noted"] += 1
            if passed and not expected:
                by_category[case.category] += 1
                by_parts[named.count("; ") + 1] += 1
            noted.append(
                {
                    "set": evalset.name,
                    "category": case.category,
                    "questions": list(case.questions),
                    "passed": passed,
                    "expects_unanswered": expected,
                    "case_note": case.note,
                    "parts": named,
                    "answer": result.answer.answer,
                }
            )
    summary = {
        "sets": [s.name for s in sets],
        **dict(counts),
        "likely false (passed, every part expected answered) by category": dict(
            by_category.most_common()
        ),
        "likely false by number of parts named": dict(sorted(by_parts.items())),
    }
    return summary, noted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], help="a set (default: all readable)")
    parser.add_argument("--dump", type=Path, help="write every noted answer here (JSON)")
    args = parser.parse_args()
    summary, noted = measure(args.set)
    if args.dump:
        args.dump.write_text(json.dumps(noted, ensure_ascii=False, indent=1))
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
