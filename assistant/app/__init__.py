"""The browser app: a thin Gradio layer over ``Assistant``.

Holds the Gradio UI (``ui``), the sources panel and calculator step (``panels``), the Markdown
briefing (``briefing``), the data view's tables (``data_view``) and plots (``charts``), and the
negotiation brief: its builder (``brief``), formats (``brief_render``) and tab (``brief_tab``). May
import everything below it, never ``evaluation``.
"""
