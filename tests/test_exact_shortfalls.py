"""The float and whole-number shortcuts of the shortfall arithmetic give the exact answers.

The oracle is the arithmetic the rulebook asks for, written here once with fractions on
the decimals the user wrote (``Fraction(repr(x))``): a count still needed is the ceiling of
the exact shortfall, a share's gap the exact difference rounded once to a float.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ntm_rules.evaluators.composite import share_shortfall
from ntm_rules.evaluators.numeric import _count_needed
from ntm_rules.measurements import Amount, Ratio
from ntm_rules.thresholds import Direction


def written(value: float) -> Fraction:
    """The decimal ``value`` was written as."""
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


def exact_count_needed(numerator: float, denominator: float, bound: float, at_least: bool) -> int:
    """⌈bound·denominator/100 − numerator⌉ (at least), or its opposite (at most), exactly."""
    target = written(bound) * written(denominator) / 100
    have = written(numerator)
    return math.ceil(target - have if at_least else have - target)


def exact_share_shortfall(have: float, of: float, required: float) -> tuple[float, int]:
    """The percentage points missing from have/of to reach ``required`` %, and the count."""
    share = written(have) * 100 / written(of)
    gap = max(written(required) - share, Fraction(0))
    needed = math.ceil(written(required) * written(of) / 100 - written(have))
    return float(gap), max(needed, 0)


counts = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(float),
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False).map(float),
    st.floats(min_value=0, max_value=1e300, allow_nan=False, allow_infinity=False),
    st.floats(min_value=0, max_value=1e-300, allow_nan=False),
)
positive_counts = counts.filter(lambda value: value > 0)
percents = st.one_of(
    st.integers(min_value=0, max_value=100).map(float),
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False).map(float),
    st.floats(min_value=0, max_value=100, allow_nan=False),
)


@st.composite
def at_a_whole_count(draw: st.DrawFn) -> tuple[float, float, float]:
    """Counts whose exact shortfall is a whole number (the float one may be a hair off)."""
    denominator = draw(st.integers(min_value=1, max_value=10**6))
    bound = draw(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
    target = bound * denominator / 100
    numerator = draw(st.integers(min_value=0, max_value=denominator)) + (target % 1)
    return float(numerator), float(denominator), float(bound)


@given(st.one_of(st.tuples(counts, positive_counts, percents), at_a_whole_count()), st.booleans())
@example((2.32, 2.9, 80.0), True)  # 80 %: the float rate is 79.99999999999999
@example((412.0, 450.0, 91.55), True)
@example((0.1, 0.3, 100 / 3), False)
def test_count_needed_is_the_exact_ceiling(
    counts_and_bound: tuple[float, float, float], at_least: bool
) -> None:
    """However close the shortfall is to a whole number, the count is the exact ceiling."""
    numerator, denominator, bound = counts_and_bound
    direction = Direction.AT_LEAST if at_least else Direction.AT_MOST
    needed = _count_needed(Ratio(numerator, denominator), bound, direction)
    assert needed == exact_count_needed(numerator, denominator, bound, at_least)


def test_count_needed_only_for_counts() -> None:
    """A plain percentage has no count to add."""
    assert _count_needed(Amount(50.0), 80.0, Direction.AT_LEAST) is None


@given(counts, positive_counts, percents)
@example(7.0, 10.0, 70.0)  # exactly at the share: no gap
@example(2.32, 2.9, 80.0)
@example(1.0, 3.0, 33.33)
@example(9007199254740993.0, 1e16, 90.0)  # whole floats past 2^53
def test_share_shortfall_is_exact(have: float, of: float, required: float) -> None:
    """The gap is the exact one rounded once; the count the exact ceiling."""
    gap, needed = share_shortfall(have, of, required)
    assert (gap, needed) == exact_share_shortfall(have, of, required)
    assert math.copysign(1.0, gap) == 1.0


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=100),
)
def test_share_shortfall_of_whole_numbers(have: int, of: int, required: int) -> None:
    """Integers (as in the doctests) are their own decimals."""
    assert share_shortfall(have, of, required) == exact_share_shortfall(have, of, required)


def test_share_of_nothing_raises() -> None:
    """A share of zero schools is no share, as in exact arithmetic."""
    with pytest.raises(ZeroDivisionError):
        share_shortfall(0.0, 0.0, 70.0)
