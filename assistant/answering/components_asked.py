"""Parts of an offset package asked of one company's package: "what did Acme pledge in
training, and how far has it got with the road works?".

A package's parts are its own: another company's package may have a part of that kind, and its
figure says nothing of this one's. A figure of the part asked answers only when the statement
giving it is of the company or program the question names (names it, or carries on from the
statement that does); a part no statement gives a figure of, for that company, is unanswered,
though the answer gives the company's other parts."""

from __future__ import annotations

from collections.abc import Callable

from assistant.knowledge.names import name_table


def components_unstated(
    question: str, statements: list[str], figured: Callable[[str], bool], given: str = ""
) -> list[str]:
    """The parts of an offset package (the name table's categories) ``question`` asks a figure
    of, for the one company (or its program) it names, that no statement with a figure
    (``figured``) gives for that company; none when it names no part, or not one company. A
    part of a longer question (``given``) that names none ("… and its training rate?") asks of
    the company the whole question names."""
    table = name_table()
    parts = table.find("categories", question)
    named = question
    if not table.find("companies", named) and not table.find("programs", named):
        named = given
    companies = table.find("companies", named)
    if not parts or len(companies) > 1:
        return []
    owners = [*companies, *table.find("programs", named)]
    if not owners:
        return []
    pairs = list(zip(["", *statements], statements, strict=False))
    return [
        part
        for part in parts
        if not any(
            figured(piece)
            and table.mentions(part, piece)
            and any(table.mentions(owner, f"{before} {piece}") for owner in owners)
            for before, piece in pairs
        )
    ]
