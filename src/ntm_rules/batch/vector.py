"""The NumPy evaluation path: every commune of a table at once, one indicator at a time.

The verdicts are those of the scalar path (:func:`ntm_rules.evaluate`), by construction:

* thresholds are looked up by the scalar code (``ThresholdTable.at``) once per context
  (threshold column and date), then spread to the rows of that context;
* a plain value is compared with the bound in float, as :func:`~ntm_rules.evaluators.numeric.meets`
  does; a rate given as counts is compared in float too, and every such cell near its bound
  is decided again by :func:`~ntm_rules.evaluators.numeric.ratio_meets`, the scalar rule
  that decides exactly on the decimals written;
* an achieved answer passes when achieved; a checklist score follows
  :class:`~ntm_rules.evaluators.achieved.ScoredIndicator` (band unknown, above the band,
  verified-only), also per context;
* whatever else there is (a composite given by its parts, an indicator class of an edition
  file that judges its own way) is judged by the indicator's own ``evaluate``, cell by cell;
* the criterion and commune compositions are maxima over the result codes of
  :mod:`ntm_rules.batch.codes`, whose order is that of :func:`ntm_rules.results.combine`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from attrs import evolve, frozen

from ntm_rules.batch import codes
from ntm_rules.batch.columns import (
    Columns,
    Floats,
    IndicatorColumn,
    Kind,
    Rows,
    kind_of,
    near_any,
)
from ntm_rules.citations import Verification
from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.evaluators.numeric import ratio_meets
from ntm_rules.measurements import Ratio
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import Direction


@frozen
class Outcome:
    """Every commune's results, one byte each (codes of :mod:`ntm_rules.batch.codes`).

    Attributes:
        indicators: indicator result codes, one row per indicator in rulebook order.
        criteria: criterion result codes, one row per criterion.
        met: how many criteria each commune meets.
        worst: each commune's worst criterion code (its rank is the verdict's).
    """

    indicators: codes.Codes
    criteria: codes.Codes
    met: codes.Codes
    worst: codes.Codes

    @property
    def length(self) -> int:
        """How many communes."""
        return int(self.met.size)

    @property
    def verdicts(self) -> codes.Codes:
        """Each commune's verdict rank (0 met, 1 cannot conclude, 2 not met)."""
        return np.right_shift(self.worst, 4)


def join(parts: Sequence[Outcome], rulebook: Rulebook) -> Outcome:
    """The outcomes of consecutive slices as one."""
    if not parts:
        empty = np.zeros(0, dtype=np.int8)
        return Outcome(
            np.zeros((len(rulebook.indicator_ids), 0), dtype=np.int8),
            np.zeros((len(rulebook.criteria), 0), dtype=np.int8),
            empty,
            empty,
        )
    if len(parts) == 1:
        return parts[0]
    return Outcome(
        np.concatenate([p.indicators for p in parts], axis=1),
        np.concatenate([p.criteria for p in parts], axis=1),
        np.concatenate([p.met for p in parts]),
        np.concatenate([p.worst for p in parts]),
    )


def evaluate_columns(
    rulebook: Rulebook,
    columns: Columns,
    contexts: Sequence[Context],
    *,
    verified_only: bool = False,
) -> Outcome:
    """Evaluate every commune of ``columns`` against every criterion of ``rulebook``."""
    length = columns.length
    indicators = np.empty((len(rulebook.indicator_ids), length), dtype=np.int8)
    criteria = np.empty((len(rulebook.criteria), length), dtype=np.int8)
    judged = [evolve(context, verified_only=verified_only) for context in contexts]
    row = 0
    for number, criterion in enumerate(rulebook.criteria):
        out = criteria[number]
        if not criterion.indicators:
            out.fill(codes.NO_INDICATORS)
            continue
        first = row
        for indicator in criterion.indicators:
            column = columns.indicators.get(indicator.id)
            _indicator(indicator, column, columns.contexts, judged, indicators[row])
            row += 1
        if row - first == 1:
            np.bitwise_and(indicators[first], codes.STATUS_MASK, out=out)
        else:
            np.maximum.reduce(indicators[first:row], axis=0, out=out)
            np.bitwise_and(out, codes.STATUS_MASK, out=out)
        if not criterion.complete:
            out[out == codes.PASS] = codes.INCOMPLETE
    worst = np.zeros(length, dtype=np.int8)
    met = np.zeros(length, dtype=np.int8)
    for out in criteria:
        np.maximum(worst, out, out=worst)
        met += out == codes.PASS
    return Outcome(indicators, criteria, met, worst)


def _indicator(
    indicator: Indicator,
    column: IndicatorColumn | None,
    rows: Rows,
    contexts: Sequence[Context],
    out: codes.Codes,
) -> None:
    kind = kind_of(indicator)
    before, bounds = _thresholds(indicator, contexts, number=kind is Kind.NUMBER)
    if column is None:
        out.fill(codes.NO_INPUT)
    elif kind is Kind.NUMBER:
        _numbers(indicator, column, rows, bounds, out)
    else:
        assert column.flags is not None  # achieved kinds carry flags
        np.copyto(out, column.flags)
        if kind is Kind.SCORED:
            _scores(indicator, column, rows, contexts, out)
    if column is not None and column.other_rows.size:
        _others(indicator, column, rows, contexts, out)
    if (before >= 0).any():
        per_row = np.take(before, rows)
        np.copyto(out, per_row, where=per_row >= 0)


