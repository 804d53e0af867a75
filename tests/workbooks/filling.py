"""Filling a written sheet as an official would: openpyxl for xlsx, the csv module for CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

import openpyxl

from ntm_rules.workbooks.sheets import FIRST_DATA_ROW, FIRST_HEADER_ROW, HEADER_KEYS

RESULT_COLUMN = 7
Cells = Mapping[tuple[int, int], object]


def header_row(key: str) -> int:
    """The row of a header-block key (``commune``, ``dimension``, ``year``…)."""
    return FIRST_HEADER_ROW + HEADER_KEYS.index(key)


def fill(
    template: Path,
    out: Path,
    header: Mapping[str, object] = {},
    values: Mapping[str, object] = {},
    cells: Cells = {},  # noqa: B006 - read only
) -> Path:
    """Copy ``template`` to ``out`` with header values, results by row code, and raw cells."""
    targets = {(header_row(k), 3): v for k, v in header.items()}
    if template.suffix == ".csv":
        rows = read_csv_rows(template)
        codes = {
            row[2]: n
            for n, row in enumerate(rows, start=1)
            if n >= FIRST_DATA_ROW and len(row) > 2 and row[2]
        }
        targets.update({(codes[c], RESULT_COLUMN): v for c, v in values.items()})
        targets.update(cells)
        for (row, column), value in targets.items():
            while len(rows) < row:
                rows.append([])
            line = rows[row - 1]
            while len(line) < column:
                line.append("")
            line[column - 1] = "" if value is None else str(value)
        write_csv_rows(out, rows)
        return out
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    codes = {
        str(sheet.cell(r, 3).value): r
        for r in range(FIRST_DATA_ROW, sheet.max_row + 1)
        if sheet.cell(r, 3).value
    }
    targets.update({(codes[c], RESULT_COLUMN): v for c, v in values.items()})
    targets.update(cells)
    for (row, column), value in targets.items():
        cell = sheet.cell(row, column)
        cell.value = value  # type: ignore[assignment]
        if isinstance(value, str) and not value.startswith("="):
            cell.data_type = "s"
    book.save(out)
    return out


def read_csv_rows(path: Path) -> list[list[str]]:
    """The rows of a CSV file written with a BOM."""
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def write_csv_rows(path: Path, rows: list[list[str]]) -> None:
    """Write rows as Excel would save 'CSV UTF-8'."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8", newline="")
