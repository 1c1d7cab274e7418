"""The ``tradebrief`` command line. Heavy libraries load only inside the commands that need them.

Examples:
  tradebrief ask "What threshold triggers an offset obligation in Korea?"
  tradebrief ask --json "What did the USTR say about Korea's offsets?"
  echo '{"id": 1, "question": "Who supplied the KC-X tankers?"}' | tradebrief ask --jsonl
  tradebrief calc '50% of $12 million'
  tradebrief calc --offset 12000000 --type competitive --year 1985
  tradebrief index            # build or update the index and say what changed
  tradebrief chat             # a conversation in the terminal
  tradebrief serve            # the chat in the browser on http://127.0.0.1:7860
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answers import Answer
    from .assistant import Assistant

EXIT_INPUT = 2
EXIT_FAILURE = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradebrief",
        description="Cited answers on the Korea–US defense offset dispute (USTR 2025 NTE report, "
        "RDP talks, Korea's offset program), from the sources in knowledge/.",
        epilog="Data lives in $TRADEBRIEF_HOME (default ~/.local/share/tradebrief).\n\n"
        + __doc__.split("Examples:", 1)[1].rstrip(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser(
        "ask",
        help="answer a question, with numbered sources",
        description="Answer one question (or JSON lines from standard input with --jsonl).",
        epilog='examples:\n  tradebrief ask "Who supplied the KC-X tankers?"\n'
        '  tradebrief ask --json "How much were offsets worth from 2016 to 2020?"\n'
        "  tradebrief ask --jsonl < questions.jsonl > answers.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "question", "history"} lines from stdin, write one JSON answer per line',
    )

    calc = commands.add_parser(
        "calc",
        help="exact calculator: expressions, offset obligations, conversions",
        description="Exact decimal arithmetic, no code evaluated. Either an EXPRESSION, or "
        "--offset VALUE --type TYPE for the offset a contract calls for under Korea's rules.",
        epilog="examples:\n"
        "  tradebrief calc '50% of $12 million'\n"
        '  tradebrief calc "USD 10 million in KRW at 1470"\n'
        '  tradebrief calc "from 7.99 billion to 800 million"\n'
        "  tradebrief calc --offset 12000000 --type competitive\n"
        "  tradebrief calc --offset 12000000 --type non-competitive --year 1985\n"
        "  tradebrief calc --offset 20000000000 --type competitive --currency KRW --rate 1470\n"
        "  tradebrief calc --offset 20000000000 --type competitive --currency KRW --rate implied",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    calc.add_argument("expression", nargs="?", help='e.g. "50%% of $12 million"')
    calc.add_argument(
        "--offset", metavar="VALUE", help="contract value, e.g. 12000000 or '12 million'"
    )
    calc.add_argument("--type", help="contract type: competitive, non-competitive or fms")
    calc.add_argument("--year", type=int, help="apply the rule of this year (default: today's)")
    calc.add_argument("--currency", help="currency of --offset (default USD)")
    calc.add_argument(
        "--rate", help="KRW (or other currency) per USD, e.g. 1470; 'implied' = the sources' rate"
    )
    calc.add_argument("--json", action="store_true", help="print the result as JSON")

    index = commands.add_parser("index", help="build or update the index and report what changed")
    index.add_argument("--rebuild", action="store_true", help="re-embed every source from scratch")

    commands.add_parser("chat", help="a conversation in the terminal (follow-ups use the history)")

    serve = commands.add_parser(
        "serve",
        help="the chat in the browser (Gradio), with sources, working and data views",
        description="Serve the negotiators' chat. Builds the index first if needed. Binds to "
        "127.0.0.1 unless told otherwise; the API endpoint /ask answers like `ask --json`.",
        epilog="examples:\n  tradebrief serve\n  tradebrief serve --port 8080\n"
        "  tradebrief serve --host 0.0.0.0 --auth negotiator:s3cret   # share on a network\n"
        "  TRADEBRIEF_AUTH=negotiator:s3cret tradebrief serve --host 0.0.0.0",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.add_argument(
        "--auth",
        metavar="USER:PASSWORD",
        help="require this login (default: $TRADEBRIEF_AUTH, else no password)",
    )
    return parser


def _assistant() -> Assistant:
    from .assistant import Assistant

    return Assistant()


def _render(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            lines.append(f"[{c.marker}] {c.title} ({c.source_id}, chars {c.start}–{c.end})")
            lines.append(f"    “{' '.join(c.quote.split())}”")
    return "\n".join(lines)


def _answer_json(answer: Answer) -> str:
    return json.dumps(answer.model_dump(mode="json"), ensure_ascii=False)


def _cmd_ask(args: argparse.Namespace) -> int:
    from .errors import InputError

    if args.jsonl:
        if args.question:
            raise InputError("--jsonl reads questions from standard input; give no QUESTION")
        return _ask_lines(_assistant())
    question = args.question
    if question is None:
        if sys.stdin.isatty():
            raise InputError('no question: tradebrief ask "QUESTION"')
        question = sys.stdin.read()
    answer = _assistant().ask(question)
    print(_answer_json(answer) if args.json else _render(answer))
    return 0


def _parse_line(line: str, number: int) -> tuple[Any, Any, Any]:
    """(id, question, history) of one input line; a line that is not JSON is a plain question."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        stripped = line.strip()
        if stripped.startswith(("{", "[")):
            return number, None, ValueError(f"line {number} is not valid JSON")
        return number, stripped, None
    if isinstance(item, str):
        return number, item, None
    if not isinstance(item, dict):
        return number, None, ValueError(f"line {number}: expected an object with a question")
    return item.get("id", number), item.get("question"), item.get("history")


