"""A question that pairs a program's facts with another holder than the program table's.

The rows are invented (parts of packages no source names) on the name table's real programs, so
the rule is seen to come from the table's structure, not from the sources' words.
"""

from assistant.answering.program_holders import mispaired
from assistant.knowledge.rows import ProgramFact


def _row(program: str, contractor: str, category: str, unit: str = "USD") -> ProgramFact:
    return ProgramFact(
        id=f"r-{len(category)}-{len(program)}",
        source="s",
        quote="q",
        program=program,
        contractor=contractor,
        attribute="commitment",
        category=category,
        unit=unit,
    )


ROWS = (
    _row("KC-X", "Airbus", "pilot training hours"),
    _row("KC-X", "Airbus", "spare parts exports"),
    _row("F-35A phase 1", "Lockheed Martin", "coastal radar upgrades"),
    _row("F-35A phase 1", "Lockheed Martin", "spare parts exports"),
)


def test_a_part_only_one_contractor_pledged_asked_of_another_is_mispaired():
    found = mispaired("What were the coastal radar upgrades in Airbus's package worth?", ROWS)
    assert found is not None
    assert (found.thing, found.holder, found.company) == (
        "coastal radar upgrades",
        "Lockheed Martin",
        False,
    )
    # Its last two words name it too, in the singular as well.
    assert mispaired("How big was the tanker deal's radar upgrade?", ROWS) is not None


def test_the_part_asked_of_its_own_holder_or_of_no_holder_is_no_premise():
    assert mispaired("What were Lockheed Martin's coastal radar upgrades worth?", ROWS) is None
    assert mispaired("What were the coastal radar upgrades worth?", ROWS) is None
    # A part both packages hold is no one holder's.
    assert mispaired("What were Airbus's spare parts exports worth?", ROWS) is None


def test_a_company_the_table_ties_to_no_program_asked_of_one_is_mispaired():
    found = mispaired("What did Raytheon pledge for the tankers?", ROWS)
    assert found is not None
    assert (found.thing, found.holder, found.company) == ("Raytheon", "Airbus", True)


def test_a_comparison_or_a_choice_names_the_other_holder_on_purpose():
    assert (
        mispaired("Compared with Boeing's, what did Airbus pledge for the tankers?", ROWS) is None
    )
    assert mispaired("Did Boeing or Airbus supply the tankers?", ROWS) is None
    assert (
        mispaired("What did Lockheed Martin pledge, compared with Airbus's radar upgrades?", ROWS)
        is None
    )
