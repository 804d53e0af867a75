"""The workbook layouts as CSV: UTF-8 with a byte-order mark, so that Excel shows diacritics.

The rows and columns are those of the xlsx sheet, cell for cell (no styles, merges or
drop-downs). Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``)
is written with a leading apostrophe, which the reader removes. Reading accepts ``,`` or
``;`` as the separator (a Vietnamese-locale Excel saves with ``;``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ntm_rules.exceptions import InputProblem, InvalidInputError, OutputError
from ntm_rules.files import read_bytes
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt
from ntm_rules.workbooks.grid import (
    MAX_COLUMNS,
    MAX_ROWS,
    Grid,
    RawSheet,
    ReadValue,
    WorkbookError,
    column_letter,
)
from ntm_rules.workbooks.layout import ACHIEVED_CHOICES, number_in

BOM = "\ufeff"
_ACTIVE = ("=", "+", "-", "@", "\t", "\r")
MAX_CSV_BYTES = 4 * 1024 * 1024


def _text(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ACHIEVED_CHOICES[lang][0 if value else 1]
    if isinstance(value, int | float):
        return number_in(value, lang)
    text = str(value)
    if text.startswith(_ACTIVE) and text.strip() not in ("-", "–"):
        return "'" + text
    return text


def render_csv(grids: Sequence[Grid], lang: str = "vi") -> str:
    """The grids as CSV text (several grids: one after the other, a blank row between)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    width = max((len(row) for grid in grids for row in grid.rows), default=0)
    for n, grid in enumerate(grids):
        if n:
            writer.writerow([""] * width)
        for row in grid.rows:
            cells = [_text(cell.value, lang) for cell in row]
            writer.writerow(cells + [""] * (width - len(cells)))
    return BOM + buffer.getvalue()


def write_csv(path: str | Path, grids: Sequence[Grid], lang: str = "vi") -> None:
    """Write the grids as one CSV file.

    Raises:
        InvalidInputError: the file cannot be written (named).
    """
    try:
        Path(path).write_text(render_csv(grids, lang), encoding="utf-8", newline="")
    except OSError as error:
        raise OutputError(path, error) from None


def read_csv(path: str | Path) -> RawSheet:
    """A CSV file as a sheet of text values.

    Raises:
        InvalidInputError: the file is not UTF-8, is too large, has too many rows or
            columns, or holds a formula; each problem names the file, row and column.
    """
    path = Path(path)
    where = f'file "{excerpt(path.name)[1:-1]}"'
    try:
        data = read_bytes(path, MAX_CSV_BYTES)
    except InputProblem as problem:
        raise InvalidInputError([problem], where) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = WorkbookError(
            where,
            Message(
                "not UTF-8 text (byte {start}); save it as 'CSV UTF-8' in Excel", start=error.start
            ),
        )
        raise InvalidInputError([not_utf8], where) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows: list[tuple[ReadValue, ...]] = []
    problems: list[InputProblem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS:
                problems.append(
                    WorkbookError(
                        f"{where}, row {number}",
                        Message("more than {max_rows} rows", max_rows=MAX_ROWS),
                    )
                )
                break
            rows.append(tuple(_cell(v, where, number, c, problems) for c, v in enumerate(cells, 1)))
    except csv.Error as error:
        problems.append(
            WorkbookError(
                f"{where}, row {reader.line_num}",
                Message("not CSV: {error}", error=error),
            )
        )
    if problems:
        raise InvalidInputError(problems[:50], where)
    return RawSheet(where, rows)


def _cell(value: str, where: str, row: int, column: int, problems: list[InputProblem]) -> ReadValue:
    if not value.strip():
        return None
    at = f"{where}, row {row}, column {column_letter(column)}"
    if column > MAX_COLUMNS:
        problems.append(
            WorkbookError(
                at,
                Message("the file uses more than {max_columns} columns", max_columns=MAX_COLUMNS),
            )
        )
        return None
    if value.startswith("'") and value[1:].startswith(_ACTIVE):
        return value[1:]
    if value.startswith("="):
        problems.append(
            WorkbookError(
                at,
                Message(
                    "a formula ({value}): type the value itself, not a formula",
                    value=excerpt(value),
                ),
            )
        )
        return None
    return value
