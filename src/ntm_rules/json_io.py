"""JSON text, written by orjson when it is installed (the ``fast`` extra), else by the standard library.

Both write the same JSON values. The *canonical* text that fingerprints hash is defined as
the standard library writes it (keys sorted, no insignificant white space, UTF-8). orjson
writes the same bytes for every number but a fraction under 10⁻⁴, which it spells
``0.00005`` or ``1e-7`` where the standard library writes ``5e-05`` and ``1e-07``: it
writes canonical text only for data its caller knows to hold no such fraction
(:func:`spelled_alike`), and the standard library writes the rest. A property test checks
the two writers on arbitrary data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, overload

_UNSET: Any = object()
FAST: Any = _UNSET
"""orjson, or ``None`` when it is not installed; looked for on first use (tests set it)."""
SMALLEST_ALIKE = 1e-4
"""The smallest fraction orjson and the standard library write alike."""


@overload
def plain_number(value: float) -> float: ...
@overload
def plain_number(value: None) -> None: ...
def plain_number(value: float | None) -> float | None:
    """A number as documents write it: a whole float as an ``int`` (``70.0`` is ``70``).

    Documents are canonical data as they are built (no second walk to seal them), and a
    value read back is the same number. A float of a subclass (NumPy's ``float64``, from a
    measurement built by hand) is written as a float.

    Examples:
        >>> plain_number(70.0), plain_number(91.5), plain_number(True)
        (70, 91.5, True)
    """
    if type(value) is float:
        return int(value) if value.is_integer() else value
    if isinstance(value, float):  # a subclass (NumPy's float64)
        value = float(value)
        return int(value) if value.is_integer() else value
    return value  # None, an int or a bool: written as it is


def spelled_alike(numbers: Iterable[float | None]) -> bool:
    """Whether both writers spell every one of ``numbers`` alike (no fraction under 10⁻⁴).

    ``numbers``: numbers, booleans or ``None``, as a document holds them.

    Examples:
        >>> spelled_alike([70, 91.5, True, None, 0.0]), spelled_alike([0.00005])
        (True, False)
    """
    # the smallest magnitude but zero, in one pass in C (a document has hundreds)
    return min(map(abs, filter(None, numbers)), default=SMALLEST_ALIKE) >= SMALLEST_ALIKE


def canonical_bytes(data: Any, *, numbers_alike: bool = False) -> bytes:
    """The canonical JSON bytes of plain JSON data (text keys, finite numbers).

    The data must be canonical already (:func:`ntm_rules.fingerprints.plain`): whole
    numbers as ``int``, no sets or dates. ``numbers_alike``: the caller knows that every
    number of ``data`` is :func:`spelled_alike`, and orjson may write it.

    Examples:
        >>> canonical_bytes({"b": 70, "a": "Thu Lũm"}).decode()
        '{"a":"Thu Lũm","b":70}'
    """
    written = _by_orjson(data, "OPT_SORT_KEYS") if numbers_alike else None
    return standard_canonical_text(data).encode("utf-8") if written is None else written


def standard_canonical_text(data: Any) -> str:
    """The canonical JSON text as the standard library writes it (the definition)."""
    # The data is a tree built afresh, where a cycle has already recursed without end:
    # the encoder need not look for one (a tenth of its time).
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, check_circular=False
    )


def dumps(data: Any, *, indent: bool = False, fast: bool = True) -> bytes:
    """``data`` as UTF-8 JSON, indented by two spaces or compact.

    The same JSON values from either writer; ``fast=False`` (data whose numbers are not
    :func:`spelled_alike`) has the standard library write them, so that the text does not
    depend on the ``fast`` extra either.

    Examples:
        >>> dumps({"commune": "Thu Lũm", "met": [1, 2]}).decode()
        '{"commune":"Thu Lũm","met":[1,2]}'
    """
    written = _by_orjson(data, "OPT_INDENT_2" if indent else None) if fast else None
    if written is not None:
        return written
    if indent:
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _by_orjson(data: Any, option: str | None) -> bytes | None:
    """``data`` written by orjson with its option of that name, or ``None``.

    ``None`` without orjson or for what it cannot write (an integer beyond 64 bits): the
    standard library writes it then.
    """
    fast = _fast()
    if fast is None:
        return None
    try:
        written: bytes = fast.dumps(data, option=getattr(fast, option) if option else 0)
    except TypeError:  # orjson.JSONEncodeError
        return None
    return written


def _fast() -> Any:
    global FAST  # noqa: PLW0603 - looked for once, when first written
    if FAST is _UNSET:
        try:  # the fast extra: a tenth of the time for a sealed evaluation
            import orjson  # noqa: PLC0415 - not loaded by import ntm_rules
        except ImportError:  # pragma: no cover - the test extra installs it
            FAST = None
        else:
            FAST = orjson
    return FAST
