"""tradebrief as MCP tools: a real `tradebrief serve --mcp` on a free loopback port and a real
`tradebrief mcp` on stdio, each used through the official MCP Python SDK's client."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from serving import Server, serve_copy

from assistant.app.toolkit import TABLES
from assistant.calculator.operations import CalculatorInput, Operation
from assistant.settings import REPO_ROOT

# The MCP SDK is imported by the tests that use it: collecting this module, as every worker of
# the fast suite does before leaving it out, then costs no import of the SDK.
if TYPE_CHECKING:
    from mcp import ClientSession

pytestmark = pytest.mark.slow

TOOLS = {"ask", "search", "calculate", "sources", "brief"}
LOGIN = ("negotiator", "s3cret-pass")
# Asked over MCP and of the library: ten questions on what the sources cover (the KC-X deal, the
# USTR report, the offset rules, the RDP talks, other countries), a calculation and one the
# sources do not answer.
QUESTIONS = [
    "Who supplied the KC-X tankers?",
    "When did Korea introduce its offset program?",
    "What did the USTR say about Korea's defense offsets?",
    "What threshold triggers an offset obligation in Korea?",
    "What share of a non-competitive contract must be offset?",
    "Why do US defense companies object to Korea's offset guidelines?",
    "What is the Reciprocal Defense Procurement agreement?",
    "What minimum offset share does Norway require?",
    "Does a competitive contract worth $25 million trigger an offset obligation?",
    "What will the exchange rate be in 2030?",
]


def _url(server: Server) -> str:
    return f"{server.url}gradio_api/mcp/"


@asynccontextmanager
async def session(url: str, auth: httpx.Auth | None = None) -> AsyncIterator[ClientSession]:
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    http = httpx.AsyncClient(auth=auth, timeout=httpx.Timeout(30, read=300))
    async with http, streamable_http_client(url, http_client=http) as (read, write, _):
        async with ClientSession(read, write) as client:
            await client.initialize()
            yield client


def _json(result: Any) -> Any:
    """The JSON a tool returned (one text block)."""
    assert not result.isError, result.content
    assert len(result.content) == 1
    return json.loads(result.content[0].text)


@pytest.fixture(scope="module")
def server(assistant, settings, tmp_path_factory) -> Iterator[Server]:
    running = serve_copy(settings, tmp_path_factory, "--mcp")
    yield running
    running.stop()


async def test_the_server_lists_the_five_tools_with_descriptions_and_schemas(server):
    async with session(_url(server)) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert len(tool.description or "") > 80, tool.name
        assert tool.inputSchema["type"] == "object"
        for name, schema in tool.inputSchema["properties"].items():
            assert schema.get("description"), f"{tool.name}.{name} has no description"
    assert tools["ask"].inputSchema["required"] == ["question"]
    assert set(tools["ask"].inputSchema["properties"]) == {"question", "history"}
    assert tools["search"].inputSchema["properties"]["k"]["type"] == "integer"
    assert tools["sources"].inputSchema["properties"] == {}


async def test_the_calculator_schema_has_every_field_of_its_request_model(server):
    async with session(_url(server)) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    schema = tools["calculate"].inputSchema
    assert set(schema["properties"]) == set(CalculatorInput.model_fields)
    assert "required" not in schema  # every field is optional; the operation says which it needs
    operation = schema["properties"]["operation"]
    assert operation["enum"] == list(Operation.__args__)
    assert operation["default"] == "evaluate"
    assert {"type": "integer"} in schema["properties"]["year"]["oneOf"]
    countries = schema["properties"]["countries"]["oneOf"]
    assert {"type": "array", "items": {"type": "string"}} in countries
    for name, field in CalculatorInput.model_fields.items():
        assert schema["properties"][name]["description"] == field.description


async def test_ask_over_mcp_equals_assistant_ask_for_ten_questions(server, assistant):
    async with session(_url(server)) as client:
        for question in QUESTIONS:
            answer = _json(await client.call_tool("ask", {"question": question}))
            assert answer == assistant.ask(question).model_dump(mode="json"), question
        history = [
            {"role": "user", "content": QUESTIONS[0]},
            {"role": "assistant", "content": assistant.ask(QUESTIONS[0]).answer},
        ]
        follow_up = "How much offset trade did it agree to provide?"
        answer = _json(await client.call_tool("ask", {"question": follow_up, "history": history}))
    assert answer == assistant.ask(follow_up, history=history).model_dump(mode="json")
    assert "662.6" in answer["answer"]


async def test_each_tool_answers_with_json_an_agent_can_use(server, assistant, sources):
    async with session(_url(server)) as client:
        found = _json(await client.call_tool("search", {"query": "technology transfer", "k": 3}))
        calc = _json(
            await client.call_tool(
                "calculate",
                {"operation": "offset_obligation", "amount": "$12 million", "contract_type": "competitive"},
            )
        )  # fmt: skip
        listing = _json(await client.call_tool("sources", {}))
        brief = await client.call_tool("brief", {"topic": "ustr"})
    assert found["query"] == "technology transfer" and len(found["passages"]) == 3
    for passage in found["passages"]:
        assert set(passage) == {"source_id", "title", "start", "end", "page", "score", "text"}
        assert passage["source_id"] in sources and passage["end"] > passage["start"]
    assert (calc["triggers"], calc["display"]) == (True, "USD 6,000,000")
    assert calc["working"] and calc["cites"]
    ids = [entry["id"] for entry in listing["sources"]]
    assert ids == [entry.id for entry in assistant.sources()]
    assert not brief.isError
    markdown = brief.content[0].text
    assert markdown.startswith("# Negotiation brief") and "## 9. Sources" in markdown


async def test_bad_arguments_come_back_as_tool_errors_with_the_reason(server):
    async with session(_url(server)) as client:
        empty = await client.call_tool("ask", {"question": "  "})
        too_many = await client.call_tool("search", {"query": "offsets", "k": 500})
        division = await client.call_tool("calculate", {"expression": "5 / 0"})
        unknown = await client.call_tool("calculate", {"operation": "integrate"})
        # The server is still answering after them.
        after = _json(await client.call_tool("ask", {"question": QUESTIONS[0]}))
    assert empty.isError and "Question is empty" in empty.content[0].text
    assert too_many.isError and "k must be a whole number from 1 to 20" in too_many.content[0].text
    assert division.isError and "zero" in division.content[0].text.lower()
    assert unknown.isError and "integrate" in unknown.content[0].text
    assert "Airbus" in after["answer"]


async def test_the_data_tables_are_resources_in_json(server, assistant):
    async with session(_url(server)) as client:
        listed = [str(r.uri) for r in (await client.list_resources()).resources]
        templates = [
            t.uriTemplate for t in (await client.list_resource_templates()).resourceTemplates
        ]
        everything = json.loads((await client.read_resource("tradebrief://data")).contents[0].text)
        rates = json.loads((await client.read_resource("tradebrief://data/rates")).contents[0].text)
    assert listed == ["tradebrief://data"] and templates == ["tradebrief://data/{table}"]
    assert set(everything) == set(TABLES)
    assert len(everything["timeline"]) == len(assistant.data.timeline)
    assert rates == everything["rates"]
    for row in everything["policy_history"]:
        assert row["source"] and row["quote"]


async def test_an_agent_searches_then_asks_then_calculates(server, assistant):
    """As an agent would: find where the offset shares are discussed, ask what share applies to a
    competitive contract, then work out a contract's offset with the share the answer gives."""
    async with session(_url(server)) as client:
        found = _json(await client.call_tool("search", {"query": "offset share of the contract"}))
        assert len(found["passages"]) == 5
        question = "What offset share applies to competitive contracts?"
        answer = _json(await client.call_tool("ask", {"question": question}))
        assert answer["citations"] and not answer["abstained"]
        share = re.search(r"(\d+)% of competitive", answer["answer"])
        assert share, answer["answer"]
        expression = f"{share.group(1)}% of $12 million"
        calc = _json(await client.call_tool("calculate", {"expression": expression}))
    assert calc["display"] == "USD 6,000,000"
    assert calc["working"]


