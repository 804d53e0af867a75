"""The strict reader of what officials type: numbers, "no data" marks and achieved words.

Every loader (profiles, plans, override tables, and the tabular readers) reads text through
this module, so that ``"38,5"`` means the same everywhere. The grammar is small on purpose:
an optional sign, digits with separators, and (read by :mod:`ntm_rules.units`) one unit.
Nothing here evaluates an expression: ``"50 + 30"`` and ``"10**10"`` are errors.

Separators follow Vietnamese usage first and accept English usage where it cannot be
misread:

* ``38,5`` and ``38.5`` are 38.5 (one separator not followed by exactly three digits);
* ``1.200.000`` and ``1,200,000`` are 1 200 000 (a repeated separator groups thousands);
* ``1.234,5`` and ``1,234.5`` are 1 234.5 (the last, single separator is the decimal one);
* ``1.234`` and ``1,234`` are **ambiguous** (1.234 or 1 234): rejected with both readings;
  write ``1234`` for the whole number or ``1,2340`` for the decimal; the unit is never used
  to guess. ``0,125`` is not ambiguous (a thousands group never follows a lone 0).
"""

from __future__ import annotations

import functools
import math
import re
import reprlib
import unicodedata
from decimal import Decimal
from fractions import Fraction

from attrs import frozen

from ntm_rules.exceptions import OutOfRangeError, UnitMismatchError, WrongKindError
from ntm_rules.messages import Message

MAX_DIGITS = 15
"""The most significant digits a written number may have: a float keeps 15 exactly, so no
figure written with more could round onto a threshold it does not reach."""
MAX_TEXT = 200
"""The longest value text read; a longer one is an error (no legitimate value is longer)."""

_BLANKS = frozenset(
    {"", "–", "—", "n/a", "na", "null", "none", "khong co so lieu", "chua co so lieu"}
)
"""What an empty cell or a "no data" mark looks like, folded (``-`` folds to empty)."""

_YES = frozenset({"dat", "dat chuan", "x", "1", "true", "yes", "co"})
_NO = frozenset({"chua dat", "khong dat", "chua dat chuan", "0", "false", "no", "khong"})
ACHIEVED_WORDS = "Đạt / Chưa đạt / Không đạt, x, 1 / 0, true / false, có / không"
"""The achieved-type answers accepted, for error messages and documentation."""

_NUMBER = re.compile(r"(?P<sign>[+\-−]?)(?P<body>\d[\d.,]*|[.,]\d+)")
_EXPONENT = re.compile(r"[eE][+\-]?\d")
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:X\d{3})+")
_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxstring = 40
_SHORT_REPR.maxother = 40
_SHORT_REPR.maxlevel = 2
for _limit in ("maxlist", "maxtuple", "maxdict", "maxset", "maxfrozenset"):
    setattr(_SHORT_REPR, _limit, 4)


