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
from assistant.wording import say

if TYPE_CHECKING:
    from mcp.server.fastmcp import FastMCP

    from assistant.pipeline import Assistant


def build_server(tools: Toolkit) -> FastMCP:
    """A FastMCP server offering ``tools``: one MCP tool per toolkit function, the data tables as
    JSON resources."""
    try:
        from mcp.server.fastmcp import FastMCP
    except ImportError:
        raise TradebriefError(
            "tradebrief mcp needs the MCP SDK: pip install 'mcp>=1.21,<2' (or pip install -e .)"
        ) from None
    server = FastMCP(
        "tradebrief",
        instructions=say("mcp_instructions", resources=RESOURCE_ROOT),
        log_level="WARNING",
    )
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
    assistant.warm()  # the index built or updated, and more, before the client's first call
    build_server(Toolkit(assistant)).run("stdio")
