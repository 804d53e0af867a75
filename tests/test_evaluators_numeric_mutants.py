"""Numeric and rate indicators, pinned where mutation testing found them loose.

The thresholds are the verified ones of the reference (criteria-2021-2025-commune.md §2):
3.1 irrigated farmland at least 80 % in every region; 15.3 under-5 stunting at most 24 %
in TDMNPB. Verdicts near the bound are worked out with exact fractions in the comments.
"""

from collections.abc import Mapping

import pytest

import ntm_rules
import ntm_rules.exceptions
from ntm_rules.evaluators.numeric import read_ratio
from ntm_rules.exceptions import OutOfRangeError, WrongKindError
from ntm_rules.measurements import Ratio
from ntm_rules.results import Status
from tests.assertions import result


@pytest.mark.parametrize(
    ("indicator_id", "counts", "expected"),
    [
        # 8 000 000 001 / 10^10 = 80.00000001 %: above 80 by 10^-8, within the float
        # tolerance, so decided exactly: at least 80 -> met.
        ("3.1", "8000000001/10000000000", Status.PASS),
        # 7 999 999 999 / 10^10 = 79.99999999 %: below 80 by 10^-8 -> not met.
        ("3.1", "7999999999/10000000000", Status.FAIL),
        ("3.1", "8/10", Status.PASS),  # exactly 80 %: the bound itself passes
        # 2 400 000 001 / 10^10 = 24.00000001 %: above the 24 % ceiling -> not met.
        ("15.3", "2400000001/10000000000", Status.FAIL),
        # 2 399 999 999 / 10^10 = 23.99999999 % -> met.
        ("15.3", "2399999999/10000000000", Status.PASS),
        ("15.3", "24/100", Status.PASS),  # exactly 24 %: the ceiling itself passes
    ],
)
def test_rates_from_counts_next_to_the_bound(
    indicator_id: str, counts: str, expected: Status
) -> None:
    """Counts a hair's breadth either side of the bound are decided on exact arithmetic."""
    assert result(indicator_id, counts, region="TDMNPB").status is expected


def test_counts_read_as_a_ratio() -> None:
    """Numbers and number text are both counts."""
    assert read_ratio({"numerator": "412", "denominator": 450}, "x") == Ratio(412, 450)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            {"numerator": 1, "total": 2},
            "expected exactly the keys numerator and denominator, got ['numerator', 'total']",
        ),
        (
            {"numerator": 1, "denominator": 2, "total": 2},
            "expected exactly the keys numerator and denominator, "
            "got ['denominator', 'numerator', 'total']",
        ),
        (
            {1: 2, "numerator": 1},
            "expected exactly the keys numerator and denominator, got ['int 1', 'numerator']",
        ),
        (
            {"numerator": 1},
            "expected exactly the keys numerator and denominator, got ['numerator']",
        ),
    ],
)
def test_counts_need_exactly_both_keys(raw: Mapping[object, object], reason: str) -> None:
    """A mapping of counts has the two keys and no other; the error lists what was given."""
    with pytest.raises(WrongKindError) as caught:
        read_ratio(raw, "values.3.1")
    assert caught.value.field == "values.3.1"
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("raw", "error", "field", "reason"),
    [
        (
            {"numerator": 0, "denominator": 0},
            OutOfRangeError,
            "values.3.1.denominator",
            "must be greater than 0",
        ),
        (
            {"numerator": 5, "denominator": 4},
            OutOfRangeError,
            "values.3.1.numerator",
            "5 is more than the denominator 4",
        ),
        (
            {"numerator": "5 ha", "denominator": 10},
            WrongKindError,
            "values.3.1.numerator",
            "expected a count, got the text '5 ha'",
        ),
        (
            {"numerator": [5], "denominator": 10},
            WrongKindError,
            "values.3.1.numerator",
            "expected a count, got a list",
        ),
        (
            {"numerator": True, "denominator": 10},
            WrongKindError,
            "values.3.1.numerator",
            "expected a count, got a boolean (true)",
        ),
        (
            {"numerator": -1, "denominator": 10},
            OutOfRangeError,
            "values.3.1.numerator",
            "-1 is not a non-negative count",
        ),
        (
            {"numerator": 1, "denominator": float("nan")},
            OutOfRangeError,
            "values.3.1.denominator",
            "nan is not a finite number",
        ),
    ],
)
def test_bad_counts_name_the_count(
    raw: Mapping[object, object], error: type[Exception], field: str, reason: str
) -> None:
    """Each bad count is an error on that count, saying what is wrong."""
    with pytest.raises(error) as caught:
        read_ratio(raw, "values.3.1")
    assert getattr(caught.value, "field", None) == field
    assert getattr(caught.value, "reason", None) == reason


def test_a_rate_refuses_other_kinds_saying_what_it_accepts() -> None:
    """A boolean is not a percentage: the error lists every accepted form."""
    with pytest.raises(WrongKindError) as caught:
        ntm_rules.default_rulebook().indicator("3.1").read(True, "values.3.1")
    assert caught.value.field == "values.3.1"
    assert caught.value.reason == (
        "expected a percentage, a string such as '95 %', counts '412/450' or "
        "{numerator, denominator} (%), got a boolean (true)"
    )


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        # the first "/" splits: "1" of "2/3", and "2/3" is not a count
        ("1/2/3", "values.3.1.denominator", "expected a count, got the text '2/3'"),
        ("412/abc", "values.3.1.denominator", "'abc' does not start with a number"),
        ("abc/450", "values.3.1.numerator", "'abc' does not start with a number"),
    ],
)
def test_counts_as_text_name_the_bad_count(text: str, field: str, reason: str) -> None:
    """ "412/450" is counts; a bad side is an error on that side."""
    with pytest.raises(ntm_rules.exceptions.InputProblem) as caught:
        ntm_rules.default_rulebook().indicator("3.1").read(text, "values.3.1")
    assert caught.value.field == field
    assert caught.value.reason == reason
