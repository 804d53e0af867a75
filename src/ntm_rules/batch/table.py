"""Reading a wide table (one row per commune) into columns, whatever it came from.

Files: CSV (UTF-8, comma, semicolon or tab), Excel ``.xlsx`` (the ``excel`` extra) and
Parquet, each read as a bounded regular file. In Python: a pyarrow ``Table`` or
``RecordBatch``, a mapping of column name to values, or any data frame narwhals knows
(pandas, polars…), so that neither frame library is a dependency.

CSV cells are kept as the text written (``"1.234"`` stays text, to be refused as ambiguous
by the strict reader); typed cells (Excel numbers, Parquet and frame columns) keep their
type. Each row keeps its number as the user sees it (:class:`~ntm_rules.batch.problems.RowProblem`).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.csv as pa_csv  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from attrs import frozen

from ntm_rules.batch.problems import RowProblem
from ntm_rules.exceptions import InputProblem, InvalidInputError, MalformedFileError
from ntm_rules.files import read_bytes
from ntm_rules.messages import Message
from ntm_rules.reading import describe, excerpt

MAX_TABLE_BYTES = 1024 * 1024 * 1024
"""The largest table file read (a million communes in CSV is about 300 MiB)."""
MAX_XLSX_UNPACKED = 2 * MAX_TABLE_BYTES
"""The most an Excel file may unpack to (so that a zip bomb is refused before parsing)."""
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
PARQUET_SUFFIXES = (".parquet", ".pq")

Column = Any
"""A column: a ``pyarrow.Array`` or a list of Python values (mixed kinds, Excel cells)."""


@frozen
class RawTable:
    """A table as read, before any value is checked.

    Attributes:
        names: the column headings, as written.
        columns: the columns, in the order of ``names``.
        length: how many rows.
        row_numbers: each row's number as the user sees it.
        problems: rows that could not be read at all (a CSV line with the wrong number of
            fields): they count as rejected.
        source: the file name, or the kind of object, for messages.
    """

    names: tuple[str, ...]
    columns: tuple[Column, ...]
    length: int
    row_numbers: npt.NDArray[np.int64]
    problems: tuple[RowProblem, ...] = ()
    source: str = "table"


def read_table(source: object) -> RawTable:
    """Read a table from a file path or an in-memory table.

    Raises:
        InvalidInputError: the file cannot be read as a table, or the object is not a table.
    """
    if isinstance(source, str | Path):
        return _read_file(Path(source))
    if isinstance(source, pa.RecordBatch):
        source = pa.Table.from_batches([source])
    if isinstance(source, pa.Table):
        return _from_arrow(source, "table")
    if isinstance(source, Mapping):
        return _from_mapping(source)
    return _from_frame(source)


def _positions(length: int) -> npt.NDArray[np.int64]:
    return np.arange(length, dtype=np.int64)


def _from_arrow(table: Any, what: str) -> RawTable:
    columns = tuple(table.column(i).combine_chunks() for i in range(table.num_columns))
    names = tuple(str(name) for name in table.column_names)
    return RawTable(names, columns, table.num_rows, _positions(table.num_rows), source=what)


def _from_mapping(source: Mapping[Any, Any]) -> RawTable:
    names: list[str] = []
    columns: list[Column] = []
    lengths = set()
    for name, given in source.items():
        if not isinstance(name, str):
            raise _bad("table", Message("column names are text, got {name}", name=describe(name)))
        values: Column = given
        if isinstance(given, pa.ChunkedArray):
            values = given.combine_chunks()
        elif not isinstance(given, pa.Array):
            if isinstance(given, str | bytes) or not isinstance(given, Sequence | np.ndarray):
                raise _bad(
                    name,
                    Message("expected a sequence of values, got {given}", given=describe(given)),
                )
            values = given.tolist() if isinstance(given, np.ndarray) else list(given)
        names.append(name)
        columns.append(values)
        lengths.add(len(values))
    if len(lengths) > 1:
        raise _bad(
            "table", Message("columns of different lengths: {lengths}", lengths=sorted(lengths))
        )
    length = lengths.pop() if lengths else 0
    return RawTable(tuple(names), tuple(columns), length, _positions(length), source="table")


def _from_frame(source: object) -> RawTable:
    import narwhals as nw  # noqa: PLC0415 - only for data frames

    try:
        frame = nw.from_native(cast("Any", source), eager_only=True)
    except TypeError:
        raise _bad(
            "table",
            Message(
                "expected a file path, a pyarrow Table, a mapping of columns or a data frame (pandas, polars…), got {kind}",
                kind=type(source).__name__,
            ),
        ) from None
    names: list[str] = []
    columns: list[Column] = []
    for name in frame.columns:
        series = frame.get_column(name)
        try:
            column: Column = series.to_arrow()
        except (pa.ArrowException, TypeError, ValueError):  # mixed kinds in an object column
            column = [_frame_value(value) for value in series.to_list()]
        names.append(str(name))
        columns.append(column)
    length = len(frame)
    return RawTable(tuple(names), tuple(columns), length, _positions(length), source="data frame")


def _frame_value(value: object) -> object:
    """A frame's "missing" marks (NaN, ``pd.NA``, ``NaT``) are no data, as Arrow nulls are."""
    if isinstance(value, float) and value != value:  # noqa: PLR0124 - NaN
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    return value


