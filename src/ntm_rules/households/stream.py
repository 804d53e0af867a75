"""Large reviews in bounded memory: a Parquet file (or any batches) classified slice by slice.

Only the running counts of :class:`~ntm_rules.households.summary.Tally` and the first
problems are kept, so that a province's (or the country's) households are summarised with
the memory of one batch.

Examples:
    >>> import pyarrow as pa
    >>> batches = [pa.record_batch({"area": ["rural"], "income_per_person_month": [1_000_000]})] * 3
    >>> streamed = summarise_batches(batches, year=2025)
    >>> streamed.summary.households, streamed.summary.poverty.value
    (3, {'numerator': 3, 'denominator': 3})
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import attrs
from attrs import frozen

from ntm_rules.batch.problems import RowProblem
from ntm_rules.households.io import choose_standard, read_households
from ntm_rules.households.standards import PovertyStandard
from ntm_rules.households.summary import Summary, Tally
from ntm_rules.households.vector import classify_columns

KEPT_PROBLEMS = 1000
"""Problems kept in memory (the rest are only counted)."""


@frozen
class StreamResult:
    """The summary of a review read in batches.

    Attributes:
        summary: the commune's (or province's) counts and hand-offs.
        problems: the first problems, rows numbered from 0 across the batches.
        problem_count: how many problems there were in all.
        batches: how many batches were read.
    """

    summary: Summary
    problems: tuple[RowProblem, ...]
    problem_count: int
    batches: int


def summarise_batches(
    batches: Iterable[object],
    *,
    year: int | None = None,
    standard: PovertyStandard | str | Path | None = None,
    area: str | None = None,
) -> StreamResult:
    """Classify and count tables one after another (pyarrow batches, frames, mappings)."""
    tally: Tally | None = None
    chosen: PovertyStandard | str | Path | None = standard
    kept: list[RowProblem] = []
    count = offset = number = 0
    for number, batch in enumerate(batches, start=1):  # noqa: B007 - counted after the loop
        table, found = read_households(batch, year=year, standard=chosen, area=area)
        chosen = found
        tally = tally or Tally(found)
        tally.add(table, classify_columns(table.columns, found))
        count += len(table.problems)
        room = KEPT_PROBLEMS - len(kept)
        kept.extend(
            p if p.row is None else attrs.evolve(p, row=p.row + offset)
            for p in table.problems[: max(room, 0)]
        )
        offset += table.length
    if tally is None:
        tally = Tally(choose_standard(chosen, year, "batches"))
    return StreamResult(tally.summary(year=year), tuple(kept), count, number)


def summarise_parquet(
    path: str | Path,
    *,
    batch_rows: int = 500_000,
    year: int | None = None,
    standard: PovertyStandard | str | Path | None = None,
    area: str | None = None,
) -> StreamResult:
    """Classify a Parquet file of households ``batch_rows`` at a time."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped]  # noqa: PLC0415

    parquet = pq.ParquetFile(str(path))
    return summarise_batches(
        parquet.iter_batches(batch_size=batch_rows), year=year, standard=standard, area=area
    )
