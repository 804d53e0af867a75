"""The strict reader: Vietnamese numbers, blanks, achieved words and short excerpts.

Expected values are what a Vietnamese official means by the text, written out by hand.
"""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError, WrongKindError
from ntm_rules.reading import (
    exact,
    excerpt,
    finite_float,
    is_blank,
    read_achieved,
    split_number,
)
from tests.strategies import written


@pytest.mark.parametrize(
    ("text", "value", "rest"),
    [
        ("38,5 triệu đồng/người/năm", Fraction(77, 2), "triệu đồng/người/năm"),
        ("2,5 m²/người", Fraction(5, 2), "m²/người"),
        ("1.200.000.000 đồng", Fraction(1_200_000_000), "đồng"),
        ("34.000.000 VND/person/year", Fraction(34_000_000), "VND/person/year"),
        ("1,200,000", Fraction(1_200_000), ""),
        ("1.234,5", Fraction(24_69, 2), ""),
        ("1,234.5", Fraction(24_69, 2), ""),
        ("0,125", Fraction(1, 8), ""),
        ("0.125", Fraction(1, 8), ""),
        ("1234.567", Fraction(1_234_567, 1000), ""),
        (",5", Fraction(1, 2), ""),
        ("-2,5 %", Fraction(-5, 2), "%"),
        ("−3", Fraction(-3), ""),
        ("+7", Fraction(7), ""),
        ("  95%  ", Fraction(95), "%"),
        ("1\u00a0234,5", Fraction(1), "234,5"),  # a space does not group: the rest is not a unit
    ],
)
def test_numbers_read_the_vietnamese_way(text: str, value: Fraction, rest: str) -> None:
    """Decimal comma, thousands dot, and the English forms that cannot be misread."""
    number = split_number(text, "x")
    assert number.value == value
    assert number.rest == rest


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1.234", "ambiguous"),
        ("1,234", "ambiguous"),
        ("12.345 đồng", "ambiguous"),
        ("1.2.3", "group thousands"),
        ("1,23,456", "group thousands"),
        ("1.234,5.6", "not in place"),
        ("38,", "followed by digits"),
        ("1e6", "without an exponent"),
        ("1E+6 %", "without an exponent"),
        ("triệu", "does not start with a number"),
        ("", "does not start with a number"),
        ("%5", "does not start with a number"),
    ],
)
def test_malformed_or_ambiguous_numbers(text: str, fragment: str) -> None:
    """Nothing is guessed: the error names the field and says what is wrong."""
    with pytest.raises(UnitMismatchError) as caught:
        split_number(text, "values.10")
    assert caught.value.field == "values.10"
    assert fragment in caught.value.reason


def test_ambiguity_names_both_readings() -> None:
    """The official sees both readings and how to write each."""
    with pytest.raises(UnitMismatchError) as caught:
        split_number("2,500 m²/người", "values.17.4")
    assert "2.500" in caught.value.reason
    assert "2500" in caught.value.reason


def test_long_text_is_refused() -> None:
    """A value text longer than any real value is an error at once."""
    with pytest.raises(WrongKindError, match="too long"):
        split_number("9" * 201, "x")


@pytest.mark.parametrize(
    "raw",
    [None, "", "   ", "-", "–", "—", "n/a", "N/A", "na", "chưa có số liệu", "Không có số liệu"],
)
def test_blanks_mean_no_data(raw: object) -> None:
    """Empty cells and "no data" marks are blank."""
    assert is_blank(raw)


@pytest.mark.parametrize("raw", [0, 0.0, False, "0", "x", "không", "1", [], {}])
def test_values_are_not_blank(raw: object) -> None:
    """Zero, false and words are data, not blanks."""
    assert not is_blank(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        ("Đạt", True),
        ("đạt", True),
        ("DAT", True),
        ("Đạt chuẩn", True),
        ("x", True),
        ("X", True),
        ("1", True),
        ("true", True),
        ("TRUE", True),
        ("có", True),
        ("Chưa đạt", False),
        ("chua dat", False),
        ("Không đạt", False),
        ("khong dat", False),
        ("0", False),
        ("false", False),
        ("không", False),
    ],
)
def test_achieved_words(raw: object, expected: bool) -> None:
    """Achieved-type answers in every form the forms use."""
    assert read_achieved(raw, "x") is expected


@pytest.mark.parametrize("raw", [2, 0.5, "đạt?", "yes please", "", None, [True], 1.0001])
def test_other_achieved_answers_list_what_is_accepted(raw: object) -> None:
    """Anything else is an error that lists the accepted answers."""
    with pytest.raises(WrongKindError) as caught:
        read_achieved(raw, "values.19.2")
    assert "Đạt / Chưa đạt / Không đạt" in caught.value.reason
    assert caught.value.field == "values.19.2"


def test_huge_integers_are_range_errors() -> None:
    """An integer too large for a float is an error, not an OverflowError."""
    with pytest.raises(OutOfRangeError, match="too large"):
        finite_float(10**400, "values.10")
    with pytest.raises(OutOfRangeError, match="not a finite"):
        finite_float(float("nan"), "values.10")


def test_excerpts_are_short() -> None:
    """Error messages never print a whole value."""
    assert len(excerpt("x" * 10_000)) < 50
    assert len(excerpt(list(range(10_000)))) < 50
    assert len(excerpt(10**5000)) < 40
    assert "\\ud800" in excerpt("a\ud800b")


def test_exact_reads_the_written_decimal() -> None:
    """2.32 is 232/100 exactly, not the binary float next to it."""
    assert exact(2.32) == Fraction(232, 100)
    assert exact(7) == 7


@given(st.decimals(min_value=0, max_value=10**10, places=4, allow_nan=False))
def test_written_numbers_read_back(value: object) -> None:
    """Any number written the Vietnamese or the English way reads back exactly."""
    for lang in ("vi", "en"):
        text = written(value, lang)  # type: ignore[arg-type]
        assert split_number(text, "x").value == Fraction(str(value))


def test_more_digits_than_a_float_keeps_are_refused() -> None:
    """'99,99999999999999999 %' would round onto 100 and pass a ≥ 100 % bar: refused."""
    with pytest.raises(OutOfRangeError, match="significant digits"):
        split_number("99,99999999999999999", "values.2.1")
    assert split_number("99,9999999999999", "x").value == Fraction(999999999999999, 10**13)
    assert split_number("1.000.000.000.000.000", "x").value == 10**15  # trailing zeros are free


@pytest.mark.parametrize("text", ["8\u0665", "\u0668" + "5", "\uff18\u0665"])
def test_digits_of_two_scripts_are_no_number(text: str) -> None:
    """A Latin 8 then an Arabic-Indic 5 was read as 85; one script is read (٨٥, ８５)."""
    with pytest.raises(UnitMismatchError, match="different scripts"):
        split_number(text, "x")
    assert split_number("\u0668\u0665", "x").value == 85
    assert split_number("\uff18\uff15", "x").value == 85
