"""The ``tradebrief`` command line. Heavy libraries load only inside the commands that need them.

Examples:
  tradebrief ask "What threshold triggers an offset obligation in Korea?"
  tradebrief ask --json "What did the USTR say about Korea's offsets?"
  echo '{"id": 1, "question": "Who supplied the KC-X tankers?"}' | tradebrief ask --jsonl
  tradebrief calc '50% of $12 million'
  tradebrief calc --offset 12000000 --type competitive --year 1985
  tradebrief index            # build or update the index and say what changed
  tradebrief chat             # a conversation in the terminal
  tradebrief ingest memos/ report.pdf --kind memo   # add your own documents
  tradebrief sources          # what is in the knowledge base; `sources remove ID` takes one out
  tradebrief --chroma-url http://127.0.0.1:8000 ask "..."   # a shared Chroma server
  tradebrief eval --report eval-report.md   # evaluation cases, baselines, gates
  tradebrief serve            # the chat in the browser on http://127.0.0.1:7860
  tradebrief serve --mcp      # and the tools for MCP clients at /gradio_api/mcp/
  tradebrief mcp              # the tools for an MCP client over stdin/stdout
  tradebrief feedback export --disliked --as-eval drafts.yaml   # rated answers as draft cases
  tradebrief brief full --format docx --out brief.docx   # a cited negotiation brief
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from assistant.answers import Answer
    from assistant.pipeline import Assistant
    from assistant.search.ingest import Estimate

EXIT_INPUT = 2
EXIT_FAILURE = 1


def _parser() -> argparse.ArgumentParser:
    from assistant.wording import say

    parser = argparse.ArgumentParser(
        prog="tradebrief",
        description=say("cli_description"),
        epilog="Data lives in $TRADEBRIEF_HOME (default ~/.local/share/tradebrief).\n\n"
        + __doc__.split("Examples:", 1)[1].rstrip(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--chroma-url",
        metavar="URL",
        help="use the Chroma server at URL (http://HOST:PORT) instead of the embedded store "
        "(default: $TRADEBRIEF_CHROMA_URL)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser(
        "ask",
        help="answer a question, with numbered sources",
        description="Answer one question (or JSON lines from standard input with --jsonl).",
        epilog=say("cli_ask_examples"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    _language_option(ask)
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
        description=say("cli_calc_description"),
        epilog=say("cli_calc_examples"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    calc.add_argument("expression", nargs="?", help='e.g. "50%% of $12 million"')
    calc.add_argument(
        "--offset", metavar="VALUE", help="contract value, e.g. 12000000 or '12 million'"
    )
    calc.add_argument("--type", help="contract type: competitive, non-competitive or fms")
    calc.add_argument(
        "--year",
        type=int,
        help="apply the rule of this year (default: the latest rule the sources describe)",
    )
    calc.add_argument("--currency", help="currency of --offset (default USD)")
    calc.add_argument(
        "--rate", help="KRW (or other currency) per USD, e.g. 1470; 'implied' = the sources' rate"
    )
    calc.add_argument("--json", action="store_true", help="print the result as JSON")

    index = commands.add_parser("index", help="build or update the index and report what changed")
    index.add_argument("--rebuild", action="store_true", help="re-embed every source from scratch")

    chat = commands.add_parser(
        "chat", help="a conversation in the terminal (follow-ups use the history)"
    )
    _language_option(chat)

    ingest = commands.add_parser(
        "ingest",
        help="add documents (txt, md, html, pdf, docx) to the knowledge base",
        description="Add files, or every document in folders, to the knowledge base: text, "
        "Markdown, HTML (main text only), PDF (pages kept for citations) and DOCX. A file's id "
        "is its name in lower case (memo-rdp.pdf → memo-rdp): ingesting a changed file replaces "
        "it, the same content is stored once. Metadata comes from these flags, else a sidecar "
        "NAME.yaml (id, title, publisher, date, kind), else the document's own properties.",
        epilog=say("cli_ingest_examples"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ingest.add_argument("--id", help="source id (one document only)")
    ingest.add_argument("--title", help="title (default: the document's own, else its file name)")
    ingest.add_argument("--publisher", help="publisher or author")
    ingest.add_argument("--date", help="publication date, YYYY-MM-DD")
    ingest.add_argument(
        "--kind", help="news, blog, research report, memo, report, guideline or other"
    )
    ingest.add_argument(
        "--follow-links",
        action="store_true",
        help="in folders, also follow symbolic links that lead out of the folder (default: "
        "such links are reported and skipped)",
    )
    ingest.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help="ingest documents whose embedding is estimated to take longer than "
        "TRADEBRIEF_CONFIRM_SECONDS (default 60) without asking (otherwise asked on a terminal, "
        "refused when not on one)",
    )

    listing = commands.add_parser(
        "sources",
        help="list the sources in the knowledge base; `sources remove ID` takes one out",
        description="List built-in and ingested sources (id, origin, kind, units, title), or "
        "remove an ingested one.",
        epilog="examples:\n  tradebrief sources\n  tradebrief sources --json\n"
        "  tradebrief sources remove memo-rdp",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listing.add_argument("action", nargs="?", choices=["list", "remove"], default="list")
    listing.add_argument("source_id", nargs="?", metavar="ID", help="the source to remove")
    listing.add_argument("--json", action="store_true", help="print the list as JSON lines")

    evaluation = commands.add_parser(
        "eval",
        help="run the evaluation cases and baselines; exit 1 when a gate is missed",
        description="Ask every case the way `ask` does, score answers, citations, retrieval, "
        "abstention and traced figures overall and per category, run the baselines (BM25, dense, "
        "top passage) on the same cases, and check the gates. Without FILE, every set is scored "
        "separately: the dev set (evals/questions.yaml, gates evals/gates.yaml) and each folder "
        "of evals/ (its own gates.yaml, if any). The case format is described in "
        "evals/README.md.",
        epilog="examples:\n  tradebrief eval\n  tradebrief eval --set heldout --no-baselines\n"
        "  tradebrief eval --report eval-report.md\n"
        "  tradebrief eval --json > eval.json\n  tradebrief eval --category calculator\n"
        "  tradebrief eval evals/heldout\n  tradebrief eval my-cases.yaml --gates my-gates.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluation.add_argument(
        "files", nargs="*", metavar="FILE", help="YAML files (or folders) of cases, one run"
    )
    evaluation.add_argument(
        "--set",
        action="append",
        metavar="NAME",
        help="only this set: dev, or a folder of evals/ such as heldout (repeatable)",
    )
    evaluation.add_argument("--json", action="store_true", help="print the results as JSON")
    evaluation.add_argument("--report", metavar="PATH", help="write the Markdown report to PATH")
    evaluation.add_argument(
        "--category", action="append", metavar="C", help="only this category (repeatable)"
    )
    evaluation.add_argument("--gates", metavar="PATH", help="thresholds (default evals/gates.yaml)")
    evaluation.add_argument(
        "--k", type=int, default=5, help="retrieval depth for hit@k (default 5)"
    )
    evaluation.add_argument(
        "--no-baselines", action="store_true", help="skip the baselines (faster)"
    )

    serve = commands.add_parser(
        "serve",
        help="the chat in the browser (Gradio), with sources, working and data views",
        description="Serve the negotiators' chat. Builds the index first if needed. Binds to "
        "127.0.0.1 unless told otherwise; the API endpoint /ask answers like `ask --json`.",
        epilog="examples:\n  tradebrief serve\n  tradebrief serve --port 8080\n"
        "  tradebrief serve --host 0.0.0.0 --auth negotiator:s3cret   # share on a network\n"
        "  tradebrief serve --mcp      # and MCP tools at http://127.0.0.1:7860/gradio_api/mcp/\n"
        "  TRADEBRIEF_AUTH=negotiator:s3cret tradebrief serve --host 0.0.0.0",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    serve.add_argument(
        "--auth",
        metavar="USER:PASSWORD",
        help="require this login (default: $TRADEBRIEF_AUTH, else no password); covers the "
        "MCP endpoint too (HTTP Basic)",
    )
    serve.add_argument(
        "--mcp",
        action="store_true",
        help="also serve the tools (ask, search, calculate, sources, brief) and the data tables "
        "to MCP clients at http://HOST:PORT/gradio_api/mcp/ (default: $TRADEBRIEF_MCP)",
    )
    feedback = commands.add_parser(
        "feedback",
        help="the chat's answer ratings: list, export (as draft eval cases), stats",
        description="Ratings (thumbs up/down, comments) given to answers in the chat, kept in "
        "$TRADEBRIEF_HOME/feedback.sqlite3. list prints one line per rating; export prints them "
        "as JSON lines, or with --as-eval writes draft evaluation cases (status: draft, skipped "
        "by `tradebrief eval` until reviewed); stats counts them by day and category.",
        epilog="examples:\n  tradebrief feedback list --disliked\n"
        "  tradebrief feedback export > feedback.jsonl\n"
        "  tradebrief feedback export --disliked --as-eval evals/drafts/feedback.yaml\n"
        "  tradebrief feedback stats",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    feedback.add_argument("action", choices=["list", "export", "stats"])
    feedback.add_argument("--disliked", action="store_true", help="only thumbs-down ratings")
    feedback.add_argument(
        "--as-eval",
        metavar="PATH",
        help="export: write draft evaluation cases (evals/ format) to PATH instead",
    )

    commands.add_parser(
        "mcp",
        help="serve the tools to an MCP client over standard input and output",
        description="An MCP server on stdin/stdout for desktop clients that launch a command: "
        "the tools ask, search, calculate, sources and brief, and the data tables as resources "
        "(tradebrief://data). Progress goes to stderr. For a URL instead, use serve --mcp.",
        epilog='client configuration:\n  {"mcpServers": {"tradebrief": {"command": '
        '"/path/to/.venv/bin/tradebrief", "args": ["mcp"]}}}',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )

    brief = commands.add_parser(
        "brief",
        help="a cited negotiation brief (Markdown, Word or print-ready HTML)",
        description="Build a briefing book of nine sections, every statement cited. TOPIC is "
        "ustr, rdp, history, countries, full (default) or free text.",
        epilog=say("cli_brief_examples"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    brief.add_argument("topic", nargs="*", metavar="TOPIC", help="built-in topic or free text")
    brief.add_argument("--format", choices=("md", "docx", "html"), default="md")
    brief.add_argument("--out", metavar="PATH", help="write here (default: standard output)")
    brief.add_argument(
        "--lang",
        choices=("en", "ko"),
        default="en",
        help="ko: Korean headings, figures both ways (1,000만 달러(USD 10 million)) and Korean "
        "calculations; statements and quotes stay the sources' English",
    )
    brief.add_argument(
        "--as-of",
        metavar="DATE",
        help="facts as of this ISO date, YYYY-MM-DD (rules, timeline)",
    )
    return parser


def _language_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lang",
        choices=("auto", "en", "ko"),
        help="language of questions and answers: en, ko (Korean questions over the English "
        "sources, Korean lead lines, quotes verbatim) or auto, told by the letters "
        "(default: $TRADEBRIEF_LANG, else auto)",
    )


def _cmd_brief(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.app.brief import build_brief
    from assistant.app.brief_render import render
    from assistant.errors import InputError

    if args.format == "docx" and not args.out:
        raise InputError("--format docx needs --out PATH (a Word file is not for a terminal)")
    topic = " ".join(args.topic) or "full"
    if args.out:
        target = Path(args.out)
        if target.is_dir():
            raise InputError(f"--out {args.out} is a directory: give a file name")
        if not target.parent.is_dir():
            raise InputError(f"--out {args.out}: folder {target.parent} does not exist")
    as_of = None
    if args.as_of:
        from datetime import date

        try:
            as_of = date.fromisoformat(args.as_of.strip())
        except ValueError:
            raise InputError(f"--as-of {args.as_of!r} is not an ISO date (YYYY-MM-DD)") from None
    data = render(build_brief(_assistant(), topic, as_of, language=args.lang), args.format)
    if args.out:
        try:
            Path(args.out).write_bytes(data)
        except OSError as exc:
            raise InputError(f"cannot write {args.out}: {exc.strerror}") from None
        print(f"wrote {args.out} ({len(data):,} bytes)", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0


def _assistant() -> Assistant:
    from assistant.pipeline import Assistant

    return Assistant()


def _render(answer: Answer) -> str:
    from assistant.wording import say_ko

    korean = answer.language == "ko"
    lines = [answer.answer]
    if korean and answer.interpreted_as is not None:
        lines += ["", say_ko("interpreted_heading", query=answer.interpreted_as.query)]
    if answer.citations:
        lines.append("")
        lines.append(say_ko("sources_heading") if korean else "Sources:")
        for c in answer.citations:
            page = f"p. {c.page}, " if c.page else ""
            lines.append(f"[{c.marker}] {c.title} ({c.source_id}, {page}chars {c.start}–{c.end})")
            lines.append(f"    “{' '.join(c.quote.split())}”")
    return "\n".join(lines)


def _answer_json(answer: Answer) -> str:
    return json.dumps(answer.model_dump(mode="json"), ensure_ascii=False)


def _cmd_ask(args: argparse.Namespace) -> int:
    from assistant.errors import InputError

    if args.jsonl:
        if args.question:
            raise InputError("--jsonl reads questions from standard input; give no QUESTION")
        return _ask_lines(_assistant(), args.lang)
    question = args.question
    if question is None:
        if sys.stdin.isatty():
            raise InputError('no question: tradebrief ask "QUESTION"')
        question = sys.stdin.read()
    import gc

    # One question, then the process ends: the cyclic collector would walk everything the start
    # loads, again and again, to free the few cycles it leaves (a tenth of a second or more of a
    # cold ask). Paused while the assistant starts and answers; as it was for a caller that goes on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        answer = _assistant().ask(question, language=args.lang)
    finally:
        if collecting:
            gc.enable()
    print(_answer_json(answer) if args.json else _render(answer))
    return 0


def _parse_line(line: str, number: int) -> tuple[Any, Any, Any]:
    """(id, question, history) of one input line; a line that is not JSON is a plain question.

    A line that cannot be used gives (id, None, ValueError(reason)) instead, whatever the JSON
    parser raised on it: a syntax error, an integer too long to convert (Python refuses more than
    4,300 digits), or nesting too deep for the parser (RecursionError).
    """
    from assistant.errors import first_line

    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        stripped = line.strip()
        if stripped.startswith(("{", "[")):
            return number, None, ValueError(f"line {number} is not valid JSON")
        return number, stripped, None
    except RecursionError:
        return number, None, ValueError(f"line {number}: the JSON is nested too deeply to read")
    except ValueError as exc:  # int() of a number with more than 4,300 digits, and the like
        reason = first_line(exc)
        return number, None, ValueError(f"line {number} cannot be read as JSON ({reason})")
    if isinstance(item, str):
        return number, item, None
    if not isinstance(item, dict):
        return number, None, ValueError(f"line {number}: expected an object with a question")
    ident = item.get("id", number)
    if ident is None:
        ident = number
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        return number, None, ValueError(f"line {number}: id must be a string or a whole number")
    return ident, item.get("question"), item.get("history")


def _emit(row: dict[str, Any]) -> None:
    print(json.dumps(row, ensure_ascii=False), flush=True)


def _ask_lines(assistant: Assistant, language: str | None = None) -> int:
    """Answer each line of standard input; a line that fails gets an error line, the rest go on."""
    from assistant.errors import TradebriefError

    failures = 0
    stream = sys.stdin.buffer
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            _emit({"id": number, "error": f"line {number} is not UTF-8 text"})
            failures += 1
            continue
        if not line.strip():
            continue
        ident, question, history = _parse_line(line, number)
        if isinstance(history, ValueError):
            _emit({"id": ident, "error": str(history)})
            failures += 1
            continue
        try:
            # --lang is passed only when given: anything with ask(question, history, id) serves.
            chosen = {"language": language} if language else {}
            answer = assistant.ask(question, history=history, id=ident, **chosen)
        except TradebriefError as exc:
            _emit({"id": ident, "error": str(exc)})
            failures += 1
            continue
        except (ValueError, TypeError, RecursionError) as exc:
            # Input that got past the checks and broke something deeper: this line fails, the
            # batch goes on.
            logging.getLogger(__name__).debug("line %d failed", number, exc_info=True)
            _emit({"id": ident, "error": f"line {number} could not be answered ({exc!r:.200})"})
            failures += 1
            continue
        print(_answer_json(answer), flush=True)
    return EXIT_INPUT if failures else 0


def _cmd_calc(args: argparse.Namespace) -> int:
    from assistant.calculator.operations import calculate
    from assistant.errors import InputError
    from assistant.knowledge.rows import load_data
    from assistant.settings import Settings

    obligation = [args.offset, args.type, args.year, args.currency, args.rate]
    if args.expression is not None and any(v is not None for v in obligation):
        raise InputError("give either an EXPRESSION or --offset/--type options, not both")
    if args.expression is not None:
        request: dict[str, Any] = {"operation": "evaluate", "expression": args.expression}
    elif args.offset is not None:
        if not args.type:
            raise InputError("--offset needs --type competitive, non-competitive or fms")
        from assistant.calculator.arithmetic import parse_amount

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
    result = calculate(request, load_data(Settings.from_env().checked().data_dir))
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(result.text())
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    from assistant.pipeline import Assistant
    from assistant.search.index import Collected, set_aside_if_broken
    from assistant.search.lock import writer_lock
    from assistant.settings import Settings

    settings = Settings.from_env()
    with writer_lock(settings):  # one writer from the first look to the last restored document
        moved = set_aside_if_broken(settings) if args.rebuild else None
        assistant = Assistant(settings)
        if moved is not None:
            problem, where = moved
            print(
                f"the store in {settings.chroma_dir} could not be opened ({problem}): moved to {where}"
            )
            report = assistant.sync()  # a new, empty store: every built-in source is indexed
        else:
            # --rebuild re-embeds in place: ingested documents from the text the store keeps.
            report = assistant.sync(rebuild=args.rebuild)
        index = assistant.index
        collected = Collected()
        if report.collected:
            collected.add(report.collected)
        collected.add(index.collect())  # what killed writes left behind
        restored = index.restore_archive(progress=assistant.progress) if args.rebuild else []
    # Outside the writer's lock: kept vectors are written whole by rename, and asks may run.
    assistant.prepare()
    report.collected = None
    print(report.summary())
    if collected or args.rebuild:
        print(collected.summary())
    if restored:
        print(
            f"restored {len(restored)} ingested document(s) from the archive: {', '.join(restored)}"
        )
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    metadata = {
        key: getattr(args, key)
        for key in ("id", "title", "publisher", "date", "kind")
        if getattr(args, key) is not None
    }
    from assistant.search.ingest import Watch, watching
    from assistant.settings import Settings

    threshold = Settings.from_env().confirm_seconds
    with watching(Watch(_confirm(threshold, args.yes))):
        report = _assistant().ingest(args.paths, metadata, follow_links=args.follow_links)
    print(report.summary())
    return 0 if report.ok else EXIT_INPUT


def _confirm(threshold: float, yes: bool) -> Callable[[Estimate], str | None]:
    """The ingest check of the CLI: a document estimated over ``threshold`` seconds is ingested
    with --yes, asked about on a terminal, and refused (saying how to go on) otherwise."""
    from assistant.search.ingest import duration

    def check(estimate: Estimate) -> str | None:
        if estimate.seconds <= threshold:
            return None
        if yes:
            print(estimate.line(), file=sys.stderr)
            return None
        over = f"{estimate.units:,} units would take about {duration(estimate.seconds)} to embed"
        if sys.stdin.isatty() and sys.stderr.isatty():
            print(f"{estimate.line()}. Go on? [y/N] ", end="", file=sys.stderr, flush=True)
            try:
                reply = input().strip().lower()
            except EOFError:
                reply = ""
            return None if reply in ("y", "yes") else f"{over}; you said no"
        return (
            f"{over}, over {threshold:g} s (TRADEBRIEF_CONFIRM_SECONDS): run it again with --yes "
            "to ingest it anyway, or from a terminal to be asked"
        )

    return check


def _cmd_sources(args: argparse.Namespace) -> int:
    from assistant.errors import InputError

    assistant = _assistant()
    if args.action == "remove":
        if not args.source_id:
            raise InputError("which source? tradebrief sources remove ID (ids: tradebrief sources)")
        assistant.remove_source(args.source_id)
        print(f"removed {args.source_id}")
        return 0
    if args.source_id:
        raise InputError(
            f"unexpected {args.source_id!r}: did you mean `sources remove {args.source_id}`?"
        )
    from assistant.app.toolkit import source_record

    for entry in assistant.sources():
        meta = entry.meta
        if args.json:
            print(json.dumps(source_record(entry), ensure_ascii=False))
        else:
            print(
                f"{meta.id:<24} {meta.origin:<9} {meta.kind:<16} {entry.units:>5} units  "
                f"{meta.title}"
            )
    return 0


def _cmd_chat(args: argparse.Namespace) -> int:
    from assistant.errors import InputError
    from assistant.wording import say

    assistant = _assistant()
    language = getattr(args, "lang", None)
    history: list[dict[str, str]] = []
    _warm_meanwhile(assistant)
    print(say("chat_greeting"))
    while True:
        try:
            question = input("\nyou> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        try:
            answer = assistant.ask(question, history=history, language=language)
        except InputError as exc:
            print(f"tradebrief: {exc}")
            continue
        print("\n" + _render(answer))
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]


def _warm_meanwhile(assistant: Assistant) -> None:
    """``assistant.warm()`` in the background, while the first question is typed. A failure there
    is left to the question that needs what failed, which reports it (``TradebriefError``)."""
    import threading

    def warm() -> None:
        with contextlib.suppress(Exception):
            assistant.warm()

    threading.Thread(target=warm, name="tradebrief-warm", daemon=True).start()


def _cmd_serve(args: argparse.Namespace) -> int:
    from assistant.errors import InputError

    if not 1 <= args.port <= 65535:
        raise InputError(f"--port {args.port} is not a port: use 1..65535")
    # Offline machine: no usage analytics, no version check. Set before gradio is imported.
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from assistant.app.ui import parse_auth, serve

    auth = parse_auth(args.auth if args.auth is not None else os.environ.get("TRADEBRIEF_AUTH"))
    assistant = _assistant()
    mcp = args.mcp or assistant.settings.mcp
    serve(assistant, host=args.host, port=args.port, auth=auth, mcp=mcp)
    return 0


def _cmd_feedback(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.app.feedback import FeedbackStore
    from assistant.errors import InputError
    from assistant.settings import Settings

    if args.as_eval and args.action != "export":
        raise InputError("--as-eval goes with export: tradebrief feedback export --as-eval PATH")
    store = FeedbackStore(Settings.from_env().feedback_db)
    if args.action == "stats":
        counts = store.stats()
        for heading, table in (("by day", counts["day"]), ("by category", counts["category"])):
            print(f"{heading}:")
            for key, tally in sorted(table.items()):
                print(f"  {key:<12} up {tally['up']:>4}  down {tally['down']:>4}")
        if not counts["day"]:
            print("  no feedback yet")
        return 0
    entries = store.entries(disliked=args.disliked)
    if args.action == "list":
        for entry in entries:
            comment = f"  — {entry.comment}" if entry.comment else ""
            print(
                f"#{entry.id:<5} {entry.time}  {entry.rating:<4} {entry.category:<10} "
                f"{entry.question}{comment}"
            )
        return 0
    if not args.as_eval:
        for entry in entries:
            print(json.dumps(entry.to_json(), ensure_ascii=False))
        return 0
    from assistant.evaluation.drafts import cases_yaml, draft_case

    target = Path(args.as_eval)
    if target.is_dir() or not target.parent.is_dir():
        raise InputError(f"--as-eval {args.as_eval}: give a file in an existing folder")
    drafts = [
        draft_case(e.id, e.question, e.history, e.answer, e.comment)
        for e in entries
        if e.rating == "down"
    ]
    try:
        target.write_text(cases_yaml(drafts) if drafts else "[]\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {args.as_eval}: {exc.strerror}") from None
    print(f"wrote {len(drafts)} draft case(s) to {args.as_eval} (status: draft)", file=sys.stderr)
    return 0


def _cmd_mcp(_: argparse.Namespace) -> int:
    from assistant.app.mcp_stdio import run_stdio

    run_stdio(_assistant())
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.errors import InputError
    from assistant.evaluation.cases import (
        DEFAULT_GATES,
        load_cases,
        load_gates,
        reviewed,
        select,
    )
    from assistant.evaluation.report import markdown, summary_line, to_json
    from assistant.evaluation.runner import evaluate
    from assistant.evaluation.sets import EvalSet, discover, expand, pick

    if not 1 <= args.k <= 100:
        raise InputError(f"--k {args.k} is out of range: use 1..100")
    if args.files:
        given = Path(args.gates) if args.gates else DEFAULT_GATES
        sets = [EvalSet("given", tuple(expand([Path(f) for f in args.files])), given)]
    else:
        sets = pick(discover(), args.set)
    assistant = _assistant()
    runs = []
    for item in sets:
        cases, drafts = reviewed(load_cases(list(item.files)))
        if drafts:
            print(
                f"tradebrief: {item.name}: skipped {drafts} draft case(s) (status: draft) until "
                "reviewed",
                file=sys.stderr,
            )
        if not cases:
            continue
        known = {c.category for c in cases}
        if args.category and len(sets) > 1 and not known & set(args.category):
            continue  # a set without the categories asked for
        cases = select(cases, args.category)
        run = evaluate(
            cases,
            assistant,
            load_gates(Path(args.gates)) if args.gates else item.load_gates(),
            k=args.k,
            baselines=not args.no_baselines,
            files=[str(p) for p in item.files],
        )
        runs.append((item.name, run))
    if not runs and not args.category:
        raise InputError("every case given is a draft (status: draft): review one first")
    if not runs:
        raise InputError(f"no set has the category {args.category[0]!r}")
    if len(runs) == 1:
        report = markdown(runs[0][1])
        payload: dict[str, object] = to_json(runs[0][1])
    else:
        report = "".join(f"# Set: {name}\n\n{markdown(run)}\n" for name, run in runs)
        payload = {"sets": [{"name": name, **to_json(run)} for name, run in runs]}
    if args.report:
        try:
            Path(args.report).write_text(report, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write the report to {args.report}: {exc.strerror}") from None
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.report:
        for name, run in runs:
            print(f"{name}: {summary_line(run)}")
    else:
        print(report, end="")
    return 0 if all(run.passed for _, run in runs) else EXIT_FAILURE


class _Stderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (tests and callers swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except (OSError, ValueError):
            pass  # stderr closed: progress is not worth failing over


def _show_progress() -> None:
    logger = logging.getLogger("assistant")
    if not any(isinstance(h, _Stderr) for h in logger.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("tradebrief: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code. A reader that goes away (`tradebrief sources | head`)
    ends the command quietly, as with Unix tools: no BrokenPipeError traceback."""
    _freeze_at_exit()
    try:
        try:
            return _main(argv)
        finally:
            # Here, not at exit, so a broken pipe is caught below. (`mcp` closes stdout itself.)
            if not sys.stdout.closed:
                sys.stdout.flush()
    except BrokenPipeError:
        return _broken_pipe()


