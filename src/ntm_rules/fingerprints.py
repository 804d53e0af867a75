"""Content fingerprints: a rulebook's figures and a document's own content, as SHA-256 hashes.

A fingerprint is ``sha256:`` and the hex digest of the *canonical JSON* of the content:
keys sorted, no insignificant white space, UTF-8, every whole number written without a
fraction (``70.0`` and ``70`` are one figure, whatever language wrote the document) and
any other number in its shortest round-trip form. Dates are ISO text, enumerations their
value, sets sorted lists.

A rulebook's fingerprint covers everything that decides a verdict: every threshold and
rule figure of every column with its dates, status and citation, the indicators' kinds,
units and directions, the columns and the rules that choose a commune's column. Two
rulebooks with the same fingerprint judge every profile alike.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import weakref
from collections.abc import Mapping
from typing import Any

import attrs

from ntm_rules.json_io import canonical_bytes, standard_canonical_text
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import ThresholdTable

ALGORITHM = "sha256"
PREFIX = f"{ALGORITHM}:"
SEAL_FIELD = "seal"
"""The field of an evaluation document that carries its fingerprints."""
DOCUMENT_FINGERPRINT = "document"
"""The one field of the seal its own fingerprint leaves out."""


def plain(value: Any) -> Any:
    """``value`` as canonical plain data (the numbers normalised, sets sorted).

    Examples:
        >>> plain({"b": 70.0, "a": [0.5, True]})
        {'b': 70, 'a': [0.5, True]}
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no canonical JSON form")
        return int(value) if value.is_integer() else value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return _plain_other(value)


def _plain_other(value: Any) -> Any:
    """Sets, enumerations, dates and attrs instances."""
    if isinstance(value, set | frozenset):
        return sorted((plain(item) for item in value), key=standard_canonical_text)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.eq and field.init
        }
    raise TypeError(f"no canonical form for {type(value).__name__}")


def canonical_json(value: Any) -> bytes:
    """The canonical JSON bytes of ``value``.

    Examples:
        >>> canonical_json({"b": 70.0, "a": "Thu Lũm"}).decode()
        '{"a":"Thu Lũm","b":70}'
    """
    try:
        normalised = _plain_json(value)
    except _NotPlainJson:
        normalised = plain(value)
    return canonical_bytes(normalised)


class _NotPlainJson(Exception):
    """Raised by :func:`_plain_json` on anything but text-keyed JSON data."""


_KEPT = frozenset({str, int, bool, type(None)})
"""Types :func:`plain` returns unchanged."""


def _plain_json(value: Any) -> Any:
    """:func:`plain` for JSON data (text-keyed dicts, lists, text, numbers), faster.

    A sealed document is thousands of values: this checks each by its exact type, without
    a call for the values kept as they are, and gives up on anything else (a set, a date,
    a subclass, a key that is not text) for :func:`plain` to handle.
    """
    kind = type(value)
    # A finite float (``v - v == 0``: not for inf or nan) is written here without a call.
    if kind is dict:
        if not set(map(type, value)) <= {str}:
            raise _NotPlainJson
        return {
            k: v
            if (t := type(v)) in _KEPT
            else (int(v) if v.is_integer() else v)
            if t is float and v - v == 0
            else _plain_json(v)
            for k, v in value.items()
        }
    if kind is list or kind is tuple:
        return [
            v
            if (t := type(v)) in _KEPT
            else (int(v) if v.is_integer() else v)
            if t is float and v - v == 0
            else _plain_json(v)
            for v in value
        ]
    if kind is float and math.isfinite(value):
        return int(value) if value.is_integer() else value
    if kind in _KEPT:
        return value
    raise _NotPlainJson


def fingerprint(value: Any) -> str:
    """``sha256:`` and the hex digest of the canonical JSON of ``value``.

    Examples:
        >>> fingerprint({"a": 1}) == fingerprint({"a": 1.0})
        True
    """
    return _digest(canonical_json(value))


def _digest(canonical: bytes) -> str:
    import hashlib  # noqa: PLC0415 - loading OpenSSL takes milliseconds: only when used

    return PREFIX + hashlib.sha256(canonical).hexdigest()


def _table(table: ThresholdTable) -> dict[str, Any]:
    return {code: plain(values) for code, values in table.cells.items()}


