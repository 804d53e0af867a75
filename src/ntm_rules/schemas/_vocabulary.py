"""The pieces every schema is built of, and the schema of an attrs class from its fields.

Input documents are read by cattrs into attrs classes with ``forbid_extra_keys``: their
schemas are derived from those classes (:func:`attrs_schema`), so a field added to a class
is a field of its schema. Output documents are written as plain dictionaries: their
schemas are built from these pieces, and the tests check every document written against
them.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from ntm_rules.regions import Category, Region

Schema = dict[str, Any]

STRING: Schema = {"type": "string"}
NUMBER: Schema = {"type": "number"}
INTEGER: Schema = {"type": "integer"}
BOOLEAN: Schema = {"type": "boolean"}
NULL: Schema = {"type": "null"}
DATE: Schema = {"type": "string", "format": "date"}
FIGURE: Schema = {"type": ["number", "boolean", "null"]}
"""A threshold or a value: a number, achieved or not (true/false), or none (unknown)."""
FINGERPRINT: Schema = {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}
CITATION: Schema = {"$ref": "#/$defs/citation"}


def obj(properties: Mapping[str, Schema], optional: tuple[str, ...] = ()) -> Schema:
    """An object with exactly these properties, all required but ``optional``."""
    return {
        "type": "object",
        "properties": dict(properties),
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def nullable(schema: Schema) -> Schema:
    """``schema`` or null."""
    kind = schema.get("type")
    if isinstance(kind, str) and set(schema) <= {"type", "format", "pattern"}:
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, NULL]}


def array(items: Schema) -> Schema:
    """A list of ``items``."""
    return {"type": "array", "items": items}


def mapping(values: Schema) -> Schema:
    """An object with any keys (ids, column codes) and values of one kind."""
    return {"type": "object", "additionalProperties": values}


def one_of_values(members: type[enum.Enum]) -> Schema:
    """The values of an enumeration."""
    return {"enum": [member.value for member in members]}


def constant(value: str) -> Schema:
    """Exactly this text (a document's ``schema`` tag)."""
    return {"const": value}


def citation_schema() -> Schema:
    """A legal citation as documents write it (every field present)."""
    return obj({"instrument": STRING, "provision": STRING, "urls": array(STRING), "note": STRING})


class _Builder:
    """Builds the schema of attrs classes, collecting the nested ones as ``$defs``."""

    def __init__(self, overrides: Mapping[tuple[type, str], Schema]) -> None:
        self.defs: dict[str, Schema] = {}
        self.overrides = overrides

    def of_class(self, cls: type) -> Schema:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Schema] = {}
        optional: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            override = self.overrides.get((cls, field.name))
            properties[field.name] = (
                override if override is not None else self.of_type(hints[field.name])
            )
            if field.default is not attrs.NOTHING:
                optional.append(field.name)
        return obj(properties, tuple(optional))

    def of_type(self, hint: Any) -> Schema:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if hint is Any:
            return {}
        if origin in (typing.Union, types.UnionType):
            return self._union(args)
        if origin in (list, tuple, set, frozenset):
            return array(self.of_type(args[0]) if args else {})
        if origin in (dict, Mapping) or hint is dict:
            return mapping(self.of_type(args[1]) if args else {})
        if isinstance(hint, type):
            return self._of_class_type(hint)
        raise TypeError(f"no schema for {hint!r}")  # pragma: no cover - a new kind of field

    def _union(self, args: tuple[Any, ...]) -> Schema:
        members = [a for a in args if a is not type(None)]
        inner = self.of_type(members[0]) if len(members) == 1 else {"anyOf": []}
        if len(members) > 1:
            inner["anyOf"] = [self.of_type(a) for a in members]
        return nullable(inner) if len(members) < len(args) else inner

    def _of_class_type(self, hint: type) -> Schema:
        simple = {str: STRING, bool: BOOLEAN, int: INTEGER, float: NUMBER, dt.date: DATE}
        if hint in simple:
            return dict(simple[hint])
        if hint in (Region, Category):  # read by name or code, in any spelling
            return dict(STRING)
        if issubclass(hint, enum.Enum):
            return one_of_values(hint)
        if attrs.has(hint):
            name = _snake(hint.__name__)
            if name not in self.defs:
                self.defs[name] = {}  # a placeholder, for classes that refer to themselves
                self.defs[name] = self.of_class(hint)
            return {"$ref": f"#/$defs/{name}"}
        raise TypeError(f"no schema for {hint!r}")  # pragma: no cover - a new kind of field


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def attrs_schema(
    cls: type, overrides: Mapping[tuple[type, str], Schema] | None = None
) -> tuple[Schema, dict[str, Schema]]:
    """The object schema of an attrs class read by the library's converter, and its ``$defs``.

    ``overrides`` replaces the schema of a field, by (class, field name): for fields the
    loader reads more leniently than their type says (amounts in words, bare figures).
    """
    builder = _Builder(overrides or {})
    top = builder.of_class(cls)
    return top, builder.defs
