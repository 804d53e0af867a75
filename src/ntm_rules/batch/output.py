"""The per-commune table, and writing every view to CSV, Parquet or Excel.

CSV and Parquet: the per-commune table goes to the file named, each other view beside it
(``results.csv``, ``results.summary.csv``, ``results.problems.csv``…). Excel: one
workbook, one sheet per view. CSV is written as UTF-8 with a byte-order mark, which Excel
needs to show Vietnamese text.

A name or id from the input is never a formula in the output: in CSV, text a spreadsheet
would run (``=…``, ``+…``, ``-x``, ``@…``) gets a leading apostrophe, as the workbooks'
CSV does; in Excel, text cells are text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]
import pyarrow.csv as pa_csv  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from ntm_rules.batch import codes
from ntm_rules.batch.cells import Head
from ntm_rules.batch.problems import RowProblem
from ntm_rules.batch.vector import Outcome
from ntm_rules.exceptions import InputProblem, InvalidInputError, OutputError
from ntm_rules.messages import Message
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks.xlsx import save

STATUS_LABELS = tuple(status.value for status in codes.STATUSES)
VERDICT_LABELS = tuple(verdict.value for verdict in codes.VERDICTS)
FORMATS = (".csv", ".tsv", ".parquet", ".xlsx")
EXCEL_ROWS = 1_048_575
"""The most data rows a sheet holds (under its heading row)."""


def criterion_heading(criterion_id: str) -> str:
    """The heading of a criterion's status column (indicators use their bare id)."""
    return f"criterion {criterion_id}"


def communes_table(
    rulebook: Rulebook,
    outcome: Outcome,
    *,
    rows: Any,
    communes: Any,
    provinces: Any,
    heads: Any,
    head_list: Sequence[Head],
    dictionary: bool = True,
) -> Any:
    """One row per commune evaluated: who, its verdict, and the status of everything."""
    head_index = pa.array(heads.astype(np.int32))
    years = pa.array([h.profile.year for h in head_list] or [0], pa.int32())
    column_codes = pa.array([h.choice.column.code for h in head_list] or [""], pa.string())
    statuses = pa.array(STATUS_LABELS, pa.string())

    def labelled(indices: Any, labels: Any) -> Any:
        array = pa.DictionaryArray.from_arrays(pa.array(indices, pa.int8()), labels)
        return array if dictionary else array.dictionary_decode()

    columns: dict[str, Any] = {
        "row": pa.array(rows, pa.int64()),
        "commune": communes,
        "province": provinces,
        "year": years.take(head_index),
        "column": column_codes.take(head_index),
        "criteria_met": pa.array(outcome.met, pa.int8()),
        "criteria_total": pa.array(np.full(outcome.length, len(rulebook.criteria)), pa.int8()),
        "verdict": labelled(outcome.verdicts, pa.array(VERDICT_LABELS, pa.string())),
        "blockers": blockers(rulebook, outcome),
    }
    for number, criterion in enumerate(rulebook.criteria):
        ranks = np.right_shift(outcome.criteria[number], 4)
        columns[criterion_heading(criterion.id)] = labelled(ranks, statuses)
    for number, indicator_id in enumerate(rulebook.indicator_ids):
        columns[indicator_id] = labelled(np.right_shift(outcome.indicators[number], 4), statuses)
    return pa.table(columns)


def blockers(rulebook: Rulebook, outcome: Outcome) -> Any:
    """What blocks a conclusion, for each commune that cannot be concluded (else empty).

    Each undecided indicator with its reason (``3.1 (no_input)``), and each criterion
    undecided as a whole (``criterion 5 (no_indicators)``), in rulebook order.
    """
    open_rows = outcome.verdicts == 1
    items = [(i, outcome.indicators[n]) for n, i in enumerate(rulebook.indicator_ids)]
    items += [
        (criterion_heading(c.id), outcome.criteria[n]) for n, c in enumerate(rulebook.criteria)
    ]
    labels: list[str] = []
    rows: list[Any] = []
    names: list[Any] = []
    for order, (label, results) in enumerate(items):
        labels.extend(f"{label} ({reason.value})" for reason in codes.REASONS)
        labels.extend([""] * (codes.SLOTS - len(codes.REASONS)))
        undecided = (np.right_shift(results, 4) == 1) & open_rows
        if label.startswith("criterion"):
            undecided &= results != codes.UNKNOWN  # undecided by its indicators: listed
        found = np.flatnonzero(undecided)
        rows.append(found)
        slots = np.bitwise_and(results[found], codes.SLOTS - 1).astype(np.int64)
        names.append(order * codes.SLOTS + slots)
    every_row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)
    order_of = np.argsort(every_row, kind="stable")  # by row, in rulebook order within one
    indices = (np.concatenate(names) if names else np.zeros(0, dtype=np.int64))[order_of]
    offsets = np.concatenate(([0], np.cumsum(np.bincount(every_row, minlength=outcome.length))))
    values = pa.DictionaryArray.from_arrays(
        pa.array(indices, pa.int32()), pa.array(labels, pa.string())
    ).dictionary_decode()
    lists = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values)
    return pc.binary_join(lists, "; ")


