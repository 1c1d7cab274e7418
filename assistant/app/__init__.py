"""The browser app and the agent tools: thin layers over ``Assistant``.

Holds the Gradio UI (``ui``), the wording that follows the page's language (``chrome``), the
sources panel and calculator step (``panels``), the Markdown briefing (``briefing``), the data
view's tables (``data_view``) and plots (``charts``), answer ratings (``feedback``), background
uploads (``uploads``), the files offered for download (``downloads``), the login throttle and
request limit (``guard``), the negotiation brief: its builder (``brief``), formats
(``brief_render``) and tab (``brief_tab``), and the tools for programs and agents (``toolkit``)
served over MCP (``mcp_stdio``). May import everything below it, never ``evaluation``.
"""
