"""The calculator as a LangChain tool, for agents and chains that call tools.

    >>> tool = calculator_tool()
    >>> tool.invoke({"operation": "offset_obligation", "amount": "$12 million",
    ...              "contract_type": "competitive"})

The tool returns its text (summary, working, notes) as content and the full ``CalcResult`` as the
artifact; a bad request comes back as a one-line error message instead of an exception.
"""

from __future__ import annotations

from typing import Any

from langchain_core.tools import StructuredTool, ToolException

from assistant.calculator.operations import CalculatorInput, calculate
from assistant.errors import CalculationError, describe
from assistant.knowledge.rows import OffsetData, load_data
from assistant.settings import Settings
from assistant.wording import say


def calculator_tool(data: OffsetData | None = None) -> StructuredTool:
    """The ``calculator`` tool over ``data`` (default: the tables in ``knowledge/data``)."""
    tables = data or load_data(Settings.from_env().data_dir)

    def run(**arguments: Any) -> tuple[str, dict[str, Any]]:
        try:
            result = calculate(arguments, tables)
        except CalculationError as exc:
            raise ToolException(str(exc)) from None
        return result.text(), result.model_dump(mode="json")

    return StructuredTool.from_function(
        func=run,
        name="calculator",
        description=say("calculator_tool"),
        args_schema=CalculatorInput,
        response_format="content_and_artifact",
        handle_tool_error=True,
        handle_validation_error=_invalid,
    )


def _invalid(error: Exception) -> str:
    """One line naming the first bad argument, for a caller (often a model) to correct."""
    errors = getattr(error, "errors", None)
    if callable(errors) and errors():
        return f"invalid calculator argument {describe(error, 'arguments')}"
    return f"invalid calculator arguments: {error}"
