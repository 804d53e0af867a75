"""100 000 generated communes: the vector path gives the scalar verdicts for every one.

The scalar code is run once per distinct input (a commune table repeats its figures), so
that every row is checked in a few seconds: each indicator by its own ``evaluate`` for each
distinct (context, value) pair, each criterion by :func:`ntm_rules.results.combine` and its
completeness for each distinct tuple of its indicators' results, and each commune by
:class:`ntm_rules.Evaluation`'s own ``verdict`` and ``criteria_met``.
"""

from __future__ import annotations

import numpy as np
import pytest
from attrs import evolve

from ntm_rules.batch import codes
from ntm_rules.batch.cells import Parsed, Reader
from ntm_rules.batch.engine import columns_of, evaluate_many
from ntm_rules.batch.header import layout
from ntm_rules.batch.table import read_table
from ntm_rules.batch.vector import Outcome, evaluate_columns
from ntm_rules.editions import edition
from ntm_rules.profile import CommuneProfile
from ntm_rules.results import CriterionResult, Evaluation, Reason, Status, combine
from ntm_rules.rulebook import Rulebook
from tests.batch.synthetic import table

ROWS = 100_000


def _indicator_codes(
    book: Rulebook, reader: Reader, parsed: Parsed, verified_only: bool
) -> np.ndarray:
    n = len(parsed.rows)
    expected = np.empty((len(book.indicator_ids), n), dtype=np.int8)
    judged = [evolve(c, verified_only=verified_only) for c in reader.contexts]
    for number, indicator in enumerate(book.indicators()):
        given = parsed.cells.get(indicator.id)
        row_cells = given if given is not None else np.full(n, -1, dtype=np.int32)
        measurements = reader.values[indicator.id].measurements if given is not None else []
        keys = parsed.contexts.astype(np.int64) * (len(measurements) + 1) + row_cells + 1
        distinct, inverse = np.unique(keys, return_inverse=True)
        found = np.empty(distinct.size, dtype=np.int8)
        for index, key in enumerate(distinct.tolist()):
            context, cell = divmod(key, len(measurements) + 1)
            measurement = measurements[cell - 1] if cell > 0 else None
            result = indicator.evaluate(measurement, judged[context])
            found[index] = codes.code(result.status, result.reason)
        expected[number] = found[inverse.ravel()]
    return expected


def _counts(ranks: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
    """Each row's index into the distinct (passes, unknowns, fails) of its statuses.

    Composition depends on no order (``combine``, ``verdict`` and ``criteria_met`` look at
    which statuses occur and how often), so the scalar code runs once per distinct count.
    """
    counts = np.stack([(ranks == rank).sum(axis=0) for rank in range(3)], axis=1)
    keys = counts[:, 0] * 10_000 + counts[:, 1] * 100 + counts[:, 2]
    distinct, inverse = np.unique(keys, return_inverse=True)
    return inverse.ravel(), [(k // 10_000, k // 100 % 100, k % 100) for k in distinct.tolist()]


def _statuses(count: tuple[int, int, int]) -> list[Status]:
    return [Status.PASS] * count[0] + [Status.UNKNOWN] * count[1] + [Status.FAIL] * count[2]


def _criterion_codes(book: Rulebook, indicators: np.ndarray) -> np.ndarray:
    expected = np.empty((len(book.criteria), indicators.shape[1]), dtype=np.int8)
    row = 0
    for number, criterion in enumerate(book.criteria):
        width = len(criterion.indicators)
        if not width:
            expected[number] = codes.code(Status.UNKNOWN, Reason.NO_INDICATORS)
            continue
        inverse, counts = _counts(np.right_shift(indicators[row : row + width], 4))
        row += width
        found = np.empty(len(counts), dtype=np.int8)
        for index, count in enumerate(counts):
            status = combine(_statuses(count))
            reason = None
            if status is Status.PASS and not criterion.complete:  # as Criterion.evaluate
                status, reason = Status.UNKNOWN, Reason.INDICATORS_INCOMPLETE
            found[index] = codes.code(status, reason)
        expected[number] = found[inverse]
    return expected


def _communes(
    book: Rulebook, reader: Reader, criteria: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    inverse, counts = _counts(np.right_shift(criteria, 4))
    profile = CommuneProfile("x", "", None, book.first_year)
    column = reader.contexts[0].column
    met = np.empty(len(counts), dtype=np.int8)
    verdicts = np.empty(len(counts), dtype=np.int8)
    for index, count in enumerate(counts):
        results = tuple(
            CriterionResult(c, status, ())
            for c, status in zip(book.criteria, _statuses(count), strict=True)
        )
        evaluation = Evaluation(profile, book, column, results)
        met[index] = evaluation.criteria_met
        verdicts[index] = codes.VERDICTS.index(evaluation.verdict)
    return met[inverse], verdicts[inverse]


@pytest.mark.parametrize(
    ("edition_id", "rows"), [("vn.ntm.xa.2021_2025", ROWS), ("vn.ntm.xa.2016_2020", 30_000)]
)
def test_100000_communes_get_the_scalar_verdicts(edition_id: str, rows: int) -> None:
    book = edition(edition_id)
    raw = read_table(table(book, rows, seed=11))
    reader = Reader(book, layout(raw.names, book, lambda position: True))
    parsed = reader.read(raw, 0, raw.length)
    assert parsed.rejected == 0
    assert len(parsed.rows) == rows
    columns = columns_of(parsed, reader)
    assert len(reader.contexts) > len(book.columns.codes)  # regions, categories and years
    for verified_only in (False, True):
        outcome: Outcome = evaluate_columns(
            book, columns, reader.contexts, verified_only=verified_only
        )
        indicators = _indicator_codes(book, reader, parsed, verified_only)
        assert np.array_equal(outcome.indicators, indicators)
        criteria = _criterion_codes(book, indicators)
        assert np.array_equal(outcome.criteria, criteria)
        met, verdicts = _communes(book, reader, criteria)
        assert np.array_equal(outcome.met, met)
        assert np.array_equal(outcome.verdicts, verdicts)
        assert len(set(outcome.met.tolist())) > 3  # the table spans many criteria counts


def test_slices_give_the_same_results_as_one_pass() -> None:
    book = edition("vn.ntm.xa.2021_2025")
    data = table(book, 30_000, seed=3)
    whole = evaluate_many(data, book, engine="vector", chunk_rows=30_000)
    sliced = evaluate_many(data, book, engine="vector", chunk_rows=7_000)
    assert np.array_equal(whole.outcome.indicators, sliced.outcome.indicators)
    assert np.array_equal(whole.outcome.criteria, sliced.outcome.criteria)
    assert whole.rows.tolist() == sliced.rows.tolist()
    assert whole.communes.equals(sliced.communes)
