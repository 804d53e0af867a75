"""Threshold tables, pinned where mutation testing found them loose (docs/mutation.md).

The rules checked are those of the reference's verification scale (§0): a figure is either
known (verified or unverified) or unknown with no figure; "unknown" never carries a figure.
Tables are built here, at run time, from hand-written values.
"""

from datetime import date

import pytest

from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import RulebookError
from ntm_rules.thresholds import Direction, ThresholdTable, ThresholdValue, cell, unknown

SOURCE = Citation("318/QĐ-TTg", "Phụ lục I")
COLUMNS = ("TN", "DBSH")


@pytest.mark.parametrize(
    ("value", "verification", "known"),
    [
        (80.0, Verification.VERIFIED, True),
        (80.0, Verification.UNVERIFIED, True),
        (True, Verification.VERIFIED, True),
        (None, Verification.UNKNOWN, False),
        (None, Verification.VERIFIED, False),  # no figure: nothing to compare with
        (80.0, Verification.UNKNOWN, False),  # marked unknown: not used
    ],
)
def test_a_threshold_is_known_only_with_a_figure_not_marked_unknown(
    value: float | bool | None, verification: Verification, known: bool
) -> None:
    """Both a figure and a status other than unknown are needed to compare."""
    assert ThresholdValue(value, verification, SOURCE).is_known is known


def test_cell_keeps_what_it_is_given() -> None:
    """A figure keeps its status and citation; no figure is always unknown."""
    given = cell(80.0, Verification.UNVERIFIED, SOURCE)
    assert (given.value, given.verification, given.citation) == (
        80.0,
        Verification.UNVERIFIED,
        SOURCE,
    )
    missing = cell(None, Verification.VERIFIED, SOURCE)
    assert (missing.value, missing.verification, missing.citation) == (
        None,
        Verification.UNKNOWN,
        SOURCE,
    )


def test_unknown_keeps_its_citation() -> None:
    """An explicit "no figure known" still says where one was looked for."""
    value = unknown(SOURCE)
    assert (value.value, value.verification, value.citation) == (None, Verification.UNKNOWN, SOURCE)


def test_uniform_gives_every_column_the_same_cell() -> None:
    """One figure, status and citation in every column named."""
    table = ThresholdTable.uniform(80.0, Verification.VERIFIED, SOURCE, COLUMNS)
    for column in COLUMNS:
        value = table.at(column, date(2024, 12, 31))
        assert (value.value, value.verification, value.citation) == (
            80.0,
            Verification.VERIFIED,
            SOURCE,
        )
    assert set(table.cells) == set(COLUMNS)


def dated(*values: tuple[date | None, float]) -> ThresholdTable:
    """A table whose TN and DBSH columns hold these dated figures, verified."""
    cells = tuple(
        ThresholdValue(figure, Verification.VERIFIED, SOURCE, start) for start, figure in values
    )
    return ThresholdTable(dict.fromkeys(COLUMNS, cells))


def test_dated_values_apply_from_their_day() -> None:
    """48 from 2022, 52 from 1 March 2024: the day before is 48, the day itself 52."""
    table = dated((date(2022, 3, 8), 48.0), (date(2024, 3, 1), 52.0))
    assert table.at("TN", date(2024, 2, 29)).value == 48.0
    assert table.at("TN", date(2024, 3, 1)).value == 52.0
    before = table.at("TN", date(2022, 3, 7))  # before the first: no figure
    assert (before.value, before.verification, before.citation) == (
        None,
        Verification.UNKNOWN,
        SOURCE,
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            ThresholdTable({}),
            "3.1: no threshold entry for TN, DBSH",
        ),
        (
            ThresholdTable.uniform(80.0, Verification.VERIFIED, SOURCE, (*COLUMNS, "X", "Y")),
            "3.1: entries for unknown columns X, Y",
        ),
        (
            ThresholdTable.uniform(80.0, Verification.VERIFIED, Citation(""), COLUMNS),
            "3.1 TN: threshold without a citation",
        ),
        (
            ThresholdTable(
                dict.fromkeys(COLUMNS, (ThresholdValue(None, Verification.VERIFIED, SOURCE),))
            ),
            "3.1 TN: a missing figure must be 'unknown'",
        ),
        (
            ThresholdTable(
                dict.fromkeys(COLUMNS, (ThresholdValue(80.0, Verification.UNKNOWN, SOURCE),))
            ),
            "3.1 TN: a figure is given but marked 'unknown'",
        ),
        (
            ThresholdTable.uniform(float("inf"), Verification.VERIFIED, SOURCE, COLUMNS),
            "3.1 TN: a numeric threshold must be a finite number",
        ),
        (
            ThresholdTable.uniform(True, Verification.VERIFIED, SOURCE, COLUMNS),
            "3.1 TN: a numeric threshold must be a finite number",
        ),
        (
            dated((date(2024, 3, 1), 52.0), (date(2022, 3, 8), 48.0)),
            "3.1 TN: dated values overlap or are out of order",
        ),
    ],
)
def test_check_says_what_and_where(table: ThresholdTable, message: str) -> None:
    """Each inconsistency is named with the indicator and the column."""
    with pytest.raises(RulebookError) as caught:
        table.check("3.1", Direction.AT_LEAST, COLUMNS)
    assert str(caught.value) == message


def test_an_achieved_threshold_must_be_true() -> None:
    """Pass/fail indicators are met when achieved: their figure is ``true``."""
    table = ThresholdTable.uniform(80.0, Verification.VERIFIED, SOURCE, COLUMNS)
    with pytest.raises(RulebookError) as caught:
        table.check("3.2", Direction.ACHIEVED, COLUMNS)
    assert str(caught.value) == "3.2 TN: an achieved-type threshold must be true"
    ThresholdTable.uniform(True, Verification.VERIFIED, SOURCE, COLUMNS).check(
        "3.2", Direction.ACHIEVED, COLUMNS
    )


def test_a_single_dated_value_applies_only_from_its_day() -> None:
    """One figure from 1 March 2024: the day before there is none."""
    table = dated((date(2024, 3, 1), 52.0))
    assert table.at("TN", date(2024, 3, 1)).value == 52.0
    assert table.at("TN", date(2024, 2, 29)).value is None


def test_before_the_first_value_the_first_citation_is_kept() -> None:
    """Before any dated value, the unknown figure cites the first source, not a later one."""
    first, second = Citation("318/QĐ-TTg", "Phụ lục I"), Citation("211/QĐ-TTg", "Điều 1")
    cells = (
        ThresholdValue(48.0, Verification.VERIFIED, first, date(2022, 3, 8)),
        ThresholdValue(52.0, Verification.VERIFIED, second, date(2024, 3, 1)),
    )
    table = ThresholdTable(dict.fromkeys(COLUMNS, cells))
    assert table.at("TN", date(2021, 12, 31)).citation == first