def excerpt(value: object) -> str:
    """A short, escaped rendering of a bad value for an error message.

    Long strings and deep structures are cut, so an error never prints a whole document.

    Examples:
        >>> excerpt("x" * 100)
        "'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'"
        >>> excerpt(["a"] * 10)
        "['a', 'a', 'a', 'a', ...]"
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"a {len(str(abs(value))) if value.bit_length() < 12_000 else 'huge'}-digit integer"
    return _SHORT_REPR.repr(value)  # repr escapes what cannot be printed, surrogates included


MAX_PATH = 160
"""The longest field path an error names; a longer one keeps its start and its end."""


def key_text(key: object) -> str:
    r"""A user's key as a field names it: a short, escaped excerpt (text without quotes).

    Examples:
        >>> key_text("x" * 100)
        'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'
        >>> print(key_text("\x1b[2J"))
        \x1b[2J
    """
    return excerpt(key)[1:-1] if isinstance(key, str) else excerpt(key)


def short_path(path: str) -> str:
    """``path`` cut in the middle to at most :data:`MAX_PATH` characters.

    Examples:
        >>> len(short_path(".".join(["k" * 30] * 32)))
        160
    """
    if len(path) <= MAX_PATH:
        return path
    half = (MAX_PATH - 3) // 2
    return f"{path[: MAX_PATH - 3 - half]}...{path[-half:]}"


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (not Unicode: it cannot be written out)."""
    return _SURROGATE.search(text) is not None  # every text of every document is checked


_SURROGATE = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """Fold Vietnamese text for lenient matching: no diacritics, lower case, single spaces.

    Examples:
        >>> fold("Đồng bằng  sông Hồng")
        'dong bang song hong'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().replace("_", " ").replace("-", " ").split())


def is_blank(raw: object) -> bool:
    """Whether ``raw`` means "no data": ``None``, an empty cell, ``-`` or ``n/a``.

    Examples:
        >>> [is_blank(v) for v in (None, "", "  ", "-", "N/A", "chưa có số liệu", 0)]
        [True, True, True, True, True, True, False]
    """
    if raw is None:
        return True
    return isinstance(raw, str) and len(raw) <= 40 and fold(raw) in _BLANKS


def read_achieved(raw: object, field: str) -> bool:
    """An achieved-type answer: a boolean, 1/0, or a word such as ``Đạt`` or ``Chưa đạt``.

    Examples:
        >>> [read_achieved(v, "x") for v in (True, 1, "Đạt", "chua dat", "X", "Không đạt")]
        [True, True, True, False, True, False]
    """
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return raw == 1
    if isinstance(raw, str) and len(raw) <= MAX_TEXT:
        word = fold(raw)
        if word in _YES:
            return True
        if word in _NO:
            return False
    raise WrongKindError(
        field,
        Message("expected {words}; got {raw}", words=ACHIEVED_WORDS, raw=describe(raw)),
    )


def starts_with_number(text: str) -> bool:
    """Whether ``text`` (once stripped) begins with a sign or a digit."""
    return _NUMBER.match(text.strip()) is not None


@frozen
class Number:
    """A number read from text: its exact value and the text after it (the unit, if any)."""

    value: Fraction
    rest: str


def split_number(text: str, field: str) -> Number:
    """Read the leading number of ``text`` by the separator rules of this module.

    Raises:
        UnitMismatchError: the text does not start with a number, or its separators are
            malformed or ambiguous (the message gives both readings).

    Examples:
        >>> [float(split_number(t, "x").value) for t in ("38,5", "1.200.000", "1,234.5", "-2")]
        [38.5, 1200000.0, 1234.5, -2.0]
        >>> split_number("2,5 m²/người", "x").rest
        'm²/người'
    """
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_TEXT:
        raise WrongKindError(
            field, Message("text of {count} characters is too long for a value", count=len(text))
        )
    stripped = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    match = _NUMBER.match(stripped)
    if match is None:
        raise UnitMismatchError(
            field, Message("{text} does not start with a number", text=excerpt(text))
        )
    body = match["body"]
    if not body.isascii() and len({ord(c) - unicodedata.digit(c) for c in body if c.isdigit()}) > 1:
        raise UnitMismatchError(  # "8٥": a Latin 8 and an Arabic-Indic 5, no number
            field, Message("{text} mixes digits of different scripts", text=excerpt(text))
        )
    if _EXPONENT.match(stripped, match.end()):
        raise UnitMismatchError(
            field,
            Message("{text}: write the number in full, without an exponent", text=excerpt(text)),
        )
    value = _interpret(body, field, text)
    digits = _significant(body)
    if digits > MAX_DIGITS:
        raise _too_many_digits(field, text, digits)
    if match["sign"] in ("-", "−"):
        value = -value
    return Number(value, stripped[match.end() :].strip())


def _interpret(body: str, field: str, text: str) -> Fraction:
    dots, commas = body.count("."), body.count(",")
    if body[-1] in ".,":
        raise UnitMismatchError(
            field, Message("{text}: a separator must be followed by digits", text=excerpt(text))
        )
    if dots and commas:
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = body.rpartition(decimal)
        if decimal in whole or not _grouped(whole, thousands):
            raise UnitMismatchError(
                field, Message("{text}: separators are not in place", text=excerpt(text))
            )
        return Fraction(whole.replace(thousands, "") + "." + fraction)
    if dots + commas == 0:
        return Fraction(body)
    separator = "." if dots else ","
    if dots + commas > 1:
        if not _grouped(body, separator):
            raise UnitMismatchError(
                field,
                Message(
                    "{text}: a repeated {separator!r} must group thousands",
                    text=excerpt(text),
                    separator=separator,
                ),
            )
        return Fraction(body.replace(separator, ""))
    whole, _, fraction = body.partition(separator)
    if len(fraction) == 3 and whole and not whole.startswith("0") and len(whole) <= 3:
        raise UnitMismatchError(
            field,
            Message(
                "{text} is ambiguous: the decimal {whole}.{fraction} or the whole number {whole}{fraction}; write {whole}{fraction} for the whole number or {whole},{fraction}0 for the decimal",
                text=excerpt(text),
                whole=whole,
                fraction=fraction,
            ),
        )
    return Fraction(f"{whole or '0'}.{fraction}")


def _grouped(whole: str, separator: str) -> bool:
    return bool(_GROUPED.fullmatch(whole.replace(separator, "X")))


def too_precise(number: str) -> bool:
    """Whether a decimal written in a JSON or YAML document names no float exactly.

    Up to :data:`MAX_DIGITS` significant digits it always does; with more, only when it is
    a float's own shortest form (as the library writes them: ``91.55555555555556``).
    Such a number is kept as its text for the strict reader, which says so naming the
    field, instead of a float rounded onto a threshold it does not reach.

    Examples:
        >>> too_precise("79.99999999999999999"), too_precise("91.55555555555556")
        (True, False)
    """
    if _significant(number.lstrip("+-").partition("e")[0].partition("E")[0]) <= MAX_DIGITS:
        return False
    try:
        return Decimal(number) != Decimal(repr(float(number)))
    except (ValueError, ArithmeticError):
        return True


def finite_float(raw: int | float | Fraction, field: str) -> float:
    """``raw`` as a finite float, or an error naming the field (huge integers included)."""
    try:
        value = float(raw)
    except OverflowError:
        raise OutOfRangeError(field, Message("{raw} is too large", raw=excerpt(raw))) from None
    if not math.isfinite(value):
        raise OutOfRangeError(field, Message("{raw} is not a finite number", raw=excerpt(raw)))
    if isinstance(raw, int) and not isinstance(raw, bool) and value != raw:
        # 99999999999999999999 would be 1e20
        raise _too_many_digits(field, raw, _significant(str(abs(raw))))
    return value


def _significant(digits: str) -> int:
    """How many significant digits a written number has (separators and the point ignored)."""
    return len(digits.replace(".", "").replace(",", "").lstrip("0").rstrip("0"))


def _too_many_digits(field: str, written: object, count: int) -> OutOfRangeError:
    return OutOfRangeError(
        field,
        Message(
            "{text} has {count} significant digits; at most {max_digits} can be compared exactly: round it",
            text=excerpt(written),
            count=count,
            max_digits=MAX_DIGITS,
        ),
    )


def exact(value: float) -> Fraction:
    """The decimal a float was written as (``2.32`` → 232/100), for exact comparisons.

    A float read from a document is the nearest binary value to the decimal the user wrote;
    its shortest repr is that decimal, so comparing reprs exactly gives the verdict exact
    arithmetic on the written figures would give.
    """
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


@functools.lru_cache(maxsize=4096)  # a rulebook's few hundred ids, sorted in every document
def id_order(indicator_id: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key putting ids in rulebook order: ``"2.1" < "5" < "17.2" < "17.10"``.

    Only short ASCII digit runs count as numbers (``"²"`` and 5000-digit parts sort as text).

    Examples:
        >>> sorted(["17.10", "5", "17.2", "2.1"], key=id_order)
        ['2.1', '5', '17.2', '17.10']
    """
    return tuple(
        (0, int(part), "") if part.isascii() and part.isdigit() and len(part) <= 9 else (1, 0, part)
        for part in indicator_id.split(".")
    )


def describe(value: object) -> Message:
    """What kind of value was given, with a short excerpt (a message: the kind is a word)."""
    if isinstance(value, bool):
        return Message("a boolean ({value})", value=str(value).lower())
    if isinstance(value, dict):
        return Message("a mapping")
    if isinstance(value, list | tuple):
        return Message("a list")
    if value is None:
        return Message("null")
    if isinstance(value, str):
        return Message("the text {text}", text=excerpt(value))
    return Message("{type} {value}", type=type(value).__name__, value=excerpt(value))