async def test_with_a_login_an_mcp_client_without_it_is_refused(
    assistant, settings, tmp_path_factory
):
    guarded = serve_copy(settings, tmp_path_factory, "--mcp", "--auth", ":".join(LOGIN))
    try:
        url = _url(guarded)
        initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
        headers = {"accept": "application/json, text/event-stream"}
        bare = httpx.post(url, json=initialize, headers=headers)
        assert bare.status_code == 401 and "Basic" in bare.headers["www-authenticate"]
        wrong = httpx.post(url, json=initialize, headers=headers, auth=(LOGIN[0], "guess"))
        assert wrong.status_code == 401
        with pytest.raises(Exception):  # noqa: B017 - the SDK raises an exception group
            async with session(url) as client:
                await client.list_tools()
        async with session(url, auth=httpx.BasicAuth(*LOGIN)) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            answer = _json(await client.call_tool("ask", {"question": QUESTIONS[0]}))
            rates = await client.read_resource("tradebrief://data/rates")
        assert tools == TOOLS and "Airbus" in answer["answer"]
        assert json.loads(rates.contents[0].text)
    finally:
        guarded.stop()


async def test_tradebrief_mcp_serves_the_same_tools_over_stdio(settings, assistant, tmp_path):
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "assistant.cli", "mcp"],
        env={**os.environ, "TRADEBRIEF_HOME": str(settings.home), "HF_HUB_OFFLINE": "1"},
        cwd=str(REPO_ROOT),
    )
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as client:
            await client.initialize()
            tools = {tool.name: tool for tool in (await client.list_tools()).tools}
            answer = _json(await client.call_tool("ask", {"question": QUESTIONS[0]}))
            found = _json(await client.call_tool("search", {"query": "KC-X", "k": 2}))
            calc = _json(
                await client.call_tool("calculate", {"operation": "offset_rule", "year": 1985})
            )
            listing = _json(await client.call_tool("sources", {}))
            brief = await client.call_tool("brief", {"topic": "rdp"})
            empty = await client.call_tool("ask", {"question": ""})
            rates = await client.read_resource("tradebrief://data/rates")
    assert set(tools) == TOOLS
    assert set(tools["calculate"].inputSchema["properties"]) == set(CalculatorInput.model_fields)
    assert tools["ask"].description and "verbatim quote" in tools["ask"].description
    assert answer == assistant.ask(QUESTIONS[0]).model_dump(mode="json")
    assert len(found["passages"]) == 2
    assert calc["operation"] == "offset_rule" and calc["working"]
    assert [s["id"] for s in listing["sources"]] == [s.id for s in assistant.sources()]
    assert brief.content[0].text.startswith("# Negotiation brief")
    assert empty.isError and "Question is empty" in empty.content[0].text
    assert rates.contents[0].mimeType == "application/json"
    assert json.loads(rates.contents[0].text) == [
        row.model_dump(mode="json") for row in assistant.data.rates
    ]
