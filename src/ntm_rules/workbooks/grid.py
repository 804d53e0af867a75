"""What every workbook is made of, independently of the file format.

A writer builds :class:`Grid` objects (cells with a style name, merges, drop-downs, column
widths, print settings); :mod:`ntm_rules.workbooks.xlsx` renders them with openpyxl and
:mod:`ntm_rules.workbooks.csv` as CSV. A reader gets a :class:`RawSheet` (plain values by row
and column, already checked for formulas, errors and merged cells) and names every problem
by sheet, row and column, as a :class:`WorkbookError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from attrs import Factory, define, frozen

from ntm_rules.exceptions import InputProblem
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt, is_blank, split_number

CellValue = str | int | float | bool | None
"""What a cell holds when written."""
ReadValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
"""What a cell holds when read (dates are kept so that they can be refused by name)."""

MAX_ROWS = 2000
"""The most rows a sheet may have (a commune sheet has about a hundred)."""
MAX_COLUMNS = 64
"""The most columns a sheet may use."""
FORMATS = ("xlsx", "csv")


class WorkbookError(InputProblem):
    """A problem in a workbook or CSV file, naming the sheet, row and column."""


def column_letter(column: int) -> str:
    """The spreadsheet letters of a 1-based column: 1 → A, 28 → AB.

    Examples:
        >>> column_letter(1), column_letter(12), column_letter(28)
        ('A', 'L', 'AB')
    """
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@frozen
class Cell:
    """One written cell: its value, its style (a name the renderers know) and its drop-down."""

    value: CellValue = None
    style: str = ""
    choices: str | None = None
    """The key of a drop-down list in :attr:`Grid.choices` (``None``: none)."""


@define
class Grid:
    """One sheet to write.

    Attributes:
        name: the sheet's name.
        rows: the rows, from row 1.
        widths: each column's width in characters.
        merges: merged ranges as (first row, first column, last row, last column), 1-based.
        choices: drop-down lists by key: the options, and whether other input is refused.
        freeze_row: the first row that scrolls (the rows above stay in view).
        title_rows: the rows repeated at the top of every printed page.
    """

    name: str
    rows: list[list[Cell]] = Factory(list)
    widths: list[float] = Factory(list)
    merges: list[tuple[int, int, int, int]] = Factory(list)
    choices: dict[str, tuple[tuple[str, ...], bool]] = Factory(dict)
    freeze_row: int | None = None
    title_rows: tuple[int, int] | None = None

    def add(self, *cells: Cell | CellValue) -> int:
        """Append a row (plain values get no style); return its 1-based number."""
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])
        return len(self.rows)

    def merge_row(self, row: int, first: int, last: int) -> None:
        """Merge columns ``first``–``last`` of one row."""
        self.merges.append((row, first, row, last))


@frozen
class RawSheet:
    """A sheet as read: values by row and column, and where it came from.

    Attributes:
        where: how the sheet is named in messages: ``sheet "Tự đánh giá"`` or ``file "a.csv"``.
        rows: the values, row 1 first; a row may be shorter than others.
        merges: the merged ranges, as in :attr:`Grid.merges`.
    """

    where: str
    rows: Sequence[Sequence[ReadValue]]
    merges: tuple[tuple[int, int, int, int], ...] = ()

    def value(self, row: int, column: int) -> ReadValue:
        """The value at a 1-based row and column (``None`` outside the sheet)."""
        if row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[column - 1] if column <= len(cells) else None

    def text(self, row: int, column: int) -> str:
        """The value as stripped text (numbers in their shortest form; blank: ``""``)."""
        value = self.value(row, column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    def location(self, row: int, column: int | None = None, heading: str = "") -> str:
        """A cell's name for messages: ``sheet "Tự đánh giá", row 12, column G (Kết quả)``."""
        text = f"{self.where}, row {row}"
        if column is not None:
            text += f", column {column_letter(column)}"
            if heading:
                text += f" ({heading})"
        return text

    def error(self, row: int, column: int | None, heading: str, reason: str) -> WorkbookError:
        """A problem at a cell."""
        return WorkbookError(self.location(row, column, heading), reason)

    def row_is_blank(self, row: int, first: int = 1) -> bool:
        """Whether every cell of the row from column ``first`` is blank."""
        if row > len(self.rows):
            return True
        return all(is_blank(v) for v in self.rows[row - 1][first - 1 :])

    def last_filled(self, row: int) -> int:
        """The last column of a row holding something (0 when the row is blank)."""
        if row > len(self.rows):
            return 0
        cells = self.rows[row - 1]
        for column in range(len(cells), 0, -1):
            if not is_blank(cells[column - 1]):
                return column
        return 0

    def merged_in(self, first_row: int) -> tuple[int, int, int, int] | None:
        """The first merged range that reaches row ``first_row`` or below, if any."""
        for merge in sorted(self.merges):
            if merge[2] >= first_row:
                return merge
        return None


def is_date(value: ReadValue) -> bool:
    """Whether a read value is a date, a time or a duration (never a number here)."""
    return isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta)


def shown(value: ReadValue) -> str:
    """A read value for a message."""
    if is_date(value):
        return f"the date {value}"
    return excerpt(value)


def check_extent(sheet: RawSheet, width: int, first_row: int = 1) -> list[WorkbookError]:
    """Problems for anything written right of the table, from ``first_row`` down."""
    problems = []
    for row in range(first_row, len(sheet.rows) + 1):
        last = sheet.last_filled(row)
        if last > width:
            problems.append(
                sheet.error(
                    row,
                    last,
                    "",
                    Message(
                        "{value} is outside the table (it ends at column {column_letter}); remove it",
                        value=shown(sheet.value(row, last)),
                        column_letter=column_letter(width),
                    ),
                )
            )
    return problems


def read_year(raw: ReadValue, location: str) -> int:
    """A year from a cell: a whole number, or text such as ``"2025"``."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        number = split_number(raw, location)
        if not number.rest and number.value.denominator == 1:
            return int(number.value)
    raise WorkbookError(
        location, Message("expected a year such as 2025, got {raw}", raw=shown(raw))
    )
