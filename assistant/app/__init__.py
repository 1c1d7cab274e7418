"""The browser app: a thin Gradio layer over ``Assistant``.

Holds the Gradio UI (``ui``), the sources panel and calculator step (``panels``), the Markdown
briefing (``briefing``), and the data view's tables (``data_view``) and plots (``charts``). May
import everything below it, never ``evaluation``.
"""
