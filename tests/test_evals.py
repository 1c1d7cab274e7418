"""The evaluation: cases as data, answers judged after normalization, baselines, gates in CI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation, ToolCall
from assistant.cli import main
from assistant.errors import InputError
from assistant.evaluation.cases import EvalCase, Gates, check_gold, load_cases, load_gates, select
from assistant.evaluation.runner import CaseResult, EvalRun, SystemRun, summarize
from assistant.evaluation.scoring import cited_sentences, judge, missing_values, quote_spans

CATEGORIES = {
    "facts", "numbers", "dates", "history", "policy", "programs", "ustr", "rdp", "countries",
    "comparison", "calculator", "disagreement", "out-of-scope", "paraphrase", "follow-up",
}  # fmt: skip


# -- the case set ----------------------------------------------------------------------------


def test_the_case_set_has_120_or_more_unique_cases_in_every_category():
    cases = load_cases()
    assert len(cases) >= 120
    assert len({c.id for c in cases}) == len(cases)
    assert CATEGORIES <= {c.category for c in cases}
    assert sum(c.abstain for c in cases) >= 10
    assert sum(bool(c.turns) for c in cases) >= 3  # live multi-turn conversations
    assert sum(bool(c.values) for c in cases) >= 20  # normalized numbers, not only patterns
    assert sum(c.quote is not None for c in cases) >= 10


def test_at_least_15_cases_are_calculator_questions_in_natural_language():
    calculator = [c for c in load_cases() if c.tool == "calculator"]
    assert len(calculator) >= 15
    assert sum(c.abstain for c in calculator) >= 3  # bad input that must be refused, not computed


def test_gold_sources_exist_and_gold_quotes_are_verbatim(sources):
    check_gold(load_cases(), {sid: s.text for sid, s in sources.items()})


def test_the_gates_are_at_least_what_issue_5_requires():
    gates = load_gates()
    assert gates.answer_accuracy >= 0.90
    assert gates.category_accuracy >= 0.75
    assert gates.citation_validity == 1.0
    assert gates.abstention_recall >= 0.90
    assert gates.categories.get("calculator") == 1.0


# -- loading user files ----------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_case_with_an_unknown_field_is_refused_naming_file_case_and_field(tmp_path):
    path = _write(tmp_path, "- id: q1\n  category: facts\n  question: Why?\n  factz: [x]\n")
    with pytest.raises(InputError) as error:
        load_cases([path])
    message = str(error.value)
    assert str(path) in message and "'q1'" in message and "factz" in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("  question: Q?\n  facts: ['(unclosed']\n", "not a valid regular expression"),
        ("  question: Q?\n  values: ['a lot of money']\n", "is not one amount"),
        ("  question: Q?\n  turns: ['A?', 'B?']\n  facts: [x]\n", "either question or turns"),
        ("  question: Q?\n", "needs facts, values or a tool"),
        ("  question: Q?\n  facts: [x]\n  quote: some words\n", "needs the sources"),
    ],
)
def test_a_malformed_case_says_what_is_wrong(tmp_path, body, expected):
    path = _write(tmp_path, f"- id: q1\n  category: facts\n{body}")
    with pytest.raises(InputError, match=expected):
        load_cases([path])


def test_missing_file_invalid_yaml_and_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_cases([tmp_path / "nope.yaml"])
    with pytest.raises(InputError, match="not valid YAML"):
        load_cases([_write(tmp_path, "- id: [unclosed\n")])
    case = "- id: q1\n  category: facts\n  question: Q?\n  facts: [x]\n"
    with pytest.raises(InputError, match="already used"):
        load_cases([_write(tmp_path, case + case)])


def test_an_unknown_category_is_refused_with_the_known_ones():
    cases = load_cases()
    assert {c.category for c in select(cases, ["calculator"])} == {"calculator"}
    with pytest.raises(InputError, match="unknown category 'weather'.*calculator"):
        select(cases, ["weather"])


def test_a_gold_quote_not_in_its_sources_is_refused():
    case = EvalCase(id="q", category="c", question="Q?", facts=("x",), sources=("s",), quote="abc")
    with pytest.raises(InputError, match="not verbatim"):
        check_gold([case], {"s": "xyz"})
    with pytest.raises(InputError, match="unknown source 't'"):
        check_gold([case.model_copy(update={"sources": ("t",)})], {"s": "abc"})


def test_a_gold_quote_copied_from_a_rendered_table_matches_the_tab_separated_source():
    # Spaces where the file has tabs and a line break are blanks of another kind, not other words.
    source = "Share of local content\tMin. 40%\tMin. 25%\nper phase"
    case = EvalCase(
        id="q",
        category="c",
        question="Q?",
        facts=("x",),
        sources=("s",),
        quote="local content Min. 40%  Min. 25% per phase",
    )
    check_gold([case], {"s": source})
    assert quote_spans(case.quote, ("s",), {"s": source}) == [("s", 9, len(source))]
    with pytest.raises(InputError, match="not verbatim"):
        check_gold([case.model_copy(update={"quote": "local content Min. 25%"})], {"s": source})


@pytest.mark.parametrize(
    "argv",
    [
        ["eval", "/nonexistent/cases.yaml"],
        ["eval", "--category", "weather"],
        ["eval", "--gates", "/nonexistent/gates.yaml"],
        ["eval", "--k", "0"],
    ],
)
def test_eval_command_gives_a_one_line_error_and_exit_code_2_on_bad_input(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("tradebrief: ") and err.count("\n") == 1
    assert "Traceback" not in err


# -- judging answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("USD 10 million", "contracts worth over $10M"),
        ("USD 10 million", "exceed 10,000,000 dollars"),
        ("USD 10 million", "worth over US$10 million"),
        ("$10M", "USD 10,000,000"),
        ("14.7 billion won", "approximately 14.7 billion KRW"),
        ("50%", "50 percent of competitive contracts"),
        ("4", "introduced four A330 MRTT tankers"),
        ("-89.99%", "a change of −89.99%"),
        ("November 2018", "2018-11: KC-X program starts"),
        ("15 May 2023", "on May 15, 2023, at NARS"),
        ("March 2023", "In March 2023, however, DAPA"),
        ("12 years", "a window of twelve years"),
        ("18 months", "an 18-month review"),
    ],
)
def test_values_are_found_however_the_answer_writes_them(value, text):
    assert missing_values((value,), text) == []


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("USD 10 million", "KRW 10 million"),  # another currency
        ("USD 10 million", "USD 100 million"),
        ("50%", "50 contracts"),  # a count is not a share
        ("7.99 billion", "nearly $8 billion"),  # rounding is not the same figure
        ("March 2023", "March 2018"),
        ("12 years", "12 months"),  # another unit of time
        ("12 years", "12 ships"),  # a count of something else
        ("12 years", "USD 12 million"),
    ],
)
def test_values_that_differ_after_normalization_do_not_match(value, text):
    assert missing_values((value,), text) == [value]


def test_sentences_carry_the_markers_that_follow_them_and_working_lines_are_not_claims():
    text = (
        "Some experts said the U.S. may target Seoul. [1] The sources disagree.\n"
        "Working: 50% × USD 12,000,000 = USD 6,000,000."
    )
    assert cited_sentences(text) == (1, 2)


SOURCE = "Airbus agreed to provide offset trade worth $662.6 million. Other text here."


def _answer(text: str, *cites: tuple[str, int, int], abstained: bool = False) -> Answer:
    citations = [
        Citation(marker=i, source_id=s, title="t", quote=SOURCE[a:b] or "x", start=a, end=b)
        for i, (s, a, b) in enumerate(cites, start=1)
    ]
    return Answer(question="q", answer=text, citations=citations, abstained=abstained)


def test_a_case_passes_only_with_its_facts_a_gold_citation_and_verbatim_quotes():
    case = EvalCase(
        id="kcx", category="programs", question="How much?", values=("USD 662.6 million",),
        sources=("s",), quote="worth $662.6 million",
    )  # fmt: skip
    texts = {"s": SOURCE, "other": "unrelated"}
    good = judge(case, _answer("Worth $662.6 million. [1]", ("s", 0, 58)), texts, None, 5)
    assert good.passed and good.quote_cited and good.valid_citations == 1
    wrong_source = judge(case, _answer("$662.6 million [1]", ("other", 0, 5)), texts, None, 5)
    assert not wrong_source.passed
    shifted = _answer("$662.6 million [1]", ("s", 0, 58))
    shifted.citations[0] = shifted.citations[0].model_copy(update={"start": 1, "end": 59})
    moved = judge(case, shifted, texts, None, 5)
    assert not moved.passed and moved.valid_citations == 0
    missing = judge(case, _answer("About 600 million. [1]", ("s", 0, 58)), texts, None, 5)
    assert missing.problems == ["missing value USD 662.6 million"]


def test_a_fact_matches_an_answer_that_writes_its_word_with_accents():
    case = EvalCase(id="t", category="c", question="Q?", facts=("Turk",), sources=("s",),
                    quote="worth $662.6 million")  # fmt: skip
    texts = {"s": SOURCE}
    assert judge(case, _answer("Türkiye seeks 70%. [1]", ("s", 0, 58)), texts, None, 5).passed
    accented = EvalCase(id="t", category="c", question="Q?", facts=("Türk",), sources=("s",),
                        quote="worth $662.6 million")  # fmt: skip
    assert judge(accented, _answer("Türkiye. [1]", ("s", 0, 58)), texts, None, 5).passed
    missing = judge(case, _answer("Norway seeks 100%. [1]", ("s", 0, 58)), texts, None, 5)
    assert missing.problems == ["missing /Turk/"]


def test_retrieval_is_scored_against_the_passage_holding_the_gold_quote():
    case = EvalCase(
        id="kcx", category="programs", question="How much?", facts=("662",), sources=("s",),
        quote="worth $662.6 million",
    )  # fmt: skip
    ranked = [("s", 59, 75, "p2"), ("other", 0, 5, "p9"), ("s", 0, 58, "p1")]
    judgement = judge(case, _answer("662 [1]", ("s", 0, 58)), {"s": SOURCE}, ranked, 2)
    assert judgement.first_relevant == 3 and judgement.recall_at_k == 0.0


def _result(category: str, abstain: bool, abstained: bool, passed: bool) -> CaseResult:
    case = EvalCase(id=f"c{id(object())}", category=category, question="Q?", abstain=abstain,
                    facts=() if abstain else ("x",))  # fmt: skip
    judgement = judge(case, _answer("x" if passed else "y", abstained=abstained), {}, None, 5)
    return CaseResult(case, _answer("x", abstained=abstained), judgement, [0.01])


def test_abstention_precision_and_recall_count_abstentions_against_cases_that_must_abstain():
    results = [
        _result("out", True, True, True),  # right refusal
        _result("out", True, False, False),  # answered what it should refuse
        _result("in", False, True, False),  # refused what it should answer
        _result("in", False, False, True),
    ]
    measures = summarize(results, 5)
    assert measures["abstention_recall"] == 0.5
    assert measures["abstention_precision"] == 0.5
    assert measures["answer_accuracy"] == 0.5


def test_a_run_misses_its_gates_when_any_category_falls_below_its_floor():
    results = [_result("in", False, False, True) for _ in range(9)]
    results.append(_result("odd", False, False, False))
    gates = Gates(answer_accuracy=0.9, category_accuracy=0.75, citation_validity=1.0,
                  abstention_recall=0.9)  # fmt: skip
    run = EvalRun([SystemRun("tradebrief", "full", results, 5)], gates)
    missed = [g.name for g in run.gate_results() if not g.passed]
    assert missed == ["accuracy of odd"] and not run.passed


def test_a_calculator_case_needs_a_recorded_calculator_call():
    case = EvalCase(id="c", category="calculator", question="30% of $25M?", tool="calculator",
                    values=("USD 7.5 million",))  # fmt: skip
    plain = Answer(question="q", answer="USD 7,500,000")
    assert judge(case, plain, {}, None, 5).problems == ["no calculator call"]
    called = plain.model_copy(
        update={"tool_calls": [ToolCall(name="calculator", input={}, output={})]}
    )
    assert judge(case, called, {}, None, 5).passed


def test_a_restated_fact_case_fails_when_the_answer_calls_the_calculator():
    case = EvalCase(id="f", category="restated-fact", question="Is it true X cost $5M?",
                    tool="none", values=("USD 5 million",))  # fmt: skip
    plain = Answer(question="q", answer="Yes: USD 5 million [1].")
    assert judge(case, plain, {}, None, 5).passed
    called = plain.model_copy(
        update={"tool_calls": [ToolCall(name="calculator", input={}, output={})]}
    )
    assert judge(case, called, {}, None, 5).problems == ["a calculator call where none belongs"]


def _fact_result(called: bool) -> CaseResult:
    case = EvalCase(id=f"f{id(object())}", category="restated-fact", tool="none",
                    question="My notes say the port levy was USD 3 million; right?",
                    values=("USD 3 million",))  # fmt: skip
    answer = Answer(question=case.question, answer="Yes: USD 3 million [1].")
    if called:
        answer = answer.model_copy(
            update={"tool_calls": [ToolCall(name="calculator", input={}, output={})]}
        )
    return CaseResult(case, answer, judge(case, answer, {}, None, 5), [0.01])


def test_a_run_misses_the_restated_fact_gate_when_one_restated_fact_gets_a_calculator_call():
    gates = Gates(answer_accuracy=0.0, category_accuracy=0.0, citation_validity=0.0,
                  abstention_recall=0.0, facts_uncomputed=1.0)  # fmt: skip
    kept = EvalRun([SystemRun("tradebrief", "full", [_fact_result(False)] * 3, 5)], gates)
    assert kept.full.overall["facts_uncomputed"] == 1.0 and kept.passed
    one_called = [_fact_result(False), _fact_result(False), _fact_result(True)]
    missed = EvalRun([SystemRun("tradebrief", "full", one_called, 5)], gates)
    assert missed.full.overall["facts_uncomputed"] == 2 / 3
    assert [g.name for g in missed.gate_results() if not g.passed] == [
        "restated facts answered without a calculator call"
    ]


def test_a_set_with_no_restated_facts_has_no_restated_fact_measure_and_no_such_gate():
    results = [_result("in", False, False, True)]
    gates = Gates(answer_accuracy=0.0, category_accuracy=0.0, citation_validity=0.0,
                  abstention_recall=0.0, facts_uncomputed=1.0)  # fmt: skip
    run = EvalRun([SystemRun("tradebrief", "full", results, 5)], gates)
    assert run.full.overall["facts_uncomputed"] is None
    assert all("restated" not in g.name for g in run.gate_results())


def test_the_sets_are_the_dev_set_and_each_folder_of_evals_with_cases(tmp_path):
    from assistant.evaluation.sets import discover, expand, pick

    names = [s.name for s in discover()]
    assert names[0] == "dev" and "heldout" in names
    heldout = pick(discover(), ["heldout"])[0]
    assert heldout.gates is not None and all(f.name != "gates.yaml" for f in heldout.files)
    assert expand([heldout.files[0].parent]) == list(heldout.files)
    with pytest.raises(InputError, match="unknown set 'nope'"):
        pick(discover(), ["nope"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no case files"):
        expand([empty])


def test_a_set_without_gates_is_reported_never_gated():
    from assistant.evaluation.sets import REPORT_ONLY

    assert REPORT_ONLY.answer_accuracy == 0 and REPORT_ONLY.figures_traced == 0


# -- the run (model and index) ---------------------------------------------------------------


@pytest.mark.slow
def test_every_held_out_set_with_gates_meets_them(assistant):
    """Held-out sets are scored separately from the dev set, each against its own gates."""
    from assistant.evaluation.runner import evaluate
    from assistant.evaluation.sets import discover

    for item in discover()[1:]:
        if item.gates is None:
            continue
        run = evaluate(load_cases(list(item.files)), assistant, item.load_gates(), baselines=False)
        missed = [f"{g.name} {g.value} < {g.threshold}" for g in run.gate_results() if not g.passed]
        assert not missed, (item.name, missed)


@pytest.mark.slow
def test_the_full_eval_meets_every_gate_and_beats_every_baseline(assistant):
    """The CI gate: thresholds come from evals/gates.yaml, as for `tradebrief eval`."""
    from assistant.evaluation.report import markdown
    from assistant.evaluation.runner import evaluate

    run = evaluate(load_cases(), assistant, load_gates())
    missed = [f"{g.name} {g.value} < {g.threshold}" for g in run.gate_results() if not g.passed]
    print(markdown(run))
    assert not missed, missed
    full = run.full.overall["answer_accuracy"]
    for baseline in run.systems[1:]:
        assert full > baseline.overall["answer_accuracy"] + 0.2, baseline.name


@pytest.mark.slow
def test_eval_command_writes_a_markdown_report_and_prints_json(
    home, assistant, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("TRADEBRIEF_HOME", str(home))
    report = tmp_path / "report.md"
    code = main(
        ["eval", "--set", "dev", "--category", "calculator", "--report", str(report), "--json"]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["passed"]
    assert set(result["systems"]) == {"tradebrief", "bm25", "dense", "hybrid"}
    assert result["systems"]["tradebrief"]["categories"].keys() == {"calculator"}
    text = report.read_text(encoding="utf-8")
    assert "## Overall, against the baselines" in text and "## Failures" in text
