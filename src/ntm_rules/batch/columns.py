"""The parsed input of the vector path: each indicator's column, ready for NumPy.

:func:`column_of` turns each row's measurement (an index into the distinct ones read) into
dense arrays (the number of each row, or its answer already as a result code) and the
short lists of rows that need more: counts near a bound, checklist scores, and what only
the indicator's own ``evaluate`` can judge. Which is which follows from the methods the
indicator's class really uses (:func:`kind_of`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt
from attrs import frozen

from ntm_rules.batch import codes
from ntm_rules.evaluators.achieved import AchievedIndicator, ScoredIndicator
from ntm_rules.evaluators.base import Indicator
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.evaluators.numeric import NumericIndicator
from ntm_rules.measurements import Achievement, Amount, Measurement, Ratio, Score
from ntm_rules.rulebook import Criterion, Rulebook

SCORE: Final = -1
"""The flag of a row holding a checklist score (its value is in ``values``)."""
OTHER: Final = -2
"""The flag of a row judged by the indicator's own ``evaluate``."""
NEAR: Final = 1e-6
"""Rates from counts this close to the bound (relatively) are decided exactly, as the
scalar rule decides those within 1e-9: a wider margin only sends more cells to it."""

Floats = npt.NDArray[np.float64]
Rows = npt.NDArray[np.intp]
Cells = npt.NDArray[np.int32]


class Kind(enum.Enum):
    """How an indicator is evaluated on this path."""

    NUMBER = "number"
    ACHIEVED = "achieved"
    SCORED = "scored"
    COMPOSITE = "composite"
    SCALAR = "scalar"


def kind_of(indicator: Indicator) -> Kind:
    """The path's kind for an indicator, from the methods its class really uses."""
    cls = type(indicator)
    if cls.evaluate is not Indicator.evaluate:
        return Kind.SCALAR
    if cls.judge is NumericIndicator.judge:
        return Kind.NUMBER
    if cls.judge is ScoredIndicator.judge:
        return Kind.SCORED
    if cls.judge is AchievedIndicator.judge:
        return Kind.ACHIEVED
    if isinstance(indicator, CompositeIndicator):
        # A composite answered as a whole is judged by AchievedIndicator.judge: each
        # composite's judge defers to it for an Achievement (the property tests check it).
        return Kind.COMPOSITE
    return Kind.SCALAR


def supports(rulebook: Rulebook) -> bool:
    """Whether the rulebook's criteria compose their indicators the usual way."""
    return all(type(c).evaluate is Criterion.evaluate for c in rulebook.criteria)


@frozen
class IndicatorColumn:
    """One indicator's values for every row, parsed.

    Attributes:
        values: the number of each row (a value, a rate from counts, a score; NaN: none).
        missing: the rows without a number (``None`` when every row has one).
        flags: for achieved-type indicators, each row's result code if it is an answer
            (pass or fail), ``NO_INPUT``, or :data:`SCORE` / :data:`OTHER`.
        near_rows: the rows holding counts near one of the indicator's bounds (in any
            column or period), and ``near_cells`` their measurements.
        score_rows: the rows holding checklist scores.
        other_rows: the rows for the indicator's own ``evaluate``, and ``other_cells``
            their measurements (``-1``: none).
        measurements: the distinct measurements the cells refer to.
        numbers: the number of each distinct measurement (NaN: none).
        near: whether each distinct measurement is counts near one of the bounds.
    """

    values: Floats | None
    missing: npt.NDArray[np.bool_] | None
    flags: codes.Codes | None
    near_rows: Rows
    near_cells: Cells
    score_rows: Rows
    other_rows: Rows
    other_cells: Cells
    measurements: Sequence[Measurement]
    numbers: Floats
    near: npt.NDArray[np.bool_]


@frozen
class Columns:
    """The parsed input of the vector path: each row's context and indicator columns.

    Attributes:
        length: how many communes.
        contexts: each row's index into the contexts given with the columns.
        indicators: the columns of the indicators given, by id (absent: no data).
    """

    length: int
    contexts: Rows
    indicators: Mapping[str, IndicatorColumn]


def column_of(
    indicator: Indicator, cells: Cells, measurements: Sequence[Measurement]
) -> IndicatorColumn:
    """An indicator's column from each row's measurement index (``-1``: no data)."""
    kind = kind_of(indicator)
    count = len(measurements)
    numbers = np.full(count + 1, np.nan)
    flags = np.full(count + 1, codes.NO_INPUT, dtype=np.int8)
    counts = np.zeros(count + 1, dtype=bool)
    for index, measurement in enumerate(measurements):
        flag = OTHER
        if isinstance(measurement, Amount | Ratio | Score):
            numbers[index] = measurement.value
        if kind is Kind.NUMBER and isinstance(measurement, Amount | Ratio):
            flag = 0
            counts[index] = isinstance(measurement, Ratio)
        elif kind is Kind.SCORED and isinstance(measurement, Score):
            flag = SCORE
        elif kind is not Kind.SCALAR and isinstance(measurement, Achievement):
            flag = codes.PASS if measurement.value else codes.FAIL
        flags[index] = flag
    near = counts & near_any(numbers, _bounds(indicator))
    row_flags = flags[cells]
    near_rows = np.flatnonzero(near[cells])
    if kind is Kind.SCALAR:
        other_rows = np.arange(cells.size, dtype=np.intp)
    else:
        other_rows = np.flatnonzero(row_flags == OTHER)
    values = numbers[cells] if kind in (Kind.NUMBER, Kind.SCORED) else None
    missing = None
    if kind is Kind.NUMBER and values is not None:
        missing = np.isnan(values)
        missing = missing if missing.any() else None
    return IndicatorColumn(
        values=values,
        missing=missing,
        flags=None if kind is Kind.NUMBER else row_flags,
        near_rows=near_rows,
        near_cells=cells[near_rows],
        score_rows=np.flatnonzero(row_flags == SCORE) if kind is Kind.SCORED else NO_ROWS,
        other_rows=other_rows,
        other_cells=cells[other_rows],
        measurements=measurements,
        numbers=numbers,
        near=near,
    )


NO_ROWS = np.zeros(0, dtype=np.intp)


def _bounds(indicator: Indicator) -> list[float]:
    """Every numeric figure of the indicator's threshold table, in every column and period."""
    return sorted(
        {
            float(value.value)
            for _, value in indicator.thresholds.values()
            if isinstance(value.value, int | float) and not isinstance(value.value, bool)
        }
    )


def near_any(numbers: Floats, bounds: Sequence[float]) -> npt.NDArray[np.bool_]:
    """Whether each number is within :data:`NEAR` (relatively) of one of the bounds."""
    near = np.zeros(numbers.size, dtype=bool)
    for bound in bounds:
        near |= np.abs(numbers - bound) <= NEAR * max(1.0, abs(bound))
    return near