def rulebook_content(rulebook: Rulebook) -> dict[str, Any]:
    """Everything of ``rulebook`` that decides a verdict, as plain data."""
    rules = rulebook.column_rules
    return {
        "id": rulebook.id,
        "derived_from": rulebook.derived_from,
        "tier": rulebook.tier,
        "years": [rulebook.first_year, rulebook.last_year],
        "columns": plain(rulebook.columns),
        "column_rules": {"kind": type(rules).__name__, "rules": plain(rules)},
        "criteria": [
            {
                "id": criterion.id,
                "kind": _kind(type(criterion)),
                "indicators": [
                    {
                        "id": indicator.id,
                        "kind": _kind(type(indicator)),
                        "unit": indicator.unit.symbol_en,
                        "direction": indicator.direction.value,
                        "thresholds": _table(indicator.thresholds),
                        "parameters": {
                            name: _table(table) for name, table in indicator.parameters.items()
                        },
                    }
                    for indicator in criterion.indicators
                ],
            }
            for criterion in rulebook.criteria
        ],
    }


def _kind(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


_FINGERPRINTS: dict[int, tuple[weakref.ref[Rulebook], str]] = {}
"""Fingerprints computed, by the rulebook object (a rulebook is frozen: computed once)."""


def rulebook_fingerprint(rulebook: Rulebook) -> str:
    """The content fingerprint of ``rulebook`` (computed once per rulebook object)."""
    known = _FINGERPRINTS.get(id(rulebook))
    if known is not None and known[0]() is rulebook:
        return known[1]
    # rulebook_content() is canonical plain data already (plain() on every table and rule):
    # written out without a second walk over its thousands of values
    found = _digest(canonical_bytes(rulebook_content(rulebook)))
    key = id(rulebook)
    _FINGERPRINTS[key] = (weakref.ref(rulebook, lambda _: _FINGERPRINTS.pop(key, None)), found)
    return found


def document_fingerprint(document: Mapping[str, Any]) -> str:
    """The fingerprint of a document's content: all of it but the seal's own fingerprint."""
    content = dict(document)
    seal = content.get(SEAL_FIELD)
    if isinstance(seal, Mapping):
        content[SEAL_FIELD] = {k: v for k, v in seal.items() if k != DOCUMENT_FINGERPRINT}
    return fingerprint(content)


def seal(document: dict[str, Any], rulebook: Rulebook) -> dict[str, Any]:
    """``document`` with its seal: the rulebook's fingerprint, then the document's own."""
    document[SEAL_FIELD] = unsealed_seal(rulebook)
    document[SEAL_FIELD][DOCUMENT_FINGERPRINT] = document_fingerprint(document)
    return document


def seal_canonical(
    document: dict[str, Any], rulebook: Rulebook, *, numbers_alike: bool = False
) -> bytes:
    """:func:`seal` for a document that is canonical data already, returning its canonical bytes.

    ``document`` is built canonical (:func:`plain` would return it unchanged, as evaluation
    documents are), so it is hashed without a walk over it; with ``numbers_alike``
    (:func:`ntm_rules.json_io.spelled_alike`) orjson writes it. It is sealed in place, and
    the bytes returned are the canonical JSON of the sealed document (compact, keys
    sorted): the text that was hashed, the seal's own fingerprint set into it, so that
    the document is written once.
    """
    document[SEAL_FIELD] = unsealed_seal(rulebook)
    hashed = canonical_bytes(document, numbers_alike=numbers_alike)
    found = _digest(hashed)
    document[SEAL_FIELD][DOCUMENT_FINGERPRINT] = found
    # Keys sorted: the document's own fingerprint comes right after the algorithm. A key
    # inside a text is escaped (\"seal\"), and the top-level seal follows every nested
    # object but the summary's ids and codes: the last such opening is the seal's.
    opening = b'"seal":{"algorithm":"' + ALGORITHM.encode() + b'",'
    at = hashed.rindex(opening) + len(opening)
    return b'%s"%s":"%s",%s' % (
        hashed[:at],
        DOCUMENT_FINGERPRINT.encode(),
        found.encode(),
        hashed[at:],
    )


def unsealed_seal(rulebook: Rulebook) -> dict[str, Any]:
    """The seal's fields but the document's own fingerprint (what a re-evaluation compares)."""
    from ntm_rules import __version__  # noqa: PLC0415 - the package imports this module

    return {
        "algorithm": ALGORITHM,
        "library": __version__,
        "rulebook": rulebook_fingerprint(rulebook),
    }
