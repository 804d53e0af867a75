"""The reader of typed values, pinned where mutation testing found it loose (docs/mutation.md).

Every expectation is what an official typing the value means (the separator rules in the
module docstring of :mod:`ntm_rules.reading`), worked out by hand in the comments, or the
exact message the official reads.
"""

from fractions import Fraction

import pytest

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError, WrongKindError
from ntm_rules.reading import (
    describe,
    exact,
    excerpt,
    finite_float,
    has_surrogate,
    is_blank,
    read_achieved,
    split_number,
)


def test_a_value_of_exactly_the_longest_length_is_read() -> None:
    """200 characters is the longest value text: it is read; 201 is refused."""
    text = "7" + " " * 199  # 200 characters, the number 7 and trailing spaces
    assert split_number(text, "x").value == 7
    with pytest.raises(WrongKindError) as caught:
        split_number(text + " ", "values.10")
    assert caught.value.field == "values.10"
    assert caught.value.reason == "text of 201 characters is too long for a value"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_no_break_spaces_in_the_unit_read_as_spaces(space: str) -> None:
    """Spreadsheets put no-break spaces between words: the unit text has plain spaces."""
    number = split_number(f"38,5{space}triệu{space}đồng", "x")
    assert number.value == Fraction(77, 2)  # 38,5 = 38.5
    assert number.rest == "triệu đồng"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("triệu", "'triệu' does not start with a number"),
        ("1e6", "'1e6': write the number in full, without an exponent"),
        ("38,", "'38,': a separator must be followed by digits"),
        ("1.234,5.6", "'1.234,5.6': separators are not in place"),
        ("1.2.3", "'1.2.3': a repeated '.' must group thousands"),
        ("1,23,456", "'1,23,456': a repeated ',' must group thousands"),
        (
            "1.234",
            "'1.234' is ambiguous: the decimal 1.234 or the whole number 1234; "
            "write 1234 for the whole number or 1,2340 for the decimal",
        ),
    ],
)
def test_errors_quote_what_was_typed(text: str, reason: str) -> None:
    """Each refusal quotes the official's own text and says what is wrong, in full."""
    with pytest.raises(UnitMismatchError) as caught:
        split_number(text, "values.3.1")
    assert caught.value.field == "values.3.1"
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "123,456",  # 123.456 or 123 456: three digits before one separator and three after
        "123.456",
        "999,000",
    ],
)
def test_three_digit_groups_after_a_three_digit_whole_are_ambiguous(text: str) -> None:
    """A lone separator between 1–3 digits (no leading 0) and exactly 3 digits is ambiguous."""
    with pytest.raises(UnitMismatchError, match="ambiguous"):
        split_number(text, "x")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234,567", Fraction(1_234_567, 1000)),  # four digits cannot be a thousands group
        ("0,125", Fraction(1, 8)),
        ("12,5", Fraction(25, 2)),
    ],
)
def test_lone_separators_that_cannot_be_thousands_are_decimals(text: str, value: Fraction) -> None:
    """Where the separator cannot group thousands it is the decimal one."""
    assert split_number(text, "x").value == value


@pytest.mark.parametrize(
    "text",
    [
        "12,34.5",  # "12,34" is not a thousands grouping
        "1,234.5.6",  # two decimal points
        "1,234.567,8",  # commas on both sides of the point
        "1.234,567.8",
    ],
)
def test_mixed_separators_out_of_place_are_refused(text: str) -> None:
    """With both separators, the last is the decimal one and the others must group by 3."""
    with pytest.raises(UnitMismatchError, match="separators are not in place"):
        split_number(text, "x")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", Fraction(2469, 2)),  # 1 234.5
        ("12.345.678,9", Fraction(123_456_789, 10)),  # 12 345 678.9
    ],
)
def test_mixed_separators_in_place_are_read(text: str, value: Fraction) -> None:
    """Thousands groups then one decimal separator read as written."""
    assert split_number(text, "x").value == value


def test_finite_float_names_the_field() -> None:
    """Overflow and non-finite values are range errors on the field given."""
    with pytest.raises(OutOfRangeError) as caught:
        finite_float(10**400, "values.10")
    assert caught.value.field == "values.10"
    with pytest.raises(OutOfRangeError) as caught:
        finite_float(float("inf"), "values.11")
    assert caught.value.field == "values.11"
    assert caught.value.reason == "inf is not a finite number"


def test_exact_of_whole_numbers() -> None:
    """A whole number is its own exact value; a float is the decimal it was written as."""
    assert exact(3) == Fraction(3)
    assert exact(0.1) == Fraction(1, 10)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "a boolean (true)"),
        (False, "a boolean (false)"),
        ({"a": 1}, "a mapping"),
        ([1, 2], "a list"),
        ((1,), "a list"),
        (None, "null"),
        ("abc", "the text 'abc'"),
        (2.5, "float 2.5"),
        (7, "int 7"),
    ],
)
def test_describe_says_what_was_given(value: object, text: str) -> None:
    """Errors say what kind of value was given, with an excerpt."""
    assert describe(value) == text


def test_an_achieved_word_of_the_longest_length_is_read() -> None:
    """'Đạt' padded to 200 characters is still read; at 201 it is refused."""
    assert read_achieved("Đạt" + " " * 197, "x") is True
    with pytest.raises(WrongKindError):
        read_achieved("Đạt" + " " * 198, "x")


def test_a_wrong_achieved_answer_says_what_it_got() -> None:
    """The refusal lists the accepted words and describes what was given."""
    with pytest.raises(WrongKindError) as caught:
        read_achieved([1], "values.19.2")
    assert caught.value.reason == (
        "expected Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không; got a list"
    )


def test_excerpts_of_big_integers() -> None:
    """Up to 128 bits an integer is shown; above, its digit count; above 12 000 bits, "huge"."""
    assert excerpt(2**127) == "170141183460469231731687303715884105728"  # 128 bits
    assert excerpt(2**128) == "a 39-digit integer"  # 129 bits
    assert excerpt(2**11998) == "a 3612-digit integer"  # 11 999 bits: 11998 × log10 2 ≈ 3611.8
    assert excerpt(2**11999) == "a huge-digit integer"  # 12 000 bits


def test_a_huge_integer_is_too_large_in_words() -> None:
    """10^400 does not fit a float: the message gives its size, not its digits."""
    with pytest.raises(OutOfRangeError) as caught:
        finite_float(10**400, "values.10")
    assert caught.value.reason == "a 401-digit integer is too large"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"a{chr(0xD800)}b", True),  # the first surrogate
        (f"a{chr(0xDFFF)}b", True),  # the last surrogate
        (f"a{chr(0xDC00)}b", True),
        ("Đạt", False),
        (chr(0xE000), False),  # the first code point after the surrogates
    ],
)
def test_lone_surrogates_are_found(text: str, expected: bool) -> None:
    """Every code point from U+D800 to U+DFFF is a lone surrogate, and nothing else is."""
    assert has_surrogate(text) is expected


def test_blank_marks_are_at_most_40_characters() -> None:
    """A "no data" mark padded to 40 characters is blank; a 41-character text is a value."""
    assert is_blank("n/a".ljust(40))
    assert not is_blank("n/a".ljust(41))
