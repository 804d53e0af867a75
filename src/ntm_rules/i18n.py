"""Text for people, rendered at the edges from gettext catalogues; numbers by locale.

Results carry codes and numbers; reports, the CLI and documents' explanation fields turn
them into words here. Message ids are the English phrases; ``locale/<lang>/LC_MESSAGES/
ntm_rules.po`` holds each language (Vietnamese and English complete, a test checks it),
compiled to ``.mo`` with Babel (``scripts/i18n.sh``). A third language is a new catalogue,
no code. Numbers are written the locale's way with Babel: ``91,56`` in Vietnamese,
``91.56`` in English.
"""

from __future__ import annotations

import functools
import gettext
import re
from decimal import Decimal, localcontext
from pathlib import Path

DOMAIN = "ntm_rules"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = ("vi", "en")


@functools.cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang])
    except OSError:  # no catalogue for that language: the English ids themselves
        return gettext.NullTranslations()


MISSING: set[tuple[str, str]] = set()
"""(language, message id) pairs asked for but absent from a catalogue (checked by a test)."""


def tr(lang: str, message: str, **values: object) -> str:
    """``message`` (an English message id) in ``lang``, with ``{name}`` fields filled.

    Examples:
        >>> tr("vi", "Met"), tr("en", "Met")
        ('Đạt', 'Met')
        >>> tr("vi", "Criteria met: {met}/{total}", met=6, total=19)
        'Số tiêu chí đạt: 6/19'
    """
    text = _messages(lang).get(message)
    if text is None:
        if message:
            MISSING.add((lang, message))
        text = _catalogue(lang).gettext(message)
    return text.format(**values) if values else text


@functools.cache
def _messages(lang: str) -> dict[str, str]:
    """The catalogue's translations by message id, read directly.

    Documents ask for a few hundred per evaluation, and ``gettext()`` looks each up in two
    steps.
    """
    catalog: dict[str, str] = getattr(_catalogue(lang), "_catalog", {})
    return catalog


def known(message: str, lang: str = "vi") -> bool:
    """Whether ``lang``'s catalogue holds ``message``."""
    return message in _messages(lang)


def number(value: float, lang: str = "vi", decimals: int = 2) -> str:
    """A number for people in ``lang``: at most ``decimals`` decimals, no trailing zeros.

    Examples:
        >>> number(91.5555, "vi"), number(91.5555, "en"), number(1234567.5, "vi")
        ('91,56', '91.56', '1.234.567,5')
    """
    if type(value) in (float, int) and -_PLAIN_RANGE < value < _PLAIN_RANGE and 0 <= decimals <= 6:
        text = _plain_number(value, decimals)
        group, point = _symbols(lang)
        if group != "," or point != ".":  # the separators swapped through a character unused
            text = text.replace(",", "\0").replace(".", point).replace("\0", group)
    else:
        from babel.numbers import format_decimal  # noqa: PLC0415 - only at the edges

        pattern = "#,##0." + "#" * decimals if decimals else "#,##0"
        with localcontext(prec=_ALL_DIGITS):  # 1e300 has more digits than the default 28
            text = str(format_decimal(value, format=pattern, locale=_locale(lang)))
    return "0" if text in ("-0", "−0") else text  # a value that rounds to zero has no sign


_PLAIN_RANGE = 1e15
_ALL_DIGITS = 400
"""Digits enough for any float's whole part (at most 309) with its decimals."""
"""Below this, a number with up to 6 decimals fits the decimal context Babel rounds in."""


def _plain_number(value: float, decimals: int) -> str:
    """What Babel's ``format_decimal`` writes with the pattern ``#,##0.##…`` in English.

    Babel rounds ``Decimal(str(value))`` half to even to ``decimals`` places, drops the
    trailing zeros, groups the integer part by threes and prefixes ``-``; so does this, in
    fewer steps (a test checks it against Babel in both languages). Documents write two
    explanations per indicator: this is most of their cost.
    """
    if value % 1 == 0:  # a whole number (most counts and bounds): no rounding to do
        return f"{int(value):,}"
    magnitude = abs(value)
    if magnitude < _FAST_RANGE and abs(magnitude * _SCALES[decimals] % 1 - 0.5) > _NEAR_HALF:
        # Not near a half of the last place: the float rounds to the side the decimal it
        # was written as rounds to (a half between them would be a shorter decimal for the
        # same float), so the float's own correctly rounded digits are Babel's.
        digits = f"{magnitude:,.{decimals}f}"
        if decimals:
            digits = digits.rstrip("0").rstrip(".")
        return "-" + digits if value < 0 else digits
    written = Decimal(repr(value))  # the decimal the float was written as
    digits = f"{abs(written).quantize(_QUANTA[decimals]):,f}"
    if decimals:
        digits = digits.rstrip("0").rstrip(".")
    return "-" + digits if written.is_signed() else digits


_FAST_RANGE = 1e6
_NEAR_HALF = 1e-3
"""Below :data:`_FAST_RANGE`, a float written as a half of the last place (``2.675``) is
within a ten-thousandth of it once scaled, even after the scaling's own rounding: those and
their neighbours take Babel's decimal road."""
_SCALES = tuple(10.0**places for places in range(7))
_QUANTA = tuple(Decimal(1).scaleb(-places) for places in range(7))


@functools.cache
def _symbols(lang: str) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol  # noqa: PLC0415

    return get_group_symbol(_locale(lang)), get_decimal_symbol(_locale(lang))


def _locale(lang: str) -> str:
    return "en_US" if lang == "en" else "vi_VN" if lang == "vi" else lang


_PLACE = re.compile(
    r'^(?:(sheet|file) (?="))|(?:^|(?<=, ))(row|column) (?=[0-9A-Z])|^(header)(?=,|$)'
)
"""The words of the locations the library writes: ``sheet "…"``, ``file "…"``, ``row 12``,
``column G``, ``header`` (a batch table's heading row). Nothing else in a field is touched."""


def location_in(field: str, lang: str) -> str:
    """A problem's location in ``lang``: the library's own words translated, names as given.

    Examples:
        >>> location_in('sheet "Chỉ tiêu", row 4, column H (Loại)', "vi")
        'trang tính "Chỉ tiêu", dòng 4, cột H (Loại)'
        >>> location_in("row 3, 10", "vi"), location_in('values."3.1"', "vi")
        ('dòng 3, 10', 'values."3.1"')
    """
    if lang == "en" or not field:
        return field

    def word(match: re.Match[str]) -> str:
        found = next(g for g in match.groups() if g)
        return tr(lang, f"{found} (location)") + ("" if match.group(3) else " ")

    return _PLACE.sub(word, field)