def _bad(field: str, reason: str, what: str = "table") -> InvalidInputError:
    return InvalidInputError([InputProblem(field, reason)], what)


def _read_file(path: Path) -> RawTable:
    name = excerpt(str(path))[1:-1]
    suffix = path.suffix.lower()
    if suffix not in (*CSV_SUFFIXES, *EXCEL_SUFFIXES, *PARQUET_SUFFIXES):
        known = ", ".join((*CSV_SUFFIXES, *EXCEL_SUFFIXES, *PARQUET_SUFFIXES))
        raise _bad(
            name,
            Message(
                "unknown table format {value}; expected {known}",
                value=suffix or "(none)",
                known=known,
            ),
            name,
        )
    try:
        data = read_bytes(path, MAX_TABLE_BYTES)
    except InputProblem as problem:
        raise InvalidInputError([problem], name) from None
    if suffix in EXCEL_SUFFIXES:
        return _read_xlsx(data, name)
    if suffix in PARQUET_SUFFIXES:
        try:
            table = pq.read_table(pa.BufferReader(data))
        except (pa.ArrowException, OSError) as error:
            raise _malformed(
                name, Message("not a Parquet file ({short})", short=_short(error))
            ) from None
        return _from_arrow(table, name)
    return _read_csv(data, name)


def _malformed(name: str, reason: str) -> InvalidInputError:
    return InvalidInputError([MalformedFileError(name, reason)], name)


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:199] + "…"


def _read_csv(data: bytes, name: str) -> RawTable:
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _malformed(
            name,
            Message("not UTF-8 text (byte {start}); save the file as CSV UTF-8", start=error.start),
        ) from None
    stripped = data.lstrip(b"\r\n")
    skipped = data[: len(data) - len(stripped)].count(b"\n")
    stripped = stripped.rstrip(b"\r\n") + b"\n"
    first = stripped[: stripped.find(b"\n")].decode("utf-8")
    if not first.strip():
        raise _malformed(name, "the first line, the headings, is empty")
    delimiter = max((",", ";", "\t"), key=first.count)
    if _one_record_a_line(stripped):
        header = next(csv.reader([first.rstrip("\r")], delimiter=delimiter))
        refused: list[object] = []
        try:
            table = _arrow_csv(stripped, len(header), delimiter, refused, newlines=False)
        except pa.ArrowException:  # pragma: no cover - the csv module then reads and says why
            refused.append(None)
        if not refused:
            numbers = np.arange(table.num_rows, dtype=np.int64) + 2 + skipped
            return RawTable(tuple(header), _columns(table), table.num_rows, numbers, (), name)
    header, lines, counts = _records(text.lstrip("\r\n"), delimiter)
    problems = tuple(
        RowProblem(
            int(line) + skipped,
            "",
            Message(
                "{count} fields where the header has {expected}; the row is not read",
                count=int(count),
                expected=len(header),
            ),
        )
        for line, count in zip(lines, counts, strict=True)
        if count != len(header)
    )
    good = lines[counts == len(header)] + skipped
    try:
        table = _arrow_csv(stripped, len(header), delimiter, [], newlines=True)
    except pa.ArrowException as error:  # pragma: no cover - it reads what the csv module does
        raise _malformed(
            name, Message("cannot read the CSV ({short})", short=_short(error))
        ) from None
    if table.num_rows != len(good):  # pragma: no cover - both parsers follow RFC 4180
        raise _malformed(name, "the rows cannot be numbered; check the quotes")
    return RawTable(tuple(header), _columns(table), table.num_rows, good, problems, name)