def _thresholds(
    indicator: Indicator, contexts: Sequence[Context], *, number: bool
) -> tuple[codes.Codes, Floats]:
    """Per context: the code decided before any value is read (``-1``: none), the bound."""
    before = np.full(max(len(contexts), 1), -1, dtype=np.int8)
    bounds = np.full(max(len(contexts), 1), np.nan)
    for index, context in enumerate(contexts):
        threshold = indicator.thresholds.at(context.column.column.code, context.as_of)
        if not threshold.is_known:
            before[index] = codes.UNKNOWN_THRESHOLD
        elif context.verified_only and threshold.verification is Verification.UNVERIFIED:
            before[index] = codes.UNVERIFIED_EXCLUDED
        elif number:
            bounds[index] = float(threshold.value)  # type: ignore[arg-type]  # numeric: checked
    return before, bounds


def _numbers(
    indicator: Indicator, column: IndicatorColumn, rows: Rows, bounds: Floats, out: codes.Codes
) -> None:
    values = column.values
    assert values is not None  # numeric kinds carry values
    first = bounds[0]
    uniform = bool(np.all(bounds == first)) and not np.isnan(first)
    bound: Floats | float = float(first) if uniform else np.take(bounds, rows)
    if indicator.direction is Direction.AT_LEAST:
        failed = np.less(values, bound)
    else:
        failed = np.greater(values, bound)
    # pass 0, fail FAIL; no number NO_INPUT (NaN compares false: it would read as a pass)
    np.multiply(failed, codes.FAIL, out=out, dtype=np.int8)
    if column.missing is not None:
        np.copyto(out, codes.NO_INPUT, where=column.missing)
    if column.near_rows.size:
        _near_bound(indicator, column, rows, bounds, out)


def _near_bound(
    indicator: Indicator, column: IndicatorColumn, rows: Rows, in_force: Floats, out: codes.Codes
) -> None:
    """Decide again, by the scalar rule, every rate from counts near a bound in force.

    :func:`~ntm_rules.evaluators.numeric.ratio_meets` is applied to each distinct count
    pair near a bound, for each context, and its verdict spread to the rows.
    """
    candidates = np.flatnonzero(column.near)
    maybe = np.zeros(column.numbers.size, dtype=bool)
    bounds = np.unique(in_force[~np.isnan(in_force)]).tolist()
    maybe[candidates] = near_any(column.numbers[candidates], bounds)
    near = np.flatnonzero(maybe)
    if not near.size:
        return
    decided = np.full((near.size, in_force.size), codes.NO_INPUT, dtype=np.int8)
    for number, cell in enumerate(near.tolist()):
        ratio = column.measurements[cell]
        assert isinstance(ratio, Ratio)  # only counts are near
        for context, bound in enumerate(in_force.tolist()):
            if bound == bound:  # noqa: PLR0124 - NaN: no bound in this context
                passed = ratio_meets(ratio, bound, indicator.direction)
                decided[number, context] = codes.PASS if passed else codes.FAIL
    position = np.full(column.numbers.size, -1, dtype=np.intp)
    position[near] = np.arange(near.size)
    hit = np.flatnonzero(maybe[column.near_cells])
    targets = column.near_rows[hit]
    out[targets] = decided[position[column.near_cells[hit]], rows[targets]]


def _scores(
    indicator: Indicator,
    column: IndicatorColumn,
    rows: Rows,
    contexts: Sequence[Context],
    out: codes.Codes,
) -> None:
    """Scores against the pass band of each context, as ScoredIndicator.judge."""
    assert column.values is not None
    scored = column.score_rows
    if not scored.size:
        return
    count = max(len(contexts), 1)
    minimum, upper = np.full(count, np.nan), np.full(count, np.nan)
    doubtful = np.zeros(count, dtype=bool)
    for index, context in enumerate(contexts):
        low = indicator.parameter("score_minimum", context)
        if low.is_known:
            minimum[index] = float(low.value)  # type: ignore[arg-type]  # checked numeric
            doubtful[index] = low.verification is Verification.UNVERIFIED
        high = indicator.parameter("score_upper", context)
        if high.is_known:
            upper[index] = float(high.value)  # type: ignore[arg-type]  # checked numeric
    where = rows[scored]
    score = column.values[scored]
    passed = score >= minimum[where]
    above = passed & (score >= upper[where])
    result = np.where(passed, np.where(above, codes.ABOVE_BAND, codes.PASS), codes.FAIL)
    verified_only = np.array([c.verified_only for c in contexts] or [False])[where]
    withheld = verified_only & (above | doubtful[where])
    result = np.where(withheld, codes.UNVERIFIED_EXCLUDED, result)
    result = np.where(np.isnan(minimum[where]), codes.SCORE_BAND_UNKNOWN, result)
    out[scored] = result


def _others(
    indicator: Indicator,
    column: IndicatorColumn,
    rows: Rows,
    contexts: Sequence[Context],
    out: codes.Codes,
) -> None:
    """The indicator's own evaluate, once per distinct (context, measurement)."""
    done: dict[tuple[int, int], int] = {}
    for row, cell in zip(column.other_rows.tolist(), column.other_cells.tolist(), strict=True):
        key = (int(rows[row]), cell)
        if key not in done:
            measurement = column.measurements[cell] if cell >= 0 else None
            result = indicator.evaluate(measurement, contexts[key[0]])
            done[key] = codes.code(result.status, result.reason)
        out[row] = done[key]
