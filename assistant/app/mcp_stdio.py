"""``tradebrief mcp``: the toolkit as an MCP server on standard input and output.

For desktop clients that launch a command rather than connect to a URL. Built with the MCP SDK's
FastMCP over the same ``Toolkit`` functions that ``serve --mcp`` lists through Gradio, so both
offer the same tools, descriptions and resources. Standard output carries the protocol only:
progress and warnings go to standard error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.app.toolkit import RESOURCE_ROOT, Toolkit
from assistant.errors import TradebriefError

if TYPE_CHECKING:
    from mcp.server.fastmcp import FastMCP

    from assistant.pipeline import Assistant

INSTRUCTIONS = (
    "tradebrief answers questions on the Korea–US defense offset dispute (the USTR's 2025 "
    "National Trade Estimate report, the Reciprocal Defense Procurement talks, Korea's offset "
    "program) from its sources, every claim with a verbatim quote. Use ask for answers, search "
    "for raw passages, calculate for exact offset arithmetic, sources for the documents, brief "
    "for a negotiation brief; the data tables are resources under " + RESOURCE_ROOT + "."
)


def build_server(tools: Toolkit) -> FastMCP:
    """A FastMCP server offering ``tools``: one MCP tool per toolkit function, the data tables as
    JSON resources."""
    try:
        from mcp.server.fastmcp import FastMCP
    except ImportError:
        raise TradebriefError(
            "tradebrief mcp needs the MCP SDK: pip install 'mcp>=1.21,<2' (or pip install -e .)"
        ) from None
    server = FastMCP("tradebrief", instructions=INSTRUCTIONS, log_level="WARNING")
    for tool in tools.tools:
        server.add_tool(tool, name=tool.__name__)
    server.resource(RESOURCE_ROOT, name="data_tables", mime_type="application/json")(
        tools.data_tables
    )
    server.resource(RESOURCE_ROOT + "/{table}", name="data_table", mime_type="application/json")(
        tools.data_table
    )
    return server


def run_stdio(assistant: Assistant) -> None:
    """Serve ``assistant``'s tools on standard input and output until the client closes them."""
    assistant.index  # noqa: B018 - builds or updates the index before the client's first call
    build_server(Toolkit(assistant)).run("stdio")