def _one_record_a_line(data: bytes) -> bool:
    """No blank line, no bare carriage return, no line break inside quotes."""
    if b"\n\n" in data or b"\n\r\n" in data or data.count(b"\r") != data.count(b"\r\n"):
        return False
    return b'"' not in data or not any(line.count(b'"') % 2 for line in data.split(b"\n"))


def _arrow_csv(
    data: bytes, width: int, delimiter: str, refused: list[object], *, newlines: bool
) -> Any:
    """Every cell as the text written (nothing inferred), rows of the wrong width set aside."""
    labels = [f"c{n}" for n in range(width)]

    def refuse(row: object) -> str:  # pragma: no cover - called on pyarrow's reading threads
        refused.append(row)
        return "skip"

    return pa_csv.read_csv(
        pa.BufferReader(data),
        read_options=pa_csv.ReadOptions(column_names=labels, skip_rows=1),
        parse_options=pa_csv.ParseOptions(
            delimiter=delimiter, newlines_in_values=newlines, invalid_row_handler=refuse
        ),
        convert_options=pa_csv.ConvertOptions(
            column_types=dict.fromkeys(labels, pa.string()), strings_can_be_null=False
        ),
    )


def _columns(table: Any) -> tuple[Column, ...]:
    return tuple(table.column(i).combine_chunks() for i in range(table.num_columns))


def _records(
    text: str, delimiter: str
) -> tuple[list[str], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The header, and the first line and field count of every later record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)
    lines: list[int] = []
    counts: list[int] = []
    start = reader.line_num + 1
    for record in reader:
        if record:
            lines.append(start)
            counts.append(len(record))
        start = reader.line_num + 1
    return header, np.array(lines, dtype=np.int64), np.array(counts, dtype=np.int64)


def _read_xlsx(data: bytes, name: str) -> RawTable:
    try:
        import openpyxl  # noqa: PLC0415 - the excel extra
    except ImportError:  # pragma: no cover - the test extra installs it
        message = "Excel files need the excel extra: pip install 'ntm-rules[excel]'"
        raise _bad(name, message, name) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise _malformed(name, "not an Excel .xlsx file") from None
    if sum(member.file_size for member in members) > MAX_XLSX_UNPACKED:
        raise _malformed(name, "the workbook unpacks to more than 2 GiB")
    if any(member.flag_bits & 0x1 for member in members):
        raise _malformed(name, "the workbook is encrypted")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:
        raise _malformed(
            name, Message("not a readable Excel workbook ({short})", short=_short(error))
        ) from None
    try:
        return _sheet_table(book.worksheets[0], name)
    finally:
        book.close()


def _sheet_table(sheet: Any, name: str) -> RawTable:
    header: list[str] | None = None
    columns: list[list[object]] = []
    numbers: list[int] = []
    problems: list[RowProblem] = []
    for cells in sheet.iter_rows():
        values = [_cell(cell) for cell in cells]
        if all(value is None or value == "" for value in values):
            continue
        row = next(cell.row for cell in cells if getattr(cell, "row", None))
        if header is None:
            header = [_heading(value, problems) for value in values]
            columns = [[] for _ in header]
            continue
        while len(header) < len(values):  # pragma: no cover - openpyxl pads rows to the sheet
            header.append("")
            columns.append([None] * len(numbers))
        numbers.append(row)
        for index, column in enumerate(columns):
            column.append(values[index] if index < len(values) else None)
    if header is None:
        raise _malformed(name, "the first sheet is empty")
    row_numbers = np.array(numbers, dtype=np.int64)
    return RawTable(tuple(header), tuple(columns), len(numbers), row_numbers, tuple(problems), name)


def _heading(value: object, problems: list[RowProblem]) -> str:
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:g}"
        message = Message(
            "a number in the sheet, read as {text} (17.10 would be 17.1): type headings as text",
            text=text,
        )
        problems.append(RowProblem(None, text, message))
        return text
    return "" if value is None else str(value)


def _cell(cell: Any) -> object:
    kind = getattr(cell, "data_type", "n")
    if kind == "f":
        return RefusedCell("a formula: enter the value itself")
    if kind == "e":
        return RefusedCell(
            Message("the error value {value}: enter the value itself", value=cell.value)
        )
    return cell.value


@frozen
class RefusedCell:
    """A cell a sheet holds but no reader may take (a formula, an error value)."""

    message: str