@functools.cache  # registered once, however often ``main`` runs in one process
def _freeze_at_exit() -> None:
    """At exit, move every object still alive out of the collector's reach (``gc.freeze``).

    The interpreter's last collections walk all of them, several times over, to free memory the
    process's end gives back anyway: a fifth of a second after a cold ``ask``. Only at exit, so a
    caller of ``main`` that goes on (the tests) keeps its collector as it was.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_INPUT
    from assistant.errors import InputError, TradebriefError

    # Library code reports progress through logging; the CLI shows tradebrief's own on stderr
    # (the libraries underneath keep their warnings-only default).
    _show_progress()
    handlers = {
        "ask": _cmd_ask,
        "calc": _cmd_calc,
        "index": _cmd_index,
        "chat": _cmd_chat,
        "serve": _cmd_serve,
        "eval": _cmd_eval,
        "ingest": _cmd_ingest,
        "sources": _cmd_sources,
        "brief": _cmd_brief,
        "mcp": _cmd_mcp,
        "feedback": _cmd_feedback,
    }
    try:
        if args.chroma_url is not None:
            from assistant.settings import check_chroma_url

            # Every command reads its settings from the environment; the flag wins over it.
            os.environ["TRADEBRIEF_CHROMA_URL"] = check_chroma_url(args.chroma_url)
        return handlers[args.command](args)
    except InputError as exc:
        print(f"tradebrief: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except TradebriefError as exc:
        print(f"tradebrief: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130


def _broken_pipe() -> int:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again; exit 141."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 128 + 13  # 128 + SIGPIPE, what a shell reports for a process ended by a broken pipe


if __name__ == "__main__":
    sys.exit(main())
