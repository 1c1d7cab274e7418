"""Run evaluation cases through the assistant (the code path of ``tradebrief ask``) and baselines.

run = evaluate(load_cases(), Assistant(), load_gates())
run.passed            # every gate of evals/gates.yaml met
markdown(run)         # the report (assistant/eval_report.py)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answers import Answer, Turn
from assistant.errors import InputError
from assistant.evaluation.baselines import BASELINES, Baseline, query_of, rank
from assistant.evaluation.cases import EVALS_DIR, EvalCase, Gates
from assistant.evaluation.scoring import Judgement, judge, percentile
from assistant.evaluation.translations import Comparison, Pair, originals

if TYPE_CHECKING:
    from assistant.pipeline import Assistant

FULL = "tradebrief"


@dataclass
class CaseResult:
    """One case as one system answered it."""

    case: EvalCase
    answer: Answer
    judgement: Judgement
    latencies: list[float]  # seconds, one per question asked

    @property
    def passed(self) -> bool:
        return self.judgement.passed


def summarize(results: list[CaseResult], k: int) -> dict[str, Any]:
    """The measures over ``results``; a measure with nothing to measure is None."""

    def share(hits: float, total: float) -> float | None:
        return hits / total if total else None

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    judged = [r.judgement for r in results]
    answered = [r for r in results if not r.case.abstain and r.case.sources]
    with_citations = [r for r in answered if r.judgement.cited_sources]
    retrieval = [j for j in judged if j.recall_at_k is not None]
    must, did = [r.case.abstain for r in results], [j.abstained for j in judged]
    facts = [r for r in results if r.case.tool == "none"]
    latencies = [s * 1000 for r in results for s in r.latencies]
    return {
        "cases": len(results),
        "passed": sum(j.passed for j in judged),
        "answer_accuracy": share(sum(j.passed for j in judged), len(judged)),
        "citation_validity": share(
            sum(j.valid_citations for j in judged), sum(j.citations for j in judged)
        ),
        "citation_precision": mean(
            [
                len(r.judgement.cited_sources & set(r.case.sources))
                / len(r.judgement.cited_sources)
                for r in with_citations
            ]
        ),
        "citation_recall": mean(
            [
                len(r.judgement.cited_sources & set(r.case.sources)) / len(set(r.case.sources))
                for r in answered
            ]
        ),
        "quote_recall": mean([float(j.quote_cited) for j in judged if j.quote_cited is not None]),
        "cited_sentence_share": share(
            sum(j.cited_sentences for j in judged), sum(j.sentences for j in judged)
        ),
        f"hit@{k}": mean(
            [float(j.first_relevant is not None and j.first_relevant <= k) for j in retrieval]
        ),
        f"recall@{k}": mean([j.recall_at_k or 0.0 for j in retrieval]),
        "mrr": mean([1 / j.first_relevant if j.first_relevant else 0.0 for j in retrieval]),
        "abstention_precision": share(
            sum(m and d for m, d in zip(must, did, strict=True)), sum(did)
        ),
        "abstention_recall": share(sum(m and d for m, d in zip(must, did, strict=True)), sum(must)),
        "figures_traced": share(sum(not j.untraced for j in judged), len(judged)),
        # A restated fact (a case marked ``tool: none``) is a fact question, not a computation.
        "facts_uncomputed": share(sum(not r.answer.tool_calls for r in facts), len(facts)),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


@dataclass
class SystemRun:
    """Every case as one system (tradebrief or a baseline) answered it."""

    name: str
    label: str
    results: list[CaseResult]
    k: int

    @property
    def overall(self) -> dict[str, Any]:
        return summarize(self.results, self.k)

    def categories(self) -> dict[str, dict[str, Any]]:
        names = list(dict.fromkeys(r.case.category for r in self.results))
        return {
            name: summarize([r for r in self.results if r.case.category == name], self.k)
            for name in names
        }


@dataclass(frozen=True)
class GateResult:
    name: str
    threshold: float
    value: float | None

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value >= self.threshold - 1e-12


@dataclass
class EvalRun:
    """The full system and the baselines on the same cases, and the gates they are held to."""

    systems: list[SystemRun]
    gates: Gates
    files: list[str] = field(default_factory=list)
    # Translated cases against their originals, asked of the full system (None: no translations).
    translations: Comparison | None = None

    @property
    def full(self) -> SystemRun:
        return self.systems[0]

    def gate_results(self) -> list[GateResult]:
        overall = self.full.overall
        results = [
            GateResult("answer accuracy", self.gates.answer_accuracy, overall["answer_accuracy"]),
            GateResult(
                "citation validity",
                self.gates.citation_validity,
                overall["citation_validity"] or 1.0,
            ),
        ]
        if self.gates.figures_traced:
            results.append(
                GateResult(
                    "figures traced", self.gates.figures_traced, overall["figures_traced"] or 1.0
                )
            )
        if self.gates.facts_uncomputed and any(r.case.tool == "none" for r in self.full.results):
            results.append(
                GateResult(
                    "restated facts answered without a calculator call",
                    self.gates.facts_uncomputed,
                    overall["facts_uncomputed"],
                )
            )
        if any(r.case.abstain for r in self.full.results):
            results.append(
                GateResult(
                    "abstention recall", self.gates.abstention_recall, overall["abstention_recall"]
                )
            )
        if self.gates.abstention_precision and any(r.case.abstain for r in self.full.results):
            results.append(
                GateResult(
                    "abstention precision",
                    self.gates.abstention_precision,
                    overall["abstention_precision"] or 0.0,
                )
            )
        if self.gates.translation_gap is not None and self.translations is not None:
            gap = self.translations.gap
            # Held as a floor like every gate: how much of the allowed gap is left over.
            results.append(
                GateResult(
                    "allowed gap minus the gap of translations to their originals",
                    0.0,
                    None if gap is None else self.gates.translation_gap - gap,
                )
            )
        for name, measures in self.full.categories().items():
            floor = self.gates.categories.get(name, self.gates.category_accuracy)
            results.append(GateResult(f"accuracy of {name}", floor, measures["answer_accuracy"]))
        return results

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gate_results())


def _ask_full(assistant: Assistant, case: EvalCase, texts: dict[str, str], k: int) -> CaseResult:
    history: list[dict[str, str]] = [t.model_dump() for t in case.history]
    latencies = []
    answer: Answer | None = None
    for question in case.questions:
        began = time.perf_counter()
        try:
            answer = assistant.ask(question, history=list(history))
        except InputError as exc:
            # What `tradebrief ask` prints (exit code 2) for input it refuses: a refusal.
            answer = Answer(question=question, answer=f"tradebrief: {exc}", abstained=True)
        latencies.append(time.perf_counter() - began)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    assert answer is not None
    for citation in answer.citations:
        if citation.source_id not in texts:  # a document ingested beside the built-in sources
            texts[citation.source_id] = assistant.source_text(citation.source_id)
    index = assistant.index
    turns = [Turn.model_validate(t) for t in history[:-2]]
    ranked = rank(
        index, "hybrid", query_of(index, case.final_question, turns), assistant.settings.rrf_k
    )
    return CaseResult(case, answer, judge(case, answer, texts, ranked, k), latencies)


def _ask_baseline(baseline: Baseline, case: EvalCase, texts: dict[str, str], k: int) -> CaseResult:
    history = [Turn.model_validate(t.model_dump()) for t in case.history]
    latencies = []
    for question in case.questions:
        began = time.perf_counter()
        answer, ranked = baseline.ask(question, history)
        latencies.append(time.perf_counter() - began)
        history += [
            Turn(role="user", content=question),
            Turn(role="assistant", content=answer.answer),
        ]
    return CaseResult(case, answer, judge(case, answer, texts, ranked, k), latencies)


def evaluate(
    cases: list[EvalCase],
    assistant: Assistant,
    gates: Gates,
    *,
    k: int = 5,
    baselines: bool = True,
    files: list[str] | None = None,
    evals_dir: Path | None = None,
) -> EvalRun:
    """Ask every case of the full system, then of each baseline, and judge every answer."""
    from assistant.evaluation.cases import check_gold
    from assistant.knowledge.sources import load_sources

    texts = {s.id: s.text for s in load_sources(assistant.settings.sources_dir)}
    check_gold(cases, texts)
    assistant.index  # noqa: B018 - build or load the index before anything is timed
    full = SystemRun(
        FULL, "tradebrief (full system)", [_ask_full(assistant, c, texts, k) for c in cases], k
    )
    systems = [full]
    translations = None
    found = originals(cases, evals_dir or EVALS_DIR)
    if found:
        pairs = []
        for result in full.results:
            original = found.get(result.case.original or "")
            if original is None:
                continue
            asked = _ask_full(assistant, original, texts, k)
            pairs.append(
                Pair(result.case.id, original.id, result.case.category, result.passed, asked.passed)
            )
        translations = Comparison(tuple(pairs))
    if baselines:
        for method, label in BASELINES.items():
            baseline = Baseline(assistant, method)
            results = [_ask_baseline(baseline, c, texts, k) for c in cases]
            systems.append(SystemRun(method, label, results, k))
    return EvalRun(systems, gates, files or [], translations)
