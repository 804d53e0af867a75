"""What a commune reports for one indicator, already checked and in the canonical unit."""

from __future__ import annotations

import math
from collections.abc import Mapping

from attrs import frozen

from ntm_rules.json_io import plain_number


@frozen
class Amount:
    """A number in the indicator's canonical unit (percent for rates)."""

    value: float

    def unstructure(self) -> float:
        """The plain form written to JSON/YAML (a whole number as an ``int``)."""
        return plain_number(self.value)


@frozen
class Ratio:
    """A rate given as counts, e.g. 412 of 450 households; its value is a percentage."""

    numerator: float
    denominator: float

    @property
    def value(self) -> float:
        """The rate in percent."""
        scaled = self.numerator * 100.0
        if math.isinf(scaled):  # counts near the float limit: divide first to stay finite
            return self.numerator / self.denominator * 100.0
        return scaled / self.denominator

    def unstructure(self) -> dict[str, float]:
        """The plain form written to JSON/YAML (whole numbers as ``int``)."""
        return {
            "numerator": plain_number(self.numerator),
            "denominator": plain_number(self.denominator),
        }


@frozen
class Achievement:
    """Achieved (``True``) or not achieved (``False``), as assessed by the competent body."""

    value: bool

    def unstructure(self) -> bool:
        """The plain form written to JSON/YAML."""
        return self.value


@frozen
class Score:
    """A checklist score in points, for indicators assessed by a scored checklist."""

    value: float

    def unstructure(self) -> float:
        """The plain form written to JSON/YAML (a whole number as an ``int``)."""
        return plain_number(self.value)


@frozen
class Components:
    """The parts of a composite indicator (e.g. criterion 5's school counts), by name."""

    parts: Mapping[str, float | bool]

    @property
    def value(self) -> None:
        """Composite measurements have no single value."""
        return

    def unstructure(self) -> dict[str, float | bool]:
        """The plain form written to JSON/YAML (whole numbers as ``int``)."""
        return {name: plain_number(value) for name, value in self.parts.items()}


Measurement = Amount | Ratio | Achievement | Score | Components
"""Any checked input value."""
