"""The Korean answer: Korean lines built from the typed facts of the English answer, then the
English answer itself with its verbatim quotes.

The lead line states the figures the English answer's claims state (amounts, shares, years,
periods, dates, counts), each in Korean conventions with its claim's citation marker: "1,000만
달러(USD 10 million) [1]", "1982년 [1]", "2016~2020년 [2]". Answers that name rather than count
(who, which company, which country) name what the claims name, in Korean and English, from the
glossary. A calculation is restated in Korean from the calculator's recorded output (its
details, never its English summary), and the sentences the English answer says from templates
(abstentions, notes) are said again from the Korean template of the same key. Nothing is
translated from free English text.
"""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal
from typing import Any

from assistant.answers import Answer, ToolCall
from assistant.errors import KnowledgeError
from assistant.knowledge.glossary import Glossary
from assistant.korean.coverage import Gap
from assistant.korean.interpret import Interpretation
from assistant.korean_numbers import both_ways, korean_number
from assistant.quantities import find_money
from assistant.regex import lazy
from assistant.wording import recognise, say_ko

_MARKERS = lazy(r"\[(\d+)\]")
_CLAIM_END = lazy(r"(?<=\]\.)\s+|(?<=\])\s+|\n+")
_MONTHS = "january february march april may june july august september october november december"
_MONTH = "(?P<month>" + "|".join(m.capitalize() for m in _MONTHS.split()) + ")"
# The figures a claim may state, most specific first; each match is one fact of the lead.
_FACTS = lazy(
    r"(?P<iso>(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>0[1-9]|1[0-2])(?:-(?P<iso_day>[0-3]\d))?\b)"
    rf"|(?P<date1>(?:(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? )?{_MONTH},? (?P<year1>(?:19|20)\d\d))"
    r"|(?P<period>(?P<a>(?:19|20)\d\d)\s?(?:–|-|—|to|through)\s?(?P<b>(?:19|20)\d\d))"
    r"|(?P<money>(?:US\$|USD|\$|KRW|₩)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion))?"
    r"|\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion))?\s?(?:USD|KRW|won|dollars))"
    r"|(?P<percent>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))"
    r"|(?P<year>(?<![\d,.$])\b(?:19|20)\d\d\b)"
    r"|(?P<count>\b\d[\d,]*(?:\.\d+)?\s(?P<noun>pages|cases|countries|items|programs|staff|officials|"
    r"people|aircraft|units|companies|SMEs|years|months|tankers)\b)",
)
_NOUNS = {
    "pages": "쪽",
    "cases": "건",
    "countries": "개국",
    "items": "개 품목",
    "programs": "개 사업",
    "staff": "명",
    "officials": "명",
    "people": "명",
    "aircraft": "대",
    "units": "대",
    "tankers": "대",
    "companies": "개 기업",
    "SMEs": "개 중소기업",
    "years": "년",
    "months": "개월",
}
# The glossary groups whose names answer each kind of question.
_NAME_GROUPS = {
    "person": ("people", "companies", "agencies"),
    "organisation": ("companies", "agencies"),
    "company": ("companies",),
    "country": ("countries",),
    "which": ("companies", "agencies", "countries"),
}
# A Korean name as the English sources write it: "Jo Yong-jin", "Han Duck-soo".
_PERSON = lazy(r"\b[A-Z][a-z]{1,4} [A-Z][a-z]+-[A-Za-z][a-z]+\b")
# Answers that quote reasons, positions, summaries or definitions: their figures are not the
# answer, so the lead points to the quotes instead of listing them.
_TEXT_TYPES = {"reason", "position", "summary", "definition", "how"}
_KIND = {"competitive": "경쟁", "non-competitive": "비경쟁", "fms": "FMS"}
MAX_FACTS = 4


def korean_answer(english: Answer, reading: Interpretation, glossary: Glossary) -> Answer:
    """``english`` (the answer to ``reading.english``) worded for a Korean reader."""
    lines: list[str] = []
    if english.tool_calls:
        lines += _calculation_lines(english, reading.answer_type in ("yesno", "restated"), glossary)
    elif english.abstained:
        lines += _template_lines(english.answer) or [say_ko("cannot_answer")]
    elif reading.answer_type in _NAME_GROUPS and not _names(english, reading, glossary):
        # "누가", "어느 회사", "어느 나라": an answer naming no one of the kind asked does not
        # answer; the Korean reader is told so rather than given sentences that name no one.
        english = english.model_copy(update={"abstained": True})
        lines.append(say_ko("no_name", kind=say_ko(f"kind_{reading.answer_type}")))
    else:
        lead = _lead(english, reading, glossary)
        verdict = _template_lines(english.answer.split("\n")[0].split(" [")[0])
        lines += [*verdict, lead] if verdict else [lead]
        lines += [t for t in _template_lines(english.answer) if t not in verdict]
    if reading.unknown:
        lines.append(say_ko("unknown_words", unknown=", ".join(reading.unknown)))
    text = "\n".join(dict.fromkeys(line for line in lines if line))
    text += f"\n\n{say_ko('evidence_heading')}\n{english.answer}"
    return english.model_copy(
        update={
            "question": reading.question,
            "answer": text,
            "language": "ko",
            "interpreted_as": reading.model(),
        }
    )


