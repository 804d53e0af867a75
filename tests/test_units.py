"""Units at the edge: parsing, conversion, ranges and lazy pint."""

import subprocess
import sys

import pytest

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError, WrongKindError
from ntm_rules.units import GREEN_SPACE, INCOME, MONEY, PERCENT, POINTS, Unit


@pytest.mark.parametrize(
    ("unit", "text", "expected"),
    [
        # The corrections of issue 7: Vietnamese separators before a unit.
        (INCOME, "38,5 triệu đồng/người/năm", 38.5),
        (GREEN_SPACE, "2,5 m²/người", 2.5),
        (MONEY, "1,2 tỷ đồng", 1_200_000_000),
        (INCOME, "34.000.000 VND/person/year", 34.0),
        (MONEY, "1.200.000.000 đồng", 1_200_000_000),
        (INCOME, "30.500.000 đồng/người/năm", 30.5),
        (PERCENT, "95,5 %", 95.5),
        (PERCENT, "95.5%", 95.5),
        (PERCENT, "0,125 %", 0.125),
        (INCOME, "2.5 million VND/person/month", 30.0),
        (INCOME, "2,5 triệu đồng/người/tháng", 30.0),
        (INCOME, "34 triệu đồng/người/năm", 34.0),
        (INCOME, "34 trieu dong/nguoi/nam", 34.0),
        (INCOME, "3500 nghìn đồng/người/tháng", 42.0),
        (GREEN_SPACE, "2.5 m2/person", 2.5),
        (GREEN_SPACE, "2,5 m^2 per person", 2.5),
        (MONEY, "1.5 billion VND", 1.5e9),
        (MONEY, "1.234,5 đồng", 1234.5),
        (MONEY, "1,234.5 VND", 1234.5),
        (MONEY, "12", 12.0),
        (POINTS, "55 điểm", 55.0),
    ],
)
def test_parse(unit: Unit, text: str, expected: float) -> None:
    """Strings with units convert to the canonical unit, exactly."""
    assert unit.parse(text, "x") == expected


@pytest.mark.parametrize(
    ("unit", "text", "message"),
    [
        (PERCENT, "3 km", "cannot be converted"),
        (INCOME, "34 m", "cannot be converted"),
        (INCOME, "34 %% VND", "unknown word"),
        (PERCENT, "80 %%", "unknown word"),
        (POINTS, "fifty", "does not start with a number"),
        (GREEN_SPACE, "2 m**2 /", "cannot read the unit"),
        (INCOME, "50 + 30", "unknown word"),
        (INCOME, "10**10**10 VND/person/year", "unknown word"),
        (INCOME, "2 * 3", "unknown word"),
        (INCOME, "", "does not start with a number"),
        (MONEY, "1.234 đồng", "ambiguous"),
        (MONEY, "1,234 VND", "ambiguous"),
        (MONEY, "1.2.3 VND", "group thousands"),
        (MONEY, "1.23.456", "group thousands"),
        (MONEY, "1.234.5,6,7", "not in place"),
        (MONEY, "12. VND", "followed by digits"),
        (PERCENT, "1e3 %", "without an exponent"),
        (INCOME, "34 VND VND/person/year", "repeats"),
        (PERCENT, "5 % hộ", "stands alone"),
    ],
)
def test_bad_units(unit: Unit, text: str, message: str) -> None:
    """Unreadable strings, expressions and ambiguous separators are errors naming the field."""
    with pytest.raises(UnitMismatchError) as caught:
        unit.parse(text, "values.x")
    assert caught.value.field == "values.x"
    assert message in caught.value.reason


def test_ambiguous_separator_gives_both_readings() -> None:
    """1.234 could be a decimal or a whole number: the error says both."""
    with pytest.raises(UnitMismatchError) as caught:
        MONEY.parse("1.234 đồng", "amount")
    assert "1.234" in caught.value.reason
    assert "1234" in caught.value.reason


def test_long_text_is_refused_quickly() -> None:
    """A value text longer than any real value is an error, not work."""
    with pytest.raises(WrongKindError, match="too long"):
        INCOME.parse("1" * 10_000, "x")


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
        "'values': {'3.1': '95,5 %', '10': '38,5 triệu đồng/người/năm'}}); ntm_rules.evaluate(p); "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_import_leaves_yaml_and_cattrs_for_first_use() -> None:
    """``import ntm_rules`` loads neither PyYAML nor cattrs; the first document does.

    Both cost about 12 ms each to import (issue 13: ``import ntm_rules`` within 80 ms); a
    program evaluating profiles given as mappings never needs PyYAML at all.
    """
    code = (
        "import sys, ntm_rules; print('yaml' in sys.modules, 'cattrs' in sys.modules); "
        "p = ntm_rules.load_profile({'commune': 'A', 'region': 'TN', 'year': 2025, "
        "'values': {'3.1': 95}}); ntm_rules.evaluate(p); "
        "print('yaml' in sys.modules, 'cattrs' in sys.modules); "
        "ntm_rules.evaluate(ntm_rules.load_profile({'commune': 'B', 'group': 2, 'year': 2027, "
        "'values': {}})); print('yaml' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # the 2021–2025 figures are YAML data files, so building that edition reads YAML
    assert out.stdout.split("\n")[:3] == ["False False", "True True", "True"]
    json_only = (
        "import sys; from ntm_rules.files import parse_document; "
        "parse_document('{\"a\": [1, 2.5]}', json_only=True); print('yaml' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", json_only], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"  # JSON, e.g. every request of the service
