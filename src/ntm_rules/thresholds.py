"""Thresholds as data: a value per region column, dated, each with its citation and status.

A :class:`ThresholdTable` maps every column code of an edition to a short, dated list of
:class:`ThresholdValue`. Each value holds from its ``effective_from`` date until the next
one starts, so dated values can have neither gaps nor overlaps. An unknown figure is an
explicit value with ``value=None`` and status ``unknown``, never a missing key.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from attrs import field, frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import RulebookError
from ntm_rules.messages import Message

ThresholdFigure = float | bool | None
"""A threshold figure: a number in the canonical unit, ``True`` for "must be achieved",
or ``None`` when unknown."""


class Direction(enum.Enum):
    """How a measured value is compared with the threshold."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ACHIEVED = "achieved"

    @property
    def symbol(self) -> str:
        """The comparison sign, as printed in tables."""
        return {"at_least": "≥", "at_most": "≤", "achieved": "="}[self.value]

    # Members are singletons: identity hashing keeps look-ups keyed by them in C (Enum's own
    # hashes the name in Python, and string hashes vary between runs anyway).
    __hash__ = object.__hash__


@frozen
class ThresholdValue:
    """One threshold figure for one column from one date on.

    Attributes:
        value: the figure (``None`` when unknown).
        verification: how well the figure is known.
        citation: where it comes from.
        effective_from: the first day it applies (``None``: from the start of the edition).
    """

    value: ThresholdFigure
    verification: Verification
    citation: Citation
    effective_from: date | None = None
    is_known: bool = field(init=False, eq=False, repr=False)
    """Whether there is a figure to compare with (derived once: it is read on every verdict)."""

    def __attrs_post_init__(self) -> None:
        known = self.value is not None and self.verification is not Verification.UNKNOWN
        object.__setattr__(self, "is_known", known)


def cell(value: ThresholdFigure, verification: Verification, citation: Citation) -> ThresholdValue:
    """Build one threshold value; ``None`` is always ``unknown``."""
    if value is None:
        verification = Verification.UNKNOWN
    return ThresholdValue(value, verification, citation)


def unknown(citation: Citation) -> ThresholdValue:
    """An explicit "no figure known" value."""
    return ThresholdValue(None, Verification.UNKNOWN, citation)


@frozen(eq=True)
class ThresholdTable:
    """The threshold of one indicator (or one figure of a composite rule) for every column.

    Examples:
        >>> from ntm_rules.citations import Citation, Verification
        >>> table = ThresholdTable.uniform(80, Verification.VERIFIED, Citation("QĐ 1680"), ["TN"])
        >>> table.at("TN", date(2024, 1, 1)).value
        80
    """

    cells: Mapping[str, tuple[ThresholdValue, ...]]

    @classmethod
    def uniform(
        cls,
        value: ThresholdFigure,
        verification: Verification,
        citation: Citation,
        columns: Iterable[str],
    ) -> ThresholdTable:
        """The same figure for every column."""
        one = cell(value, verification, citation)
        return cls(dict.fromkeys(columns, (one,)))

    def at(self, column: str, as_of: date) -> ThresholdValue:
        """The value in force for ``column`` on ``as_of``.

        Before the first dated value, the earliest one is returned with status unknown.
        """
        values = self.cells[column]
        if len(values) == 1 and values[0].effective_from is None:
            return values[0]  # the common case: one undated figure
        for value in reversed(values):
            if value.effective_from is None or value.effective_from <= as_of:
                return value
        return unknown(values[0].citation)

    def replace(self, column: str, value: ThresholdValue) -> ThresholdTable:
        """A copy with ``column`` changed.

        An undated value replaces the whole history of the column; a dated one takes effect
        from its date, replacing any value that starts the same day.
        """
        if value.effective_from is None:
            return ThresholdTable({**self.cells, column: (value,)})
        kept = [v for v in self.cells[column] if v.effective_from != value.effective_from]
        merged = sorted([*kept, value], key=lambda v: v.effective_from or date.min)
        return ThresholdTable({**self.cells, column: tuple(merged)})

    def merged(self, column: str, values: Iterable[ThresholdValue]) -> ThresholdTable:
        """A copy with ``values`` applied to ``column`` one by one as :meth:`replace` does.

        One sort for the whole list (n log n), where a :meth:`replace` per value sorts
        the growing history each time (quadratic in a long dated history).
        """
        by_start = {v.effective_from: v for v in self.cells[column]}
        for value in values:
            if value.effective_from is None:
                by_start = {}
            by_start[value.effective_from] = value
        merged = sorted(by_start.values(), key=lambda v: v.effective_from or date.min)
        return ThresholdTable({**self.cells, column: tuple(merged)})

    def values(self) -> Iterator[tuple[str, ThresholdValue]]:
        """Every (column, value) pair, dated values included."""
        for column, values in self.cells.items():
            for value in values:
                yield column, value

    def check(self, indicator_id: str, direction: Direction, columns: Iterable[str]) -> None:
        """Raise :class:`RulebookError` if the table is incomplete or inconsistent."""
        expected = list(columns)
        missing = [code for code in expected if not self.cells.get(code)]
        if missing:
            raise RulebookError(
                Message(
                    "{indicator_id}: no threshold entry for {missing}",
                    indicator_id=indicator_id,
                    missing=", ".join(missing),
                )
            )
        extra = sorted(set(self.cells) - set(expected))
        if extra:
            raise RulebookError(
                Message(
                    "{indicator_id}: entries for unknown columns {extra}",
                    indicator_id=indicator_id,
                    extra=", ".join(extra),
                )
            )
        for column, values in self.cells.items():
            starts = [v.effective_from or date.min for v in values]
            if starts != sorted(set(starts)):
                raise RulebookError(
                    Message(
                        "{indicator_id} {column}: dated values overlap or are out of order",
                        indicator_id=indicator_id,
                        column=column,
                    )
                )
            for value in values:
                _check_value(indicator_id, column, direction, value)


def _check_value(
    indicator_id: str, column: str, direction: Direction, value: ThresholdValue
) -> None:
    where = f"{indicator_id} {column}"
    if not value.citation.instrument:
        raise RulebookError(Message("{where}: threshold without a citation", where=where))
    if value.value is None:
        if value.verification is not Verification.UNKNOWN:
            raise RulebookError(Message("{where}: a missing figure must be 'unknown'", where=where))
        return
    if value.verification is Verification.UNKNOWN:
        raise RulebookError(Message("{where}: a figure is given but marked 'unknown'", where=where))
    if direction is Direction.ACHIEVED:
        if value.value is not True:
            raise RulebookError(
                Message("{where}: an achieved-type threshold must be true", where=where)
            )
    elif isinstance(value.value, bool) or not math.isfinite(value.value):
        raise RulebookError(
            Message("{where}: a numeric threshold must be a finite number", where=where)
        )
