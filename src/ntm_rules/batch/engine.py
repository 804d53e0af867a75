"""``evaluate_many``: a table of communes in, per-commune results and aggregates out."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
from attrs import frozen

from ntm_rules.batch import aggregate, output
from ntm_rules.batch.cells import Head, Parsed, Reader
from ntm_rules.batch.columns import Columns, column_of, supports
from ntm_rules.batch.distinct import encode
from ntm_rules.batch.header import check_fields, field_columns, layout
from ntm_rules.batch.problems import RowProblem
from ntm_rules.batch.progress import Progress
from ntm_rules.batch.scalar import evaluate_rows
from ntm_rules.batch.table import RawTable, read_table
from ntm_rules.batch.vector import Outcome, evaluate_columns, join
from ntm_rules.editions import edition_for_year
from ntm_rules.exceptions import InputProblem, InvalidInputError
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.rulebook import Rulebook

VECTOR_FROM: Final = 500
"""From this many rows ``engine="auto"`` takes the vector path."""
CHUNK_ROWS: Final = 100_000
"""Rows read and evaluated at a time (bounds the memory of reading)."""
Engine = Literal["auto", "vector", "scalar"]


@frozen
class BatchResult:
    """The evaluation of a table of communes against one rulebook.

    Attributes:
        rulebook: the edition judged on.
        outcome: every commune's result codes (see :mod:`ntm_rules.batch.codes`).
        rows: the row number of each commune evaluated, as the user sees it.
        communes: their names (a pyarrow string array).
        provinces: their provinces.
        heads: each commune's index into ``head_list`` (its column and year).
        head_list: the distinct profile heads met.
        problems: every problem, the header's first, then by row.
        read: how many rows were read (blank rows aside).
        rejected: how many of them were rejected.
        verified_only: whether unverified thresholds were treated as unknown.
        engine: ``"vector"`` or ``"scalar"``.
    """

    rulebook: Rulebook
    outcome: Outcome
    rows: npt.NDArray[np.int64]
    communes: Any
    provinces: Any
    heads: npt.NDArray[np.intp]
    head_list: tuple[Head, ...]
    problems: tuple[RowProblem, ...]
    read: int
    rejected: int
    verified_only: bool = False
    engine: str = "vector"

    @property
    def evaluated(self) -> int:
        """How many rows were evaluated."""
        return self.read - self.rejected

    def communes_table(self, *, dictionary: bool = True) -> Any:
        """The per-commune table (pyarrow); ``dictionary=False`` for plain string columns."""
        return output.communes_table(
            self.rulebook,
            self.outcome,
            rows=self.rows,
            communes=self.communes,
            provinces=self.provinces,
            heads=self.heads,
            head_list=self.head_list,
            dictionary=dictionary,
        )

    def problems_table(self) -> Any:
        """The problems (pyarrow): row, column, message."""
        return output.problems_table(self.problems)

    def aggregates(self) -> dict[str, Any]:
        """The aggregate views (pyarrow): summary, distribution, criteria, indicators."""
        return aggregate.views(self.outcome, self.provinces, self.rulebook)

    def views(self) -> dict[str, Any]:
        """Every view, by name: communes, the aggregates, and problems."""
        return {
            "communes": self.communes_table(),
            **self.aggregates(),
            "problems": self.problems_table(),
        }

    def write(self, path: str | Path) -> list[Path]:
        """Write every view to CSV, Parquet or Excel (by the file's suffix)."""
        return output.write(self.views(), Path(path))


def evaluate_many(
    table: object,
    rulebook: Rulebook | str | Path | None = None,
    *,
    tier: str = "basic",
    verified_only: bool = False,
    engine: Engine = "auto",
    progress: bool = False,
    chunk_rows: int = CHUNK_ROWS,
) -> BatchResult:
    """Evaluate every commune of a wide table.

    Bad rows do not stop the batch: each problem is reported with its row and column, and
    the row is left out. Only a table that cannot be read at all, or that lacks the
    commune or year column, raises.

    Args:
        table: a CSV, Excel or Parquet file, a pyarrow Table or RecordBatch, a pandas or
            polars DataFrame, or a mapping of column name to values.
        rulebook: the edition (a :class:`~ntm_rules.Rulebook`, an id or short name, an
            edition file or an override table); by default the one in force for the year
            of the first row, the same for every row.
        tier: with no rulebook, which set of the period (``basic`` or ``advanced``).
        verified_only: treat thresholds no public source confirms as unknown.
        engine: ``"vector"`` (NumPy), ``"scalar"`` (:func:`ntm_rules.evaluate` per row),
            or ``"auto"``: vector from :data:`VECTOR_FROM` rows.
        progress: show a progress bar on standard error when it is a terminal and the
            batch takes over a second.
        chunk_rows: rows read and evaluated at a time.

    Raises:
        InvalidInputError: the table cannot be read, or lacks a needed column.
    """
    raw = read_table(table)
    fields, _, _ = field_columns(raw.names)
    check_fields(fields, None, raw.source)
    book = _rulebook(rulebook, raw, fields["year"], tier)
    check_fields(fields, book, raw.source)
    plan = layout(raw.names, book, lambda position: _has_data(raw, position))
    reader = Reader(book, plan)
    vector = engine == "vector" or (engine == "auto" and raw.length >= VECTOR_FROM)
    if vector and not supports(book):
        vector = engine == "vector"
        if vector:
            problem = InputProblem(
                "engine", Message("{book}'s criteria compose their own way", book=book.id)
            )
            raise InvalidInputError([problem], "arguments")
    parts: list[Outcome] = []
    slices: list[Parsed] = []
    with Progress(raw.length, enabled=progress) as advance:
        for start in range(0, raw.length, max(chunk_rows, 1)):
            stop = min(start + max(chunk_rows, 1), raw.length)
            parsed = reader.read(raw, start, stop)
            if vector:
                columns = _columns(parsed, reader)
                parts.append(
                    evaluate_columns(book, columns, reader.contexts, verified_only=verified_only)
                )
                advance(stop - start)
            else:
                parts.append(
                    evaluate_rows(
                        book, parsed, reader, verified_only=verified_only, advance=advance
                    )
                )
                advance(stop - start - len(parsed.rows))
            slices.append(parsed)
    problems = (*raw.problems, *plan.problems, *(p for s in slices for p in s.problems))
    header = tuple(p for p in problems if p.row is None)
    by_row = sorted((p for p in problems if p.row is not None), key=lambda p: p.row or 0)
    blank = sum(s.blank for s in slices)
    dropped = sum(1 for p in raw.problems if p.row is not None)  # rows that could not be read
    return BatchResult(
        rulebook=book,
        outcome=join(parts, book),
        rows=_concat([s.rows for s in slices], np.int64),
        communes=_strings([s.communes for s in slices]),
        provinces=_strings([s.provinces for s in slices]),
        heads=_concat([s.heads for s in slices], np.intp),
        head_list=tuple(reader.heads),
        problems=(*header, *by_row),
        read=raw.length - blank + dropped,
        rejected=sum(s.rejected for s in slices) + dropped,
        verified_only=verified_only,
        engine="vector" if vector else "scalar",
    )


def columns_of(parsed: Parsed, reader: Reader) -> Columns:
    """The vector path's input for a slice read (the parsed columns)."""
    return _columns(parsed, reader)


def _columns(parsed: Parsed, reader: Reader) -> Columns:
    indicators = {
        key: column_of(reader.rulebook.indicator(key), cells, reader.values[key].measurements)
        for key, cells in parsed.cells.items()
    }
    return Columns(len(parsed.rows), parsed.contexts, indicators)


def _rulebook(given: Rulebook | str | Path | None, raw: RawTable, year: int, tier: str) -> Rulebook:
    if isinstance(given, Rulebook):
        return given
    if given is not None:
        return load_rulebook(given)
    if tier not in ("basic", "advanced"):
        problem = InputProblem(
            "tier", Message("a batch is judged on the basic or advanced set, not {tier}", tier=tier)
        )
        raise InvalidInputError([problem], "arguments")
    column = encode(raw.columns[year])
    years = [year_of(value) for value in column.values]
    for code in column.codes.tolist():
        value = years[code] if code >= 0 else None
        if value is None:
            continue
        try:
            return edition_for_year(value, tier)
        except InvalidInputError:
            continue
    problem = InputProblem("year", "no row has a year that a shipped edition covers")
    raise InvalidInputError([problem], raw.source)


def year_of(value: object) -> int | None:
    """A table cell as a data year (a whole number, or digits as text), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 6:
        return int(value.strip())
    return None


def _has_data(raw: RawTable, position: int) -> bool:
    return not encode(raw.columns[position]).blank()[:-1].all()


def _concat(arrays: list[Any], dtype: Any) -> Any:
    return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype=dtype)


def _strings(arrays: list[Any]) -> Any:
    return pa.concat_arrays(arrays) if arrays else pa.array([], pa.string())
