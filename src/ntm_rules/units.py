"""Units at the edge: parse unit strings once, then compare plain floats.

pint is loaded lazily, the first time a value arrives as a string that carries a unit; a
bare number, or a percentage such as ``"95 %"``, never loads it. Every indicator declares a
canonical :class:`Unit`; inputs are converted to it when a profile is loaded.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from attrs import frozen

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError

_DEFINITIONS = (
    "VND = [currency] = _ = dong = đồng",
    "million = 1e6 = _ = triệu = trieu",
    "billion = 1e9 = _ = tỷ",
    "person = [person] = _ = people = persons = người = nguoi",
    "household = [household] = _ = households = hộ",
    "house = [house] = _ = houses = nhà",
    "fraction = 1",
    "@alias year = năm",
)
_PLAIN_NUMBER = re.compile(r"^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$")


@functools.cache
def registry() -> Any:
    """The library's single pint unit registry, built on first use."""
    import pint  # noqa: PLC0415 - deferred: importing pint costs ~100 ms

    units: Any = pint.UnitRegistry()
    for definition in _DEFINITIONS:
        units.define(definition)
    return units


@frozen
class Unit:
    """The canonical unit of an indicator.

    Attributes:
        symbol_vi: how the unit is printed in Vietnamese.
        symbol_en: how it is printed in English.
        expression: the pint expression of the unit (empty for achieved/score indicators).
        minimum: the smallest valid value.
        maximum: the largest valid value (``None`` for no bound).
    """

    symbol_vi: str
    symbol_en: str
    expression: str
    minimum: float = 0.0
    maximum: float | None = None

    def check_range(self, value: float, field: str) -> None:
        """Raise if ``value`` is not finite or outside this unit's bounds."""
        if not math.isfinite(value):
            raise OutOfRangeError(field, f"{value} is not a finite number")
        low_ok = value >= self.minimum
        high_ok = self.maximum is None or value <= self.maximum
        if not (low_ok and high_ok):
            bound = f"{_fmt(self.minimum)}–{_fmt(self.maximum)}" if self.maximum else None
            expected = (
                f"outside {bound} {self.symbol_en}"
                if bound
                else (f"below the minimum {_fmt(self.minimum)} {self.symbol_en}")
            )
            raise OutOfRangeError(field, f"{_fmt(value)} {self.symbol_en} is {expected}")

    def parse(self, text: str, field: str) -> float:
        """Convert a string such as ``"95 %"`` or ``"34 million VND/person/year"`` to a float.

        A string with no unit is read in this unit, like a bare number.

        Examples:
            >>> PERCENT.parse("95 %", "x")
            95.0
            >>> INCOME.parse("34000000 VND/person/year", "x")
            34.0
        """
        plain = _PLAIN_NUMBER.match(text)
        if plain and (not plain.group(2) or self is PERCENT):
            return float(plain.group(1).replace(",", "."))
        if not self.expression:
            raise UnitMismatchError(field, f"{text!r} is not a number")
        return self._convert(text, field)

    def _convert(self, text: str, field: str) -> float:
        try:
            return _to_canonical(text, self.expression)
        except _UnreadableError as error:
            raise UnitMismatchError(
                field, f"cannot read {text!r} as a quantity in {self.symbol_en} ({error})"
            ) from None
        except _WrongDimensionError as error:
            raise UnitMismatchError(
                field, f"{text!r} has unit {error}, which cannot be converted to {self.symbol_en}"
            ) from None


class _UnreadableError(Exception):
    """pint could not parse the string."""


class _WrongDimensionError(Exception):
    """The string's unit has another dimension; the message is that unit."""


# Batches repeat the same strings ("34 million VND/person/year"): convert each once.
@functools.lru_cache(maxsize=4096)
def _to_canonical(text: str, expression: str) -> float:
    """The magnitude of ``text`` in ``expression``; a string with no unit is read as is."""
    units = registry()
    try:
        quantity = units.parse_expression(text)
    except Exception as error:  # pint raises many unrelated types for bad syntax
        raise _UnreadableError(error) from None
    if not isinstance(quantity, units.Quantity) or not quantity.unit_items():
        return float(getattr(quantity, "magnitude", quantity))
    try:
        return float(quantity.to(expression).magnitude)
    except Exception:  # DimensionalityError, and others for odd units
        raise _WrongDimensionError(f"{quantity.units:~P}") from None


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


PERCENT = Unit("%", "%", "percent", 0.0, 100.0)
INCOME = Unit("triệu đồng/người/năm", "million VND/person/year", "million * VND / person / year")
GREEN_SPACE = Unit("m²/người", "m²/person", "m ** 2 / person")
HOUSES = Unit("nhà", "houses", "house")
POINTS = Unit("điểm", "points", "", 0.0, 100.0)
ACHIEVED = Unit("đạt/không đạt", "achieved/not achieved", "")
MONEY = Unit("đồng", "VND", "VND")
