"""A claim of several parts is judged part by part: each figure by the clause it stands in, so a
claim right in one part and wrong in another is not as stated. A change told the wrong way round
is wrong though both its ends are right, and the first end of a change is no figure the change's
own time must bear out.

- "grants made up 40% and loans 25%" claims 25% of loans: a source giving loans 35% (and 25% of
  something else in the same sentence) contradicts it, whatever the claim's other words share.
- A claim of two parts both right is borne out, even when one part's words (a "non-" kind)
  fill the sentence of the other's figure.
- "raised from 9% to 12%" is contradicted by "cut from 12 to 9 percent".
- "went from $3 million to $6 million in 2004" is borne out by "raised to $6 million in 2004"
  and "$3 million in 1999": the first end held before.
- A claim found not as stated says which of its parts hold and which do not.
- A claim dated to a month of a year is not borne out by its year alone: a statement of the same
  event giving another month of that year contradicts it.
- A claim naming a third country beside the home country takes the home country's figure from
  a clause that names it.
"""

from __future__ import annotations

from assistant.answering.claims import (
    changed_from,
    figure_topics,
    judge,
    part_verdicts,
    stated_figures,
)

_COUNTRIES = ("peru", "chile", "korea")


def _names(text: str) -> dict[str, frozenset[str]]:
    lower = text.lower()
    return {"countries": frozenset(c for c in _COUNTRIES if c in lower)}


def _names_and_kinds(text: str) -> dict[str, frozenset[str]]:
    from assistant.answering.frame import asserted_kinds

    return {**_names(text), "contracts": frozenset(asserted_kinds(text)[0])}


def test_a_claim_right_in_one_part_and_wrong_in_the_other_is_not_as_stated() -> None:
    answer = (
        "Grants for harbour works made up 52 percent of the fund's spending [1]. Other large "
        "items were rail upgrades (25 percent, or $9 million) and road repairs (17 percent) [2]."
    )
    claim = "Harbour works took 52% of the fund and road repairs 25%. Both right?"
    assert judge(claim, answer, _names) == "no"


def test_a_claim_right_in_both_parts_is_borne_out() -> None:
    answer = (
        "Under the 2019 scheme the levy was 40% of open tenders [1]. "
        "Under the 2019 scheme the levy was 20% of non-tendered orders [2]."
    )
    claim = "Under the 2019 scheme the levy was 40% of open tenders and 20% of non-tendered orders?"
    assert judge(claim, answer, _names_and_kinds) != "no"


def test_each_part_is_about_its_own_clause_and_the_words_no_other_part_states() -> None:
    claim = "Over 1990-99, grants made up 40% of aid and loans 25%. Both right?"
    asked = [f for f in stated_figures(claim, words=True) if f.kind == "percent"]
    topics = figure_topics(asked, {"grant", "made", "aid", "loan", "both"})
    loans = next(t for clause, t in topics.items() if "loans" in clause)
    assert "loan" in loans and "grant" not in loans and "both" in loans


def test_a_claim_of_one_part_has_no_parts_to_judge_apart() -> None:
    asked = stated_figures("The levy is 12 percent, right?", words=True)
    assert figure_topics(asked, {"levy"}) == {}


def test_a_change_told_the_wrong_way_round_is_not_as_stated() -> None:
    answer = "The port fee was cut from 12 to 9 percent in 2001 [1]."
    assert judge("The port fee was raised from 9% to 12% in 2001, right?", answer, _names) == "no"


def test_the_first_end_of_a_change_held_before_the_change() -> None:
    claim = "Is it true the ferry toll went from $3 million to $6 million in 2004?"
    assert changed_from(claim, stated_figures(claim)[0].value)
    answer = "2004: Ferry toll threshold raised to USD 6 million [1]."
    assert judge(claim, answer, _names) != "no"


def test_a_claim_about_a_third_country_and_the_home_country_reads_each_clause() -> None:
    answer = (
        'An official said, "The survey gave 30 pages to Peru, 12 pages to Chile, '
        'but only 4 pages to Korea."'
    )
    assert judge("The survey ran 12 pages on Chile and 6 on Korea, right?", answer, _names) == "no"


def test_a_claim_of_several_parts_says_which_part_holds() -> None:
    answer = (
        "Grants for harbour works made up 52 percent of the fund's spending [1]. Other large "
        "items were rail upgrades (25 percent, or $9 million) and road repairs (17 percent) [2]."
    )
    claim = "Harbour works took 52% of the fund and road repairs 25%. Both right?"
    parts = dict(part_verdicts(claim, answer, _names))
    assert parts == {"“Harbour works took 52% of the fund”": "yes", "“road repairs 25%”": "no"}


def test_a_claim_of_one_part_is_judged_whole() -> None:
    assert part_verdicts("The levy is 12 percent, right?", "The levy is 9% [1].", _names) == []


def test_a_claim_put_in_another_month_of_the_same_year_is_not_as_stated() -> None:
    answer = "The harbour board opened the new ferry terminal on April 9, 2019 [1]."
    assert (
        judge("The harbour board opened the ferry terminal in July 2019, right?", answer, _names)
        == "no"
    )
    assert (
        judge("The harbour board opened the ferry terminal in April 2019, right?", answer, _names)
        == "yes"
    )
