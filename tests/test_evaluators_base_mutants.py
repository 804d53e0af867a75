"""The indicator base: identity, rule figures, data checks (docs/mutation.md).

Indicator 3.2 ("4 tại chỗ", reference §2) is judged on a score band whose figures are data
(the floor 50 and the stated top 70 of QĐ 1680); a provincial or what-if table may replace
them, dated like thresholds.
"""

from datetime import date

import pytest

import ntm_rules
from ntm_rules.citations import Citation, Verification
from ntm_rules.evaluators.base import Indicator
from ntm_rules.exceptions import RulebookError, WrongKindError
from ntm_rules.results import Status
from ntm_rules.thresholds import ThresholdTable, ThresholdValue

WHAT_IF = Citation("what-if", "test")


def book() -> ntm_rules.Rulebook:
    """The 2021–2025 commune set."""
    return ntm_rules.default_rulebook()


def figure(value: float, columns: tuple[str, ...] | None = None) -> ThresholdTable:
    """One verified figure in every column (or in ``columns``)."""
    codes = book().columns.codes if columns is None else columns
    return ThresholdTable.uniform(value, Verification.VERIFIED, WHAT_IF, codes)


def test_indicators_equal_by_class_and_tables() -> None:
    """Two instances with the same tables are equal; other figures or other things are not."""
    scored = book().indicator("3.2")
    twin = type(scored)(scored.thresholds, scored.parameters)
    assert twin == scored
    assert hash(twin) == hash(scored)
    assert twin.parameters == scored.parameters
    assert scored != scored.with_tables(parameters={"score_minimum": figure(60)})
    assert scored != "3.2"
    assert repr(scored) == f"<{type(scored).__name__} 3.2>"


def test_with_tables_replaces_only_what_is_given() -> None:
    """New rule figures replace those named; the thresholds and other figures stay."""
    scored = book().indicator("3.2")
    floor = figure(60)
    changed = scored.with_tables(parameters={"score_minimum": floor})
    assert changed.thresholds == scored.thresholds
    assert changed.parameters["score_minimum"] == floor
    assert changed.parameters["score_upper"] == scored.parameters["score_upper"]
    same = scored.with_tables()
    assert same.thresholds == scored.thresholds
    assert same.parameters == scored.parameters


def test_dated_rule_figures_apply_from_their_day() -> None:
    """A floor of 50 from 8/3/2022 and 60 from 1/4/2024: a score of 55 passes in 2023 only."""
    dated = ThresholdTable(
        dict.fromkeys(
            book().columns.codes,
            (
                ThresholdValue(50.0, Verification.VERIFIED, WHAT_IF, date(2022, 3, 8)),
                ThresholdValue(60.0, Verification.VERIFIED, WHAT_IF, date(2024, 4, 1)),
            ),
        )
    )
    scored = book().indicator("3.2").with_tables(parameters={"score_minimum": dated})
    derived = book().with_indicators({"3.2": scored}, new_id="what-if", citation=WHAT_IF)
    for year, status in ((2023, Status.PASS), (2024, Status.FAIL)):
        profile = ntm_rules.load_profile(
            {"commune": "Test", "region": "TN", "year": year, "values": {"3.2": 55}}
        )
        assert ntm_rules.evaluate(profile, derived).indicator("3.2").status is status


def test_check_names_missing_and_unknown_figures() -> None:
    """An indicator's rule figures must be exactly those its rule uses, in every column."""
    codes = book().columns.codes
    scored = book().indicator("3.2")
    with pytest.raises(RulebookError) as caught:
        type(scored)(scored.thresholds).check(codes)
    assert str(caught.value) == "3.2: no figures for score_minimum, score_upper"
    with pytest.raises(RulebookError) as caught:
        scored.with_tables(parameters={"bogus": figure(1), "other": figure(2)}).check(codes)
    assert str(caught.value) == "3.2: unknown rule figures bogus, other"
    with pytest.raises(RulebookError) as caught:
        scored.with_tables(parameters={"score_minimum": figure(50, ("TN",))}).check(codes)
    assert str(caught.value) == (
        "3.2 score_minimum: no threshold entry for TDMNPB, DBSH, BTB, DHNTB, DNB, DBSCL"
    )
    only_tn = ThresholdTable.uniform(True, Verification.VERIFIED, WHAT_IF, ("TN",))
    with pytest.raises(RulebookError) as caught:
        scored.with_tables(only_tn).check(codes)
    assert str(caught.value) == "3.2: no threshold entry for TDMNPB, DBSH, BTB, DHNTB, DNB, DBSCL"


def test_names_in_each_language() -> None:
    """English on request; Vietnamese otherwise (reference §2 row 3.2: "4 tại chỗ")."""
    scored: Indicator = book().indicator("3.2")
    assert "four on-the-spot" in scored.name("en")
    assert "4 tại chỗ" in scored.name("vi")
    assert scored.name("fr") == scored.name("vi")


def test_an_achieved_indicator_names_the_field_it_refuses() -> None:
    """A pass/fail answer that is not one is an error on the field."""
    with pytest.raises(WrongKindError) as caught:
        book().indicator("19.2").read("maybe", "values.19.2")
    assert caught.value.field == "values.19.2"
    assert caught.value.reason == (
        "expected Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không; "
        "got the text 'maybe'"
    )
