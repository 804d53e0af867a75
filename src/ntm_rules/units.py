"""Units at the edge: a strict unit grammar, then pint to convert, then plain floats.

A value string is read in two steps. :func:`ntm_rules.reading.split_number` reads the
number by the Vietnamese separator rules; the rest must be a unit written with the words of
:data:`UNIT_WORDS` (Vietnamese or English, with or without diacritics) joined by spaces,
``*`` and ``/``. Only then, and only when the unit differs from the indicator's canonical
one, is pint asked for the conversion factor, exactly (with fractions), once per pair of
units. pint never sees the user's text, so nothing typed can be evaluated.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from attrs import field, frozen

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt, finite_float, fold, split_number

Signature = tuple[tuple[str, int], ...]
"""A unit as sorted (pint unit name, power) pairs, e.g. VND/person/year."""

_DEFINITIONS = (
    "VND = [currency]",
    "thousand = 1000",
    "million = 1000000",
    "billion = 1000000000",
    "person = [person]",
    "household = [household]",
    "house = [house]",
    "checklist_point = [checklist_score]",  # pint's own "point" is a printer's length
)

UNIT_WORDS: Mapping[str, tuple[tuple[str, int], ...]] = {
    **dict.fromkeys(("%", "phan tram", "percent", "pct"), (("percent", 1),)),
    **dict.fromkeys(("vnd", "dong", "d"), (("VND", 1),)),
    **dict.fromkeys(("nghin", "ngan", "thousand"), (("thousand", 1),)),
    **dict.fromkeys(("trieu", "million", "tr"), (("million", 1),)),
    **dict.fromkeys(("ty", "ti", "billion"), (("billion", 1),)),
    **dict.fromkeys(("trd", "tr.d"), (("million", 1), ("VND", 1))),
    **dict.fromkeys(
        ("nguoi", "person", "persons", "people", "capita", "khau", "nhan khau"), (("person", 1),)
    ),
    **dict.fromkeys(("ho", "household", "households"), (("household", 1),)),
    **dict.fromkeys(("nha", "house", "houses", "can"), (("house", 1),)),
    **dict.fromkeys(("nam", "year", "years", "yr"), (("year", 1),)),
    **dict.fromkeys(("thang", "month", "months"), (("month", 1),)),
    **dict.fromkeys(
        ("m2", "m^2", "met vuong", "square metre", "square meter", "sq m"),
        (("meter", 2),),
    ),
    **dict.fromkeys(("km2", "km^2"), (("kilometer", 2),)),
    **dict.fromkeys(("ha", "hecta", "hectare", "hectares"), (("hectare", 1),)),
    **dict.fromkeys(("m", "met", "metre", "meter", "meters", "metres"), (("meter", 1),)),
    **dict.fromkeys(("km", "kilomet", "kilometre", "kilometer"), (("kilometer", 1),)),
    **dict.fromkeys(("kg", "kilogram"), (("kilogram", 1),)),
    **dict.fromkeys(("tan", "tonne", "tonnes", "ton"), (("tonne", 1),)),
    **dict.fromkeys(("diem", "point", "points"), (("checklist_point", 1),)),
}
"""Every unit word the grammar reads, folded (no diacritics, lower case), with its meaning."""

_LONGEST_PHRASE = max(len(word.split()) for word in UNIT_WORDS)


@functools.cache
def registry() -> Any:
    """The library's single pint registry (exact fractions), built on first use."""
    import pint  # noqa: PLC0415 - deferred: importing pint costs ~100 ms

    units: Any = pint.UnitRegistry(non_int_type=Fraction)
    for definition in _DEFINITIONS:
        units.define(definition)
    return units


def parse_unit(text: str, field: str) -> Signature:
    """Read a unit such as ``"triệu đồng/người/năm"`` into its signature.

    Raises:
        UnitMismatchError: a word outside :data:`UNIT_WORDS`, a repeated word, or a
            malformed ``/``.

    Examples:
        >>> parse_unit("triệu đồng/người/năm", "x")
        (('VND', 1), ('million', 1), ('person', -1), ('year', -1))
        >>> parse_unit("m²/người", "x") == parse_unit("m2 per person", "x")
        True
    """
    normalised = fold(text.replace("²", "2").replace("³", "3")).replace(" per ", "/")
    normalised = normalised.replace("**", "^")
    parts = [part.replace("*", " ").replace("·", " ").split() for part in normalised.split("/")]
    if any(not words for words in parts):
        raise UnitMismatchError(field, Message("cannot read the unit {text}", text=excerpt(text)))
    powers: dict[str, int] = {}
    seen: set[str] = set()
    for position, words in enumerate(parts):
        sign = 1 if position == 0 else -1
        for phrase in _phrases(words, text, field):
            if phrase in seen:
                raise UnitMismatchError(
                    field,
                    Message(
                        "the unit {text} repeats {phrase!r}", text=excerpt(text), phrase=phrase
                    ),
                )
            seen.add(phrase)
            for name, power in UNIT_WORDS[phrase]:
                powers[name] = powers.get(name, 0) + sign * power
    if "percent" in powers and len(seen) > 1:
        raise UnitMismatchError(
            field, Message("cannot read the unit {text}: % stands alone", text=excerpt(text))
        )
    return tuple(sorted((name, power) for name, power in powers.items() if power))


