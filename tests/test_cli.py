"""The command line: fast help, JSON and JSON lines, one-line errors and non-zero exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.settings import REPO_ROOT


def _run(args, home, stdin=None):
    env = {**os.environ, "TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=600,
    )


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys, contextlib, io\n"
        "from assistant import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: cli.main(['--help'])\n"
        "    except SystemExit: pass\n"
        "heavy = [m for m in ('chromadb', 'torch', 'onnxruntime', 'bm25s', 'langchain_core', 'gradio', 'matplotlib', 'pandas') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT
    )
    assert out.returncode == 0 and out.stdout.strip() == ""


def test_help_lists_the_commands_with_examples():
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0
    for word in ("ask", "index", "chat", "serve", "--jsonl"):
        assert word in out.stdout


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "empty"), ("x" * 100_000, "too long"), ("\x01\x02\x03\x04\x05\x06\x07ab", "binary")],
)
def test_bad_questions_give_one_line_and_exit_2(tmp_path, question, message):
    out = _run(["ask", question], tmp_path)
    assert out.returncode == 2
    err = out.stderr.decode()
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_ask_json_prints_one_answer_object(home, assistant):
    out = _run(["ask", "--json", "Who supplied the KC-X tankers?"], home)
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert "Airbus" in data["answer"] and data["citations"] and data["abstained"] is False
    # Only tradebrief's own progress reaches stderr, never the libraries' info logs.
    assert all(line.startswith("tradebrief: ") for line in out.stderr.decode().splitlines())


@pytest.mark.slow
def test_ask_prints_the_answer_then_numbered_sources(home, assistant):
    out = _run(["ask", "When was the offset program introduced?"], home)
    text = out.stdout.decode()
    assert out.returncode == 0 and "1982" in text
    assert "Sources:" in text and "[1] " in text


@pytest.mark.slow
def test_jsonl_answers_in_order_and_keeps_going_after_bad_lines(home, assistant):
    lines = [
        json.dumps({"id": "a", "question": "Who supplied the KC-X tankers?"}),
        "What share of a competitive contract must be offset?",
        json.dumps({"id": "c", "question": ""}),
        "{not json",
        json.dumps(
            {
                "id": "e",
                "question": "Who supplied those tankers?",
                "history": [{"role": "user", "content": "How many tankers came through KC-X?"}],
            }
        ),
        json.dumps({"id": "f", "question": "Q", "history": "nope"}),
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b"\xff\xfe broken bytes\n"
    out = _run(["ask", "--jsonl"], home, stdin=stdin)
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, "c", 4, "e", "f", 7]
    assert "Airbus" in rows[0]["answer"] and "50" in rows[1]["answer"]
    assert "empty" in rows[2]["error"] and "not valid JSON" in rows[3]["error"]
    assert (
        "Airbus" in rows[4]["answer"]
        and "history" in rows[5]["error"]
        and "UTF-8" in rows[6]["error"]
    )
    assert out.returncode == 2 and b"Traceback" not in out.stderr


def _calc(*args):
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "calc", *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )


def test_calc_evaluates_an_expression_and_shows_the_working():
    out = _calc("50% of $12 million")
    assert out.returncode == 0, out.stderr
    assert "50% × USD 12,000,000 = USD 6,000,000" in out.stdout


def test_calc_offset_applies_the_rule_of_the_year_asked():
    out = _calc("--offset", "12000000", "--type", "competitive", "--year", "1985")
    assert out.returncode == 0, out.stderr
    assert "USD 2,000,000 threshold" in out.stdout
    assert "50% × USD 12,000,000 = USD 6,000,000" in out.stdout


def test_calc_offset_converts_at_the_rate_given_and_prints_json():
    out = _calc(
        "--offset", "20000000000", "--type", "competitive", "--currency", "KRW", "--rate", "1470",
        "--json",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["triggers"] is True
    assert result["currency"] == "KRW" and result["result"] == "10000000000"
    assert result["details"]["rate"] == "1,470 KRW/USD"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["__import__('os').system('ls')"], "unexpected '_' at position 1"),
        (["1e999999"], "scientific notation"),
        (["$5e7"], "scientific notation ('5e7')"),
        (["50% of $5E+7"], "scientific notation ('5E+7')"),
        (["--offset", "5e7", "--type", "competitive"], "scientific notation"),
        (["--offset", "$1.2e8", "--type", "competitive"], "scientific notation"),
        (["9**9**9"], "not supported"),
        (["1/0"], "division by zero"),
        (["--offset", "20000000000", "--type", "competitive", "--currency", "KRW"], "--rate"),
        (["--offset", "-5", "--type", "competitive"], "must be positive"),
        (["--offset", "12000000", "--type", "competitive", "--year", "1975"], "began in 1982"),
        (["--offset", "12000000", "--type", "barter"], "unknown contract type"),
        (["--offset", "12000000"], "needs --type"),
        ([], "nothing to calculate"),
    ],
)
def test_calc_rejects_bad_input_with_one_line_and_exit_2(args, message, capsys):
    # In this process (the calculator needs no index); the tests above run the command itself.
    from assistant import cli

    code = cli.main(["calc", *args])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert out.err.count("\n") == 1 and message in out.err


class _EchoAssistant:
    """Stands in for the assistant where only the reading of JSON lines is under test."""

    def ask(self, question, history=None, id=None):
        from assistant.answers import Answer
        from assistant.inputs import clean_question, parse_history

        parse_history(history)
        return Answer(id=id, question=question, answer=f"echo: {clean_question(question, 2000)}")


def _jsonl(monkeypatch, capsys, data: bytes):
    import io

    from assistant import cli

    monkeypatch.setattr(cli, "_assistant", lambda: _EchoAssistant())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = cli.main(["ask", "--jsonl"])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_jsonl_lines_the_json_parser_cannot_read_each_get_an_error_and_the_batch_goes_on(
    monkeypatch, capsys
):
    lines = [
        json.dumps({"id": "a", "question": "first"}).encode(),
        b"9" * 5000,  # an integer past Python's 4,300-digit conversion limit: ValueError
        b'{"id": "c", "question": "q", "n": ' + b"1" * 5000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,  # nesting past the parser's recursion limit
        b'{"id": "e", "history": ' + b"[" * 50_000 + b"]" * 50_000 + b', "question": "q"}',
        b"\xff\xfe not UTF-8 \xc3\x28",
        json.dumps({"id": ["not", "an", "id"], "question": "q"}).encode(),
        json.dumps({"id": "h", "question": "last"}).encode(),
    ]
    code, rows, err = _jsonl(monkeypatch, capsys, b"\n".join(lines) + b"\n")
    assert [r["id"] for r in rows] == ["a", 2, 3, 4, 5, 6, 7, "h"]
    assert rows[0]["answer"] == "echo: first" and rows[-1]["answer"] == "echo: last"
    assert "4300" in rows[1]["error"] or "digits" in rows[1]["error"]
    assert "line 3" in rows[2]["error"]
    assert "nested too deeply" in rows[3]["error"] and "nested too deeply" in rows[4]["error"]
    assert "UTF-8" in rows[5]["error"] and "id must be" in rows[6]["error"]
    assert code == 2 and "Traceback" not in err


def test_jsonl_with_every_line_good_exits_0(monkeypatch, capsys):
    data = b'{"id": 1, "question": "one"}\n\ntwo\n'
    code, rows, _ = _jsonl(monkeypatch, capsys, data)
    assert code == 0 and [r["answer"] for r in rows] == ["echo: one", "echo: two"]


_FLOOD = (
    "import sys\n"
    "from assistant import cli\n"
    "def flood(args):\n"
    "    for n in range(1_000_000):\n"
    "        print(f'source-{n:07d} ingested  memo  12 units  A title long enough to fill pipes')\n"
    "    return 0\n"
    "cli._cmd_sources = flood\n"
    "sys.exit(cli.main(['sources']))\n"
)


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    # `tradebrief sources | head -1`: a real pipe whose reader closes after one line.
    env = {**os.environ, "TRADEBRIEF_HOME": str(tmp_path)}
    writer = subprocess.Popen(
        [sys.executable, "-c", _FLOOD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
        env=env,
    )
    assert writer.stdout is not None and writer.stderr is not None
    first = writer.stdout.readline()
    writer.stdout.close()
    err = writer.stderr.read().decode()
    code = writer.wait(timeout=60)
    assert first.startswith(b"source-0000000")
    assert err == "" and code == 141  # 128 + SIGPIPE, quietly


@pytest.mark.parametrize("args", [["ask", "What is the threshold?"], ["calc", "1 + 1"]])
def test_without_a_knowledge_folder_the_cli_says_it_runs_from_a_checkout(tmp_path, args):
    env = {**os.environ, "TRADEBRIEF_HOME": str(tmp_path), "TRADEBRIEF_KNOWLEDGE": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args], capture_output=True, env=env, timeout=60
    )
    err = out.stderr.decode()
    assert out.returncode == 1 and "checkout" in err and "TRADEBRIEF_KNOWLEDGE" in err
    assert "Traceback" not in err
