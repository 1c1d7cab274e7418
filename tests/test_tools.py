"""The calculator as a LangChain tool: LangChain's standard tool suites, and errors as messages."""

from __future__ import annotations

from langchain_core.tools import BaseTool
from langchain_tests.integration_tests import ToolsIntegrationTests
from langchain_tests.unit_tests import ToolsUnitTests

from assistant.calculator.tools import calculator_tool

TOOL = calculator_tool()
EXAMPLE = {
    "operation": "offset_obligation",
    "amount": "$12 million",
    "contract_type": "competitive",
}


class _CalculatorTool:
    """What LangChain's standard suites test: the calculator tool, with a request it answers."""

    @property
    def tool_constructor(self) -> BaseTool:
        return TOOL

    @property
    def tool_invoke_params_example(self) -> dict:
        return EXAMPLE


class TestCalculatorToolUnit(_CalculatorTool, ToolsUnitTests):
    pass


class TestCalculatorToolIntegration(_CalculatorTool, ToolsIntegrationTests):
    pass


def test_the_tool_is_named_calculator_and_shows_its_working():
    message = TOOL.invoke({"type": "tool_call", "id": "1", "name": "calculator", "args": EXAMPLE})
    assert TOOL.name == "calculator"
    assert "50% × USD 12,000,000 = USD 6,000,000" in message.content
    assert message.artifact["result"] == "6000000"
    assert message.artifact["triggers"] is True


def test_a_bad_request_comes_back_as_an_error_message_not_an_exception():
    message = TOOL.invoke(
        {"type": "tool_call", "id": "2", "name": "calculator", "args": {"expression": "9**9**9"}}
    )
    assert message.status == "error"
    assert "not supported" in message.content


def test_the_argument_schema_is_the_pydantic_model_and_rejects_unknown_fields():
    schema = TOOL.get_input_schema()
    assert "operation" in schema.model_json_schema()["properties"]
    message = TOOL.invoke(
        {"type": "tool_call", "id": "3", "name": "calculator", "args": {"expresion": "1+1"}}
    )
    assert message.status == "error"
    assert (
        message.content == "invalid calculator argument expresion: Extra inputs are not permitted"
    )
