"""Numbers for people are written exactly as Babel writes them, the locale's way.

The oracle is Babel's ``format_decimal`` with the pattern the library uses (``#,##0.##``
for two decimals); :func:`ntm_rules.i18n.number` takes a shorter road for ordinary numbers
and must never write anything else.
"""

from __future__ import annotations

import math
from decimal import localcontext

from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from ntm_rules.i18n import number

LOCALES = {"vi": "vi_VN", "en": "en_US"}


def babel(value: float, lang: str, decimals: int) -> str:
    """What Babel writes (with digits enough for any float), a value rounding to zero unsigned."""
    pattern = "#,##0." + "#" * decimals if decimals else "#,##0"
    with localcontext(prec=400):  # the default 28 digits cannot hold 1e300
        text = str(format_decimal(value, format=pattern, locale=LOCALES[lang]))
    return "0" if text in ("-0", "−0") else text


values = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e16, max_value=1e16),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1000, max_value=1000),
    st.decimals(min_value=-(10**7), max_value=10**7, places=4, allow_nan=False).map(float),
    st.integers(min_value=-(10**16), max_value=10**16),
)


@given(values, st.sampled_from(sorted(LOCALES)), st.integers(min_value=0, max_value=6))
@example(2.675, "vi", 2)  # half to even on the decimal written: 2,68
@example(0.125, "en", 2)  # 0.12
@example(91.66666666666667, "vi", 2)  # rounded by the float's own digits: 91,67
@example(-21.91525423728814, "en", 2)
@example(1.015, "en", 2)  # the decimal written is the half (the float is under it): 1.02
@example(-0.001, "vi", 2)  # rounds to zero: no sign
@example(-0.0, "en", 2)
@example(1234567.5, "vi", 2)
@example(999999999999999.9, "en", 0)
def test_numbers_are_written_as_babel_writes_them(value: float, lang: str, decimals: int) -> None:
    """Rounding, grouping, separators and signs agree with Babel for every number."""
    assert number(value, lang, decimals) == babel(value, lang, decimals)


def test_numbers_outside_the_plain_range_still_go_to_babel() -> None:
    """Huge and non-finite numbers are Babel's to write."""
    for value in (1e20, -3.5e18, math.inf, 1e300, -1.7976931348623157e308):
        assert number(value, "vi") == babel(value, "vi", 2)
        assert number(value, "en", 0) == babel(value, "en", 0)
