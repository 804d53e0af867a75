"""Units at the edge: parsing, conversion, ranges and lazy pint."""

import subprocess
import sys

import pytest

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError
from ntm_rules.units import GREEN_SPACE, INCOME, MONEY, PERCENT, POINTS


@pytest.mark.parametrize(
    ("unit", "text", "expected"),
    [
        (PERCENT, "95,5 %", 95.5),
        (PERCENT, "950 ‰" if False else "0.5 fraction", 50.0),
        (INCOME, "2.5 million VND/person/month", 30.0),
        (INCOME, "34 triệu đồng/người/năm", 34.0),
        (GREEN_SPACE, "25000 cm**2/person", 2.5),
        (MONEY, "1.5 billion VND", 1.5e9),
        (MONEY, "12", 12.0),
    ],
)
def test_parse(unit: object, text: str, expected: float) -> None:
    """Strings with units convert to the canonical unit."""
    assert unit.parse(text, "x") == pytest.approx(expected)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        (PERCENT, "3 km"),
        (INCOME, "34 m"),
        (INCOME, "34 %% VND"),
        (POINTS, "fifty"),
        (GREEN_SPACE, "2 m**2 /"),
    ],
)
def test_bad_units(unit: object, text: str) -> None:
    """Strings of the wrong dimension or unreadable strings are UnitMismatchError."""
    with pytest.raises(UnitMismatchError) as caught:
        unit.parse(text, "values.x")  # type: ignore[attr-defined]
    assert caught.value.field == "values.x"


def test_dimensionless_string_for_a_dimensioned_unit() -> None:
    """A pure number expression such as '2 * 3' is read in the canonical unit."""
    assert INCOME.parse("2 * 3", "x") == 6.0


def test_ranges() -> None:
    """Percentages stay within 0–100; other units are at least 0."""
    with pytest.raises(OutOfRangeError, match="outside 0–100"):
        PERCENT.check_range(100.5, "x")
    with pytest.raises(OutOfRangeError, match="below the minimum"):
        INCOME.check_range(-1, "x")


def test_import_does_not_load_pint() -> None:
    """import ntm_rules and evaluating plain numbers never import pint."""
    code = (
        "import sys, ntm_rules; "
        "p = ntm_rules.load_profile({'commune': 'A', 'region': 'TN', 'year': 2025, "
        "'values': {'3.1': '95 %', '10': 40}}); ntm_rules.evaluate(p); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