def uncovered(english: Answer, reading: Interpretation, missing: Gap) -> Answer:
    """The Korean refusal of an English answer that does not cover the Korean question
    (``korean.coverage``): why, then the English answer as the nearest thing the sources cover,
    its quotes still cited."""
    reason = say_ko(missing.key, **missing.values)
    text = f"{say_ko('cannot_answer')} {reason}"
    text += f"\n\n{say_ko('nearest_heading')}\n{english.answer}"
    return english.model_copy(
        update={
            "question": reading.question,
            "answer": text,
            "abstained": True,
            "disputed": False,
            "language": "ko",
            "interpreted_as": reading.model(),
        }
    )


def cannot_interpret(reading: Interpretation, id: str | int | None = None) -> Answer:
    """The refusal for a question too little of which the glossary knows: never a guess."""
    unknown = ", ".join(reading.unknown) or reading.question
    return Answer(
        id=id,
        question=reading.question,
        answer=say_ko("cannot_interpret", unknown=unknown),
        abstained=True,
        language="ko",
        interpreted_as=reading.model(),
    )


def _claims(text: str) -> list[str]:
    return [c.strip() for c in _CLAIM_END.split(text) if c.strip()]


def _subject(reading: Interpretation, glossary: Glossary) -> str:
    words = [ko for ko, en in reading.terms if en not in glossary.terms.get("actions", {})][:3]
    return " ".join(words) if words else reading.question.rstrip("?？ ")


def _lead(english: Answer, reading: Interpretation, glossary: Glossary) -> str:
    """The Korean lead line: the claims' figures, else the names they give, else a pointer."""
    facts: list[str] = []
    for claim in _claims(english.answer):
        markers = " ".join(f"[{m}]" for m in dict.fromkeys(_MARKERS.findall(claim)))
        if not markers:
            continue
        for fact in _facts(claim):
            if not any(fact == f.rsplit(" [", 1)[0] for f in facts):
                facts.append(f"{fact} {markers}")
        if len(facts) >= MAX_FACTS:
            break
    subject = _subject(reading, glossary)
    if reading.answer_type in _NAME_GROUPS:
        names = _names(english, reading, glossary)
        if names:
            return say_ko("lead_names", subject=subject, names=", ".join(names))
    if facts and reading.answer_type not in _TEXT_TYPES:
        return say_ko("lead_figures", subject=subject, facts=", ".join(facts[:MAX_FACTS]))
    markers = "".join(f"[{c.marker}]" for c in english.citations)
    return say_ko("lead_quotes", subject=subject, markers=markers)


def _facts(claim: str) -> list[str]:
    """Each figure of ``claim`` in Korean conventions, in order."""
    found = []
    text = _MARKERS.sub(" ", claim)
    for match in _FACTS.finditer(text):
        if match.group("iso"):
            day = f" {int(match.group('iso_day'))}일" if match.group("iso_day") else ""
            found.append(f"{match.group('iso_year')}년 {int(match.group('iso_month'))}월{day}")
        elif match.group("date1"):
            month = _MONTHS.split().index(match.group("month").lower()) + 1
            day = f" {int(match.group('day1'))}일" if match.group("day1") else ""
            found.append(f"{match.group('year1')}년 {month}월{day}")
        elif match.group("period"):
            found.append(f"{match.group('a')}~{match.group('b')}년")
        elif match.group("money"):
            money = find_money(match.group("money"))
            if money:
                found.append(both_ways(money[0].amount, money[0].currency))
        elif match.group("percent"):
            share = re.match(r"\d+(?:\.\d+)?", match.group("percent"))
            assert share is not None
            found.append(f"{share.group()}%")
        elif match.group("year"):
            found.append(f"{match.group('year')}년")
        elif match.group("count"):
            count = Decimal(re.sub(r"[^\d.]", "", match.group("count").split()[0]))
            found.append(f"{korean_number(count)}{_NOUNS[match.group('noun')]}")
    return list(dict.fromkeys(found))


