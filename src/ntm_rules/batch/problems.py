"""A problem in one row (or in the header) of a table: where it is, as the user sees it."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ntm_rules.exceptions import InputProblem, InvalidInputError


@frozen
class RowProblem:
    """One bad cell, row or column of a batch input.

    Attributes:
        row: the row as the user sees it: the line of a CSV file or the row of the sheet
            (the header is row 1); for Parquet and data frames, the position from 0.
            ``None`` for a problem of the header as a whole (an unknown column).
        column: the column's heading as written (empty when the whole row is concerned).
        message: what is wrong and what was expected.
    """

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        return str(self.as_problem())

    def render(self, lang: str) -> str:
        """The problem in ``lang``: where as given, the message translated."""
        return self.as_problem().render(lang)

    def as_problem(self) -> InputProblem:
        """The same problem as an :class:`~ntm_rules.InputProblem` (for ``--strict``)."""
        where = "header" if self.row is None else f"row {self.row}"
        return InputProblem(f"{where}, {self.column}" if self.column else where, self.message)


def rejection(problems: Iterable[RowProblem], what: str) -> InvalidInputError:
    """Every problem of a batch, raised together as the library's input error."""
    return InvalidInputError([problem.as_problem() for problem in problems], what)
