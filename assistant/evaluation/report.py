"""The evaluation report: Markdown for a person, JSON for a machine, from one ``EvalRun``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.evaluation.runner import CaseResult, EvalRun

# (key, label, kind) of the measures shown, in order; kind picks the number format.
_MEASURES = [
    ("answer_accuracy", "answer accuracy", "share"),
    ("citation_validity", "citation validity (verbatim at offsets)", "share"),
    ("citation_precision", "citation precision (cited sources that are gold)", "share"),
    ("citation_recall", "citation recall (gold sources cited)", "share"),
    ("quote_recall", "gold quote cited", "share"),
    ("cited_sentence_share", "answer sentences with a citation", "share"),
    ("hit@{k}", "retrieval hit@{k}", "share"),
    ("recall@{k}", "retrieval recall@{k}", "share"),
    ("mrr", "retrieval MRR", "share"),
    ("abstention_precision", "abstention precision", "share"),
    ("abstention_recall", "abstention recall", "share"),
    ("figures_traced", "answers with every figure traced to a quote or tool call", "share"),
    ("facts_uncomputed", "restated facts answered without a tool call", "share"),
    ("latency_p50_ms", "latency p50 (ms per question)", "ms"),
    ("latency_p95_ms", "latency p95 (ms per question)", "ms"),
]


def _fmt(value: Any, kind: str = "share") -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if kind == "ms" else f"{value:.3f}"


def _one_line(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _failure(result: CaseResult) -> dict[str, Any]:
    case, answer = result.case, result.answer
    return {
        "id": case.id,
        "category": case.category,
        "questions": list(case.questions),
        "expected": {
            "facts": list(case.facts),
            "values": list(case.values),
            "sources": list(case.sources),
            "quote": case.quote,
            "abstain": case.abstain,
            "tool": case.tool,
        },
        "answer": answer.answer,
        "abstained": answer.abstained,
        "citations": [
            {
                "marker": c.marker,
                "source_id": c.source_id,
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
            }
            for c in answer.citations
        ],
        "problems": result.judgement.problems,
    }


def to_json(run: EvalRun) -> dict[str, Any]:
    """Every measure, overall and per category, for every system; the gates; the failures."""
    return {
        "files": run.files,
        "cases": len(run.full.results),
        "k": run.full.k,
        "passed": run.passed,
        "gates": [
            {"name": g.name, "threshold": g.threshold, "value": g.value, "passed": g.passed}
            for g in run.gate_results()
        ],
        "systems": {
            s.name: {"label": s.label, "overall": s.overall, "categories": s.categories()}
            for s in run.systems
        },
        "translations": _translations_json(run),
        "failures": [_failure(r) for r in run.full.results if not r.passed],
        "results": [
            {
                "id": r.case.id,
                "category": r.case.category,
                "passed": r.passed,
                "abstained": r.answer.abstained,
                "latency_ms": [round(s * 1000, 2) for s in r.latencies],
                "first_relevant": r.judgement.first_relevant,
                "problems": r.judgement.problems,
                "untraced_figures": list(r.judgement.untraced),
            }
            for r in run.full.results
        ],
    }


def markdown(run: EvalRun) -> str:
    """A report a person reads: gates, the full system against each baseline, categories, failures."""
    k = run.full.k
    full = run.full.overall
    lines = [
        "# tradebrief evaluation",
        "",
        f"{full['cases']} cases from {', '.join(run.files) or 'the given cases'}; "
        f"{full['passed']} answered correctly. Retrieval measured at k = {k}.",
        "",
        f"**Gates: {'all met' if run.passed else 'MISSED'}**",
        "",
        "| gate | threshold | value | |",
        "|---|---|---|---|",
    ]
    for gate in run.gate_results():
        mark = "ok" if gate.passed else "**missed**"
        lines.append(f"| {gate.name} | ≥ {gate.threshold:.2f} | {_fmt(gate.value)} | {mark} |")
    lines += ["", "## Overall, against the baselines", ""]
    overalls = [s.overall for s in run.systems]
    lines.append("| measure | " + " | ".join(s.label for s in run.systems) + " |")
    lines.append("|---" * (len(run.systems) + 1) + "|")
    for key, label, kind in _MEASURES:
        key, label = key.format(k=k), label.format(k=k)
        lines.append(f"| {label} | " + " | ".join(_fmt(o.get(key), kind) for o in overalls) + " |")
    if len(run.systems) > 1:
        lines += ["", "Lead of the full system in answer accuracy:"]
        for system, overall in zip(run.systems[1:], overalls[1:], strict=True):
            lead = (full["answer_accuracy"] or 0) - (overall["answer_accuracy"] or 0)
            lines.append(
                f"- over {system.label}: {lead * 100:+.1f} points "
                f"({full['passed']} against {overall['passed']} of {full['cases']} cases)"
            )
    lines += ["", "## By category", ""]
    baseline_heads = "".join(f" {s.name} acc. |" for s in run.systems[1:])
    lines.append(
        f"| category | cases | accuracy | cit. precision | cit. recall | hit@{k} | MRR | "
        f"abst. recall | p50 ms |{baseline_heads}"
    )
    lines.append("|---" * (9 + len(run.systems) - 1) + "|")
    per_system = [s.categories() for s in run.systems]
    for name, m in per_system[0].items():
        others = "".join(f" {_fmt(c[name]['answer_accuracy'])} |" for c in per_system[1:])
        lines.append(
            f"| {name} | {m['cases']} | {_fmt(m['answer_accuracy'])} | {_fmt(m['citation_precision'])} "
            f"| {_fmt(m['citation_recall'])} | {_fmt(m[f'hit@{k}'])} | {_fmt(m['mrr'])} "
            f"| {_fmt(m['abstention_recall'])} | {_fmt(m['latency_p50_ms'], 'ms')} |{others}"
        )
    lines += _translations_markdown(run)
    failures = [r for r in run.full.results if not r.passed]
    lines += ["", f"## Failures ({len(failures)})", ""]
    if not failures:
        lines.append("None.")
    for result in failures:
        f = _failure(result)
        lines.append(f"### {f['id']} ({f['category']})")
        lines.append("")
        for question in f["questions"]:
            lines.append(f"- **Q:** {question}")
        expected = [f"/{x}/" for x in f["expected"]["facts"]] + f["expected"]["values"]
        if f["expected"]["abstain"]:
            expected.insert(0, "abstain")
        lines.append(
            f"- **expected:** {', '.join(expected) or '–'}; gold sources: "
            f"{', '.join(f['expected']['sources']) or '–'}"
        )
        lines.append(f"- **problems:** {'; '.join(f['problems'])}")
        lines.append(
            f"- **answer{' (abstained)' if f['abstained'] else ''}:** {_one_line(f['answer'])}"
        )
        for c in f["citations"]:
            lines.append(
                f"  - [{c['marker']}] {c['source_id']} {c['start']}–{c['end']}: “{_one_line(c['quote'], 160)}”"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _translations_json(run: EvalRun) -> dict[str, Any] | None:
    found = run.translations
    if found is None:
        return None
    return {
        "pairs": len(found.pairs),
        "translated_accuracy": found.translated_accuracy,
        "original_accuracy": found.original_accuracy,
        "gap": found.gap,
        "categories": {
            name: {"pairs": n, "translated_accuracy": t, "original_accuracy": o}
            for name, (n, t, o) in found.categories().items()
        },
        "differing": [
            {
                "translated": p.translated,
                "original": p.original,
                "translated_passed": p.translated_passed,
            }
            for p in found.pairs
            if p.translated_passed != p.original_passed
        ],
    }


def _translations_markdown(run: EvalRun) -> list[str]:
    found = run.translations
    if found is None:
        return []
    gap = found.gap
    lines = [
        "",
        "## Translated cases vs their English originals",
        "",
        f"{len(found.pairs)} translated cases, each asked beside the case it re-asks "
        f"(`original`), of the same system. Gap: "
        f"{'–' if gap is None else f'{gap * 100:+.1f} points'} (originals minus translations).",
        "",
        "| category | pairs | translated accuracy | original accuracy |",
        "|---|---|---|---|",
        f"| **all** | {len(found.pairs)} | {_fmt(found.translated_accuracy)} "
        f"| {_fmt(found.original_accuracy)} |",
    ]
    for name, (count, translated, original) in found.categories().items():
        lines.append(f"| {name} | {count} | {_fmt(translated)} | {_fmt(original)} |")
    differing = [p for p in found.pairs if p.translated_passed != p.original_passed]
    if differing:
        lines += ["", "Pairs where one passed and the other did not:", ""]
        for p in differing:
            who = "translation" if p.translated_passed else "original"
            lines.append(f"- {p.translated} / {p.original}: only the {who} passed")
    return lines


def summary_line(run: EvalRun) -> str:
    """One line for a terminal: accuracy and whether the gates were met."""
    full = run.full.overall
    missed = [g.name for g in run.gate_results() if not g.passed]
    verdict = "gates met" if not missed else "gates missed: " + ", ".join(missed)
    return (
        f"accuracy {full['passed']}/{full['cases']} = {_fmt(full['answer_accuracy'])}; "
        f"citation validity {_fmt(full['citation_validity'])}; "
        f"abstention recall {_fmt(full['abstention_recall'])}; {verdict}"
    )