def _names(english: Answer, reading: Interpretation, glossary: Glossary) -> list[str]:
    """The people, companies, agencies, countries and programs the answer's claims name that the
    question did not, as "에어버스(Airbus) [1]"."""
    asked = {en for _, en in reading.terms}
    found: list[str] = []
    for claim in _claims(english.answer):
        markers = " ".join(f"[{m}]" for m in dict.fromkeys(_MARKERS.findall(claim)))
        if reading.answer_type == "person":
            for person in _PERSON.findall(claim):
                if not any(person in f for f in found):
                    found.append(f"{person} {markers}".strip())
        for group in _NAME_GROUPS.get(reading.answer_type, ("people", "companies", "agencies")):
            for name, words in glossary.terms.get(group, {}).items():
                if not _proper(name):
                    continue  # "countries", "company": a kind of name, not one
                if name in asked or not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", claim):
                    continue
                entry = f"{words[0]}({name}) {markers}".strip()
                if not any(f.startswith(f"{words[0]}(") or f.startswith(name) for f in found):
                    found.append(entry)
        if len(found) >= MAX_FACTS:
            break
    return found[:MAX_FACTS]


def _proper(name: str) -> bool:
    """Whether a glossary term is a name ("Airbus", "DAPA", "KC-X"), not a common noun."""
    return name[:1].isupper() or any(c.isdigit() for c in name)


def _template_lines(text: str) -> list[str]:
    """The Korean wording of each sentence of ``text`` an English template words."""
    lines = []
    for sentence in re.split(r"(?<=[.:])\s+|\n+", text):
        found = recognise(sentence)
        if found is None:
            continue
        key, values = found
        try:
            lines.append(say_ko(key, **_korean_values(values)))
        except Exception:  # a Korean template without the English one's fields: keep English
            continue
    return lines


def _korean_values(values: dict[str, str]) -> dict[str, str]:
    out = {}
    for name, value in values.items():
        money = find_money(value) if re.fullmatch(r"[^\s]+ [\d,.]+(?: \w+)?", value) else []
        out[name] = both_ways(money[0].amount, money[0].currency) if money else value
        if name == "label":
            # "the amount asked for": the kind of thing, in Korean.
            with contextlib.suppress(KnowledgeError):
                out[name] = say_ko("label_" + value.replace(" ", "_"))
    return out


def _calculation_lines(english: Answer, yes_or_no: bool, glossary: Glossary) -> list[str]:
    """Each recorded calculator call restated in Korean from its typed output, its result
    first; ``yes_or_no``: the question asked whether, so the result opens with 네 or 아니요."""
    paragraphs = english.answer.split("\n\n")
    lines: list[str] = []
    for call in english.tool_calls:
        lines += _call_lines(call, paragraphs, yes_or_no, glossary)
    if any(isinstance(c.output, dict) and "error" in c.output for c in english.tool_calls):
        return lines  # the refusal said why; the English refusal's own sentences are its words
    # Notes the English answer words from templates ("both types are shown …") follow.
    return lines + [t for t in _template_lines(english.answer) if t and t not in lines]


def calculation_lines(call: ToolCall, glossary: Glossary | None = None) -> list[str]:
    """One recorded calculator call in Korean: its result, its step, the rate and rule used."""
    return _call_lines(call, [], False, glossary)


def _call_lines(
    call: ToolCall, paragraphs: list[str], yes_or_no: bool, glossary: Glossary | None
) -> list[str]:
    output: dict[str, Any] = call.output if isinstance(call.output, dict) else {}
    if "error" in output:
        return [say_ko("cannot_calculate", reason=_korean_reason(str(output["error"])))]
    summary = str(output.get("summary", ""))
    paragraph = next((p for p in paragraphs if summary and p.startswith(summary[:40])), "")
    first = paragraph.split("\n")[0]
    markers = "".join(f"[{m}]" for m in dict.fromkeys(_MARKERS.findall(first)))
    details = output.get("details") or {}
    operation = output.get("operation")
    if operation == "offset_obligation" and details:
        return _obligation_lines(output, details, markers, yes_or_no, call.input.get("amount"))
    names = glossary.korean_for() if glossary is not None else {}
    if operation == "offset_rule" and details.get("shares"):
        shares = details["shares"]
        lead = say_ko(
            "calc_rule",
            year=call.input.get("year", ""),
            threshold=_money_text(output.get("display")),
            competitive=shares.get("competitive", ""),
            non_competitive=shares.get("non-competitive", ""),
            markers=markers,
        )
        return [lead.rstrip()]
    value = _money_text(output.get("display")) if output.get("display") else ""
    required = details.get("required")
    if operation == "compare_policies" and isinstance(required, dict) and len(required) > 1:
        sides = ", ".join(
            f"{_named(label, names)} {_money_text(amount)}" for label, amount in required.items()
        )
        lead = say_ko("calc_compare", sides=sides, value=value, markers=markers)
    else:
        lead = say_ko("calc_value", value=f"{value} {markers}".strip()) if value else ""
    steps = "; ".join(_korean_step(w, names) for w in output.get("working") or [])
    lines = [lead.rstrip()] if lead else []
    if steps:
        lines.append(say_ko("calc_steps", steps=steps))
    if details.get("rate"):
        lines.append(say_ko("calc_rate", rate=details["rate"]))
    return lines