def _phrases(words: list[str], text: str, field: str) -> list[str]:
    found = []
    start = 0
    while start < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            if phrase in UNIT_WORDS:
                found.append(phrase)
                start += size
                break
        else:
            raise UnitMismatchError(
                field,
                Message(
                    "cannot read the unit {text}: unknown word {words}",
                    text=excerpt(text),
                    words=excerpt(words[start]),
                ),
            )
    return found


@functools.cache
def _factor(given: Signature, canonical: Signature) -> Fraction | None:
    """How many canonical units one ``given`` unit is (``None``: other dimension)."""
    if given == canonical:
        return Fraction(1)
    import pint  # noqa: PLC0415 - only reached once pint is already needed

    units = registry()

    def build(signature: Signature) -> Any:
        unit = units.dimensionless
        for name, power in signature:
            unit = unit * getattr(units, name) ** power
        return unit

    try:
        magnitude = units.Quantity(Fraction(1), build(given)).to(build(canonical)).magnitude
    except pint.DimensionalityError:
        return None
    return Fraction(magnitude)


def _shown(signature: Signature) -> str:
    above = [name if power == 1 else f"{name}^{power}" for name, power in signature if power > 0]
    below = [name if power == -1 else f"{name}^{-power}" for name, power in signature if power < 0]
    return "/".join([" ".join(above) or "1", *below])


@frozen
class Unit:
    """The canonical unit of an indicator.

    Attributes:
        symbol_vi: how the unit is printed in Vietnamese.
        symbol_en: how it is printed in English.
        expression: the unit in the words of :data:`UNIT_WORDS` (empty for achieved types).
        minimum: the smallest valid value.
        maximum: the largest valid value (``None`` for no bound).
        whole: a count of things (houses): a fraction is no value.
    """

    symbol_vi: str
    symbol_en: str
    expression: str
    minimum: float = 0.0
    maximum: float | None = None
    whole: bool = False
    signature: Signature = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        signature = parse_unit(self.expression, "unit") if self.expression else ()
        object.__setattr__(self, "signature", signature)

    def symbol(self, lang: str) -> str:
        """How the unit is printed in ``"vi"`` or ``"en"``."""
        return self.symbol_en if lang == "en" else self.symbol_vi

    def check_range(self, value: float, field: str) -> None:
        """Raise if ``value`` is not finite or outside this unit's bounds."""
        value = finite_float(value, field)
        if self.whole and not value.is_integer():
            raise OutOfRangeError(
                field,
                Message(
                    "expected a whole number of {unit}, got {value}",
                    unit=self.symbol_en,
                    value=_fmt(value),
                ),
            )
        if value >= self.minimum and (self.maximum is None or value <= self.maximum):
            return
        if self.maximum is not None:
            expected = Message(
                "outside {minimum}–{maximum} {unit}",
                minimum=_fmt(self.minimum),
                maximum=_fmt(self.maximum),
                unit=self.symbol_en,
            )
        else:
            expected = Message(
                "below the minimum {minimum} {unit}",
                minimum=_fmt(self.minimum),
                unit=self.symbol_en,
            )
        raise OutOfRangeError(
            field,
            Message(
                "{value} {unit} is {expected}",
                value=_fmt(value),
                unit=self.symbol_en,
                expected=expected,
            ),
        )

    def parse(self, text: str, field: str) -> float:
        """Read a string such as ``"38,5 triệu đồng/người/năm"`` in this unit.

        A string with no unit is read in this unit, like a bare number.

        Examples:
            >>> PERCENT.parse("95,5 %", "x"), INCOME.parse("34.000.000 VND/person/year", "x")
            (95.5, 34.0)
            >>> MONEY.parse("1,2 tỷ đồng", "x")
            1200000000.0
        """
        number = split_number(text, field)
        if not number.rest:
            return finite_float(number.value, field)
        return self.convert(number.value, number.rest, field)

    def convert(self, value: float | Fraction, unit_text: str, field: str) -> float:
        """``value`` given in ``unit_text`` (blank: this unit), converted to this unit."""
        if not unit_text.strip():
            return finite_float(value, field)
        if not self.expression:
            raise UnitMismatchError(
                field,
                Message(
                    "expected a plain number, not a unit {unit_text}", unit_text=excerpt(unit_text)
                ),
            )
        given = parse_unit(unit_text, field)
        factor = _factor(given, self.signature)
        if factor is None:
            raise UnitMismatchError(
                field,
                Message(
                    "{unit_text} is {shown}, which cannot be converted to {symbol_en}",
                    unit_text=excerpt(unit_text),
                    shown=_shown(given),
                    symbol_en=self.symbol_en,
                ),
            )
        exact = value if isinstance(value, Fraction) else Fraction(repr(float(value)))
        return finite_float(exact * factor, field)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


PERCENT = Unit("%", "%", "%", 0.0, 100.0)
INCOME = Unit("triệu đồng/người/năm", "million VND/person/year", "million VND/person/year")
GREEN_SPACE = Unit("m²/người", "m²/person", "m2/person")
HOUSES = Unit("nhà", "houses", "house", whole=True)
POINTS = Unit("điểm", "points", "point", 0.0, 100.0)
ACHIEVED = Unit("đạt/không đạt", "achieved/not achieved", "")
MONEY = Unit("đồng", "VND", "VND")
