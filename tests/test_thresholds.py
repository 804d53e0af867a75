"""Rulebook integrity: every check run at load time catches its inconsistency."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ntm_rules
import ntm_rules.editions
from ntm_rules import Citation, RulebookError, Verification
from ntm_rules.criteria.commune_2021_2025.irrigation import IrrigationAndDisasterPrevention
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import Direction, ThresholdTable, ThresholdValue, cell, unknown

CITE = Citation("test")
CODES = ntm_rules.default_rulebook().columns.codes
GOOD = ThresholdTable.uniform(80, Verification.VERIFIED, CITE, CODES)


def _tn_dated(first: date, second: date) -> ThresholdTable:
    """GOOD with two dated TN values starting on the given days, in that order."""
    values = (
        ThresholdValue(1, Verification.VERIFIED, CITE, first),
        ThresholdValue(2, Verification.VERIFIED, CITE, second),
    )
    return ThresholdTable({**GOOD.cells, "TN": values})


def test_every_shipped_rulebook_passes_its_checks() -> None:
    """Names, unit, direction, citation and status for every cell of every edition."""
    for spec in ntm_rules.editions.REGISTRY:
        book = ntm_rules.editions.edition(spec.id)
        book.check()
        for indicator in book.indicators():
            assert indicator.name_vi
            assert indicator.name_en
            assert indicator.unit.symbol_en
            for _, value in indicator.thresholds.values():
                assert value.citation.instrument
                assert value.verification in Verification


@pytest.mark.parametrize(
    ("table", "direction", "fragment"),
    [
        (
            ThresholdTable({"TN": (cell(80, Verification.VERIFIED, CITE),)}),
            Direction.AT_LEAST,
            "no threshold entry",
        ),
        (
            GOOD.replace("TN", ThresholdValue(80, Verification.UNKNOWN, CITE)),
            Direction.AT_LEAST,
            "marked 'unknown'",
        ),
        (
            GOOD.replace("TN", ThresholdValue(None, Verification.VERIFIED, CITE)),
            Direction.AT_LEAST,
            "must be 'unknown'",
        ),
        (
            GOOD.replace("TN", ThresholdValue(80, Verification.VERIFIED, Citation(""))),
            Direction.AT_LEAST,
            "citation",
        ),
        (GOOD, Direction.ACHIEVED, "must be true"),
        (
            ThresholdTable.uniform(True, Verification.VERIFIED, CITE, CODES),
            Direction.AT_LEAST,
            "finite number",
        ),
        (
            ThresholdTable.uniform(float("nan"), Verification.VERIFIED, CITE, CODES),
            Direction.AT_LEAST,
            "finite number",
        ),
        (_tn_dated(date(2024, 1, 1), date(2023, 1, 1)), Direction.AT_LEAST, "out of order"),
        (_tn_dated(date(2024, 1, 1), date(2024, 1, 1)), Direction.AT_LEAST, "overlap"),
    ],
)
def test_inconsistent_tables_are_refused(
    table: ThresholdTable, direction: Direction, fragment: str
) -> None:
    """Each kind of inconsistency raises RulebookError naming it."""
    with pytest.raises(RulebookError, match=fragment):
        table.check("x", direction, CODES)


def test_dated_values_are_contiguous() -> None:
    """A dated table answers every date: before the first value it is explicitly unknown."""
    first = ThresholdValue(36, Verification.UNVERIFIED, CITE, date(2022, 1, 1))
    later = ThresholdValue(None, Verification.UNKNOWN, CITE, date(2023, 1, 1))
    table = ThresholdTable({"TN": (first, later)})
    assert table.at("TN", date(2021, 12, 31)).verification is Verification.UNKNOWN
    assert table.at("TN", date(2022, 6, 1)).value == 36
    assert table.at("TN", date(2023, 1, 1)).value is None


def test_replacing_a_dated_value() -> None:
    """A dated replacement takes effect from its date; an undated one replaces the column."""
    dated = GOOD.replace("TN", ThresholdValue(90, Verification.VERIFIED, CITE, date(2025, 1, 1)))
    assert dated.at("TN", date(2024, 12, 31)).value == 80
    assert dated.at("TN", date(2025, 1, 1)).value == 90
    undated = dated.replace("TN", ThresholdValue(70, Verification.VERIFIED, CITE))
    assert undated.cells["TN"] == (ThresholdValue(70, Verification.VERIFIED, CITE),)


_values = st.builds(
    ThresholdValue,
    st.integers(0, 100),
    st.just(Verification.VERIFIED),
    st.just(CITE),
    st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2020, 1, 20))),
)


@given(start=st.lists(_values, max_size=4), applied=st.lists(_values, max_size=12))
def test_merging_a_history_is_replacing_value_by_value(
    start: list[ThresholdValue], applied: list[ThresholdValue]
) -> None:
    """``merged`` (one sort) gives what a ``replace`` per value (a sort each) gives."""
    table = GOOD
    for value in start:
        table = table.replace("TN", value)
    one_by_one = table
    for value in applied:
        one_by_one = one_by_one.replace("TN", value)
    assert table.merged("TN", applied) == one_by_one


def test_duplicate_criteria_or_indicators_are_refused() -> None:
    """A rulebook with an id twice cannot be built."""
    book = ntm_rules.default_rulebook()
    criterion = next(c for c in book.criteria if isinstance(c, IrrigationAndDisasterPrevention))
    head = ("x", "x", "x", CITE, 2022, 2025, book.groups)
    with pytest.raises(RulebookError, match="appears twice"):
        Rulebook(*head, (criterion, criterion), book.columns, book.column_rules)
    doubled = criterion.with_indicators((criterion.indicators[0], criterion.indicators[0]))
    with pytest.raises(RulebookError, match="appears twice"):
        Rulebook(*head, (doubled,), book.columns, book.column_rules)


def test_extra_columns_and_missing_rule_figures_are_refused() -> None:
    """A cell for a column the edition does not have, or a rule without its figures."""
    with pytest.raises(RulebookError, match="unknown columns"):
        ThresholdTable({**GOOD.cells, "MARS": GOOD.cells["TN"]}).check(
            "x", Direction.AT_LEAST, CODES
        )
    schools = ntm_rules.default_rulebook().indicator("5")
    bare = type(schools)(schools.thresholds, {})
    with pytest.raises(RulebookError, match="no figures for"):
        bare.check(CODES)


def test_unknown_helper() -> None:
    """unknown() is an explicit no-figure value."""
    value = unknown(CITE)
    assert value.value is None
    assert not value.is_known
