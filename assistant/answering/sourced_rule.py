"""The offset rule as a named source states it.

A question that names its source ("per Yonhap, what would Seoul require on …") is answered from
that source only (``attribution.py``). A calculation under the home country's offset rule then
rests on that source's statement of the rule: the share applied must be one a row of that source
states (for the kind of contract asked), and the answer cites that source's rows, not another's.
When the source states no such share, the calculation is declined, saying which source does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assistant.answering.attribution import Attribution
from assistant.calculator.operations import CalculatorInput
from assistant.knowledge.rows import OffsetData, OffsetRule, PolicyEvent
from assistant.wording import listed, say


@dataclass(frozen=True)
class SourcedRule:
    """What the named sources state of the rule a calculation applies: the rows to cite, or why
    the calculation cannot rest on them."""

    rows: tuple[str, ...] = ()
    declined: str | None = None


def _rule(data: OffsetData, request: CalculatorInput) -> OffsetRule:
    return data.rule_for(request.year) if request.year is not None else data.current_rule


def _states(event: PolicyEvent, rule: OffsetRule, data: OffsetData) -> bool:
    """Whether ``event`` states ``rule``: the rule cites it; or no rule cites it and it is of the
    rule's years (a row without a year states the rule in force as its source wrote). A row
    another rule cites states that rule's years (the 1986 cut to 30%), not this one's."""
    citing = [r for r in data.rules if event.id in r.cites]
    if citing:
        return rule in citing
    if event.year is None:
        return rule is data.current_rule
    return rule.covers(event.year)


def _stating(
    events: Iterable[PolicyEvent], kind: str, share: object, threshold: object
) -> tuple[list[str], list[str]]:
    """The rows among ``events`` that state ``share`` for ``kind``, and those stating ``threshold``."""
    shares, thresholds = [], []
    for event in events:
        if not {"all", kind} & set(event.applies_to):
            continue
        if event.share_percent is not None and event.share_percent == share:
            shares.append(event.id)
        if event.threshold_usd is not None and event.threshold_usd == threshold:
            thresholds.append(event.id)
    return shares, thresholds


def rule_of_sources(
    requests: list[CalculatorInput],
    data: OffsetData,
    named: Attribution | None,
    called: Mapping[str, tuple[str, ...]],
) -> SourcedRule:
    """The rows of ``sources`` that state the share (and threshold) each obligation of
    ``requests`` applies; declined when they state no such share."""
    obligations = [
        r for r in requests if r.operation == "offset_obligation" and r.contract_type != "fms"
    ]
    sources = named.sources if named is not None else ()
    if named is None or not sources or not obligations:
        return SourcedRule()
    rows: list[str] = []
    for request in obligations:
        rule = _rule(data, request)
        events = [e for e in data.policy if _states(e, rule, data)]
        own = [e for e in events if e.source in sources]
        kind = request.contract_type or "competitive"
        share = rule.shares.get(kind)  # type: ignore[call-overload]
        shares, thresholds = _stating(own, kind, share, rule.threshold_usd)
        if not shares:
            others, _ = _stating(events, kind, share, rule.threshold_usd)
            given = [data.row(r).source for r in others]
            return SourcedRule(
                declined=say(
                    "source_gives_no_share",
                    source=" or ".join(named.names),
                    kind=kind,
                    others=_listed([(called.get(g) or (g,))[0] for g in dict.fromkeys(given)]),
                )
            )
        rows += [r for r in [*shares, *thresholds] if r not in rows]
    return SourcedRule(rows=tuple(rows))


def _listed(names: list[str]) -> str:
    if not names:
        return "no source"
    return listed(names)
