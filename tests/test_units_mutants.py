"""Units, pinned where mutation testing found them loose (docs/mutation.md).

Conversions are checked against exact arithmetic done by hand (in the comments, or with
:class:`~fractions.Fraction` on the written decimals); errors against the message an official
reads.
"""

from fractions import Fraction

import pytest

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError
from ntm_rules.units import ACHIEVED, GREEN_SPACE, INCOME, MONEY, PERCENT, Unit, parse_unit


def test_a_new_unit_converts_into_itself() -> None:
    """A unit built at run time reads its own and related units (1 500 m = 1.5 km)."""
    kilometres = Unit("km", "km", "km")
    assert kilometres.signature == (("kilometer", 1),)
    assert kilometres.parse("2 km", "x") == 2.0
    assert kilometres.parse("1500 m", "x") == 1.5
    assert kilometres.parse("3", "x") == 3.0


def test_a_unit_without_expression_reads_plain_numbers_only() -> None:
    """An achieved-type unit has no unit words: a number is read, a unit is refused."""
    plain = Unit("đạt", "achieved", "")
    assert plain.signature == ()
    assert plain.parse("1", "x") == 1.0
    with pytest.raises(UnitMismatchError) as caught:
        plain.convert(1, "km", "values.3.2")
    assert caught.value.field == "values.3.2"
    assert caught.value.reason == "expected a plain number, not a unit 'km'"


def test_a_unit_with_an_unknown_word_is_refused_at_definition() -> None:
    """A unit defined with a word outside the grammar is a unit error on the field "unit"."""
    with pytest.raises(UnitMismatchError) as caught:
        Unit("furlong", "furlong", "furlong")
    assert caught.value.field == "unit"


def test_multi_word_unit_phrases() -> None:
    """Two-word unit names read as one word: mét vuông is m², nhân khẩu is a person."""
    assert GREEN_SPACE.parse("2,5 mét vuông/người", "x") == 2.5
    assert GREEN_SPACE.parse("2,5 m2/nhân khẩu", "x") == 2.5
    assert parse_unit("square metre per person", "x") == (("meter", 2), ("person", -1))


@pytest.mark.parametrize(
    ("unit", "text", "reason"),
    [
        (PERCENT, "3 km", "'km' is kilometer, which cannot be converted to %"),
        # above the bar: kilometre (power 1) and metre squared, in name order; below: person
        (
            PERCENT,
            "5 m2 km/người",
            "'m2 km/người' is kilometer meter^2/person, which cannot be converted to %",
        ),
        # metre over square metre is 1/metre: nothing above the bar
        (PERCENT, "5 m/m2", "'m/m2' is 1/meter, which cannot be converted to %"),
        # a power of -2 below the bar
        (
            INCOME,
            "5 ha/m2",
            "'ha/m2' is hectare/meter^2, which cannot be converted to million VND/person/year",
        ),
        (
            INCOME,
            "5 triệu đồng/năm",
            "'triệu đồng/năm' is VND million/year, which cannot be converted to "
            "million VND/person/year",
        ),
    ],
)
def test_conversion_errors_show_the_unit_read(unit: Unit, text: str, reason: str) -> None:
    """A unit of another dimension is named as it was understood."""
    with pytest.raises(UnitMismatchError) as caught:
        unit.parse(text, "values.x")
    assert caught.value.field == "values.x"
    assert caught.value.reason == reason


def test_conversion_of_a_float_is_exact_on_its_decimal() -> None:
    """0.1 million VND a month is 1.2 million a year exactly (not 1.2000000000000002)."""
    assert INCOME.convert(0.1, "triệu đồng/người/tháng", "x") == 1.2


def test_a_long_decimal_is_never_rounded_twice() -> None:
    """A decimal longer than a float holds is refused, or converted exactly and rounded once."""
    written = "9932.3354723046369033781"  # thousand VND per person per month, 23 digits
    expected = float(Fraction(written) * 12 / 1000)  # ×12 months, ÷1000 to millions
    try:
        converted = INCOME.parse("9932,3354723046369033781 nghìn đồng/người/tháng", "x")
    except OutOfRangeError:
        return  # the reader refuses more significant digits than it can compare exactly
    assert converted == expected


def test_conversion_of_a_non_finite_value_names_the_field() -> None:
    """Infinity is a range error on the field, with or without a unit."""
    with pytest.raises(OutOfRangeError) as caught:
        INCOME.convert(float("inf"), "", "targets.income")
    assert caught.value.field == "targets.income"
    with pytest.raises(OutOfRangeError) as caught:
        MONEY.convert(1e300, "billion tỷ đồng", "funding.amount")
    assert caught.value.field == "funding.amount"  # 1e300 × 10^18 VND is beyond a float


@pytest.mark.parametrize(
    ("unit", "value", "reason"),
    [
        (PERCENT, 100.5, "100.5 % is outside 0–100 %"),
        (PERCENT, -0.5, "-0.5 % is outside 0–100 %"),
        (INCOME, -1, "-1 million VND/person/year is below the minimum 0 million VND/person/year"),
    ],
)
def test_range_errors_in_full(unit: Unit, value: float, reason: str) -> None:
    """A value outside the unit's bounds says the value and the bounds."""
    with pytest.raises(OutOfRangeError) as caught:
        unit.check_range(value, "values.x")
    assert caught.value.field == "values.x"
    assert caught.value.reason == reason


@pytest.mark.parametrize("value", [0.0, 100.0, 55.5])
def test_range_bounds_are_inclusive(value: float) -> None:
    """0 % and 100 % are valid percentages."""
    PERCENT.check_range(value, "x")


def test_achieved_unit_is_plain() -> None:
    """The achieved unit has no unit words."""
    assert ACHIEVED.signature == ()


@pytest.mark.parametrize(
    ("unit", "text", "expected"),
    [
        (GREEN_SPACE, "2 m**2/người", 2.0),  # ** is the power sign, as ^
        (GREEN_SPACE, "2 m^2/người", 2.0),
        (INCOME, "34 triệu*đồng/người/năm", 34.0),  # * and · join words
        (INCOME, "34 triệu·đồng/người/năm", 34.0),
    ],
)
def test_unit_operators(unit: Unit, text: str, expected: float) -> None:
    """Power and product signs as officials type them."""
    assert unit.parse(text, "x") == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("34 VND VND/person/year", "the unit 'VND VND/person/year' repeats 'vnd'"),
        ("5 % hộ", "cannot read the unit '% hộ': % stands alone"),
        ("34 furlong", "cannot read the unit 'furlong': unknown word 'furlong'"),
        ("34 /năm", "cannot read the unit '/năm'"),
        # m³ reads as m3, which is no unit word: the message shows both
        ("34 m³", "cannot read the unit 'm³': unknown word 'm3'"),
    ],
)
def test_unreadable_units_in_full(text: str, reason: str) -> None:
    """Each unreadable unit is quoted as typed, with what is wrong with it."""
    with pytest.raises(UnitMismatchError) as caught:
        INCOME.parse(text, "values.10")
    assert caught.value.field == "values.10"
    assert caught.value.reason == reason


def test_a_non_finite_value_is_out_of_range_on_its_field() -> None:
    """NaN is never in range, and the error names the field."""
    with pytest.raises(OutOfRangeError) as caught:
        PERCENT.check_range(float("nan"), "values.3.1")
    assert caught.value.field == "values.3.1"
    assert caught.value.reason == "nan is not a finite number"