# An amount as the calculator writes it: "USD 12,000,000", "KRW 13,600,000,000,000".
_WRITTEN_MONEY = lazy(r"\b(?:USD|KRW) \d[\d,]*(?:\.\d+)?")
# The label a step opens with: "Türkiye: 70% × …", "SME exports: 23.4% × …".
_STEP_LABEL = lazy(r"^(?P<label>[^:×÷=]+?)(?P<rest>:\s.*)$")


def _korean_step(step: str, names: dict[str, str]) -> str:
    """A calculator step with its amounts in Korean both ways and its label in Korean."""
    step = _WRITTEN_MONEY.sub(lambda m: _money_text(m.group()), step)
    found = _STEP_LABEL.match(step)
    if found:
        labels = [part.strip() for part in found.group("label").split("−")]
        step = " − ".join(_named(label, names) for label in labels) + found.group("rest")
    return step


def _named(label: str, names: dict[str, str]) -> str:
    """ "Türkiye" as "튀르키예(Türkiye)", a label the glossary does not know as it is."""
    korean = names.get(label)
    return f"{korean}({label})" if korean else label


def _korean_reason(reason: str) -> str:
    """The calculator's refusal in Korean when a template words it, else as it is."""
    found = recognise(reason.rstrip("."))
    if found is None:
        return reason.rstrip(".")
    key, values = found
    try:
        return say_ko(key, **values)
    except Exception:  # a Korean template without the English one's fields: keep English
        return reason.rstrip(".")


def _obligation_lines(
    output: dict[str, Any],
    details: dict[str, Any],
    markers: str,
    yes_or_no: bool,
    asked: Any = None,
) -> list[str]:
    """The result first (with 네/아니요 for a yes-or-no question), then the step that gives it,
    then the rate and the rule's year when the question gave none. A contract asked in won is
    shown as asked and in dollars at the rate used."""
    contract = _money_text(details.get("contract_usd"))
    if details.get("rate") and asked:
        contract = f"{_money_text(asked)} = {contract}"
    threshold = _money_text(details.get("threshold_usd"))
    rule = _rule_span(str(details.get("rule_span") or ""))
    kind = _KIND.get(str(details.get("contract_type")), str(details.get("contract_type")))
    owes = bool(output.get("triggers"))
    verdict = say_ko("verdict_yes_short" if owes else "verdict_no_short") if yes_or_no else ""
    if details.get("contract_type") == "fms":
        lines = [
            say_ko(
                "calc_no_obligation", verdict=verdict, kind=kind, contract=contract, markers=markers
            ),
            say_ko("calc_fms", contract=contract),
        ]
    elif owes:
        required = _money_text(output.get("display")) or _money_text(details.get("required_usd"))
        lines = [
            say_ko(
                "calc_result",
                verdict=verdict,
                kind=kind,
                contract=contract,
                required=required,
                markers=markers,
            ),
            say_ko(
                "calc_triggers",
                contract=contract,
                threshold=threshold,
                rule=rule,
                share=details.get("share_percent"),
                required=_money_text(details.get("required_usd")),
            ),
        ]
    else:
        lines = [
            say_ko(
                "calc_no_obligation", verdict=verdict, kind=kind, contract=contract, markers=markers
            ),
            say_ko("calc_below", contract=contract, threshold=threshold, rule=rule),
        ]
    if details.get("rate"):
        lines.append(say_ko("calc_rate", rate=details["rate"]))
    if details.get("year") is None:
        lines.append(say_ko("calc_no_year", rule=rule))
    return [line.rstrip() for line in lines]


def _money_text(written: Any) -> str:
    """``USD 12,000,000`` as ``1,200만 달러(USD 12 million)``; other text unchanged."""
    if not written:
        return ""
    money = find_money(str(written))
    if not money:
        return str(written)
    return both_ways(money[0].amount, money[0].currency)


def _rule_span(span: str) -> str:
    """ "since 2023" → "2023년 이후", "1984–1985" → "1984~1985년"."""
    since = re.fullmatch(r"since (\d{4})", span)
    if since:
        return f"{since.group(1)}년 이후"
    period = re.fullmatch(r"(\d{4})\s?[–-]\s?(\d{4})", span)
    if period:
        return f"{period.group(1)}~{period.group(2)}년"
    return span
