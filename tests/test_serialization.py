"""The converter's strict primitives, dates, and error paths."""

import datetime as dt
from typing import Any

import pytest

import ntm_rules
from ntm_rules.serialization import clean_text

BASE: dict[str, Any] = {"commune": "A", "region": "TN", "year": 2025}


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("year", "2025", "whole number"),
        ("year", 2025.5, "whole number"),
        ("year", True, "whole number"),
        ("illustrative", "yes", "true or false"),
        ("commune", 5, "expected text"),
    ],
)
def test_strict_primitives(key: str, value: Any, fragment: str) -> None:
    """Strings are not years, floats with fractions are not years, booleans are booleans."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.load_profile({**BASE, key: value})
    assert fragment in str(caught.value)
    assert key in {p.field for p in caught.value.problems}


def test_dates_in_override_tables() -> None:
    """Dates may be ISO strings or YAML dates; anything else is an error naming the field."""
    base = {"id": "t", "citation": {"instrument": "x"}}
    for value in ("2025-01-01", dt.date(2025, 1, 1), dt.datetime(2025, 1, 1, 8)):
        table = ntm_rules.load_overrides(
            {**base, "thresholds": {"3.1": {"TN": {"value": 70, "effective_from": value}}}}
        )
        assert table.thresholds["3.1"]["TN"][0].effective_from == dt.date(2025, 1, 1)
    with pytest.raises(ntm_rules.InvalidInputError, match="YYYY-MM-DD"):
        ntm_rules.load_overrides(
            {**base, "thresholds": {"3.1": {"TN": {"value": 70, "effective_from": "soon"}}}}
        )


def test_non_finite_numbers_in_plans() -> None:
    """A NaN amount is refused by the strict float hook."""
    from ntm_rules.plan.load import load_plan  # noqa: PLC0415

    plan = {
        "commune": "A",
        "province": "B",
        "year": 2025,
        "rulebook": ntm_rules.COMMUNE_2021_2025,
        "funding": [
            {"id": "x", "amount_vnd": float("nan"), "source": "community", "kind": "recurrent"}
        ],
    }
    with pytest.raises(ntm_rules.InvalidInputError, match="finite"):
        load_plan(plan)
    plan["funding"] = [
        {"id": "x", "amount_vnd": "many", "source": "community", "kind": "recurrent"}
    ]
    with pytest.raises(ntm_rules.InvalidInputError, match="number"):
        load_plan(plan)


def test_clean_text_normalises_to_nfc() -> None:
    """Decomposed Vietnamese becomes NFC."""
    assert clean_text("Thu Lu\u0303m") == "Thu Lũm"