def problems_table(problems: Sequence[RowProblem]) -> Any:
    """The problems view: row (null for the header), column, message."""
    return pa.table(
        {
            "row": pa.array([p.row for p in problems], pa.int64()),
            "column": pa.array([p.column for p in problems], pa.string()),
            "message": pa.array([p.message for p in problems], pa.string()),
        }
    )


def write(views: Mapping[str, Any], path: Path, main: str = "communes") -> list[Path]:
    """Write every view; return the files written.

    Raises:
        InvalidInputError: an unknown format, or too many rows for Excel.
        OSError: a file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        problem = InputProblem(
            "-o",
            Message(
                "unknown output format {value}; expected {formats}",
                value=suffix or "(none)",
                formats=", ".join(FORMATS),
            ),
        )
        raise InvalidInputError([problem], "arguments")
    plain = {name: _plain(table) for name, table in views.items()}
    if suffix == ".xlsx":
        _write_xlsx(plain, path)
        return [path]
    written = []
    for name, table in (views if suffix == ".parquet" else plain).items():
        target = path if name == main else path.with_name(f"{path.stem}.{name}{path.suffix}")
        try:
            if suffix == ".parquet":
                pq.write_table(table, target)
            else:
                with target.open("wb") as handle:
                    handle.write(b"\xef\xbb\xbf")
                    options = pa_csv.WriteOptions(delimiter="\t" if suffix == ".tsv" else ",")
                    pa_csv.write_csv(_inert(table), handle, write_options=options)
        except OSError as error:
            raise OutputError(target, error) from None
        written.append(target)
    return written


def _plain(table: Any) -> Any:
    """The table with dictionary columns decoded (CSV and Excel hold plain values)."""
    columns = [
        column.dictionary_decode() if pa.types.is_dictionary(column.type) else column
        for column in (table.column(i).combine_chunks() for i in range(table.num_columns))
    ]
    return pa.table(columns, names=table.column_names)


_ACTIVE = r"^(?:[=+@\t\r]|-\s*\S)"
"""Text a spreadsheet runs as a formula (a lone ``-``, no data, is not)."""


def _inert(table: Any) -> Any:
    """The table with every text a spreadsheet would run written with a leading apostrophe."""
    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            active = pc.match_substring_regex(column, _ACTIVE)
            quoted = pc.binary_join_element_wise("'", column, "")
            columns.append(pc.if_else(active, quoted, column))
        else:
            columns.append(column)
    return pa.table(columns, names=table.column_names)


def _write_xlsx(views: Mapping[str, Any], path: Path) -> None:
    import openpyxl  # noqa: PLC0415 - the excel extra
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

    for name, table in views.items():
        if table.num_rows > EXCEL_ROWS:
            problem = InputProblem(
                "-o",
                Message(
                    "the {name} view has {num_rows} rows, more than a sheet holds; write CSV or Parquet",
                    name=name,
                    num_rows=table.num_rows,
                ),
            )
            raise InvalidInputError([problem], "arguments")
    book = openpyxl.Workbook(write_only=True)
    for name, table in views.items():
        sheet = book.create_sheet(title=name)
        sheet.append(list(table.column_names))
        for batch in table.to_batches():
            for row in zip(*(column.to_pylist() for column in batch.columns), strict=True):
                sheet.append([_text_cell(sheet, v, WriteOnlyCell) for v in row])
    save(book, path)


def _text_cell(sheet: Any, value: Any, cell: Any) -> Any:
    """``value``, or a text cell where openpyxl would write ``=…`` as a formula."""
    if isinstance(value, str) and value.startswith("="):
        written = cell(sheet, value=value)
        written.data_type = "s"
        return written
    return value