def _ask_lines(assistant: Assistant) -> int:
    from .errors import TradebriefError

    failures = 0
    stream = sys.stdin.buffer
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            print(
                json.dumps({"id": number, "error": f"line {number} is not UTF-8 text"}), flush=True
            )
            failures += 1
            continue
        if not line.strip():
            continue
        ident, question, history = _parse_line(line, number)
        if isinstance(history, ValueError):
            print(json.dumps({"id": ident, "error": str(history)}), flush=True)
            failures += 1
            continue
        try:
            answer = assistant.ask(question, history=history, id=ident)
        except TradebriefError as exc:
            print(json.dumps({"id": ident, "error": str(exc)}, ensure_ascii=False), flush=True)
            failures += 1
            continue
        print(_answer_json(answer), flush=True)
    return EXIT_INPUT if failures else 0


def _cmd_calc(args: argparse.Namespace) -> int:
    from .calculator import calculate
    from .data import load_data
    from .errors import InputError
    from .settings import Settings

    obligation = [args.offset, args.type, args.year, args.currency, args.rate]
    if args.expression is not None and any(v is not None for v in obligation):
        raise InputError("give either an EXPRESSION or --offset/--type options, not both")
    if args.expression is not None:
        request: dict[str, Any] = {"operation": "evaluate", "expression": args.expression}
    elif args.offset is not None:
        if not args.type:
            raise InputError("--offset needs --type competitive, non-competitive or fms")
        from .arithmetic import parse_amount

        # "12000000" or "12 million" is in --currency (default USD); "$12 million" says its own.
        written = parse_amount(args.offset).currency
        if written and args.currency and written != args.currency.upper():
            raise InputError(f"--offset {args.offset!r} is in {written}, not {args.currency}")
        amount = args.offset if written else f"{args.offset} {args.currency or 'USD'}"
        request = {
            "operation": "offset_obligation",
            "amount": amount,
            "contract_type": args.type,
            "year": args.year,
            "rate": args.rate,
        }
    else:
        raise InputError(
            'nothing to calculate: tradebrief calc "EXPRESSION" or --offset VALUE --type TYPE'
        )
    result = calculate(request, load_data(Settings.from_env().data_dir))
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(result.text())
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    from .assistant import Assistant

    if args.rebuild:
        import shutil

        from .settings import Settings

        shutil.rmtree(Settings.from_env().chroma_dir, ignore_errors=True)
    report = Assistant().sync()
    print(report.summary())
    return 0


def _cmd_chat(_: argparse.Namespace) -> int:
    from .errors import InputError

    assistant = _assistant()
    history: list[dict[str, str]] = []
    print("tradebrief chat: ask about the Korea–US offset dispute. Empty line or Ctrl-D to quit.")
    while True:
        try:
            question = input("\nyou> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        try:
            answer = assistant.ask(question, history=history)
        except InputError as exc:
            print(f"tradebrief: {exc}")
            continue
        print("\n" + _render(answer))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]


def _cmd_serve(args: argparse.Namespace) -> int:
    import os

    from .errors import InputError

    if not 1 <= args.port <= 65535:
        raise InputError(f"--port {args.port} is not a port: use 1..65535")
    from .ui import parse_auth, serve

    auth = parse_auth(args.auth if args.auth is not None else os.environ.get("TRADEBRIEF_AUTH"))
    serve(_assistant(), host=args.host, port=args.port, auth=auth)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_INPUT
    from .errors import InputError, TradebriefError

    handlers = {
        "ask": _cmd_ask,
        "calc": _cmd_calc,
        "index": _cmd_index,
        "chat": _cmd_chat,
        "serve": _cmd_serve,
    }
    try:
        return handlers[args.command](args)
    except InputError as exc:
        print(f"tradebrief: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except TradebriefError as exc:
        print(f"tradebrief: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
