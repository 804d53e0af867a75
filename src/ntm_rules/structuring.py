"""Bounded cattrs structuring: collections stop after enough failures; short error paths.

cattrs structures every element of a list before it reports, so ``areas: [0] * 30000``
built 30 000 errors (seconds) only for 100 of them to be shown. The hooks here structure
lists, tuples, sets and mappings like cattrs does, but stop once a call has met
:data:`FAILURES` failures (shared by nested collections through a context variable) and
say how many entries were left unchecked. :func:`error_leaves` walks cattrs' error groups
into (error, type, field) with each mapping key shown as a short, escaped excerpt, where
cattrs' ``transform_error`` quotes the key in full.
"""

from __future__ import annotations

import contextlib
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from contextvars import ContextVar
from typing import Any

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from ntm_rules.exceptions import EntriesNotChecked, ProblemCollector, WrongKindError
from ntm_rules.messages import Message
from ntm_rules.reading import describe, excerpt, short_path

FAILURES = ProblemCollector.LIMIT
"""The failing entries structured in one call before the rest are left unchecked."""

_LEFT: ContextVar[list[int] | None] = ContextVar("ntm_rules_structuring_left", default=None)
"""Failures still allowed in the current :func:`bounded` call (one shared, mutable count)."""

_COLLECTIONS = (list, tuple, set, frozenset)
_MAPPINGS = (dict, Mapping)


@contextlib.contextmanager
def bounded() -> Iterator[None]:
    """Share one failure allowance between every collection structured in the block."""
    token = _LEFT.set([FAILURES])
    try:
        yield
    finally:
        _LEFT.reset(token)


def _allowance() -> list[int]:
    left = _LEFT.get()
    return left if left is not None else [FAILURES]  # outside bounded(): per collection


def is_collection(type_: Any) -> bool:
    """``list[X]``, ``set[X]``, ``frozenset[X]`` or ``tuple[X, ...]``."""
    origin, args = typing.get_origin(type_), typing.get_args(type_)
    if origin is tuple:
        return len(args) == 2 and args[1] is Ellipsis
    return origin in _COLLECTIONS and len(args) == 1


def is_typed_mapping(type_: Any) -> bool:
    """``dict[K, V]`` or ``Mapping[K, V]`` (not both ``Any``: those need no structuring)."""
    origin, args = typing.get_origin(type_), typing.get_args(type_)
    return origin in _MAPPINGS and len(args) == 2 and args != (Any, Any)


def _unchecked(value: object, checked: int) -> list[Exception]:
    """The note that ends a collection cut short (no index: its field is the collection)."""
    rest = len(value) - checked if isinstance(value, Sized) else 0
    if rest <= 0:
        return []
    return [EntriesNotChecked("", Message("{count} more entries not checked", count=rest))]


def _failed(error: Exception, key: object, type_: Any, errors: list[Exception]) -> bool:
    """Note where ``error`` happened; whether the allowance is spent."""
    index = key if isinstance(key, int | str) else excerpt(key)
    note = IterableValidationNote(f"Structuring @ {excerpt(key)}", index, type_)
    error.__notes__ = [*getattr(error, "__notes__", []), note]
    errors.append(error)
    left = _allowance()
    left[0] -= 1
    return left[0] <= 0


def collection_hook(type_: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    """A structure hook for ``type_`` (see :func:`is_collection`) that stops early."""
    origin = typing.get_origin(type_)
    element = typing.get_args(type_)[0]

    def structure_collection(value: object, _: Any) -> Any:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise WrongKindError("", Message("expected a list, got {value}", value=describe(value)))
        handler = converter.get_structure_hook(element)
        results: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                results.append(handler(item, element))
            except Exception as error:  # reported as cattrs reports it
                if _failed(error, index, element, errors):
                    errors += _unchecked(value, index + 1)
                    break
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return origin(results)

    return structure_collection


def mapping_hook(type_: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    """A structure hook for ``type_`` (see :func:`is_typed_mapping`) that stops early."""
    key_type, value_type = typing.get_args(type_)

    def structure_mapping(value: object, _: Any) -> dict[Any, Any]:
        if not isinstance(value, Mapping):
            expected = Message("expected a mapping, got {value}", value=describe(value))
            raise WrongKindError("", expected)
        keys = converter.get_structure_hook(key_type)
        values = converter.get_structure_hook(value_type)
        result: dict[Any, Any] = {}
        errors: list[Exception] = []
        for count, (key, item) in enumerate(value.items(), start=1):
            try:
                result[keys(key, key_type)] = values(item, value_type)
            except Exception as error:  # reported as cattrs reports it
                if _failed(error, key, value_type, errors):
                    errors += _unchecked(value, count)
                    break
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return result

    return structure_mapping


def register(converter: cattrs.Converter) -> None:
    """Make ``converter`` structure collections and typed mappings with these hooks."""
    converter.register_structure_hook_factory(is_collection, collection_hook)
    converter.register_structure_hook_factory(is_typed_mapping, mapping_hook)


def error_leaves(
    error: BaseException, type_: Any = None, path: str = ""
) -> Iterator[tuple[BaseException, Any, str]]:
    """Each error of a cattrs error group, with the type it was structured as and its field.

    Attribute names follow a dot, list indices and mapping keys are in brackets; a key is a
    short excerpt (``thresholds['xxxxx...xxxx']['all']``), never the user's text in full.
    """
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                step = f".{note.name}"
            else:
                step = f"[{excerpt(note.index)}]"
            yield from error_leaves(inner, note.type, path + step)
        for inner in without:
            yield from error_leaves(inner, None, path)
        return
    yield error, type_, short_path(path.removeprefix("."))
