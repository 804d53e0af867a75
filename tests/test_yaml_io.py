"""YAML numbers are read as written: decimals only, never YAML 1.1's octal, base 60 or hex.

The oracle is what an official means: ``020`` is twenty (a number pasted from a sheet with
its leading zero), ``1:40`` is not a number, a figure with more digits than a float keeps
is refused rather than rounded onto a threshold.
"""

from __future__ import annotations

from typing import Any

import pytest

import ntm_rules
from ntm_rules import InvalidInputError
from ntm_rules.files import parse_document

HEAD = "commune: X\nregion: DBSH\nyear: 2025\nvalues:\n"


def _parsed(text: str) -> dict[str, Any]:
    document = parse_document(text)
    assert isinstance(document, dict)
    return document


def _evaluate(values: str) -> ntm_rules.Evaluation:
    return ntm_rules.evaluate(ntm_rules.load_profile(_parsed(HEAD + values)))


def test_leading_zeros_are_decimal() -> None:
    evaluation = _evaluate('  "3.1": {numerator: 0412, denominator: 0450}\n  "15.3": 020\n')
    three_one = evaluation.indicator("3.1").measurement
    assert three_one is not None
    assert three_one.unstructure() == {"numerator": 412, "denominator": 450}
    fifteen = evaluation.indicator("15.3")
    assert fifteen.measurement is not None
    assert fifteen.measurement.value == 20  # YAML 1.1: octal 16, which meets <= 16.5
    assert fifteen.status is ntm_rules.Status.FAIL


@pytest.mark.parametrize("written", ["1:40", "0x50", "0b1010000", "1_00", "0o120"])
def test_other_bases_are_not_numbers(written: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _evaluate(f'  "15.3": {written}\n')
    assert [p.field for p in caught.value.problems] == ['values."15.3"']


@pytest.mark.parametrize("written", ["79.99999999999999999", "99999999999999999999"])
def test_more_digits_than_a_float_keeps_are_refused(written: str) -> None:
    """Unquoted, as quoted: the figure would round onto the threshold 80 it does not reach."""
    with pytest.raises(InvalidInputError, match="significant digits") as caught:
        _evaluate(f'  "3.1": {written}\n')
    assert [p.field for p in caught.value.problems] == ['values."3.1"']


def test_a_floats_own_shortest_form_is_kept() -> None:
    """What the library writes (17 digits) reads back as the same float."""
    assert parse_document("a: 91.55555555555556") == {"a": 91.55555555555556}
    assert parse_document('{"a": 91.55555555555556}', json_only=True) == {"a": 91.55555555555556}


def test_json_numbers_with_too_many_digits_stay_text() -> None:
    assert parse_document('{"a": 79.99999999999999999, "b": 1.5}', json_only=True) == {
        "a": "79.99999999999999999",
        "b": 1.5,
    }


def test_an_override_threshold_with_a_leading_zero() -> None:
    table = _parsed(
        "id: what-if\ncitation: {instrument: What-if}\nverification: unverified\n"
        "thresholds:\n  '17.1': {all: 072}\n"
    )
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), ntm_rules.load_overrides(table))
    value = book.indicator("17.1").thresholds.at("TDMNPB", book.as_of(2025)).value
    assert value == 72  # YAML 1.1: octal 58
