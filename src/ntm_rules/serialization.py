"""The cattrs converter: one place for every structure and unstructure path.

Primitive hooks are strict: a boolean is not an integer, a number is not a string, and a
float with a fraction is not a year. cattrs' grouped errors are turned into
:class:`~ntm_rules.exceptions.InputProblem` objects that name each field.

cattrs takes about 11 ms to import and the converter is built here: the modules on the path
of ``import ntm_rules`` (profiles, tables, editions) import this one inside the functions
that structure a document, so that a program pays for it with its first document.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
import typing
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from ntm_rules.citations import Citation, Verification
from ntm_rules.exceptions import InputProblem, OutOfRangeError, WrongKindError
from ntm_rules.messages import Message
from ntm_rules.reading import describe, excerpt, finite_float, has_surrogate
from ntm_rules.regions import Category, Region
from ntm_rules.structuring import bounded, error_leaves, register

T = TypeVar("T")
_LARGEST_INT = 10**15
"""Whole numbers (years, counts) beyond this are input errors, not values."""


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""The control characters (Unicode category Cc) but tab and line feed."""


def clean_text(value: object, field: str = "") -> str:
    """A string in NFC with no control characters.

    Examples:
        >>> clean_text("Thu Lũm")
        'Thu Lũm'
    """
    if not isinstance(value, str):
        raise WrongKindError(field, Message("expected text, got {value}", value=describe(value)))
    if _CONTROL.search(value):
        raise WrongKindError(field, "text contains control characters")
    if has_surrogate(value):
        raise WrongKindError(
            field, Message("text {value} has a lone surrogate (not Unicode)", value=excerpt(value))
        )
    return unicodedata.normalize("NFC", value)


def _strict_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WrongKindError(
            "", Message("expected a whole number, got {value}", value=describe(value))
        )
    if isinstance(value, float) and not value.is_integer():
        raise WrongKindError(
            "", Message("expected a whole number, got {value}", value=describe(value))
        )
    number = int(value)
    if abs(number) > _LARGEST_INT:
        raise OutOfRangeError("", Message("{value} is too large", value=excerpt(value)))
    return number


def _strict_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WrongKindError("", Message("expected a number, got {value}", value=describe(value)))
    return finite_float(value, "")


def _strict_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise WrongKindError(
            "", Message("expected true or false, got {value}", value=describe(value))
        )
    return value


def _date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise WrongKindError(
        "", Message("expected a date YYYY-MM-DD, got {value}", value=describe(value))
    )


def _verification(value: object, _: type) -> Verification:
    for member in Verification:
        if value == member.value:
            return member
    known = ", ".join(member.value for member in Verification)
    raise WrongKindError(
        "", Message("expected one of {known}, got {value}", known=known, value=describe(value))
    )


def make_converter() -> cattrs.Converter:
    """The library's converter, with strict primitives and its enum and date hooks."""
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(int, _strict_int)
    converter.register_structure_hook(float, _strict_float)
    converter.register_structure_hook(bool, _strict_bool)
    converter.register_structure_hook(str, lambda value, _: clean_text(value))
    converter.register_structure_hook(dt.date, _date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(Region, lambda value, _: Region.parse(clean_text(value)))
    converter.register_unstructure_hook(Region, lambda region: region.code)
    converter.register_structure_hook(Category, lambda value, _: Category.parse(clean_text(value)))
    converter.register_unstructure_hook(Category, lambda category: category.key)
    converter.register_structure_hook(Verification, _verification)
    converter.register_unstructure_hook(enum.Enum, lambda member: member.value)
    converter.register_unstructure_hook(Citation, unstructure_citation)
    register(converter)  # collections stop after enough failures
    return converter


def unstructure_citation(citation: Citation) -> dict[str, Any]:
    """A citation as plain data."""
    return {
        "instrument": citation.instrument,
        "provision": citation.provision,
        "urls": list(citation.urls),
        "note": citation.note,
    }


CONVERTER = make_converter()


def structure(data: object, cls: type[T], what: str) -> tuple[T | None, list[InputProblem]]:
    """Structure ``data`` as ``cls``, returning the object or the problems found."""
    if attrs.has(cls) and not isinstance(data, Mapping):  # cattrs would fail with a TypeError
        return None, [
            WrongKindError("", Message("expected a mapping, got {value}", value=describe(data)))
        ]
    texts = list(_texts_for_lists(data, cls, ""))
    if texts:  # cattrs would read "17" as the list ["1", "7"]
        return None, texts
    try:
        with bounded():
            return CONVERTER.structure(data, cls), []
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as error:
        return None, problems_from(error, what)
    except InputProblem as problem:
        return None, [problem]


_SEQUENCES = (list, tuple, set, frozenset)


def _texts_for_lists(data: object, cls: Any, path: str) -> Iterator[InputProblem]:
    """Problems for text given where the attrs class ``cls`` expects a list, at any depth."""
    if not (attrs.has(cls) and isinstance(data, Mapping)):
        return
    hints = typing.get_type_hints(cls)
    for attribute in attrs.fields(cls):
        value = data.get(attribute.name)
        if value is None:
            continue
        hint = hints.get(attribute.name)
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        where = f"{path}.{attribute.name}" if path else attribute.name
        if origin in _SEQUENCES:
            if isinstance(value, str):
                yield WrongKindError(
                    where, Message("expected a list, got {value}", value=describe(value))
                )
            elif isinstance(value, list) and args:
                for index, item in enumerate(value):
                    yield from _texts_for_lists(item, args[0], f"{where}[{index}]")
        elif isinstance(hint, type) and attrs.has(hint):
            yield from _texts_for_lists(value, hint, where)


def problems_from(error: Exception, what: str) -> list[InputProblem]:
    """Turn a cattrs error group into problems that name their fields, keeping their types."""
    problems: list[InputProblem] = []
    for leaf, type_, field in error_leaves(error):
        if isinstance(leaf, InputProblem):
            problem = copy.copy(leaf)
            # raised by the class itself (a validator: no field type), it names its field
            own = leaf.field if type_ is None else ""
            problem.field = f"{field}.{own}" if field and own else field or own
            problem.args = (problem.field, *leaf.args[1:])
        else:
            problem = InputProblem(
                field, _describe(leaf, type_) or Message("invalid {what}", what=what)
            )
        problems.append(problem)
    return problems


def _describe(error: BaseException, type_: Any) -> str:
    if isinstance(error, InputProblem):
        return error.reason
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        names = sorted(map(str, error.extra_fields))
        shown = ", ".join(excerpt(name) for name in names[:5])
        if len(names) > 5:
            return Message(
                "unknown field(s): {names} and {count} more", names=shown, count=len(names) - 5
            )
        return Message("unknown field(s): {names}", names=shown)
    kinds = [t for t in typing.get_args(type_) if t is not type(None)] or [type_]
    choices = [
        m.value for t in kinds if isinstance(t, type) and issubclass(t, enum.Enum) for m in t
    ]
    if choices:  # an answer of a list (sex, schooling, work…): the list, not Python's words
        return Message("expected one of {choices}", choices=", ".join(map(str, choices)))
    name = " | ".join(getattr(t, "__name__", "value") for t in kinds)  # no module path
    return Message("invalid value for type {name}: {error}", name=name, error=excerpt(str(error)))
